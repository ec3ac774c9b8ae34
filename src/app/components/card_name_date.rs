//! A date inside a name ("the 1905 Revolution"), in an entity's card: the date in words and
//! each biography's subject's age then, as a date's own card gives them.
use yew::prelude::*;

use crate::components::date_words::date_ref_in_words;
use crate::components::subjects_ages;
use crate::hooks::use_corpus;
use crate::model::DateId;

#[derive(Properties, PartialEq)]
pub struct NameDateProps {
    /// The `DateRef` of the date inside the mention's words (it has no mark of its own).
    pub date: DateId,
}

#[function_component]
pub fn NameDate(props: &NameDateProps) -> Html {
    let corpus = use_corpus();
    let Some(date) = corpus.dates.get(props.date as usize) else {
        return Html::default();
    };
    let ages = subjects_ages(corpus, &date.when);
    html! {
        <span class="card-section card-name-date">
            <span class="card-heading">{ "Date in the name" }</span>
            <span class="card-name-date-words">{ date_ref_in_words(date) }</span>
            if !ages.is_empty() {
                <span class="card-ages" role="list" aria-label="Ages at this date">
                    { for ages.into_iter().map(|line| html! {
                        <span role="listitem" class="card-age">{ line }</span>
                    }) }
                </span>
            }
        </span>
    }
}
