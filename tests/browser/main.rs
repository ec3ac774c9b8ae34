//! In-browser tests of the reader: pages, marks, hover cards and routing, on the sample corpus compiled from `tests/fixtures/sample/`, a module for each of what they test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

#[path = "../support/mod.rs"]
mod support;

mod cards;
mod dates;
mod entity_cards;
mod markers;
mod pages;

wasm_bindgen_test_configure!(run_in_browser);
