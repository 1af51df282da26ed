//! The walker: one pass over a data set that applies the resolved profile action to every
//! attribute and recurses into sequence items at any depth.
//!
//! Pixel data is never touched. Group lengths are dropped (they would be stale). Private
//! attributes are removed, except the known-safe ones under Retain Safe Private (see
//! `safe_private`). Attributes the profile does not list are kept — inside a sequence
//! being cleaned (`C`), their free text is cleaned too. Every change is recorded as a
//! [`Change`] whose field is the tag path, e.g. `(0008,1115)[0]/(0008,1155)`.

use dicom_core::header::Header;
use dicom_core::value::DataSetSequence;
use dicom_core::{DataElement, DicomValue, Length, PrimitiveValue, Tag, VR};
use dicom_dictionary_std::tags;
use dicom_object::InMemDicomObject;
use dicom_object::mem::InMemElement;

use deid_core::keys::{Purpose, SecretKey};
use deid_core::provenance::{Change, keyed_digest_of_bytes};
use deid_core::{Action, Engine, PhiKind, Span, Subject};

use crate::profile::{ProfileAction, ProfileOptions, RowKey, row_for};
use crate::scrub::Recording;
use crate::{safe_private, vr};

/// Detector name recorded in provenance for changes made by the profile.
const DETECTOR: &str = "dicom.annex-e";

/// How an attribute is to be handled, and which rule said so (for provenance).
struct Decision {
    action: ProfileAction,
    rule: &'static str,
}

/// Walks data sets, collecting the changes it makes.
pub(crate) struct Walker<'a> {
    engine: &'a Engine,
    options: &'a ProfileOptions,
    subject: Option<&'a Subject>,
    digest_key: SecretKey,
    recording: Recording,
    changes: Vec<Change>,
    /// Values changed (records kept or not).
    changed: usize,
}

