//! Follows the reader's text selection: when it lies within one paragraph of an article, the
//! paragraph offers "Copy link to this passage" just below it.
use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};
use yew::prelude::*;

use crate::hooks::passage_dom::{ParagraphText, PASSAGE_HOLDERS};
use crate::route::fragment::{passage_fragment, TextQuote};

/// Selections settle for this long before the offer appears (dragging changes them constantly).
const SETTLE_MS: u32 = 200;
/// The class of the offer, which keeps it while it has focus even if the selection goes.
pub const OFFER_CLASS: &str = "passage-link";
/// About how wide the offer is, to keep it inside its paragraph.
const OFFER_WIDTH_PX: f64 = 220.0;

/// A selected passage: the paragraph it is in, its fragment, and where to offer the link
/// (pixels from the paragraph's top left corner).
#[derive(Clone, Debug, PartialEq)]
pub struct SelectedPassage {
    pub paragraph: AttrValue,
    pub fragment: AttrValue,
    pub top: i32,
    pub left: i32,
}

/// The selected passage, if any, and a callback to withdraw the offer.
#[derive(Clone, PartialEq)]
pub struct PassageSelection {
    pub selected: Option<SelectedPassage>,
    pub dismiss: Callback<()>,
}

impl Default for PassageSelection {
    /// Nothing selected: outside the app, and in a prerendered page.
    fn default() -> Self {
        PassageSelection {
            selected: None,
            dismiss: Callback::noop(),
        }
    }
}

/// For the app: follows `selectionchange` and provides the result as context.
#[hook]
pub fn use_passage_selection_provider() -> PassageSelection {
    let selected = use_state_eq(|| None::<SelectedPassage>);
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    {
        let selected = selected.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&document(), "selectionchange", move |_| {
                let selected = selected.clone();
                *timer.borrow_mut() = Some(Timeout::new(SETTLE_MS, move || {
                    let offer_focused = document()
                        .active_element()
                        .is_some_and(|e| e.class_list().contains(OFFER_CLASS));
                    match read_selection() {
                        Some(passage) => selected.set(Some(passage)),
                        None if offer_focused => {}
                        None => selected.set(None),
                    }
                }));
            });
            move || drop(listener)
        });
    }
    let dismiss = {
        let selected = selected.clone();
        use_callback((), move |(), _| selected.set(None))
    };
    PassageSelection {
        selected: (*selected).clone(),
        dismiss,
    }
}

/// The selection offer for the paragraph `id`, if the selection is in it.
#[hook]
pub fn use_passage_offer(id: &'static str) -> Option<(SelectedPassage, Callback<()>)> {
    let selection = use_context::<PassageSelection>()?;
    let selected = selection.selected.filter(|s| s.paragraph == id)?;
    Some((selected, selection.dismiss))
}

fn holder(node: &Node) -> Option<Element> {
    let element = match node.dyn_ref::<Element>() {
        Some(element) => element.clone(),
        None => node.parent_element()?,
    };
    element.closest(PASSAGE_HOLDERS).ok().flatten()
}

/// The passage the current selection covers, when it lies within one paragraph.
fn read_selection() -> Option<SelectedPassage> {
    let selection = window().get_selection().ok().flatten()?;
    if selection.is_collapsed() || selection.range_count() == 0 {
        return None;
    }
    let range = selection.get_range_at(0).ok()?;
    let (start_node, end_node) = (range.start_container().ok()?, range.end_container().ok()?);
    let (start_holder, end_holder) = (holder(&start_node), holder(&end_node));
    let paragraph = start_holder.or_else(|| end_holder.clone())?;
    let text = ParagraphText::of(&paragraph);
    let start = text.offset_of(&start_node, range.start_offset().ok()?)?;
    let end = text.offset_of(&end_node, range.end_offset().ok()?)?;
    // A selection ending inside a later paragraph spans two; one ending at its very start
    // (as a triple click leaves it) does not.
    if let Some(other) = end_holder.filter(|h| !h.is_same_node(Some(&paragraph))) {
        if ParagraphText::of(&other).offset_of(&end_node, range.end_offset().ok()?)? > 0 {
            return None;
        }
    }
    let quote = TextQuote::from_selection(&text.text, start..end)?;
    let id = paragraph.id();
    let fragment = passage_fragment(&id, &quote);
    let bounds = range.get_bounding_client_rect();
    let frame = paragraph.get_bounding_client_rect();
    let widest = (frame.width() - OFFER_WIDTH_PX).max(0.0);
    Some(SelectedPassage {
        paragraph: AttrValue::from(id),
        fragment: AttrValue::from(fragment),
        top: (bounds.bottom() - frame.top() + 6.0).round() as i32,
        left: (bounds.left() - frame.left()).clamp(0.0, widest).round() as i32,
    })
}
