//! The parallel view (`/timeline`): each biography a lane, rows by calendar year or by the subjects' age, each dated sentence an entry, empty stretches folded.
//!
//! The options come from the query (`route::query`). A prerendered copy is the calendar view
//! with the default lives, and the page adopts it as such; the query is applied once the app
//! has adopted the page.
use yew::prelude::*;

use crate::components::date_words::{age_in_words, life_in_words};
use crate::components::island::{use_part, Part, PartRendering, INSIDE_CLASS};
use crate::components::timeline_entry::{entries_list, lanes_class};
use crate::components::{CopyLink, Link};
use crate::hooks::{use_corpus, use_row_keys};
use crate::model::timeline::short_name;
use crate::model::{ArticleId, Corpus, DateSpan, Precision};
use crate::route::query::{Align, TimelineOptions};
use crate::route::{Route, TIMELINE_TITLE};
use crate::state::timeline::{birth, death, row_id, rows, years_at_age, Row};

#[derive(Properties, PartialEq)]
pub struct TimelinePageProps {
    /// `location.search`, still percent-encoded.
    pub query: AttrValue,
}

#[function_component]
pub fn TimelinePage(props: &TimelinePageProps) -> Html {
    let corpus = use_corpus();
    use_row_keys();
    let rendering = use_context::<PartRendering>().unwrap_or_default();
    let options = match rendering {
        PartRendering::Inline => TimelineOptions::parse(corpus, &props.query),
        // The prerendered copy, and the app adopting it: the view with no query.
        PartRendering::Prerendered(_) | PartRendering::Adopt => {
            TimelineOptions::default_for(corpus)
        }
    };
    let lanes = options.lives.len();
    let no_birth: Vec<&str> = options
        .lives
        .iter()
        .filter(|&&id| birth(corpus, id).is_none())
        .filter_map(|&id| {
            corpus
                .articles
                .get(usize::from(id))
                .map(|a| a.title.as_str())
        })
        .collect();
    let rows = rows(corpus, &options);
    html! {
        <article class="timeline-page">
            <h1>{ TIMELINE_TITLE }</h1>
            <p class="intro">
                { "Every dated sentence of each biography in its own lane: by year, or by age, \
                   to see what each did at the same age. Where the lives meet, the entries are \
                   joined (⇄). Keys: j and k move to the next and the previous row." }
            </p>
            <Controls options={options.clone()} />
            if !options.dropped.is_empty() {
                <p class="timeline-dropped">
                    { format!("Not shown, as the address asked: {}.", options.dropped.join(", ")) }
                </p>
            }
            if options.align == Align::Age && !no_birth.is_empty() {
                <p class="timeline-dropped">
                    { format!("No birth date is known for {}, so by age it has no entries.", no_birth.join(", ")) }
                </p>
            }
            <ol class={classes!("timeline-lanes", lanes_class(lanes))} aria-label="Lanes">
                { for options.lives.iter().enumerate().map(|(i, &id)| lane_name(corpus, id, i + 1)) }
            </ol>
            <ol class="timeline-rows">
                { for rows.iter().map(|row| row_view(corpus, &options, row)) }
            </ol>
        </article>
    }
}

