//! Structured formats end to end: HL7 v2, FHIR and CSV on the reference data, and the same
//! patient across formats.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use deid_core::adapters::{self, csv, fhir, hl7};
use deid_core::{Engine, KeyRing, Policy, ProvenanceWriter};
use serde_json::Value;

const DATA: &str = "/work/shared/data";

fn engine() -> Engine {
    Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [7; 32]))
}

fn files(dir: &str, ext: Option<&str>) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(Path::new(DATA).join(dir)) else {
        eprintln!("skipping: {dir} not available");
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| ext.is_none_or(|x| p.extension().is_some_and(|e| e == x)))
        .collect();
    paths.sort();
    paths
}

/// Segments: non-empty runs between CR/LF terminators.
fn segment_count(text: &str) -> usize {
    text.split(['\r', '\n'])
        .filter(|s| !s.trim().is_empty())
        .count()
}

#[test]
fn every_cdc_hl7_file_is_processed_or_rejected_cleanly() {
    let engine = engine();
    let (mut ok, mut rejected) = (0, 0);
    for path in files("cdc-hl7v2/messages", None) {
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        match hl7::deidentify(&engine, &text) {
            Ok(out) => {
                ok += 1;
                assert_eq!(
                    segment_count(&out.text),
                    segment_count(&text),
                    "{}",
                    path.display()
                );
                assert_eq!(
                    out.text.matches(['\r', '\n']).count(),
                    text.matches(['\r', '\n']).count()
                );
                for (input, output) in text.split(['\r', '\n']).zip(out.text.split(['\r', '\n'])) {
                    assert_eq!(
                        input.get(..3),
                        output.get(..3),
                        "segment order changed in {}",
                        path.display()
                    );
                    if input.starts_with("MSH") {
                        assert_eq!(input.get(..8), output.get(..8), "MSH-1/MSH-2 changed");
                    }
                }
            }
            Err(e) => {
                rejected += 1;
                let message = e.to_string();
                assert!(
                    message.contains("hl7 input") && message.contains("line"),
                    "{message}"
                );
            }
        }
    }
    eprintln!("hl7: {ok} processed, {rejected} rejected");
    assert!(rejected <= ok / 10, "too many rejected: {rejected}");
}

#[test]
fn patient_name_reappearing_in_hl7_comments_is_caught() {
    let msg = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240301||ORU^R01|42|P|2.5.1\r\
PID|1||4471902^^^HOSP^MR||Castellano^Beatriz||19711122|F\r\
OBR|1||F123|24323-8^Panel^LN|||20240301\r\
OBX|1|TX|8251-1^Comment^LN||castellano tolerated draw well, beatriz to return friday||||||F\r\
NTE|1||Spoke with Beatriz Castellano about results.\r";
    let out = hl7::deidentify(&engine(), msg).unwrap();
    let lower = out.text.to_lowercase();
    assert!(
        !lower.contains("castellano") && !lower.contains("beatriz"),
        "{}",
        out.text
    );
    assert!(out.text.contains("24323-8^Panel^LN"));
}

#[test]
fn hl7_escapes_round_trip() {
    let msg = "MSH|^~\\&|A|B|C|D|20240101||ORU^R01|1|P|2.5\r\
PID|1||778899^^^H^MR||O\\S\\Neil^Pat\r\
OBX|1|CWE|1234-5^Thing \\T\\ Other^LN||A\\F\\B^Code \\E\\ text^L||||||F\r";
    let out = hl7::deidentify(&engine(), msg).unwrap();
    let obx = out.text.split('\r').nth(2).unwrap();
    assert_eq!(
        obx,
        msg.split('\r').nth(2).unwrap(),
        "untouched escapes must stay byte-identical"
    );
    let pid = out.text.split('\r').nth(1).unwrap();
    assert_eq!(pid.split('|').count(), 6);
    assert!(!pid.contains("Neil") && !pid.contains("Pat\r"), "{pid}");
}

