//! Transforms: what replaces a value once the policy has chosen an action.
//!
//! A transform's output depends only on (key, kind, value) — and, for date shifts, the
//! subject — never on the file format, the position or the process. That is what makes the
//! same MRN come out identical in HL7, FHIR, CSV and DICOM, on any machine.

use aes::Aes256;
use fpe::ff1::{FF1, FlexibleNumeralString};

use crate::date::WrittenDate;
use crate::keys::{KeyRing, Purpose, SecretKey};
use crate::lexicon::{Lexicons, is_name_particle};
use crate::{Action, Error, PhiKind, Subject};

/// FF1 needs radix^len ≥ 1,000,000: 6 digits or 5 letters.
const MIN_FF1_DIGITS: usize = 6;
const MIN_FF1_LETTERS: usize = 5;

/// ZIP3 areas with 20,000 or fewer people (HHS guidance, 2000 Census): generalized to `000`.
const RESTRICTED_ZIP3: [&str; 17] = [
    "036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878",
    "879", "884", "890", "893",
];

/// Applies actions with keys derived from one keyring.
pub struct Transformer {
    fpe_digits: FF1<Aes256>,
    fpe_letters: FF1<Aes256>,
    pseudonym: SecretKey,
    date_shift: SecretKey,
    uid: SecretKey,
    max_shift_days: u32,
}

impl Transformer {
    /// Derive the per-purpose keys.
    pub fn new(keys: &KeyRing, max_shift_days: u32) -> Transformer {
        let fpe_key = keys.subkey(Purpose::Fpe);
        Transformer {
            fpe_digits: FF1::new(fpe_key.as_bytes(), 10).expect("radix 10 is valid"),
            fpe_letters: FF1::new(fpe_key.as_bytes(), 26).expect("radix 26 is valid"),
            pseudonym: keys.subkey(Purpose::Pseudonym),
            date_shift: keys.subkey(Purpose::DateShift),
            uid: keys.subkey(Purpose::Uid),
            max_shift_days: max_shift_days.max(1),
        }
    }

    /// The replacement for `value`, of kind `kind`, under `action`.
    pub fn apply(
        &self,
        action: Action,
        kind: PhiKind,
        value: &str,
        subject: Option<&Subject>,
    ) -> Result<String, Error> {
        Ok(match action {
            Action::Keep => value.to_string(),
            Action::Redact => format!("[{kind}]"),
            Action::Mask => mask(value),
            Action::Fpe => self.fpe(kind, value, true)?,
            Action::Pseudonym => self.keyed_shape(kind, value),
            Action::Surrogate => self.surrogate(kind, value, subject)?,
            Action::DateShift => self.shift_date(value, subject),
            Action::Generalize => generalize(kind, value),
        })
    }

    /// The subject's date offset in days: never zero, within ±`max_shift_days`.
    pub fn date_offset_days(&self, subject: Option<&Subject>) -> i64 {
        let id = subject.map_or("", Subject::id);
        let mac = self.date_shift.mac(&[b"offset", id.as_bytes()]);
        let raw = u64::from_be_bytes(mac[..8].try_into().unwrap_or([0; 8]));
        let magnitude = (raw % u64::from(self.max_shift_days)) as i64 + 1;
        if mac[8] & 1 == 0 {
            -magnitude
        } else {
            magnitude
        }
    }

    /// A date moved by the subject's offset, in its own layout; `[DATE]` when it cannot be read
    /// as a date (fail closed). Dates without a day or a year are dates too, and move.
    pub fn shift_date(&self, value: &str, subject: Option<&Subject>) -> String {
        match WrittenDate::parse(value.trim()) {
            Some(date) => {
                let shifted = date.shifted(self.date_offset_days(subject));
                let lead = &value[..value.len() - value.trim_start().len()];
                let trail = &value[value.trim_end().len()..];
                format!("{lead}{shifted}{trail}")
            }
            None => "[DATE]".to_string(),
        }
    }

    /// A UID mapped deterministically into the `2.25.` (UUID-derived) arc: the same input
    /// UID always gives the same output, so references between objects stay consistent.
    pub fn map_uid(&self, uid: &str) -> String {
        let mac = self
            .uid
            .mac(&[uid.trim_end_matches('\0').trim().as_bytes()]);
        let value = u128::from_be_bytes(mac[..16].try_into().unwrap_or([0; 16]));
        // A 2.25 UID is a UUID as a decimal integer: 128 bits, here with the top bit cleared
        // so the result stays within 64 characters.
        format!("2.25.{}", value >> 1)
    }

