//! Only one card is open at a time: opening one closes the one before.
//!
//! There is one pointer, one focus and one screen, so the open card is document-wide state: a
//! slot holding the key of the annotation whose card is open and how to close it. Each
//! annotation watches only its own open flag, so opening a card re-renders two annotations,
//! not every annotation of the article.
use std::cell::{Cell, RefCell};

use yew::Callback;

thread_local! {
    static OPEN: RefCell<Option<(u32, Callback<()>)>> = const { RefCell::new(None) };
    static NEXT_KEY: Cell<u32> = const { Cell::new(0) };
}

/// A key for a new annotation, unique for the life of the page.
pub fn new_key() -> u32 {
    NEXT_KEY.with(|next| {
        let key = next.get();
        next.set(key.wrapping_add(1));
        key
    })
}

/// Records that `key`'s card is open, closing the card open before (if it is another's).
pub fn claim(key: u32, close: Callback<()>) {
    let before = OPEN.with(|open| open.borrow_mut().replace((key, close)));
    if let Some((other, close_other)) = before {
        if other != key {
            close_other.emit(());
        }
    }
}

/// Records that `key`'s card is closed (if it is the one open).
pub fn release(key: u32) {
    OPEN.with(|open| {
        let mut open = open.borrow_mut();
        if open.as_ref().is_some_and(|(holder, _)| *holder == key) {
            *open = None;
        }
    });
}

/// Closes whatever card is open.
pub fn close_any() {
    if let Some((_, close)) = OPEN.with(|open| open.borrow_mut().take()) {
        close.emit(());
    }
}
