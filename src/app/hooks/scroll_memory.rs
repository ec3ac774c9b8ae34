//! Remembers how far the reader had scrolled each history entry, so that Back and Forward return
//! to the same place even though the page is rendered again after the address changes.
//!
//! The browser's own restoration is turned off (it would act before the content exists). An
//! entry is known by the id `gloo` stores in `history.state`, or by its address when it has none
//! (the entry the page was opened at, or a plain `#fragment` link the browser followed itself).
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::window;
use js_sys::Reflect;

thread_local! {
    // Global because history is: every page and every Back or Forward shares these, and the
    // `popstate` listener that fills them is the window's, not a component's.
    static POSITIONS: RefCell<HashMap<String, f64>> = RefCell::new(HashMap::new());
    /// Set by `popstate` (Back, Forward): the saved position of the entry arrived at, if any.
    static TRAVERSAL: Cell<Option<Option<f64>>> = const { Cell::new(None) };
}

/// The key of the current history entry.
fn entry_key() -> String {
    let state = window().history().ok().and_then(|h| h.state().ok());
    if let Some(state) = state.filter(|s| s.is_object()) {
        if let Some(id) = Reflect::get(&state, &"id".into())
            .ok()
            .and_then(|id| id.as_f64())
        {
            return format!("entry {id}");
        }
    }
    window().location().href().unwrap_or_default()
}

/// Starts remembering; dropping the listeners stops it.
pub fn remember() -> [EventListener; 2] {
    if let Ok(history) = window().history() {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
    let passive = EventListenerOptions::default();
    let on_scroll = EventListener::new_with_options(&window(), "scroll", passive, |_| {
        let y = window().scroll_y().unwrap_or_default();
        POSITIONS.with(|positions| positions.borrow_mut().insert(entry_key(), y));
    });
    // Read at once: by the time the page has rendered, scrolling may have saved a new position.
    let on_pop = EventListener::new(&window(), "popstate", |_| {
        let saved = POSITIONS.with(|positions| positions.borrow().get(&entry_key()).copied());
        TRAVERSAL.with(|traversal| traversal.set(Some(saved)));
    });
    [on_scroll, on_pop]
}

/// After Back or Forward: `Some` with the position saved for the entry (`None` inside when there
/// is none). `None` after any other change of address. Each traversal is taken once.
pub fn take_traversal() -> Option<Option<f64>> {
    TRAVERSAL.with(Cell::take)
}