    /// NIST FF1 over the value's digits (radix 10) and letters (radix 26) separately, so
    /// digits stay digits, letters stay letters, case and separators stay. A class too short
    /// for FF1's minimum domain falls back to a keyed substitution (same shape, not
    /// reversible).
    fn fpe(&self, kind: PhiKind, value: &str, encrypt: bool) -> Result<String, Error> {
        let chars: Vec<char> = value.chars().collect();
        let digits: Vec<u16> = chars
            .iter()
            .filter(|c| c.is_ascii_digit())
            .map(|c| *c as u16 - u16::from(b'0'))
            .collect();
        let letters: Vec<u16> = chars
            .iter()
            .filter(|c| c.is_ascii_alphabetic())
            .map(|c| c.to_ascii_lowercase() as u16 - u16::from(b'a'))
            .collect();
        let fallback = self.keyed_stream(kind, value);
        let tweak_d = [kind.as_str().as_bytes(), b"/digits"].concat();
        let tweak_l = [kind.as_str().as_bytes(), b"/letters"].concat();
        let run =
            |ff1: &FF1<Aes256>, tweak: &[u8], numerals: Vec<u16>| -> Result<Vec<u16>, Error> {
                let ns = FlexibleNumeralString::from(numerals);
                let out = if encrypt {
                    ff1.encrypt(tweak, &ns)
                } else {
                    ff1.decrypt(tweak, &ns)
                };
                out.map(Vec::from).map_err(|e| Error::Transform {
                    action: "fpe".into(),
                    kind: kind.to_string(),
                    location: "value".into(),
                    reason: e.to_string(),
                })
            };
        let new_digits = if digits.len() >= MIN_FF1_DIGITS {
            Some(run(&self.fpe_digits, &tweak_d, digits)?)
        } else {
            None
        };
        let new_letters = if letters.len() >= MIN_FF1_LETTERS {
            Some(run(&self.fpe_letters, &tweak_l, letters)?)
        } else {
            None
        };
        let (mut di, mut li) = (0, 0);
        let mut out = String::with_capacity(value.len());
        for (pos, c) in chars.iter().enumerate() {
            let r = fallback[pos % fallback.len()];
            if c.is_ascii_digit() {
                let d = match &new_digits {
                    Some(ds) => ds[di],
                    None => ((*c as u8 - b'0') as u16 + u16::from(r % 9) + 1) % 10,
                };
                di += 1;
                out.push(char::from(b'0' + d as u8));
            } else if c.is_ascii_alphabetic() {
                let l = match &new_letters {
                    Some(ls) => ls[li],
                    None => {
                        ((c.to_ascii_lowercase() as u8 - b'a') as u16 + u16::from(r % 25) + 1) % 26
                    }
                };
                li += 1;
                let ch = char::from(b'a' + l as u8);
                out.push(if c.is_ascii_uppercase() {
                    ch.to_ascii_uppercase()
                } else {
                    ch
                });
            } else {
                out.push(*c);
            }
        }
        Ok(out)
    }

    /// Reverse [`Action::Fpe`] for a value whose digit and letter runs were both long enough
    /// for FF1 (shorter classes used the irreversible fallback: `None`).
    pub fn fpe_decrypt(&self, kind: PhiKind, token: &str) -> Result<Option<String>, Error> {
        let digits = token.chars().filter(char::is_ascii_digit).count();
        let letters = token.chars().filter(char::is_ascii_alphabetic).count();
        let reversible = (digits == 0 || digits >= MIN_FF1_DIGITS)
            && (letters == 0 || letters >= MIN_FF1_LETTERS);
        if !reversible {
            return Ok(None);
        }
        self.fpe(kind, token, false).map(Some)
    }

    /// 32 keyed bytes per (kind, value).
    fn keyed_stream(&self, kind: PhiKind, value: &str) -> [u8; 32] {
        self.pseudonym
            .mac(&[kind.as_str().as_bytes(), value.as_bytes()])
    }

    /// Keyed, irreversible, shape-preserving replacement: each digit becomes another digit,
    /// each letter another letter of the same case; everything else stays.
    fn keyed_shape(&self, kind: PhiKind, value: &str) -> String {
        let stream = self.keyed_stream(kind, value);
        value
            .chars()
            .enumerate()
            .map(|(i, c)| {
                let r = stream[i % 32] ^ (i / 32) as u8;
                if c.is_ascii_digit() {
                    char::from(b'0' + (c as u8 - b'0' + r % 9 + 1) % 10)
                } else if c.is_ascii_lowercase() {
                    char::from(b'a' + (c as u8 - b'a' + r % 25 + 1) % 26)
                } else if c.is_ascii_uppercase() {
                    char::from(b'A' + (c as u8 - b'A' + r % 25 + 1) % 26)
                } else if c.is_alphabetic() {
                    if c.is_uppercase() { 'X' } else { 'x' }
                } else {
                    c
                }
            })
            .collect()
    }

