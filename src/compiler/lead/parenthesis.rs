//! The parenthesis after the name: life dates, the native name and other names, each item by its shape and its language label.

use super::*;

/// The byte offset of the `)` closing the `(` at `open`, if it closes.
pub(super) fn closing_parenthesis(sentence: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in sentence[open..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + at);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits `sentence[start..end]` at `separator` outside brackets, as byte ranges.
pub(super) fn split_outside_brackets(
    sentence: &str,
    start: usize,
    end: usize,
    separator: char,
) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut depth = 0i32;
    let mut from = start;
    for (at, c) in sentence[start..end].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ if c == separator && depth <= 0 => {
                pieces.push((from, start + at));
                from = start + at + c.len_utf8();
            }
            _ => {}
        }
    }
    pieces.push((from, end));
    pieces
}

/// Reads the inside of the parenthesis, `sentence[start..end]`, into `lead`.
pub(super) fn read_parenthesis(sentence: &str, start: usize, end: usize, lead: &mut Lead) {
    for (part_start, part_end) in split_outside_brackets(sentence, start, end, ';') {
        for (item_start, item_end) in split_outside_brackets(sentence, part_start, part_end, ',') {
            // The rest of the part from this item on may be life dates, commas and all.
            let rest = &sentence[item_start..part_end];
            if lead.born.is_none() && lead.died.is_none() && may_start_dates(rest) {
                if let Some((born, died)) = life_dates(rest) {
                    lead.born = born;
                    lead.died = died;
                    break;
                }
            }
            read_name_item(sentence, item_start, item_end, lead);
        }
    }
}

/// Whether `text` may begin life dates; a cheap test before reading them.
pub(super) fn may_start_dates(text: &str) -> bool {
    let text = text.trim_start();
    let first_word = text.split_whitespace().next().unwrap_or("");
    text.starts_with(|c: char| c.is_ascii_digit() || c == '?')
        || crate::model::MONTH_NAMES.contains(&first_word.trim_end_matches(','))
        || ["born", "b.", "died", "d."].contains(&first_word)
        || CIRCA.contains(&first_word)
}

/// `2 December 1892 – 10 January 1938`, `born 1890`, `died 1937`: when born and when died.
pub(super) fn life_dates(text: &str) -> Option<(Option<DateSpan>, Option<DateSpan>)> {
    let text = text.trim();
    for (marker, born) in [
        ("born ", true),
        ("b. ", true),
        ("died ", false),
        ("d. ", false),
    ] {
        if let Some(rest) = text.strip_prefix(marker) {
            let date = one_date(rest)?;
            return Some(if born {
                (Some(date), None)
            } else {
                (None, Some(date))
            });
        }
    }
    let dashes = range_dashes(text);
    let &[(dash, width)] = dashes.as_slice() else {
        return None;
    };
    let (left, right) = (&text[..dash], &text[dash + width..]);
    let side = |side: &str| match side.trim() {
        "?" => Some(None),
        side => one_date(side).map(Some),
    };
    let (born, died) = (side(left)?, side(right)?);
    match (born, died) {
        (None, None) => None,
        (Some(b), Some(d)) if b.first > d.last => None,
        dates => Some(dates),
    }
}

/// The dashes in `text` that may separate two dates, outside brackets: en and em dashes, a
/// hyphen with spaces around it, or a hyphen between digits (`1892-1937`); each with its width.
pub(super) fn range_dashes(text: &str) -> Vec<(usize, usize)> {
    let mut dashes = Vec::new();
    let mut depth = 0i32;
    let mut before = ' ';
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let after = chars.peek().map_or(' ', |&(_, next)| next);
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            '–' | '—' if depth <= 0 => dashes.push((at, c.len_utf8())),
            '-' if depth <= 0
                && (before.is_whitespace() && after.is_whitespace()
                    || before.is_ascii_digit() && after.is_ascii_digit()) =>
            {
                dashes.push((at, 1));
            }
            _ => {}
        }
        before = c;
    }
    dashes
}

/// One date alone, as a span: after `c.` or `circa`, with bracketed notes left out, and perhaps
/// a place after it.
pub(super) fn one_date(text: &str) -> Option<DateSpan> {
    let mut text = text.trim();
    if let Some((first, rest)) = text.split_once(char::is_whitespace) {
        if CIRCA.contains(&first) {
            text = rest.trim_start();
        }
    }
    let cleaned = without_brackets(text);
    // A place after the date: `1890 in Riga`.
    let cleaned = [" in ", " at ", " near "]
        .iter()
        .filter_map(|word| cleaned.find(word))
        .min()
        .map_or(cleaned.as_str(), |at| &cleaned[..at])
        .trim();
    let found = find_dates(cleaned, &mut Narrative::default());
    let date = found.first()?;
    let rest = cleaned[date.end..].trim_start();
    let alone = date.start == 0
        && date.ends.is_none()
        && !date.relative
        && (rest.is_empty() || rest.starts_with([',', '(']));
    alone.then_some(date.when)
}

