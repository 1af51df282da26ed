//! Test fixtures: small DICOM files built with dicom-object, full of PHI in the places the
//! profile must reach (nested sequences, private tags, overlays, curves, references).
#![allow(dead_code)]

use dicom_core::smallvec::smallvec;
use dicom_core::value::{DataSetSequence, PixelFragmentSequence};
use dicom_core::{DataElement, DicomValue, Length, PrimitiveValue, Tag, VR};
use dicom_dictionary_std::tags;
use dicom_object::meta::FileMetaTableBuilder;
use dicom_object::{DefaultDicomObject, InMemDicomObject};

use deid_core::{Engine, KeyRing, Policy};

pub const EXPLICIT_LE: &str = "1.2.840.10008.1.2.1";
pub const IMPLICIT_LE: &str = "1.2.840.10008.1.2";
pub const EXPLICIT_BE: &str = "1.2.840.10008.1.2.2";
pub const DEFLATED: &str = "1.2.840.10008.1.2.1.99";
pub const JPEG_BASELINE: &str = "1.2.840.10008.1.2.4.50";

pub const CT_IMAGE: &str = "1.2.840.10008.5.1.4.1.1.2";
pub const STUDY_UID: &str = "1.2.826.0.1.3680043.2.1125.7.1";
pub const SERIES_UID: &str = "1.2.826.0.1.3680043.2.1125.7.1.2";
pub const FRAME_UID: &str = "1.2.826.0.1.3680043.2.1125.7.1.3";
pub const PATIENT_ID: &str = "MRN48213977";
pub const STUDY_DATE: &str = "20210305";

/// Strings that must not survive de-identification.
pub const PHI: &[&str] = &[
    "DOE^JANE",
    "Jane",
    "MRN48213977",
    "ACC998877",
    "Mercy General",
    "HOUSE^GREGORY",
    "ROE^RICHARD",
    "SMITH^ALICE",
    "19610214",
    "20210305",
    "617-555-0199",
    "SECRET PRIVATE",
    "OTHERID777",
    "1.2.826.0.1.3680043.2.1125.7.1",
    "overlay note by Dr Zhivago",
    "CT-STATION-7",
];

pub fn engine() -> Engine {
    Engine::new(Policy::safe_harbor(), KeyRing::from_secret("test", [7; 32]))
}

pub fn sop_uid(n: u32) -> String {
    format!("1.2.826.0.1.3680043.2.1125.7.1.2.{n}")
}

fn str_el(tag: Tag, vr: VR, value: &str) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, vr, PrimitiveValue::from(value))
}

fn seq(tag: Tag, items: Vec<InMemDicomObject>) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, VR::SQ, DataSetSequence::new(items, Length::UNDEFINED))
}

/// The pixel bytes of the native fixture (8 × 8, 16 bits, a recognisable ramp).
pub fn native_pixels() -> Vec<u8> {
    (0..128u32).map(|i| (i * 7 % 251) as u8).collect()
}

/// The fragments of the encapsulated fixture.
pub fn fragments() -> Vec<Vec<u8>> {
    vec![
        vec![0xFF, 0xD8, 1, 2, 3, 4, 5, 6],
        vec![7, 8, 9, 10, 0xFF, 0xD9],
    ]
}

