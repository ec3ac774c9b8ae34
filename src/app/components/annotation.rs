//! An annotation's trigger and its card, with the behaviour WCAG 2.2 SC 1.4.13 asks of content shown on hover or focus (the rules are a state machine, `state::disclosure`).
//!
//! - The card opens 200 ms after a mouse or pen enters (passing over text does not flash cards), at
//!   once on keyboard focus, and on click or tap (a button: a tap never navigates).
//! - The pointer may move into the card: leaving the trigger closes it only after a grace period
//!   that re-entering the trigger or the card cancels, and `cards.css` bridges the gap.
//! - The card follows the trigger in the document, so Tab moves into it; it closes when the focus
//!   leaves both. Esc closes it and puts the focus back on the trigger.
//! - It stays open until dismissed (Esc, its close button, a click elsewhere), until the pointer
//!   leaves trigger and card, or until another card opens: one card at a time (`open_card`).
//!
//! The trigger is a disclosure button (`aria-expanded`, `aria-controls`) and names what it
//! explains without opening (`aria-description`, or `aria-label` for a symbol marker).
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

use crate::components::card_placement::{place, unplace};
use crate::components::{open_card, roving, CardTopic, HoverCard};
use crate::state::annotation_keys::{self as keys, Key, Step, Towards};
use crate::state::disclosure::{Disclosure, Effect, Event, FocusAt};

/// How long the pointer rests on a trigger before its card opens.
pub const HOVER_DELAY_MS: u32 = 200;
/// How long a card stays open after the pointer leaves trigger and card.
pub const LEAVE_GRACE_MS: u32 = 300;

#[derive(Properties, PartialEq)]
pub struct AnnotationProps {
    /// Classes of the trigger button.
    pub class: Classes,
    /// The card's element id.
    pub card_id: AttrValue,
    pub topic: CardTopic,
    /// What the annotation means in a few words ("Leon Trotsky, person"): the card's accessible
    /// name, and the trigger's description.
    pub summary: AttrValue,
    /// The trigger's accessible name, for a marker whose visible text is a symbol.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub data_mention: Option<AttrValue>,
    #[prop_or_default]
    pub data_date: Option<AttrValue>,
    /// Whether the trigger is its text's Tab stop (the first annotation of a paragraph; the
    /// others are reached with the arrow keys, `roving.rs`).
    #[prop_or_default]
    pub tab_stop: bool,
    /// What the trigger shows.
    pub children: Html,
}

/// One annotation's card behaviour: the state machine (`state::disclosure`) and the timers,
/// focus and one-open-card claim its steps call for.
struct Machine {
    key: u32,
    state: Cell<Disclosure>,
    /// The hover delay or the grace period, whichever runs.
    timer: RefCell<Option<Timeout>>,
    open: UseStateSetter<bool>,
    wrap: NodeRef,
    trigger: NodeRef,
}

impl Machine {
    fn dispatch(self: &Rc<Self>, event: Event) {
        let (next, effects) = self.state.get().step(event);
        self.state.set(next);
        self.open.set(next.open);
        for effect in effects {
            match effect {
                Effect::StartHoverDelay => {
                    let machine = self.clone();
                    let timeout = Timeout::new(HOVER_DELAY_MS, move || {
                        machine.dispatch(Event::HoverElapsed)
                    });
                    self.timer.replace(Some(timeout));
                }
                Effect::StartGrace => {
                    let machine = self.clone();
                    let timeout = Timeout::new(LEAVE_GRACE_MS, move || {
                        machine.dispatch(Event::GraceElapsed(machine.focus_at()))
                    });
                    self.timer.replace(Some(timeout));
                }
                Effect::StopTimer => drop(self.timer.take()),
                Effect::Claim => {
                    let machine = self.clone();
                    let close = Callback::from(move |_| machine.dispatch(Event::Superseded));
                    open_card::claim(self.key, close);
                }
                Effect::Release => open_card::release(self.key),
                Effect::FocusTrigger => self.focus_trigger(),
            }
        }
    }

