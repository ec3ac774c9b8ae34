//! The numbered list of references at the end of an article.
use yew::prelude::*;

use crate::components::AnnotatedText;
use crate::corpus::model::Article;

#[derive(Properties, PartialEq)]
pub struct ReferencesProps {
    pub article: &'static Article,
}

#[function_component]
pub fn References(props: &ReferencesProps) -> Html {
    let references = &props.article.references;
    if references.is_empty() {
        return Html::default();
    }
    let items = references.iter().map(|reference| {
        html! { <li id={reference.id.as_str()}><AnnotatedText text={&reference.text} /></li> }
    });
    html! {
        <section id="references" class="references">
            <h2>{ "References" }</h2>
            <ol>{ for items }</ol>
        </section>
    }
}
