//! The colour theme: the system's (light or dark) until the reader picks one with the toggle;
//! the pick is remembered in `localStorage` and shown as `<html data-theme>`, which
//! `src/app/theme.js` sets before the page first paints and the toggle sets from then on.
use gloo::events::EventListener;
use gloo::utils::{document_element, window};
use yew::prelude::*;

/// The `localStorage` key of the reader's pick (also read by `src/app/theme.js`, before the app runs).
pub const THEME_KEY: &str = "parallel-lives-theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_name(name: &str) -> Option<Theme> {
        match name {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The theme the reader picked earlier, if any.
fn stored() -> Option<Theme> {
    let name = storage()?.get_item(THEME_KEY).ok().flatten()?;
    Theme::from_name(&name)
}

fn system() -> Theme {
    let dark = window()
        .match_media(DARK_QUERY)
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

/// Shows `theme` from now on: `<html data-theme>`, which the stylesheet follows.
fn apply(theme: Theme) {
    let _ = document_element().set_attribute("data-theme", theme.name());
}

/// The theme shown, and a callback that switches to the other one and remembers it.
///
/// The first render shows the light theme's toggle, as a prerendered page (which has no reader
/// and no system to ask) does; the reader's pick and the system's theme are read just after it,
/// before anything paints.
#[hook]
pub fn use_theme() -> (Theme, Callback<()>) {
    let picked = use_state_eq(|| None);
    let system_theme = use_state_eq(|| Theme::Light);
    {
        let picked = picked.clone();
        let system_theme = system_theme.clone();
        use_effect_with((), move |_| {
            // src/app/theme.js has shown the pick already; this holds if that script did not run.
            let pick = stored();
            if let Some(theme) = pick {
                apply(theme);
            }
            picked.set(pick);
            system_theme.set(system());
            let query = window().match_media(DARK_QUERY).ok().flatten();
            let listener = query.map(|query| {
                EventListener::new(&query, "change", move |_| system_theme.set(system()))
            });
            move || drop(listener)
        });
    }
    let shown = picked.unwrap_or(*system_theme);
    let toggle = Callback::from(move |()| {
        let next = shown.other();
        if let Some(storage) = storage() {
            let _ = storage.set_item(THEME_KEY, next.name());
        }
        apply(next);
        picked.set(Some(next));
    });
    (shown, toggle)
}
