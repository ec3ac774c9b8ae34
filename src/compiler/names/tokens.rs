//! Tokens of a sentence (words with their inner joiners, and marks), and what a single word is: capitalised, an acronym, an ordinal, an adjective, a head noun.

use super::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// Letters and digits, with the apostrophes, hyphens and dots inside them ("Gol’tsman",
    /// "Ungern-Sternberg", "U.S.S.R"); `spaced` is whether white space comes before it.
    Word {
        start: usize,
        end: usize,
        text: &'a str,
        spaced: bool,
    },
    /// Any other character but white space.
    Mark { start: usize, c: char, spaced: bool },
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut spaced = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        if !c.is_alphanumeric() {
            tokens.push(Token::Mark { start, c, spaced });
            spaced = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if next.is_alphanumeric() || is_combining(next) {
                end = at + next.len_utf8();
                chars.next();
                continue;
            }
            // A joiner stays inside the word only when a letter or digit follows it.
            let joins = matches!(next, '-' | '\'' | '’' | '.' | '‐')
                && text[at + next.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            if !joins {
                break;
            }
            chars.next();
            end = at + next.len_utf8();
        }
        tokens.push(Token::Word {
            start,
            end,
            text: &text[start..end],
            spaced,
        });
        spaced = false;
    }
    tokens
}

/// Combining marks (the stress accents of "Ива́н") belong to the word they sit on.
pub(super) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036f}')
}

/// The index of the sentence's first word, after any opening quotes or brackets.
pub(super) fn first_word(tokens: &[Token]) -> Option<usize> {
    tokens.iter().position(|t| matches!(t, Token::Word { .. }))
}

/// A word without a possessive ending: "Smilga's" → "Smilga".
pub(super) fn bare(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

pub(super) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// "5th", "15th", "2nd".
pub(super) fn is_numeric_ordinal(word: &str) -> bool {
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && matches!(&word[digits..], "st" | "nd" | "rd" | "th")
}

/// A sentence in capitals only is a heading or a shout; its words tell nothing.
pub(super) fn shouts(sentence: &str) -> bool {
    let letters: Vec<char> = sentence.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() > 12 && letters.iter().all(|c| !c.is_lowercase())
}

pub(super) fn head_kind(word: &str) -> Option<EntityKind> {
    let word = bare(word);
    HEADS
        .iter()
        .find(|(head, _)| head.eq_ignore_ascii_case(word))
        .map(|&(_, kind)| kind)
}

/// A nationality, faction or ideology adjective (or a month, a day, a title): a word that
/// cannot be a name on its own.
pub(crate) fn is_adjective(word: &str) -> bool {
    let word = bare(word);
    ADJECTIVES.contains(&word)
        || ["ian", "ean", "ish", "ese", "ist", "ite", "ic", "ism", "ary"]
            .iter()
            .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

pub(super) fn is_calendar_word(word: &str) -> bool {
    crate::model::MONTH_NAMES.contains(&word) || DAYS.contains(&word)
}
