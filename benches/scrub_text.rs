//! Throughput of free-text de-identification on the synthetic clinical notes.
//!
//! `cargo bench --bench scrub_text`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use deid::{Engine, KeyRing, Policy};

fn corpus() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/corpora/synthetic/notes.jsonl");
    let jsonl =
        std::fs::read_to_string(path).expect("corpora/synthetic/notes.jsonl is in the repository");
    let mut text = String::new();
    for line in jsonl.lines() {
        let note: serde_json::Value = serde_json::from_str(line).expect("corpus lines are JSON");
        text.push_str(note["text"].as_str().unwrap_or(""));
        text.push_str("\n\n");
    }
    text
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let engine = Engine::new(
        Policy::safe_harbor(),
        KeyRing::from_secret("bench", [9; 32]),
    );
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("scan_notes", |b| {
        b.iter(|| black_box(engine.scan_text(black_box(&text))))
    });
    group.bench_function("deidentify_notes", |b| {
        b.iter(|| black_box(engine.deidentify_text(black_box(&text), None)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
