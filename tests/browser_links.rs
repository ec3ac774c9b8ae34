//! In-browser tests of shareable links and layout: copy-link controls, passage fragments and
//! their highlight, the reading position in the contents, the theme toggle, on the sample corpus.
#![cfg(target_arch = "wasm32")]

use gloo::history::{BrowserHistory, History};
use gloo::utils::{document, document_element, window};
use js_sys::Reflect;
use parallel_lives::hooks::THEME_KEY;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::Element;

mod support;
use support::{click, sleep, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

/// A paragraph of the sample's Ivan Smirnov with a mark inside it (Admiral Kolchak).
const KOLCHAK: &str = "Then the army of Admiral Kolchak retreated east from the Urals, \
                       and the Red Army followed it to Omsk.";

// ---- helpers ----

/// Shows the app at `path`, with room below the short sample life to scroll any part of it to
/// the top of the window.
async fn mount(path: &str) -> Mounted {
    support::mount_with_room(path, 3000).await
}

/// The ranges of `CSS.highlights.get("passage")`, none when it is not set.
fn highlighted_ranges() -> Vec<web_sys::Range> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).unwrap();
    let registry = Reflect::get(&css, &"highlights".into()).unwrap();
    let get: js_sys::Function = Reflect::get(&registry, &"get".into())
        .unwrap()
        .dyn_into()
        .unwrap();
    let highlight = get.call1(&registry, &"passage".into()).unwrap();
    if highlight.is_undefined() {
        return Vec::new();
    }
    js_sys::try_iter(&highlight)
        .unwrap()
        .unwrap()
        .map(|range| range.unwrap().dyn_into().unwrap())
        .collect()
}

/// The texts of the passage's highlighted ranges.
fn highlighted() -> Vec<String> {
    highlighted_ranges()
        .iter()
        .map(|range| String::from(range.to_string()))
        .collect()
}

// ---- tests ----

