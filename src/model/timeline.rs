//! The parallel view's data: every dated sentence of the biographies' bodies in time order, and the bridges where two lives meet.
//!
//! The compiler builds it (`parallel-lives-compiler`, `timeline.rs`); the reader only lays it
//! out, by calendar year or by the subjects' age.

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::{ArticleId, Corpus, DateRef, DateSpan, Link, Place};

/// Every dated sentence, and where two of them meet.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timeline {
    /// In time order: by the first day of the date that sets each, then by article and place.
    pub entries: Vec<TimelineEntry>,
    /// Pairs of entries of two lives that speak of the same event or the same months.
    pub bridges: Vec<Bridge>,
}

/// One sentence of a paragraph with a date in it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The sentence.
    pub place: Place,
    /// The first date in it, which sets it in time.
    pub date: crate::DateId,
}

/// Two entries of different lives joined across the lanes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bridge {
    /// Indices into `Timeline::entries`, the earlier first.
    pub entries: [u32; 2],
    /// What joins them.
    pub link: Link,
}

impl Corpus {
    /// The date that sets a timeline entry in time.
    pub fn entry_date(&self, entry: &TimelineEntry) -> Option<&DateRef> {
        self.dates.get(entry.date as usize)
    }

    /// The bridges an entry is part of, with the other entry of each.
    pub fn bridges_of(&self, entry: u32) -> impl Iterator<Item = (&Bridge, u32)> + '_ {
        self.timeline
            .bridges
            .iter()
            .filter_map(move |bridge| match bridge.entries {
                [a, b] if a == entry => Some((bridge, b)),
                [a, b] if b == entry => Some((bridge, a)),
                _ => None,
            })
    }
}

/// The year a date's span starts in: the row of the calendar view it sits in.
pub fn year_of(when: &DateSpan) -> i32 {
    when.first.year()
}

/// The age a subject born within `birth` had when `when` starts (the youngest it can be): the
/// row of the age view an entry sits in. None before the birth.
pub fn age_row(when: &DateSpan, birth: &DateSpan) -> Option<i32> {
    let start = DateSpan {
        first: when.first,
        last: when.first,
        precision: when.precision,
    };
    start.age_of(birth).map(|(youngest, _)| youngest)
}

/// An article's lane: its id and subject's short name ("Smilga" for "Ivar Smilga").
pub fn short_name(corpus: &Corpus, article: ArticleId) -> &str {
    corpus
        .articles
        .get(usize::from(article))
        .and_then(|a| a.title.split_whitespace().last())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::span;
    use crate::Precision;

    #[test]
    fn an_entry_sits_at_the_age_its_span_starts_at() {
        // Born 2 December 1892: in 1917 he is 24 until 2 December, then 25.
        let born = span((1892, 12, 2), (1892, 12, 2), Precision::Day);
        let year_1917 = span((1917, 1, 1), (1917, 12, 31), Precision::Year);
        let december = span((1917, 12, 1), (1917, 12, 31), Precision::Month);
        let the_day_after = span((1917, 12, 3), (1917, 12, 3), Precision::Day);
        assert_eq!(age_row(&year_1917, &born), Some(24));
        assert_eq!(age_row(&december, &born), Some(24));
        assert_eq!(age_row(&the_day_after, &born), Some(25));
        // Born in January 1881 (the day unknown): on 1 January 1917 he may still be 35.
        let born = span((1881, 1, 1), (1881, 1, 31), Precision::Month);
        assert_eq!(age_row(&year_1917, &born), Some(35));
        let before = span((1870, 1, 1), (1870, 12, 31), Precision::Year);
        assert_eq!(age_row(&before, &born), None);
        assert_eq!(year_of(&december), 1917);
    }
}
