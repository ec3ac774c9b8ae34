//! The index: the site's name, every biography it holds, a preview of the lives side by side (where they meet), and the experiences two lives share.
use yew::prelude::*;

use crate::components::date_words::date_ref_in_words;
use crate::components::experience_words::{both, one_life};
use crate::components::timeline_entry::entry_id;
use crate::components::{BiographyList, Link};
use crate::hooks::use_corpus;
use crate::model::experience::gap_in_words;
use crate::model::timeline::short_name;
use crate::model::Link as Why;
use crate::route::{Route, SITE_NAME, TIMELINE_TITLE};

/// At most this many meetings of the lives are previewed.
const PREVIEWED: usize = 6;

#[function_component]
pub fn HomePage() -> Html {
    html! {
        <>
            <h1>{ SITE_NAME }</h1>
            <p class="intro">
                { "Biographies to read side by side, with every person, place, organisation, \
                   event and date explained where it stands." }
            </p>
            <BiographyList />
            <TimelinePreview />
            <ParallelExperiences />
        </>
    }
}

/// Where the lives meet, each a link to the pair in the timeline, and the way there.
#[function_component]
fn TimelinePreview() -> Html {
    let corpus = use_corpus();
    let bridges = &corpus.timeline.bridges;
    let items = bridges.iter().take(PREVIEWED).filter_map(|bridge| {
        let [a, b] = bridge.entries;
        let (first, second) = (
            corpus.timeline.entries.get(a as usize)?,
            corpus.timeline.entries.get(b as usize)?,
        );
        let when = date_ref_in_words(corpus.entry_date(first)?);
        let lives = format!(
            "{} and {}",
            short_name(corpus, first.place.article),
            short_name(corpus, second.place.article)
        );
        let what = match &bridge.link {
            Why::SameEvent(entity) => corpus.entities.get(usize::from(*entity))?.name.clone(),
            Why::SameExperience(pair) => format!("both {}", corpus.experience_pair(*pair)?.0.name),
            Why::SameMonths | Why::InfoboxFact(_) => "the same months".to_owned(),
        };
        Some(html! {
            <li>
                <Link to={Route::Timeline} fragment={AttrValue::from(entry_id(a))}>
                    { format!("{when}: {lives}, {what}") }
                </Link>
            </li>
        })
    });
    html! {
        <section class="home-timeline" aria-labelledby="home-timeline">
            <h2 id="home-timeline">{ TIMELINE_TITLE }</h2>
            <p>
                { "Every dated sentence of each life in its own lane, by year or by age. " }
                if !bridges.is_empty() {
                    { format!("The lives meet {} times, among them:", bridges.len()) }
                }
            </p>
            if !bridges.is_empty() {
                <ul class="home-meetings">{ for items }</ul>
            }
            <p><Link to={Route::Timeline}>{ "Read the lives side by side" }</Link></p>
        </section>
    }
}

/// Every pair of parallel experiences: what both went through, and each life's passage.
#[function_component]
fn ParallelExperiences() -> Html {
    let corpus = use_corpus();
    let pairs = &corpus.experiences.pairs;
    if pairs.is_empty() {
        return Html::default();
    }
    let items = (0..pairs.len() as u32).filter_map(|p| {
        let (_, [a, b], _) = corpus.experience_pair(p)?;
        let gap = gap_in_words(a.when.as_ref(), b.when.as_ref())
            .map(|gap| format!(" ({gap})"))
            .unwrap_or_default();
        let life = |experience: &'static crate::model::Experience| {
            html! {
                <Link
                    to={Route::Article(experience.place.article)}
                    fragment={AttrValue::from(experience.place.holder.element_id().to_owned())}
                >
                    { one_life(corpus, experience) }
                </Link>
            }
        };
        Some(html! {
            <li>
                <span class="experience-kind">{ format!("{}{gap}: ", both(corpus, p)?) }</span>
                { life(a) }{ "; " }{ life(b) }
            </li>
        })
    });
    html! {
        <section class="home-experiences" aria-labelledby="home-experiences">
            <h2 id="home-experiences">{ "Parallel experiences" }</h2>
            <p>{ "The same turn of fate in two lives, whenever it came:" }</p>
            <ul class="home-meetings">{ for items }</ul>
        </section>
    }
}
