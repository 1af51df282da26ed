//! The engine: detectors, policy, transforms and provenance for one configuration. Every
//! face (adapters, CLI, Python, Arrow) calls these few methods.

use crate::detect::{Detector, KnownValues};
use crate::keys::{KeyRing, Purpose, SecretKey};
use crate::provenance::{Change, keyed_digest};
use crate::transform::Transformer;
use crate::{Action, Error, Field, Finding, Hint, PhiKind, Policy, Span, Subject};

/// A value after de-identification, with what was changed in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scrubbed {
    /// The new value.
    pub value: String,
    /// One entry per replaced span (for provenance).
    pub changes: Vec<Change>,
}

impl Scrubbed {
    /// True when the value came out unchanged.
    pub fn is_unchanged(&self) -> bool {
        self.changes.is_empty()
    }
}

/// One distinct original value's replacement, the action that made it (redaction when the
/// policy's transform failed) and its keyed digest for provenance.
struct Replaced {
    value: String,
    action: Action,
    digest: String,
}

/// A configured de-identification engine. Cheap to share across threads (`&Engine` is
/// `Sync`); build it once.
pub struct Engine {
    policy: Policy,
    keys: KeyRing,
    transformer: Transformer,
    digest_key: SecretKey,
}

impl Engine {
    /// An engine with this policy and keyring.
    pub fn new(policy: Policy, keys: KeyRing) -> Engine {
        let transformer = Transformer::new(&keys, policy.date_shift_max_days());
        let digest_key = keys.subkey(Purpose::Digest);
        Engine {
            policy,
            keys,
            transformer,
            digest_key,
        }
    }

    /// The policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The keyring.
    pub fn keys(&self) -> &KeyRing {
        &self.keys
    }

    /// The transformer (FPE, pseudonyms, date shift, UID mapping).
    pub fn transformer(&self) -> &Transformer {
        &self.transformer
    }

    /// PHI found in free text, at or above the policy's confidence threshold, sorted by
    /// position, non-overlapping.
    pub fn scan_text(&self, text: &str) -> Vec<Finding> {
        self.scan_with(text, &KnownValues::default())
    }

    fn scan_with(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        let min = self.policy.min_confidence();
        // The process-wide detector, compiled on first use: a run that never meets free
        // text (a DICOM tree without descriptors) never pays for it.
        Detector::get()
            .detect(text, known)
            .into_iter()
            .filter(|f| f.confidence >= min)
            .collect()
    }

    /// De-identify one free-text value.
    pub fn deidentify_text(&self, text: &str, subject: Option<&Subject>) -> Scrubbed {
        self.scrub_free_text("text", text, subject, &KnownValues::default())
    }

    /// Replace one structured value of a known kind (a whole field), e.g. an MRN in `PID-3`
    /// or `PatientID`. The result depends only on key, kind, value (and subject for dates).
    pub fn transform_value(
        &self,
        kind: PhiKind,
        value: &str,
        path: &str,
        subject: Option<&Subject>,
    ) -> Result<String, Error> {
        let action = self.policy.action_for(kind, path);
        self.transformer.apply(action, kind, value, subject)
    }

    /// De-identify the fields of one document (an HL7 message, a FHIR resource, a CSV row).
    /// Structured fields are replaced whole; their values are then searched for in the
    /// document's free-text fields (known-value propagation), which are scanned too.
    /// Returns one result per field, in order.
    pub fn deidentify_fields(&self, fields: &[Field], subject: Option<&Subject>) -> Vec<Scrubbed> {
        let mut known = KnownValues::default();
        for field in fields {
            if let Hint::Kind(kind) = field.hint {
                known.learn(kind, &field.value);
            }
        }
        fields
            .iter()
            .map(|field| match field.hint {
                Hint::Keep => Scrubbed {
                    value: field.value.clone(),
                    changes: Vec::new(),
                },
                Hint::Kind(kind) => self.scrub_structured(&field.path, kind, &field.value, subject),
                Hint::FreeText => self.scrub_free_text(&field.path, &field.value, subject, &known),
            })
            .collect()
    }

    /// Replace a whole structured value. Empty and whitespace-only values stay as they are.
    fn scrub_structured(
        &self,
        path: &str,
        kind: PhiKind,
        value: &str,
        subject: Option<&Subject>,
    ) -> Scrubbed {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            return Scrubbed {
                value: value.to_string(),
                changes: Vec::new(),
            };
        }
        let lead = value.len() - value.trim_start().len();
        let finding = Finding::new(Span::new(lead, lead + trimmed.len()), kind, 1.0, "field");
        self.apply_findings(path, value, &[finding], subject)
    }

    fn scrub_free_text(
        &self,
        path: &str,
        text: &str,
        subject: Option<&Subject>,
        known: &KnownValues,
    ) -> Scrubbed {
        let findings = self.scan_with(text, known);
        self.apply_findings(path, text, &findings, subject)
    }

    /// A provenance record for a change an adapter made itself (a remapped resource id, a
    /// removed attachment): the original is only kept as a keyed digest.
    pub fn change(
        &self,
        path: &str,
        kind: PhiKind,
        action: Action,
        detector: &str,
        original: &str,
        (input_span, output_span): (Span, Span),
    ) -> Change {
        Change {
            field: path.to_string(),
            input_span,
            output_span,
            kind,
            detector: detector.to_string(),
            action,
            digest: keyed_digest(&self.digest_key, kind, original),
        }
    }

    /// Apply the policy's action to each finding (sorted, non-overlapping) and rebuild the
    /// value. A transform that fails falls back to redaction: fail closed.
    pub fn apply_findings(
        &self,
        path: &str,
        text: &str,
        findings: &[Finding],
        subject: Option<&Subject>,
    ) -> Scrubbed {
        let mut out = String::with_capacity(text.len() + 16);
        let mut changes = Vec::with_capacity(findings.len());
        // A document repeats its values (the same MRN, the same surname): transform and
        // digest each distinct one once. FF1 and HMAC cost microseconds per value.
        let mut memo: std::collections::HashMap<
            (PhiKind, Action, &str),
            Replaced,
            foldhash::fast::RandomState,
        > = std::collections::HashMap::default();
        let mut cursor = 0;
        for finding in findings {
            let span = finding.span;
            if span.start() < cursor || span.end() > text.len() {
                continue;
            }
            let Some(original) = text.get(span.start()..span.end()) else {
                continue;
            };
            let action = self.policy.action_for(finding.kind, path);
            if action == Action::Keep {
                continue;
            }
            let replaced = memo
                .entry((finding.kind, action, original))
                .or_insert_with(|| {
                    let (value, action) =
                        match self
                            .transformer
                            .apply(action, finding.kind, original, subject)
                        {
                            Ok(r) => (r, action),
                            Err(_) => (format!("[{}]", finding.kind), Action::Redact),
                        };
                    Replaced {
                        digest: keyed_digest(&self.digest_key, finding.kind, original),
                        value,
                        action,
                    }
                });
            out.push_str(&text[cursor..span.start()]);
            let out_start = out.len();
            out.push_str(&replaced.value);
            cursor = span.end();
            if replaced.value == original {
                continue;
            }
            changes.push(Change {
                field: path.to_string(),
                input_span: span,
                output_span: Span::new(out_start, out.len()),
                kind: finding.kind,
                detector: finding.detector.to_string(),
                action: replaced.action,
                digest: replaced.digest.clone(),
            });
        }
        out.push_str(&text[cursor..]);
        Scrubbed {
            value: out,
            changes,
        }
    }
}
