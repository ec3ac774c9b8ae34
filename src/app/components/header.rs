//! The banner on every page: the site's name, linking to the index, the link to the lives side by side, the theme toggle and the choice of how marks show.
use yew::prelude::*;

use crate::components::{Link, MarksChoice, ThemeToggle};
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
            <MarksChoice />
        </header>
    }
}
