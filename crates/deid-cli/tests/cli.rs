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
