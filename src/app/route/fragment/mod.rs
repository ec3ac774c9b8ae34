//! The fragment of a reader's URL: nothing, an element id, or a passage of words inside one.
//!
//! Forms read (the full description is in ARCHITECTURE.md, "Stable anchors"):
//!
//! - `#<id>`: a section, a paragraph or a reference;
//! - `#<id>~text=<quote>`: words in the paragraph `<id>`. This is the reader's own form of a text
//!   fragment: Chromium consumes the standard `:~:text=` directive and removes it from
//!   `location.hash` before the app (which renders after the page has loaded) can see it;
//! - `#<id>:~:text=<quote>` and `#:~:text=<quote>`: the standard form, for browsers that leave it.
//!
//! `<quote>` is `[<prefix>-,]<start>[,<end>][,-<suffix>]`, each term percent-encoded: the words
//! from `<start>` to the first `<end>` after it, preceded by `<prefix>` and followed by `<suffix>`
//! when given. Words match case-insensitively, with any run of white space matching any other.
//! Nothing here fails: a fragment that cannot be read is the element alone, or the top.
use std::ops::Range;

use super::percent_decode;

/// The reader's own separator between an element id and a quote (ids never contain `~`).
const OWN_SEPARATOR: &str = "~text=";
/// The standard fragment directive's delimiter.
const DIRECTIVE: &str = ":~:";
/// Longer quotes are refused, so that a hostile URL cannot make matching slow.
const MAX_QUOTE_CHARS: usize = 2_000;
/// A selection of at most this many words is quoted whole; a longer one by its ends.
const WHOLE_QUOTE_WORDS: usize = 8;
/// How many words a long selection is quoted by at each end.
const END_WORDS: usize = 4;
/// How many words before a selection may be added to tell it from an earlier occurrence.
const MAX_PREFIX_WORDS: usize = 4;

/// What the fragment of the address asks the reader to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fragment {
    /// No fragment, or nothing readable: the top of the page.
    Top,
    /// The element with this id.
    Element(String),
    /// Words inside the element with this id, or inside any paragraph when there is no id.
    Passage {
        element: Option<String>,
        quote: TextQuote,
    },
}

/// Words to find in a text: `start`, through `end` when given, between `prefix` and `suffix`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextQuote {
    pub prefix: Option<String>,
    pub start: String,
    pub end: Option<String>,
    pub suffix: Option<String>,
}

impl Fragment {
    /// Reads `location.hash` without its `#`, still percent-encoded.
    pub fn parse(hash: &str) -> Fragment {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (element, quote) = if let Some((element, directives)) = hash.split_once(DIRECTIVE) {
            let text = directives
                .split('&')
                .find_map(|directive| directive.strip_prefix("text="));
            (element, text)
        } else if let Some((element, quote)) = hash.split_once(OWN_SEPARATOR) {
            (element, Some(quote))
        } else {
            (hash, None)
        };
        let element = percent_decode(element).filter(|id| !id.is_empty());
        match (element, quote.and_then(TextQuote::parse)) {
            (element, Some(quote)) => Fragment::Passage { element, quote },
            (Some(element), None) => Fragment::Element(element),
            (None, None) => Fragment::Top,
        }
    }

    /// The element this fragment points into, if it names one.
    pub fn element(&self) -> Option<&str> {
        match self {
            Fragment::Top => None,
            Fragment::Element(id) => Some(id),
            Fragment::Passage { element, .. } => element.as_deref(),
        }
    }
}

/// The fragment (without `#`) of a link to `quote` inside the element `id`, in the reader's own form.
pub fn passage_fragment(id: &str, quote: &TextQuote) -> String {
    format!(
        "{}{OWN_SEPARATOR}{}",
        super::percent_encode(id),
        quote.encode()
    )
}

impl TextQuote {
    /// Reads `[prefix-,]start[,end][,-suffix]`; `None` when it is malformed, empty or too long.
    pub fn parse(raw: &str) -> Option<TextQuote> {
        let mut terms: Vec<&str> = raw.split(',').collect();
        let mut quote = TextQuote::default();
        if terms.len() > 1 && terms[0].ends_with('-') {
            let prefix = terms.remove(0);
            quote.prefix = Some(decode_term(&prefix[..prefix.len() - 1])?);
        }
        if terms.len() > 1 && terms[terms.len() - 1].starts_with('-') {
            let suffix = terms.pop()?;
            quote.suffix = Some(decode_term(&suffix[1..])?);
        }
        match terms.as_slice() {
            [start] => quote.start = decode_term(start)?,
            [start, end] => {
                quote.start = decode_term(start)?;
                quote.end = Some(decode_term(end)?);
            }
            _ => return None,
        }
        let parts = [&quote.prefix, &quote.end, &quote.suffix];
        let length = quote.start.chars().count()
            + parts
                .iter()
                .filter_map(|part| part.as_ref())
                .map(|part| part.chars().count())
                .sum::<usize>();
        (length <= MAX_QUOTE_CHARS).then_some(quote)
    }

    /// `[prefix-,]start[,end][,-suffix]`, each term percent-encoded (`-` and `,` too).
    pub fn encode(&self) -> String {
        let mut out = String::new();
        if let Some(prefix) = &self.prefix {
            out.push_str(&encode_term(prefix));
            out.push_str("-,");
        }
        out.push_str(&encode_term(&self.start));
        if let Some(end) = &self.end {
            out.push(',');
            out.push_str(&encode_term(end));
        }
        if let Some(suffix) = &self.suffix {
            out.push_str(",-");
            out.push_str(&encode_term(suffix));
        }
        out
    }

