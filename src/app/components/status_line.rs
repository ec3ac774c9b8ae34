//! The status line: a polite live region, shown as a small toast while it has a message.
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    pub message: AttrValue,
}

#[function_component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    html! {
        <div class="status-line" role="status" aria-live="polite">{ props.message.clone() }</div>
    }
}
