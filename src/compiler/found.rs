//! Found names become entities: the mentions of one name merged within an article (a surname, a title, a possessive, a misspelling) and across articles.
//!
//! Rules, in order:
//!
//! 1. A name's **form** is its words without a possessive, a leading title ("Admiral") or the
//!    comma of a catalogue form ("Trotsky, Leon" is "Leon Trotsky").
//! 2. Within an article, a longer person's name takes in the shorter forms of it: its surname
//!    or given name alone ("Smirnov", "Ivar"), and its first and last words with the middle
//!    left out ("Ivan Smirnov" for "Ivan Nikitich Smirnov"). When several longer names could,
//!    the article's subject takes it, else the one named most often.
//! 3. Within an article, a form one letter away from a more frequent form of at least five
//!    letters (a dropped or doubled letter) is a spelling variant of it.
//! 4. Across articles, the same form is one entity; a surname alone in one article joins the
//!    one person of that surname named in full anywhere in the corpus.
//! 5. A form that is a glossary name or alias is that glossary entry, not a new entity.
//!
//! The kind is voted: the evidence the finder called strong outweighs guesses; without any,
//! the entity is a person, marked as a guess.

use std::collections::HashMap;

use crate::model::{ArticleId, Entity, EntityId, EntityKind};
use crate::names::TITLES;

/// One name found at one place of an article.
#[derive(Clone, Debug)]
pub struct Sighting {
    pub article: ArticleId,
    /// The words as they stand in the text.
    pub text: String,
    pub kind: Option<EntityKind>,
    pub strong: bool,
    /// The article's subject is named here (the lead's name).
    pub subject: bool,
}

/// What the glossary already knows, to recognise its entries under found forms.
pub struct Known<'a> {
    /// Every glossary name and alias, with the entries it names.
    pub aliases: HashMap<&'a str, Vec<EntityId>>,
}

/// The outcome: new entities, and for each sighting the entity it names.
pub struct Merged {
    pub entities: Vec<Entity>,
    /// Per sighting: an id in the corpus (glossary entries first, then `entities`).
    pub of_sighting: Vec<EntityId>,
}

/// The form of a name (rule 1).
pub fn form(text: &str) -> String {
    let text = text.replace('’', "'");
    let text = text
        .strip_suffix("'s")
        .or_else(|| text.strip_suffix('\''))
        .unwrap_or(&text);
    // "Trotsky, Leon" → "Leon Trotsky"; "Naumov, Oleg V." → "Oleg V. Naumov".
    let text = match text.split_once(", ") {
        Some((surname, given)) if !surname.contains(' ') && !given.contains(',') => {
            format!("{given} {surname}")
        }
        _ => text.to_string(),
    };
    let mut words: Vec<&str> = text.split_whitespace().collect();
    // A title before a person's name goes; an office ("General Secretary of the Party") stays.
    let office = words.iter().any(|w| matches!(*w, "of" | "for"))
        || words.get(1).is_some_and(|w| TITLES.contains(w));
    while !office && words.len() > 1 && TITLES.contains(&words[0]) {
        words.remove(0);
    }
    words.join(" ")
}

/// Whether two forms differ by one dropped or doubled letter (rule 3).
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if long.chars().count() != short.chars().count() + 1 || short.chars().count() < 5 {
        return false;
    }
    let long: Vec<char> = long.chars().collect();
    (0..long.len()).any(|skip| {
        long.iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .map(|(_, c)| *c)
            .eq(short.chars())
    })
}

/// A local name: one form in one article.
#[derive(Debug)]
struct Local {
    article: ArticleId,
    form: String,
    count: usize,
    subject: bool,
    person_like: bool,
    /// The local name this one is merged into, if any.
    into: Option<usize>,
    variant: bool,
}

