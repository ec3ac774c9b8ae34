//! Small inline icons drawn with strokes only (no text, so they add nothing to a paragraph's words).
use yew::prelude::*;

/// Two chain links.
pub fn link_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" transform="rotate(-45 12 12)">
                <rect x="2.5" y="8.5" width="10" height="7" rx="3.5" />
                <rect x="11.5" y="8.5" width="10" height="7" rx="3.5" />
            </g>
        </svg>
    }
}

/// A check mark, shown once a link is copied.
pub fn check_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}

/// A crescent moon, for the theme toggle.
pub fn moon_icon() -> Html {
    html! {
        <svg class="icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5z" fill="currentColor" />
        </svg>
    }
}
