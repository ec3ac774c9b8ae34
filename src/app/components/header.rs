//! The banner on every page: the site's name, linking to the index, the link to the lives side by side, and the theme toggle.
use yew::prelude::*;

use crate::components::{Link, ThemeToggle};
use crate::route::{Route, SITE_NAME};

#[function_component]
pub fn Header() -> Html {
    html! {
        <header class="site-header">
            <Link to={Route::Home} class="site-name">{ SITE_NAME }</Link>
            <nav class="site-nav" aria-label="Views">
                <Link to={Route::Timeline} class="site-nav-link">{ "Side by side" }</Link>
            </nav>
            <ThemeToggle />
        </header>
    }
}
