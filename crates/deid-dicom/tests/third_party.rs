//! Real files written by other tools (pydicom's test files, see tests/data/pydicom/README.md):
//! each is de-identified or refused as expected, and no PatientName value survives.

mod common;

use std::path::PathBuf;

use common::{all_strings, contains, engine, parse};
use deid_dicom::{DicomError, ProfileOptions, Status, scrub_bytes};

fn data(name: &str) -> Vec<u8> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", "pydicom", name]
        .iter()
        .collect();
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// (file, expected status, PatientName and PatientID values in the input). JPEG2000.dcm
/// and image_dfl.dcm have a secondary capture SOP class: review by default.
const FILES: &[(&str, Status, &[&str])] = &[
    (
        "CT_small.dcm",
        Status::Ok,
        &["CompressedSamples^CT1", "1CT1"],
    ),
    (
        "MR_small.dcm",
        Status::Ok,
        &["CompressedSamples^MR1", "4MR1"],
    ),
    (
        "MR_small_implicit.dcm",
        Status::Ok,
        &["CompressedSamples^MR1", "4MR1"],
    ),
    (
        "MR_small_bigendian.dcm",
        Status::Ok,
        &["CompressedSamples^MR1", "4MR1"],
    ),
    (
        "MR_small_RLE.dcm",
        Status::Ok,
        &["CompressedSamples^MR1", "4MR1"],
    ),
    (
        "JPEG2000.dcm",
        Status::Review,
        &["CompressedSamples^NM1", "8NM1"],
    ),
    ("image_dfl.dcm", Status::Review, &[]),
    ("reportsi.dcm", Status::Ok, &["Last Name^First Name"]),
    ("nested_priv_SQ.dcm", Status::Ok, &[]),
    ("rtplan.dcm", Status::Ok, &["Last^First^mid^pre", "id00001"]),
    ("MR_truncated.dcm", Status::Failed, &[]),
    ("no_meta.dcm", Status::Skipped, &[]),
];

#[test]
fn third_party_files_are_scrubbed_or_refused() {
    let engine = engine();
    for (name, expected, phi) in FILES {
        let input = data(name);
        let result = scrub_bytes(&engine, &input, &ProfileOptions::default());
        let status = match &result {
            Ok(out) => out.status,
            Err(e) => e.status(),
        };
        assert_eq!(status, *expected, "{name}: {:?}", result.as_ref().err());
        let Ok(out) = result else { continue };
        let reparsed = parse(&out.bytes);
        let strings = all_strings(&reparsed);
        for value in *phi {
            assert!(!strings.contains(value), "{name}: `{value}` survived");
            assert!(
                !contains(&out.bytes, value.as_bytes()),
                "{name}: `{value}` in bytes"
            );
        }
        let original = parse(&input);
        assert_eq!(
            reparsed.meta().transfer_syntax(),
            original.meta().transfer_syntax(),
            "{name}"
        );
        assert!(
            reparsed.iter().all(|e| e.header().tag.group() % 2 == 0),
            "{name}: private tag left"
        );
        let pixels = dicom_dictionary_std::tags::PIXEL_DATA;
        if let (Some(a), Some(b)) = (original.get(pixels), reparsed.get(pixels)) {
            assert_eq!(a.value(), b.value(), "{name}: pixel data changed");
        }
    }
}

#[test]
fn truncated_and_foreign_inputs_name_the_problem_without_values() {
    let err = scrub_bytes(
        &engine(),
        &data("MR_truncated.dcm"),
        &ProfileOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, DicomError::Parse(_)));
    assert!(!err.to_string().contains("CompressedSamples"));
    let err = scrub_bytes(
        &engine(),
        b"MSH|^~\\&|not dicom",
        &ProfileOptions::default(),
    )
    .unwrap_err();
    assert!(matches!(err, DicomError::NotDicom));
}
