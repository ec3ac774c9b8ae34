//! Where the two lives meet and where a text disagrees with itself: shared entities and events, the markers at the end of the sentences, the infobox tied to its sentences, and conflicting claims.

use crate::corpus;
use parallel_lives_model::*;

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
