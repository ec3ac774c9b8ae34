//! Who appears where: each article's entities (the compiler's index) by kind and number of
//! mentions, and the mention bars' arithmetic (ticks along the body, sections, the articles
//! naming an entity), on the real seeds and on a made-up one whose offsets are known.

use std::collections::{BTreeMap, BTreeSet};

use super::{corpus, files, ANN_GLOSSARY};
use parallel_lives_compiler::compile::compile;
use parallel_lives_model::*;

/// Each entity's mentions in the body of `article`, by entity.
fn body_mentions(corpus: &Corpus, article: ArticleId) -> BTreeMap<EntityId, Vec<&Mention>> {
    let mut out: BTreeMap<EntityId, Vec<&Mention>> = BTreeMap::new();
    for mention in &corpus.mentions {
        if mention.place.article == article && mention.place.holder.paragraph().is_some() {
            out.entry(mention.entity).or_default().push(mention);
        }
    }
    out
}

fn ids(corpus: &Corpus) -> impl Iterator<Item = ArticleId> {
    (0..corpus.articles.len()).map(|a| ArticleId::try_from(a).expect("few articles"))
}

#[test]
fn each_article_lists_every_entity_its_body_names_once_by_kind_then_by_mentions() {
    let corpus = corpus();
    for id in ids(corpus) {
        let article = &corpus.articles[usize::from(id)];
        let named = body_mentions(corpus, id);
        let listed: BTreeSet<EntityId> = article.entities.iter().copied().collect();
        assert_eq!(
            listed.len(),
            article.entities.len(),
            "{}: listed twice",
            article.slug
        );
        assert_eq!(
            listed,
            named.keys().copied().collect::<BTreeSet<_>>(),
            "{}: not the entities of the body",
            article.slug
        );
        let key = |e: &EntityId| (corpus.entities[usize::from(*e)].kind as u8, named[e].len());
        for pair in article.entities.windows(2) {
            let ((kind_a, count_a), (kind_b, count_b)) = (key(&pair[0]), key(&pair[1]));
            assert!(
                kind_a < kind_b || (kind_a == kind_b && count_a >= count_b),
                "{}: {} ({count_a}) before {} ({count_b})",
                article.slug,
                corpus.entities[usize::from(pair[0])].name,
                corpus.entities[usize::from(pair[1])].name,
            );
        }
    }
}

#[test]
fn the_most_mentioned_person_of_each_biography_is_its_subject() {
    let corpus = corpus();
    for id in ids(corpus) {
        let article = &corpus.articles[usize::from(id)];
        let (kind, people) = corpus.entities_by_kind(id)[0];
        assert_eq!(kind, EntityKind::Person, "{}", article.slug);
        assert_eq!(Some(people[0]), article.subject, "{}", article.slug);
    }
}

#[test]
fn runs_of_one_kind_follow_the_kinds_order_and_make_up_the_list() {
    let corpus = corpus();
    for id in ids(corpus) {
        let runs = corpus.entities_by_kind(id);
        let kinds: Vec<u8> = runs.iter().map(|(kind, _)| *kind as u8).collect();
        assert!(kinds.windows(2).all(|k| k[0] < k[1]), "{kinds:?}");
        let joined: Vec<EntityId> = runs
            .iter()
            .flat_map(|(_, run)| run.iter().copied())
            .collect();
        assert_eq!(joined, corpus.articles[usize::from(id)].entities);
        for (kind, run) in runs {
            assert!(run
                .iter()
                .all(|e| corpus.entities[usize::from(*e)].kind == kind));
        }
    }
}

#[test]
fn ticks_follow_the_text_each_in_its_section() {
    let corpus = corpus();
    for id in ids(corpus) {
        let article = &corpus.articles[usize::from(id)];
        let named = body_mentions(corpus, id);
        for &entity in &article.entities {
            let ticks = corpus.ticks(entity, id);
            let starts: Vec<u32> = ticks
                .iter()
                .map(|t| corpus.mentions[t.mention as usize].place.span.start)
                .collect();
            assert_eq!(ticks.len(), named[&entity].len());
            assert!(starts.windows(2).all(|s| s[0] < s[1]), "{starts:?}");
            assert!(ticks.windows(2).all(|t| t[0].at <= t[1].at));
            for tick in &ticks {
                assert!(tick.at <= 100);
                let mention = &corpus.mentions[tick.mention as usize];
                assert_eq!(mention.entity, entity);
                let paragraph = mention.place.holder.paragraph().expect("in the body");
                assert!(
                    article.sections[tick.section]
                        .paragraphs
                        .iter()
                        .any(|p| p.id == paragraph),
                    "{paragraph} is not in section {}",
                    article.sections[tick.section].id
                );
            }
        }
        let sections = corpus.section_starts(id);
        assert_eq!(sections.first().map(|s| s.at), Some(0));
        assert!(sections
            .windows(2)
            .all(|s| s[0].at <= s[1].at && s[0].section < s[1].section));
        let with_paragraphs = article
            .sections
            .iter()
            .filter(|s| !s.paragraphs.is_empty())
            .count();
        assert_eq!(sections.len(), with_paragraphs);
    }
}

