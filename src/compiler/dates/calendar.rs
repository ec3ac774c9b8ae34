//! The calendar: points and units turned into date spans with chrono, validated.

use chrono::{Datelike, Days, Months, NaiveDate};

use super::scanner::{Point, Year};
use super::words::Unit;
use super::Narrative;
use crate::model::{DateSpan, Precision};

/// Places a written date on the calendar: whether it needed the narrative date, and where it falls.
pub(super) fn resolve(point: &Point, narrative: &Narrative) -> Option<(DateSpan, bool)> {
    let (year, relative) = match point.year {
        Year::Given(year) => (year, false),
        Year::Decade(_) if point.month.is_some() => return None,
        Year::Decade(decade) => return Some((decade_span(decade)?, false)),
        Year::SameAsNarrative => (narrative.single_year()?, true),
        Year::Missing => (narrative.year_for(point.month?, point.day.is_none())?, true),
    };
    Some((calendar_span(year, point.month, point.day)?, relative))
}

/// The year, month or day named, as a span; None when there is no such day.
pub(super) fn calendar_span(year: i32, month: Option<u32>, day: Option<u32>) -> Option<DateSpan> {
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

pub(super) fn decade_span(decade: i32) -> Option<DateSpan> {
    span(
        NaiveDate::from_ymd_opt(decade, 1, 1)?,
        NaiveDate::from_ymd_opt(decade + 9, 12, 31)?,
        Precision::Decade,
    )
}

pub(super) fn span(first: NaiveDate, last: NaiveDate, precision: Precision) -> Option<DateSpan> {
    Some(DateSpan {
        first,
        last,
        precision,
    })
}

/// The whole day, month, year or decade that `date` falls in.
pub(super) fn widen(date: NaiveDate, precision: Precision) -> Option<DateSpan> {
    match precision {
        Precision::Day => calendar_span(date.year(), Some(date.month()), Some(date.day())),
        Precision::Month => calendar_span(date.year(), Some(date.month()), None),
        Precision::Year => calendar_span(date.year(), None, None),
        Precision::Decade => decade_span(date.year() - date.year().rem_euclid(10)),
    }
}

/// `count` units after the narrative date (before it, when negative), as the whole unit reached.
pub(super) fn shift(narrative: DateSpan, unit: Unit, count: i32) -> Option<DateSpan> {
    let precision = unit.precision();
    if narrative.precision > precision {
        return None;
    }
    let n = count.unsigned_abs();
    let date = match (unit, count >= 0) {
        (Unit::Day, true) => narrative.last.checked_add_days(Days::new(n.into())),
        (Unit::Day, false) => narrative.first.checked_sub_days(Days::new(n.into())),
        (Unit::Week, true) => narrative.last.checked_add_days(Days::new(7 * u64::from(n))),
        (Unit::Week, false) => narrative
            .first
            .checked_sub_days(Days::new(7 * u64::from(n))),
        (Unit::Month, true) => narrative.last.checked_add_months(Months::new(n)),
        (Unit::Month, false) => narrative.first.checked_sub_months(Months::new(n)),
        (Unit::Year, true) => narrative.last.checked_add_months(Months::new(12 * n)),
        (Unit::Year, false) => narrative.first.checked_sub_months(Months::new(12 * n)),
    }?;
    widen(date, precision)
}
