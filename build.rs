//! Build script: compiles `seeds/` into the corpus the app embeds, or fails with `seeds/<file>:<line>:<col>:` diagnostics.
#[allow(dead_code)]
#[path = "src/corpus/mod.rs"]
mod corpus;

use std::path::{Path, PathBuf};

fn main() {
    // The seeds folder is `seeds/`, unless PARALLEL_LIVES_SEEDS names another (the benchmark's generated corpus).
    println!("cargo:rerun-if-env-changed=PARALLEL_LIVES_SEEDS");
    let seeds = match std::env::var_os("PARALLEL_LIVES_SEEDS") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"),
    };
    println!("cargo:rerun-if-changed={}", seeds.display());
    println!("cargo:rerun-if-changed=src/corpus");
    let corpus = match corpus::compile::compile_dir(&seeds) {
        Ok(corpus) => corpus,
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                println!("cargo:warning={diagnostic}");
                eprintln!("{diagnostic}");
            }
            eprintln!(
                "error: {} problem(s) in seeds/; the corpus was not built",
                diagnostics.len()
            );
            std::process::exit(1);
        }
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let bytes = postcard::to_allocvec(&corpus).expect("the corpus model always serializes");
    std::fs::write(out.join("corpus.bin"), bytes).expect("OUT_DIR is writable");
}
