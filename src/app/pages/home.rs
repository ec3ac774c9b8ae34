//! The index: the site's name and every biography it holds.
use yew::prelude::*;

use crate::components::BiographyList;
use crate::route::SITE_NAME;

#[function_component]
pub fn HomePage() -> Html {
    html! {
        <>
            <h1>{ SITE_NAME }</h1>
            <p class="intro">
                { "Biographies to read side by side, with every person, place, organisation, \
                   event and date explained where it stands." }
            </p>
            <BiographyList />
        </>
    }
}
