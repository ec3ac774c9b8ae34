//! The experiences pass: the turns of fate each subject went through (from the cues of `seeds/experiences.toml`), dated, and paired with the same kind in every other life as cross-references of their own kind.
//!
//! `reading` decides, cue by cue, whether the sentence's subject is the biography's; this
//! module dates what it finds, keeps one experience where the lead and the body tell the same,
//! and pairs each kind across two lives, nearest in time first, at most
//! `most_years_apart` years apart.

use std::collections::HashSet;

use crate::editorial::Life;
use crate::model::period;
use crate::model::*;

mod clause;
pub mod lexicon;
pub mod reading;
pub mod report;
#[cfg(test)]
mod tests;

pub use lexicon::{Lexicon, LexiconFile, EXPERIENCES};
use reading::{Hit, Sentence, Verdict};

/// One cue read in a biography, whatever its verdict: what `make names -- --experiences` and
/// the snapshot show a maintainer.
#[derive(Clone, Debug)]
pub struct Decision {
    pub article: ArticleId,
    /// The sentence.
    pub place: Place,
    pub sentence: String,
    pub kind: usize,
    /// The cue as written.
    pub cue: String,
    pub verdict: Verdict,
    pub when: Option<DateSpan>,
    pub dated_here: bool,
}

/// Every cue of every sentence of the bodies (quotation blocks aside), in reading order.
pub fn decisions(corpus: &Corpus, lexicon: &Lexicon) -> Vec<Decision> {
    let mut out = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let Some(subject) = article.subject else {
            continue;
        };
        // The date the text last set, for a sentence that gives none.
        let mut last: Option<DateSpan> = None;
        for paragraph in article.sections.iter().flat_map(|s| &s.paragraphs) {
            let text = &paragraph.text;
            for sentence in &paragraph.sentences {
                let range = sentence.start as usize..sentence.end as usize;
                let inside =
                    |m: &&Mark| m.span.start >= sentence.start && m.span.start < sentence.end;
                let marks: Vec<&Mark> = text.marks.iter().filter(inside).collect();
                let people = marks
                    .iter()
                    .filter_map(|m| match m.kind {
                        MarkKind::Mention(i) => {
                            let entity = corpus.mentions.get(i as usize)?.entity;
                            let kind = corpus.entities.get(usize::from(entity))?.kind;
                            (kind == EntityKind::Person).then_some((
                                m.span.start as usize..m.span.end as usize,
                                entity == subject,
                            ))
                        }
                        _ => None,
                    })
                    .collect();
                let dates: Vec<(usize, DateSpan)> = marks
                    .iter()
                    .filter_map(|m| match m.kind {
                        MarkKind::Date(d) => {
                            Some((m.span.start as usize, corpus.dates.get(d as usize)?.when))
                        }
                        _ => None,
                    })
                    .collect();
                if paragraph.block == Block::Prose {
                    let reading = Sentence {
                        text: &text.text,
                        range: range.clone(),
                        people,
                    };
                    let hits = reading::read(lexicon, &reading);
                    for (n, hit) in hits.iter().enumerate() {
                        let life = match lexicon.kinds[hit.kind].life {
                            Some(Life::Start) => article.born,
                            Some(Life::End) => article.died,
                            None => None,
                        };
                        let here = date_of(&text.text, hit, hits.get(n + 1), &dates);
                        let (when, dated_here) = match (here, life) {
                            (Some((when, true)), _) => (Some(when), true),
                            (_, Some(when)) => (Some(when), true),
                            (Some((when, false)), None) => (Some(when), true),
                            (None, None) => (last, false),
                        };
                        out.push(Decision {
                            article: a as ArticleId,
                            place: Place {
                                article: a as ArticleId,
                                holder: Holder::Paragraph(paragraph.id.clone()),
                                span: Span {
                                    start: text.source.start + sentence.start,
                                    end: text.source.start + sentence.end,
                                },
                            },
                            sentence: text.text[range.clone()].to_string(),
                            kind: hit.kind,
                            cue: text.text[hit.cue.clone()].to_string(),
                            verdict: hit.verdict.clone(),
                            when,
                            dated_here,
                        });
                    }
                }
                if let Some(&(_, when)) = dates.iter().rev().find(|(_, d)| period::sets_the_time(d))
                {
                    last = Some(when);
                }
            }
        }
    }
    out
}

/// Words after which a date belongs to another clause or time than the cue's: "held … until,
/// in August 1936", "arrested by the police, and a month later expelled".
const CLAUSE_TURNS: [&str; 9] = [
    "until", "till", "before", "after", "since", "when", "and", "but", "then",
];

