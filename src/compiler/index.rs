//! The indexes the reader looks things up in, built once every article is read: each entity's mentions, and the bodies' dates by time (where a date card finds the same period, `model::period`).

use crate::model::*;

/// Sets every entity's `mentions` and `Corpus::dates_by_time`.
pub fn build_indexes(corpus: &mut Corpus) {
    for entity in &mut corpus.entities {
        entity.mentions.clear();
    }
    for (id, mention) in corpus.mentions.iter().enumerate() {
        if let Some(entity) = corpus.entities.get_mut(usize::from(mention.entity)) {
            entity.mentions.push(id as MentionId);
        }
    }
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
