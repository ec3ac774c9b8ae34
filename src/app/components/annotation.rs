//! An annotation's trigger and its card, with the behaviour WCAG 2.2 SC 1.4.13 asks of content
//! shown on hover or focus.
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
use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

use crate::components::card_placement::{place, unplace};
use crate::components::{open_card, CardTopic, HoverCard};

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
    /// What the trigger shows.
    pub children: Html,
}

type Slot = Rc<RefCell<Option<Timeout>>>;

#[function_component]
pub fn Annotation(props: &AnnotationProps) -> Html {
    let open = use_state_eq(|| false);
    let key = *use_memo((), |_| open_card::new_key());
    let opening: Slot = use_mut_ref(|| None);
    let closing: Slot = use_mut_ref(|| None);
    // Set while the trigger gets the focus back from its own card, which must not reopen it.
    let refocusing = use_mut_ref(|| false);
    let wrap = use_node_ref();
    let trigger = use_node_ref();

    let show = {
        let setter = open.setter();
        let (opening, closing) = (opening.clone(), closing.clone());
        Callback::from(move |_: ()| {
            opening.borrow_mut().take();
            closing.borrow_mut().take();
            let close = setter.clone();
            open_card::claim(key, Callback::from(move |_| close.set(false)));
            setter.set(true);
        })
    };
    // Closes the card; with `true`, the focus goes back to the trigger if it was in the card.
    let hide = {
        let setter = open.setter();
        let (opening, closing) = (opening.clone(), closing.clone());
        let (wrap, trigger, refocusing) = (wrap.clone(), trigger.clone(), refocusing.clone());
        Callback::from(move |refocus: bool| {
            opening.borrow_mut().take();
            closing.borrow_mut().take();
            open_card::release(key);
            setter.set(false);
            let Some(button) = trigger.cast::<HtmlElement>() else {
                return;
            };
            let active = gloo::utils::document().active_element();
            let focus_in_card = active.as_ref().is_some_and(|a| {
                contains(&wrap, a) && !button.is_same_node(Some(a.unchecked_ref::<Node>()))
            });
            if refocus && focus_in_card {
                *refocusing.borrow_mut() = true;
                let _ = button.focus();
            }
        })
    };

    {
        // Unmounted while open (the page changed): the slot must not keep a dead card.
        use_effect_with((), move |_| move || open_card::release(key));
    }
    {
        // Place the card once it is in the document; close it on a press outside; place it
        // again when the viewport changes size.
        let (wrap, trigger, hide) = (wrap.clone(), trigger.clone(), hide.clone());
        use_effect_with(*open, move |open| {
            let mut listeners = Vec::new();
            if *open {
                let card = wrap
                    .cast::<Element>()
                    .and_then(|w| w.query_selector(".card").ok().flatten())
                    .and_then(|c| c.dyn_into::<HtmlElement>().ok());
                if let (Some(card), Some(anchor)) = (card, trigger.cast::<Element>()) {
                    place(&card, &anchor);
                    listeners.push(EventListener::new(
                        &gloo::utils::window(),
                        "resize",
                        move |_| place(&card, &anchor),
                    ));
                }
                let wrap = wrap.clone();
                listeners.push(EventListener::new(
                    &gloo::utils::document(),
                    "pointerdown",
                    move |event| {
                        let inside = event
                            .target()
                            .and_then(|t| t.dyn_into::<Element>().ok())
                            .is_some_and(|t| contains(&wrap, &t));
                        if !inside {
                            hide.emit(false);
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

    // Hover is a mouse's (or a pen's): a touch "enters" on touching and "leaves" on lifting, and
    // the mouse events a browser makes up after a tap would close a sheet that scrolled the page.
    let onpointerenter = {
        let (opening, closing, show, open) =
            (opening.clone(), closing.clone(), show.clone(), *open);
        Callback::from(move |event: PointerEvent| {
            if !hovers(&event) {
                return;
            }
            closing.borrow_mut().take();
            if !open && opening.borrow().is_none() {
                let show = show.clone();
                *opening.borrow_mut() = Some(Timeout::new(HOVER_DELAY_MS, move || show.emit(())));
            }
        })
    };
    let onpointerleave = {
        let (opening, closing, hide, open) =
            (opening.clone(), closing.clone(), hide.clone(), *open);
        Callback::from(move |event: PointerEvent| {
            if !hovers(&event) {
                return;
            }
            opening.borrow_mut().take();
            if open {
                let hide = hide.clone();
                *closing.borrow_mut() = Some(Timeout::new(LEAVE_GRACE_MS, move || hide.emit(true)));
            }
        })
    };
    let onfocus = {
        let (show, refocusing) = (show.clone(), refocusing.clone());
        Callback::from(move |_: FocusEvent| {
            if !std::mem::take(&mut *refocusing.borrow_mut()) {
                show.emit(());
            }
        })
    };
    let onfocusout = {
        let (wrap, hide, open) = (wrap.clone(), hide.clone(), *open);
        Callback::from(move |event: FocusEvent| {
            let staying = event
                .related_target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .is_some_and(|t| contains(&wrap, &t));
            if open && !staying {
                hide.emit(false);
            }
        })
    };
    let onkeydown = {
        let (hide, open, trigger, refocusing) =
            (hide.clone(), *open, trigger.clone(), refocusing.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() != "Escape" || !open {
                return;
            }
            event.prevent_default();
            event.stop_propagation();
            hide.emit(true);
            // Esc on the trigger itself: the focus is already there.
            if let Some(button) = trigger.cast::<HtmlElement>() {
                let active = gloo::utils::document().active_element();
                if active.as_ref() != Some(button.unchecked_ref::<Element>()) {
                    *refocusing.borrow_mut() = true;
                    let _ = button.focus();
                }
            }
        })
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
                {onfocus}
                onclick={show.reform(|_: MouseEvent| ())}
            >
                { props.children.clone() }
            </button>
            if *open {
                <HoverCard
                    id={props.card_id.clone()}
                    topic={props.topic}
                    label={props.summary.clone()}
                    on_close={hide.reform(|_: ()| true)}
                />
            }
        </span>
    }
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
