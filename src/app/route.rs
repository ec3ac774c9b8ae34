//! The reader's routes: which page a URL path names, and the path of each page.
//!
//! Paths come from the address bar, so they may be percent-encoded, contain any Unicode, or be
//! hostile. Recognizing one never panics: whatever does not name the index or an article of
//! the corpus is `NotFound`.

pub mod fragment;
pub mod query;

use crate::model::{ArticleId, Corpus};

/// Where the site's name appears in every document title.
pub const SITE_NAME: &str = "Parallel Lives";

/// The parallel view's path segment (one of `model::PAGE_NAMES`, which no biography takes) and
/// its heading.
pub const TIMELINE: &str = "timeline";
pub const TIMELINE_TITLE: &str = "The lives side by side";

/// One page of the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the list of biographies.
    Home,
    /// `/<slug>`: one biography.
    Article(ArticleId),
    /// `/timeline`: the lives side by side, by year or by age.
    Timeline,
    /// Any other path.
    NotFound,
}

impl Route {
    /// The route a URL path (as `location.pathname` gives it) names in `corpus`.
    pub fn recognize(corpus: &Corpus, path: &str) -> Route {
        let Some(decoded) = percent_decode(path) else {
            return Route::NotFound;
        };
        let Some(rest) = decoded.strip_prefix('/') else {
            return Route::NotFound;
        };
        let name = rest.strip_suffix('/').unwrap_or(rest);
        if name.is_empty() || name == "index.html" {
            return Route::Home;
        }
        if name.contains('/') {
            return Route::NotFound;
        }
        if name == TIMELINE {
            return Route::Timeline;
        }
        match corpus.article(name) {
            Some((id, _)) => Route::Article(id),
            None => Route::NotFound,
        }
    }

    /// The path of this page, percent-encoded so that it is always a valid URL path.
    pub fn to_path(self, corpus: &Corpus) -> String {
        match self {
            Route::Home => "/".to_owned(),
            Route::Article(id) => match corpus.articles.get(usize::from(id)) {
                Some(article) => format!("/{}", percent_encode(&article.slug)),
                None => Route::NotFound.to_path(corpus),
            },
            Route::Timeline => format!("/{TIMELINE}"),
            Route::NotFound => "/404".to_owned(),
        }
    }

    /// The document title of this page: "Ivar Smilga – Parallel Lives".
    pub fn document_title(self, corpus: &Corpus) -> String {
        match self {
            Route::Home => SITE_NAME.to_owned(),
            Route::Article(id) => match corpus.articles.get(usize::from(id)) {
                Some(article) => format!("{} – {SITE_NAME}", article.title),
                None => Route::NotFound.document_title(corpus),
            },
            Route::Timeline => format!("{TIMELINE_TITLE} – {SITE_NAME}"),
            Route::NotFound => format!("Page not found – {SITE_NAME}"),
        }
    }
}

/// Decodes `%XX` escapes; `None` when an escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(input: &str) -> Option<String> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let high = hex_value(*bytes.get(i + 1)?)?;
            let low = hex_value(*bytes.get(i + 2)?)?;
            out.push(high * 16 + low);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

/// Escapes every byte except unreserved ASCII (letters, digits, `-._~`).
pub fn percent_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for byte in input.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Article;

    fn corpus() -> Corpus {
        let article = |slug: &str, title: &str| Article {
            slug: slug.to_owned(),
            title: title.to_owned(),
            ..Article::default()
        };
        Corpus {
            articles: vec![
                article("ivan-smirnov", "Ivan Smirnov"),
                article("ivar-smilga", "Ivar Smilga"),
                article("пётр läufer", "Пётр Läufer"),
            ],
            ..Corpus::default()
        }
    }

    fn check(path: &str, expected: Route) {
        assert_eq!(Route::recognize(&corpus(), path), expected, "path {path:?}");
    }

    #[test]
    fn recognizes_the_index() {
        check("/", Route::Home);
        check("/index.html", Route::Home);
    }

    #[test]
    fn recognizes_the_timeline() {
        check("/timeline", Route::Timeline);
        check("/timeline/", Route::Timeline);
        check("/Timeline", Route::NotFound);
        check("/timeline/1927", Route::NotFound);
    }

    #[test]
    fn recognizes_articles_by_slug() {
        check("/ivan-smirnov", Route::Article(0));
        check("/ivar-smilga", Route::Article(1));
        check("/ivar-smilga/", Route::Article(1));
        check("/ivar%2Dsmilga", Route::Article(1));
    }

    #[test]
    fn recognizes_unicode_slugs_encoded_or_not() {
        check("/пётр läufer", Route::Article(2));
        check("/%D0%BF%D1%91%D1%82%D1%80%20l%C3%A4ufer", Route::Article(2));
    }

    #[test]
    fn unknown_and_hostile_paths_are_not_found() {
        for path in [
            "",
            "ivar-smilga",
            "/Ivar-Smilga",
            "/ivar-smilga/extra",
            "//ivar-smilga",
            "/nobody",
            "/%",
            "/%4",
            "/%zz",
            "/%FF%FE",
            "/%E0%A4%A",
            "/<script>alert(1)</script>",
            "/../../etc/passwd",
            "/ivar-smilga%2Fextra",
            "/\u{0}",
            "/404",
        ] {
            check(path, Route::NotFound);
        }
    }

    #[test]
    fn paths_round_trip() {
        let corpus = corpus();
        for route in [
            Route::Home,
            Route::Article(0),
            Route::Article(1),
            Route::Article(2),
            Route::Timeline,
        ] {
            let path = route.to_path(&corpus);
            assert!(path.is_ascii(), "{path}");
            assert_eq!(Route::recognize(&corpus, &path), route, "{path}");
        }
        assert_eq!(Route::Article(1).to_path(&corpus), "/ivar-smilga");
        assert_eq!(Route::Article(9).to_path(&corpus), "/404");
    }

    #[test]
    fn titles_name_the_page_and_the_site() {
        let corpus = corpus();
        assert_eq!(Route::Home.document_title(&corpus), "Parallel Lives");
        assert_eq!(
            Route::Article(1).document_title(&corpus),
            "Ivar Smilga – Parallel Lives"
        );
        assert_eq!(
            Route::Timeline.document_title(&corpus),
            "The lives side by side – Parallel Lives"
        );
        assert_eq!(
            Route::NotFound.document_title(&corpus),
            "Page not found – Parallel Lives"
        );
    }
}
