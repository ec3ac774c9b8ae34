//! Copies text to the clipboard: the async Clipboard API, or, where it is missing or refused,
//! the old way (select the text in a hidden field and `execCommand("copy")`).
use gloo::utils::{body, document, window};
use js_sys::Reflect;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// Copies `text`, then calls `done` with whether it worked.
pub fn copy(text: String, done: Callback<bool>) {
    let clipboard = Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .and_then(|value| value.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        done.emit(copy_by_selection(&text));
        return;
    };
    let promise = clipboard.write_text(&text);
    yew::platform::spawn_local(async move {
        let copied = JsFuture::from(promise).await.is_ok() || copy_by_selection(&text);
        done.emit(copied);
    });
}

fn copy_by_selection(text: &str) -> bool {
    let Some(field) = document()
        .create_element("textarea")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    field.set_value(text);
    let _ = field.set_attribute("readonly", "");
    let _ = field.set_attribute("aria-hidden", "true");
    // A class, not a style attribute: the Content Security Policy forbids inline styles.
    let _ = field.set_attribute("class", "clipboard-field");
    if body().append_child(&field).is_err() {
        return false;
    }
    field.select();
    let copied = document()
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|doc| doc.exec_command("copy").ok())
        .unwrap_or(false);
    field.remove();
    copied
}
