//! A bounded fuzz run: random seed folders never make the compiler panic, and every outcome is
//! either a corpus that keeps the model's invariants or diagnostics that point inside the input.
//!
//! The inputs are assembled from seed-shaped and TOML-shaped fragments, with anchors cut from
//! the generated text so that editorial breaks often land, then sometimes damaged byte by byte.
//! `FUZZ_SECONDS` sets the time budget (5 s by default), `FUZZ_SEED` replays one run:
//! `FUZZ_SECONDS=600 cargo test --release -p parallel-lives-compiler --test corpus hostile::fuzz -- --nocapture`.
//! `folder` assembles the inputs with the generator of `rng`; `checks` judges each outcome.

mod checks;
mod folder;
mod rng;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use parallel_lives_compiler::compile::{compile, SeedFile};

use checks::{broken, misplaced};
use folder::seed_folder;
use rng::Rng;

#[test]
fn fuzz_random_seed_folders_never_panic() {
    let seconds: f64 = std::env::var("FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5.0);
    let seed: u64 = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    let budget = Duration::from_secs_f64(seconds);
    let started = Instant::now();
    let (mut cases, mut compiled) = (0u64, 0u64);
    while started.elapsed() < budget {
        // Each case has its own seed, so a failure names one case to replay.
        let case_seed = seed.wrapping_add(cases.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        let files = seed_folder(&mut Rng::new(case_seed));
        let copy: Vec<SeedFile> = files
            .iter()
            .map(|f| SeedFile {
                name: f.name.clone(),
                bytes: f.bytes.clone(),
            })
            .collect();
        let outcome = catch_unwind(AssertUnwindSafe(|| compile(copy)));
        let shown = || {
            files
                .iter()
                .map(|f| format!("--- {}\n{}", f.name, String::from_utf8_lossy(&f.bytes)))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let problem = match &outcome {
            Err(_) => Some("the compiler panicked".to_string()),
            Ok(Ok(corpus)) => {
                compiled += 1;
                broken(corpus, &files)
            }
            Ok(Err(errors)) if errors.is_empty() => Some("failed with no diagnostic".into()),
            Ok(Err(errors)) => errors
                .iter()
                .find_map(|d| misplaced(d, &files).map(|why| format!("{d}: {why}"))),
        };
        if let Some(problem) = problem {
            panic!(
                "fuzz case {cases} (FUZZ_SEED={seed}): {problem}\n{}",
                shown()
            );
        }
        cases += 1;
    }
    eprintln!(
        "fuzz: {cases} seed folders in {:.1} s ({compiled} compiled), FUZZ_SEED={seed}",
        started.elapsed().as_secs_f64()
    );
    assert!(cases >= 50, "only {cases} cases ran in {seconds} s");
    assert!(
        compiled > 0,
        "no random folder compiled: the generator is too hostile to test the happy path"
    );
}