/// Merges sightings into entities; `first_id` is the id the first new entity gets.
pub fn merge(sightings: &[Sighting], known: &Known, first_id: EntityId) -> Merged {
    // Local names, by (article, form).
    let mut locals: Vec<Local> = Vec::new();
    let mut index: HashMap<(ArticleId, String), usize> = HashMap::new();
    let mut local_of = Vec::with_capacity(sightings.len());
    for sighting in sightings {
        let form = form(&sighting.text);
        let at = *index
            .entry((sighting.article, form.clone()))
            .or_insert_with(|| {
                locals.push(Local {
                    article: sighting.article,
                    form,
                    count: 0,
                    subject: false,
                    person_like: true,
                    into: None,
                    variant: false,
                });
                locals.len() - 1
            });
        let local = &mut locals[at];
        local.count += 1;
        local.subject |= sighting.subject;
        if sighting.strong && sighting.kind.is_some_and(|k| k != EntityKind::Person) {
            local.person_like = false;
        }
        local_of.push(at);
    }
    // Rule 2: shorter forms of a person's name, within an article.
    for i in 0..locals.len() {
        let words: Vec<&str> = locals[i].form.split(' ').collect();
        let candidates: Vec<usize> = (0..locals.len())
            .filter(|&j| j != i && locals[j].article == locals[i].article && locals[j].person_like)
            .filter(|&j| {
                let longer: Vec<&str> = locals[j].form.split(' ').collect();
                longer.len() > words.len() && shorter_form(&words, &longer)
            })
            .collect();
        let best = candidates
            .iter()
            .copied()
            .max_by_key(|&j| (locals[j].subject, locals[j].count, std::cmp::Reverse(j)));
        if locals[i].person_like || words.len() == 1 {
            locals[i].into = best;
        }
    }
    // Rule 3: spelling variants, within an article.
    for i in 0..locals.len() {
        if locals[i].into.is_some() {
            continue;
        }
        let better = (0..locals.len())
            .filter(|&j| {
                j != i
                    && locals[j].article == locals[i].article
                    && !locals[j].variant
                    && (locals[j].count, std::cmp::Reverse(j))
                        > (locals[i].count, std::cmp::Reverse(i))
                    && one_letter_apart(&locals[i].form, &locals[j].form)
            })
            .max_by_key(|&j| locals[j].count);
        if let Some(j) = better {
            locals[i].into = Some(j);
            locals[i].variant = true;
        }
    }
    // Follow merges to their end (a chain is at most a few links; a cycle cannot form since
    // every link goes to a longer or more frequent form).
    let root = |mut i: usize| {
        for _ in 0..locals.len() {
            match locals[i].into {
                Some(j) => i = j,
                None => break,
            }
        }
        i
    };
    let roots: Vec<usize> = (0..locals.len()).map(root).collect();

    // Rules 4 and 5: one entity per form across articles; glossary forms are the glossary's.
    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_of_form: HashMap<String, EntityId> = HashMap::new();
    let mut entity_of_root: HashMap<usize, EntityId> = HashMap::new();
    let full_names: Vec<&str> = roots
        .iter()
        .filter(|&&r| locals[r].form.contains(' ') && locals[r].person_like)
        .map(|&r| locals[r].form.as_str())
        .collect();
    for &r in &roots {
        if entity_of_root.contains_key(&r) {
            continue;
        }
        let mut form = locals[r].form.clone();
        // A surname alone joins the one person of that surname named in full elsewhere.
        if !form.contains(' ') {
            let mut full: Vec<&str> = full_names
                .iter()
                .copied()
                .filter(|f| f.rsplit(' ').next() == Some(form.as_str()))
                .collect();
            full.sort_unstable();
            full.dedup();
            if let [one] = full.as_slice() {
                form = one.to_string();
            }
        }
        if let Some(&id) = entity_of_form.get(&form) {
            entity_of_root.insert(r, id);
            continue;
        }
        let id = match known.aliases.get(form.as_str()).map(Vec::as_slice) {
            Some([only]) => *only,
            _ => {
                entities.push(Entity {
                    key: String::new(),
                    name: form.clone(),
                    found: true,
                    ..Entity::default()
                });
                first_id + (entities.len() - 1) as EntityId
            }
        };
        entity_of_form.insert(form, id);
        entity_of_root.insert(r, id);
    }
    let of_sighting: Vec<EntityId> = local_of
        .iter()
        .map(|&l| entity_of_root[&roots[l]])
        .collect();

    // Kinds by vote, variants, keys.
    let mut votes: Vec<HashMap<(bool, EntityKind), usize>> = vec![HashMap::new(); entities.len()];
    for (sighting, &id) in sightings.iter().zip(&of_sighting) {
        let Some(slot) = (id as usize).checked_sub(first_id as usize) else {
            continue;
        };
        if let Some(kind) = sighting.kind {
            *votes[slot].entry((sighting.strong, kind)).or_default() += 1;
        }
        if sighting.subject {
            *votes[slot].entry((true, EntityKind::Person)).or_default() += 1_000;
        }
    }
    for (entity, votes) in entities.iter_mut().zip(&votes) {
        let best = votes
            .iter()
            .max_by_key(|&(&(strong, kind), &n)| (strong, n, std::cmp::Reverse(kind as u8)));
        (entity.kind, entity.kind_guessed) = match best {
            Some((&(strong, kind), _)) => (kind, !strong),
            None => (EntityKind::Person, true),
        };
        entity.joins = entity.kind == EntityKind::Event;
    }
    for (l, local) in locals.iter().enumerate() {
        if !local.variant {
            continue;
        }
        let id = entity_of_root[&roots[l]];
        if let Some(entity) = (id as usize)
            .checked_sub(first_id as usize)
            .and_then(|slot| entities.get_mut(slot))
        {
            if !entity.variants.contains(&local.form) {
                entity.variants.push(local.form.clone());
            }
        }
    }
    let mut keys: HashMap<String, usize> = HashMap::new();
    for entity in &mut entities {
        let base = format!("found:{}", crate::compile::slugify(&entity.name));
        let n = keys.entry(base.clone()).or_default();
        *n += 1;
        entity.key = if *n == 1 { base } else { format!("{base}-{n}") };
    }
    Merged {
        entities,
        of_sighting,
    }
}

