//! The DOM side of passage links: a paragraph's reading text, selections and ranges in it as byte
//! offsets, and the "passage" highlight (CSS Custom Highlight API; nothing is inserted into the DOM
//! Yew manages).
//!
//! The reading text of a paragraph is its text nodes in order, leaving out controls and cards
//! (whatever matches `NOT_TEXT`), so it equals the paragraph's seed text.
use std::ops::Range;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, Node};

/// Elements inside a paragraph whose text is not part of what the paragraph says.
const NOT_TEXT: &str = ".copy-link, .passage-link, .card, [role=tooltip], [role=dialog], [aria-hidden=true], .visually-hidden";
/// The elements a passage can be in: the article's paragraphs and quotations.
pub const PASSAGE_HOLDERS: &str = ".biography-article p[id], .biography-article blockquote[id]";
/// The name of the highlight in `CSS.highlights`, styled by `::highlight(passage)`.
pub const HIGHLIGHT_NAME: &str = "passage";

/// One text node of a paragraph and where its data starts in the reading text.
struct Piece {
    node: web_sys::Text,
    start: usize,
    data: String,
}

/// The reading text of one paragraph, and the text nodes it comes from.
pub struct ParagraphText {
    pub text: String,
    pieces: Vec<Piece>,
}

impl ParagraphText {
    pub fn of(element: &Element) -> ParagraphText {
        let mut text = String::new();
        let mut pieces = Vec::new();
        // NodeFilter.SHOW_TEXT
        let Ok(walker) = gloo::utils::document().create_tree_walker_with_what_to_show(element, 4)
        else {
            return ParagraphText { text, pieces };
        };
        while let Ok(Some(node)) = walker.next_node() {
            let excluded = node
                .parent_element()
                .and_then(|parent| parent.closest(NOT_TEXT).ok().flatten())
                .is_some_and(|outside| element.contains(Some(&outside)));
            let Ok(node) = node.dyn_into::<web_sys::Text>() else {
                continue;
            };
            if excluded {
                continue;
            }
            let data = node.data();
            pieces.push(Piece {
                node,
                start: text.len(),
                data: data.clone(),
            });
            text.push_str(&data);
        }
        ParagraphText { text, pieces }
    }

    /// The byte offset in the reading text of a DOM boundary point, clamped to the paragraph:
    /// a point before it is 0, a point after it is the text's length.
    pub fn offset_of(&self, node: &Node, offset: u32) -> Option<usize> {
        if let Some(piece) = self.pieces.iter().find(|p| p.node.is_same_node(Some(node))) {
            return Some(piece.start + byte_offset(&piece.data, offset));
        }
        let point = gloo::utils::document().create_range().ok()?;
        point.set_start(node, offset).ok()?;
        point.collapse_with_to_start(true);
        // The first of our text nodes at or after the point starts where the point is.
        for piece in &self.pieces {
            if point.compare_point(&piece.node, 0).ok()? >= 0 {
                return Some(piece.start);
            }
        }
        Some(self.text.len())
    }

    /// A DOM range over the bytes `bytes` of the reading text.
    pub fn dom_range(&self, bytes: Range<usize>) -> Option<web_sys::Range> {
        let (start_node, start_offset) = self.point(bytes.start, false)?;
        let (end_node, end_offset) = self.point(bytes.end, true)?;
        let range = gloo::utils::document().create_range().ok()?;
        range.set_start(&start_node, start_offset).ok()?;
        range.set_end(&end_node, end_offset).ok()?;
        Some(range)
    }

    /// The text node and UTF-16 offset of a byte offset; at a node boundary, the earlier node
    /// when `at_end` (so a range does not end at the start of the next node), else the later.
    fn point(&self, byte: usize, at_end: bool) -> Option<(web_sys::Text, u32)> {
        let piece = self.pieces.iter().find(|p| {
            let end = p.start + p.data.len();
            if at_end {
                p.start < byte && byte <= end
            } else {
                p.start <= byte && byte < end
            }
        })?;
        let local = piece.data.get(..byte - piece.start)?;
        Some((piece.node.clone(), local.encode_utf16().count() as u32))
    }
}

/// The byte offset in `data` of a UTF-16 offset (clamped to the end).
fn byte_offset(data: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (at, c) in data.char_indices() {
        if units >= utf16 as usize {
            return at;
        }
        units += c.len_utf16();
    }
    data.len()
}

/// Shows `range` as the passage highlight; false when the browser has no Custom Highlight API.
pub fn highlight(range: &web_sys::Range) -> bool {
    let set = || -> Result<(), JsValue> {
        let global = js_sys::global();
        let constructor: Function = Reflect::get(&global, &"Highlight".into())?.dyn_into()?;
        let highlight = Reflect::construct(&constructor, &Array::of1(range))?;
        let registry = highlights()?;
        let set: Function = Reflect::get(&registry, &"set".into())?.dyn_into()?;
        set.call2(&registry, &HIGHLIGHT_NAME.into(), &highlight)?;
        Ok(())
    };
    set().is_ok()
}

/// Removes the passage highlight, if any.
pub fn clear_highlight() {
    let clear = || -> Result<(), JsValue> {
        let registry = highlights()?;
        let delete: Function = Reflect::get(&registry, &"delete".into())?.dyn_into()?;
        delete.call1(&registry, &HIGHLIGHT_NAME.into())?;
        Ok(())
    };
    let _ = clear();
}

/// `CSS.highlights`, or an error where there is none.
fn highlights() -> Result<JsValue, JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into())?;
    let registry = Reflect::get(&css, &"highlights".into())?;
    if registry.is_undefined() || registry.is_null() {
        return Err(JsValue::from_str("no CSS.highlights"));
    }
    Ok(registry)
}
