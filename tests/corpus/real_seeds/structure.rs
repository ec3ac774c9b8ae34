//! The shape of both compiled texts: every span points back into its seed, no text is lost, sections, infobox and references, a glued quotation, the citation-needed marker, and sentences.

use super::article;
use crate::{corpus, seed};
use parallel_lives_model::*;

/// Every text of an article taken from its seed: infobox values, paragraphs, references.
fn texts(article: &Article) -> impl Iterator<Item = &Text> {
    let paragraphs = article.sections.iter().flat_map(|s| &s.paragraphs);
    article
        .infobox
        .iter()
        .map(|f| &f.value)
        .chain(paragraphs.map(|p| &p.text))
        .chain(article.references.iter().map(|r| &r.text))
}

fn paragraphs(slug: &str) -> Vec<&'static Paragraph> {
    article(slug)
        .1
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .collect()
}

#[test]
fn every_span_points_back_into_its_seed() {
    let corpus = corpus();
    for article in &corpus.articles {
        let text = seed(&article.slug);
        for t in texts(article) {
            assert_eq!(
                &text[t.source.start as usize..t.source.end as usize],
                t.text
            );
        }
    }
    for mention in &corpus.mentions {
        let text = seed(&corpus.articles[mention.place.article as usize].slug);
        assert_eq!(
            &text[mention.place.span.start as usize..mention.place.span.end as usize],
            mention.text
        );
    }
    for date in &corpus.dates {
        let text = seed(&corpus.articles[date.place.article as usize].slug);
        assert_eq!(
            &text[date.place.span.start as usize..date.place.span.end as usize],
            date.text
        );
    }
}

/// Nothing is lost: every word of a seed is in the title, the infobox, a heading, a paragraph,
/// a reference, or the wiki debris that is dropped on purpose.
#[test]
fn no_text_is_lost() {
    for article in &corpus().articles {
        let text = seed(&article.slug);
        let mut covered = vec![false; text.len()];
        let mut cover = |s: usize, e: usize| covered[s..e].iter_mut().for_each(|c| *c = true);
        for t in texts(article) {
            cover(t.source.start as usize, t.source.end as usize);
        }
        let mut left = String::new();
        for (i, c) in text.char_indices() {
            if !covered[i] {
                left.push(c);
            }
        }
        let left: Vec<&str> = left.split_whitespace().collect();
        let allowed = [
            "=",
            "Ivan",
            "Smirnov",
            "(politician)",
            "-",
            "Native",
            "Name",
            "Lang:",
            "Birth",
            "Date:",
            "Place:",
            "Death",
            "Resting",
            "Office:",
            "Term",
            "Start:",
            "End:",
            "Predecessor:",
            "Successor:",
            "Nationality:",
            "Citizenship:",
            "Party:",
            "Spouse:",
            "Children:",
            "==",
            "Political",
            "life",
            "{{cite",
            "book}}:",
            "CS1",
            "maint:",
            "location",
            "(link)",
        ];
        for word in left {
            assert!(
                allowed.contains(&word),
                "{}: {word:?} is not in any element",
                article.slug
            );
        }
    }
}

#[test]
fn the_shapes_of_both_texts() {
    let (_, smirnov) = article("ivan-smirnov");
    assert_eq!(smirnov.title, "Ivan Smirnov");
    assert_eq!(smirnov.infobox.len(), 16);
    assert_eq!(smirnov.infobox[1].key, "Birth Date");
    assert_eq!(smirnov.infobox[1].value.text, "January 1881");
    assert_eq!(smirnov.infobox[15].value.text, "4");
    assert_eq!(smirnov.sections[0].id, "lead");
    assert!(smirnov
        .sections
        .iter()
        .any(|s| s.title == "Political life" && s.id == "political-life"));
    assert_eq!(
        smirnov.born.map(|d| d.first.to_string()),
        Some("1881-01-01".into())
    );
    assert_eq!(
        smirnov.died.map(|d| d.last.to_string()),
        Some("1936-08-25".into())
    );
    assert!(smirnov.references.is_empty());
    assert!(smirnov
        .summary
        .starts_with("Ivan Nikitich Smirnov was a Russian Bolshevik revolutionary"));

    let (_, smilga) = article("ivar-smilga");
    assert_eq!(smilga.title, "Ivar Smilga");
    assert!(smilga.infobox.is_empty());
    assert!(
        smilga.sections.len() >= 4,
        "the flat text is given sections"
    );
    assert!(paragraphs("ivar-smilga").len() >= 10, "and paragraphs");
    assert_eq!(
        smilga.born.map(|d| d.first.to_string()),
        Some("1892-12-02".into())
    );
    assert!(
        smilga.references.len() >= 15,
        "{} references",
        smilga.references.len()
    );
    assert!(smilga.references[0]
        .text
        .text
        .starts_with("Haupt, Georges; Marie, Jean-Jacques (1974)"));
    assert!(smilga.references[0]
        .text
        .text
        .ends_with("ISBN\u{a0}0-04-947021-3."));
    assert_eq!(
        smilga.references[1].text.text,
        "Haupt & Marie 1974, p.\u{a0}237."
    );
    assert!(smilga
        .references
        .iter()
        .all(|r| !r.text.text.contains("{{") && !r.text.text.contains("CS1 maint")));
    assert!(smilga
        .references
        .last()
        .unwrap()
        .text
        .text
        .starts_with("Leaders of the Russian Revolution"));
}

#[test]
fn a_quotation_glued_to_the_previous_sentence_is_its_own_block() {
    let all = paragraphs("ivan-smirnov");
    let quote = all
        .iter()
        .position(|p| p.block == Block::Quotation)
        .expect("a quotation");
    assert!(all[quote]
        .text
        .text
        .starts_with("It is clear.. that Trotsky"));
    assert!(all[quote]
        .text
        .text
        .ends_with("the evidential basis for their prosecution."));
    assert!(all[quote - 1]
        .text
        .text
        .ends_with("Smirnov was rehabilitated in 1988."));
    assert!(all[quote].source.is_some());
}

#[test]
fn citation_needed_is_a_marker_ending_its_sentence() {
    let all = paragraphs("ivar-smilga");
    let marks: Vec<(&Paragraph, &Mark)> = all
        .iter()
        .flat_map(|p| p.text.marks.iter().map(move |m| (*p, m)))
        .filter(|(_, m)| m.kind == MarkKind::CitationNeeded)
        .collect();
    assert_eq!(marks.len(), 1);
    let (paragraph, mark) = marks[0];
    assert_eq!(
        &paragraph.text.text[mark.span.start as usize..mark.span.end as usize],
        "[citation needed]"
    );
    let ending_there = paragraph
        .sentences
        .iter()
        .find(|s| s.end == mark.span.end)
        .expect("a sentence ends at the marker");
    assert!(paragraph.text.text[ending_there.start as usize..].starts_with("In 1906, Tenis Smilga"));
}

#[test]
fn sentences_split_at_glued_stops_but_not_at_initials() {
    let sentences: Vec<&str> = paragraphs("ivan-smirnov")
        .iter()
        .flat_map(|p| {
            p.sentences
                .iter()
                .map(|s| &p.text.text[s.start as usize..s.end as usize])
        })
        .collect();
    assert!(sentences.contains(&"Smirnov was rehabilitated in 1988."));
    assert!(sentences
        .iter()
        .any(|s| s.contains("Smirnov’s ex-wife, A. N. Safonova, begged him")));
}
