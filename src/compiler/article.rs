//! Reading one article: its infobox, sections and references as annotated texts (mentions, dates, their sentences), its summary and life dates; and, once every article is read, the date each mention's passage is set at.

use std::collections::HashMap;

use crate::compile::slugify;
use crate::dates::{self, Narrative};
use crate::discover;
use crate::editorial::{self, ArticleData, Facts};
use crate::mentions::{Match, Matcher, Recency, Rule};
use crate::model::period;
use crate::model::*;
use crate::seed;
use crate::sentences::{sentences, CITATION_NEEDED};

/// Ids the page itself uses, which a section must not take.
const RESERVED_IDS: [&str; 6] = [
    "lead",
    "infobox",
    "references",
    "main",
    "contents",
    "people-and-places",
];

/// One article as the earlier passes leave it: its seed, data file and shape, and its subject
/// if the data file names one.
pub struct Shaped {
    pub slug: String,
    pub text: String,
    pub data: ArticleData,
    pub shape: seed::Shape,
    pub subject: Option<EntityId>,
}

/// Sets `Mention::when`: the first date of the mention's sentence, else the last date read
/// before it in the same article's body (quotations included, references and infobox not).
pub fn set_mention_dates(corpus: &mut Corpus) {
    for article in &corpus.articles {
        let mut last: Option<DateSpan> = None;
        for paragraph in article.sections.iter().flat_map(|s| &s.paragraphs) {
            for sentence in &paragraph.sentences {
                let inside =
                    |m: &&Mark| m.span.start >= sentence.start && m.span.start < sentence.end;
                let marks: Vec<&Mark> = paragraph.text.marks.iter().filter(inside).collect();
                let stated = marks.iter().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(corpus.dates[d as usize].when),
                    _ => None,
                });
                let narrow = |d: &DateSpan| period::sets_the_time(d);
                let when = stated.filter(narrow).or(last);
                for mark in &marks {
                    if let MarkKind::Mention(m) = mark.kind {
                        corpus.mentions[m as usize].when = when;
                    }
                }
                if let Some(date) = marks.iter().rev().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(corpus.dates[d as usize].when),
                    _ => None,
                }) {
                    if narrow(&date) {
                        last = Some(date);
                    }
                }
            }
        }
    }
}

/// Reads one article: texts, sentences, mentions, dates and markers.
pub fn read(
    corpus: &mut Corpus,
    matcher: &Matcher,
    shaped: &Shaped,
    names: &discover::ArticleNames,
    facts: &Facts,
) -> Article {
    let id = corpus.articles.len() as ArticleId;
    let Shaped {
        slug,
        text,
        data,
        shape,
        ..
    } = shaped;
    let mut recency = Recency::default();
    let subject = names.subject;
    let mut annotator = Annotator {
        corpus,
        matcher,
        article: id,
        seed: text,
        recency: &mut recency,
        names,
        namings: HashMap::new(),
    };
    let mut article = Article {
        slug: slug.to_string(),
        title: data
            .title
            .clone()
            .or_else(|| shape.title.clone())
            .unwrap_or_else(|| slug.to_string()),
        subject,
        native_name: names.native_name.clone(),
        ..Article::default()
    };

    for (index, field) in shape.infobox.iter().enumerate() {
        let holder = Holder::Infobox(u16::try_from(index).unwrap_or(u16::MAX));
        let (value, _) = annotator.text(field.value, None, holder, &mut Narrative::default());
        article.infobox.push(InfoboxField {
            key: field.key.clone(),
            value,
        });
    }

    let mut narrative = Narrative::default();
    let mut used_ids: Vec<String> = Vec::new();
    for (index, raw) in shape.sections.iter().enumerate() {
        let mut section_id = if raw.title.is_empty() && index == 0 {
            "lead".to_string()
        } else {
            slugify(&raw.title)
        };
        if section_id.is_empty()
            || (RESERVED_IDS.contains(&section_id.as_str())
                && !(index == 0 && raw.title.is_empty()))
        {
            section_id = format!("section-{}", index + 1);
        }
        let base = section_id.clone();
        let mut n = 2;
        while used_ids.contains(&section_id) {
            section_id = format!("{base}-{n}");
            n += 1;
        }
        used_ids.push(section_id.clone());
        // A dated heading ("Revolution of 1917") dates the narrative below it.
        dates::find_dates(&raw.title, &mut narrative);
        let mut section = Section {
            id: section_id.clone(),
            title: raw.title.clone(),
            paragraphs: Vec::new(),
        };
        for (p, block) in raw.blocks.iter().enumerate() {
            let paragraph_id = format!("{section_id}-p{}", p + 1);
            let local = sentences(&text[block.start..block.end]);
            let (text, sentence_spans) = annotator.text(
                (block.start, block.end),
                Some(&local),
                Holder::Paragraph(paragraph_id.clone()),
                &mut narrative,
            );
            section.paragraphs.push(Paragraph {
                id: paragraph_id,
                block: block.block,
                source: block.source.clone(),
                text,
                sentences: sentence_spans,
            });
        }
        article.sections.push(section);
    }

    for (n, &range) in shape.references.iter().enumerate() {
        let reference_id = format!("ref-{}", n + 1);
        let holder = Holder::Reference(reference_id.clone());
        let (text, _) = annotator.text(range, None, holder, &mut Narrative::default());
        article.references.push(Reference {
            id: reference_id,
            text,
        });
    }

    article.summary = summary(&article);
    let life = |which: editorial::Life| {
        facts
            .facts
            .iter()
            .filter(|f| f.life == Some(which))
            .find_map(|fact| {
                let key = fact.infobox.as_deref()?;
                let field = article.infobox.iter().find(|f| f.key == key)?;
                field.value.marks.iter().find_map(|m| match m.kind {
                    MarkKind::Date(d) => Some(annotator.corpus.dates[d as usize].when),
                    _ => None,
                })
            })
    };
    let subject_entity = subject.map(|s| annotator.corpus.entities[s as usize].clone());
    article.born = life(editorial::Life::Start)
        .or(names.born)
        .or(subject_entity.as_ref().and_then(|e| e.start));
    article.died = life(editorial::Life::End)
        .or(names.died)
        .or(subject_entity.as_ref().and_then(|e| e.end));
    article
}