/// The date a sentence gives a cue, and whether it follows the cue: the first after it (before
/// the next cue, and before a word that turns to another clause or time), else the last
/// before it.
fn date_of(
    text: &str,
    hit: &Hit,
    next: Option<&Hit>,
    dates: &[(usize, DateSpan)],
) -> Option<(DateSpan, bool)> {
    let next = next.map_or(text.len(), |n| n.cue.start);
    let lower = text[hit.cue.end..next].to_lowercase();
    let until = CLAUSE_TURNS
        .iter()
        .filter_map(|w| word_at(&lower, w))
        .min()
        .map_or(next, |at| hit.cue.end + at);
    let after = dates
        .iter()
        .find(|(at, _)| *at >= hit.cue.end && *at < until)
        .map(|&(_, when)| (when, true));
    after.or_else(|| {
        dates
            .iter()
            .rev()
            .find(|(at, _)| *at < hit.cue.start)
            .map(|&(_, when)| (when, false))
    })
}

/// Where `word` first stands as a whole word in `text`.
fn word_at(text: &str, word: &str) -> Option<usize> {
    text.match_indices(word).map(|(i, _)| i).find(|&i| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Fills `Corpus::experiences` and adds a cross-reference for each pair.
pub fn find(corpus: &mut Corpus, lexicon: &Lexicon) {
    let mut found: Vec<Experience> = Vec::new();
    for decision in decisions(corpus, lexicon) {
        if decision.verdict != Verdict::Subject {
            continue;
        }
        let experience = Experience {
            kind: decision.kind as u16,
            place: decision.place,
            when: decision.when,
            dated_here: decision.dated_here,
        };
        // One per sentence and kind; the lead and the body telling the same keep the more
        // precisely dated.
        let same = found.iter().position(|e| {
            e.kind == experience.kind
                && e.place.article == experience.place.article
                && (e.place == experience.place
                    || e.when.zip(experience.when).is_some_and(|(a, b)| {
                        e.dated_here && experience.dated_here && (a.contains(&b) || b.contains(&a))
                    }))
        });
        match same {
            Some(i) if narrower(&experience, &found[i]) && found[i].place != experience.place => {
                found[i] = experience;
            }
            Some(_) => {}
            None => found.push(experience),
        }
    }
    let pairs = pair(&found, lexicon);
    let mut experience_pairs = Vec::new();
    for (kind, [a, b]) in pairs {
        let passage = |e: &Experience| Passage {
            text: corpus.sentence_at(&e.place).unwrap_or_default().to_string(),
            place: e.place.clone(),
        };
        let index = experience_pairs.len() as u32;
        corpus.cross_refs.push(CrossRef {
            link: Link::SameExperience(index),
            from: passage(&found[a]),
            to: passage(&found[b]),
        });
        experience_pairs.push(ExperiencePair {
            kind,
            experiences: [a as u32, b as u32],
            cross_ref: (corpus.cross_refs.len() - 1) as u32,
        });
    }
    corpus.experiences = Experiences {
        kinds: lexicon
            .kinds
            .iter()
            .map(|k| ExperienceKind {
                name: k.name.clone(),
            })
            .collect(),
        found,
        pairs: experience_pairs,
    };
}

/// Whether `a`, later in the text than `b`, tells it better: dated at least as precisely (the
/// body, after the lead's summary, tells the story).
fn narrower(a: &Experience, b: &Experience) -> bool {
    let days = |e: &Experience| e.when.map_or(i64::MAX, |w| (w.last - w.first).num_days());
    days(a) <= days(b)
}

/// Experiences of one kind in two lives: for each paired kind and each two articles, those
/// their sentences date first, then the closest in time, each experience in one pair at most. Indices into `found`, the
/// earlier first.
pub fn pair(found: &[Experience], lexicon: &Lexicon) -> Vec<(u16, [usize; 2])> {
    let most_days = i64::from(lexicon.most_years_apart) * 366;
    let mut candidates: Vec<(usize, i64, usize, usize)> = Vec::new();
    for (i, a) in found.iter().enumerate() {
        for (j, b) in found.iter().enumerate().skip(i + 1) {
            let paired = lexicon
                .kinds
                .get(usize::from(a.kind))
                .is_some_and(|k| k.paired);
            if a.kind != b.kind || a.place.article == b.place.article || !paired {
                continue;
            }
            let (Some(x), Some(y)) = (a.when, b.when) else {
                continue;
            };
            let gap = (x.first - y.first).num_days().abs();
            if gap <= most_days {
                let (early, late) = if x.first <= y.first { (i, j) } else { (j, i) };
                // Experiences the sentence itself dates first, then the nearest.
                let guessed = usize::from(!a.dated_here) + usize::from(!b.dated_here);
                candidates.push((guessed, gap, early, late));
            }
        }
    }
    candidates.sort();
    // Each experience in one pair per other life.
    let mut taken: HashSet<(usize, ArticleId)> = HashSet::new();
    let mut pairs = Vec::new();
    for (_, _, a, b) in candidates {
        let (a_in, b_in) = ((a, found[b].place.article), (b, found[a].place.article));
        if taken.contains(&a_in) || taken.contains(&b_in) {
            continue;
        }
        taken.extend([a_in, b_in]);
        pairs.push((found[a].kind, [a, b]));
    }
    pairs.sort_by_key(|&(kind, [a, _])| (found[a].when.map(|w| w.first), kind));
    pairs
}
