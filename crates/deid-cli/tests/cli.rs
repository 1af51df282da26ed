//! End-to-end tests of the `deid` binary: scrub a tree, provenance, audit, scan, keys.

use std::path::Path;
use std::process::Command;

fn deid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_deid"))
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn scrub_mirrors_a_tree_leaves_input_alone_and_writes_a_verifiable_provenance_log() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let output = dir.path().join("out");
    let note = "Seen by Dr. Alvarez on 03/04/2021. MRN: 00482913. Call (617) 555-0143.\n";
    write(&input.join("a/note1.txt"), note);
    write(
        &input.join("b/c/note2.txt"),
        "Patient John Okafor, SSN 123-45-6789, lives in Boston.\n",
    );
    let keys = dir.path().join("keys.toml");
    let out = deid().args(["keys", "new"]).output().unwrap();
    assert!(out.status.success());
    std::fs::write(&keys, &out.stdout).unwrap();
    let prov = dir.path().join("prov.jsonl");
    let status = deid()
        .args(["scrub"])
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .arg("--keys")
        .arg(&keys)
        .arg("--provenance")
        .arg(&prov)
        .args(["--policy", "redact"])
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(
        std::fs::read_to_string(input.join("a/note1.txt")).unwrap(),
        note,
        "input untouched"
    );
    let one = std::fs::read_to_string(output.join("a/note1.txt")).unwrap();
    assert_eq!(
        one,
        "Seen by Dr. [NAME] on [DATE]. MRN: [MRN]. Call [PHONE].\n"
    );
    let two = std::fs::read_to_string(output.join("b/c/note2.txt")).unwrap();
    for phi in ["John", "Okafor", "123-45-6789", "Boston"] {
        assert!(!two.contains(phi), "{phi} survived: {two}");
    }
    let log = std::fs::read_to_string(&prov).unwrap();
    assert!(!log.contains("Okafor") && !log.contains("00482913"));
    let audit = deid()
        .args(["audit", "verify"])
        .arg(&prov)
        .arg("--keys")
        .arg(&keys)
        .output()
        .unwrap();
    assert!(
        audit.status.success(),
        "{}",
        String::from_utf8_lossy(&audit.stdout)
    );
    // Tamper: drop the second record.
    let lines: Vec<&str> = log.lines().collect();
    let tampered = [&lines[..1], &lines[2..]].concat().join("\n");
    std::fs::write(&prov, tampered).unwrap();
    let audit = deid()
        .args(["audit", "verify"])
        .arg(&prov)
        .output()
        .unwrap();
    assert_eq!(audit.status.code(), Some(1));
}

#[test]
fn same_key_same_output_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("note.txt");
    write(
        &input,
        "Mrs. Grant was admitted 2021-03-05, MRN: 4829134.\n",
    );
    let keys = dir.path().join("keys.toml");
    std::fs::write(&keys, deid().args(["keys", "new"]).output().unwrap().stdout).unwrap();
    let run = |name: &str| {
        let out = dir.path().join(name);
        assert!(
            deid()
                .arg("scrub")
                .arg(&input)
                .arg("-o")
                .arg(&out)
                .arg("--keys")
                .arg(&keys)
                .status()
                .unwrap()
                .success()
        );
        std::fs::read_to_string(out).unwrap()
    };
    let (a, b) = (run("a.txt"), run("b.txt"));
    assert_eq!(a, b);
    assert!(
        !a.contains("Grant") && !a.contains("2021-03-05") && !a.contains("4829134"),
        "{a}"
    );
}

#[test]
fn scan_hides_values_unless_asked_and_bad_input_is_reported_by_position() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("note.txt");
    write(&input, "DOB 03/04/1950, SSN 123-45-6789\n");
    let out = deid()
        .arg("scan")
        .arg(&input)
        .arg("--json")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\"SSN\"") && text.contains("\"DATE\""),
        "{text}"
    );
    assert!(!text.contains("123-45-6789"));
    let shown = deid()
        .arg("scan")
        .arg(&input)
        .arg("--json")
        .arg("--show-values")
        .output()
        .unwrap();
    assert!(
        String::from_utf8(shown.stdout)
            .unwrap()
            .contains("123-45-6789")
    );

    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"John Smith \xff\xfe").unwrap();
    let out = deid()
        .arg("scrub")
        .arg(&bad)
        .arg("-o")
        .arg(dir.path().join("o.txt"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("byte 11") && !err.contains("John"), "{err}");
    assert!(!dir.path().join("o.txt").exists(), "no half-written output");
}

