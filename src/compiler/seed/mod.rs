//! Reads the shape of a seed text (title, infobox, headings, paragraphs, references) and applies the editorial breaks.
//!
//! Everything is kept as byte ranges into the seed, so later stages can trace any annotation back.

use crate::diagnostic::Diagnostic;
use crate::editorial::ArticleData;
use crate::model::Block;

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

/// Checks that raw bytes can be a seed text, and returns them as text.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostic> {
    if bytes.len() > MAX_SEED_BYTES {
        return Err(too_big(file, bytes.len() as u64));
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(Diagnostic::file(
            file,
            "the file is UTF-16: save it as UTF-8",
        ));
    }
    if bytes.starts_with("\u{feff}".as_bytes()) {
        return Err(Diagnostic::file(
            file,
            "the file starts with a byte order mark: save it as UTF-8 without one",
        ));
    }
    // A NUL byte says "binary" more clearly than the invalid UTF-8 that usually comes with it.
    let utf8 = std::str::from_utf8(bytes);
    let problem = match (bytes.iter().position(|&b| b == 0), &utf8) {
        (Some(nul), _) => Some((nul, "NUL byte: this looks like a binary file, not a text")),
        (None, Err(error)) => Some((
            error.valid_up_to(),
            "invalid UTF-8: seed texts must be UTF-8",
        )),
        (None, Ok(_)) => None,
    };
    if let Some((offset, message)) = problem {
        let before = String::from_utf8_lossy(&bytes[..offset]);
        return Err(Diagnostic::at(file, &before, before.len(), message));
    }
    let text = utf8.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(Diagnostic::file(file, "the seed is empty"));
    }
    Ok(text)
}

