//! The name finder on real text: what it adds to the seeds, the glossary ablation as a guard, and a third biography no glossary describes.

use super::{corpus, files};
use parallel_lives_compiler::ablation::ablation;
use parallel_lives_compiler::compile::{compile_dir, read_dir};
use parallel_lives_model::*;
use std::path::Path;

fn seeds_dir() -> std::path::PathBuf {
    Path::new(super::ROOT).join("seeds")
}

/// With the full glossary, the finder adds no names to the seeds: the real names it found that
/// the glossary lacked ("Post Office", "Trotskyists") are in the glossary now, and the one false
/// name ("Combine", a capitalised common noun in "the Combine harvester assembly plant") is in
/// its `not_names`.
#[test]
fn what_the_finder_adds_to_the_seeds() {
    let corpus = corpus();
    let mut added: Vec<String> = corpus
        .entities
        .iter()
        .filter(|e| e.found)
        .map(|e| format!("{} ({})", e.name, e.kind.label()))
        .collect();
    added.sort();
    assert_eq!(added, Vec::<String>::new());
}

#[test]
fn glossary_ablation_keeps_its_figures() {
    let files = read_dir(&seeds_dir()).expect("the seeds read");
    let result = ablation(files).expect("both builds compile");
    // Per kind: exact recall, recall of proper names, precision, kind agreement.
    let floors = [
        (EntityKind::Person, 0.95, 0.95, 0.9, 0.95),
        (EntityKind::Place, 0.95, 0.95, 0.9, 0.85),
        (EntityKind::Organisation, 0.75, 0.9, 0.9, 0.85),
        (EntityKind::Event, 0.6, 0.85, 0.9, 0.85),
        (EntityKind::Work, 0.7, 0.7, 0.75, 0.85),
    ];
    for (kind, recall, names_recall, precision, same_kind) in floors {
        let c = result.counts(kind);
        let measured = [
            c.recall(),
            c.names_recall(),
            c.precision(),
            c.kind_agreement(),
        ];
        let floors = [recall, names_recall, precision, same_kind];
        assert!(
            measured.iter().zip(floors).all(|(m, f)| *m >= f),
            "{}: recall, names recall, precision, kind agreement {measured:.2?} below {floors:?}\n{}",
            kind.label(),
            result.table()
        );
    }
}

/// The subjects are found from the leads alone when no data file names them.
#[test]
fn subjects_and_life_dates_from_the_lead_alone() {
    let files = read_dir(&seeds_dir()).expect("the seeds read");
    let bare = parallel_lives_compiler::ablation::without_glossary(&files);
    let corpus = parallel_lives_compiler::compile::compile(bare).expect("compiles");
    let life = |slug: &str| {
        let (_, article) = corpus.article(slug).unwrap();
        let subject = &corpus.entities[article.subject.expect("a subject") as usize];
        (
            subject.name.clone(),
            subject.kind,
            article
                .born
                .map(|d| (d.first.to_string(), d.last.to_string())),
            article.died.map(|d| d.first.to_string()),
            article
                .native_name
                .as_ref()
                .map(|n| (n.text.clone(), n.tag.clone())),
        )
    };
    assert_eq!(
        life("ivar-smilga"),
        (
            "Ivar Tenisovich Smilga".to_string(),
            EntityKind::Person,
            Some(("1892-12-02".into(), "1892-12-02".into())),
            Some("1938-01-10".into()),
            Some(("И́вар Тени́сович Сми́лга".into(), Some("ru".into()))),
        )
    );
    assert_eq!(
        life("ivan-smirnov"),
        (
            "Ivan Nikitich Smirnov".to_string(),
            EntityKind::Person,
            Some(("1881-01-01".into(), "1881-01-31".into())),
            Some("1936-08-25".into()),
            Some(("Ива́н Ники́тич Смирно́в".into(), None)),
        )
    );
}

