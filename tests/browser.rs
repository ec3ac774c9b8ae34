//! In-browser tests of the reader: pages, marks, hover cards and routing, on the sample corpus compiled from `tests/fixtures/sample/`.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use gloo::history::{BrowserHistory, History};
use gloo::utils::{document, window};
use parallel_lives::components::card_placement::{choose_side, clamp_left, Side};
use parallel_lives::components::date_words::{
    age_in_words, date_in_words, iso_value, life_in_words,
};
use parallel_lives::model::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, KeyboardEvent, KeyboardEventInit, PointerEvent, PointerEventInit,
    ScrollIntoViewOptions, ScrollLogicalPosition,
};

mod support;
use support::{mount, settle, sleep, Mounted};

wasm_bindgen_test_configure!(run_in_browser);

// ---- helpers ----

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn span(first: NaiveDate, last: NaiveDate, precision: Precision) -> DateSpan {
    DateSpan {
        first,
        last,
        precision,
    }
}

/// The one mark inside `scope` (a selector) whose words are `words`.
fn mark(app: &Mounted, scope: &str, words: &str) -> Element {
    let found: Vec<Element> = app
        .all(&format!("{scope} button.mark"))
        .into_iter()
        .filter(|b| b.text_content().as_deref() == Some(words))
        .collect();
    assert_eq!(found.len(), 1, "marks “{words}” in {scope}");
    found.into_iter().next().unwrap()
}

fn html_element(element: &Element) -> HtmlElement {
    element.clone().dyn_into().unwrap()
}

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
async fn article_renders_title_sections_paragraphs_and_references() {
    let app = mount("/ivar-smilga").await;
    assert_eq!(app.text("article h1"), "Ivar Smilga");
    assert_eq!(document().title(), "Ivar Smilga – Parallel Lives");
    assert_eq!(app.text("header a[href='/']"), "Parallel Lives");
    app.one("main#main article");

    app.none("section#lead h2");
    assert_eq!(
        app.text("section#early-life > .part-inside > h2"),
        "Early life"
    );
    assert_eq!(
        app.text("section#later-years > .part-inside > h2"),
        "Later years"
    );
    app.one("section#lead > .part-inside > p#lead-p1");
    app.one("section#early-life > .part-inside > p#early-life-p1");
    app.one("section#later-years > .part-inside > p#later-years-p1");
    app.one("section#later-years > .part-inside > blockquote#later-years-p2");
    app.none("p#later-years-p2");

    assert_eq!(app.count("nav.toc[aria-label='Contents'] a"), 2);
    app.one("nav.toc a[href='#early-life']");
    app.one("nav.toc a[href='#later-years']");

    assert_eq!(
        app.text("section#references > .part-inside > h2"),
        "References"
    );
    assert!(app
        .text("section#references ol > li#ref-1")
        .starts_with("Pravda"));

    assert_eq!(app.count("aside.infobox#infobox table tr"), 2);
    assert_eq!(app.text("#infobox tr:first-child th"), "Born");
    assert_eq!(
        app.text("#infobox tr:first-child td"),
        "2 December 1892, Aloja≠"
    );
    assert!(mark(&app, "#infobox td", "Aloja")
        .class_list()
        .contains("mark-place"));
    app.destroy();
}

