//! Behaviour of the profile on generated files: nothing identifying survives, pixels and
//! transfer syntax do, UIDs map consistently, the patient reads as in the other formats.

mod common;

use common::*;
use dicom_core::{DicomValue, Tag};
use dicom_dictionary_std::tags;
use dicom_object::DefaultDicomObject;

use deid_core::date::days_from_civil;
use deid_core::{PhiKind, Subject};
use deid_dicom::{ProfileOptions, Status, TreeOptions, scrub_bytes, scrub_tree};

fn scrub(input: &[u8], options: &ProfileOptions) -> (Vec<u8>, Status, DefaultDicomObject) {
    let out = scrub_bytes(&engine(), input, options).expect("scrubs");
    let parsed = parse(&out.bytes);
    (out.bytes, out.status, parsed)
}

fn text(obj: &DefaultDicomObject, tag: Tag) -> Option<String> {
    obj.get(tag).map(|e| {
        e.to_str()
            .map(|s| s.trim_end_matches(['\0', ' ']).to_string())
            .unwrap_or_default()
    })
}

fn pixel_tail_len(ts: &str) -> usize {
    if ts == JPEG_BASELINE {
        0
    } else {
        native_pixels().len()
    }
}

#[test]
fn no_phi_survives_in_any_transfer_syntax() {
    for ts in [
        EXPLICIT_LE,
        IMPLICIT_LE,
        EXPLICIT_BE,
        DEFLATED,
        JPEG_BASELINE,
    ] {
        let input = to_bytes(&ct_object(2, ts, false));
        let (bytes, status, out) = scrub(&input, &ProfileOptions::default());
        assert_eq!(status, Status::Ok, "{ts}");
        let strings = all_strings(&out);
        for phi in PHI {
            assert!(!strings.contains(phi), "{ts}: `{phi}` survived in a value");
            if ts != DEFLATED {
                assert!(
                    !contains(&bytes, phi.as_bytes()),
                    "{ts}: `{phi}` survived in the bytes"
                );
            }
        }
        assert_eq!(out.meta().transfer_syntax(), ts);
        assert!(out.meta().source_application_entity_title().is_none());
        // Private tags, curves and overlay bitmaps are gone; overlay geometry stays.
        assert!(
            out.iter().all(|e| e.header().tag.group() % 2 == 0),
            "{ts}: private tag left"
        );
        assert!(
            out.iter()
                .all(|e| e.header().tag.group() & 0xFF00 != 0x5000),
            "{ts}: curve left"
        );
        assert!(out.get(Tag(0x6000, 0x3000)).is_none());
        assert!(out.get(Tag(0x6000, 0x4000)).is_none());
        assert!(out.get(Tag(0x6000, 0x0010)).is_some());
        // Pixel data is identical, in memory and (uncompressed stream) byte for byte.
        let original = parse(&input);
        let (a, b) = (
            original.element(tags::PIXEL_DATA).unwrap(),
            out.element(tags::PIXEL_DATA).unwrap(),
        );
        match (a.value(), b.value()) {
            (DicomValue::PixelSequence(x), DicomValue::PixelSequence(y)) => {
                assert_eq!(x.fragments(), y.fragments());
                assert_eq!(x.offset_table(), y.offset_table());
                assert_eq!(
                    y.fragments().iter().map(Vec::clone).collect::<Vec<_>>(),
                    fragments()
                );
            }
            (x, y) => assert_eq!(x.to_bytes().unwrap(), y.to_bytes().unwrap(), "{ts}"),
        }
        let tail = pixel_tail_len(ts);
        if ts != DEFLATED && tail > 0 {
            assert_eq!(
                input[input.len() - tail..],
                bytes[bytes.len() - tail..],
                "{ts}: pixel bytes"
            );
        }
        if ts == JPEG_BASELINE {
            for fragment in fragments() {
                assert!(contains(&bytes, &fragment), "fragment bytes changed");
            }
        }
    }
}

