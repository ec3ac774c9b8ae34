//! Joins passages that speak of the same thing (across the articles and within one), and records where the text contradicts itself.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::Datelike;

use crate::dates::{self, Narrative};
use crate::editorial::{Compare, Fact, Facts};
use crate::model::period;
use crate::model::*;

mod facts;

use facts::*;

/// A sentence of the body, with the marks inside it.
pub(super) struct Sentence {
    pub(super) article: ArticleId,
    /// The paragraph's id.
    pub(super) paragraph: String,
    /// Absolute byte range in the seed.
    pub(super) span: Span,
    pub(super) text: String,
    pub(super) block: Block,
    /// Entities named in the sentence, in order, with their local start.
    pub(super) entities: Vec<(usize, EntityId)>,
    /// Dates in the sentence, in order, with their local start and end.
    pub(super) dates: Vec<(usize, usize, DateId)>,
}

impl Sentence {
    pub(super) fn passage(&self) -> Passage {
        Passage {
            place: Place {
                article: self.article,
                holder: Holder::Paragraph(self.paragraph.clone()),
                span: self.span,
            },
            text: self.text.clone(),
        }
    }
}

/// Fills in `shared`, `cross_refs` and `conflicts`. `seeds` are the texts, by article id.
pub fn link(corpus: &mut Corpus, seeds: &[&str], facts: &Facts) {
    let sentences = body_sentences(corpus);
    corpus.shared = shared_entities(corpus);
    let mut cross_refs = same_events(corpus, &sentences);
    cross_refs.extend(same_months(corpus, &sentences, &cross_refs));
    let mut conflicts = Vec::new();
    for (id, article) in corpus.articles.iter().enumerate() {
        let Some(subject) = article.subject else {
            continue;
        };
        let ours: Vec<&Sentence> = sentences
            .iter()
            .filter(|s| s.article == id as ArticleId)
            .collect();
        for fact in &facts.facts {
            let claims = claims(corpus, id as ArticleId, subject, seeds[id], &ours, fact);
            judge(
                corpus,
                article,
                subject,
                fact,
                claims,
                &mut cross_refs,
                &mut conflicts,
            );
        }
        cross_refs.extend(infobox_mentions(corpus, id as ArticleId, &ours, facts));
    }
    corpus.cross_refs = cross_refs;
    corpus.conflicts = conflicts;
}

fn body_sentences(corpus: &Corpus) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (id, article) in corpus.articles.iter().enumerate() {
        for paragraph in article.sections.iter().flat_map(|s| &s.paragraphs) {
            let base = paragraph.text.source.start;
            for sentence in &paragraph.sentences {
                let inside =
                    |m: &Mark| m.span.start >= sentence.start && m.span.start < sentence.end;
                let local = |m: &Mark| (m.span.start - sentence.start) as usize;
                out.push(Sentence {
                    article: id as ArticleId,
                    paragraph: paragraph.id.clone(),
                    span: Span {
                        start: base + sentence.start,
                        end: base + sentence.end,
                    },
                    text: paragraph.text.text[sentence.start as usize..sentence.end as usize]
                        .to_string(),
                    block: paragraph.block,
                    entities: paragraph
                        .text
                        .marks
                        .iter()
                        .filter(|m| inside(m))
                        .filter_map(|m| match m.kind {
                            MarkKind::Mention(i) => {
                                Some((local(m), corpus.mentions[i as usize].entity))
                            }
                            _ => None,
                        })
                        .collect(),
                    dates: paragraph
                        .text
                        .marks
                        .iter()
                        .filter(|m| inside(m))
                        .filter_map(|m| match m.kind {
                            MarkKind::Date(i) => {
                                Some((local(m), (m.span.end - sentence.start) as usize, i))
                            }
                            _ => None,
                        })
                        .collect(),
                });
            }
        }
    }
    out
}

