//! How a card opens, closes and is placed: by focus, hover and touch, Escape, one at a time, beside its annotation inside the viewport.

use gloo::utils::{document, window};
use parallel_lives::components::card_placement::{choose_side, clamp_left, Side};
use wasm_bindgen_test::*;
use web_sys::{
    Element, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit,
    ScrollIntoViewOptions, ScrollLogicalPosition,
};

use crate::support::{card_of, html_element, mark, mount, settle, sleep};

// ---- helpers ----

fn press_escape(element: &Element) {
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

/// Dispatches a pointer event of `kind` ("pointerenter", "pointerleave") from a pointer of
/// `pointer_type` ("mouse", "touch").
fn pointer(element: &Element, kind: &str, pointer_type: &str) {
    let init = PointerEventInit::new();
    init.set_pointer_type(pointer_type);
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

// ---- tests ----

#[wasm_bindgen_test]
async fn focus_shows_the_entity_card_and_escape_closes_it() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#lead-p1", "Ivar Smilga");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(button.get_attribute("aria-controls").is_none());
    // Screen readers hear the words and what they mean without opening the card.
    assert_eq!(
        button.get_attribute("aria-label").as_deref(),
        Some("Ivar Smilga, person: Ivar Tenisovich Smilga")
    );
    app.none(".card");

    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(
        card.get_attribute("aria-label").as_deref(),
        Some("Ivar Tenisovich Smilga, person")
    );
    assert!(card.class_list().contains("card"));
    assert!(card.id().starts_with("card-"));
    assert_eq!(app.text(".card .card-name"), "Ivar Tenisovich Smilga");
    assert_eq!(app.text(".card .card-kind"), "person");
    assert!(app
        .text(".card .card-description")
        .starts_with("Latvian Bolshevik"));
    assert_eq!(
        app.text(".card .card-dates"),
        "2 December 1892 – 10 January 1938"
    );
    assert_eq!(button.text_content().unwrap(), "Ivar Smilga");

    press_escape(&button);
    settle().await;
    app.none(".card");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert_eq!(document().active_element(), Some(button.clone()));

    html_element(&button).blur().unwrap();
    html_element(&button).focus().unwrap();
    settle().await;
    app.one(".card");
    html_element(&button).blur().unwrap();
    settle().await;
    app.none(".card");
    app.destroy();
}

#[wasm_bindgen_test]
async fn escape_inside_the_card_returns_the_focus_to_the_annotation() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#lead-p1", "Ivar Smilga");
    html_element(&button).focus().unwrap();
    settle().await;
    let link = app.one(".card a");
    html_element(&link).focus().unwrap();
    settle().await;
    // Moving the focus into the card keeps it open.
    assert_eq!(document().active_element(), Some(link.clone()));
    app.one(".card");
    press_escape(&link);
    settle().await;
    app.none(".card");
    assert_eq!(document().active_element(), Some(button.clone()));
    // The focus came back from the card: that does not reopen it.
    sleep(50).await;
    app.none(".card");
    app.destroy();
}

#[wasm_bindgen_test]
async fn hover_shows_the_card_after_a_delay_and_leaving_closes_it_after_a_grace() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#early-life-p1", "RSDLP");
    let wrap = button.parent_element().unwrap();
    pointer(&wrap, "pointerenter", "mouse");
    sleep(60).await;
    app.none(".card");
    sleep(250).await;
    assert_eq!(
        app.text(".card .card-name"),
        "Russian Social Democratic Labour Party"
    );
    assert_eq!(app.text(".card .card-kind"), "organisation");
    pointer(&wrap, "pointerleave", "mouse");
    settle().await;
    // The pointer may be on its way into the card: it stays a moment.
    app.one(".card");
    // It reaches the card (inside the wrapper): the card stays.
    pointer(&wrap, "pointerenter", "mouse");
    sleep(400).await;
    app.one(".card");
    // It leaves both: the card closes after the grace period.
    pointer(&wrap, "pointerleave", "mouse");
    sleep(400).await;
    app.none(".card");

    // Leaving before the delay is over cancels the card.
    pointer(&wrap, "pointerenter", "mouse");
    sleep(50).await;
    pointer(&wrap, "pointerleave", "mouse");
    sleep(300).await;
    app.none(".card");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_touch_is_not_a_hover_it_neither_opens_nor_closes_a_card() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#early-life-p1", "RSDLP");
    let wrap = button.parent_element().unwrap();
    // A finger resting on the annotation does not open it after the hover delay.
    pointer(&wrap, "pointerenter", "touch");
    sleep(300).await;
    app.none(".card");
    // Tapped open, the card stays when the finger lifts (a touch "leaves" then).
    html_element(&button).click();
    settle().await;
    card_of(&button);
    pointer(&wrap, "pointerleave", "touch");
    sleep(400).await;
    card_of(&button);
    app.destroy();
}

