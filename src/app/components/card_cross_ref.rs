//! The card of a cross-reference marker: the passages of the other biography that tell of the
//! same event, the same months or the same experience, quoted, each a link to where it stands.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::experience_words::pair_in_words;
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
            note: Some(reasons_in_words(corpus, &links, joins.article)),
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
    let (name, kind) = if only_experiences(corpus, joins) {
        (format!("{titles}, too"), "parallel experience")
    } else {
        (format!("Also told in {titles}"), "cross-reference")
    };
    html! {
        <>
            <span class="card-name">{ name }</span>
            <span class="card-kind">{ kind }</span>
            { for groups.into_iter().map(|(article, items)| {
                let title = corpus.articles.get(usize::from(article)).map_or("", |a| a.title.as_str());
                html! { <PassageList title={format!("In {title}")} items={Rc::new(items)} /> }
            }) }
        </>
    }
}

/// Why two passages are joined: "Left Opposition", "the same months", "Both readmitted:
/// Smirnov in May 1930, aged 49; Smilga in 1930, aged 37–38 (the same year)", or several.
fn reasons_in_words(corpus: &Corpus, reasons: &[&Link], here: ArticleId) -> String {
    let words: Vec<String> = reasons
        .iter()
        .filter_map(|link| match link {
            Link::SameEvent(entity) => corpus
                .entities
                .get(usize::from(*entity))
                .map(|e| e.name.clone()),
            Link::SameMonths => Some("the same months".to_owned()),
            Link::SameExperience(pair) => pair_in_words(corpus, *pair, Some(here)),
            Link::InfoboxFact(_) => None,
        })
        .collect();
    words.join("; ")
}

/// Whether every reason a sentence is joined is a parallel experience.
pub fn only_experiences(corpus: &Corpus, joins: &Joins) -> bool {
    joins.others.iter().all(|joined| {
        corpus
            .joined_links(joined)
            .all(|link| matches!(link, Link::SameExperience(_)))
    })
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