fn shared_entities(corpus: &Corpus) -> Vec<EntityId> {
    let mut by_entity: BTreeMap<EntityId, BTreeSet<ArticleId>> = Default::default();
    for mention in &corpus.mentions {
        by_entity
            .entry(mention.entity)
            .or_default()
            .insert(mention.place.article);
    }
    by_entity
        .into_iter()
        .filter(|(_, a)| a.len() > 1)
        .map(|(e, _)| e)
        .collect()
}

/// Pairs `(i, j)`, `i < j`, of sentences of different articles that share a key, in order.
///
/// Comparing only sentences that share a key (an entity that joins, a month) keeps the work
/// near-linear in the corpus; comparing every sentence with every other does not scale.
fn candidate_pairs<K: Ord>(
    sentences: &[Sentence],
    keys: impl Fn(&Sentence) -> Vec<K>,
) -> Vec<(usize, usize)> {
    let mut by_key: BTreeMap<K, Vec<usize>> = BTreeMap::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let mut keys = keys(sentence);
        keys.sort();
        keys.dedup();
        for key in keys {
            by_key.entry(key).or_default().push(i);
        }
    }
    let mut pairs = BTreeSet::new();
    for group in by_key.values() {
        for (n, &i) in group.iter().enumerate() {
            for &j in &group[n + 1..] {
                if sentences[i].article != sentences[j].article {
                    pairs.insert((i, j));
                }
            }
        }
    }
    pairs.into_iter().collect()
}

/// Sentences of different articles that name the same event (an entity that `joins`).
fn same_events(corpus: &Corpus, sentences: &[Sentence]) -> Vec<CrossRef> {
    let joins = |e: &EntityId| corpus.entities[*e as usize].joins;
    let pairs = candidate_pairs(sentences, |s| {
        s.entities.iter().map(|e| e.1).filter(joins).collect()
    });
    let mut out = Vec::new();
    for (i, j) in pairs {
        let (a, b) = (&sentences[i], &sentences[j]);
        let shared = a
            .entities
            .iter()
            .map(|e| e.1)
            .find(|e| joins(e) && b.entities.iter().any(|(_, f)| f == e));
        if let Some(event) = shared {
            out.push(CrossRef {
                link: Link::SameEvent(event),
                from: a.passage(),
                to: b.passage(),
            });
        }
    }
    out
}

/// Sentences of different articles dated within the same months (not already joined by an event).
fn same_months(corpus: &Corpus, sentences: &[Sentence], joined: &[CrossRef]) -> Vec<CrossRef> {
    let dated = |s: &Sentence| -> Vec<DateSpan> {
        if s.block == Block::Quotation {
            return Vec::new();
        }
        s.dates
            .iter()
            .map(|d| corpus.dates[d.2 as usize].when)
            .filter(period::is_specific)
            .collect()
    };
    // Every month a sentence's dates touch: overlapping dates share at least one.
    let months = |s: &Sentence| -> Vec<(i32, u32)> {
        let mut months = Vec::new();
        for d in dated(s) {
            let mut month = d.first.with_day(1).unwrap_or(d.first);
            while month <= d.last {
                months.push((month.year(), month.month()));
                month = month + chrono::Months::new(1);
            }
        }
        months
    };
    let key = |p: &Place| (p.article, p.span.start);
    let already: HashSet<_> = joined
        .iter()
        .map(|c| (key(&c.from.place), key(&c.to.place)))
        .collect();
    let mut out = Vec::new();
    for (i, j) in candidate_pairs(sentences, months) {
        let (a, b) = (&sentences[i], &sentences[j]);
        let (a_dates, b_dates) = (dated(a), dated(b));
        let close = b_dates
            .iter()
            .any(|d| a_dates.iter().any(|e| period::same_months(e, d)));
        if close && !already.contains(&(key(&a.passage().place), key(&b.passage().place))) {
            out.push(CrossRef {
                link: Link::SameMonths,
                from: a.passage(),
                to: b.passage(),
            });
        }
    }
    out
}
