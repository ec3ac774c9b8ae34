//! The card of a "[citation needed]" marker: what the note means.
use yew::prelude::*;

#[function_component]
pub fn CitationCard() -> Html {
    html! {
        <>
            <span class="card-name">{ "Citation needed" }</span>
            <span class="card-kind">{ "editorial note" }</span>
            <span class="card-description">
                { "An editor of the source text marked the statement before this note as lacking a \
                   reference: nothing cited supports it. Read it with care." }
            </span>
        </>
    }
}
