//! Which titled section of an article the reader is in: the last whose top has passed a line a
//! quarter of the way down the window. Follows scrolling, at most once per animation frame.
use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use gloo::utils::{document, window};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::model::Article;

/// The reading line: this share of the window's height from its top, but at least `MIN_LINE_PX`.
const LINE_SHARE: f64 = 0.25;
const MIN_LINE_PX: f64 = 80.0;

/// The index in `article.sections` of the section being read; `None` above the first heading.
#[hook]
pub fn use_reading_position(article: &'static Article) -> Option<usize> {
    let current = use_state_eq(|| None);
    let address = std::ptr::from_ref(article) as usize;
    {
        let current = current.clone();
        use_effect_with(address, move |_| {
            let update = Rc::new(move || current.set(section_at_line(article)));
            let first = {
                let update = update.clone();
                Timeout::new(0, move || update())
            };
            let pending = Rc::new(Cell::new(false));
            let listen = |kind: &'static str| {
                let (update, pending) = (update.clone(), pending.clone());
                let options = EventListenerOptions::default();
                EventListener::new_with_options(&window(), kind, options, move |_| {
                    if pending.replace(true) {
                        return;
                    }
                    let (update, done) = (update.clone(), pending.clone());
                    let frame = Closure::once_into_js(move || {
                        done.set(false);
                        update();
                    });
                    if window()
                        .request_animation_frame(frame.unchecked_ref())
                        .is_err()
                    {
                        pending.set(false);
                    }
                })
            };
            let listeners = [listen("scroll"), listen("resize")];
            move || drop((first, listeners))
        });
    }
    *current
}

fn section_at_line(article: &Article) -> Option<usize> {
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    let line = (height * LINE_SHARE).max(MIN_LINE_PX);
    let mut current = None;
    for (index, section) in article.sections.iter().enumerate() {
        if section.title.is_empty() {
            continue;
        }
        let Some(element) = document().get_element_by_id(&section.id) else {
            continue;
        };
        if element.get_bounding_client_rect().top() <= line {
            current = Some(index);
        } else {
            break;
        }
    }
    current
}
