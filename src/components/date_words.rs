//! Dates in words for readers ("25 August 1936", "August 1918 – April 1919", "1920s") and as ISO values.
use chrono::{Datelike, NaiveDate};

use crate::corpus::model::{DateSpan, Precision, MONTH_NAMES};

fn month_name(date: NaiveDate) -> &'static str {
    MONTH_NAMES[date.month0() as usize % 12]
}

/// How finely one end of a span is known.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grain {
    Day,
    Month,
    Year,
    Decade,
}

/// The span in words, each end to the precision it was stated to: a span stated to the month
/// may still end on a known day ("January 1881 – 25 August 1936").
pub fn date_in_words(span: &DateSpan) -> String {
    let (first, last) = (span.first, span.last);
    let first_grain = grain(span.precision, first.day() != 1, first.month() != 1);
    let last_grain = grain(
        span.precision,
        last.succ_opt()
            .is_some_and(|next| next.month() == last.month()),
        last.month() != 12,
    );
    let (from, to) = (words(first, first_grain), words(last, last_grain));
    if from == to {
        return from;
    }
    let same_year = first.year() == last.year();
    match (first_grain, last_grain) {
        (Grain::Day, Grain::Day) if same_year && first.month() == last.month() => {
            format!("{}–{}", first.day(), to)
        }
        (Grain::Day, Grain::Day) if same_year => {
            format!("{} {} – {}", first.day(), month_name(first), to)
        }
        (Grain::Month, Grain::Month) if same_year => format!("{} – {}", month_name(first), to),
        (Grain::Year | Grain::Decade, Grain::Year | Grain::Decade) => format!("{from}–{to}"),
        _ => format!("{from} – {to}"),
    }
}

/// The grain of one end: its stated precision, or finer when the date shows more.
fn grain(precision: Precision, inside_month: bool, inside_year: bool) -> Grain {
    match precision {
        Precision::Day => Grain::Day,
        _ if inside_month => Grain::Day,
        Precision::Month => Grain::Month,
        _ if inside_year => Grain::Month,
        Precision::Year => Grain::Year,
        Precision::Decade => Grain::Decade,
    }
}

fn words(date: NaiveDate, grain: Grain) -> String {
    match grain {
        Grain::Day => format!("{} {} {}", date.day(), month_name(date), date.year()),
        Grain::Month => format!("{} {}", month_name(date), date.year()),
        Grain::Year => date.year().to_string(),
        Grain::Decade => format!("{}s", date.year().div_euclid(10) * 10),
    }
}

/// The precision in words: "day", "month", "year" or "decade".
pub fn precision_label(precision: Precision) -> &'static str {
    match precision {
        Precision::Day => "day",
        Precision::Month => "month",
        Precision::Year => "year",
        Precision::Decade => "decade",
    }
}

/// The ISO 8601 value: one date, or the first and last day of the span.
pub fn iso_value(span: &DateSpan) -> String {
    if span.first == span.last {
        span.first.format("%Y-%m-%d").to_string()
    } else {
        format!(
            "{} – {}",
            span.first.format("%Y-%m-%d"),
            span.last.format("%Y-%m-%d")
        )
    }
}

/// A life or existence in words: "2 December 1892 – 10 January 1938", "from 1898", "until 1938".
pub fn life_in_words(start: Option<&DateSpan>, end: Option<&DateSpan>) -> Option<String> {
    match (start, end) {
        (Some(start), Some(end)) => {
            Some(format!("{} – {}", date_in_words(start), date_in_words(end)))
        }
        (Some(start), None) => Some(format!("from {}", date_in_words(start))),
        (None, Some(end)) => Some(format!("until {}", date_in_words(end))),
        (None, None) => None,
    }
}

/// The age, in whole years, at `when` of someone born within `birth`: "38", or "38–39" when
/// the dates leave it open. None before the birth, and after the death when `death` is given.
pub fn age_in_words(when: &DateSpan, birth: &DateSpan, death: Option<&DateSpan>) -> Option<String> {
    if death.is_some_and(|death| death.last < when.first) {
        return None;
    }
    let (youngest, oldest) = when.age_of(birth)?;
    Some(if youngest == oldest {
        youngest.to_string()
    } else {
        format!("{youngest}–{oldest}")
    })
}
