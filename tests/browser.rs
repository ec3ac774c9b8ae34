//! In-browser tests of the reader: pages, marks, hover cards and routing, on a hand-built sample corpus.
#![cfg(target_arch = "wasm32")]

use std::sync::OnceLock;

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
use support::{settle, sleep, Mounted};

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

fn mention(entity: EntityId, paragraph: &str, text: &str) -> Mention {
    Mention {
        entity,
        place: Place {
            article: 0,
            holder: Holder::Paragraph(paragraph.into()),
            span: Span::default(),
        },
        text: text.into(),
        when: None,
        date: None,
    }
}

fn date(paragraph: &str, text: &str, when: DateSpan, relative: bool) -> DateRef {
    DateRef {
        place: Place {
            article: 0,
            holder: Holder::Paragraph(paragraph.into()),
            span: Span::default(),
        },
        text: text.into(),
        when,
        is_range: when.first != when.last,
        relative,
        ends: None,
        onwards: false,
    }
}

/// A paragraph whose sentences end at each ". ".
fn paragraph(id: &str, block: Block, pieces: &[Piece]) -> Paragraph {
    let text = text(pieces);
    let mut sentences = Vec::new();
    let mut start = 0;
    for (stop, _) in text.text.match_indices(". ") {
        sentences.push(Span::new(start, stop + 1));
        start = stop + 2;
    }
    sentences.push(Span::new(start, text.text.trim_end().len()));
    Paragraph {
        id: id.into(),
        block,
        text,
        sentences,
        ..Paragraph::default()
    }
}

/// Gives every text of every article its own range of a made-up seed, and every mention and
/// date the place its mark has, as the compiler would.
fn place_everything(corpus: &mut Corpus) {
    for (article_id, article) in corpus.articles.iter_mut().enumerate() {
        let mut texts: Vec<(Holder, &mut Text)> = Vec::new();
        for (index, field) in article.infobox.iter_mut().enumerate() {
            texts.push((Holder::Infobox(index as u16), &mut field.value));
        }
        for section in &mut article.sections {
            for paragraph in &mut section.paragraphs {
                texts.push((Holder::Paragraph(paragraph.id.clone()), &mut paragraph.text));
            }
        }
        for reference in &mut article.references {
            texts.push((Holder::Reference(reference.id.clone()), &mut reference.text));
        }
        let mut offset = 0;
        for (holder, text) in texts {
            text.source = Span::new(offset, offset + text.text.len());
            for mark in &text.marks {
                let place = Place {
                    article: article_id as ArticleId,
                    holder: holder.clone(),
                    span: Span {
                        start: text.source.start + mark.span.start,
                        end: text.source.start + mark.span.end,
                    },
                };
                match mark.kind {
                    MarkKind::Mention(id) => corpus.mentions[id as usize].place = place,
                    MarkKind::Date(id) => corpus.dates[id as usize].place = place,
                    MarkKind::CitationNeeded => {}
                }
            }
            offset += text.text.len() + 2;
        }
    }
}

/// The `nth` sentence of a paragraph, as a passage.
fn sentence_passage(corpus: &Corpus, slug: &str, paragraph_id: &str, nth: usize) -> Passage {
    let (article, _) = corpus.article(slug).unwrap();
    let paragraph = corpus.paragraph(article, paragraph_id).unwrap();
    let sentence = paragraph.sentences[nth];
    let base = paragraph.text.source.start;
    Passage {
        place: Place {
            article,
            holder: Holder::Paragraph(paragraph_id.into()),
            span: Span {
                start: base + sentence.start,
                end: base + sentence.end,
            },
        },
        text: paragraph.text.text[sentence.start as usize..sentence.end as usize].into(),
    }
}

const M: fn(MentionId) -> MarkKind = MarkKind::Mention;
const D: fn(DateId) -> MarkKind = MarkKind::Date;

