//! The banner on every page: the site's name, linking to the index, and the theme toggle.
use yew::prelude::*;

use crate::components::{Link, ThemeToggle};
use crate::route::{Route, SITE_NAME};

#[function_component]
pub fn Header() -> Html {
    html! {
        <header class="site-header">
            <Link to={Route::Home} class="site-name">{ SITE_NAME }</Link>
            <ThemeToggle />
        </header>
    }
}
