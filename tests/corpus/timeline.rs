//! The parallel view's data compiled from the seeds: every dated sentence once, in time order, and the bridges between the lives.

use super::corpus;
use parallel_lives_model::*;

#[test]
fn every_dated_sentence_is_an_entry_once_in_time_order() {
    let corpus = corpus();
    let entries = &corpus.timeline.entries;
    assert!(entries.len() > 50, "{} entries", entries.len());
    // Each entry's date stands in its sentence, and no sentence is listed twice.
    let mut places: Vec<&Place> = entries.iter().map(|e| &e.place).collect();
    for entry in entries {
        let date = &corpus.dates[entry.date as usize];
        assert_eq!(date.place.article, entry.place.article);
        assert_eq!(date.place.holder, entry.place.holder);
        assert!(entry.place.span.start <= date.place.span.start);
        assert!(date.place.span.end <= entry.place.span.end);
    }
    let before = places.len();
    places.sort_by_key(|p| (p.article, p.span.start));
    places.dedup();
    assert_eq!(places.len(), before, "a sentence is listed twice");
    // Time order.
    let firsts: Vec<_> = entries
        .iter()
        .map(|e| corpus.dates[e.date as usize].when.first)
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]));
    // Every paragraph sentence with a date is listed: count them another way, from the dates.
    let mut dated: Vec<(ArticleId, String, u32)> = corpus
        .dates
        .iter()
        .filter_map(|date| {
            let paragraph = corpus.paragraph_at(&date.place)?;
            let local = date.place.span.start - paragraph.text.source.start;
            let sentence = paragraph
                .sentences
                .iter()
                .find(|s| s.start <= local && local < s.end)?;
            Some((date.place.article, paragraph.id.clone(), sentence.start))
        })
        .collect();
    dated.sort();
    dated.dedup();
    assert_eq!(dated.len(), entries.len());
}

#[test]
fn the_december_1927_expulsions_are_bridged() {
    let corpus = corpus();
    let sentence = |i: u32| {
        let entry = &corpus.timeline.entries[i as usize];
        corpus
            .sentence_at(&entry.place)
            .unwrap_or_default()
            .to_owned()
    };
    let bridged: Vec<(String, String)> = corpus
        .timeline
        .bridges
        .iter()
        .map(|b| (sentence(b.entries[0]), sentence(b.entries[1])))
        .collect();
    assert!(
        bridged.iter().any(|(a, b)| a.contains("expelled")
            && b.contains("expelled")
            && a.contains("1927") | b.contains("1927")),
        "{bridged:#?}"
    );
    for bridge in &corpus.timeline.bridges {
        let [a, b] = bridge.entries;
        assert!(a < b);
        let lives = [a, b].map(|i| corpus.timeline.entries[i as usize].place.article);
        assert_ne!(lives[0], lives[1], "a bridge joins two lives");
    }
}
