//! A sentence as tokens, and runs of name words through it: connectors, complements, lowercase heads, brackets.

use super::*;

/// The words of one candidate name: token indices, first and last inclusive.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    pub(super) first: usize,
    pub(super) last: usize,
    /// A lowercase head noun ends it ("Kerensky government").
    pub(super) lowercase_head: bool,
}

pub(super) struct Sentence<'a, 'v> {
    pub(super) text: &'a str,
    pub(super) tokens: Vec<Token<'a>>,
    pub(super) vocabulary: &'v Vocabulary,
}

impl<'a> Sentence<'a, '_> {
    pub(super) fn word(&self, i: usize) -> Option<&'a str> {
        match self.tokens.get(i)? {
            Token::Word { text, .. } => Some(text),
            Token::Mark { .. } => None,
        }
    }

    pub(super) fn spaced(&self, i: usize) -> bool {
        match self.tokens.get(i) {
            Some(Token::Word { spaced, .. } | Token::Mark { spaced, .. }) => *spaced,
            None => false,
        }
    }

    pub(super) fn start(&self, i: usize) -> usize {
        match self.tokens[i] {
            Token::Word { start, .. } | Token::Mark { start, .. } => start,
        }
    }

    pub(super) fn end(&self, i: usize) -> usize {
        match self.tokens[i] {
            Token::Word { end, .. } => end,
            Token::Mark { start, c, .. } => start + c.len_utf8(),
        }
    }

    pub(super) fn mark(&self, i: usize) -> Option<char> {
        match self.tokens.get(i)? {
            Token::Mark { c, .. } => Some(*c),
            Token::Word { .. } => None,
        }
    }

    /// A word that can be part of a name: capitalised, an acronym, or an initial.
    pub(super) fn is_name_word(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            is_capitalised(w) && !w.chars().all(|c| c.is_ascii_digit()) || is_numeric_ordinal(w)
        })
    }

    /// An initial: one capital letter and a full stop ("A." of "A. N. Safonova").
    pub(super) fn is_initial(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| w.chars().count() == 1 && is_capitalised(w))
            && self.mark(i + 1) == Some('.')
            && !self.spaced(i + 1)
    }

    /// Where a run that has reached token `last` can go on: the index of the next name word,
    /// and whether the words between were an `of`/`for` complement.
    pub(super) fn continues(&self, last: usize, in_complement: bool) -> Option<(usize, bool)> {
        let mut next = last + 1;
        if self.is_initial(last) {
            next += 1; // the initial's full stop
        }
        if self.word(last).is_some_and(|w| bare(w) != w) && !self.joins_possessive(last) {
            return None; // "Smilga's ..." ends the name
        }
        let word = self.word(next)?;
        if !self.spaced(next) {
            return None;
        }
        if self.is_name_word(next) && !is_numeric_ordinal(word) {
            return Some((next, in_complement));
        }
        // "of", "for", "of the", "for the": a complement that must reach a name word, after a
        // head noun or a title ("Governorate of Livonia", "Commissar for War"), not after any
        // name ("Petrograd for the Congress").
        let before = self.word(last).map(bare).unwrap_or_default();
        let takes_complement = in_complement
            || head_kind(before).is_some()
            || LOWERCASE_HEADS.contains(&before)
            || TITLES.contains(&before);
        if matches!(word, "of" | "for") && takes_complement {
            let mut after = next + 1;
            if self.word(after) == Some("the") {
                after += 1;
            }
            return (self.spaced(after) && self.is_name_word(after)).then_some((after, true));
        }
        // "Posts and Telegraphs" inside a complement.
        if word == "and" && in_complement {
            let after = next + 1;
            return (self.spaced(after) && self.is_name_word(after)).then_some((after, true));
        }
        if PARTICLES.contains(&word) {
            let after = next + 1;
            return (self.spaced(after) && self.is_name_word(after))
                .then_some((after, in_complement));
        }
        None
    }

    /// "People's Commissariat": a possessive that is part of an institution's name.
    pub(super) fn joins_possessive(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            matches!(
                bare(w),
                "People" | "Workers" | "Peasants" | "Soldiers" | "Women" | "Children" | "Men"
            )
        })
    }

    /// The run of name words starting at `first`.
    pub(super) fn run_from(&self, first: usize) -> Run {
        let mut last = first;
        let mut in_complement = false;
        while let Some((next, complement)) = self.continues(last, in_complement) {
            last = next;
            in_complement = complement;
        }
        // A complement ending in an adjective before a noun ("Seventh Conference of the Bolshevik
        // faction") is not part of the name.
        if in_complement && last > first {
            let ends_in_adjective = self.word(last).is_some_and(is_adjective);
            let noun_follows = self.spaced(last + 1)
                && self.word(last + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !LOWERCASE_HEADS.contains(&bare(w))
                });
            if ends_in_adjective && noun_follows {
                let connector = (first..last)
                    .rev()
                    .find(|&i| matches!(self.word(i), Some("of" | "for")));
                if let Some(connector) = connector.filter(|&c| c > first) {
                    last = connector - 1;
                }
            }
        }
        // Lowercase head nouns after the run: "Petrograd Bolshevik party committee".
        let mut lowercase_head = false;
        let possessive = self.word(last).is_some_and(|w| bare(w) != w);
        if !possessive {
            let mut next = last + 1;
            while next <= last + 2
                && self.spaced(next)
                && self
                    .word(next)
                    .is_some_and(|w| LOWERCASE_HEADS.contains(&bare(w)))
            {
                last = next;
                lowercase_head = true;
                // "Sixth Congress of the Bolshevik party" may go on with "of the ...".
                next = last + 1;
            }
            if lowercase_head {
                if let Some((after, _)) = self.continues(last, true) {
                    let rest = self.run_from(after);
                    last = rest.last;
                    lowercase_head = rest.lowercase_head;
                }
            }
        }
        // "Russian Communist Party (Bolsheviks)": a party's faction in brackets is part of its
        // name.
        if self
            .word(last)
            .is_some_and(|w| head_kind(w) == Some(EntityKind::Organisation))
        {
            if let Some(after) = self.after_gloss(last + 1) {
                last = after - 1;
            }
        }
        Run {
            first,
            last,
            lowercase_head,
        }
    }

    /// A bracketed gloss at token `open`: `(` and one to three capitalised words, not an
    /// acronym, then `)`.
    /// Returns the index after the closing bracket.
    pub(super) fn after_gloss(&self, open: usize) -> Option<usize> {
        if self.mark(open) != Some('(') || !self.spaced(open) {
            return None;
        }
        let close =
            (open + 1..self.tokens.len().min(open + 5)).find(|&j| self.mark(j) == Some(')'))?;
        // An acronym in brackets ("(RSDLP)") is the name's abbreviation, a name of its own.
        let words_only = (open + 1..close)
            .all(|j| self.is_name_word(j) && !self.word(j).is_some_and(is_acronym));
        (close > open + 1 && words_only).then_some(close + 1)
    }

    /// The words of a run, possessive endings removed.
    pub(super) fn words(&self, run: &Run) -> Vec<&'a str> {
        self.unbracketed(run)
            .filter_map(|i| self.word(i))
            .map(bare)
            .collect()
    }

    /// The name words of a run (not its connectors or lowercase heads).
    pub(super) fn name_words(&self, run: &Run) -> Vec<&'a str> {
        self.unbracketed(run)
            .filter(|&i| self.is_name_word(i))
            .filter_map(|i| self.word(i))
            .map(bare)
            .collect()
    }

    /// The token indices of a run up to a bracketed gloss, which names nothing of its own.
    pub(super) fn unbracketed(&self, run: &Run) -> impl Iterator<Item = usize> + '_ {
        (run.first..=run.last).take_while(|&i| self.mark(i) != Some('('))
    }

    pub(super) fn span(&self, run: &Run) -> (usize, usize) {
        let start = self.start(run.first);
        let mut end = self.end(run.last);
        if self.mark(run.last) == Some(')') {
            return (start, end);
        }
        let word = &self.text[self.start(run.last)..end];
        end -= word.len() - bare(word).len();
        // An initial's stop, and an abbreviation's ("U.S.S.R.", "Inc."), belong to the name.
        let abbreviation =
            bare(word).contains('.') || matches!(bare(word), "Inc" | "Ltd" | "Co" | "Jr" | "Sr");
        if self.is_initial(run.last)
            || (abbreviation && self.mark(run.last + 1) == Some('.') && !self.spaced(run.last + 1))
        {
            end += 1;
        }
        (start, end)
    }
}
