//! A bounded fuzz run: random seed folders never make the compiler panic, and every outcome is
//! either a corpus that keeps the model's invariants or diagnostics that point inside the input.
//!
//! The inputs are assembled from seed-shaped and TOML-shaped fragments, with anchors cut from
//! the generated text so that editorial breaks often land, then sometimes damaged byte by byte.
//! `FUZZ_SECONDS` sets the time budget (5 s by default), `FUZZ_SEED` replays one run:
//! `FUZZ_SECONDS=600 cargo test --release -p parallel-lives-compiler --test corpus hostile::fuzz -- --nocapture`.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::{Duration, Instant};

use parallel_lives_compiler::compile::{compile, SeedFile};
use parallel_lives_compiler::diagnostic::Diagnostic;
use parallel_lives_model::{ArticleId, Corpus, Mention};

/// A xorshift64* generator: small, fast, and replayable from its seed. A hostile one mixes
/// bad choices into good ones; the others make folders that mostly compile, so that the
/// annotator and the linker see plenty of input too.
struct Rng {
    state: u64,
    hostile: bool,
}

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut rng = Rng {
            state: seed | 1,
            hostile: false,
        };
        rng.hostile = rng.chance(50);
        rng
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// One of `good`, or in a hostile folder now and then one of `bad`.
    fn pick_or_bad<'a>(&mut self, good: &[&'a str], bad: &[&'a str]) -> &'a str {
        if self.hostile && self.chance(15) {
            self.pick(bad)
        } else {
            self.pick(good)
        }
    }

    /// Whether to do something hostile, `percent` of the time in a hostile folder.
    fn hostile(&mut self, percent: usize) -> bool {
        self.hostile && self.chance(percent)
    }
}

/// Pieces of seed text: names, dates, and characters that change length when lowercased
/// (`İ`, the Kelvin and Ohm signs) or sit at odd places in UTF-8.
const TEXT: &[&str] = &[
    "== Later life ==\n",
    "\n\n",
    "\n",
    "\r\n",
    " ",
    ". ",
    ", ",
    "Ann",
    "Ann Example",
    "Ann's",
    "Ann’s",
    "Riga",
    "Bob",
    "Exam",
    "born",
    "died",
    "was executed",
    "he",
    " (1 May 1890 – 25 August 1937)",
    "In 1917,",
    "1917-02-30",
    "31 February 1917",
    "1917–1916",
    "the 1920s",
    "early 1905",
    "December 9999",
    "262143",
    "0",
    "In May",
    "A month later",
    "two years later",
    "the next day",
    "[citation needed]",
    "{{cite book}}: CS1 maint: location (link)",
    "{{",
    "}}",
    "İ",
    "\u{2126}",
    "\u{212a}",
    "ẞ",
    "é",
    "e\u{301}",
    "Смирнов",
    "日本",
    "🙂",
    "\"",
    "'",
    "(",
    ")",
    "–",
    "=",
    "-",
];

/// Pieces of seed text that are mistakes.
const BAD_TEXT: &[&str] = &[
    "\n= Ann Example =\n",
    "\n= Broken\n",
    "\n=== Deep ==\n",
    "\n== ==\n",
    "\n====\n",
    "\n- : nothing\n",
    "\u{feff}",
    "\u{0}",
];

/// The top of a seed: a title and an infobox, each perhaps absent.
const TOPS: &[&str] = &[
    "",
    "= Ann Example =\n\n",
    "Ann Example\n- Birth Date: 1 May 1890\n- Death Date: 25 August 1937\n- Birth Place: Riga\n\n",
    "= Ann =\nAnn Example\n- Death Date: 1889\n\n",
];

/// Values for the glossary's fields, good and bad.
const DATES: &[&str] = &[
    "1890",
    "1890-05",
    "1890-05-01",
    "1937-08-25",
    "1950",
    "9999-12-31",
];
const BAD_DATES: &[&str] = &[
    "1917-02-30",
    "1889",
    "0000",
    "-1",
    "",
    "1917-13",
    "May 1917",
];
const ALIASES: &[&str] = &["Ann", "Riga", "Bob", "İ", "e\u{301}", "Ann Example"];
const BAD_ALIASES: &[&str] = &["Exam", "Anya", "", " ", "Ann's", "\u{212a}", "=", "\n"];

