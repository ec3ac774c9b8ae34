//! Hostile input: malformed seed folders fail the build with exact `seeds/<file>:<line>:<col>:` diagnostics.
//!
//! Each folder under `tests/fixtures/hostile/` is a seeds folder (`seeds/`) and the exact
//! diagnostics it must produce (`expected.txt`, empty for a folder that compiles), read through
//! `compile_dir` as the build script reads `seeds/`. Files that should not be committed (binary,
//! not UTF-8, 20 MB, names differing only in case) are written at test time. `fuzz` drives the
//! compiler with random input.

mod fuzz;

use std::path::{Path, PathBuf};

use parallel_lives_compiler::compile::compile_dir;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/hostile");

/// The diagnostics of compiling a seeds folder, one per line, or nothing when it compiles.
fn outcome(seeds: &Path) -> String {
    match std::panic::catch_unwind(|| compile_dir(seeds)) {
        Ok(Ok(_)) => String::new(),
        Ok(Err(errors)) => errors.iter().map(|e| format!("{e}\n")).collect(),
        Err(_) => "the compiler panicked\n".to_string(),
    }
}

#[test]
fn every_fixture_folder_gives_exactly_its_expected_diagnostics() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(FIXTURES)
        .expect("the fixtures folder exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(
        cases.len() >= 12,
        "only {} fixture folders in {FIXTURES}",
        cases.len()
    );
    let mut failures = Vec::new();
    for case in &cases {
        let expected = std::fs::read_to_string(case.join("expected.txt"))
            .unwrap_or_else(|e| panic!("{}/expected.txt: {e}", case.display()));
        let got = outcome(&case.join("seeds"));
        if got != expected {
            failures.push(format!(
                "{}\n  expected:\n{expected}  got:\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // The folder that compiles proves the others fail for their one defect, not for the base.
    assert!(cases.iter().any(|c| c.ends_with("control")));
}

/// A seeds folder written at test time, removed afterwards.
struct TempSeeds(PathBuf);

impl TempSeeds {
    fn new(case: &str, files: &[(&str, &[u8])]) -> TempSeeds {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("hostile-{case}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("the target folder is writable");
        for (name, bytes) in files {
            std::fs::write(dir.join(name), bytes).expect("the target folder is writable");
        }
        TempSeeds(dir)
    }
}

impl Drop for TempSeeds {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn control(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join("control/seeds").join(name)).expect("control fixture")
}

/// Compiles the control folder with `files` added or replaced, and compares the diagnostics.
fn check_generated(case: &str, files: &[(&str, &[u8])], expected: &str) {
    let (glossary, seed) = (control("glossary.toml"), control("ann-example.txt"));
    let mut all: Vec<(&str, &[u8])> =
        vec![("glossary.toml", &glossary), ("ann-example.txt", &seed)];
    for (name, bytes) in files {
        all.retain(|(n, _)| n != name);
        all.push((name, bytes));
    }
    let seeds = TempSeeds::new(case, &all);
    assert_eq!(outcome(&seeds.0), expected, "case {case}");
}

#[test]
fn binary_files_are_named_as_such() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0";
    check_generated(
        "png",
        &[("ann-example.txt", png)],
        "seeds/ann-example.txt:3:1: NUL byte: this looks like a binary file, not a text\n",
    );
    check_generated(
        "binary-glossary",
        &[("glossary.toml", b"\0\x01\x02\x03\xff")],
        "seeds/glossary.toml:1:1: NUL byte: this looks like a binary file, not a text\n",
    );
}

#[test]
fn text_in_another_encoding_is_refused_where_it_goes_wrong() {
    check_generated(
        "latin-1",
        &[("ann-example.txt", b"Ann Example, born in L\xe4ufer.\n")],
        "seeds/ann-example.txt:1:23: invalid UTF-8: seed texts must be UTF-8\n",
    );
    let utf16: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain("Ann Example".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    check_generated(
        "utf-16",
        &[("ann-example.txt", &utf16)],
        "seeds/ann-example.txt:1:1: the file is UTF-16: save it as UTF-8\n",
    );
}

#[test]
fn a_20_mb_seed_is_refused_without_being_read() {
    let big = b"Ann Example went to Riga. ".repeat(20 * 1024 * 1024 / 26 + 1);
    let big = &big[..20 * 1024 * 1024];
    check_generated(
        "20mb",
        &[("ann-example.txt", big)],
        "seeds/ann-example.txt:1:1: the file is 20.0 MB (20971520 bytes); a seed may be at most 2 MB\n",
    );
}

#[test]
fn file_names_differing_only_in_case_are_duplicate_slugs() {
    check_generated(
        "case",
        &[("Ann-Example.txt", b"Ann Example again.")],
        "seeds/Ann-Example.txt:1:1: duplicate slug: seeds/ann-example.txt already names the article /ann-example; rename or remove one of them\n",
    );
}

#[test]
fn a_seed_may_not_take_the_name_of_one_of_the_sites_pages() {
    check_generated(
        "page-name",
        &[("timeline.txt", b"Ann Example again.")],
        "seeds/timeline.txt:1:1: `timeline` is the name of one of the site's own pages (/timeline); give the biography another file name, e.g. `timeline-biography.txt`\n",
    );
}
