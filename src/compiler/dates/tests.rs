//! The date finder on made-up sentences: every shape (stated dates, ranges, their ends, open ranges), as `check(input, expected)`; the helpers the other test files share.

use super::*;
use crate::model::Precision;

/// A span as `first..last precision`, or `day precision` when it is one day.
pub(super) fn show(when: DateSpan) -> String {
    let DateSpan {
        first,
        last,
        precision,
    } = when;
    let precision = format!("{precision:?}").to_lowercase();
    if first == last {
        format!("{first} {precision}")
    } else {
        format!("{first}..{last} {precision}")
    }
}

/// One line per date found: `matched text => span [range [(p to q)]] [relative] [onwards]`,
/// with the precision of each end when a range's ends differ in it.
pub(super) fn render(text: &str, found: &[FoundDate]) -> Vec<String> {
    found
        .iter()
        .map(|d| {
            let mut line = format!("{} => {}", &text[d.start..d.end], show(d.when));
            if d.is_range {
                line.push_str(" range");
            }
            if let Some([a, b]) = d.ends {
                if a.precision != b.precision {
                    let name = |p: Precision| format!("{p:?}").to_lowercase();
                    line.push_str(&format!(
                        " ({} to {})",
                        name(a.precision),
                        name(b.precision)
                    ));
                }
            }
            if d.relative {
                line.push_str(" relative");
            }
            if d.onwards {
                line.push_str(" onwards");
            }
            line
        })
        .collect()
}

pub(super) fn lines(expected: &str) -> Vec<String> {
    expected
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .map(String::from)
        .collect()
}

/// Runs `find_dates` over `input` with a fresh narrative and compares what it found.
pub(super) fn check(input: &str, expected: &str) {
    check_from(&mut Narrative::default(), input, expected);
}

pub(super) fn check_from(narrative: &mut Narrative, input: &str, expected: &str) {
    let found = find_dates(input, narrative);
    assert_eq!(render(input, &found), lines(expected), "in {input:?}");
}

#[test]
fn stated_dates() {
    check(
        "Death Date: 25 August 1936 (aged 55)",
        "25 August 1936 => 1936-08-25 day",
    );
    check(
        "Birth Date: January 1881",
        "January 1881 => 1881-01-01..1881-01-31 month",
    );
    check("In 1899, he joined", "1899 => 1899-01-01..1899-12-31 year");
    check(
        "February 1916",
        "February 1916 => 1916-02-01..1916-02-29 month",
    );
    check("on August 25, 1936.", "August 25, 1936 => 1936-08-25 day");
    check("Retrieved 2020-08-07.", "2020-08-07 => 2020-08-07 day");
    check(
        "the Bloc of the Oppositions (January 1980)",
        "January 1980 => 1980-01-01..1980-01-31 month",
    );
    check(
        "A scientist working in Russia in the 1920s",
        "1920s => 1920-01-01..1929-12-31 decade",
    );
    check(
        "defeated back in early 1933, had now",
        "early 1933 => 1933-01-01..1933-12-31 year",
    );
    check(
        "in the late 1920s",
        "late 1920s => 1920-01-01..1929-12-31 decade",
    );
    check(
        "by the end of 1932 Smirnov had joined",
        "1932 => 1932-01-01..1932-12-31 year",
    );
    check(
        "In 1936, the 1932 bloc would be",
        "1936 => 1936-01-01..1936-12-31 year
         1932 => 1932-01-01..1932-12-31 year",
    );
    check(
        "Trotsky, Leon (1934). History. Haupt & Marie 1974, p. 237. Justice of the U.S.S.R. 1936. p. 72.",
        "1934 => 1934-01-01..1934-12-31 year
         1974 => 1974-01-01..1974-12-31 year
         1936 => 1936-01-01..1936-12-31 year",
    );
    check(
        "rehabilitated in 1988.It is clear",
        "1988 => 1988-01-01..1988-12-31 year",
    );
}

#[test]
fn ranges() {
    check(
        "In 1920–1923, Smirnov was",
        "1920–1923 => 1920-01-01..1923-12-31 year range",
    );
    check(
        "In 1914–18, and",
        "1914–18 => 1914-01-01..1918-12-31 year range",
    );
    check(
        "in 1920-1923.",
        "1920-1923 => 1920-01-01..1923-12-31 year range",
    );
    check(
        "the Eastern Front (August 1918–April 1919), and",
        "August 1918–April 1919 => 1918-08-01..1919-04-30 month range",
    );
    check(
        "on the night of 1–2 January 1935, in",
        "1–2 January 1935 => 1935-01-01..1935-01-02 day range",
    );
    check(
        "Smilga; 2 December 1892 – 10 January 1938) was",
        "2 December 1892 – 10 January 1938 => 1892-12-02..1938-01-10 day range",
    );
    check(
        "Smirnov; January 1881 – 25 August 1936) was",
        "January 1881 – 25 August 1936 => 1881-01-01..1936-08-25 month range (month to day)",
    );
    check(
        "Smirnov (1 January 1881 – August 1936) was",
        "1 January 1881 – August 1936 => 1881-01-01..1936-08-31 month range (day to month)",
    );
    check(
        "between 10 May – 2 June 1917 and",
        "10 May – 2 June 1917 => 1917-05-10..1917-06-02 day range",
    );
    check(
        "in May–June 1917",
        "May–June 1917 => 1917-05-01..1917-06-30 month range",
    );
    check(
        "Ivar Tenisovich Smilga (1892–1937)",
        "1892–1937 => 1892-01-01..1937-12-31 year range",
    );
    check(
        "vice-chairman from 1921 to 1928, and",
        "1921 to 1928 => 1921-01-01..1928-12-31 year range",
    );
    check(
        "From April 1922 through July 1923, Smirnov",
        "April 1922 through July 1923 => 1922-04-01..1923-07-31 month range",
    );
    check(
        "between 1921 and 1928",
        "1921 and 1928 => 1921-01-01..1928-12-31 year range",
    );
    // Without "from" or "between", words do not make a range.
    check(
        "in 1921 to 1928",
        "1921 => 1921-01-01..1921-12-31 year
         1928 => 1928-01-01..1928-12-31 year",
    );
    // Ends out of order: not a range, and not a pair of years either.
    check("In 1923–1920 nothing", "");
    // A dash that is not a range.
    check(
        "in August 1917 – the Congress",
        "August 1917 => 1917-08-01..1917-08-31 month",
    );
}

