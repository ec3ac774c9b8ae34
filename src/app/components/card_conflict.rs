//! The card of a conflict marker: every claim the text makes about one fact, with where each
//! is stated and a link to it.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{PassageItem, PassageList};
use crate::hooks::use_corpus;
use crate::model::{first_words, last_words, Snippet};

/// Characters of context quoted on either side of a claimed value.
const REACH: usize = 80;

#[derive(Properties, PartialEq)]
pub struct ConflictCardProps {
    /// An index into `Corpus::conflicts`.
    pub conflict: u32,
}

#[function_component]
pub fn ConflictCard(props: &ConflictCardProps) -> Html {
    let corpus = use_corpus();
    let Some(conflict) = corpus.conflicts.get(props.conflict as usize) else {
        return Html::default();
    };
    let items: Vec<PassageItem> = conflict
        .claims
        .iter()
        .map(|claim| {
            let text = claim.passage.text.as_str();
            let found = text
                .find(claim.value.as_str())
                .filter(|_| !claim.value.is_empty());
            let quote = match found {
                Some(at) => {
                    let (before, cut_before) = last_words(&text[..at], REACH);
                    let (after, cut_after) = first_words(&text[at + claim.value.len()..], REACH);
                    Snippet {
                        before,
                        words: &text[at..at + claim.value.len()],
                        after,
                        cut_before,
                        cut_after,
                    }
                }
                None => {
                    let (words, cut_after) = first_words(text, 2 * REACH);
                    Snippet {
                        before: "",
                        words,
                        after: "",
                        cut_before: false,
                        cut_after,
                    }
                }
            };
            PassageItem {
                place: &claim.passage.place,
                note: Some(format!(
                    "“{}”, {}",
                    claim.value,
                    corpus.place_label(&claim.passage.place)
                )),
                quote,
                highlight: found.is_some(),
            }
        })
        .collect();
    let count = items.len();
    html! {
        <>
            <span class="card-name">{ capitalized(&conflict.fact) }</span>
            <span class="card-kind">{ "conflicting claims" }</span>
            <span class="card-description">
                { format!("The text states this in {count} different ways.") }
            </span>
            <PassageList title="Where each claim is made" items={Rc::new(items)} />
        </>
    }
}

/// The text with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
