//! The scanner: at each token, the shapes of a date expression, tried in turn (counted, restated, named, stated).

use super::calendar::*;
use super::tokens::*;
use super::words::*;
use super::Narrative;
use crate::model::DateSpan;

/// A date as written, before it is placed on the calendar. It ends before token `end`.
#[derive(Clone, Copy, Debug)]
pub(super) struct Point {
    pub(super) end: usize,
    pub(super) day: Option<u32>,
    pub(super) month: Option<u32>,
    pub(super) year: Year,
    /// Led by `early`, `mid` or `late`.
    pub(super) qualified: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Year {
    /// Not written: taken from the other end of a range, or from the narrative date.
    Missing,
    Given(i32),
    Decade(i32),
    /// `of the same year`, `of that year`.
    SameAsNarrative,
}

/// A point that counts as a date only in date-like context: a year alone, a month alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NeedsContext {
    Year,
    Month,
}

impl Point {
    pub(super) fn needs_context(&self) -> Option<NeedsContext> {
        if self.qualified || self.day.is_some() {
            return None;
        }
        match (self.month, self.year) {
            (None, Year::Given(_)) => Some(NeedsContext::Year),
            (Some(_), Year::Missing) => Some(NeedsContext::Month),
            _ => None,
        }
    }

    /// Fills in what the first end of a range leaves out from its second end.
    pub(super) fn completed_by(mut self, second: &Point) -> Option<Point> {
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
pub(super) struct Match {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) when: DateSpan,
    /// A range's two ends, each as stated; None for a point.
    pub(super) ends: Option<[DateSpan; 2]>,
    pub(super) relative: bool,
    /// Only restates the narrative date (`that year`), so leaves it as it is.
    pub(super) restates: bool,
}

pub(super) struct Scanner<'t> {
    pub(super) tokens: Vec<Token<'t>>,
}

impl Scanner<'_> {
    pub(super) fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub(super) fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    pub(super) fn word(&self, i: usize) -> Option<&str> {
        self.tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text)
    }

    /// Whether token `i` is one of `words`, ignoring ASCII case.
    pub(super) fn is_word(&self, i: usize, words: &[&str]) -> bool {
        self.word(i)
            .is_some_and(|w| words.iter().any(|x| x.eq_ignore_ascii_case(w)))
    }

    pub(super) fn word_before(&self, i: usize) -> Option<&str> {
        self.word(i.checked_sub(1)?)
    }

    pub(super) fn month(&self, i: usize) -> Option<u32> {
        month_number(self.word(i)?)
    }

    /// A four-digit number that may be a year.
    pub(super) fn year(&self, i: usize) -> Option<i32> {
        match self.kind(i)? {
            Kind::Number { value, digits: 4 } if YEARS.contains(&value) => Some(value as i32),
            _ => None,
        }
    }

    pub(super) fn match_at(&self, i: usize, narrative: &Narrative) -> Option<Match> {
        self.counted(i, narrative)
            .or_else(|| self.restated(i, narrative))
            .or_else(|| self.named(i, narrative))
            .or_else(|| self.expression(i, narrative))
    }

    /// Where to go on from token `i` when nothing matched there: past the whole of what
    /// starts there, so that the tail of an impossible date (`30 February 1917`) or of an
    /// ISBN is not read as a date of its own.
    pub(super) fn skip(&self, i: usize) -> usize {
        let point = self.point(i).map_or(i + 1, |p| p.end);
        point.max(self.number_chain_end(i))
    }

    // -- Relative phrases ---------------------------------------------------------------------

    /// `a month later`, `two years earlier`, `the next day`, `the previous year`.
    pub(super) fn counted(&self, i: usize, narrative: &Narrative) -> Option<Match> {
        let current = narrative.current?;
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
    pub(super) fn restated(&self, i: usize, narrative: &Narrative) -> Option<Match> {
        let current = narrative.current?;
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
    /// noun phrase (`a May Day demonstration in 1907`), else in the narrative date's year as for a day
    /// and month (`New Year's Day` after `31 December 1916` is in 1917).
    pub(super) fn named(&self, i: usize, narrative: &Narrative) -> Option<Match> {
        let (month, day, mut end) = self.named_day(i)?;
        let (year, relative) = if let Some(year) = self.year(end) {
            end += 1;
            (year, false)
        } else if let (true, Some(year)) = (self.is_word(end, &["of"]), self.year(end + 1)) {
            end += 2;
            (year, false)
        } else if let (Year::SameAsNarrative, after) = self.year_after_month(end) {
            end = after;
            (narrative.single_year()?, true)
        } else if let Some(year) = self.year_nearby(end) {
            (year, true)
        } else {
            (narrative.year_for(month, false)?, true)
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
    pub(super) fn named_day(&self, i: usize) -> Option<(u32, u32, usize)> {
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
    pub(super) fn year_nearby(&self, k: usize) -> Option<i32> {
        (k..k + 4)
            .take_while(|&j| self.kind(j) == Some(Kind::Word))
            .find(|&j| self.is_word(j, &["in", "of"]) && self.year(j + 1).is_some())
            .and_then(|j| self.year(j + 1))
    }

    /// Whether the date from token `start` to `end` is open towards the future: after `from`
    /// or `since` (`From 1925`, `since the late 1920s`), with no `until` after it in the
    /// sentence, nor a `to` or `through` followed by a date.
    pub(super) fn open_ended(&self, start: usize, end: usize) -> bool {
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
    pub(super) fn expression(&self, i: usize, narrative: &Narrative) -> Option<Match> {
        let first = self.qualified_point(i)?;
        let (last, when, relative, ends) = match self.range(i, &first, narrative) {
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
                let (when, relative) = resolve(&first, narrative)?;
                (first, when, relative, None)
            }
        };
        let bare = first
            .needs_context()
            .filter(|&b| last.needs_context() == Some(b));
        let in_context = match bare {
            None => true,
            Some(NeedsContext::Year) => self.year_in_context(i, last.end),
            Some(NeedsContext::Month) => self.month_in_context(i),
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

    pub(super) fn year_in_context(&self, start: usize, end: usize) -> bool {
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

    pub(super) fn month_in_context(&self, start: usize) -> bool {
        // "May Day" is a day, read by `named` when it can be placed, and never the month.
        self.named_day(start).is_none() && start >= 1 && self.is_word(start - 1, MONTH_CUES)
    }
}
