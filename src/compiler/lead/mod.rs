//! Reads the first sentence of a Wikipedia-style biography: the subject's name, their name in
//! other languages, and their life dates from the parenthesis after the name.
//!
//! `Ivar Tenisovich Smilga (Russian: И́вар Тени́сович Сми́лга, Latvian: Ivars Smilga; 2 December
//! 1892 – 10 January 1938) was a Latvian Bolshevik leader.` gives the name `Ivar Tenisovich
//! Smilga`, the native name `И́вар Тени́сович Сми́лга`, the other name `Ivars Smilga`, and the
//! two dates.
//!
//! - **The name** is the run of name words at the start of the sentence, before the first
//!   parenthesis, or before ` was ` or ` is ` when there is none, and never past the first
//!   clause (a comma ends it): capitalised words (`Sir`, `J.`, `Jr.`), lowercase particles
//!   between them (`Ludwig van Beethoven`), prefixed words (`d'Artagnan`, `al-Hakim`) and a quoted
//!   nickname (`Joseph "Joe" Smith`). A sentence that opens with a function word (`The`, `In`,
//!   `He`, ...) names no one, and a run of more than [`MAX_NAME_WORDS`] is not a name.
//! - **The parenthesis** is read only when it follows the name (with nothing but spaces or a
//!   comma between them) and closes. It is cut into parts at `;`, and a part into items at `,`,
//!   except where the rest of the part reads as life dates (`August 25, 1936` keeps its comma).
//! - **Life dates** are `A – B` (an en dash, an em dash, a spaced hyphen, or a hyphen between
//!   digits), `born A`, `b. A`, `died B` or `d. B`, where each side is one date as
//!   [`find_dates`](crate::dates::find_dates) reads it, alone, perhaps after `c.` or `circa`,
//!   with bracketed notes left out (`7 November [O.S. 25 October] 1879`) and perhaps a place
//!   after it (`3 May 1890, Riga`, `1890 in Riga`); `?` is an unknown end. Anything else in a
//!   parenthesis (`(RSDLP)`, `(1917)`, `(aged 55)`) is not about life dates.
//! - **Other names**: an item in another script than Latin is the native name (its language
//!   label, `Russian: `, left out; the first one wins); an item in Latin script with a
//!   capitalised language label (`Latvian: Ivars Smilga`) is another name. Pronunciations
//!   (`[ˈivər]`, `/ˈsmɪlɡə/`) are cut off, and labels such as `IPA` or `romanized` are skipped.

mod name;
mod parenthesis;

use crate::dates::{find_dates, Narrative};
use crate::model::DateSpan;
use crate::names::PARTICLES;

use name::*;
use parenthesis::*;

pub use parenthesis::language_tag;

/// What the first sentence of a biography says about its subject.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lead {
    /// The subject's full name: the capitalised words before the first parenthesis (or before
    /// " was "/" is " when there is none), byte range in the sentence.
    pub name: Option<(usize, usize)>,
    /// The name in another script (Cyrillic, Greek, …) inside the parenthesis, without its
    /// language label ("Russian: "), byte range.
    pub native: Option<(usize, usize)>,
    /// The native name's language label ("Russian"), byte range, when the lead gives one.
    pub native_language: Option<(usize, usize)>,
    /// Other names in Latin script with a language label ("Latvian: Ivars Smilga" → "Ivars
    /// Smilga"), byte ranges.
    pub other_names: Vec<(usize, usize)>,
    pub born: Option<DateSpan>,
    pub died: Option<DateSpan>,
}

/// More name words than this in a row are a heading or a title, not somebody's name.
pub const MAX_NAME_WORDS: usize = 24;

/// A parenthesis longer than this (in bytes) is not the one of a lead, and is not read.
const MAX_PARENTHESIS: usize = 2000;

/// Capitalised words that open a sentence without naming anyone.
const OPENERS: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "During",
    "After",
    "Before",
    "Since",
    "Until",
    "When",
    "While",
    "As",
    "Although",
    "Though",
    "If",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Born",
    "Died",
    "According",
];

/// Words that may follow a name after a comma: `Martin Luther King, Jr.`.
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"];

/// Abbreviations whose full stop belongs to them when they end a name.
const ABBREVIATIONS: &[&str] = &["Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms"];

/// Labels in a lead's parenthesis that do not name a language.
const NOT_LANGUAGES: &[&str] = &["IPA", "Pronunciation", "Listen", "Audio"];

/// What comes before a date and may be left out: `c. 1880`, `circa 1880`.
const CIRCA: &[&str] = &["c.", "c", "ca.", "ca", "circa", "approximately", "approx."];

/// Reads what the first sentence of a biography says about its subject. Never panics; what it
/// cannot read clearly it leaves out.
pub fn read_lead(sentence: &str) -> Lead {
    let mut lead = Lead::default();
    let open = sentence.find('(');
    let verb = [" was ", " is "]
        .iter()
        .filter_map(|verb| sentence.find(verb))
        .min();
    let head_end = match (open, verb) {
        (Some(open), Some(verb)) => open.min(verb),
        (Some(open), None) => open,
        (None, Some(verb)) => verb,
        (None, None) => first_clause_end(sentence),
    };
    let Some(name) = name_in(sentence, head_end) else {
        return lead;
    };
    lead.name = Some(name);
    let Some(open) = open.filter(|&open| open == head_end) else {
        return lead;
    };
    // Only spaces, a comma or a footnote mark (`Smilga[1] (`) between the name and the parenthesis.
    let between = without_brackets(&sentence[name.1..open]);
    if !between.chars().all(|c| c.is_whitespace() || c == ',') {
        return lead;
    }
    let Some(close) = closing_parenthesis(sentence, open) else {
        return lead;
    };
    if close - open > MAX_PARENTHESIS {
        return lead;
    }
    read_parenthesis(sentence, open + 1, close, &mut lead);
    lead
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod trap_tests;
