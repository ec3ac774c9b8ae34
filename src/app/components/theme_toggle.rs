//! The header's theme switch: a toggle button, pressed when the dark theme is shown.
use yew::prelude::*;

use crate::components::icons::moon_icon;
use crate::hooks::{use_theme, Theme};

#[function_component]
pub fn ThemeToggle() -> Html {
    let (theme, toggle) = use_theme();
    let dark = theme == Theme::Dark;
    html! {
        <button
            type="button"
            class="theme-toggle"
            aria-pressed={dark.to_string()}
            onclick={toggle.reform(|_: MouseEvent| ())}
        >
            { moon_icon() }
            <span>{ "Dark theme" }</span>
        </button>
    }
}
