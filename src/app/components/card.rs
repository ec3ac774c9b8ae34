//! The card of an annotation: a non-modal dialog with a close button and what its topic calls
//! for (an entity, a date, a cross-reference, a conflict, a missing citation).
use yew::prelude::*;

use crate::components::{CitationCard, ConflictCard, CrossRefCard, DateCard, EntityCard};
use crate::model::{DateId, MentionId};

/// What a card explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardTopic {
    Mention(MentionId),
    Date(DateId),
    /// The passages of other lives a sentence is joined to: an index into `Corpus::joins`.
    Joins(u32),
    /// An index into `Corpus::conflicts`.
    Conflict(u32),
    CitationNeeded,
}

#[derive(Properties, PartialEq)]
pub struct HoverCardProps {
    /// The element id the trigger's `aria-controls` refers to.
    pub id: AttrValue,
    pub topic: CardTopic,
    /// The dialog's accessible name.
    pub label: AttrValue,
    pub on_close: Callback<()>,
}

#[function_component]
pub fn HoverCard(props: &HoverCardProps) -> Html {
    let (kind, body) = match props.topic {
        CardTopic::Mention(mention) => ("card-entity", html! { <EntityCard {mention} /> }),
        CardTopic::Date(date) => ("card-date", html! { <DateCard {date} /> }),
        CardTopic::Joins(joins) => ("card-cross-ref", html! { <CrossRefCard {joins} /> }),
        CardTopic::Conflict(conflict) => ("card-conflict", html! { <ConflictCard {conflict} /> }),
        CardTopic::CitationNeeded => ("card-citation", html! { <CitationCard /> }),
    };
    html! {
        <span
            role="dialog"
            class={classes!("card", kind)}
            id={props.id.clone()}
            aria-label={props.label.clone()}
            tabindex="-1"
        >
            <button
                type="button"
                class="card-close"
                aria-label="Close"
                onclick={props.on_close.reform(|_: MouseEvent| ())}
            >
                { "×" }
            </button>
            <span class="card-body">{ body }</span>
        </span>
    }
}
