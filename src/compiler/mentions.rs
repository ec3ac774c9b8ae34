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
#[derive(Default)]
pub struct Recency {
    clock: u32,
    last_named: HashMap<EntityId, u32>,
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

    /// Every mention in `text`, one sentence (`sentences`, byte ranges) at a time, as
    /// `(start, end, entity)` sorted by position. `recency` carries the article's reading so far.
    pub fn annotate(
        &self,
        text: &str,
        sentences: &[(usize, usize)],
        recency: &mut Recency,
    ) -> Vec<(usize, usize, EntityId)> {
        let found = self.whole_words(text);
        let mut out = Vec::with_capacity(found.len());
        for &(s_start, s_end) in sentences {
            let in_sentence: Vec<&(usize, usize, usize)> = found
                .iter()
                .filter(|(start, _, _)| *start >= s_start && *start < s_end)
                .collect();
            let named_here: Vec<EntityId> = in_sentence
                .iter()
                .filter_map(|(_, _, p)| match self.candidates[*p].as_slice() {
                    [only] => Some(*only),
                    _ => None,
                })
                .collect();
            for &&(start, end, pattern) in &in_sentence {
                let entity = match self.candidates[pattern].as_slice() {
                    [only] => {
                        recency.clock += 1;
                        recency.last_named.insert(*only, recency.clock);
                        *only
                    }
                    several => self.resolve(several, &named_here, recency),
                };
                out.push((start, end, entity));
            }
        }
        out
    }

    /// Picks one of several entries sharing an alias (the rules are in seeds/README.md):
    /// most related entries named in the sentence, then most recently named, then glossary order.
    fn resolve(
        &self,
        candidates: &[EntityId],
        named_here: &[EntityId],
        recency: &Recency,
    ) -> EntityId {
        let score = |id: EntityId| {
            let related = &self.related[id as usize];
            let in_sentence = named_here.iter().filter(|n| related.contains(n)).count();
            let recent = recency.last_named.get(&id).copied().unwrap_or(0);
            (in_sentence, recent)
        };
        let mut best = candidates[0];
        for &id in &candidates[1..] {
            if score(id) > score(best) {
                best = id;
            }
        }
        best
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
mod tests {
    use super::*;

    /// Entries given as `name: alias|alias ; related,related` lines (related by name).
    fn matcher(spec: &[&str]) -> (Matcher, Vec<String>) {
        let names: Vec<String> = spec
            .iter()
            .map(|l| l.split(':').next().unwrap().to_string())
            .collect();
        let entries = spec
            .iter()
            .map(|line| {
                let (_, rest) = line.split_once(':').unwrap();
                let (aliases, related) = rest.split_once(';').unwrap_or((rest, ""));
                Entry {
                    aliases: aliases.split('|').map(|a| a.trim().to_string()).collect(),
                    related: related
                        .split(',')
                        .filter(|r| !r.trim().is_empty())
                        .map(|r| names.iter().position(|n| n == r.trim()).unwrap() as EntityId)
                        .collect(),
                }
            })
            .collect::<Vec<_>>();
        (Matcher::new(&entries), names)
    }

    /// Annotates `text` (sentences split on ". ") and renders it as `[words=entry]`.
    fn check(spec: &[&str], text: &str, expected: &str) {
        let (matcher, names) = matcher(spec);
        let sentences = crate::sentences::sentences(text);
        let mut out = String::new();
        let mut at = 0;
        for (start, end, id) in matcher.annotate(text, &sentences, &mut Recency::default()) {
            out.push_str(&text[at..start]);
            out.push_str(&format!("[{}={}]", &text[start..end], names[id as usize]));
            at = end;
        }
        out.push_str(&text[at..]);
        assert_eq!(out, expected);
    }

    #[test]
    fn whole_words_longest_first_with_possessives() {
        let spec = [
            "ivar: Smilga|Ivar",
            "tenis: Tenis Smilga",
            "tatiana: Smilga-Poluyan",
            "trotsky: Trotsky",
        ];
        check(
            &spec,
            "Tenis Smilga and Smilga's daughter Smilga-Poluyan met Trotsky’s Trotskyist friends.",
            "[Tenis Smilga=tenis] and [Smilga=ivar]'s daughter [Smilga-Poluyan=tatiana] met [Trotsky=trotsky]’s Trotskyist friends.",
        );
        check(
            &spec,
            "Smilgas Ivarovich xSmilga",
            "Smilgas Ivarovich xSmilga",
        );
        check(&spec, "Smilga", "[Smilga=ivar]");
        check(
            &spec,
            "named 'Trotsky' and O'Smilga",
            "named '[Trotsky=trotsky]' and O'Smilga",
        );
    }

    #[test]
    fn a_shared_surname_follows_the_rules() {
        let spec = [
            "lev: Lev Kamenev|Kamenev ; zinoviev",
            "sergei: Sergei Kamenev|Kamenev ; vatzetis",
            "zinoviev: Zinoviev",
            "vatzetis: Vatzetis",
            "trotsky: Trotsky",
        ];
        // Rule 1: related entries in the same sentence.
        check(
            &spec,
            "Zinoviev and Kamenev.",
            "[Zinoviev=zinoviev] and [Kamenev=lev].",
        );
        check(
            &spec,
            "Kamenev replaced Vatzetis.",
            "[Kamenev=sergei] replaced [Vatzetis=vatzetis].",
        );
        // Rule 2: the most recently named in full.
        check(
            &spec,
            "Sergei Kamenev came. Then Kamenev and Trotsky left.",
            "[Sergei Kamenev=sergei] came. Then [Kamenev=sergei] and [Trotsky=trotsky] left.",
        );
        // Rule 3: glossary order.
        check(&spec, "Kamenev alone.", "[Kamenev=lev] alone.");
    }
}
