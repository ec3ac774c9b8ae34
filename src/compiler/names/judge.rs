//! Whether a run is a name and of what kind: sentence starts, offices, factions, lists of places, and the evidence in and around the run.

use super::*;

/// "in Moscow, Saint Petersburg, Rostov, and Tomsk": the preposition before a list governs every
/// item, so items with no evidence of their own are places like the first.
pub(super) fn places_in_lists(text: &str, names: &mut [Name]) {
    let mut first = 0;
    for i in 1..names.len() {
        let gap = text[names[i - 1].end..names[i].start].trim();
        let listed = matches!(gap, "," | "and" | ", and" | "or" | ", or");
        if !listed {
            first = i;
            continue;
        }
        if names[first].kind == Some(EntityKind::Place) && !names[i].strong {
            names[i].kind = Some(EntityKind::Place);
        }
    }
    // "Helsingfors (Helsinki)": a name in brackets right after another is another name of it.
    for i in 1..names.len() {
        let gap = text[names[i - 1].end..names[i].start].trim();
        let closes = text[names[i].end..].trim_start().starts_with(')');
        if gap == "(" && closes && !names[i].strong {
            names[i].kind = names[i - 1].kind;
        }
    }
}

/// A sentence's first word is capitalised whatever it is: it stays in a name only if the text
/// capitalises it elsewhere too, and is never a function word or a word the text writes in
/// lowercase. Returns the run without it when it goes, or None if nothing is left.
pub(super) fn trim_sentence_start(sentence: &Sentence, run: Run) -> Option<Run> {
    let word = bare(sentence.word(run.first)?);
    if sentence.is_initial(run.first) || is_acronym(word) {
        return Some(run);
    }
    let head_part = word.split('-').next().unwrap_or(word);
    let ordinary = FUNCTION_WORDS.contains(&word)
        || FUNCTION_WORDS.contains(&head_part)
        || is_role(&word.to_lowercase())
        || (sentence.vocabulary.writes_lowercase(word)
            && !sentence.vocabulary.capitalises_inside(word));
    if !ordinary {
        let single = run.first == run.last;
        let known = sentence.vocabulary.capitalises_inside(word);
        return (!single || known || acts_as_person(sentence, run.last)).then_some(run);
    }
    // Drop the word; what follows it must itself start a name.
    let next = run.first + 1;
    if next > run.last || !sentence.is_name_word(next) || !sentence.spaced(next) {
        return None;
    }
    Some(Run { first: next, ..run })
}

/// "Chairman of the Revolutionary Administrative Committee": an office in a body names the body.
/// An office of a bare head noun ("General Secretary of the Party") is left to `organ_and_body`.
pub(super) fn body_of_office(sentence: &Sentence, run: Run) -> Run {
    let Some(of) = (run.first..=run.last).find(|&i| sentence.word(i) == Some("of")) else {
        return run;
    };
    let offices = (run.first..of)
        .filter_map(|i| sentence.word(i))
        .all(|w| TITLES.contains(&bare(w)) || bare(w) == "vice");
    let mut body = of + 1;
    if sentence.word(body) == Some("the") {
        body += 1;
    }
    let body_run = Run { first: body, ..run };
    let names = sentence.name_words(&body_run);
    let bare_head = names.len() == 1 && head_kind(names[0]).is_some();
    if offices && body <= run.last && !names.is_empty() && !bare_head {
        body_run
    } else {
        run
    }
}

/// "the Executive Committee of the Russian Communist Party": an organ of a named body is two
/// names, the organ and the body, so the body's card gathers every mention of it. An organ
/// word alone ("the Presidium of the Supreme Soviet") is no name of its own; the body is. An
/// organ or office of a bare head noun ("Executive Committee of the Party", "General Secretary
/// of the Party") is named by its own words, since "the Party" alone is no name. A body with no
/// head noun of its own ("Supreme Soviet of the National Economy") leaves the run whole.
pub(super) fn organ_and_body(sentence: &Sentence, run: Run) -> Vec<Run> {
    let Some(of) = (run.first..=run.last).find(|&i| sentence.word(i) == Some("of")) else {
        return vec![run];
    };
    if sentence.word(of + 1) != Some("the") || of == run.first || of + 2 > run.last {
        return vec![run];
    }
    let before = sentence.word(of - 1).map(bare).unwrap_or_default();
    let organ = Run {
        last: of - 1,
        lowercase_head: false,
        ..run
    };
    let body = Run {
        first: of + 2,
        ..run
    };
    let names = sentence.name_words(&body);
    let bare_body = body.first == body.last && names.len() == 1 && head_kind(names[0]).is_some();
    let named_body = names.len() >= 2 && head_of(&sentence.words(&body)).is_some();
    if bare_body && (ORGANS.contains(&before) || TITLES.contains(&before)) {
        vec![organ]
    } else if named_body && ORGANS.contains(&before) {
        // The body may be an organ of another ("Bureau of the Executive Committee of the Party").
        let mut runs = vec![organ];
        runs.extend(organ_and_body(sentence, body));
        runs
    } else {
        vec![run]
    }
}

