//! The browser app's entry point: starts the reader. (Natively there is nothing to run.)

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<parallel_lives::app::App>::new().render();
}

// The UI dependencies exist only for wasm32; native builds use the library and export-corpus.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
