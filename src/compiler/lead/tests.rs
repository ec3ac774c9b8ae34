//! The lead reader on made-up and real leads: names, other names and their languages, life dates, and parentheses that are not about life dates; the helpers `check` and `render` that the trap tests share.

use super::*;

/// The lead as lines: `name: …`, `native: …`, `other: …` (one per name), `born: …` and
/// `died: …` (`first..last precision`, or `day precision` for one day); absent parts left out.
pub(super) fn render(sentence: &str, lead: &Lead) -> Vec<String> {
    let text = |(s, e): (usize, usize)| {
        assert!(
            s < e && sentence.is_char_boundary(s) && sentence.is_char_boundary(e),
            "{s}..{e} in {sentence:?}"
        );
        sentence[s..e].to_string()
    };
    let when = |span: DateSpan| {
        let precision = format!("{:?}", span.precision).to_lowercase();
        if span.first == span.last {
            format!("{} {precision}", span.first)
        } else {
            format!("{}..{} {precision}", span.first, span.last)
        }
    };
    let mut lines = Vec::new();
    if let Some(name) = lead.name {
        lines.push(format!("name: {}", text(name)));
    }
    if let Some(native) = lead.native {
        match lead.native_language {
            Some(language) => lines.push(format!("native: {} ({})", text(native), text(language))),
            None => lines.push(format!("native: {}", text(native))),
        }
    }
    for &other in &lead.other_names {
        lines.push(format!("other: {}", text(other)));
    }
    if let Some(born) = lead.born {
        lines.push(format!("born: {}", when(born)));
    }
    if let Some(died) = lead.died {
        lines.push(format!("died: {}", when(died)));
    }
    lines
}

pub(super) fn check(sentence: &str, expected: &str) {
    let lead = read_lead(sentence);
    let expected: Vec<String> = expected
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(String::from)
        .collect();
    assert_eq!(render(sentence, &lead), expected, "in {sentence:?}");
}

#[test]
fn names_in_other_scripts_and_languages() {
    check(
        "Ivar Tenisovich Smilga (Russian: И́вар Тени́сович Сми́лга, Latvian: Ivars Smilga; \
         2 December 1892 – 10 January 1938) was a Latvian Bolshevik leader.",
        "name: Ivar Tenisovich Smilga
         native: И́вар Тени́сович Сми́лга (Russian)
         other: Ivars Smilga
         born: 1892-12-02 day
         died: 1938-01-10 day",
    );
    check(
        "Ivan Nikitich Smirnov (Ива́н Ники́тич Смирно́в; January 1881 – 25 August 1936) was a \
         Russian Bolshevik revolutionary.",
        "name: Ivan Nikitich Smirnov
         native: Ива́н Ники́тич Смирно́в
         born: 1881-01-01..1881-01-31 month
         died: 1936-08-25 day",
    );
    // A pronunciation, a romanization and an IPA label are not names.
    check(
        "Leon Trotsky (/ˈtrɒtski/; Russian: Лев Дави́дович Тро́цкий [ˈlʲef ˈtrotskʲɪj], \
         romanized: Lev Davidovich Trotsky; IPA: lʲef; 7 November [O.S. 26 October] 1879 – \
         21 August 1940) was a Russian revolutionary.",
        "name: Leon Trotsky
         native: Лев Дави́дович Тро́цкий (Russian)
         born: 1879-11-07 day
         died: 1940-08-21 day",
    );
    // Greek, with two Latin names; the first name in another script is the native one.
    check(
        "Eleftherios Venizelos (Greek: Ελευθέριος Βενιζέλος, Old Greek: Ἐλευθέριος, Cretan \
         Greek: Lefteris Venizelos, French: Eleuthère Venizélos; 23 August 1864 – 18 March \
         1936) was a Greek statesman.",
        "name: Eleftherios Venizelos
         native: Ελευθέριος Βενιζέλος (Greek)
         other: Lefteris Venizelos
         other: Eleuthère Venizélos
         born: 1864-08-23 day
         died: 1936-03-18 day",
    );
}

#[test]
fn language_tags() {
    assert_eq!(language_tag("Russian"), Some("ru"));
    assert_eq!(language_tag("pre-reform Russian"), Some("ru"));
    assert_eq!(language_tag("Latvian"), Some("lv"));
    assert_eq!(language_tag("Klingon"), None);
}

