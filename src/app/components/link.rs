//! A real `<a href>` to a route; plain left clicks change the page without reloading.
use gloo::history::{BrowserHistory, History};
use yew::prelude::*;

use crate::hooks::use_corpus;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Route,
    /// An element id on the target page to scroll to.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// A fragment already percent-encoded, used as it is: a passage's `<id>~text=<quote>`.
    #[prop_or_default]
    pub encoded_fragment: Option<AttrValue>,
    /// A query already percent-encoded, with its `?` (`?align=age`).
    #[prop_or_default]
    pub query: Option<AttrValue>,
    #[prop_or_default]
    pub class: Classes,
    /// `tabindex`, for a link that is one of a group's arrow-key stops (`mention_bar.rs`).
    #[prop_or_default]
    pub tabindex: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    let corpus = use_corpus();
    let mut href = props.to.to_path(corpus);
    if let Some(query) = &props.query {
        href.push_str(query);
    }
    if let Some(fragment) = &props.fragment {
        href.push('#');
        href.push_str(&crate::route::percent_encode(fragment));
    } else if let Some(fragment) = &props.encoded_fragment {
        href.push('#');
        href.push_str(fragment);
    }
    let onclick = {
        let href = href.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
            if event.button() != 0 || modified || event.default_prevented() {
                return;
            }
            event.prevent_default();
            BrowserHistory::new().push(href.as_str());
        })
    };
    html! {
        <a href={href} class={props.class.clone()} tabindex={props.tabindex.clone()} {onclick}>{ props.children.clone() }</a>
    }
}
