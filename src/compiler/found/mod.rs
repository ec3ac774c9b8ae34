//! Found names become entities: the mentions of one name merged within an article (a surname, a title, a possessive, a misspelling) and across articles.
//!
//! Rules, in order:
//!
//! 1. A name's **form** is its words without a possessive, a leading title ("Admiral") or the
//!    comma of a catalogue form ("Trotsky, Leon" is "Leon Trotsky").
//! 2. Within an article, a longer person's name takes in the shorter forms of it: its surname
//!    or given name alone ("Smirnov", "Ivar"), and its first and last words with the middle
//!    left out ("Ivan Smirnov" for "Ivan Nikitich Smirnov"). When several longer names could,
//!    the article's subject takes it, else the one named most often, else the one named first;
//!    each of its sightings records which of these chose and the others (`Merged::choices`).
//! 3. Within an article, a form one letter away from a more frequent form of at least five
//!    letters (a dropped or doubled letter) is a spelling variant of it.
//! 4. Across articles, the same form is one entity; a surname alone in one article joins the
//!    one person of that surname named in full anywhere in the corpus.
//! 5. A form that is a glossary name or alias is that glossary entry, not a new entity.
//!
//! A work's title is kept apart from names of the same form: Trotsky's book "Stalin" is not the
//! man.
//!
//! The kind is voted: the evidence the finder called strong outweighs guesses; without any,
//! the entity is a person, marked as a guess.

use std::collections::HashMap;

use crate::model::{ArticleId, Choice, ChosenBy, Entity, EntityId, EntityKind};
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
    /// Per sighting: for a shorter form several longer names could take (rule 2), which rule
    /// chose and the other entities.
    pub choices: Vec<Option<Choice>>,
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
    /// A title of a work ("Stalin", Trotsky's book), never merged with the names in it.
    title: bool,
    count: usize,
    subject: bool,
    /// No strong evidence of another kind, and either some of a person or no guess of another
    /// kind: a name other forms of a person's name may join.
    person_like: bool,
    /// Some sighting says, or guesses, a person / another kind.
    said_person: bool,
    guessed_other: bool,
    /// The local name this one is merged into, if any.
    into: Option<usize>,
    /// When several longer names could take this one: the rule that chose `into`, the others.
    among: Option<(ChosenBy, Vec<usize>)>,
    variant: bool,
}

/// Merges sightings into entities; `first_id` is the id the first new entity gets.
pub fn merge(sightings: &[Sighting], known: &Known, first_id: EntityId) -> Merged {
    let (mut locals, local_of) = locals(sightings);
    join_shorter_forms(&mut locals);
    join_variants(&mut locals);
    let roots = roots(&locals);
    let (mut entities, entity_of_root) = entities(&locals, &roots, known, first_id);
    let of_sighting: Vec<EntityId> = local_of
        .iter()
        .map(|&l| entity_of_root[&roots[l]])
        .collect();
    let choices: Vec<Option<Choice>> = (local_of.iter().zip(&of_sighting))
        .map(|(&l, &chosen)| {
            let (by, among) = locals[l].among.as_ref()?;
            let mut others: Vec<EntityId> = Vec::new();
            for entity in among.iter().map(|&j| entity_of_root[&roots[j]]) {
                if entity != chosen && !others.contains(&entity) {
                    others.push(entity);
                }
            }
            let by = by.clone();
            (!others.is_empty()).then_some(Choice { by, others })
        })
        .collect();
    vote_kinds(&mut entities, sightings, &of_sighting, first_id);
    let found = |id: EntityId| (id as usize).checked_sub(first_id as usize);
    for (l, local) in locals.iter().enumerate().filter(|(_, local)| local.variant) {
        let entity = found(entity_of_root[&roots[l]]).and_then(|slot| entities.get_mut(slot));
        if let Some(entity) = entity.filter(|e| !e.variants.contains(&local.form)) {
            entity.variants.push(local.form.clone());
        }
    }
    give_keys(&mut entities);
    Merged {
        entities,
        of_sighting,
        choices,
    }
}

/// Rule 1: the local names (one form in one article), and for each sighting its local name.
fn locals(sightings: &[Sighting]) -> (Vec<Local>, Vec<usize>) {
    let mut locals: Vec<Local> = Vec::new();
    let mut index: HashMap<(ArticleId, String, bool), usize> = HashMap::new();
    let mut local_of = Vec::with_capacity(sightings.len());
    for sighting in sightings {
        let form = form(&sighting.text);
        let title = sighting.strong && sighting.kind == Some(EntityKind::Work);
        let at = *index
            .entry((sighting.article, form.clone(), title))
            .or_insert_with(|| {
                locals.push(Local {
                    article: sighting.article,
                    form,
                    title,
                    count: 0,
                    subject: false,
                    person_like: !title,
                    said_person: false,
                    guessed_other: false,
                    into: None,
                    among: None,
                    variant: false,
                });
                locals.len() - 1
            });
        let local = &mut locals[at];
        local.count += 1;
        local.subject |= sighting.subject;
        match sighting.kind {
            Some(EntityKind::Person) => local.said_person = true,
            Some(_) if sighting.strong => local.person_like = false,
            Some(_) => local.guessed_other = true,
            None => {}
        }
        local_of.push(at);
    }
    for local in &mut locals {
        local.person_like &= local.said_person || !local.guessed_other;
    }
    (locals, local_of)
}

