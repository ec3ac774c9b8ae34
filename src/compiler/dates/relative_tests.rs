//! Relative dates and named days: counted from the narrative date, noted from events.

use super::tests::*;
use super::*;

#[test]
fn relative_dates() {
    check(
        "On 11 November 1927, he was removed. A month later, he was expelled.",
        "11 November 1927 => 1927-11-11 day
         A month later => 1927-12-01..1927-12-31 month relative",
    );
    check(
        "On 14 January 1933, he was arrested, and a month later was again expelled",
        "14 January 1933 => 1933-01-14 day
         a month later => 1933-02-01..1933-02-28 month relative",
    );
    check(
        "sentenced him to death on 24 August 1936, and he was executed the next day.",
        "24 August 1936 => 1936-08-24 day
         the next day => 1936-08-25 day relative",
    );
    check(
        "On 31 December 1927 he left; two days later, he arrived; three years earlier, nothing.",
        "31 December 1927 => 1927-12-31 day
         two days later => 1928-01-02 day relative
         three years earlier => 1925-01-01..1925-12-31 year relative",
    );
    check(
        "In 1917, he was elected. In August of the same year, Smirnov was",
        "1917 => 1917-01-01..1917-12-31 year
         August of the same year => 1917-08-01..1917-08-31 month relative",
    );
    check(
        "During 1917, he was an ally. In June, Lenin resigned, due to be held on 10 June. \
         In September, he led. A letter on 27 September. In mid-October, he returned.",
        "1917 => 1917-01-01..1917-12-31 year
         June => 1917-06-01..1917-06-30 month relative
         10 June => 1917-06-10 day relative
         September => 1917-09-01..1917-09-30 month relative
         27 September => 1917-09-27 day relative
         mid-October => 1917-10-01..1917-10-31 month relative",
    );
    check(
        "expelled from the Central Committee on 14 November 1927, expelled from the party in December, and",
        "14 November 1927 => 1927-11-14 day
         December => 1927-12-01..1927-12-31 month relative",
    );
    // A month earlier in the year than the narrative date's is in the next year.
    check(
        "in December 1927 he left. In January, he returned.",
        "December 1927 => 1927-12-01..1927-12-31 month
         January => 1928-01-01..1928-01-31 month relative",
    );
    // "that year" restates the narrative date and keeps it: "a month later" still counts from the day.
    check(
        "in January 1907, and during a May Day demonstration that year; a month later",
        "January 1907 => 1907-01-01..1907-01-31 month
         May Day => 1907-05-01 day relative
         that year => 1907-01-01..1907-12-31 year relative
         a month later => 1907-06-01..1907-06-30 month relative",
    );
    // The same month named alone again is ambiguous.
    check(
        "Rearrested in May 1915, he was freed. In May, he was a delegate.",
        "May 1915 => 1915-05-01..1915-05-31 month",
    );
    // Too coarse a narrative date, or a span of years, resolves nothing.
    check(
        "In 1927 he signed. A month later, the next day, in the 1920s. In May, that year.",
        "1927 => 1927-01-01..1927-12-31 year
         1920s => 1920-01-01..1929-12-31 decade",
    );
    // Vague phrases are not dates.
    check(
        "In 1921 he left. Soon afterwards, at the same time, some months later, one month in prison.",
        "1921 => 1921-01-01..1921-12-31 year",
    );
}

#[test]
fn relative_dates_need_a_narrative_date() {
    check(
        "In May, a month later, the next day, that year, on 27 September, mid-October, August of the same year, on May Day, at Christmas",
        "",
    );
}

/// Each end of a range as stated, `first end / second end`, or `point` for a single date.

#[test]
fn named_days() {
    check(
        "In 1916 he spent Christmas Eve in prison and Christmas Day in court, and was free by \
         New Year's Eve. On New Year’s Day he left.",
        "1916 => 1916-01-01..1916-12-31 year
         Christmas Eve => 1916-12-24 day relative
         Christmas Day => 1916-12-25 day relative
         New Year's Eve => 1916-12-31 day relative
         New Year’s Day => 1917-01-01 day relative",
    );
    // A year written after the name makes it a date stated in full.
    check(
        "On May Day 1917, crowds marched; at Christmas of 1918 and on Armistice Day 1920",
        "May Day 1917 => 1917-05-01 day
         Christmas of 1918 => 1918-12-25 day
         Armistice Day 1920 => 1920-11-11 day",
    );
    // A year just after the phrase the name belongs to places it too.
    check(
        "he was arrested during a May Day demonstration in 1907, and on International Women's Day of that year",
        "May Day => 1907-05-01 day relative
         1907 => 1907-01-01..1907-12-31 year
         International Women's Day of that year => 1907-03-08 day relative",
    );
    // Without a year it is skipped; the month of May in it is never a month of its own.
    check("during a May Day demonstration, he", "");
    check(
        "In the 1920s, every May Day in May Day parades",
        "1920s => 1920-01-01..1929-12-31 decade",
    );
    check(
        "In 1917, he left. In May Day celebrations, and in June, he returned.",
        "1917 => 1917-01-01..1917-12-31 year
         May Day => 1917-05-01 day relative
         June => 1917-06-01..1917-06-30 month relative",
    );
}

#[test]
fn noted_dates_date_what_follows() {
    let mut narrative = Narrative::default();
    narrative.note(parse_iso("1917-03-08").unwrap());
    check_from(
        &mut narrative,
        "In May, he was Kronstadt's delegate",
        "May => 1917-05-01..1917-05-31 month relative",
    );
    // A section title read before its text dates it the same way.
    let mut narrative = Narrative::default();
    check_from(
        &mut narrative,
        "in May 1915. Revolution of 1917",
        "May 1915 => 1915-05-01..1915-05-31 month
         1917 => 1917-01-01..1917-12-31 year",
    );
    check_from(
        &mut narrative,
        "In May, he was Kronstadt's delegate",
        "May => 1917-05-01..1917-05-31 month relative",
    );
}