#[test]
fn output_inside_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("in/x.txt"), "hello");
    let out = deid()
        .arg("scrub")
        .arg(dir.path().join("in"))
        .arg("-o")
        .arg(dir.path().join("in/out"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn scan_of_a_tab_separated_csv_prints_the_column_plan_without_values() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("x.csv");
    write(
        &input,
        "MRN\tPatient Name\tDOB\tGlucose\tNotes\n\
         MRN7781234\tLucia Quintero\t03/15/1980\t105\tQuintero seen today, stable\n\
         MRN7781235\tTomasz Kowalski\t11/02/1955\t98\tcalled 617-555-0143 re results\n",
    );
    let out = deid().arg("scan").arg(&input).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stderr.contains("CSV column plan"), "{stderr}");
    assert!(stderr.contains("delimiter tab, header yes"), "{stderr}");
    let plan_line = |name: &str| {
        stderr
            .lines()
            .find(|l| l.split_whitespace().nth(1) == name.split_whitespace().next())
            .unwrap_or_else(|| panic!("no plan line for {name}: {stderr}"))
            .to_string()
    };
    for (name, kind) in [
        ("MRN", "MRN"),
        ("Patient Name", "NAME"),
        ("DOB", "DATE"),
        ("Glucose", "KEEP"),
        ("Notes", "FREE_TEXT"),
    ] {
        let line = plan_line(name);
        assert!(
            line.contains(name) && line.split_whitespace().any(|w| w == kind),
            "{name}: {line}"
        );
    }
    assert!(plan_line("MRN").contains("(subject)"));
    for value in [
        "MRN7781234",
        "Lucia",
        "Quintero",
        "Kowalski",
        "03/15/1980",
        "11/02/1955",
        "617-555-0143",
        "stable",
    ] {
        assert!(
            !stderr.contains(value) && !stdout.contains(value),
            "{value} printed: {stderr}{stdout}"
        );
    }
    assert!(
        stdout.contains("\tMRN\t") && stdout.contains("\tNAME\t"),
        "{stdout}"
    );
}

/// The calendar day of `19800315`, `1980-03-15` or `03/15/1980`, as `YYYYMMDD`.
fn day(date: &str) -> String {
    if let Some((m, rest)) = date.split_once('/') {
        let (d, y) = rest.split_once('/').unwrap();
        return format!("{y}{m:0>2}{d:0>2}");
    }
    date.chars().filter(char::is_ascii_digit).take(8).collect()
}