/// Whether the words after token `last` are what a person does: `X declared`, `X was
/// arrested`, `X's army`.
pub(super) fn acts_as_person(sentence: &Sentence, last: usize) -> bool {
    let possessive = sentence.word(last).is_some_and(|w| bare(w) != w);
    let next = sentence.word(last + 1).unwrap_or_default();
    let next_after = sentence.word(last + 2).unwrap_or_default();
    if possessive {
        return PERSON_POSSESSIONS.contains(&next) || KIN.contains(&next);
    }
    sentence.spaced(last + 1)
        && (PERSON_VERBS.contains(&next)
            || (matches!(next, "was" | "had" | "is" | "has")
                && PERSON_PARTICIPLES.contains(&next_after)))
}

/// Whether a run is a name, and of what kind.
pub(super) fn judge(sentence: &Sentence, run: Run) -> Option<Name> {
    let words = sentence.words(&run);
    let names = sentence.name_words(&run);
    if words.len() > 12 || names.is_empty() {
        return None;
    }
    let ordinal_led = names.first().is_some_and(|w| {
        is_numeric_ordinal(w) || ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(w))
    });
    let head = head_of(&words);
    if ordinal_led && head.is_none() {
        return None; // "First" or "5th" before no head noun
    }
    // Nothing but months, adjectives, titles, ordinals: not a name.
    let plain = |w: &&str| {
        is_calendar_word(w)
            || is_adjective(w)
            || TITLES.contains(w)
            || is_numeric_ordinal(w)
            || ORDINALS.contains(w)
            || w.len() == 1
    };
    // A month before no head noun ("May Day") is a date's business; citation machinery
    // ("ISBN") names nothing.
    if head.is_none() && is_calendar_word(names[0]) {
        return None;
    }
    if names.iter().any(|w| CITATION_WORDS.contains(w)) {
        return None;
    }
    let office = names.len() > 1 && names.iter().all(|w| TITLES.contains(w) || *w == "People");
    if head.is_none() && !office && names.iter().all(plain) {
        // A plural of a faction ("Bolsheviks", "Trotskyists") names a group.
        let group = names.len() == 1
            && names[0]
                .strip_suffix('s')
                .is_some_and(|singular| is_adjective(singular) && !singular.ends_with('s'));
        if !group && !faction_member(sentence, &run) {
            return None;
        }
    }
    // A head noun alone ("Party", "Congress", "the Front") is not a name.
    if names.len() == 1 && !run.lowercase_head && head_kind(names[0]).is_some() {
        return None;
    }
    let (start, end) = sentence.span(&run);
    let (kind, strong) = kind_of(sentence, &run, &words, head);
    Some(Name {
        start,
        end,
        kind,
        strong,
    })
}

/// "became a Bolshevik", "a fellow Marxist who": a faction's word used as a noun names a member
/// of the faction, so the faction. Nationalities ("a Latvian") are left alone.
pub(super) fn faction_member(sentence: &Sentence, run: &Run) -> bool {
    let Some(word) = sentence.word(run.first).map(bare) else {
        return false;
    };
    let faction = run.first == run.last
        && is_adjective(word)
        && ["ik", "ist", "ite"].iter().any(|s| word.ends_with(s));
    let article = (run.first.saturating_sub(2)..run.first)
        .filter_map(|i| sentence.word(i))
        .any(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"));
    let noun_follows = sentence.spaced(run.last + 1)
        && sentence.word(run.last + 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    w,
                    "who"
                        | "and"
                        | "or"
                        | "but"
                        | "in"
                        | "at"
                        | "from"
                        | "of"
                        | "since"
                        | "until"
                        | "with"
                        | "for"
                        | "to"
                        | "was"
                        | "is"
                        | "had"
                        | "has"
                )
        });
    faction && article && !noun_follows
}

/// The head noun of a name's words: the word before the first `of`/`for`, else the last word.
pub(super) fn head_of(words: &[&str]) -> Option<EntityKind> {
    let before_of = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| head_kind(words[i]));
    before_of.or_else(|| words.last().and_then(|w| head_kind(w)))
}