/// Patient values that must not survive: names, address lines/city/ZIP, phones, birth date,
/// identifiers.
fn patient_phi(bundle: &Value) -> Vec<String> {
    let mut out = Vec::new();
    let entries = bundle["entry"].as_array().cloned().unwrap_or_default();
    for entry in entries
        .iter()
        .filter(|e| e["resource"]["resourceType"] == "Patient")
    {
        let p = &entry["resource"];
        let strings = |v: &Value| -> Vec<String> {
            match v {
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a
                    .iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect(),
                _ => Vec::new(),
            }
        };
        for name in p["name"].as_array().into_iter().flatten() {
            out.extend(strings(&name["family"]));
            out.extend(strings(&name["given"]));
        }
        for address in p["address"].as_array().into_iter().flatten() {
            out.extend(strings(&address["line"]));
            out.extend(strings(&address["city"]));
            out.extend(strings(&address["postalCode"]));
        }
        for telecom in p["telecom"].as_array().into_iter().flatten() {
            out.extend(strings(&telecom["value"]));
        }
        for identifier in p["identifier"].as_array().into_iter().flatten() {
            out.extend(strings(&identifier["value"]));
        }
        out.extend(strings(&p["birthDate"]));
    }
    out.retain(|s| s.len() >= 3);
    out
}

/// Every fullUrl and `Type/id` of a bundle.
fn targets(bundle: &Value) -> HashSet<String> {
    let mut set = HashSet::new();
    for entry in bundle["entry"].as_array().into_iter().flatten() {
        if let Some(url) = entry["fullUrl"].as_str() {
            set.insert(url.to_string());
        }
        let r = &entry["resource"];
        if let (Some(t), Some(id)) = (r["resourceType"].as_str(), r["id"].as_str()) {
            set.insert(format!("{t}/{id}"));
            set.insert(format!("urn:uuid:{id}"));
        }
    }
    set
}

fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("reference", Value::String(s)) => out.push(s.clone()),
                    _ => references(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

#[test]
fn synthea_bundles_lose_patient_phi_and_keep_references() {
    let engine = engine();
    let paths = files("synthea-r4", Some("json"));
    for path in &paths {
        let text = std::fs::read_to_string(path).unwrap();
        let input: Value = serde_json::from_str(&text).unwrap();
        let out =
            fhir::deidentify(&engine, &text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for phi in patient_phi(&input) {
            assert!(
                !out.text.contains(&phi),
                "{}: patient value leaked ({} chars)",
                path.display(),
                phi.len()
            );
        }
        let output: Value = serde_json::from_str(&out.text).unwrap();
        let known = targets(&output);
        let mut refs = Vec::new();
        references(&output, &mut refs);
        for reference in refs.iter().filter(|r| !r.starts_with('#')) {
            assert!(
                known.contains(reference),
                "{}: dangling reference",
                path.display()
            );
        }
        let before: Vec<&String> = input.as_object().unwrap().keys().collect();
        let after: Vec<&String> = output.as_object().unwrap().keys().collect();
        assert_eq!(before, after);
        assert_eq!(
            input["entry"].as_array().unwrap().len(),
            output["entry"].as_array().unwrap().len()
        );
    }
}

/// Keys of a provenance record that hold keyed digests or hashes (hex that may match a
/// short number by chance).
const HEX_KEYS: [&str; 4] = ["digest", "hash", "prev", "policy"];

#[test]
fn synthea_changes_record_id_remaps_and_hold_no_phi() {
    let engine = engine();
    for path in files("synthea-r4", Some("json")).iter().take(1) {
        let text = std::fs::read_to_string(path).unwrap();
        let input: Value = serde_json::from_str(&text).unwrap();
        let out = adapters::deidentify(
            &engine,
            adapters::Format::Fhir,
            text.as_bytes(),
            "bundle.json",
            None,
        )
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let patient_id = input["entry"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| &e["resource"])
            .find(|r| r["resourceType"] == "Patient")
            .and_then(|r| r["id"].as_str())
            .unwrap()
            .to_string();
        let remap = out
            .changes
            .iter()
            .find(|c| c.field.ends_with("/Patient.id"))
            .unwrap_or_else(|| panic!("{}: no Patient.id change", path.display()));
        assert_eq!(remap.detector, "fhir.id");
        assert_eq!(remap.input_span.len(), patient_id.len());
        assert!(
            out.changes
                .iter()
                .any(|c| c.detector == "fhir.reference" && c.field.ends_with(".reference")),
            "{}: no reference remap recorded",
            path.display()
        );

        let mut log = Vec::new();
        let mut writer = ProvenanceWriter::new(&mut log, engine.keys(), "policy");
        writer.record("bundle.json", &out.changes).unwrap();
        writer.finish().unwrap();
        let log = String::from_utf8(log).unwrap();
        let mut phi = patient_phi(&input);
        phi.push(patient_id);
        for line in log.lines() {
            let mut record: serde_json::Map<String, Value> = serde_json::from_str(line).unwrap();
            for key in HEX_KEYS {
                record.remove(key);
            }
            let record = serde_json::to_string(&record).unwrap();
            for value in &phi {
                assert!(
                    !record.contains(value.as_str()),
                    "{}: a change record holds a patient value ({} chars)",
                    path.display(),
                    value.len()
                );
            }
        }
    }
}

#[test]
fn ms_anonymizer_inputs_are_processed() {
    let engine = engine();
    let mut processed = 0;
    for path in files("ms-fhir-anonymizer-testpairs/TestResources", Some("json")) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.contains("-target") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let out = fhir::deidentify(&engine, &text).unwrap_or_else(|e| panic!("{name}: {e}"));
        serde_json::from_str::<Value>(&out.text)
            .unwrap_or_else(|e| panic!("{name}: output is not JSON: {e}"));
        processed += 1;
    }
    if processed > 0 {
        assert!(processed >= 10);
    }
}

/// The calendar day of `20011231`, `2001-12-31` or `12/31/2001`.
fn ymd(date: &str) -> (String, String, String) {
    if let Some((m, rest)) = date.split_once('/') {
        let (d, y) = rest.split_once('/').unwrap();
        return (y.into(), format!("{:0>2}", m), format!("{:0>2}", d));
    }
    let digits: String = date.chars().filter(char::is_ascii_digit).collect();
    (digits[..4].into(), digits[4..6].into(), digits[6..8].into())
}

#[test]
fn same_patient_maps_the_same_across_hl7_fhir_and_csv() {
    let mrn = "MRN0047113";
    let hl7_in = format!(
        "MSH|^~\\&|A|B|C|D|20240101||ADT^A04|1|P|2.5\rPID|1||{mrn}^^^HOSP^MR||Quintero^Lucia||19800315|F\r"
    );
    let fhir_in = format!(
        r#"{{"resourceType":"Patient","id":"x1","identifier":[{{"type":{{"coding":[{{"code":"MR"}}]}},"value":"{mrn}"}}],"name":[{{"family":"Quintero"}}],"birthDate":"1980-03-15"}}"#
    );
    let csv_in = format!("MRN,Patient Name,DOB\n{mrn},Lucia Quintero,03/15/1980\n");

    let hl7_out = hl7::deidentify(&engine(), &hl7_in).unwrap().text;
    let pid: Vec<&str> = hl7_out.split('\r').nth(1).unwrap().split('|').collect();
    let hl7_mrn = pid[3].split('^').next().unwrap().to_string();
    let hl7_dob = ymd(pid[7]);

    let fhir_out: Value =
        serde_json::from_str(&fhir::deidentify(&engine(), &fhir_in).unwrap().text).unwrap();
    let fhir_mrn = fhir_out["identifier"][0]["value"]
        .as_str()
        .unwrap()
        .to_string();
    let fhir_dob = ymd(fhir_out["birthDate"].as_str().unwrap());

    let mut csv_out = Vec::new();
    csv::deidentify(&engine(), csv_in.as_bytes(), &mut csv_out, None).unwrap();
    let csv_out = String::from_utf8(csv_out).unwrap();
    let row: Vec<&str> = csv_out.lines().nth(1).unwrap().split(',').collect();
    let csv_mrn = row[0].to_string();
    let csv_dob = ymd(row[2]);

    assert_ne!(hl7_mrn, mrn);
    assert_eq!(hl7_mrn, fhir_mrn);
    assert_eq!(hl7_mrn, csv_mrn);
    assert_ne!(hl7_dob, ymd("19800315"));
    assert_eq!(hl7_dob, fhir_dob);
    assert_eq!(hl7_dob, csv_dob);
}

#[test]
fn csv_ragged_row_names_the_line_not_the_value() {
    let input = "MRN,Name,Notes\n1001,Ann Lee,ok\n1002,Bob Stone\n";
    let mut out = Vec::new();
    let err = csv::deidentify(&engine(), input.as_bytes(), &mut out, None)
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 3"), "{err}");
    assert!(!err.contains("Bob") && !err.contains("1002"), "{err}");
}
