//! Who appears where: an entity's mentions placed along an article's body and the body's sections along it (what a mention bar draws), the articles whose bodies name an entity, and an article's entities by kind.
//!
//! A place along the body is its seed offset over the body's stretch of the seed, in percent:
//! arithmetic over the compiled corpus. Which entities a body names, and in what order, is the
//! compiler's index (`Article::entities`).

use crate::*;

/// A mention as a mention bar shows it: where it stands along its article's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tick {
    pub mention: MentionId,
    /// How far along the body it stands, in percent (0 to 100).
    pub at: u8,
    /// The section it stands in: an index into `Article::sections`.
    pub section: usize,
}

/// Where a section (one with paragraphs) begins along its article's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionStart {
    /// An index into `Article::sections`.
    pub section: usize,
    /// In percent of the body, as `Tick::at`; the first section's is 0.
    pub at: u8,
}

impl Corpus {
    /// The stretch of its seed an article's body covers: from the first byte of its first
    /// paragraph to the last of its last. None for a body without paragraphs.
    pub fn body_span(&self, article: ArticleId) -> Option<Span> {
        let article = self.articles.get(usize::from(article))?;
        let mut paragraphs = article.sections.iter().flat_map(|s| &s.paragraphs);
        let first = paragraphs.next()?;
        let last = paragraphs.last().unwrap_or(first);
        Some(Span {
            start: first.text.source.start,
            end: last.text.source.end.max(first.text.source.start),
        })
    }

    /// Where each section with paragraphs begins along the body, in reading order.
    pub fn section_starts(&self, article: ArticleId) -> Vec<SectionStart> {
        let Some(body) = self.body_span(article) else {
            return Vec::new();
        };
        section_offsets(&self.articles[usize::from(article)])
            .map(|(section, offset)| SectionStart {
                section,
                at: percent_along(body, offset),
            })
            .collect()
    }

    /// An entity's mentions in an article's body, in reading order, each placed along it.
    pub fn ticks(&self, entity: EntityId, article: ArticleId) -> Vec<Tick> {
        let Some(body) = self.body_span(article) else {
            return Vec::new();
        };
        let sections: Vec<(usize, u32)> =
            section_offsets(&self.articles[usize::from(article)]).collect();
        // An entity's mentions are in corpus order: article by article, each in reading order.
        self.mentions_of(entity)
            .filter(|(_, m)| m.place.article == article && m.place.holder.paragraph().is_some())
            .map(|(mention, m)| {
                let offset = m.place.span.start;
                Tick {
                    mention,
                    at: percent_along(body, offset),
                    section: sections
                        .iter()
                        .rev()
                        .find(|&&(_, start)| start <= offset)
                        .or(sections.first())
                        .map_or(0, |&(section, _)| section),
                }
            })
            .collect()
    }

    /// The articles whose bodies name an entity: `first` first (when it does), then the others
    /// in corpus order.
    pub fn articles_naming(&self, entity: EntityId, first: ArticleId) -> Vec<ArticleId> {
        let names = |id: ArticleId| {
            self.articles
                .get(usize::from(id))
                .is_some_and(|article| article.entities.contains(&entity))
        };
        let others = (0..self.articles.len())
            .filter_map(|id| ArticleId::try_from(id).ok())
            .filter(|&id| id != first);
        std::iter::once(first)
            .chain(others)
            .filter(|&id| names(id))
            .collect()
    }

    /// An article's entities in runs of one kind, in the order of `Article::entities` (people,
    /// places, organisations, events, works; the most mentioned first).
    pub fn entities_by_kind(&self, article: ArticleId) -> Vec<(EntityKind, &[EntityId])> {
        let Some(article) = self.articles.get(usize::from(article)) else {
            return Vec::new();
        };
        let kind = |id: &EntityId| self.entities.get(usize::from(*id)).map(|e| e.kind);
        article
            .entities
            .chunk_by(|a, b| kind(a) == kind(b))
            .filter_map(|run| Some((kind(run.first()?)?, run)))
            .collect()
    }
}

/// Each section with paragraphs, by index, with the seed offset of its first paragraph.
fn section_offsets(article: &Article) -> impl Iterator<Item = (usize, u32)> + '_ {
    article
        .sections
        .iter()
        .enumerate()
        .filter_map(|(index, section)| Some((index, section.paragraphs.first()?.text.source.start)))
}

/// How far along `body` a seed offset stands, in percent, rounded to the nearest (0 to 100).
pub fn percent_along(body: Span, offset: u32) -> u8 {
    let length = u64::from(body.end.saturating_sub(body.start));
    if length == 0 {
        return 0;
    }
    let into = u64::from(offset.saturating_sub(body.start)).min(length);
    u8::try_from((into * 100 + length / 2) / length).unwrap_or(100)
}
