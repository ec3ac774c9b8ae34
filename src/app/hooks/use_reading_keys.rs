//! An article's reading shortcuts: `j`/`k` the next and previous paragraph, `]`/`[` the next and previous section, `n`/`p` the next and previous annotation, `c` copies the current paragraph's link.
//!
//! "Current" is where the focus is, else the paragraph at the top of the window. A paragraph or
//! heading reached so takes the focus (with `tabindex="-1"`, so Tab goes on from it, into its
//! annotations) and a screen reader reads it.
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, Node};
use yew::prelude::*;

use crate::components::roving;
use crate::hooks::keys::shortcut;

/// The blocks `j` and `k` move between: the paragraphs and quotations of the article's sections.
const PARAGRAPHS: &str = "article section p[id], article section blockquote[id]";
/// The headings `[` and `]` move between: the article's title and each section's.
const HEADINGS: &str = "article h1, article section h2, article section h3";
/// The annotations `n` and `p` move between (a paragraph's copy-link control is not one).
const ANNOTATIONS: &str = "article button[data-annotation]:not(.copy-link)";

#[hook]
pub fn use_reading_keys() {
    use_effect_with((), |_| {
        // Not passive: a key that moves the reader is not also the browser's.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let done = match shortcut(event).as_deref() {
                Some("j") => step(PARAGRAPHS, true).map(focus_block),
                Some("k") => step(PARAGRAPHS, false).map(focus_block),
                Some("]") => step(HEADINGS, true).map(focus_block),
                Some("[") => step(HEADINGS, false).map(focus_block),
                Some("n") => step(ANNOTATIONS, true).map(|a| roving::move_to(&a)),
                Some("p") => step(ANNOTATIONS, false).map(|a| roving::move_to(&a)),
                Some("c") => current_paragraph().and_then(copy_link).map(|b| b.click()),
                _ => return,
            };
            if done.is_some() {
                event.prevent_default();
            }
        });
        move || drop(listener)
    });
}

/// Every element matching `selector`, in document order.
fn all(selector: &str) -> Vec<HtmlElement> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.closest(".card").ok().flatten().is_none())
        .collect()
}

/// The element matching `selector` after (or before) the reader's place.
fn step(selector: &str, forward: bool) -> Option<HtmlElement> {
    let items = all(selector);
    let (here, focused) = place();
    let follows = |item: &HtmlElement| {
        let Some(here) = &here else {
            return true;
        };
        let item: &Node = item.unchecked_ref();
        // Unfocused, the paragraph at the top of the window is the next to read.
        if here.is_same_node(Some(item)) {
            return !focused;
        }
        if item.contains(Some(here)) {
            return false;
        }
        here.compare_document_position(item) & Node::DOCUMENT_POSITION_FOLLOWING != 0
    };
    if forward {
        items.into_iter().find(|item| follows(item))
    } else {
        let before = |item: &HtmlElement| {
            let node: &Node = item.unchecked_ref();
            here.as_ref().is_some_and(|here| {
                !here.is_same_node(Some(node))
                    && !node.contains(Some(here))
                    && here.compare_document_position(node) & Node::DOCUMENT_POSITION_PRECEDING != 0
            })
        };
        items.into_iter().rev().find(|item| before(item))
    }
}

/// The reader's place, and whether it has the focus: the focused element inside the article,
/// else the paragraph at the top of the window.
fn place() -> (Option<Node>, bool) {
    let focused = document()
        .active_element()
        .filter(|el| el.closest("article").ok().flatten().is_some());
    match focused {
        Some(focused) => (Some(focused.unchecked_into()), true),
        None => (top_paragraph().map(|p| p.unchecked_into()), false),
    }
}

/// The first paragraph whose bottom is below the top quarter of the window.
fn top_paragraph() -> Option<HtmlElement> {
    let quarter = window().inner_height().ok()?.as_f64()? / 4.0;
    all(PARAGRAPHS)
        .into_iter()
        .find(|p| p.get_bounding_client_rect().bottom() > quarter)
}

/// The paragraph holding the focus, else the one at the top of the window.
fn current_paragraph() -> Option<HtmlElement> {
    let focused = document()
        .active_element()
        .and_then(|el| el.closest(PARAGRAPHS).ok().flatten())
        .and_then(|el: Element| el.dyn_into::<HtmlElement>().ok());
    focused.or_else(top_paragraph)
}

/// A paragraph's copy-link control.
fn copy_link(paragraph: HtmlElement) -> Option<HtmlElement> {
    paragraph
        .query_selector(".copy-link")
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// Focuses a paragraph or heading, which scrolls it into view.
fn focus_block(block: HtmlElement) {
    if !block.has_attribute("tabindex") {
        let _ = block.set_attribute("tabindex", "-1");
    }
    let _ = block.focus();
}