fn toml_string(value: &str) -> String {
    let mut out = String::from("\"");
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn seed_text(rng: &mut Rng) -> String {
    let mut text = rng.pick(TOPS).to_string();
    for _ in 0..1 + rng.below(60) {
        text.push_str(rng.pick_or_bad(TEXT, BAD_TEXT));
    }
    text
}

fn glossary(rng: &mut Rng) -> String {
    let mut out = String::new();
    for (id, name, kind) in [
        ("ann", "Ann Example", "person"),
        ("riga", "Riga", "place"),
        ("bob", "Bob", "person"),
    ] {
        let kind = rng.pick_or_bad(&[kind, "event", "organisation"], &["planet", ""]);
        out.push_str(&format!(
            "[[entity]]\nid = \"{id}\"\nname = {}\nkind = \"{kind}\"\ndescription = \"Made up.\"\n",
            toml_string(name),
        ));
        if rng.chance(50) {
            let aliases: Vec<String> = (0..rng.below(3))
                .map(|_| toml_string(rng.pick_or_bad(ALIASES, BAD_ALIASES)))
                .collect();
            out.push_str(&format!("aliases = [{}]\n", aliases.join(", ")));
        }
        for field in ["start", "end"] {
            if rng.chance(50) {
                let date = rng.pick_or_bad(DATES, BAD_DATES);
                out.push_str(&format!("{field} = {}\n", toml_string(date)));
            }
        }
        if rng.chance(30) {
            let related = rng.pick_or_bad(&["ann", "riga", "bob"], &["nobody"]);
            out.push_str(&format!("related = [\"{related}\"]\n"));
        }
        if rng.chance(10) {
            out.push_str("joins = true\n");
        }
        out.push('\n');
    }
    out
}

const FACTS: &str = r#"
[[fact]]
name = "birth date"
infobox = "Birth Date"
compare = "date"
words = ["born"]
life = "start"

[[fact]]
name = "death date"
infobox = "Death Date"
compare = "date"
words = ["executed", "died"]
life = "end"

[[fact]]
name = "birth place"
infobox = "Birth Place"
compare = "place"
words = ["born"]
needs = "Birth Place"
"#;

/// A piece of `text` between two random character boundaries that occurs there only once
/// (else the last piece tried), or in a hostile folder sometimes any fragment.
fn anchor(rng: &mut Rng, text: &str) -> String {
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    if rng.hostile(20) || bounds.len() < 2 {
        return rng.pick(TEXT).to_string();
    }
    let mut piece = "";
    for _ in 0..8 {
        let start = rng.below(bounds.len() - 1);
        let end = (start + 1 + rng.below(30)).min(bounds.len() - 1);
        piece = &text[bounds[start]..bounds[end]];
        if text.matches(piece).count() == 1 {
            break;
        }
    }
    piece.to_string()
}

fn article_data(rng: &mut Rng, text: &str) -> String {
    let mut out = String::new();
    if rng.chance(70) {
        out.push_str(&format!(
            "subject = \"{}\"\n",
            rng.pick_or_bad(&["ann", "bob"], &["nobody"])
        ));
    }
    if rng.chance(30) {
        out.push_str("title = \"Ann\"\n");
    }
    for _ in 0..rng.below(4) {
        let table = rng.pick(&["section", "paragraph", "quotation"]);
        out.push_str(&format!(
            "\n[[{table}]]\nat = {}\n",
            toml_string(&anchor(rng, text))
        ));
        match table {
            "section" => out.push_str("title = \"Part\"\n"),
            "quotation" if rng.chance(50) => out.push_str(&format!(
                "until = {}\nsource = \"Someone\"\n",
                toml_string(&anchor(rng, text))
            )),
            _ => {}
        }
    }
    if rng.chance(25) {
        out.push_str(&format!(
            "\n[references]\nat = {}\nentries = [{}]\n",
            toml_string(&anchor(rng, text)),
            toml_string(&anchor(rng, text))
        ));
    }
    out
}

/// Damages bytes: truncation (perhaps inside a character), insertion, deletion, duplication.
fn damage(rng: &mut Rng, bytes: &mut Vec<u8>) {
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        match rng.below(4) {
            0 => bytes.truncate(at),
            1 => bytes.insert(
                at,
                rng.pick(&["\u{0}", "\u{ff}", "\n", "=", "\""]).as_bytes()[0],
            ),
            2 if at < bytes.len() => {
                bytes.remove(at);
            }
            _ => {
                let end = (at + rng.below(40)).min(bytes.len());
                let copy = bytes[at..end].to_vec();
                bytes.splice(at..at, copy);
            }
        }
    }
}

