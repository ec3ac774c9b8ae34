//! The references section of a seed: split at each entry the data file names, with the wiki's maintenance debris left out.

use super::trim_range;

/// The references: every block from their start on, split at each entry, debris dropped.
pub(super) fn references(
    text: &str,
    blocks: &[(usize, usize)],
    reference_start: usize,
    mut entry_starts: Vec<usize>,
) -> Vec<(usize, usize)> {
    entry_starts.sort_unstable();
    let mut references = Vec::new();
    for &(start, end) in blocks.iter().filter(|(s, _)| *s >= reference_start) {
        let mut bounds: Vec<usize> = entry_starts
            .iter()
            .copied()
            .filter(|&o| o > start && o < end)
            .collect();
        bounds.insert(0, start);
        bounds.push(end);
        for pair in bounds.windows(2) {
            references.extend(without_debris(text, pair[0], pair[1]));
        }
    }
    references
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
