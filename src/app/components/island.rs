//! Progressive adoption of a prerendered page: each part of an article (its people and places,
//! a section, the infobox, the references), and each year of the timeline, is adopted by an app
//! of its own, one part per task, so that no single task of the start-up blocks the page for
//! long.
//!
//! Yew adopts (hydrates) a whole app in one task. An article has hundreds of annotations, so
//! adopting it at once would hold the main thread for tens of milliseconds (hundreds on a slow
//! phone). Instead, every part's element holds one `<div class="part-inside">` (laid out as if
//! it were not there, `display: contents`), whose children are the part's content. While the
//! app adopts a prerendered page, the part's component leaves that div as it found it (a raw
//! node, `Html::from_html_unchecked("")`, which adopts whatever the prerendered markers enclose:
//! the one div); after that first render an `Island` with the div as its root adopts the
//! content in a later task, with the app's contexts as props. No node is replaced: the text that
//! has painted stays as it is. The app owns the div and the island owns what is inside it, so
//! either can go first when the part goes. A page the app renders itself (`Inline`) has no
//! islands; its parts have the same div.
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::people_and_places::{PeopleAndPlacesContent, PEOPLE_ID};
use crate::components::timeline_entry::TimelineYearEntries;
use crate::components::{InfoboxContent, ReferencesContent, SectionContent};
use crate::hooks::{CorpusHandle, PassageSelection, StatusHandle};
use crate::model::{Article, Corpus, Section};
use crate::route::query::TimelineOptions;
#[cfg(feature = "hydrate")]
use crate::state::adoption;
use crate::state::timeline::{rows, Row};

/// How the parts of an article are rendered; the app provides it as context.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum PartRendering {
    /// Each part is in the app, like every other component.
    #[default]
    Inline,
    /// Prerendering: each part's own server rendering (an `Island`), by `Part::key`.
    Prerendered(Rc<BTreeMap<String, String>>),
    /// Adopting a prerendered page: each part is adopted later by an `Island`.
    Adopt,
}

