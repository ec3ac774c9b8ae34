//! The glossary ablation: the seeds compiled with no glossary at all, against the same seeds annotated by the full glossary alone, mention by mention.
//!
//! Three measures, as named-entity evaluations usually report them:
//! - **exact**: a glossary mention is recalled when the ablated build marks exactly the same
//!   words (same byte range of the same seed); a found mention is confirmed likewise.
//! - **names**: exact recall over the glossary's mentions that are proper names, leaving out
//!   what a name finder is told not to take: lowercase descriptions the glossary lists as
//!   aliases ("the party", "civil war") and a faction adjective before a noun ("Bolshevik
//!   leaders").
//! - **overlap**: a mention counts when the other build marks words overlapping it (the
//!   finder's longer "Revolutionary Military Council of the Eastern Front" around the glossary's
//!   "Revolutionary Military Council").
//!
//! Kind agreement is over the mentions both mark exactly.

use crate::compile::{compile, compile_with, Options, SeedFile, GLOSSARY};
use crate::diagnostic::Diagnostic;
use crate::model::{Corpus, EntityKind};

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
    /// ... of which the finder marked words overlapping them.
    pub overlapped: usize,
    /// The glossary's mentions of this kind that are proper names.
    pub names_listed: usize,
    /// ... of which the finder marked the same words.
    pub names_recalled: usize,
    /// The finder's mentions it gave this kind.
    pub found: usize,
    /// ... of which the glossary marks the same words.
    pub confirmed: usize,
    /// ... of which the glossary marks words overlapping them.
    pub found_overlapping: usize,
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
    /// Exact recall over the proper names only.
    pub fn names_recall(&self) -> f64 {
        ratio(self.names_recalled, self.names_listed)
    }
    pub fn overlap_recall(&self) -> f64 {
        ratio(self.overlapped, self.listed)
    }
    pub fn overlap_precision(&self) -> f64 {
        ratio(self.found_overlapping, self.found)
    }
    /// Of the glossary's mentions the finder recalled, the share it gave the right kind.
    pub fn kind_agreement(&self) -> f64 {
        ratio(self.same_kind, self.recalled)
    }

    fn add(&mut self, other: &Counts) {
        self.listed += other.listed;
        self.recalled += other.recalled;
        self.overlapped += other.overlapped;
        self.names_listed += other.names_listed;
        self.names_recalled += other.names_recalled;
        self.found += other.found;
        self.confirmed += other.confirmed;
        self.found_overlapping += other.found_overlapping;
        self.same_kind += other.same_kind;
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
    /// Mentions both mark with different kinds: (glossary's kind, finder's kind, words).
    pub other_kind: Vec<(EntityKind, EntityKind, String)>,
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
    let texts = files.clone();
    let full = compile_with(files, Options { find_names: false })?;
    let bare = compile(ablated)?;
    Ok(compare(&full, &bare, &texts))
}

/// One build's mentions: (article, start, end), kind, words.
type Spans = Vec<((u16, u32, u32), EntityKind, String)>;

fn spans(corpus: &Corpus) -> Spans {
    corpus
        .mentions
        .iter()
        .map(|m| {
            let kind = corpus.entities[m.entity as usize].kind;
            let at = (m.place.article, m.place.span.start, m.place.span.end);
            (at, kind, m.text.clone())
        })
        .collect()
}

fn overlaps(a: (u16, u32, u32), b: (u16, u32, u32)) -> bool {
    a.0 == b.0 && a.1 < b.2 && b.1 < a.2
}

/// Whether a glossary mention is a proper name: capitalised (after a leading "the"), and not a
/// faction or nationality adjective before a lowercase word.
fn is_proper_name(words: &str, after: &str) -> bool {
    let words = words.strip_prefix("the ").unwrap_or(words);
    if !words.starts_with(char::is_uppercase) {
        return false;
    }
    let single = !words.contains(' ');
    let before_noun = after
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_lowercase));
    !(single && before_noun && crate::names::is_adjective(words))
}

/// Compares the mentions of two builds of the same seeds; `files` are the seeds, to read what
/// follows each mention.
pub fn compare(full: &Corpus, bare: &Corpus, files: &[SeedFile]) -> Ablation {
    let (gold, found) = (spans(full), spans(bare));
    let text_of = |article: u16| -> &[u8] {
        let slug = &full.articles[article as usize].slug;
        files
            .iter()
            .find(|f| f.name == format!("{slug}.txt"))
            .map_or(&[], |f| f.bytes.as_slice())
    };
    let index = |kind: EntityKind| KINDS.iter().position(|k| *k == kind).unwrap_or(0);
    let mut ablation = Ablation::default();
    for &(at, kind, ref words) in &gold {
        let counts = &mut ablation.per_kind[index(kind)];
        counts.listed += 1;
        let text = text_of(at.0);
        let after = text.get(at.2 as usize..).unwrap_or_default();
        let after = String::from_utf8_lossy(&after[..after.len().min(24)]);
        let proper = is_proper_name(words, &after);
        counts.names_listed += usize::from(proper);
        if found.iter().any(|(f, _, _)| overlaps(*f, at)) {
            counts.overlapped += 1;
        }
        match found.iter().find(|(f, _, _)| *f == at) {
            Some((_, found_kind, _)) => {
                counts.recalled += 1;
                counts.names_recalled += usize::from(proper);
                if *found_kind == kind {
                    counts.same_kind += 1;
                } else {
                    ablation.other_kind.push((kind, *found_kind, words.clone()));
                }
            }
            None => ablation.missed.push((kind, words.clone())),
        }
    }
    for &(at, kind, ref words) in &found {
        let counts = &mut ablation.per_kind[index(kind)];
        counts.found += 1;
        if gold.iter().any(|(g, _, _)| overlaps(*g, at)) {
            counts.found_overlapping += 1;
        }
        if gold.iter().any(|(g, _, _)| *g == at) {
            counts.confirmed += 1;
        } else {
            ablation.extra.push((kind, words.clone()));
        }
    }
    ablation
}

impl Ablation {
    /// The table, as Markdown.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "| kind | listed | recall | names listed | names recall | overlap recall | found | precision | overlap precision | same kind |\n\
             |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
        );
        let mut total = Counts::default();
        for (kind, c) in KINDS.iter().zip(&self.per_kind) {
            out.push_str(&row(kind.label(), c));
            total.add(c);
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
        "| {label} | {} | {:.2} | {} | {:.2} | {:.2} | {} | {:.2} | {:.2} | {:.2} |\n",
        c.listed,
        c.recall(),
        c.names_listed,
        c.names_recall(),
        c.overlap_recall(),
        c.found,
        c.precision(),
        c.overlap_precision(),
        c.kind_agreement()
    )
}

#[cfg(test)]
mod tests {
    use super::is_proper_name;

    #[test]
    fn what_counts_as_a_proper_name() {
        assert!(is_proper_name("Western Front", " of"));
        assert!(is_proper_name("the Bolsheviks", "."));
        assert!(is_proper_name("Bolshevik", "."));
        assert!(!is_proper_name("Bolshevik", " leaders"));
        assert!(!is_proper_name("civil war", " in"));
        assert!(!is_proper_name("the party", "."));
    }
}
