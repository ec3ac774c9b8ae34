//! A seed file's bytes: refused when too big, in another encoding, binary or empty, else read as text.

use super::MAX_SEED_BYTES;
use crate::diagnostic::Diagnostic;

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
