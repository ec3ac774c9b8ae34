//! The compiler on the two real seeds: structure, quirks, mentions, dates, cross-references and conflicts.

use super::{corpus, seed};
use parallel_lives_model::*;

fn article(slug: &str) -> (ArticleId, &'static Article) {
    corpus()
        .article(slug)
        .unwrap_or_else(|| panic!("article {slug} is compiled"))
}

fn paragraphs(slug: &str) -> Vec<&'static Paragraph> {
    article(slug)
        .1
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .collect()
}

fn entity_key(id: EntityId) -> &'static str {
    &corpus().entities[id as usize].key
}

/// The entity keys of the mentions of `words` in `slug`, in reading order.
fn resolved(slug: &str, words: &str) -> Vec<&'static str> {
    let (id, _) = article(slug);
    corpus()
        .mentions
        .iter()
        .filter(|m| m.place.article == id && m.text == words)
        .map(|m| entity_key(m.entity))
        .collect()
}

/// The dates found in `slug` whose words are exactly `words`, as (ISO first, ISO last).
fn dates(slug: &str, words: &str) -> Vec<(String, String)> {
    let (id, _) = article(slug);
    corpus()
        .dates
        .iter()
        .filter(|d| d.place.article == id && d.text == words)
        .map(|d| (d.when.first.to_string(), d.when.last.to_string()))
        .collect()
}

#[test]
fn every_span_points_back_into_its_seed() {
    let corpus = corpus();
    for article in &corpus.articles {
        let text = seed(&article.slug);
        let texts = article
            .infobox
            .iter()
            .map(|f| &f.value)
            .chain(
                article
                    .sections
                    .iter()
                    .flat_map(|s| s.paragraphs.iter().map(|p| &p.text)),
            )
            .chain(article.references.iter().map(|r| &r.text));
        for t in texts {
            assert_eq!(
                &text[t.source.start as usize..t.source.end as usize],
                t.text
            );
        }
    }
    for mention in &corpus.mentions {
        let text = seed(&corpus.articles[mention.place.article as usize].slug);
        assert_eq!(
            &text[mention.place.span.start as usize..mention.place.span.end as usize],
            mention.text
        );
    }
    for date in &corpus.dates {
        let text = seed(&corpus.articles[date.place.article as usize].slug);
        assert_eq!(
            &text[date.place.span.start as usize..date.place.span.end as usize],
            date.text
        );
    }
}

/// Nothing is lost: every word of a seed is in the title, the infobox, a heading, a paragraph,
/// a reference, or the wiki debris that is dropped on purpose.
#[test]
fn no_text_is_lost() {
    for article in &corpus().articles {
        let text = seed(&article.slug);
        let mut covered = vec![false; text.len()];
        let mut cover = |s: usize, e: usize| covered[s..e].iter_mut().for_each(|c| *c = true);
        for t in article
            .infobox
            .iter()
            .map(|f| &f.value)
            .chain(
                article
                    .sections
                    .iter()
                    .flat_map(|s| s.paragraphs.iter().map(|p| &p.text)),
            )
            .chain(article.references.iter().map(|r| &r.text))
        {
            cover(t.source.start as usize, t.source.end as usize);
        }
        let mut left = String::new();
        for (i, c) in text.char_indices() {
            if !covered[i] {
                left.push(c);
            }
        }
        let left: Vec<&str> = left.split_whitespace().collect();
        let allowed = [
            "=",
            "Ivan",
            "Smirnov",
            "(politician)",
            "-",
            "Native",
            "Name",
            "Lang:",
            "Birth",
            "Date:",
            "Place:",
            "Death",
            "Resting",
            "Office:",
            "Term",
            "Start:",
            "End:",
            "Predecessor:",
            "Successor:",
            "Nationality:",
            "Citizenship:",
            "Party:",
            "Spouse:",
            "Children:",
            "==",
            "Political",
            "life",
            "{{cite",
            "book}}:",
            "CS1",
            "maint:",
            "location",
            "(link)",
        ];
        for word in left {
            assert!(
                allowed.contains(&word),
                "{}: {word:?} is not in any element",
                article.slug
            );
        }
    }
}

