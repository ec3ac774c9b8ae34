//! What a key does on an annotation or inside its open card, as data: the keyboard half of the roving tabindex (`components/roving.rs` moves the focus; `annotation.rs` carries the steps out).

use crate::state::disclosure::FocusAt;

/// A key press, as far as the annotation cares.
#[derive(Clone, Copy, Debug)]
pub struct Key<'a> {
    /// `KeyboardEvent.key`: "ArrowRight", "Enter", "Tab".
    pub name: &'a str,
    pub shift: bool,
    /// Ctrl, Meta or Alt held: the key is the browser's or the system's.
    pub modified: bool,
}

/// Where a key sends the focus from an annotation or its open card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Esc: close the card, the focus on the annotation.
    Close,
    /// Another annotation of the same text.
    Neighbour(Towards),
    /// Into the card, or to its next (1) or previous (-1) item.
    IntoCard(isize),
    /// Tab from the annotation with its card open, or from inside the card: out of the card and
    /// the text, to what follows.
    Leave,
    /// Shift+Tab from inside the card: back to the annotation.
    BackToTrigger,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Towards {
    Next,
    Previous,
    First,
    Last,
}

/// What `key` does, given whether the card is open and where the focus is; None leaves the key
/// to the browser (Tab from the annotation itself, its card closed, goes on to the next text:
/// the other annotations of this one are not in the tab order).
pub fn step(key: Key, open: bool, at: FocusAt) -> Option<Step> {
    if key.modified {
        return None;
    }
    match (at, key.name) {
        (_, "Escape") if open => Some(Step::Close),
        (FocusAt::Trigger, "ArrowRight") => Some(Step::Neighbour(Towards::Next)),
        (FocusAt::Trigger, "ArrowLeft") => Some(Step::Neighbour(Towards::Previous)),
        (FocusAt::Trigger, "Home") => Some(Step::Neighbour(Towards::First)),
        (FocusAt::Trigger, "End") => Some(Step::Neighbour(Towards::Last)),
        (FocusAt::Trigger, "ArrowDown" | "Enter") if open => Some(Step::IntoCard(0)),
        (FocusAt::Trigger, "Tab") if open && !key.shift => Some(Step::Leave),
        (FocusAt::Card, "ArrowDown") => Some(Step::IntoCard(1)),
        (FocusAt::Card, "ArrowUp") => Some(Step::IntoCard(-1)),
        (FocusAt::Card, "Tab") if key.shift => Some(Step::BackToTrigger),
        (FocusAt::Card, "Tab") => Some(Step::Leave),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_on_an_annotation_and_in_its_card() {
        let key = |name, shift, modified| Key {
            name,
            shift,
            modified,
        };
        use FocusAt::{Card, Trigger};
        let cases = [
            // (key, shift, modified, card open, focus at, step)
            (
                "ArrowRight",
                false,
                false,
                true,
                Trigger,
                Some(Step::Neighbour(Towards::Next)),
            ),
            (
                "ArrowLeft",
                false,
                false,
                false,
                Trigger,
                Some(Step::Neighbour(Towards::Previous)),
            ),
            (
                "Home",
                false,
                false,
                true,
                Trigger,
                Some(Step::Neighbour(Towards::First)),
            ),
            (
                "End",
                false,
                false,
                true,
                Trigger,
                Some(Step::Neighbour(Towards::Last)),
            ),
            (
                "Enter",
                false,
                false,
                true,
                Trigger,
                Some(Step::IntoCard(0)),
            ),
            // Enter on a closed card is the button's own: it opens the card.
            ("Enter", false, false, false, Trigger, None),
            (
                "ArrowDown",
                false,
                false,
                true,
                Trigger,
                Some(Step::IntoCard(0)),
            ),
            (
                "ArrowDown",
                false,
                false,
                true,
                Card,
                Some(Step::IntoCard(1)),
            ),
            (
                "ArrowUp",
                false,
                false,
                true,
                Card,
                Some(Step::IntoCard(-1)),
            ),
            ("Tab", false, false, true, Trigger, Some(Step::Leave)),
            ("Tab", false, false, false, Trigger, None),
            ("Tab", true, false, true, Trigger, None),
            ("Tab", false, false, true, Card, Some(Step::Leave)),
            ("Tab", true, false, true, Card, Some(Step::BackToTrigger)),
            ("Escape", false, false, true, Card, Some(Step::Close)),
            ("Escape", false, false, false, Trigger, None),
            ("ArrowRight", false, true, true, Trigger, None),
            ("ArrowRight", false, false, true, Card, None),
            ("j", false, false, true, Trigger, None),
        ];
        for (name, shift, modified, open, at, expected) in cases {
            assert_eq!(
                step(key(name, shift, modified), open, at),
                expected,
                "{name} shift={shift} modified={modified} open={open} at={at:?}"
            );
        }
    }
}
