//! One annotation: a button around the annotated words that shows its hover card.
//!
//! The card opens 200 ms after the pointer enters (so that passing over text does not flash
//! cards), at once on focus or click, and closes on Esc (focus stays), blur or pointer leave.
use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::components::HoverCard;
use crate::corpus::model::MarkKind;
use crate::hooks::use_corpus;

const HOVER_DELAY_MS: u32 = 200;

#[derive(Properties, PartialEq)]
pub struct MarkButtonProps {
    /// A mention or a date; any other kind renders the words as plain text.
    pub kind: MarkKind,
    /// The annotated words, exactly as in the text.
    pub words: &'static str,
}

#[function_component]
pub fn MarkButton(props: &MarkButtonProps) -> Html {
    let corpus = use_corpus();
    let open = use_state_eq(|| false);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    let (kind_label, data_mention, data_date, card_id) = match props.kind {
        MarkKind::Mention(id) => {
            let entity = corpus
                .mentions
                .get(id as usize)
                .and_then(|mention| corpus.entities.get(usize::from(mention.entity)));
            let Some(entity) = entity else {
                return html! { { props.words } };
            };
            (
                entity.kind.label(),
                Some(id.to_string()),
                None,
                format!("card-m{id}"),
            )
        }
        MarkKind::Date(id) if (id as usize) < corpus.dates.len() => {
            ("date", None, Some(id.to_string()), format!("card-d{id}"))
        }
        _ => return html! { { props.words } },
    };

    let show_now = {
        let (open, timer) = (open.clone(), timer.clone());
        Callback::from(move |_: ()| {
            timer.borrow_mut().take();
            open.set(true);
        })
    };
    let hide = {
        let (open, timer) = (open.clone(), timer.clone());
        Callback::from(move |_: ()| {
            timer.borrow_mut().take();
            open.set(false);
        })
    };
    let onmouseenter = {
        let (open, timer) = (open.clone(), timer.clone());
        Callback::from(move |_: MouseEvent| {
            let open = open.clone();
            *timer.borrow_mut() = Some(Timeout::new(HOVER_DELAY_MS, move || open.set(true)));
        })
    };
    let onkeydown = {
        let hide = hide.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                hide.emit(());
            }
        })
    };

    html! {
        <span class="mark-wrap" {onmouseenter} onmouseleave={hide.reform(|_: MouseEvent| ())}>
            <button
                type="button"
                class={classes!("mark", format!("mark-{kind_label}"))}
                data-mention={data_mention}
                data-date={data_date}
                aria-describedby={open.then(|| card_id.clone())}
                onfocus={show_now.reform(|_: FocusEvent| ())}
                onclick={show_now.reform(|_: MouseEvent| ())}
                onblur={hide.reform(|_: FocusEvent| ())}
                {onkeydown}
            >
                { props.words }
            </button>
            if *open {
                <HoverCard id={card_id} kind={props.kind} />
            }
        </span>
    }
}