/// One CT image of the fixture series: number `n`, referencing image `n - 1`.
pub fn ct_object(n: u32, ts: &str, burned_in: bool) -> DefaultDicomObject {
    let mut obj = InMemDicomObject::new_empty();
    obj.put(str_el(tags::SPECIFIC_CHARACTER_SET, VR::CS, "ISO_IR 100"));
    obj.put(str_el(tags::SOP_CLASS_UID, VR::UI, CT_IMAGE));
    obj.put(str_el(tags::SOP_INSTANCE_UID, VR::UI, &sop_uid(n)));
    obj.put(str_el(tags::STUDY_DATE, VR::DA, STUDY_DATE));
    obj.put(str_el(tags::STUDY_TIME, VR::TM, "101500"));
    obj.put(str_el(tags::ACCESSION_NUMBER, VR::SH, "ACC998877"));
    obj.put(str_el(tags::MODALITY, VR::CS, "CT"));
    obj.put(str_el(
        tags::INSTITUTION_NAME,
        VR::LO,
        "Mercy General Hospital",
    ));
    obj.put(str_el(
        tags::REFERRING_PHYSICIAN_NAME,
        VR::PN,
        "HOUSE^GREGORY",
    ));
    obj.put(str_el(tags::STATION_NAME, VR::SH, "CT-STATION-7"));
    obj.put(str_el(
        tags::STUDY_DESCRIPTION,
        VR::LO,
        "CT chest, call 617-555-0199",
    ));
    obj.put(str_el(tags::PATIENT_NAME, VR::PN, "DOE^JANE"));
    obj.put(str_el(tags::PATIENT_ID, VR::LO, PATIENT_ID));
    obj.put(str_el(tags::PATIENT_BIRTH_DATE, VR::DA, "19610214"));
    obj.put(str_el(tags::PATIENT_SEX, VR::CS, "F"));
    obj.put(seq(
        tags::OTHER_PATIENT_I_DS_SEQUENCE,
        vec![InMemDicomObject::from_element_iter([str_el(
            tags::PATIENT_ID,
            VR::LO,
            "OTHERID777",
        )])],
    ));
    // A reference to the previous image, two levels deep, next to a name.
    let referenced = InMemDicomObject::from_element_iter([
        str_el(tags::REFERENCED_SOP_CLASS_UID, VR::UI, CT_IMAGE),
        str_el(
            tags::REFERENCED_SOP_INSTANCE_UID,
            VR::UI,
            &sop_uid(n.saturating_sub(1)),
        ),
        str_el(tags::OPERATORS_NAME, VR::PN, "SMITH^ALICE"),
    ]);
    let series_item = InMemDicomObject::from_element_iter([
        str_el(tags::SERIES_INSTANCE_UID, VR::UI, SERIES_UID),
        seq(tags::REFERENCED_INSTANCE_SEQUENCE, vec![referenced]),
        str_el(tags::PERSON_NAME, VR::PN, "ROE^RICHARD"),
    ]);
    obj.put(seq(tags::REFERENCED_SERIES_SEQUENCE, vec![series_item]));
    obj.put(str_el(tags::STUDY_INSTANCE_UID, VR::UI, STUDY_UID));
    obj.put(str_el(tags::SERIES_INSTANCE_UID, VR::UI, SERIES_UID));
    obj.put(str_el(tags::FRAME_OF_REFERENCE_UID, VR::UI, FRAME_UID));
    obj.put(str_el(tags::INSTANCE_NUMBER, VR::IS, &n.to_string()));
    // Private block.
    obj.put(str_el(Tag(0x0009, 0x0010), VR::LO, "ACME 1.0"));
    obj.put(str_el(Tag(0x0009, 0x1001), VR::LO, "SECRET PRIVATE"));
    // Curve and overlay.
    obj.put(DataElement::new(
        Tag(0x5000, 0x0005),
        VR::US,
        PrimitiveValue::U16(smallvec![1]),
    ));
    obj.put(str_el(Tag(0x5000, 0x0022), VR::LO, "curve for DOE^JANE"));
    obj.put(DataElement::new(
        Tag(0x5000, 0x3000),
        VR::OB,
        PrimitiveValue::U8(smallvec![1, 2, 3, 4]),
    ));
    obj.put(DataElement::new(
        Tag(0x6000, 0x0010),
        VR::US,
        PrimitiveValue::U16(smallvec![8]),
    ));
    obj.put(DataElement::new(
        Tag(0x6000, 0x0011),
        VR::US,
        PrimitiveValue::U16(smallvec![8]),
    ));
    obj.put(DataElement::new(
        Tag(0x6000, 0x3000),
        VR::OB,
        PrimitiveValue::U8(smallvec![0xAA; 8]),
    ));
    obj.put(str_el(
        Tag(0x6000, 0x4000),
        VR::LT,
        "overlay note by Dr Zhivago",
    ));
    obj.put(str_el(
        tags::BURNED_IN_ANNOTATION,
        VR::CS,
        if burned_in { "YES" } else { "NO" },
    ));
    put_image(&mut obj, ts);
    let meta = FileMetaTableBuilder::new()
        .transfer_syntax(ts)
        .media_storage_sop_class_uid(CT_IMAGE)
        .media_storage_sop_instance_uid(sop_uid(n))
        .source_application_entity_title("MERCY_CT7");
    obj.with_meta(meta).expect("fixture meta is complete")
}

fn put_image(obj: &mut InMemDicomObject, ts: &str) {
    let us = |tag, v: u16| DataElement::new(tag, VR::US, PrimitiveValue::U16(smallvec![v]));
    obj.put(us(tags::SAMPLES_PER_PIXEL, 1));
    obj.put(str_el(
        tags::PHOTOMETRIC_INTERPRETATION,
        VR::CS,
        "MONOCHROME2",
    ));
    obj.put(us(tags::ROWS, 8));
    obj.put(us(tags::COLUMNS, 8));
    if ts == JPEG_BASELINE {
        obj.put(us(tags::BITS_ALLOCATED, 8));
        obj.put(us(tags::BITS_STORED, 8));
        obj.put(us(tags::HIGH_BIT, 7));
        obj.put(us(tags::PIXEL_REPRESENTATION, 0));
        let fragments: Vec<Vec<u8>> = fragments();
        let value: DicomValue<InMemDicomObject> =
            DicomValue::PixelSequence(PixelFragmentSequence::new(vec![0u32], fragments));
        obj.put(DataElement::new(tags::PIXEL_DATA, VR::OB, value));
    } else {
        obj.put(us(tags::BITS_ALLOCATED, 16));
        obj.put(us(tags::BITS_STORED, 16));
        obj.put(us(tags::HIGH_BIT, 15));
        obj.put(us(tags::PIXEL_REPRESENTATION, 0));
        obj.put(DataElement::new(
            tags::PIXEL_DATA,
            VR::OW,
            PrimitiveValue::from(native_pixels()),
        ));
    }
}

/// The file's bytes (preamble, meta, data set).
pub fn to_bytes(object: &DefaultDicomObject) -> Vec<u8> {
    let mut bytes = Vec::new();
    object.write_all(&mut bytes).expect("fixture writes");
    bytes
}

pub fn parse(bytes: &[u8]) -> DefaultDicomObject {
    dicom_object::OpenFileOptions::new()
        .from_reader(bytes)
        .expect("output parses")
}

/// Every string value in the object, at any depth, joined (for leak checks that also work on
/// deflated files).
pub fn all_strings(obj: &InMemDicomObject) -> String {
    let mut out = String::new();
    for element in obj.iter() {
        match element.value() {
            DicomValue::Sequence(items) => {
                for item in items.items() {
                    out.push_str(&all_strings(item));
                }
            }
            DicomValue::Primitive(p) => {
                out.push_str(&p.to_str());
                out.push('\n');
            }
            DicomValue::PixelSequence(_) => {}
        }
    }
    out
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
