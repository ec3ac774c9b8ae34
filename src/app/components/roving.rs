//! One Tab stop per run of annotated text (a roving tabindex, as the WAI-ARIA authoring practices describe for composite widgets): the DOM side of moving it.
//!
//! A text's annotations (names, dates, markers) sit in an element marked `data-annotations` (a
//! paragraph, a quotation, an infobox value, a reference, a timeline entry). Exactly one of them
//! has `tabindex="0"` (at first the first one, rendered so); the others `-1`. Arrow keys move
//! the stop inside the group, and Tab leaves the group (and any open card) for the next one.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// The attribute of the element that holds a group of annotations.
pub const GROUP_ATTR: &str = "data-annotations";
/// The selector of an annotation's trigger.
pub const TRIGGER: &str = "button[data-annotation]";
/// What the keyboard can reach inside a card.
const FOCUSABLE: &str = "a[href], button:not([disabled]), [tabindex]:not([tabindex='-1'])";
/// What Tab can reach in the page.
const TABBABLE: &str =
    "a[href], button:not([disabled]), input, select, textarea, summary, [tabindex]";

/// The triggers of the group `trigger` is in, in document order.
pub fn group_of(trigger: &Element) -> Vec<HtmlElement> {
    let group = trigger.closest(&format!("[{GROUP_ATTR}]")).ok().flatten();
    match group {
        Some(group) => all(&group, TRIGGER),
        None => Vec::new(),
    }
}

/// Every element under `root` that matches `selector`, in document order, outside any card.
fn all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .filter(|e| e.closest(".card").ok().flatten().is_none())
        .collect()
}

/// Makes `trigger` its group's Tab stop, and focuses it.
pub fn move_to(trigger: &HtmlElement) {
    make_stop(&group_of(trigger), trigger);
}

/// Makes `item` the one Tab stop of `items` (`tabindex` 0, the others -1), and focuses it.
pub fn make_stop(items: &[HtmlElement], item: &HtmlElement) {
    for other in items {
        let _ = other.set_attribute("tabindex", "-1");
    }
    let _ = item.set_attribute("tabindex", "0");
    let _ = item.focus();
}

/// The trigger `step` places after (or, negative, before) `trigger` in its group, if any.
pub fn neighbour(trigger: &Element, step: isize) -> Option<HtmlElement> {
    let group = group_of(trigger);
    let at = group
        .iter()
        .position(|t| t.unchecked_ref::<Node>().is_same_node(Some(trigger)))?;
    let to = at.checked_add_signed(step)?;
    group.get(to).cloned()
}

/// The first or the last trigger of the group.
pub fn end_of_group(trigger: &Element, last: bool) -> Option<HtmlElement> {
    let group = group_of(trigger);
    if last {
        group.last().cloned()
    } else {
        group.first().cloned()
    }
}

/// Moves the stop with an arrow key (or Home, End) from an element of a group that opens no
/// card (a paragraph's copy-link control); other keys, and elements of no group, are left alone.
pub fn arrow_key(event: &web_sys::KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    let Some(from) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    if !from.has_attribute("data-annotation") {
        return;
    }
    let to = match event.key().as_str() {
        "ArrowRight" => neighbour(&from, 1),
        "ArrowLeft" => neighbour(&from, -1),
        "Home" => end_of_group(&from, false),
        "End" => end_of_group(&from, true),
        _ => return,
    };
    event.prevent_default();
    if let Some(to) = to {
        move_to(&to);
    }
}

/// What can take the focus inside `card`, in order.
pub fn focusables(card: &Element) -> Vec<HtmlElement> {
    let Ok(list) = card.query_selector_all(FOCUSABLE) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect()
}

/// The first element Tab reaches after everything inside `element`, if any: what Tab from the
/// last stop of `element` would reach.
pub fn next_tabbable_after(element: &Element) -> Option<HtmlElement> {
    let document = gloo::utils::document();
    let list = document.query_selector_all(TABBABLE).ok()?;
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .find(|candidate| {
            let after = element.compare_document_position(candidate)
                & Node::DOCUMENT_POSITION_FOLLOWING
                != 0;
            let inside = element.contains(Some(candidate));
            after && !inside && candidate.tab_index() >= 0 && shown(candidate)
        })
}

/// Whether an element takes space on the page (not hidden by `display: none`).
fn shown(element: &HtmlElement) -> bool {
    element.get_client_rects().length() > 0
}
