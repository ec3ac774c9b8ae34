//! `export-corpus [PATH]`: compiles `seeds/` (or `$PARALLEL_LIVES_SEEDS`) and writes the whole corpus as JSON, for maintainers to inspect.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The compiler is native only; this binary has nothing to do in a browser build.
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use parallel_lives::corpus::compile::compile_dir;
    use std::path::Path;
    use std::process::ExitCode;

    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/corpus.json".to_string());
    // `seeds/`, or the folder PARALLEL_LIVES_SEEDS names, as for the build script.
    let seeds = std::env::var_os("PARALLEL_LIVES_SEEDS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    let corpus = match compile_dir(&seeds) {
        Ok(corpus) => corpus,
        Err(diagnostics) => {
            for diagnostic in diagnostics {
                eprintln!("{diagnostic}");
            }
            return ExitCode::FAILURE;
        }
    };
    let json = serde_json::to_string_pretty(&corpus).expect("the corpus model always serializes");
    if let Err(e) = std::fs::write(&out, json) {
        eprintln!("{out}: cannot write: {e}");
        return ExitCode::FAILURE;
    }
    let kinds = ["person", "place", "organisation", "event", "work"];
    let mut per_kind = [0usize; 5];
    for mention in &corpus.mentions {
        let kind = corpus.entities[mention.entity as usize].kind.label();
        per_kind[kinds.iter().position(|k| *k == kind).unwrap_or(0)] += 1;
    }
    println!("wrote {out}");
    println!(
        "{} articles, {} entities, {} mentions ({}), {} dates ({} relative), {} shared entities, {} cross-references, {} conflicts",
        corpus.articles.len(),
        corpus.entities.len(),
        corpus.mentions.len(),
        kinds.iter().zip(per_kind).map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", "),
        corpus.dates.len(),
        corpus.dates.iter().filter(|d| d.relative).count(),
        corpus.shared.len(),
        corpus.cross_refs.len(),
        corpus.conflicts.len(),
    );
    ExitCode::SUCCESS
}
