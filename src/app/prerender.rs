//! Renders the reader's pages to HTML outside a browser, for the prerendered copies of the site.
//!
//! Each page is Yew's server rendering of the browser's own `App` at that address, so the
//! browser can adopt the nodes instead of rendering new ones (`src/app/main.rs`). Nothing a reader
//! does is in it: no fragment, no open card, no theme picked (`use_theme` reads that after the
//! first render).
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::Serialize;
use yew::LocalServerRenderer;

use crate::app::{App, AppProps};
use crate::components::island::{Island, IslandProps, Part, PartRendering};
use crate::hooks::{CorpusHandle, CurrentLocation, PassageSelection, StatusHandle};
use crate::model::Corpus;
use crate::route::Route;

/// One prerendered page.
#[derive(Clone, Debug, Serialize)]
pub struct PrerenderedPage {
    /// The page's path, as a link to it reads: `/`, `/ivar-smilga`.
    pub route: String,
    /// Its document title.
    pub title: String,
    /// What the app renders into its root element there, with Yew's hydration markers.
    pub html: String,
}

/// The home page, the timeline and every article of `corpus`, in that order.
pub fn render_site(corpus: &'static Corpus) -> Result<Vec<PrerenderedPage>, String> {
    let articles = (0..corpus.articles.len()).filter_map(|index| index.try_into().ok());
    [Route::Home, Route::Timeline]
        .into_iter()
        .chain(articles.map(Route::Article))
        .map(|route| {
            let path = route.to_path(corpus);
            Ok(PrerenderedPage {
                title: route.document_title(corpus),
                html: render_page(corpus, &path)?,
                route: path,
            })
        })
        .collect()
}

/// What the app renders at `path` (a URL path) for `corpus`.
///
/// Each page renders on a thread of its own, so that it starts from the same state as a page
/// the browser opens: ids the app numbers as it renders (cards, markers) count from zero. An
/// article's parts are rendered first, each as the island the browser adopts it with
/// (`island.rs`), and the page encloses them.
pub fn render_page(corpus: &'static Corpus, path: &str) -> Result<String, String> {
    let path_owned = path.to_owned();
    let rendering = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|err| format!("no runtime to render in: {err}"))?;
        let local = tokio::task::LocalSet::new();
        Ok(local.block_on(&runtime, render(corpus, path_owned)))
    });
    rendering
        .join()
        .map_err(|_| format!("the app panicked while rendering {path}"))?
}

async fn render(corpus: &'static Corpus, path: String) -> String {
    let mut islands = BTreeMap::new();
    let parts: Vec<Part> = match Route::recognize(corpus, &path) {
        Route::Article(id) => corpus
            .articles
            .get(usize::from(id))
            .into_iter()
            .flat_map(Part::all)
            .collect(),
        Route::Timeline => Part::timeline(corpus).collect(),
        Route::Home | Route::NotFound => Vec::new(),
    };
    {
        for part in parts {
            let props = IslandProps {
                part,
                corpus: CorpusHandle(corpus),
                // What a reader does is never in a prerendered page.
                status: StatusHandle::default(),
                selection: PassageSelection::default(),
            };
            let html = LocalServerRenderer::<Island>::with_props(props)
                .render()
                .await;
            islands.insert(part.key(), html);
        }
    }
    let props = AppProps {
        corpus: CorpusHandle(corpus),
        location: Some(CurrentLocation::at(&path)),
        parts: PartRendering::Prerendered(Rc::new(islands)),
    };
    LocalServerRenderer::<App>::with_props(props).render().await
}
