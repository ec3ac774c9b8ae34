//! How far the adoption of a prerendered page has got: how many islands it has to adopt, how many are adopted, and what waits until all of them are.

use std::cell::RefCell;

/// What runs once every island is adopted.
type Then = Box<dyn FnOnce()>;

/// The page's adoption, as plain data.
#[derive(Default)]
pub struct Adoption {
    expected: usize,
    adopted: usize,
    waiting: Vec<Then>,
}

impl Adoption {
    /// Whether every island the page has is adopted (at once, if it has none).
    pub fn all_adopted(&self) -> bool {
        self.adopted >= self.expected
    }

    /// Runs `then` once every island is adopted: returns it to run now if they are, else keeps it.
    pub fn when_adopted(&mut self, then: Then) -> Option<Then> {
        if self.all_adopted() {
            Some(then)
        } else {
            self.waiting.push(then);
            None
        }
    }

    /// Counts one more island adopted; returns what now has to run.
    pub fn count(&mut self) -> Vec<Then> {
        self.adopted += 1;
        if self.all_adopted() {
            std::mem::take(&mut self.waiting)
        } else {
            Vec::new()
        }
    }
}

thread_local! {
    /// The page's one adoption. Global because the parties to it are separate Yew apps (the page's
    /// app and each island) and the start-up code, which share no context.
    static PAGE: RefCell<Adoption> = RefCell::new(Adoption::default());
}

/// Says how many islands the page has: the parts of the article being adopted (`src/app/main.rs`,
/// before the app adopts the page).
pub fn expect_islands(count: usize) {
    PAGE.with_borrow_mut(|page| page.expected = count);
}

/// Whether every island of the page is adopted. Until then, the text of a part may still be split
/// into the text nodes its components own, so ranges over it wait.
pub fn all_adopted() -> bool {
    PAGE.with_borrow(Adoption::all_adopted)
}

/// Runs `then` once every island of the page has been adopted (at once if they have been).
pub fn when_adopted(then: impl FnOnce() + 'static) {
    if let Some(now) = PAGE.with_borrow_mut(|page| page.when_adopted(Box::new(then))) {
        now();
    }
}

/// Counts one more island of the page adopted, and runs what waited for the last one.
pub fn count_adopted() {
    for then in PAGE.with_borrow_mut(Adoption::count) {
        then();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn what_waits_runs_once_the_last_island_is_adopted() {
        let ran = Rc::new(RefCell::new(Vec::new()));
        let note = |what: &'static str| {
            let ran = ran.clone();
            Box::new(move || ran.borrow_mut().push(what)) as Then
        };
        let mut page = Adoption {
            expected: 2,
            ..Adoption::default()
        };
        assert!(page.when_adopted(note("live")).is_none());
        assert!(page.count().is_empty());
        for then in page.count() {
            then();
        }
        assert_eq!(*ran.borrow(), ["live"]);
        // Once all are adopted, what comes later runs at once.
        assert!(page.when_adopted(note("later")).is_some());
        // A page with no islands is adopted from the start.
        assert!(Adoption::default().all_adopted());
    }
}
