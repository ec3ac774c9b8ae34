//! Parallel Lives, the reader: a Yew app that renders the compiled corpus, hydrating prerendered pages in the browser (feature `hydrate`) and rendering them to HTML natively (feature `ssr`).
pub use parallel_lives_model as model;

pub mod app;
pub mod components;
pub mod hooks;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod route;
pub mod state;

/// The corpus compiled from `seeds/` by the build script, decoded once on first use.
pub fn embedded_corpus() -> &'static model::Corpus {
    static CORPUS: std::sync::OnceLock<model::Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        #[cfg(target_arch = "wasm32")]
        let performance = web_sys::window().and_then(|window| window.performance());
        #[cfg(target_arch = "wasm32")]
        if let Some(performance) = &performance {
            let _ = performance.mark("corpus-decode-start");
        }
        let corpus = postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin")))
            .expect("the build script wrote this corpus with the same model");
        // The benchmark (tests/bench/) reads this measure: the start-up cost of the embedded corpus.
        #[cfg(target_arch = "wasm32")]
        if let Some(performance) = &performance {
            let _ = performance.measure_with_start_mark("corpus-decode", "corpus-decode-start");
        }
        corpus
    })
}