#[wasm_bindgen_test]
async fn marks_are_buttons_with_the_annotated_words() {
    let app = mount("/ivar-smilga").await;
    let expected = [
        ("#lead-p1", "Ivar Smilga", "mark-person"),
        ("#infobox", "2 December 1892", "mark-date"),
        ("#lead-p1", "Aloja", "mark-place"),
        ("#early-life-p1", "RSDLP", "mark-organisation"),
        ("#early-life-p1", "August 1918 to April 1919", "mark-date"),
        ("#later-years-p2", "February Revolution", "mark-event"),
        ("#ref-1", "Pravda", "mark-work"),
        ("#later-years-p1", "1920s", "mark-date"),
    ];
    for (scope, words, kind) in expected {
        let button = mark(&app, scope, words);
        assert!(button.class_list().contains(kind), "{words}: {kind}");
        assert_eq!(button.get_attribute("type").as_deref(), Some("button"));
    }
    // Infobox 2, lead 2, early life 5, later years 2 + 2, reference 2.
    assert_eq!(app.count("#main button.mark"), 15);
    assert_eq!(
        app.text("#lead-p1"),
        "Ivar Smilga was a Latvian Bolshevik. He grew up in Aloja.citation needed"
    );
    // Punctuation touching a mark stays on its line.
    let glued = mark(&app, "#lead-p1", "Aloja").parent_element().unwrap();
    let glue = glued.parent_element().unwrap();
    assert_eq!(glue.get_attribute("class").as_deref(), Some("mark-glue"));
    assert_eq!(glue.text_content().unwrap(), "Aloja.");
    app.destroy();
}

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
async fn seed_text_is_rendered_as_text_never_as_html() {
    let app = mount("/ivar-smilga").await;
    app.none("#later-years-p1 b");
    assert!(app
        .text("#later-years-p1")
        .ends_with("he (Сми́лга) wrote <b>not bold</b> & more."));
    app.destroy();
}

