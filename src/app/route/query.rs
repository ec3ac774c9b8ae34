//! The parallel view's options, read from the address's query: `align=age` and `lives=<slug>,<slug>`.
//!
//! The query comes from the address bar, so it may hold anything: unknown options, unknown or
//! repeated biographies, thousands of characters, markup. Reading it never fails; what cannot
//! be used is kept, shortened, in `dropped` for the page to say so (as text).
use crate::model::{ArticleId, Corpus};

use super::percent_decode;

/// At most this many lanes are shown by default, side by side.
pub const DEFAULT_LANES: usize = 4;
/// At most this many lanes are shown at all.
pub const MOST_LANES: usize = 6;
/// A dropped value is quoted back to the reader at most this long (in characters).
const QUOTED_CHARS: usize = 40;
/// At most this many dropped values are listed.
const MOST_DROPPED: usize = 5;

/// How the lanes are lined up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    /// Rows by calendar year.
    #[default]
    Calendar,
    /// Rows by the subjects' age.
    Age,
}

/// What the query asks the parallel view to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineOptions {
    pub align: Align,
    /// The lanes, in the order asked for.
    pub lives: Vec<ArticleId>,
    /// What the query asked for and cannot be shown, in words.
    pub dropped: Vec<String>,
}

impl TimelineOptions {
    /// The view with no query: by calendar, every biography up to `DEFAULT_LANES`.
    pub fn default_for(corpus: &Corpus) -> TimelineOptions {
        TimelineOptions {
            align: Align::Calendar,
            lives: default_lives(corpus),
            dropped: Vec::new(),
        }
    }

    /// Reads `location.search` (with or without its `?`, still percent-encoded).
    pub fn parse(corpus: &Corpus, query: &str) -> TimelineOptions {
        let mut options = TimelineOptions::default_for(corpus);
        let mut lives: Option<Vec<ArticleId>> = None;
        let mut dropped = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let Some(value) = percent_decode(&value.replace('+', " ")) else {
                dropped.push("an unreadable value".to_owned());
                continue;
            };
            match key {
                "align" => match value.as_str() {
                    "age" => options.align = Align::Age,
                    "calendar" | "year" => options.align = Align::Calendar,
                    other => dropped.push(format!("alignment “{}”", quoted(other))),
                },
                "lives" => {
                    let chosen = lives.get_or_insert_with(Vec::new);
                    for slug in value.split(',').filter(|s| !s.is_empty()) {
                        match corpus.article(slug.trim()) {
                            Some((id, _)) if !chosen.contains(&id) => chosen.push(id),
                            Some(_) => {}
                            None => dropped.push(format!("biography “{}”", quoted(slug))),
                        }
                    }
                }
                other => dropped.push(format!("option “{}”", quoted(&decoded(other)))),
            }
        }
        if let Some(mut lives) = lives.filter(|l| !l.is_empty()) {
            if lives.len() > MOST_LANES {
                dropped.push(format!(
                    "{} lives beyond the first {MOST_LANES}",
                    lives.len() - MOST_LANES
                ));
                lives.truncate(MOST_LANES);
            }
            options.lives = lives;
        }
        if dropped.len() > MOST_DROPPED {
            let more = dropped.len() - MOST_DROPPED;
            dropped.truncate(MOST_DROPPED);
            dropped.push(format!("{more} more"));
        }
        options.dropped = dropped;
        options
    }

    /// The query (with its `?`, or empty) that asks for these options; the default lives and
    /// alignment are left out.
    pub fn to_query(&self, corpus: &Corpus) -> String {
        let mut parts = Vec::new();
        if self.lives != default_lives(corpus) {
            let slugs: Vec<String> = self
                .lives
                .iter()
                .filter_map(|&id| corpus.articles.get(usize::from(id)))
                .map(|a| super::percent_encode(&a.slug))
                .collect();
            parts.push(format!("lives={}", slugs.join(",")));
        }
        if self.align == Align::Age {
            parts.push("align=age".to_owned());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

fn default_lives(corpus: &Corpus) -> Vec<ArticleId> {
    (0..corpus.articles.len().min(DEFAULT_LANES))
        .filter_map(|i| ArticleId::try_from(i).ok())
        .collect()
}

fn decoded(raw: &str) -> String {
    percent_decode(raw).unwrap_or_else(|| raw.to_owned())
}

/// At most `QUOTED_CHARS` characters of a value, control characters left out.
fn quoted(value: &str) -> String {
    let clean: String = value.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > QUOTED_CHARS {
        let cut: String = clean.chars().take(QUOTED_CHARS).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn corpus() -> Corpus {
        let article = |slug: &str| Article {
            slug: slug.to_owned(),
            title: slug.to_owned(),
            ..Article::default()
        };
        Corpus {
            articles: ["a", "b", "c", "d", "e"].map(article).to_vec(),
            ..Corpus::default()
        }
    }

    fn check(query: &str, align: Align, lives: &[ArticleId], dropped: &[&str]) {
        let options = TimelineOptions::parse(&corpus(), query);
        assert_eq!(options.align, align, "{query}");
        assert_eq!(options.lives, lives, "{query}");
        assert_eq!(options.dropped, dropped, "{query}");
    }

    #[test]
    fn no_query_is_every_life_up_to_four_by_calendar() {
        check("", Align::Calendar, &[0, 1, 2, 3], &[]);
        check("?", Align::Calendar, &[0, 1, 2, 3], &[]);
    }

    #[test]
    fn lives_and_alignment_are_read() {
        check("?align=age", Align::Age, &[0, 1, 2, 3], &[]);
        check("?lives=e,a&align=age", Align::Age, &[4, 0], &[]);
        check("lives=b%2Cc", Align::Calendar, &[1, 2], &[]);
        check("?lives=b&lives=c", Align::Calendar, &[1, 2], &[]);
    }

    #[test]
    fn what_cannot_be_shown_is_dropped_and_said() {
        check("?lives=a,a,b", Align::Calendar, &[0, 1], &[]);
        check(
            "?lives=zz,a&align=sideways&x=1",
            Align::Calendar,
            &[0],
            &["biography “zz”", "alignment “sideways”", "option “x”"],
        );
        // Nothing usable: the default lives.
        check(
            "?lives=%3Cscript%3E",
            Align::Calendar,
            &[0, 1, 2, 3],
            &["biography “<script>”"],
        );
        let long = format!("?lives={}", "q".repeat(10_000));
        let options = TimelineOptions::parse(&corpus(), &long);
        assert_eq!(
            options.dropped,
            [format!("biography “{}…”", "q".repeat(40))]
        );
        let many = format!("?{}", "k=1&".repeat(9));
        let options = TimelineOptions::parse(&corpus(), &many);
        assert_eq!(options.dropped.len(), 6);
        assert_eq!(options.dropped[5], "4 more");
        check(
            "?lives=%FF%FE",
            Align::Calendar,
            &[0, 1, 2, 3],
            &["an unreadable value"],
        );
    }

    #[test]
    fn queries_round_trip() {
        let corpus = corpus();
        for query in ["", "?align=age", "?lives=e,a", "?lives=b&align=age"] {
            let options = TimelineOptions::parse(&corpus, query);
            assert_eq!(options.to_query(&corpus), query);
        }
    }
}
