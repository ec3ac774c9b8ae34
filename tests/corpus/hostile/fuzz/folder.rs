//! The fuzz run's inputs: seed folders assembled from seed-shaped and TOML-shaped fragments, good and bad, with anchors cut from the generated text, then sometimes damaged byte by byte.

use parallel_lives_compiler::compile::SeedFile;

use super::rng::Rng;

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

/// A random seed folder: a glossary, perhaps the facts, one or two seeds with perhaps their
/// editorial data, and in a hostile folder a stray file or damaged bytes.
pub(super) fn seed_folder(rng: &mut Rng) -> Vec<SeedFile> {
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
