//! Reads the shape of a seed text (title, infobox, headings, paragraphs, references) and applies the editorial breaks.
//!
//! Everything is kept as byte ranges into the seed, so later stages can trace any annotation back.

use crate::diagnostic::Diagnostic;
use crate::editorial::ArticleData;
use crate::model::Block;

mod file;
mod references;

pub use file::{decode, too_big};
use references::references;

/// The largest seed accepted, in bytes: far above any biography, far below a mistake.
pub const MAX_SEED_BYTES: usize = 2 * 1024 * 1024;

#[derive(Debug, Default, PartialEq)]
pub struct Shape {
    pub title: Option<String>,
    pub infobox: Vec<Field>,
    pub sections: Vec<RawSection>,
    /// Byte ranges of the reference entries, debris removed.
    pub references: Vec<(usize, usize)>,
}

#[derive(Debug, PartialEq)]
pub struct Field {
    pub key: String,
    pub value: (usize, usize),
}

#[derive(Debug, Default, PartialEq)]
pub struct RawSection {
    pub title: String,
    pub blocks: Vec<RawBlock>,
}

#[derive(Debug, PartialEq)]
pub struct RawBlock {
    pub start: usize,
    pub end: usize,
    pub block: Block,
    pub source: Option<String>,
}

/// One line of the seed: its byte range without the line break, and its text.
struct Line<'a> {
    start: usize,
    text: &'a str,
}

fn lines(text: &str) -> Vec<Line<'_>> {
    let mut start = 0;
    text.split_inclusive('\n')
        .map(|raw| {
            let line = Line {
                start,
                text: raw.trim_end_matches(['\n', '\r']),
            };
            start += raw.len();
            line
        })
        .collect()
}

/// `= Title =` (level 1) or `== Heading ==` (level 2 or deeper): `None` when the line does not
/// start with `=`, else its level and title, or why it is not a well-formed heading.
fn heading(line: &str) -> Option<Result<(usize, &str), String>> {
    let line = line.trim();
    let level = line.len() - line.trim_start_matches('=').len();
    if level == 0 {
        return None;
    }
    let rest = &line[level..];
    let closing = rest.len() - rest.trim_end_matches('=').len();
    let inner = rest[..rest.len() - closing].trim();
    let (what, example) = match level {
        1 => ("title", "`= Title =`"),
        _ => ("heading", "`== Heading ==`"),
    };
    Some(if closing == 0 || inner.is_empty() {
        Err(format!(
            "unterminated {what}: write {example} on a line of its own"
        ))
    } else if closing != level {
        Err(format!(
            "unbalanced {what}: {level} `=` before it and {closing} after; write {example}"
        ))
    } else {
        Ok((level, inner))
    })
}

