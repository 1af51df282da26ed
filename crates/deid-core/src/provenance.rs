//! Provenance: one JSON line per transformed value, hash-chained.
//!
//! Each record carries `prev` (the previous record's hash) and `hash` =
//! SHA-256(prev ‖ canonical record without `hash`). The log ends with a seal record that
//! counts the records and carries an HMAC (digest subkey) of the last hash, so editing,
//! reordering, removing or appending a line — or truncating the file — is detected by
//! [`verify`], and a forged re-chained log is detected when the keyring is at hand.
//!
//! Records hold positions, kinds, actions and keyed digests (HMAC, never a plain hash:
//! an SSN's plain hash is brute-forced in seconds). They never hold a value or a key.

use std::io::{BufRead, Write};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use crate::keys::{KeyRing, Purpose, SecretKey};
use crate::{Action, Error, PhiKind, Span};

/// The version written into every record.
pub const TOOL_VERSION: &str = concat!("deid ", env!("CARGO_PKG_VERSION"));

/// One transformed value, before it is chained.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Field path within the document.
    pub field: String,
    /// Byte span in the input value.
    pub input_span: Span,
    /// Byte span of the replacement in the output value.
    pub output_span: Span,
    /// PHI kind.
    pub kind: PhiKind,
    /// Detector that found it.
    pub detector: String,
    /// Action applied.
    pub action: Action,
    /// HMAC of the original value (digest subkey), hex.
    pub digest: String,
}

/// Keyed digest of an original value.
pub fn keyed_digest(key: &SecretKey, kind: PhiKind, value: &str) -> String {
    keyed_digest_of_bytes(key, kind, value.as_bytes())
}

/// [`keyed_digest`] of a binary value (e.g. a DICOM attribute of numbers, by its encoded
/// bytes); for text, the same digest as [`keyed_digest`] of that text.
pub fn keyed_digest_of_bytes(key: &SecretKey, kind: PhiKind, value: &[u8]) -> String {
    hex(&key.mac(&[kind.as_str().as_bytes(), value]))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

fn chain_hash(prev: &str, record: &Map<String, Value>) -> String {
    let body = serde_json::to_string(record).unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(prev.as_bytes());
    hasher.update(b"\n");
    hasher.update(body.as_bytes());
    hex(&hasher.finalize())
}

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Appends chained records to a writer.
pub struct ProvenanceWriter<W: Write> {
    out: W,
    prev: String,
    seq: u64,
    key_id: String,
    policy_digest: String,
    seal_key: SecretKey,
}

impl<W: Write> ProvenanceWriter<W> {
    /// A new log for runs under `keys` and a policy with digest `policy_digest`.
    pub fn new(out: W, keys: &KeyRing, policy_digest: &str) -> ProvenanceWriter<W> {
        ProvenanceWriter {
            out,
            prev: GENESIS.to_string(),
            seq: 0,
            key_id: keys.active_id().to_string(),
            policy_digest: policy_digest.to_string(),
            seal_key: keys.subkey(Purpose::Digest),
        }
    }

    /// Append the changes made to one document.
    pub fn record(&mut self, document: &str, changes: &[Change]) -> std::io::Result<()> {
        for change in changes {
            self.seq += 1;
            let mut record = Map::new();
            record.insert("seq".into(), self.seq.into());
            record.insert("document".into(), document.into());
            record.insert("field".into(), change.field.clone().into());
            record.insert(
                "input_span".into(),
                serde_json::json!([change.input_span.start(), change.input_span.end()]),
            );
            record.insert(
                "output_span".into(),
                serde_json::json!([change.output_span.start(), change.output_span.end()]),
            );
            record.insert("kind".into(), change.kind.as_str().into());
            record.insert("detector".into(), change.detector.clone().into());
            record.insert("action".into(), change.action.as_str().into());
            record.insert("key_id".into(), self.key_id.clone().into());
            record.insert("digest".into(), change.digest.clone().into());
            record.insert("policy".into(), self.policy_digest.clone().into());
            record.insert("tool".into(), TOOL_VERSION.into());
            self.write_chained(record)?;
        }
        Ok(())
    }

    fn write_chained(&mut self, mut record: Map<String, Value>) -> std::io::Result<()> {
        record.insert("prev".into(), self.prev.clone().into());
        let hash = chain_hash(&self.prev, &record);
        record.insert("hash".into(), hash.clone().into());
        serde_json::to_writer(&mut self.out, &record)?;
        self.out.write_all(b"\n")?;
        self.prev = hash;
        Ok(())
    }

    /// Write the seal and flush. Returns the number of change records.
    pub fn finish(mut self) -> std::io::Result<u64> {
        let mut seal = Map::new();
        seal.insert("seal".into(), true.into());
        seal.insert("records".into(), self.seq.into());
        seal.insert("key_id".into(), self.key_id.clone().into());
        seal.insert(
            "mac".into(),
            hex(&self.seal_key.mac(&[b"seal", self.prev.as_bytes()])).into(),
        );
        seal.insert("tool".into(), TOOL_VERSION.into());
        self.write_chained(seal)?;
        self.out.flush()?;
        Ok(self.seq)
    }
}

/// What [`verify`] established.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// Number of change records.
    pub records: u64,
    /// True when the seal's HMAC was checked with the keyring.
    pub sealed_with_key: bool,
}

