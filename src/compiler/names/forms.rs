//! Names of a special form: a year before a head noun ("the 1905 Revolution"), a title in quotation marks, a patronymic.

use super::*;

/// A year before a head noun: "the 1905 Revolution", "the 1936 show trial" (one other word may
/// come between). Returns the name and the token index after it.
pub(super) fn year_led(sentence: &Sentence, i: usize) -> Option<(Name, usize)> {
    let year = sentence.word(i)?;
    if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let value: u32 = year.parse().ok()?;
    if !(1000..=2100).contains(&value) {
        return None;
    }
    for last in [i + 1, i + 2] {
        if !(i + 1..=last).all(|j| sentence.spaced(j) && sentence.word(j).is_some()) {
            return None;
        }
        let word = bare(sentence.word(last)?);
        let kind = head_kind(word)
            .filter(|_| is_capitalised(word))
            .or_else(|| {
                LOWERCASE_HEADS
                    .contains(&word)
                    .then(|| head_kind(word))
                    .flatten()
            });
        if let Some(kind) = kind {
            let (start, end) = (sentence.start(i), sentence.start(last) + word.len());
            let name = Name {
                start,
                end,
                kind: Some(kind),
                strong: true,
            };
            return Some((name, last + 1));
        }
    }
    None
}

/// A Russian patronymic ("Nikitich", "Tenisovich", "Ivanovna").
pub(super) fn is_patronymic(word: &str) -> bool {
    ["ovich", "evich", "ovna", "evna", "ichna", "inichna"]
        .iter()
        .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

/// A title in quotation marks: `"Volna"`, `"The Declaration of 46"`. Every word is
/// capitalised but for connectors and numbers; a work, unless the noun before it names a body
/// ("publishing house", "group"). Returns the name and the token index after the closing quote.
pub(super) fn quoted_title(sentence: &Sentence, i: usize) -> Option<(Name, usize)> {
    let open = sentence.mark(i)?;
    let close = match open {
        '"' => '"',
        '“' => '”',
        '«' => '»',
        '\'' => '\'',
        '‘' => '’',
        _ => return None,
    };
    let first = i + 1;
    let end = (first..sentence.tokens.len().min(first + 16))
        .find(|&j| sentence.mark(j) == Some(close))?;
    if end == first || !sentence.is_name_word(first) {
        return None;
    }
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "to", "in", "for", "on", "at", "with", "from", "by",
        "against",
    ];
    let title_case = (first..end).all(|j| match sentence.word(j) {
        Some(w) => is_capitalised(w) || SMALL.contains(&w) || w.chars().all(|c| c.is_ascii_digit()),
        None => matches!(sentence.mark(j), Some('-' | '–' | ':' | '\'' | '’')),
    });
    let first_word = sentence.word(first).unwrap_or_default();
    let last_word = (first..end)
        .rev()
        .find_map(|j| sentence.word(j))
        .unwrap_or_default();
    if !title_case
        || (end == first + 1 && FUNCTION_WORDS.contains(&first_word))
        || FUNCTION_WORDS.contains(&last_word)
    {
        return None;
    }
    let body = (i.saturating_sub(2)..i)
        .filter_map(|j| sentence.word(j))
        .any(|w| {
            matches!(
                w,
                "house"
                    | "group"
                    | "society"
                    | "organisation"
                    | "organization"
                    | "circle"
                    | "union"
            )
        });
    let kind = if body {
        EntityKind::Organisation
    } else {
        EntityKind::Work
    };
    let (start, stop) = (sentence.start(first), sentence.end(end - 1));
    let text = &sentence.text[start..stop];
    Some((
        Name {
            start,
            end: start + text.trim_end_matches(['.', ',']).len(),
            kind: Some(kind),
            strong: true,
        },
        end + 1,
    ))
}
