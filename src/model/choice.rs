//! Why words several glossary entries share (a bare surname) name one of them at a mention: the rule that chose, with its evidence, and the entries not chosen.
//!
//! The rules, in order, are those of `seeds/README.md` ("When one alias names several
//! entries"), and for a name the compiler found, those of the names it merges
//! (`src/compiler/found/`); the compiler records which one decided, so the reader can say so.

use serde::{Deserialize, Serialize};

use crate::{EntityId, MentionId};

/// How the compiler chose the entity of a mention whose words several entries share.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub by: ChosenBy,
    /// The other entries the words could name, in glossary order.
    pub others: Vec<EntityId>,
}

/// The rule that chose, with what it went by.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChosenBy {
    /// Rule 1: entries related to the chosen one are named in the same sentence, more of them
    /// than of any other's: the first mention of each, in reading order.
    Related(Vec<MentionId>),
    /// Rule 2: the sentence does not tell them apart, and the chosen one was named last before
    /// it, unambiguously: that mention, earlier in the same article.
    NamedEarlier(MentionId),
    /// Rule 3: nothing in the text tells them apart; the glossary lists the chosen one first.
    ListedFirst,
    /// A name the compiler found (no glossary entry) that is the shorter form of several
    /// people's longer names in the article (a surname alone): the chosen one is the article's
    /// subject.
    Subject,
    /// The same, none of them the subject: the article names the chosen one's longer name
    /// most often.
    NamedMostOften,
    /// The same, named as often: the article names the chosen one's longer name first.
    NamedFirst,
}