/// Rule 2: shorter forms of a person's name, within an article.
fn join_shorter_forms(locals: &mut [Local]) {
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
        if (locals[i].person_like || words.len() == 1) && !locals[i].title {
            locals[i].into = best;
            if let (Some(best), [_, _, ..]) = (best, candidates.as_slice()) {
                let others: Vec<usize> = candidates.into_iter().filter(|&j| j != best).collect();
                let tied: Vec<&Local> = (others.iter().map(|&j| &locals[j]))
                    .filter(|other| other.subject == locals[best].subject)
                    .collect();
                let by = if tied.is_empty() {
                    ChosenBy::Subject
                } else if tied.iter().all(|other| other.count < locals[best].count) {
                    ChosenBy::NamedMostOften
                } else {
                    ChosenBy::NamedFirst
                };
                locals[i].among = Some((by, others));
            }
        }
    }
}

/// Rule 3: spelling variants, within an article.
fn join_variants(locals: &mut [Local]) {
    for i in 0..locals.len() {
        if locals[i].into.is_some() {
            continue;
        }
        let better = (0..locals.len())
            .filter(|&j| {
                j != i
                    && locals[j].article == locals[i].article
                    && !locals[j].variant
                    && locals[j].title == locals[i].title
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
}

/// The local name each is merged into at the end of its chain (a chain is at most a few links;
/// a cycle cannot form since every link goes to a longer or more frequent form).
fn roots(locals: &[Local]) -> Vec<usize> {
    let root = |mut i: usize| {
        for _ in 0..locals.len() {
            match locals[i].into {
                Some(j) => i = j,
                None => break,
            }
        }
        i
    };
    (0..locals.len()).map(root).collect()
}

/// Rules 4 and 5: one entity per form across articles; glossary forms are the glossary's.
/// Returns the new entities and the entity of each root.
fn entities(
    locals: &[Local],
    roots: &[usize],
    known: &Known,
    first_id: EntityId,
) -> (Vec<Entity>, HashMap<usize, EntityId>) {
    let mut entities: Vec<Entity> = Vec::new();
    let mut entity_of_form: HashMap<(String, bool), EntityId> = HashMap::new();
    let mut entity_of_root: HashMap<usize, EntityId> = HashMap::new();
    let full_names: Vec<&str> = roots
        .iter()
        .filter(|&&r| locals[r].form.contains(' ') && locals[r].person_like)
        .map(|&r| locals[r].form.as_str())
        .collect();
    for &r in roots {
        if entity_of_root.contains_key(&r) {
            continue;
        }
        let mut form = locals[r].form.clone();
        // A surname alone joins the one person of that surname named in full elsewhere.
        let title = locals[r].title;
        if !form.contains(' ') && !title {
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
        if let Some(&id) = entity_of_form.get(&(form.clone(), title)) {
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
        entity_of_form.insert((form, title), id);
        entity_of_root.insert(r, id);
    }
    (entities, entity_of_root)
}

/// Each new entity's kind by the vote of its sightings: strong evidence first, then the most
/// sightings; with none, a person, guessed.
fn vote_kinds(
    entities: &mut [Entity],
    sightings: &[Sighting],
    of_sighting: &[EntityId],
    first_id: EntityId,
) {
    let mut votes: Vec<HashMap<(bool, EntityKind), usize>> = vec![HashMap::new(); entities.len()];
    for (sighting, &id) in sightings.iter().zip(of_sighting) {
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
}

/// Keys for the new entities: `found:<slug>`, numbered when two share one.
fn give_keys(entities: &mut [Entity]) {
    let mut keys: HashMap<String, usize> = HashMap::new();
    for entity in entities.iter_mut() {
        // A name in another script ("Сми́лга") has no ASCII slug of its own.
        let slug = crate::compile::slugify(&entity.name);
        let base = format!("found:{}", if slug.is_empty() { "name" } else { &slug });
        let n = keys.entry(base.clone()).or_default();
        *n += 1;
        entity.key = if *n == 1 { base } else { format!("{base}-{n}") };
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
mod tests;
