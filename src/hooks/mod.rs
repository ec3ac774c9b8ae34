//! Custom hooks: the corpus context, the current location, the document title, scrolling to a fragment.
mod use_corpus;
mod use_document_title;
mod use_location;
mod use_scroll_to_fragment;

pub use use_corpus::{use_corpus, CorpusHandle};
pub use use_document_title::use_document_title;
pub use use_location::{use_location, CurrentLocation};
pub use use_scroll_to_fragment::use_scroll_to_fragment;
