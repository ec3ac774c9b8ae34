//! Splits a paragraph into sentences: Unicode sentence boundaries (UAX #29), corrected for initials and citation markers.

use unicode_segmentation::UnicodeSegmentation;

/// The marker kept in the text where a claim lacks a source.
pub const CITATION_NEEDED: &str = "[citation needed]";

/// Byte ranges of the sentences of `text`, without surrounding whitespace.
///
/// UAX #29 breaks after any full stop followed by a capital, so it splits "A. N. Safonova"; a
/// piece ending in a single capital and a stop is an initial and is joined to what follows.
/// It does not break after "Livonia.[citation needed] Smilga", so a marker followed by a capital
/// ends its sentence. A stop glued to the next sentence ("in 1988.It is") is a break.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut join_next = false;
    for (start, piece) in text.split_sentence_bound_indices() {
        let end = start + piece.len();
        match pieces.last_mut() {
            Some(last) if join_next => last.1 = end,
            _ => pieces.push((start, end)),
        }
        join_next = ends_with_initial(piece.trim_end());
    }
    let mut out = Vec::new();
    for (start, end) in pieces {
        let mut from = start;
        let piece = &text[start..end];
        for (i, _) in piece.match_indices(CITATION_NEEDED) {
            let after = start + i + CITATION_NEEDED.len();
            let rest = text[after..end].trim_start();
            if rest.chars().next().is_some_and(char::is_uppercase) {
                out.push((from, after));
                from = end - rest.len();
            }
        }
        out.push((from, end));
    }
    out.into_iter()
        .map(|(s, e)| {
            let slice = &text[s..e];
            let lead = slice.len() - slice.trim_start().len();
            (s + lead, s + slice.trim_end().len())
        })
        .filter(|(s, e)| s < e)
        .collect()
}

/// "... A." or "(Smith, J." : a lone capital letter followed by a full stop.
fn ends_with_initial(piece: &str) -> bool {
    let mut chars = piece.chars().rev();
    if chars.next() != Some('.') {
        return false;
    }
    let letter = chars.next();
    let before = chars.next();
    letter.is_some_and(char::is_uppercase) && before.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: &[&str]) {
        let got: Vec<&str> = sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn splits_the_quirks_of_the_seeds() {
        check(
            "He was born. Then he died.",
            &["He was born.", "Then he died."],
        );
        check(
            "Smirnov was rehabilitated in 1988.It is clear.. that Trotsky did.",
            &[
                "Smirnov was rehabilitated in 1988.",
                "It is clear.. that Trotsky did.",
            ],
        );
        check(
            "His ex-wife, A. N. Safonova, begged him. He refused.",
            &["His ex-wife, A. N. Safonova, begged him.", "He refused."],
        );
        check(
            "crush the revolt in Livonia.[citation needed] Smilga joined.",
            &[
                "crush the revolt in Livonia.[citation needed]",
                "Smilga joined.",
            ],
        );
        check(
            "described as \"highly intellectual.\". His father played",
            &[
                "described as \"highly intellectual.\".",
                "His father played",
            ],
        );
        check(
            "that Smilga...had 'deceived the Central Committee' by it.",
            &["that Smilga...had 'deceived the Central Committee' by it."],
        );
        check("", &[]);
        check("   ", &[]);
    }
}
