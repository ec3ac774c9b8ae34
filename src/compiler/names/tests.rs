//! The finder on made-up sentences: every rule and every exclusion, as `check(input, expected)`.

use super::*;

/// Finds the names of `text` (its own vocabulary) and writes each as `[words|kind]`, with
/// `?` after a guessed kind and `-` for no kind.
fn check(text: &str, expected: &str) {
    let sentences = crate::sentences::sentences(text);
    let vocabulary = Vocabulary::of(text, &sentences);
    let names = find_names(text, &sentences, &vocabulary);
    assert_eq!(render(text, &names), expected, "\ninput: {text}");
}

/// Like `check`, for a reference.
fn check_reference(text: &str, expected: &str) {
    let vocabulary = Vocabulary::of(text, &[(0, text.len())]);
    let names = find_in_reference(text, &vocabulary);
    assert_eq!(render(text, &names), expected, "\ninput: {text}");
}

fn render(text: &str, names: &[Name]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for name in names {
        out.push_str(&text[at..name.start]);
        let kind = name.kind.map_or("-", EntityKind::label);
        let guess = if name.strong || name.kind.is_none() {
            ""
        } else {
            "?"
        };
        out.push_str(&format!("[{}|{kind}{guess}]", &text[name.start..name.end]));
        at = name.end;
    }
    out.push_str(&text[at..]);
    out
}

#[test]
fn runs_of_capitalised_words_with_connectors() {
    check(
        "He met Anna Petrovna Volkova and General Pavel von Richter-Hall in Tula.",
        "He met [Anna Petrovna Volkova|person] and [General Pavel von Richter-Hall|person] in [Tula|place?].",
    );
    check(
        "She sat on the Revolutionary Council of the Northern Front and the Bureau for Foreign Trade.",
        "She sat on the [Revolutionary Council|organisation] of the [Northern Front|organisation] and the [Bureau for Foreign Trade|organisation].",
    );
    check(
        "His wife, B. K. Orlova, was born in Kursk Governorate.",
        "His wife, [B. K. Orlova|person], was born in [Kursk Governorate|place].",
    );
    check(
        "He joined the People's Commissariat for Roads and Canals in 1920.",
        "He joined the [People's Commissariat for Roads and Canals|organisation] in 1920.",
    );
}

#[test]
fn an_organ_of_a_named_body_is_two_names() {
    check(
        "He chaired the Presidium of the Supreme Council of the Timber Trade.",
        "He chaired the Presidium of the [Supreme Council of the Timber Trade|organisation].",
    );
    check(
        "He sat on the Bureau of the Executive Committee of the Party and the Military Board of the Southern Army.",
        "He sat on the Bureau of the [Executive Committee|organisation] of the Party and the [Military Board|organisation] of the [Southern Army|organisation].",
    );
    check(
        "As General Secretary of the Party he joined the Board of Directors and the Council of People's Commissars.",
        "As [General Secretary|organisation?] of the Party he joined the [Board of Directors|organisation] and the [Council of People's Commissars|organisation].",
    );
}

#[test]
fn ordinals_and_lowercase_heads() {
    check(
        "He served in the 9th Army and spoke at the Twelfth party congress.",
        "He served in the [9th Army|organisation] and spoke at the [Twelfth party congress|event].",
    );
    check(
        "The Orlov government fell during the Petrov affair.",
        "The [Orlov government|organisation] fell during the [Petrov affair|event].",
    );
    check(
        "He came first in the 5th round.",
        "He came first in the 5th round.",
    );
}

#[test]
fn quoted_titles_are_works_or_bodies() {
    check(
        "He signed \"The Letter of the Nine\" and ran the publishing house \"Zarya\" (Dawn).",
        "He signed \"[The Letter of the Nine|work]\" and ran the publishing house \"[Zarya|organisation]\" (Dawn).",
    );
    check(
        "They called him a \"fake economic leader.\"",
        "They called him a \"fake economic leader.\"",
    );
}

#[test]
fn a_list_after_a_preposition_is_of_places() {
    check(
        "He worked in Tula, Upper Volok, Orsk, and Kem with Ivan Orlov and the Central Committee.",
        "He worked in [Tula|place?], [Upper Volok|place?], [Orsk|place?], and [Kem|place?] with [Ivan Orlov|person?] and the [Central Committee|organisation].",
    );
}

#[test]
fn places_from_their_endings_and_relations() {
    check(
        "They failed to take Kovno and reached the outskirts of Dvinsk, east of the Ardennes. \
         Orlov stayed in Reval (Tallinn) and lost Zlatograd. The Okhrana watched.",
        "They failed to take [Kovno|place?] and reached the outskirts of [Dvinsk|place], east of the [Ardennes|place]. \
         Orlov stayed in [Reval|place?] ([Tallinn|place?]) and lost [Zlatograd|place?]. The [Okhrana|organisation?] watched.",
    );
}