    /// Pick one of `list` by key and `seed`.
    fn pick<'a>(&self, list: &[&'a str], purpose: &str, seed: &str) -> &'a str {
        let mac = self
            .pseudonym
            .mac(&[purpose.as_bytes(), seed.to_lowercase().as_bytes()]);
        let index = u64::from_be_bytes(mac[..8].try_into().unwrap_or([0; 8]));
        list[(index % list.len() as u64) as usize]
    }

    /// A realistic replacement of the same kind and shape, chosen by key and value.
    fn surrogate(
        &self,
        kind: PhiKind,
        value: &str,
        subject: Option<&Subject>,
    ) -> Result<String, Error> {
        let lex = Lexicons::get();
        Ok(match kind {
            PhiKind::Name => self.map_words(value, |word| {
                let lower = word.to_lowercase();
                if lex.first_name_rank(&lower).is_some_and(|r| r < 1500)
                    && lex.surname_rank(&lower).is_none_or(|r| r > 2000)
                {
                    self.pick(&lex.first_name_list, "first", &lower)
                } else {
                    self.pick(&lex.surname_list, "surname", &lower)
                }
            }),
            PhiKind::StreetAddress => self.surrogate_street(value),
            PhiKind::City => {
                let city = self.pick(&lex.city_list, "city", value.trim());
                with_case_of(value, city)
            }
            PhiKind::County => {
                let bare = value
                    .trim()
                    .trim_end_matches(" County")
                    .trim_end_matches(" county");
                let county = self.pick(&lex.county_list, "county", bare);
                value.replacen(bare, &with_case_of(bare, county), 1)
            }
            PhiKind::Date => self.shift_date(value, subject),
            PhiKind::Age90Plus | PhiKind::Zip => generalize(kind, value),
            _ => self.fpe(kind, value, true)?,
        })
    }

    /// Replace each word of two or more letters through `choose`, keeping initials' shape,
    /// particles, punctuation and the case pattern of every word.
    fn map_words(&self, value: &str, choose: impl Fn(&str) -> &'static str) -> String {
        let mut out = String::with_capacity(value.len() + 8);
        let mut word = String::new();
        let flush = |word: &mut String, out: &mut String| {
            if word.is_empty() {
                return;
            }
            let lower = word.to_lowercase();
            if word.chars().count() == 1 {
                let r = self.pseudonym.mac(&[b"initial", lower.as_bytes()])[0];
                let letter = char::from(b'A' + r % 26);
                out.push(if word.chars().all(char::is_lowercase) {
                    letter.to_ascii_lowercase()
                } else {
                    letter
                });
            } else if is_name_particle(&lower) {
                out.push_str(word);
            } else {
                out.push_str(&with_case_of(word, choose(word)));
            }
            word.clear();
        };
        for c in value.chars() {
            if c.is_alphabetic() {
                word.push(c);
            } else {
                flush(&mut word, &mut out);
                out.push(c);
            }
        }
        flush(&mut word, &mut out);
        out
    }

    fn surrogate_street(&self, value: &str) -> String {
        let lex = Lexicons::get();
        let mut out = String::new();
        let mut token = String::new();
        let push = |token: &mut String, out: &mut String| {
            if token.is_empty() {
                return;
            }
            let lower = token.to_lowercase();
            if token.chars().all(|c| c.is_ascii_digit()) {
                out.push_str(&self.keyed_shape(PhiKind::StreetAddress, token));
            } else if is_street_word(&lower) || token.len() == 1 {
                out.push_str(token);
            } else if token.chars().any(|c| c.is_ascii_digit()) {
                out.push_str(&self.keyed_shape(PhiKind::StreetAddress, token));
            } else {
                out.push_str(&with_case_of(
                    token,
                    self.pick(&lex.surname_list, "street", &lower),
                ));
            }
            token.clear();
        };
        for c in value.chars() {
            if c.is_alphanumeric() {
                token.push(c);
            } else {
                push(&mut token, &mut out);
                out.push(c);
            }
        }
        push(&mut token, &mut out);
        out
    }
}

