//! The marker that stands for "[citation needed]" in the seed text; its card explains it.
use yew::prelude::*;

use crate::components::{Annotation, CardTopic};

/// What the marker means, for those who do not open its card.
pub const EXPLANATION: &str = "Citation needed: the source gives no reference for this statement";

#[derive(Properties, PartialEq)]
pub struct CitationNeededProps {
    /// Whether it is its text's Tab stop (`roving.rs`).
    #[prop_or_default]
    pub tab_stop: bool,
}

#[function_component]
pub fn CitationNeeded(props: &CitationNeededProps) -> Html {
    // Each marker needs its own card id; the annotation's key is not visible from here.
    let id = use_memo((), |_| {
        format!("card-c{}", crate::components::open_card::new_key())
    });
    html! {
        <sup class="citation-needed">
            <Annotation
                class="marker marker-citation"
                card_id={AttrValue::from((*id).clone())}
                topic={CardTopic::CitationNeeded}
                summary={EXPLANATION}
                tab_stop={props.tab_stop}
            >
                { "citation needed" }
            </Annotation>
        </sup>
    }
}
