//! What the in-browser tests share: the app mounted on a corpus at an address, its elements, and waiting for it.
// Each test file uses part of this module.
#![allow(dead_code)]

use std::time::Duration;

use gloo::history::{BrowserHistory, History};
use gloo::utils::{document, window};
use parallel_lives::app::{App, AppProps};
use parallel_lives::hooks::CorpusHandle;
use parallel_lives::model::Corpus;
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

/// Shows the app at `path`, at the top of the page, in a fresh element, with `corpus`.
pub async fn mount(corpus: &'static Corpus, path: &str) -> Mounted {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    BrowserHistory::new().push(path);
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let props = AppProps {
        corpus: CorpusHandle(corpus),
        ..AppProps::default()
    };
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    sleep(50).await;
    Mounted { handle, root }
}

pub fn click(element: &Element) {
    element.dyn_ref::<HtmlElement>().unwrap().click();
}
