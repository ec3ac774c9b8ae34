//! Build script: compiles `seeds/` into the corpus the app embeds, or fails with `seeds/<file>:<line>:<col>:` diagnostics.
use parallel_lives_compiler::compile::{compile_dir, seeds_dir, SEEDS_VARIABLE};
use std::path::PathBuf;

fn main() {
    // The seeds folder is `seeds/`, unless PARALLEL_LIVES_SEEDS names another (the benchmark's
    // generated corpus, the third-biography fixture).
    println!("cargo:rerun-if-env-changed={SEEDS_VARIABLE}");
    let seeds = seeds_dir();
    println!("cargo:rerun-if-changed={}", seeds.display());
    let corpus = match compile_dir(&seeds) {
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