fn sample() -> &'static Corpus {
    static SAMPLE: OnceLock<Corpus> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let born = span(ymd(1892, 12, 2), ymd(1892, 12, 2), Precision::Day);
        let civil_war = span(ymd(1918, 8, 1), ymd(1919, 4, 30), Precision::Month);
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
            // 5, 6: names the compiler found (not in the glossary): a person whose kind is a
            // guess, spelt once with a doubled letter, and an event with a date in its name.
            Entity {
                found: true,
                kind_guessed: true,
                variants: vec!["Orllov".into()],
                ..entity("found:pavel-orlov", "Pavel Orlov", EntityKind::Person, "")
            },
            Entity {
                found: true,
                ..entity(
                    "found:1905-revolution",
                    "1905 Revolution",
                    EntityKind::Event,
                    "",
                )
            },
        ];
        let mentions = vec![
            mention(0, "lead-p1", "Ivar Smilga"),
            mention(1, "lead-p1", "Aloja"),
            mention(2, "early-life-p1", "RSDLP"),
            mention(3, "early-life-p2", "February Revolution"),
            mention(4, "ref-1", "Pravda"),
            mention(1, "infobox", "Aloja"),
            // 6: Smilga in the Civil War, set in its months.
            Mention {
                when: Some(civil_war),
                ..mention(0, "early-life-p1", "Smilga")
            },
            // 7: Smilga in the other biography.
            mention(0, "lead-p1", "Smilga"),
            // 8 to 12: Pravda, five times in the other biography.
            mention(4, "lead-p2", "Pravda"),
            mention(4, "lead-p2", "Pravda"),
            mention(4, "lead-p2", "Pravda"),
            mention(4, "lead-p2", "Pravda"),
            mention(4, "lead-p2", "Pravda"),
            // 13 to 16: the found names, in the other biography's third paragraph.
            mention(5, "lead-p3", "Pavel Orlov"),
            mention(5, "lead-p3", "Orllov"),
            Mention {
                date: Some(7),
                ..mention(6, "lead-p3", "1905 Revolution")
            },
            mention(5, "lead-p3", "Orlov"),
        ];
        let dates = vec![
            date("lead-p1", "2 December 1892", born, false),
            date(
                "early-life-p1",
                "August 1918 to April 1919",
                civil_war,
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
            // 5, 6: in the other biography, one near the Civil War and one long after.
            date(
                "lead-p1",
                "September 1918",
                span(ymd(1918, 9, 1), ymd(1918, 9, 30), Precision::Month),
                false,
            ),
            date(
                "lead-p1",
                "1936",
                span(ymd(1936, 1, 1), ymd(1936, 12, 31), Precision::Year),
                false,
            ),
            // 7: the year inside "1905 Revolution" (no mark: the mention is the mark).
            date(
                "lead-p3",
                "1905",
                span(ymd(1905, 1, 1), ymd(1905, 12, 31), Precision::Year),
                false,
            ),
        ];
        let smilga_article = Article {
            slug: "ivar-smilga".into(),
            title: "Ivar Smilga".into(),
            subject: Some(0),
            native_name: None,
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
                                Plain(". "),
                                Marked(M(6), "Smilga"),
                                Plain(" served from "),
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
            born: Some(span(ymd(1881, 1, 1), ymd(1881, 1, 31), Precision::Month)),
            sections: vec![Section {
                id: "lead".into(),
                title: String::new(),
                paragraphs: vec![
                    paragraph(
                        "lead-p1",
                        Block::Prose,
                        &[
                            Plain("Smirnov met "),
                            Marked(M(7), "Smilga"),
                            Plain(" in "),
                            Marked(D(5), "September 1918"),
                            Plain(". He died in "),
                            Marked(D(6), "1936"),
                            Plain("."),
                        ],
                    ),
                    paragraph(
                        "lead-p2",
                        Block::Prose,
                        &[
                            Plain("He read "),
                            Marked(M(8), "Pravda"),
                            Plain(". He wrote for "),
                            Marked(M(9), "Pravda"),
                            Plain(". "),
                            Marked(M(10), "Pravda"),
                            Plain(" printed it. "),
                            Marked(M(11), "Pravda"),
                            Plain(" was banned. "),
                            Marked(M(12), "Pravda"),
                            Plain(" came back."),
                        ],
                    ),
                    paragraph(
                        "lead-p3",
                        Block::Prose,
                        &[
                            Plain("He knew "),
                            Marked(M(13), "Pavel Orlov"),
                            Plain(" in Tomsk. "),
                            Marked(M(14), "Orllov"),
                            Plain(" fought in the "),
                            Marked(M(15), "1905 Revolution"),
                            Plain(". "),
                            Marked(M(16), "Orlov"),
                            Plain(" died young."),
                        ],
                    ),
                ],
            }],
            ..Article::default()
        };
        let mut corpus = Corpus {
            articles: vec![smilga_article, smirnov_article],
            entities,
            mentions,
            dates,
            ..Corpus::default()
        };
        place_everything(&mut corpus);
        // The date inside "1905 Revolution" stands where its first four bytes do.
        let revolution = corpus.mentions[15].place.clone();
        corpus.dates[7].place = Place {
            span: Span {
                start: revolution.span.start,
                end: revolution.span.start + 4,
            },
            ..revolution
        };
        // The Civil War sentence of each biography tells of the February Revolution (made up).
        corpus.cross_refs = vec![CrossRef {
            link: Link::SameEvent(3),
            from: sentence_passage(&corpus, "ivar-smilga", "early-life-p1", 1),
            to: sentence_passage(&corpus, "ivan-smirnov", "lead-p1", 0),
        }];
        // The infobox and the Civil War sentence disagree about the birth date (made up).
        let born_field = &corpus.articles[0].infobox[0].value;
        corpus.conflicts = vec![Conflict {
            fact: "birth date of Ivar Tenisovich Smilga".into(),
            claims: vec![
                Claim {
                    value: "2 December 1892".into(),
                    passage: Passage {
                        place: Place {
                            article: 0,
                            holder: Holder::Infobox(0),
                            span: born_field.source,
                        },
                        text: format!("Born: {}", born_field.text),
                    },
                },
                Claim {
                    value: "1893".into(),
                    passage: sentence_passage(&corpus, "ivar-smilga", "early-life-p1", 1),
                },
            ],
        }];
        // The markers where lives meet and where the text disagrees, as the compiler's last
        // pass places them.
        parallel_lives_compiler::markers::place_markers(&mut corpus);
        parallel_lives_compiler::index::build_indexes(&mut corpus);
        corpus
    })
}

