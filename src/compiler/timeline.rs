//! The timeline pass: every sentence of the bodies with a date in it, in time order, and the bridges where the cross-references join two of them across lives.

use std::collections::HashMap;

use crate::model::*;

/// Sets `Corpus::timeline` from the articles' dates and the cross-references.
pub fn build_timeline(corpus: &mut Corpus) {
    // The dates of each paragraph, by (article, paragraph id), in text order.
    let mut dates_in: HashMap<(ArticleId, &str), Vec<DateId>> = HashMap::new();
    for (id, date) in corpus.dates.iter().enumerate() {
        if let Some(paragraph) = date.place.holder.paragraph() {
            dates_in
                .entry((date.place.article, paragraph))
                .or_default()
                .push(id as DateId);
        }
    }
    for ids in dates_in.values_mut() {
        ids.sort_by_key(|&id| corpus.dates[id as usize].place.span.start);
    }
    let mut entries = Vec::new();
    for (a, article) in corpus.articles.iter().enumerate() {
        let article_id = a as ArticleId;
        for paragraph in article.sections.iter().flat_map(|s| &s.paragraphs) {
            let Some(dates) = dates_in.get(&(article_id, paragraph.id.as_str())) else {
                continue;
            };
            let base = paragraph.text.source.start;
            for sentence in &paragraph.sentences {
                let span = Span {
                    start: base + sentence.start,
                    end: base + sentence.end,
                };
                let first = dates.iter().copied().find(|&id| {
                    let at = corpus.dates[id as usize].place.span;
                    span.start <= at.start && at.start < span.end
                });
                if let Some(date) = first {
                    entries.push(TimelineEntry {
                        place: Place {
                            article: article_id,
                            holder: Holder::Paragraph(paragraph.id.clone()),
                            span,
                        },
                        date,
                    });
                }
            }
        }
    }
    entries.sort_by_key(|entry| {
        let when = corpus.dates[entry.date as usize].when;
        (when.first, entry.place.article, entry.place.span.start)
    });
    let bridges = bridges(corpus, &entries);
    corpus.timeline = Timeline { entries, bridges };
}

/// The cross-references between two lives whose both passages are entries, once per pair.
fn bridges(corpus: &Corpus, entries: &[TimelineEntry]) -> Vec<Bridge> {
    let entry_at = |passage: &Passage| {
        entries
            .iter()
            .position(|entry| {
                entry.place.article == passage.place.article
                    && entry.place.holder == passage.place.holder
                    && entry.place.span.start < passage.place.span.end
                    && passage.place.span.start < entry.place.span.end
            })
            .map(|i| i as u32)
    };
    let mut bridges: Vec<Bridge> = Vec::new();
    for cross_ref in &corpus.cross_refs {
        if matches!(cross_ref.link, Link::InfoboxFact(_))
            || cross_ref.from.place.article == cross_ref.to.place.article
        {
            continue;
        }
        let (Some(a), Some(b)) = (entry_at(&cross_ref.from), entry_at(&cross_ref.to)) else {
            continue;
        };
        let pair = [a.min(b), a.max(b)];
        // One bridge per pair, with the link that says most.
        match bridges.iter_mut().find(|bridge| bridge.entries == pair) {
            Some(bridge) => {
                if says_more(&cross_ref.link, &bridge.link) {
                    bridge.link = cross_ref.link.clone();
                }
            }
            None => bridges.push(Bridge {
                entries: pair,
                link: cross_ref.link.clone(),
            }),
        }
    }
    bridges.sort_by_key(|bridge| bridge.entries);
    bridges
}

/// Whether `a` says more than `b` of why two passages meet: the same experience says more
/// than a shared event, which says more than shared months.
fn says_more(a: &Link, b: &Link) -> bool {
    let rank = |link: &Link| match link {
        Link::SameExperience(_) => 3,
        Link::SameEvent(_) => 2,
        Link::SameMonths => 1,
        Link::InfoboxFact(_) => 0,
    };
    rank(a) > rank(b)
}
