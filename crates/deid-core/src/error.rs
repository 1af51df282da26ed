//! The one error type of the core. Messages name positions (file, line, field path, tag),
//! never values: a value may be PHI.

/// Errors of the deid core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A policy file could not be read or names something unknown.
    #[error("policy {origin}: {reason}")]
    Policy {
        /// File name or `built-in`.
        origin: String,
        /// What was wrong.
        reason: String,
    },
    /// A keyring could not be read.
    #[error("keyring {origin}: {reason}")]
    KeyRing {
        /// File name.
        origin: String,
        /// What was wrong (never the key).
        reason: String,
    },
    /// A document could not be parsed.
    #[error("{format} input, {location}: {reason}")]
    Parse {
        /// `hl7`, `fhir`, `csv`...
        format: &'static str,
        /// Where: line, segment, field path, byte offset.
        location: String,
        /// What was wrong.
        reason: String,
    },
    /// A transform could not be applied.
    #[error("transform {action} on {kind} at {location}: {reason}")]
    Transform {
        /// The action.
        action: String,
        /// The PHI kind.
        kind: String,
        /// Field path and span.
        location: String,
        /// What was wrong.
        reason: String,
    },
    /// Provenance chain problem.
    #[error("provenance line {line}: {reason}")]
    Provenance {
        /// 1-based line number.
        line: usize,
        /// What was wrong.
        reason: String,
    },
}
