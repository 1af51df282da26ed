//! Throughput of the structured-format adapters (HL7 v2, FHIR JSON, CSV) end to end:
//! parse, classify, detect, transform, write back.
//!
//! `cargo bench --bench adapters -- --warm-up-time 1 --measurement-time 3`
//!
//! The inputs are generated here from small built-in templates (varied names, ids, dates,
//! free text), so the benchmark needs nothing outside the repository. When the reference
//! data is checked out next to the repository (`../shared/data/cdc-hl7v2/messages`,
//! `../shared/data/synthea-r4`), it is benchmarked as well (`hl7/cdc`, `fhir/synthea`).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use deid::adapters::{csv, fhir, hl7};
use deid::{Engine, KeyRing, Policy};

/// A small deterministic generator (no `rand` dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() as usize) % items.len()]
    }

    fn digits(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| char::from(b'0' + (self.next() % 10) as u8))
            .collect()
    }

    fn date(&mut self) -> (u64, u64, u64) {
        (
            1930 + self.next() % 90,
            1 + self.next() % 12,
            1 + self.next() % 28,
        )
    }
}

const FAMILY: &[&str] = &[
    "Okafor",
    "Castellano",
    "Nguyen",
    "Hartmann",
    "Quintero",
    "Smith",
    "Johansson",
    "Abernathy",
    "Kowalski",
    "Oyelaran",
];
const GIVEN: &[&str] = &[
    "Lucia", "John", "Beatriz", "Marcus", "Ann", "Tomasz", "Adaeze", "Wei", "Ingrid", "Rafael",
];
const STREET: &[&str] = &[
    "Elm Street",
    "Maple Ave",
    "Oak Road",
    "Harbor Blvd",
    "Pine Lane",
];
const CITY: &[&str] = &["Springfield", "Evanston", "Tampa", "Buffalo", "Salem"];
const NOTES: &[&str] = &[
    "Patient reports improvement; tolerating metformin 500 mg BID. Follow up in 2 weeks.",
    "Seen with daughter. BP 132/84, HR 76. A1c 7.2%. Continue lisinopril.",
    "No acute distress. Lungs clear. Parkinson's tremor stable on carbidopa-levodopa.",
    "Discussed colonoscopy results, benign polyp. Repeat in 5 years.",
    "Foley removed, voiding spontaneously. Ambulating in hallway with PT.",
];

/// `count` HL7 v2 ADT and ORU messages, `\r`-terminated segments.
fn synthetic_hl7(count: usize) -> String {
    let mut rng = Lcg(1);
    let mut out = String::new();
    for i in 0..count {
        let (family, given) = (rng.pick(FAMILY), rng.pick(GIVEN));
        let mrn = format!("MRN{}", rng.digits(7));
        let (y, m, d) = rng.date();
        let ssn = format!("{}-{}-{}", rng.digits(3), rng.digits(2), rng.digits(4));
        let phone = format!("({}) 555-{}", rng.digits(3), rng.digits(4));
        let street = format!("{} {}", 1 + rng.next() % 9000, rng.pick(STREET));
        let city = rng.pick(CITY);
        let zip = rng.digits(5);
        let note = rng.pick(NOTES);
        out.push_str(&format!(
            "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240301120000||ORU^R01^ORU_R01|MSG{i:06}|P|2.5.1\r\
PID|1||{mrn}^^^HOSP^MR~{ssn}^^^SSA^SS||{family}^{given}^Q||{y}{m:02}{d:02}|F|||{street}^^{city}^IL^{zip}^USA^H||{phone}^PRN^PH|||||||{ssn}\r\
PV1|1|O|CLINIC^12^A|||||1234^WELBY^MARCUS^^^DR\r\
ORC|RE|PL{i}|FL{i}||||||20240301083000|||1234^WELBY^MARCUS^^^DR\r\
OBR|1|PL{i}|FL{i}|24323-8^Comprehensive metabolic panel^LN|||20240301083000\r\
OBX|1|NM|2345-7^Glucose^LN||{glucose}|mg/dL|70-99|H|||F|||20240301083000\r\
OBX|2|NM|2160-0^Creatinine^LN||1.1|mg/dL|0.6-1.3|N|||F|||20240301083000\r\
OBX|3|TX|11506-3^Progress note^LN||{family} seen today. {note}||||||F\r\
NTE|1||Called {given} at {phone}; results discussed.\r",
            glucose = 70 + rng.next() % 120,
        ));
    }
    out
}

