//! `seeds/experiences.toml` as read: the kinds of experience with their cue phrases, the words that undo a cue (negations, wishes and plans, speech), and how far apart a pair may be.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// The file's name in the seeds folder.
pub const EXPERIENCES: &str = "experiences.toml";

/// In a cue, a stand-in for up to `GAP_WORDS` words: "membership … restored".
const GAP: &str = "…";
const GAP_WORDS: usize = 6;

/// The file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    #[serde(default)]
    most_years_apart: Option<u16>,
    #[serde(default)]
    negations: Vec<String>,
    #[serde(default)]
    hypotheticals: Vec<String>,
    #[serde(default)]
    speech: Vec<String>,
    #[serde(default, rename = "kind")]
    kinds: Vec<KindEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindEntry {
    name: Spanned<String>,
    cues: Vec<Spanned<String>>,
    #[serde(default = "yes")]
    paired: bool,
    #[serde(default)]
    life: Option<crate::editorial::Life>,
}

fn yes() -> bool {
    true
}

/// The lexicon, ready to match: every word lowercase.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub kinds: Vec<Kind>,
    pub most_years_apart: u16,
    pub negations: Vec<String>,
    pub hypotheticals: Vec<String>,
    pub speech: Vec<String>,
}

#[derive(Debug)]
pub struct Kind {
    pub name: String,
    pub cues: Vec<Cue>,
    pub paired: bool,
    /// The kind starts or ends a life: a sentence that does not date it is dated by the
    /// biography's life dates.
    pub life: Option<crate::editorial::Life>,
}

/// A cue phrase: its words, each a word to match or a gap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue(pub Vec<CueWord>);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CueWord {
    Word(String),
    /// Up to this many words of any kind.
    Gap(usize),
}

/// Pairs are made at most this many years apart when the file does not say.
const MOST_YEARS_APART: u16 = 10;

impl Lexicon {
    /// Checks and prepares the file; `path` and `source` place each problem.
    pub fn new(
        file: LexiconFile,
        path: &str,
        source: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Lexicon {
        let lower = |words: Vec<String>| words.iter().map(|w| w.to_lowercase()).collect();
        let mut kinds = Vec::new();
        for entry in file.kinds {
            let name = entry.name.get_ref().trim().to_string();
            if name.is_empty() {
                let at = entry.name.span().start;
                errors.push(Diagnostic::at(path, source, at, "a kind needs a name"));
            }
            if entry.cues.is_empty() {
                let at = entry.name.span().start;
                let message =
                    format!("the kind `{name}` has no cues: list the words that tell of it");
                errors.push(Diagnostic::at(path, source, at, message));
            }
            let mut cues = Vec::new();
            for cue in &entry.cues {
                match Cue::parse(cue.get_ref()) {
                    Some(parsed) => cues.push(parsed),
                    None => errors.push(Diagnostic::at(
                        path,
                        source,
                        cue.span().start,
                        format!(
                            "the cue {:?} has no word to match (a cue is words, with \"{GAP}\" only between them)",
                            cue.get_ref()
                        ),
                    )),
                }
            }
            kinds.push(Kind {
                name,
                cues,
                paired: entry.paired,
                life: entry.life,
            });
        }
        Lexicon {
            kinds,
            most_years_apart: file.most_years_apart.unwrap_or(MOST_YEARS_APART),
            negations: lower(file.negations),
            hypotheticals: lower(file.hypotheticals),
            speech: lower(file.speech),
        }
    }
}

impl Cue {
    /// "membership … restored" → [membership, gap, restored]; None without a word, or with a
    /// gap at either end.
    pub fn parse(text: &str) -> Option<Cue> {
        let mut words = Vec::new();
        for word in text.split_whitespace() {
            if word == GAP {
                words.push(CueWord::Gap(GAP_WORDS));
            } else {
                words.push(CueWord::Word(word.to_lowercase()));
            }
        }
        let ends_with_word = |w: Option<&CueWord>| matches!(w, Some(CueWord::Word(_)));
        (ends_with_word(words.first()) && ends_with_word(words.last())).then_some(Cue(words))
    }

    /// Where the cue matches `words` starting at word `at`: the index after its last word.
    pub fn matches_at(&self, words: &[&str], at: usize) -> Option<usize> {
        fn go(cue: &[CueWord], words: &[&str], at: usize) -> Option<usize> {
            match cue.split_first() {
                None => Some(at),
                Some((CueWord::Word(w), rest)) => {
                    (words.get(at) == Some(&w.as_str())).then(|| go(rest, words, at + 1))?
                }
                Some((CueWord::Gap(most), rest)) => {
                    (0..=*most).find_map(|skip| go(rest, words, at + skip))
                }
            }
        }
        go(&self.0, words, at)
    }
}
