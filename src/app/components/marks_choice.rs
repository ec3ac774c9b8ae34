//! The header's choice of how annotation marks show: a labelled group of three toggle buttons
//! (all, quiet, meetings), the one pressed being the marks shown.
use yew::prelude::*;

use crate::hooks::{use_marks, Marks};

/// What each choice is called on its button, and what it does, said as the button's description.
fn words(marks: Marks) -> (&'static str, &'static str) {
    match marks {
        Marks::All => (
            "All",
            "Every name, place, organisation, event and date tinted by its kind",
        ),
        Marks::Quiet => (
            "Quiet",
            "Names and dates underlined in the text's colour; their kind shown on hover or focus",
        ),
        Marks::Meetings => (
            "Meetings",
            "Only where the lives meet and where the text disagrees; names and dates as plain text, their cards still there on hover or focus",
        ),
    }
}

#[function_component]
pub fn MarksChoice() -> Html {
    let (shown, choose) = use_marks();
    html! {
        <fieldset class="marks-choice">
            <legend class="marks-choice-label">{ "Marks" }</legend>
            { for Marks::ALL.into_iter().map(|marks| {
                let (name, description) = words(marks);
                html! {
                    <button
                        type="button"
                        class="marks-option"
                        data-marks={marks.name()}
                        title={description}
                        aria-pressed={(marks == shown).to_string()}
                        onclick={choose.reform(move |_: MouseEvent| marks)}
                    >
                        { name }
                    </button>
                }
            }) }
        </fieldset>
    }
}
