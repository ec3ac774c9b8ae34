//! Finds every mention of every glossary entry in a text: all aliases, whole words, longest first.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::model::EntityId;

/// What the annotator needs to know of one glossary entry.
pub struct Entry {
    pub aliases: Vec<String>,
    pub related: Vec<EntityId>,
}

/// A multi-pattern matcher over every alias of every entry.
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each pattern: the entries it may name, in glossary order.
    candidates: Vec<Vec<EntityId>>,
    related: Vec<Vec<EntityId>>,
}

/// What is remembered while reading one article: who was last named unambiguously, and when.
/// Each unambiguous match gets the next tick of the clock, its stamp (`Match::naming`).
#[derive(Default)]
pub struct Recency {
    clock: u32,
    last_named: HashMap<EntityId, u32>,
}

/// One mention the matcher found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub entity: EntityId,
    /// For words only one entry has: the stamp of this naming in the article's `Recency`.
    pub naming: Option<u32>,
    /// For words several entries share: how the entry was chosen.
    pub choice: Option<Resolved>,
}

/// How one of several entries sharing an alias was chosen (`resolve`), and the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    pub rule: Rule,
    /// The entries not chosen, in glossary order.
    pub others: Vec<EntityId>,
}

/// The rule that chose, with what it went by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Rule 1: the chosen entry's related entries named in the sentence, the first match of
    /// each in reading order, as indices into the matches `annotate` returns.
    Related(Vec<usize>),
    /// Rule 2: the stamp of the unambiguous match that last named the chosen entry.
    NamedEarlier(u32),
    /// Rule 3: glossary order.
    ListedFirst,
}

impl Matcher {
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut by_alias: HashMap<&str, Vec<EntityId>> = HashMap::new();
        let mut order: Vec<&str> = Vec::new();
        for (id, entry) in entries.iter().enumerate() {
            for alias in entry.aliases.iter().filter(|a| !a.trim().is_empty()) {
                let ids = by_alias.entry(alias.as_str()).or_insert_with(|| {
                    order.push(alias.as_str());
                    Vec::new()
                });
                if !ids.contains(&(id as EntityId)) {
                    ids.push(id as EntityId);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&order)
            .expect("a few thousand literal aliases always build");
        Matcher {
            automaton,
            candidates: order.iter().map(|a| by_alias[a].clone()).collect(),
            related: entries.iter().map(|e| e.related.clone()).collect(),
        }
    }

    /// Every mention in `text`, one sentence (`sentences`, byte ranges) at a time, sorted by
    /// position. `recency` carries the article's reading so far.
    pub fn annotate(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        recency: &mut Recency,
    ) -> Vec<Match> {
        self.annotate_except(text, sentences, recency, &[])
    }

    /// `annotate`, leaving out the matches at the byte ranges `except` (the words of a longer
    /// name found in the text): they name nothing, so they are not read as namings either.
    pub fn annotate_except(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        recency: &mut Recency,
        except: &[(usize, usize)],
    ) -> Vec<Match> {
        let found: Vec<(usize, usize, usize)> = self
            .whole_words(text)
            .into_iter()
            .filter(|&(start, end, _)| !except.contains(&(start, end)))
            .collect();
        let mut out: Vec<Match> = Vec::with_capacity(found.len());
        for &(s_start, s_end) in sentences {
            let in_sentence: Vec<&(usize, usize, usize)> = found
                .iter()
                .filter(|(start, _, _)| *start >= s_start && *start < s_end)
                .collect();
            // Each match of the sentence is pushed in turn: its index in `out` is known ahead.
            let first = out.len();
            let named_here: Vec<(usize, EntityId)> = in_sentence
                .iter()
                .enumerate()
                .filter_map(|(i, (_, _, p))| match self.candidates[*p].as_slice() {
                    [only] => Some((first + i, *only)),
                    _ => None,
                })
                .collect();
            for &&(start, end, pattern) in &in_sentence {
                let (entity, naming, choice) = match self.candidates[pattern].as_slice() {
                    [only] => {
                        recency.clock += 1;
                        recency.last_named.insert(*only, recency.clock);
                        (*only, Some(recency.clock), None)
                    }
                    several => {
                        let (entity, resolved) = self.resolve(several, &named_here, recency);
                        (entity, None, Some(resolved))
                    }
                };
                out.push(Match {
                    start,
                    end,
                    entity,
                    naming,
                    choice,
                });
            }
        }
        out
    }

    /// Picks one of several entries sharing an alias (the rules are in seeds/README.md):
    /// most related entries named in the sentence, then most recently named, then glossary
    /// order; and says which rule decided.
    fn resolve(
        &self,
        candidates: &[EntityId],
        named_here: &[(usize, EntityId)],
        recency: &Recency,
    ) -> (EntityId, Resolved) {
        let related_here = |id: EntityId| {
            let related = &self.related[id as usize];
            named_here
                .iter()
                .filter(move |(_, named)| related.contains(named))
        };
        let recent = |id: EntityId| recency.last_named.get(&id).copied().unwrap_or(0);
        let score = |id: EntityId| (related_here(id).count(), recent(id));
        let mut best = candidates[0];
        for &id in &candidates[1..] {
            if score(id) > score(best) {
                best = id;
            }
        }
        let others: Vec<EntityId> = candidates.iter().copied().filter(|&c| c != best).collect();
        let (in_sentence, last) = score(best);
        let rule = if others.iter().all(|&o| score(o).0 < in_sentence) {
            let mut seen: Vec<EntityId> = Vec::new();
            Rule::Related(
                related_here(best)
                    .filter(|(_, named)| {
                        let new = !seen.contains(named);
                        seen.push(*named);
                        new
                    })
                    .map(|&(index, _)| index)
                    .collect(),
            )
        } else if others.iter().all(|&o| score(o) < (in_sentence, last)) {
            // Tied on the sentence, and named more recently than those it is tied with.
            Rule::NamedEarlier(last)
        } else {
            Rule::ListedFirst
        };
        (best, Resolved { rule, others })
    }

    /// Matches that stand as whole words (a possessive `'s` may follow), leftmost-longest and
    /// non-overlapping, as `(start, end, pattern)`.
    fn whole_words(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut all: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| is_whole_word(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        all.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
        let mut chosen: Vec<(usize, usize, usize)> = Vec::new();
        for m in all {
            if chosen.last().is_none_or(|last| m.0 >= last.1) {
                chosen.push(m);
            }
        }
        chosen
    }
}

/// Whether `alias` occurs in `text` as a whole word, where the matcher could find it.
pub fn occurs_as_word(text: &str, alias: &str) -> bool {
    text.match_indices(alias)
        .any(|(start, _)| is_whole_word(text, start, start + alias.len()))
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let mut preceding = text[..start].chars().rev();
    match preceding.next() {
        Some(c) if is_word_char(c) => return false,
        // An apostrophe inside a word ("Gol’tsman") joins; an opening quote (" 'Name") does not.
        Some('\'' | '’') if preceding.next().is_some_and(is_word_char) => return false,
        _ => {}
    }
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        Some('\'' | '’') => {
            // A possessive: "Smilga's", "Smirnov’s", or a plural's "Soviets’".
            match after.next() {
                Some('s') => after.next().is_none_or(|c| !is_word_char(c)),
                Some(c) => !is_word_char(c),
                None => true,
            }
        }
        Some(c) => !is_word_char(c),
    }
}

#[cfg(test)]
mod tests;