// ---- helpers ----

/// Shows the app at `path` with the sample corpus.
async fn mount(path: &str) -> Mounted {
    support::mount(sample(), path).await
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
    app.one("section#early-life > .part-inside > blockquote#early-life-p2");
    app.none("p#early-life-p2");

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
    assert_eq!(app.count("#main button.mark"), 12);
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
    let button = app.one("button[data-mention='0']");
    assert_eq!(
        button.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    assert!(button.get_attribute("aria-controls").is_none());
    // Screen readers hear what the name means without opening the card.
    assert_eq!(
        button.get_attribute("aria-description").as_deref(),
        Some("Ivar Tenisovich Smilga, person")
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
    let button = app.one("button[data-mention='0']");
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
    let button = app.one("button[data-mention='2']");
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
    let button = app.one("button[data-mention='2']");
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
    let first = app.one("button[data-mention='0']");
    html_element(&first).focus().unwrap();
    settle().await;
    card_of(&first);
    let second = app.one("button[data-mention='2']");
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
    let button = app.one("#early-life-p1 button[data-mention='6']");
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
        ["/ivar-smilga#lead-p1", "/ivan-smirnov#lead-p1"]
    );
    assert_eq!(
        texts(&card, ".card-passages a"),
        [
            "Ivar Smilga was born on 2 December 1892 in Aloja.[citation needed] He…",
            "Smirnov met Smilga in September 1918.",
        ]
    );
    assert_eq!(
        texts(&card, ".card-passages a mark"),
        ["Ivar Smilga", "Smilga"]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // No age where the passage has no date; the card of the lead mention lists the other two.
    let lead = app.one("#lead-p1 button[data-mention='0']");
    html_element(&lead).focus().unwrap();
    settle().await;
    app.none(".card .card-age");
    assert_eq!(
        hrefs(&card_of(&lead), ".card-passages a"),
        ["/ivar-smilga#early-life-p1", "/ivan-smirnov#lead-p1"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_found_name_card_says_how_it_was_found_and_where_it_is_first_named() {
    let app = mount("/ivan-smirnov").await;
    // The misspelt mention, in the paragraph's second sentence.
    let button = app.one("#lead-p3 button.mark-person[data-mention='14']");
    assert_eq!(button.text_content().unwrap(), "Orllov");
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
        ["/ivan-smirnov#lead-p3"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-group-title"),
        ["In Ivan Smirnov (1 passage)"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a"),
        ["Orlov died young."]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // Read where he is first named: no "First named", both other sentences listed.
    let first = app.one("#lead-p3 button[data-mention='13']");
    html_element(&first).focus().unwrap();
    settle().await;
    let card = card_of(&first);
    app.none(".card .card-first-named");
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a mark"),
        ["Orllov", "Orlov"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_name_with_a_date_in_it_gives_the_date_and_each_subjects_age() {
    let app = mount("/ivan-smirnov").await;
    // One mark for the whole name: the date inside it has none.
    assert_eq!(app.count("#lead-p3 button.mark-date"), 0);
    let button = app.one("#lead-p3 button.mark-event[data-mention='15']");
    assert_eq!(button.text_content().unwrap(), "1905 Revolution");
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
    // Smilga, born 2 December 1892, and Smirnov, born in January 1881, some time in 1905.
    assert_eq!(
        texts(&card, ".card-name-date [role='listitem']"),
        ["Ivar Smilga was 12–13", "Ivan Smirnov was 23–24"]
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
    let button = app.one("#ref-1 button[data-mention='4']");
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
    let button = app.one("#early-life-p1 button[data-date='1']");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-precision"), "Stated to the month");
    assert_eq!(
        app.text(".card .card-range"),
        "Any day from 1 August 1918 to 30 April 1919"
    );
    // Smilga, born 2 December 1892, and Smirnov, born in January 1881.
    assert_eq!(
        texts(&card, ".card-age"),
        ["Ivar Smilga was 25–26", "Ivan Smirnov was 37–38"]
    );
    // September 1918 is within the months; 1936 is not.
    assert_eq!(texts(&card, ".card-group-title"), ["In Ivan Smirnov"]);
    assert_eq!(hrefs(&card, ".card-passages a"), ["/ivan-smirnov#lead-p1"]);
    assert_eq!(texts(&card, ".card-passages a mark"), ["September 1918"]);
    assert_eq!(texts(&card, ".card-passage-note"), ["September 1918"]);
    html_element(&button).blur().unwrap();
    settle().await;

    // A decade is too broad for "the same period"; a date before anyone's birth has no ages.
    let decade = app.one("button[data-date='2']");
    html_element(&decade).focus().unwrap();
    settle().await;
    app.none(".card .card-same-period");
    html_element(&decade).blur().unwrap();
    let birth = app.one("#lead-p1 button[data-date='0']");
    html_element(&birth).focus().unwrap();
    settle().await;
    assert_eq!(
        texts(&card_of(&birth), ".card-age"),
        ["Ivar Smilga was born", "Ivan Smirnov was 11"]
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
        "August 1918 to April 1919.⇄\u{a0}Ivan Smirnov≠"
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
    assert_eq!(texts(&card, ".card-passage-note"), ["February Revolution"]);
    assert_eq!(
        texts(&card, ".card-passages a"),
        ["Smirnov met Smilga in September 1918."]
    );
    assert_eq!(hrefs(&card, ".card-passages a"), ["/ivan-smirnov#lead-p1"]);

    // Following the link opens the other biography and closes the card.
    html_element(&app.one(".card-passages a")).click();
    settle().await;
    assert_eq!(window().location().pathname().unwrap(), "/ivan-smirnov");
    assert_eq!(window().location().hash().unwrap(), "#lead-p1");
    app.none(".card");
    // The other side has its marker too.
    app.one("#lead-p1 button.marker-cross-ref");
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
    assert_eq!(texts(&card, ".card-passages a mark"), ["2 December 1892"]);
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_card_is_placed_beside_its_annotation_inside_the_viewport() {
    // The reader's own stylesheet for cards, which the placement works with.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(include_str!("../styles/cards.css")));
    document().head().unwrap().append_child(&style).unwrap();
    let app = mount("/ivar-smilga").await;
    let button = app.one("#early-life-p1 button[data-mention='6']");
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
