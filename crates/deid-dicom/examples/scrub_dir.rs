//! De-identify a directory with the default profile and print the report and throughput.
//!
//! `cargo run --release -p deid-dicom --example scrub_dir -- IN OUT [JOBS]`
//! (uses a fixed demo key: for trying things out, not for real data).

use std::time::Instant;

use deid_core::{Engine, KeyRing, Policy};
use deid_dicom::{TreeOptions, scrub_tree};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(input), Some(output)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: scrub_dir IN OUT [JOBS]");
        std::process::exit(2);
    };
    let jobs = args.get(3).and_then(|j| j.parse().ok()).unwrap_or(0);
    let engine = Engine::new(Policy::safe_harbor(), KeyRing::from_secret("demo", [7; 32]));
    let options = TreeOptions {
        jobs,
        ..TreeOptions::default()
    };
    let started = Instant::now();
    let report = scrub_tree(&engine, input.as_ref(), output.as_ref(), &options);
    let seconds = started.elapsed().as_secs_f64();
    let bytes: u64 = report
        .files
        .iter()
        .filter_map(|f| std::fs::metadata(std::path::Path::new(input).join(&f.path)).ok())
        .map(|m| m.len())
        .sum();
    for file in &report.files {
        println!(
            "{:8} {} {}",
            file.status.as_str(),
            file.document(),
            file.reason.as_deref().unwrap_or("")
        );
    }
    println!(
        "{:?}; {} files, {:.1} MB in {:.2} s = {:.1} files/s, {:.1} MB/s",
        report.counts,
        report.files.len(),
        bytes as f64 / 1e6,
        seconds,
        report.files.len() as f64 / seconds,
        bytes as f64 / 1e6 / seconds
    );
}
