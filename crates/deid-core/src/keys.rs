//! Customer-managed keys and the per-purpose subkeys derived from them.
//!
//! A keyring file (TOML) names its keys and which one is active:
//!
//! ```toml
//! active = "k1"
//! [keys]
//! k1 = "<64 hex digits>"
//! ```
//!
//! Every transform uses a subkey derived as `HMAC-SHA256(key, "deid/v1/<purpose>")`, so a
//! leak of (say) the digest subkey reveals nothing about the FPE subkey. Keys never appear
//! in `Debug` output, errors, reports or provenance.

use std::collections::BTreeMap;
use std::fmt;

use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use crate::Error;

type HmacSha256 = Hmac<Sha256>;

/// What a subkey is used for. Each purpose gets an independent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// NIST FF1 format-preserving encryption.
    Fpe,
    /// Keyed pseudonyms and surrogate choice.
    Pseudonym,
    /// Per-subject date-shift offsets.
    DateShift,
    /// Keyed digests of originals in provenance.
    Digest,
    /// DICOM UID remapping.
    Uid,
}

impl Purpose {
    fn label(self) -> &'static str {
        match self {
            Purpose::Fpe => "deid/v1/fpe",
            Purpose::Pseudonym => "deid/v1/pseudonym",
            Purpose::DateShift => "deid/v1/date-shift",
            Purpose::Digest => "deid/v1/digest",
            Purpose::Uid => "deid/v1/uid",
        }
    }
}

/// A 256-bit secret. Its `Debug` never shows the bytes.
#[derive(Clone)]
pub struct SecretKey {
    bytes: [u8; 32],
    /// HMAC keyed once: each MAC then clones the prepared inner and outer states instead of
    /// hashing the key pads again (two of a short value's four compressions).
    keyed: HmacSha256,
}

impl PartialEq for SecretKey {
    fn eq(&self, other: &SecretKey) -> bool {
        self.bytes == other.bytes
    }
}

impl Eq for SecretKey {}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

impl SecretKey {
    fn new(bytes: [u8; 32]) -> SecretKey {
        SecretKey {
            keyed: HmacSha256::new_from_slice(&bytes).expect("HMAC takes a 32-byte key"),
            bytes,
        }
    }

