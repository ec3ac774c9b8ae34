//! Finds date expressions in prose and normalizes them to calendar spans.
//!
//! The text is cut into tokens (runs of digits, runs of letters, single punctuation marks), and
//! a small scanner tries, at each token, the shapes below; the first that fits wins and the scan
//! goes on after it.
//!
//! | shape | examples | precision |
//! |---|---|---|
//! | day month year, month day year | `25 August 1936`, `August 25, 1936` | day |
//! | ISO | `2020-08-07` | day |
//! | month year | `January 1881` | month |
//! | year, decade | `1899`, `1920s` | year, decade |
//! | dashed range | `1920–1923`, `1914–18`, `1–2 January 1935`, `January 1881 – 25 August 1936` | the coarser end; each end its own |
//! | range in words | `from 1921 to 1928`, `From April 1922 through July 1923`, `between 1921 and 1928` | the coarser end; each end its own |
//! | open range | `From 1925, he was ...`, `since May 1917` | the date's (marked onwards) |
//! | qualified | `early 1933`, `mid-October`, `the late 1920s` | unchanged |
//! | month without a year | `In May`, `on 27 September`, `August of the same year` | month, day |
//! | named day | `May Day 1917`, `a May Day demonstration that year`, `on New Year's Day` | day |
//! | counted from the narrative date | `a month later`, `two years earlier`, `the next day`, `that year` | the unit named |
//!
//! Rules worth knowing:
//!
//! - **Bare years.** A four-digit number alone (1000 to 2100) is a year only in date-like
//!   context: after a cue word (`in`, `of`, `since`, `from`, `to`, `until`, `by`, `after`,
//!   `before`, `during`, `early`, `late`, `the`, ... see `YEAR_CUES`), after `(`, or when
//!   followed by `.`, `,`, `;`, `)` or the end of the text (a citation's year). Never after a
//!   page or serial mark (`p.`, `pp.`, `No.`, `vol.`, `ISBN`). So `In 1899`, `(1974)`,
//!   `Marie 1974, p. 237` and `the 1932 bloc` are years; `send 1500 armed sailors` and `p. 1070`
//!   are not. The same holds for a range made only of bare years (`In 1920–1923`). A known
//!   miss: a number after `the` or `of` that is not a year (`a force of 1500 men`).
//! - **Bare months.** A month name with neither day nor year is a date only after `in`, `by`,
//!   `until`, `since`, `from`, `through`, `during`, `before`, `after` (so not `the February
//!   Revolution`), or with a qualifier (`mid-October`). Month names are matched with their
//!   capital, so the verb `may` is never a month.
//! - **Named days** (`May Day`, `New Year's Day`, `Christmas Eve`, ... see `NAMED_DAYS`) are
//!   days, never their month: in the year written after them (`May Day 1917`, `Christmas of
//!   1916`) or just after their phrase (`a May Day demonstration in 1907`), else in the
//!   narrative date's year, worked out like a day with its month (`on 27 September`). Without a year
//!   anywhere they are skipped. A known miss: `Christmas` as a word of another noun.
//! - **Numbers tied by punctuation** with no spaces (`0-04-947021-3`, `10:30`, `1,500`,
//!   `12.05.1917`) are read as one thing: an ISO date when they are `YYYY-MM-DD`, a range when
//!   two are tied by a dash, and otherwise nothing, so no part of an ISBN is ever a year.
//! - **Ranges** are one [`FoundDate`] from the start of the first date to the end of the second;
//!   the first borrows what it leaves out from the second (`1–2 January 1935`, `May–June
//!   1917`). A range in words (`to`, `through`, `until`, `till`) counts only after `from`, and
//!   one with `and` only after `between`; like `In` in `In 1899`, the `from` stays outside the
//!   span (`from 1921 to 1928` gives `1921 to 1928`). A range whose ends are not in order is not
//!   a range. Its span has the coarser precision of the two ends, and [`FoundDate::ends`] keeps
//!   each end as stated: `January 1881 – 25 August 1936` is a month, then a day.
//! - **Open ranges.** A point right after `from` or `since` (or `from the`), with no `until` or
//!   `till` after it in the sentence, nor a `to` or `through` followed by a date, is open towards
//!   the future ([`FoundDate::onwards`]): `From 1925, he was a supporter` is 1925 onwards. Its
//!   span is still the date stated.
//! - **Qualifiers** (`early`, `mid`, `late`) are part of the span but do not narrow it: `early
//!   1933` is the whole of 1933 at year precision.
//! - **Impossible dates** (`30 February 1917`) are validated with chrono and skipped whole.
//! - **Vague phrases** (`Soon afterwards`, `At the same time`, `some months later`) and ordinals
//!   (`10th anniversary`, `1st May`) are never dates; neither are abbreviated month names.
//!
//! How relative dates are resolved is described on [`Narrative`].

mod calendar;
mod narrative;
mod points;
mod scanner;
mod tokens;
mod words;

use crate::model::DateSpan;

use calendar::*;
use scanner::*;
use tokens::*;

pub use narrative::Narrative;

/// One date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundDate {
    /// Start of the expression: a byte offset in the input.
    pub start: usize,
    /// End of the expression (exclusive): a byte offset in the input.
    pub end: usize,
    pub when: DateSpan,
    /// A range (`1920–1923`, `from 1921 to 1928`), not a point.
    pub is_range: bool,
    /// Worked out from the [`Narrative`] (`In May`, `a month later`) rather than stated in full.
    pub relative: bool,
    /// A range's two ends, each to the precision it was stated to: `January 1881 – 25 August
    /// 1936` is January 1881 (month) and 25 August 1936 (day), while `when` has the coarser.
    pub ends: Option<[DateSpan; 2]>,
    /// Open towards the future: `From 1925, he was ...`, `since May` (a `from` or `since` with
    /// no `to` or `until` closing it in the sentence). `when` is still the date stated.
    pub onwards: bool,
}

/// Finds dates in `text`. `narrative` is updated as explicit dates are found, and used to resolve relative ones.
pub fn find_dates(text: &str, narrative: &mut Narrative) -> Vec<FoundDate> {
    let scanner = Scanner {
        tokens: tokenize(text),
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < scanner.tokens.len() {
        let Some(m) = scanner.match_at(i, narrative) else {
            i = scanner.skip(i);
            continue;
        };
        if !m.restates {
            narrative.current = Some(m.when);
        }
        found.push(FoundDate {
            start: scanner.tokens[m.start].start,
            end: scanner.tokens[m.end - 1].end,
            when: m.when,
            is_range: m.ends.is_some(),
            relative: m.relative,
            ends: m.ends,
            onwards: m.ends.is_none() && scanner.open_ended(m.start, m.end),
        });
        i = m.end;
    }
    found
}

/// Parses a glossary date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (validated with chrono); None if malformed or impossible (e.g. "1917-02-30").
pub fn parse_iso(value: &str) -> Option<DateSpan> {
    let parts: Vec<&str> = value.split('-').collect();
    let widths: Vec<usize> = parts.iter().map(|part| part.len()).collect();
    if !matches!(widths.as_slice(), [4] | [4, 2] | [4, 2, 2])
        || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let year = parts[0].parse().ok()?;
    let month = parts.get(1).map(|m| m.parse()).transpose().ok()?;
    let day = parts.get(2).map(|d| d.parse()).transpose().ok()?;
    calendar_span(year, month, day)
}

#[cfg(test)]
mod relative_tests;
#[cfg(test)]
mod snapshots;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod trap_tests;
