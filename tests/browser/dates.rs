//! Dates: a date's card (its words, ISO value, precision, ages and the other biography then), and dates and ages in words.

use chrono::NaiveDate;
use parallel_lives::components::date_words::{
    age_in_words, date_in_words, iso_value, life_in_words,
};
use parallel_lives::model::{DateSpan, Precision};
use wasm_bindgen_test::*;

use crate::support::{card_of, hrefs, html_element, mark, mount, settle, texts};

// ---- helpers ----

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn span(first: NaiveDate, last: NaiveDate, precision: Precision) -> DateSpan {
    DateSpan {
        first,
        last,
        precision,
    }
}

// ---- tests ----

#[wasm_bindgen_test]
async fn a_date_card_gives_ages_and_what_the_other_biography_says_then() {
    let app = mount("/ivar-smilga").await;
    let button = mark(&app, "#early-life-p1", "August 1918 to April 1919");
    html_element(&button).focus().unwrap();
    settle().await;
    let card = card_of(&button);
    assert_eq!(app.text(".card .card-precision"), "Stated to the month");
    assert_eq!(
        app.text(".card .card-range"),
        "Any day from 1 August 1918 to 30 April 1919"
    );
    // Smirnov, born in January 1881, and Smilga, born 2 December 1892.
    assert_eq!(
        texts(&card, ".card-age"),
        ["Ivan Smirnov was 37–38", "Ivar Smilga was 25–26"]
    );
    // September 1918 is within the months; 1936 is not.
    assert_eq!(texts(&card, ".card-group-title"), ["In Ivan Smirnov"]);
    assert_eq!(
        hrefs(&card, ".card-passages a"),
        ["/ivan-smirnov#civil-war-p1"]
    );
    assert_eq!(texts(&card, ".card-passages a mark"), ["September 1918"]);
    assert_eq!(texts(&card, ".card-passage-note"), ["September 1918"]);
    html_element(&button).blur().unwrap();
    settle().await;

    // A decade is too broad for "the same period"; a date before anyone's birth has no ages.
    let decade = mark(&app, "#later-years-p1", "1920s");
    html_element(&decade).focus().unwrap();
    settle().await;
    app.none(".card .card-same-period");
    html_element(&decade).blur().unwrap();
    let birth = mark(&app, "#infobox", "2 December 1892");
    html_element(&birth).focus().unwrap();
    settle().await;
    assert_eq!(
        texts(&card_of(&birth), ".card-age"),
        ["Ivan Smirnov was 11", "Ivar Smilga was born"]
    );
    app.destroy();
}

#[wasm_bindgen_test]
async fn date_cards_give_the_date_in_words_and_its_iso_value() {
    let app = mount("/ivar-smilga").await;
    let cases = [
        (
            "#infobox",
            "2 December 1892",
            "2 December 1892",
            "1892-12-02",
        ),
        (
            "#early-life-p1",
            "August 1918 to April 1919",
            "August 1918 – April 1919",
            "1918-08-01 – 1919-04-30",
        ),
        (
            "#later-years-p1",
            "1920s",
            "1920s",
            "1920-01-01 – 1929-12-31",
        ),
    ];
    for (scope, marked, words, iso) in cases {
        let button = mark(&app, scope, marked);
        html_element(&button).focus().unwrap();
        settle().await;
        assert_eq!(app.text(".card .card-name"), words);
        assert_eq!(app.text(".card .card-kind"), "date");
        assert_eq!(app.text(".card .card-iso"), iso);
        html_element(&button).blur().unwrap();
        settle().await;
    }
    app.destroy();
}

#[wasm_bindgen_test]
fn ages_in_words() {
    let day = |y, m, d| span(ymd(y, m, d), ymd(y, m, d), Precision::Day);
    let born = day(1892, 12, 2);
    assert_eq!(
        age_in_words(&day(1918, 12, 1), &born, None).as_deref(),
        Some("25")
    );
    assert_eq!(
        age_in_words(&day(1918, 12, 2), &born, None).as_deref(),
        Some("26")
    );
    let january_1881 = span(ymd(1881, 1, 1), ymd(1881, 1, 31), Precision::Month);
    assert_eq!(
        age_in_words(&day(1920, 1, 15), &january_1881, None).as_deref(),
        Some("38–39")
    );
    assert_eq!(age_in_words(&day(1890, 1, 1), &born, None), None);
    let died = day(1938, 1, 10);
    assert_eq!(
        age_in_words(&day(1938, 1, 10), &born, Some(&died)).as_deref(),
        Some("45")
    );
    assert_eq!(age_in_words(&day(1938, 1, 11), &born, Some(&died)), None);
}

#[wasm_bindgen_test]
fn dates_in_words() {
    let day = |y, m, d| span(ymd(y, m, d), ymd(y, m, d), Precision::Day);
    assert_eq!(date_in_words(&day(1936, 8, 25)), "25 August 1936");
    let cases = [
        (
            span(ymd(1881, 1, 1), ymd(1881, 1, 31), Precision::Month),
            "January 1881",
        ),
        (
            span(ymd(1917, 6, 1), ymd(1917, 8, 31), Precision::Month),
            "June – August 1917",
        ),
        (
            span(ymd(1918, 8, 1), ymd(1919, 4, 30), Precision::Month),
            "August 1918 – April 1919",
        ),
        (
            span(ymd(1920, 1, 1), ymd(1923, 12, 31), Precision::Year),
            "1920–1923",
        ),
        (
            span(ymd(1905, 1, 1), ymd(1905, 12, 31), Precision::Year),
            "1905",
        ),
        (
            span(ymd(1920, 1, 1), ymd(1929, 12, 31), Precision::Decade),
            "1920s",
        ),
        (
            span(ymd(1917, 10, 25), ymd(1917, 10, 27), Precision::Day),
            "25–27 October 1917",
        ),
        (
            span(ymd(1917, 10, 25), ymd(1917, 11, 7), Precision::Day),
            "25 October – 7 November 1917",
        ),
        (
            span(ymd(1881, 1, 1), ymd(1936, 8, 25), Precision::Month),
            "January 1881 – 25 August 1936",
        ),
        (
            span(ymd(1930, 1, 1), ymd(1949, 12, 31), Precision::Decade),
            "1930s–1940s",
        ),
    ];
    for (span, words) in cases {
        assert_eq!(date_in_words(&span), words);
    }
    assert_eq!(iso_value(&day(1936, 8, 25)), "1936-08-25");
    assert_eq!(
        life_in_words(Some(&day(1881, 1, 1)), None).as_deref(),
        Some("from 1 January 1881")
    );
    assert_eq!(life_in_words(None, None), None);
}
