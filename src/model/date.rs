//! Dates as the corpus holds them: a stretch of calendar time with the precision it was stated to (`DateSpan`, `Precision`), and one date expression in the text (`DateRef`).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::Place;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Precision {
    #[default]
    Day,
    Month,
    Year,
    Decade,
}

/// A stretch of calendar time, inclusive at both ends, with the precision it was stated to.
///
/// "January 1881" is 1881-01-01..=1881-01-31 at month precision; "1920–1923" is
/// 1920-01-01..=1923-12-31 at year precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateSpan {
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub precision: Precision,
}

impl DateSpan {
    pub fn overlaps(&self, other: &DateSpan) -> bool {
        self.first <= other.last && other.first <= self.last
    }

    pub fn contains(&self, other: &DateSpan) -> bool {
        self.first <= other.first && other.last <= self.last
    }

    /// The range of whole years of age, at this date, of someone born within `birth`.
    pub fn age_of(&self, birth: &DateSpan) -> Option<(i32, i32)> {
        let youngest = years_between(birth.last, self.first);
        let oldest = years_between(birth.first, self.last);
        (oldest >= 0).then_some((youngest.max(0), oldest))
    }
}

/// A span from calendar days written as `(year, month, day)`, for the model's tests.
#[cfg(test)]
pub(crate) fn span(
    first: (i32, u32, u32),
    last: (i32, u32, u32),
    precision: Precision,
) -> DateSpan {
    let day = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
    DateSpan {
        first: day(first),
        last: day(last),
        precision,
    }
}

fn years_between(from: NaiveDate, to: NaiveDate) -> i32 {
    let mut years = to.year() - from.year();
    if (to.month(), to.day()) < (from.month(), from.day()) {
        years -= 1;
    }
    years
}

/// One date expression in the text, normalized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateRef {
    pub place: Place,
    /// The words as they stand in the text.
    pub text: String,
    pub when: DateSpan,
    /// True when the expression is a range ("1920–1923") rather than a point.
    pub is_range: bool,
    /// True when the date was worked out from an earlier date ("a month later", "In May").
    pub relative: bool,
    /// A range's two ends, each to the precision it was stated to: "January 1881 – 25 August
    /// 1936" is January 1881 (month) and 25 August 1936 (day); `when` has the coarser of the
    /// two. None for a point.
    pub ends: Option<[DateSpan; 2]>,
    /// Open towards the future: "From 1925, he was ..." is 1925 onwards (`when` is 1925).
    pub onwards: bool,
}
