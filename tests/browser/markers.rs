//! The markers and their cards: citation needed, a cross-reference to the other life, and conflicting claims.

use gloo::utils::window;
use wasm_bindgen_test::*;

use crate::support::{card_of, hrefs, html_element, mount, settle, texts};

#[wasm_bindgen_test]
async fn citation_needed_is_a_marker_whose_card_explains_it() {
    let app = mount("/ivar-smilga").await;
    let marker = app.one("#lead-p1 sup.citation-needed button.marker-citation");
    let description = marker.get_attribute("aria-description").unwrap_or_default();
    assert!(description.contains("no reference"), "{description}");
    assert!(!app
        .root
        .text_content()
        .unwrap()
        .contains("[citation needed]"));
    app.none(".card");
    html_element(&marker).focus().unwrap();
    settle().await;
    let card = card_of(&marker);
    assert_eq!(card.get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(app.text(".card .card-name"), "Citation needed");
    assert!(app
        .text(".card .card-description")
        .contains("lacking a reference"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_cross_reference_marker_quotes_the_other_passage() {
    let app = mount("/ivar-smilga").await;
    let markers = app
        .root
        .query_selector_all("button.marker-cross-ref")
        .unwrap();
    assert_eq!(markers.length(), 1);
    let marker = app.one("#early-life-p1 sup button.marker-cross-ref");
    assert_eq!(
        marker.get_attribute("aria-label").as_deref(),
        Some("Also told in Ivan Smirnov: 1 passage")
    );
    // At the end of its sentence, after the full stop, on one line with the last words.
    let glue = marker.closest(".mark-glue").unwrap().expect("glued");
    assert_eq!(
        glue.text_content().unwrap(),
        "August 1918 to April 1919.⇄\u{a0}Ivan Smirnov"
    );
    let sentence = app.text("#early-life-p1");
    assert!(
        sentence.contains("April 1919.⇄\u{a0}Ivan Smirnov"),
        "{sentence}"
    );
    html_element(&marker).focus().unwrap();
    settle().await;
    let card = card_of(&marker);
    assert_eq!(app.text(".card .card-name"), "Also told in Ivan Smirnov");
    assert_eq!(app.text(".card .card-kind"), "cross-reference");
    // Both sentences name the Civil War, an event: the same event in two lives.
    assert_eq!(texts(&card, ".card-passage-note"), ["Russian Civil War"]);
    assert_eq!(
        texts(&card, ".card-passages a"),
        ["Smirnov met Smilga during the Civil War in September 1918."]
    );
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivan-smirnov#civil-war-p1"]
    );

    // Following the link opens the other biography and closes the card.
    html_element(&app.one(".card-passages a")).click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/ivan-smirnov");
    assert_eq!(window().location().hash().unwrap(), "#civil-war-p1");
    app.none(".card");
    // The other side has its marker too.
    app.one("#civil-war-p1 button.marker-cross-ref");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_conflict_marker_shows_every_claim_and_where_it_is_made() {
    let app = mount("/ivar-smilga").await;
    assert_eq!(app.count("button.marker-conflict"), 2);
    app.one("#infobox button.marker-conflict");
    let marker = app.one("#early-life-p1 button.marker-conflict");
    assert_eq!(
        marker.get_attribute("aria-label").as_deref(),
        Some("Conflicting claims: Birth date of Ivar Tenisovich Smilga (2 claims)")
    );
    html_element(&marker).focus().unwrap();
    settle().await;
    let card = card_of(&marker);
    assert_eq!(
        app.text(".card .card-name"),
        "Birth date of Ivar Tenisovich Smilga"
    );
    assert_eq!(
        texts(&card, ".card-passage-note"),
        [
            "“2 December 1892”, Infobox",
            "“1893”, Early life, paragraph 1"
        ]
    );
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivar-smilga#infobox", "/ivar-smilga#early-life-p1"]
    );
    assert_eq!(
        texts(&card, ".card-passages a mark"),
        ["2 December 1892", "1893"]
    );
    app.destroy();
}
