//! Words several glossary entries share (a bare surname): each such mention records the rule that chose its entry, what the rule went by, and the entries not chosen; on the real seeds and on made-up ones.

use super::{corpus, files};
use parallel_lives_compiler::compile::compile;
use parallel_lives_model::*;

/// A mention's choice in words: `entry because words=entry, ...; not entry, ...`,
/// `entry after words (paragraph); not ...`, `entry listed first; not ...`.
fn choice_of(corpus: &Corpus, mention: &Mention) -> Option<String> {
    let choice = mention.choice.as_ref()?;
    let key = |id: EntityId| corpus.entities[id as usize].key.as_str();
    let named = |id: MentionId| {
        let m = &corpus.mentions[id as usize];
        (format!("{}={}", m.text, key(m.entity)), m.place.clone())
    };
    let why = match &choice.by {
        ChosenBy::Related(mentions) => {
            let named: Vec<String> = mentions.iter().map(|&m| named(m).0).collect();
            format!("because {}", named.join(", "))
        }
        ChosenBy::NamedEarlier(m) => {
            let (words, place) = named(*m);
            assert_eq!(
                place.article, mention.place.article,
                "named in another article"
            );
            assert!(place.span.end <= mention.place.span.start, "named after");
            format!("after {words} ({})", place.holder.element_id())
        }
        ChosenBy::ListedFirst => "listed first".to_owned(),
        found => format!("{found:?}"),
    };
    let others: Vec<&str> = choice.others.iter().map(|&o| key(o)).collect();
    Some(format!(
        "{} {why}; not {}",
        key(mention.entity),
        others.join(", ")
    ))
}

