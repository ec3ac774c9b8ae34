//! The words of a sentence and who stands in it: its words with their bytes, the people named and the pronouns (as actors that may be a cue's subject, or not: possessive, after a preposition), the people coordinated with one, and where an open quotation began.

use std::ops::Range;

use super::reading::Sentence;

/// Words that put a person after them out of the subject's place.
pub(super) const PREPOSITIONS: [&str; 30] = [
    "of",
    "to",
    "with",
    "by",
    "against",
    "for",
    "from",
    "under",
    "on",
    "at",
    "in",
    "about",
    "like",
    "after",
    "before",
    "behind",
    "among",
    "between",
    "including",
    "than",
    "as",
    "alongside",
    "towards",
    "toward",
    "upon",
    "into",
    "over",
    "via",
    "unlike",
    "whom",
];
/// Pronouns that stand for the biography's subject.
pub(super) const SUBJECT_PRONOUNS: [&str; 2] = ["he", "she"];
pub(super) const POSSESSIVE_PRONOUNS: [&str; 2] = ["his", "her"];
pub(super) const OBJECT_PRONOUNS: [&str; 2] = ["him", "her"];
/// Pronouns and words for others, as subjects.
pub(super) const OTHERS: [&str; 7] = ["they", "those", "we", "i", "others", "them", "their"];

/// A word of the sentence, lowercase, with its bytes in the paragraph.
pub(super) struct Word {
    pub(super) range: Range<usize>,
    pub(super) lower: String,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Who {
    /// A person named: an index into `Sentence::people`.
    Person(usize),
    /// "he", "she", "his", "her", "him".
    Pronoun,
    /// "they", "those", "I": someone else.
    Others(String),
}

/// Someone who can be the subject of a cue: their words and how they stand.
#[derive(Clone, Debug)]
pub(super) struct Actor {
    pub(super) who: Who,
    /// Their first and last word.
    pub(super) words: Range<usize>,
    pub(super) possessive: bool,
    /// After a preposition ("the death of Tolstoy"), or an object pronoun ("him").
    pub(super) governed: bool,
}

impl Actor {
    /// Can be a clause's subject.
    pub(super) fn candidate(&self) -> bool {
        !self.possessive && !self.governed
    }
}

/// The words of `range` of `text`: letters and digits, with apostrophes and hyphens inside.
pub(super) fn words_of(text: &str, range: Range<usize>) -> Vec<Word> {
    let mut words = Vec::new();
    let mut start = None;
    let slice = &text[range.clone()];
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        let joiner = matches!(c, '\'' | '’' | '-')
            && start.is_some()
            && chars
                .get(n + 1)
                .is_some_and(|&(_, next)| next.is_alphanumeric());
        if c.is_alphanumeric() || joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(range.start + s..range.start + i);
        }
    }
    if let Some(s) = start {
        words.push(range.start + s..range.end);
    }
    words
        .into_iter()
        .map(|range| Word {
            lower: text[range.clone()].to_lowercase(),
            range,
        })
        .collect()
}

/// The people and pronouns of the sentence, in order.
pub(super) fn actors(sentence: &Sentence, words: &[Word]) -> Vec<Actor> {
    let text = sentence.text;
    let after_preposition =
        |first: usize| first > 0 && PREPOSITIONS.contains(&words[first - 1].lower.as_str());
    let mut actors = Vec::new();
    let mut in_person = vec![false; words.len()];
    for (p, (range, _)) in sentence.people.iter().enumerate() {
        let inside: Vec<usize> = (0..words.len())
            .filter(|&w| words[w].range.start < range.end && words[w].range.end > range.start)
            .collect();
        let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
            continue;
        };
        for &w in &inside {
            in_person[w] = true;
        }
        let after = &text[range.end.min(text.len())..];
        let possessive = ["'s", "’s", "' ", "’ "]
            .iter()
            .any(|s| after.starts_with(s))
            || words[last].lower.ends_with("'s")
            || words[last].lower.ends_with("’s");
        actors.push(Actor {
            who: Who::Person(p),
            words: first..last + 1,
            possessive,
            governed: after_preposition(first),
        });
    }
    for (w, word) in words.iter().enumerate() {
        if in_person[w] {
            continue;
        }
        let lower = word.lower.as_str();
        let (who, possessive, governed) = if SUBJECT_PRONOUNS.contains(&lower) {
            (Who::Pronoun, false, false)
        } else if POSSESSIVE_PRONOUNS.contains(&lower) {
            // "her" is possessive before a noun and an object after a verb; a cue takes either.
            (Who::Pronoun, true, false)
        } else if OBJECT_PRONOUNS.contains(&lower) {
            (Who::Pronoun, false, true)
        } else if OTHERS.contains(&lower) {
            (
                Who::Others(word.lower.clone()),
                lower == "their",
                lower == "them",
            )
        } else {
            continue;
        };
        actors.push(Actor {
            who,
            words: w..w + 1,
            possessive,
            governed,
        });
    }
    actors.sort_by_key(|a| a.words.start);
    actors
}

/// The people coordinated with a person named ("Smilga, Gusev and Kamenev"): indices into
/// `Sentence::people`.
pub(super) fn coordinated(sentence: &Sentence, words: &[Word], actor: &Actor) -> Vec<usize> {
    let text = sentence.text;
    let joined = |between: &str| {
        between
            .split(|c: char| c == ',' || c.is_whitespace())
            .all(|w| w.is_empty() || w == "and" || w == "or")
    };
    let mut out = Vec::new();
    let mut start = words[actor.words.start].range.start;
    // Backwards through the list, then forwards.
    let mut people: Vec<(usize, &Range<usize>)> = sentence
        .people
        .iter()
        .enumerate()
        .map(|(i, (r, _))| (i, r))
        .collect();
    people.sort_by_key(|(_, r)| r.start);
    for &(i, range) in people.iter().rev() {
        if range.end <= start && joined(&text[range.end..start]) {
            out.push(i);
            start = range.start;
        }
    }
    let mut end = words[actor.words.end - 1].range.end;
    for &(i, range) in &people {
        if range.start >= end && joined(&text[end..range.start]) {
            out.push(i);
            end = range.end;
        }
    }
    out
}

/// Where the quotation open at byte `at` of `text` begins, if one is: straight double quotes
/// by parity, curly ones by balance.
pub(super) fn quotation_open_before(text: &str, at: usize) -> Option<usize> {
    let mut straight: Option<usize> = None;
    let mut curly: Vec<usize> = Vec::new();
    for (i, c) in text[..at].char_indices() {
        match c {
            '"' => straight = if straight.is_some() { None } else { Some(i) },
            '“' => curly.push(i),
            '”' => {
                curly.pop();
            }
            _ => {}
        }
    }
    match (straight, curly.last()) {
        (Some(a), Some(&b)) => Some(a.max(b)),
        (a, b) => a.or(b.copied()),
    }
}
