//! `j` and `k` in the lives side by side: the next and the previous row, scrolled to the top and focused, unless the reader is typing or holds a modifier.
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{
    Element, FocusOptions, HtmlElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition,
};
use yew::prelude::*;

use crate::hooks::keys::shortcut;

/// The rows `j` and `k` move between.
const ROWS: &str = ".timeline-row";

#[hook]
pub fn use_row_keys() {
    use_effect_with((), |_| {
        // Not passive: a key that moves between rows is not also the browser's.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let forward = match shortcut(event).as_deref() {
                Some("j") => true,
                Some("k") => false,
                _ => return,
            };
            if let Some(row) = neighbour(forward) {
                event.prevent_default();
                let scroll = ScrollIntoViewOptions::new();
                scroll.set_block(ScrollLogicalPosition::Start);
                row.scroll_into_view_with_scroll_into_view_options(&scroll);
                let focus = FocusOptions::new();
                focus.set_prevent_scroll(true);
                let _ = row.focus_with_options(&focus);
            }
        });
        move || drop(listener)
    });
}

/// The row after (or before) the current one: the row holding the focus, else the last row
/// whose top is in the upper quarter of the window or above it.
fn neighbour(forward: bool) -> Option<HtmlElement> {
    let rows = document().query_selector_all(ROWS).ok()?;
    let rows: Vec<Element> = (0..rows.length())
        .filter_map(|i| rows.item(i)?.dyn_into::<Element>().ok())
        .collect();
    let focused = document()
        .active_element()
        .and_then(|el| el.closest(ROWS).ok().flatten());
    let quarter = window().inner_height().ok()?.as_f64()? / 4.0;
    let current = match focused {
        Some(row) => rows.iter().position(|r| *r == row),
        None => rows
            .iter()
            .rposition(|r| r.get_bounding_client_rect().top() <= quarter),
    };
    let next = match (current, forward) {
        (None, true) => 0,
        (None, false) => return None,
        (Some(i), true) => i + 1,
        (Some(i), false) => i.checked_sub(1)?,
    };
    rows.get(next)?.clone().dyn_into::<HtmlElement>().ok()
}
