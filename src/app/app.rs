//! The reader app: provides the corpus, follows the address, and shows the page it names, with
//! the status line and the passage-selection offer shared by every page.
use yew::prelude::*;

use crate::components::island::PartRendering;
use crate::components::{Header, ShortcutsHelp, StatusLine};
use crate::hooks::{
    use_document_title, use_location, use_passage_selection_provider, use_scroll_to_fragment,
    use_status_line, CorpusHandle, CurrentLocation, PassageSelection, StatusHandle,
};
use crate::pages::{ArticlePage, HomePage, NotFoundPage, TimelinePage};
use crate::route::Route;

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The corpus to read; the one compiled from `seeds/` unless a test provides another.
    #[prop_or_default]
    pub corpus: CorpusHandle,
    /// The address to show when there is no browser to ask (the prerenderer); in a browser,
    /// `None`, and the app follows the window's location.
    #[prop_or_default]
    pub location: Option<CurrentLocation>,
    /// How the parts of an article render on the first page (`island.rs`); pages after it
    /// are rendered inline.
    #[prop_or_default]
    pub parts: PartRendering,
}

#[function_component]
pub fn App(props: &AppProps) -> Html {
    let location = use_location(props.location.clone());
    let route = Route::recognize(props.corpus.0, &location.path);
    use_document_title(route.document_title(props.corpus.0));
    use_scroll_to_fragment(route, location.clone());
    let (message, status) = use_status_line();
    let selection = use_passage_selection_provider();
    let parts = use_state_eq(|| props.parts.clone());
    {
        let parts = parts.clone();
        use_effect_with((), move |_| parts.set(PartRendering::Inline));
    }
    html! {
        <ContextProvider<CorpusHandle> context={props.corpus}>
        <ContextProvider<StatusHandle> context={status}>
        <ContextProvider<PassageSelection> context={selection}>
        <ContextProvider<PartRendering> context={(*parts).clone()}>
            <a class="skip-link" href="#main">{ "Skip to content" }</a>
            <Header />
            <main id="main">{ switch(route, &location.query) }</main>
            <StatusLine {message} />
            <ShortcutsHelp />
        </ContextProvider<PartRendering>>
        </ContextProvider<PassageSelection>>
        </ContextProvider<StatusHandle>>
        </ContextProvider<CorpusHandle>>
    }
}

fn switch(route: Route, query: &AttrValue) -> Html {
    match route {
        Route::Home => html! { <HomePage /> },
        Route::Article(article) => html! { <ArticlePage {article} /> },
        Route::Timeline => html! { <TimelinePage query={query.clone()} /> },
        Route::NotFound => html! { <NotFoundPage /> },
    }
}
