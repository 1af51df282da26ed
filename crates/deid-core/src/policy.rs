//! Policy: which action each kind of PHI (and optionally each field path) gets.
//!
//! Policies are data (TOML, JSON or YAML). A policy starts from a base (`safe-harbor`) and
//! overrides per kind and per field path. Anything unknown — a kind, an action, a key —
//! is an error: a typo must never silently let PHI through.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Error, PhiKind};

/// What to do with a piece of PHI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Replace with `[KIND]`.
    Redact,
    /// Replace letters and digits with `*`, keep separators and length.
    Mask,
    /// NIST FF1 format-preserving encryption (reversible with the key).
    Fpe,
    /// Keyed, irreversible, shape-preserving replacement.
    Pseudonym,
    /// A realistic value of the same kind and shape (a name for a name).
    Surrogate,
    /// Move a date by the subject's offset, in the input's own format.
    DateShift,
    /// ZIP to 3 digits (`000` for restricted areas), age to `90+`, date to year.
    Generalize,
    /// Leave unchanged.
    Keep,
}

impl Action {
    /// The snake-case name used in policy files and provenance.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Redact => "redact",
            Action::Mask => "mask",
            Action::Fpe => "fpe",
            Action::Pseudonym => "pseudonym",
            Action::Surrogate => "surrogate",
            Action::DateShift => "date_shift",
            Action::Generalize => "generalize",
            Action::Keep => "keep",
        }
    }

    /// Whether this action makes sense for `kind`; policies pairing them otherwise are
    /// rejected at load time rather than failing (or leaking) per value.
    pub fn applies_to(self, kind: PhiKind) -> bool {
        match self {
            Action::DateShift => kind == PhiKind::Date,
            Action::Generalize => {
                matches!(kind, PhiKind::Zip | PhiKind::Age90Plus | PhiKind::Date)
            }
            _ => true,
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Action {
    type Err = String;
    fn from_str(s: &str) -> Result<Action, String> {
        serde_json::from_value(serde_json::Value::String(s.trim().to_string()))
            .map_err(|_| format!("unknown action `{s}` (expected redact, mask, fpe, pseudonym, surrogate, date_shift, generalize, keep)"))
    }
}

/// An action for every field whose path matches a glob (`*` matches any run of characters).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldRule {
    /// Glob over field paths: `PID-3*`, `Patient.identifier*`, `column:Pt Name`.
    pub path: String,
    /// The action for matching fields (whatever kind they hold).
    pub action: Action,
}

/// The file format of a policy.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    base: Option<String>,
    #[serde(default)]
    min_confidence: Option<f32>,
    #[serde(default)]
    date_shift_max_days: Option<u32>,
    #[serde(default)]
    actions: BTreeMap<PhiKind, Action>,
    #[serde(default)]
    fields: Vec<FieldRule>,
}

/// Per kind an action, per field-path glob an override, and the detection threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Policy {
    name: String,
    min_confidence: f32,
    date_shift_max_days: u32,
    actions: BTreeMap<PhiKind, Action>,
    fields: Vec<FieldRule>,
}

impl Policy {
    /// The built-in HIPAA Safe Harbor policy: every identifier removed or replaced; names,
    /// streets and cities get realistic surrogates, identifiers keep their shape (FF1), dates
    /// move by a per-patient offset, ZIPs and ages over 89 are generalized.
    pub fn safe_harbor() -> Policy {
        use Action::*;
        use PhiKind::*;
        let actions = PhiKind::ALL
            .into_iter()
            .map(|kind| {
                let action = match kind {
                    Name | StreetAddress | City => Surrogate,
                    County | Geo | Url | IpAddress | BiometricId | Photo => Redact,
                    Zip | Age90Plus => Generalize,
                    Date => DateShift,
                    Email => Pseudonym,
                    Phone | Fax | Ssn | Mrn | HealthPlanId | AccountNumber | LicenseNumber
                    | VehicleId | DeviceId | OtherId => Fpe,
                };
                (kind, action)
            })
            .collect();
        Policy {
            name: "safe-harbor".into(),
            min_confidence: 0.5,
            date_shift_max_days: 365,
            actions,
            fields: Vec::new(),
        }
    }

    /// Every kind redacted to `[KIND]`: the most conservative output, nothing realistic left.
    pub fn redact_all() -> Policy {
        let mut policy = Policy::safe_harbor();
        policy.name = "redact".into();
        for action in policy.actions.values_mut() {
            *action = Action::Redact;
        }
        policy
    }

    /// A built-in policy by name (`safe-harbor`, `redact`).
    pub fn builtin(name: &str) -> Option<Policy> {
        match name {
            "safe-harbor" | "safe_harbor" | "default" => Some(Policy::safe_harbor()),
            "redact" | "redact-all" => Some(Policy::redact_all()),
            _ => None,
        }
    }

