//! The lead reader on malformed and hostile text: unbalanced parentheses, runaway names and parentheses, random pieces; never a panic, never a range off a character boundary.

use super::tests::*;
use super::*;

#[test]
fn malformed_input() {
    check("", "");
    check("   ", "");
    check("(", "");
    check(")", "");
    check("()", "");
    check("( 1892–1937) was", "");
    // An unclosed parenthesis gives no dates; a stray closing one is not a name.
    check(
        "Ivan Smirnov (January 1881 – 25 August 1936 was a revolutionary.",
        "name: Ivan Smirnov",
    );
    check(
        "Ivan Smirnov January 1881 – 25 August 1936) was a revolutionary.",
        "name: Ivan Smirnov",
    );
    check(
        "Ivan Smirnov ((January 1881 – 25 August 1936) was a revolutionary.",
        "name: Ivan Smirnov",
    );
    check(
        "Ivan Smirnov (January 1881 – 25 August 1936))) was (((",
        "name: Ivan Smirnov
         born: 1881-01-01..1881-01-31 month
         died: 1936-08-25 day",
    );
    check("Ivan Smirnov (; ; , : – ) was.", "name: Ivan Smirnov");
    // Capitalised words in another script are a name too.
    check(
        "Ива́н Смирно́в (1881–1936) был революционером.",
        "name: Ива́н Смирно́в
         born: 1881-01-01..1881-12-31 year
         died: 1936-01-01..1936-12-31 year",
    );
}

#[test]
fn never_a_name_longer_than_the_first_clause() {
    let words = "Abc ".repeat(10_000);
    check(&words, "");
    check(&format!("{words}was a list."), "");
    check(&format!("{words}(1892–1937) was a list."), "");
    check(
        &format!("Ivar Smilga, {words}was a list."),
        "name: Ivar Smilga",
    );
    let long_name = "Pablo Diego José Francisco de Paula Juan Nepomuceno María de los \
                     Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso";
    check(
        &format!("{long_name} (25 October 1881 – 8 April 1973) was a painter."),
        &format!(
            "name: {long_name}
             born: 1881-10-25 day
             died: 1973-04-08 day"
        ),
    );
    // A long parenthesis is not read, and never slowly.
    let long = format!("Ivar Smilga ({}1892–1937) was", "1, ".repeat(5_000));
    check(&long, "name: Ivar Smilga");
}

#[test]
fn never_panics_on_odd_text() {
    let pieces = [
        "Ivar",
        "Smilga",
        " ",
        "(",
        ")",
        "[",
        "]",
        ";",
        ",",
        ":",
        "–",
        "-",
        "—",
        "1892",
        "25",
        "August",
        "born",
        "b.",
        "died",
        "c.",
        "?",
        "was",
        " was ",
        " is ",
        "Russian:",
        "И́вар",
        "😀",
        "\u{301}",
        "de",
        "\"",
        "“",
        "Jr.",
        ".",
        "’",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |bound: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) as usize % bound
    };
    for _ in 0..3000 {
        let length = next(30);
        let text: String = (0..length).map(|_| pieces[next(pieces.len())]).collect();
        let lead = read_lead(&text);
        // Rendering checks every range.
        render(&text, &lead);
    }
}
