//! Format adapters: each turns a document into fields, runs the engine, and writes the
//! same format back with untouched bytes left byte-identical. [`deidentify`] is the one
//! entry point the faces (CLI, Python) call.

pub mod text;

use crate::{Change, Engine, Error};

/// The formats the core reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: one free-text field.
    Text,
}

impl Format {
    /// The format's name as used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
        }
    }

    /// Parse a command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" | "txt" => Some(Format::Text),
            _ => None,
        }
    }

    /// Decide the format of `bytes` by content.
    pub fn detect(_bytes: &[u8]) -> Format {
        Format::Text
    }
}

/// A de-identified document.
#[derive(Debug, Clone, Default)]
pub struct DocumentOutput {
    /// The output bytes, in the input's format.
    pub bytes: Vec<u8>,
    /// Changes per part of the document (`text`, `message 2`, `row 17`...), for provenance.
    pub changes: Vec<Change>,
}

/// De-identify one document of a known format. `origin` names it in errors.
pub fn deidentify(
    engine: &Engine,
    format: Format,
    input: &[u8],
    origin: &str,
) -> Result<DocumentOutput, Error> {
    match format {
        Format::Text => {
            let text = utf8(input, origin)?;
            let scrubbed = text::deidentify(engine, text, None);
            Ok(DocumentOutput {
                bytes: scrubbed.value.into_bytes(),
                changes: scrubbed.changes,
            })
        }
    }
}

/// The input as UTF-8 (a leading byte-order mark is kept), or an error naming the first
/// invalid byte's offset.
pub fn utf8<'a>(input: &'a [u8], origin: &str) -> Result<&'a str, Error> {
    std::str::from_utf8(input).map_err(|e| Error::Parse {
        format: "text",
        location: format!("{origin}, byte {}", e.valid_up_to()),
        reason: "not valid UTF-8 (convert the file to UTF-8 first)".into(),
    })
}
