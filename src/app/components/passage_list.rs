//! A titled list of passages in a card, the first few shown and the rest behind "and 14 more".
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{PassageItem, PassageLink};

/// How many passages a list shows before "and N more".
pub const SHOWN_AT_FIRST: usize = 4;

#[derive(Properties, PartialEq)]
pub struct PassageListProps {
    pub title: AttrValue,
    pub items: Rc<Vec<PassageItem>>,
}

#[function_component]
pub fn PassageList(props: &PassageListProps) -> Html {
    let expanded = use_state_eq(|| false);
    let hidden = props.items.len().saturating_sub(SHOWN_AT_FIRST);
    let shown = if *expanded {
        props.items.len()
    } else {
        SHOWN_AT_FIRST
    };
    let toggle = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    html! {
        <span class="card-group">
            <span class="card-group-title">{ props.title.clone() }</span>
            <span role="list" class="card-passages" aria-label={props.title.clone()}>
                { for props.items.iter().take(shown).map(|item| html! {
                    <span role="listitem"><PassageLink item={item.clone()} /></span>
                }) }
            </span>
            if hidden > 0 {
                <button
                    type="button"
                    class="card-more"
                    aria-expanded={if *expanded { "true" } else { "false" }}
                    onclick={toggle}
                >
                    { if *expanded { "show fewer".to_owned() } else { format!("and {hidden} more") } }
                </button>
            }
        </span>
    }
}