    /// The raw bytes, for the cipher constructors.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.bytes
    }

    /// HMAC-SHA256 of `parts` (each length-prefixed, so `("ab","c")` != `("a","bc")`).
    pub fn mac(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = self.keyed.clone();
        for part in parts {
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes().into()
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct KeyRingFile {
    active: String,
    keys: BTreeMap<String, String>,
}

/// Keys with ids, one of them active. Subkeys of the active key drive every transform.
#[derive(Clone)]
pub struct KeyRing {
    active_id: String,
    keys: BTreeMap<String, SecretKey>,
    ephemeral: bool,
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyRing")
            .field("active_id", &self.active_id)
            .field("key_ids", &self.keys.keys().collect::<Vec<_>>())
            .field("ephemeral", &self.ephemeral)
            .finish()
    }
}

impl KeyRing {
    /// Parse a keyring file. `origin` names the file in errors.
    pub fn from_toml(text: &str, origin: &str) -> Result<KeyRing, Error> {
        let file: KeyRingFile = toml::from_str(text).map_err(|e| Error::KeyRing {
            origin: origin.to_string(),
            // toml's message quotes the offending line, which holds a key: keep only the
            // position and the first sentence.
            reason: toml_reason_without_source(&e),
        })?;
        let mut keys = BTreeMap::new();
        for (id, hex) in &file.keys {
            let bytes = decode_hex32(hex).ok_or_else(|| Error::KeyRing {
                origin: origin.to_string(),
                reason: format!("key `{id}` is not 64 hexadecimal digits (a 256-bit key)"),
            })?;
            keys.insert(id.clone(), SecretKey::new(bytes));
        }
        if !keys.contains_key(&file.active) {
            return Err(Error::KeyRing {
                origin: origin.to_string(),
                reason: format!("active key `{}` is not among [keys]", file.active),
            });
        }
        Ok(KeyRing {
            active_id: file.active,
            keys,
            ephemeral: false,
        })
    }

    /// A keyring with one freshly generated random key (for `deid keys new`).
    pub fn generate(id: &str) -> Result<KeyRing, Error> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| Error::KeyRing {
            origin: "random generator".into(),
            reason: e.to_string(),
        })?;
        let mut keys = BTreeMap::new();
        keys.insert(id.to_string(), SecretKey::new(bytes));
        Ok(KeyRing {
            active_id: id.to_string(),
            keys,
            ephemeral: false,
        })
    }

    /// A random key that lives only in this process: output is then not linkable across runs.
    pub fn ephemeral() -> Result<KeyRing, Error> {
        let mut ring = KeyRing::generate("ephemeral")?;
        ring.ephemeral = true;
        Ok(ring)
    }

    /// A keyring from a known 32-byte secret (tests, embedding services with their own KMS).
    pub fn from_secret(id: &str, secret: [u8; 32]) -> KeyRing {
        let mut keys = BTreeMap::new();
        keys.insert(id.to_string(), SecretKey::new(secret));
        KeyRing {
            active_id: id.to_string(),
            keys,
            ephemeral: false,
        }
    }

    /// The keyring as a TOML file (this is the one place a key is written out).
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# deid keyring: keep this file secret. Subkeys for FPE, pseudonyms, date shift,\n# digests and UIDs are derived from the active key with HMAC-SHA256.\n",
        );
        out.push_str(&format!("active = \"{}\"\n\n[keys]\n", self.active_id));
        for (id, key) in &self.keys {
            let hex: String = key.bytes.iter().map(|b| format!("{b:02x}")).collect();
            out.push_str(&format!("\"{id}\" = \"{hex}\"\n"));
        }
        out
    }

    /// Id of the active key (recorded in provenance).
    pub fn active_id(&self) -> &str {
        &self.active_id
    }

    /// True for a process-local random key.
    pub fn is_ephemeral(&self) -> bool {
        self.ephemeral
    }

    /// The subkey of the active key for `purpose`.
    pub fn subkey(&self, purpose: Purpose) -> SecretKey {
        let master = &self.keys[&self.active_id];
        SecretKey::new(master.mac(&[purpose.label().as_bytes()]))
    }
}

fn toml_reason_without_source(e: &toml::de::Error) -> String {
    let message = e
        .message()
        .lines()
        .next()
        .unwrap_or("invalid TOML")
        .to_string();
    match e.span() {
        Some(span) => format!("{message} (at byte {})", span.start),
        None => message,
    }
}

fn decode_hex32(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_keyring_round_trips_through_toml() {
        let ring = KeyRing::generate("k1").unwrap();
        let again = KeyRing::from_toml(&ring.to_toml(), "test").unwrap();
        assert_eq!(again.active_id(), "k1");
        assert_eq!(
            ring.subkey(Purpose::Fpe).as_bytes(),
            again.subkey(Purpose::Fpe).as_bytes()
        );
    }

    #[test]
    fn subkeys_differ_per_purpose_and_debug_hides_them() {
        let ring = KeyRing::from_secret("k", [7; 32]);
        assert_ne!(
            ring.subkey(Purpose::Fpe).as_bytes(),
            ring.subkey(Purpose::Digest).as_bytes()
        );
        let shown = format!("{ring:?} {:?}", ring.subkey(Purpose::Fpe));
        assert!(!shown.contains("0707"), "{shown}");
        assert!(!shown.contains('7'.to_string().repeat(3).as_str()));
    }

    #[test]
    fn bad_keyrings_are_rejected_without_echoing_the_key() {
        let short = "active = \"a\"\n[keys]\na = \"abcd1234\"\n";
        let err = KeyRing::from_toml(short, "ring.toml")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("ring.toml") && err.contains("64 hexadecimal"),
            "{err}"
        );
        assert!(!err.contains("abcd1234"), "{err}");
        let missing = format!("active = \"b\"\n[keys]\na = \"{}\"\n", "00".repeat(32));
        assert!(KeyRing::from_toml(&missing, "r").is_err());
        let garbage = format!(
            "active = \"a\"\n[keys]\na = \"{}\" nonsense\n",
            "ab".repeat(32)
        );
        let err = KeyRing::from_toml(&garbage, "r").unwrap_err().to_string();
        assert!(!err.contains(&"ab".repeat(32)), "{err}");
    }
}
