//! The pages as rendered and routed: an article's title, sections, marks and references, its text kept as text, the home page, the not-found page, and scrolling to a fragment.

use gloo::history::{BrowserHistory, History};
use gloo::utils::{document, window};
use wasm_bindgen_test::*;

use crate::support::{html_element, mark, mount, settle};

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
async fn seed_text_is_rendered_as_text_never_as_html() {
    let app = mount("/ivar-smilga").await;
    app.none("#later-years-p1 b");
    assert!(app
        .text("#later-years-p1")
        .ends_with("he (Сми́лга) wrote <b>not bold</b> & more."));
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
