//! The hover card of a mark: who or what an entity is, or what a date means.
use yew::prelude::*;

use crate::components::date_words::{date_in_words, iso_value, life_in_words, precision_label};
use crate::corpus::model::MarkKind;
use crate::hooks::use_corpus;

#[derive(Properties, PartialEq)]
pub struct HoverCardProps {
    /// The element id the mark's `aria-describedby` refers to.
    pub id: AttrValue,
    pub kind: MarkKind,
}

#[function_component]
pub fn HoverCard(props: &HoverCardProps) -> Html {
    let corpus = use_corpus();
    let body = match props.kind {
        MarkKind::Mention(id) => {
            let entity = corpus
                .mentions
                .get(id as usize)
                .and_then(|mention| corpus.entities.get(usize::from(mention.entity)));
            let Some(entity) = entity else {
                return Html::default();
            };
            let life = life_in_words(entity.start.as_ref(), entity.end.as_ref());
            html! {
                <>
                    <span class="card-name">{ entity.name.as_str() }</span>
                    <span class="card-kind">{ entity.kind.label() }</span>
                    if let Some(life) = life {
                        <span class="card-dates">{ life }</span>
                    }
                    if !entity.description.is_empty() {
                        <span class="card-description">{ entity.description.as_str() }</span>
                    }
                </>
            }
        }
        MarkKind::Date(id) => {
            let Some(date) = corpus.dates.get(id as usize) else {
                return Html::default();
            };
            html! {
                <>
                    <span class="card-name">{ date_in_words(&date.when) }</span>
                    <span class="card-kind">{ "date" }</span>
                    <span class="card-precision">
                        { format!("Stated to the {}", precision_label(date.when.precision)) }
                    </span>
                    <span class="card-iso">{ iso_value(&date.when) }</span>
                    if date.relative {
                        <span class="card-note">{ "Worked out from an earlier date in the text" }</span>
                    }
                </>
            }
        }
        MarkKind::CitationNeeded => return Html::default(),
    };
    html! {
        <span role="tooltip" class="card" id={props.id.clone()}>{ body }</span>
    }
}
