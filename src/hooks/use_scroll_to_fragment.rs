//! Scrolls the element a fragment names into view once the page has rendered.
//!
//! The content is rendered after the document has loaded, so the browser's own scroll to
//! `#fragment` finds nothing; the reader does it itself, and scrolls to the top of a new page.
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::route::{percent_decode, Route};

#[hook]
pub fn use_scroll_to_fragment(route: Route, fragment: AttrValue) {
    use_effect_with((route, fragment), |(_, fragment)| {
        let fragment = percent_decode(fragment).unwrap_or_default();
        // Deferred by a tick so that every child component has rendered its content.
        let timeout = Timeout::new(0, move || {
            if fragment.is_empty() {
                gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
            } else if let Some(element) = gloo::utils::document().get_element_by_id(&fragment) {
                element.scroll_into_view();
            }
        });
        move || drop(timeout)
    });
}
