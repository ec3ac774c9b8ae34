//! Parallel experiences on the real seeds (the pairs a reader is shown, and the traps the seeds hold) and on two made-up biographies that no glossary or data file describes.

use parallel_lives_compiler::compile::compile;
use parallel_lives_model::experience::gap_in_words;
use parallel_lives_model::*;

use super::{corpus, files, ROOT};

/// The pairs of a corpus as "kind: first sentence's words | second's | gap", for sentences
/// that contain the words given.
fn pairs(corpus: &Corpus) -> Vec<(String, String, String, String)> {
    (0..corpus.experiences.pairs.len() as u32)
        .filter_map(|p| {
            let (kind, [a, b], cross_ref) = corpus.experience_pair(p)?;
            assert_eq!(cross_ref.link, Link::SameExperience(p));
            Some((
                kind.name.clone(),
                corpus.sentence_at(&a.place)?.to_string(),
                corpus.sentence_at(&b.place)?.to_string(),
                gap_in_words(a.when.as_ref(), b.when.as_ref())?,
            ))
        })
        .collect()
}

fn find<'a>(
    pairs: &'a [(String, String, String, String)],
    kind: &str,
) -> Vec<&'a (String, String, String, String)> {
    pairs.iter().filter(|p| p.0 == kind).collect()
}

#[test]
fn the_seeds_pair_the_readmissions_and_the_rehabilitations_with_their_gaps() {
    let pairs = pairs(corpus());
    let readmitted = find(&pairs, "readmitted");
    assert_eq!(readmitted.len(), 1, "{pairs:#?}");
    assert!(readmitted[0]
        .1
        .contains("membership of the communist party was restored in 1930"));
    assert!(readmitted[0]
        .2
        .contains("reinstated in the Party in May 1930"));
    assert_eq!(readmitted[0].3, "the same year");
    let rehabilitated = find(&pairs, "rehabilitated");
    assert_eq!(rehabilitated.len(), 1);
    assert!(rehabilitated[0]
        .1
        .contains("Smilga was posthumously rehabilitated in 1987"));
    assert!(rehabilitated[0]
        .2
        .contains("Smirnov was rehabilitated in 1988"));
    assert_eq!(rehabilitated[0].3, "a year apart");
    let broke = find(&pairs, "broke with a cause or recanted");
    assert_eq!(broke.len(), 1);
    assert!(broke[0].1.contains("In July 1929"));
    assert!(broke[0].2.contains("broke with Trotskyism"));
    assert_eq!(broke[0].3, "3 months apart");
}

#[test]
fn what_others_went_through_and_what_never_happened_are_not_the_subjects() {
    let corpus = corpus();
    let taken = |words: &str| {
        corpus
            .experiences
            .found
            .iter()
            .filter(|e| {
                corpus
                    .sentence_at(&e.place)
                    .is_some_and(|s| s.contains(words))
            })
            .count()
    };
    // Zinoviev named Smilga at a trial; someone else executed engineers; those arrested.
    assert_eq!(taken("Zinoviev named Smilga"), 0);
    assert_eq!(taken("held him responsible for the execution"), 0);
    assert_eq!(taken("Some of those arrested and sentenced"), 0);
    // "he should have been appointed head of Vesenkha": a wish, not an appointment.
    assert_eq!(taken("should have been appointed"), 0);
    // Every experience is its subject's, in a sentence of the article's body.
    for experience in &corpus.experiences.found {
        assert!(corpus.sentence_at(&experience.place).is_some());
        assert!(experience.place.holder.paragraph().is_some());
    }
}

#[test]
fn two_new_biographies_get_their_experiences_paired_with_no_glossary() {
    let lexicon = std::fs::read_to_string(format!("{ROOT}/seeds/experiences.toml"))
        .expect("the lexicon reads");
    let corpus = compile(files(&[
        (
            "ann-example.txt",
            "= Ann Example =\n\nAnn Example (3 March 1890 – 1950) was a printer in Tula.\n\n\
             == Life ==\nIn 1920, Example was arrested in Tula and held for a year. \
             Her brother was never arrested. She was rehabilitated in 1956.\n",
        ),
        (
            "bob-sample.txt",
            "= Bob Sample =\n\nBob Sample (1 May 1885 – 1960) was a teacher in Kursk.\n\n\
             == Life ==\nSample was arrested in March 1921 in Kursk. \
             The police arrested his friends too. He was rehabilitated in 1957.\n",
        ),
        ("experiences.toml", &lexicon),
    ]))
    .unwrap_or_else(|errors| panic!("{errors:?}"));
    let pairs = pairs(&corpus);
    let kinds: Vec<&str> = pairs.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(kinds, ["arrested", "rehabilitated"], "{pairs:#?}");
    assert!(pairs[0].1.starts_with("In 1920, Example was arrested"));
    assert!(pairs[0].2.starts_with("Sample was arrested in March 1921"));
    assert_eq!(pairs[0].3, "a year apart");
    assert_eq!(pairs[1].3, "a year apart");
    // Each pair is a cross-reference, so the reader marks both sentences.
    let marked = corpus
        .joins
        .iter()
        .flat_map(|j| &j.others)
        .filter(|o| {
            corpus
                .joined_links(o)
                .any(|l| matches!(l, Link::SameExperience(_)))
        })
        .count();
    assert_eq!(marked, 4);
}