/// A FHIR Bundle of `patients` patients, each with an encounter, observations and a note.
fn synthetic_fhir(patients: usize) -> String {
    let mut rng = Lcg(2);
    let mut entries = Vec::new();
    for p in 0..patients {
        let (family, given) = (rng.pick(FAMILY), rng.pick(GIVEN));
        let id = format!(
            "{:08x}-1111-4222-8333-{:012x}",
            rng.next() as u32,
            rng.next()
        );
        let (y, m, d) = rng.date();
        let mrn = format!("MRN{}", rng.digits(7));
        let street = format!("{} {}", 1 + rng.next() % 9000, rng.pick(STREET));
        let patient = serde_json::json!({
            "resourceType": "Patient",
            "id": id,
            "text": {"status": "generated", "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{given} {family}, born {y}-{m:02}-{d:02}</div>")},
            "identifier": [
                {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": mrn},
                {"system": "http://hl7.org/fhir/sid/us-ssn", "value": format!("{}-{}-{}", rng.digits(3), rng.digits(2), rng.digits(4))}
            ],
            "name": [{"use": "official", "family": family, "given": [given], "prefix": ["Ms."]}],
            "telecom": [{"system": "phone", "value": format!("555-{}-{}", rng.digits(3), rng.digits(4)), "use": "home"}],
            "gender": "female",
            "birthDate": format!("{y}-{m:02}-{d:02}"),
            "address": [{"line": [street], "city": rng.pick(CITY), "state": "MA", "postalCode": rng.digits(5), "country": "US"}]
        });
        entries.push(serde_json::json!({"fullUrl": format!("urn:uuid:{id}"), "resource": patient}));
        let encounter = format!("enc-{p}");
        entries.push(serde_json::json!({
            "fullUrl": format!("urn:uuid:{encounter}"),
            "resource": {
                "resourceType": "Encounter", "id": encounter, "status": "finished",
                "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
                "subject": {"reference": format!("urn:uuid:{id}"), "display": format!("{given} {family}")},
                "period": {"start": "2024-03-01T08:30:00-05:00", "end": "2024-03-01T09:10:00-05:00"}
            }
        }));
        for (o, (code, name, unit)) in [
            ("2345-7", "Glucose", "mg/dL"),
            ("2160-0", "Creatinine", "mg/dL"),
            ("8480-6", "Systolic blood pressure", "mm[Hg]"),
            ("8867-4", "Heart rate", "/min"),
        ]
        .into_iter()
        .enumerate()
        {
            entries.push(serde_json::json!({
                "fullUrl": format!("urn:uuid:obs-{p}-{o}"),
                "resource": {
                    "resourceType": "Observation", "id": format!("obs-{p}-{o}"), "status": "final",
                    "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": name}], "text": name},
                    "subject": {"reference": format!("urn:uuid:{id}")},
                    "encounter": {"reference": format!("urn:uuid:{encounter}")},
                    "effectiveDateTime": "2024-03-01T08:45:00-05:00",
                    "valueQuantity": {"value": 60 + rng.next() % 100, "unit": unit, "system": "http://unitsofmeasure.org", "code": unit}
                }
            }));
        }
        entries.push(serde_json::json!({
            "fullUrl": format!("urn:uuid:note-{p}"),
            "resource": {
                "resourceType": "Observation", "id": format!("note-{p}"), "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}]},
                "subject": {"reference": format!("urn:uuid:{id}")},
                "valueString": format!("{family} seen today. {}", rng.pick(NOTES)),
                "note": [{"authorString": "Dr. Marcus Welby", "text": format!("Called {given} at home.")}]
            }
        }));
    }
    let bundle =
        serde_json::json!({"resourceType": "Bundle", "type": "collection", "entry": entries});
    serde_json::to_string_pretty(&bundle).unwrap_or_default()
}

