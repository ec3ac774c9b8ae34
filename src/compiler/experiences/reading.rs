//! Reads one sentence for experiences: where a cue of the lexicon stands, who went through it (the grammatical subject of the cue, found by English rules of thumb), and whether the sentence says it happened.
//!
//! The rules, in order, for a cue:
//! 1. Inside a quotation, the quoted speaker's words: a person or pronoun inside the quotation
//!    decides; with none, a quotation after a speech verb or a colon is someone's words (reported).
//! 2. A possessive just before it ("his arrest", "Kirov's assassination") names who; a noun cue
//!    followed by "of" ("the execution of a group") names who after "of"; a verb cue followed
//!    by an object ("shot him", "denounced Smilga") names its object.
//! 3. Else the nearest actor before it in the sentence (a person named, not after a preposition
//!    and not possessive; "he", "she"; "they", "those"), with the people coordinated with it
//!    ("Smilga, Gusev and Kamenev joined"); with none before it, the first actor after it
//!    ("Rearrested in May 1915, he was…"). A possessive pronoun in an opening phrase refers
//!    forward ("After his arrest, Zinoviev named…").
//! 4. "he" and "she" are the biography's subject, who is the one person a biography's pronouns
//!    follow.
//! 5. A participle after a determiner or a preposition describes the noun after it ("the
//!    families of arrested workers"): that noun went through it.
//! 6. Between who and the cue, a negation ("was never arrested") or a wish, plan or possibility
//!    ("should have been appointed") undoes it.

use std::ops::Range;

use super::clause::{
    actors, coordinated, quotation_open_before, words_of, Actor, Who, Word, PREPOSITIONS,
};
use super::lexicon::Lexicon;

/// A sentence to read, in its paragraph (quotations are followed across the paragraph).
pub struct Sentence<'a> {
    pub text: &'a str,
    /// The sentence's bytes in `text`.
    pub range: Range<usize>,
    /// The people named in the sentence: byte ranges in `text`, and whether each is the subject.
    pub people: Vec<(Range<usize>, bool)>,
}

/// What a cue says about the biography's subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// The subject went through it.
    Subject,
    /// Someone else did: their words.
    Other(String),
    /// It did not happen: the word that says so.
    Negated(String),
    /// It was wished, planned, ordered or possible: the word that says so.
    Hypothetical(String),
    /// It is inside someone's quoted words.
    Reported,
    /// No one is named as going through it.
    Unknown,
}

/// A cue found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    /// An index into `Lexicon::kinds`.
    pub kind: usize,
    /// The cue's bytes in the paragraph's text.
    pub cue: Range<usize>,
    pub verdict: Verdict,
}

/// How many words before a cue are read for a negation or a wish.
const WINDOW: usize = 8;

/// Every cue of the lexicon in the sentence, each with its verdict.
pub fn read(lexicon: &Lexicon, sentence: &Sentence) -> Vec<Hit> {
    let words = words_of(sentence.text, sentence.range.clone());
    let lower: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    let actors = actors(sentence, &words);
    let mut hits = Vec::new();
    let mut at = 0;
    while at < words.len() {
        // The longest cue starting here, of any kind.
        let found = lexicon
            .kinds
            .iter()
            .enumerate()
            .flat_map(|(k, kind)| kind.cues.iter().map(move |cue| (k, cue)))
            .filter_map(|(k, cue)| Some((k, cue.matches_at(&lower, at)?)))
            .max_by_key(|&(_, end)| end);
        let Some((kind, end)) = found else {
            at += 1;
            continue;
        };
        let cue = words[at].range.start..words[end - 1].range.end;
        let verdict = match describes(&words, at..end) {
            Some(what) => Verdict::Other(what),
            None => judge(lexicon, sentence, &words, &actors, at..end),
        };
        hits.push(Hit { kind, cue, verdict });
        at = end;
    }
    hits
}

/// A participle before a noun describes the noun ("the families of arrested workers", "the
/// exiled leaders"): the noun, when the cue is one such word after a determiner or preposition.
fn describes(words: &[Word], cue: Range<usize>) -> Option<String> {
    let single = cue.len() == 1 && words[cue.start].lower.ends_with("ed");
    let before = cue.start.checked_sub(1).map(|w| words[w].lower.as_str());
    let after = words.get(cue.end)?;
    let noun = after.lower.chars().all(char::is_alphabetic)
        && !PREPOSITIONS.contains(&after.lower.as_str())
        && !matches!(
            after.lower.as_str(),
            "and" | "or" | "but" | "him" | "her" | "them"
        );
    (single && before.is_some_and(|b| ATTRIBUTIVE_BEFORE.contains(&b)) && noun)
        .then(|| after.lower.clone())
}

/// Words before a participle that make it describe the noun after it.
const ATTRIBUTIVE_BEFORE: [&str; 14] = [
    "the", "a", "an", "of", "for", "with", "among", "these", "their", "other", "many", "all",
    "newly", "recently",
];

