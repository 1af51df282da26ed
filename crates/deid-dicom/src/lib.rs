//! # deid-dicom
//!
//! DICOM de-identification by the PS3.15 Annex E Basic Application Level Confidentiality
//! Profile and its options, on top of `deid-core`.
//!
//! The profile is data: Table E.1-1 is generated into a Rust table
//! (`tools/gen_profile.py` → `src/profile_table.rs`), each row's action code is an enum
//! ([`Basic`]), and [`ProfileOptions`] resolves every row to exactly one [`ProfileAction`].
//! One walker applies it to every attribute, recursing into sequences at any depth.
//!
//! The key decision: every replacement comes from the core engine's keyed transforms —
//! PatientID through the MRN transform, dates through the subject's date shift, UIDs through
//! `map_uid` — never from a per-run lookup table. So the same patient reads the same in
//! DICOM, HL7, FHIR and CSV, and UID references stay consistent across files, series and
//! runs without any shared state. Pixel data and the transfer syntax are never changed;
//! files whose pixels may show PHI are routed to review instead.
#![deny(missing_docs)]

mod pixel_tail;
mod profile;
#[rustfmt::skip]
mod profile_table;
mod safe_private;
mod scrub;
mod tree;
mod vr;
mod walker;

pub use profile::{
    Basic, OptionEntry, ProfileAction, ProfileOption, ProfileOptions, ProfileRow, RowKey, Source,
    UnknownOption, row_for, rows,
};
pub use scrub::{
    DicomError, ObjectReport, ScrubbedFile, Status, looks_like_dicom, review_reason, scrub_bytes,
    scrub_dataset, scrub_object,
};
pub use tree::{Counts, FileRecord, Progress, REVIEW_DIR, TreeOptions, TreeReport, scrub_tree};
