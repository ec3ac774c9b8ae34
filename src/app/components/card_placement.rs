//! Where a card goes: above or below its annotation's line, never over it, never out of view;
//! on a narrow screen, a bottom sheet with the annotation scrolled above it.
use web_sys::{Element, HtmlElement, ScrollBehavior, ScrollToOptions};

/// Space between the annotation and its card, in CSS pixels.
pub const GAP: f64 = 6.0;
/// The least space kept between a card and the edge of the viewport.
pub const MARGIN: f64 = 8.0;
/// Below this viewport width (the `max-width: 599.98px` media query of `cards.css`), a card
/// is a bottom sheet.
pub const SHEET_BELOW: f64 = 600.0;
/// The class on `<html>` that gives the page room to scroll an annotation above a sheet.
const SHEET_OPEN_CLASS: &str = "card-sheet-open";

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Side {
    Above,
    Below,
}

/// The side of the annotation (spanning `top..bottom` of a viewport `viewport` high) where a
/// card `height` high goes, and the most height it may take there: below when it fits, else
/// above when it fits there, else the roomier side.
pub fn choose_side(top: f64, bottom: f64, height: f64, viewport: f64) -> (Side, f64) {
    let below = (viewport - bottom - GAP - MARGIN).max(0.0);
    let above = (top - GAP - MARGIN).max(0.0);
    if height <= below {
        (Side::Below, below)
    } else if height <= above {
        (Side::Above, above)
    } else if below >= above {
        (Side::Below, below)
    } else {
        (Side::Above, above)
    }
}

/// The left edge of a card `width` wide that starts under its annotation but stays inside a
/// viewport `viewport` wide.
pub fn clamp_left(trigger_left: f64, width: f64, viewport: f64) -> f64 {
    let right_most = viewport - width - MARGIN;
    trigger_left.min(right_most).max(MARGIN)
}

/// True when cards are bottom sheets at the current viewport width.
pub fn is_narrow() -> bool {
    let width = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64());
    width.is_some_and(|w| w < SHEET_BELOW)
}

/// Places an open `card` next to `trigger`, or, on a narrow screen, scrolls `trigger` above the
/// card's sheet.
pub fn place(card: &HtmlElement, trigger: &Element) {
    if is_narrow() {
        place_sheet(card, trigger);
    } else {
        place_beside(card, trigger);
    }
}

/// Forgets what `place` did to the page (the room made for a sheet).
pub fn unplace() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.class_list().remove_1(SHEET_OPEN_CLASS);
    }
}

fn set(card: &HtmlElement, property: &str, value: &str) {
    let _ = card.style().set_property(property, value);
}

fn px(value: f64) -> String {
    format!("{value:.1}px")
}

/// Absolute placement inside the annotation's wrapper, so that the card scrolls with the text.
///
/// The wrapper is an inline box, so its offsets are measured rather than assumed: the card is
/// first put at `left: 0; top: 0` (or `bottom: 0`), and the distance to where it should be is
/// then added.
fn place_beside(card: &HtmlElement, trigger: &Element) {
    let window = gloo::utils::window();
    let viewport_width = f64::from(gloo::utils::document_element().client_width());
    let viewport_height = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    for property in ["max-height", "bottom", "right"] {
        let _ = card.style().remove_property(property);
    }
    set(card, "left", "0px");
    set(card, "top", "0px");
    let trigger_rect = trigger.get_bounding_client_rect();
    let start = card.get_bounding_client_rect();
    let (side, room) = choose_side(
        trigger_rect.top(),
        trigger_rect.bottom(),
        start.height(),
        viewport_height,
    );
    let left = clamp_left(trigger_rect.left(), start.width(), viewport_width);
    set(card, "left", &px(left - start.left()));
    set(card, "max-height", &px(room.min(viewport_height * 0.7)));
    let _ = card.set_attribute(
        "data-side",
        match side {
            Side::Above => "above",
            Side::Below => "below",
        },
    );
    match side {
        Side::Below => set(card, "top", &px(trigger_rect.bottom() + GAP - start.top())),
        Side::Above => {
            // Anchored by its bottom edge, so that a card that grows (a list expanded) grows
            // upwards, away from the annotation.
            set(card, "top", "auto");
            set(card, "bottom", "0px");
            let at_zero = card.get_bounding_client_rect().bottom();
            set(card, "bottom", &px(at_zero - (trigger_rect.top() - GAP)));
        }
    }
}

/// The sheet itself is fixed to the bottom of the viewport by `cards.css`; when it would hide
/// the annotation, the page is scrolled until the annotation is just above it.
fn place_sheet(card: &HtmlElement, trigger: &Element) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.class_list().add_1(SHEET_OPEN_CLASS);
    }
    let _ = card.set_attribute("data-side", "sheet");
    let sheet_top = card.get_bounding_client_rect().top();
    let trigger_rect = trigger.get_bounding_client_rect();
    let overlap = trigger_rect.bottom() - (sheet_top - GAP - MARGIN);
    let off_top = MARGIN - trigger_rect.top();
    let by = if overlap > 0.0 {
        overlap
    } else if off_top > 0.0 {
        -off_top
    } else {
        return;
    };
    let options = ScrollToOptions::new();
    options.set_top(by);
    options.set_behavior(ScrollBehavior::Instant);
    gloo::utils::window().scroll_by_with_scroll_to_options(&options);
}
