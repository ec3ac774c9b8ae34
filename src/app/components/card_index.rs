//! What the cards need that the corpus does not hold directly, worked out once per corpus: the
//! markers each text carries (cross-references at the end of a sentence, conflicting claims).
//!
//! A text is found by its address: every `Text` of a `'static` corpus stays where it is, so the
//! components that render one (paragraphs, infobox fields, references) pass nothing more.
use std::cell::RefCell;
use std::collections::HashMap;

use crate::components::CardTopic;
use crate::model::{ArticleId, Corpus, CrossRef, Holder, Link, Passage, Place, Text};

/// A marker standing at a byte offset of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marker {
    /// Local byte offset in the text: the marker stands just before this byte.
    pub at: usize,
    pub topic: CardTopic,
    /// Unique among all markers: names the marker's card.
    pub seq: u32,
}

/// The passages of other articles that one sentence is joined to.
#[derive(Debug)]
pub struct SentenceLinks {
    /// The article of the sentence itself.
    pub article: ArticleId,
    /// The other passages, in corpus order, each with every reason it is joined.
    pub others: Vec<(&'static Passage, Vec<&'static Link>)>,
}

#[derive(Debug, Default)]
pub struct CardIndex {
    markers: HashMap<usize, Vec<Marker>>,
    pub links: Vec<SentenceLinks>,
}

impl CardIndex {
    /// The markers of a text, sorted by offset.
    pub fn markers_in(&self, text: &Text) -> &[Marker] {
        self.markers
            .get(&address(text))
            .map_or(&[], |markers| markers.as_slice())
    }

    fn build(corpus: &'static Corpus) -> CardIndex {
        let mut index = CardIndex::default();
        // Cross-references to another article, gathered by the sentence they start from.
        let mut by_sentence: HashMap<(ArticleId, &Holder, u32, u32), usize> = HashMap::new();
        for cross_ref in corpus.cross_refs.iter().filter(|c| joins_lives(c)) {
            for (here, there) in [
                (&cross_ref.from, &cross_ref.to),
                (&cross_ref.to, &cross_ref.from),
            ] {
                let key = (
                    here.place.article,
                    &here.place.holder,
                    here.place.span.start,
                    here.place.span.end,
                );
                let slot = *by_sentence.entry(key).or_insert_with(|| {
                    let slot = index.links.len();
                    index.links.push(SentenceLinks {
                        article: here.place.article,
                        others: Vec::new(),
                    });
                    index.add_marker(corpus, &here.place, CardTopic::CrossRefs(slot as u32));
                    slot
                });
                let others = &mut index.links[slot].others;
                match others.iter_mut().find(|(p, _)| p.place == there.place) {
                    Some((_, reasons)) if !reasons.contains(&&cross_ref.link) => {
                        reasons.push(&cross_ref.link)
                    }
                    Some(_) => {}
                    None => others.push((there, vec![&cross_ref.link])),
                }
            }
        }
        for links in &mut index.links {
            links
                .others
                .sort_by_key(|(p, _)| (p.place.article, p.place.span.start));
        }
        for (id, conflict) in corpus.conflicts.iter().enumerate() {
            for claim in &conflict.claims {
                index.add_marker(corpus, &claim.passage.place, CardTopic::Conflict(id as u32));
            }
        }
        for markers in index.markers.values_mut() {
            markers.sort_by_key(|m| m.at);
            markers.dedup_by_key(|m| (m.at, m.topic));
        }
        index
    }

    /// Adds a marker at the end of `place` (the end of its sentence, field or date).
    fn add_marker(&mut self, corpus: &'static Corpus, place: &Place, topic: CardTopic) {
        if let Some((text, local)) = corpus.text_at(place) {
            let at = trimmed_end(&text.text, local.end as usize);
            let seq = self.markers.values().map(Vec::len).sum::<usize>() as u32;
            self.markers
                .entry(address(text))
                .or_default()
                .push(Marker { at, topic, seq });
        }
    }
}

/// A cross-reference the reader shows as a marker: the same event or the same months, in
/// another biography.
fn joins_lives(cross_ref: &CrossRef) -> bool {
    matches!(cross_ref.link, Link::SameEvent(_) | Link::SameMonths)
        && cross_ref.from.place.article != cross_ref.to.place.article
}

/// `end`, moved back over any spaces before it.
fn trimmed_end(text: &str, end: usize) -> usize {
    text.get(..end)
        .map_or(end, |before| before.trim_end().len())
}

fn address(text: &Text) -> usize {
    std::ptr::from_ref(text) as usize
}

thread_local! {
    static INDEXES: RefCell<Vec<(usize, &'static CardIndex)>> = const { RefCell::new(Vec::new()) };
}

/// The index of a corpus, built on first use and kept for the life of the page.
pub fn card_index(corpus: &'static Corpus) -> &'static CardIndex {
    let key = std::ptr::from_ref(corpus) as usize;
    if let Some(found) = INDEXES.with(|all| {
        all.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, index)| *index)
    }) {
        return found;
    }
    let index: &'static CardIndex = Box::leak(Box::new(CardIndex::build(corpus)));
    INDEXES.with(|all| all.borrow_mut().push((key, index)));
    index
}
