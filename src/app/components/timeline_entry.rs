//! The entries of the parallel view, each in its lane; one entry: a dated sentence of one life, with its annotations live, the date (and in the age view the age), what joins it to another life, and a link to the sentence in its biography.
use yew::prelude::*;

use crate::components::date_words::{age_in_words, date_ref_in_words};
use crate::components::{AnnotatedText, Link};
use crate::hooks::use_corpus;
use crate::model::period::sets_the_time;
use crate::model::timeline::short_name;
use crate::model::{Corpus, Link as Why, MarkKind, Precision, Span};
use crate::route::fragment::{passage_fragment, TextQuote};
use crate::route::query::{Align, TimelineOptions, MOST_LANES};
use crate::route::Route;
use crate::state::timeline::{birth, death, rows, Row};

#[derive(Properties, PartialEq)]
pub struct TimelineEntryProps {
    /// Its index in `Timeline::entries`.
    pub index: u32,
    /// Its lane, counting from 1.
    pub lane: usize,
    pub align: Align,
}

/// The id of an entry's element, which a bridge links to.
pub fn entry_id(index: u32) -> String {
    format!("entry-{index}")
}

#[function_component]
pub fn TimelineEntryView(props: &TimelineEntryProps) -> Html {
    let corpus = use_corpus();
    let Some(entry) = corpus.timeline.entries.get(props.index as usize) else {
        return Html::default();
    };
    let (Some(date), Some(paragraph), Some(article)) = (
        corpus.entry_date(entry),
        corpus.paragraph_at(&entry.place),
        corpus.articles.get(usize::from(entry.place.article)),
    ) else {
        return Html::default();
    };
    let base = paragraph.text.source.start;
    let window = Span {
        start: entry.place.span.start.saturating_sub(base),
        end: entry.place.span.end.saturating_sub(base),
    };
    // The quote leaves out a "[citation needed]" ending the sentence: the reader's passages are
    // matched in the text without its controls.
    let quote_end = paragraph
        .text
        .marks
        .iter()
        .filter(|m| m.kind == MarkKind::CitationNeeded && window.start <= m.span.start)
        .filter(|m| {
            let after = paragraph
                .text
                .text
                .get(m.span.end as usize..window.end as usize);
            after.is_some_and(|rest| rest.trim().is_empty())
        })
        .map(|m| m.span.start)
        .min()
        .unwrap_or(window.end);
    let fragment = TextQuote::from_selection(
        &paragraph.text.text,
        window.start as usize..quote_end as usize,
    )
    .map_or_else(
        || paragraph.id.clone(),
        |quote| passage_fragment(&paragraph.id, &quote),
    );
    let age = (props.align == Align::Age)
        .then(|| {
            let born = birth(corpus, entry.place.article)?;
            age_in_words(
                &date.when,
                &born,
                death(corpus, entry.place.article).as_ref(),
            )
        })
        .flatten();
    // A range says its own ends; a decade or a span of years with no ends is placed at its start.
    let vague =
        date.when.precision == Precision::Decade || (!date.is_range && !sets_the_time(&date.when));
    let bridges = corpus.bridges_of(props.index).map(|(bridge, other)| {
        let other_entry = corpus.timeline.entries.get(other as usize);
        let other_life = other_entry.map_or("", |e| short_name(corpus, e.place.article));
        let other_when = other_entry
            .and_then(|e| corpus.entry_date(e))
            .map(date_ref_in_words)
            .unwrap_or_default();
        let why = match &bridge.link {
            Why::SameEvent(entity) => corpus
                .entities
                .get(usize::from(*entity))
                .map(|e| format!(": {}", e.name)),
            Why::SameExperience(pair) => corpus
                .experience_pair(*pair)
                .map(|(kind, ..)| format!(": {}", kind.name)),
            Why::SameMonths | Why::InfoboxFact(_) => None,
        };
        html! {
            <p class="entry-bridge">
                <span aria-hidden="true">{ "⇄ " }</span>
                <a href={format!("#{}", entry_id(other))}>
                    { format!("{other_life} too, {other_when}{}", why.unwrap_or_default()) }
                </a>
            </p>
        }
    });
    let bridged = corpus.bridges_of(props.index).next().is_some();
    html! {
        <li
            class={classes!("timeline-entry", format!("lane-{}", props.lane), bridged.then_some("is-bridged"))}
            id={entry_id(props.index)}
        >
            <p class="entry-meta">
                <span class="entry-life">{ article.title.as_str() }</span>
                <span class="entry-when">{ date_ref_in_words(date) }</span>
                if let Some(age) = age {
                    <span class="entry-age">{ format!("aged {age}") }</span>
                }
                if vague {
                    <span class="entry-vague">{ "broadly dated: shown where it starts" }</span>
                }
            </p>
            <p class="entry-text" data-annotations=""><AnnotatedText text={&paragraph.text} window={Some(window)} /></p>
            { for bridges }
            <Link
                to={Route::Article(entry.place.article)}
                encoded_fragment={AttrValue::from(fragment)}
                class="entry-source"
            >
                { format!("Read it in {}", article.title) }
            </Link>
        </li>
    }
}

/// A row's entries, each in its lane.
pub fn entries_list(corpus: &Corpus, options: &TimelineOptions, entries: &[u32]) -> Html {
    let lane_of = |index: u32| {
        let article = corpus.timeline.entries[index as usize].place.article;
        options
            .lives
            .iter()
            .position(|&l| l == article)
            .map_or(1, |p| p + 1)
    };
    html! {
        <ol class={classes!("timeline-entries", lanes_class(options.lives.len()))}>
            { for entries.iter().map(|&index| html! {
                <TimelineEntryView {index} lane={lane_of(index)} align={options.align} />
            }) }
        </ol>
    }
}

/// The class that lays out this many lanes side by side.
pub fn lanes_class(lanes: usize) -> String {
    format!("lanes-{}", lanes.min(MOST_LANES))
}

#[derive(Properties, PartialEq)]
pub struct TimelineYearEntriesProps {
    pub year: i32,
}

/// The entries of a year of the timeline as it is prerendered (`island::Part::TimelineYear`).
#[function_component]
pub fn TimelineYearEntries(props: &TimelineYearEntriesProps) -> Html {
    let corpus = use_corpus();
    let options = TimelineOptions::default_for(corpus);
    let entries = rows(corpus, &options)
        .into_iter()
        .find_map(|row| match row {
            Row::Filled { key, entries } if key == props.year => Some(entries),
            _ => None,
        })
        .unwrap_or_default();
    entries_list(corpus, &options, &entries)
}
