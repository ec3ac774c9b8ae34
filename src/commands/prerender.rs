//! `prerender`: renders every page of the reader (the home page and each article) to HTML,
//! natively, and prints them as JSON for `build/prerender.mjs` to write into the built site.
//!
//! The HTML is Yew's server rendering of the same `App` the browser runs, with the markers that
//! let the browser adopt its nodes instead of rendering new ones (hydration, `src/app/main.rs`).

fn main() -> std::process::ExitCode {
    use parallel_lives::prerender::{render_site, PrerenderedPage};

    let pages: Vec<PrerenderedPage> = match render_site(parallel_lives::embedded_corpus()) {
        Ok(pages) => pages,
        Err(err) => {
            eprintln!("prerender: {err}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match serde_json::to_writer(std::io::stdout().lock(), &pages) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("prerender: could not write the pages: {err}");
            std::process::ExitCode::FAILURE
        }
    }
}