/// The diagnostic for a file larger than `MAX_SEED_BYTES`, which is not even read.
pub fn too_big(file: &str, len: u64) -> Diagnostic {
    const MB: f64 = 1024.0 * 1024.0;
    Diagnostic::file(
        file,
        format!(
            "the file is {:.1} MB ({len} bytes); a seed may be at most {} MB",
            len as f64 / MB,
            MAX_SEED_BYTES as f64 / MB
        ),
    )
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
    let mut next = 0;

    // The title line (a line opening with `==` is a section heading, read below).
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
    // The infobox: a name line followed by `- Key: Value` lines.
    if lines
        .get(next + 1)
        .is_some_and(|l| l.text.starts_with("- "))
    {
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
    }

    // Headings and blank-line separated paragraphs.
    let mut sections = vec![(0usize, String::new())]; // (offset, title)
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for line in &lines[next..] {
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
    let mut blocks: Vec<(usize, usize)> = blocks
        .into_iter()
        .map(|(s, e)| trim_range(text, s, e))
        .filter(|(s, e)| s < e)
        .collect();

    // Editorial breaks, each anchored to text that occurs once.
    let mut anchor = |at: &toml::Spanned<String>| -> Option<usize> {
        match find_once(text, at.get_ref()) {
            Ok(offset) => Some(offset),
            Err(message) => {
                errors.push(Diagnostic::at(
                    data_file,
                    data_source,
                    at.span().start,
                    message,
                ));
                None
            }
        }
    };
    let mut cuts: Vec<(usize, &toml::Spanned<String>)> = Vec::new();
    for section in &data.sections {
        if let Some(offset) = anchor(&section.at) {
            sections.push((offset, section.title.clone()));
            cuts.push((offset, &section.at));
        }
    }
    for paragraph in &data.paragraphs {
        if let Some(offset) = anchor(&paragraph.at) {
            cuts.push((offset, &paragraph.at));
        }
    }
    let mut quotations = Vec::new();
    for quotation in &data.quotations {
        let Some(start) = anchor(&quotation.at) else {
            continue;
        };
        cuts.push((start, &quotation.at));
        match &quotation.until {
            Some(until) => {
                if let Some(offset) = anchor(until) {
                    let end = offset + until.get_ref().len();
                    cuts.push((end, until));
                    quotations.push((start, end, quotation.source.clone()));
                }
            }
            None => quotations.push((start, usize::MAX, quotation.source.clone())),
        }
    }
    let mut reference_start = None;
    let mut entry_starts = Vec::new();
    if let Some(references) = &data.references {
        if let Some(offset) = anchor(&references.at) {
            reference_start = Some(offset);
            cuts.push((offset, &references.at));
            entry_starts.push(offset);
        }
        for entry in &references.entries {
            if let Some(offset) = anchor(entry) {
                entry_starts.push(offset);
            }
        }
    }
    for (offset, at) in cuts {
        if let Err(message) = split(text, &mut blocks, offset) {
            errors.push(Diagnostic::at(
                data_file,
                data_source,
                at.span().start,
                message,
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    // References: every block from their start on, split at each entry, debris dropped.
    let reference_start = reference_start.unwrap_or(usize::MAX);
    entry_starts.sort_unstable();
    for &(start, end) in blocks.iter().filter(|(s, _)| *s >= reference_start) {
        let mut bounds: Vec<usize> = entry_starts
            .iter()
            .copied()
            .filter(|&o| o > start && o < end)
            .collect();
        bounds.insert(0, start);
        bounds.push(end);
        for pair in bounds.windows(2) {
            for (s, e) in without_debris(text, pair[0], pair[1]) {
                shape.references.push((s, e));
            }
        }
    }
    blocks.retain(|(s, _)| *s < reference_start);

    // Sections: each block belongs to the last section that starts at or before it.
    sections.sort_by_key(|(offset, _)| *offset);
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
            shape.sections.push(RawSection {
                title: title.clone(),
                blocks: section_blocks,
            });
        }
    }
    Ok(shape)
}

/// The offset of the one occurrence of `needle` in `text`, or why there is not exactly one.
fn find_once(text: &str, needle: &str) -> Result<usize, String> {
    if needle.trim().is_empty() {
        return Err("anchor text is empty".to_string());
    }
    let mut found = text.match_indices(needle).map(|(i, _)| i);
    match (found.next(), found.count()) {
        (None, _) => Err(format!("anchor text {needle:?} does not occur in the seed")),
        (Some(offset), 0) => Ok(offset),
        (Some(_), more) => Err(format!(
            "anchor text {needle:?} occurs {} times in the seed; make it longer so it names one place",
            more + 1
        )),
    }
}

/// Splits the block containing `offset` in two there (a no-op at a block's start).
fn split(text: &str, blocks: &mut Vec<(usize, usize)>, offset: usize) -> Result<(), String> {
    if blocks.iter().any(|(s, _)| *s == offset) {
        return Ok(());
    }
    let Some(index) = blocks.iter().position(|&(s, e)| s < offset && offset < e) else {
        return Err(
            "anchor text is not in the body of the seed (it is in the title, infobox or a heading)"
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
fn trim_range(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let leading = slice.len() - slice.trim_start().len();
    let trailing = slice.len() - slice.trim_end().len();
    (start + leading, (end - trailing).max(start + leading))
}

/// The parts of `start..end` that are not wiki maintenance debris such as
/// `{{cite book}}: CS1 maint: location (link)`.
fn without_debris(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut from = start;
    while let Some(open) = text[from..end].find("{{").map(|i| from + i) {
        let Some(close) = text[open..end].find("}}").map(|i| open + i + 2) else {
            break;
        };
        let mut debris_end = close;
        let rest = &text[close..end];
        if rest.starts_with(": CS1 maint:") {
            debris_end = match rest.find("(link)") {
                Some(i) => close + i + "(link)".len(),
                None => end,
            };
        }
        parts.push(trim_range(text, from, open));
        from = debris_end;
    }
    parts.push(trim_range(text, from, end));
    parts.retain(|(s, e)| s < e);
    parts
}

#[cfg(test)]
mod tests;
