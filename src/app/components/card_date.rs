//! The card of a date: in words and ISO form, its precision and range, each biography's subject's
//! age then, its year in the lives side by side, and what the other biographies say about the
//! same months.
use std::rc::Rc;

use yew::prelude::*;

use crate::components::date_words::{
    age_in_words, date_in_words, date_ref_in_words, iso_value, precision_label,
};
use crate::components::{open_card, Link, PassageItem, PassageList};
use crate::hooks::use_corpus;
use std::collections::HashSet;

use chrono::{Days, NaiveDate};

use crate::model::{period, timeline, ArticleId, Corpus, DateId, DateRef, DateSpan, Precision};
use crate::route::Route;

/// Characters of context quoted on either side of a date.
const REACH: usize = 70;

#[derive(Properties, PartialEq)]
pub struct DateCardProps {
    pub date: DateId,
}

#[function_component]
pub fn DateCard(props: &DateCardProps) -> Html {
    let corpus = use_corpus();
    let Some(date) = corpus.dates.get(props.date as usize) else {
        return Html::default();
    };
    let when = &date.when;
    let mut precision = match date.ends {
        Some([start, end]) if start.precision != end.precision => format!(
            "Stated to the {} at the start and to the {} at the end",
            precision_label(start.precision),
            precision_label(end.precision)
        ),
        _ => format!("Stated to the {}", precision_label(when.precision)),
    };
    if date.relative {
        precision.push_str("; worked out from an earlier date in the text");
    }
    if date.onwards {
        precision.push_str("; no end is stated");
    }
    let range = (when.first != when.last).then(|| {
        let day = |d| DateSpan {
            first: d,
            last: d,
            precision: Precision::Day,
        };
        let (first, last) = (
            date_in_words(&day(when.first)),
            date_in_words(&day(when.last)),
        );
        if date.onwards {
            format!("Beginning any day from {first} to {last}")
        } else {
            format!("Any day from {first} to {last}")
        }
    });
    let ages = subjects_ages(corpus, when);
    let groups = same_period(corpus, props.date);
    // The year's row of the lives side by side, when it has one.
    let year = timeline::year_of(when);
    let in_timeline = corpus
        .timeline
        .entries
        .iter()
        .filter_map(|entry| corpus.entry_date(entry))
        .any(|d| timeline::year_of(&d.when) == year);
    let follow = Callback::from(|event: MouseEvent| {
        if event.default_prevented() {
            open_card::close_any();
        }
    });
    html! {
        <>
            <span class="card-name">{ date_ref_in_words(date) }</span>
            <span class="card-kind">{ "date" }</span>
            <span class="card-precision">{ precision }</span>
            if let Some(range) = range {
                <span class="card-range">{ range }</span>
            }
            <span class="card-iso">{ iso_value(when) }</span>
            if !ages.is_empty() {
                <span class="card-section card-ages" role="list" aria-label="Ages at this date">
                    { for ages.into_iter().map(|line| html! {
                        <span role="listitem" class="card-age">{ line }</span>
                    }) }
                </span>
            }
            if in_timeline {
                <span class="card-section card-timeline" onclick={follow}>
                    <Link to={Route::Timeline} fragment={AttrValue::from(year.to_string())}>
                        { format!("{year} in the lives side by side") }
                    </Link>
                </span>
            }
            if !groups.is_empty() {
                <span class="card-section card-same-period">
                    <span class="card-heading">{ "Meanwhile" }</span>
                    { for groups.into_iter().map(|(article, items)| {
                        let title = corpus.articles.get(usize::from(article)).map_or("", |a| a.title.as_str());
                        html! { <PassageList title={format!("In {title}")} items={Rc::new(items)} /> }
                    }) }
                </span>
            }
        </>
    }
}

/// "Ivar Smilga was 34–35": each article's subject alive at `when`, with their age then ("was
/// born" when `when` may be the birth date).
pub fn subjects_ages(corpus: &Corpus, when: &DateSpan) -> Vec<String> {
    corpus
        .articles
        .iter()
        .enumerate()
        .filter_map(|(index, article)| {
            let (born, died) = corpus.life_of(ArticleId::try_from(index).ok()?);
            let born = born?;
            if when.overlaps(&born) {
                return Some(format!("{} was born", article.title));
            }
            let age = age_in_words(when, &born, died.as_ref())?;
            Some(format!("{} was {age}", article.title))
        })
        .collect()
}

/// The passages of the other lives around the time of the date `this` (`model::period`), the
/// first date of each sentence, in date order, grouped by article; looked up in the corpus's
/// dates by time.
pub fn same_period(corpus: &'static Corpus, this: DateId) -> Vec<(ArticleId, Vec<PassageItem>)> {
    let Some(date) = corpus.dates.get(this as usize) else {
        return Vec::new();
    };
    let by_time = &corpus.dates_by_time;
    let first_of = |id: &DateId| corpus.dates[*id as usize].when.first;
    // A date of the same period starts at most a season and its own span before this one.
    let earliest = date
        .when
        .first
        .checked_sub_days(Days::new(
            period::SEASON_DAYS + period::BROADEST_DAYS as u64,
        ))
        .unwrap_or(NaiveDate::MIN);
    let start = by_time.partition_point(|id| first_of(id) < earliest);
    let latest = date
        .when
        .last
        .checked_add_days(Days::new(period::SEASON_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let mut nearby: Vec<&DateRef> = by_time[start..]
        .iter()
        .map(|&id| &corpus.dates[id as usize])
        .take_while(|other| other.when.first <= latest)
        .filter(|other| {
            other.place.article != date.place.article && period::meanwhile(&date.when, &other.when)
        })
        .collect();
    nearby.sort_by_key(|other| {
        (
            other.place.article,
            other.when.first,
            other.place.span.start,
        )
    });
    let mut seen = HashSet::new();
    let mut groups: Vec<(ArticleId, Vec<PassageItem>)> = Vec::new();
    for other in nearby {
        let sentence = corpus
            .sentence_around(&other.place)
            .map(|(_, sentence, _)| (other.place.article, &other.place.holder, sentence.start));
        if !seen.insert(sentence) {
            continue;
        }
        let Some(quote) = corpus.snippet_at(&other.place, REACH) else {
            continue;
        };
        let item = PassageItem {
            place: &other.place,
            note: Some(date_ref_in_words(other)),
            quote,
            highlight: true,
        };
        match groups.iter_mut().find(|(a, _)| *a == other.place.article) {
            Some((_, items)) => items.push(item),
            None => groups.push((other.place.article, vec![item])),
        }
    }
    groups
}
