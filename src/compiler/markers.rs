//! The compiler's last pass: the markers the reader shows after words of a text, where a sentence is joined to passages of other lives (the same event, the same months) and where the text disagrees with itself (each claim of a conflict).

use std::collections::HashMap;

use crate::model::*;

/// Fills `Corpus::joins` and every text's `markers` from the cross-references and conflicts.
pub fn place_markers(corpus: &mut Corpus) {
    let mut joins: Vec<Joins> = Vec::new();
    let mut markers: Vec<(Place, MarkerTopic)> = Vec::new();
    // Cross-references to another life, gathered by the sentence they start from.
    let mut by_sentence: HashMap<&Place, usize> = HashMap::new();
    for (id, cross_ref) in corpus.cross_refs.iter().enumerate() {
        if !joins_lives(cross_ref) {
            continue;
        }
        let ends = [
            (&cross_ref.from, &cross_ref.to, true),
            (&cross_ref.to, &cross_ref.from, false),
        ];
        for (here, there, at_to) in ends {
            let slot = *by_sentence.entry(&here.place).or_insert_with(|| {
                joins.push(Joins {
                    article: here.place.article,
                    others: Vec::new(),
                });
                let slot = joins.len() - 1;
                markers.push((here.place.clone(), MarkerTopic::Joins(slot as u32)));
                slot
            });
            let cross_refs = &corpus.cross_refs;
            let others = &mut joins[slot].others;
            let same_place = |o: &Joined| {
                let c = &cross_refs[o.cross_refs[0] as usize];
                let passage = if o.at_to { &c.to } else { &c.from };
                passage.place == there.place
            };
            match others.iter_mut().find(|o| same_place(o)) {
                Some(other) => {
                    let link = &cross_ref.link;
                    let known = other
                        .cross_refs
                        .iter()
                        .any(|&c| &cross_refs[c as usize].link == link);
                    if !known {
                        other.cross_refs.push(id as u32);
                    }
                }
                None => others.push(Joined {
                    cross_refs: vec![id as u32],
                    at_to,
                }),
            }
        }
    }
    for sentence in &mut joins {
        sentence.others.sort_by_key(|o| {
            let c = &corpus.cross_refs[o.cross_refs[0] as usize];
            let passage = if o.at_to { &c.to } else { &c.from };
            (passage.place.article, passage.place.span.start)
        });
    }
    for (id, conflict) in corpus.conflicts.iter().enumerate() {
        for claim in &conflict.claims {
            markers.push((
                claim.passage.place.clone(),
                MarkerTopic::Conflict(id as u32),
            ));
        }
    }
    corpus.joins = joins;
    for (seq, (place, topic)) in markers.into_iter().enumerate() {
        let Some(text) = corpus.holder_text_mut(&place) else {
            continue;
        };
        let Some(end) = place.span.end.checked_sub(text.source.start) else {
            continue;
        };
        let at = trimmed_end(&text.text, end as usize) as u32;
        text.markers.push(Marker {
            at,
            topic,
            seq: seq as u32,
        });
    }
    for article in &mut corpus.articles {
        let texts = article
            .infobox
            .iter_mut()
            .map(|f| &mut f.value)
            .chain(
                article
                    .sections
                    .iter_mut()
                    .flat_map(|s| &mut s.paragraphs)
                    .map(|p| &mut p.text),
            )
            .chain(article.references.iter_mut().map(|r| &mut r.text));
        for text in texts {
            text.markers.sort_by_key(|m| m.at);
            text.markers.dedup_by_key(|m| (m.at, m.topic));
        }
    }
}

/// A cross-reference the reader shows as a marker: the same event, the same months or the
/// same experience, in another life.
fn joins_lives(cross_ref: &CrossRef) -> bool {
    matches!(
        cross_ref.link,
        Link::SameEvent(_) | Link::SameMonths | Link::SameExperience(_)
    ) && cross_ref.from.place.article != cross_ref.to.place.article
}

/// `end`, moved back over any spaces before it.
fn trimmed_end(text: &str, end: usize) -> usize {
    text.get(..end)
        .map_or(end, |before| before.trim_end().len())
}
