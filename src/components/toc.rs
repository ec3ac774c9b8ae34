//! The table of contents: a link to every titled section of the article.
use yew::prelude::*;

use crate::corpus::model::Article;

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub article: &'static Article,
}

#[function_component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let titled: Vec<_> = props
        .article
        .sections
        .iter()
        .filter(|s| !s.title.is_empty())
        .collect();
    if titled.is_empty() {
        return Html::default();
    }
    let items = titled.into_iter().map(|section| {
        html! {
            <li><a href={format!("#{}", crate::route::percent_encode(&section.id))}>{ section.title.as_str() }</a></li>
        }
    });
    html! {
        <nav class="toc" aria-label="Contents">
            <h2 class="toc-title">{ "Contents" }</h2>
            <ol>{ for items }</ol>
        </nav>
    }
}
