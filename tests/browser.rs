//! In-browser tests of the reader: pages, marks, hover cards and routing, on a hand-built sample corpus.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::OnceLock;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use chrono::NaiveDate;
use gloo::history::{BrowserHistory, History};
use gloo::timers::callback::Timeout;
use gloo::utils::{document, window};
use parallel_lives::app::{App, AppProps};
use parallel_lives::components::date_words::{date_in_words, iso_value, life_in_words};
use parallel_lives::corpus::model::*;
use parallel_lives::hooks::CorpusHandle;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent};
use yew::AppHandle;

wasm_bindgen_test_configure!(run_in_browser);

// ---- the sample corpus ----

/// One piece of a sample text: plain words, or words carrying a mark.
enum Piece {
    Plain(&'static str),
    Marked(MarkKind, &'static str),
}
use Piece::{Marked, Plain};

const CITATION: Piece = Marked(MarkKind::CitationNeeded, "[citation needed]");

fn text(pieces: &[Piece]) -> Text {
    let mut text = Text::default();
    for piece in pieces {
        match piece {
            Plain(words) => text.text.push_str(words),
            Marked(kind, words) => {
                let start = text.text.len();
                text.text.push_str(words);
                text.marks.push(Mark {
                    span: Span::new(start, text.text.len()),
                    kind: *kind,
                });
            }
        }
    }
    text
}

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

fn entity(key: &str, name: &str, kind: EntityKind, description: &str) -> Entity {
    Entity {
        key: key.into(),
        name: name.into(),
        kind,
        description: description.into(),
        ..Entity::default()
    }
}

fn mention(entity: EntityId, anchor: &str, text: &str) -> Mention {
    Mention {
        entity,
        place: Place {
            article: 0,
            anchor: anchor.into(),
            span: Span::default(),
        },
        text: text.into(),
        when: None,
    }
}

fn date(anchor: &str, text: &str, when: DateSpan, relative: bool) -> DateRef {
    DateRef {
        place: Place {
            article: 0,
            anchor: anchor.into(),
            span: Span::default(),
        },
        text: text.into(),
        when,
        is_range: when.first != when.last,
        relative,
    }
}

fn paragraph(id: &str, block: Block, pieces: &[Piece]) -> Paragraph {
    Paragraph {
        id: id.into(),
        block,
        text: text(pieces),
        ..Paragraph::default()
    }
}

const M: fn(MentionId) -> MarkKind = MarkKind::Mention;
const D: fn(DateId) -> MarkKind = MarkKind::Date;

fn sample() -> &'static Corpus {
    static SAMPLE: OnceLock<Corpus> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let born = span(ymd(1892, 12, 2), ymd(1892, 12, 2), Precision::Day);
        let died = span(ymd(1938, 1, 10), ymd(1938, 1, 10), Precision::Day);
        let mut smilga = entity(
            "ivar-smilga",
            "Ivar Tenisovich Smilga",
            EntityKind::Person,
            "Latvian Bolshevik, later an economist and a member of the Left Opposition.",
        );
        smilga.start = Some(born);
        smilga.end = Some(died);
        let entities = vec![
            smilga,
            entity(
                "aloja",
                "Aloja",
                EntityKind::Place,
                "A small town in Livonia.",
            ),
            entity(
                "rsdlp",
                "Russian Social Democratic Labour Party",
                EntityKind::Organisation,
                "The Marxist party the Bolsheviks came from.",
            ),
            entity(
                "february-revolution",
                "February Revolution",
                EntityKind::Event,
                "The rising of 1917 that ended the monarchy.",
            ),
            entity(
                "pravda",
                "Pravda",
                EntityKind::Work,
                "The Bolshevik daily newspaper.",
            ),
        ];
        let mentions = vec![
            mention(0, "lead-p1", "Ivar Smilga"),
            mention(1, "lead-p1", "Aloja"),
            mention(2, "early-life-p1", "RSDLP"),
            mention(3, "early-life-p2", "February Revolution"),
            mention(4, "ref-1", "Pravda"),
            mention(1, "infobox", "Aloja"),
        ];
        let dates = vec![
            date("lead-p1", "2 December 1892", born, false),
            date(
                "early-life-p1",
                "August 1918 to April 1919",
                span(ymd(1918, 8, 1), ymd(1919, 4, 30), Precision::Month),
                false,
            ),
            date(
                "later-years-p1",
                "1920s",
                span(ymd(1920, 1, 1), ymd(1929, 12, 31), Precision::Decade),
                false,
            ),
            date(
                "early-life-p2",
                "In May",
                span(ymd(1917, 5, 1), ymd(1917, 5, 31), Precision::Month),
                true,
            ),
            date("infobox", "2 December 1892", born, false),
        ];
        let smilga_article = Article {
            slug: "ivar-smilga".into(),
            title: "Ivar Smilga".into(),
            subject: Some(0),
            summary: "Ivar Smilga was a Latvian Bolshevik.".into(),
            born: Some(born),
            died: Some(died),
            infobox: vec![
                InfoboxField {
                    key: "Born".into(),
                    value: text(&[
                        Marked(D(4), "2 December 1892"),
                        Plain(", "),
                        Marked(M(5), "Aloja"),
                    ]),
                },
                InfoboxField {
                    key: "Party".into(),
                    value: text(&[Plain("Bolshevik")]),
                },
            ],
            sections: vec![
                Section {
                    id: "lead".into(),
                    title: String::new(),
                    paragraphs: vec![paragraph(
                        "lead-p1",
                        Block::Prose,
                        &[
                            Marked(M(0), "Ivar Smilga"),
                            Plain(" was born on "),
                            Marked(D(0), "2 December 1892"),
                            Plain(" in "),
                            Marked(M(1), "Aloja"),
                            Plain("."),
                            CITATION,
                            Plain(" He was a Bolshevik."),
                        ],
                    )],
                },
                Section {
                    id: "early-life".into(),
                    title: "Early life".into(),
                    paragraphs: vec![
                        paragraph(
                            "early-life-p1",
                            Block::Prose,
                            &[
                                Plain("He joined the "),
                                Marked(M(2), "RSDLP"),
                                Plain(" and served from "),
                                Marked(D(1), "August 1918 to April 1919"),
                                Plain("."),
                            ],
                        ),
                        paragraph(
                            "early-life-p2",
                            Block::Quotation,
                            &[
                                Marked(D(3), "In May"),
                                Plain(", after the "),
                                Marked(M(3), "February Revolution"),
                                Plain(", we were free."),
                            ],
                        ),
                    ],
                },
                Section {
                    id: "later-years".into(),
                    title: "Later years".into(),
                    paragraphs: vec![paragraph(
                        "later-years-p1",
                        Block::Prose,
                        &[
                            Plain("In the "),
                            Marked(D(2), "1920s"),
                            Plain(" he (Сми́лга) wrote <b>not bold</b> & more."),
                        ],
                    )],
                },
            ],
            references: vec![Reference {
                id: "ref-1".into(),
                text: text(&[Marked(M(4), "Pravda"), Plain(", 1917.")]),
            }],
        };
        let smirnov_article = Article {
            slug: "ivan-smirnov".into(),
            title: "Ivan Smirnov".into(),
            summary: "Ivan Smirnov was a Bolshevik organiser.".into(),
            sections: vec![Section {
                id: "lead".into(),
                title: String::new(),
                paragraphs: vec![paragraph(
                    "lead-p1",
                    Block::Prose,
                    &[Plain("A short life.")],
                )],
            }],
            ..Article::default()
        };
        Corpus {
            articles: vec![smilga_article, smirnov_article],
            entities,
            mentions,
            dates,
            ..Corpus::default()
        }
    })
}