#[test]
fn uids_map_consistently_across_files_of_a_series() {
    let options = ProfileOptions::default();
    let (_, _, first) = scrub(&to_bytes(&ct_object(1, EXPLICIT_LE, false)), &options);
    let (_, _, second) = scrub(&to_bytes(&ct_object(2, IMPLICIT_LE, false)), &options);
    for tag in [
        tags::STUDY_INSTANCE_UID,
        tags::SERIES_INSTANCE_UID,
        tags::FRAME_OF_REFERENCE_UID,
    ] {
        let (a, b) = (text(&first, tag).unwrap(), text(&second, tag).unwrap());
        assert_eq!(a, b);
        assert!(a.starts_with("2.25."));
    }
    let first_sop = text(&first, tags::SOP_INSTANCE_UID).unwrap();
    assert_ne!(first_sop, text(&second, tags::SOP_INSTANCE_UID).unwrap());
    assert_eq!(first.meta().media_storage_sop_instance_uid(), first_sop);
    assert_eq!(
        second.meta().media_storage_sop_instance_uid(),
        text(&second, tags::SOP_INSTANCE_UID).unwrap()
    );
    // The second image's reference, two sequences deep, points at the first's new UID.
    let series = second
        .element(tags::REFERENCED_SERIES_SEQUENCE)
        .unwrap()
        .items()
        .unwrap();
    let instance = series[0]
        .element(tags::REFERENCED_INSTANCE_SEQUENCE)
        .unwrap()
        .items()
        .unwrap();
    let reference = instance[0]
        .element(tags::REFERENCED_SOP_INSTANCE_UID)
        .unwrap()
        .to_str()
        .unwrap();
    assert_eq!(reference.trim_end_matches('\0'), first_sop);
    assert_eq!(
        series[0]
            .element(tags::SERIES_INSTANCE_UID)
            .unwrap()
            .to_str()
            .unwrap()
            .trim_end_matches('\0'),
        text(&second, tags::SERIES_INSTANCE_UID).unwrap()
    );
    // SOP Class UIDs are not identifying and stay.
    assert_eq!(text(&second, tags::SOP_CLASS_UID).unwrap(), CT_IMAGE);
    // The same again (another run, same key): same UIDs.
    let (_, _, again) = scrub(&to_bytes(&ct_object(1, EXPLICIT_BE, false)), &options);
    assert_eq!(text(&again, tags::SOP_INSTANCE_UID).unwrap(), first_sop);
}

#[test]
fn patient_id_and_dates_match_the_other_formats() {
    let engine = engine();
    let subject = Subject::new(PATIENT_ID);
    let (_, _, out) = scrub(
        &to_bytes(&ct_object(1, EXPLICIT_LE, false)),
        &ProfileOptions::default(),
    );
    let expected = engine
        .transform_value(PhiKind::Mrn, PATIENT_ID, "(0010,0020)", Some(&subject))
        .unwrap();
    assert_eq!(text(&out, tags::PATIENT_ID).unwrap(), expected);
    let name = text(&out, tags::PATIENT_NAME).unwrap();
    assert!(!name.is_empty() && !name.contains("DOE"));
    let shifted = text(&out, tags::STUDY_DATE).unwrap();
    let day = |s: &str| {
        let n = |r: std::ops::Range<usize>| s[r].parse::<i64>().unwrap();
        days_from_civil(n(0..4) as i32, n(4..6) as u8, n(6..8) as u8)
    };
    let offset = engine.transformer().date_offset_days(Some(&subject));
    assert_eq!(day(&shifted) - day(STUDY_DATE), offset);
    // Patient characteristics retained by default; birth date removed by the basic profile.
    assert_eq!(text(&out, tags::PATIENT_SEX).as_deref(), Some("F"));
    assert!(
        text(&out, tags::PATIENT_BIRTH_DATE)
            .unwrap_or_default()
            .is_empty()
    );
    assert_eq!(text(&out, tags::STUDY_TIME).as_deref(), Some("101500"));
}