/// A part of a page that is adopted on its own: of an article, or a row of the timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Part {
    /// "People and places in this biography" (`people_and_places.rs`).
    People(&'static Article),
    Section(&'static Section),
    Infobox(&'static Article),
    References(&'static Article),
    /// The entries of a year of the timeline as it is prerendered (every life up to four, by
    /// calendar).
    TimelineYear(i32),
}

impl Part {
    /// The parts of `article` that show anything, in the order of the page.
    pub fn all(article: &'static Article) -> impl Iterator<Item = Part> {
        std::iter::once(Part::People(article))
            .chain(std::iter::once(Part::Infobox(article)))
            .chain(article.sections.iter().map(Part::Section))
            .chain(std::iter::once(Part::References(article)))
            .filter(|part| part.is_shown())
    }

    /// The years of the timeline as it is prerendered, in the order of the page.
    pub fn timeline(corpus: &'static Corpus) -> impl Iterator<Item = Part> {
        let options = TimelineOptions::default_for(corpus);
        rows(corpus, &options)
            .into_iter()
            .filter_map(|row| match row {
                Row::Filled { key, .. } => Some(Part::TimelineYear(key)),
                Row::Folded { .. } => None,
            })
    }

    /// Its key among the parts of a page (the id of its element).
    pub fn key(self) -> String {
        match self {
            Part::People(_) => PEOPLE_ID.to_owned(),
            Part::Section(section) => section.id.clone(),
            Part::Infobox(_) => "infobox".to_owned(),
            Part::References(_) => "references".to_owned(),
            Part::TimelineYear(year) => year.to_string(),
        }
    }

    /// Whether it shows anything (an article may have no infobox, or no references).
    pub fn is_shown(self) -> bool {
        match self {
            Part::Section(_) | Part::TimelineYear(_) => true,
            Part::People(article) => !article.entities.is_empty(),
            Part::Infobox(article) => !article.infobox.is_empty(),
            Part::References(article) => !article.references.is_empty(),
        }
    }
}

#[derive(Properties, Clone, PartialEq)]
pub struct IslandProps {
    pub part: Part,
    pub corpus: CorpusHandle,
    pub status: StatusHandle,
    pub selection: PassageSelection,
}

/// The inside of one part, as an app of its own: the app's contexts come in as props.
#[function_component]
pub fn Island(props: &IslandProps) -> Html {
    use_effect_with((), |_| adopted());
    html! {
        <ContextProvider<CorpusHandle> context={props.corpus}>
        <ContextProvider<StatusHandle> context={props.status.clone()}>
        <ContextProvider<PassageSelection> context={props.selection.clone()}>
            { inside(props.part) }
        </ContextProvider<PassageSelection>>
        </ContextProvider<StatusHandle>>
        </ContextProvider<CorpusHandle>>
    }
}

/// The class of the element between a part's element and its content, the island's root.
pub const INSIDE_CLASS: &str = "part-inside";

/// What a part's element holds.
fn inside(part: Part) -> Html {
    match part {
        Part::People(article) => html! { <PeopleAndPlacesContent {article} /> },
        Part::Section(section) => html! { <SectionContent {section} /> },
        Part::Infobox(article) => html! { <InfoboxContent {article} /> },
        Part::References(article) => html! { <ReferencesContent {article} /> },
        Part::TimelineYear(year) => html! { <TimelineYearEntries {year} /> },
    }
}

/// For a part's component: what its element holds (the `part-inside` div), and the ref to put
/// on that element.
///
/// Inline, the content is rendered here. While the app adopts a prerendered page, the div is
/// left as it is, and its content adopted afterwards by an `Island`, which gets the app's
/// contexts as they change. How the part renders is settled by its first render.
#[hook]
pub fn use_part(part: Part) -> (NodeRef, Html) {
    let rendering = use_context::<PartRendering>().unwrap_or_default();
    let rendering = use_memo((), move |_| rendering);
    let root = use_node_ref();
    let island = use_mut_ref(|| IslandState::Gone);
    let props = IslandProps {
        part,
        corpus: use_context::<CorpusHandle>().unwrap_or_default(),
        status: use_context::<StatusHandle>().unwrap_or_default(),
        selection: use_context::<PassageSelection>().unwrap_or_default(),
    };
    let adopting = matches!(*rendering, PartRendering::Adopt) && part.is_shown();
    {
        let (island, root) = (island.clone(), root.clone());
        use_effect_with(props, move |props| {
            if adopting {
                adopt_or_update(&island, root, props.clone());
            }
        });
    }
    use_effect_with((), move |_| move || release(&island));
    let inside = match &*rendering {
        PartRendering::Inline => html! { <div class={INSIDE_CLASS}>{ inside(part) }</div> },
        PartRendering::Prerendered(islands) => {
            let island = islands.get(&part.key()).map_or("", String::as_str);
            Html::from_html_unchecked(AttrValue::from(format!(
                "<div class=\"{INSIDE_CLASS}\">{island}</div>"
            )))
        }
        PartRendering::Adopt => Html::from_html_unchecked(AttrValue::default()),
    };
    (root, inside)
}

/// One part's island, from the first render of its component to its removal.
enum IslandState {
    /// Adoption is queued; these are the props to adopt with (the latest, if they changed).
    Waiting(IslandProps),
    #[cfg(feature = "hydrate")]
    Adopted(yew::AppHandle<Island>),
    /// The part has gone (or never had an island).
    Gone,
}

/// A shared handle on a part's island.
type IslandCell = Rc<RefCell<IslandState>>;

/// The islands waiting to be adopted, in the order of their parts on the page, and whether one
/// is being adopted (the queue then moves on by itself).
#[cfg(feature = "hydrate")]
#[derive(Default)]
struct Queue {
    waiting: std::collections::VecDeque<(IslandCell, NodeRef)>,
    adopting: bool,
}

#[cfg(feature = "hydrate")]
thread_local! {
    /// The page's one queue: the islands are apps of their own, which share no Yew context.
    static QUEUE: RefCell<Queue> = RefCell::new(Queue::default());
}

/// Gives the island its latest props: queues the adoption of its part's content the first time,
/// and updates the adopted app after that.
fn adopt_or_update(island: &IslandCell, root: NodeRef, props: IslandProps) {
    let mut current = island.borrow_mut();
    match &mut *current {
        IslandState::Gone => {
            *current = IslandState::Waiting(props);
            adopt_later(island.clone(), root);
        }
        IslandState::Waiting(waiting) => *waiting = props,
        #[cfg(feature = "hydrate")]
        IslandState::Adopted(handle) => handle.update(props),
    }
}

/// Lets the island go with its part.
fn release(island: &IslandCell) {
    let gone = island.replace(IslandState::Gone);
    #[cfg(feature = "hydrate")]
    if let IslandState::Adopted(handle) = gone {
        handle.destroy();
    }
    #[cfg(not(feature = "hydrate"))]
    drop(gone);
}

/// Queues the island's adoption behind the others'; the first one starts in a task of its own.
#[cfg(feature = "hydrate")]
fn adopt_later(island: IslandCell, root: NodeRef) {
    let first = QUEUE.with_borrow_mut(|queue| {
        queue.waiting.push_back((island, root));
        !std::mem::replace(&mut queue.adopting, true)
    });
    if first {
        next_in_a_new_task();
    }
}

/// Adopts the next island of the queue in a task of its own. Yew has one scheduler for every
/// app of the page, so the next adoption waits until this island has rendered (its effect,
/// `Island`): two islands adopted in one scheduler run would make one long task again.
#[cfg(feature = "hydrate")]
fn next_in_a_new_task() {
    gloo::timers::callback::Timeout::new(0, adopt_next).forget();
}

#[cfg(feature = "hydrate")]
fn adopt_next() {
    loop {
        let next = QUEUE.with_borrow_mut(|queue| {
            let next = queue.waiting.pop_front();
            queue.adopting = next.is_some();
            next
        });
        let Some((island, root)) = next else {
            return;
        };
        let waiting = island.replace(IslandState::Gone);
        let inside = root.cast::<web_sys::Element>().and_then(|part| {
            part.query_selector(&format!(":scope > .{INSIDE_CLASS}"))
                .ok()
                .flatten()
        });
        match (waiting, inside) {
            (IslandState::Waiting(props), Some(root)) => {
                let handle = yew::Renderer::<Island>::with_root_and_props(root, props).hydrate();
                island.replace(IslandState::Adopted(handle));
                return;
            }
            // Its part went before its turn came.
            _ => adoption::count_adopted(),
        }
    }
}

/// Called once an island has rendered: counts it, and moves on to the next.
#[cfg(feature = "hydrate")]
fn adopted() {
    adoption::count_adopted();
    next_in_a_new_task();
}

// Nothing is adopted outside a browser: prerendering renders, and never runs effects.
#[cfg(not(feature = "hydrate"))]
fn adopt_later(_island: IslandCell, _root: NodeRef) {}
#[cfg(not(feature = "hydrate"))]
fn adopted() {}