impl<'a> Walker<'a> {
    /// A walker for one patient's object.
    pub(crate) fn new(
        engine: &'a Engine,
        options: &'a ProfileOptions,
        subject: Option<&'a Subject>,
        recording: Recording,
    ) -> Walker<'a> {
        Walker {
            engine,
            options,
            subject,
            digest_key: engine.keys().subkey(Purpose::Digest),
            recording,
            changes: Vec::new(),
            changed: 0,
        }
    }

    /// The changes recorded (none when only counting) and how many values changed.
    pub(crate) fn into_changes(self) -> (Vec<Change>, usize) {
        (self.changes, self.changed)
    }

    /// Apply the profile to every attribute of `object`; `prefix` is the tag path of the
    /// item (empty at the top level); `cleaning` is true inside a sequence being cleaned.
    pub(crate) fn walk(&mut self, object: &mut InMemDicomObject, prefix: &str, cleaning: bool) {
        let tags: Vec<Tag> = object.tags().collect();
        let safe_private = if self.options.retain_safe_private && tags.iter().any(is_private) {
            safe_private::retained(object)
        } else {
            Vec::new()
        };
        for tag in tags {
            if is_pixel_data(tag) || safe_private.binary_search(&tag).is_ok() {
                continue;
            }
            if tag.element() == 0x0000 {
                // Group length: stale once anything changes, and retired in data sets.
                object.remove_element(tag);
                continue;
            }
            let Some(existing) = object.get(tag) else {
                continue;
            };
            let decision = self.decide(tag, existing.vr(), cleaning);
            if is_untouched(&decision, existing) {
                continue; // the common case: no take, no path, no allocation
            }
            let Some(element) = object.take(tag) else {
                continue;
            };
            let path = tag_path(prefix, tag);
            if let Some(new) = self.element(element, &path, decision, cleaning) {
                object.put(new);
            }
        }
    }

    /// The profile decision for one attribute.
    fn decide(&self, tag: Tag, vr: VR, cleaning: bool) -> Decision {
        if tag.group() % 2 == 1 {
            // Safe private attributes (Retain Safe Private) were kept before this.
            return Decision {
                action: ProfileAction::Remove,
                rule: "private",
            };
        }
        match row_for(tag) {
            Some(row) => {
                let mut action = self.options.resolve(row);
                if row.key == RowKey::OverlayData && action == ProfileAction::Clean {
                    // A bitmap cannot be checked for burned-in text.
                    action = ProfileAction::Remove;
                }
                Decision {
                    action,
                    rule: row.basic.code(),
                }
            }
            None if cleaning && vr::is_text(vr) => Decision {
                action: ProfileAction::Clean,
                rule: "clean-content",
            },
            None => Decision {
                action: ProfileAction::Keep,
                rule: "unlisted",
            },
        }
    }

    /// The element that replaces `element`, or `None` to remove it.
    fn element(
        &mut self,
        element: InMemElement,
        path: &str,
        decision: Decision,
        cleaning: bool,
    ) -> Option<InMemElement> {
        if matches!(element.value(), DicomValue::Sequence(_)) {
            return self.sequence(element, path, decision, cleaning);
        }
        if matches!(element.value(), DicomValue::PixelSequence(_)) {
            // Encapsulated data outside the pixel data attribute: keep only if kept.
            return match decision.action {
                ProfileAction::Keep => Some(element),
                _ => {
                    self.record(path, PhiKind::Photo, Action::Redact, decision.rule, b"", 0);
                    None
                }
            };
        }
        self.primitive(element, path, decision)
    }

    /// Remove, empty or walk a sequence.
    fn sequence(
        &mut self,
        element: InMemElement,
        path: &str,
        decision: Decision,
        cleaning: bool,
    ) -> Option<InMemElement> {
        let tag = element.tag();
        let items = element.into_value().into_items().unwrap_or_default();
        match decision.action {
            ProfileAction::Remove | ProfileAction::Zero | ProfileAction::Dummy => {
                if !items.is_empty() {
                    self.record(
                        path,
                        PhiKind::OtherId,
                        Action::Redact,
                        decision.rule,
                        b"",
                        0,
                    );
                }
                (decision.action != ProfileAction::Remove).then(|| DataElement::empty(tag, VR::SQ))
            }
            ProfileAction::Keep | ProfileAction::MapUid | ProfileAction::Clean => {
                let cleaning = cleaning || decision.action == ProfileAction::Clean;
                let mut walked = Vec::with_capacity(items.len());
                for (index, mut item) in items.into_iter().enumerate() {
                    self.walk(&mut item, &format!("{path}[{index}]/"), cleaning);
                    walked.push(item);
                }
                let value = DataSetSequence::new(walked, Length::UNDEFINED);
                Some(DataElement::new(tag, VR::SQ, value))
            }
        }
    }

    /// Apply the action to a primitive value.
    fn primitive(
        &mut self,
        element: InMemElement,
        path: &str,
        decision: Decision,
    ) -> Option<InMemElement> {
        let (tag, vr) = (element.tag(), element.vr());
        // Numbers (binary VRs) are digested by their bytes: turning a large private blob into
        // decimal text was most of the walk on some files. Only text is ever transformed.
        let (values, original) = match binary_bytes(&element) {
            Some(bytes) => (Vec::new(), bytes),
            None => {
                let values = text_values(&element);
                let original = values.join("\\").into_bytes();
                (values, original)
            }
        };
        let original = original.as_slice();
        let blank = original.is_empty() || (!values.is_empty() && is_blank(&values));
        match decision.action {
            ProfileAction::Keep if vr == VR::AS => {
                Some(self.cap_age(element, &values, path, decision.rule))
            }
            ProfileAction::Keep => Some(element),
            _ if blank && decision.action != ProfileAction::Remove => Some(element),
            ProfileAction::Clean if vr == VR::UN => {
                // Unknown encoding: cannot be cleaned, so it goes.
                self.record(
                    path,
                    kind_of(tag, vr),
                    Action::Redact,
                    decision.rule,
                    original,
                    0,
                );
                None
            }
            ProfileAction::Remove => {
                if !blank {
                    self.record(
                        path,
                        kind_of(tag, vr),
                        Action::Redact,
                        decision.rule,
                        original,
                        0,
                    );
                }
                None
            }
            ProfileAction::Zero | ProfileAction::Dummy if tag == tags::PATIENT_ID => {
                Some(self.patient_value(tag, vr, PhiKind::Mrn, original, path, decision.rule))
            }
            ProfileAction::Zero | ProfileAction::Dummy if tag == tags::PATIENT_NAME => {
                Some(self.patient_value(tag, vr, PhiKind::Name, original, path, decision.rule))
            }
            ProfileAction::Zero => {
                self.record(
                    path,
                    kind_of(tag, vr),
                    Action::Redact,
                    decision.rule,
                    original,
                    0,
                );
                Some(DataElement::empty(tag, vr))
            }
            ProfileAction::Dummy if vr == VR::UI => {
                Some(self.map_uids(tag, &values, path, decision.rule))
            }
            ProfileAction::Dummy => Some(self.dummy(tag, vr, original, path, decision.rule)),
            ProfileAction::MapUid if vr == VR::UI => {
                Some(self.map_uids(tag, &values, path, decision.rule))
            }
            ProfileAction::MapUid => Some(self.dummy(tag, vr, original, path, decision.rule)),
            ProfileAction::Clean => Some(self.clean(element, values, path, decision.rule)),
        }
    }

    /// PatientID and PatientName: the engine's transform for that kind, so one patient reads
    /// the same in DICOM as in HL7, FHIR and CSV.
    fn patient_value(
        &mut self,
        tag: Tag,
        vr: VR,
        kind: PhiKind,
        original: &[u8],
        path: &str,
        rule: &str,
    ) -> InMemElement {
        let original = String::from_utf8_lossy(original);
        let value = original.trim_end_matches(['\0', ' ']).trim_start();
        let action = self.engine.policy().action_for(kind, path);
        let replacement = match self.engine.transform_value(kind, value, path, self.subject) {
            Ok(new) if !new.trim().is_empty() => vr::fit(vr, new),
            _ => {
                let dummy = if vr == VR::PN {
                    vr::DUMMY_NAME
                } else {
                    vr::DUMMY_TEXT
                };
                dummy.to_string()
            }
        };
        self.record(
            path,
            kind,
            action,
            rule,
            value.as_bytes(),
            replacement.len(),
        );
        DataElement::new(tag, vr, PrimitiveValue::from(replacement))
    }

    /// An age kept by Retain Patient Characteristics, with ages of 90 and over written as
    /// `090Y` (HIPAA Safe Harbor aggregates them).
    fn cap_age(
        &mut self,
        element: InMemElement,
        values: &[String],
        path: &str,
        rule: &str,
    ) -> InMemElement {
        let years = |v: &str| {
            let v = v.trim_end_matches(['\0', ' ']);
            v.strip_suffix('Y').and_then(|n| n.parse::<u32>().ok())
        };
        if !values.iter().any(|v| years(v).is_some_and(|y| y >= 90)) {
            return element;
        }
        let capped: Vec<String> = values
            .iter()
            .map(|v| {
                if years(v).is_some_and(|y| y >= 90) {
                    "090Y".to_string()
                } else {
                    v.clone()
                }
            })
            .collect();
        self.record(
            path,
            PhiKind::Age90Plus,
            Action::Generalize,
            rule,
            values.join("\\").as_bytes(),
            4,
        );
        DataElement::new(element.tag(), VR::AS, strings(capped))
    }

    /// Every UID value replaced by its mapped UID.
    fn map_uids(&mut self, tag: Tag, values: &[String], path: &str, rule: &str) -> InMemElement {
        let transformer = self.engine.transformer();
        let mapped: Vec<String> = values
            .iter()
            .map(|v| v.trim_end_matches(['\0', ' ']))
            .map(|v| {
                if v.is_empty() {
                    String::new()
                } else {
                    transformer.map_uid(v)
                }
            })
            .collect();
        let original = values.join("\\");
        let new_len =
            mapped.iter().map(String::len).sum::<usize>() + mapped.len().saturating_sub(1);
        self.record(
            path,
            PhiKind::OtherId,
            Action::Pseudonym,
            rule,
            original.as_bytes(),
            new_len,
        );
        DataElement::new(tag, VR::UI, strings(mapped))
    }

    /// The VR's dummy value.
    fn dummy(&mut self, tag: Tag, vr: VR, original: &[u8], path: &str, rule: &str) -> InMemElement {
        match vr::dummy(vr) {
            Some(value) => {
                let new_len = value.to_str().len();
                self.record(
                    path,
                    kind_of(tag, vr),
                    Action::Redact,
                    rule,
                    original,
                    new_len,
                );
                DataElement::new(tag, vr, value)
            }
            None => DataElement::empty(tag, vr),
        }
    }

    /// Clean a value: dates shift by the subject's offset, names get the engine's name
    /// transform, free text goes through the engine; other VRs (times, numbers, codes) stay.
    fn clean(
        &mut self,
        element: InMemElement,
        values: Vec<String>,
        path: &str,
        rule: &str,
    ) -> InMemElement {
        let (tag, vr) = (element.tag(), element.vr());
        if vr::is_date(vr) {
            let shifted: Vec<String> = values.iter().map(|v| self.shift(v)).collect();
            let new_len = shifted.iter().map(String::len).sum();
            self.record(
                path,
                PhiKind::Date,
                Action::DateShift,
                rule,
                values.join("\\").as_bytes(),
                new_len,
            );
            return DataElement::new(tag, vr, strings(shifted));
        }
        if vr == VR::PN {
            return self.patient_value(
                tag,
                vr,
                PhiKind::Name,
                values.join("\\").as_bytes(),
                path,
                rule,
            );
        }
        if !vr::is_text(vr) {
            return element;
        }
        let mut cleaned = Vec::with_capacity(values.len());
        let mut changed = false;
        for value in &values {
            let scrubbed = self.engine.deidentify_text(value, self.subject);
            changed |= !scrubbed.is_unchanged();
            self.changed += scrubbed.changes.len();
            if self.recording == Recording::Records {
                self.changes
                    .extend(scrubbed.changes.into_iter().map(|mut c| {
                        c.field = path.to_string();
                        c
                    }));
            }
            cleaned.push(vr::fit(vr, scrubbed.value));
        }
        if changed {
            DataElement::new(tag, vr, strings(cleaned))
        } else {
            element
        }
    }

    /// One DA or DT value moved by the subject's offset; a value that is not a date becomes
    /// empty (fail closed).
    fn shift(&self, value: &str) -> String {
        let trimmed = value.trim_end_matches(['\0', ' ']).trim_start();
        if trimmed.is_empty() {
            return String::new();
        }
        let shifted = self.engine.transformer().shift_date(trimmed, self.subject);
        let same_shape = shifted.len() == trimmed.len()
            && shifted
                .bytes()
                .zip(trimmed.bytes())
                .all(|(a, b)| a.is_ascii_digit() == b.is_ascii_digit());
        if same_shape { shifted } else { String::new() }
    }

    fn record(
        &mut self,
        path: &str,
        kind: PhiKind,
        action: Action,
        rule: &str,
        original: &[u8],
        new_len: usize,
    ) {
        self.changed += 1;
        if self.recording == Recording::CountOnly {
            return;
        }
        self.changes.push(Change {
            field: path.to_string(),
            input_span: Span::new(0, original.len()),
            output_span: Span::new(0, new_len),
            kind,
            detector: [DETECTOR, ":", rule].concat(),
            action,
            digest: keyed_digest_of_bytes(&self.digest_key, kind, original),
        });
    }
}

