//! The dates of every seed in reading order, against reviewed snapshot files in `tests/snapshots/dates/`: `make snapshots` writes them anew, and a maintainer reads the diff before committing it.

use std::path::{Path, PathBuf};

use super::tests::render;
use super::{find_dates, Narrative};

/// The repository's root, where `seeds/` and `tests/snapshots/` are.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// Set, the test writes the snapshots instead of comparing (`make snapshots`).
const UPDATE: &str = "UPDATE_SNAPSHOTS";

fn snapshot_of(seed: &Path) -> PathBuf {
    let slug = seed
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    Path::new(ROOT).join(format!("tests/snapshots/dates/{slug}.txt"))
}

/// Every date of a seed, one per line, after a header that says what the file is.
fn snapshot(seed: &Path) -> String {
    let text = std::fs::read_to_string(seed).expect("a seed reads");
    let found = find_dates(&text, &mut Narrative::default());
    let name = seed
        .file_name()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mut out = format!(
        "# The dates found in seeds/{name}, in reading order, one narrative date running through.\n\
         # `matched text => span [range [(p to q)]] [relative] [onwards]`. Refreshed by `make snapshots`.\n"
    );
    for line in render(&text, &found) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[test]
fn every_seed_reads_as_its_snapshot() {
    let mut seeds: Vec<PathBuf> = std::fs::read_dir(Path::new(ROOT).join("seeds"))
        .expect("seeds/ reads")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "no seed in seeds/");
    let update = std::env::var_os(UPDATE).is_some();
    let mut stale = Vec::new();
    for seed in &seeds {
        let (path, now) = (snapshot_of(seed), snapshot(seed));
        if update {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("writable");
            std::fs::write(&path, &now).expect("writable");
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(now.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "dates differ from the snapshots (or a snapshot is missing): {stale:?}\n\
         run `make snapshots`, then read `git diff tests/snapshots/` before committing"
    );
}
