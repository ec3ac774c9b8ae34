//! The parallel view laid out: which rows it has (years, or ages), which entries each holds, and where empty stretches fold, as plain data the page renders.
use std::collections::BTreeMap;

use crate::model::timeline::{age_row, year_of};
use crate::model::{ArticleId, Corpus, DateSpan};
use crate::route::query::{Align, TimelineOptions};

/// One row of the view, or a fold standing for rows with nothing in them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Row {
    /// A year (calendar view) or an age (age view), with its entries (indices into
    /// `Timeline::entries`) in time order.
    Filled { key: i32, entries: Vec<u32> },
    /// `from..=to`, where no lane has an entry.
    Folded { from: i32, to: i32 },
}

/// The rows of the view for `options`, in order, empty stretches folded.
pub fn rows(corpus: &Corpus, options: &TimelineOptions) -> Vec<Row> {
    let mut filled: BTreeMap<i32, Vec<u32>> = BTreeMap::new();
    for (index, entry) in corpus.timeline.entries.iter().enumerate() {
        if !options.lives.contains(&entry.place.article) {
            continue;
        }
        let Some(date) = corpus.entry_date(entry) else {
            continue;
        };
        let key = match options.align {
            Align::Calendar => Some(year_of(&date.when)),
            Align::Age => birth(corpus, entry.place.article).and_then(|b| age_row(&date.when, &b)),
        };
        if let Some(key) = key {
            filled.entry(key).or_default().push(index as u32);
        }
    }
    let mut rows = Vec::with_capacity(filled.len() * 2);
    let mut previous: Option<i32> = None;
    for (key, entries) in filled {
        if let Some(previous) = previous.filter(|&p| key > p + 1) {
            rows.push(Row::Folded {
                from: previous + 1,
                to: key - 1,
            });
        }
        previous = Some(key);
        rows.push(Row::Filled { key, entries });
    }
    rows
}

/// When the subject of an article was born (`Corpus::life_of`).
pub fn birth(corpus: &Corpus, article: ArticleId) -> Option<DateSpan> {
    corpus.life_of(article).0
}

/// When the subject of an article died, if known.
pub fn death(corpus: &Corpus, article: ArticleId) -> Option<DateSpan> {
    corpus.life_of(article).1
}

/// The calendar years in which someone born within `birth` was `age` (their birthday falls in
/// the year, so two years unless born on 1 January): `(first, last)`.
pub fn years_at_age(birth: &DateSpan, age: i32) -> (i32, i32) {
    use chrono::Datelike;
    let first = birth.first.year() + age;
    let starts_the_year = birth.last.month() == 1 && birth.last.day() == 1;
    let last = birth.last.year() + age + i32::from(!starts_the_year);
    (first, last)
}

/// The id of a row's element, which a link's fragment names: `1927`, or `age-26`.
pub fn row_id(align: Align, key: i32) -> String {
    match align {
        Align::Calendar => key.to_string(),
        Align::Age => format!("age-{key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> DateSpan {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        DateSpan {
            first: date,
            last: date,
            precision: Precision::Day,
        }
    }

    /// Two lives (born 1881 and 1892) with dated entries in 1917, 1917, 1918 and 1927.
    fn corpus() -> Corpus {
        let article = |slug: &str, born: DateSpan| Article {
            slug: slug.into(),
            title: slug.into(),
            born: Some(born),
            ..Article::default()
        };
        let dated = [
            (0, day(1917, 3, 1)),
            (1, day(1917, 11, 7)),
            (1, day(1918, 8, 1)),
            (0, day(1927, 12, 1)),
        ];
        let place = |article: ArticleId| Place {
            article,
            holder: Holder::Paragraph("p".into()),
            span: Span::default(),
        };
        let dates = dated
            .iter()
            .map(|&(article, when)| DateRef {
                place: place(article),
                text: String::new(),
                when,
                is_range: false,
                relative: false,
                ends: None,
                onwards: false,
            })
            .collect();
        let entries = dated
            .iter()
            .enumerate()
            .map(|(i, &(article, _))| TimelineEntry {
                place: place(article),
                date: i as DateId,
            })
            .collect();
        Corpus {
            articles: vec![
                article("a", day(1881, 1, 15)),
                article("b", day(1892, 12, 2)),
            ],
            dates,
            timeline: Timeline {
                entries,
                bridges: Vec::new(),
            },
            ..Corpus::default()
        }
    }

    fn options(align: Align, lives: &[ArticleId]) -> TimelineOptions {
        TimelineOptions {
            align,
            lives: lives.to_vec(),
            dropped: Vec::new(),
        }
    }

    #[test]
    fn calendar_rows_are_years_with_the_empty_ones_folded() {
        let rows = rows(&corpus(), &options(Align::Calendar, &[0, 1]));
        assert_eq!(
            rows,
            [
                Row::Filled {
                    key: 1917,
                    entries: vec![0, 1]
                },
                Row::Filled {
                    key: 1918,
                    entries: vec![2]
                },
                Row::Folded {
                    from: 1919,
                    to: 1926
                },
                Row::Filled {
                    key: 1927,
                    entries: vec![3]
                },
            ]
        );
        // One life only: its own entries.
        let rows = super::rows(&corpus(), &options(Align::Calendar, &[1]));
        assert_eq!(
            rows,
            [
                Row::Filled {
                    key: 1917,
                    entries: vec![1]
                },
                Row::Filled {
                    key: 1918,
                    entries: vec![2]
                },
            ]
        );
    }

    #[test]
    fn age_rows_put_each_entry_at_its_subjects_age() {
        // a, born 15 January 1881: 36 on 1 March 1917, 46 on 1 December 1927.
        // b, born 2 December 1892: 24 on 7 November 1917, 25 on 1 August 1918.
        let rows = rows(&corpus(), &options(Align::Age, &[0, 1]));
        assert_eq!(
            rows,
            [
                Row::Filled {
                    key: 24,
                    entries: vec![1]
                },
                Row::Filled {
                    key: 25,
                    entries: vec![2]
                },
                Row::Folded { from: 26, to: 35 },
                Row::Filled {
                    key: 36,
                    entries: vec![0]
                },
                Row::Folded { from: 37, to: 45 },
                Row::Filled {
                    key: 46,
                    entries: vec![3]
                },
            ]
        );
    }

    #[test]
    fn the_years_of_an_age() {
        assert_eq!(years_at_age(&day(1892, 12, 2), 26), (1918, 1919));
        assert_eq!(years_at_age(&day(1900, 1, 1), 20), (1920, 1920));
        assert_eq!(row_id(Align::Calendar, 1927), "1927");
        assert_eq!(row_id(Align::Age, 26), "age-26");
    }
}
