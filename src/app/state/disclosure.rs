//! A card's open/close behaviour as a state machine in plain Rust: what each event does to the card, and which timers, focus moves and claims on the one open card follow.
//!
//! The rules (WCAG 2.2 SC 1.4.13, content on hover or focus):
//!
//! - a hovering pointer (mouse, pen) opens the card after a delay; passing over does not;
//! - leaving the trigger closes the card after a grace period that re-entering cancels;
//! - focus opens it at once, and it closes when the focus leaves trigger and card;
//! - a click or tap opens it; Esc, its close button or a press outside close it;
//! - closing it from inside puts the focus back on the trigger, and that focus does not reopen it;
//! - one card at a time: another card opening closes this one.
//!
//! `Annotation` (components/annotation.rs) feeds it the DOM's events and carries out its effects.

/// Where the focus is when an event comes, as far as the card cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusAt {
    Trigger,
    Card,
    Elsewhere,
}

/// What happens to an annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A mouse or pen enters the trigger or its card (a touch never hovers).
    PointerEnter,
    /// A mouse or pen leaves them.
    PointerLeave,
    /// The hover delay has run out.
    HoverElapsed,
    /// The grace period has run out.
    GraceElapsed(FocusAt),
    /// The trigger takes the focus.
    Focus,
    /// The focus has left trigger and card.
    FocusLeft,
    /// A click, tap, Enter or Space on the trigger.
    Activate,
    Escape(FocusAt),
    /// The card's own close button.
    CloseButton(FocusAt),
    /// A press anywhere outside trigger and card.
    PressOutside,
    /// Another annotation's card has opened.
    Superseded,
}

/// What the component must do after a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Start the hover delay (replacing any timer).
    StartHoverDelay,
    /// Start the grace period (replacing any timer).
    StartGrace,
    /// Stop whichever timer runs.
    StopTimer,
    /// Record that this card is the one open (closing any other).
    Claim,
    /// Record that this card is closed.
    Release,
    /// Put the focus on the trigger.
    FocusTrigger,
}

/// The state of one annotation's card.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Disclosure {
    pub open: bool,
    /// The hover delay runs: the card opens when it runs out.
    pub opening: bool,
    /// The grace period runs: the card closes when it runs out.
    pub closing: bool,
    /// The card is putting the focus back on its trigger; that focus must not reopen it.
    pub refocusing: bool,
}

impl Disclosure {
    /// The state after `event`, and what to do.
    pub fn step(self, event: Event) -> (Disclosure, Vec<Effect>) {
        use Effect::*;
        match event {
            Event::PointerEnter if !self.open && !self.opening => (
                Disclosure {
                    opening: true,
                    closing: false,
                    ..self
                },
                vec![StartHoverDelay],
            ),
            Event::PointerEnter if self.closing => (
                Disclosure {
                    closing: false,
                    ..self
                },
                vec![StopTimer],
            ),
            Event::PointerLeave if self.opening => (
                Disclosure {
                    opening: false,
                    ..self
                },
                vec![StopTimer],
            ),
            Event::PointerLeave if self.open => (
                Disclosure {
                    closing: true,
                    ..self
                },
                vec![StartGrace],
            ),
            Event::HoverElapsed if self.opening => self.show(),
            Event::GraceElapsed(focus) if self.closing => self.hide(focus, false),
            Event::Focus if self.refocusing => (
                Disclosure {
                    refocusing: false,
                    ..self
                },
                Vec::new(),
            ),
            Event::Focus | Event::Activate => self.show(),
            Event::FocusLeft | Event::PressOutside if self.open => {
                self.hide(FocusAt::Elsewhere, false)
            }
            Event::Escape(focus) if self.open => self.hide(focus, true),
            Event::CloseButton(focus) if self.open => self.hide(focus, false),
            Event::Superseded => (
                Disclosure {
                    open: false,
                    opening: false,
                    closing: false,
                    ..self
                },
                if self.opening || self.closing {
                    vec![StopTimer]
                } else {
                    Vec::new()
                },
            ),
            _ => (self, Vec::new()),
        }
    }

    fn show(self) -> (Disclosure, Vec<Effect>) {
        let state = Disclosure {
            open: true,
            opening: false,
            closing: false,
            refocusing: self.refocusing,
        };
        (state, vec![Effect::StopTimer, Effect::Claim])
    }

