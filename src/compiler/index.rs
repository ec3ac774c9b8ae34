//! The indexes the reader looks things up in, built once every article is read: each entity's mentions, each article's entities (who its body names, by kind and by number of mentions: the mention bars and "People and places"), and the bodies' dates by time (where a date card finds the same period, `model::period`).

use std::cmp::Reverse;
use std::collections::BTreeMap;

use crate::model::*;

/// Sets every entity's `mentions`, every article's `entities` and `Corpus::dates_by_time`.
pub fn build_indexes(corpus: &mut Corpus) {
    for entity in &mut corpus.entities {
        entity.mentions.clear();
    }
    for (id, mention) in corpus.mentions.iter().enumerate() {
        if let Some(entity) = corpus.entities.get_mut(usize::from(mention.entity)) {
            entity.mentions.push(id as MentionId);
        }
    }
    order_entities(corpus);
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

/// Sets every article's `entities`: each entity its body (not its infobox or references) names,
/// once; by kind in `EntityKind`'s order, then the most mentioned first, then the one named first.
fn order_entities(corpus: &mut Corpus) {
    // Per article: entity → (mentions in the body, seed offset of the first).
    let mut named: Vec<BTreeMap<EntityId, (usize, u32)>> =
        vec![BTreeMap::new(); corpus.articles.len()];
    for mention in &corpus.mentions {
        let place = &mention.place;
        let Some(article) = named.get_mut(usize::from(place.article)) else {
            continue;
        };
        if place.holder.paragraph().is_none() {
            continue;
        }
        let (count, first) = article
            .entry(mention.entity)
            .or_insert((0, place.span.start));
        *count += 1;
        *first = (*first).min(place.span.start);
    }
    let entities = &corpus.entities;
    // Kinds in declaration order; an entity the corpus lacks (never, in a compiled corpus) last.
    let kind = |id: EntityId| {
        entities
            .get(usize::from(id))
            .map_or(u8::MAX, |e| e.kind as u8)
    };
    for (article, named) in corpus.articles.iter_mut().zip(named) {
        let mut order: Vec<(EntityId, (usize, u32))> = named.into_iter().collect();
        order.sort_by_key(|&(id, (count, first))| (kind(id), Reverse(count), first, id));
        article.entities = order.into_iter().map(|(id, _)| id).collect();
    }
}