#[test]
fn brackets_and_factions() {
    // A party's faction in brackets is part of its name; a faction's members are a group.
    check(
        "He sat on the Central Committee of the Social Democratic Labour Party (Mensheviks) with fellow Mensheviks.",
        "He sat on the [Central Committee|organisation] of the [Social Democratic Labour Party (Mensheviks)|organisation] with fellow [Mensheviks|organisation].",
    );
    check(
        "He became a Menshevik. A fellow Menshevik who knew him was a Latvian. Menshevik leaders met.",
        "He became a [Menshevik|organisation]. A fellow [Menshevik|organisation] who knew him was a Latvian. Menshevik leaders met.",
    );
}

#[test]
fn what_is_never_a_name() {
    // Sentence-initial ordinary words, months, adjectives, a head noun alone, titles alone.
    check(
        "In March, the Russian and Soviet press attacked the Party. After that the Congress met.",
        "In March, the Russian and Soviet press attacked the Party. After that the Congress met.",
    );
    check(
        "Their Trotskyist friends met a former Colonel on Monday.",
        "Their Trotskyist friends met a former Colonel on Monday.",
    );
    check(
        "A Latvian Bolshevik leader left. Bolshevik leaders stayed.",
        "A Latvian Bolshevik leader left. Bolshevik leaders stayed.",
    );
}

#[test]
fn sentence_starts_follow_the_text() {
    // "Volkov" is capitalised mid-sentence elsewhere, so it is a name at a sentence's start;
    // "Historian" is written in lowercase elsewhere, so it is not part of the name.
    check(
        "Volkov left. The historian agreed with Volkov. Historian Ilya Sorin disagreed.",
        "[Volkov|-] left. The historian agreed with [Volkov|-]. Historian [Ilya Sorin|person] disagreed.",
    );
    check("Freed at last, he wept.", "Freed at last, he wept.");
}

#[test]
fn context_gives_the_kind() {
    check(
        "He was deported to Narym. Kolokol declared war. The army of Semyonov fled. Denisov's army fled.",
        "He was deported to [Narym|place]. [Kolokol|person] declared war. The army of [Semyonov|person] fled. [Denisov|person]'s army fled.",
    );
    check(
        "They moved to New Ulm and joined the NKPS.",
        "They moved to [New Ulm|place] and joined the [NKPS|organisation?].",
    );
}

#[test]
fn references_in_citation_style() {
    check_reference(
        "Petrov, Ilya; Sorina, Anna K. (1971). Lives of the Commissars. Oxford: Clarendon Press. p. 12. ISBN 0-19-821234-5.",
        "[Petrov, Ilya|person]; [Sorina, Anna K.|person] (1971). [Lives of the Commissars|work]. [Oxford|place]: [Clarendon Press|organisation]. p. 12. ISBN 0-19-821234-5.",
    );
    check_reference(
        "Sorina. Lives of the Commissars. p. 40.",
        "[Sorina|person]. [Lives of the Commissars|work]. p. 40.",
    );
    check_reference(
        "Orlov, Pavel (1969). Memoirs, volume 2. Falcon Books. pp. 10–12.",
        "[Orlov, Pavel|person] (1969). [Memoirs|work], volume 2. [Falcon Books|organisation]. pp. 10–12.",
    );
    check_reference(
        "The Trial of the Nine. Kazan: Volga Press. 1930.",
        "[The Trial of the Nine|work]. [Kazan|place]: [Volga Press|organisation]. 1930.",
    );
    check_reference(
        "Petrov & Sorina 1971, p. 12.",
        "[Petrov|person] & [Sorina|person] 1971, p. 12.",
    );
    check_reference(
        "Kazan: Volga U.P. p. 95.",
        "[Kazan|place]: [Volga U.P.|organisation] p. 95.",
    );
    check_reference(
        "Leningrad: NKP (People's Commissariat of Posts) 1930. p. 7.",
        "[Leningrad|place]: [NKP|organisation] ([People's Commissariat of Posts|organisation]) 1930. p. 7.",
    );
}

#[test]
fn bad_input_never_panics_nor_makes_long_names() {
    let shouting = "THE LIFE AND TIMES OF A VERY LOUD MAN WHO WROTE IN CAPITALS.";
    check(shouting, shouting);
    let long = "Word ".repeat(10_000);
    let sentences = crate::sentences::sentences(&long);
    let vocabulary = Vocabulary::of(&long, &sentences);
    for name in find_names(&long, &sentences, &vocabulary) {
        assert!(long[name.start..name.end].split_whitespace().count() <= 12);
    }
    check("", "");
    check("\"", "\"");
    check(
        "“Unclosed Quote and more",
        "“[Unclosed Quote|person?] and more",
    );
}

#[test]
fn a_toponym_after_saint_and_before_a_body() {
    check(
        "He was the deputy head of the Zlatograd Vecheka and later lived in Saint Ilyaburg.",
        "He was the deputy head of the [Zlatograd Vecheka|organisation?] and later lived in [Saint Ilyaburg|place?].",
    );
    check(
        "Saint Nicholas Orlov was a bishop.",
        "[Saint Nicholas Orlov|person] was a bishop.",
    );
}
