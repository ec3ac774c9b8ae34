//! The scanner's points and ranges: a day, a month, a year or a decade, with a qualifier, and two of them joined into a range.

use super::calendar::*;
use super::scanner::*;
use super::tokens::*;
use super::words::*;
use super::Narrative;
use crate::model::DateSpan;

impl Scanner<'_> {
    /// The second end of a range whose first end is `first`, and each end on the calendar.
    pub(super) fn range(
        &self,
        i: usize,
        first: &Point,
        narrative: &Narrative,
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
        let (a, first_relative) = resolve(&first.completed_by(&second)?, narrative)?;
        let (b, second_relative) = resolve(&second, narrative)?;
        if a.last >= b.first {
            return None;
        }
        Some((second, [a, b], first_relative || second_relative))
    }

    /// `18` in `1914–18`: a range's end written with two digits, in the first year's century.
    pub(super) fn short_year(&self, k: usize, first: &Point) -> Option<Point> {
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
    pub(super) fn qualified_point(&self, j: usize) -> Option<Point> {
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
    pub(super) fn point(&self, j: usize) -> Option<Point> {
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
    pub(super) fn year_after_month(&self, k: usize) -> (Year, usize) {
        if let Some(year) = self.year(k) {
            return (Year::Given(year), k + 1);
        }
        if self.is_word(k, &["of"]) {
            if self.is_word(k + 1, &["that"]) && self.is_word(k + 2, &["year"]) {
                return (Year::SameAsNarrative, k + 3);
            }
            if self.is_word(k + 1, &["the"])
                && self.is_word(k + 2, &["same"])
                && self.is_word(k + 3, &["year"])
            {
                return (Year::SameAsNarrative, k + 4);
            }
        }
        (Year::Missing, k)
    }

    /// `2020-08-07`, whose number chain starts at `j`.
    pub(super) fn iso_date(&self, j: usize) -> Option<Point> {
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
    pub(super) fn number_ties(&self, j: usize) -> Vec<char> {
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

    pub(super) fn number_chain_end(&self, j: usize) -> usize {
        match self.kind(j) {
            Some(Kind::Number { .. }) => j + 1 + 2 * self.number_ties(j).len(),
            _ => j + 1,
        }
    }

    /// Whether the number at `k` is tied to a number two tokens before it.
    pub(super) fn continues_number_chain(&self, k: usize) -> bool {
        k >= 2
            && matches!(self.kind(k - 2), Some(Kind::Number { .. }))
            && !self.number_ties(k - 2).is_empty()
    }
}
