//! Stable anchors: section and paragraph ids follow the documented rule and do not move when
//! text elsewhere in the article changes.

use std::collections::BTreeMap;

use super::files;
use parallel_lives_compiler::compile::compile;
use parallel_lives_model::Article;

const EARLY: &str =
    "== Early life ==\n\nAnn was born in a village.\n\nShe went to school in town.\n\n";
const WAR: &str = "== Civil War ==\n\nIn 1918 she joined the Red Army.\n\nShe fought on the Eastern Front.\n\nShe was wounded.\n\n";
const LATER: &str = "== Later years ==\n\nShe wrote her memoirs.\n";

/// Compiles one made-up article from its text.
fn article(text: &str) -> Article {
    let corpus = compile(files(&[("ann.txt", text)])).expect("the made-up article compiles");
    corpus.articles.into_iter().next().expect("one article")
}

/// Every section and paragraph id, with the text it anchors (a section by its title).
fn anchors(article: &Article) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for section in &article.sections {
        out.insert(section.id.clone(), section.title.clone());
        for paragraph in &section.paragraphs {
            out.insert(paragraph.id.clone(), paragraph.text.text.trim().to_string());
        }
    }
    out
}

fn base() -> String {
    format!("Ann Example was a made-up person.\n\nShe lived long.\n\n{EARLY}{WAR}{LATER}")
}

#[test]
fn ids_follow_the_documented_rule() {
    let ids: Vec<String> = anchors(&article(&base())).into_keys().collect();
    let expected = [
        "civil-war",
        "civil-war-p1",
        "civil-war-p2",
        "civil-war-p3",
        "early-life",
        "early-life-p1",
        "early-life-p2",
        "later-years",
        "later-years-p1",
        "lead",
        "lead-p1",
        "lead-p2",
    ];
    assert_eq!(ids, expected);
}

/// Anchors of the unedited sections are the same ids for the same text after `edited`.
fn check_untouched(edited: &str, untouched: &[&str]) {
    let before = anchors(&article(&base()));
    let after = anchors(&article(edited));
    for prefix in untouched {
        let pick = |map: &BTreeMap<String, String>| -> Vec<(String, String)> {
            map.iter()
                .filter(|(id, _)| *id == prefix || id.starts_with(&format!("{prefix}-p")))
                .map(|(id, text)| (id.clone(), text.clone()))
                .collect()
        };
        let kept = pick(&before);
        assert!(!kept.is_empty(), "no anchors start with {prefix}");
        assert_eq!(pick(&after), kept, "anchors of {prefix} moved");
    }
}

#[test]
fn rewording_the_lead_moves_no_other_anchor() {
    let edited = format!(
        "Ann Example, born in 1900, was an entirely made-up person.\n\nShe lived a long life.\n\n{EARLY}{WAR}{LATER}"
    );
    check_untouched(&edited, &["early-life", "civil-war", "later-years"]);
}

#[test]
fn adding_a_paragraph_to_one_section_moves_no_other_anchor() {
    let early = format!("{EARLY}She read every book in the library.\n\n");
    let edited =
        format!("Ann Example was a made-up person.\n\nShe lived long.\n\n{early}{WAR}{LATER}");
    check_untouched(&edited, &["lead", "civil-war", "later-years"]);
}

#[test]
fn adding_or_removing_a_section_moves_no_other_anchor() {
    let exile = "== Exile ==\n\nShe was sent to Siberia.\n\n";
    let added = format!(
        "Ann Example was a made-up person.\n\nShe lived long.\n\n{EARLY}{exile}{WAR}{LATER}"
    );
    check_untouched(&added, &["lead", "early-life", "civil-war", "later-years"]);
    let removed = format!("Ann Example was a made-up person.\n\nShe lived long.\n\n{WAR}{LATER}");
    check_untouched(&removed, &["lead", "civil-war", "later-years"]);
}