    /// Carries out what a key asks of the annotation or its card (`state::annotation_keys`).
    fn take_step(self: &Rc<Self>, step: Step, at: FocusAt) {
        match step {
            Step::Close => self.dispatch(Event::Escape(at)),
            Step::Neighbour(to) => self.to_neighbour(to),
            Step::IntoCard(delta) => self.within_card(delta),
            Step::Leave => self.leave_group(),
            Step::BackToTrigger => self.focus_trigger(),
        }
    }

    fn focus_trigger(&self) {
        if let Some(button) = self.trigger.cast::<HtmlElement>() {
            let _ = button.focus();
        }
    }

    /// To another annotation of the same text (the roving Tab stop moves with it).
    fn to_neighbour(&self, to: Towards) {
        let trigger = self.trigger.cast::<Element>();
        let next = trigger.and_then(|t| match to {
            Towards::Next => roving::neighbour(&t, 1),
            Towards::Previous => roving::neighbour(&t, -1),
            Towards::First => roving::end_of_group(&t, false),
            Towards::Last => roving::end_of_group(&t, true),
        });
        if let Some(next) = next {
            roving::move_to(&next);
        }
    }

    /// `delta` items on among the open card's focusable items: from the trigger to the first,
    /// and up from the first back to the trigger.
    fn within_card(&self, delta: isize) {
        let card = self
            .wrap
            .cast::<Element>()
            .and_then(|w| w.query_selector(".card").ok().flatten());
        let inside = card.map(|c| roving::focusables(&c)).unwrap_or_default();
        let active = gloo::utils::document().active_element();
        let now = inside.iter().position(|e| {
            active
                .as_ref()
                .is_some_and(|a| e.unchecked_ref::<Node>().is_same_node(Some(a)))
        });
        let to = match (now, delta) {
            (None, _) => Some(0),
            (Some(i), d) => i.checked_add_signed(d),
        };
        match to.and_then(|i| inside.get(i)) {
            Some(target) => {
                let _ = target.focus();
            }
            None if delta < 0 => self.focus_trigger(),
            None => {}
        }
    }

    /// Past the card and the rest of the text's annotations: where Tab from the group's last
    /// stop goes. The focus leaving trigger and card closes the card.
    fn leave_group(&self) {
        let next = self.wrap.cast::<Element>().and_then(|w| {
            let group = w.closest(&format!("[{}]", roving::GROUP_ATTR)).ok()??;
            roving::next_tabbable_after(&group)
        });
        if let Some(next) = next {
            let _ = next.focus();
        }
    }

    /// Where the focus is: on the trigger, in the card, or elsewhere.
    fn focus_at(&self) -> FocusAt {
        let Some(active) = gloo::utils::document().active_element() else {
            return FocusAt::Elsewhere;
        };
        let on_trigger = self
            .trigger
            .cast::<Node>()
            .is_some_and(|t| t.is_same_node(Some(active.unchecked_ref::<Node>())));
        if on_trigger {
            FocusAt::Trigger
        } else if contains(&self.wrap, &active) {
            FocusAt::Card
        } else {
            FocusAt::Elsewhere
        }
    }
}

