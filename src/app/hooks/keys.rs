//! The reader's keyboard shortcuts share one rule: a plain key (no Ctrl, Alt or Meta), not typed into a field, not already handled.
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};

/// The key of a shortcut, if `event` can be one.
pub fn shortcut(event: &KeyboardEvent) -> Option<String> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.default_prevented() {
        return None;
    }
    (!typing(event)).then(|| event.key())
}

/// Whether the key goes into a field.
fn typing(event: &KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
        .is_some_and(|el| {
            el.is_content_editable()
                || matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        })
}
