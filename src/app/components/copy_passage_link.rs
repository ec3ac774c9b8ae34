//! "Copy link to this passage": offered just below a selection inside a paragraph; copies an
//! address that opens the paragraph with the selected words highlighted.
use yew::prelude::*;

use crate::components::copy_link::address_of;
use crate::components::icons::link_icon;
use crate::hooks::{clipboard, use_status, SelectedPassage, OFFER_CLASS};

#[derive(Properties, PartialEq)]
pub struct CopyPassageLinkProps {
    pub passage: SelectedPassage,
    /// Withdraws the offer.
    pub dismiss: Callback<()>,
}

#[function_component]
pub fn CopyPassageLink(props: &CopyPassageLinkProps) -> Html {
    let announce = use_status();
    let onclick = {
        let (fragment, dismiss) = (props.passage.fragment.clone(), props.dismiss.clone());
        Callback::from(move |_: MouseEvent| {
            let url = address_of(&fragment);
            let failed = format!("Could not copy: the link is {url}");
            let (announce, dismiss) = (announce.clone(), dismiss.clone());
            clipboard::copy(
                url,
                Callback::from(move |ok: bool| {
                    announce.emit(AttrValue::from(if ok {
                        "Link to passage copied".to_owned()
                    } else {
                        failed.clone()
                    }));
                    dismiss.emit(());
                }),
            );
        })
    };
    // Pressing the button must not take the selection away.
    let onmousedown = Callback::from(|event: MouseEvent| event.prevent_default());
    let onkeydown = {
        let dismiss = props.dismiss.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                dismiss.emit(());
            }
        })
    };
    // Placed through the CSS object model: the Content Security Policy forbids style attributes.
    let button = use_node_ref();
    {
        let (button, top, left) = (button.clone(), props.passage.top, props.passage.left);
        use_effect_with((top, left), move |_| {
            if let Some(element) = button.cast::<web_sys::HtmlElement>() {
                let style = element.style();
                let _ = style.set_property("top", &format!("{top}px"));
                let _ = style.set_property("left", &format!("{left}px"));
            }
        });
    }
    html! {
        <button type="button" ref={button} class={OFFER_CLASS} {onclick} {onmousedown} {onkeydown}>
            { link_icon() }
            { "Copy link to this passage" }
        </button>
    }
}
