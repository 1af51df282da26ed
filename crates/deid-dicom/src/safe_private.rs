//! Retain Safe Private Option (PS3.15 E.3.10): the private attributes known to be safe.
//!
//! The list is a deliberately small subset of PS3.15 Table E.3.10-1 "Safe Private
//! Attributes" (a sample list in a note of the standard; vendors do not guarantee it). Only
//! entries whose values are numbers or short codes are taken — scale factors, diffusion
//! b-values, pitch, table speed, flags — so that a kept value cannot carry a name, a date, a
//! UID or free text. Entries of the table holding UIDs, long strings, free text (LO, LT),
//! sequences or opaque bytes (OB) are left out and removed like every other private
//! attribute.
//!
//! An attribute is kept only when all of these hold:
//! - its group is odd and its element is in a block (`gggg,xx00-xxFF`, `xx` ≥ `10`) whose
//!   private creator `(gggg,00xx)` is, after trimming padding, exactly the creator listed;
//! - `(group, low byte of element, creator)` is in [`SAFE_PRIVATE`];
//! - its VR is the listed VR, or UN (implicit VR files, where private VRs are unknown);
//! - its value has the listed VR's shape: text VRs only hold the characters of a number or a
//!   code (checked on the raw bytes, so a UN value holding a name fails), binary VRs a whole
//!   number of values of the listed width, and no more values than the listed VM.
//!
//! The creators of the blocks that keep at least one attribute are kept too; all other
//! private attributes, creators and reserved elements are removed.

use dicom_core::header::Header;
use dicom_core::{DicomValue, Tag, VR};
use dicom_object::InMemDicomObject;

/// One safe private attribute: `(group, xx<element>)` in the block of `creator`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SafePrivate {
    /// The odd group.
    pub(crate) group: u16,
    /// The low byte of the element number (the `ee` of `gggg,xxee`).
    pub(crate) element: u8,
    /// The private creator, as listed.
    pub(crate) creator: &'static str,
    /// The listed VR.
    pub(crate) vr: VR,
    /// The listed value multiplicity (its maximum).
    pub(crate) vm: usize,
}

const fn entry(group: u16, element: u8, creator: &'static str, vr: VR) -> SafePrivate {
    entry_n(group, element, creator, vr, 1)
}

const fn entry_n(group: u16, element: u8, creator: &'static str, vr: VR, vm: usize) -> SafePrivate {
    SafePrivate {
        group,
        element,
        creator,
        vr,
        vm,
    }
}

/// The safe private attributes kept by the option: the numeric and code entries of PS3.15
/// Table E.3.10-1.
pub(crate) const SAFE_PRIVATE: &[SafePrivate] = &[
    // Philips PET: SUV factor, activity concentration factor.
    entry(0x7053, 0x00, "Philips PET Private Group", VR::DS),
    entry(0x7053, 0x09, "Philips PET Private Group", VR::DS),
    // Elscint: DLP, acquisition duration, phantom type, acquisition type, table velocity,
    // pitch, rotation time.
    entry(0x00E1, 0x21, "ELSCINT1", VR::DS),
    entry(0x00E1, 0x50, "ELSCINT1", VR::DS),
    entry(0x01E1, 0x26, "ELSCINT1", VR::CS),
    entry(0x01F1, 0x01, "ELSCINT1", VR::CS),
    entry(0x01F1, 0x07, "ELSCINT1", VR::DS),
    entry(0x01F1, 0x26, "ELSCINT1", VR::DS),
    entry(0x01F1, 0x27, "ELSCINT1", VR::DS),
    // GE: table speed, mid scan time, rotation speed.
    entry(0x0019, 0x23, "GEMS_ACQU_01", VR::DS),
    entry(0x0019, 0x24, "GEMS_ACQU_01", VR::DS),
    entry(0x0019, 0x27, "GEMS_ACQU_01", VR::DS),
    // GE: images in series.
    entry(0x0025, 0x07, "GEMS_SERS_01", VR::SL),
    // GE: scan pitch ratio ("n.nnn:1"), b-value, table entry + gradient coil.
    entry(0x0043, 0x27, "GEMS_PARM_01", VR::SH),
    entry_n(0x0043, 0x39, "GEMS_PARM_01", VR::IS, 4),
    entry_n(0x0043, 0x6F, "GEMS_PARM_01", VR::DS, 4),
    // GE: macro rows in detector, macro width at ISO center.
    entry(0x0045, 0x01, "GEMS_HELIOS_01", VR::SS),
    entry(0x0045, 0x02, "GEMS_HELIOS_01", VR::FL),
    // GE PACS: reject, significant and confidential flags.
    entry(0x0903, 0x10, "GEIIS PACS", VR::US),
    entry(0x0903, 0x11, "GEIIS PACS", VR::US),
    entry(0x0903, 0x12, "GEIIS PACS", VR::US),
    // Philips MR: diffusion b-factor and direction; scale intercept and slope.
    entry(0x2001, 0x03, "Philips Imaging DD 001", VR::FL),
    entry(0x2001, 0x04, "Philips Imaging DD 001", VR::CS),
    entry(0x2005, 0x0D, "Philips MR Imaging DD 001", VR::FL),
    entry(0x2005, 0x0E, "Philips MR Imaging DD 001", VR::FL),
    // Siemens MR: b-value, diffusion directionality, gradient direction, b matrix.
    entry(0x0019, 0x0C, "SIEMENS MR HEADER", VR::IS),
    entry(0x0019, 0x0D, "SIEMENS MR HEADER", VR::CS),
    entry_n(0x0019, 0x0E, "SIEMENS MR HEADER", VR::FD, 3),
    entry_n(0x0019, 0x27, "SIEMENS MR HEADER", VR::FD, 6),
];

