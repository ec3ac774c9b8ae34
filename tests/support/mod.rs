//! What the in-browser tests share: the sample corpus compiled from `tests/fixtures/sample/`, the app mounted on it at an address, its elements (a mark by its words, the card it opens, texts and links), and waiting for it.
// Each test file uses part of this module.
#![allow(dead_code)]

use std::sync::OnceLock;
use std::time::Duration;

use gloo::history::{BrowserHistory, History};
use gloo::utils::{document, window};
use parallel_lives::app::{App, AppProps};
use parallel_lives::hooks::CorpusHandle;
use parallel_lives::model::Corpus;
use parallel_lives_compiler::compile::{compile, SeedFile};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

/// The app rendered into an element of its own.
pub struct Mounted {
    handle: AppHandle<App>,
    pub root: Element,
}

impl Mounted {
    pub fn destroy(self) {
        self.handle.destroy();
        self.root.remove();
    }

    pub fn one(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element matches {selector}"))
    }

    pub fn none(&self, selector: &str) {
        assert!(
            self.root.query_selector(selector).unwrap().is_none(),
            "{selector} should not be there"
        );
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().dyn_into().unwrap())
            .collect()
    }

    pub fn count(&self, selector: &str) -> u32 {
        self.root.query_selector_all(selector).unwrap().length()
    }

    pub fn text(&self, selector: &str) -> String {
        self.one(selector).text_content().unwrap_or_default()
    }
}

/// Waits `ms` milliseconds, letting Yew render and timers fire meanwhile.
pub async fn sleep(ms: u64) {
    yew::platform::time::sleep(Duration::from_millis(ms)).await;
}

/// Waits for Yew to render what the last event changed.
pub async fn settle() {
    sleep(30).await;
}

/// The files of `tests/fixtures/sample/`, each by its name, as `SeedFile`s.
macro_rules! sample_files {
    ($($name:literal),* $(,)?) => {
        vec![$(SeedFile {
            name: $name.into(),
            bytes: include_bytes!(concat!("../fixtures/sample/", $name)).to_vec(),
        }),*]
    };
}

/// The sample corpus: two short made-up lives, compiled once by the compiler, as the build
/// compiles `seeds/`.
pub fn sample() -> &'static Corpus {
    static SAMPLE: OnceLock<Corpus> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let files = sample_files![
            "glossary.toml",
            "facts.toml",
            "ivar-smilga.txt",
            "ivar-smilga.toml",
            "ivan-smirnov.txt",
            "ivan-smirnov.toml",
        ];
        compile(files).unwrap_or_else(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the sample must compile:\n{}", lines.join("\n"))
        })
    })
}

/// Shows the app at `path`, at the top of the page, in a fresh element, with the sample corpus.
pub async fn mount(path: &str) -> Mounted {
    mount_with_room(path, 0).await
}

/// `mount`, with `room` pixels of empty page below the app, so that any part of a short page
/// can be scrolled to the top of the window.
pub async fn mount_with_room(path: &str, room: u32) -> Mounted {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    BrowserHistory::new().push(path);
    let root = document().create_element("div").unwrap();
    let host = document().create_element("div").unwrap();
    root.append_child(&host).unwrap();
    if room > 0 {
        let spacer = document().create_element("div").unwrap();
        spacer
            .set_attribute("style", &format!("height: {room}px"))
            .unwrap();
        root.append_child(&spacer).unwrap();
    }
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        corpus: CorpusHandle(sample()),
        ..AppProps::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(host, props).render();
    sleep(50).await;
    Mounted { handle, root }
}

pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}

/// The one mark inside `scope` (a selector) whose words are `words`.
pub fn mark(app: &Mounted, scope: &str, words: &str) -> Element {
    let found: Vec<Element> = app
        .all(&format!("{scope} button.mark"))
        .into_iter()
        .filter(|b| b.text_content().as_deref() == Some(words))
        .collect();
    assert_eq!(found.len(), 1, "marks “{words}” in {scope}");
    found.into_iter().next().unwrap()
}

/// `element` as an `HtmlElement`, to focus, blur or click it.
pub fn html_element(element: &Element) -> HtmlElement {
    element.clone().dyn_into().unwrap()
}

/// The card a trigger's `aria-controls` names; panics when the trigger is not expanded.
pub fn card_of(trigger: &Element) -> Element {
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
pub fn texts(root: &Element, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().text_content().unwrap_or_default())
        .collect()
}

/// `href`s of the links inside `root`.
pub fn hrefs(root: &Element, selector: &str) -> Vec<String> {
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