/// `prefix` then `(gggg,eeee)`, in upper-case hex (written by hand: `format!` was a tenth of
/// the walk on files with many private attributes).
fn tag_path(prefix: &str, tag: Tag) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut path = String::with_capacity(prefix.len() + 11);
    path.push_str(prefix);
    path.push('(');
    for (i, word) in [tag.group(), tag.element()].into_iter().enumerate() {
        if i == 1 {
            path.push(',');
        }
        for shift in [12, 8, 4, 0] {
            path.push(char::from(HEX[usize::from((word >> shift) & 0xF)]));
        }
    }
    path.push(')');
    path
}

/// Kept as it is: no change to record and nothing inside to walk.
fn is_untouched(decision: &Decision, element: &InMemElement) -> bool {
    decision.action == ProfileAction::Keep
        && element.vr() != VR::AS
        && !matches!(element.value(), DicomValue::Sequence(_))
}

fn is_private(tag: &Tag) -> bool {
    tag.group() % 2 == 1
}

fn is_pixel_data(tag: Tag) -> bool {
    tag == tags::PIXEL_DATA || tag == tags::FLOAT_PIXEL_DATA || tag == tags::DOUBLE_FLOAT_PIXEL_DATA
}

/// A text value's strings (empty for no value).
fn text_values(element: &InMemElement) -> Vec<String> {
    match element.value() {
        DicomValue::Primitive(PrimitiveValue::Empty) => Vec::new(),
        DicomValue::Primitive(value) => value.to_multi_str().into_owned(),
        _ => Vec::new(),
    }
}

