//! When dates are "the same period": the one definition, for the compiler's cross-references between lives (the same months), for a date card's "meanwhile" passages (within a season either side) and for the time a passage is set at.

use chrono::Days;

use crate::{DateSpan, Precision};

/// A season: how far apart two dates may lie and still be the same period, and the most a date
/// may span to pair passages as "the same months".
pub const SEASON_DAYS: u64 = 92;
/// Dates spanning more than about a year (a decade, "1920–1923") are too broad to have a
/// "meanwhile".
pub const BROADEST_DAYS: i64 = 400;
/// A date spanning more than a few years does not tell when a passage is set.
pub const SETTING_DAYS: i64 = 5 * 366;

fn days(when: &DateSpan) -> i64 {
    (when.last - when.first).num_days()
}

/// Specific enough to pair passages: stated to the month or the day, a season at most.
pub fn is_specific(when: &DateSpan) -> bool {
    when.precision <= Precision::Month && days(when) <= SEASON_DAYS as i64
}

/// Two passages are dated within the same months: both dates specific, and overlapping.
pub fn same_months(a: &DateSpan, b: &DateSpan) -> bool {
    is_specific(a) && is_specific(b) && a.overlaps(b)
}

/// `other` is around the time of `date`, for a "meanwhile": neither spans more than about a
/// year, and `other` touches the season either side of `date`.
pub fn meanwhile(date: &DateSpan, other: &DateSpan) -> bool {
    let (Some(from), Some(to)) = (
        date.first.checked_sub_days(Days::new(SEASON_DAYS)),
        date.last.checked_add_days(Days::new(SEASON_DAYS)),
    ) else {
        return false;
    };
    days(date) <= BROADEST_DAYS
        && days(other) <= BROADEST_DAYS
        && other.first <= to
        && from <= other.last
}

/// Narrow enough to tell when a passage is set: a few years at most.
pub fn sets_the_time(when: &DateSpan) -> bool {
    days(when) <= SETTING_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::span;
    use crate::Precision;

    #[test]
    fn the_same_months_and_meanwhile() {
        let december = span((1927, 12, 1), (1927, 12, 31), Precision::Month);
        let day = span((1927, 12, 18), (1927, 12, 18), Precision::Day);
        let february = span((1928, 2, 1), (1928, 2, 29), Precision::Month);
        let july = span((1928, 7, 1), (1928, 7, 31), Precision::Month);
        let year = span((1927, 1, 1), (1927, 12, 31), Precision::Year);
        let decade = span((1920, 1, 1), (1929, 12, 31), Precision::Decade);
        assert!(same_months(&december, &day));
        assert!(!same_months(&december, &february), "no overlap");
        assert!(!same_months(&year, &day), "a year is not specific");
        assert!(meanwhile(&december, &february), "within a season");
        assert!(!meanwhile(&december, &july), "half a year later");
        assert!(meanwhile(&year, &day));
        assert!(!meanwhile(&decade, &day), "a decade is too broad");
        assert!(sets_the_time(&year) && !sets_the_time(&decade));
    }
}
