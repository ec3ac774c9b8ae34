//! `make names`: the names the finder found in `seeds/` that the glossary lacks, as a list and as ready-to-edit glossary stubs; `make ablation`: the glossary ablation table; `make experiences`: the experiences found and paired.

fn main() -> std::process::ExitCode {
    use parallel_lives_compiler::ablation::ablation;
    use parallel_lives_compiler::compile::{compile, read_dir};
    use std::process::ExitCode;

    let seeds = parallel_lives_compiler::compile::seeds_dir();
    let report = |diagnostics: Vec<parallel_lives_compiler::diagnostic::Diagnostic>| {
        for diagnostic in diagnostics {
            eprintln!("{diagnostic}");
        }
        ExitCode::FAILURE
    };
    let files = match read_dir(&seeds) {
        Ok(files) => files,
        Err(diagnostics) => return report(diagnostics),
    };
    if std::env::args().any(|a| a == "--timing") {
        // The finder's cost: the folder compiled with and without it, best of three each.
        use parallel_lives_compiler::compile::{compile_with, Options};
        let time = |find_names: bool| {
            (0..3)
                .map(|_| {
                    let started = std::time::Instant::now();
                    let _ = compile_with(files.clone(), Options { find_names });
                    started.elapsed().as_secs_f64() * 1000.0
                })
                .fold(f64::INFINITY, f64::min)
        };
        let (with, without) = (time(true), time(false));
        println!(
            "{}: compiled in {with:.0} ms with the name finder, {without:.0} ms without (the finder adds {:.0} ms)",
            seeds.display(),
            with - without
        );
        return ExitCode::SUCCESS;
    }
    if std::env::args().any(|a| a == "--experiences") {
        return match parallel_lives_compiler::experiences::report::report(files) {
            Ok(report) => {
                print!("{report}");
                ExitCode::SUCCESS
            }
            Err(diagnostics) => report(diagnostics),
        };
    }
    if std::env::args().any(|a| a == "--ablation") {
        let result = match ablation(files) {
            Ok(result) => result,
            Err(diagnostics) => return report(diagnostics),
        };
        println!("Glossary ablation: the seeds compiled with an empty glossary, against the full glossary\n");
        print!("{}", result.table());
        println!("\nMissed ({}):", result.missed.len());
        for (kind, words) in &result.missed {
            println!("  {:<12} {words}", kind.label());
        }
        println!("\nAnother kind ({}):", result.other_kind.len());
        for (listed, found, words) in &result.other_kind {
            println!(
                "  {:<12} {words} (the finder: {})",
                listed.label(),
                found.label()
            );
        }
        println!("\nNot in the glossary ({}):", result.extra.len());
        for (kind, words) in &result.extra {
            println!("  {:<12} {words}", kind.label());
        }
        return ExitCode::SUCCESS;
    }
    let corpus = match compile(files) {
        Ok(corpus) => corpus,
        Err(diagnostics) => return report(diagnostics),
    };
    let out = std::path::Path::new("target/glossary-candidates.toml");
    let stubs = parallel_lives_compiler::candidates::candidates(&corpus);
    print!("{}", stubs.listing);
    if let Err(e) =
        std::fs::create_dir_all("target").and_then(|()| std::fs::write(out, &stubs.toml))
    {
        eprintln!("{}: cannot write: {e}", out.display());
        return ExitCode::FAILURE;
    }
    println!(
        "\n{} names found that the glossary lacks; stubs written to {}",
        stubs.count,
        out.display()
    );
    ExitCode::SUCCESS
}