/// A value of numbers (binary VRs) as its little endian bytes; `None` for text.
fn binary_bytes(element: &InMemElement) -> Option<Vec<u8>> {
    let DicomValue::Primitive(value) = element.value() else {
        return None;
    };
    match value {
        PrimitiveValue::U8(_)
        | PrimitiveValue::I16(_)
        | PrimitiveValue::U16(_)
        | PrimitiveValue::I32(_)
        | PrimitiveValue::U32(_)
        | PrimitiveValue::I64(_)
        | PrimitiveValue::U64(_)
        | PrimitiveValue::F32(_)
        | PrimitiveValue::F64(_) => Some(value.to_bytes().into_owned()),
        _ => None,
    }
}

fn is_blank(values: &[String]) -> bool {
    values
        .iter()
        .all(|v| v.trim_matches(['\0', ' ']).is_empty())
}

fn strings(values: Vec<String>) -> PrimitiveValue {
    PrimitiveValue::Strs(values.into_iter().collect())
}

/// The PHI kind recorded for an attribute.
fn kind_of(tag: Tag, vr: VR) -> PhiKind {
    match vr {
        _ if tag == tags::PATIENT_ID => PhiKind::Mrn,
        VR::PN => PhiKind::Name,
        VR::DA | VR::DT | VR::TM => PhiKind::Date,
        _ => PhiKind::OtherId,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_paths_are_upper_case_hex_after_their_prefix() {
        assert_eq!(tag_path("", Tag(0x0010, 0x0020)), "(0010,0020)");
        assert_eq!(
            tag_path("(0008,1115)[0]/", Tag(0x0009, 0x10AF)),
            "(0008,1115)[0]/(0009,10AF)"
        );
        assert_eq!(tag_path("", Tag(0xFFFE, 0xE000)), "(FFFE,E000)");
    }
}
