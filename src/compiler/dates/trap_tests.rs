//! What is not a date, impossible dates, glossary dates, odd and hostile text: never a panic, never a span off a character boundary.

use super::tests::*;
use super::*;

#[test]
fn not_dates() {
    for text in [
        "Death Date: (aged 55)",
        "as a 14 year schoolboy",
        "despite his being only 24 years old",
        "orders to send 1500 armed sailors to Petrograd",
        "London: George Allen & Unwin. p. 237.",
        "Stalin, volume 2. Panther. pp. 107–108.",
        "London: The Camelot Press ltd. p. 1070.",
        "ISBN 0-04-947021-3.",
        "ISBN 978-0-86091-017-6.",
        "ISBN 0-300-06211-7. ISBN 0-86316-070-0.",
        "to mark the 10th anniversary of the Bolshevik Revolution",
        "About 400 other deportees followed their lead.",
        "a member of the nine-member Central Committee",
        "signed \"The Declaration of 46\", which",
        "by the 15th Party Congress",
        "and the 5th Army (April",
        "Freed as a result of the February Revolution",
        "Just before the October Revolution",
        "during a May Day demonstration",
        "he may come in May",
        "at 10:30 or 12.05.1917 or 12/05/1917 or 1,500 men",
        "No. 1917 and vol. 1918",
        "In 476 and in 12345",
        "Unwin. p.\u{a0}237. ISBN\u{a0}0-04-947021-3. Panther. pp.\u{a0}1070–1080.",
    ] {
        check(text, "");
    }
}

#[test]
fn impossible_dates_are_skipped_whole() {
    check("on 30 February 1917, or", "");
    check("on 31 April 1917", "");
    check("Retrieved 2020-02-30.", "");
    check("on 29 February 1916", "29 February 1916 => 1916-02-29 day");
    check(
        "In 1917, on 30 February",
        "1917 => 1917-01-01..1917-12-31 year",
    );
}

#[test]
fn glossary_dates() {
    fn check_iso(value: &str, expected: Option<&str>) {
        assert_eq!(
            parse_iso(value).map(show).as_deref(),
            expected,
            "parse_iso({value:?})"
        );
    }
    check_iso("1881", Some("1881-01-01..1881-12-31 year"));
    check_iso("1881-01", Some("1881-01-01..1881-01-31 month"));
    check_iso("1916-02", Some("1916-02-01..1916-02-29 month"));
    check_iso("1917-02", Some("1917-02-01..1917-02-28 month"));
    check_iso("1936-08-25", Some("1936-08-25 day"));
    for malformed in [
        "1917-02-30",
        "1917-13",
        "1917-00-10",
        "17-02-03",
        "1917-2-3",
        "1917-02-03-04",
        "1917/02/03",
        " 1917",
        "+917",
        "",
        "circa 1917",
        "١٩١٧",
    ] {
        check_iso(malformed, None);
    }
}

/// Byte ranges must fall on character boundaries, in order, without overlaps.
fn assert_well_formed(text: &str, found: &[FoundDate]) {
    let mut previous_end = 0;
    for date in found {
        assert!(
            previous_end <= date.start && date.start < date.end,
            "{found:?}"
        );
        assert!(text.is_char_boundary(date.start) && text.is_char_boundary(date.end));
        assert!(date.when.first <= date.when.last, "{date:?}");
        previous_end = date.end;
    }
}

#[test]
fn multibyte_text_around_digits() {
    check(
        "Ива́н Ники́тич Смирно́в; January 1881 – 25 August 1936) 😀1917😀 1917г в 1917 году",
        "January 1881 – 25 August 1936 => 1881-01-01..1936-08-25 month range (month to day)",
    );
    check("«1917» (1917)", "1917 => 1917-01-01..1917-12-31 year");
    check(
        "😀 In May 1917😀",
        "May 1917 => 1917-05-01..1917-05-31 month",
    );
}

#[test]
fn never_panics_on_odd_text() {
    let pieces = [
        "1",
        "12",
        "31",
        "1917",
        "2020",
        "0",
        "-",
        "–",
        "—",
        " ",
        ".",
        ",",
        "(",
        ")",
        ":",
        "/",
        "s",
        "May",
        "February",
        "of",
        "the",
        "same",
        "year",
        "in",
        "from",
        "to",
        "a",
        "month",
        "later",
        "next",
        "day",
        "mid",
        "early",
        "that",
        "p",
        "ISBN",
        "й",
        "😀",
        "\u{301}",
        "٣",
        "²",
        "\n",
        "between",
        "and",
        "Day",
        "Christmas",
        "New",
        "Year",
        "'",
        "’",
        "since",
        "until",
    ];
    // A small linear congruential generator: the same strings on every run.
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % bound
    };
    let mut narrative = Narrative::default();
    for _ in 0..3000 {
        let length = next(24);
        let text: String = (0..length).map(|_| pieces[next(pieces.len())]).collect();
        let found = find_dates(&text, &mut narrative);
        assert_well_formed(&text, &found);
    }
    for text in [
        "",
        " ",
        "–",
        "9999-99-99",
        "May",
        "the",
        "1 –",
        "from 1917 to",
    ] {
        assert_well_formed(text, &find_dates(text, &mut narrative));
    }
}
