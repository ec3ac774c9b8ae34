//! One section of an article: its heading (none for the lead) and its paragraphs.
use yew::prelude::*;

use crate::components::ParagraphView;
use crate::corpus::model::Section;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub section: &'static Section,
}

#[function_component]
pub fn SectionView(props: &SectionProps) -> Html {
    let section = props.section;
    html! {
        <section id={section.id.as_str()}>
            if !section.title.is_empty() {
                <h2>{ section.title.as_str() }</h2>
            }
            { for section.paragraphs.iter().map(|paragraph| html! { <ParagraphView {paragraph} /> }) }
        </section>
    }
}
