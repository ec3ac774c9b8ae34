//! The current path and fragment, updated on every history change (link clicks, back, forward).
use std::cell::Cell;
use std::rc::Rc;

use gloo::history::{BrowserHistory, History};
use yew::prelude::*;

/// The parts of the address the reader acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentLocation {
    /// `location.pathname`, still percent-encoded.
    pub path: AttrValue,
    /// `location.hash` without the `#`, still percent-encoded; empty when there is none.
    pub fragment: AttrValue,
    /// `location.search` with its `?`, still percent-encoded; empty when there is none.
    pub query: AttrValue,
    /// Counts history changes, so that going to the same address again is a change too.
    pub revision: u32,
}

impl CurrentLocation {
    /// A location at `path`, with no fragment: the address a prerendered page is written for.
    pub fn at(path: &str) -> CurrentLocation {
        CurrentLocation {
            path: AttrValue::from(path.to_owned()),
            fragment: AttrValue::default(),
            query: AttrValue::default(),
            revision: 0,
        }
    }

    fn read(revision: u32) -> CurrentLocation {
        let location = BrowserHistory::new().location();
        CurrentLocation {
            path: AttrValue::from(location.path().to_owned()),
            fragment: AttrValue::from(location.hash().trim_start_matches('#').to_owned()),
            query: AttrValue::from(location.query_str().to_owned()),
            revision,
        }
    }
}

/// The window's location, kept up to date; or `given`, when the app is rendered outside a
/// browser (the prerenderer), where there is no window and no history to follow.
#[hook]
pub fn use_location(given: Option<CurrentLocation>) -> CurrentLocation {
    let current = use_state_eq(|| given.unwrap_or_else(|| CurrentLocation::read(0)));
    let revision = use_mut_ref(|| Rc::new(Cell::new(0u32)));
    {
        let current = current.clone();
        let revision = revision.borrow().clone();
        use_effect_with((), move |_| {
            let listener = BrowserHistory::new().listen(move || {
                revision.set(revision.get().wrapping_add(1));
                current.set(CurrentLocation::read(revision.get()));
            });
            move || drop(listener)
        });
    }
    (*current).clone()
}
