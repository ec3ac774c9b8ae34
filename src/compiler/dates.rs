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
//! | counted from the anchor | `a month later`, `two years earlier`, `the next day`, `that year` | the unit named |
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
//!   anchor's year, worked out like a day with its month (`on 27 September`). Without a year
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
//! How relative dates are resolved is described on [`Anchor`].

use std::cmp::Ordering;
use std::ops::RangeInclusive;

use chrono::{Datelike, Days, Months, NaiveDate};

use crate::model::{DateSpan, Precision, MONTH_NAMES};

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
    /// Worked out from the [`Anchor`] (`In May`, `a month later`) rather than stated in full.
    pub relative: bool,
    /// A range's two ends, each to the precision it was stated to: `January 1881 – 25 August
    /// 1936` is January 1881 (month) and 25 August 1936 (day), while `when` has the coarser.
    pub ends: Option<[DateSpan; 2]>,
    /// Open towards the future: `From 1925, he was ...`, `since May` (a `from` or `since` with
    /// no `to` or `until` closing it in the sentence). `when` is still the date stated.
    pub onwards: bool,
}

/// The running context of one article, carried across its paragraphs in reading order.
///
/// It holds the date the narrative is at, and moves as follows:
///
/// - Every explicitly stated date becomes the anchor, whatever its precision: `In 1917` after
///   `11 November 1927` moves it back to 1917, since the text has.
/// - A relative date that moves the narrative (`In May`, `on 27 September`, `August of the same
///   year`, `a month later`, `the next day`, `May Day`) becomes the anchor too, so that chains
///   resolve: `In June` ... `on 10 June` ... `a month later`.
/// - A relative date that only restates the anchor (`that year`, `the same day`) leaves it as it
///   is, so the anchor never loses the precision it had.
///
/// And it resolves relative dates as follows; when it cannot, they are skipped:
///
/// - A month without a year takes the anchor's year, if the anchor lies within one calendar
///   year (not a decade or a span of years). After an anchor at month or day precision, a
///   month earlier in the year than the anchor's means the next year (`in December 1927` ...
///   `In January` is January 1928), and a month name alone equal to the anchor's month is
///   ambiguous (a restatement, or the same month a year or more later) and skipped. With a
///   day (`on 27 September` after `In September`), the anchor's month means its year.
/// - `of the same year` and `of that year` take the anchor's year as it is.
/// - `N units later` counts from the anchor's last day and `N units earlier` from its first,
///   `the next` and `the previous` count one unit; the result is the whole day, month or year
///   reached, at that precision. The anchor must be at least as precise as the unit: `a month
///   later` after `1927` is skipped.
/// - `that year`, `the same month`, ... are the anchor widened to the unit, when the anchor
///   lies within one such unit.
#[derive(Clone, Debug, Default)]
pub struct Anchor {
    current: Option<DateSpan>,
}

impl Anchor {
    /// Moves the anchor to a date known from elsewhere, such as the date of an event the text
    /// names (`Freed as a result of the February Revolution` ... `In May`).
    pub fn note(&mut self, when: DateSpan) {
        self.current = Some(when);
    }

    /// The anchor's year, when it lies within one.
    fn single_year(&self) -> Option<i32> {
        let current = self.current?;
        let year = current.first.year();
        (current.last.year() == year).then_some(year)
    }

    /// The year of a month named without one; see the rules above.
    fn year_for(&self, month: u32, month_alone: bool) -> Option<i32> {
        let current = self.current?;
        let year = self.single_year()?;
        if current.precision == Precision::Year {
            return Some(year);
        }
        match month.cmp(&current.first.month()) {
            Ordering::Greater => Some(year),
            Ordering::Less => Some(year + 1),
            Ordering::Equal => (!month_alone).then_some(year),
        }
    }
}