fn seed_folder(rng: &mut Rng) -> Vec<SeedFile> {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    files.push(("glossary.toml".into(), glossary(rng).into_bytes()));
    if rng.chance(60) {
        files.push(("facts.toml".into(), FACTS.as_bytes().to_vec()));
    }
    for slug in ["ann", "bob"].iter().take(1 + rng.below(2)) {
        let text = seed_text(rng);
        if rng.chance(60) {
            files.push((
                format!("{slug}.toml"),
                article_data(rng, &text).into_bytes(),
            ));
        }
        files.push((format!("{slug}.txt"), text.into_bytes()));
    }
    if rng.hostile(5) {
        let name = rng.pick(&["Ann.txt", "a--b.txt", "orphan.toml"]);
        files.push((name.into(), b"Ann.".to_vec()));
    }
    if rng.hostile(40) {
        let which = rng.below(files.len());
        damage(rng, &mut files[which].1);
    }
    files
        .into_iter()
        .map(|(name, bytes)| SeedFile { name, bytes })
        .collect()
}

/// Why a diagnostic does not point inside its input, if it does not.
fn misplaced(diagnostic: &Diagnostic, files: &[SeedFile]) -> Option<String> {
    if diagnostic.file == "seeds/" {
        return None;
    }
    let Some(file) = files
        .iter()
        .find(|f| diagnostic.file == format!("seeds/{}", f.name))
    else {
        return Some("names no input file".into());
    };
    let text = String::from_utf8_lossy(&file.bytes);
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(line) = diagnostic.line.checked_sub(1).and_then(|i| lines.get(i)) else {
        return Some(format!(
            "no line {} in {} lines",
            diagnostic.line,
            lines.len()
        ));
    };
    let width = line.chars().count();
    (diagnostic.col == 0 || diagnostic.col > width + 1).then(|| {
        format!(
            "no column {} in a line of {width} characters",
            diagnostic.col
        )
    })
}

/// Why a compiled corpus breaks the model's invariants, if it does.
fn broken(corpus: &Corpus, files: &[SeedFile]) -> Option<String> {
    for article in &corpus.articles {
        let file = files
            .iter()
            .find(|f| f.name == format!("{}.txt", article.slug))?;
        let seed = std::str::from_utf8(&file.bytes).ok()?;
        let texts = article
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| &p.text)
            .chain(article.references.iter().map(|r| &r.text))
            .chain(article.infobox.iter().map(|f| &f.value));
        for text in texts {
            let (start, end) = (text.source.start as usize, text.source.end as usize);
            if seed.get(start..end) != Some(text.text.as_str()) {
                return Some(format!("text {:?} is not seed[{start}..{end}]", text.text));
            }
            let mut last_end = 0;
            for mark in &text.marks {
                let (s, e) = (mark.span.start as usize, mark.span.end as usize);
                if s < last_end || e > text.text.len() || text.text.get(s..e).is_none() {
                    return Some(format!("mark {s}..{e} in {:?}", text.text));
                }
                last_end = e;
            }
        }
    }
    // Who appears where: each entity a body names is listed once, with a tick per mention.
    for (id, article) in corpus.articles.iter().enumerate() {
        let id = ArticleId::try_from(id).ok()?;
        let in_body = |m: &&Mention| m.place.article == id && m.place.holder.paragraph().is_some();
        let mentions = corpus.mentions.iter().filter(in_body).count();
        let ticks: usize = article
            .entities
            .iter()
            .map(|&e| corpus.ticks(e, id).len())
            .sum();
        let mut listed = article.entities.clone();
        listed.sort_unstable();
        listed.dedup();
        if ticks != mentions || listed.len() != article.entities.len() {
            return Some(format!(
                "{}: {ticks} ticks for {mentions} mentions in the body, entities {:?}",
                article.slug, article.entities
            ));
        }
    }
    None
}

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
