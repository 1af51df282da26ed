//! One patient in DICOM and in HL7 v2: scrubbed by two separate engines with the same key,
//! the DICOM PatientID is the HL7 PID-3 token and the DICOM dates move by the same number
//! of days as the HL7 dates.

use deid::adapters::hl7;
use deid::date::days_from_civil;
use deid::deid_dicom::{ProfileOptions, Status, scrub_bytes};
use deid::{Engine, KeyRing, Policy};
use dicom_core::{DataElement, PrimitiveValue, Tag, VR};
use dicom_dictionary_std::tags;
use dicom_object::InMemDicomObject;
use dicom_object::meta::FileMetaTableBuilder;

const MRN: &str = "MRN0047113";
const BIRTH: &str = "19800315";
const STUDY_DATE: &str = "20210305";
const SOP_UID: &str = "1.2.826.0.1.3680043.2.1125.9.4.1";

/// A fresh engine each time: nothing is shared between the two formats but the key.
fn engine() -> Engine {
    Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [7; 32]))
}

fn text(tag: Tag, vr: VR, value: &str) -> DataElement<InMemDicomObject> {
    DataElement::new(tag, vr, PrimitiveValue::from(value))
}

/// A CT file of the patient, explicit VR little endian.
fn dicom_file() -> Vec<u8> {
    let dataset = InMemDicomObject::from_element_iter([
        text(tags::SOP_CLASS_UID, VR::UI, "1.2.840.10008.5.1.4.1.1.2"),
        text(tags::SOP_INSTANCE_UID, VR::UI, SOP_UID),
        text(tags::STUDY_DATE, VR::DA, STUDY_DATE),
        text(tags::MODALITY, VR::CS, "CT"),
        text(tags::PATIENT_NAME, VR::PN, "QUINTERO^LUCIA"),
        text(tags::PATIENT_ID, VR::LO, MRN),
        text(tags::PATIENT_BIRTH_DATE, VR::DA, BIRTH),
        text(
            tags::STUDY_INSTANCE_UID,
            VR::UI,
            "1.2.826.0.1.3680043.2.1125.9.1",
        ),
        text(
            tags::SERIES_INSTANCE_UID,
            VR::UI,
            "1.2.826.0.1.3680043.2.1125.9.2",
        ),
    ]);
    let meta = FileMetaTableBuilder::new()
        .media_storage_sop_class_uid("1.2.840.10008.5.1.4.1.1.2")
        .media_storage_sop_instance_uid(SOP_UID)
        .transfer_syntax("1.2.840.10008.1.2.1");
    let mut bytes = Vec::new();
    dataset
        .with_meta(meta)
        .expect("file meta")
        .write_all(&mut bytes)
        .expect("write DICOM");
    bytes
}

/// Days since 1970-01-01 of a value starting `YYYYMMDD`.
fn days(date: &str) -> i64 {
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    assert!(digits.len() >= 8, "not a date: {date}");
    let n = |r: std::ops::Range<usize>| digits[r].parse::<i64>().unwrap();
    days_from_civil(n(0..4) as i32, n(4..6) as u8, n(6..8) as u8)
}

fn field<'a>(message: &'a str, segment: &str, index: usize) -> &'a str {
    message
        .split(['\r', '\n'])
        .find(|s| s.starts_with(segment))
        .and_then(|s| s.split('|').nth(index))
        .unwrap_or_else(|| panic!("{segment}-{index} missing in {message:?}"))
}

#[test]
fn dicom_patient_matches_hl7_patient() {
    let message = format!(
        "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20210305120000||ORU^R01|42|P|2.5\r\
         PID|1||{MRN}^^^HOSP^MR||QUINTERO^LUCIA||{BIRTH}|F\r\
         OBR|1|||CT^CT CHEST|||{STUDY_DATE}1030\r"
    );
    let hl7_out = hl7::deidentify(&engine(), &message).expect("HL7").text;
    let hl7_mrn = field(&hl7_out, "PID", 3)
        .split('^')
        .next()
        .unwrap_or_default();
    let hl7_birth = field(&hl7_out, "PID", 7);
    let hl7_observed = field(&hl7_out, "OBR", 7);

    let scrubbed =
        scrub_bytes(&engine(), &dicom_file(), &ProfileOptions::default()).expect("scrub DICOM");
    assert_eq!(scrubbed.status, Status::Ok);
    let object = dicom_object::OpenFileOptions::new()
        .from_reader(std::io::Cursor::new(&scrubbed.bytes))
        .expect("scrubbed file reads back");
    let get = |tag| {
        object
            .element(tag)
            .ok()
            .and_then(|e| e.to_str().ok())
            .map(|v| v.trim_end_matches(['\0', ' ']).to_string())
    };
    let dicom_id = get(tags::PATIENT_ID).expect("PatientID kept as a pseudonym");
    let dicom_study = get(tags::STUDY_DATE).expect("StudyDate kept, shifted");

    // Same pseudonym.
    assert_ne!(hl7_mrn, MRN);
    assert_eq!(dicom_id, hl7_mrn);

    // Same offset, in days, as both HL7 dates.
    let hl7_birth_shift = days(hl7_birth) - days(BIRTH);
    let hl7_obs_shift = days(hl7_observed) - days(STUDY_DATE);
    let dicom_shift = days(&dicom_study) - days(STUDY_DATE);
    assert_ne!(dicom_shift, 0, "StudyDate was not shifted");
    assert_eq!(hl7_birth_shift, hl7_obs_shift);
    assert_eq!(dicom_shift, hl7_obs_shift);
    assert_eq!(&dicom_study, &hl7_observed[..8]);

    // Nothing of the patient is left in the DICOM bytes.
    let haystack = String::from_utf8_lossy(&scrubbed.bytes);
    for phi in [MRN, BIRTH, STUDY_DATE, "QUINTERO", SOP_UID] {
        assert!(!haystack.contains(phi), "{phi} survived");
    }
}
