//! The corpus compiler: reads `seeds/` and builds the model the reader embeds, natively (in the app's build script, the commands and the tests), with no web dependencies.
//!
//! The passes, in order: `seed` shapes a text into sections, paragraphs and references;
//! `discover` finds the names (`names`, `lead`, `found`) and settles them with the glossary
//! (`editorial`, `mentions`); `dates` reads the dates; `links` joins the lives; `experiences` pairs the same turn of fate in two lives; `markers` places what the reader shows after words; `index` builds the indexes the reader looks things up in;
//! `timeline` lists the dated sentences for the parallel view; `compile` runs
//! them and reports `diagnostic`s. `ablation` and `candidates` serve `make ablation` and
//! `make names`.
pub use parallel_lives_model as model;

pub mod ablation;
pub mod article;
pub mod candidates;
pub mod compile;
pub mod dates;
pub mod diagnostic;
pub mod discover;
pub mod editorial;
pub mod experiences;
pub mod found;
pub mod glossary;
pub mod index;
pub mod lead;
pub mod links;
pub mod markers;
pub mod mentions;
pub mod names;
pub mod seed;
pub mod sentences;
pub mod timeline;
