//! Names and dates in both texts: who each name resolves to, dates with their precision, when a mention's passage is set, and the sentence a mention leads back to.

use super::article;
use crate::corpus;
use parallel_lives_model::*;

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
