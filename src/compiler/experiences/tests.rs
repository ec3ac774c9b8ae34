//! Made-up sentences for every kind of `seeds/experiences.toml` and for the traps (another person as the subject, a negation, a plan, someone's quoted words), read with the real lexicon.

use super::lexicon::{Lexicon, LexiconFile, EXPERIENCES};
use super::reading::{read, Sentence, Verdict};

fn lexicon() -> Lexicon {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds/experiences.toml");
    let source = std::fs::read_to_string(path).expect("seeds/experiences.toml reads");
    let file: LexiconFile = crate::editorial::parse(EXPERIENCES, &source).expect("it parses");
    let mut errors = Vec::new();
    let lexicon = Lexicon::new(file, EXPERIENCES, &source, &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    lexicon
}

/// Reads `marked`, where `{Name}` is the biography's subject and `[Name]` another person, and
/// returns each cue as "kind: verdict".
fn verdicts(lexicon: &Lexicon, marked: &str) -> Vec<String> {
    let mut text = String::new();
    let mut people = Vec::new();
    let mut open = None;
    for c in marked.chars() {
        match c {
            '{' | '[' => open = Some((text.len(), c == '{')),
            '}' | ']' => {
                let (start, subject) = open.take().expect("balanced marks");
                people.push((start..text.len(), subject));
            }
            c => text.push(c),
        }
    }
    let sentence = Sentence {
        text: &text,
        range: 0..text.len(),
        people,
    };
    read(lexicon, &sentence)
        .into_iter()
        .map(|hit| {
            let kind = &lexicon.kinds[hit.kind].name;
            let verdict = match hit.verdict {
                Verdict::Subject => "subject".to_owned(),
                Verdict::Other(who) => format!("other ({who})"),
                Verdict::Negated(word) => format!("negated ({word})"),
                Verdict::Hypothetical(word) => format!("hypothetical ({word})"),
                Verdict::Reported => "reported".to_owned(),
                Verdict::Unknown => "unknown".to_owned(),
            };
            format!("{kind}: {verdict}")
        })
        .collect()
}

fn check(cases: &[(&str, &[&str])]) {
    let lexicon = lexicon();
    let mut wrong = Vec::new();
    for (marked, expected) in cases {
        let got = verdicts(&lexicon, marked);
        if got != *expected {
            wrong.push(format!(
                "{marked}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn every_kind_is_found_with_the_subject_as_its_subject() {
    check(&[
        (
            "{Marta Vogel} was born in a river town.",
            &["born: subject"],
        ),
        (
            "In 1903 she joined the Social Democratic party.",
            &["joined a party or movement: subject"],
        ),
        (
            "{Vogel} was arrested in March 1906.",
            &["arrested: subject"],
        ),
        (
            "She spent two years in prison before the amnesty.",
            &["imprisoned: subject"],
        ),
        (
            "In 1908 {Vogel} was deported to Tobolsk.",
            &["exiled or deported: subject"],
        ),
        ("He was released after a month.", &["released: subject"]),
        (
            "In 1917 {Vogel} was elected chair of the committee.",
            &["elected or appointed: subject"],
        ),
        (
            "She was removed from the board in 1926.",
            &["dismissed or removed: subject"],
        ),
        (
            "{Vogel} was expelled from the party in December 1927.",
            &["expelled: subject"],
        ),
        (
            "In 1929 she renounced the opposition.",
            &["broke with a cause or recanted: subject"],
        ),
        (
            "His membership of the party was restored in 1930.",
            &["readmitted: subject"],
        ),
        (
            "{Vogel} was reinstated in the party a year later.",
            &["readmitted: subject"],
        ),
        ("In 1936 he was accused of treason.", &["accused: subject"]),
        ("The court sentenced him to death.", &["sentenced: subject"]),
        ("He was shot the next day.", &["executed: subject"]),
        ("{Vogel} died in 1950.", &["died: subject"]),
        (
            "{Vogel} was posthumously rehabilitated in 1988.",
            &["rehabilitated: subject"],
        ),
        ("In 1911 she married a printer.", &["married: subject"]),
    ]);
}

#[test]
fn a_sentence_can_hold_several_and_coordinated_subjects_count() {
    check(&[
        (
            "Rearrested in May 1915, he was sentenced to three years deportation.",
            &[
                "arrested: subject",
                "sentenced: subject",
                "exiled or deported: subject",
            ],
        ),
        (
            "{Vogel} was expelled from the committee in November, expelled from the party in December, and deported.",
            &["expelled: subject", "expelled: subject", "exiled or deported: subject"],
        ),
        (
            "In July, {Vogel}, [Berg] and [Lind] joined the council.",
            &["joined a party or movement: subject"],
        ),
        (
            "{Vogel} was arrested in the wake of [Kirov]'s assassination, and sentenced to five years imprisonment.",
            &["arrested: subject", "sentenced: subject", "imprisoned: subject"],
        ),
        (
            "In 1910 he was arrested at a rally to mark the death of [Tolstoy], but was released after a month.",
            &["arrested: subject", "released: subject"],
        ),
    ]);
}

#[test]
fn another_person_as_the_subject_is_not_the_subjects_experience() {
    check(&[
        (
            "At the trial, [Zinoviev] named {Vogel} as an accomplice; [Zinoviev] was shot.",
            &["executed: other (Zinoviev)"],
        ),
        (
            "After his arrest, [Zinoviev] named {Vogel} as an accomplice.",
            &["arrested: other (Zinoviev)"],
        ),
        (
            "The police arrested [Berg] at the station.",
            &["arrested: other (Berg)"],
        ),
        (
            "Some of those arrested soon repented.",
            &[
                "arrested: other (those)",
                "broke with a cause or recanted: other (those)",
            ],
        ),
        (
            "He held them responsible for the execution of a group of engineers.",
            &["executed: other (a group of)"],
        ),
        (
            "{Vogel} mourned [Kirov]'s execution.",
            &["executed: other (Kirov)"],
        ),
        (
            "{Vogel} organised a fund for the families of arrested workers.",
            &["arrested: other (workers)"],
        ),
        (
            "In 1917 the exiled leaders returned, and {Vogel} was elected to the soviet.",
            &[
                "exiled or deported: other (leaders)",
                "elected or appointed: subject",
            ],
        ),
    ]);
}

#[test]
fn what_did_not_happen_or_was_only_planned_is_not_an_experience() {
    check(&[
        (
            "Unlike the others, he was never arrested.",
            &["arrested: negated (never)"],
        ),
        (
            "{Vogel} was not expelled, only reprimanded.",
            &["expelled: negated (not)"],
        ),
        (
            "He urged that the ministers should be arrested at once.",
            &["arrested: hypothetical (urged)"],
        ),
        (
            "Many believed that he should have been appointed head of the council.",
            &["elected or appointed: hypothetical (should)"],
        ),
        (
            "{Vogel} narrowly escaped arrest in 1906.",
            &["arrested: negated (escaped)"],
        ),
        ("She didn't join the party until 1917.", &[]),
    ]);
}

#[test]
fn quoted_words_of_someone_else_are_not_the_narrators() {
    check(&[
        (
            "[Lind] wrote: \"we were arrested at dawn and deported in chains.\"",
            &["arrested: other (we)", "exiled or deported: other (we)"],
        ),
        (
            "The verdict said: \"guilty, to be shot.\"",
            &["executed: reported"],
        ),
        (
            "In October, {Vogel} \"broke with the opposition\" and was reinstated.",
            &[
                "broke with a cause or recanted: subject",
                "readmitted: subject",
            ],
        ),
    ]);
}
