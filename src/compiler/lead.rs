//! Reads the first sentence of a Wikipedia-style biography: the subject's name, their name in
//! other languages, and their life dates from the parenthesis after the name.
//!
//! `Ivar Tenisovich Smilga (Russian: И́вар Тени́сович Сми́лга, Latvian: Ivars Smilga; 2 December
//! 1892 – 10 January 1938) was a Latvian Bolshevik leader.` gives the name `Ivar Tenisovich
//! Smilga`, the native name `И́вар Тени́сович Сми́лга`, the other name `Ivars Smilga`, and the
//! two dates.
//!
//! - **The name** is the run of name words at the start of the sentence, before the first
//!   parenthesis, or before ` was ` or ` is ` when there is none, and never past the first
//!   clause (a comma ends it): capitalised words (`Sir`, `J.`, `Jr.`), lowercase particles
//!   between them (`Ludwig van Beethoven`), prefixed words (`d'Artagnan`, `al-Hakim`) and a quoted
//!   nickname (`Joseph "Joe" Smith`). A sentence that opens with a function word (`The`, `In`,
//!   `He`, ...) names no one, and a run of more than [`MAX_NAME_WORDS`] is not a name.
//! - **The parenthesis** is read only when it follows the name (with nothing but spaces or a
//!   comma between them) and closes. It is cut into parts at `;`, and a part into items at `,`,
//!   except where the rest of the part reads as life dates (`August 25, 1936` keeps its comma).
//! - **Life dates** are `A – B` (an en dash, an em dash, a spaced hyphen, or a hyphen between
//!   digits), `born A`, `b. A`, `died B` or `d. B`, where each side is one date as
//!   [`find_dates`](crate::dates::find_dates) reads it, alone, perhaps after `c.` or `circa`,
//!   with bracketed notes left out (`7 November [O.S. 25 October] 1879`) and perhaps a place
//!   after it (`3 May 1890, Riga`, `1890 in Riga`); `?` is an unknown end. Anything else in a
//!   parenthesis (`(RSDLP)`, `(1917)`, `(aged 55)`) is not about life dates.
//! - **Other names**: an item in another script than Latin is the native name (its language
//!   label, `Russian: `, left out; the first one wins); an item in Latin script with a
//!   capitalised language label (`Latvian: Ivars Smilga`) is another name. Pronunciations
//!   (`[ˈivər]`, `/ˈsmɪlɡə/`) are cut off, and labels such as `IPA` or `romanized` are skipped.

use crate::dates::{find_dates, Narrative};
use crate::model::DateSpan;
use crate::names::PARTICLES;

/// What the first sentence of a biography says about its subject.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lead {
    /// The subject's full name: the capitalised words before the first parenthesis (or before
    /// " was "/" is " when there is none), byte range in the sentence.
    pub name: Option<(usize, usize)>,
    /// The name in another script (Cyrillic, Greek, …) inside the parenthesis, without its
    /// language label ("Russian: "), byte range.
    pub native: Option<(usize, usize)>,
    /// The native name's language label ("Russian"), byte range, when the lead gives one.
    pub native_language: Option<(usize, usize)>,
    /// Other names in Latin script with a language label ("Latvian: Ivars Smilga" → "Ivars
    /// Smilga"), byte ranges.
    pub other_names: Vec<(usize, usize)>,
    pub born: Option<DateSpan>,
    pub died: Option<DateSpan>,
}

/// More name words than this in a row are a heading or a title, not somebody's name.
pub const MAX_NAME_WORDS: usize = 24;

/// A parenthesis longer than this (in bytes) is not the one of a lead, and is not read.
const MAX_PARENTHESIS: usize = 2000;

/// Capitalised words that open a sentence without naming anyone.
const OPENERS: &[&str] = &[
    "A",
    "An",
    "The",
    "In",
    "On",
    "At",
    "By",
    "For",
    "From",
    "To",
    "During",
    "After",
    "Before",
    "Since",
    "Until",
    "When",
    "While",
    "As",
    "Although",
    "Though",
    "If",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "His",
    "Her",
    "Its",
    "Their",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "Born",
    "Died",
    "According",
];

/// Words that may follow a name after a comma: `Martin Luther King, Jr.`.
const SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V"];

/// Abbreviations whose full stop belongs to them when they end a name.
const ABBREVIATIONS: &[&str] = &["Jr", "Sr", "St", "Dr", "Mr", "Mrs", "Ms"];