/// Splits a seed into title, infobox and untitled-or-headed paragraphs, then applies `data`.
pub fn parse(
    file: &str,
    text: &str,
    data: &ArticleData,
    data_file: &str,
    data_source: &str,
) -> Result<Shape, Vec<Diagnostic>> {
    let lines = lines(text);
    let mut shape = Shape::default();
    let mut errors = Vec::new();
    let next = title_and_infobox(file, text, &lines, &mut shape, &mut errors);
    let (mut sections, mut blocks) = headings_and_blocks(file, text, &lines[next..], &mut errors);
    let data_at =
        |offset: usize, message: String| Diagnostic::at(data_file, data_source, offset, message);
    let breaks = breaks(text, data, &mut sections, &mut errors, data_at);
    for (offset, at) in &breaks.cuts {
        if let Err(message) = split(text, &mut blocks, *offset) {
            errors.push(data_at(*at, message));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let reference_start = breaks.reference_start.unwrap_or(usize::MAX);
    shape.references = references(text, &blocks, reference_start, breaks.entry_starts);
    blocks.retain(|(s, _)| *s < reference_start);
    shape.sections = sections_of(sections, &blocks, &breaks.quotations);
    Ok(shape)
}

/// The title line and the infobox (a name line followed by `- Key: Value` lines) into `shape`;
/// returns the index of the first line after them.
fn title_and_infobox(
    file: &str,
    text: &str,
    lines: &[Line],
    shape: &mut Shape,
    errors: &mut Vec<Diagnostic>,
) -> usize {
    let mut next = 0;
    // A line opening with `==` is a section heading, read with the body.
    if let Some(first) = lines.first() {
        let is_section = first.text.trim_start().starts_with("==");
        match heading(first.text) {
            Some(Ok((1, title))) => {
                shape.title = Some(title.to_string());
                next = 1;
            }
            Some(Err(message)) if !is_section => {
                errors.push(Diagnostic::at(file, text, first.start, message));
                next = 1;
            }
            _ => {}
        }
    }
    while lines.get(next).is_some_and(|l| l.text.trim().is_empty()) {
        next += 1;
    }
    if !lines
        .get(next + 1)
        .is_some_and(|l| l.text.starts_with("- "))
    {
        return next;
    }
    next += 1;
    while let Some(line) = lines.get(next).filter(|l| l.text.starts_with("- ")) {
        match line.text[2..].split_once(':') {
            Some((key, _)) if !key.trim().is_empty() => {
                let value_start = line.start + 2 + key.len() + 1;
                let (start, end) = trim_range(text, value_start, line.start + line.text.len());
                shape.infobox.push(Field {
                    key: key.trim().to_string(),
                    value: (start, end),
                });
            }
            _ => errors.push(Diagnostic::at(
                file,
                text,
                line.start + 2,
                "infobox line must read `- Key: Value`",
            )),
        }
        next += 1;
    }
    next
}

/// The body's headings, as (offset, title) after an untitled first section, and its
/// blank-line separated blocks, trimmed.
fn headings_and_blocks(
    file: &str,
    text: &str,
    lines: &[Line],
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Heading>, Vec<Range>) {
    let mut sections = vec![(0usize, String::new())];
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for line in lines {
        let trimmed = line.text.trim();
        let heading = heading(trimmed);
        if trimmed.is_empty() || heading.is_some() {
            blocks.extend(open.take());
        }
        if let Some(heading) = heading {
            match heading {
                Ok((level, title)) if level >= 2 => sections.push((line.start, title.to_string())),
                Ok(_) => errors.push(Diagnostic::at(
                    file,
                    text,
                    line.start,
                    "a title `= Title =` may only be the first line; write `== Heading ==` for a section",
                )),
                Err(message) => errors.push(Diagnostic::at(file, text, line.start, message)),
            }
        } else if !trimmed.is_empty() {
            let end = line.start + line.text.len();
            open = Some(match open {
                Some((start, _)) => (start, end),
                None => (line.start, end),
            });
        }
    }
    blocks.extend(open.take());
    let blocks = blocks
        .into_iter()
        .map(|(s, e)| trim_range(text, s, e))
        .filter(|(s, e)| s < e)
        .collect();
    (sections, blocks)
}

/// A section's start in the seed, and its title (empty for the untitled first section).
type Heading = (usize, String);
/// A byte range of the seed.
type Range = (usize, usize);

/// Where the data file's editorial breaks fall in the text.
#[derive(Default)]
struct Breaks {
    /// Offsets to split a block at, each with the offset in the data file that asked for it.
    cuts: Vec<(usize, usize)>,
    /// Quotations: start, end (`usize::MAX`: to the references) and source.
    quotations: Vec<(usize, usize, Option<String>)>,
    reference_start: Option<usize>,
    entry_starts: Vec<usize>,
}

/// Finds each break's text (which must occur once) and adds the sections the data file names
/// to `sections`; a text that cannot be found is a diagnostic made by `data_at`.
fn breaks(
    text: &str,
    data: &ArticleData,
    sections: &mut Vec<(usize, String)>,
    errors: &mut Vec<Diagnostic>,
    data_at: impl Fn(usize, String) -> Diagnostic,
) -> Breaks {
    let mut locate = |at: &toml::Spanned<String>| -> Option<usize> {
        find_once(text, at.get_ref())
            .map_err(|message| errors.push(data_at(at.span().start, message)))
            .ok()
    };
    let mut breaks = Breaks::default();
    for section in &data.sections {
        if let Some(offset) = locate(&section.at) {
            sections.push((offset, section.title.clone()));
            breaks.cuts.push((offset, section.at.span().start));
        }
    }
    for paragraph in &data.paragraphs {
        if let Some(offset) = locate(&paragraph.at) {
            breaks.cuts.push((offset, paragraph.at.span().start));
        }
    }
    for quotation in &data.quotations {
        let Some(start) = locate(&quotation.at) else {
            continue;
        };
        breaks.cuts.push((start, quotation.at.span().start));
        let end = match &quotation.until {
            Some(until) => {
                let Some(offset) = locate(until) else {
                    continue;
                };
                let end = offset + until.get_ref().len();
                breaks.cuts.push((end, until.span().start));
                end
            }
            None => usize::MAX,
        };
        breaks
            .quotations
            .push((start, end, quotation.source.clone()));
    }
    if let Some(references) = &data.references {
        if let Some(offset) = locate(&references.at) {
            breaks.reference_start = Some(offset);
            breaks.cuts.push((offset, references.at.span().start));
            breaks.entry_starts.push(offset);
        }
        for entry in &references.entries {
            if let Some(offset) = locate(entry) {
                breaks.entry_starts.push(offset);
            }
        }
    }
    breaks
}

/// The sections: each block belongs to the last section that starts at or before it; a block
/// inside a quotation's range is a quotation.
fn sections_of(
    mut sections: Vec<(usize, String)>,
    blocks: &[(usize, usize)],
    quotations: &[(usize, usize, Option<String>)],
) -> Vec<RawSection> {
    sections.sort_by_key(|(offset, _)| *offset);
    let mut raw = Vec::new();
    for (index, (offset, title)) in sections.iter().enumerate() {
        let until = sections.get(index + 1).map_or(usize::MAX, |(o, _)| *o);
        let section_blocks: Vec<RawBlock> = blocks
            .iter()
            .filter(|(s, _)| s >= offset && *s < until)
            .map(|&(start, end)| {
                let quotation = quotations
                    .iter()
                    .find(|(qs, qe, _)| start >= *qs && start < *qe);
                RawBlock {
                    start,
                    end,
                    block: if quotation.is_some() {
                        Block::Quotation
                    } else {
                        Block::Prose
                    },
                    source: quotation.and_then(|(_, _, source)| source.clone()),
                }
            })
            .collect();
        if !section_blocks.is_empty() || !title.is_empty() {
            raw.push(RawSection {
                title: title.clone(),
                blocks: section_blocks,
            });
        }
    }
    raw
}

/// The offset of the one occurrence of `needle` in `text`, or why there is not exactly one.
fn find_once(text: &str, needle: &str) -> Result<usize, String> {
    if needle.trim().is_empty() {
        return Err("the text is empty".to_string());
    }
    let mut found = text.match_indices(needle).map(|(i, _)| i);
    match (found.next(), found.count()) {
        (None, _) => Err(format!("the text {needle:?} does not occur in the seed")),
        (Some(offset), 0) => Ok(offset),
        (Some(_), more) => Err(format!(
            "the text {needle:?} occurs {} times in the seed; make it longer so it names one place",
            more + 1
        )),
    }
}

/// Splits the block containing `offset` in two there (a no-op at a block's start or end).
fn split(text: &str, blocks: &mut Vec<(usize, usize)>, offset: usize) -> Result<(), String> {
    // A block's start or end is a break already (a quotation ending its paragraph).
    if blocks.iter().any(|(s, e)| *s == offset || *e == offset) {
        return Ok(());
    }
    let Some(index) = blocks.iter().position(|&(s, e)| s < offset && offset < e) else {
        return Err(
            "the text is not in the body of the seed (it is in the title, infobox or a heading)"
                .to_string(),
        );
    };
    let (start, end) = blocks[index];
    let before = trim_range(text, start, offset);
    let after = trim_range(text, offset, end);
    blocks.splice(
        index..=index,
        [before, after].into_iter().filter(|(s, e)| s < e),
    );
    Ok(())
}

/// Narrows `start..end` to exclude surrounding whitespace.
pub(super) fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    (start + leading, (end - trailing).max(start + leading))
}

#[cfg(test)]
mod tests;
