//! The card of a person, place, organisation, event or work: who or what it is, its dates, the
//! person's age when the passage is set, a date inside its name, and its other mentions in every
//! biography. A name the compiler found (not in the glossary) has no description: its card says
//! so, how sure its kind is, its other spellings, and where the article first names it. Where
//! the mention's words name several entries (a bare surname), it says which the compiler chose,
//! why, and which it did not (`choice_words`), quoting the naming it went by when it was the
//! last.
use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::choice_words::choice_in_words;
use crate::components::date_words::{age_in_words, date_in_words, life_in_words};
use crate::components::{NameDate, NativeNameText, PassageItem, PassageLink, PassageList};
use crate::hooks::use_corpus;
use crate::model::{ArticleId, ChosenBy, Corpus, EntityKind, MentionId, Place};

/// Characters of context quoted on either side of a mention.
const REACH: usize = 60;

#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    pub mention: MentionId,
}

#[function_component]
pub fn EntityCard(props: &EntityCardProps) -> Html {
    let corpus = use_corpus();
    let Some(mention) = corpus.mentions.get(props.mention as usize) else {
        return Html::default();
    };
    let Some(entity) = corpus.entities.get(usize::from(mention.entity)) else {
        return Html::default();
    };
    let life = life_in_words(entity.start.as_ref(), entity.end.as_ref());
    let age = match (entity.kind, &mention.when, &entity.start) {
        (EntityKind::Person, Some(when), Some(birth)) if !when.overlaps(birth) => {
            age_in_words(when, birth, entity.end.as_ref()).map(|age| {
                format!(
                    "Aged {age} at the time of this passage ({})",
                    date_in_words(when)
                )
            })
        }
        _ => None,
    };
    let first = entity
        .found
        .then(|| first_named(corpus, props.mention))
        .flatten();
    // The subject of a biography: their name in their own script, from its lead.
    let native = corpus
        .articles
        .iter()
        .find(|a| a.subject == Some(mention.entity))
        .and_then(|a| a.native_name.as_ref());
    let choice = choice_in_words(corpus, props.mention);
    let named_before = match mention.choice.as_ref().map(|c| &c.by) {
        Some(&ChosenBy::NamedEarlier(earlier)) => passage_item(corpus, earlier),
        _ => None,
    };
    let groups = other_mentions(corpus, props.mention, first);
    let first = first.and_then(|id| passage_item(corpus, id));
    let named_elsewhere = first.is_some() || !groups.is_empty();
    html! {
        <>
            <span class="card-name">{ entity.name.as_str() }</span>
            <span class="card-kind">
                { entity.kind.label() }
                if entity.kind_guessed {
                    <span class="card-kind-guessed">{ " (kind inferred from the text)" }</span>
                }
            </span>
            if let Some(native) = native {
                <span class="card-native">
                    { native.language.as_deref().map(|l| format!("{l}: ")).unwrap_or_default() }
                    <NativeNameText native={native.clone()} />
                </span>
            }
            if !entity.variants.is_empty() {
                <span class="card-variants">{ format!("Also spelt: {}", entity.variants.join(", ")) }</span>
            }
            if let Some(life) = life {
                <span class="card-dates">{ life }</span>
            }
            if let Some(age) = age {
                <span class="card-age">{ age }</span>
            }
            if !entity.description.is_empty() {
                <span class="card-description">{ entity.description.as_str() }</span>
            } else if entity.found {
                <span class="card-note card-found">{ "Not in the glossary: found in the text." }</span>
            }
            if let Some(choice) = choice {
                <span class="card-section card-choice">
                    <span class="card-note card-choice-note">{ choice }</span>
                    if let Some(item) = named_before {
                        <span class="card-heading">{ "Named before" }</span>
                        <PassageLink {item} />
                    }
                </span>
            }
            if let Some(date) = mention.date {
                <NameDate {date} />
            }
            if let Some(item) = first {
                <span class="card-section card-first-named">
                    <span class="card-heading">{ "First named" }</span>
                    <PassageLink {item} />
                </span>
            }
            if !named_elsewhere {
                <span class="card-note">{ "Mentioned nowhere else in the biographies." }</span>
            }
            if !groups.is_empty() {
                <span class="card-section card-mentions">
                    <span class="card-heading">{ "Also mentioned" }</span>
                    { for groups.into_iter().map(|(article, items)| {
                        let title = corpus.articles.get(usize::from(article)).map_or("", |a| a.title.as_str());
                        let count = items.len();
                        let title = format!("In {title} ({count} {})", if count == 1 { "passage" } else { "passages" });
                        html! { <PassageList title={title} items={Rc::new(items)} /> }
                    }) }
                </span>
            }
            { crate::components::card_mention_bars(corpus, props.mention) }
        </>
    }
}

/// Where the article of `this` first names its entity in the body (the earliest mention in the
/// text), unless that is the sentence being read.
pub fn first_named(corpus: &Corpus, this: MentionId) -> Option<MentionId> {
    let mention = corpus.mentions.get(this as usize)?;
    let article = mention.place.article;
    let (first, earliest) = corpus
        .mentions_of(mention.entity)
        .filter(|(_, m)| m.place.article == article && corpus.paragraph_at(&m.place).is_some())
        .min_by_key(|(_, m)| m.place.span.start)?;
    let reading = sentence_of(corpus, &mention.place);
    (reading.is_none() || sentence_of(corpus, &earliest.place) != reading).then_some(first)
}

/// The other passages naming the entity of `this`, one per sentence (not the sentence being
/// read, nor that of `shown`, a mention the card quotes already), grouped by article: this
/// mention's article first, then the others in corpus order.
pub fn other_mentions(
    corpus: &'static Corpus,
    this: MentionId,
    shown: Option<MentionId>,
) -> Vec<(ArticleId, Vec<PassageItem>)> {
    let Some(mention) = corpus.mentions.get(this as usize) else {
        return Vec::new();
    };
    let mut seen = HashSet::new();
    seen.insert(sentence_of(corpus, &mention.place));
    if let Some(shown) = shown.and_then(|id| corpus.mentions.get(id as usize)) {
        seen.insert(sentence_of(corpus, &shown.place));
    }
    let mut groups: Vec<(ArticleId, Vec<PassageItem>)> = Vec::new();
    for (id, other) in corpus.mentions_of(mention.entity) {
        if !seen.insert(sentence_of(corpus, &other.place)) {
            continue;
        }
        let Some(item) = passage_item(corpus, id) else {
            continue;
        };
        let article = other.place.article;
        match groups.iter_mut().find(|(a, _)| *a == article) {
            Some((_, items)) => items.push(item),
            None => groups.push((article, vec![item])),
        }
    }
    groups.sort_by_key(|(article, _)| (*article != mention.place.article, *article));
    groups
}

/// A mention as a card quotes it: its words highlighted in their sentence.
fn passage_item(corpus: &'static Corpus, mention: MentionId) -> Option<PassageItem> {
    let place = &corpus.mentions.get(mention as usize)?.place;
    Some(PassageItem {
        place,
        note: None,
        quote: corpus.snippet_at(place, REACH)?,
        highlight: true,
    })
}

/// The sentence holding a place: its text (by address, every text of the corpus staying where
/// it is) and where the sentence starts in it.
fn sentence_of(corpus: &Corpus, place: &Place) -> Option<(usize, u32)> {
    corpus
        .sentence_around(place)
        .map(|(text, sentence, _)| (std::ptr::from_ref(text) as usize, sentence.start))
}