// ---- helpers ----

struct Mounted {
    handle: AppHandle<App>,
    root: Element,
}

impl Mounted {
    fn destroy(self) {
        self.handle.destroy();
        self.root.remove();
    }

    fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    fn none(&self, selector: &str) {
        assert!(
            self.root.query_selector(selector).unwrap().is_none(),
            "{selector} should not be there"
        );
    }

    fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }
}

/// Resolves after `duration`, letting Yew render and timers fire meanwhile.
fn sleep(duration: Duration) -> impl Future<Output = ()> {
    struct Sleep {
        state: Rc<RefCell<(bool, Option<Waker>)>>,
        _timeout: Timeout,
    }
    impl Future for Sleep {
        type Output = ();
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
            let mut state = self.state.borrow_mut();
            if state.0 {
                Poll::Ready(())
            } else {
                state.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
    let state = Rc::new(RefCell::new((false, None::<Waker>)));
    let fired = state.clone();
    let timeout = Timeout::new(duration.as_millis() as u32, move || {
        let waker = {
            let mut fired = fired.borrow_mut();
            fired.0 = true;
            fired.1.take()
        };
        if let Some(waker) = waker {
            waker.wake();
        }
    });
    Sleep {
        state,
        _timeout: timeout,
    }
}

async fn settle() {
    sleep(Duration::from_millis(30)).await;
}

/// Shows the app at `path` in a fresh element, with the sample corpus.
async fn mount(path: &str) -> Mounted {
    BrowserHistory::new().push(path);
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        corpus: CorpusHandle(sample()),
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    settle().await;
    Mounted { handle, root }
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

fn mouse(element: &Element, kind: &str) {
    element
        .dispatch_event(&MouseEvent::new(kind).unwrap())
        .unwrap();
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
    assert_eq!(app.text("section#early-life > h2"), "Early life");
    assert_eq!(app.text("section#later-years > h2"), "Later years");
    app.one("section#lead > p#lead-p1");
    app.one("section#early-life > p#early-life-p1");
    app.one("section#early-life > blockquote#early-life-p2");
    app.none("p#early-life-p2");

    assert_eq!(app.count("nav.toc[aria-label='Contents'] a"), 2);
    app.one("nav.toc a[href='#early-life']");
    app.one("nav.toc a[href='#later-years']");

    assert_eq!(app.text("section#references > h2"), "References");
    assert!(app
        .text("section#references ol > li#ref-1")
        .starts_with("Pravda"));

    assert_eq!(app.count("aside.infobox#infobox table tr"), 2);
    assert_eq!(app.text("#infobox tr:first-child th"), "Born");
    assert_eq!(
        app.text("#infobox tr:first-child td"),
        "2 December 1892, Aloja"
    );
    assert_eq!(
        app.text("#infobox td button.mark-place[data-mention='5']"),
        "Aloja"
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn marks_are_buttons_with_the_annotated_words() {
    let app = mount("/ivar-smilga").await;
    let expected = [
        (
            "#lead-p1 button.mark.mark-person[data-mention='0']",
            "Ivar Smilga",
        ),
        (
            "#lead-p1 button.mark.mark-date[data-date='0']",
            "2 December 1892",
        ),
        ("#lead-p1 button.mark.mark-place[data-mention='1']", "Aloja"),
        (
            "#early-life-p1 button.mark.mark-organisation[data-mention='2']",
            "RSDLP",
        ),
        (
            "#early-life-p1 button.mark.mark-date[data-date='1']",
            "August 1918 to April 1919",
        ),
        (
            "#early-life-p2 button.mark.mark-event[data-mention='3']",
            "February Revolution",
        ),
        ("#ref-1 button.mark.mark-work[data-mention='4']", "Pravda"),
        (
            "#later-years-p1 button.mark.mark-date[data-date='2']",
            "1920s",
        ),
    ];
    for (selector, words) in expected {
        assert_eq!(app.text(selector), words, "{selector}");
        assert_eq!(
            app.one(selector).get_attribute("type").as_deref(),
            Some("button")
        );
    }
    assert_eq!(app.count("#main button.mark"), 11);
    assert_eq!(
        app.text("#lead-p1"),
        "Ivar Smilga was born on 2 December 1892 in Aloja.citation needed He was a Bolshevik."
    );
    // Punctuation touching a mark stays on its line.
    let glued = app
        .one("#lead-p1 button[data-mention='1']")
        .parent_element()
        .unwrap();
    let glue = glued.parent_element().unwrap();
    assert_eq!(glue.get_attribute("class").as_deref(), Some("mark-glue"));
    assert_eq!(glue.text_content().unwrap(), "Aloja.");
    app.destroy();
}

#[wasm_bindgen_test]
async fn citation_needed_is_a_marker_not_bracketed_text() {
    let app = mount("/ivar-smilga").await;
    let marker = app.one("#lead-p1 sup.citation-needed");
    let explanation = marker.get_attribute("title").unwrap_or_default();
    assert!(
        explanation.to_lowercase().contains("citation"),
        "{explanation}"
    );
    assert!(marker.get_attribute("aria-label").is_some());
    assert!(!app
        .root
        .text_content()
        .unwrap()
        .contains("[citation needed]"));
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
async fn focus_shows_the_entity_card_and_escape_closes_it() {
    let app = mount("/ivar-smilga").await;
    let button = app.one("button[data-mention='0']");
    assert!(button.get_attribute("aria-describedby").is_none());
    app.none(".card");

    html_element(&button).focus().unwrap();
    settle().await;
    let card_id = button
        .get_attribute("aria-describedby")
        .expect("describedby");
    let card = document().get_element_by_id(&card_id).expect("the card");
    assert_eq!(card.get_attribute("role").as_deref(), Some("tooltip"));
    assert_eq!(card.get_attribute("class").as_deref(), Some("card"));
    assert!(card_id.starts_with("card-"));
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
    assert!(button.get_attribute("aria-describedby").is_none());
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
async fn hover_shows_the_card_after_a_delay_and_leaving_closes_it() {
    let app = mount("/ivar-smilga").await;
    let button = app.one("button[data-mention='2']");
    let wrap = button.parent_element().unwrap();
    mouse(&wrap, "mouseenter");
    sleep(Duration::from_millis(60)).await;
    app.none(".card");
    sleep(Duration::from_millis(250)).await;
    assert_eq!(
        app.text(".card .card-name"),
        "Russian Social Democratic Labour Party"
    );
    assert_eq!(app.text(".card .card-kind"), "organisation");
    mouse(&wrap, "mouseleave");
    settle().await;
    app.none(".card");

    // Leaving before the delay is over cancels the card.
    mouse(&wrap, "mouseenter");
    sleep(Duration::from_millis(50)).await;
    mouse(&wrap, "mouseleave");
    sleep(Duration::from_millis(300)).await;
    app.none(".card");
    app.destroy();
}

#[wasm_bindgen_test]
async fn date_cards_give_the_date_in_words_and_its_iso_value() {
    let app = mount("/ivar-smilga").await;
    let cases = [
        ("0", "2 December 1892", "1892-12-02"),
        ("1", "August 1918 – April 1919", "1918-08-01 – 1919-04-30"),
        ("2", "1920s", "1920-01-01 – 1929-12-31"),
    ];
    for (id, words, iso) in cases {
        let button = app.one(&format!("#main button.mark-date[data-date='{id}']"));
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
    let first = app.text("li.biography:first-child");
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
    assert!(top.abs() < 2.0, "#references is {top} px from the top");
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
