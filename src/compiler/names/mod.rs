//! The name finder: proper names in English prose that no glossary lists, each with a kind guessed from the evidence around it.
//!
//! A name is a run of capitalised words, with the connectors names use between them (`of`,
//! `for`, `of the`, `von`, `de`, ...), initials (`A. N. Safonova`), an ordinal before a head
//! noun (`5th Army`, `Tenth party congress`) or a lowercase head noun after (`Kerensky
//! government`). An organ of a named body is two names (`Executive Committee` of the `Russian
//! Communist Party`). What is not a name:
//!
//! - the first word of a sentence, unless the text also capitalises it mid-sentence, and never a
//!   function word (`In`, `After`, `Their`) or a word the text also writes in lowercase
//!   (`Historian Pierre Broué` is the name `Pierre Broué`);
//! - a run made only of month or day names, nationality and ideology adjectives (`Russian`,
//!   `Soviet`, `Trotskyist`, `Bolshevik` before a noun), titles (`Colonel`), or a head noun on
//!   its own (`Party`, `Congress`);
//! - anything longer than twelve words, and anything in a sentence written in capitals only.
//!
//! The kind comes from, in order: the head noun (`Governorate`, `Committee`, `Revolution`, the
//! word before the first `of`), a title (`Admiral`), a patronymic, the words around it (`born
//! in X`, `the army of X`, `X declared`), a place prefix (`New`, `Saint`), a preposition
//! (`in X`), an acronym; with only the last three the kind is a guess.

mod evidence;
mod forms;
mod heads;
mod judge;
mod references;
mod sentence;
mod tokens;
mod words;

use std::collections::HashSet;

use crate::model::EntityKind;

use evidence::*;
use forms::*;
use heads::*;
use judge::*;
use sentence::*;
use tokens::*;
use words::*;

pub use references::find_in_reference;
pub use words::{PARTICLES, TITLES};

pub(crate) use tokens::is_adjective;

/// One name found in a text: its byte range, and what the words around it say of its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub start: usize,
    pub end: usize,
    pub kind: Option<EntityKind>,
    /// The kind rests on a head noun, a title or a telling context, not on a guess.
    pub strong: bool,
}

/// The words of a whole seed, so that a sentence's first word can be judged by how the text
/// writes it elsewhere.
#[derive(Debug, Default)]
pub struct Vocabulary {
    /// Words the text writes in lowercase somewhere.
    lowercase: HashSet<String>,
    /// Capitalised words the text writes somewhere other than at a sentence's start.
    inside: HashSet<String>,
}

impl Vocabulary {
    /// The vocabulary of a text, given as its sentences (byte ranges).
    pub fn of(text: &str, sentences: &[(usize, usize)]) -> Vocabulary {
        let mut vocabulary = Vocabulary::default();
        for &(start, end) in sentences {
            let tokens = tokenize(&text[start..end]);
            let first = first_word(&tokens);
            for (i, token) in tokens.iter().enumerate() {
                let Token::Word { text: word, .. } = token else {
                    continue;
                };
                let word = bare(word);
                let after_quote = i > 0
                    && matches!(
                        tokens[i - 1],
                        Token::Mark {
                            c: '"' | '“' | '\'' | '‘' | ':',
                            ..
                        }
                    );
                if word.starts_with(char::is_lowercase) {
                    vocabulary.lowercase.insert(word.to_string());
                } else if Some(i) != first && !after_quote && is_capitalised(word) {
                    vocabulary.inside.insert(word.to_string());
                }
            }
        }
        vocabulary
    }

    /// Adds another text's words (the same seed's headings, infobox and references).
    pub fn extend(&mut self, other: Vocabulary) {
        self.lowercase.extend(other.lowercase);
        self.inside.extend(other.inside);
    }

    fn writes_lowercase(&self, word: &str) -> bool {
        self.lowercase.contains(&word.to_lowercase())
    }

    fn capitalises_inside(&self, word: &str) -> bool {
        self.inside.contains(word)
    }
}

/// Every name in `text`, one sentence (byte ranges) at a time, in order and non-overlapping.
pub fn find_names(text: &str, sentences: &[(usize, usize)], vocabulary: &Vocabulary) -> Vec<Name> {
    let mut names = Vec::new();
    for &(start, end) in sentences {
        let Some(sentence) = text.get(start..end) else {
            continue;
        };
        if shouts(sentence) {
            continue;
        }
        for name in in_sentence(sentence, vocabulary) {
            names.push(Name {
                start: start + name.start,
                end: start + name.end,
                ..name
            });
        }
    }
    names
}

/// The names of one sentence, with byte ranges local to it.
fn in_sentence(text: &str, vocabulary: &Vocabulary) -> Vec<Name> {
    let sentence = Sentence {
        text,
        tokens: tokenize(text),
        vocabulary,
    };
    let first = first_word(&sentence.tokens);
    let mut names = Vec::new();
    let mut i = 0;
    while i < sentence.tokens.len() {
        if let Some(name) = quoted_title(&sentence, i) {
            // A translation in brackets after a title (`"Volna" (Wave)`) is the same title.
            i = sentence.after_gloss(name.1).unwrap_or(name.1);
            names.push(name.0);
            continue;
        }
        if let Some(name) = year_led(&sentence, i) {
            i = name.1;
            names.push(name.0);
            continue;
        }
        let starts = sentence.is_name_word(i)
            || sentence
                .word(i)
                .is_some_and(|w| ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w)));
        if !starts {
            i += 1;
            continue;
        }
        let mut run = sentence.run_from(i);
        let next = run.last + 1;
        let after_quote =
            i > 0 && matches!(sentence.mark(i - 1), Some('"' | '“' | '\'' | '‘' | ':'));
        if Some(i) == first || after_quote {
            run = match trim_sentence_start(&sentence, run) {
                Some(run) => run,
                None => {
                    // The first word alone was dropped: look again from the word after it.
                    i += 1;
                    continue;
                }
            };
        }
        for run in organ_and_body(&sentence, body_of_office(&sentence, run)) {
            names.extend(judge(&sentence, run));
        }
        i = next;
    }
    places_in_lists(text, &mut names);
    names
}

#[cfg(test)]
mod tests;
