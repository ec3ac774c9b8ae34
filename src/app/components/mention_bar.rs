//! A mention bar: one article's body as a thin bar, its sections as bands, and a tick where each
//! mention of one entity stands (`Corpus::ticks`). Each tick is a link to its paragraph, named
//! for a screen reader and shown on hover or focus ("Mention 3 of 7, in Civil War"); the bar is
//! one Tab stop, and ← → (Home, End) move between its ticks.
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::components::{open_card, roving, Link};
use crate::model::{ArticleId, Corpus, EntityId, MentionId, SectionStart, Tick};
use crate::route::Route;

/// The class of a tick; `bar-at-<n>` places it `n` percent along (styles/mentions.css).
const TICK: &str = "mention-tick";
/// The class of a bar.
const BAR: &str = "mention-bar";

/// What a bar shows: one entity along one article's body.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bar {
    pub entity: EntityId,
    pub article: ArticleId,
    /// The mention being read (a card's): its tick is marked, and is the bar's Tab stop.
    pub current: Option<MentionId>,
    /// Whether the bar draws the sections itself (a list of bars draws them once behind all).
    pub bands: bool,
}

/// The bar (a render function, not a component: a page holds hundreds, each rendered by its
/// list or card, and a component of its own would weigh on the bundle and the page's markup).
pub fn mention_bar(corpus: &'static Corpus, bar: Bar) -> Html {
    let (Some(entity), Some(article)) = (
        corpus.entities.get(usize::from(bar.entity)),
        corpus.articles.get(usize::from(bar.article)),
    ) else {
        return Html::default();
    };
    let ticks = corpus.ticks(bar.entity, bar.article);
    if ticks.is_empty() {
        return Html::default();
    }
    let count = ticks.len();
    // The Tab stop: the mention being read if the bar has it, else the first.
    let stop = ticks
        .iter()
        .position(|t| Some(t.mention) == bar.current)
        .unwrap_or(0);
    let links = ticks.iter().enumerate().map(|(index, tick)| {
        let current = Some(tick.mention) == bar.current;
        let label = tick_label(corpus, bar.article, index, count, tick, current);
        let fragment = corpus
            .mentions
            .get(tick.mention as usize)
            .map(|m| AttrValue::from(m.place.holder.element_id().to_owned()));
        html! {
            <Link
                to={Route::Article(bar.article)}
                {fragment}
                class={classes!(
                    TICK,
                    format!("bar-at-{}", tick.at),
                    tip_side(tick.at),
                    current.then_some("is-current"),
                )}
                tabindex={AttrValue::from(if index == stop { "0" } else { "-1" })}
            >
                <span class="mention-tick-label visually-hidden">{ label }</span>
            </Link>
        }
    });
    // A followed tick has done its work: the card it is in closes (as a passage link's does).
    let onclick = Callback::from(|event: MouseEvent| {
        if event.default_prevented() {
            open_card::close_any();
        }
    });
    html! {
        <span
            class={classes!(BAR, format!("kind-{}", entity.kind.label()))}
            role="group"
            aria-label={format!("{} in {}: {}", entity.name, article.title, mentions_in_words(count))}
            onkeydown={Callback::from(arrow_key)}
            {onclick}
        >
            if bar.bands {
                { section_bands(corpus, bar.article) }
            }
            { for links }
        </span>
    }
}

/// The sections of an article's body as bands in turn light and dark, each from where it
/// begins to the end (the next one covers the rest): decoration, the ticks' names say it.
pub fn section_bands(corpus: &Corpus, article: ArticleId) -> Html {
    let starts = corpus.section_starts(article);
    html! {
        <span class="mention-bands" aria-hidden="true">
            { for starts.iter().map(|SectionStart { at, .. }| html! {
                <span class={classes!("mention-band", format!("bar-at-{at}"))}></span>
            }) }
        </span>
    }
}

/// "1 mention", "7 mentions".
pub fn mentions_in_words(count: usize) -> String {
    match count {
        1 => "1 mention".to_owned(),
        n => format!("{n} mentions"),
    }
}

/// A tick's name: "Mention 3 of 7, in Civil War", and ", this passage" for the one being read.
pub fn tick_label(
    corpus: &Corpus,
    article: ArticleId,
    index: usize,
    count: usize,
    tick: &Tick,
    current: bool,
) -> String {
    let section = corpus
        .articles
        .get(usize::from(article))
        .and_then(|a| a.sections.get(tick.section))
        .map_or("the text", |s| {
            if s.title.is_empty() {
                "the introduction"
            } else {
                s.title.as_str()
            }
        });
    let this = if current { ", this passage" } else { "" };
    format!("Mention {} of {count}, in {section}{this}", index + 1)
}

/// Which way a tick's label opens, so that it stays inside the bar's box near either end.
fn tip_side(at: u8) -> Option<&'static str> {
    match at {
        0..=33 => Some("tip-start"),
        67.. => Some("tip-end"),
        _ => None,
    }
}

/// ← → Home End on a tick: the focus (and the bar's one Tab stop) moves to another tick.
fn arrow_key(event: KeyboardEvent) {
    if event.ctrl_key() || event.meta_key() || event.alt_key() || event.shift_key() {
        return;
    }
    let key = event.key();
    if !matches!(key.as_str(), "ArrowRight" | "ArrowLeft" | "Home" | "End") {
        return;
    }
    // The bar, from the tick: Yew delegates its listeners, so the event's current target is not
    // the bar.
    let from = event
        .target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest(&format!("a.{TICK}")).ok().flatten());
    let bar = from
        .as_ref()
        .and_then(|t| t.closest(&format!(".{BAR}")).ok().flatten());
    let (Some(bar), Some(from)) = (bar, from) else {
        return;
    };
    let Ok(list) = bar.query_selector_all(&format!("a.{TICK}")) else {
        return;
    };
    let ticks: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect();
    let Some(at) = ticks
        .iter()
        .position(|t| from.is_same_node(Some(t.as_ref())))
    else {
        return;
    };
    let to = match key.as_str() {
        "ArrowRight" => (at + 1).min(ticks.len() - 1),
        "ArrowLeft" => at.saturating_sub(1),
        "Home" => 0,
        _ => ticks.len() - 1,
    };
    event.prevent_default();
    event.stop_propagation();
    roving::make_stop(&ticks, &ticks[to]);
}
