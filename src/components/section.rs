//! One section of an article: its heading (none for the lead) with its copy-link control, and its paragraphs.
use yew::prelude::*;

use crate::components::{CopyLink, ParagraphView};
use crate::corpus::model::Section;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: &'static Section,
}

#[function_component]
pub fn SectionView(props: &SectionProps) -> Html {
    let section = props.section;
    let paragraphs = section
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, paragraph)| {
            html! { <ParagraphView {paragraph} {section} number={index + 1} /> }
        });
    html! {
        <section id={section.id.as_str()} class="article-section">
            if !section.title.is_empty() {
                <h2>{ section.title.as_str() }</h2>
                <CopyLink
                    target={section.id.as_str()}
                    label={format!("Copy link to section {}", section.title)}
                    class="section-link"
                />
            }
            { for paragraphs }
        </section>
    }
}