/// Words of a street address that carry no identity: suffixes, directions, unit words,
/// ordinals of numbered streets.
fn is_street_word(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "street",
        "st",
        "avenue",
        "ave",
        "av",
        "road",
        "rd",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "drive",
        "dr",
        "court",
        "ct",
        "way",
        "place",
        "pl",
        "terrace",
        "ter",
        "circle",
        "cir",
        "parkway",
        "pkwy",
        "highway",
        "hwy",
        "route",
        "rte",
        "square",
        "sq",
        "trail",
        "trl",
        "apt",
        "apartment",
        "suite",
        "ste",
        "unit",
        "floor",
        "fl",
        "room",
        "rm",
        "box",
        "po",
        "north",
        "south",
        "east",
        "west",
        "n",
        "s",
        "e",
        "w",
        "ne",
        "nw",
        "se",
        "sw",
        "pike",
        "alley",
        "loop",
        "run",
        "crossing",
        "path",
        "row",
        "walk",
        "bldg",
        "building",
    ];
    WORDS.contains(&lower)
        || ["st", "nd", "rd", "th"].iter().any(|s| {
            lower.ends_with(s)
                && lower.len() > 2
                && lower[..lower.len() - 2].bytes().all(|b| b.is_ascii_digit())
        })
}

/// `replacement` written in the case pattern of `original` (UPPER, lower or Title).
fn with_case_of(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        replacement.to_uppercase()
    } else if letters.iter().all(|c| c.is_lowercase()) {
        replacement.to_lowercase()
    } else {
        let mut out = String::new();
        let mut at_word_start = true;
        for c in replacement.chars() {
            if at_word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            at_word_start = !c.is_alphabetic();
        }
        out
    }
}

/// Letters and digits to `*`; separators and length kept.
fn mask(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_alphanumeric() { '*' } else { c })
        .collect()
}

