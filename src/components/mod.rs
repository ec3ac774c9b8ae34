//! The reader's building blocks, one component per file.
mod annotated_text;
mod biography_list;
mod card;
mod citation_needed;
pub mod date_words;
mod header;
mod infobox;
mod link;
mod mark;
mod paragraph;
mod references;
mod section;
mod toc;

pub use annotated_text::AnnotatedText;
pub use biography_list::BiographyList;
pub use card::HoverCard;
pub use citation_needed::CitationNeeded;
pub use header::Header;
pub use infobox::Infobox;
pub use link::Link;
pub use mark::MarkButton;
pub use paragraph::ParagraphView;
pub use references::References;
pub use section::SectionView;
pub use toc::TableOfContents;