/// Check a provenance log: every line parses, links to the previous hash, hashes to its own
/// `hash`, sequence numbers run 1, 2, 3..., and the log ends with a seal that counts them.
/// With `keys`, the seal's HMAC is checked too (detects a log re-chained by a forger).
pub fn verify(reader: impl BufRead, keys: Option<&KeyRing>) -> Result<Verified, Error> {
    let mut prev = GENESIS.to_string();
    let mut expected_seq = 1u64;
    let mut sealed: Option<Verified> = None;
    for (index, line) in reader.lines().enumerate() {
        let number = index + 1;
        let fail = |reason: String| Error::Provenance {
            line: number,
            reason,
        };
        let line = line.map_err(|e| fail(format!("cannot read: {e}")))?;
        if line.trim().is_empty() {
            continue;
        }
        if sealed.is_some() {
            return Err(fail("record after the seal".into()));
        }
        let mut record: Map<String, Value> =
            serde_json::from_str(&line).map_err(|e| fail(format!("not a JSON object: {e}")))?;
        let hash = match record.remove("hash") {
            Some(Value::String(h)) => h,
            _ => return Err(fail("missing `hash`".into())),
        };
        if record.get("prev").and_then(Value::as_str) != Some(prev.as_str()) {
            return Err(fail("`prev` does not match the previous record's hash (a record was removed, reordered or inserted)".into()));
        }
        if chain_hash(&prev, &record) != hash {
            return Err(fail(
                "`hash` does not match the record (the record was edited)".into(),
            ));
        }
        if record.get("seal").and_then(Value::as_bool) == Some(true) {
            let count = record.get("records").and_then(Value::as_u64);
            if count != Some(expected_seq - 1) {
                return Err(fail("seal count differs from the number of records".into()));
            }
            let mut sealed_with_key = false;
            if let Some(keys) = keys {
                let mac = hex(&keys
                    .subkey(Purpose::Digest)
                    .mac(&[b"seal", prev.as_bytes()]));
                if record.get("mac").and_then(Value::as_str) != Some(mac.as_str()) {
                    return Err(fail(
                        "seal MAC does not verify with this keyring (forged log, or another key)"
                            .into(),
                    ));
                }
                sealed_with_key = true;
            }
            sealed = Some(Verified {
                records: expected_seq - 1,
                sealed_with_key,
            });
        } else {
            if record.get("seq").and_then(Value::as_u64) != Some(expected_seq) {
                return Err(fail(format!("expected seq {expected_seq}")));
            }
            expected_seq += 1;
        }
        prev = hash;
    }
    sealed.ok_or(Error::Provenance {
        line: 0,
        reason: "no seal at the end: the log was truncated or never finished".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample_log(keys: &KeyRing) -> String {
        let mut buffer = Vec::new();
        let mut writer = ProvenanceWriter::new(&mut buffer, keys, "pdigest");
        let digest_key = keys.subkey(Purpose::Digest);
        let changes: Vec<Change> = (0..3)
            .map(|i| Change {
                field: "text".into(),
                input_span: Span::new(i, i + 4),
                output_span: Span::new(i, i + 6),
                kind: PhiKind::Name,
                detector: "name.title".into(),
                action: Action::Redact,
                digest: keyed_digest(&digest_key, PhiKind::Name, "Jane"),
            })
            .collect();
        writer.record("a.txt", &changes).unwrap();
        writer.record("b.txt", &changes[..1]).unwrap();
        assert_eq!(writer.finish().unwrap(), 4);
        String::from_utf8(buffer).unwrap()
    }

    #[test]
    fn an_untouched_log_verifies_and_holds_no_value() {
        let keys = KeyRing::from_secret("k", [1; 32]);
        let log = sample_log(&keys);
        assert!(!log.contains("Jane"));
        let v = verify(log.as_bytes(), Some(&keys)).unwrap();
        assert_eq!(
            v,
            Verified {
                records: 4,
                sealed_with_key: true
            }
        );
    }

    #[test]
    fn edits_removals_reorders_and_truncation_are_detected() {
        let keys = KeyRing::from_secret("k", [1; 32]);
        let log = sample_log(&keys);
        let lines: Vec<&str> = log.lines().collect();
        let edited = log.replacen("\"NAME\"", "\"DATE\"", 1);
        let removed = [&lines[..1], &lines[2..]].concat().join("\n");
        let reordered = [lines[1], lines[0], lines[2], lines[3], lines[4]].join("\n");
        let truncated = lines[..4].join("\n");
        for (what, bad) in [
            ("edit", edited),
            ("remove", removed),
            ("reorder", reordered),
            ("truncate", truncated),
        ] {
            assert!(verify(bad.as_bytes(), None).is_err(), "{what} not detected");
        }
        let other = KeyRing::from_secret("k", [2; 32]);
        assert!(verify(log.as_bytes(), Some(&other)).is_err());
    }
}
