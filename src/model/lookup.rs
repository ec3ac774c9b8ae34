//! Finding things in a compiled corpus: an article by slug, a paragraph, the text and sentence holding a place, a joined passage, an entity's mentions, and a short quotation around some words.

use crate::*;

impl Corpus {
    pub fn article(&self, slug: &str) -> Option<(ArticleId, &Article)> {
        self.articles
            .iter()
            .enumerate()
            .find(|(_, a)| a.slug == slug)
            .map(|(i, a)| (i as ArticleId, a))
    }

    /// When an article's subject was born and died: the article's own dates (its infobox or its
    /// lead), else the subject's glossary entry.
    pub fn life_of(&self, article: ArticleId) -> (Option<DateSpan>, Option<DateSpan>) {
        let Some(article) = self.articles.get(article as usize) else {
            return (None, None);
        };
        let subject = article
            .subject
            .and_then(|s| self.entities.get(usize::from(s)));
        (
            article.born.or_else(|| subject.and_then(|s| s.start)),
            article.died.or_else(|| subject.and_then(|s| s.end)),
        )
    }

    /// The paragraph of an article with the given id.
    pub fn paragraph(&self, article: ArticleId, id: &str) -> Option<&Paragraph> {
        self.articles
            .get(article as usize)?
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .find(|p| p.id == id)
    }

    /// The paragraph holding a place in the body.
    pub fn paragraph_at(&self, place: &Place) -> Option<&Paragraph> {
        self.paragraph(place.article, place.holder.paragraph()?)
    }

    /// The passage of another life that `joined` stands for.
    pub fn joined_passage(&self, joined: &Joined) -> Option<&Passage> {
        let cross_ref = self.cross_refs.get(*joined.cross_refs.first()? as usize)?;
        Some(if joined.at_to {
            &cross_ref.to
        } else {
            &cross_ref.from
        })
    }

    /// Why a passage is joined: the link of each of its cross-references.
    pub fn joined_links<'a>(&'a self, joined: &'a Joined) -> impl Iterator<Item = &'a Link> + 'a {
        joined
            .cross_refs
            .iter()
            .filter_map(|&c| self.cross_refs.get(c as usize))
            .map(|c| &c.link)
    }

    /// The same, to change.
    pub fn holder_text_mut(&mut self, place: &Place) -> Option<&mut Text> {
        let article = self.articles.get_mut(place.article as usize)?;
        match &place.holder {
            Holder::Paragraph(id) => article
                .sections
                .iter_mut()
                .flat_map(|s| &mut s.paragraphs)
                .find(|p| &p.id == id)
                .map(|p| &mut p.text),
            Holder::Infobox(field) => article
                .infobox
                .get_mut(usize::from(*field))
                .map(|f| &mut f.value),
            Holder::Reference(id) => article
                .references
                .iter_mut()
                .find(|r| &r.id == id)
                .map(|r| &mut r.text),
        }
    }

    /// The text of the element holding a place: a paragraph's, an infobox value, a reference's.
    pub fn holder_text(&self, place: &Place) -> Option<&Text> {
        let article = self.articles.get(place.article as usize)?;
        match &place.holder {
            Holder::Paragraph(id) => self.paragraph(place.article, id).map(|p| &p.text),
            Holder::Infobox(field) => article.infobox.get(usize::from(*field)).map(|f| &f.value),
            Holder::Reference(id) => article
                .references
                .iter()
                .find(|r| &r.id == id)
                .map(|r| &r.text),
        }
    }

    /// The sentence around a place in the body, as its text; the whole text elsewhere.
    pub fn sentence_at(&self, place: &Place) -> Option<&str> {
        if let Some(paragraph) = self.paragraph_at(place) {
            let local = place.span.start.checked_sub(paragraph.text.source.start)?;
            let sentence = paragraph
                .sentences
                .iter()
                .find(|s| s.start <= local && local < s.end.max(s.start + 1))?;
            return paragraph
                .text
                .text
                .get(sentence.start as usize..sentence.end as usize);
        }
        self.holder_text(place).map(|text| text.text.as_str())
    }

    /// Every mention of an entity, in corpus order.
    pub fn mentions_of(&self, entity: EntityId) -> impl Iterator<Item = (MentionId, &Mention)> {
        let ids = self
            .entities
            .get(usize::from(entity))
            .map_or(&[][..], |e| e.mentions.as_slice());
        ids.iter()
            .filter_map(|&id| self.mentions.get(id as usize).map(|m| (id, m)))
    }
}

