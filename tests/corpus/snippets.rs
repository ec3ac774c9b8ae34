//! Snippets and place labels: the quotations and "where" lines the cards show, on made-up text and on the real seeds.

use parallel_lives_model::*;

use super::corpus;

fn check_first(text: &str, reach: usize, expected: (&str, bool)) {
    assert_eq!(
        first_words(text, reach),
        expected,
        "first_words({text:?}, {reach})"
    );
}

fn check_last(text: &str, reach: usize, expected: (&str, bool)) {
    assert_eq!(
        last_words(text, reach),
        expected,
        "last_words({text:?}, {reach})"
    );
}

#[test]
fn words_are_cut_at_word_boundaries() {
    check_first(" was born in Aloja.", 100, (" was born in Aloja.", false));
    check_first(" was born in Aloja.", 9, (" was born", true));
    check_first(" was born in Aloja.", 11, (" was born", true));
    check_first(" was born in Aloja.", 12, (" was born in", true));
    check_first("", 5, ("", false));
    check_first("word   ", 4, ("word", false));
    check_first("Сми́лга и Смирнов", 8, ("Сми́лга", true));

    check_last(
        "Ivar Smilga was born in ",
        100,
        ("Ivar Smilga was born in ", false),
    );
    check_last("Ivar Smilga was born in ", 9, ("born in ", true));
    check_last("Ivar Smilga was born in ", 10, ("born in ", true));
    check_last("Ivar Smilga was born in ", 13, ("was born in ", true));
    check_last("Ivar Smilga was born in ", 0, ("", true));
    check_last("   ", 1, ("", false));
    check_last("в Москве, ", 8, ("Москве, ", true));
    check_last("в Москве, ", 7, ("", true));
}

/// The place of the first mention whose words are `words` in the article `slug`.
fn mention_place(slug: &str, words: &str) -> Place {
    let corpus = corpus();
    let (article, _) = corpus.article(slug).expect("article");
    corpus
        .mentions
        .iter()
        .find(|m| m.place.article == article && m.text == words)
        .unwrap_or_else(|| panic!("no mention {words:?} in {slug}"))
        .place
        .clone()
}

#[test]
fn a_snippet_quotes_the_words_in_their_sentence() {
    let corpus = corpus();
    let place = mention_place("ivan-smirnov", "Alexander Kolchak");
    let snippet = corpus.snippet_at(&place, 40).expect("a snippet");
    assert_eq!(snippet.words, "Alexander Kolchak");
    assert_eq!(snippet.before, "a pivotal role in defeating the army of ");
    assert!(snippet.cut_before);
    assert_eq!(snippet.after, " during the war, and in the subsequent");
    assert!(snippet.cut_after);

    // With a long reach, the whole sentence and nothing of its neighbours.
    let whole = corpus.snippet_at(&place, 1000).expect("a snippet");
    assert!(
        whole.before.starts_with("Smirnov played a pivotal role"),
        "{whole:?}"
    );
    assert!(whole.after.ends_with("on 7 February 1920."), "{whole:?}");
    assert!(!whole.cut_before && !whole.cut_after);
}

#[test]
fn a_snippet_outside_the_body_quotes_its_field_or_reference() {
    let corpus = corpus();
    let (smirnov, article) = corpus.article("ivan-smirnov").expect("article");
    let field = article
        .infobox
        .iter()
        .find(|f| f.value.text.contains("Moscow"))
        .expect("a field naming Moscow");
    let place = corpus
        .mentions
        .iter()
        .find(|m| {
            m.place.article == smirnov
                && matches!(m.place.holder, Holder::Infobox(_))
                && m.text == "Moscow"
        })
        .expect("the mention")
        .place
        .clone();
    let snippet = corpus.snippet_at(&place, 200).expect("a snippet");
    assert_eq!(
        format!("{}{}{}", snippet.before, snippet.words, snippet.after),
        field.value.text
    );
    assert_eq!(corpus.place_label(&place), "Infobox");
}

#[test]
fn places_are_labelled_by_section_and_paragraph() {
    let corpus = corpus();
    let (smirnov, _) = corpus.article("ivan-smirnov").expect("article");
    let (smilga, _) = corpus.article("ivar-smilga").expect("article");
    let at = |holder: Holder| Place {
        article: smirnov,
        holder,
        span: Span::default(),
    };
    let paragraph = |id: &str| at(Holder::Paragraph(id.to_owned()));
    let reference = |id: &str| at(Holder::Reference(id.to_owned()));
    assert_eq!(
        corpus.place_label(&paragraph("lead-p1")),
        "Introduction, paragraph 1"
    );
    assert_eq!(
        corpus.place_label(&paragraph("opposition-p2")),
        "Opposition, paragraph 2"
    );
    let in_smilga = Place {
        article: smilga,
        ..reference("ref-3")
    };
    assert_eq!(corpus.place_label(&in_smilga), "Reference 3");
    assert_eq!(
        corpus.place_label(&reference("ref-3")),
        "ref-3",
        "Smirnov has no references"
    );
    assert_eq!(corpus.place_label(&at(Holder::Infobox(0))), "Infobox");
}

#[test]
fn a_place_outside_its_text_has_no_snippet() {
    let corpus = corpus();
    let mut place = mention_place("ivan-smirnov", "Kolchak");
    place.holder = Holder::Paragraph("lead-p1".to_owned());
    place.span = Span::new(usize::MAX / 4, usize::MAX / 4 + 3);
    assert_eq!(corpus.snippet_at(&place, 40), None);
    place.holder = Holder::Paragraph("no-such-paragraph".to_owned());
    assert_eq!(corpus.snippet_at(&place, 40), None);
}