#[test]
fn life_dates() {
    check(
        "Ivar Smilga (1892–1937) was a Bolshevik.",
        "name: Ivar Smilga
         born: 1892-01-01..1892-12-31 year
         died: 1937-01-01..1937-12-31 year",
    );
    check(
        "Anna Petrova (born 1890) is a Soviet economist.",
        "name: Anna Petrova
         born: 1890-01-01..1890-12-31 year",
    );
    check(
        "Anna Petrova (born 3 May 1890) is a Soviet economist.",
        "name: Anna Petrova
         born: 1890-05-03 day",
    );
    check(
        "Anna Petrova (died 1937) was a Soviet economist.",
        "name: Anna Petrova
         died: 1937-01-01..1937-12-31 year",
    );
    check(
        "Anna Petrova (c. 1880 – 1937) was a Soviet economist.",
        "name: Anna Petrova
         born: 1880-01-01..1880-12-31 year
         died: 1937-01-01..1937-12-31 year",
    );
    check(
        "Anna Petrova (1881 – August 1936) was a Soviet economist.",
        "name: Anna Petrova
         born: 1881-01-01..1881-12-31 year
         died: 1936-08-01..1936-08-31 month",
    );
    check(
        "Leon Trotsky (7 November [O.S. 25 October] 1879 – 21 August 1940) was a revolutionary.",
        "name: Leon Trotsky
         born: 1879-11-07 day
         died: 1940-08-21 day",
    );
    // Commas inside American dates, and the other forms of the dash.
    check(
        "Martin Luther King Jr. (January 15, 1929 – April 4, 1968) was an American minister.",
        "name: Martin Luther King Jr.
         born: 1929-01-15 day
         died: 1968-04-04 day",
    );
    check(
        "John Reed (Russian: Джон Рид, October 22, 1887 - October 17, 1920) was a journalist.",
        "name: John Reed
         native: Джон Рид (Russian)
         born: 1887-10-22 day
         died: 1920-10-17 day",
    );
    check(
        "Anna Petrova (1890-1950) was an economist, and Vera Ivanova (b. 1901 in Riga) was not.",
        "name: Anna Petrova
         born: 1890-01-01..1890-12-31 year
         died: 1950-01-01..1950-12-31 year",
    );
    check(
        "Vera Ivanova (b. 1901 in Riga) was a poet.",
        "name: Vera Ivanova
         born: 1901-01-01..1901-12-31 year",
    );
    check(
        "Vera Ivanova (d. 5 March 1953, Moscow) was a poet.",
        "name: Vera Ivanova
         died: 1953-03-05 day",
    );
    check(
        "Vera Ivanova (1880 – ?) was a poet.",
        "name: Vera Ivanova
         born: 1880-01-01..1880-12-31 year",
    );
    check(
        "Vera Ivanova (January 1881 – 25 August 1936 (aged 55)) was a poet.",
        "name: Vera Ivanova
         born: 1881-01-01..1881-01-31 month
         died: 1936-08-25 day",
    );
}

#[test]
fn names() {
    check(
        "Sir Winston Leonard Spencer Churchill (30 November 1874 – 24 January 1965) was a \
         British statesman.",
        "name: Sir Winston Leonard Spencer Churchill
         born: 1874-11-30 day
         died: 1965-01-24 day",
    );
    check(
        "J. R. R. Tolkien (3 January 1892 – 2 September 1973) was an English writer.",
        "name: J. R. R. Tolkien
         born: 1892-01-03 day
         died: 1973-09-02 day",
    );
    check(
        "Joseph \"Joe\" Hill (born Joel Emmanuel Hägglund; October 7, 1879 – November 19, 1915) \
         was a labor activist.",
        "name: Joseph \"Joe\" Hill
         born: 1879-10-07 day
         died: 1915-11-19 day",
    );
    check(
        "Ludwig van Beethoven (baptised 17 December 1770 – 26 March 1827) was a composer.",
        "name: Ludwig van Beethoven",
    );
    check(
        "Charles de Gaulle (22 November 1890 – 9 November 1970) was a French general.",
        "name: Charles de Gaulle
         born: 1890-11-22 day
         died: 1970-11-09 day",
    );
    check(
        "Martin Luther King, Jr. (1929–1968) was a minister.",
        "name: Martin Luther King, Jr.
         born: 1929-01-01..1929-12-31 year
         died: 1968-01-01..1968-12-31 year",
    );
    check("Anna Petrova was a Soviet economist.", "name: Anna Petrova");
    check(
        "Anna Petrova, a Soviet economist, was born in Riga.",
        "name: Anna Petrova",
    );
    check("Anna Petrova.", "name: Anna Petrova");
    check("J. R. R. Tolkien.", "name: J. R. R. Tolkien");
    check("Anna Petrova; an economist", "name: Anna Petrova");
    check("Anna Petrova", "name: Anna Petrova");
    check(
        "Ivar Smilga[1] (1892–1937) was a Bolshevik.",
        "name: Ivar Smilga
         born: 1892-01-01..1892-12-31 year
         died: 1937-01-01..1937-12-31 year",
    );
    // Only the name words at the start, and none after a lowercase word.
    check(
        "Alexander Shlyapnikov and his allies (1920–1922) were the Workers' Opposition.",
        "name: Alexander Shlyapnikov",
    );
}

#[test]
fn parentheses_not_about_life_dates() {
    check("The Party (RSDLP) was founded in 1898.", "");
    check(
        "Grigory Zinoviev (RSDLP) was a Bolshevik.",
        "name: Grigory Zinoviev",
    );
    check(
        "Grigory Zinoviev (1917) was a pamphlet.",
        "name: Grigory Zinoviev",
    );
    check(
        "Grigory Zinoviev (aged 53) was shot.",
        "name: Grigory Zinoviev",
    );
    // Ends out of order, two dashes, a range on one side: not clearly life dates.
    check(
        "Grigory Zinoviev (1936 – 1883) was shot.",
        "name: Grigory Zinoviev",
    );
    check(
        "Grigory Zinoviev (1883 – 1917 – 1936) was shot.",
        "name: Grigory Zinoviev",
    );
    check(
        "Grigory Zinoviev (1883 – 1920–1923) was shot.",
        "name: Grigory Zinoviev",
    );
    // A parenthesis after the verb is not the lead's.
    check(
        "Anna Petrova was a Soviet economist (1890–1950).",
        "name: Anna Petrova",
    );
    // A sentence that opens with a function word names no one.
    check("In 1917 (the year of revolutions) he was freed.", "");
    check("He was born in Riga (1890–1950).", "");
}