/// ZIP to its first 3 digits (`000` for restricted areas), age to `90+`, date to its year.
fn generalize(kind: PhiKind, value: &str) -> String {
    match kind {
        PhiKind::Zip => {
            let digits: String = value.chars().filter(char::is_ascii_digit).take(3).collect();
            if digits.len() < 3 || RESTRICTED_ZIP3.contains(&digits.as_str()) {
                "000".to_string()
            } else {
                digits
            }
        }
        PhiKind::Age90Plus => "90+".to_string(),
        PhiKind::Date => match WrittenDate::parse(value.trim()).and_then(|d| d.year) {
            Some(year) => year.to_string(),
            None => "[DATE]".to_string(),
        },
        other => format!("[{other}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn transformer() -> Transformer {
        Transformer::new(&KeyRing::from_secret("k", [42; 32]), 365)
    }

    #[test]
    fn fpe_preserves_shape_and_reverses() {
        let t = transformer();
        let ssn = t
            .apply(Action::Fpe, PhiKind::Ssn, "123-45-6789", None)
            .unwrap();
        assert_ne!(ssn, "123-45-6789");
        assert_eq!(ssn.len(), 11);
        assert_eq!(&ssn[3..4], "-");
        assert!(ssn.chars().filter(char::is_ascii_digit).count() == 9);
        assert_eq!(
            t.fpe_decrypt(PhiKind::Ssn, &ssn).unwrap().as_deref(),
            Some("123-45-6789")
        );
        let id = t
            .apply(Action::Fpe, PhiKind::HealthPlanId, "XJHQW829384712", None)
            .unwrap();
        assert!(id[..5].chars().all(|c| c.is_ascii_uppercase()));
        assert!(id[5..].chars().all(|c| c.is_ascii_digit()));
        assert_eq!(
            t.fpe_decrypt(PhiKind::HealthPlanId, &id)
                .unwrap()
                .as_deref(),
            Some("XJHQW829384712")
        );
        // Three letters are below FF1's domain: shape kept, not reversible.
        let short = t
            .apply(Action::Fpe, PhiKind::HealthPlanId, "XJH829384712", None)
            .unwrap();
        assert!(
            short[..3].chars().all(|c| c.is_ascii_uppercase())
                && short[3..].chars().all(|c| c.is_ascii_digit())
        );
        assert_eq!(t.fpe_decrypt(PhiKind::HealthPlanId, &short).unwrap(), None);
    }

    #[test]
    fn short_values_use_a_shape_preserving_fallback() {
        let t = transformer();
        let out = t.apply(Action::Fpe, PhiKind::Mrn, "A-123", None).unwrap();
        assert_eq!(out.len(), 5);
        assert!(out.starts_with(|c: char| c.is_ascii_uppercase()));
        assert_eq!(&out[1..2], "-");
        assert_ne!(&out[2..], "123");
        assert_eq!(t.fpe_decrypt(PhiKind::Mrn, &out).unwrap(), None);
    }

    #[test]
    fn output_depends_only_on_key_kind_and_value() {
        let a = transformer();
        let b = transformer();
        for action in [Action::Fpe, Action::Pseudonym, Action::Surrogate] {
            assert_eq!(
                a.apply(action, PhiKind::Mrn, "00482913", None).unwrap(),
                b.apply(action, PhiKind::Mrn, "00482913", None).unwrap()
            );
        }
        let other = Transformer::new(&KeyRing::from_secret("k", [43; 32]), 365);
        assert_ne!(
            a.apply(Action::Fpe, PhiKind::Mrn, "00482913", None)
                .unwrap(),
            other
                .apply(Action::Fpe, PhiKind::Mrn, "00482913", None)
                .unwrap()
        );
    }

    #[test]
    fn date_shift_is_per_subject_nonzero_and_keeps_layout() {
        let t = transformer();
        let alice = Subject::new("MRN1");
        let offset = t.date_offset_days(Some(&alice));
        assert!(offset != 0 && offset.abs() <= 365);
        let shifted = t
            .apply(Action::DateShift, PhiKind::Date, "2021-03-05", Some(&alice))
            .unwrap();
        let parsed = WrittenDate::parse(&shifted).unwrap();
        let moved =
            crate::date::days_from_civil(parsed.year.unwrap(), parsed.month, parsed.day.unwrap())
                - crate::date::days_from_civil(2021, 3, 5);
        assert_eq!(moved, offset);
        let subjects: std::collections::HashSet<i64> = (0..20)
            .map(|i| t.date_offset_days(Some(&Subject::new(format!("p{i}")))))
            .collect();
        assert!(subjects.len() > 10);
        assert_eq!(
            t.apply(Action::DateShift, PhiKind::Date, "soon", None)
                .unwrap(),
            "[DATE]"
        );
    }

    #[test]
    fn generalize_zip_age_and_date() {
        let t = transformer();
        assert_eq!(
            t.apply(Action::Generalize, PhiKind::Zip, "02139", None)
                .unwrap(),
            "021"
        );
        assert_eq!(
            t.apply(Action::Generalize, PhiKind::Zip, "03601-1234", None)
                .unwrap(),
            "000"
        );
        assert_eq!(
            t.apply(Action::Generalize, PhiKind::Age90Plus, "93", None)
                .unwrap(),
            "90+"
        );
        assert_eq!(
            t.apply(Action::Generalize, PhiKind::Date, "March 5, 2021", None)
                .unwrap(),
            "2021"
        );
    }

    #[test]
    fn surrogate_names_keep_shape_and_are_consistent_per_token() {
        let t = transformer();
        let full = t
            .apply(Action::Surrogate, PhiKind::Name, "John SMITH", None)
            .unwrap();
        let last = t
            .apply(Action::Surrogate, PhiKind::Name, "Smith", None)
            .unwrap();
        let (first_out, last_out) = full.split_once(' ').unwrap();
        assert!(first_out.chars().next().unwrap().is_uppercase());
        assert!(last_out.chars().all(|c| !c.is_lowercase()));
        assert_eq!(last_out.to_lowercase(), last.to_lowercase());
        assert_ne!(last.to_lowercase(), "smith");
        let particle = t
            .apply(Action::Surrogate, PhiKind::Name, "de la Cruz", None)
            .unwrap();
        assert!(particle.starts_with("de la "), "{particle}");
        let street = t
            .apply(
                Action::Surrogate,
                PhiKind::StreetAddress,
                "1420 Maple Ave, Apt 3B",
                None,
            )
            .unwrap();
        assert!(street.contains(" Ave, Apt "), "{street}");
        assert!(
            !street.contains("Maple") && !street.contains("1420"),
            "{street}"
        );
    }

    #[test]
    fn redact_mask_keep() {
        let t = transformer();
        assert_eq!(
            t.apply(Action::Redact, PhiKind::Name, "Ann", None).unwrap(),
            "[NAME]"
        );
        assert_eq!(
            t.apply(Action::Mask, PhiKind::Phone, "555-1234", None)
                .unwrap(),
            "***-****"
        );
        assert_eq!(
            t.apply(Action::Keep, PhiKind::Phone, "555-1234", None)
                .unwrap(),
            "555-1234"
        );
    }

    #[test]
    fn uids_map_into_2_25_consistently() {
        let t = transformer();
        let a = t.map_uid("1.2.840.113619.2.55.3");
        assert!(a.starts_with("2.25.") && a.len() <= 64);
        assert_eq!(a, t.map_uid("1.2.840.113619.2.55.3\0"));
        assert_ne!(a, t.map_uid("1.2.840.113619.2.55.4"));
    }
}
