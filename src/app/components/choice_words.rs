//! Why a mention whose words several entries share names the one it does, in words, for its card: "Kamenev here is Sergei Kamenev (chosen because the same sentence names Smilga and Lashevich); not Lev Kamenev."

use crate::model::{ChosenBy, Corpus, EntityKind, MentionId};

/// The note on a mention the compiler chose an entry for, or none for any other mention.
///
/// Rule 1: "(chosen because the same sentence names Vatzetis and the Eastern Front)";
/// rule 2: "(chosen as the one named more recently)", the card quoting that naming;
/// rule 3: "(chosen as the one the glossary lists first: nothing in the text says which is
/// meant)". A surname alone of several people whose names the compiler found (none in the
/// glossary): "(chosen as the subject of this biography)", "(chosen as the one this biography
/// names in full most often)", "(chosen as the one this biography names in full first)".
pub fn choice_in_words(corpus: &Corpus, mention: MentionId) -> Option<String> {
    let mention = corpus.mentions.get(mention as usize)?;
    let choice = mention.choice.as_ref()?;
    let chosen = corpus.entities.get(usize::from(mention.entity))?;
    let why = match &choice.by {
        ChosenBy::Related(named) => {
            let named: Vec<String> = named.iter().filter_map(|&m| named_as(corpus, m)).collect();
            if named.is_empty() {
                "chosen because the same sentence names what goes with it".to_owned()
            } else {
                format!(
                    "chosen because the same sentence names {}",
                    listed(&named, "and")
                )
            }
        }
        ChosenBy::NamedEarlier(_) => "chosen as the one named more recently".to_owned(),
        ChosenBy::ListedFirst => {
            "chosen as the one the glossary lists first: nothing in the text says which is meant"
                .to_owned()
        }
        ChosenBy::Subject => "chosen as the subject of this biography".to_owned(),
        ChosenBy::NamedMostOften => {
            "chosen as the one this biography names in full most often".to_owned()
        }
        ChosenBy::NamedFirst => "chosen as the one this biography names in full first".to_owned(),
    };
    let others: Vec<String> = (choice.others.iter())
        .filter_map(|&other| corpus.entities.get(usize::from(other)))
        .map(|other| other.name.clone())
        .collect();
    let not = if others.is_empty() {
        String::new()
    } else {
        format!("; not {}", listed(&others, "or"))
    };
    Some(format!(
        "{} here is {} ({why}){not}.",
        mention.text, chosen.name
    ))
}

/// A mention's words as a list names them: "the" before an organisation or an event ("the
/// Eastern Front", "the secret opposition bloc"), unless the words start with it.
fn named_as(corpus: &Corpus, mention: MentionId) -> Option<String> {
    let mention = corpus.mentions.get(mention as usize)?;
    let kind = corpus.entities.get(usize::from(mention.entity))?.kind;
    let words = mention.text.as_str();
    let takes_the = matches!(kind, EntityKind::Organisation | EntityKind::Event)
        && !words.starts_with("the ")
        && !words.starts_with("The ");
    Some(if takes_the {
        format!("the {words}")
    } else {
        words.to_owned()
    })
}

