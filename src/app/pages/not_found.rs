//! The page for any path that names no page: where to go instead.
use yew::prelude::*;

use crate::components::{BiographyList, Link};
use crate::route::Route;

#[function_component]
pub fn NotFoundPage() -> Html {
    html! {
        <>
            <h1>{ "Page not found" }</h1>
            <p>{ "There is no page at this address. These are the biographies there are:" }</p>
            <BiographyList />
            <p><Link to={Route::Home}>{ "Go to the index" }</Link></p>
        </>
    }
}