/// The card a trigger's `aria-controls` names; panics when the trigger is not expanded.
fn card_of(trigger: &Element) -> Element {
    assert_eq!(
        trigger.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    let id = trigger
        .get_attribute("aria-controls")
        .expect("aria-controls");
    document()
        .get_element_by_id(&id)
        .unwrap_or_else(|| panic!("no card #{id}"))
}

/// Texts of the elements matching `selector` inside `root`.
fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// `href`s of the links inside `root`.
fn hrefs(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| {
            list.item(i)
                .unwrap()
                .dyn_into::<Element>()
                .unwrap()
                .get_attribute("href")
                .unwrap_or_default()
        })
        .collect()
}

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
async fn a_person_card_gives_the_age_then_and_the_other_mentions() {
    let app = mount("/ivar-smilga").await;
    // Smilga in the Civil War sentence: born 2 December 1892, the passage is set in
    // August 1918 – April 1919, so he was 25 or 26.
    let button = mark(&app, "#early-life-p1", "Smilga");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(
        app.text(".card .card-age"),
        "Aged 25–26 at the time of this passage (August 1918 – April 1919)"
    );
    // The other mentions: the lead of his own biography first, then the other biography.
    assert_eq!(
        texts(&card, ".card-group-title"),
        ["In Ivar Smilga (1 passage)", "In Ivan Smirnov (1 passage)"]
    );
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivar-smilga#lead-p1", "/ivan-smirnov#civil-war-p1"]
    );
    assert_eq!(
        texts(&card, ".card-passages a"),
        [
            "Ivar Smilga was a Latvian Bolshevik.",
            "Smirnov met Smilga during the Civil War in September 1918.",
        ]
    );
    assert_eq!(
        texts(&card, ".card-passages a mark"),
        ["Ivar Smilga", "Smilga"]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // No age where the passage has no date; the card of the lead mention lists the other two.
    let lead = mark(&app, "#lead-p1", "Ivar Smilga");
    html_element(&lead).focus().unwrap();
    settle().await;
    app.none(".card .card-age");
    assert_eq!(
        hrefs(&card_of(&lead), ".card-passages a"),
        ["/ivar-smilga#early-life-p1", "/ivan-smirnov#civil-war-p1"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_found_name_card_says_how_it_was_found_and_where_it_is_first_named() {
    let app = mount("/ivan-smirnov").await;
    // The misspelt mention, in the paragraph's last sentence.
    let button = mark(&app, "#lead-p2", "Orllov");
    assert!(button.class_list().contains("mark-person"));
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-name"), "Pavel Orlov");
    assert_eq!(
        app.text(".card .card-kind"),
        "person (kind inferred from the text)"
    );
    assert_eq!(app.text(".card .card-variants"), "Also spelt: Orllov");
    assert_eq!(
        app.text(".card .card-found"),
        "Not in the glossary: found in the text."
    );
    app.none(".card .card-description");
    app.none(".card .card-age");
    app.none(".card .card-name-date");
    // Where the article first names him, then the one other sentence naming him.
    assert_eq!(
        app.text(".card .card-first-named .card-heading"),
        "First named"
    );
    assert_eq!(
        texts(&card, ".card-first-named a"),
        ["He knew Pavel Orlov in Tomsk."]
    );
    assert_eq!(texts(&card, ".card-first-named a mark"), ["Pavel Orlov"]);
    assert_eq!(
        hrefs(&card, ".card-first-named a"),
        ["/ivan-smirnov#lead-p2"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-group-title"),
        ["In Ivan Smirnov (1 passage)"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a"),
        ["The police never caught Orlov."]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // Read where he is first named: no "First named", both other sentences listed.
    let first = mark(&app, "#lead-p2", "Pavel Orlov");
    html_element(&first).focus().unwrap();
    settle().await;
    let card = card_of(&first);
    app.none(".card .card-first-named");
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a mark"),
        ["Orlov", "Orllov"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_name_with_a_date_in_it_gives_the_date_and_each_subjects_age() {
    let app = mount("/ivan-smirnov").await;
    // One mark for the whole name: the date inside it has none.
    assert_eq!(app.count("#lead-p2 button.mark-date"), 0);
    let button = mark(&app, "#lead-p2", "1905 Revolution");
    assert!(button.class_list().contains("mark-event"));
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-name"), "1905 Revolution");
    // A found name whose kind rests on its head noun: no "inferred".
    assert_eq!(app.text(".card .card-kind"), "event");
    app.none(".card .card-variants");
    assert_eq!(
        app.text(".card .card-name-date .card-heading"),
        "Date in the name"
    );
    assert_eq!(app.text(".card .card-name-date-words"), "1905");
    // Smirnov, born in January 1881, and Smilga, born 2 December 1892, some time in 1905
    // (the biographies in the order of their files).
    assert_eq!(
        texts(&card, ".card-name-date [role='listitem']"),
        ["Ivan Smirnov was 23–24", "Ivar Smilga was 12–13"]
    );
    app.none(".card .card-first-named");
    assert_eq!(
        app.text(".card .card-note:not(.card-found)"),
        "Mentioned nowhere else in the biographies."
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_long_list_of_mentions_shows_four_and_the_rest_on_demand() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#ref-1", "Pravda");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(
        texts(&card, ".card-group-title"),
        ["In Ivan Smirnov (5 passages)"]
    );
    assert_eq!(app.count(".card .card-passages a"), 4);
    let more = app.one(".card button.card-more");
    assert_eq!(more.text_content().unwrap(), "and 1 more");
    assert_eq!(
        more.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    html_element(&more).click();
    settle().await;
    assert_eq!(app.count(".card .card-passages a"), 5);
    assert_eq!(more.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        texts(&card, ".card-passages a").last().map(String::as_str),
        Some("Pravda came back.")
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_date_card_gives_ages_and_what_the_other_biography_says_then() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#early-life-p1", "August 1918 to April 1919");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-precision"), "Stated to the month");
    assert_eq!(
        app.text(".card .card-range"),
        "Any day from 1 August 1918 to 30 April 1919"
    );
    // Smirnov, born in January 1881, and Smilga, born 2 December 1892.
    assert_eq!(
        texts(&card, ".card-age"),
        ["Ivan Smirnov was 37–38", "Ivar Smilga was 25–26"]
    );
    // September 1918 is within the months; 1936 is not.
    assert_eq!(texts(&card, ".card-group-title"), ["In Ivan Smirnov"]);
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivan-smirnov#civil-war-p1"]
    );
    assert_eq!(texts(&card, ".card-passages a mark"), ["September 1918"]);
    assert_eq!(texts(&card, ".card-passage-note"), ["September 1918"]);
    html_element(&button).blur().unwrap();
    settle().await;

    // A decade is too broad for "the same period"; a date before anyone's birth has no ages.
    let decade = mark(&app, "#later-years-p1", "1920s");
    html_element(&decade).focus().unwrap();
    settle().await;
    app.none(".card .card-same-period");
    html_element(&decade).blur().unwrap();
    let birth = mark(&app, "#infobox", "2 December 1892");
    html_element(&birth).focus().unwrap();
    settle().await;
    assert_eq!(
        texts(&card_of(&birth), ".card-age"),
        ["Ivan Smirnov was 11", "Ivar Smilga was born"]
    );
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

#[wasm_bindgen_test]
async fn a_card_is_placed_beside_its_annotation_inside_the_viewport() {
    // The reader's own stylesheet for cards, which the placement works with.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../styles/cards.css")));
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

#[wasm_bindgen_test]
fn ages_in_words() {
    let day = |y, m, d| span(ymd(y, m, d), ymd(y, m, d), Precision::Day);
    let born = day(1892, 12, 2);
    assert_eq!(
        age_in_words(&day(1918, 12, 1), &born, None).as_deref(),
        Some("25")
    );
    assert_eq!(
        age_in_words(&day(1918, 12, 2), &born, None).as_deref(),
        Some("26")
    );
    let january_1881 = span(ymd(1881, 1, 1), ymd(1881, 1, 31), Precision::Month);
    assert_eq!(
        age_in_words(&day(1920, 1, 15), &january_1881, None).as_deref(),
        Some("38–39")
    );
    assert_eq!(age_in_words(&day(1890, 1, 1), &born, None), None);
    let died = day(1938, 1, 10);
    assert_eq!(
        age_in_words(&day(1938, 1, 10), &born, Some(&died)).as_deref(),
        Some("45")
    );
    assert_eq!(age_in_words(&day(1938, 1, 11), &born, Some(&died)), None);
}

#[wasm_bindgen_test]
async fn date_cards_give_the_date_in_words_and_its_iso_value() {
    let app = mount("/ivar-smilga").await;
    let cases = [
        (
            "#infobox",
            "2 December 1892",
            "2 December 1892",
            "1892-12-02",
        ),
        (
            "#early-life-p1",
            "August 1918 to April 1919",
            "August 1918 – April 1919",
            "1918-08-01 – 1919-04-30",
        ),
        (
            "#later-years-p1",
            "1920s",
            "1920s",
            "1920-01-01 – 1929-12-31",
        ),
    ];
    for (scope, marked, words, iso) in cases {
        let button = mark(&app, scope, marked);
        html_element(&button).focus().unwrap();
        settle().await;
        assert_eq!(app.text(".card .card-name"), words);
        assert_eq!(app.text(".card .card-kind"), "date");
        assert_eq!(app.text(".card .card-iso"), iso);
        html_element(&button).blur().unwrap();
        settle().await;
    }
    app.destroy();
}

#[wasm_bindgen_test]
async fn index_lists_biographies_and_links_navigate_in_place() {
    let app = mount("/").await;
    assert_eq!(app.text("main h1"), "Parallel Lives");
    assert_eq!(document().title(), "Parallel Lives");
    assert_eq!(app.count("li.biography"), 2);
    let link = app.one("li.biography a[href='/ivar-smilga']");
    assert_eq!(link.text_content().unwrap(), "Ivar Smilga");
    let first = link
        .closest("li.biography")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap_or_default();
    assert!(
        first.contains("2 December 1892 – 10 January 1938"),
        "{first}"
    );
    assert!(
        first.contains("Ivar Smilga was a Latvian Bolshevik."),
        "{first}"
    );

    html_element(&link).click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/ivar-smilga");
    assert_eq!(app.text("article h1"), "Ivar Smilga");
    assert_eq!(document().title(), "Ivar Smilga – Parallel Lives");

    html_element(&app.one("header a")).click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/");
    assert_eq!(app.count("li.biography"), 2);
    app.destroy();
}

#[wasm_bindgen_test]
async fn unknown_and_hostile_paths_show_the_not_found_page() {
    for path in [
        "/nobody",
        "/ivar-smilga/more",
        "/%E0%A4%A",
        "/%3Cscript%3Ealert(1)%3C/script%3E",
        "/Сми́лга",
    ] {
        let app = mount(path).await;
        assert_eq!(app.text("main h1"), "Page not found", "{path}");
        assert_eq!(document().title(), "Page not found – Parallel Lives");
        app.one("main a[href='/ivar-smilga']");
        app.one("main a[href='/ivan-smirnov']");
        app.one("main a[href='/']");
        app.destroy();
    }
}

#[wasm_bindgen_test]
async fn a_fragment_is_scrolled_into_view_after_rendering() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    let spacer = document().create_element("div").unwrap();
    spacer.set_attribute("style", "height: 5000px").unwrap();
    let app = mount("/ivar-smilga#later-years-p1").await;
    app.root.append_child(&spacer).unwrap();
    BrowserHistory::new().push("/ivar-smilga#references");
    settle().await;
    let top = app.one("#references").get_bounding_client_rect().top();
    assert!(
        top.abs() < 2.0,
        "#references is {top} px from the top (scrolled {:?}, page {})",
        window().scroll_y(),
        document().document_element().unwrap().scroll_height()
    );
    assert!(window().scroll_y().unwrap() > 0.0);
    app.destroy();
}

#[wasm_bindgen_test]
fn dates_in_words() {
    let day = |y, m, d| span(ymd(y, m, d), ymd(y, m, d), Precision::Day);
    assert_eq!(date_in_words(&day(1936, 8, 25)), "25 August 1936");
    let cases = [
        (
            span(ymd(1881, 1, 1), ymd(1881, 1, 31), Precision::Month),
            "January 1881",
        ),
        (
            span(ymd(1917, 6, 1), ymd(1917, 8, 31), Precision::Month),
            "June – August 1917",
        ),
        (
            span(ymd(1918, 8, 1), ymd(1919, 4, 30), Precision::Month),
            "August 1918 – April 1919",
        ),
        (
            span(ymd(1920, 1, 1), ymd(1923, 12, 31), Precision::Year),
            "1920–1923",
        ),
        (
            span(ymd(1905, 1, 1), ymd(1905, 12, 31), Precision::Year),
            "1905",
        ),
        (
            span(ymd(1920, 1, 1), ymd(1929, 12, 31), Precision::Decade),
            "1920s",
        ),
        (
            span(ymd(1917, 10, 25), ymd(1917, 10, 27), Precision::Day),
            "25–27 October 1917",
        ),
        (
            span(ymd(1917, 10, 25), ymd(1917, 11, 7), Precision::Day),
            "25 October – 7 November 1917",
        ),
        (
            span(ymd(1881, 1, 1), ymd(1936, 8, 25), Precision::Month),
            "January 1881 – 25 August 1936",
        ),
        (
            span(ymd(1930, 1, 1), ymd(1949, 12, 31), Precision::Decade),
            "1930s–1940s",
        ),
    ];
    for (span, words) in cases {
        assert_eq!(date_in_words(&span), words);
    }
    assert_eq!(iso_value(&day(1936, 8, 25)), "1936-08-25");
    assert_eq!(
        life_in_words(Some(&day(1881, 1, 1)), None).as_deref(),
        Some("from 1 January 1881")
    );
    assert_eq!(life_in_words(None, None), None);
}
