//! Plain text: the whole document is one free-text field.

use crate::{Engine, Scrubbed, Subject};

/// De-identify a plain-text document.
pub fn deidentify(engine: &Engine, text: &str, subject: Option<&Subject>) -> Scrubbed {
    engine.deidentify_text(text, subject)
}
