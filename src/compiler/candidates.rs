//! Glossary candidates: every name the finder found that the glossary lacks, listed for a maintainer and written as `[[entity]]` stubs ready to edit.

use crate::model::{Corpus, EntityId};

/// The listing printed by `make names`, the TOML stubs, and how many names there are.
pub struct Candidates {
    pub listing: String,
    pub toml: String,
    pub count: usize,
}

/// Characters of context quoted on either side of a name's first mention.
const REACH: usize = 50;

pub fn candidates(corpus: &Corpus) -> Candidates {
    let mut listing = String::new();
    let mut toml = String::from(
        "# Names the finder found that seeds/glossary.toml lacks, as glossary entries to edit.\n\
         # Promote one by copying it into seeds/glossary.toml, checking its kind, writing a\n\
         # description and, where known, start and end dates. Remove `aliases` it does not need.\n\
         # A name that is none: add its words to `not_names` at the top of seeds/glossary.toml.\n",
    );
    let mut count = 0;
    for (id, entity) in corpus.entities.iter().enumerate() {
        if !entity.found {
            continue;
        }
        let mentions: Vec<_> = corpus.mentions_of(id as EntityId).map(|(_, m)| m).collect();
        let Some(first) = mentions.first() else {
            continue;
        };
        count += 1;
        let mut articles: Vec<&str> = mentions
            .iter()
            .filter_map(|m| corpus.articles.get(m.place.article as usize))
            .map(|a| a.slug.as_str())
            .collect();
        articles.dedup();
        let where_ = match articles.len() {
            0..=3 => articles.join(","),
            n => format!("{} and {} more", articles[..2].join(","), n - 2),
        };
        let context = corpus
            .snippet_at(&first.place, REACH)
            .map(|s| format!("{}[{}]{}", s.before, s.words, s.after))
            .unwrap_or_default()
            .replace('\n', " ");
        let guessed = if entity.kind_guessed { "?" } else { "" };
        listing.push_str(&format!(
            "{:<14} {:<44} {:>3}×  {:<28} {context}\n",
            format!("{}{guessed}", entity.kind.label()),
            entity.name,
            mentions.len(),
            where_,
        ));
        let mut aliases: Vec<String> = Vec::new();
        for mention in &mentions {
            let words = mention
                .text
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string();
            if words != entity.name && !aliases.contains(&words) {
                aliases.push(words);
            }
        }
        toml.push_str(&format!(
            "\n[[entity]]\nid = {:?}\nname = {:?}\nkind = {:?}{}\naliases = {:?}\ndescription = \"\"\n",
            entity.key.trim_start_matches("found:"),
            entity.name,
            entity.kind.label(),
            if entity.kind_guessed {
                "   # a guess: check it"
            } else {
                ""
            },
            aliases,
        ));
    }
    Candidates {
        listing,
        toml,
        count,
    }
}
