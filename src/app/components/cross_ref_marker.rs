//! The marker at the end of a sentence that another biography also tells of ("⇄ Ivar Smilga",
//! or "⇄ Ivar Smilga, too" where only what both went through joins them); its card quotes the
//! other passages.
use yew::prelude::*;

use crate::components::card_cross_ref::{joined_titles, only_experiences};
use crate::components::{Annotation, CardTopic};
use crate::hooks::use_corpus;

#[derive(Properties, PartialEq)]
pub struct CrossRefMarkerProps {
    /// An index into `Corpus::joins`.
    pub joins: u32,
    /// Whether it is its text's Tab stop (`roving.rs`).
    #[prop_or_default]
    pub tab_stop: bool,
}

#[function_component]
pub fn CrossRefMarker(props: &CrossRefMarkerProps) -> Html {
    let corpus = use_corpus();
    let Some(joins) = corpus.joins.get(props.joins as usize) else {
        return Html::default();
    };
    let titles = joined_titles(corpus, joins);
    let count = joins.others.len();
    let passages = if count == 1 { "passage" } else { "passages" };
    // Joined only by what both lives went through: "Ivar Smilga, too".
    let too = only_experiences(corpus, joins);
    let (summary, label) = if too {
        (
            format!("{titles}, too: the same experience, {count} {passages}"),
            format!("{titles}, too"),
        )
    } else {
        (format!("Also told in {titles}: {count} {passages}"), titles)
    };
    html! {
        <sup class="marker-sup">
            <Annotation
                class="marker marker-cross-ref"
                card_id={format!("card-x{}", props.joins)}
                topic={CardTopic::Joins(props.joins)}
                summary={summary.clone()}
                name={summary}
                tab_stop={props.tab_stop}
            >
                <span aria-hidden="true">{ "⇄\u{a0}" }{ label }</span>
            </Annotation>
        </sup>
    }
}
