//! The browser app's entry point: starts the reader in place of the page's prerendered copy.
//! (Natively there is nothing to run.)

/// Starts the app in place of the page's prerendered copy, if it has one.
///
/// A page written by `build/prerender.mjs` already shows what the app renders, in
/// `#prerendered`, so that the text paints before the wasm has loaded. The app renders its own
/// copy into a new `#app` above it, and the prerendered one is removed in the same task, after
/// that first render: no frame shows both or neither, and the scroll position does not move.
/// `data-live` on `#app` then says the page answers to the reader.
#[cfg(target_arch = "wasm32")]
fn main() {
    let document = gloo::utils::document();
    let prerendered = document.get_element_by_id(PRERENDERED_ID);
    let root = document
        .create_element("div")
        .expect("a document can create a div");
    root.set_id(APP_ID);
    gloo::utils::body()
        .prepend_with_node_1(&root)
        .expect("a div can be put in the body");
    yew::Renderer::<parallel_lives::app::App>::with_root(root.clone()).render();
    // Queued behind the first render, which Yew runs in a microtask of its own.
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(prerendered) = prerendered {
            prerendered.remove();
        }
        let _ = root.set_attribute("data-live", "");
    });
}

/// The element the app renders into.
#[cfg(target_arch = "wasm32")]
const APP_ID: &str = "app";
/// The element that holds the page's prerendered copy, if it has one.
#[cfg(target_arch = "wasm32")]
const PRERENDERED_ID: &str = "prerendered";

// The UI dependencies exist only for wasm32; native builds use the library and export-corpus.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
