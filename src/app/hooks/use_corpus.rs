//! The corpus every component reads, shared through a context so tests can provide a sample.
use yew::prelude::*;

use crate::model::Corpus;

/// A `'static` corpus, compared by address so that context checks stay cheap.
#[derive(Clone, Copy, Debug)]
pub struct CorpusHandle(pub &'static Corpus);

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Default for CorpusHandle {
    /// The corpus compiled into the app from `seeds/`.
    fn default() -> Self {
        CorpusHandle(crate::embedded_corpus())
    }
}

/// The provided corpus, or the embedded one when no provider is above.
#[hook]
pub fn use_corpus() -> &'static Corpus {
    use_context::<CorpusHandle>().unwrap_or_default().0
}
