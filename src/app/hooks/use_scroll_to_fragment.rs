//! Shows what the address's fragment names once the page has rendered: an element, scrolled to
//! and briefly highlighted, or a passage of words, highlighted and scrolled to; after Back and
//! Forward, the place the reader had scrolled to instead.
//!
//! The content is rendered after the document has loaded, so the browser's own scroll to
//! `#fragment` finds nothing; the reader does it itself, and scrolls to the top of a new page.
use std::cell::Cell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::hooks::passage_dom::{clear_highlight, highlight, ParagraphText, PASSAGE_HOLDERS};
use crate::hooks::{scroll_memory, CurrentLocation};
use crate::route::fragment::Fragment;
use crate::route::Route;
use crate::state::adoption;

/// The class of the element a link pointed at (styled with a brief flash, then a quiet mark).
pub const TARGET_CLASS: &str = "is-target";

/// While the page is still rendering, how often and how many times to try again.
const RETRY_MS: u32 = 50;
const RETRIES: u32 = 20;

#[hook]
pub fn use_scroll_to_fragment(route: Route, location: CurrentLocation) {
    use_effect_with((), |_| {
        let listeners = scroll_memory::remember();
        move || drop(listeners)
    });
    // Whether the next address shown is the one the page was opened at.
    let opened = use_mut_ref(|| true);
    use_effect_with((route, location), move |(_, location)| {
        let fragment = Fragment::parse(&location.fragment);
        let opened = std::mem::replace(&mut *opened.borrow_mut(), false);
        let cancelled = Rc::new(Cell::new(false));
        // Deferred by a tick so that every child component has rendered its content.
        let timeout = {
            let cancelled = cancelled.clone();
            Timeout::new(0, move || {
                let request = Rc::new(Request {
                    fragment,
                    traversal: scroll_memory::take_traversal(),
                    opened,
                });
                attempt(request, RETRIES, cancelled)
            })
        };
        move || {
            cancelled.set(true);
            drop(timeout);
        }
    });
}

/// What to show once the page has rendered.
struct Request {
    fragment: Fragment,
    /// After Back or Forward: the saved position of the entry (`None` inside when there is none).
    traversal: Option<Option<f64>>,
    /// Whether this is the address the page was opened at. A prerendered page is then already
    /// where the browser put it (its top, or the element its fragment names), and a reader who
    /// scrolled it before the app went live is not moved back.
    opened: bool,
}

/// Shows the request's fragment, trying again a little later while what it names is not there yet.
fn attempt(request: Rc<Request>, left: u32, cancelled: Rc<Cell<bool>>) {
    if cancelled.get() {
        return;
    }
    // A prerendered page's parts are adopted one by one; their text is final once all are.
    if !adoption::all_adopted() {
        Timeout::new(RETRY_MS, move || attempt(request, left, cancelled)).forget();
        return;
    }
    if show(&request, left == 0) || left == 0 {
        return;
    }
    Timeout::new(RETRY_MS, move || attempt(request, left - 1, cancelled)).forget();
}

/// Shows what `request` asks for. Returns whether it is done; when it is not (the page has not
/// rendered far enough), does nothing unless this is the `last` try, which falls back to the
/// element or the top.
fn show(request: &Request, last: bool) -> bool {
    let fragment = &request.fragment;
    let target = find(fragment);
    if let Some(Some(y)) = request.traversal {
        window().scroll_to_with_x_and_y(0.0, y);
        let reached = (window().scroll_y().unwrap_or_default() - y).abs() <= 1.0;
        if reached || last {
            mark_target(target.as_ref().map(|(element, _)| element));
        }
        return reached;
    }
    // Rendered text does not change, so a paragraph that is there but lacks the words is done.
    let found = match fragment {
        Fragment::Top => true,
        Fragment::Passage { element: None, .. } => {
            target.is_some()
                || document()
                    .query_selector(PASSAGE_HOLDERS)
                    .ok()
                    .flatten()
                    .is_some()
        }
        _ => target.is_some(),
    };
    if !found && !last {
        return false;
    }
    mark_target(target.as_ref().map(|(element, _)| element));
    match &target {
        Some((_, Some(range))) => {
            let top = range.get_bounding_client_rect().top();
            let height = window()
                .inner_height()
                .ok()
                .and_then(|h| h.as_f64())
                .unwrap_or_default();
            let y = window().scroll_y().unwrap_or_default() + top - height * 0.3;
            window().scroll_to_with_x_and_y(0.0, y.max(0.0));
        }
        Some((element, None)) if !(request.opened && in_view(element)) => {
            element.scroll_into_view();
        }
        None if !request.opened => window().scroll_to_with_x_and_y(0.0, 0.0),
        _ => {}
    }
    true
}

/// Whether some of `element` is inside the window.
fn in_view(element: &Element) -> bool {
    let rect = element.get_bounding_client_rect();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    rect.bottom() > 0.0 && rect.top() < height
}

/// The element the fragment names and, for a passage that is found, the highlighted range.
fn find(fragment: &Fragment) -> Option<(Element, Option<web_sys::Range>)> {
    clear_highlight();
    let by_id = fragment
        .element()
        .and_then(|id| document().get_element_by_id(id));
    let Fragment::Passage { quote, .. } = fragment else {
        return by_id.map(|element| (element, None));
    };
    let candidates: Vec<Element> = match &by_id {
        Some(element) => vec![element.clone()],
        None if fragment.element().is_none() => document()
            .query_selector_all(PASSAGE_HOLDERS)
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i)?.dyn_into().ok())
                    .collect()
            })
            .unwrap_or_default(),
        None => Vec::new(),
    };
    for element in candidates {
        let text = ParagraphText::of(&element);
        if let Some(range) = quote.locate(&text.text).and_then(|b| text.dom_range(b)) {
            highlight(&range);
            return Some((element, Some(range)));
        }
    }
    by_id.map(|element| (element, None))
}

/// Moves the target class to `element`, restarting its flash.
fn mark_target(element: Option<&Element>) {
    if let Ok(marked) = document().query_selector_all(&format!(".{TARGET_CLASS}")) {
        for i in 0..marked.length() {
            if let Some(old) = marked.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                let _ = old.class_list().remove_1(TARGET_CLASS);
            }
        }
    }
    if let Some(element) = element {
        if let Some(html) = element.dyn_ref::<web_sys::HtmlElement>() {
            // Reading the layout between removal and addition restarts the animation.
            let _ = html.offset_width();
        }
        let _ = element.class_list().add_1(TARGET_CLASS);
    }
}
