//! Fields and subjects: what adapters hand to the engine.

use serde::{Deserialize, Serialize};

use crate::PhiKind;

/// What an adapter knows about a field before detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hint {
    /// The whole value is PHI of this kind (a structured field such as `PID-7` or
    /// `Patient.birthDate`).
    Kind(PhiKind),
    /// Free text: scan it with the detectors.
    FreeText,
    /// Known not to be PHI (codes, units, flags): left byte-identical.
    Keep,
}

/// One value of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Where the value sits: `PID-5.1`, `Patient.name[0].family`, `row 12, column "Pt Name"`.
    pub path: String,
    /// The value itself (already unescaped by the adapter).
    pub value: String,
    /// What the adapter knows about it.
    pub hint: Hint,
}

impl Field {
    /// A field.
    pub fn new(path: impl Into<String>, value: impl Into<String>, hint: Hint) -> Field {
        Field {
            path: path.into(),
            value: value.into(),
            hint,
        }
    }
}

/// Whose data a document is (PID-3, Patient.id, DICOM PatientID, a CSV column).
/// Date-shift offsets are derived from it, so one patient moves by the same number of days
/// in every format and run.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Subject(String);

impl Subject {
    /// A subject from its identifier; surrounding whitespace is ignored so that `" 123"` in a
    /// fixed-width field and `"123"` elsewhere are the same patient.
    pub fn new(id: impl AsRef<str>) -> Subject {
        Subject(id.as_ref().trim().to_string())
    }

    /// The identifier.
    pub fn id(&self) -> &str {
        &self.0
    }
}
