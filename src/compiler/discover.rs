//! The names pass: runs the name finder over every text of every article, settles it with the glossary, reads each lead, and merges what is left into entities.
//!
//! Where a found name and a glossary alias meet, the glossary wins when the spans are equal,
//! when the alias is the longer, and when they cross. The found name wins when it is longer and
//! holds glossary aliases with other words of its own ("Siberian bureau of the Party" around an
//! alias "Party"); when the aliases and connectors alone make it up ("Military Collegium" +
//! "of the" + "Supreme Court", were both listed), the glossary's entries are more precise
//! and stay.

use std::collections::HashMap;

use crate::found::{self, Known, Sighting};
use crate::lead::{language_tag, read_lead, Lead};
use crate::mentions::{Matcher, Recency};
use crate::model::{ArticleId, Choice, DateSpan, Entity, EntityId, EntityKind, NativeName};
use crate::names::{find_in_reference, find_names, Name, Vocabulary};
use crate::seed::Shape;
use crate::sentences::sentences;

/// One article as the names pass reads it.
pub struct Source<'a> {
    pub text: &'a str,
    pub shape: &'a Shape,
    /// The subject named by `<slug>.toml`, if any.
    pub subject: Option<EntityId>,
}

/// What the names pass found, per article and overall.
#[derive(Default)]
pub struct Discovered {
    /// New entities, to be appended after the glossary's.
    pub entities: Vec<Entity>,
    pub articles: Vec<ArticleNames>,
}

/// The names of one article.
#[derive(Default)]
pub struct ArticleNames {
    /// Found mentions: byte ranges in the seed and their entity.
    pub mentions: Vec<(usize, usize, EntityId)>,
    /// For found mentions of a shorter form several longer names could take: how the entity
    /// was chosen, by their byte ranges in the seed.
    pub choices: HashMap<(usize, usize), Choice>,
    /// Glossary matches a longer found name replaces: byte ranges in the seed.
    pub replaced: Vec<(usize, usize)>,
    /// The subject: named by `<slug>.toml`, or the person the lead names.
    pub subject: Option<EntityId>,
    pub native_name: Option<NativeName>,
    pub born: Option<DateSpan>,
    pub died: Option<DateSpan>,
}

/// Words that may stand between glossary aliases inside a name they tile.
const CONNECTORS: &[&str] = &["of", "the", "for", "and", "de", "von", "van"];

/// Runs the pass. `glossary` holds the glossary's entities and `aliases` their names and
/// aliases; new entities get ids after them. `find` holds the words the glossary says are no
/// names; without it, names are not looked for and only the leads are read.
pub fn discover(
    sources: &[Source],
    matcher: &Matcher,
    glossary: &[Entity],
    aliases: &[Vec<String>],
    find: Option<&[String]>,
) -> Discovered {
    let not_names = find.unwrap_or_default();
    let mut sightings: Vec<Sighting> = Vec::new();
    let mut spans: Vec<(ArticleId, usize, usize)> = Vec::new();
    let mut articles: Vec<ArticleNames> = Vec::new();
    let mut leads: Vec<(Lead, usize)> = Vec::new();
    let vocabulary = vocabulary_of(sources);
    for (a, source) in sources.iter().enumerate() {
        let article = a as ArticleId;
        let texts = texts_of(source);
        let mut names = ArticleNames {
            subject: source.subject,
            ..ArticleNames::default()
        };
        let lead = lead_of(source);
        let lead_name = lead
            .as_ref()
            .and_then(|(lead, at)| lead.name.map(|(s, e)| (at + s, at + e)));
        for ((start, end), local_sentences) in &texts {
            let local = &source.text[*start..*end];
            let glossed: Vec<(usize, usize, EntityId)> = matcher
                .annotate(local, local_sentences, &mut Recency::default())
                .into_iter()
                .map(|m| (m.start, m.end, m.entity))
                .collect();
            let reference = source.shape.references.contains(&(*start, *end));
            let found = match find {
                None => Vec::new(),
                Some(_) if reference => find_in_reference(local, &vocabulary),
                Some(_) => find_names(local, local_sentences, &vocabulary),
            };
            let found = found
                .into_iter()
                .filter(|name| !not_names.iter().any(|w| *w == local[name.start..name.end]));
            for name in found {
                // The name the glossary's lead matched is the subject all the same.
                let Some(replaced) = glossary_gives_way(local, &name, &glossed) else {
                    continue;
                };
                names
                    .replaced
                    .extend(replaced.iter().map(|(s, e)| (start + s, start + e)));
                let span = (start + name.start, start + name.end);
                sightings.push(Sighting {
                    article,
                    text: local[name.start..name.end].to_string(),
                    kind: name.kind,
                    strong: name.strong,
                    subject: source.subject.is_none() && Some(span) == lead_name,
                });
                spans.push((article, span.0, span.1));
            }
            // A glossary entry at the lead's name is the subject when no data file says.
            if names.subject.is_none() {
                if let Some((ls, le)) = lead_name {
                    names.subject = glossed
                        .iter()
                        .find(|(s, e, _)| start + s == ls && start + e == le)
                        .map(|&(_, _, id)| id)
                        .filter(|&id| glossary[id as usize].kind == EntityKind::Person);
                }
            }
        }
        leads.push(lead.unwrap_or_default());
        articles.push(names);
    }

    let merged = found::merge(&sightings, &known(aliases), glossary.len() as EntityId);
    let merged_sightings = (spans.iter().zip(&merged.of_sighting))
        .zip(&sightings)
        .zip(&merged.choices);
    for (((&(article, s, e), &id), sighting), choice) in merged_sightings {
        let names = &mut articles[article as usize];
        names.mentions.push((s, e, id));
        if let Some(choice) = choice {
            names.choices.insert((s, e), choice.clone());
        }
        if sighting.subject && names.subject.is_none() {
            names.subject = Some(id);
        }
    }
    let mut entities = merged.entities;
    for ((names, (lead, at)), source) in articles.iter_mut().zip(&leads).zip(sources) {
        take_lead(names, lead, *at, source.text, &mut entities, glossary.len());
    }
    for names in &mut articles {
        names.mentions.sort_unstable();
    }
    Discovered { entities, articles }
}

