//! A card's "Where it is named": a mention bar for each article whose body names the entity,
//! the article of the mention being read first (its tick marked), then the others.
use yew::prelude::*;

use crate::components::mention_bar::{mention_bar, mentions_in_words, Bar};
use crate::model::{Corpus, MentionId};

/// The card's section (a render function: the card renders it, with the card's corpus).
pub fn card_mention_bars(corpus: &'static Corpus, this: MentionId) -> Html {
    let Some(mention) = corpus.mentions.get(this as usize) else {
        return Html::default();
    };
    let entity = mention.entity;
    let articles = corpus.articles_naming(entity, mention.place.article);
    if articles.is_empty() {
        return Html::default();
    }
    let bars = articles.into_iter().map(|article| {
        let title = corpus
            .articles
            .get(usize::from(article))
            .map_or("", |a| a.title.as_str());
        let count = corpus.ticks(entity, article).len();
        html! {
            <span class="card-appearance">
                // The bar's group says the same to a screen reader.
                <span class="card-appearance-title" aria-hidden="true">
                    { title }
                    <span class="card-appearance-count">{ format!(" · {}", mentions_in_words(count)) }</span>
                </span>
                { mention_bar(corpus, Bar { entity, article, current: Some(this), bands: true }) }
            </span>
        }
    });
    html! {
        <span class="card-section card-appearances">
            <span class="card-heading">{ "Where it is named" }</span>
            { for bars }
        </span>
    }
}
