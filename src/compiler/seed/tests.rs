//! The shape of made-up seeds: title, infobox, headings, blocks, references and editorial breaks, and the diagnostics of malformed ones.

use super::*;

fn shape(text: &str, data: &str) -> Result<Shape, Vec<String>> {
    let parsed: ArticleData =
        crate::editorial::parse("seeds/t.toml", data).map_err(|d| vec![d.to_string()])?;
    parse("seeds/t.txt", text, &parsed, "seeds/t.toml", data)
        .map_err(|ds| ds.iter().map(ToString::to_string).collect())
}

/// Renders a shape as lines of text, one per element, for comparison.
fn outline(text: &str, shape: &Shape) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(title) = &shape.title {
        out.push(format!("title {title}"));
    }
    for field in &shape.infobox {
        out.push(format!(
            "field {} = {}",
            field.key,
            &text[field.value.0..field.value.1]
        ));
    }
    for section in &shape.sections {
        out.push(format!("section {}", section.title));
        for block in &section.blocks {
            let kind = match block.block {
                Block::Prose => "p",
                Block::Quotation => "quote",
            };
            out.push(format!("  {kind} {}", &text[block.start..block.end]));
        }
    }
    for (s, e) in &shape.references {
        out.push(format!("ref {}", &text[*s..*e]));
    }
    out
}

fn check(text: &str, data: &str, expected: &[&str]) {
    let shape = shape(text, data).unwrap_or_else(|e| panic!("unexpected errors: {e:?}"));
    assert_eq!(outline(text, &shape), expected);
}

fn check_error(text: &str, data: &str, expected: &str) {
    match shape(text, data) {
        Ok(shape) => panic!("expected an error, got {:?}", outline(text, &shape)),
        Err(errors) => assert_eq!(errors.join("\n"), expected),
    }
}

#[test]
fn title_infobox_headings_and_paragraphs() {
    check(
        "= A Person (x) =\n\nA Person\n- Birth Date: 1 May 1900\n- Party: X: Y\n\nLead one.\nStill lead.\n\n== Life ==\nFirst.\n\nSecond.\n",
        "",
        &[
            "title A Person (x)",
            "field Birth Date = 1 May 1900",
            "field Party = X: Y",
            "section ",
            "  p Lead one.\nStill lead.",
            "section Life",
            "  p First.",
            "  p Second.",
        ],
    );
}

#[test]
fn a_quotation_may_end_its_paragraph() {
    check(
        "One. Quoted words here.\n\nTwo.",
        r#"
        [[quotation]]
        at = "Quoted words"
        until = "here."
        "#,
        &[
            "section ",
            "  p One.",
            "  quote Quoted words here.",
            "  p Two.",
        ],
    );
}

#[test]
fn flat_text_broken_by_editorial_data() {
    check(
        "One. Two. Three. Four.Quoted words here. Smith, J. (1990). A Book. {{cite book}}: CS1 maint: location (link) Jones 1991, p. 3.",
        r#"
        [[section]]
        title = "Later"
        at = "Three."
        [[paragraph]]
        at = "Two."
        [[quotation]]
        at = "Quoted words"
        until = "here."
        source = "Someone"
        [references]
        at = "Smith, J."
        entries = ["Jones 1991"]
        "#,
        &[
            "section ",
            "  p One.",
            "  p Two.",
            "section Later",
            "  p Three. Four.",
            "  quote Quoted words here.",
            "ref Smith, J. (1990). A Book.",
            "ref Jones 1991, p. 3.",
        ],
    );
}

#[test]
fn texts_that_place_breaks_must_name_one_place_in_the_body() {
    check_error(
        "Alpha beta. Alpha gamma.",
        "[[paragraph]]\nat = \"Alpha\"\n",
        "seeds/t.toml:2:6: the text \"Alpha\" occurs 2 times in the seed; make it longer so it names one place",
    );
    check_error(
        "Alpha beta.",
        "\n[[section]]\ntitle = \"X\"\nat = \"Omega\"\n",
        "seeds/t.toml:4:6: the text \"Omega\" does not occur in the seed",
    );
    check_error(
        "= T =\n\nBody text.",
        "[[paragraph]]\nat = \"T\"\n",
        "seeds/t.toml:2:6: the text is not in the body of the seed (it is in the title, infobox or a heading)",
    );
    check_error(
        "Body.",
        "[[paragraph]]\nat = \"Body.\"\ncolour = 3\n",
        "seeds/t.toml:3:1: unknown field `colour`, expected `at`",
    );
}

#[test]
fn malformed_shapes_are_reported_where_they_are() {
    check_error(
        "Text.\n\n== Unclosed\n\nMore.",
        "",
        "seeds/t.txt:3:1: unterminated heading: write `== Heading ==` on a line of its own",
    );
    check_error(
        "Name\n- Key: value\n- no colon here\n\nBody.",
        "",
        "seeds/t.txt:3:3: infobox line must read `- Key: Value`",
    );
}

#[test]
fn decode_rejects_what_is_not_a_text() {
    let err = |bytes: &[u8]| decode("seeds/x.txt", bytes).unwrap_err().to_string();
    assert_eq!(err(b""), "seeds/x.txt:1:1: the seed is empty");
    assert_eq!(err(b" \n\n "), "seeds/x.txt:1:1: the seed is empty");
    assert_eq!(
        err(b"ok\nab\xffcd"),
        "seeds/x.txt:2:3: invalid UTF-8: seed texts must be UTF-8"
    );
    assert_eq!(
        err(b"a\0b"),
        "seeds/x.txt:1:2: NUL byte: this looks like a binary file, not a text"
    );
    let big = vec![b'a'; MAX_SEED_BYTES + 1];
    assert!(err(&big).contains("a seed may be at most"));
}
