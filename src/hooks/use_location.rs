//! The current path and fragment, updated on every history change (link clicks, back, forward).
use gloo::history::{BrowserHistory, History};
use yew::prelude::*;

/// The parts of the address the reader acts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentLocation {
    /// `location.pathname`, still percent-encoded.
    pub path: AttrValue,
    /// `location.hash` without the `#`, still percent-encoded; empty when there is none.
    pub fragment: AttrValue,
}

impl CurrentLocation {
    fn read() -> CurrentLocation {
        let location = BrowserHistory::new().location();
        CurrentLocation {
            path: AttrValue::from(location.path().to_owned()),
            fragment: AttrValue::from(location.hash().trim_start_matches('#').to_owned()),
        }
    }
}

#[hook]
pub fn use_location() -> CurrentLocation {
    let current = use_state_eq(CurrentLocation::read);
    {
        let current = current.clone();
        use_effect_with((), move |_| {
            let listener =
                BrowserHistory::new().listen(move || current.set(CurrentLocation::read()));
            move || drop(listener)
        });
    }
    (*current).clone()
}