/// Finds dates in `text`. `anchor` is updated as explicit dates are found, and used to resolve relative ones.
pub fn find_dates(text: &str, anchor: &mut Anchor) -> Vec<FoundDate> {
    let scanner = Scanner {
        tokens: tokenize(text),
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < scanner.tokens.len() {
        let Some(m) = scanner.match_at(i, anchor) else {
            i = scanner.skip(i);
            continue;
        };
        if !m.restates {
            anchor.current = Some(m.when);
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

// ---------------------------------------------------------------------------------------------
// Words the scanner knows.

/// The years a four-digit number in prose may stand for (ISO dates may name any year).
const YEARS: RangeInclusive<u32> = 1000..=2100;

/// Words after which a bare four-digit number reads as a year: `in 1899`, `the 1932 bloc`.
const YEAR_CUES: &[&str] = &[
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
const MONTH_CUES: &[&str] = &[
    "in", "by", "until", "till", "since", "from", "through", "during", "before", "after",
];

/// Words that come before a date and are part of it, without narrowing it: `early 1933`.
const QUALIFIERS: &[&str] = &["early", "mid", "late"];

/// Marks after which a number is a page or a serial number, never a year: `p. 1070`.
const PAGE_MARKS: &[&str] = &[
    "p", "pp", "page", "pages", "no", "nos", "vol", "vols", "volume", "isbn", "issn",
];

/// Punctuation that ties numbers written with no spaces into one: `0-04-947021-3`, `10:30`.
const NUMBER_TIES: &[char] = &['-', '–', '/', '.', ':', ','];

/// Days of the year known by name, as their words, with their month and day. `'` stands for an
/// apostrophe, straight or curly. Where one name begins another, the longer is found first.
const NAMED_DAYS: &[(&[&str], u32, u32)] = &[
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
const CLOSERS: &[&str] = &["until", "till"];

/// Words that end an open range when a date follows them: `from 1925 ... to 1927`.
const DATED_CLOSERS: &[&str] = &["to", "through"];

const COUNTS: &[(&str, u32)] = &[
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
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    fn precision(self) -> Precision {
        match self {
            Unit::Day | Unit::Week => Precision::Day,
            Unit::Month => Precision::Month,
            Unit::Year => Precision::Year,
        }
    }
}

const UNITS: &[(&str, Unit)] = &[
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
fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(word))
        .map(|&(_, value)| value)
}

fn month_number(word: &str) -> Option<u32> {
    MONTH_NAMES
        .iter()
        .position(|&name| name == word)
        .map(|index| index as u32 + 1)
}

fn is_dash(c: char) -> bool {
    c == '-' || c == '–'
}

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// ASCII digits only, at most nine of them.
    Number { value: u32, digits: usize },
    /// Four digits ending in 0, then `s`: `1920s`.
    Decade(u32),
    /// Letters only.
    Word,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct(char),
    /// Anything else alphanumeric: `10th`, `5th`, `1917г`, long runs of digits.
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token<'t> {
    kind: Kind,
    text: &'t str,
    /// Byte range in the input.
    start: usize,
    end: usize,
    /// No whitespace between this token and the one before it.
    glued: bool,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(at, next)) = chars.peek() {
                if !next.is_alphanumeric() {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
        }
        let word = &text[start..end];
        tokens.push(Token {
            kind: classify(word, c),
            text: word,
            start,
            end,
            glued,
        });
        glued = true;
    }
    tokens
}

/// What a token is; `first` is its first character.
fn classify(word: &str, first: char) -> Kind {
    if !first.is_alphanumeric() {
        return Kind::Punct(first);
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if all_digits(word) {
        return match word.parse() {
            Ok(value) if word.len() <= 9 => Kind::Number {
                value,
                digits: word.len(),
            },
            _ => Kind::Other,
        };
    }
    if let Some(digits) = word.strip_suffix('s') {
        if digits.len() == 4 && all_digits(digits) && digits.ends_with('0') {
            if let Ok(year) = digits.parse() {
                return Kind::Decade(year);
            }
        }
    }
    if word.chars().all(char::is_alphabetic) {
        Kind::Word
    } else {
        Kind::Other
    }
}

// ---------------------------------------------------------------------------------------------
// The scanner.

/// A date as written, before it is placed on the calendar. It ends before token `end`.
#[derive(Clone, Copy, Debug)]
struct Point {
    end: usize,
    day: Option<u32>,
    month: Option<u32>,
    year: Year,
    /// Led by `early`, `mid` or `late`.
    qualified: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Year {
    /// Not written: taken from the other end of a range, or from the anchor.
    Missing,
    Given(i32),
    Decade(i32),
    /// `of the same year`, `of that year`.
    SameAsAnchor,
}

/// What a point is when it needs context to count as a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bare {
    Year,
    Month,
}

impl Point {
    fn bare(&self) -> Option<Bare> {
        if self.qualified || self.day.is_some() {
            return None;
        }
        match (self.month, self.year) {
            (None, Year::Given(_)) => Some(Bare::Year),
            (Some(_), Year::Missing) => Some(Bare::Month),
            _ => None,
        }
    }

    /// Fills in what the first end of a range leaves out from its second end.
    fn completed_by(mut self, second: &Point) -> Option<Point> {
        if self.day.is_some() && self.month.is_none() {
            // "1–2 January 1935": a day alone needs a day, month and year after it.
            second.day?;
            self.month = Some(second.month?);
        }
        if self.month.is_some() && self.year == Year::Missing {
            self.year = second.year;
        }
        Some(self)
    }
}

/// A date expression found at some token, before it is turned into a [`FoundDate`].
struct Match {
    start: usize,
    end: usize,
    when: DateSpan,
    /// A range's two ends, each as stated; None for a point.
    ends: Option<[DateSpan; 2]>,
    relative: bool,
    /// Only restates the anchor (`that year`), so leaves it as it is.
    restates: bool,
}

struct Scanner<'t> {
    tokens: Vec<Token<'t>>,
}

impl Scanner<'_> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
    }

    /// Whether token `i` is one of `words`, ignoring ASCII case.
    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
    }

    fn word_before(&self, i: usize) -> Option<&str> {
        self.word(i.checked_sub(1)?)
    }

    fn month(&self, i: usize) -> Option<u32> {
        month_number(self.word(i)?)
    }

    /// A four-digit number that may be a year.
    fn year(&self, i: usize) -> Option<i32> {
        match self.kind(i)? {
            Kind::Number { value, digits: 4 } if YEARS.contains(&value) => Some(value as i32),
            _ => None,
        }
    }

    fn match_at(&self, i: usize, anchor: &Anchor) -> Option<Match> {
        self.counted(i, anchor)
            .or_else(|| self.restated(i, anchor))
            .or_else(|| self.named(i, anchor))
            .or_else(|| self.expression(i, anchor))
    }

    /// Where to go on from token `i` when nothing matched there: past the whole of what
    /// starts there, so that the tail of an impossible date (`30 February 1917`) or of an
    /// ISBN is not read as a date of its own.
    fn skip(&self, i: usize) -> usize {
        let point = self.point(i).map_or(i + 1, |p| p.end);
        point.max(self.number_chain_end(i))
    }

    // -- Relative phrases ---------------------------------------------------------------------

    /// `a month later`, `two years earlier`, `the next day`, `the previous year`.
    fn counted(&self, i: usize, anchor: &Anchor) -> Option<Match> {
        let current = anchor.current?;
        let (count, unit, end) = if self.is_word(i, &["the"]) {
            let count = if self.is_word(i + 1, &["next", "following"]) {
                1
            } else if self.is_word(i + 1, &["previous", "preceding"]) {
                -1
            } else {
                return None;
            };
            (count, lookup(UNITS, self.word(i + 2)?)?, i + 3)
        } else {
            let count = match self.kind(i)? {
                Kind::Number { value, digits } if digits <= 2 && value > 0 => value,
                Kind::Word => lookup(COUNTS, self.word(i)?)?,
                _ => return None,
            } as i32;
            let unit = lookup(UNITS, self.word(i + 1)?)?;
            let sign = if self.is_word(i + 2, &["later"]) {
                1
            } else if self.is_word(i + 2, &["earlier"]) {
                -1
            } else {
                return None;
            };
            (sign * count, unit, i + 3)
        };
        Some(Match {
            start: i,
            end,
            when: shift(current, unit, count)?,
            ends: None,
            relative: true,
            restates: false,
        })
    }

    /// `that year`, `the same day`.
    fn restated(&self, i: usize, anchor: &Anchor) -> Option<Match> {
        let current = anchor.current?;
        let at = if self.is_word(i, &["that"]) {
            i + 1
        } else if self.is_word(i, &["the"]) && self.is_word(i + 1, &["same"]) {
            i + 2
        } else {
            return None;
        };
        let unit = lookup(UNITS, self.word(at)?)?;
        if unit == Unit::Week {
            return None;
        }
        let precision = unit.precision();
        if current.precision > precision {
            return None;
        }
        let when = widen(current.first, precision)?;
        (when == widen(current.last, precision)?).then_some(Match {
            start: i,
            end: at + 1,
            when,
            ends: None,
            relative: true,
            restates: true,
        })
    }

    /// `May Day`, `Christmas 1916`: a day known by name, in the year written after it (`May
    /// Day 1917`, `May Day of 1917`, `May Day of that year`), else in one written just after its
    /// noun phrase (`a May Day demonstration in 1907`), else in the anchor's year as for a day
    /// and month (`New Year's Day` after `31 December 1916` is in 1917).
    fn named(&self, i: usize, anchor: &Anchor) -> Option<Match> {
        let (month, day, mut end) = self.named_day(i)?;
        let (year, relative) = if let Some(year) = self.year(end) {
            end += 1;
            (year, false)
        } else if let (true, Some(year)) = (self.is_word(end, &["of"]), self.year(end + 1)) {
            end += 2;
            (year, false)
        } else if let (Year::SameAsAnchor, after) = self.year_after_month(end) {
            end = after;
            (anchor.single_year()?, true)
        } else if let Some(year) = self.year_nearby(end) {
            (year, true)
        } else {
            (anchor.year_for(month, false)?, true)
        };
        Some(Match {
            start: i,
            end,
            when: calendar_span(year, Some(month), Some(day))?,
            ends: None,
            relative,
            restates: false,
        })
    }

    /// The month, day and end of a named day starting at token `i`, the longest that fits.
    fn named_day(&self, i: usize) -> Option<(u32, u32, usize)> {
        NAMED_DAYS
            .iter()
            .filter(|(words, _, _)| {
                words.iter().enumerate().all(|(k, word)| {
                    let Some(token) = self.tokens.get(i + k) else {
                        return false;
                    };
                    match (*word, token.kind) {
                        ("'", Kind::Punct(c)) => matches!(c, '\'' | '’') && token.glued,
                        ("'", _) => false,
                        (_, Kind::Word) => token.text == *word,
                        _ => false,
                    }
                })
            })
            .max_by_key(|(words, _, _)| words.len())
            .map(|&(words, month, day)| (month, day, i + words.len()))
    }

    /// A year stated within a few words after token `k`, in the same clause and after `in` or
    /// `of`: `1907` in `a May Day demonstration in 1907`.
    fn year_nearby(&self, k: usize) -> Option<i32> {
        (k..k + 4)
            .take_while(|&j| self.kind(j) == Some(Kind::Word))
            .find(|&j| self.is_word(j, &["in", "of"]) && self.year(j + 1).is_some())
            .and_then(|j| self.year(j + 1))
    }

    /// Whether the date from token `start` to `end` is open towards the future: after `from`
    /// or `since` (`From 1925`, `since the late 1920s`), with no `until` after it in the
    /// sentence, nor a `to` or `through` followed by a date.
    fn open_ended(&self, start: usize, end: usize) -> bool {
        let Some(mut before) = start.checked_sub(1) else {
            return false;
        };
        if self.is_word(before, &["the"]) {
            let Some(b) = before.checked_sub(1) else {
                return false;
            };
            before = b;
        }
        if !self.is_word(before, &["from", "since"]) {
            return false;
        }
        for k in end..self.tokens.len() {
            match self.kind(k) {
                Some(Kind::Punct('.' | '!' | '?')) => break,
                Some(Kind::Word) if self.is_word(k, CLOSERS) => return false,
                Some(Kind::Word) if self.is_word(k, DATED_CLOSERS) => {
                    let dated = self
                        .qualified_point(k + 1)
                        .is_some_and(|p| p.month.is_some() || p.year != Year::Missing);
                    if dated {
                        return false;
                    }
                }
                _ => {}
            }
        }
        true
    }

    // -- Dates as written ---------------------------------------------------------------------

    /// A date or a range of dates starting at token `i`, if it is one in its context.
    fn expression(&self, i: usize, anchor: &Anchor) -> Option<Match> {
        let first = self.qualified_point(i)?;
        let (last, when, relative, ends) = match self.range(i, &first, anchor) {
            Some((second, ends, relative)) => {
                let [a, b] = ends;
                let when = DateSpan {
                    first: a.first,
                    last: b.last,
                    precision: a.precision.max(b.precision),
                };
                (second, when, relative, Some(ends))
            }
            // "1923–1920", "1–40": numbers tied by a dash are one thing or nothing.
            None if self.continues_number_chain(first.end + 1) => return None,
            None => {
                let (when, relative) = resolve(&first, anchor)?;
                (first, when, relative, None)
            }
        };
        let bare = first.bare().filter(|&b| last.bare() == Some(b));
        let in_context = match bare {
            None => true,
            Some(Bare::Year) => self.year_in_context(i, last.end),
            Some(Bare::Month) => self.month_in_context(i),
        };
        in_context.then_some(Match {
            start: i,
            end: last.end,
            when,
            ends,
            relative,
            restates: false,
        })
    }

    fn year_in_context(&self, start: usize, end: usize) -> bool {
        let before = start.checked_sub(1).and_then(|b| self.kind(b));
        let page_mark = match before {
            Some(Kind::Punct('.')) => start >= 2 && self.is_word(start - 2, PAGE_MARKS),
            _ => start >= 1 && self.is_word(start - 1, PAGE_MARKS),
        };
        if page_mark {
            return false;
        }
        let cue_before =
            before == Some(Kind::Punct('(')) || start >= 1 && self.is_word(start - 1, YEAR_CUES);
        let end_of_citation = match self.kind(end) {
            None => true,
            Some(Kind::Punct(c)) => matches!(c, '.' | ',' | ';' | ')'),
            Some(_) => false,
        };
        cue_before || end_of_citation
    }

    fn month_in_context(&self, start: usize) -> bool {
        // "May Day" is a day, read by `named` when it can be placed, and never the month.
        self.named_day(start).is_none() && start >= 1 && self.is_word(start - 1, MONTH_CUES)
    }

    /// The second end of a range whose first end is `first`, and each end on the calendar.
    fn range(
        &self,
        i: usize,
        first: &Point,
        anchor: &Anchor,
    ) -> Option<(Point, [DateSpan; 2], bool)> {
        let k = first.end;
        let after = match self.kind(k)? {
            Kind::Punct('–') => k + 1,
            Kind::Punct('-') if self.glued(k) && self.glued(k + 1) => k + 1,
            Kind::Word => {
                let intro = self.word_before(i)?;
                let words_range = if intro.eq_ignore_ascii_case("from") {
                    self.is_word(k, &["to", "through", "until", "till"])
                } else {
                    intro.eq_ignore_ascii_case("between") && self.is_word(k, &["and"])
                };
                if !words_range {
                    return None;
                }
                k + 1
            }
            _ => return None,
        };
        let second = self
            .short_year(after, first)
            .or_else(|| self.qualified_point(after))?;
        let (a, first_relative) = resolve(&first.completed_by(&second)?, anchor)?;
        let (b, second_relative) = resolve(&second, anchor)?;
        if a.last >= b.first {
            return None;
        }
        Some((second, [a, b], first_relative || second_relative))
    }

    /// `18` in `1914–18`: a range's end written with two digits, in the first year's century.
    fn short_year(&self, k: usize, first: &Point) -> Option<Point> {
        let Year::Given(from) = first.year else {
            return None;
        };
        let Kind::Number { value, digits: 2 } = self.kind(k)? else {
            return None;
        };
        if first.month.is_some() || first.day.is_some() || self.month(k + 1).is_some() {
            return None;
        }
        let year = from - from.rem_euclid(100) + value as i32;
        (year > from).then_some(Point {
            end: k + 1,
            day: None,
            month: None,
            year: Year::Given(year),
            qualified: false,
        })
    }

    /// A point, perhaps led by `early`, `mid` or `late` (`mid-October`).
    fn qualified_point(&self, j: usize) -> Option<Point> {
        if self.is_word(j, QUALIFIERS) {
            let hyphen = self.kind(j + 1) == Some(Kind::Punct('-'))
                && self.glued(j + 1)
                && self.glued(j + 2);
            let k = if hyphen { j + 2 } else { j + 1 };
            if let Some(point) = self.point(k) {
                return Some(Point {
                    qualified: true,
                    ..point
                });
            }
        }
        self.point(j)
    }

    /// A date as written at token `j`: `25 August 1936`, `January 1881`, `1899`, `1920s`,
    /// `2020-08-07`, `May`, or a day alone (`1` in `1–2 January`), which only a range completes.
    fn point(&self, j: usize) -> Option<Point> {
        let at = |end, day, month, year| Point {
            end,
            day,
            month,
            year,
            qualified: false,
        };
        match self.kind(j)? {
            Kind::Decade(decade) if YEARS.contains(&decade) => {
                Some(at(j + 1, None, None, Year::Decade(decade as i32)))
            }
            Kind::Number { value, digits } => {
                match self.number_ties(j).as_slice() {
                    [] => {}
                    [tie] if is_dash(*tie) => {}
                    ['-', '-'] => return self.iso_date(j),
                    _ => return None,
                }
                if let Some(year) = self.year(j) {
                    return Some(at(j + 1, None, None, Year::Given(year)));
                }
                if digits > 2 || !(1..=31).contains(&value) {
                    return None;
                }
                match self.month(j + 1) {
                    Some(month) => {
                        let (year, end) = self.year_after_month(j + 2);
                        Some(at(end, Some(value), Some(month), year))
                    }
                    None => Some(at(j + 1, Some(value), None, Year::Missing)),
                }
            }
            Kind::Word => {
                let month = self.month(j)?;
                // "August 25, 1936"
                if let (
                    Some(Kind::Number {
                        value,
                        digits: 1..=2,
                    }),
                    Some(Kind::Punct(',')),
                    Some(year),
                ) = (self.kind(j + 1), self.kind(j + 2), self.year(j + 3))
                {
                    return Some(at(j + 4, Some(value), Some(month), Year::Given(year)));
                }
                let (year, end) = self.year_after_month(j + 1);
                Some(at(end, None, Some(month), year))
            }
            _ => None,
        }
    }

    /// What follows a month: a year, `of the same year`, `of that year`, or nothing.
    fn year_after_month(&self, k: usize) -> (Year, usize) {
        if let Some(year) = self.year(k) {
            return (Year::Given(year), k + 1);
        }
        if self.is_word(k, &["of"]) {
            if self.is_word(k + 1, &["that"]) && self.is_word(k + 2, &["year"]) {
                return (Year::SameAsAnchor, k + 3);
            }
            if self.is_word(k + 1, &["the"])
                && self.is_word(k + 2, &["same"])
                && self.is_word(k + 3, &["year"])
            {
                return (Year::SameAsAnchor, k + 4);
            }
        }
        (Year::Missing, k)
    }

    /// `2020-08-07`, whose number chain starts at `j`.
    fn iso_date(&self, j: usize) -> Option<Point> {
        let digits = |i| match self.kind(i) {
            Some(Kind::Number { value, digits }) => Some((value, digits)),
            _ => None,
        };
        let ((year, 4), (month, 2), (day, 2)) = (digits(j)?, digits(j + 2)?, digits(j + 4)?) else {
            return None;
        };
        Some(Point {
            end: j + 5,
            day: Some(day),
            month: Some(month),
            year: Year::Given(year as i32),
            qualified: false,
        })
    }

    /// The punctuation tying the number at `j` to the numbers after it, with no spaces.
    fn number_ties(&self, j: usize) -> Vec<char> {
        let mut ties = Vec::new();
        let mut k = j;
        while let (Some(Kind::Punct(tie)), Some(Kind::Number { .. })) =
            (self.kind(k + 1), self.kind(k + 2))
        {
            if !NUMBER_TIES.contains(&tie) || !self.glued(k + 1) || !self.glued(k + 2) {
                break;
            }
            ties.push(tie);
            k += 2;
        }
        ties
    }

    fn number_chain_end(&self, j: usize) -> usize {
        match self.kind(j) {
            Some(Kind::Number { .. }) => j + 1 + 2 * self.number_ties(j).len(),
            _ => j + 1,
        }
    }

    /// Whether the number at `k` is tied to a number two tokens before it.
    fn continues_number_chain(&self, k: usize) -> bool {
        k >= 2
            && matches!(self.kind(k - 2), Some(Kind::Number { .. }))
            && !self.number_ties(k - 2).is_empty()
    }
}

