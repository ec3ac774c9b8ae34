//! The editorial data files beside the seeds (`glossary.toml`, `facts.toml`, `<slug>.toml`), read with their positions.

use serde::Deserialize;
use toml::Spanned;

use crate::diagnostic::Diagnostic;

/// `glossary.toml`: who and what the texts mention.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// Words the name finder takes for a name in these texts and that are none ("the Combine
    /// harvester plant"): never marked as found names.
    #[serde(default)]
    pub not_names: Vec<String>,
    #[serde(default, rename = "entity")]
    pub entities: Vec<GlossaryEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryEntry {
    pub id: Spanned<String>,
    pub name: Spanned<String>,
    pub kind: KindName,
    #[serde(default)]
    pub aliases: Vec<Spanned<String>>,
    pub description: String,
    pub start: Option<Spanned<String>>,
    pub end: Option<Spanned<String>>,
    #[serde(default)]
    pub related: Vec<Spanned<String>>,
    /// Join passages naming it across articles; true for events unless said otherwise.
    pub joins: Option<bool>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum KindName {
    Person,
    Place,
    Organisation,
    Event,
    Work,
}

/// `<slug>.toml`: structure the text lacks, and who it is about.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleData {
    pub subject: Option<Spanned<String>>,
    pub title: Option<String>,
    #[serde(default, rename = "section")]
    pub sections: Vec<SectionBreak>,
    #[serde(default, rename = "paragraph")]
    pub paragraphs: Vec<ParagraphBreak>,
    #[serde(default, rename = "quotation")]
    pub quotations: Vec<Quotation>,
    pub references: Option<References>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionBreak {
    pub title: String,
    pub at: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParagraphBreak {
    pub at: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quotation {
    pub at: Spanned<String>,
    pub until: Option<Spanned<String>>,
    pub source: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct References {
    pub at: Spanned<String>,
    #[serde(default)]
    pub entries: Vec<Spanned<String>>,
}

/// `facts.toml`: which infobox fields state which facts, and how prose states them.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facts {
    #[serde(default, rename = "fact")]
    pub facts: Vec<Fact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub name: String,
    pub infobox: Option<String>,
    #[serde(default)]
    pub compare: Compare,
    #[serde(default)]
    pub words: Vec<String>,
    pub life: Option<Life>,
    pub needs: Option<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Compare {
    #[default]
    Date,
    Place,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Life {
    Start,
    End,
}

/// Parses one TOML data file, turning a syntax or shape error into a positioned diagnostic.
pub fn parse<T: for<'de> Deserialize<'de>>(file: &str, source: &str) -> Result<T, Diagnostic> {
    toml::from_str(source).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        let message = error.message().trim().to_string();
        Diagnostic::at(file, source, offset, message)
    })
}
