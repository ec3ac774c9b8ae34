//! Facts about a subject are read from its own article only, whatever other articles say of it.

use super::{files, ANN_GLOSSARY as GLOSSARY};
use parallel_lives_compiler::compile::compile;

const FACTS: &str = r#"
[[fact]]
name = "birth date"
compare = "date"
words = ["born"]
life = "start"
"#;

#[test]
fn a_mention_in_another_article_never_slices_this_one() {
    // The other article ("abe") comes first. "Abe met " is 8 bytes, so its mention of Ann
    // ends at byte 19, which in Ann's own text falls inside the "Ж" that spans bytes 18..20.
    let corpus = compile(files(&[
        ("glossary.toml", GLOSSARY),
        ("facts.toml", FACTS),
        (
            "ann.txt",
            "ЖЖЖЖЖЖЖЖЖЖ Ann Example (May 1900 – 1970) was made up. She was born in May 1900.",
        ),
        ("ann.toml", "subject = \"ann\"\ntitle = \"Ann\"\n"),
        (
            "abe.txt",
            "Abe met Ann Example in 1920, and he met her again.",
        ),
    ]))
    .expect("compiles");
    assert_eq!(corpus.articles.len(), 2);
    assert!(
        corpus.conflicts.is_empty(),
        "the life dates and the prose agree: {:?}",
        corpus.conflicts
    );
}