// ---------------------------------------------------------------------------------------------
// The calendar.

/// Places a written date on the calendar: whether it needed the anchor, and where it falls.
fn resolve(point: &Point, anchor: &Anchor) -> Option<(DateSpan, bool)> {
    let (year, relative) = match point.year {
        Year::Given(year) => (year, false),
        Year::Decade(_) if point.month.is_some() => return None,
        Year::Decade(decade) => return Some((decade_span(decade)?, false)),
        Year::SameAsAnchor => (anchor.single_year()?, true),
        Year::Missing => (anchor.year_for(point.month?, point.day.is_none())?, true),
    };
    Some((calendar_span(year, point.month, point.day)?, relative))
}

/// The year, month or day named, as a span; None when there is no such day.
fn calendar_span(year: i32, month: Option<u32>, day: Option<u32>) -> Option<DateSpan> {
    match (month, day) {
        (None, None) => span(
            NaiveDate::from_ymd_opt(year, 1, 1)?,
            NaiveDate::from_ymd_opt(year, 12, 31)?,
            Precision::Year,
        ),
        (Some(month), None) => {
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let last = first.checked_add_months(Months::new(1))?.pred_opt()?;
            span(first, last, Precision::Month)
        }
        (Some(month), Some(day)) => {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            span(date, date, Precision::Day)
        }
        (None, Some(_)) => None,
    }
}