/// The kind of a run from the evidence inside and around it, and whether the evidence is strong.
pub(super) fn kind_of(
    sentence: &Sentence,
    run: &Run,
    words: &[&str],
    head: Option<EntityKind>,
) -> (Option<EntityKind>, bool) {
    if let Some(kind) = head {
        return (Some(kind), true);
    }
    let names = sentence.name_words(run);
    let first = names.first().copied().unwrap_or_default();
    // An office: titles alone, or titles before "of"/"for" ("General Secretary", "People's
    // Commissar for War").
    let before_complement: Vec<&str> = words
        .iter()
        .copied()
        .take_while(|w| !matches!(*w, "of" | "for"))
        .filter(|w| *w != "People")
        .collect();
    if !before_complement.is_empty() && before_complement.iter().all(|w| TITLES.contains(w)) {
        let complement = before_complement.len() < words.len();
        return (Some(EntityKind::Organisation), complement);
    }
    if names.len() == 1
        && (names[0].strip_suffix('s').is_some_and(is_adjective) || is_adjective(names[0]))
    {
        // "the Bolsheviks", "fellow Trotskyists": a faction's members are the faction.
        return (Some(EntityKind::Organisation), true);
    }
    let toponym = |word: &str| {
        PLACE_ENDINGS
            .iter()
            .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
    };
    let last_name = names.last().copied().unwrap_or_default();
    // "Saint Petersburg": a prefix that is also a title ("Saint", "Mount") before a toponym.
    if PLACE_PREFIXES.contains(&first) && names.len() > 1 && toponym(last_name) {
        return (Some(EntityKind::Place), false);
    }
    if TITLES.contains(&first) && names.len() > 1 {
        return (Some(EntityKind::Person), true);
    }
    if names.iter().any(|w| is_patronymic(w)) {
        return (Some(EntityKind::Person), true);
    }
    // Words before: up to two lowercase words.
    let before: Vec<&str> = (run.first.saturating_sub(3)..run.first)
        .filter_map(|i| sentence.word(i))
        .collect();
    let last_before = before.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let last_before = last_before.as_str();
    let two_before = before.iter().rev().nth(1).copied().unwrap_or_default();
    if is_role(last_before) || (last_before == "the" && is_role(two_before)) {
        return (Some(EntityKind::Person), true);
    }
    if [
        "army",
        "forces",
        "troops",
        "government",
        "supporters",
        "followers",
    ]
    .contains(&two_before)
        && last_before == "of"
    {
        return (Some(EntityKind::Person), true);
    }
    if PLACE_PREPOSITIONS.contains(&last_before) && PLACE_VERBS.contains(&two_before) {
        return (Some(EntityKind::Place), true);
    }
    // The verb or relation before the name, past a "the": "take [the] X", "east of [the] X".
    let the = usize::from(last_before == "the");
    let word_before = |n: usize| {
        before
            .iter()
            .rev()
            .nth(n + the)
            .copied()
            .unwrap_or_default()
    };
    let lead_word = if the == 1 { two_before } else { last_before };
    let relation = if word_before(0) == "of" {
        word_before(1)
    } else {
        ""
    };
    if PLACE_RELATIONS.contains(&relation) {
        return (Some(EntityKind::Place), true);
    }
    // Words after.
    let after = run.last + 1;
    let possessive = sentence.word(run.last).is_some_and(|w| bare(w) != w);
    let next = sentence.word(after).unwrap_or_default();
    if acts_as_person(sentence, run.last) && !PLACE_PREPOSITIONS.contains(&last_before) {
        return (Some(EntityKind::Person), true);
    }
    if PLACE_PREFIXES.contains(&first) && names.len() > 1 {
        return (Some(EntityKind::Place), false);
    }
    if TAKING_VERBS.contains(&lead_word) || last_before == "modern" {
        return (Some(EntityKind::Place), false);
    }
    if toponym(last_name) && !names.iter().any(|w| is_patronymic(w)) {
        return (Some(EntityKind::Place), false);
    }
    // "the Petrograd Cheka": a toponym before another word names a body of that place.
    if names.len() > 1 && toponym(first) && words.len() == names.len() {
        return (Some(EntityKind::Organisation), false);
    }
    // "the Cheka", "the Urals": one word after "the" is a body or, in the plural, a range or
    // a region; hardly ever a person.
    if names.len() == 1 && last_before == "the" && !possessive {
        let plural = last_name.ends_with('s');
        let kind = if plural {
            EntityKind::Place
        } else {
            EntityKind::Organisation
        };
        return (Some(kind), false);
    }
    if possessive && next.starts_with(char::is_lowercase) {
        return (Some(EntityKind::Person), false);
    }
    if PLACE_PREPOSITIONS.contains(&last_before) {
        return (Some(EntityKind::Place), false);
    }
    if names.iter().all(|w| is_acronym(w)) {
        return (Some(EntityKind::Organisation), false);
    }
    if names.len() > 1 && words.len() == names.len() {
        return (Some(EntityKind::Person), false);
    }
    (None, false)
}
