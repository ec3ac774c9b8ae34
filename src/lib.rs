//! Parallel Lives: the corpus model and compiler, and (in the browser) the reader app.
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
pub mod corpus;
#[cfg(target_arch = "wasm32")]
pub mod hooks;
#[cfg(target_arch = "wasm32")]
pub mod pages;
pub mod route;

/// The corpus compiled from `seeds/` by the build script, decoded once on first use.
pub fn embedded_corpus() -> &'static corpus::model::Corpus {
    static CORPUS: std::sync::OnceLock<corpus::model::Corpus> = std::sync::OnceLock::new();
    CORPUS.get_or_init(|| {
        postcard::from_bytes(include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin")))
            .expect("the build script wrote this corpus with the same model")
    })
}
