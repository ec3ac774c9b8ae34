//! The card of a person, place, organisation, event or work: who or what it is, its dates, the
//! person's age when the passage is set, and its other mentions in every biography.
use std::collections::HashSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::date_words::{age_in_words, date_in_words, life_in_words};
use crate::components::{PassageItem, PassageList};
use crate::corpus::model::{ArticleId, Corpus, EntityKind, MentionId};
use crate::hooks::use_corpus;

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
    let groups = other_mentions(corpus, props.mention);
    html! {
        <>
            <span class="card-name">{ entity.name.as_str() }</span>
            <span class="card-kind">{ entity.kind.label() }</span>
            if let Some(life) = life {
                <span class="card-dates">{ life }</span>
            }
            if let Some(age) = age {
                <span class="card-age">{ age }</span>
            }
            if !entity.description.is_empty() {
                <span class="card-description">{ entity.description.as_str() }</span>
            }
            if groups.is_empty() {
                <span class="card-note">{ "Mentioned nowhere else in the biographies." }</span>
            } else {
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
        </>
    }
}

/// The other passages naming the entity of `this`, one per sentence (not the sentence being
/// read), grouped by article: this mention's article first, then the others in corpus order.
pub fn other_mentions(
    corpus: &'static Corpus,
    this: MentionId,
) -> Vec<(ArticleId, Vec<PassageItem>)> {
    let Some(mention) = corpus.mentions.get(this as usize) else {
        return Vec::new();
    };
    let sentence_of = |place| {
        corpus
            .sentence_around(place)
            .map(|(text, sentence, _)| (std::ptr::from_ref(text) as usize, sentence.start))
    };
    let mut seen = HashSet::new();
    seen.insert(sentence_of(&mention.place));
    let mut groups: Vec<(ArticleId, Vec<PassageItem>)> = Vec::new();
    for (_, other) in corpus.mentions_of(mention.entity) {
        if !seen.insert(sentence_of(&other.place)) {
            continue;
        }
        let Some(quote) = corpus.snippet_at(&other.place, REACH) else {
            continue;
        };
        let item = PassageItem {
            place: &other.place,
            note: None,
            quote,
            highlight: true,
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
