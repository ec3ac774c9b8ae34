//! The index the reader looks dates up in by time: every date of the bodies, in the order of their first day (the definitions of "the same period" are the model's, `model::period`).

use crate::model::*;

/// Sets `Corpus::dates_by_time`: the dates of every article's body, by first day, then article,
/// then place in the text.
pub fn index_dates_by_time(corpus: &mut Corpus) {
    let mut dates: Vec<DateId> = (0..corpus.dates.len() as DateId)
        .filter(|&id| {
            corpus
                .paragraph_at(&corpus.dates[id as usize].place)
                .is_some()
        })
        .collect();
    dates.sort_by_key(|&id| {
        let date = &corpus.dates[id as usize];
        (date.when.first, date.place.article, date.place.span.start)
    });
    corpus.dates_by_time = dates;
}
