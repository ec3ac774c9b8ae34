//! One biography: title, then the contents beside (or, on narrow screens, above) the infobox,
//! sections and references.
use yew::prelude::*;

use crate::components::{Infobox, References, SectionView, TableOfContents};
use crate::hooks::{use_corpus, use_reading_keys};
use crate::model::ArticleId;
use crate::pages::NotFoundPage;

#[derive(Properties, PartialEq)]
pub struct ArticlePageProps {
    pub article: ArticleId,
}

#[function_component]
pub fn ArticlePage(props: &ArticlePageProps) -> Html {
    let corpus = use_corpus();
    use_reading_keys();
    let Some(article) = corpus.articles.get(usize::from(props.article)) else {
        return html! { <NotFoundPage /> };
    };
    html! {
        <article class="biography-article">
            <h1>{ article.title.as_str() }</h1>
            <crate::components::PeopleAndPlaces {article} />
            <div class="article-layout">
                <TableOfContents {article} />
                <div class="article-body">
                    <Infobox {article} />
                    { for article.sections.iter().map(|section| html! { <SectionView {section} /> }) }
                    <References {article} />
                </div>
            </div>
        </article>
    }
}
