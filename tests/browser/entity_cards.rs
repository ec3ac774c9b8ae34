//! What a name's card says: a person's age at the time of the passage, how a found name was found and where it is first named, a date inside a name, and a long list of mentions.

use wasm_bindgen_test::*;

use crate::support::{card_of, hrefs, html_element, mark, mount, settle, texts};

#[wasm_bindgen_test]
async fn a_person_card_gives_the_age_then_and_the_other_mentions() {
    let app = mount("/ivar-smilga").await;
    // Smilga in the Civil War sentence: born 2 December 1892, the passage is set in
    // August 1918 – April 1919, so he was 25 or 26.
    let button = mark(&app, "#early-life-p1", "Smilga");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(
        app.text(".card .card-age"),
        "Aged 25–26 at the time of this passage (August 1918 – April 1919)"
    );
    // The other mentions: the lead of his own biography first, then the other biography.
    assert_eq!(
        texts(&card, ".card-group-title"),
        ["In Ivar Smilga (1 passage)", "In Ivan Smirnov (1 passage)"]
    );
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivar-smilga#lead-p1", "/ivan-smirnov#civil-war-p1"]
    );
    assert_eq!(
        texts(&card, ".card-passages a"),
        [
            "Ivar Smilga was a Latvian Bolshevik.",
            "Smirnov met Smilga during the Civil War in September 1918.",
        ]
    );
    assert_eq!(
        texts(&card, ".card-passages a mark"),
        ["Ivar Smilga", "Smilga"]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // No age where the passage has no date; the card of the lead mention lists the other two.
    let lead = mark(&app, "#lead-p1", "Ivar Smilga");
    html_element(&lead).focus().unwrap();
    settle().await;
    app.none(".card .card-age");
    assert_eq!(
        hrefs(&card_of(&lead), ".card-passages a"),
        ["/ivar-smilga#early-life-p1", "/ivan-smirnov#civil-war-p1"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_found_name_card_says_how_it_was_found_and_where_it_is_first_named() {
    let app = mount("/ivan-smirnov").await;
    // The misspelt mention, in the paragraph's last sentence.
    let button = mark(&app, "#lead-p2", "Orllov");
    assert!(button.class_list().contains("mark-person"));
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-name"), "Pavel Orlov");
    assert_eq!(
        app.text(".card .card-kind"),
        "person (kind inferred from the text)"
    );
    assert_eq!(app.text(".card .card-variants"), "Also spelt: Orllov");
    assert_eq!(
        app.text(".card .card-found"),
        "Not in the glossary: found in the text."
    );
    app.none(".card .card-description");
    app.none(".card .card-age");
    app.none(".card .card-name-date");
    // Where the article first names him, then the one other sentence naming him.
    assert_eq!(
        app.text(".card .card-first-named .card-heading"),
        "First named"
    );
    assert_eq!(
        texts(&card, ".card-first-named a"),
        ["He knew Pavel Orlov in Tomsk."]
    );
    assert_eq!(texts(&card, ".card-first-named a mark"), ["Pavel Orlov"]);
    assert_eq!(
        hrefs(&card, ".card-first-named a"),
        ["/ivan-smirnov#lead-p2"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-group-title"),
        ["In Ivan Smirnov (1 passage)"]
    );
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a"),
        ["The police never caught Orlov."]
    );
    html_element(&button).blur().unwrap();
    settle().await;

    // Read where he is first named: no "First named", both other sentences listed.
    let first = mark(&app, "#lead-p2", "Pavel Orlov");
    html_element(&first).focus().unwrap();
    settle().await;
    let card = card_of(&first);
    app.none(".card .card-first-named");
    assert_eq!(
        texts(&card, ".card-mentions .card-passages a mark"),
        ["Orlov", "Orllov"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_name_with_a_date_in_it_gives_the_date_and_each_subjects_age() {
    let app = mount("/ivan-smirnov").await;
    // One mark for the whole name: the date inside it has none.
    assert_eq!(app.count("#lead-p2 button.mark-date"), 0);
    let button = mark(&app, "#lead-p2", "1905 Revolution");
    assert!(button.class_list().contains("mark-event"));
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-name"), "1905 Revolution");
    // A found name whose kind rests on its head noun: no "inferred".
    assert_eq!(app.text(".card .card-kind"), "event");
    app.none(".card .card-variants");
    assert_eq!(
        app.text(".card .card-name-date .card-heading"),
        "Date in the name"
    );
    assert_eq!(app.text(".card .card-name-date-words"), "1905");
    // Smirnov, born in January 1881, and Smilga, born 2 December 1892, some time in 1905
    // (the biographies in the order of their files).
    assert_eq!(
        texts(&card, ".card-name-date [role='listitem']"),
        ["Ivan Smirnov was 23–24", "Ivar Smilga was 12–13"]
    );
    app.none(".card .card-first-named");
    assert_eq!(
        app.text(".card .card-note:not(.card-found)"),
        "Mentioned nowhere else in the biographies."
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn a_long_list_of_mentions_shows_four_and_the_rest_on_demand() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#ref-1", "Pravda");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(
        texts(&card, ".card-group-title"),
        ["In Ivan Smirnov (5 passages)"]
    );
    assert_eq!(app.count(".card .card-passages a"), 4);
    let more = app.one(".card button.card-more");
    assert_eq!(more.text_content().unwrap(), "and 1 more");
    assert_eq!(
        more.get_attribute("aria-expanded").as_deref(),
        Some("false")
    );
    html_element(&more).click();
    settle().await;
    assert_eq!(app.count(".card .card-passages a"), 5);
    assert_eq!(more.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(
        texts(&card, ".card-passages a").last().map(String::as_str),
        Some("Pravda came back.")
    );
    app.destroy();
}
