//! What the profile needs to know about value representations: which hold free text, their
//! length limits, and a dummy value for each (action `D`).

use dicom_core::smallvec::smallvec;
use dicom_core::{PrimitiveValue, Tag, VR};

/// The dummy for text VRs without a more specific one.
pub(crate) const DUMMY_TEXT: &str = "ANONYMIZED";
/// The dummy person name.
pub(crate) const DUMMY_NAME: &str = "ANONYMOUS";

/// VRs whose values are free text or names that the engine can clean.
pub(crate) fn is_text(vr: VR) -> bool {
    matches!(
        vr,
        VR::LO | VR::SH | VR::LT | VR::ST | VR::UT | VR::UC | VR::PN
    )
}

/// VRs that hold one calendar date (DA) or a date and time (DT).
pub(crate) fn is_date(vr: VR) -> bool {
    matches!(vr, VR::DA | VR::DT)
}

/// The maximum length in characters of one value, where the VR has a small one.
pub(crate) fn max_chars(vr: VR) -> Option<usize> {
    match vr {
        VR::AE | VR::CS | VR::SH => Some(16),
        VR::LO | VR::PN => Some(64),
        VR::ST => Some(1024),
        VR::LT => Some(10240),
        _ => None,
    }
}

/// `value` cut to the VR's length limit, at a character boundary.
pub(crate) fn fit(vr: VR, value: String) -> String {
    match max_chars(vr) {
        Some(limit) if value.chars().count() > limit => value.chars().take(limit).collect(),
        _ => value,
    }
}

/// A dummy value of `vr` carrying no information (UIDs are handled by the walker: their
/// dummy is the mapped UID). `None` for SQ, which has no primitive dummy.
pub(crate) fn dummy(vr: VR) -> Option<PrimitiveValue> {
    Some(match vr {
        VR::PN => PrimitiveValue::from(DUMMY_NAME),
        VR::AE | VR::CS | VR::SH | VR::LO | VR::LT | VR::ST | VR::UT | VR::UC | VR::UR => {
            PrimitiveValue::from(DUMMY_TEXT)
        }
        VR::DA => PrimitiveValue::from("19000101"),
        VR::DT => PrimitiveValue::from("19000101000000"),
        VR::TM => PrimitiveValue::from("000000"),
        VR::AS => PrimitiveValue::from("000D"),
        VR::IS | VR::DS => PrimitiveValue::from("0"),
        VR::UI => PrimitiveValue::from("2.25.0"),
        VR::US => PrimitiveValue::U16(smallvec![0]),
        VR::SS => PrimitiveValue::I16(smallvec![0]),
        VR::UL => PrimitiveValue::U32(smallvec![0]),
        VR::SL => PrimitiveValue::I32(smallvec![0]),
        VR::UV => PrimitiveValue::U64(smallvec![0]),
        VR::SV => PrimitiveValue::I64(smallvec![0]),
        VR::FL => PrimitiveValue::F32(smallvec![0.0]),
        VR::FD => PrimitiveValue::F64(smallvec![0.0]),
        VR::AT => PrimitiveValue::Tags(smallvec![Tag(0, 0)]),
        VR::OB | VR::OW | VR::OF | VR::OD | VR::OL | VR::OV | VR::UN => {
            PrimitiveValue::U8(smallvec![0, 0])
        }
        VR::SQ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_the_limit_by_characters() {
        assert_eq!(fit(VR::SH, "é".repeat(20)).chars().count(), 16);
        assert_eq!(fit(VR::UT, "x".repeat(20_000)).len(), 20_000);
    }

    #[test]
    fn every_primitive_vr_has_a_dummy() {
        for vr in [VR::PN, VR::DA, VR::UI, VR::OB, VR::FD, VR::AT] {
            assert!(dummy(vr).is_some());
        }
        assert!(dummy(VR::SQ).is_none());
    }
}