/// Labels in a lead's parenthesis that do not name a language.
const NOT_LANGUAGES: &[&str] = &["IPA", "Pronunciation", "Listen", "Audio"];

/// What comes before a date and may be left out: `c. 1880`, `circa 1880`.
const CIRCA: &[&str] = &["c.", "c", "ca.", "ca", "circa", "approximately", "approx."];

/// Reads what the first sentence of a biography says about its subject. Never panics; what it
/// cannot read clearly it leaves out.
pub fn read_lead(sentence: &str) -> Lead {
    let mut lead = Lead::default();
    let open = sentence.find('(');
    let verb = [" was ", " is "]
        .iter()
        .filter_map(|verb| sentence.find(verb))
        .min();
    let head_end = match (open, verb) {
        (Some(open), Some(verb)) => open.min(verb),
        (Some(open), None) => open,
        (None, Some(verb)) => verb,
        (None, None) => first_clause_end(sentence),
    };
    let Some(name) = name_in(sentence, head_end) else {
        return lead;
    };
    lead.name = Some(name);
    let Some(open) = open.filter(|&open| open == head_end) else {
        return lead;
    };
    // Only spaces, a comma or a footnote mark (`Smilga[1] (`) between the name and the parenthesis.
    let between = without_brackets(&sentence[name.1..open]);
    if !between.chars().all(|c| c.is_whitespace() || c == ',') {
        return lead;
    }
    let Some(close) = closing_parenthesis(sentence, open) else {
        return lead;
    };
    if close - open > MAX_PARENTHESIS {
        return lead;
    }
    read_parenthesis(sentence, open + 1, close, &mut lead);
    lead
}

// ---------------------------------------------------------------------------------------------
// The name.

/// Where the first clause ends when there is neither a parenthesis nor a verb: at the first
/// comma, semicolon or colon, or full stop before a space that does not end an initial (`J. `).
fn first_clause_end(sentence: &str) -> usize {
    let bytes = sentence.as_bytes();
    let initial = |at: usize| {
        let mut before = sentence[..at].chars().rev();
        before.next().is_some_and(char::is_alphabetic)
            && before.next().is_none_or(|c| !c.is_alphabetic())
    };
    sentence
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, ',' | ';' | ':')
                || c == '.'
                    && bytes.get(at + 1).is_none_or(|b| b.is_ascii_whitespace())
                    && !initial(at)
        })
        .map_or(sentence.len(), |(at, _)| at)
}

/// The words of `text[..end]` as byte ranges, split at white space.
fn words(text: &str, end: usize) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text[..end].char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, at));
                start = None;
            }
            (false, None) => start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, end));
    }
    words
}

/// The name at the start of `sentence[..end]`, as a byte range.
fn name_in(sentence: &str, end: usize) -> Option<(usize, usize)> {
    let words = words(sentence, end);
    let first = sentence.get(words.first()?.0..words.first()?.1)?;
    if OPENERS.contains(&first.trim_end_matches([',', ';', ':'])) {
        return None;
    }
    let mut name_end = None;
    let mut count = 0;
    let mut k = 0;
    while k < words.len() {
        let (s, e) = words[k];
        let word = &sentence[s..e];
        // A footnote mark ends the name: `Smilga[1]`.
        let (word, marked) = match word.find('[') {
            Some(0) => break,
            Some(at) => (&word[..at], true),
            None => (word, false),
        };
        if is_quote(word.chars().next()?) {
            // A nickname: the words up to the closing quote, if it comes soon.
            let Some(last) = (k..words.len().min(k + 4)).find(|&j| {
                let (js, je) = words[j];
                let w = sentence[js..je].trim_end_matches([',', ';', ':']);
                w.chars().count() > 1 && w.ends_with(['"', '”', '’', '\''])
            }) else {
                break;
            };
            count += last - k + 1;
            k = last + 1;
            continue;
        }
        let core = word.trim_end_matches([',', ';', ':', ')', '"', '”']);
        let ends_clause = core.len() < word.len();
        if PARTICLES.contains(&core) && !ends_clause {
            // Only between name words, perhaps with more particles (`María de los Remedios`).
            let next_is_name = words[k + 1..]
                .iter()
                .take(3)
                .map(|&(ns, ne)| &sentence[ns..ne])
                .find(|next| !PARTICLES.contains(next))
                .is_some_and(is_name_word);
            if !next_is_name {
                break;
            }
            k += 1;
            count += 1;
            if count > MAX_NAME_WORDS {
                return None;
            }
            continue;
        }
        if !is_name_word(core) || is_month_before_number(sentence, &words, k, core) {
            break;
        }
        let core = trim_full_stop(core);
        count += 1;
        if count > MAX_NAME_WORDS {
            return None;
        }
        name_end = Some(s + core.len());
        if marked {
            break;
        }
        if ends_clause {
            // `King, Jr.`: a suffix after the comma is part of the name.
            let suffix = word.ends_with(',')
                && words
                    .get(k + 1)
                    .is_some_and(|&(ns, ne)| SUFFIXES.contains(&&sentence[ns..ne]));
            if suffix {
                let (_, ne) = words[k + 1];
                name_end = Some(ne);
            }
            break;
        }
        k += 1;
    }
    let start = words[0].0;
    name_end.filter(|&e| e > start).map(|e| (start, e))
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'')
}