/// Whether `short` is a shorter form of the person's name `long`: its last word (surname), its
/// first word (given name), or its first and last words.
fn shorter_form(short: &[&str], long: &[&str]) -> bool {
    match short {
        [one] => long.last() == Some(one) || long.first() == Some(one),
        [first, .., last] => long.first() == Some(first) && long.last() == Some(last),
        [] => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Merges `(article, text, kind)` sightings (kind `-` for none, `?` suffix for a guess, `!`
    /// prefix for the subject) and writes each sighting as `text→entity name`, then each new
    /// entity as `name: kind [guessed] [variants]`.
    fn check(sightings: &[(ArticleId, &str, &str)], glossary: &[&str], expected: &str) {
        let sightings: Vec<Sighting> = sightings
            .iter()
            .map(|&(article, text, kind)| {
                let subject = kind.starts_with('!');
                let kind = kind.trim_start_matches('!');
                let strong = !kind.ends_with('?');
                let kind = match kind.trim_end_matches('?') {
                    "person" => Some(EntityKind::Person),
                    "place" => Some(EntityKind::Place),
                    "organisation" => Some(EntityKind::Organisation),
                    "event" => Some(EntityKind::Event),
                    "work" => Some(EntityKind::Work),
                    _ => None,
                };
                Sighting {
                    article,
                    text: text.to_string(),
                    kind,
                    strong,
                    subject,
                }
            })
            .collect();
        let mut aliases: HashMap<&str, Vec<EntityId>> = HashMap::new();
        for (i, alias) in glossary.iter().enumerate() {
            aliases.entry(alias).or_default().push(i as EntityId);
        }
        let first = glossary.len() as EntityId;
        let merged = merge(&sightings, &Known { aliases }, first);
        let name = |id: EntityId| match id.checked_sub(first) {
            Some(slot) => merged.entities[slot as usize].name.clone(),
            None => format!("glossary:{}", glossary[id as usize]),
        };
        let mut out: Vec<String> = sightings
            .iter()
            .zip(&merged.of_sighting)
            .map(|(s, &id)| format!("{}@{}→{}", s.text, s.article, name(id)))
            .collect();
        for e in &merged.entities {
            let guessed = if e.kind_guessed { " guessed" } else { "" };
            let variants = if e.variants.is_empty() {
                String::new()
            } else {
                format!(" {:?}", e.variants)
            };
            out.push(format!(
                "{}: {}{guessed}{variants} ({})",
                e.name,
                e.kind.label(),
                e.key
            ));
        }
        assert_eq!(out.join("\n"), expected);
    }

    #[test]
    fn forms() {
        assert_eq!(form("Smilga's"), "Smilga");
        assert_eq!(form("Soviets’"), "Soviets");
        assert_eq!(form("Trotsky, Leon"), "Leon Trotsky");
        assert_eq!(form("Admiral Kolchak"), "Kolchak");
        assert_eq!(form("General"), "General");
        assert_eq!(
            form("General Secretary of the Party"),
            "General Secretary of the Party"
        );
        assert_eq!(
            form("Revolutionary Council of War"),
            "Revolutionary Council of War"
        );
    }

    #[test]
    fn surnames_given_names_and_shortened_names_join_the_full_name() {
        check(
            &[
                (0, "Pavel Ivanovich Orlov", "!person"),
                (0, "Orlov", "-"),
                (0, "Pavel", "-"),
                (0, "Pavel Orlov", "person?"),
                (0, "Orlov's", "person?"),
            ],
            &[],
            "Pavel Ivanovich Orlov@0→Pavel Ivanovich Orlov\n\
             Orlov@0→Pavel Ivanovich Orlov\n\
             Pavel@0→Pavel Ivanovich Orlov\n\
             Pavel Orlov@0→Pavel Ivanovich Orlov\n\
             Orlov's@0→Pavel Ivanovich Orlov\n\
             Pavel Ivanovich Orlov: person (found:pavel-ivanovich-orlov)",
        );
    }

    #[test]
    fn the_subject_takes_a_shared_surname_and_places_take_nothing() {
        check(
            &[
                (0, "Anna Orlova", "person?"),
                (0, "Maria Orlova", "!person"),
                (0, "Orlova", "-"),
                (0, "Tula Governorate", "place"),
                (0, "Tula", "place?"),
            ],
            &[],
            "Anna Orlova@0→Anna Orlova\n\
             Maria Orlova@0→Maria Orlova\n\
             Orlova@0→Maria Orlova\n\
             Tula Governorate@0→Tula Governorate\n\
             Tula@0→Tula\n\
             Anna Orlova: person guessed (found:anna-orlova)\n\
             Maria Orlova: person (found:maria-orlova)\n\
             Tula Governorate: place (found:tula-governorate)\n\
             Tula: place guessed (found:tula)",
        );
    }

    #[test]
    fn a_letter_dropped_or_doubled_is_a_variant() {
        check(
            &[
                (0, "Tukhachevsky", "person"),
                (0, "Tukhachevsky", "-"),
                (0, "Tukachevsky", "-"),
                (1, "Kronstadt", "place"),
                (1, "Kronstad", "-"),
                (1, "Tomsk", "place?"),
                (1, "Omsk", "place?"),
            ],
            &[],
            "Tukhachevsky@0→Tukhachevsky\n\
             Tukhachevsky@0→Tukhachevsky\n\
             Tukachevsky@0→Tukhachevsky\n\
             Kronstadt@1→Kronstadt\n\
             Kronstad@1→Kronstadt\n\
             Tomsk@1→Tomsk\n\
             Omsk@1→Omsk\n\
             Tukhachevsky: person [\"Tukachevsky\"] (found:tukhachevsky)\n\
             Kronstadt: place [\"Kronstad\"] (found:kronstadt)\n\
             Tomsk: place guessed (found:tomsk)\n\
             Omsk: place guessed (found:omsk)",
        );
    }

    #[test]
    fn across_articles_one_entity_and_the_glossary_first() {
        check(
            &[
                (0, "Alexander Kolchak", "person?"),
                (1, "Admiral Kolchak", "person"),
                (1, "Kolchak's", "person"),
                (0, "Trotsky, Leon", "person"),
                (1, "Leon Trotsky", "-"),
                (1, "Helsingfors", "place?"),
            ],
            &["Helsingfors"],
            "Alexander Kolchak@0→Alexander Kolchak\n\
             Admiral Kolchak@1→Alexander Kolchak\n\
             Kolchak's@1→Alexander Kolchak\n\
             Trotsky, Leon@0→Leon Trotsky\n\
             Leon Trotsky@1→Leon Trotsky\n\
             Helsingfors@1→glossary:Helsingfors\n\
             Alexander Kolchak: person (found:alexander-kolchak)\n\
             Leon Trotsky: person (found:leon-trotsky)",
        );
    }
}