/// `text` without what stands in square brackets: `7 November [O.S. 25 October] 1879`.
pub(super) fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// An item of the parenthesis that is not a date: `Russian: И́вар Тени́сович Сми́лга`,
/// `Latvian: Ivars Smilga`, or a name in another script without a label.
pub(super) fn read_name_item(sentence: &str, start: usize, end: usize, lead: &mut Lead) {
    let item = &sentence[start..end];
    let (label, value_start) = match item.find(':') {
        Some(colon) => (Some(item[..colon].trim()), start + colon + 1),
        None => (None, start),
    };
    let label_range = label.map(|label| {
        let at = start + item.find(label).unwrap_or(0);
        (at, at + label.len())
    });
    if let Some(label) = label {
        if !is_language_label(label) {
            return;
        }
    }
    let Some((s, e)) = name_value(sentence, value_start, end) else {
        return;
    };
    match script(&sentence[s..e]) {
        Script::Other if lead.native.is_none() => {
            lead.native = Some((s, e));
            lead.native_language = label_range;
        }
        Script::Latin
            if label.is_some_and(|label| label.starts_with(char::is_uppercase))
                && sentence[s..e].starts_with(char::is_uppercase) =>
        {
            lead.other_names.push((s, e));
        }
        _ => {}
    }
}

/// A language's name as a label: one to four words of letters (`Russian`, `Old Church
/// Slavonic`, `pre-reform Russian`), not `IPA` nor `romanized`.
pub(super) fn is_language_label(label: &str) -> bool {
    let words = label.split_whitespace().count();
    (1..=4).contains(&words)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-' || c.is_ascii_digit())
        && !NOT_LANGUAGES.contains(&label)
        && !["romanized", "romanised", "transliterated", "lit", "transl"]
            .iter()
            .any(|word| label.eq_ignore_ascii_case(word))
}

/// The name in `sentence[start..end]`, trimmed, without a pronunciation after it (`[ˈivər]`,
/// `/ˈsmɪlɡə/`, `(listen)`).
pub(super) fn name_value(sentence: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let value = &sentence[start..end];
    let cut = value.find(['[', '/', '(']).unwrap_or(value.len());
    let value = &value[..cut];
    let trimmed = value.trim_start();
    let s = start + (value.len() - trimmed.len());
    let trimmed = trimmed.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    (!trimmed.is_empty()).then_some((s, s + trimmed.len()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Script {
    /// Every letter is Latin.
    Latin,
    /// No letter is Latin.
    Other,
    /// Both, or no letters at all.
    Mixed,
}

pub(super) fn script(text: &str) -> Script {
    let (mut latin, mut other) = (false, false);
    // Combining accents (`И́вар`) belong to whichever script they sit on.
    let letters = text
        .chars()
        .filter(|&c| c.is_alphabetic() && !('\u{300}'..='\u{36f}').contains(&c));
    for c in letters {
        if is_latin(c) {
            latin = true;
        } else {
            other = true;
        }
    }
    match (latin, other) {
        (true, false) => Script::Latin,
        (false, true) => Script::Other,
        _ => Script::Mixed,
    }
}

/// A letter of the Latin script (with its accents and extensions).
pub(super) fn is_latin(c: char) -> bool {
    matches!(c,
        'A'..='Z' | 'a'..='z' | 'ª' | 'º'
        | '\u{c0}'..='\u{24f}'      // Latin-1 Supplement, Extended-A and -B
        | '\u{250}'..='\u{2af}'     // IPA extensions
        | '\u{1e00}'..='\u{1eff}'   // Latin Extended Additional
        | '\u{2c60}'..='\u{2c7f}'   // Latin Extended-C
        | '\u{a720}'..='\u{a7ff}'   // Latin Extended-D
        | '\u{ff21}'..='\u{ff3a}' | '\u{ff41}'..='\u{ff5a}')
}

/// The BCP 47 tag of a language named in English ("Russian" → "ru"), for the `lang` attribute that
/// lets a screen reader pronounce a native name; None for a language not listed here.
pub fn language_tag(label: &str) -> Option<&'static str> {
    const TAGS: &[(&str, &str)] = &[
        ("Armenian", "hy"),
        ("Azerbaijani", "az"),
        ("Belarusian", "be"),
        ("Bulgarian", "bg"),
        ("Chinese", "zh"),
        ("Czech", "cs"),
        ("Estonian", "et"),
        ("Finnish", "fi"),
        ("French", "fr"),
        ("Georgian", "ka"),
        ("German", "de"),
        ("Greek", "el"),
        ("Hebrew", "he"),
        ("Hungarian", "hu"),
        ("Italian", "it"),
        ("Japanese", "ja"),
        ("Kazakh", "kk"),
        ("Korean", "ko"),
        ("Latvian", "lv"),
        ("Lithuanian", "lt"),
        ("Mongolian", "mn"),
        ("Persian", "fa"),
        ("Polish", "pl"),
        ("Romanian", "ro"),
        ("Russian", "ru"),
        ("Serbian", "sr"),
        ("Slovak", "sk"),
        ("Spanish", "es"),
        ("Swedish", "sv"),
        ("Tatar", "tt"),
        ("Turkish", "tr"),
        ("Ukrainian", "uk"),
        ("Uzbek", "uz"),
        ("Yiddish", "yi"),
    ];
    // "pre-reform Russian", "Old Church Slavonic": the last word names the language.
    let last = label.rsplit([' ', '-']).next().unwrap_or(label);
    TAGS.iter()
        .find(|(name, _)| *name == last)
        .map(|&(_, tag)| tag)
}