/// A word that may be part of a name: capitalised (`Smilga`, `J.`, `McDonald`), or a short
/// lowercase prefix tied to a capitalised word (`d'Artagnan`, `al-Hakim`).
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if first.is_uppercase() {
        return true;
    }
    let prefix: String = word.chars().take_while(|c| c.is_lowercase()).collect();
    let mut rest = word[prefix.len()..].chars();
    (1..=3).contains(&prefix.chars().count())
        && matches!(rest.next(), Some('\'' | '’' | '-'))
        && rest.next().is_some_and(char::is_uppercase)
}

/// `January` in `Ivan Smirnov January 1881`: a month name followed by a number ends a name.
fn is_month_before_number(sentence: &str, words: &[(usize, usize)], k: usize, core: &str) -> bool {
    crate::model::MONTH_NAMES.contains(&core)
        && words.get(k + 1).is_some_and(|&(s, e)| {
            sentence[s..e]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        })
}

/// A word without the full stop that ends a sentence, which initials (`J.`, `J.R.R.`) and
/// abbreviations (`Jr.`) keep.
fn trim_full_stop(word: &str) -> &str {
    let Some(bare) = word.strip_suffix('.') else {
        return word;
    };
    let initial = bare.chars().count() == 1 || bare.contains('.');
    if initial || ABBREVIATIONS.contains(&bare) {
        word
    } else {
        bare
    }
}

// ---------------------------------------------------------------------------------------------
// The parenthesis.