/// A CSV file with a header and `rows` rows of structured columns and a free-text note.
fn synthetic_csv(rows: usize) -> String {
    let mut rng = Lcg(3);
    let mut out = String::from("Med Rec #,Pt Name,DOB,SocSec,Zip Code,Glucose,ICD10,Notes\r\n");
    for _ in 0..rows {
        let (family, given) = (rng.pick(FAMILY), rng.pick(GIVEN));
        let (y, m, d) = rng.date();
        out.push_str(&format!(
            "MRN{},\"{family}, {given}\",{m:02}/{d:02}/{y},{}-{}-{},{},{},{},\"{family} seen. {}\"\r\n",
            rng.digits(7),
            rng.digits(3),
            rng.digits(2),
            rng.digits(4),
            rng.digits(5),
            70 + rng.next() % 120,
            rng.pick(&["E11.9", "I10", "J45.909", "N18.3"]),
            rng.pick(NOTES),
        ));
    }
    out
}

/// The reference data next to the repository, when present.
fn shared_data(dir: &str) -> Option<Vec<PathBuf>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(dir);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&root)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    Some(paths)
}

/// The CDC HL7 v2 messages that the adapter accepts, concatenated.
fn cdc_hl7(engine: &Engine) -> Option<String> {
    let mut out = String::new();
    for path in shared_data("cdc-hl7v2/messages")? {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        if hl7::deidentify(engine, &text).is_ok() {
            out.push_str(text.trim_end_matches(['\r', '\n']));
            out.push('\r');
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Synthea bundles (the first ~2 MB), each a separate document.
fn synthea_bundles() -> Option<Vec<String>> {
    // About 2 MB: enough to average over bundles, short enough for a quick run.
    let mut bytes = 0;
    let bundles: Vec<String> = shared_data("synthea-r4")?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .take_while(|b| {
            bytes += b.len();
            bytes - b.len() < 2_000_000
        })
        .collect();
    (!bundles.is_empty()).then_some(bundles)
}

fn bench(c: &mut Criterion) {
    let engine = Engine::new(
        Policy::safe_harbor(),
        KeyRing::from_secret("bench", [9; 32]),
    );

    let mut group = c.benchmark_group("hl7");
    group.sample_size(10);
    let text = synthetic_hl7(400);
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("synthetic", |b| {
        b.iter(|| black_box(hl7::deidentify(&engine, black_box(&text))))
    });
    if let Some(text) = cdc_hl7(&engine) {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("cdc", |b| {
            b.iter(|| black_box(hl7::deidentify(&engine, black_box(&text))))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("fhir");
    group.sample_size(10);
    let bundle = synthetic_fhir(150);
    group.throughput(Throughput::Bytes(bundle.len() as u64));
    group.bench_function("synthetic", |b| {
        b.iter(|| black_box(fhir::deidentify(&engine, black_box(&bundle))))
    });
    if let Some(bundles) = synthea_bundles() {
        let bytes: usize = bundles.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("synthea", |b| {
            b.iter(|| {
                for bundle in &bundles {
                    black_box(fhir::deidentify(&engine, black_box(bundle)).ok());
                }
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("csv");
    group.sample_size(10);
    let table = synthetic_csv(5000);
    group.throughput(Throughput::Bytes(table.len() as u64));
    group.bench_function("synthetic", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(table.len() + 1024);
            black_box(csv::deidentify(&engine, black_box(table.as_bytes()), &mut out, None).ok());
            out
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
