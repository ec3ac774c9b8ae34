//! The article's infobox: key and value rows, the values annotated like the body.
use yew::prelude::*;

use crate::components::AnnotatedText;
use crate::corpus::model::Article;

#[derive(Properties, PartialEq)]
pub struct InfoboxProps {
    pub article: &'static Article,
}

#[function_component]
pub fn Infobox(props: &InfoboxProps) -> Html {
    let article = props.article;
    if article.infobox.is_empty() {
        return Html::default();
    }
    let rows = article.infobox.iter().map(|field| {
        html! {
            <tr>
                <th scope="row">{ field.key.as_str() }</th>
                <td><AnnotatedText text={&field.value} /></td>
            </tr>
        }
    });
    html! {
        <aside class="infobox" id="infobox" aria-label="Facts at a glance">
            <table>
                <caption>{ article.title.as_str() }</caption>
                <tbody>{ for rows }</tbody>
            </table>
        </aside>
    }
}
