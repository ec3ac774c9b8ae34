//! The table of contents: a link to every titled section, the one being read marked with
//! `aria-current`. Wide screens show it in a sticky side column; narrow ones as a sticky bar
//! naming the current section, which opens the list.
use gloo::history::{BrowserHistory, History};
use yew::prelude::*;

use crate::hooks::use_reading_position;
use crate::model::Article;
use crate::route::percent_encode;

#[derive(Properties, PartialEq)]
pub struct TableOfContentsProps {
    pub article: &'static Article,
}

#[function_component]
pub fn TableOfContents(props: &TableOfContentsProps) -> Html {
    let article = props.article;
    let current = use_reading_position(article);
    let open = use_state_eq(|| false);
    if article.sections.iter().all(|s| s.title.is_empty()) {
        return Html::default();
    }
    let items = article
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.title.is_empty())
        .map(|(index, section)| {
            let href = format!("#{}", percent_encode(&section.id));
            // An in-page link is a history entry of its own, so Back returns to where one was.
            let onclick = {
                let (open, href) = (open.clone(), href.clone());
                Callback::from(move |event: MouseEvent| {
                    let modified =
                        event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
                    if event.button() != 0 || modified {
                        return;
                    }
                    event.prevent_default();
                    open.set(false);
                    BrowserHistory::new().push(href.as_str());
                })
            };
            let is_current = (current == Some(index)).then_some("true");
            html! {
                <li><a href={href} aria-current={is_current} {onclick}>{ section.title.as_str() }</a></li>
            }
        });
    let current_title = current
        .and_then(|index| article.sections.get(index))
        .map(|section| section.title.as_str());
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <nav class={classes!("toc", (*open).then_some("toc-open"))} aria-label="Contents">
            <h2 class="toc-title">
                <span class="toc-title-text">{ "Contents" }</span>
                <button
                    type="button"
                    class="toc-toggle"
                    aria-expanded={open.to_string()}
                    aria-controls="toc-list"
                    onclick={toggle}
                >
                    <span class="toc-toggle-label">{ "Contents" }</span>
                    if let Some(title) = current_title {
                        <span class="toc-toggle-current">{ title }</span>
                    }
                </button>
            </h2>
            <ol id="toc-list">{ for items }</ol>
        </nav>
    }
}
