//! The words the scanner knows: cues before a year or a month, qualifiers, page marks, named days, counts and units.

use std::ops::RangeInclusive;

use crate::model::{Precision, MONTH_NAMES};

/// The years a four-digit number in prose may stand for (ISO dates may name any year).
pub(super) const YEARS: RangeInclusive<u32> = 1000..=2100;

/// Words after which a bare four-digit number reads as a year: `in 1899`, `the 1932 bloc`.
pub(super) const YEAR_CUES: &[&str] = &[
    "in",
    "of",
    "since",
    "from",
    "to",
    "until",
    "till",
    "by",
    "after",
    "before",
    "during",
    "through",
    "throughout",
    "between",
    "around",
    "circa",
    "early",
    "mid",
    "late",
    "the",
    "spring",
    "summer",
    "autumn",
    "winter",
];

/// Words after which a month name with neither day nor year reads as a date: `In May`.
pub(super) const MONTH_CUES: &[&str] = &[
    "in", "by", "until", "till", "since", "from", "through", "during", "before", "after",
];

/// Words that come before a date and are part of it, without narrowing it: `early 1933`.
pub(super) const QUALIFIERS: &[&str] = &["early", "mid", "late"];

/// Marks after which a number is a page or a serial number, never a year: `p. 1070`.
pub(super) const PAGE_MARKS: &[&str] = &[
    "p", "pp", "page", "pages", "no", "nos", "vol", "vols", "volume", "isbn", "issn",
];

/// Punctuation that ties numbers written with no spaces into one: `0-04-947021-3`, `10:30`.
pub(super) const NUMBER_TIES: &[char] = &['-', '–', '/', '.', ':', ','];

/// Days of the year known by name, as their words, with their month and day. `'` stands for an
/// apostrophe, straight or curly. Where one name begins another, the longer is found first.
pub(super) const NAMED_DAYS: &[(&[&str], u32, u32)] = &[
    (&["New", "Year", "'", "s", "Day"], 1, 1),
    (&["New", "Year", "'", "s", "Eve"], 12, 31),
    (&["International", "Women", "'", "s", "Day"], 3, 8),
    (&["May", "Day"], 5, 1),
    (&["Bastille", "Day"], 7, 14),
    (&["Halloween"], 10, 31),
    (&["All", "Saints", "'", "Day"], 11, 1),
    (&["Armistice", "Day"], 11, 11),
    (&["Christmas", "Eve"], 12, 24),
    (&["Christmas", "Day"], 12, 25),
    (&["Christmas"], 12, 25),
    (&["Boxing", "Day"], 12, 26),
];

/// Words that end an open range from a `from` or `since` in the same sentence, whatever follows.
pub(super) const CLOSERS: &[&str] = &["until", "till"];

/// Words that end an open range when a date follows them: `from 1925 ... to 1927`.
pub(super) const DATED_CLOSERS: &[&str] = &["to", "through"];

pub(super) const COUNTS: &[(&str, u32)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    pub(super) fn precision(self) -> Precision {
        match self {
            Unit::Day | Unit::Week => Precision::Day,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        }
    }
}

pub(super) const UNITS: &[(&str, Unit)] = &[
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("year", Unit::Year),
    ("years", Unit::Year),
];

/// Looks a word up in a table, ignoring ASCII case.
pub(super) fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, value)| value)
}

pub(super) fn month_number(word: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .position(|&name| name == word)
        .map(|index| index as u32 + 1)
}

pub(super) fn is_dash(c: char) -> bool {
    c == '-' || c == '–'
}