fn check_ends(input: &str, expected: &str) {
    let found = find_dates(input, &mut Narrative::default());
    let rendered: Vec<String> = found
        .iter()
        .map(|d| {
            let ends = match d.ends {
                Some([a, b]) => format!("{} / {}", show(a), show(b)),
                None => "point".to_string(),
            };
            format!("{} => {ends}", &input[d.start..d.end])
        })
        .collect();
    assert_eq!(rendered, lines(expected), "in {input:?}");
}

#[test]
fn range_ends_keep_their_own_precision() {
    check_ends(
        "(January 1881 – 25 August 1936)",
        "January 1881 – 25 August 1936 => 1881-01-01..1881-01-31 month / 1936-08-25 day",
    );
    check_ends(
        "(1 January 1881 – August 1936)",
        "1 January 1881 – August 1936 => 1881-01-01 day / 1936-08-01..1936-08-31 month",
    );
    check_ends(
        "(1881 – August 1936)",
        "1881 – August 1936 => 1881-01-01..1881-12-31 year / 1936-08-01..1936-08-31 month",
    );
    check_ends(
        "In 1920–1923 and in 1914–18",
        "1920–1923 => 1920-01-01..1920-12-31 year / 1923-01-01..1923-12-31 year
         1914–18 => 1914-01-01..1914-12-31 year / 1918-01-01..1918-12-31 year",
    );
    // An end that borrows its month and year from the other keeps its own day.
    check_ends(
        "on the night of 1–2 January 1935, and in May–June 1917",
        "1–2 January 1935 => 1935-01-01 day / 1935-01-02 day
         May–June 1917 => 1917-05-01..1917-05-31 month / 1917-06-01..1917-06-30 month",
    );
    check_ends(
        "from 1921 to 1928, in the 1930s–1940s, in 1899",
        "1921 to 1928 => 1921-01-01..1921-12-31 year / 1928-01-01..1928-12-31 year
         1930s–1940s => 1930-01-01..1939-12-31 decade / 1940-01-01..1949-12-31 decade
         1899 => point",
    );
}

#[test]
fn open_ranges() {
    check(
        "From 1925, he was a prominent supporter of the Opposition, elected in December 1925 \
         – despite the fact that in August 1925, Stalin complained.",
        "1925 => 1925-01-01..1925-12-31 year onwards
         December 1925 => 1925-12-01..1925-12-31 month
         August 1925 => 1925-08-01..1925-08-31 month",
    );
    check(
        "since May 1917 he had led it, and since the late 1920s, early 1930 or mid-1931 nothing",
        "May 1917 => 1917-05-01..1917-05-31 month onwards
         late 1920s => 1920-01-01..1929-12-31 decade onwards
         early 1930 => 1930-01-01..1930-12-31 year
         mid-1931 => 1931-01-01..1931-12-31 year",
    );
    // A "to" that leads nowhere in time leaves the range open; a sentence's end ends the search.
    check(
        "From 1925, he was sent to Leningrad. Until 1930, he led it.",
        "1925 => 1925-01-01..1925-12-31 year onwards
         1930 => 1930-01-01..1930-12-31 year",
    );
    // An "until", or a "to" or "through" with a date, closes it.
    check(
        "From 1925 he led the bureau until his arrest.",
        "1925 => 1925-01-01..1925-12-31 year",
    );
    check(
        "From 1925 he chaired the bureau, and through 1927 its council.",
        "1925 => 1925-01-01..1925-12-31 year
         1927 => 1927-01-01..1927-12-31 year",
    );
    // A range is closed already; "from" must come right before the date.
    check(
        "vice-chairman from 1921 to 1928. Released from prison in 1925, he",
        "1921 to 1928 => 1921-01-01..1928-12-31 year range
         1925 => 1925-01-01..1925-12-31 year",
    );
    // A relative date can be open too.
    check(
        "In 1917, he was elected. From September, he led the Baltic fleet.",
        "1917 => 1917-01-01..1917-12-31 year
         September => 1917-09-01..1917-09-30 month relative onwards",
    );
}
