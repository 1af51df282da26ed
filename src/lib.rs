//! # deid
//!
//! Finds and removes protected health information (PHI) in clinical free text, HL7 v2,
//! FHIR JSON, CSV and DICOM, with format-preserving tokenization, keyed pseudonyms,
//! per-patient date shifting and a tamper-evident provenance log.
//!
//! This facade re-exports the engine ([`deid_core`]) and the DICOM profile
//! ([`deid_dicom`]) so that a Rust service needs one dependency.
//!
//! ```
//! use deid::{Engine, KeyRing, Policy};
//!
//! let engine = Engine::new(Policy::redact_all(), KeyRing::from_secret("k1", [7; 32]));
//! let out = engine.deidentify_text("Seen by Dr. Alvarez on 03/04/2021, MRN: 00482913.", None);
//! assert_eq!(out.value, "Seen by Dr. [NAME] on [DATE], MRN: [MRN].");
//! ```

pub use deid_core::*;
pub use deid_dicom;