/// A short quotation around some words of the text: a few whole words either side of them, and
/// whether the sentence goes on beyond the quotation at either end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snippet<'a> {
    pub before: &'a str,
    pub words: &'a str,
    pub after: &'a str,
    /// The sentence goes on before `before`.
    pub cut_before: bool,
    /// The sentence goes on after `after`.
    pub cut_after: bool,
}

impl Corpus {
    /// The text holding a place (a paragraph, an infobox field or a reference), and the place's
    /// byte range local to that text.
    pub fn text_at(&self, place: &Place) -> Option<(&Text, Span)> {
        let text = self.holder_text(place)?;
        let start = place.span.start.checked_sub(text.source.start)?;
        let end = place.span.end.checked_sub(text.source.start)?;
        (start <= end && end as usize <= text.text.len()).then_some((text, Span { start, end }))
    }

    /// The text holding a place, the sentence of it around the place (the whole text outside the
    /// body), and the place's range; both ranges local to the text.
    pub fn sentence_around(&self, place: &Place) -> Option<(&Text, Span, Span)> {
        let (text, local) = self.text_at(place)?;
        let sentence = match self.paragraph_at(place) {
            Some(paragraph) => *paragraph
                .sentences
                .iter()
                .find(|s| s.start <= local.start && local.end <= s.end)?,
            None => Span::new(0, text.text.len()),
        };
        Some((text, sentence, local))
    }

    /// The words of a place with up to `reach` characters of their sentence on either side
    /// (the whole field or reference outside the body), cut at whole words.
    pub fn snippet_at(&self, place: &Place, reach: usize) -> Option<Snippet<'_>> {
        let (text, sentence, local) = self.sentence_around(place)?;
        let all = text
            .text
            .get(sentence.start as usize..sentence.end as usize)?;
        let (start, end) = (
            (local.start - sentence.start) as usize,
            (local.end - sentence.start) as usize,
        );
        let (before, after) = (all.get(..start)?, all.get(end..)?);
        let (before, cut_before) = last_words(before, reach);
        let (after, cut_after) = first_words(after, reach);
        Some(Snippet {
            before,
            words: all.get(start..end)?,
            after,
            cut_before,
            cut_after,
        })
    }

    /// Where a place is, in a reader's words: "Infobox", "Reference 17", "Opposition, paragraph 2"
    /// ("Introduction" for the untitled lead section).
    pub fn place_label(&self, place: &Place) -> String {
        let Some(article) = self.articles.get(place.article as usize) else {
            return String::new();
        };
        match &place.holder {
            Holder::Infobox(_) => "Infobox".to_owned(),
            Holder::Paragraph(id) => article
                .sections
                .iter()
                .find_map(|section| {
                    let n = section.paragraphs.iter().position(|p| &p.id == id)?;
                    let title = if section.title.is_empty() {
                        "Introduction"
                    } else {
                        section.title.as_str()
                    };
                    Some(format!("{title}, paragraph {}", n + 1))
                })
                .unwrap_or_else(|| id.clone()),
            Holder::Reference(id) => article
                .references
                .iter()
                .position(|r| &r.id == id)
                .map_or_else(|| id.clone(), |n| format!("Reference {}", n + 1)),
        }
    }
}

/// The start of `text`, at most `reach` characters, cut after a whole word; and whether anything
/// but spaces was left out.
pub fn first_words(text: &str, reach: usize) -> (&str, bool) {
    let Some((limit, _)) = text.char_indices().nth(reach) else {
        return (text, false);
    };
    let cut = match text[limit..].starts_with(char::is_whitespace) {
        true => limit,
        false => text[..limit].rfind(char::is_whitespace).unwrap_or(0),
    };
    let kept = text[..cut].trim_end();
    (kept, !text[kept.len()..].trim().is_empty())
}

/// The end of `text`, at most `reach` characters, cut before a whole word; and whether anything
/// but spaces was left out.
pub fn last_words(text: &str, reach: usize) -> (&str, bool) {
    if reach == 0 {
        return ("", !text.trim().is_empty());
    }
    let Some((limit, _)) = text.char_indices().rev().nth(reach - 1) else {
        return (text, false);
    };
    let before_limit_is_space = text[..limit].ends_with(char::is_whitespace);
    let cut = match before_limit_is_space || limit == 0 {
        true => limit,
        false => text[limit..]
            .find(char::is_whitespace)
            .map_or(text.len(), |i| limit + i),
    };
    let kept = text[cut..].trim_start();
    let dropped = &text[..text.len() - kept.len()];
    (kept, !dropped.trim().is_empty())
}
