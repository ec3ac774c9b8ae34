//! The marker ("≠") where the text states a fact it contradicts elsewhere; its card shows every
//! claim.
use yew::prelude::*;

use crate::components::card_conflict::capitalized;
use crate::components::{Annotation, CardTopic};
use crate::hooks::use_corpus;

#[derive(Properties, PartialEq)]
pub struct ConflictMarkerProps {
    /// An index into `Corpus::conflicts`.
    pub conflict: u32,
    /// The marker's unique number, which names its card.
    pub seq: u32,
    /// Whether it is its text's Tab stop (`roving.rs`).
    #[prop_or_default]
    pub tab_stop: bool,
}

#[function_component]
pub fn ConflictMarker(props: &ConflictMarkerProps) -> Html {
    let corpus = use_corpus();
    let Some(conflict) = corpus.conflicts.get(props.conflict as usize) else {
        return Html::default();
    };
    let summary = format!(
        "Conflicting claims: {} ({} claims)",
        capitalized(&conflict.fact),
        conflict.claims.len()
    );
    html! {
        <sup class="marker-sup">
            <Annotation
                class="marker marker-conflict"
                card_id={format!("card-k{}", props.seq)}
                topic={CardTopic::Conflict(props.conflict)}
                summary={summary.clone()}
                name={summary}
                tab_stop={props.tab_stop}
            >
                <span aria-hidden="true">{ "≠" }</span>
            </Annotation>
        </sup>
    }
}
