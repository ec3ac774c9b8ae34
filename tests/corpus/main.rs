//! Native tests of the corpus compiler: on the real seeds, and on small made-up and malformed inputs.

mod ambiguity;
mod anchors;
mod appearances;
mod experiences;
mod hostile;
mod malformed;
mod names;
mod real_seeds;
mod snippets;
mod timeline;
mod two_articles;

use std::sync::OnceLock;

/// The repository's root, where `seeds/` and `tests/fixtures/` are.
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

use parallel_lives_compiler::compile::{compile_dir, SeedFile};
use parallel_lives_model::*;

/// The corpus compiled from the repository's `seeds/`, once per test run.
pub fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let seeds = std::path::Path::new(ROOT).join("seeds");
        compile_dir(&seeds).unwrap_or_else(|errors| {
            let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
            panic!("the real seeds must compile:\n{}", lines.join("\n"))
        })
    })
}

/// The text of a seed file, for checking spans against.
pub fn seed(slug: &str) -> String {
    let path = std::path::Path::new(ROOT).join(format!("seeds/{slug}.txt"));
    std::fs::read_to_string(path).expect("seed exists")
}

/// A glossary of one made-up person, born in May 1900, for the made-up seeds.
pub const ANN_GLOSSARY: &str = r#"
[[entity]]
id = "ann"
name = "Ann Example"
kind = "person"
aliases = ["Ann"]
description = "A made-up person."
start = "1900-05"
"#;

/// Made-up seed files from `(name, text)` pairs.
pub fn files(pairs: &[(&str, &str)]) -> Vec<SeedFile> {
    pairs
        .iter()
        .map(|(name, text)| SeedFile {
            name: name.to_string(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect()
}