#[test]
fn method_attributes_are_recorded() {
    let (_, _, out) = scrub(
        &to_bytes(&ct_object(1, EXPLICIT_LE, false)),
        &ProfileOptions::default(),
    );
    assert_eq!(
        text(&out, tags::PATIENT_IDENTITY_REMOVED).as_deref(),
        Some("YES")
    );
    assert_eq!(
        text(&out, tags::LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED).as_deref(),
        Some("MODIFIED")
    );
    let method = text(&out, tags::DEIDENTIFICATION_METHOD).unwrap();
    assert!(
        method.contains("Basic Application Confidentiality Profile"),
        "{method}"
    );
    let codes: Vec<String> = out
        .element(tags::DEIDENTIFICATION_METHOD_CODE_SEQUENCE)
        .unwrap()
        .items()
        .unwrap()
        .iter()
        .map(|item| {
            item.element(tags::CODE_VALUE)
                .unwrap()
                .to_str()
                .unwrap()
                .trim()
                .to_string()
        })
        .collect();
    assert_eq!(codes, ["113100", "113108", "113107", "113105"]);
    let basic = ProfileOptions::basic();
    let (_, _, plain) = scrub(&to_bytes(&ct_object(1, EXPLICIT_LE, false)), &basic);
    assert_eq!(
        text(&plain, tags::LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED).as_deref(),
        Some("REMOVED")
    );
    assert!(
        text(&plain, tags::STUDY_DATE)
            .unwrap_or_default()
            .is_empty()
    );
    assert!(plain.get(tags::STUDY_DESCRIPTION).is_none());
}

#[test]
fn provenance_names_tag_paths_and_holds_no_value() {
    let out = scrub_bytes(
        &engine(),
        &to_bytes(&ct_object(2, EXPLICIT_LE, false)),
        &ProfileOptions::default(),
    )
    .unwrap();
    let fields: Vec<&str> = out.changes.iter().map(|c| c.field.as_str()).collect();
    assert!(fields.contains(&"(0010,0010)"));
    assert!(fields.contains(&"(0010,0020)"));
    assert!(
        fields.contains(&"(0008,1115)[0]/(0008,114A)[0]/(0008,1155)"),
        "{fields:?}"
    );
    assert!(fields.contains(&"(0008,1115)[0]/(0040,A123)"), "{fields:?}");
    let json = serde_json::to_string(&out.changes).unwrap();
    for phi in PHI {
        assert!(!json.contains(phi), "`{phi}` in provenance");
    }
}

#[test]
fn burned_in_annotation_goes_to_review() {
    let out = scrub_bytes(
        &engine(),
        &to_bytes(&ct_object(1, EXPLICIT_LE, true)),
        &ProfileOptions::default(),
    )
    .unwrap();
    assert_eq!(out.status, Status::Review);
    assert!(out.reason.unwrap().contains("BurnedInAnnotation"));
}

