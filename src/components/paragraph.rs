//! One paragraph: prose as `<p>`, a quotation as `<blockquote>` (with its source, when known), anchored by its stable id.
use yew::prelude::*;

use crate::components::AnnotatedText;
use crate::corpus::model::{Block, Paragraph};

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub paragraph: &'static Paragraph,
}

#[function_component]
pub fn ParagraphView(props: &ParagraphProps) -> Html {
    let paragraph = props.paragraph;
    let id = paragraph.id.as_str();
    match paragraph.block {
        Block::Prose => html! { <p {id}><AnnotatedText text={&paragraph.text} /></p> },
        Block::Quotation => html! {
            <blockquote {id}>
                <AnnotatedText text={&paragraph.text} />
                if let Some(source) = &paragraph.source {
                    <footer class="quote-source">{ format!("— {source}") }</footer>
                }
            </blockquote>
        },
    }
}