/// The verdict on the cue at `cue` (word indices).
fn judge(
    lexicon: &Lexicon,
    sentence: &Sentence,
    words: &[Word],
    actors: &[Actor],
    cue: Range<usize>,
) -> Verdict {
    let text = sentence.text;
    let start = words[cue.start].range.start;
    // 1. Quoted words.
    if let Some(open) = quotation_open_before(text, start) {
        let speaker = actors
            .iter()
            .filter(|a| a.candidate() && words[a.words.start].range.start > open)
            .rfind(|a| a.words.end <= cue.start);
        match speaker {
            Some(actor) => return verdict_for(lexicon, sentence, words, actor, cue),
            None => {
                let before = text[..open].trim_end();
                let last_word = before
                    .rsplit(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or_default()
                    .to_lowercase();
                if before.ends_with(':') || lexicon.speech.contains(&last_word) {
                    return Verdict::Reported;
                }
            }
        }
    }
    let Some(actor) = experiencer(sentence, words, actors, cue.clone()) else {
        return Verdict::Unknown;
    };
    verdict_for(lexicon, sentence, words, &actor, cue)
}

/// Rules 2 and 3: who goes through the cue at `cue`.
fn experiencer(
    sentence: &Sentence,
    words: &[Word],
    actors: &[Actor],
    cue: Range<usize>,
) -> Option<Actor> {
    let text = sentence.text;
    let first_after = |from: usize| {
        actors
            .iter()
            .find(|a| a.candidate() && a.words.start >= from)
    };
    let last_before = actors
        .iter()
        .rfind(|a| a.candidate() && a.words.end <= cue.start);
    let verbal = |w: &Word| w.lower.ends_with("ed") || w.lower.ends_with("en");
    let verb = verbal(&words[cue.end - 1]);
    // A noun cue's owner, at most two words before in the same phrase: "his arrest", "his
    // posthumous rehabilitation".
    let owner = actors.iter().rfind(|a| {
        let between = || &text[words[a.words.end - 1].range.end..words[cue.start].range.start];
        a.possessive
            && a.words.end <= cue.start
            && a.words.end + 2 >= cue.start
            && !between().contains([',', ';', ':'])
    });
    if let Some(owner) = owner.filter(|_| !verbal(&words[cue.start])) {
        // In an opening phrase, a possessive pronoun points forward to the clause's subject.
        let opening = owner.who == Who::Pronoun
            && last_before.is_none()
            && text[words[cue.end - 1].range.end..sentence.range.end].contains(',');
        if opening {
            if let Some(subject) = first_after(cue.end) {
                return Some(subject.clone());
            }
        }
        return Some(owner.clone());
    }
    let next = words.get(cue.end).map(|w| w.lower.as_str());
    if !verb && next == Some("of") {
        return Some(
            actors
                .iter()
                .find(|a| a.words.start == cue.end + 1 || a.words.start == cue.end + 2)
                .filter(|a| !a.possessive)
                .cloned()
                .unwrap_or_else(|| {
                    let what: Vec<&str> = words[cue.end + 1..(cue.end + 4).min(words.len())]
                        .iter()
                        .map(|w| &text[w.range.clone()])
                        .collect();
                    Actor {
                        who: Who::Others(what.join(" ")),
                        words: cue.end + 1..cue.end + 2,
                        possessive: false,
                        governed: false,
                    }
                }),
        );
    }
    // An object right after the cue: "shot him", "denounced Smilga".
    if let Some(object) = actors
        .iter()
        .find(|a| a.words.start == cue.end && !a.possessive)
    {
        if verb || object.governed {
            return Some(object.clone());
        }
    }
    match last_before {
        Some(actor) => Some(actor.clone()),
        None => first_after(cue.end).cloned(),
    }
}

/// The verdict once who is known: someone else, or the subject unless a word undoes it.
fn verdict_for(
    lexicon: &Lexicon,
    sentence: &Sentence,
    words: &[Word],
    actor: &Actor,
    cue: Range<usize>,
) -> Verdict {
    let is_subject = match &actor.who {
        Who::Person(p) => {
            coordinated(sentence, words, actor)
                .iter()
                .any(|&q| sentence.people[q].1)
                || sentence.people[*p].1
        }
        Who::Pronoun => true,
        Who::Others(_) => false,
    };
    if !is_subject {
        return Verdict::Other(match &actor.who {
            Who::Others(what) => what.clone(),
            Who::Person(p) => sentence.text[sentence.people[*p].0.clone()].to_string(),
            Who::Pronoun => String::new(),
        });
    }
    // The words between who and the cue (or, with who after it, before the cue in its clause).
    let from = if actor.words.end <= cue.start {
        actor.words.end
    } else {
        let clause = words[..cue.start]
            .iter()
            .rposition(|w| sentence.text[w.range.end..].starts_with(','))
            .map_or(0, |w| w + 1);
        clause
    };
    let from = from.max(cue.start.saturating_sub(WINDOW));
    for word in &words[from..cue.start] {
        let w = word.lower.as_str();
        if lexicon.negations.iter().any(|n| n == w) || w.ends_with("n't") || w.ends_with("n’t") {
            return Verdict::Negated(word.lower.clone());
        }
        if lexicon.hypotheticals.iter().any(|h| h == w) {
            return Verdict::Hypothetical(word.lower.clone());
        }
    }
    Verdict::Subject
}
