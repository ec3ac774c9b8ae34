//! The corpus layer: the model of compiled biographies, and (natively) the compiler that builds it from `seeds/`.
//!
//! This layer has no web dependencies: the compiler runs in the build script, the tests and the
//! export command; the browser only receives the compiled `model::Corpus`.
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod ablation;
#[cfg(not(target_arch = "wasm32"))]
pub mod candidates;
#[cfg(not(target_arch = "wasm32"))]
pub mod compile;
#[cfg(not(target_arch = "wasm32"))]
pub mod dates;
#[cfg(not(target_arch = "wasm32"))]
pub mod diagnostic;
#[cfg(not(target_arch = "wasm32"))]
pub mod discover;
#[cfg(not(target_arch = "wasm32"))]
pub mod editorial;
#[cfg(not(target_arch = "wasm32"))]
pub mod found;
#[cfg(not(target_arch = "wasm32"))]
pub mod lead;
#[cfg(not(target_arch = "wasm32"))]
pub mod links;
#[cfg(not(target_arch = "wasm32"))]
pub mod mentions;
#[cfg(not(target_arch = "wasm32"))]
pub mod names;
#[cfg(not(target_arch = "wasm32"))]
pub mod seed;
#[cfg(not(target_arch = "wasm32"))]
pub mod sentences;
