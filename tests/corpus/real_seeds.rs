//! The compiler on the two real seeds: structure, quirks, mentions, dates, cross-references and conflicts, a module for each.

mod meetings;
mod mentions;
mod structure;

use super::corpus;
use parallel_lives_model::*;

/// The article compiled from `seeds/<slug>.txt`, with its id.
fn article(slug: &str) -> (ArticleId, &'static Article) {
    corpus()
        .article(slug)
        .unwrap_or_else(|| panic!("article {slug} is compiled"))
}
