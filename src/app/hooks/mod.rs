//! Custom hooks and the browser glue they use: the corpus context, the current location, the
//! document title, scrolling to a fragment and back to the reader's place, the reading position,
//! the theme, how marks show, the status line, the clipboard, passage selections, the reading
//! keys of an article and the timeline's row keys.
pub mod clipboard;
pub mod keys;
mod passage_dom;
mod scroll_memory;
mod use_corpus;
mod use_document_title;
mod use_location;
mod use_marks;
mod use_passage_selection;
mod use_reading_keys;
mod use_reading_position;
mod use_row_keys;
mod use_scroll_to_fragment;
mod use_status;
mod use_theme;

pub use use_corpus::{use_corpus, CorpusHandle};
pub use use_document_title::use_document_title;
pub use use_location::{use_location, CurrentLocation};
pub use use_marks::{use_marks, Marks, MARKS_KEY};
pub use use_passage_selection::{
    use_passage_offer, use_passage_selection_provider, PassageSelection, SelectedPassage,
    OFFER_CLASS,
};
pub use use_reading_keys::use_reading_keys;
pub use use_reading_position::use_reading_position;
pub use use_row_keys::use_row_keys;
pub use use_scroll_to_fragment::{use_scroll_to_fragment, TARGET_CLASS};
pub use use_status::{use_status, use_status_line, StatusHandle};
pub use use_theme::{use_theme, Theme, THEME_KEY};