/// A biography no one prepared, beside the seeds: its subject, dates, names, ages and links.
#[test]
fn a_third_biography_reads_without_glossary_work() {
    let dir = Path::new(super::ROOT).join("tests/fixtures/third-life/seeds");
    let corpus = compile_dir(&dir).unwrap_or_else(|e| panic!("{e:?}"));
    let (id, article) = corpus.article("anna-petrova").expect("the third article");
    let subject = &corpus.entities[article.subject.expect("its subject") as usize];
    assert_eq!(subject.name, "Anna Sergeyevna Petrova");
    assert!(subject.found && subject.kind == EntityKind::Person && !subject.kind_guessed);
    assert_eq!(article.born.unwrap().first.to_string(), "1890-03-03");
    assert_eq!(article.died.unwrap().first.to_string(), "1937-01-01");
    let named = |words: &str| -> Vec<&Entity> {
        corpus
            .mentions
            .iter()
            .filter(|m| m.place.article == id && m.text == words)
            .map(|m| &corpus.entities[m.entity as usize])
            .collect()
    };
    let kind_of = |words: &str| named(words).first().map(|e| (e.name.clone(), e.kind));
    assert_eq!(
        kind_of("Pavel Orlov"),
        Some(("Pavel Orlov".into(), EntityKind::Person))
    );
    assert_eq!(
        kind_of("Orlov"),
        Some(("Pavel Orlov".into(), EntityKind::Person))
    );
    assert_eq!(
        kind_of("Tula Governorate"),
        Some(("Tula Governorate".into(), EntityKind::Place))
    );
    assert_eq!(
        kind_of("Tula Soviet"),
        Some(("Tula Soviet".into(), EntityKind::Organisation))
    );
    assert_eq!(
        kind_of("9th Army"),
        Some(("9th Army".into(), EntityKind::Organisation))
    );
    // The doubled letter is a variant of the surname.
    let orlov = named("Orllov");
    assert_eq!(orlov.first().map(|e| e.name.as_str()), Some("Pavel Orlov"));
    assert!(orlov[0].variants.contains(&"Orllov".to_string()));
    // Kolchak and Trotsky are the glossary's, so the new life joins the seeds there.
    assert_eq!(
        named("Kolchak").first().map(|e| e.key.as_str()),
        Some("alexander-kolchak")
    );
    assert_eq!(
        named("Leon Trotsky").first().map(|e| e.key.as_str()),
        Some("leon-trotsky")
    );
    // The year inside "the 1905 Revolution" is a date the name's card can show.
    let revolution = corpus
        .mentions
        .iter()
        .find(|m| m.place.article == id && m.text == "1905 Revolution")
        .expect("the 1905 Revolution is a name");
    let date = &corpus.dates[revolution.date.expect("with its date") as usize];
    assert_eq!(date.when.first.to_string(), "1905-01-01");
}

/// Bad input for the finder: capitals only, no names, a wall of capitalised words, an
/// unbalanced lead: compiled, with no name longer than twelve words.
#[test]
fn the_finder_on_bad_input() {
    let wall = "Word ".repeat(10_000);
    for text in [
        "THE LIFE OF A MAN WHO WROTE ONLY IN CAPITALS. HE WAS BORN IN 1890 AND DIED IN 1937.",
        "there are no names here at all, only words in lowercase.",
        wall.as_str(),
        "Anna Petrova (3 March 1890 – 1937 was a Soviet economist. She lived in Tula.",
    ] {
        let corpus = parallel_lives_compiler::compile::compile(files(&[("x.txt", text)]))
            .unwrap_or_else(|e| panic!("{e:?}"));
        for mention in &corpus.mentions {
            assert!(
                mention.text.split_whitespace().count() <= 12,
                "{:?}",
                mention.text
            );
        }
    }
}

/// A word the glossary says is no name is never a found name, wherever it stands; other names
/// in the same text are still found.
#[test]
fn the_glossary_can_say_a_word_is_no_name() {
    let text = "Anna Petrova ran the Combine harvester plant in Tula. The Combine plant grew.";
    let found = |glossary: &str| -> Vec<String> {
        let corpus = parallel_lives_compiler::compile::compile(files(&[
            ("glossary.toml", glossary),
            ("x.txt", text),
        ]))
        .unwrap_or_else(|e| panic!("{e:?}"));
        let mut names: Vec<String> = corpus.mentions.iter().map(|m| m.text.clone()).collect();
        names.sort();
        names.dedup();
        names
    };
    assert_eq!(found(""), ["Anna Petrova", "Combine", "Tula"]);
    assert_eq!(found("not_names = [\"Combine\"]"), ["Anna Petrova", "Tula"]);
}
