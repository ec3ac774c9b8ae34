//! The experiences of a seeds folder as a maintainer reads them (`make experiences`, and the reviewed snapshot `tests/snapshots/experiences.txt`): per kind, the sentences taken in each biography and the pairs made; then every pair and every cue read, with its verdict.

use std::fmt::Write;

use crate::compile::{compile, SeedFile};
use crate::diagnostic::{seed_path, Diagnostic};
use crate::model::{Corpus, DateSpan, Precision};

use super::reading::Verdict;
use super::{decisions, Decision, Lexicon, LexiconFile, EXPERIENCES};

/// Compiles the files and writes the report.
pub fn report(files: Vec<SeedFile>) -> Result<String, Vec<Diagnostic>> {
    let lexicon = load(&files)?;
    let corpus = compile(files)?;
    Ok(render(&corpus, &lexicon))
}

/// The folder's lexicon (an empty one when it has none).
fn load(files: &[SeedFile]) -> Result<Lexicon, Vec<Diagnostic>> {
    let path = seed_path(EXPERIENCES);
    let Some(file) = files.iter().find(|f| f.name == EXPERIENCES) else {
        return Ok(Lexicon::default());
    };
    let source = crate::seed::decode(&path, &file.bytes).map_err(|d| vec![d])?;
    let parsed: LexiconFile = crate::editorial::parse(&path, source).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let lexicon = Lexicon::new(parsed, &path, source, &mut errors);
    if errors.is_empty() {
        Ok(lexicon)
    } else {
        Err(errors)
    }
}

fn render(corpus: &Corpus, lexicon: &Lexicon) -> String {
    let decisions = decisions(corpus, lexicon);
    let short = |a: u16| {
        corpus
            .articles
            .get(usize::from(a))
            .map_or("?", |a| a.slug.as_str())
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Experiences found in the seeds and paired across lives (`make experiences`; the snapshot is refreshed by `make snapshots`).\n"
    );
    // Per kind: the subject's experiences in each article (cues read, cues taken), and pairs.
    let _ = write!(out, "| kind |");
    for article in &corpus.articles {
        let _ = write!(out, " {} (taken / read) |", article.slug);
    }
    let _ = writeln!(out, " kept | pairs |");
    let _ = writeln!(out, "|---|{}---|---|", "---|".repeat(corpus.articles.len()));
    for (k, kind) in lexicon.kinds.iter().enumerate() {
        let _ = write!(out, "| {} |", kind.name);
        for a in 0..corpus.articles.len() {
            let of = |d: &&Decision| d.kind == k && usize::from(d.article) == a;
            let read = decisions.iter().filter(of).count();
            let taken = decisions
                .iter()
                .filter(of)
                .filter(|d| d.verdict == Verdict::Subject)
                .count();
            let _ = write!(out, " {taken} / {read} |");
        }
        let kept = corpus
            .experiences
            .found
            .iter()
            .filter(|e| usize::from(e.kind) == k)
            .count();
        let pairs = corpus
            .experiences
            .pairs
            .iter()
            .filter(|p| usize::from(p.kind) == k)
            .count();
        let paired = if kind.paired {
            pairs.to_string()
        } else {
            "not paired".to_owned()
        };
        let _ = writeln!(out, " {kept} | {paired} |");
    }
    let _ = writeln!(out, "\n## Pairs ({})\n", corpus.experiences.pairs.len());
    for p in 0..corpus.experiences.pairs.len() {
        let Some((kind, [a, b], _)) = corpus.experience_pair(p as u32) else {
            continue;
        };
        let words = |e: &crate::model::Experience| {
            format!(
                "{} {}: \"{}\"",
                short(e.place.article),
                when(e.when.as_ref()),
                opening(corpus.sentence_at(&e.place).unwrap_or_default())
            )
        };
        let gap = crate::model::experience::gap_in_words(a.when.as_ref(), b.when.as_ref())
            .unwrap_or_default();
        let _ = writeln!(out, "- {} ({gap})", kind.name);
        let _ = writeln!(out, "  - {}", words(a));
        let _ = writeln!(out, "  - {}", words(b));
    }
    let _ = writeln!(out, "\n## Every cue read ({})\n", decisions.len());
    for d in &decisions {
        let verdict = match &d.verdict {
            Verdict::Subject => "taken".to_owned(),
            Verdict::Other(who) => format!("someone else: {who}"),
            Verdict::Negated(word) => format!("did not happen: {word}"),
            Verdict::Hypothetical(word) => format!("only planned or possible: {word}"),
            Verdict::Reported => "someone's quoted words".to_owned(),
            Verdict::Unknown => "no one named".to_owned(),
        };
        let dated = if d.dated_here {
            ""
        } else {
            " (the text's last date)"
        };
        let _ = writeln!(
            out,
            "- {} | {} | \"{}\" | {verdict} | {}{dated} | \"{}\"",
            short(d.article),
            lexicon.kinds[d.kind].name,
            d.cue,
            when(d.when.as_ref()),
            opening(&d.sentence)
        );
    }
    out
}

/// A date as compact as its precision: 1930, 1929-10, 1936-08-25, 1920–1923.
fn when(span: Option<&DateSpan>) -> String {
    let Some(span) = span else {
        return "undated".to_owned();
    };
    let (first, last) = (span.first.format("%Y"), span.last.format("%Y"));
    match span.precision {
        Precision::Day => span.first.format("%Y-%m-%d").to_string(),
        Precision::Month => span.first.format("%Y-%m").to_string(),
        _ if first.to_string() == last.to_string() => first.to_string(),
        _ => format!("{first}–{last}"),
    }
}

/// The first eight words of a sentence.
fn opening(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut out = words[..words.len().min(8)].join(" ");
    if words.len() > 8 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod snapshot {
    use std::path::Path;

    const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    const UPDATE: &str = "UPDATE_SNAPSHOTS";

    /// The report on the repository's seeds, against `tests/snapshots/experiences.txt`.
    #[test]
    fn snapshots_the_seeds_experiences() {
        let dir = Path::new(ROOT).join("seeds");
        let files = crate::compile::read_dir(&dir).expect("seeds/ reads");
        let now = super::report(files).expect("the seeds compile");
        let path = Path::new(ROOT).join("tests/snapshots/experiences.txt");
        if std::env::var_os(UPDATE).is_some() {
            std::fs::write(&path, &now).expect("writable");
        } else {
            let was = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                was == now,
                "{} is stale: run `make snapshots` and read the diff",
                path.display()
            );
        }
    }
}