#[test]
fn tree_mirrors_paths_and_reports_every_file() {
    let input = tempfile::tempdir().unwrap();
    let output = tempfile::tempdir().unwrap();
    let root = input.path();
    std::fs::create_dir_all(root.join("p1/s1")).unwrap();
    std::fs::create_dir_all(root.join("p1/s2")).unwrap();
    let good = to_bytes(&ct_object(1, EXPLICIT_LE, false));
    std::fs::write(root.join("p1/s1/a.dcm"), &good).unwrap();
    std::fs::write(
        root.join("p1/s1/b.dcm"),
        to_bytes(&ct_object(2, IMPLICIT_LE, false)),
    )
    .unwrap();
    std::fs::write(
        root.join("p1/s2/burned.dcm"),
        to_bytes(&ct_object(3, EXPLICIT_LE, true)),
    )
    .unwrap();
    std::fs::write(root.join("p1/notes.txt"), b"Jane Doe called 617-555-0199").unwrap();
    std::fs::write(
        root.join("p1/s2/truncated.dcm"),
        &good[..good.len() * 2 / 3],
    )
    .unwrap();
    std::fs::write(root.join("DICOMDIR"), &good).unwrap();
    std::os::unix::fs::symlink(root.join("p1/s1/a.dcm"), root.join("link.dcm")).unwrap();
    let seen = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = seen.clone();
    let options = TreeOptions {
        jobs: 2,
        progress: Some(Box::new(move |_, total| {
            counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            assert_eq!(total, 7);
        })),
        ..TreeOptions::default()
    };
    let report = scrub_tree(&engine(), root, output.path(), &options);
    assert_eq!(seen.load(std::sync::atomic::Ordering::Relaxed), 7);
    let status = |p: &str| {
        report
            .files
            .iter()
            .find(|f| f.document() == p)
            .map(|f| f.status)
    };
    assert_eq!(status("p1/s1/a.dcm"), Some(Status::Ok));
    assert_eq!(status("p1/s1/b.dcm"), Some(Status::Ok));
    assert_eq!(status("p1/s2/burned.dcm"), Some(Status::Review));
    assert_eq!(status("p1/notes.txt"), Some(Status::Skipped));
    assert_eq!(status("p1/s2/truncated.dcm"), Some(Status::Failed));
    assert_eq!(status("DICOMDIR"), Some(Status::Skipped));
    assert_eq!(status("link.dcm"), Some(Status::Skipped));
    assert_eq!(
        (
            report.counts.ok,
            report.counts.review,
            report.counts.skipped,
            report.counts.failed
        ),
        (2, 1, 3, 1)
    );
    let out = output.path();
    assert!(out.join("p1/s1/a.dcm").is_file());
    assert!(out.join("_review/p1/s2/burned.dcm").is_file());
    assert!(!out.join("p1/s2/burned.dcm").exists());
    assert!(!out.join("p1/notes.txt").exists());
    assert!(!out.join("p1/s2/truncated.dcm").exists());
    assert!(!out.join("DICOMDIR").exists());
    let leftovers: Vec<_> = walkdir::WalkDir::new(out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
    let a = report
        .files
        .iter()
        .find(|f| f.document() == "p1/s1/a.dcm")
        .unwrap();
    assert!(!a.changes.is_empty());
    let failed = report
        .files
        .iter()
        .find(|f| f.status == Status::Failed)
        .unwrap();
    assert!(
        failed
            .reason
            .as_deref()
            .unwrap_or("")
            .starts_with("cannot parse DICOM")
    );
}

#[test]
fn a_run_without_provenance_counts_the_same_changes_it_would_record() {
    let input = tempfile::tempdir().unwrap();
    std::fs::write(
        input.path().join("a.dcm"),
        to_bytes(&ct_object(1, EXPLICIT_LE, false)),
    )
    .unwrap();
    let run = |count_only| {
        let output = tempfile::tempdir().unwrap();
        let options = TreeOptions {
            count_only,
            ..TreeOptions::default()
        };
        let report = scrub_tree(&engine(), input.path(), output.path(), &options);
        let bytes = std::fs::read(output.path().join("a.dcm")).unwrap();
        (report.files.into_iter().next().unwrap(), bytes)
    };
    let (recorded, recorded_bytes) = run(false);
    let (counted, counted_bytes) = run(true);
    assert!(recorded.changed > 0);
    assert_eq!(recorded.changes.len(), recorded.changed);
    assert_eq!(counted.changed, recorded.changed);
    assert!(counted.changes.is_empty());
    assert_eq!(
        counted_bytes, recorded_bytes,
        "the output does not depend on it"
    );
}

/// An SR-like object: a content tree with free text and a name two levels down.
fn sr_object() -> DefaultDicomObject {
    use dicom_core::{DataElement, Length, PrimitiveValue, VR, value::DataSetSequence};
    use dicom_object::InMemDicomObject;
    let s = |tag, vr, v: &str| DataElement::new(tag, vr, PrimitiveValue::from(v));
    let inner = InMemDicomObject::from_element_iter([
        s(tags::VALUE_TYPE, VR::CS, "PNAME"),
        s(tags::PERSON_NAME, VR::PN, "ROE^RICHARD"),
    ]);
    let text_item = InMemDicomObject::from_element_iter([
        s(tags::VALUE_TYPE, VR::CS, "TEXT"),
        s(
            tags::TEXT_VALUE,
            VR::UT,
            "Findings discussed by phone at 617-555-0199.",
        ),
        DataElement::new(
            tags::CONTENT_SEQUENCE,
            VR::SQ,
            DataSetSequence::new(vec![inner], Length::UNDEFINED),
        ),
    ]);
    let mut obj = ct_object(9, EXPLICIT_LE, false).into_inner();
    obj.put(DataElement::new(
        tags::CONTENT_SEQUENCE,
        VR::SQ,
        DataSetSequence::new(vec![text_item], Length::UNDEFINED),
    ));
    let meta = dicom_object::meta::FileMetaTableBuilder::new()
        .transfer_syntax(EXPLICIT_LE)
        .media_storage_sop_class_uid(CT_IMAGE)
        .media_storage_sop_instance_uid(sop_uid(9));
    obj.with_meta(meta).unwrap()
}

#[test]
fn structured_content_is_emptied_or_cleaned() {
    let input = to_bytes(&sr_object());
    let (bytes, _, basic) = scrub(&input, &ProfileOptions::default());
    assert!(
        basic
            .element(tags::CONTENT_SEQUENCE)
            .unwrap()
            .items()
            .unwrap()
            .is_empty()
    );
    assert!(!contains(&bytes, b"617-555-0199"));
    let options = ProfileOptions::from_names(["default", "clean-structured-content"]).unwrap();
    let (bytes, _, cleaned) = scrub(&input, &options);
    let items = cleaned
        .element(tags::CONTENT_SEQUENCE)
        .unwrap()
        .items()
        .unwrap();
    let text = items[0]
        .element(tags::TEXT_VALUE)
        .unwrap()
        .to_str()
        .unwrap();
    assert!(
        text.starts_with("Findings discussed by phone at "),
        "{text}"
    );
    for phi in ["617-555-0199", "ROE^RICHARD"] {
        assert!(
            !contains(&bytes, phi.as_bytes()),
            "`{phi}` survived cleaning"
        );
    }
}

#[test]
fn retain_uids_ages_over_89_and_review_modalities() {
    let options = ProfileOptions::from_names(["retain-uids"]).unwrap();
    let (_, _, out) = scrub(&to_bytes(&ct_object(4, EXPLICIT_LE, false)), &options);
    assert_eq!(text(&out, tags::SOP_INSTANCE_UID).unwrap(), sop_uid(4));
    assert_eq!(text(&out, tags::STUDY_INSTANCE_UID).unwrap(), STUDY_UID);
    assert_eq!(out.meta().media_storage_sop_instance_uid(), sop_uid(4));
    let mut old = ct_object(6, EXPLICIT_LE, false);
    old.put(dicom_core::DataElement::new(
        tags::PATIENT_AGE,
        dicom_core::VR::AS,
        dicom_core::PrimitiveValue::from("093Y"),
    ));
    let (_, _, aged) = scrub(&to_bytes(&old), &ProfileOptions::default());
    assert_eq!(text(&aged, tags::PATIENT_AGE).as_deref(), Some("090Y"));
    let mut us = ct_object(5, EXPLICIT_LE, false);
    us.put(dicom_core::DataElement::new(
        tags::MODALITY,
        dicom_core::VR::CS,
        dicom_core::PrimitiveValue::from("US"),
    ));
    let flagged = scrub_bytes(&engine(), &to_bytes(&us), &ProfileOptions::default()).unwrap();
    assert_eq!(flagged.status, Status::Review);
    let relaxed = ProfileOptions {
        review_modalities: Vec::new(),
        ..ProfileOptions::default()
    };
    assert_eq!(
        scrub_bytes(&engine(), &to_bytes(&us), &relaxed)
            .unwrap()
            .status,
        Status::Ok
    );
}

#[test]
fn retain_safe_private_keeps_only_listed_numeric_attributes() {
    use dicom_core::{DataElement, PrimitiveValue, VR};
    let el = |tag, vr, value: &str| DataElement::new(tag, vr, PrimitiveValue::from(value));
    for ts in [EXPLICIT_LE, IMPLICIT_LE, EXPLICIT_BE] {
        let mut object = ct_object(1, ts, false);
        object.put(el(Tag(0x0019, 0x0010), VR::LO, "GEMS_ACQU_01"));
        object.put(el(Tag(0x0019, 0x1023), VR::DS, "12.5"));
        object.put(el(Tag(0x0019, 0x1030), VR::LO, "SECRET PRIVATE"));
        object.put(el(Tag(0x0019, 0x0011), VR::LO, "ACME 1.0"));
        object.put(el(Tag(0x0019, 0x1123), VR::DS, "3"));
        let input = to_bytes(&object);

        let options = ProfileOptions {
            retain_safe_private: true,
            ..ProfileOptions::default()
        };
        let (bytes, _, out) = scrub(&input, &options);
        let private: Vec<Tag> = out
            .iter()
            .map(|e| e.header().tag)
            .filter(|t| t.group() % 2 == 1)
            .collect();
        assert_eq!(private, [Tag(0x0019, 0x0010), Tag(0x0019, 0x1023)], "{ts}");
        let value = out
            .element(Tag(0x0019, 0x1023))
            .unwrap()
            .to_bytes()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&value).trim(), "12.5", "{ts}");
        assert!(!contains(&bytes, b"SECRET PRIVATE"), "{ts}");
        assert!(!contains(&bytes, b"ACME"), "{ts}");
        let method = text(&out, tags::DEIDENTIFICATION_METHOD).unwrap();
        assert!(method.contains("Table E.3.10-1"), "{method}");

        // Without the option every private attribute goes.
        let (_, _, plain) = scrub(&input, &ProfileOptions::default());
        assert!(
            plain.iter().all(|e| e.header().tag.group() % 2 == 0),
            "{ts}"
        );
    }
}

/// A bare data set (no preamble, no file meta), as old exporters write them, is read in
/// either VR encoding, de-identified, and written back as a standard Part 10 file.
#[test]
fn bare_data_sets_without_file_meta_are_scrubbed() {
    use dicom_transfer_syntax_registry::entries::{
        EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN,
    };
    let engine = engine();
    for ts in [
        EXPLICIT_VR_LITTLE_ENDIAN.erased(),
        IMPLICIT_VR_LITTLE_ENDIAN.erased(),
    ] {
        let object = ct_object(1, ts.uid(), false);
        let mut bare = Vec::new();
        object
            .into_inner()
            .write_dataset_with_ts(&mut bare, &ts)
            .expect("test fixture writes");
        let out =
            scrub_bytes(&engine, &bare, &ProfileOptions::default()).expect("bare data set is read");
        assert_eq!(out.status, Status::Ok, "{}", ts.uid());
        assert_eq!(&out.bytes[128..132], b"DICM");
        let reparsed = parse(&out.bytes);
        let strings = all_strings(&reparsed);
        assert!(
            !strings.contains(PATIENT_ID) && !contains(&out.bytes, b"DOE^JANE"),
            "{}",
            ts.uid()
        );
    }
}
