//! Malformed seeds and data files: each fails with a positioned diagnostic, never a panic.

use super::{files, ANN_GLOSSARY as GLOSSARY};
use parallel_lives_compiler::compile::compile;

/// Compiles made-up files and returns the diagnostics, one per line.
fn errors(pairs: &[(&str, &str)]) -> String {
    match compile(files(pairs)) {
        Ok(_) => "compiled".to_string(),
        Err(errors) => errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn check(pairs: &[(&str, &str)], expected: &str) {
    assert_eq!(errors(pairs), expected);
}

#[test]
fn a_small_valid_corpus_compiles() {
    let corpus = compile(files(&[
        ("glossary.toml", GLOSSARY),
        (
            "ann.txt",
            "Ann Example (May 1900 – 1970) was made up. In 1920, Ann's book appeared.",
        ),
        ("ann.toml", "subject = \"ann\"\ntitle = \"Ann\"\n"),
    ]))
    .expect("compiles");
    assert_eq!(corpus.articles[0].title, "Ann");
    let mentioned: Vec<&str> = corpus.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentioned, ["Ann Example", "Ann"]);
    let dated: Vec<&str> = corpus.dates.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(dated, ["May 1900 – 1970", "1920"]);
}

#[test]
fn bad_seed_texts() {
    check(&[("a.txt", "")], "seeds/a.txt:1:1: the seed is empty");
    check(
        &[("a.txt", "Fine.\n\n== Broken\n")],
        "seeds/a.txt:3:1: unterminated heading: write `== Heading ==` on a line of its own",
    );
    check(
        &[("Ivar Smilga.txt", "Text.")],
        "seeds/Ivar Smilga.txt:1:1: a seed's file name is its URL: use lowercase letters, digits and hyphens, e.g. `ivar-smilga.txt`",
    );
    let binary = compile(files(&[("a.txt", "\u{0}\u{1}\u{2}")])).unwrap_err();
    assert_eq!(
        binary[0].to_string(),
        "seeds/a.txt:1:1: NUL byte: this looks like a binary file, not a text"
    );
    let invalid = compile(vec![parallel_lives_compiler::compile::SeedFile {
        name: "a.txt".into(),
        bytes: b"Good line.\nBad \xc3\x28 byte.".to_vec(),
    }])
    .unwrap_err();
    assert_eq!(
        invalid[0].to_string(),
        "seeds/a.txt:2:5: invalid UTF-8: seed texts must be UTF-8"
    );
}

#[test]
fn bad_data_files() {
    check(
        &[("a.txt", "Text."), ("glossary.toml", "[[entity]]\nid = \"x\"\nname = \"X\"\nkind = \"planet\"\ndescription = \"?\"\n")],
        "seeds/glossary.toml:4:8: unknown variant `planet`, expected one of `person`, `place`, `organisation`, `event`, `work`",
    );
    check(
        &[("a.txt", "Text with Ann."), ("glossary.toml", &GLOSSARY.replace("1900-05", "1900-02-30"))],
        "seeds/glossary.toml:8:9: \"1900-02-30\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists",
    );
    check(
        &[
            ("a.txt", "Text with Ann."),
            ("glossary.toml", &format!("{GLOSSARY}{GLOSSARY}")),
        ],
        "seeds/glossary.toml:11:6: duplicate id \"ann\"",
    );
    check(
        &[("a.txt", "Text."), ("glossary.toml", GLOSSARY)],
        "seeds/glossary.toml:6:12: alias \"Ann\" of \"ann\" occurs in no seed",
    );
    check(
        &[
            ("a.txt", "Text."),
            ("a.toml", "[[section]]\ntitle = \"T\"\nat = \"Nowhere\"\n"),
        ],
        "seeds/a.toml:3:6: the text \"Nowhere\" does not occur in the seed",
    );
    check(
        &[("a.txt", "Text."), ("a.toml", "subject = \"nobody\"\n")],
        "seeds/a.toml:1:11: subject \"nobody\" is not an id in seeds/glossary.toml",
    );
    check(
        &[("a.txt", "Text."), ("b.toml", "")],
        "seeds/b.toml:1:1: no seed text `b.txt` for this data file (data files are named after their seed)",
    );
    check(
        &[
            ("a.txt", "Text."),
            ("experiences.toml", "[[kind]]\nname = \"arrested\"\ncues = []\n"),
        ],
        "seeds/experiences.toml:2:8: the kind `arrested` has no cues: list the words that tell of it",
    );
    check(
        &[
            ("a.txt", "Text."),
            ("experiences.toml", "[[kind]]\nname = \"readmitted\"\ncues = [\"…\"]\n"),
        ],
        "seeds/experiences.toml:3:9: the cue \"…\" has no word to match (a cue is words, with \"…\" only between them)",
    );
    check(
        &[("experiences.txt", "Text.")],
        "seeds/experiences.txt:1:1: `experiences.toml` is a data file of the whole folder, so `experiences` cannot name a biography; give it another file name, e.g. `experiences-biography.txt`",
    );
    check(
        &[("a.txt", "Text."), ("facts.toml", "[[fact]\n")],
        "seeds/facts.toml:1:7: invalid table header\nexpected `.`, `]]`",
    );
}

/// The compiler never panics, whatever the bytes: a cheap bounded property test.
#[test]
fn arbitrary_input_never_panics() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces = [
        "= T =\n",
        "== H ==\n",
        "- K: V\n",
        "\n\n",
        "Ann",
        "’s",
        "[citation needed]",
        "{{cite}}: CS1 maint: x (link)",
        "1–2 January 1935",
        "In May",
        "A month later",
        " ",
        ".",
        "(",
        ")",
        "–",
        "é",
        "Смирнов",
        "\u{0}",
        "=",
        "1920s",
    ];
    for _ in 0..400 {
        let mut text = String::new();
        for _ in 0..(next() % 40) {
            text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
        }
        for input in [
            files(&[("a.txt", &text), ("glossary.toml", GLOSSARY)]),
            files(&[("a.txt", "Ann."), ("a.toml", &text)]),
        ] {
            if let Err(errors) = compile(input) {
                assert!(errors
                    .iter()
                    .all(|e| e.to_string().starts_with("seeds/") && e.line >= 1 && e.col >= 1));
            }
        }
    }
}