/// What an article's lead tells: the life dates and native name, and (once the subject is
/// known) its other names as mentions of the subject; a subject the finder made is a person
/// with the lead's life dates. `at` is where the lead starts in `text`.
fn take_lead(
    names: &mut ArticleNames,
    lead: &Lead,
    at: usize,
    text: &str,
    entities: &mut [Entity],
    glossary_len: usize,
) {
    names.born = lead.born;
    names.died = lead.died;
    let language = lead
        .native_language
        .map(|(s, e)| text[at + s..at + e].to_string());
    names.native_name = lead.native.map(|(s, e)| NativeName {
        text: text[at + s..at + e].to_string(),
        tag: language
            .as_deref()
            .and_then(language_tag)
            .map(str::to_string),
        language,
    });
    let Some(subject) = names.subject else {
        return;
    };
    for (s, e) in lead.native.iter().chain(&lead.other_names) {
        let span = (at + s, at + e);
        let taken = names
            .mentions
            .iter()
            .any(|&(ms, me, _)| ms < span.1 && span.0 < me);
        if !taken {
            names.mentions.push((span.0, span.1, subject));
        }
    }
    if let Some(entity) = (subject as usize)
        .checked_sub(glossary_len)
        .and_then(|slot| entities.get_mut(slot))
    {
        entity.start = entity.start.or(lead.born);
        entity.end = entity.end.or(lead.died);
        entity.kind = EntityKind::Person;
        entity.kind_guessed = false;
    }
}

/// One vocabulary for the whole corpus: a word any text writes in lowercase is an ordinary word
/// at the start of a sentence of another.
fn vocabulary_of(sources: &[Source]) -> Vocabulary {
    let mut vocabulary = Vocabulary::default();
    for source in sources {
        for (range, sentences) in texts_of(source) {
            vocabulary.extend(Vocabulary::of(&source.text[range.0..range.1], &sentences));
        }
    }
    vocabulary
}

/// The lead, the first sentence of the body's first paragraph, read; with where it starts.
fn lead_of(source: &Source) -> Option<(Lead, usize)> {
    let block = source
        .shape
        .sections
        .iter()
        .flat_map(|s| &s.blocks)
        .next()?;
    let &(s, e) = sentences(&source.text[block.start..block.end]).first()?;
    let (s, e) = (block.start + s, block.start + e);
    Some((read_lead(&source.text[s..e]), s))
}

/// The glossary's names and aliases, each with the entries that have it.
fn known(aliases: &[Vec<String>]) -> Known<'_> {
    let mut known: HashMap<&str, Vec<EntityId>> = HashMap::new();
    for (id, names) in aliases.iter().enumerate() {
        for alias in names {
            let ids = known.entry(alias.as_str()).or_default();
            if !ids.contains(&(id as EntityId)) {
                ids.push(id as EntityId);
            }
        }
    }
    Known { aliases: known }
}

/// Whether a found name stands against the glossary matches of its text (the rules at the top
/// of this file): None when the glossary wins, else the matches the name replaces (none when it
/// meets no match).
fn glossary_gives_way(
    text: &str,
    name: &Name,
    glossed: &[(usize, usize, EntityId)],
) -> Option<Vec<Range>> {
    let inside: Vec<&(usize, usize, EntityId)> = glossed
        .iter()
        .filter(|(s, e, _)| *s < name.end && name.start < *e)
        .collect();
    if inside.is_empty() {
        return Some(Vec::new());
    }
    let contained = inside
        .iter()
        .all(|(s, e, _)| name.start <= *s && *e <= name.end);
    let longer = inside.iter().all(|(s, e, _)| e - s < name.end - name.start);
    if !contained || !longer || tiled(text, name.start, name.end, &inside) {
        return None;
    }
    Some(inside.iter().map(|&&(s, e, _)| (s, e)).collect())
}

/// A byte range `(start, end)`.
type Range = (usize, usize);

/// Every text of an article with its sentences (local byte ranges): infobox values, the body's
/// paragraphs and the references.
fn texts_of(source: &Source) -> Vec<(Range, Vec<Range>)> {
    let shape = source.shape;
    let ranges = shape
        .infobox
        .iter()
        .map(|f| f.value)
        .chain(
            shape
                .sections
                .iter()
                .flat_map(|s| &s.blocks)
                .map(|b| (b.start, b.end)),
        )
        .chain(shape.references.iter().copied());
    ranges
        .filter(|&(s, e)| s < e && e <= source.text.len())
        .map(|(s, e)| ((s, e), sentences(&source.text[s..e])))
        .collect()
}

/// Whether glossary matches and connectors alone make up `text[start..end]`.
fn tiled(text: &str, start: usize, end: usize, inside: &[&(usize, usize, EntityId)]) -> bool {
    let mut at = start;
    let mut pieces: Vec<(usize, usize)> = inside.iter().map(|&&(s, e, _)| (s, e)).collect();
    pieces.sort_unstable();
    for (s, e) in pieces {
        let gap = &text[at..s];
        let words_ok = gap
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| CONNECTORS.contains(&w));
        if !words_ok {
            return false;
        }
        at = e;
    }
    text[at..end]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| w == "s")
}
