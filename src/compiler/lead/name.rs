//! The subject's name: the run of name words at the start of the lead, before the parenthesis or the verb.

use super::*;

/// Where the first clause ends when there is neither a parenthesis nor a verb: at the first
/// comma, semicolon or colon, or full stop before a space that does not end an initial (`J. `).
pub(super) fn first_clause_end(sentence: &str) -> usize {
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
pub(super) fn words(text: &str, end: usize) -> Vec<(usize, usize)> {
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
pub(super) fn name_in(sentence: &str, end: usize) -> Option<(usize, usize)> {
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

pub(super) fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'')
}

/// A word that may be part of a name: capitalised (`Smilga`, `J.`, `McDonald`), or a short
/// lowercase prefix tied to a capitalised word (`d'Artagnan`, `al-Hakim`).
pub(super) fn is_name_word(word: &str) -> bool {
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
pub(super) fn is_month_before_number(
    sentence: &str,
    words: &[(usize, usize)],
    k: usize,
    core: &str,
) -> bool {
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
pub(super) fn trim_full_stop(word: &str) -> &str {
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
