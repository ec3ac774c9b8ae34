//! `export-corpus [PATH]`: compiles `seeds/` (or `$PARALLEL_LIVES_SEEDS`) and writes the whole corpus as JSON, for maintainers to inspect.

fn main() -> std::process::ExitCode {
    use parallel_lives_compiler::compile::compile_dir;
    use std::process::ExitCode;

    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/corpus.json".to_string());
    // `seeds/`, or the folder PARALLEL_LIVES_SEEDS names, as for the build script.
    let seeds = parallel_lives_compiler::compile::seeds_dir();
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
        "{} articles, {} entities, {} mentions ({}), {} dates ({} relative), {} shared entities, {} cross-references ({} of them parallel experiences, of {} found), {} conflicts",
        corpus.articles.len(),
        corpus.entities.len(),
        corpus.mentions.len(),
        kinds.iter().zip(per_kind).map(|(k, n)| format!("{k} {n}")).collect::<Vec<_>>().join(", "),
        corpus.dates.len(),
        corpus.dates.iter().filter(|d| d.relative).count(),
        corpus.shared.len(),
        corpus.cross_refs.len(),
        corpus.experiences.pairs.len(),
        corpus.experiences.found.len(),
        corpus.conflicts.len(),
    );
    ExitCode::SUCCESS
}
