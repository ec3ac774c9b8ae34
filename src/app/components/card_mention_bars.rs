//! A card's "Where it is named": a mention bar for each article whose body names the entity,
//! the article of the mention being read first (its tick marked), then the others.
use yew::prelude::*;

use crate::components::mention_bar::{mentions_in_words, MentionBar};
use crate::hooks::use_corpus;
use crate::model::MentionId;

#[derive(Properties, PartialEq)]
pub struct CardMentionBarsProps {
    /// The mention whose card this is.
    pub mention: MentionId,
}

#[function_component]
pub fn CardMentionBars(props: &CardMentionBarsProps) -> Html {
    let corpus = use_corpus();
    let Some(mention) = corpus.mentions.get(props.mention as usize) else {
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
                <span class="card-appearance-title">
                    { title }
                    <span class="card-appearance-count">{ format!(" · {}", mentions_in_words(count)) }</span>
                </span>
                <MentionBar {entity} {article} current={Some(props.mention)} />
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
