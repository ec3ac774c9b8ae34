//! Merging found names on made-up sightings: surnames into full names, one-letter variants, across articles, into the glossary, kinds by vote.

use super::*;

/// Merges `(article, text, kind)` sightings (kind `-` for none, `?` suffix for a guess, `!`
/// prefix for the subject) and writes each sighting as `text→entity name`, with how it was
/// chosen among several (`(subject; not other)`), then each new entity as
/// `name: kind [guessed] [variants]`.
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
    let chosen = |choice: &Option<Choice>| match choice {
        Some(Choice { by, others }) => {
            let others: Vec<String> = others.iter().map(|&o| name(o)).collect();
            format!(" ({by:?}; not {})", others.join(", "))
        }
        None => String::new(),
    };
    let mut out: Vec<String> = (sightings.iter().zip(&merged.of_sighting))
        .zip(&merged.choices)
        .map(|((s, &id), choice)| {
            format!("{}@{}→{}{}", s.text, s.article, name(id), chosen(choice))
        })
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
         Orlova@0→Maria Orlova (Subject; not Anna Orlova)\n\
         Tula Governorate@0→Tula Governorate\n\
         Tula@0→Tula\n\
         Anna Orlova: person guessed (found:anna-orlova)\n\
         Maria Orlova: person (found:maria-orlova)\n\
         Tula Governorate: place (found:tula-governorate)\n\
         Tula: place guessed (found:tula)",
    );
}

#[test]
fn a_shared_surname_goes_to_the_name_most_often_named_else_the_first() {
    check(
        &[
            (0, "Anna Orlova", "person"),
            (0, "Maria Orlova", "person"),
            (0, "Maria Orlova", "person"),
            (0, "Orlova", "-"),
            (1, "Vera Orlova", "person"),
            (1, "Olga Orlova", "person"),
            (1, "Orlova's", "-"),
            (1, "Orlova", "-"),
            (2, "Orlova", "-"),
            (2, "Olga Orlova", "person"),
        ],
        &[],
        "Anna Orlova@0→Anna Orlova\n\
         Maria Orlova@0→Maria Orlova\n\
         Maria Orlova@0→Maria Orlova\n\
         Orlova@0→Maria Orlova (NamedMostOften; not Anna Orlova)\n\
         Vera Orlova@1→Vera Orlova\n\
         Olga Orlova@1→Olga Orlova\n\
         Orlova's@1→Vera Orlova (NamedFirst; not Olga Orlova)\n\
         Orlova@1→Vera Orlova (NamedFirst; not Olga Orlova)\n\
         Orlova@2→Olga Orlova\n\
         Olga Orlova@2→Olga Orlova\n\
         Anna Orlova: person (found:anna-orlova)\n\
         Maria Orlova: person (found:maria-orlova)\n\
         Vera Orlova: person (found:vera-orlova)\n\
         Olga Orlova: person (found:olga-orlova)",
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

#[test]
fn a_title_is_not_the_name_it_holds() {
    check(
        &[
            (0, "Pavel Orlov", "person"),
            (0, "Orlov", "-"),
            (0, "Orlov", "work"),
            (1, "Orlov", "work"),
        ],
        &[],
        "Pavel Orlov@0→Pavel Orlov\n\
         Orlov@0→Pavel Orlov\n\
         Orlov@0→Orlov\n\
         Orlov@1→Orlov\n\
         Pavel Orlov: person (found:pavel-orlov)\n\
         Orlov: work (found:orlov)",
    );
}

#[test]
fn a_name_in_another_script_still_has_a_key() {
    check(
        &[(0, "Смирнов", "person"), (0, "Орлов", "person")],
        &[],
        "Смирнов@0→Смирнов\n\
         Орлов@0→Орлов\n\
         Смирнов: person (found:name)\n\
         Орлов: person (found:name-2)",
    );
}
