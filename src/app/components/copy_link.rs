//! The "copy link" control of a section or paragraph: copies the full address of the element
//! (`<origin>/<slug>#<id>`) and confirms on the status line.
use gloo::timers::callback::Timeout;
use gloo::utils::window;
use yew::prelude::*;

use crate::components::icons::{check_icon, link_icon};
use crate::components::roving;
use crate::hooks::{clipboard, use_status};
use crate::route::percent_encode;

const CONFIRMED_MS: u32 = 2_000;

#[derive(Properties, PartialEq)]
pub struct CopyLinkProps {
    /// The id of the element the link opens.
    pub target: AttrValue,
    /// The accessible name: "Copy link to paragraph 3 of Civil War".
    pub label: AttrValue,
    /// `section-link` or `paragraph-link`, for placement.
    pub class: &'static str,
    /// One of its paragraph's annotations for the keyboard (`roving.rs`): reached with the arrow
    /// keys after them, and the paragraph's Tab stop only when it has no annotation.
    #[prop_or_default]
    pub in_group: Option<TabStop>,
}

/// Whether a member of a group of annotations is the group's Tab stop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabStop {
    Yes,
    No,
}

/// The address of the element `id` on the page shown (with its query: `/timeline?align=age`).
pub fn address_of(fragment: &str) -> String {
    let location = window().location();
    format!(
        "{}{}{}#{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        fragment
    )
}

#[function_component]
pub fn CopyLink(props: &CopyLinkProps) -> Html {
    let announce = use_status();
    let copied = use_state_eq(|| false);
    let onclick = {
        let (copied, target) = (copied.clone(), props.target.clone());
        Callback::from(move |_: MouseEvent| {
            let url = address_of(&percent_encode(&target));
            let (copied, announce) = (copied.clone(), announce.clone());
            let failed = format!("Could not copy: the link is {url}");
            clipboard::copy(
                url,
                Callback::from(move |ok: bool| {
                    announce.emit(AttrValue::from(if ok {
                        "Link copied".to_owned()
                    } else {
                        failed.clone()
                    }));
                    copied.set(ok);
                    let copied = copied.clone();
                    Timeout::new(CONFIRMED_MS, move || copied.set(false)).forget();
                }),
            );
        })
    };
    let onkeydown = Callback::from(|event: KeyboardEvent| roving::arrow_key(&event));
    let (data_annotation, tabindex) = match props.in_group {
        None => (None, None),
        Some(TabStop::Yes) => (Some(""), Some("0")),
        Some(TabStop::No) => (Some(""), Some("-1")),
    };
    html! {
        <button
            type="button"
            class={classes!("copy-link", props.class, (*copied).then_some("is-copied"))}
            aria-label={props.label.clone()}
            title="Copy link"
            data-annotation={data_annotation}
            {tabindex}
            {onclick}
            {onkeydown}
        >
            if *copied { { check_icon() } } else { { link_icon() } }
        </button>
    }
}
