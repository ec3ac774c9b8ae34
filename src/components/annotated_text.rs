//! A run of seed text with its marks: plain words as text nodes, each mark as a button or marker.
//!
//! Seed text is only ever rendered as text, never parsed as HTML. A mark whose range does not
//! fit the text (which a well-formed corpus never has) is rendered as plain text.
//!
//! Browsers may break a line on either side of a button, so a mark and the punctuation
//! touching it ("(RSDLP)", "Kronstadt's", "Livonia.") are kept together in a `.mark-glue` span.
use yew::prelude::*;

use crate::components::{CitationNeeded, MarkButton};
use crate::corpus::model::{MarkKind, Text};

#[derive(Properties, PartialEq)]
pub struct AnnotatedTextProps {
    pub text: &'static Text,
}

#[function_component]
pub fn AnnotatedText(props: &AnnotatedTextProps) -> Html {
    let text = props.text.text.as_str();
    let marks = &props.text.marks;
    let mut parts: Vec<Html> = Vec::with_capacity(marks.len() * 2 + 1);
    let mut cursor = 0;
    for (index, mark) in marks.iter().enumerate() {
        let (start, end) = (mark.span.start as usize, mark.span.end as usize);
        let (Some(before), Some(words)) = (text.get(cursor..start), text.get(start..end)) else {
            continue;
        };
        let next_start = marks
            .get(index + 1)
            .map_or(text.len(), |next| next.span.start as usize);
        let after = text.get(end..next_start).unwrap_or_default();
        let glue_before_at = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let (plain, glue_before) = before.split_at(glue_before_at);
        let glue_after_len = after.find(char::is_whitespace).unwrap_or(after.len());
        let glue_after = &after[..glue_after_len];

        if !plain.is_empty() {
            parts.push(html! { { plain } });
        }
        let marked = match mark.kind {
            MarkKind::CitationNeeded => html! { <CitationNeeded /> },
            kind => html! { <MarkButton {kind} {words} /> },
        };
        parts.push(if glue_before.is_empty() && glue_after.is_empty() {
            marked
        } else {
            html! { <span class="mark-glue">{ glue_before }{ marked }{ glue_after }</span> }
        });
        cursor = end + glue_after_len;
    }
    if let Some(rest) = text.get(cursor..) {
        if !rest.is_empty() {
            parts.push(html! { { rest } });
        }
    }
    parts.into_iter().collect()
}
