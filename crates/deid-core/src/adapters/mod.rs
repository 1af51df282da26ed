//! Format adapters: each turns a document into fields, runs the engine, and writes the
//! same format back with untouched bytes left byte-identical. [`deidentify`] is the one
//! entry point the faces (CLI, Python) call.

pub mod auto;
pub mod csv;
pub mod fhir;
pub mod hl7;
pub mod text;

pub use auto::Format;

use crate::{Change, Engine, Error};

impl Format {
    /// Parse a command-line name (`text`, `hl7`, `fhir`, `csv`).
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" | "txt" => Some(Format::Text),
            "hl7" | "hl7v2" => Some(Format::Hl7),
            "fhir" | "json" | "ndjson" => Some(Format::Fhir),
            "csv" | "tsv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// Decide the format of `bytes` by content.
    pub fn detect(bytes: &[u8]) -> Format {
        auto::detect(bytes)
    }
}

/// A de-identified document.
#[derive(Debug, Clone, Default)]
pub struct DocumentOutput {
    /// The output bytes, in the input's format.
    pub bytes: Vec<u8>,
    /// Every change; the field path starts with the part of the document it was in
    /// (`message 2/PID-5.1`, `row 17/...`).
    pub changes: Vec<Change>,
}

fn flatten(parts: Vec<(String, Vec<Change>)>) -> Vec<Change> {
    parts
        .into_iter()
        .flat_map(|(part, changes)| {
            changes.into_iter().map(move |mut c| {
                c.field = format!("{part}/{}", c.field);
                c
            })
        })
        .collect()
}

/// De-identify one document of a known format. `origin` names it in errors;
/// `subject_column` names the CSV column that identifies the patient.
pub fn deidentify(
    engine: &Engine,
    format: Format,
    input: &[u8],
    origin: &str,
    subject_column: Option<&str>,
) -> Result<DocumentOutput, Error> {
    match format {
        Format::Text => {
            let scrubbed = text::deidentify(engine, utf8(input, origin)?, None);
            Ok(DocumentOutput {
                bytes: scrubbed.value.into_bytes(),
                changes: scrubbed.changes,
            })
        }
        Format::Hl7 => {
            let out = hl7::deidentify(engine, utf8(input, origin)?)?;
            Ok(DocumentOutput {
                bytes: out.text.into_bytes(),
                changes: flatten(out.changes),
            })
        }
        Format::Fhir => {
            let out = fhir::deidentify(engine, utf8(input, origin)?)?;
            Ok(DocumentOutput {
                bytes: out.text.into_bytes(),
                changes: flatten(out.changes),
            })
        }
        Format::Csv => {
            let mut bytes = Vec::with_capacity(input.len());
            let mut parts = Vec::new();
            csv::deidentify_with(
                engine,
                input,
                &mut bytes,
                subject_column,
                |part, changes| parts.push((part, changes)),
            )?;
            Ok(DocumentOutput {
                bytes,
                changes: flatten(parts),
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

use crate::PhiKind;

/// The PHI kind of an identifier from its HL7 v2 identifier type code (table 0203), which
/// FHIR `Identifier.type` reuses: `MR` → MRN, `SS` → SSN, `MC`/`MA` → health plan id,
/// `DL` → licence number, ... `None` for codes this table does not know.
pub fn identifier_kind(type_code: &str) -> Option<PhiKind> {
    let code = type_code.trim().to_ascii_uppercase();
    Some(match code.as_str() {
        "MR" | "MRN" | "MRT" | "PI" | "PT" | "PN" => PhiKind::Mrn,
        "SS" | "SSN" | "SB" => PhiKind::Ssn,
        "MA" | "MC" | "MB" | "MI" | "SN" | "NH" | "NIIP" | "HC" | "JHN" | "MCN" => {
            PhiKind::HealthPlanId
        }
        "AN" | "AM" | "AND" | "ANON" | "ANT" | "VN" => PhiKind::AccountNumber,
        "DL" | "DR" | "LN" | "LR" | "MD" | "NPI" | "PRN" | "DEA" | "SL" | "TAX" | "TN" | "DN" => {
            PhiKind::LicenseNumber
        }
        "PPN" | "BCT" | "BC" | "CZ" | "EI" | "EN" | "FI" | "GI" | "GN" | "NI" | "PEN" | "RRI"
        | "U" | "WC" | "WP" | "XX" => PhiKind::OtherId,
        _ => return None,
    })
}

/// The number of a 1-based position, for error messages and document names.
pub(crate) fn ordinal(index: usize) -> usize {
    index + 1
}