    /// The quote for the words of `text` in the byte range `selected` (white space at its ends
    /// left out): the words themselves, or the first and last few of a long selection, with as
    /// many words before it as it takes to tell it from an earlier occurrence.
    /// `None` when the range holds no words or does not fit `text`.
    pub fn from_selection(text: &str, selected: Range<usize>) -> Option<TextQuote> {
        let words: Vec<&str> = text.get(selected.clone())?.split_whitespace().collect();
        if words.is_empty() {
            return None;
        }
        let inner = text[selected.clone()].trim_start();
        let start = selected.end - inner.len();
        let end = start + inner.trim_end().len();
        let whole = TextQuote {
            start: words.join(" "),
            ..TextQuote::default()
        };
        let by_ends = (words.len() > WHOLE_QUOTE_WORDS).then(|| TextQuote {
            start: words[..END_WORDS].join(" "),
            end: Some(words[words.len() - END_WORDS..].join(" ")),
            ..TextQuote::default()
        });
        let before: Vec<&str> = text[..start].split_whitespace().collect();
        let candidates = by_ends.iter().chain(std::iter::once(&whole));
        let mut fallback = None;
        for candidate in candidates {
            for count in 0..=MAX_PREFIX_WORDS.min(before.len()) {
                let mut quote = candidate.clone();
                if count > 0 {
                    quote.prefix = Some(before[before.len() - count..].join(" "));
                }
                if quote.locate(text) == Some(start..end) {
                    return Some(quote);
                }
                fallback.get_or_insert(quote);
            }
        }
        fallback
    }

    /// The byte range of `text` this quote names: the first match, or `None`.
    pub fn locate(&self, text: &str) -> Option<Range<usize>> {
        let hay = normalize(text);
        let start = normalize(&self.start);
        if start.is_empty() {
            return None;
        }
        let prefix = self.prefix.as_deref().map(normalize);
        let end = self.end.as_deref().map(normalize);
        let suffix = self.suffix.as_deref().map(normalize);
        for first in 0..hay.len() {
            if !matches_at(&hay, first, &start) {
                continue;
            }
            if let Some(prefix) = &prefix {
                if !ends_before(&hay, first, prefix) {
                    continue;
                }
            }
            let mut last = first + start.len();
            if let Some(end) = &end {
                match (last..hay.len()).find(|&at| matches_at(&hay, at, end)) {
                    Some(at) => last = at + end.len(),
                    None => continue,
                }
            }
            if let Some(suffix) = &suffix {
                if !starts_after(&hay, last, suffix) {
                    continue;
                }
            }
            return Some(hay[first].bytes.start..hay[last - 1].bytes.end);
        }
        None
    }
}

/// One character of a text as it is compared: lowercased, any white space run as one space.
#[derive(Clone, Debug)]
struct Folded {
    char: char,
    /// Where it stands in the original text (a white space run covers the whole run).
    bytes: Range<usize>,
}

fn normalize(text: &str) -> Vec<Folded> {
    let mut out: Vec<Folded> = Vec::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        let bytes = at..at + c.len_utf8();
        if c.is_whitespace() {
            match out.last_mut() {
                Some(last) if last.char == ' ' => last.bytes.end = bytes.end,
                _ => out.push(Folded { char: ' ', bytes }),
            }
        } else {
            let mut lower = c.to_lowercase();
            let folded = match (lower.next(), lower.next()) {
                (Some(single), None) => single,
                _ => c,
            };
            out.push(Folded {
                char: folded,
                bytes,
            });
        }
    }
    // A pattern's own leading and trailing white space never has to match.
    while out.last().is_some_and(|f| f.char == ' ') {
        out.pop();
    }
    if out.first().is_some_and(|f| f.char == ' ') {
        out.remove(0);
    }
    out
}

fn matches_at(hay: &[Folded], at: usize, pattern: &[Folded]) -> bool {
    hay.get(at..at + pattern.len())
        .is_some_and(|window| window.iter().zip(pattern).all(|(h, p)| h.char == p.char))
}

/// Whether `pattern` ends right before `at`, or before the one space in front of it.
fn ends_before(hay: &[Folded], at: usize, pattern: &[Folded]) -> bool {
    let touching = at
        .checked_sub(pattern.len())
        .is_some_and(|from| matches_at(hay, from, pattern));
    let spaced = at > 0
        && hay[at - 1].char == ' '
        && (at - 1)
            .checked_sub(pattern.len())
            .is_some_and(|from| matches_at(hay, from, pattern));
    touching || spaced
}

/// Whether `pattern` starts right at `at`, or after the one space there.
fn starts_after(hay: &[Folded], at: usize, pattern: &[Folded]) -> bool {
    matches_at(hay, at, pattern)
        || (hay.get(at).is_some_and(|f| f.char == ' ') && matches_at(hay, at + 1, pattern))
}

fn decode_term(term: &str) -> Option<String> {
    percent_decode(term).filter(|decoded| !decoded.trim().is_empty())
}

fn encode_term(term: &str) -> String {
    super::percent_encode(term).replace('-', "%2D")
}

#[cfg(test)]
mod tests;