fn lane_name(corpus: &'static Corpus, id: ArticleId, lane: usize) -> Html {
    let Some(article) = corpus.articles.get(usize::from(id)) else {
        return Html::default();
    };
    let life = life_in_words(birth(corpus, id).as_ref(), death(corpus, id).as_ref());
    html! {
        <li class={classes!("timeline-lane", format!("lane-{lane}"))}>
            <Link to={Route::Article(id)}>{ article.title.as_str() }</Link>
            if let Some(life) = life {
                <span class="lane-life">{ life }</span>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ControlsProps {
    options: TimelineOptions,
}

/// The alignment switch, and with more than two biographies the choice of lives: links, so
/// that every view has an address.
#[function_component]
fn Controls(props: &ControlsProps) -> Html {
    let corpus = use_corpus();
    let options = &props.options;
    let with_align = |align: Align| TimelineOptions {
        align,
        ..options.clone()
    };
    let choice = |align: Align, label: &'static str| {
        if options.align == align {
            html! { <span class="timeline-choice" aria-current="true">{ label }</span> }
        } else {
            let query = AttrValue::from(with_align(align).to_query(corpus));
            html! { <Link to={Route::Timeline} {query} class="timeline-choice">{ label }</Link> }
        }
    };
    let lives = (corpus.articles.len() > 2).then(|| {
        let items = (0..corpus.articles.len()).filter_map(|i| {
            let id = ArticleId::try_from(i).ok()?;
            let article = corpus.articles.get(i)?;
            let shown = options.lives.contains(&id);
            let mut lives = options.lives.clone();
            if shown {
                lives.retain(|&l| l != id);
            } else {
                lives.push(id);
            }
            if lives.is_empty() {
                return Some(html! {
                    <li><span class="timeline-choice" aria-current="true">{ article.title.as_str() }</span></li>
                });
            }
            let query = AttrValue::from(TimelineOptions { lives, ..options.clone() }.to_query(corpus));
            let label = if shown { "Hide" } else { "Show" };
            Some(html! {
                <li>
                    <Link to={Route::Timeline} {query} class={classes!("timeline-choice", shown.then_some("is-shown"))}>
                        <span class="visually-hidden">{ format!("{label} ") }</span>
                        { article.title.as_str() }
                    </Link>
                </li>
            })
        });
        html! {
            <div class="timeline-lives">
                <span class="timeline-controls-label">{ "Lives:" }</span>
                <ul>{ for items }</ul>
            </div>
        }
    });
    html! {
        <nav class="timeline-controls" aria-label="Timeline options">
            <div class="timeline-align">
                <span class="timeline-controls-label">{ "Line up by:" }</span>
                { choice(Align::Calendar, "year") }
                { choice(Align::Age, "age") }
            </div>
            { for lives }
        </nav>
    }
}

fn row_view(corpus: &'static Corpus, options: &TimelineOptions, row: &Row) -> Html {
    match row {
        Row::Folded { from, to } => {
            let what = match options.align {
                Align::Calendar if from == to => format!("{from}"),
                Align::Calendar => format!("{from}–{to}"),
                Align::Age if from == to => format!("Age {from}"),
                Align::Age => format!("Ages {from}–{to}"),
            };
            html! { <li class="timeline-fold">{ format!("{what}: nothing dated") }</li> }
        }
        // The view as it is prerendered: each year adopted on its own.
        Row::Filled { key, .. } if is_prerendered_view(corpus, options) => {
            html! { <AdoptedYear year={*key} /> }
        }
        Row::Filled { key, entries } => {
            let id = row_id(options.align, *key);
            html! {
                <li class="timeline-row" id={id.clone()} tabindex="-1" aria-labelledby={format!("{id}-heading")}>
                    { row_head(corpus, options, *key) }
                    <div class={INSIDE_CLASS}>{ entries_list(corpus, options, entries) }</div>
                </li>
            }
        }
    }
}

/// Whether these options show what the prerendered page shows (every life up to four, by year).
fn is_prerendered_view(corpus: &Corpus, options: &TimelineOptions) -> bool {
    let default = TimelineOptions::default_for(corpus);
    options.align == default.align && options.lives == default.lives
}

#[derive(Properties, PartialEq)]
struct AdoptedYearProps {
    year: i32,
}

/// A year of the view as it is prerendered: its entries are a part of the page of their own
/// (`island.rs`), adopted in a task of their own.
#[function_component]
fn AdoptedYear(props: &AdoptedYearProps) -> Html {
    let corpus = use_corpus();
    let (root, inside) = use_part(Part::TimelineYear(props.year));
    let options = TimelineOptions::default_for(corpus);
    let id = row_id(options.align, props.year);
    html! {
        <li class="timeline-row" id={id.clone()} tabindex="-1" aria-labelledby={format!("{id}-heading")} ref={root}>
            { row_head(corpus, &options, props.year) }
            { inside }
        </li>
    }
}

/// A row's heading: the year or age, each subject's age or years, and its copy-link control.
fn row_head(corpus: &Corpus, options: &TimelineOptions, key: i32) -> Html {
    let id = row_id(options.align, key);
    let heading = match options.align {
        Align::Calendar => key.to_string(),
        Align::Age => format!("Age {key}"),
    };
    let context = row_context(corpus, options, key);
    html! {
        <div class="timeline-row-head">
            <h2 id={format!("{id}-heading")}>{ heading.clone() }</h2>
            if !context.is_empty() {
                <p class="row-context">{ context.join(" · ") }</p>
            }
            <CopyLink target={AttrValue::from(id)} label={format!("Copy link to {heading}")} class="row-link" />
        </div>
    }
}

/// Under a year, each subject's age in it ("Smirnov 46"); under an age, the years each subject
/// was that age ("Smilga 1918–1919").
fn row_context(corpus: &Corpus, options: &TimelineOptions, key: i32) -> Vec<String> {
    options
        .lives
        .iter()
        .filter_map(|&id| {
            let born = birth(corpus, id)?;
            let name = short_name(corpus, id);
            match options.align {
                Align::Calendar => {
                    let year = year_span(key)?;
                    if year.overlaps(&born) {
                        return Some(format!("{name} born"));
                    }
                    let age = age_in_words(&year, &born, death(corpus, id).as_ref())?;
                    Some(format!("{name} {age}"))
                }
                Align::Age => {
                    let (first, last) = years_at_age(&born, key);
                    Some(if first == last {
                        format!("{name} {first}")
                    } else {
                        format!("{name} {first}–{last}")
                    })
                }
            }
        })
        .collect()
}

fn year_span(year: i32) -> Option<DateSpan> {
    Some(DateSpan {
        first: chrono::NaiveDate::from_ymd_opt(year, 1, 1)?,
        last: chrono::NaiveDate::from_ymd_opt(year, 12, 31)?,
        precision: Precision::Year,
    })
}