#[test]
fn the_shapes_of_both_texts() {
    let (_, smirnov) = article("ivan-smirnov");
    assert_eq!(smirnov.title, "Ivan Smirnov");
    assert_eq!(smirnov.infobox.len(), 16);
    assert_eq!(smirnov.infobox[1].key, "Birth Date");
    assert_eq!(smirnov.infobox[1].value.text, "January 1881");
    assert_eq!(smirnov.infobox[15].value.text, "4");
    assert_eq!(smirnov.sections[0].id, "lead");
    assert!(smirnov
        .sections
        .iter()
        .any(|s| s.title == "Political life" && s.id == "political-life"));
    assert_eq!(
        smirnov.born.map(|d| d.first.to_string()),
        Some("1881-01-01".into())
    );
    assert_eq!(
        smirnov.died.map(|d| d.last.to_string()),
        Some("1936-08-25".into())
    );
    assert!(smirnov.references.is_empty());
    assert!(smirnov
        .summary
        .starts_with("Ivan Nikitich Smirnov was a Russian Bolshevik revolutionary"));

    let (_, smilga) = article("ivar-smilga");
    assert_eq!(smilga.title, "Ivar Smilga");
    assert!(smilga.infobox.is_empty());
    assert!(
        smilga.sections.len() >= 4,
        "the flat text is given sections"
    );
    assert!(paragraphs("ivar-smilga").len() >= 10, "and paragraphs");
    assert_eq!(
        smilga.born.map(|d| d.first.to_string()),
        Some("1892-12-02".into())
    );
    assert!(
        smilga.references.len() >= 15,
        "{} references",
        smilga.references.len()
    );
    assert!(smilga.references[0]
        .text
        .text
        .starts_with("Haupt, Georges; Marie, Jean-Jacques (1974)"));
    assert!(smilga.references[0]
        .text
        .text
        .ends_with("ISBN\u{a0}0-04-947021-3."));
    assert_eq!(
        smilga.references[1].text.text,
        "Haupt & Marie 1974, p.\u{a0}237."
    );
    assert!(smilga
        .references
        .iter()
        .all(|r| !r.text.text.contains("{{") && !r.text.text.contains("CS1 maint")));
    assert!(smilga
        .references
        .last()
        .unwrap()
        .text
        .text
        .starts_with("Leaders of the Russian Revolution"));
}

#[test]
fn a_quotation_glued_to_the_previous_sentence_is_its_own_block() {
    let all = paragraphs("ivan-smirnov");
    let quote = all
        .iter()
        .position(|p| p.block == Block::Quotation)
        .expect("a quotation");
    assert!(all[quote]
        .text
        .text
        .starts_with("It is clear.. that Trotsky"));
    assert!(all[quote]
        .text
        .text
        .ends_with("the evidential basis for their prosecution."));
    assert!(all[quote - 1]
        .text
        .text
        .ends_with("Smirnov was rehabilitated in 1988."));
    assert!(all[quote].source.is_some());
}

#[test]
fn citation_needed_is_a_marker_ending_its_sentence() {
    let all = paragraphs("ivar-smilga");
    let marks: Vec<(&Paragraph, &Mark)> = all
        .iter()
        .flat_map(|p| p.text.marks.iter().map(move |m| (*p, m)))
        .filter(|(_, m)| m.kind == MarkKind::CitationNeeded)
        .collect();
    assert_eq!(marks.len(), 1);
    let (paragraph, mark) = marks[0];
    assert_eq!(
        &paragraph.text.text[mark.span.start as usize..mark.span.end as usize],
        "[citation needed]"
    );
    let ending_there = paragraph
        .sentences
        .iter()
        .find(|s| s.end == mark.span.end)
        .expect("a sentence ends at the marker");
    assert!(paragraph.text.text[ending_there.start as usize..].starts_with("In 1906, Tenis Smilga"));
}

#[test]
fn sentences_split_at_glued_stops_but_not_at_initials() {
    let sentences: Vec<&str> = paragraphs("ivan-smirnov")
        .iter()
        .flat_map(|p| {
            p.sentences
                .iter()
                .map(|s| &p.text.text[s.start as usize..s.end as usize])
        })
        .collect();
    assert!(sentences.contains(&"Smirnov was rehabilitated in 1988."));
    assert!(sentences
        .iter()
        .any(|s| s.contains("Smirnov’s ex-wife, A. N. Safonova, begged him")));
}

