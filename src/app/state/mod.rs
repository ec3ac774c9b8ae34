//! UI state as data: plain Rust state machines the components feed events to and whose effects they carry out, tested natively as tables of events and states.
pub mod adoption;
pub mod annotation_keys;
pub mod disclosure;
pub mod timeline;