#[function_component]
pub fn Annotation(props: &AnnotationProps) -> Html {
    let open = use_state_eq(|| false);
    let wrap = use_node_ref();
    let trigger = use_node_ref();
    let machine = {
        let (setter, wrap, trigger) = (open.setter(), wrap.clone(), trigger.clone());
        (*use_memo((), move |_| {
            Rc::new(Machine {
                key: open_card::new_key(),
                state: Cell::new(Disclosure::default()),
                timer: RefCell::new(None),
                open: setter,
                wrap,
                trigger,
            })
        }))
        .clone()
    };
    let send = |event: Event| {
        let machine = machine.clone();
        move || machine.dispatch(event)
    };

    {
        // Unmounted while open (the page changed): the slot must not keep a dead card, nor a
        // timer a dead machine.
        let machine = machine.clone();
        use_effect_with((), move |_| {
            move || {
                open_card::release(machine.key);
                drop(machine.timer.take());
            }
        });
    }
    use_card_placement(*open, machine.clone());

    // Hover is a mouse's (or a pen's): a touch "enters" on touching and "leaves" on lifting, and
    // the mouse events a browser makes up after a tap would close a sheet that scrolled the page.
    let onpointerenter = {
        let enter = send(Event::PointerEnter);
        Callback::from(move |event: PointerEvent| {
            if hovers(&event) {
                enter();
            }
        })
    };
    let onpointerleave = {
        let leave = send(Event::PointerLeave);
        Callback::from(move |event: PointerEvent| {
            if hovers(&event) {
                leave();
            }
        })
    };
    let onfocus = {
        let focus = send(Event::Focus);
        Callback::from(move |_: FocusEvent| focus())
    };
    let onfocusout = {
        let (wrap, left) = (wrap.clone(), send(Event::FocusLeft));
        Callback::from(move |event: FocusEvent| {
            let staying = event
                .related_target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| contains(&wrap, &t));
            if !staying {
                left();
            }
        })
    };
    let onkeydown = {
        let machine = machine.clone();
        Callback::from(move |event: KeyboardEvent| {
            let open = machine.state.get().open;
            let at = machine.focus_at();
            let key = Key {
                name: &event.key(),
                shift: event.shift_key(),
                modified: event.ctrl_key() || event.meta_key() || event.alt_key(),
            };
            let Some(step) = keys::step(key, open, at) else {
                return;
            };
            event.prevent_default();
            event.stop_propagation();
            machine.take_step(step, at);
        })
    };
    let onclick = {
        let activate = send(Event::Activate);
        Callback::from(move |_: MouseEvent| activate())
    };
    let on_close = {
        let machine = machine.clone();
        Callback::from(move |()| machine.dispatch(Event::CloseButton(machine.focus_at())))
    };

    let description = props.name.is_none().then(|| props.summary.clone());
    html! {
        <span class="mark-wrap" ref={wrap} {onpointerenter} {onpointerleave} {onfocusout} {onkeydown}>
            <button
                type="button"
                ref={trigger}
                class={props.class.clone()}
                aria-label={props.name.clone()}
                aria-description={description}
                aria-expanded={if *open { "true" } else { "false" }}
                aria-controls={open.then(|| props.card_id.clone())}
                data-mention={props.data_mention.clone()}
                data-date={props.data_date.clone()}
                data-annotation=""
                tabindex={if props.tab_stop { "0" } else { "-1" }}
                {onfocus}
                {onclick}
            >
                { props.children.clone() }
            </button>
            if *open {
                <HoverCard
                    id={props.card_id.clone()}
                    topic={props.topic}
                    label={props.summary.clone()}
                    {on_close}
                />
            }
        </span>
    }
}

/// While the card is open: placed once it is in the document and again when the viewport
/// changes size, and closed by a press outside trigger and card.
#[hook]
fn use_card_placement(open: bool, machine: Rc<Machine>) {
    use_effect_with(open, move |open| {
        let mut listeners = Vec::new();
        if *open {
            let card = machine
                .wrap
                .cast::<Element>()
                .and_then(|w| w.query_selector(".card").ok().flatten())
                .and_then(|c| c.dyn_into::<HtmlElement>().ok());
            if let (Some(card), Some(button)) = (card, machine.trigger.cast::<Element>()) {
                place(&card, &button);
                listeners.push(EventListener::new(
                    &gloo::utils::window(),
                    "resize",
                    move |_| place(&card, &button),
                ));
            }
            listeners.push(EventListener::new(
                &gloo::utils::document(),
                "pointerdown",
                move |event| {
                    let inside = event
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                        .is_some_and(|t| contains(&machine.wrap, &t));
                    if !inside {
                        machine.dispatch(Event::PressOutside);
                    }
                },
            ));
        }
        let was_open = *open;
        move || {
            drop(listeners);
            if was_open {
                unplace();
            }
        }
    });
}

/// True when `element` is inside the element `wrap` refers to.
fn contains(wrap: &NodeRef, element: &Element) -> bool {
    wrap.cast::<Node>()
        .is_some_and(|w| w.contains(Some(element.unchecked_ref::<Node>())))
}

/// True when `event` comes from a pointer that can hover (a mouse or a pen), not a touch.
fn hovers(event: &PointerEvent) -> bool {
    event.pointer_type() != "touch"
}