#[wasm_bindgen_test]
async fn every_heading_and_paragraph_has_a_named_copy_link_control() {
    let app = mount("/ivan-smirnov").await;
    let labels: Vec<String> = app
        .all("button.copy-link")
        .iter()
        .map(|b| b.get_attribute("aria-label").unwrap_or_default())
        .collect();
    assert_eq!(
        labels,
        [
            "Copy link to paragraph 1 of the introduction",
            "Copy link to paragraph 2 of the introduction",
            "Copy link to section Civil War",
            "Copy link to paragraph 1 of Civil War",
            "Copy link to paragraph 2 of Civil War",
            "Copy link to paragraph 3 of Civil War",
            "Copy link to section Exile",
            "Copy link to paragraph 1 of Exile",
        ]
    );
    // The controls add no words to the text they sit in.
    assert_eq!(app.one("#civil-war-p2").text_content().unwrap(), KOLCHAK);
    assert_eq!(
        app.one("#civil-war > .part-inside > h2")
            .text_content()
            .unwrap(),
        "Civil War"
    );
    app.one("[role=status]");
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_passage_fragment_highlights_its_words_across_a_mark() {
    let app = mount("/ivan-smirnov#civil-war-p2~text=army%20of,the%20Urals").await;
    sleep(30).await;
    assert_eq!(
        highlighted(),
        ["army of Admiral Kolchak retreated east from the Urals"]
    );
    assert!(app.one("#civil-war-p2").class_list().contains("is-target"));
    let top = app.one("#civil-war-p2").get_bounding_client_rect().top();
    assert!(top < window().inner_height().unwrap().as_f64().unwrap());
    assert!(window().scroll_y().unwrap() > 0.0);

    // Going to a plain fragment takes the highlight away and moves the target.
    BrowserHistory::new().push("/ivan-smirnov#exile");
    sleep(30).await;
    assert!(highlighted().is_empty());
    assert!(app.one("#exile").class_list().contains("is-target"));
    assert!(!app.one("#civil-war-p2").class_list().contains("is-target"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_prefix_picks_the_second_occurrence() {
    let app = mount("/ivan-smirnov#civil-war-p3~text=town.%20The-,army").await;
    sleep(30).await;
    let paragraph = app.one("#civil-war-p3");
    let ranges = highlighted_ranges();
    let range = ranges.first().expect("a highlighted range");
    assert_eq!(String::from(range.to_string()), "army");
    let text = paragraph.text_content().unwrap();
    assert_eq!(
        range.start_offset().unwrap() as usize,
        text.rfind("army").unwrap()
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn hostile_and_unmatched_fragments_fall_back_quietly() {
    for (path, target) in [
        (
            "/ivan-smirnov#civil-war-p2~text=%FF%FE",
            Some("civil-war-p2"),
        ),
        (
            "/ivan-smirnov#civil-war-p2~text=not%20there",
            Some("civil-war-p2"),
        ),
        ("/ivan-smirnov#nowhere~text=town", None),
        ("/ivan-smirnov#%", None),
        ("/ivan-smirnov#:~:text=", None),
    ] {
        let app = mount(path).await;
        sleep(30).await;
        assert!(highlighted().is_empty(), "{path}");
        let marked: Vec<String> = app.all(".is-target").iter().map(Element::id).collect();
        assert_eq!(marked, target.into_iter().collect::<Vec<_>>(), "{path}");
        app.destroy();
    }
}

#[wasm_bindgen_test]
async fn a_passage_without_an_element_is_searched_in_every_paragraph() {
    let app = mount("/ivan-smirnov#~text=took%20the%20town").await;
    sleep(30).await;
    assert_eq!(highlighted(), ["took the town"]);
    assert!(app.one("#civil-war-p3").class_list().contains("is-target"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn selecting_words_in_one_paragraph_offers_a_passage_link() {
    let app = mount("/ivan-smirnov").await;
    let text_node = app.one("#civil-war-p3").first_child().unwrap();
    let range = document().create_range().unwrap();
    range.set_start(&text_node, 4).unwrap();
    range.set_end(&text_node, 12).unwrap();
    let selection = window().get_selection().unwrap().unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    sleep(350).await;
    let offers = app.all(".passage-link");
    assert_eq!(offers.len(), 1);
    assert_eq!(
        offers[0].parent_element().unwrap().id(),
        "civil-war-p3",
        "the offer sits in the paragraph"
    );
    assert_eq!(
        offers[0].text_content().unwrap(),
        "Copy link to this passage"
    );

    // Across two paragraphs there is no single passage to link to.
    let other = app.one("#civil-war-p2").first_child().unwrap();
    range.set_start(&other, 3).unwrap();
    range.set_end(&text_node, 12).unwrap();
    selection.remove_all_ranges().unwrap();
    selection.add_range(&range).unwrap();
    sleep(350).await;
    assert!(app.all(".passage-link").is_empty());
    selection.remove_all_ranges().unwrap();
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_contents_mark_the_section_being_read() {
    let app = mount("/ivan-smirnov").await;
    let current = |app: &Mounted| -> Vec<String> {
        app.all("nav.toc a[aria-current='true']")
            .iter()
            .map(|a| a.get_attribute("href").unwrap())
            .collect()
    };
    sleep(50).await;
    assert!(current(&app).is_empty());
    for id in ["exile", "civil-war"] {
        let top = app.one(&format!("#{id}")).get_bounding_client_rect().top();
        let y = window().scroll_y().unwrap() + top - 10.0;
        window().scroll_to_with_x_and_y(0.0, y);
        sleep(120).await;
        assert_eq!(current(&app), [format!("#{id}")]);
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn the_theme_toggle_sets_and_remembers_the_theme() {
    let storage = window().local_storage().unwrap().unwrap();
    storage.remove_item(THEME_KEY).unwrap();
    document_element().remove_attribute("data-theme").unwrap();
    let app = mount("/ivan-smirnov").await;
    let toggle = app.one("header button.theme-toggle");
    let before = toggle.get_attribute("aria-pressed").unwrap();
    assert_eq!(document_element().get_attribute("data-theme"), None);
    click(&toggle);
    sleep(30).await;
    let picked = if before == "true" { "light" } else { "dark" };
    assert_eq!(
        document_element().get_attribute("data-theme").as_deref(),
        Some(picked)
    );
    assert_eq!(
        storage.get_item(THEME_KEY).unwrap().as_deref(),
        Some(picked)
    );
    assert_ne!(toggle.get_attribute("aria-pressed").unwrap(), before);
    app.destroy();

    // A new start applies the remembered pick.
    document_element().remove_attribute("data-theme").unwrap();
    let app = mount("/ivan-smirnov").await;
    assert_eq!(
        document_element().get_attribute("data-theme").as_deref(),
        Some(picked)
    );
    app.destroy();
    storage.remove_item(THEME_KEY).unwrap();
    document_element().remove_attribute("data-theme").unwrap();
}
