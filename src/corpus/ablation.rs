//! The glossary ablation: the seeds compiled with no glossary at all, against the same seeds annotated by the full glossary alone, mention by mention.
//!
//! A mention is found when the ablated build marks exactly the same words (same byte range of
//! the same seed). Recall counts, per kind of the glossary's entry, the glossary's mentions the
//! finder found; precision counts, per kind the finder gave, its mentions that the glossary
//! also marks; kind agreement is over the mentions both mark.

use super::compile::{compile, compile_with, Options, SeedFile, GLOSSARY};
use super::diagnostic::Diagnostic;
use super::model::{Corpus, EntityKind};

pub const KINDS: [EntityKind; 5] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organisation,
    EntityKind::Event,
    EntityKind::Work,
];

/// Counts for one kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// The glossary's mentions of this kind.
    pub listed: usize,
    /// ... of which the finder marked the same words.
    pub recalled: usize,
    /// The finder's mentions it gave this kind.
    pub found: usize,
    /// ... of which the glossary marks the same words.
    pub confirmed: usize,
    /// The glossary's mentions of this kind that the finder marked with this kind too.
    pub same_kind: usize,
}

impl Counts {
    pub fn recall(&self) -> f64 {
        ratio(self.recalled, self.listed)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.confirmed, self.found)
    }
    /// Of the glossary's mentions the finder recalled, the share it gave the right kind.
    pub fn kind_agreement(&self) -> f64 {
        ratio(self.same_kind, self.recalled)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The ablation's result: counts per kind (in `KINDS` order), and the misses and extras.
#[derive(Debug, Default)]
pub struct Ablation {
    pub per_kind: [Counts; 5],
    /// Glossary mentions the finder missed: (kind, words).
    pub missed: Vec<(EntityKind, String)>,
    /// Finder mentions the glossary does not have: (kind, words).
    pub extra: Vec<(EntityKind, String)>,
}

/// The seed files as they are, and the same with an empty glossary and no `subject` keys in the
/// article data files (a subject must be a glossary id).
pub fn without_glossary(files: &[SeedFile]) -> Vec<SeedFile> {
    files
        .iter()
        .map(|file| {
            let bytes = if file.name == GLOSSARY {
                Vec::new()
            } else if file.name.ends_with(".toml") {
                String::from_utf8_lossy(&file.bytes)
                    .lines()
                    .filter(|line| !line.trim_start().starts_with("subject"))
                    .collect::<Vec<_>>()
                    .join("\n")
                    .into_bytes()
            } else {
                file.bytes.clone()
            };
            SeedFile {
                name: file.name.clone(),
                bytes,
            }
        })
        .collect()
}

/// Compiles the seeds twice and compares.
pub fn ablation(files: Vec<SeedFile>) -> Result<Ablation, Vec<Diagnostic>> {
    let ablated = without_glossary(&files);
    let full = compile_with(files, Options { find_names: false })?;
    let bare = compile(ablated)?;
    Ok(compare(&full, &bare))
}

/// Compares the mentions of two builds of the same seeds.
pub fn compare(full: &Corpus, bare: &Corpus) -> Ablation {
    let spans = |corpus: &Corpus| -> Vec<((u16, u32, u32), EntityKind, String)> {
        corpus
            .mentions
            .iter()
            .map(|m| {
                let kind = corpus.entities[m.entity as usize].kind;
                (
                    (m.place.article, m.place.span.start, m.place.span.end),
                    kind,
                    m.text.clone(),
                )
            })
            .collect()
    };
    let (gold, found) = (spans(full), spans(bare));
    let index = |kind: EntityKind| KINDS.iter().position(|k| *k == kind).unwrap_or(0);
    let mut ablation = Ablation::default();
    for (at, kind, words) in &gold {
        let counts = &mut ablation.per_kind[index(*kind)];
        counts.listed += 1;
        match found.iter().find(|(f, _, _)| f == at) {
            Some((_, found_kind, _)) => {
                counts.recalled += 1;
                if found_kind == kind {
                    counts.same_kind += 1;
                }
            }
            None => ablation.missed.push((*kind, words.clone())),
        }
    }
    for (at, kind, words) in &found {
        let counts = &mut ablation.per_kind[index(*kind)];
        counts.found += 1;
        if gold.iter().any(|(g, _, _)| g == at) {
            counts.confirmed += 1;
        } else {
            ablation.extra.push((*kind, words.clone()));
        }
    }
    ablation
}

impl Ablation {
    /// The table, as Markdown.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "| kind | listed | recalled | recall | found | confirmed | precision | same kind |\n\
             |---|---:|---:|---:|---:|---:|---:|---:|\n",
        );
        let mut total = Counts::default();
        for (kind, c) in KINDS.iter().zip(&self.per_kind) {
            out.push_str(&row(kind.label(), c));
            total.listed += c.listed;
            total.recalled += c.recalled;
            total.found += c.found;
            total.confirmed += c.confirmed;
            total.same_kind += c.same_kind;
        }
        out.push_str(&row("all", &total));
        out
    }

    pub fn counts(&self, kind: EntityKind) -> Counts {
        self.per_kind[KINDS.iter().position(|k| *k == kind).unwrap_or(0)]
    }
}

fn row(label: &str, c: &Counts) -> String {
    format!(
        "| {label} | {} | {} | {:.2} | {} | {} | {:.2} | {:.2} |\n",
        c.listed,
        c.recalled,
        c.recall(),
        c.found,
        c.confirmed,
        c.precision(),
        c.kind_agreement()
    )
}
