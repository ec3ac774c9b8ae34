//! The matcher on made-up glossaries and sentences: whole words, and the rules for an alias several entries share.

use super::*;

/// Entries given as `name: alias|alias ; related,related` lines (related by name).
fn matcher(spec: &[&str]) -> (Matcher, Vec<String>) {
    let names: Vec<String> = spec
        .iter()
        .map(|l| l.split(':').next().unwrap().to_string())
        .collect();
    let entries = spec
        .iter()
        .map(|line| {
            let (_, rest) = line.split_once(':').unwrap();
            let (aliases, related) = rest.split_once(';').unwrap_or((rest, ""));
            Entry {
                aliases: aliases.split('|').map(|a| a.trim().to_string()).collect(),
                related: related
                    .split(',')
                    .filter(|r| !r.trim().is_empty())
                    .map(|r| names.iter().position(|n| n == r.trim()).unwrap() as EntityId)
                    .collect(),
            }
        })
        .collect::<Vec<_>>();
    (Matcher::new(&entries), names)
}

/// Annotates `text`, its paragraphs (split on blank lines) read in turn as one article, and
/// renders each match as `[words=entry]`; with `choices`, a chosen entry also says why:
/// `[words=entry because related, related; not other]` (rule 1),
/// `[words=entry after naming@offset; not other]` (rule 2),
/// `[words=entry listed first; not other]` (rule 3).
fn render(spec: &[&str], text: &str, choices: bool) -> String {
    let (matcher, names) = matcher(spec);
    let mut recency = Recency::default();
    let mut namings: HashMap<u32, String> = HashMap::new();
    let mut out = String::new();
    let mut at = 0;
    for paragraph in text.split("\n\n") {
        let base = paragraph.as_ptr() as usize - text.as_ptr() as usize;
        let sentences = crate::sentences::sentences(paragraph);
        let matches = matcher.annotate(paragraph, &sentences, &mut recency);
        let words = |m: &Match| &paragraph[m.start..m.end];
        for m in &matches {
            if let Some(stamp) = m.naming {
                namings.insert(stamp, format!("{}@{}", words(m), base + m.start));
            }
        }
        for m in &matches {
            out.push_str(&text[at..base + m.start]);
            out.push_str(&format!("[{}={}", words(m), names[m.entity as usize]));
            if let Some(Resolved { rule, others }) = m.choice.as_ref().filter(|_| choices) {
                let why = match rule {
                    Rule::Related(indices) => {
                        let named: Vec<&str> =
                            indices.iter().map(|&i| words(&matches[i])).collect();
                        format!("because {}", named.join(", "))
                    }
                    Rule::NamedEarlier(stamp) => format!("after {}", namings[stamp]),
                    Rule::ListedFirst => "listed first".to_string(),
                };
                let others: Vec<&str> =
                    others.iter().map(|&o| names[o as usize].as_str()).collect();
                out.push_str(&format!(" {why}; not {}", others.join(", ")));
            }
            out.push(']');
            at = base + m.end;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// `render` without the reasons, against `expected`.
fn check(spec: &[&str], text: &str, expected: &str) {
    assert_eq!(render(spec, text, false), expected);
}

/// `render` with the reasons, against `expected`.
fn check_choices(spec: &[&str], text: &str, expected: &str) {
    assert_eq!(render(spec, text, true), expected);
}

#[test]
fn whole_words_longest_first_with_possessives() {
    let spec = [
        "ivar: Smilga|Ivar",
        "tenis: Tenis Smilga",
        "tatiana: Smilga-Poluyan",
        "trotsky: Trotsky",
    ];
    check(
        &spec,
        "Tenis Smilga and Smilga's daughter Smilga-Poluyan met Trotsky’s Trotskyist friends.",
        "[Tenis Smilga=tenis] and [Smilga=ivar]'s daughter [Smilga-Poluyan=tatiana] met [Trotsky=trotsky]’s Trotskyist friends.",
    );
    check(
        &spec,
        "Smilgas Ivarovich xSmilga",
        "Smilgas Ivarovich xSmilga",
    );
    check(&spec, "Smilga", "[Smilga=ivar]");
    check(
        &spec,
        "named 'Trotsky' and O'Smilga",
        "named '[Trotsky=trotsky]' and O'Smilga",
    );
}

#[test]
fn a_shared_surname_follows_the_rules() {
    let spec = [
        "lev: Lev Kamenev|Kamenev ; zinoviev",
        "sergei: Sergei Kamenev|Kamenev ; vatzetis",
        "zinoviev: Zinoviev",
        "vatzetis: Vatzetis",
        "trotsky: Trotsky",
    ];
    // Rule 1: related entries in the same sentence.
    check(
        &spec,
        "Zinoviev and Kamenev.",
        "[Zinoviev=zinoviev] and [Kamenev=lev].",
    );
    check(
        &spec,
        "Kamenev replaced Vatzetis.",
        "[Kamenev=sergei] replaced [Vatzetis=vatzetis].",
    );
    // Rule 2: the most recently named in full.
    check(
        &spec,
        "Sergei Kamenev came. Then Kamenev and Trotsky left.",
        "[Sergei Kamenev=sergei] came. Then [Kamenev=sergei] and [Trotsky=trotsky] left.",
    );
    // Rule 3: glossary order.
    check(&spec, "Kamenev alone.", "[Kamenev=lev] alone.");
}

/// Two made-up men of one surname, each with entries often named with him.
const ORLOVS: [&str; 7] = [
    "ivan: Ivan Orlov|Orlov ; mill, volga",
    "pavel: Pavel Orlov|Orlov ; army, kazan",
    "mill: Mill",
    "volga: Volga",
    "army: Army",
    "kazan: Kazan",
    "clerk: Clerk",
];

#[test]
fn rule_one_names_the_related_entries_in_the_sentence() {
    check_choices(
        &ORLOVS,
        "Orlov ran the Mill.",
        "[Orlov=ivan because Mill; not pavel] ran the [Mill=mill].",
    );
    // The first mention of each related entry, in reading order, before or after the alias.
    check_choices(
        &ORLOVS,
        "The Army took Kazan, and Orlov praised the Army.",
        "The [Army=army] took [Kazan=kazan], and [Orlov=pavel because Army, Kazan; not ivan] praised the [Army=army].",
    );
    // More related entries win, over fewer and over who was named last; others named do not count.
    check_choices(
        &ORLOVS,
        "Ivan Orlov spoke. The Clerk saw Orlov lead the Army from the Volga to Kazan.",
        "[Ivan Orlov=ivan] spoke. The [Clerk=clerk] saw [Orlov=pavel because Army, Kazan; not ivan] lead the [Army=army] from the [Volga=volga] to [Kazan=kazan].",
    );
    // Only the same sentence counts.
    check_choices(
        &ORLOVS,
        "The Army came. Orlov left.",
        "The [Army=army] came. [Orlov=ivan listed first; not pavel] left.",
    );
}

#[test]
fn rule_two_names_the_mention_that_last_named_the_chosen_one() {
    // Across paragraphs of one article.
    check_choices(
        &ORLOVS,
        "Pavel Orlov came.\n\nLater Orlov left.",
        "[Pavel Orlov=pavel] came.\n\nLater [Orlov=pavel after Pavel Orlov@0; not ivan] left.",
    );
    // The last naming of the chosen one, though another was named since.
    check_choices(
        &ORLOVS,
        "Ivan Orlov came. Pavel Orlov spoke. Ivan Orlov answered. Then Orlov left.",
        "[Ivan Orlov=ivan] came. [Pavel Orlov=pavel] spoke. [Ivan Orlov=ivan] answered. Then [Orlov=ivan after Ivan Orlov@36; not pavel] left.",
    );
    // Earlier in the same sentence; and a tie on related entries goes to this rule.
    check_choices(
        &ORLOVS,
        "Pavel Orlov met Orlov at the Mill in Kazan.",
        "[Pavel Orlov=pavel] met [Orlov=pavel after Pavel Orlov@0; not ivan] at the [Mill=mill] in [Kazan=kazan].",
    );
    // A mention chosen among several is no naming: the full name before it still is.
    check_choices(
        &ORLOVS,
        "Ivan Orlov came. Orlov led the Army. Orlov left.",
        "[Ivan Orlov=ivan] came. [Orlov=pavel because Army; not ivan] led the [Army=army]. [Orlov=ivan after Ivan Orlov@0; not pavel] left.",
    );
}

#[test]
fn words_left_out_are_no_naming() {
    let (matcher, _) = matcher(&ORLOVS);
    let text = "Pavel Orlov Street is long. Orlov left.";
    let sentences = crate::sentences::sentences(text);
    let matches = matcher.annotate_except(text, &sentences, &mut Recency::default(), &[(0, 11)]);
    let kept: Vec<(&str, EntityId, Option<Rule>)> = matches
        .iter()
        .map(|m| {
            (
                &text[m.start..m.end],
                m.entity,
                m.choice.clone().map(|c| c.rule),
            )
        })
        .collect();
    assert_eq!(kept, [("Orlov", 0, Some(Rule::ListedFirst))]);
}

#[test]
fn rule_three_is_glossary_order() {
    check_choices(
        &ORLOVS,
        "Orlov alone.",
        "[Orlov=ivan listed first; not pavel] alone.",
    );
    // A tie on related entries, and nobody named before.
    check_choices(
        &ORLOVS,
        "Orlov left the Mill for Kazan.",
        "[Orlov=ivan listed first; not pavel] left the [Mill=mill] for [Kazan=kazan].",
    );
    // The glossary's order, whatever the names; every other candidate is listed.
    check_choices(
        &["b: Orlov", "a: Orlov", "c: Orlov|Colonel Orlov"],
        "Orlov came. Colonel Orlov left.",
        "[Orlov=b listed first; not a, c] came. [Colonel Orlov=c] left.",
    );
}