    /// Closes; the focus goes back to the trigger if it was in the card, or, for Esc, wherever
    /// it was but on the trigger.
    fn hide(self, focus: FocusAt, escape: bool) -> (Disclosure, Vec<Effect>) {
        let refocus = focus == FocusAt::Card || (escape && focus == FocusAt::Elsewhere);
        let state = Disclosure {
            open: false,
            opening: false,
            closing: false,
            refocusing: refocus,
        };
        let mut effects = vec![Effect::StopTimer, Effect::Release];
        if refocus {
            effects.push(Effect::FocusTrigger);
        }
        (state, effects)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `events` from a closed card and writes each step as
    /// `event → open/opening/closing/refocusing [effects]`.
    fn run(events: &[Event]) -> Vec<String> {
        let mut state = Disclosure::default();
        events
            .iter()
            .map(|&event| {
                let (next, effects) = state.step(event);
                state = next;
                let flags: Vec<&str> = [
                    (state.open, "open"),
                    (state.opening, "opening"),
                    (state.closing, "closing"),
                    (state.refocusing, "refocusing"),
                ]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, name)| *name)
                .collect();
                let flags = if flags.is_empty() {
                    "closed".to_string()
                } else {
                    flags.join("+")
                };
                format!("{event:?} → {flags} {effects:?}")
            })
            .collect()
    }

    #[test]
    fn hover_opens_after_the_delay_and_closes_after_the_grace() {
        assert_eq!(
            run(&[
                Event::PointerEnter,
                Event::HoverElapsed,
                Event::PointerLeave,
                Event::PointerEnter,
                Event::PointerLeave,
                Event::GraceElapsed(FocusAt::Elsewhere),
            ]),
            [
                "PointerEnter → opening [StartHoverDelay]",
                "HoverElapsed → open [StopTimer, Claim]",
                "PointerLeave → open+closing [StartGrace]",
                "PointerEnter → open [StopTimer]",
                "PointerLeave → open+closing [StartGrace]",
                "GraceElapsed(Elsewhere) → closed [StopTimer, Release]",
            ]
        );
    }

    #[test]
    fn passing_over_opens_nothing() {
        assert_eq!(
            run(&[
                Event::PointerEnter,
                Event::PointerLeave,
                Event::HoverElapsed
            ]),
            [
                "PointerEnter → opening [StartHoverDelay]",
                "PointerLeave → closed [StopTimer]",
                "HoverElapsed → closed []",
            ]
        );
    }

    #[test]
    fn focus_opens_at_once_and_leaving_closes() {
        assert_eq!(
            run(&[Event::Focus, Event::FocusLeft, Event::FocusLeft]),
            [
                "Focus → open [StopTimer, Claim]",
                "FocusLeft → closed [StopTimer, Release]",
                "FocusLeft → closed []",
            ]
        );
    }

    #[test]
    fn closing_from_inside_puts_the_focus_back_without_reopening() {
        assert_eq!(
            run(&[
                Event::Activate,
                Event::CloseButton(FocusAt::Card),
                Event::Focus,
                Event::Focus,
            ]),
            [
                "Activate → open [StopTimer, Claim]",
                "CloseButton(Card) → refocusing [StopTimer, Release, FocusTrigger]",
                "Focus → closed []",
                "Focus → open [StopTimer, Claim]",
            ]
        );
    }

    #[test]
    fn escape_closes_and_the_focus_goes_to_the_trigger_unless_it_is_there() {
        assert_eq!(
            run(&[
                Event::Activate,
                Event::Escape(FocusAt::Trigger),
                Event::Escape(FocusAt::Trigger),
                Event::Activate,
                Event::Escape(FocusAt::Elsewhere),
            ]),
            [
                "Activate → open [StopTimer, Claim]",
                "Escape(Trigger) → closed [StopTimer, Release]",
                "Escape(Trigger) → closed []",
                "Activate → open [StopTimer, Claim]",
                "Escape(Elsewhere) → refocusing [StopTimer, Release, FocusTrigger]",
            ]
        );
    }

    #[test]
    fn another_card_or_a_press_outside_closes_it() {
        assert_eq!(
            run(&[
                Event::Activate,
                Event::Superseded,
                Event::Activate,
                Event::PressOutside,
                Event::PointerEnter,
                Event::Superseded,
            ]),
            [
                "Activate → open [StopTimer, Claim]",
                "Superseded → closed []",
                "Activate → open [StopTimer, Claim]",
                "PressOutside → closed [StopTimer, Release]",
                "PointerEnter → opening [StartHoverDelay]",
                "Superseded → closed [StopTimer]",
            ]
        );
    }
}
