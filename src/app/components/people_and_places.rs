//! "People and places in this biography": a disclosure under an article's title, closed at first,
//! listing the entities its body names by kind (people, places, organisations, events, works),
//! the most mentioned first (`Article::entities`), each with its number of mentions, a link to
//! the first and its mention bar. It is prerendered, so it reads and its links work without
//! JavaScript; its inside is an island of its own (`island.rs`).
use yew::prelude::*;

use crate::components::island::{use_part, Part};
use crate::components::mention_bar::{mention_bar, section_bands, Bar};
use crate::components::Link;
use crate::hooks::use_corpus;
use crate::model::{Article, ArticleId, Corpus, EntityId, EntityKind};
use crate::route::Route;

/// The id of the list's element (a section may not take it: the compiler's reserved ids).
pub const PEOPLE_ID: &str = "people-and-places";

#[derive(Properties, PartialEq)]
pub struct PeopleAndPlacesProps {
    pub article: &'static Article,
}

#[function_component]
pub fn PeopleAndPlaces(props: &PeopleAndPlacesProps) -> Html {
    let corpus = use_corpus();
    let part = Part::People(props.article);
    let (root, inside) = use_part(part);
    let Some(id) = article_id(corpus, props.article) else {
        return Html::default();
    };
    if !part.is_shown() {
        return Html::default();
    }
    let counts = corpus
        .entities_by_kind(id)
        .into_iter()
        .map(|(kind, entities)| count_in_words(kind, entities.len()))
        .collect::<Vec<_>>()
        .join(" · ");
    html! {
        <details class="people-and-places">
            <summary>
                <span class="people-title">{ "People and places in this biography" }</span>
                <span class="people-counts">{ counts }</span>
            </summary>
            <div id={PEOPLE_ID} class="people-panel" ref={root}>{ inside }</div>
        </details>
    }
}

/// The inside of the disclosure: a list per kind, with the article's sections drawn once behind
/// each list's bars.
#[function_component]
pub fn PeopleAndPlacesContent(props: &PeopleAndPlacesProps) -> Html {
    let corpus = use_corpus();
    let Some(article) = article_id(corpus, props.article) else {
        return Html::default();
    };
    let groups = corpus.entities_by_kind(article).into_iter().map(|(kind, entities)| {
        let rows = entities.iter().map(|&entity| person_row(corpus, entity, article));
        html! {
            <div class={classes!("people-group", format!("kind-{}", kind.label()))}>
                <p class="people-kind" aria-hidden="true">{ kind_plural(kind) }</p>
                <div class="people-chart">
                    { section_bands(corpus, article) }
                    <ol class="people-list" aria-label={format!("{}, the most mentioned first", kind_plural(kind))}>
                        { for rows }
                    </ol>
                </div>
            </div>
        }
    });
    html! {
        <>
            <p class="people-intro">
                { "Each bar is the biography from start to end, its sections in bands. A tick marks \
                   a mention and leads to its paragraph; a name leads to the first." }
            </p>
            { for groups }
        </>
    }
}

/// One entity: its name, a link to its first mention; how many mentions; its bar.
fn person_row(corpus: &'static Corpus, entity: EntityId, article: ArticleId) -> Html {
    let Some(named) = corpus.entities.get(usize::from(entity)) else {
        return Html::default();
    };
    let ticks = corpus.ticks(entity, article);
    let first = ticks
        .first()
        .and_then(|t| corpus.mentions.get(t.mention as usize))
        .map(|m| AttrValue::from(m.place.holder.element_id().to_owned()));
    let bar = Bar {
        entity,
        article,
        current: None,
        bands: false,
    };
    html! {
        <li class="people-row">
            <Link to={Route::Article(article)} fragment={first} class="people-name">
                { named.name.as_str() }
            </Link>
            <span class="people-count">
                { ticks.len() }
                <span class="visually-hidden">{ if ticks.len() == 1 { " mention" } else { " mentions" } }</span>
            </span>
            { mention_bar(corpus, bar) }
        </li>
    }
}

/// The article's id in the corpus.
fn article_id(corpus: &Corpus, article: &Article) -> Option<ArticleId> {
    corpus.article(&article.slug).map(|(id, _)| id)
}

/// "People", "Places"...: a kind's list.
pub fn kind_plural(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Place => "Places",
        EntityKind::Organisation => "Organisations",
        EntityKind::Event => "Events",
        EntityKind::Work => "Works",
    }
}

/// "21 people", "1 place", "27 organisations".
pub fn count_in_words(kind: EntityKind, count: usize) -> String {
    let word = match (kind, count) {
        (EntityKind::Person, 1) => "person",
        (EntityKind::Person, _) => "people",
        (kind, 1) => kind.label(),
        (kind, _) => return format!("{count} {}s", kind.label()),
    };
    format!("{count} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_say_each_kind_in_the_singular_or_the_plural() {
        let cases = [
            (EntityKind::Person, 1, "1 person"),
            (EntityKind::Person, 21, "21 people"),
            (EntityKind::Place, 1, "1 place"),
            (EntityKind::Place, 2, "2 places"),
            (EntityKind::Organisation, 27, "27 organisations"),
            (EntityKind::Event, 19, "19 events"),
            (EntityKind::Work, 1, "1 work"),
        ];
        for (kind, count, expected) in cases {
            assert_eq!(count_in_words(kind, count), expected);
        }
    }
}