#[test]
fn names_resolve_to_the_right_people() {
    assert_eq!(
        resolved("ivar-smilga", "Kamenev"),
        [
            "sergei-kamenev",
            "sergei-kamenev",
            "sergei-kamenev",
            "lev-kamenev"
        ]
    );
    assert_eq!(
        resolved("ivan-smirnov", "Kamenev"),
        ["lev-kamenev", "lev-kamenev"]
    );
    assert_eq!(resolved("ivar-smilga", "Tenis Smilga"), ["tenis-smilga"]);
    assert!(resolved("ivar-smilga", "Smilga")
        .iter()
        .all(|k| *k == "ivar-smilga"));
    assert!(resolved("ivar-smilga", "Smilga").len() >= 20);
    assert_eq!(resolved("ivan-smirnov", "Gol’tsman"), ["eduard-holtzman"]);
    assert_eq!(resolved("ivan-smirnov", "Goltsman"), ["eduard-holtzman"]);
    assert_eq!(resolved("ivar-smilga", "Viktor Serge"), ["victor-serge"]);
    // Never inside another word: "Trotskyist" is not Trotsky.
    let (id, _) = article("ivan-smirnov");
    assert!(corpus()
        .mentions
        .iter()
        .filter(|m| m.place.article == id)
        .all(|m| m.text != "Trotskyist"));
}

#[test]
fn dates_are_normalized_with_their_precision() {
    let d = |first: &str, last: &str| vec![(first.to_string(), last.to_string())];
    assert_eq!(
        dates("ivan-smirnov", "August 1918–April 1919"),
        d("1918-08-01", "1919-04-30")
    );
    assert_eq!(
        dates("ivan-smirnov", "7 February 1920"),
        d("1920-02-07", "1920-02-07")
    );
    assert_eq!(
        dates("ivan-smirnov", "1920–1923"),
        d("1920-01-01", "1923-12-31")
    );
    assert_eq!(
        dates("ivar-smilga", "1–2 January 1935"),
        d("1935-01-01", "1935-01-02")
    );
    assert_eq!(dates("ivar-smilga", "1920s"), d("1920-01-01", "1929-12-31"));
    assert_eq!(
        dates("ivar-smilga", "2020-08-07"),
        d("2020-08-07", "2020-08-07")
    );
    // Relative dates, resolved from the date before them.
    assert_eq!(
        dates("ivan-smirnov", "the next day"),
        d("1936-08-25", "1936-08-25")
    );
    assert_eq!(
        dates("ivan-smirnov", "A month later"),
        d("1927-12-01", "1927-12-31")
    );
    // Not dates.
    for slug in ["ivan-smirnov", "ivar-smilga"] {
        let (id, _) = article(slug);
        for d in corpus().dates.iter().filter(|d| d.place.article == id) {
            for not in ["55", "1500", "1070", "237", "14", "24", "400", "46"] {
                assert_ne!(d.text, not, "{slug}: {not} is not a date");
            }
        }
    }
}

#[test]
fn the_two_lives_meet() {
    let corpus = corpus();
    let key = |k: &str| corpus.entities.iter().position(|e| e.key == k).unwrap() as EntityId;
    for shared in [
        "leon-trotsky",
        "joseph-stalin",
        "grigory-zinoviev",
        "left-opposition",
        "eastern-front",
    ] {
        assert!(
            corpus.shared.contains(&key(shared)),
            "{shared} is in both lives"
        );
    }
    let joined_by = |event: &str| {
        corpus
            .cross_refs
            .iter()
            .filter(|c| {
                c.link == Link::SameEvent(key(event)) && c.from.place.article != c.to.place.article
            })
            .count()
    };
    for event in [
        "eastern-front",
        "left-opposition",
        "opposition-bloc-1932",
        "first-moscow-trial",
    ] {
        assert!(joined_by(event) > 0, "the lives meet at {event}");
    }
    // The December 1927 expulsions: dated in both lives to the same month.
    assert!(corpus.cross_refs.iter().any(|c| c.link == Link::SameMonths
        && c.from
            .text
            .contains("A month later, he was expelled from the Party")
        && c.to
            .text
            .contains("expelled from the communist party in December")));
}