#[test]
fn an_entity_named_in_both_bodies_lists_the_given_article_first() {
    let corpus = corpus();
    let both = corpus
        .articles
        .iter()
        .flat_map(|a| &a.entities)
        .copied()
        .find(|e| corpus.articles.iter().all(|a| a.entities.contains(e)))
        .expect("the two lives share a name");
    assert_eq!(corpus.articles_naming(both, 0), vec![0, 1]);
    assert_eq!(corpus.articles_naming(both, 1), vec![1, 0]);
    let only_second = corpus.articles[1]
        .entities
        .iter()
        .copied()
        .find(|e| !corpus.articles[0].entities.contains(e))
        .expect("a name only the second body has");
    assert_eq!(corpus.articles_naming(only_second, 0), vec![1]);
    // A name of no body (an infobox's or a reference's only) is on no bar.
    let nowhere = (0..corpus.entities.len())
        .map(|e| EntityId::try_from(e).expect("few entities"))
        .find(|e| corpus.articles.iter().all(|a| !a.entities.contains(e)));
    if let Some(nowhere) = nowhere {
        assert!(corpus.articles_naming(nowhere, 0).is_empty());
        assert!(corpus.ticks(nowhere, 0).is_empty());
    }
}

#[test]
fn percent_along_rounds_to_the_nearest_and_stays_in_the_body() {
    let body = Span::new(100, 300);
    let cases = [
        (100, 0),
        (150, 25),
        (200, 50),
        (300, 100),
        (0, 0),
        (900, 100),
    ];
    for (offset, expected) in cases {
        assert_eq!(percent_along(body, offset), expected, "offset {offset}");
    }
    // Half a percent rounds up; just under it, down.
    assert_eq!(percent_along(Span::new(0, 200), 1), 1);
    assert_eq!(percent_along(Span::new(0, 1000), 4), 0);
    assert_eq!(percent_along(Span::new(0, 1000), 5), 1);
    assert_eq!(percent_along(Span::new(7, 7), 7), 0, "an empty body");
}

/// The made-up biography: a lead of 100 bytes, then two sections, each paragraph 100 bytes
/// (with its blank line), so that a byte offset is easy to place.
fn made_up() -> Corpus {
    let pad = |text: &str| format!("{text:<98}\n\n");
    let lead = pad("Ann Example was a made-up person.");
    let early = "== Early life ==\n\n";
    let school = pad("She went to school in town.");
    let war = "== Civil War ==\n\n";
    let front = pad("In 1918 Ann went to the front, and Ann came back.");
    let text = format!("{lead}{early}{school}{war}{front}");
    let text = text.trim_end();
    compile(files(&[
        ("glossary.toml", ANN_GLOSSARY),
        ("ann.txt", text),
        ("ann.toml", "subject = \"ann\"\n"),
    ]))
    .expect("the made-up biography compiles")
}

#[test]
fn a_tick_stands_where_its_words_stand_in_the_body() {
    let corpus = made_up();
    let article = &corpus.articles[0];
    assert_eq!(article.entities, vec![article.subject.expect("Ann")]);
    let ann = article.entities[0];
    // The body: from byte 0 to the end of "came back." in the last paragraph.
    let body = corpus.body_span(0).expect("a body");
    assert_eq!(body.start, 0);
    let text = &article.sections[2].paragraphs[0].text;
    assert_eq!(body.end, text.source.end);
    let front = text.source.start;
    assert_eq!(front, 100 + 18 + 100 + 17);
    let ticks = corpus.ticks(ann, 0);
    let at: Vec<u8> = ticks.iter().map(|t| t.at).collect();
    let words = |t: &Tick| corpus.mentions[t.mention as usize].place.span.start;
    let expected: Vec<u32> = vec![0, front + 8, front + 35];
    assert_eq!(ticks.iter().map(words).collect::<Vec<_>>(), expected);
    assert_eq!(
        at,
        expected
            .iter()
            .map(|&offset| percent_along(body, offset))
            .collect::<Vec<_>>()
    );
    // Bytes 243 and 270 of 284: 86 and 95 percent.
    assert_eq!(body.end, front + 49);
    assert_eq!(at, vec![0, 86, 95]);
    let sections: Vec<usize> = ticks.iter().map(|t| t.section).collect();
    assert_eq!(sections, vec![0, 2, 2]);
    let starts: Vec<(usize, u8)> = corpus
        .section_starts(0)
        .into_iter()
        .map(|s| (s.section, s.at))
        .collect();
    // "She went to school" at byte 118, "In 1918" at 235: 42 and 83 percent of 284.
    assert_eq!(starts, vec![(0, 0), (1, 42), (2, 83)]);
}

#[test]
fn no_section_takes_the_id_of_the_people_and_places_list() {
    let corpus = compile(files(&[(
        "ann.txt",
        "Ann was made up.\n\n== People and places ==\n\nShe knew many.\n",
    )]))
    .expect("compiles");
    let ids: Vec<&str> = corpus.articles[0]
        .sections
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, vec!["lead", "section-2"]);
}