#[wasm_bindgen_test]
async fn only_one_card_is_open_at_a_time() {
    let app = mount("/ivar-smilga").await;
    let first = mark(&app, "#lead-p1", "Ivar Smilga");
    html_element(&first).focus().unwrap();
    settle().await;
    card_of(&first);
    let second = mark(&app, "#early-life-p1", "RSDLP");
    pointer(&second.parent_element().unwrap(), "pointerenter", "mouse");
    sleep(300).await;
    assert_eq!(app.count(".card"), 1);
    card_of(&second);
    assert_eq!(
        first.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_card_is_placed_beside_its_annotation_inside_the_viewport() {
    // The reader's own stylesheet for cards, which the placement works with.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../../styles/cards.css")));
    document().head().unwrap().append_child(&style).unwrap();
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#early-life-p1", "Smilga");
    let middle = ScrollIntoViewOptions::new();
    middle.set_block(ScrollLogicalPosition::Center);
    // Once the page has done its own scrolling (to the top, for a new page).
    sleep(150).await;
    button.scroll_into_view_with_scroll_into_view_options(&middle);
    settle().await;
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button).get_bounding_client_rect();
    let anchor = button.get_bounding_client_rect();
    let width = f64::from(document().document_element().unwrap().client_width());
    let height = window().inner_height().unwrap().as_f64().unwrap();
    let apart = card.top() >= anchor.bottom() || card.bottom() <= anchor.top();
    assert!(
        apart,
        "card {:?} over its annotation {:?}",
        (card.top(), card.bottom()),
        (anchor.top(), anchor.bottom())
    );
    assert!(
        card.left() >= 0.0 && card.right() <= width,
        "{} {}",
        card.left(),
        card.right()
    );
    assert!(
        card.top() >= 0.0 && card.bottom() <= height,
        "{} {}",
        card.top(),
        card.bottom()
    );
    app.destroy();
    style.remove();
}

#[wasm_bindgen_test]
fn cards_go_below_when_they_fit_else_above_else_the_roomier_side() {
    // An annotation at 100..120 in a viewport 800 high: below, 800 - 120 - 6 - 8 = 666 free.
    assert_eq!(
        choose_side(100.0, 120.0, 300.0, 800.0),
        (Side::Below, 666.0)
    );
    // Near the bottom: above, 700 - 6 - 8 = 686 free.
    assert_eq!(
        choose_side(700.0, 720.0, 300.0, 800.0),
        (Side::Above, 686.0)
    );
    // Too tall for either: the roomier side, where it will scroll.
    assert_eq!(
        choose_side(300.0, 320.0, 900.0, 800.0),
        (Side::Below, 466.0)
    );
    assert_eq!(
        choose_side(500.0, 520.0, 900.0, 800.0),
        (Side::Above, 486.0)
    );
    // Horizontally: under the annotation, pushed back inside the viewport.
    assert_eq!(clamp_left(200.0, 300.0, 1000.0), 200.0);
    assert_eq!(clamp_left(900.0, 300.0, 1000.0), 692.0);
    assert_eq!(clamp_left(-20.0, 300.0, 1000.0), 8.0);
}