/// Where the lives meet, the compiler places a marker at the end of the sentence, after its
/// last word; the December 1927 expulsions are joined both ways, each with its reasons (the
/// same months, the same experience).
#[test]
fn markers_stand_after_the_sentences_where_lives_meet() {
    let corpus = corpus();
    let texts = corpus.articles.iter().flat_map(|a| {
        a.sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| &p.text)
            .chain(a.infobox.iter().map(|f| &f.value))
    });
    let mut joins_marked = vec![0; corpus.joins.len()];
    for text in texts {
        let offsets: Vec<u32> = text.markers.iter().map(|m| m.at).collect();
        assert!(offsets.is_sorted(), "markers in order: {offsets:?}");
        for marker in &text.markers {
            let before = &text.text[..marker.at as usize];
            assert!(!before.ends_with(char::is_whitespace), "{before:?}");
            if let MarkerTopic::Joins(j) = marker.topic {
                joins_marked[j as usize] += 1;
            }
        }
    }
    assert!(!corpus.joins.is_empty());
    assert!(joins_marked.iter().all(|n| *n == 1), "{joins_marked:?}");
    let expelled = |sentence: &str| {
        corpus
            .joins
            .iter()
            .flat_map(|j| &j.others)
            .find(|o| {
                corpus
                    .joined_passage(o)
                    .is_some_and(|p| p.text.contains(sentence))
            })
            .map(|o| corpus.joined_links(o).cloned().collect::<Vec<_>>())
    };
    let links = expelled("A month later, he was expelled from the Party").expect("joined");
    assert_eq!(links.len(), 2, "{links:?}");
    assert_eq!(links[0], Link::SameMonths);
    let Link::SameExperience(pair) = links[1] else {
        panic!("not the same experience: {links:?}");
    };
    let (kind, ..) = corpus.experience_pair(pair).expect("a pair");
    assert_eq!(kind.name, "expelled");
    assert!(expelled("expelled from the communist party in December").is_some());
}

#[test]
fn the_infobox_is_tied_to_the_sentences_stating_it() {
    let tied = |field: &str, words: &str| {
        corpus()
            .cross_refs
            .iter()
            .any(|c| c.link == Link::InfoboxFact(field.to_string()) && c.to.text.contains(words))
    };
    assert!(tied(
        "Resting Place",
        "He was buried in a mass grave at the Donskoye Cemetery."
    ));
    assert!(tied(
        "Term Start",
        "In July 1923, Smirnov was appointed People's Commissar"
    ));
    assert!(tied("Death Date", "he was executed the next day"));
}

#[test]
fn where_the_text_disagrees_with_itself() {
    let conflict = |fact: &str| -> Vec<&str> {
        corpus()
            .conflicts
            .iter()
            .find(|c| c.fact == fact)
            .unwrap_or_else(|| panic!("a conflict about {fact}"))
            .claims
            .iter()
            .map(|c| c.value.as_str())
            .collect()
    };
    assert_eq!(
        conflict("term end of Ivan Nikitich Smirnov"),
        ["12 November 1927", "11 November 1927"]
    );
    assert_eq!(
        conflict("birth place of Ivan Nikitich Smirnov"),
        ["Moscow, Russian Empire", "Gorodishche"]
    );
    let death = conflict("death date of Ivar Tenisovich Smilga");
    for claim in ["10 January 1938", "February 1938", "1937"] {
        assert!(death.contains(&claim), "{claim} in {death:?}");
    }
}

#[test]
fn each_mention_knows_when_its_passage_is_set() {
    let when = |slug: &str, words: &str| -> Vec<Option<(String, String)>> {
        let (id, _) = article(slug);
        corpus()
            .mentions
            .iter()
            .filter(|m| m.place.article == id && m.text == words)
            .map(|m| m.when.map(|w| (w.first.to_string(), w.last.to_string())))
            .collect()
    };
    let span = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
    // Stated in the sentence.
    assert_eq!(
        when("ivan-smirnov", "Kolchak"),
        [span("1920-02-07", "1920-02-07")]
    );
    // Not stated: the last date read before it ("In 1921–1922, ...").
    assert_eq!(
        when("ivan-smirnov", "Grigory Zinoviev"),
        [span("1921-01-01", "1922-12-31")]
    );
    // The lead's life dates are too wide to set a passage.
    assert_eq!(when("ivan-smirnov", "Ivan Nikitich Smirnov"), [None]);
    // The infobox is not a passage in time.
    assert_eq!(when("ivan-smirnov", "Artemy Lyubovich"), [None]);
}

#[test]
fn a_place_leads_back_to_its_sentence() {
    let corpus = corpus();
    let mention = corpus
        .mentions
        .iter()
        .find(|m| m.text == "Mark Zborowski")
        .unwrap();
    assert_eq!(
        corpus.sentence_at(&mention.place),
        Some("Trotsky’s and Sedov’s staffs were thoroughly infiltrated, and Sedov’s closest collaborator in 1936, Mark Zborowski, is said to have been an NKVD agent.")
    );
    let in_infobox = corpus
        .mentions
        .iter()
        .find(|m| m.text == "Artemy Lyubovich")
        .unwrap();
    assert_eq!(
        corpus.sentence_at(&in_infobox.place),
        Some("Artemy Lyubovich")
    );
}
