//! The date the narrative has reached, which relative dates ("a month later", "that year") count from.

use std::cmp::Ordering;

use chrono::Datelike;

use crate::model::{DateSpan, Precision};

/// The running context of one article, carried across its paragraphs in reading order.
///
/// It holds the date the narrative is at, and moves as follows:
///
/// - Every explicitly stated date becomes the narrative date, whatever its precision: `In 1917` after
///   `11 November 1927` moves it back to 1917, since the text has.
/// - A relative date that moves the narrative (`In May`, `on 27 September`, `August of the same
///   year`, `a month later`, `the next day`, `May Day`) becomes the narrative date too, so that chains
///   resolve: `In June` ... `on 10 June` ... `a month later`.
/// - A relative date that only restates the narrative date (`that year`, `the same day`) leaves it as it
///   is, so the narrative date never loses the precision it had.
///
/// And it resolves relative dates as follows; when it cannot, they are skipped:
///
/// - A month without a year takes the narrative date's year, if the narrative date lies within one calendar
///   year (not a decade or a span of years). After a narrative date at month or day precision, a
///   month earlier in the year than the narrative date's means the next year (`in December 1927` ...
///   `In January` is January 1928), and a month name alone equal to the narrative date's month is
///   ambiguous (a restatement, or the same month a year or more later) and skipped. With a
///   day (`on 27 September` after `In September`), the narrative date's month means its year.
/// - `of the same year` and `of that year` take the narrative date's year as it is.
/// - `N units later` counts from the narrative date's last day and `N units earlier` from its first,
///   `the next` and `the previous` count one unit; the result is the whole day, month or year
///   reached, at that precision. The narrative date must be at least as precise as the unit: `a month
///   later` after `1927` is skipped.
/// - `that year`, `the same month`, ... are the narrative date widened to the unit, when the narrative date
///   lies within one such unit.
#[derive(Clone, Debug, Default)]
pub struct Narrative {
    pub(super) current: Option<DateSpan>,
}

impl Narrative {
    /// Moves the narrative date to a date known from elsewhere, such as the date of an event the text
    /// names (`Freed as a result of the February Revolution` ... `In May`).
    pub fn note(&mut self, when: DateSpan) {
        self.current = Some(when);
    }

    /// The narrative date's year, when it lies within one.
    pub(super) fn single_year(&self) -> Option<i32> {
        let current = self.current?;
        let year = current.first.year();
        (current.last.year() == year).then_some(year)
    }

    /// The year of a month named without one; see the rules above.
    pub(super) fn year_for(&self, month: u32, month_alone: bool) -> Option<i32> {
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
