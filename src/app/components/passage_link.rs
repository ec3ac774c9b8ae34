//! One passage in a card: a short quotation that links to where it stands (`/<slug>#<anchor>`).
//!
//! Following it closes the card; within the same article the link only scrolls.
use yew::prelude::*;

use crate::components::{open_card, Link};
use crate::model::{Place, Snippet};
use crate::route::Route;

/// A passage as a card lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct PassageItem {
    pub place: &'static Place,
    /// A few words before the quotation: why it is listed, or where it is.
    pub note: Option<String>,
    pub quote: Snippet<'static>,
    /// Whether `quote.words` are the annotated words, to be highlighted.
    pub highlight: bool,
}

#[derive(Properties, PartialEq)]
pub struct PassageLinkProps {
    pub item: PassageItem,
}

#[function_component]
pub fn PassageLink(props: &PassageLinkProps) -> Html {
    let item = &props.item;
    let quote = &item.quote;
    // The link handled the click (an in-app navigation): the card has done its work.
    let onclick = Callback::from(|event: MouseEvent| {
        if event.default_prevented() {
            open_card::close_any();
        }
    });
    html! {
        <span class="card-passage" {onclick}>
            if let Some(note) = &item.note {
                <span class="card-passage-note">{ note.as_str() }</span>
            }
            <Link
                to={Route::Article(item.place.article)}
                fragment={AttrValue::from(item.place.holder.element_id().to_owned())}
                class="card-passage-link"
            >
                if quote.cut_before { { "…" } }
                { quote.before }
                if item.highlight {
                    <mark>{ quote.words }</mark>
                } else {
                    { quote.words }
                }
                { quote.after }
                if quote.cut_after { { "…" } }
            </Link>
        </span>
    }
}
