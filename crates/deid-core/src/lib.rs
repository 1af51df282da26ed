//! # deid-core
//!
//! Finds and removes protected health information (PHI) before data leaves a hospital.
//! Every input takes the same path:
//!
//! ```text
//! bytes ─► format adapter ─► fields (value + hint + subject)
//!       ─► detectors ─► findings (span, PhiKind, confidence, detector)
//!       ─► policy (kind, field path → action)
//!       ─► transforms (redact | mask | fpe | pseudonym | surrogate | date_shift | generalize | keep)
//!       ─► adapter writes the same format back  +  provenance (hash-chained, keyed digests)
//! ```
//!
//! The key decision: a transform's output depends only on (key, kind, value) and the
//! subject, never on format or process, so one patient reads the same in HL7, FHIR, CSV,
//! Parquet and DICOM without a shared lookup table. Detection compiles every pattern into
//! one multi-pattern regex and every phrase into one Aho-Corasick automaton, so each value
//! is scanned once.
#![deny(missing_docs)]

pub mod adapters;
pub mod date;
pub mod detect;
mod engine;
mod error;
pub mod eval;
mod field;
pub mod keys;
mod kind;
pub mod lexicon;
mod lexicon_table;
mod policy;
pub mod provenance;
mod span;
pub mod transform;

pub use engine::{Engine, Scrubbed};
pub use error::Error;
pub use field::{Field, Hint, Subject};
pub use keys::KeyRing;
pub use kind::{PhiKind, UnknownKind};
pub use policy::{Action, FieldRule, Policy};
pub use provenance::{Change, ProvenanceWriter};
pub use span::{Finding, Span};
