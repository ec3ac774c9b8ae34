//! The keyboard shortcuts: `?` opens a dialog that lists them all, `t` switches the theme; the reading keys themselves are the pages' (`use_reading_keys`, `use_row_keys`) and the annotations' (`annotation.rs`).
use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::hooks::keys::shortcut;
use crate::hooks::use_status;

/// The shortcuts, by where they work: (keys, what they do).
const SHORTCUTS: [(&str, &[(&str, &str)]); 4] = [
    (
        "Reading a biography",
        &[
            ("j / k", "next / previous paragraph"),
            ("] / [", "next / previous section"),
            ("n / p", "next / previous annotation"),
            ("c", "copy the link of the current paragraph"),
        ],
    ),
    (
        "On an annotation",
        &[
            ("Tab", "the next paragraph's annotations (one stop each)"),
            ("→ / ←", "next / previous annotation of the paragraph"),
            ("Enter or ↓", "into the open card; ↑ ↓ inside it"),
            ("Esc", "close the card, back to the annotation"),
        ],
    ),
    (
        "The lives side by side",
        &[("j / k", "next / previous row")],
    ),
    (
        "Everywhere",
        &[("t", "light or dark theme"), ("?", "this list")],
    ),
];

#[function_component]
pub fn ShortcutsHelp() -> Html {
    let dialog = use_node_ref();
    let announce = use_status();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&document(), "keydown", options, move |event| {
                    let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    match shortcut(event).as_deref() {
                        Some("?") => {
                            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                                if !dialog.open() {
                                    event.prevent_default();
                                    let _ = dialog.show_modal();
                                }
                            }
                        }
                        Some("t") => {
                            let toggle = document()
                                .query_selector(".theme-toggle")
                                .ok()
                                .flatten()
                                .and_then(|t| t.dyn_into::<HtmlElement>().ok());
                            if let Some(toggle) = toggle {
                                event.prevent_default();
                                toggle.click();
                                let dark =
                                    toggle.get_attribute("aria-pressed").as_deref() == Some("true");
                                announce.emit(AttrValue::from(if dark {
                                    "Dark theme"
                                } else {
                                    "Light theme"
                                }));
                            }
                        }
                        _ => {}
                    }
                });
            move || drop(listener)
        });
    }
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                dialog.close();
            }
        })
    };
    html! {
        <dialog class="shortcuts" ref={dialog} aria-labelledby="shortcuts-title">
            <div class="shortcuts-head">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <button type="button" class="shortcuts-close" onclick={close}>{ "Close" }</button>
            </div>
            { for SHORTCUTS.iter().map(|(place, keys)| html! {
                <section class="shortcuts-group">
                    <h3>{ *place }</h3>
                    <dl>
                        { for keys.iter().map(|(key, what)| html! {
                            <div class="shortcut">
                                <dt><kbd>{ *key }</kbd></dt>
                                <dd>{ *what }</dd>
                            </div>
                        }) }
                    </dl>
                </section>
            }) }
        </dialog>
    }
}
