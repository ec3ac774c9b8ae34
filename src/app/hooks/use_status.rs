//! The status line: short confirmations ("Link copied") that show for a few seconds in a polite
//! live region, so screen readers announce them too.
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

const SHOWN_MS: u32 = 3_000;

/// Announces a message on the status line; provided by the app.
#[derive(Clone, PartialEq)]
pub struct StatusHandle(pub Callback<AttrValue>);

impl Default for StatusHandle {
    /// A status line that shows nothing: outside the app, and in a prerendered page.
    fn default() -> Self {
        StatusHandle(Callback::noop())
    }
}

/// The status line's state, for the app: the message shown and the handle to provide.
#[hook]
pub fn use_status_line() -> (AttrValue, StatusHandle) {
    let message = use_state_eq(AttrValue::default);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let announce = {
        let message = message.clone();
        use_callback((), move |text: AttrValue, _| {
            message.set(text);
            let message = message.clone();
            *timer.borrow_mut() = Some(Timeout::new(SHOWN_MS, move || {
                message.set(AttrValue::default());
            }));
        })
    };
    ((*message).clone(), StatusHandle(announce))
}

/// The callback announcing a message; does nothing where no app provides the status line.
#[hook]
pub fn use_status() -> Callback<AttrValue> {
    use_context::<StatusHandle>().map_or_else(Callback::noop, |handle| handle.0)
}