/// The listed entry for `tag` in the block of `creator`, if any.
pub(crate) fn lookup(tag: Tag, creator: &str) -> Option<&'static SafePrivate> {
    let element = (tag.element() & 0x00FF) as u8;
    SAFE_PRIVATE
        .iter()
        .find(|e| e.group == tag.group() && e.element == element && e.creator == creator)
}

/// The private tags of `object` (top level of this data set only) to keep: the safe
/// attributes and the creators of their blocks, sorted.
pub(crate) fn retained(object: &InMemDicomObject) -> Vec<Tag> {
    let mut kept = Vec::new();
    for element in object.iter() {
        let tag = element.tag();
        if tag.group() % 2 == 0 || tag.element() < 0x1000 {
            continue;
        }
        let creator_tag = Tag(tag.group(), tag.element() >> 8);
        let Some(creator) = object
            .get(creator_tag)
            .and_then(|c| c.to_str().ok())
            .map(|c| c.trim_matches(['\0', ' ']).to_string())
        else {
            continue;
        };
        let Some(safe) = lookup(tag, &creator) else {
            continue;
        };
        if plausible(safe, element.vr(), element.value()) {
            kept.push(tag);
            kept.push(creator_tag);
        }
    }
    kept.sort();
    kept.dedup();
    kept
}

/// Whether a value has the listed VR's shape (see the module docs).
fn plausible(safe: &SafePrivate, vr: VR, value: &DicomValue<InMemDicomObject>) -> bool {
    if vr != safe.vr && vr != VR::UN {
        return false;
    }
    let DicomValue::Primitive(primitive) = value else {
        return false;
    };
    let bytes = primitive.to_bytes();
    match binary_width(safe.vr) {
        Some(width) => {
            !bytes.is_empty() && bytes.len() % width == 0 && bytes.len() / width <= safe.vm
        }
        None => {
            let text = String::from_utf8_lossy(&bytes);
            let values: Vec<&str> = text.trim_end_matches(['\0', ' ']).split('\\').collect();
            values.len() <= safe.vm
                && values.iter().all(|v| {
                    let v = v.trim_matches(['\0', ' ']);
                    v.len() <= 16 && v.bytes().all(|b| text_byte_allowed(safe.vr, b))
                })
        }
    }
}

/// Bytes per value of a binary VR; `None` for text VRs.
fn binary_width(vr: VR) -> Option<usize> {
    match vr {
        VR::US | VR::SS => Some(2),
        VR::UL | VR::SL | VR::FL => Some(4),
        VR::FD => Some(8),
        _ => None,
    }
}

/// The characters a number or code of `vr` may hold.
fn text_byte_allowed(vr: VR, b: u8) -> bool {
    match vr {
        VR::DS => b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E'),
        VR::IS => b.is_ascii_digit() || matches!(b, b'+' | b'-'),
        VR::CS => b.is_ascii_uppercase() || b.is_ascii_digit() || matches!(b, b'_' | b' '),
        // The one SH entry is a pitch ratio such as "1.375:1".
        VR::SH => b.is_ascii_digit() || matches!(b, b'.' | b':'),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dicom_core::{DataElement, PrimitiveValue};

    fn object(elements: Vec<DataElement<InMemDicomObject>>) -> InMemDicomObject {
        InMemDicomObject::from_element_iter(elements)
    }

    fn text(tag: Tag, vr: VR, value: &str) -> DataElement<InMemDicomObject> {
        DataElement::new(tag, vr, PrimitiveValue::from(value))
    }

    #[test]
    fn table_entries_are_private_and_unique() {
        for (i, e) in SAFE_PRIVATE.iter().enumerate() {
            assert_eq!(e.group % 2, 1, "{e:?}");
            assert!(
                !SAFE_PRIVATE[..i]
                    .iter()
                    .any(|o| (o.group, o.element, o.creator) == (e.group, e.element, e.creator)),
                "{e:?} twice"
            );
        }
    }

    #[test]
    fn keeps_listed_values_of_the_right_shape_and_their_creator() {
        let obj = object(vec![
            text(Tag(0x0019, 0x0010), VR::LO, "GEMS_ACQU_01 "),
            text(Tag(0x0019, 0x1023), VR::DS, "12.5"),
            text(Tag(0x0019, 0x1024), VR::DS, "DOE^JOHN"),
            text(Tag(0x0019, 0x1030), VR::DS, "7"),
            text(Tag(0x0019, 0x0011), VR::LO, "ACME 1.0"),
            text(Tag(0x0019, 0x1123), VR::DS, "12.5"),
            DataElement::new(
                Tag(0x0019, 0x1027),
                VR::UN,
                PrimitiveValue::from(b"0.5 ".to_vec()),
            ),
        ]);
        assert_eq!(
            retained(&obj),
            [
                Tag(0x0019, 0x0010),
                Tag(0x0019, 0x1023),
                Tag(0x0019, 0x1027)
            ]
        );
    }

    #[test]
    fn binary_values_need_whole_values() {
        let us = |bytes: Vec<u8>| {
            object(vec![
                text(Tag(0x0903, 0x0010), VR::LO, "GEIIS PACS"),
                DataElement::new(Tag(0x0903, 0x1010), VR::UN, PrimitiveValue::from(bytes)),
            ])
        };
        assert_eq!(retained(&us(vec![1, 0])).len(), 2);
        assert!(retained(&us(vec![1, 0, 0])).is_empty());
        assert!(retained(&us(b"SMITH^JOHN^JACOB".to_vec())).is_empty());
    }
}
