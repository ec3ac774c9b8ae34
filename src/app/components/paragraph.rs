//! One paragraph: prose as `<p>`, a quotation as `<blockquote>` (with its source, when known),
//! anchored by its stable id, with its copy-link control and, while words in it are selected,
//! the offer to copy a link to them.
use yew::prelude::*;

use crate::components::copy_link::TabStop;
use crate::components::{AnnotatedText, CopyLink, CopyPassageLink};
use crate::hooks::use_passage_offer;
use crate::model::{Block, Paragraph, Section};

#[derive(Properties, PartialEq)]
pub struct ParagraphProps {
    pub paragraph: &'static Paragraph,
    /// The section it is in, to name it in the copy-link control.
    pub section: &'static Section,
    /// Its place in the section, counting from 1.
    pub number: usize,
}

#[function_component]
pub fn ParagraphView(props: &ParagraphProps) -> Html {
    let paragraph = props.paragraph;
    let id = paragraph.id.as_str();
    let offer = use_passage_offer(id).map(|(passage, dismiss)| {
        html! { <CopyPassageLink {passage} {dismiss} /> }
    });
    let place = match props.section.title.as_str() {
        "" => "the introduction",
        title => title,
    };
    // The paragraph's one Tab stop is its first annotation; with none, its copy-link control.
    let text = &paragraph.text;
    let annotated = !text.marks.is_empty() || !text.markers.is_empty();
    let copy = html! {
        <CopyLink
            target={id}
            label={format!("Copy link to paragraph {} of {place}", props.number)}
            class="paragraph-link"
            in_group={Some(if annotated { TabStop::No } else { TabStop::Yes })}
        />
    };
    match paragraph.block {
        Block::Prose => html! {
            <p {id} data-annotations="">
                <AnnotatedText text={&paragraph.text} />{ offer }{ copy }
            </p>
        },
        Block::Quotation => html! {
            <blockquote {id} data-annotations="">
                <AnnotatedText text={&paragraph.text} />
                { offer }
                { copy }
                if let Some(source) = &paragraph.source {
                    <footer class="quote-source">{ format!("— {source}") }</footer>
                }
            </blockquote>
        },
    }
}
