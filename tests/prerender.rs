//! Native tests of the prerenderer: every page of the real corpus renders, with its text and
//! anchors, and seed text comes out escaped, as text.

use parallel_lives::prerender::{render_page, render_site};
use parallel_lives_compiler::compile::{compile, SeedFile};
use parallel_lives_model::Corpus;

/// A corpus for the life of the test run (the renderer shares it with `'static` components).
fn leak(corpus: Corpus) -> &'static Corpus {
    Box::leak(Box::new(corpus))
}

fn made_up(text: &str) -> &'static Corpus {
    let files = [("odd.txt", text), ("glossary.toml", ""), ("facts.toml", "")]
        .into_iter()
        .map(|(name, text)| SeedFile {
            name: name.to_owned(),
            bytes: text.as_bytes().to_vec(),
        })
        .collect();
    leak(compile(files).unwrap_or_else(|errors| panic!("the made-up seed compiles: {errors:?}")))
}

#[test]
fn the_site_is_the_home_page_the_timeline_then_every_article_with_its_heading_and_every_anchor() {
    let corpus = parallel_lives::embedded_corpus();
    let pages = render_site(corpus).expect("every page renders");
    let routes: Vec<&str> = pages.iter().map(|page| page.route.as_str()).collect();
    let mut expected = vec!["/".to_owned(), "/timeline".to_owned()];
    expected.extend(corpus.articles.iter().map(|a| format!("/{}", a.slug)));
    assert_eq!(routes, expected);
    // The timeline: its heading, and every entry once (the calendar view of every life).
    let timeline = &pages[1];
    assert!(timeline.title.starts_with("The lives side by side"));
    assert!(timeline.html.contains(">The lives side by side</h1>"));
    for index in 0..corpus.timeline.entries.len() {
        let id = format!("id=\"entry-{index}\"");
        assert_eq!(timeline.html.matches(&id).count(), 1, "{id}");
    }
    for (page, article) in pages[2..].iter().zip(&corpus.articles) {
        assert!(page.title.starts_with(&article.title), "{}", page.title);
        assert!(
            page.html.contains(&format!(">{}</h1>", article.title)),
            "{}: no heading",
            page.route
        );
        for section in &article.sections {
            for paragraph in &section.paragraphs {
                let anchor = format!("id=\"{}\"", paragraph.id);
                assert_eq!(
                    page.html.matches(&anchor).count(),
                    1,
                    "{}: {anchor}",
                    page.route
                );
            }
        }
        // Yew's markers, which the browser's app needs to adopt the nodes.
        assert!(page.html.starts_with("<!--<[]>-->"), "{}", page.route);
    }
    // The home page links to every article.
    for article in &corpus.articles {
        assert!(pages[0]
            .html
            .contains(&format!("href=\"/{}\"", article.slug)));
    }
}

#[test]
fn each_part_of_an_article_is_an_island_of_its_own_inside_its_element() {
    use parallel_lives::components::island::Part;
    let corpus = parallel_lives::embedded_corpus();
    for article in &corpus.articles {
        let html = render_page(corpus, &format!("/{}", article.slug)).expect("renders");
        let parts: Vec<Part> = Part::all(article).collect();
        // The browser waits for this many adoptions (src/app/main.rs) before the page is live.
        assert_eq!(
            html.matches("<!--<#>-->").count(),
            parts.len(),
            "{}",
            article.slug
        );
        for part in parts {
            let open = format!("id=\"{}\"", part.key());
            let at = html
                .find(&open)
                .unwrap_or_else(|| panic!("no element {open}"));
            let tag_end = at + html[at..].find('>').expect("the tag ends");
            assert!(
                html[tag_end + 1..].starts_with("<!--<#>--><div class=\"part-inside\"><!--<[]>-->"),
                "{}: {open} does not begin with its island",
                article.slug
            );
        }
    }
}

#[test]
fn seed_text_is_written_as_text_never_as_markup() {
    let corpus = made_up(
        "Odd Example (1900 – 1970) wrote <script>alert(1)</script> & <img src=x onerror=alert(2)> \"quoted\" in a letter.\n",
    );
    let slug = &corpus.articles[0].slug;
    let html = render_page(corpus, &format!("/{slug}")).expect("the page renders");
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
}

#[test]
fn an_address_that_names_no_page_renders_the_not_found_page() {
    let html = render_page(parallel_lives::embedded_corpus(), "/no-such-page").expect("renders");
    assert!(html.contains("not found"), "{html}");
    assert!(!html.contains("<article"), "{html}");
}
