//! Build errors that point at a place in a seed or data file: `seeds/<file>:<line>:<col>: <message>`.

use std::fmt;

/// How diagnostics name a file of the seeds folder: `seeds/<name>`.
pub fn seed_path(name: &str) -> String {
    format!("seeds/{name}")
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The path as the reader should see it, e.g. `seeds/ivar-smilga.toml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub col: usize,
    pub message: String,
}

impl Diagnostic {
    /// A diagnostic at byte `offset` of `source` (clamped to the text, and to a character boundary).
    pub fn at(file: &str, source: &str, offset: usize, message: impl Into<String>) -> Diagnostic {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = before[line_start..].chars().count() + 1;
        Diagnostic {
            file: file.to_string(),
            line,
            col,
            message: message.into(),
        }
    }

    /// A diagnostic about a whole file (reported at its first line).
    pub fn file(file: &str, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            line: 1,
            col: 1,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.col, self.message
        )
    }
}