/// "A", "A and B", "A, B and C" (with `or` for "or").
fn listed(items: &[String], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Entity, Holder, Mention, Place, Span};

    /// The notes of the seeds' mentions with these words in this article, in reading order.
    fn notes(corpus: &Corpus, slug: &str, words: &str) -> Vec<Option<String>> {
        let (article, _) = corpus.article(slug).expect("a seed");
        (0..corpus.mentions.len() as MentionId)
            .filter(|&m| {
                let mention = &corpus.mentions[m as usize];
                mention.place.article == article && mention.text == words
            })
            .map(|m| choice_in_words(corpus, m))
            .collect()
    }

    #[test]
    fn the_four_bare_kamenevs_of_the_smilga_text() {
        let corpus = crate::embedded_corpus();
        let sergei = |why: &str| {
            Some(format!(
                "Kamenev here is Sergei Kamenev (chosen because the same sentence names {why}); not Lev Kamenev."
            ))
        };
        assert_eq!(
            notes(corpus, "ivar-smilga", "Kamenev"),
            [
                // "Smilga, Lashevich and Kamenev insisted on continuing the offensive"
                sergei("Smilga and Lashevich"),
                // "he proposed that Kamenev should replace Vatzetis as commander in chief"
                sergei("Vatzetis"),
                // "Smilga, Gusev and Kamenev joined Trotsky on the six-member Revolutionary
                // Council of War"
                sergei("Smilga, Gusev and the Revolutionary Council of War"),
                // "the secret opposition bloc Trotsky, Zinoviev and Kamenev had created in 1932"
                Some("Kamenev here is Lev Kamenev (chosen because the same sentence names the secret opposition bloc and Zinoviev); not Sergei Kamenev.".to_owned()),
            ]
        );
        // A name only one entry has carries no note.
        assert!(notes(corpus, "ivar-smilga", "Vatzetis")
            .iter()
            .all(Option::is_none));
    }

    /// A made-up corpus: "Orlov" names Ivan Orlov here, chosen as `by` says, not Pavel Orlov
    /// nor Olga Orlova; mention 0 is of Ivan Orlov, mention 2 of a mill.
    fn orlov(by: ChosenBy) -> Corpus {
        let entity = |name: &str, kind| Entity {
            name: name.to_owned(),
            kind,
            ..Entity::default()
        };
        let mention = |entity, text: &str, choice| Mention {
            entity,
            place: Place {
                article: 0,
                holder: Holder::Paragraph("lead-p1".to_owned()),
                span: Span::default(),
            },
            text: text.to_owned(),
            when: None,
            date: None,
            choice,
        };
        let person = EntityKind::Person;
        Corpus {
            entities: vec![
                entity("Ivan Orlov", person),
                entity("Pavel Orlov", person),
                entity("Olga Orlova", person),
                entity("Orlov Mill", EntityKind::Organisation),
            ],
            mentions: vec![
                mention(0, "Ivan Orlov", None),
                mention(
                    0,
                    "Orlov",
                    Some(Choice {
                        by,
                        others: vec![1, 2],
                    }),
                ),
                mention(3, "Mill", None),
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn each_rule_in_words() {
        assert_eq!(
            choice_in_words(&orlov(ChosenBy::Related(vec![2, 0])), 1).as_deref(),
            Some("Orlov here is Ivan Orlov (chosen because the same sentence names the Mill and Ivan Orlov); not Pavel Orlov or Olga Orlova.")
        );
        assert_eq!(
            choice_in_words(&orlov(ChosenBy::NamedEarlier(0)), 1).as_deref(),
            Some("Orlov here is Ivan Orlov (chosen as the one named more recently); not Pavel Orlov or Olga Orlova.")
        );
        assert_eq!(
            choice_in_words(&orlov(ChosenBy::ListedFirst), 1).as_deref(),
            Some("Orlov here is Ivan Orlov (chosen as the one the glossary lists first: nothing in the text says which is meant); not Pavel Orlov or Olga Orlova.")
        );
        // Surnames alone of names the compiler found.
        let found = |by| choice_in_words(&orlov(by), 1).unwrap_or_default();
        assert_eq!(
            found(ChosenBy::Subject),
            "Orlov here is Ivan Orlov (chosen as the subject of this biography); not Pavel Orlov or Olga Orlova."
        );
        assert!(found(ChosenBy::NamedMostOften)
            .contains("(chosen as the one this biography names in full most often); not"));
        assert!(found(ChosenBy::NamedFirst)
            .contains("(chosen as the one this biography names in full first); not"));
        // An organisation's or an event's words that start with "the" take no other.
        let mut the = orlov(ChosenBy::Related(vec![2]));
        the.mentions[2].text = "The Mill".to_owned();
        assert!(choice_in_words(&the, 1).is_some_and(|note| note.contains("names The Mill)")));
        // No note on a mention no choice was made for.
        assert_eq!(choice_in_words(&the, 0), None);
        assert_eq!(choice_in_words(&the, 2), None);
    }

    #[test]
    fn lists_in_words() {
        let items = |n: usize| -> Vec<String> {
            ["A", "B", "C"][..n].iter().map(|s| s.to_string()).collect()
        };
        assert_eq!(listed(&items(1), "and"), "A");
        assert_eq!(listed(&items(2), "or"), "A or B");
        assert_eq!(listed(&items(3), "and"), "A, B and C");
    }
}
