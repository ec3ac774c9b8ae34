//! The card of a cross-reference marker: the passages of the other biography that tell of the
//! same event or the same months, quoted, each a link to where it stands.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::{PassageItem, PassageList};
use crate::hooks::use_corpus;
use crate::model::{first_words, ArticleId, Corpus, Joins, Link, Snippet};

/// The most characters of a passage quoted.
const QUOTED: usize = 220;

#[derive(Properties, PartialEq)]
pub struct CrossRefCardProps {
    /// An index into `Corpus::joins`.
    pub joins: u32,
}

#[function_component]
pub fn CrossRefCard(props: &CrossRefCardProps) -> Html {
    let corpus = use_corpus();
    let Some(joins) = corpus.joins.get(props.joins as usize) else {
        return Html::default();
    };
    let mut groups: Vec<(ArticleId, Vec<PassageItem>)> = Vec::new();
    for joined in &joins.others {
        let Some(passage) = corpus.joined_passage(joined) else {
            continue;
        };
        let links: Vec<&Link> = corpus.joined_links(joined).collect();
        let (quoted, cut) = first_words(&passage.text, QUOTED);
        let item = PassageItem {
            place: &passage.place,
            note: Some(reasons_in_words(corpus, &links)),
            quote: Snippet {
                before: "",
                words: quoted,
                after: "",
                cut_before: false,
                cut_after: cut,
            },
            highlight: false,
        };
        match groups.iter_mut().find(|(a, _)| *a == passage.place.article) {
            Some((_, items)) => items.push(item),
            None => groups.push((passage.place.article, vec![item])),
        }
    }
    let titles = joined_titles(corpus, joins);
    html! {
        <>
            <span class="card-name">{ format!("Also told in {titles}") }</span>
            <span class="card-kind">{ "cross-reference" }</span>
            { for groups.into_iter().map(|(article, items)| {
                let title = corpus.articles.get(usize::from(article)).map_or("", |a| a.title.as_str());
                html! { <PassageList title={format!("In {title}")} items={Rc::new(items)} /> }
            }) }
        </>
    }
}

/// Why two passages are joined: "Left Opposition", "the same months", or both.
fn reasons_in_words(corpus: &Corpus, reasons: &[&Link]) -> String {
    let words: Vec<&str> = reasons
        .iter()
        .filter_map(|link| match link {
            Link::SameEvent(entity) => corpus
                .entities
                .get(usize::from(*entity))
                .map(|e| e.name.as_str()),
            Link::SameMonths => Some("the same months"),
            Link::SameExperience(pair) => {
                corpus.experience_pair(*pair).map(|(k, ..)| k.name.as_str())
            }
            Link::InfoboxFact(_) => None,
        })
        .collect();
    words.join("; ")
}

/// The titles of the other lives a sentence is joined to, each once, joined with "and".
pub fn joined_titles(corpus: &Corpus, joins: &Joins) -> String {
    let articles = joins
        .others
        .iter()
        .filter_map(|o| corpus.joined_passage(o))
        .map(|p| p.place.article);
    other_titles(corpus, articles)
}

/// The titles of the articles, each once, joined with "and".
fn other_titles(corpus: &Corpus, articles: impl Iterator<Item = ArticleId>) -> String {
    let mut titles: Vec<&str> = Vec::new();
    for article in articles {
        if let Some(a) = corpus.articles.get(usize::from(article)) {
            if !titles.contains(&a.title.as_str()) {
                titles.push(&a.title);
            }
        }
    }
    titles.join(" and ")
}
