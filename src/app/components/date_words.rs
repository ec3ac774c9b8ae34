//! Dates in words for readers ("25 August 1936", "August 1918 – April 1919", "1920s", "1925
//! onwards") and as ISO values.
use chrono::{Datelike, NaiveDate};

use crate::model::{DateRef, DateSpan, Precision, MONTH_NAMES};

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
    ends_in_words(
        first,
        start_grain(span.precision, first),
        last,
        end_grain(span.precision, last),
    )
}

/// A date of the text in words, as the text states it: each end of a range to its own precision
/// ("1 January 1881 – August 1936", which its span alone would give as "January 1881 – August
/// 1936"), and an open one with "onwards" ("1925 onwards").
pub fn date_ref_in_words(date: &DateRef) -> String {
    let words = match &date.ends {
        Some([start, end]) => ends_in_words(
            start.first,
            start_grain(start.precision, start.first),
            end.last,
            end_grain(end.precision, end.last),
        ),
        None => date_in_words(&date.when),
    };
    if date.onwards {
        format!("{words} onwards")
    } else {
        words
    }
}

/// The grain of a span's first day, stated to `precision`.
fn start_grain(precision: Precision, first: NaiveDate) -> Grain {
    grain(precision, first.day() != 1, first.month() != 1)
}

/// The grain of a span's last day, stated to `precision`.
fn end_grain(precision: Precision, last: NaiveDate) -> Grain {
    grain(
        precision,
        last.succ_opt()
            .is_some_and(|next| next.month() == last.month()),
        last.month() != 12,
    )
}

/// From `first` to `last`, each in words to its grain, saying a shared month or year once.
fn ends_in_words(
    first: NaiveDate,
    first_grain: Grain,
    last: NaiveDate,
    last_grain: Grain,
) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Holder, Place, Span};

    fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("a real day")
    }

    fn day(year: i32, month: u32, day: u32) -> DateSpan {
        let date = ymd(year, month, day);
        DateSpan {
            first: date,
            last: date,
            precision: Precision::Day,
        }
    }

    fn month(year: i32, month: u32) -> DateSpan {
        let first = ymd(year, month, 1);
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|next| next.pred_opt())
            .expect("a real month");
        DateSpan {
            first,
            last,
            precision: Precision::Month,
        }
    }

    fn year(year: i32) -> DateSpan {
        DateSpan {
            first: ymd(year, 1, 1),
            last: ymd(year, 12, 31),
            precision: Precision::Year,
        }
    }

    /// A date of the text: a point, or a range of two ends with the coarser precision.
    fn date_ref(ends: &[DateSpan], onwards: bool) -> DateRef {
        let (a, b) = (ends[0], ends[ends.len() - 1]);
        DateRef {
            place: Place {
                article: 0,
                holder: Holder::Infobox(0),
                span: Span::default(),
            },
            text: String::new(),
            when: DateSpan {
                first: a.first,
                last: b.last,
                precision: a.precision.max(b.precision),
            },
            is_range: ends.len() == 2,
            relative: false,
            ends: (ends.len() == 2).then_some([a, b]),
            onwards,
        }
    }

    fn check(ends: &[DateSpan], onwards: bool, expected: &str) {
        assert_eq!(
            date_ref_in_words(&date_ref(ends, onwards)),
            expected,
            "{ends:?}"
        );
    }

    #[test]
    fn each_end_of_a_range_keeps_its_own_precision() {
        check(
            &[month(1881, 1), day(1936, 8, 25)],
            false,
            "January 1881 – 25 August 1936",
        );
        check(
            &[day(1881, 1, 1), month(1936, 8)],
            false,
            "1 January 1881 – August 1936",
        );
        check(&[year(1881), month(1936, 8)], false, "1881 – August 1936");
        check(
            &[day(1892, 12, 2), day(1938, 1, 10)],
            false,
            "2 December 1892 – 10 January 1938",
        );
        check(&[year(1920), year(1923)], false, "1920–1923");
        check(
            &[day(1935, 1, 1), day(1935, 1, 2)],
            false,
            "1–2 January 1935",
        );
        check(
            &[day(1917, 1, 1), day(1917, 6, 30)],
            false,
            "1 January – 30 June 1917",
        );
        check(&[month(1917, 5), month(1917, 6)], false, "May – June 1917");
        check(
            &[month(1918, 8), month(1919, 4)],
            false,
            "August 1918 – April 1919",
        );
        // Its span alone says less: the whole range was stated to the month.
        let span = date_ref(&[day(1881, 1, 1), month(1936, 8)], false).when;
        assert_eq!(date_in_words(&span), "January 1881 – August 1936");
    }

    #[test]
    fn points_and_open_ranges() {
        check(&[day(1936, 8, 25)], false, "25 August 1936");
        check(&[month(1881, 1)], false, "January 1881");
        check(&[year(1925)], true, "1925 onwards");
        check(&[month(1917, 5)], true, "May 1917 onwards");
        check(&[day(1917, 11, 7)], true, "7 November 1917 onwards");
    }
}
