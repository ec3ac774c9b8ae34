//! The browser app's entry point: adopts the page's prerendered copy, or renders the reader anew.

/// Starts the reader.
///
/// A page written by `build/prerender.mjs` already holds, in `#app`, what the app renders there
/// (Yew's server rendering, `src/app/prerender.rs`), so that the text paints before the wasm has
/// loaded. The app then adopts those nodes (hydration): it attaches its listeners and state
/// without replacing a node, so nothing repaints and the scroll position does not move. A page
/// without a copy (`app.html`, served for unknown addresses), or with a copy of another page,
/// is rendered anew.
/// `data-live` on `#app` then says the page answers to the reader.
fn main() {
    // Decoding the corpus is the first half of the start; the page gets a turn before the second.
    let corpus = parallel_lives::embedded_corpus();
    gloo::timers::callback::Timeout::new(0, move || start(corpus)).forget();
}

fn start(corpus: &'static parallel_lives::model::Corpus) {
    use parallel_lives::app::{App, AppProps};
    use parallel_lives::components::island::{Part, PartRendering};
    use parallel_lives::route::Route;
    use parallel_lives::state::adoption;

    let document = gloo::utils::document();
    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    let route = Route::recognize(corpus, &path);
    let here = route.to_path(corpus);
    let root = match document.get_element_by_id(APP_ID) {
        // Only the copy of this very page can be adopted: a host may serve a page for another
        // address (the home page for every path, say), and Yew cannot adopt what differs.
        Some(copy) if copy.get_attribute(PRERENDERED_ATTR).as_deref() == Some(here.as_str()) => {
            // The app is live once each part of the article has been adopted as well.
            adoption::expect_islands(match route {
                Route::Article(id) => corpus
                    .articles
                    .get(usize::from(id))
                    .map_or(0, |article| Part::all(article).count()),
                Route::Timeline => Part::timeline(corpus).count(),
                Route::Home | Route::NotFound => 0,
            });
            let props = AppProps {
                parts: PartRendering::Adopt,
                ..AppProps::default()
            };
            yew::Renderer::<App>::with_root_and_props(copy.clone(), props).hydrate();
            copy
        }
        Some(other) => {
            other.set_inner_html("");
            yew::Renderer::<App>::with_root(other.clone()).render();
            other
        }
        None => {
            let root = document
                .create_element("div")
                .expect("a document can create a div");
            root.set_id(APP_ID);
            gloo::utils::body()
                .prepend_with_node_1(&root)
                .expect("a div can be put in the body");
            yew::Renderer::<App>::with_root(root.clone()).render();
            root
        }
    };
    // Queued behind the first render (or hydration), which Yew runs in a microtask of its own;
    // the article's islands are adopted in tasks after it.
    wasm_bindgen_futures::spawn_local(async move {
        adoption::when_adopted(move || {
            let _ = root.set_attribute("data-live", "");
        });
    });
}

/// The element the app renders into, or adopts.
const APP_ID: &str = "app";
/// The attribute of a prerendered `#app` that names the page it is a copy of (its path).
const PRERENDERED_ATTR: &str = "data-prerendered";
