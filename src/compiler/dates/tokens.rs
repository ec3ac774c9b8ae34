//! A text cut into tokens: runs of digits, runs of letters, single marks.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// ASCII digits only, at most nine of them.
    Number { value: u32, digits: usize },
    /// Four digits ending in 0, then `s`: `1920s`.
    Decade(u32),
    /// Letters only.
    Word,
    /// One character that is neither a letter, a digit nor whitespace.
    Punct(char),
    /// Anything else alphanumeric: `10th`, `5th`, `1917г`, long runs of digits.
    Other,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Token<'t> {
    pub(super) kind: Kind,
    pub(super) text: &'t str,
    /// Byte range in the input.
    pub(super) start: usize,
    pub(super) end: usize,
    /// No whitespace between this token and the one before it.
    pub(super) glued: bool,
}

pub(super) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut glued = false;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            glued = false;
            continue;
        }
        let mut end = start + c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(&(at, next)) = chars.peek() {
                if !next.is_alphanumeric() {
                    break;
                }
                end = at + next.len_utf8();
                chars.next();
            }
        }
        let word = &text[start..end];
        tokens.push(Token {
            kind: classify(word, c),
            text: word,
            start,
            end,
            glued,
        });
        glued = true;
    }
    tokens
}

/// What a token is; `first` is its first character.
pub(super) fn classify(word: &str, first: char) -> Kind {
    if !first.is_alphanumeric() {
        return Kind::Punct(first);
    }
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if all_digits(word) {
        return match word.parse() {
            Ok(value) if word.len() <= 9 => Kind::Number {
                value,
                digits: word.len(),
            },
            _ => Kind::Other,
        };
    }
    if let Some(digits) = word.strip_suffix('s') {
        if digits.len() == 4 && all_digits(digits) && digits.ends_with('0') {
            if let Ok(year) = digits.parse() {
                return Kind::Decade(year);
            }
        }
    }
    if word.chars().all(char::is_alphabetic) {
        Kind::Word
    } else {
        Kind::Other
    }
}
