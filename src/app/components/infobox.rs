//! The article's infobox: key and value rows, the values annotated like the body.
use yew::prelude::*;

use crate::components::island::{use_part, Part};
use crate::components::AnnotatedText;
use crate::model::Article;

#[derive(Properties, PartialEq)]
pub struct InfoboxProps {
    pub article: &'static Article,
}

#[function_component]
pub fn Infobox(props: &InfoboxProps) -> Html {
    let part = Part::Infobox(props.article);
    let (root, inside) = use_part(part);
    if !part.is_shown() {
        return Html::default();
    }
    html! {
        <aside class="infobox" id={part.key()} aria-label="Facts at a glance" ref={root}>
            { inside }
        </aside>
    }
}

/// The inside of the infobox: a table of its rows.
#[function_component]
pub fn InfoboxContent(props: &InfoboxProps) -> Html {
    let article = props.article;
    let rows = article.infobox.iter().map(|field| {
        html! {
            <tr>
                <th scope="row">{ field.key.as_str() }</th>
                <td data-annotations=""><AnnotatedText text={&field.value} /></td>
            </tr>
        }
    });
    html! {
        <table>
            <caption>{ article.title.as_str() }</caption>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
