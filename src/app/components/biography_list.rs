//! Every biography in the corpus: its title as a link, its subject's name in their own script, its life dates and its first sentence.
use yew::prelude::*;

use crate::components::date_words::life_in_words;
use crate::components::{Link, NativeNameText};
use crate::hooks::use_corpus;
use crate::model::ArticleId;
use crate::route::Route;

#[function_component]
pub fn BiographyList() -> Html {
    let corpus = use_corpus();
    let items = corpus.articles.iter().enumerate().map(|(index, article)| {
        let route = ArticleId::try_from(index).map_or(Route::NotFound, Route::Article);
        let (born, died) = ArticleId::try_from(index).map_or((None, None), |id| corpus.life_of(id));
        let life = life_in_words(born.as_ref(), died.as_ref());
        html! {
            <li class="biography" key={article.slug.as_str()}>
                <Link to={route} class="biography-title">{ article.title.as_str() }</Link>
                if let Some(native) = &article.native_name {
                    { " " }<NativeNameText native={native.clone()} />
                }
                if let Some(life) = life {
                    <span class="life-dates">{ format!(" ({life})") }</span>
                }
                if !article.summary.is_empty() {
                    <p class="summary">{ article.summary.as_str() }</p>
                }
            </li>
        }
    });
    html! { <ul class="biographies">{ for items }</ul> }
}
