//! The marker that stands for "[citation needed]" in the seed text.
use yew::prelude::*;

const EXPLANATION: &str = "Citation needed: the source gives no reference for this statement";

#[function_component]
pub fn CitationNeeded() -> Html {
    html! {
        <sup class="citation-needed" role="note" title={EXPLANATION} aria-label={EXPLANATION}>
            { "citation needed" }
        </sup>
    }
}
