//! A run of seed text with its marks: plain words as text nodes, each mark as a button or marker,
//! and the markers the compiler put after sentences (where lives meet, conflicting claims).
//!
//! Seed text is only ever rendered as text, never parsed as HTML. A mark whose range does not
//! fit the text (which a well-formed corpus never has) is rendered as plain text.
//!
//! Browsers may break a line on either side of a button, so a mark and the punctuation
//! touching it ("(RSDLP)", "Kronstadt's", "Livonia.") are kept together in a `.mark-glue` span,
//! unless the mark is so long that the whole might not fit on a narrow line.
use yew::prelude::*;

use crate::components::{CitationNeeded, ConflictMarker, CrossRefMarker, MarkButton};
use crate::model::{MarkKind, Marker, MarkerTopic, Span, Text};

#[derive(Properties, PartialEq)]
pub struct AnnotatedTextProps {
    pub text: &'static Text,
    /// Only these bytes of the text (a sentence, in the parallel view), with the marks and
    /// markers inside them; the whole text when none.
    #[prop_or_default]
    pub window: Option<Span>,
}

#[function_component]
pub fn AnnotatedText(props: &AnnotatedTextProps) -> Html {
    let full = props.text.text.as_str();
    let (from, to) = props.window.map_or((0, full.len()), |w| {
        let to = (w.end as usize).min(full.len());
        ((w.start as usize).min(to), to)
    });
    let text = full.get(..to).unwrap_or(full);
    let all_marks = &props.text.marks;
    let first_mark = all_marks.partition_point(|m| (m.span.start as usize) < from);
    let marks = &all_marks[first_mark
        ..all_marks
            .partition_point(|m| (m.span.end as usize) <= to)
            .max(first_mark)];
    let all_markers = &props.text.markers;
    let markers = &all_markers[all_markers.partition_point(|m| (m.at as usize) < from)
        ..all_markers.partition_point(|m| (m.at as usize) <= to)];
    let mut pieces = Pieces {
        text,
        markers,
        next: 0,
        stop_given: false,
        parts: Vec::with_capacity(marks.len() * 2 + 1),
    };
    let mut cursor = from;
    for (index, mark) in marks.iter().enumerate() {
        let (start, end) = (mark.span.start as usize, mark.span.end as usize);
        let (Some(before), Some(words)) = (text.get(cursor..start), text.get(start..end)) else {
            continue;
        };
        let next_start = marks
            .get(index + 1)
            .map_or(text.len(), |next| next.span.start as usize);
        let after = text.get(end..next_start).unwrap_or_default();
        let glue_start = cursor
            + before
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
        let glue_end = end + after.find(char::is_whitespace).unwrap_or(after.len());

        pieces.plain(cursor, glue_start);
        let outer = std::mem::take(&mut pieces.parts);
        pieces.plain(glue_start, start);
        pieces.markers_before(start + 1);
        let tab_stop = pieces.take_stop();
        pieces.parts.push(match mark.kind {
            MarkKind::CitationNeeded => html! { <CitationNeeded {tab_stop} /> },
            kind => html! { <MarkButton {kind} {words} {tab_stop} /> },
        });
        // A marker inside the marked words goes after them.
        pieces.markers_before(end);
        pieces.plain(end, glue_end);
        // A marker just after the punctuation stays on its line too.
        pieces.markers_before(glue_end + 1);
        let glued = std::mem::replace(&mut pieces.parts, outer);
        // A button does not break across lines: glued to its punctuation, a long name could
        // be wider than a phone's line.
        if (glue_start == start && glue_end == end && glued.len() == 1) || long_words(words) {
            pieces.parts.extend(glued);
        } else {
            pieces
                .parts
                .push(html! { <span class="mark-glue">{ for glued }</span> });
        }
        cursor = glue_end;
    }
    pieces.plain(cursor, text.len());
    pieces.markers_before(usize::MAX);
    pieces.parts.into_iter().collect()
}

/// Names longer than this (in characters) are not glued to the punctuation around them.
const GLUE_AT_MOST: usize = 28;

fn long_words(words: &str) -> bool {
    words.chars().count() > GLUE_AT_MOST
}

/// The parts rendered so far, and the markers still to place.
struct Pieces<'a> {
    text: &'a str,
    markers: &'static [Marker],
    next: usize,
    /// Whether the text's Tab stop (its first annotation) is rendered yet.
    stop_given: bool,
    parts: Vec<Html>,
}

impl Pieces<'_> {
    /// The text of `start..end`, with the markers standing inside it, each kept on one line
    /// with the word before it.
    fn plain(&mut self, start: usize, end: usize) {
        let mut from = start;
        while let Some(marker) = self
            .markers
            .get(self.next)
            .filter(|m| (m.at as usize) < end)
        {
            let at = (marker.at as usize).max(from);
            let word_start = self
                .text
                .get(from..at)
                .and_then(|before| {
                    let (i, space) = before.char_indices().rfind(|(_, c)| c.is_whitespace())?;
                    Some(from + i + space.len_utf8())
                })
                .unwrap_or(from);
            self.push_text(from, word_start);
            let outer = std::mem::take(&mut self.parts);
            self.push_text(word_start, at);
            self.push_marker(*marker);
            let glued = std::mem::replace(&mut self.parts, outer);
            self.parts
                .push(html! { <span class="mark-glue">{ for glued }</span> });
            from = at;
        }
        self.push_text(from, end);
    }

    /// The markers standing before `at` that are not placed yet.
    fn markers_before(&mut self, at: usize) {
        while let Some(marker) = self.markers.get(self.next).filter(|m| (m.at as usize) < at) {
            self.push_marker(*marker);
        }
    }

    fn push_text(&mut self, start: usize, end: usize) {
        if let Some(words) = self.text.get(start..end).filter(|w| !w.is_empty()) {
            self.parts.push(html! { { words } });
        }
    }

    fn push_marker(&mut self, marker: Marker) {
        self.next += 1;
        let tab_stop = self.take_stop();
        self.parts.push(match marker.topic {
            MarkerTopic::Joins(joins) => html! { <CrossRefMarker {joins} {tab_stop} /> },
            MarkerTopic::Conflict(conflict) => {
                html! { <ConflictMarker {conflict} seq={marker.seq} {tab_stop} /> }
            }
        });
    }

    /// True for the text's first annotation, which is its Tab stop (`roving.rs`).
    fn take_stop(&mut self) -> bool {
        !std::mem::replace(&mut self.stop_given, true)
    }
}