/// The byte offset of the `)` closing the `(` at `open`, if it closes.
fn closing_parenthesis(sentence: &str, open: usize) -> Option<usize> {
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
fn split_outside_brackets(
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
fn read_parenthesis(sentence: &str, start: usize, end: usize, lead: &mut Lead) {
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
fn may_start_dates(text: &str) -> bool {
    let text = text.trim_start();
    let first_word = text.split_whitespace().next().unwrap_or("");
    text.starts_with(|c: char| c.is_ascii_digit() || c == '?')
        || crate::model::MONTH_NAMES.contains(&first_word.trim_end_matches(','))
        || ["born", "b.", "died", "d."].contains(&first_word)
        || CIRCA.contains(&first_word)
}

/// `2 December 1892 – 10 January 1938`, `born 1890`, `died 1937`: when born and when died.
fn life_dates(text: &str) -> Option<(Option<DateSpan>, Option<DateSpan>)> {
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
fn range_dashes(text: &str) -> Vec<(usize, usize)> {
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
fn one_date(text: &str) -> Option<DateSpan> {
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
fn without_brackets(text: &str) -> String {
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
fn read_name_item(sentence: &str, start: usize, end: usize, lead: &mut Lead) {
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
fn is_language_label(label: &str) -> bool {
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
fn name_value(sentence: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let value = &sentence[start..end];
    let cut = value.find(['[', '/', '(']).unwrap_or(value.len());
    let value = &value[..cut];
    let trimmed = value.trim_start();
    let s = start + (value.len() - trimmed.len());
    let trimmed = trimmed.trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    (!trimmed.is_empty()).then_some((s, s + trimmed.len()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    /// Every letter is Latin.
    Latin,
    /// No letter is Latin.
    Other,
    /// Both, or no letters at all.
    Mixed,
}

fn script(text: &str) -> Script {
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
fn is_latin(c: char) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The lead as lines: `name: …`, `native: …`, `other: …` (one per name), `born: …` and
    /// `died: …` (`first..last precision`, or `day precision` for one day); absent parts left out.
    fn render(sentence: &str, lead: &Lead) -> Vec<String> {
        let text = |(s, e): (usize, usize)| {
            assert!(
                s < e && sentence.is_char_boundary(s) && sentence.is_char_boundary(e),
                "{s}..{e} in {sentence:?}"
            );
            sentence[s..e].to_string()
        };
        let when = |span: DateSpan| {
            let precision = format!("{:?}", span.precision).to_lowercase();
            if span.first == span.last {
                format!("{} {precision}", span.first)
            } else {
                format!("{}..{} {precision}", span.first, span.last)
            }
        };
        let mut lines = Vec::new();
        if let Some(name) = lead.name {
            lines.push(format!("name: {}", text(name)));
        }
        if let Some(native) = lead.native {
            match lead.native_language {
                Some(language) => {
                    lines.push(format!("native: {} ({})", text(native), text(language)))
                }
                None => lines.push(format!("native: {}", text(native))),
            }
        }
        for &other in &lead.other_names {
            lines.push(format!("other: {}", text(other)));
        }
        if let Some(born) = lead.born {
            lines.push(format!("born: {}", when(born)));
        }
        if let Some(died) = lead.died {
            lines.push(format!("died: {}", when(died)));
        }
        lines
    }

    fn check(sentence: &str, expected: &str) {
        let lead = read_lead(sentence);
        let expected: Vec<String> = expected
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .map(String::from)
            .collect();
        assert_eq!(render(sentence, &lead), expected, "in {sentence:?}");
    }

    #[test]
    fn names_in_other_scripts_and_languages() {
        check(
            "Ivar Tenisovich Smilga (Russian: И́вар Тени́сович Сми́лга, Latvian: Ivars Smilga; \
             2 December 1892 – 10 January 1938) was a Latvian Bolshevik leader.",
            "name: Ivar Tenisovich Smilga
             native: И́вар Тени́сович Сми́лга (Russian)
             other: Ivars Smilga
             born: 1892-12-02 day
             died: 1938-01-10 day",
        );
        check(
            "Ivan Nikitich Smirnov (Ива́н Ники́тич Смирно́в; January 1881 – 25 August 1936) was a \
             Russian Bolshevik revolutionary.",
            "name: Ivan Nikitich Smirnov
             native: Ива́н Ники́тич Смирно́в
             born: 1881-01-01..1881-01-31 month
             died: 1936-08-25 day",
        );
        // A pronunciation, a romanization and an IPA label are not names.
        check(
            "Leon Trotsky (/ˈtrɒtski/; Russian: Лев Дави́дович Тро́цкий [ˈlʲef ˈtrotskʲɪj], \
             romanized: Lev Davidovich Trotsky; IPA: lʲef; 7 November [O.S. 26 October] 1879 – \
             21 August 1940) was a Russian revolutionary.",
            "name: Leon Trotsky
             native: Лев Дави́дович Тро́цкий (Russian)
             born: 1879-11-07 day
             died: 1940-08-21 day",
        );
        // Greek, with two Latin names; the first name in another script is the native one.
        check(
            "Eleftherios Venizelos (Greek: Ελευθέριος Βενιζέλος, Old Greek: Ἐλευθέριος, Cretan \
             Greek: Lefteris Venizelos, French: Eleuthère Venizélos; 23 August 1864 – 18 March \
             1936) was a Greek statesman.",
            "name: Eleftherios Venizelos
             native: Ελευθέριος Βενιζέλος (Greek)
             other: Lefteris Venizelos
             other: Eleuthère Venizélos
             born: 1864-08-23 day
             died: 1936-03-18 day",
        );
    }

    #[test]
    fn language_tags() {
        assert_eq!(language_tag("Russian"), Some("ru"));
        assert_eq!(language_tag("pre-reform Russian"), Some("ru"));
        assert_eq!(language_tag("Latvian"), Some("lv"));
        assert_eq!(language_tag("Klingon"), None);
    }

    #[test]
    fn life_dates() {
        check(
            "Ivar Smilga (1892–1937) was a Bolshevik.",
            "name: Ivar Smilga
             born: 1892-01-01..1892-12-31 year
             died: 1937-01-01..1937-12-31 year",
        );
        check(
            "Anna Petrova (born 1890) is a Soviet economist.",
            "name: Anna Petrova
             born: 1890-01-01..1890-12-31 year",
        );
        check(
            "Anna Petrova (born 3 May 1890) is a Soviet economist.",
            "name: Anna Petrova
             born: 1890-05-03 day",
        );
        check(
            "Anna Petrova (died 1937) was a Soviet economist.",
            "name: Anna Petrova
             died: 1937-01-01..1937-12-31 year",
        );
        check(
            "Anna Petrova (c. 1880 – 1937) was a Soviet economist.",
            "name: Anna Petrova
             born: 1880-01-01..1880-12-31 year
             died: 1937-01-01..1937-12-31 year",
        );
        check(
            "Anna Petrova (1881 – August 1936) was a Soviet economist.",
            "name: Anna Petrova
             born: 1881-01-01..1881-12-31 year
             died: 1936-08-01..1936-08-31 month",
        );
        check(
            "Leon Trotsky (7 November [O.S. 25 October] 1879 – 21 August 1940) was a revolutionary.",
            "name: Leon Trotsky
             born: 1879-11-07 day
             died: 1940-08-21 day",
        );
        // Commas inside American dates, and the other forms of the dash.
        check(
            "Martin Luther King Jr. (January 15, 1929 – April 4, 1968) was an American minister.",
            "name: Martin Luther King Jr.
             born: 1929-01-15 day
             died: 1968-04-04 day",
        );
        check(
            "John Reed (Russian: Джон Рид, October 22, 1887 - October 17, 1920) was a journalist.",
            "name: John Reed
             native: Джон Рид (Russian)
             born: 1887-10-22 day
             died: 1920-10-17 day",
        );
        check(
            "Anna Petrova (1890-1950) was an economist, and Vera Ivanova (b. 1901 in Riga) was not.",
            "name: Anna Petrova
             born: 1890-01-01..1890-12-31 year
             died: 1950-01-01..1950-12-31 year",
        );
        check(
            "Vera Ivanova (b. 1901 in Riga) was a poet.",
            "name: Vera Ivanova
             born: 1901-01-01..1901-12-31 year",
        );
        check(
            "Vera Ivanova (d. 5 March 1953, Moscow) was a poet.",
            "name: Vera Ivanova
             died: 1953-03-05 day",
        );
        check(
            "Vera Ivanova (1880 – ?) was a poet.",
            "name: Vera Ivanova
             born: 1880-01-01..1880-12-31 year",
        );
        check(
            "Vera Ivanova (January 1881 – 25 August 1936 (aged 55)) was a poet.",
            "name: Vera Ivanova
             born: 1881-01-01..1881-01-31 month
             died: 1936-08-25 day",
        );
    }

    #[test]
    fn names() {
        check(
            "Sir Winston Leonard Spencer Churchill (30 November 1874 – 24 January 1965) was a \
             British statesman.",
            "name: Sir Winston Leonard Spencer Churchill
             born: 1874-11-30 day
             died: 1965-01-24 day",
        );
        check(
            "J. R. R. Tolkien (3 January 1892 – 2 September 1973) was an English writer.",
            "name: J. R. R. Tolkien
             born: 1892-01-03 day
             died: 1973-09-02 day",
        );
        check(
            "Joseph \"Joe\" Hill (born Joel Emmanuel Hägglund; October 7, 1879 – November 19, 1915) \
             was a labor activist.",
            "name: Joseph \"Joe\" Hill
             born: 1879-10-07 day
             died: 1915-11-19 day",
        );
        check(
            "Ludwig van Beethoven (baptised 17 December 1770 – 26 March 1827) was a composer.",
            "name: Ludwig van Beethoven",
        );
        check(
            "Charles de Gaulle (22 November 1890 – 9 November 1970) was a French general.",
            "name: Charles de Gaulle
             born: 1890-11-22 day
             died: 1970-11-09 day",
        );
        check(
            "Martin Luther King, Jr. (1929–1968) was a minister.",
            "name: Martin Luther King, Jr.
             born: 1929-01-01..1929-12-31 year
             died: 1968-01-01..1968-12-31 year",
        );
        check("Anna Petrova was a Soviet economist.", "name: Anna Petrova");
        check(
            "Anna Petrova, a Soviet economist, was born in Riga.",
            "name: Anna Petrova",
        );
        check("Anna Petrova.", "name: Anna Petrova");
        check("J. R. R. Tolkien.", "name: J. R. R. Tolkien");
        check("Anna Petrova; an economist", "name: Anna Petrova");
        check("Anna Petrova", "name: Anna Petrova");
        check(
            "Ivar Smilga[1] (1892–1937) was a Bolshevik.",
            "name: Ivar Smilga
             born: 1892-01-01..1892-12-31 year
             died: 1937-01-01..1937-12-31 year",
        );
        // Only the name words at the start, and none after a lowercase word.
        check(
            "Alexander Shlyapnikov and his allies (1920–1922) were the Workers' Opposition.",
            "name: Alexander Shlyapnikov",
        );
    }

    #[test]
    fn parentheses_not_about_life_dates() {
        check("The Party (RSDLP) was founded in 1898.", "");
        check(
            "Grigory Zinoviev (RSDLP) was a Bolshevik.",
            "name: Grigory Zinoviev",
        );
        check(
            "Grigory Zinoviev (1917) was a pamphlet.",
            "name: Grigory Zinoviev",
        );
        check(
            "Grigory Zinoviev (aged 53) was shot.",
            "name: Grigory Zinoviev",
        );
        // Ends out of order, two dashes, a range on one side: not clearly life dates.
        check(
            "Grigory Zinoviev (1936 – 1883) was shot.",
            "name: Grigory Zinoviev",
        );
        check(
            "Grigory Zinoviev (1883 – 1917 – 1936) was shot.",
            "name: Grigory Zinoviev",
        );
        check(
            "Grigory Zinoviev (1883 – 1920–1923) was shot.",
            "name: Grigory Zinoviev",
        );
        // A parenthesis after the verb is not the lead's.
        check(
            "Anna Petrova was a Soviet economist (1890–1950).",
            "name: Anna Petrova",
        );
        // A sentence that opens with a function word names no one.
        check("In 1917 (the year of revolutions) he was freed.", "");
        check("He was born in Riga (1890–1950).", "");
    }

    #[test]
    fn malformed_input() {
        check("", "");
        check("   ", "");
        check("(", "");
        check(")", "");
        check("()", "");
        check("( 1892–1937) was", "");
        // An unclosed parenthesis gives no dates; a stray closing one is not a name.
        check(
            "Ivan Smirnov (January 1881 – 25 August 1936 was a revolutionary.",
            "name: Ivan Smirnov",
        );
        check(
            "Ivan Smirnov January 1881 – 25 August 1936) was a revolutionary.",
            "name: Ivan Smirnov",
        );
        check(
            "Ivan Smirnov ((January 1881 – 25 August 1936) was a revolutionary.",
            "name: Ivan Smirnov",
        );
        check(
            "Ivan Smirnov (January 1881 – 25 August 1936))) was (((",
            "name: Ivan Smirnov
             born: 1881-01-01..1881-01-31 month
             died: 1936-08-25 day",
        );
        check("Ivan Smirnov (; ; , : – ) was.", "name: Ivan Smirnov");
        // Capitalised words in another script are a name too.
        check(
            "Ива́н Смирно́в (1881–1936) был революционером.",
            "name: Ива́н Смирно́в
             born: 1881-01-01..1881-12-31 year
             died: 1936-01-01..1936-12-31 year",
        );
    }

    #[test]
    fn never_a_name_longer_than_the_first_clause() {
        let words = "Abc ".repeat(10_000);
        check(&words, "");
        check(&format!("{words}was a list."), "");
        check(&format!("{words}(1892–1937) was a list."), "");
        check(
            &format!("Ivar Smilga, {words}was a list."),
            "name: Ivar Smilga",
        );
        let long_name = "Pablo Diego José Francisco de Paula Juan Nepomuceno María de los \
                         Remedios Cipriano de la Santísima Trinidad Ruiz y Picasso";
        check(
            &format!("{long_name} (25 October 1881 – 8 April 1973) was a painter."),
            &format!(
                "name: {long_name}
                 born: 1881-10-25 day
                 died: 1973-04-08 day"
            ),
        );
        // A long parenthesis is not read, and never slowly.
        let long = format!("Ivar Smilga ({}1892–1937) was", "1, ".repeat(5_000));
        check(&long, "name: Ivar Smilga");
    }

    #[test]
    fn never_panics_on_odd_text() {
        let pieces = [
            "Ivar",
            "Smilga",
            " ",
            "(",
            ")",
            "[",
            "]",
            ";",
            ",",
            ":",
            "–",
            "-",
            "—",
            "1892",
            "25",
            "August",
            "born",
            "b.",
            "died",
            "c.",
            "?",
            "was",
            " was ",
            " is ",
            "Russian:",
            "И́вар",
            "😀",
            "\u{301}",
            "de",
            "\"",
            "“",
            "Jr.",
            ".",
            "’",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |bound: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) as usize % bound
        };
        for _ in 0..3000 {
            let length = next(30);
            let text: String = (0..length).map(|_| pieces[next(pieces.len())]).collect();
            let lead = read_lead(&text);
            // Rendering checks every range.
            render(&text, &lead);
        }
    }
}