/// The first sentence of the article's first paragraph, without its first parenthesis.
fn summary(article: &Article) -> String {
    let Some(paragraph) = article.sections.iter().flat_map(|s| &s.paragraphs).next() else {
        return String::new();
    };
    let first = paragraph
        .sentences
        .first()
        .map_or(paragraph.text.text.as_str(), |s| {
            &paragraph.text.text[s.start as usize..s.end as usize]
        });
    let without = match (first.find(" ("), first.find(')')) {
        (Some(open), Some(close)) if open < close => {
            format!("{}{}", &first[..open], &first[close + 1..])
        }
        _ => first.to_string(),
    };
    without.replace(CITATION_NEEDED, "")
}

/// Annotates texts of one article in reading order, adding mentions and dates to the corpus.
struct Annotator<'a> {
    corpus: &'a mut Corpus,
    matcher: &'a Matcher,
    article: ArticleId,
    seed: &'a str,
    recency: &'a mut Recency,
    /// What the names pass found in this article.
    names: &'a discover::ArticleNames,
    /// The mention of each unambiguous naming read so far, by its stamp in `recency`.
    namings: HashMap<u32, MentionId>,
}

impl Annotator<'_> {
    /// Sets `Mention::choice` on the mentions of `matches` whose words several entries share,
    /// with the mentions the matcher's reasons point at.
    fn record_choices(&mut self, matches: &[Match], mention_of_match: &[Option<MentionId>]) {
        for (m, mention) in matches.iter().zip(mention_of_match) {
            let (Some(resolved), Some(mention)) = (&m.choice, mention) else {
                continue;
            };
            let by = match &resolved.rule {
                Rule::Related(indices) => ChosenBy::Related(
                    indices
                        .iter()
                        .filter_map(|&i| mention_of_match[i])
                        .collect(),
                ),
                // Every naming is a mention (only words left out are not, and they name nothing).
                Rule::NamedEarlier(stamp) => match self.namings.get(stamp) {
                    Some(&earlier) => ChosenBy::NamedEarlier(earlier),
                    None => continue,
                },
                Rule::ListedFirst => ChosenBy::ListedFirst,
            };
            self.corpus.mentions[*mention as usize].choice = Some(Choice {
                by,
                others: resolved.others.clone(),
            });
        }
    }

    /// Builds the annotated `Text` for `range` of the seed. `sentences` (local) defaults to the
    /// whole range as one sentence. Returns the text and its sentence spans.
    fn text(
        &mut self,
        (start, end): (usize, usize),
        sentences: Option<&[(usize, usize)]>,
        holder: Holder,
        narrative: &mut Narrative,
    ) -> (Text, Vec<Span>) {
        let local = &self.seed[start..end];
        let whole = [(0, local.len())];
        let sentences = sentences.unwrap_or(&whole);
        let article = self.article;
        let place = |s: usize, e: usize| Place {
            article,
            holder: holder.clone(),
            span: Span::new(start + s, start + e),
        };

        let mut marks: Vec<Mark> = Vec::new();
        // Glossary words inside a longer name found here name nothing.
        let except: Vec<(usize, usize)> = (self.names.replaced.iter())
            .filter(|&&(s, e)| start <= s && e <= end)
            .map(|&(s, e)| (s - start, e - start))
            .collect();
        let matches = (self.matcher).annotate_except(local, sentences, self.recency, &except);
        // The glossary's matches (by index), then the names found here where none starts.
        let mut annotations: Vec<(usize, usize, EntityId, Option<usize>)> = (matches.iter())
            .enumerate()
            .map(|(i, m)| (m.start, m.end, m.entity, Some(i)))
            .collect();
        annotations.extend(
            self.names
                .mentions
                .iter()
                .filter(|&&(s, e, _)| start <= s && e <= end)
                .filter(|&&(s, _, _)| !matches.iter().any(|m| start + m.start == s))
                .map(|&(s, e, entity)| (s - start, e - start, entity, None)),
        );
        annotations.sort_unstable();
        annotations.dedup_by_key(|a| a.0);
        let mut mention_of_match: Vec<Option<MentionId>> = vec![None; matches.len()];
        for (s, e, entity, matched) in annotations {
            let id = self.corpus.mentions.len() as MentionId;
            self.corpus.mentions.push(Mention {
                entity,
                place: place(s, e),
                text: local[s..e].to_string(),
                when: None,
                date: None,
                // A found name's; a glossary match's is recorded below.
                choice: (self.names.choices.get(&(start + s, start + e))).cloned(),
            });
            if let Some(i) = matched {
                mention_of_match[i] = Some(id);
                if let Some(stamp) = matches[i].naming {
                    self.namings.insert(stamp, id);
                }
            }
            marks.push(Mark {
                span: Span::new(s, e),
                kind: MarkKind::Mention(id),
            });
        }
        self.record_choices(&matches, &mention_of_match);
        let mentions = marks.clone();
        let overlaps_mention = |s: usize, e: usize| {
            mentions
                .iter()
                .any(|m| (m.span.start as usize) < e && s < m.span.end as usize)
        };
        for found in dates::find_dates(local, narrative) {
            // A date inside a name ("the 1905 Revolution") is kept for the name's card.
            let within = mentions.iter().find_map(|m| match m.kind {
                MarkKind::Mention(id)
                    if m.span.start as usize <= found.start && found.end <= m.span.end as usize =>
                {
                    Some(id)
                }
                _ => None,
            });
            if overlaps_mention(found.start, found.end) && within.is_none() {
                continue;
            }
            let id = self.corpus.dates.len() as DateId;
            self.corpus.dates.push(DateRef {
                place: place(found.start, found.end),
                text: local[found.start..found.end].to_string(),
                when: found.when,
                is_range: found.is_range,
                relative: found.relative,
                ends: found.ends,
                onwards: found.onwards,
            });
            if let Some(mention) = within {
                let mention = &mut self.corpus.mentions[mention as usize];
                mention.date = mention.date.or(Some(id));
                continue;
            }
            marks.push(Mark {
                span: Span::new(found.start, found.end),
                kind: MarkKind::Date(id),
            });
        }
        for (s, _) in local.match_indices(CITATION_NEEDED) {
            if !overlaps_mention(s, s + CITATION_NEEDED.len()) {
                marks.push(Mark {
                    span: Span::new(s, s + CITATION_NEEDED.len()),
                    kind: MarkKind::CitationNeeded,
                });
            }
        }
        marks.sort_by_key(|m| m.span.start);
        let text = Text {
            source: Span::new(start, end),
            text: local.to_string(),
            marks,
            markers: Vec::new(),
        };
        (
            text,
            sentences.iter().map(|&(s, e)| Span::new(s, e)).collect(),
        )
    }
}