/// The choices of the mentions of `words` in `slug`, in reading order (`None` where none was
/// made).
fn choices(corpus: &Corpus, slug: &str, words: &str) -> Vec<Option<String>> {
    let (article, _) = corpus.article(slug).expect("the article is compiled");
    corpus
        .mentions
        .iter()
        .filter(|m| m.place.article == article && m.text == words)
        .map(|m| choice_of(corpus, m))
        .collect()
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// The Smilga text names two Kamenevs by the bare surname: Sergei, the commander, three times
/// in the Civil War, and Lev once, in the 1932 bloc. Each sentence names people or bodies tied
/// to one of them, so rule 1 decides every time.
#[test]
fn the_bare_kamenevs_of_the_real_seeds() {
    let corpus = corpus();
    assert_eq!(
        choices(corpus, "ivar-smilga", "Kamenev"),
        [
            // "Smilga, Lashevich and Kamenev insisted on continuing the offensive"
            some("sergei-kamenev because Smilga=ivar-smilga, Lashevich=mikhail-lashevich; not lev-kamenev"),
            // "he proposed that Kamenev should replace Vatzetis as commander in chief"
            some("sergei-kamenev because Vatzetis=ioakhim-vatzetis; not lev-kamenev"),
            // "Smilga, Gusev and Kamenev joined Trotsky on the six-member Revolutionary Council
            // of War"
            some("sergei-kamenev because Smilga=ivar-smilga, Gusev=sergei-gusev, Revolutionary Council of War=revolutionary-military-council-of-the-republic; not lev-kamenev"),
            // "the secret opposition bloc Trotsky, Zinoviev and Kamenev had created in 1932"
            some("lev-kamenev because secret opposition bloc=opposition-bloc-1932, Zinoviev=grigory-zinoviev; not sergei-kamenev"),
        ]
    );
    // The Smirnov text's two are Lev, named with Zinoviev and Smirnov.
    assert_eq!(
        choices(corpus, "ivan-smirnov", "Kamenev"),
        [
            some("lev-kamenev because bloc=opposition-bloc-1932, Zinoviev=grigory-zinoviev, Smirnov=ivan-smirnov; not sergei-kamenev"),
            some("lev-kamenev because Smirnov=ivan-smirnov, Gol’tsman=eduard-holtzman, Zinoviev=grigory-zinoviev, 1936 show trial=first-moscow-trial; not sergei-kamenev"),
        ]
    );
    // Only words several entries share carry a choice: "Kamenev" is the one such alias.
    let chosen: Vec<&str> = corpus
        .mentions
        .iter()
        .filter(|m| m.choice.is_some())
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(chosen, ["Kamenev"; 6]);
    assert_eq!(choices(corpus, "ivar-smilga", "Sergei Kamenev"), [None]);
}

const ORLOV_GLOSSARY: &str = r#"
[[entity]]
id = "ann"
name = "Ann Example"
kind = "person"
description = "A made-up person."
start = "1900-05"

[[entity]]
id = "ivan-orlov"
name = "Ivan Orlov"
kind = "person"
aliases = ["Orlov"]
description = "A made-up miller."
related = ["mill"]

[[entity]]
id = "pavel-orlov"
name = "Pavel Orlov"
kind = "person"
aliases = ["Orlov"]
description = "A made-up merchant of Kazan."
related = ["kazan"]

[[entity]]
id = "mill"
name = "Mill"
kind = "organisation"
description = "A made-up mill."

[[entity]]
id = "kazan"
name = "Kazan"
kind = "place"
description = "A city on the Volga."
"#;

/// Each rule, through the whole compiler: the mentions a reason points at are the right ones,
/// across paragraphs, and an article's reading starts afresh.
#[test]
fn each_rule_points_at_its_mentions() {
    let corpus = compile(files(&[
        ("glossary.toml", ORLOV_GLOSSARY),
        (
            "ann.txt",
            "Ann Example (May 1900 – 1970) was made up. Pavel Orlov hired her in 1920.\n\n\
             Orlov was kind. In 1921, Orlov ran the Mill. Ivan Orlov came in 1922, and Orlov stayed.",
        ),
        ("ann.toml", "subject = \"ann\"\n"),
        ("abe.txt", "Abe met Orlov in Kazan. Orlov was old."),
    ]))
    .expect("compiles");
    assert_eq!(
        choices(&corpus, "ann", "Orlov"),
        [
            some("pavel-orlov after Pavel Orlov=pavel-orlov (lead-p1); not ivan-orlov"),
            some("ivan-orlov because Mill=mill; not pavel-orlov"),
            some("ivan-orlov after Ivan Orlov=ivan-orlov (lead-p2); not pavel-orlov"),
        ]
    );
    // Another article: what Ann's article named counts for nothing, nor does a chosen mention.
    assert_eq!(
        choices(&corpus, "abe", "Orlov"),
        [
            some("pavel-orlov because Kazan=kazan; not ivan-orlov"),
            some("ivan-orlov listed first; not pavel-orlov"),
        ]
    );
}

/// A surname alone that longer names the compiler found (no glossary entry) end with: the
/// subject's, else the one named most often, else the one named first.
#[test]
fn a_found_surname_records_how_it_was_chosen() {
    let corpus = compile(files(&[
        (
            "maria-orlova.txt",
            "Maria Orlova (May 1900 – 1970) was a made-up weaver. In 1920 she met Anna Orlova \
             in Tula. Orlova wrote to her every week.",
        ),
        (
            "boris-lebedev.txt",
            "Boris Lebedev (1890 – 1950) was a made-up clerk. He knew Vera Orlova and Olga \
             Orlova. Vera Orlova wrote to him, and Orlova sent him a book.",
        ),
    ]))
    .expect("compiles");
    let name = |id: EntityId| corpus.entities[id as usize].name.as_str();
    let chosen = |slug: &str| -> Vec<(&str, Option<ChosenBy>, Vec<&str>)> {
        let (article, _) = corpus.article(slug).expect("compiled");
        (corpus.mentions.iter())
            .filter(|m| m.place.article == article && m.text == "Orlova")
            .map(|m| {
                let by = m.choice.as_ref().map(|c| c.by.clone());
                let others = m.choice.iter().flat_map(|c| &c.others);
                (name(m.entity), by, others.map(|&o| name(o)).collect())
            })
            .collect()
    };
    assert_eq!(
        chosen("maria-orlova"),
        [("Maria Orlova", Some(ChosenBy::Subject), vec!["Anna Orlova"])]
    );
    assert_eq!(
        chosen("boris-lebedev"),
        [(
            "Vera Orlova",
            Some(ChosenBy::NamedMostOften),
            vec!["Olga Orlova"]
        )]
    );
}
