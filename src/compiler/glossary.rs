//! The glossary's part of the build: its entries as entities (with their dates checked) and what the annotator needs of each, and the check that every explicit alias occurs in some seed.

use std::collections::HashMap;

use crate::compile::GLOSSARY;
use crate::dates;
use crate::diagnostic::{seed_path, Diagnostic};
use crate::editorial::{Glossary, KindName};
use crate::mentions;
use crate::model::*;

/// The glossary as model entities, plus what the annotator needs of each.
pub fn entities(
    glossary: &Glossary,
    source: &str,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Entity>, Vec<mentions::Entry>) {
    let file = seed_path(GLOSSARY);
    let mut index: HashMap<&str, EntityId> = HashMap::new();
    for (i, entry) in glossary.entities.iter().enumerate() {
        if index.insert(entry.id.get_ref(), i as EntityId).is_some() {
            errors.push(Diagnostic::at(
                &file,
                source,
                entry.id.span().start,
                format!("duplicate id {:?}", entry.id.get_ref()),
            ));
        }
    }
    let mut entities = Vec::new();
    for entry in &glossary.entities {
        let start = glossary_date(&entry.start, &file, source, errors);
        let end = glossary_date(&entry.end, &file, source, errors);
        entities.push(Entity {
            key: entry.id.get_ref().clone(),
            name: entry.name.get_ref().clone(),
            kind: match entry.kind {
                KindName::Person => EntityKind::Person,
                KindName::Place => EntityKind::Place,
                KindName::Organisation => EntityKind::Organisation,
                KindName::Event => EntityKind::Event,
                KindName::Work => EntityKind::Work,
            },
            description: entry.description.clone(),
            start,
            end,
            joins: entry.joins.unwrap_or(matches!(entry.kind, KindName::Event)),
            ..Entity::default()
        });
        if let (Some(s), Some(e), Some(stated_start), Some(stated_end)) =
            (start, end, &entry.start, &entry.end)
        {
            if e.last < s.first {
                errors.push(Diagnostic::at(
                    &file,
                    source,
                    stated_end.span().start,
                    format!(
                        "end {:?} is before start {:?}: an entry cannot end before it begins",
                        stated_end.get_ref(),
                        stated_start.get_ref()
                    ),
                ));
            }
        }
    }
    let mut entries = Vec::new();
    for entry in &glossary.entities {
        let related = entry
            .related
            .iter()
            .filter_map(|r| {
                let found = index.get(r.get_ref().as_str()).copied();
                if found.is_none() {
                    errors.push(Diagnostic::at(
                        &file,
                        source,
                        r.span().start,
                        format!("related id {:?} is not in the glossary", r.get_ref()),
                    ));
                }
                found
            })
            .collect();
        let mut aliases = vec![entry.name.get_ref().clone()];
        aliases.extend(entry.aliases.iter().map(|a| a.get_ref().clone()));
        entries.push(mentions::Entry { aliases, related });
    }
    (entities, entries)
}

fn glossary_date(
    value: &Option<toml::Spanned<String>>,
    file: &str,
    source: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<DateSpan> {
    let value = value.as_ref()?;
    let parsed = dates::parse_iso(value.get_ref());
    if parsed.is_none() {
        errors.push(Diagnostic::at(
            file,
            source,
            value.span().start,
            format!(
                "{:?} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists",
                value.get_ref()
            ),
        ));
    }
    parsed
}

/// An explicit alias that matches nothing is a mistake in the glossary (a typo, or a stale
/// entry): it must occur in some seed as a whole word. `seeds` are `(path, text)` pairs.
pub fn check_aliases_occur(
    glossary: &Glossary,
    source: &str,
    seeds: &[(&str, &str)],
    errors: &mut Vec<Diagnostic>,
) {
    for entry in &glossary.entities {
        for alias in &entry.aliases {
            let words = alias.get_ref().as_str();
            let name = format!("alias {words:?} of {:?}", entry.id.get_ref());
            let message = if words.trim().is_empty() {
                format!("{name} is empty")
            } else if seeds
                .iter()
                .any(|(_, seed)| mentions::occurs_as_word(seed, words))
            {
                continue;
            } else {
                let inside = seeds.iter().find_map(|(path, seed)| {
                    let at = Diagnostic::at(path, seed, seed.find(words)?, "");
                    Some(format!("{}:{}:{}", at.file, at.line, at.col))
                });
                match inside {
                    Some(at) => format!(
                        "{name} occurs in no seed as a whole word, only inside longer words (first at {at})"
                    ),
                    None => format!("{name} occurs in no seed"),
                }
            };
            errors.push(Diagnostic::at(
                &seed_path(GLOSSARY),
                source,
                alias.span().start,
                message,
            ));
        }
    }
}