    /// Parse a policy; the format is chosen by `origin`'s extension (`.toml`, `.json`,
    /// `.yaml`/`.yml`), TOML otherwise.
    pub fn parse(text: &str, origin: &str) -> Result<Policy, Error> {
        let err = |reason: String| Error::Policy {
            origin: origin.to_string(),
            reason,
        };
        let lower = origin.to_ascii_lowercase();
        let file: PolicyFile = if lower.ends_with(".json") {
            serde_json::from_str(text).map_err(|e| err(e.to_string()))?
        } else if lower.ends_with(".yaml") || lower.ends_with(".yml") {
            serde_yaml::from_str(text).map_err(|e| err(e.to_string()))?
        } else {
            toml::from_str(text).map_err(|e| err(e.to_string()))?
        };
        let base_name = file.base.as_deref().unwrap_or("safe-harbor");
        let mut policy = Policy::builtin(base_name).ok_or_else(|| {
            err(format!(
                "unknown base policy `{base_name}` (expected safe-harbor or redact)"
            ))
        })?;
        if let Some(name) = file.name {
            policy.name = name;
        }
        if let Some(min) = file.min_confidence {
            if !(0.0..=1.0).contains(&min) {
                return Err(err(format!("min_confidence {min} is outside 0.0..=1.0")));
            }
            policy.min_confidence = min;
        }
        if let Some(days) = file.date_shift_max_days {
            if days == 0 || days > 3650 {
                return Err(err(format!(
                    "date_shift_max_days {days} must be between 1 and 3650"
                )));
            }
            policy.date_shift_max_days = days;
        }
        for (kind, action) in file.actions {
            if !action.applies_to(kind) {
                return Err(err(format!("action `{action}` cannot apply to {kind}")));
            }
            policy.actions.insert(kind, action);
        }
        policy.fields = file.fields;
        Ok(policy)
    }

    /// The policy's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Findings below this confidence are ignored.
    pub fn min_confidence(&self) -> f32 {
        self.min_confidence
    }

    /// Date shifts are drawn from `±1..=date_shift_max_days` days.
    pub fn date_shift_max_days(&self) -> u32 {
        self.date_shift_max_days
    }

    /// The action for a kind found in a field at `path`: a matching field rule wins, then
    /// the per-kind action. Actions that cannot apply to the kind fall back to `redact`.
    pub fn action_for(&self, kind: PhiKind, path: &str) -> Action {
        let chosen = self
            .fields
            .iter()
            .find(|rule| glob_match(&rule.path, path))
            .map(|rule| rule.action)
            .unwrap_or_else(|| self.actions.get(&kind).copied().unwrap_or(Action::Redact));
        if chosen.applies_to(kind) {
            chosen
        } else {
            Action::Redact
        }
    }

    /// Set the action for one kind (builder style, for embedding services).
    pub fn with_action(mut self, kind: PhiKind, action: Action) -> Result<Policy, Error> {
        if !action.applies_to(kind) {
            return Err(Error::Policy {
                origin: self.name.clone(),
                reason: format!("action `{action}` cannot apply to {kind}"),
            });
        }
        self.actions.insert(kind, action);
        Ok(self)
    }

    /// SHA-256 of the policy's canonical JSON, recorded in provenance so an auditor can tell
    /// which policy produced an output.
    pub fn digest(&self) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        let hash = Sha256::digest(&json);
        hash.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl Default for Policy {
    fn default() -> Self {
        Policy::safe_harbor()
    }
}

/// `*` matches any run of characters; everything else matches itself.
fn glob_match(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(pos) => rest = &rest[pos + part.len()..],
                None => return false,
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_harbor_covers_every_kind_and_never_keeps() {
        let policy = Policy::safe_harbor();
        for kind in PhiKind::ALL {
            let action = policy.action_for(kind, "x");
            assert_ne!(action, Action::Keep, "{kind}");
            assert!(action.applies_to(kind));
        }
        assert_eq!(policy.action_for(PhiKind::Date, "x"), Action::DateShift);
    }

    #[test]
    fn toml_json_and_yaml_policies_override_the_base() {
        let toml = "name = \"t\"\n[actions]\nNAME = \"redact\"\nZIP = \"mask\"\n[[fields]]\npath = \"PID-3*\"\naction = \"pseudonym\"\n";
        let p = Policy::parse(toml, "p.toml").unwrap();
        assert_eq!(p.action_for(PhiKind::Name, "x"), Action::Redact);
        assert_eq!(p.action_for(PhiKind::Zip, "x"), Action::Mask);
        assert_eq!(p.action_for(PhiKind::Mrn, "PID-3.1"), Action::Pseudonym);
        assert_eq!(p.action_for(PhiKind::Date, "x"), Action::DateShift);
        let json = r#"{"actions": {"DATE": "generalize"}}"#;
        let p = Policy::parse(json, "p.json").unwrap();
        assert_eq!(p.action_for(PhiKind::Date, "x"), Action::Generalize);
        let yaml = "actions:\n  EMAIL: redact\n";
        let p = Policy::parse(yaml, "p.yaml").unwrap();
        assert_eq!(p.action_for(PhiKind::Email, "x"), Action::Redact);
    }

    #[test]
    fn unknown_kinds_actions_and_keys_fail_closed() {
        for bad in [
            "[actions]\nPASSPORT = \"redact\"\n",
            "[actions]\nNAME = \"scramble\"\n",
            "colour = \"red\"\n",
            "[actions]\nNAME = \"date_shift\"\n",
            "base = \"lenient\"\n",
            "min_confidence = 2.0\n",
        ] {
            let err = Policy::parse(bad, "bad.toml").unwrap_err().to_string();
            assert!(err.contains("bad.toml"), "{err}");
        }
    }

    #[test]
    fn digest_changes_with_the_policy() {
        let a = Policy::safe_harbor();
        let b = Policy::safe_harbor()
            .with_action(PhiKind::Name, Action::Redact)
            .unwrap();
        assert_ne!(a.digest(), b.digest());
        assert_eq!(a.digest(), Policy::safe_harbor().digest());
    }

    #[test]
    fn globs() {
        assert!(glob_match("PID-3*", "PID-3.1"));
        assert!(glob_match("*.family", "Patient.name[0].family"));
        assert!(glob_match("a*c*e", "abcde"));
        assert!(!glob_match("PID-3*", "PID-13"));
        assert!(!glob_match("x", "xy"));
    }
}