#[test]
fn scrub_of_a_mixed_directory_keeps_formats_and_links_the_patient_across_them() {
    use deid_core::adapters::Format;
    use serde_json::Value;

    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    let output = dir.path().join("out");
    let mrn = "MRN0047113";
    write(
        &input.join("adt.hl7"),
        &format!(
            "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240301120000||ADT^A04|1|P|2.5.1\r\
             PID|1||{mrn}^^^HOSP^MR||Quintero^Lucia||19800315|F|||12 Elm Street^^Springfield^IL^62704\r\
             PV1|1|O|CLINIC|||||||||||||||||||||||||||||||||||||||||20240301083000\r\
             NTE|1||Lucia Quintero tolerated the visit.\r"
        ),
    );
    write(
        &input.join("bundle.json"),
        &format!(
            r#"{{"resourceType":"Bundle","type":"collection","entry":[
{{"fullUrl":"urn:uuid:0b1f4a3e-1111-4222-8333-944455556666","resource":{{"resourceType":"Patient","id":"0b1f4a3e-1111-4222-8333-944455556666","identifier":[{{"type":{{"coding":[{{"system":"http://terminology.hl7.org/CodeSystem/v2-0203","code":"MR"}}]}},"value":"{mrn}"}}],"name":[{{"family":"Quintero","given":["Lucia"]}}],"birthDate":"1980-03-15"}}}},
{{"fullUrl":"urn:uuid:5d1c2b3a-2222-4333-8444-955566667777","resource":{{"resourceType":"Encounter","id":"5d1c2b3a-2222-4333-8444-955566667777","status":"finished","subject":{{"reference":"urn:uuid:0b1f4a3e-1111-4222-8333-944455556666"}},"period":{{"start":"2024-03-01T08:30:00-05:00"}}}}}}]}}
"#
        ),
    );
    write(
        &input.join("visits.csv"),
        &format!(
            "MRN,Patient Name,DOB,Visit Date,Glucose\n\
             {mrn},Lucia Quintero,03/15/1980,03/01/2024,105\n\
             MRN0047114,Tomasz Kowalski,11/02/1955,03/02/2024,98\n"
        ),
    );
    let keys = dir.path().join("keys.toml");
    std::fs::write(&keys, deid().args(["keys", "new"]).output().unwrap().stdout).unwrap();
    let report = dir.path().join("report.json");
    let prov = dir.path().join("prov.jsonl");
    let run = deid()
        .arg("scrub")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .arg("--keys")
        .arg(&keys)
        .arg("--report")
        .arg(&report)
        .arg("--provenance")
        .arg(&prov)
        .output()
        .unwrap();
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );

    // Auto-detected formats, and outputs that are still of that format.
    let report: Value = serde_json::from_str(&std::fs::read_to_string(&report).unwrap()).unwrap();
    let formats: Vec<(String, String)> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            assert_eq!(f["status"], "ok", "{f}");
            (
                f["path"].as_str().unwrap().to_string(),
                f["format"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        formats,
        [
            ("adt.hl7".to_string(), "hl7".to_string()),
            ("bundle.json".to_string(), "fhir".to_string()),
            ("visits.csv".to_string(), "csv".to_string()),
        ]
    );
    let hl7 = std::fs::read_to_string(output.join("adt.hl7")).unwrap();
    let fhir = std::fs::read_to_string(output.join("bundle.json")).unwrap();
    let csv = std::fs::read_to_string(output.join("visits.csv")).unwrap();
    assert_eq!(Format::detect(hl7.as_bytes()), Format::Hl7);
    assert_eq!(Format::detect(fhir.as_bytes()), Format::Fhir);
    assert_eq!(Format::detect(csv.as_bytes()), Format::Csv);
    for text in [&hl7, &fhir, &csv] {
        for phi in [mrn, "Quintero", "Lucia", "12 Elm", "0b1f4a3e"] {
            assert!(!text.contains(phi), "{phi} survived: {text}");
        }
    }

    // HL7: same segments, same field counts.
    let segments: Vec<&str> = hl7.split('\r').collect();
    let original = std::fs::read_to_string(input.join("adt.hl7")).unwrap();
    for (before, after) in original.split('\r').zip(&segments) {
        assert_eq!(before.get(..3), after.get(..3));
        assert_eq!(
            before.split('|').count(),
            after.split('|').count(),
            "{after}"
        );
    }
    let pid: Vec<&str> = segments[1].split('|').collect();
    let hl7_mrn = pid[3].split('^').next().unwrap();
    let hl7_dob = day(pid[7]);
    let pv1: Vec<&str> = segments[2].split('|').collect();
    let hl7_visit = day(pv1[44]);

    // FHIR: valid JSON, references still resolve.
    let bundle: Value = serde_json::from_str(&fhir).unwrap();
    let patient = &bundle["entry"][0]["resource"];
    let fhir_mrn = patient["identifier"][0]["value"].as_str().unwrap();
    let fhir_dob = day(patient["birthDate"].as_str().unwrap());
    let encounter = &bundle["entry"][1]["resource"];
    assert_eq!(
        encounter["subject"]["reference"],
        bundle["entry"][0]["fullUrl"]
    );
    let fhir_visit = day(encounter["period"]["start"].as_str().unwrap());

    // CSV: same header, same field count per row.
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(
        rows[0],
        ["MRN", "Patient Name", "DOB", "Visit Date", "Glucose"]
    );
    assert!(rows.iter().all(|r| r.len() == 5), "{csv}");
    let (csv_mrn, csv_dob, csv_visit) = (rows[1][0], day(rows[1][2]), day(rows[1][3]));

    assert_ne!(hl7_mrn, mrn);
    assert_eq!(hl7_mrn, fhir_mrn);
    assert_eq!(hl7_mrn, csv_mrn);
    assert_ne!(hl7_dob, "19800315");
    assert_eq!(hl7_dob, fhir_dob);
    assert_eq!(hl7_dob, csv_dob);
    assert_ne!(hl7_visit, "20240301");
    assert_eq!(hl7_visit, fhir_visit);
    assert_eq!(hl7_visit, csv_visit);
    assert_ne!(rows[2][0], csv_mrn, "another patient, another token");

    let log = std::fs::read_to_string(&prov).unwrap();
    assert!(log.contains("fhir.id") && !log.contains(mrn) && !log.contains("0b1f4a3e"));
    let audit = deid()
        .args(["audit", "verify"])
        .arg(&prov)
        .arg("--keys")
        .arg(&keys)
        .output()
        .unwrap();
    assert!(audit.status.success());
}
