//! The numbered list of references at the end of an article.
use yew::prelude::*;

use crate::components::island::{use_part, Part};
use crate::components::AnnotatedText;
use crate::model::Article;

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    pub article: &'static Article,
}

#[function_component]
pub fn References(props: &ReferencesProps) -> Html {
    let part = Part::References(props.article);
    let (root, inside) = use_part(part);
    if !part.is_shown() {
        return Html::default();
    }
    html! {
        <section id={part.key()} class="references" ref={root}>{ inside }</section>
    }
}

/// The inside of the references section: its heading and the list.
#[function_component]
pub fn ReferencesContent(props: &ReferencesProps) -> Html {
    let items = props.article.references.iter().map(|reference| {
        html! { <li id={reference.id.as_str()} data-annotations=""><AnnotatedText text={&reference.text} /></li> }
    });
    html! {
        <>
            <h2>{ "References" }</h2>
            <ol>{ for items }</ol>
        </>
    }
}
