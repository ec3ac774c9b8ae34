//! One section of an article: its heading (none for the lead) with its copy-link control, and its
//! paragraphs; while the app adopts a prerendered page, the inside is adopted later, as an
//! island of its own (`island.rs`).
use yew::prelude::*;

use crate::components::island::{use_part, Part};
use crate::components::{CopyLink, ParagraphView};
use crate::model::Section;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: &'static Section,
}

#[function_component]
pub fn SectionView(props: &SectionProps) -> Html {
    let section = props.section;
    let (root, inside) = use_part(Part::Section(section));
    html! {
        <section id={section.id.as_str()} class="article-section" ref={root}>{ inside }</section>
    }
}

/// The inside of a section: its heading and copy-link control, and its paragraphs.
#[function_component]
pub fn SectionContent(props: &SectionProps) -> Html {
    let section = props.section;
    let paragraphs = section
        .paragraphs
        .iter()
        .enumerate()
        .map(|(index, paragraph)| {
            html! { <ParagraphView {paragraph} {section} number={index + 1} /> }
        });
    html! {
        <>
            if !section.title.is_empty() {
                <h2>{ section.title.as_str() }</h2>
                <CopyLink
                    target={section.id.as_str()}
                    label={format!("Copy link to section {}", section.title)}
                    class="section-link"
                />
            }
            { for paragraphs }
        </>
    }
}
