//! Keeps `document.title` in step with the page shown.
use yew::prelude::*;

#[hook]
pub fn use_document_title(title: String) {
    use_effect_with(title, |title| {
        gloo::utils::document().set_title(title);
    });
}