fn decade_span(decade: i32) -> Option<DateSpan> {
    span(
        NaiveDate::from_ymd_opt(decade, 1, 1)?,
        NaiveDate::from_ymd_opt(decade + 9, 12, 31)?,
        Precision::Decade,
    )
}

fn span(first: NaiveDate, last: NaiveDate, precision: Precision) -> Option<DateSpan> {
    Some(DateSpan {
        first,
        last,
        precision,
    })
}

/// The whole day, month, year or decade that `date` falls in.
fn widen(date: NaiveDate, precision: Precision) -> Option<DateSpan> {
    match precision {
        Precision::Day => calendar_span(date.year(), Some(date.month()), Some(date.day())),
        Precision::Month => calendar_span(date.year(), Some(date.month()), None),
        Precision::Year => calendar_span(date.year(), None, None),
        Precision::Decade => decade_span(date.year() - date.year().rem_euclid(10)),
    }
}

/// `count` units after the anchor (before it, when negative), as the whole unit reached.
fn shift(anchor: DateSpan, unit: Unit, count: i32) -> Option<DateSpan> {
    let precision = unit.precision();
    if anchor.precision > precision {
        return None;
    }
    let n = count.unsigned_abs();
    let date = match (unit, count >= 0) {
        (Unit::Day, true) => anchor.last.checked_add_days(Days::new(n.into())),
        (Unit::Day, false) => anchor.first.checked_sub_days(Days::new(n.into())),
        (Unit::Week, true) => anchor.last.checked_add_days(Days::new(7 * u64::from(n))),
        (Unit::Week, false) => anchor.first.checked_sub_days(Days::new(7 * u64::from(n))),
        (Unit::Month, true) => anchor.last.checked_add_months(Months::new(n)),
        (Unit::Month, false) => anchor.first.checked_sub_months(Months::new(n)),
        (Unit::Year, true) => anchor.last.checked_add_months(Months::new(12 * n)),
        (Unit::Year, false) => anchor.first.checked_sub_months(Months::new(12 * n)),
    }?;
    widen(date, precision)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A span as `first..last precision`, or `day precision` when it is one day.
    fn show(when: DateSpan) -> String {
        let DateSpan {
            first,
            last,
            precision,
        } = when;
        let precision = format!("{precision:?}").to_lowercase();
        if first == last {
            format!("{first} {precision}")
        } else {
            format!("{first}..{last} {precision}")
        }
    }

    /// One line per date found: `matched text => span [range [(p to q)]] [relative] [onwards]`,
    /// with the precision of each end when a range's ends differ in it.
    fn render(text: &str, found: &[FoundDate]) -> Vec<String> {
        found
            .iter()
            .map(|d| {
                let mut line = format!("{} => {}", &text[d.start..d.end], show(d.when));
                if d.is_range {
                    line.push_str(" range");
                }
                if let Some([a, b]) = d.ends {
                    if a.precision != b.precision {
                        let name = |p: Precision| format!("{p:?}").to_lowercase();
                        line.push_str(&format!(
                            " ({} to {})",
                            name(a.precision),
                            name(b.precision)
                        ));
                    }
                }
                if d.relative {
                    line.push_str(" relative");
                }
                if d.onwards {
                    line.push_str(" onwards");
                }
                line
            })
            .collect()
    }

    fn lines(expected: &str) -> Vec<String> {
        expected
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect()
    }

    /// Runs `find_dates` over `input` with a fresh anchor and compares what it found.
    fn check(input: &str, expected: &str) {
        check_anchored(&mut Anchor::default(), input, expected);
    }

    fn check_anchored(anchor: &mut Anchor, input: &str, expected: &str) {
        let found = find_dates(input, anchor);
        assert_eq!(render(input, &found), lines(expected), "in {input:?}");
    }

    #[test]
    fn stated_dates() {
        check(
            "Death Date: 25 August 1936 (aged 55)",
            "25 August 1936 => 1936-08-25 day",
        );
        check(
            "Birth Date: January 1881",
            "January 1881 => 1881-01-01..1881-01-31 month",
        );
        check("In 1899, he joined", "1899 => 1899-01-01..1899-12-31 year");
        check(
            "February 1916",
            "February 1916 => 1916-02-01..1916-02-29 month",
        );
        check("on August 25, 1936.", "August 25, 1936 => 1936-08-25 day");
        check("Retrieved 2020-08-07.", "2020-08-07 => 2020-08-07 day");
        check(
            "the Bloc of the Oppositions (January 1980)",
            "January 1980 => 1980-01-01..1980-01-31 month",
        );
        check(
            "A scientist working in Russia in the 1920s",
            "1920s => 1920-01-01..1929-12-31 decade",
        );
        check(
            "defeated back in early 1933, had now",
            "early 1933 => 1933-01-01..1933-12-31 year",
        );
        check(
            "in the late 1920s",
            "late 1920s => 1920-01-01..1929-12-31 decade",
        );
        check(
            "by the end of 1932 Smirnov had joined",
            "1932 => 1932-01-01..1932-12-31 year",
        );
        check(
            "In 1936, the 1932 bloc would be",
            "1936 => 1936-01-01..1936-12-31 year
             1932 => 1932-01-01..1932-12-31 year",
        );
        check(
            "Trotsky, Leon (1934). History. Haupt & Marie 1974, p. 237. Justice of the U.S.S.R. 1936. p. 72.",
            "1934 => 1934-01-01..1934-12-31 year
             1974 => 1974-01-01..1974-12-31 year
             1936 => 1936-01-01..1936-12-31 year",
        );
        check(
            "rehabilitated in 1988.It is clear",
            "1988 => 1988-01-01..1988-12-31 year",
        );
    }

    #[test]
    fn ranges() {
        check(
            "In 1920–1923, Smirnov was",
            "1920–1923 => 1920-01-01..1923-12-31 year range",
        );
        check(
            "In 1914–18, and",
            "1914–18 => 1914-01-01..1918-12-31 year range",
        );
        check(
            "in 1920-1923.",
            "1920-1923 => 1920-01-01..1923-12-31 year range",
        );
        check(
            "the Eastern Front (August 1918–April 1919), and",
            "August 1918–April 1919 => 1918-08-01..1919-04-30 month range",
        );
        check(
            "on the night of 1–2 January 1935, in",
            "1–2 January 1935 => 1935-01-01..1935-01-02 day range",
        );
        check(
            "Smilga; 2 December 1892 – 10 January 1938) was",
            "2 December 1892 – 10 January 1938 => 1892-12-02..1938-01-10 day range",
        );
        check(
            "Smirnov; January 1881 – 25 August 1936) was",
            "January 1881 – 25 August 1936 => 1881-01-01..1936-08-25 month range (month to day)",
        );
        check(
            "Smirnov (1 January 1881 – August 1936) was",
            "1 January 1881 – August 1936 => 1881-01-01..1936-08-31 month range (day to month)",
        );
        check(
            "between 10 May – 2 June 1917 and",
            "10 May – 2 June 1917 => 1917-05-10..1917-06-02 day range",
        );
        check(
            "in May–June 1917",
            "May–June 1917 => 1917-05-01..1917-06-30 month range",
        );
        check(
            "Ivar Tenisovich Smilga (1892–1937)",
            "1892–1937 => 1892-01-01..1937-12-31 year range",
        );
        check(
            "vice-chairman from 1921 to 1928, and",
            "1921 to 1928 => 1921-01-01..1928-12-31 year range",
        );
        check(
            "From April 1922 through July 1923, Smirnov",
            "April 1922 through July 1923 => 1922-04-01..1923-07-31 month range",
        );
        check(
            "between 1921 and 1928",
            "1921 and 1928 => 1921-01-01..1928-12-31 year range",
        );
        // Without "from" or "between", words do not make a range.
        check(
            "in 1921 to 1928",
            "1921 => 1921-01-01..1921-12-31 year
             1928 => 1928-01-01..1928-12-31 year",
        );
        // Ends out of order: not a range, and not a pair of years either.
        check("In 1923–1920 nothing", "");
        // A dash that is not a range.
        check(
            "in August 1917 – the Congress",
            "August 1917 => 1917-08-01..1917-08-31 month",
        );
    }

    #[test]
    fn relative_dates() {
        check(
            "On 11 November 1927, he was removed. A month later, he was expelled.",
            "11 November 1927 => 1927-11-11 day
             A month later => 1927-12-01..1927-12-31 month relative",
        );
        check(
            "On 14 January 1933, he was arrested, and a month later was again expelled",
            "14 January 1933 => 1933-01-14 day
             a month later => 1933-02-01..1933-02-28 month relative",
        );
        check(
            "sentenced him to death on 24 August 1936, and he was executed the next day.",
            "24 August 1936 => 1936-08-24 day
             the next day => 1936-08-25 day relative",
        );
        check(
            "On 31 December 1927 he left; two days later, he arrived; three years earlier, nothing.",
            "31 December 1927 => 1927-12-31 day
             two days later => 1928-01-02 day relative
             three years earlier => 1925-01-01..1925-12-31 year relative",
        );
        check(
            "In 1917, he was elected. In August of the same year, Smirnov was",
            "1917 => 1917-01-01..1917-12-31 year
             August of the same year => 1917-08-01..1917-08-31 month relative",
        );
        check(
            "During 1917, he was an ally. In June, Lenin resigned, due to be held on 10 June. \
             In September, he led. A letter on 27 September. In mid-October, he returned.",
            "1917 => 1917-01-01..1917-12-31 year
             June => 1917-06-01..1917-06-30 month relative
             10 June => 1917-06-10 day relative
             September => 1917-09-01..1917-09-30 month relative
             27 September => 1917-09-27 day relative
             mid-October => 1917-10-01..1917-10-31 month relative",
        );
        check(
            "expelled from the Central Committee on 14 November 1927, expelled from the party in December, and",
            "14 November 1927 => 1927-11-14 day
             December => 1927-12-01..1927-12-31 month relative",
        );
        // A month earlier in the year than the anchor's is in the next year.
        check(
            "in December 1927 he left. In January, he returned.",
            "December 1927 => 1927-12-01..1927-12-31 month
             January => 1928-01-01..1928-01-31 month relative",
        );
        // "that year" restates the anchor and keeps it: "a month later" still counts from the day.
        check(
            "in January 1907, and during a May Day demonstration that year; a month later",
            "January 1907 => 1907-01-01..1907-01-31 month
             May Day => 1907-05-01 day relative
             that year => 1907-01-01..1907-12-31 year relative
             a month later => 1907-06-01..1907-06-30 month relative",
        );
        // The same month named alone again is ambiguous.
        check(
            "Rearrested in May 1915, he was freed. In May, he was a delegate.",
            "May 1915 => 1915-05-01..1915-05-31 month",
        );
        // Too coarse an anchor, or a span of years, resolves nothing.
        check(
            "In 1927 he signed. A month later, the next day, in the 1920s. In May, that year.",
            "1927 => 1927-01-01..1927-12-31 year
             1920s => 1920-01-01..1929-12-31 decade",
        );
        // Vague phrases are not dates.
        check(
            "In 1921 he left. Soon afterwards, at the same time, some months later, one month in prison.",
            "1921 => 1921-01-01..1921-12-31 year",
        );
    }

    #[test]
    fn relative_dates_need_an_anchor() {
        check(
            "In May, a month later, the next day, that year, on 27 September, mid-October, August of the same year, on May Day, at Christmas",
            "",
        );
    }

    /// Each end of a range as stated, `first end / second end`, or `point` for a single date.
    fn check_ends(input: &str, expected: &str) {
        let found = find_dates(input, &mut Anchor::default());
        let rendered: Vec<String> = found
            .iter()
            .map(|d| {
                let ends = match d.ends {
                    Some([a, b]) => format!("{} / {}", show(a), show(b)),
                    None => "point".to_string(),
                };
                format!("{} => {ends}", &input[d.start..d.end])
            })
            .collect();
        assert_eq!(rendered, lines(expected), "in {input:?}");
    }

    #[test]
    fn range_ends_keep_their_own_precision() {
        check_ends(
            "(January 1881 – 25 August 1936)",
            "January 1881 – 25 August 1936 => 1881-01-01..1881-01-31 month / 1936-08-25 day",
        );
        check_ends(
            "(1 January 1881 – August 1936)",
            "1 January 1881 – August 1936 => 1881-01-01 day / 1936-08-01..1936-08-31 month",
        );
        check_ends(
            "(1881 – August 1936)",
            "1881 – August 1936 => 1881-01-01..1881-12-31 year / 1936-08-01..1936-08-31 month",
        );
        check_ends(
            "In 1920–1923 and in 1914–18",
            "1920–1923 => 1920-01-01..1920-12-31 year / 1923-01-01..1923-12-31 year
             1914–18 => 1914-01-01..1914-12-31 year / 1918-01-01..1918-12-31 year",
        );
        // An end that borrows its month and year from the other keeps its own day.
        check_ends(
            "on the night of 1–2 January 1935, and in May–June 1917",
            "1–2 January 1935 => 1935-01-01 day / 1935-01-02 day
             May–June 1917 => 1917-05-01..1917-05-31 month / 1917-06-01..1917-06-30 month",
        );
        check_ends(
            "from 1921 to 1928, in the 1930s–1940s, in 1899",
            "1921 to 1928 => 1921-01-01..1921-12-31 year / 1928-01-01..1928-12-31 year
             1930s–1940s => 1930-01-01..1939-12-31 decade / 1940-01-01..1949-12-31 decade
             1899 => point",
        );
    }

    #[test]
    fn open_ranges() {
        check(
            "From 1925, he was a prominent supporter of the Opposition, elected in December 1925 \
             – despite the fact that in August 1925, Stalin complained.",
            "1925 => 1925-01-01..1925-12-31 year onwards
             December 1925 => 1925-12-01..1925-12-31 month
             August 1925 => 1925-08-01..1925-08-31 month",
        );
        check(
            "since May 1917 he had led it, and since the late 1920s, early 1930 or mid-1931 nothing",
            "May 1917 => 1917-05-01..1917-05-31 month onwards
             late 1920s => 1920-01-01..1929-12-31 decade onwards
             early 1930 => 1930-01-01..1930-12-31 year
             mid-1931 => 1931-01-01..1931-12-31 year",
        );
        // A "to" that leads nowhere in time leaves the range open; a sentence's end ends the search.
        check(
            "From 1925, he was sent to Leningrad. Until 1930, he led it.",
            "1925 => 1925-01-01..1925-12-31 year onwards
             1930 => 1930-01-01..1930-12-31 year",
        );
        // An "until", or a "to" or "through" with a date, closes it.
        check(
            "From 1925 he led the bureau until his arrest.",
            "1925 => 1925-01-01..1925-12-31 year",
        );
        check(
            "From 1925 he chaired the bureau, and through 1927 its council.",
            "1925 => 1925-01-01..1925-12-31 year
             1927 => 1927-01-01..1927-12-31 year",
        );
        // A range is closed already; "from" must come right before the date.
        check(
            "vice-chairman from 1921 to 1928. Released from prison in 1925, he",
            "1921 to 1928 => 1921-01-01..1928-12-31 year range
             1925 => 1925-01-01..1925-12-31 year",
        );
        // A relative date can be open too.
        check(
            "In 1917, he was elected. From September, he led the Baltic fleet.",
            "1917 => 1917-01-01..1917-12-31 year
             September => 1917-09-01..1917-09-30 month relative onwards",
        );
    }

    #[test]
    fn named_days() {
        check(
            "In 1916 he spent Christmas Eve in prison and Christmas Day in court, and was free by \
             New Year's Eve. On New Year’s Day he left.",
            "1916 => 1916-01-01..1916-12-31 year
             Christmas Eve => 1916-12-24 day relative
             Christmas Day => 1916-12-25 day relative
             New Year's Eve => 1916-12-31 day relative
             New Year’s Day => 1917-01-01 day relative",
        );
        // A year written after the name makes it a date stated in full.
        check(
            "On May Day 1917, crowds marched; at Christmas of 1918 and on Armistice Day 1920",
            "May Day 1917 => 1917-05-01 day
             Christmas of 1918 => 1918-12-25 day
             Armistice Day 1920 => 1920-11-11 day",
        );
        // A year just after the phrase the name belongs to places it too.
        check(
            "he was arrested during a May Day demonstration in 1907, and on International Women's Day of that year",
            "May Day => 1907-05-01 day relative
             1907 => 1907-01-01..1907-12-31 year
             International Women's Day of that year => 1907-03-08 day relative",
        );
        // Without a year it is skipped; the month of May in it is never a month of its own.
        check("during a May Day demonstration, he", "");
        check(
            "In the 1920s, every May Day in May Day parades",
            "1920s => 1920-01-01..1929-12-31 decade",
        );
        check(
            "In 1917, he left. In May Day celebrations, and in June, he returned.",
            "1917 => 1917-01-01..1917-12-31 year
             May Day => 1917-05-01 day relative
             June => 1917-06-01..1917-06-30 month relative",
        );
    }

    #[test]
    fn noted_dates_anchor_what_follows() {
        let mut anchor = Anchor::default();
        anchor.note(parse_iso("1917-03-08").unwrap());
        check_anchored(
            &mut anchor,
            "In May, he was Kronstadt's delegate",
            "May => 1917-05-01..1917-05-31 month relative",
        );
        // A section title read before its text anchors it the same way.
        let mut anchor = Anchor::default();
        check_anchored(
            &mut anchor,
            "in May 1915. Revolution of 1917",
            "May 1915 => 1915-05-01..1915-05-31 month
             1917 => 1917-01-01..1917-12-31 year",
        );
        check_anchored(
            &mut anchor,
            "In May, he was Kronstadt's delegate",
            "May => 1917-05-01..1917-05-31 month relative",
        );
    }

    #[test]
    fn not_dates() {
        for text in [
            "Death Date: (aged 55)",
            "as a 14 year schoolboy",
            "despite his being only 24 years old",
            "orders to send 1500 armed sailors to Petrograd",
            "London: George Allen & Unwin. p. 237.",
            "Stalin, volume 2. Panther. pp. 107–108.",
            "London: The Camelot Press ltd. p. 1070.",
            "ISBN 0-04-947021-3.",
            "ISBN 978-0-86091-017-6.",
            "ISBN 0-300-06211-7. ISBN 0-86316-070-0.",
            "to mark the 10th anniversary of the Bolshevik Revolution",
            "About 400 other deportees followed their lead.",
            "a member of the nine-member Central Committee",
            "signed \"The Declaration of 46\", which",
            "by the 15th Party Congress",
            "and the 5th Army (April",
            "Freed as a result of the February Revolution",
            "Just before the October Revolution",
            "during a May Day demonstration",
            "he may come in May",
            "at 10:30 or 12.05.1917 or 12/05/1917 or 1,500 men",
            "No. 1917 and vol. 1918",
            "In 476 and in 12345",
            "Unwin. p.\u{a0}237. ISBN\u{a0}0-04-947021-3. Panther. pp.\u{a0}1070–1080.",
        ] {
            check(text, "");
        }
    }

    #[test]
    fn impossible_dates_are_skipped_whole() {
        check("on 30 February 1917, or", "");
        check("on 31 April 1917", "");
        check("Retrieved 2020-02-30.", "");
        check("on 29 February 1916", "29 February 1916 => 1916-02-29 day");
        check(
            "In 1917, on 30 February",
            "1917 => 1917-01-01..1917-12-31 year",
        );
    }

    #[test]
    fn glossary_dates() {
        fn check_iso(value: &str, expected: Option<&str>) {
            assert_eq!(
                parse_iso(value).map(show).as_deref(),
                expected,
                "parse_iso({value:?})"
            );
        }
        check_iso("1881", Some("1881-01-01..1881-12-31 year"));
        check_iso("1881-01", Some("1881-01-01..1881-01-31 month"));
        check_iso("1916-02", Some("1916-02-01..1916-02-29 month"));
        check_iso("1917-02", Some("1917-02-01..1917-02-28 month"));
        check_iso("1936-08-25", Some("1936-08-25 day"));
        for malformed in [
            "1917-02-30",
            "1917-13",
            "1917-00-10",
            "17-02-03",
            "1917-2-3",
            "1917-02-03-04",
            "1917/02/03",
            " 1917",
            "+917",
            "",
            "circa 1917",
            "١٩١٧",
        ] {
            check_iso(malformed, None);
        }
    }

    /// Byte ranges must fall on character boundaries, in order, without overlaps.
    fn assert_well_formed(text: &str, found: &[FoundDate]) {
        let mut previous_end = 0;
        for date in found {
            assert!(
                previous_end <= date.start && date.start < date.end,
                "{found:?}"
            );
            assert!(text.is_char_boundary(date.start) && text.is_char_boundary(date.end));
            assert!(date.when.first <= date.when.last, "{date:?}");
            previous_end = date.end;
        }
    }

    #[test]
    fn multibyte_text_around_digits() {
        check(
            "Ива́н Ники́тич Смирно́в; January 1881 – 25 August 1936) 😀1917😀 1917г в 1917 году",
            "January 1881 – 25 August 1936 => 1881-01-01..1936-08-25 month range (month to day)",
        );
        check("«1917» (1917)", "1917 => 1917-01-01..1917-12-31 year");
        check(
            "😀 In May 1917😀",
            "May 1917 => 1917-05-01..1917-05-31 month",
        );
    }

    #[test]
    fn never_panics_on_odd_text() {
        let pieces = [
            "1",
            "12",
            "31",
            "1917",
            "2020",
            "0",
            "-",
            "–",
            "—",
            " ",
            ".",
            ",",
            "(",
            ")",
            ":",
            "/",
            "s",
            "May",
            "February",
            "of",
            "the",
            "same",
            "year",
            "in",
            "from",
            "to",
            "a",
            "month",
            "later",
            "next",
            "day",
            "mid",
            "early",
            "that",
            "p",
            "ISBN",
            "й",
            "😀",
            "\u{301}",
            "٣",
            "²",
            "\n",
            "between",
            "and",
            "Day",
            "Christmas",
            "New",
            "Year",
            "'",
            "’",
            "since",
            "until",
        ];
        // A small linear congruential generator: the same strings on every run.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % bound
        };
        let mut anchor = Anchor::default();
        for _ in 0..3000 {
            let length = next(24);
            let text: String = (0..length).map(|_| pieces[next(pieces.len())]).collect();
            let found = find_dates(&text, &mut anchor);
            assert_well_formed(&text, &found);
        }
        for text in [
            "",
            " ",
            "–",
            "9999-99-99",
            "May",
            "the",
            "1 –",
            "from 1917 to",
        ] {
            assert_well_formed(text, &find_dates(text, &mut anchor));
        }
    }

    /// Runs over a whole seed in reading order with one anchor; checks every date found, and
    /// that none of `non_dates` (each a phrase occurring in the seed) is touched.
    fn check_seed(seed: &str, expected: &str, non_dates: &[&str]) {
        let found = find_dates(seed, &mut Anchor::default());
        assert_eq!(render(seed, &found), lines(expected));
        assert_well_formed(seed, &found);
        for phrase in non_dates {
            let start = seed.find(phrase).expect("the phrase occurs in the seed");
            let end = start + phrase.len();
            assert!(
                !found.iter().any(|d| d.start < end && start < d.end),
                "{phrase:?} was read as a date"
            );
        }
    }

    #[test]
    fn seed_ivan_smirnov() {
        check_seed(
            include_str!("../../seeds/ivan-smirnov.txt"),
            "
            January 1881 => 1881-01-01..1881-01-31 month
            25 August 1936 => 1936-08-25 day
            6 July 1923 => 1923-07-06 day
            12 November 1927 => 1927-11-12 day
            January 1881 – 25 August 1936 => 1881-01-01..1936-08-25 month range (month to day)
            1933 => 1933-01-01..1933-12-31 year
            1899 => 1899-01-01..1899-12-31 year
            1916 => 1916-01-01..1916-12-31 year
            1917 => 1917-01-01..1917-12-31 year
            August of the same year => 1917-08-01..1917-08-31 month relative
            August 1918–April 1919 => 1918-08-01..1919-04-30 month range
            April 1919–May 1920 => 1919-04-01..1920-05-31 month range
            7 February 1920 => 1920-02-07 day
            1920–1923 => 1920-01-01..1923-12-31 year range
            1921 => 1921-01-01..1921-12-31 year
            1921–1922 => 1921-01-01..1922-12-31 year range
            April 1922 through July 1923 => 1922-04-01..1923-07-31 month range
            September 1922 through May 1923 => 1922-09-01..1923-05-31 month range
            July 1923 => 1923-07-01..1923-07-31 month
            1923 => 1923-01-01..1923-12-31 year
            October 1923 => 1923-10-01..1923-10-31 month
            1924 => 1924-01-01..1924-12-31 year
            1927 => 1927-01-01..1927-12-31 year
            11 November 1927 => 1927-11-11 day
            A month later => 1927-12-01..1927-12-31 month relative
            31 December 1927 => 1927-12-31 day
            October 1929 => 1929-10-01..1929-10-31 month
            May 1930 => 1930-05-01..1930-05-31 month
            1929–1932 => 1929-01-01..1932-12-31 year range
            1932 => 1932-01-01..1932-12-31 year
            14 January 1933 => 1933-01-14 day
            a month later => 1933-02-01..1933-02-28 month relative
            1932 => 1932-01-01..1932-12-31 year
            14 April 1933 => 1933-04-14 day
            1936 => 1936-01-01..1936-12-31 year
            August 1936 => 1936-08-01..1936-08-31 month
            early 1933 => 1933-01-01..1933-12-31 year
            December 1934 => 1934-12-01..1934-12-31 month
            24 August 1936 => 1936-08-24 day
            the next day => 1936-08-25 day relative
            1988 => 1988-01-01..1988-12-31 year
            1932 => 1932-01-01..1932-12-31 year
            1936 => 1936-01-01..1936-12-31 year
            1936 => 1936-01-01..1936-12-31 year
            1932 => 1932-01-01..1932-12-31 year
            1936 => 1936-01-01..1936-12-31 year
            1932 => 1932-01-01..1932-12-31 year
            ",
            &[
                "(aged 55)",
                "1st People's",
                "Children: 4",
                "Declaration of 46",
                "15th Party Congress",
                "5th Army",
                "three years of internal exile",
                "5 years of imprisonment",
                "At the same time",
            ],
        );
    }

    #[test]
    fn seed_ivar_smilga() {
        check_seed(
            include_str!("../../seeds/ivar-smilga.txt"),
            "
            2 December 1892 – 10 January 1938 => 1892-12-02..1938-01-10 day range
            1905 => 1905-01-01..1905-12-31 year
            1906 => 1906-01-01..1906-12-31 year
            January 1907 => 1907-01-01..1907-01-31 month
            May Day => 1907-05-01 day relative
            that year => 1907-01-01..1907-12-31 year relative
            1910 => 1910-01-01..1910-12-31 year
            July 1911 => 1911-07-01..1911-07-31 month
            1914 => 1914-01-01..1914-12-31 year
            May 1915 => 1915-05-01..1915-05-31 month
            1917 => 1917-01-01..1917-12-31 year
            June => 1917-06-01..1917-06-30 month relative
            10 June => 1917-06-10 day relative
            August 1917 => 1917-08-01..1917-08-31 month
            September => 1917-09-01..1917-09-30 month relative
            27 September => 1917-09-27 day relative
            mid-October => 1917-10-01..1917-10-31 month relative
            January 1918 => 1918-01-01..1918-01-31 month
            January 1921 => 1921-01-01..1921-01-31 month
            1919 => 1919-01-01..1919-12-31 year
            May => 1919-05-01..1919-05-31 month relative
            July 1919 => 1919-07-01..1919-07-31 month
            1920 => 1920-01-01..1920-12-31 year
            March 1921 => 1921-03-01..1921-03-31 month
            March 1921 => 1921-03-01..1921-03-31 month
            1921 to 1928 => 1921-01-01..1928-12-31 year range
            1924 to 1926 => 1924-01-01..1926-12-31 year range
            1925 => 1925-01-01..1925-12-31 year onwards
            December 1925 => 1925-12-01..1925-12-31 month
            August 1925 => 1925-08-01..1925-08-31 month
            June 1927 => 1927-06-01..1927-06-30 month
            14 November 1927 => 1927-11-14 day
            December => 1927-12-01..1927-12-31 month relative
            July 1929 => 1929-07-01..1929-07-31 month
            1930 => 1930-01-01..1930-12-31 year
            1932 => 1932-01-01..1932-12-31 year
            1–2 January 1935 => 1935-01-01..1935-01-02 day range
            August 1936 => 1936-08-01..1936-08-31 month
            February 1938 => 1938-02-01..1938-02-28 month
            1920s => 1920-01-01..1929-12-31 decade
            1987 => 1987-01-01..1987-12-31 year
            1974 => 1974-01-01..1974-12-31 year
            1924 => 1924-01-01..1924-12-31 year
            1974 => 1974-01-01..1974-12-31 year
            1979 => 1979-01-01..1979-12-31 year
            1967 => 1967-01-01..1967-12-31 year
            1967 => 1967-01-01..1967-12-31 year
            1934 => 1934-01-01..1934-12-31 year
            1969 => 1969-01-01..1969-12-31 year
            1995 => 1995-01-01..1995-12-31 year
            January 1980 => 1980-01-01..1980-01-31 month
            2020-08-07 => 2020-08-07 day
            1936 => 1936-01-01..1936-12-31 year
            1946 => 1946-01-01..1946-12-31 year
            1984 => 1984-01-01..1984-12-31 year
            1892–1937 => 1892-01-01..1937-12-31 year range
            ",
            &[
                "14 year schoolboy",
                "24 years old",
                "1500 armed sailors",
                "In May, he was Kronstadt's delegate",
                "nine-member",
                "February Revolution",
                "About 400",
                "10th anniversary",
                "p.\u{a0}237",
                "pp.\u{a0}107–108",
                "p.\u{a0}1070",
                "ISBN\u{a0}0-04-947021-3",
                "ISBN\u{a0}978-0-86091-017-6",
                "ISBN\u{a0}0-300-06211-7",
                "Soon afterwards",
                "one month in prison",
            ],
        );
    }
}
