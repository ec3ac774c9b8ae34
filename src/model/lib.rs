//! The compiled corpus: plain data shared by the compiler (which builds it) and the reader (which renders it).
//!
//! Every piece of text keeps its place in the seed file it came from as byte offsets, so any
//! annotation can be traced back. Indices (`EntityId`, `MentionId`, `DateId`, `ArticleId`) are
//! positions in the corpus-level vectors, so the reader can pass them around as small `Copy` props.

use serde::{Deserialize, Serialize};

mod appearances;
mod choice;
mod date;
pub mod experience;
mod lookup;
pub mod period;
pub mod timeline;

pub use appearances::{percent_along, SectionStart, Tick};
pub use choice::{Choice, ChosenBy};
pub use date::{DateRef, DateSpan, Precision};
pub use experience::{Experience, ExperienceKind, ExperiencePair, Experiences};
pub use lookup::{first_words, last_words, Snippet};
pub use timeline::{Bridge, Timeline, TimelineEntry};

/// English month names, January first: what the compiler reads and the reader writes.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Names of the site's own pages and files (`/timeline`, `index.html`, `app.html`, `/404`),
/// which no biography may take as its slug.
pub const PAGE_NAMES: [&str; 4] = ["index", "app", "timeline", "404"];

pub type ArticleId = u16;
pub type EntityId = u16;
pub type MentionId = u32;
pub type DateId = u32;

/// A byte range `[start, end)` into one seed file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
}

/// Everything the reader shows, compiled from `seeds/`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateRef>,
    /// Entities mentioned in more than one article.
    pub shared: Vec<EntityId>,
    pub cross_refs: Vec<CrossRef>,
    pub conflicts: Vec<Conflict>,
    /// Each sentence joined to passages of other lives, as its marker shows them.
    pub joins: Vec<Joins>,
    /// The dates of every article's body by first day (then article, then place): where a
    /// date card looks up what the other lives did in the same period.
    pub dates_by_time: Vec<DateId>,
    /// The parallel view: every dated sentence of the bodies in time order.
    pub timeline: Timeline,
    /// The turns of fate each subject went through, and where two lives share one.
    pub experiences: Experiences,
}

/// One biography, from `seeds/<slug>.txt`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// The seed file's stem: the article's stable id and its URL path.
    pub slug: String,
    pub title: String,
    /// The person the biography is about: named by `<slug>.toml`, or read from the lead.
    pub subject: Option<EntityId>,
    /// The subject's name in their own language and script, from the lead's parenthesis.
    pub native_name: Option<NativeName>,
    /// The first sentence of the article, for the index page.
    pub summary: String,
    pub born: Option<DateSpan>,
    pub died: Option<DateSpan>,
    pub infobox: Vec<InfoboxField>,
    pub sections: Vec<Section>,
    pub references: Vec<Reference>,
    /// The entities its body names (the compiler's index, `appearances.rs`): people first, then
    /// places, organisations, events and works (`EntityKind`'s order), each kind's most
    /// mentioned first, then the one named first.
    pub entities: Vec<EntityId>,
}

/// A name in its own script, as the lead gives it: `Russian: Ива́н Ники́тич Смирно́в`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct NativeName {
    pub text: String,
    /// The language as the lead labels it ("Russian"), if it does.
    pub language: Option<String>,
    /// Its BCP 47 tag ("ru"), for the `lang` attribute, when the label is a known language.
    pub tag: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InfoboxField {
    pub key: String,
    pub value: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Stable anchor: `lead` for the untitled opening section, else the slugified title.
    pub id: String,
    /// Empty for the lead section.
    pub title: String,
    pub paragraphs: Vec<Paragraph>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Block {
    #[default]
    Prose,
    Quotation,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// Stable anchor: `<section id>-p<n>`, n counting from 1 within the section.
    pub id: String,
    pub block: Block,
    /// For a quotation: who is quoted, when the editorial data says.
    pub source: Option<String>,
    pub text: Text,
    /// Sentence ranges, in bytes local to `text.text`.
    pub sentences: Vec<Span>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Stable anchor: `ref-<n>`, n counting from 1.
    pub id: String,
    pub text: Text,
}

/// A run of seed text with its annotations.
///
/// `text` is exactly `seed[source.start..source.end]`; marks are byte ranges local to `text`,
/// sorted and non-overlapping.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub source: Span,
    pub text: String,
    pub marks: Vec<Mark>,
    /// What the reader shows after words of the text (where lives meet, where the text
    /// disagrees with itself), sorted by offset; set by the compiler's last pass.
    pub markers: Vec<Marker>,
}

/// A marker after some words of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marker {
    /// Local byte offset in the text: the marker stands just before this byte (after the words
    /// it follows, without the space).
    pub at: u32,
    pub topic: MarkerTopic,
    /// Unique among all markers of the corpus: names the marker's card.
    pub seq: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MarkerTopic {
    /// The passages of other lives a sentence is joined to: an index into `Corpus::joins`.
    Joins(u32),
    /// A claim of a conflict: an index into `Corpus::conflicts`.
    Conflict(u32),
}

/// The passages of other lives that one sentence is joined to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joins {
    /// The article of the sentence itself.
    pub article: ArticleId,
    /// The other passages, in corpus order, each with every reason it is joined.
    pub others: Vec<Joined>,
}

/// A passage of another life a sentence is joined to, by the cross-references that join them
/// (all between the same two places, each with its reason).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Joined {
    /// Indices into `Corpus::cross_refs`.
    pub cross_refs: Vec<u32>,
    /// The passage is their `to` end (else their `from` end).
    pub at_to: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Local byte range in the enclosing `Text`.
    pub span: Span,
    pub kind: MarkKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MarkKind {
    Mention(MentionId),
    Date(DateId),
    /// "[citation needed]": shown as a marker, not as text.
    CitationNeeded,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EntityKind {
    #[default]
    Person,
    Place,
    Organisation,
    Event,
    Work,
}

impl EntityKind {
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organisation => "organisation",
            EntityKind::Event => "event",
            EntityKind::Work => "work",
        }
    }
}

/// Somebody or something the texts mention: a glossary entry, or a name the compiler found.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The glossary key, stable across builds (for a found name, `found:` and its slug).
    pub key: String,
    pub name: String,
    pub kind: EntityKind,
    pub description: String,
    /// Birth, founding or start date.
    pub start: Option<DateSpan>,
    /// Death, dissolution or end date.
    pub end: Option<DateSpan>,
    /// Passages naming it in different articles are joined as the same event.
    pub joins: bool,
    /// Found in the texts by the compiler's name finder rather than listed in the glossary:
    /// it has no description, and its kind and dates are what the texts show.
    pub found: bool,
    /// The kind was guessed from weak evidence (no head noun, title or telling context).
    pub kind_guessed: bool,
    /// Other spellings the texts use for the same name (a dropped or doubled letter).
    pub variants: Vec<String>,
    /// Its mentions, in corpus order (the compiler's index): article by article, each in
    /// reading order (its infobox, its body, its references).
    pub mentions: Vec<MentionId>,
}

/// Where in the corpus something is: an article, the element of it holding the words, and the
/// words' byte range in the seed file.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    pub article: ArticleId,
    pub holder: Holder,
    /// Byte range in the seed file.
    pub span: Span,
}

/// The element of an article that holds a place.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Holder {
    /// A paragraph of the body, by its id (`lead-p1`).
    Paragraph(String),
    /// The value of an infobox field, by its index in `Article::infobox`.
    Infobox(u16),
    /// A reference, by its id (`ref-3`).
    Reference(String),
}

impl Holder {
    /// The id of the page element that shows it, as a link's fragment names it.
    pub fn element_id(&self) -> &str {
        match self {
            Holder::Paragraph(id) | Holder::Reference(id) => id,
            Holder::Infobox(_) => INFOBOX_ID,
        }
    }

    /// The paragraph's id, for a place in the body.
    pub fn paragraph(&self) -> Option<&str> {
        match self {
            Holder::Paragraph(id) => Some(id),
            _ => None,
        }
    }
}

/// The id of an article's infobox on the page.
pub const INFOBOX_ID: &str = "infobox";

/// One occurrence of an entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub entity: EntityId,
    pub place: Place,
    /// The words as they stand in the text.
    pub text: String,
    /// When the passage is set: the date in the same sentence, else the last date before it
    /// in the body (a span of a few years at most); none in the infobox and references.
    pub when: Option<DateSpan>,
    /// A date inside the name's words ("the 1905 Revolution"): the mention is the mark, and its
    /// card shows this date too.
    pub date: Option<DateId>,
    /// Set only where the words name several glossary entries: why this one.
    pub choice: Option<Choice>,
}

/// A passage of one article: the sentence around a mention or date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub place: Place,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Link {
    /// Both passages speak of the same event (or a person, place or organisation central to it).
    SameEvent(EntityId),
    /// Both passages are dated within the same months.
    SameMonths,
    /// An infobox field and the body sentence that states the same fact.
    InfoboxFact(String),
    /// Two subjects went through the same kind of experience: an index into
    /// `Experiences::pairs`.
    SameExperience(u32),
}

/// Two passages that speak of the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrossRef {
    pub link: Link,
    pub from: Passage,
    pub to: Passage,
}

/// Where the text disagrees with itself: every claim of one fact, with its place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conflict {
    /// What the claims are about, in words: "Death date of Ivar Smilga".
    pub fact: String,
    pub claims: Vec<Claim>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The claimed value as it stands in the text.
    pub value: String,
    pub passage: Passage,
}
