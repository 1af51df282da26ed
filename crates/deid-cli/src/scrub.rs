//! `deid scrub`: de-identify files and directory trees, in parallel, atomically, with a
//! provenance log and a per-file report.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use deid_core::adapters::{self, Format};
use deid_core::{Change, Engine, ProvenanceWriter};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

use crate::files::{format_of, walk};

/// Arguments of `deid scrub`.
#[derive(clap::Args)]
pub struct ScrubArgs {
    /// Input file or directory (never modified).
    input: PathBuf,
    /// Output file or directory (the input tree is mirrored).
    #[arg(short, long)]
    output: PathBuf,
    /// Input format: auto (by content), text, hl7, fhir, csv, dicom.
    #[arg(long, default_value = "auto")]
    format: String,
    #[command(flatten)]
    engine: crate::EngineArgs,
    /// Write the hash-chained provenance log here.
    #[arg(long)]
    provenance: Option<PathBuf>,
    /// Write a JSON report (one record per file) here.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// CSV: the column that identifies the patient (drives date shifts and pseudonyms).
    #[arg(long)]
    subject_column: Option<String>,
    /// DICOM: PS3.15 Annex E options, comma-separated (retain-safe-private, retain-uids,
    /// retain-device-identity, retain-institution-identity, retain-patient-characteristics,
    /// retain-longitudinal-full-dates, retain-longitudinal-modified-dates, clean-descriptors,
    /// clean-structured-content, clean-graphics; `basic` for none). Default: modified dates,
    /// patient characteristics, clean descriptors.
    #[arg(long, value_delimiter = ',')]
    dicom_options: Vec<String>,
}

/// The outcome for one file.
#[derive(Serialize, Clone)]
pub struct FileRecord {
    /// Path relative to the input.
    pub path: String,
    /// ok | review | skipped | failed.
    pub status: &'static str,
    /// Why, when not ok.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Format used.
    pub format: String,
    /// Number of values changed.
    pub changes: usize,
    #[serde(skip)]
    provenance: Vec<Change>,
}

/// `deid scrub`.
pub fn run(args: ScrubArgs) -> Result<ExitCode> {
    let engine = crate::build_engine(&args.engine)?;
    guard_paths(&args.input, &args.output)?;
    let dicom_profile = if args.dicom_options.is_empty() {
        deid_dicom::ProfileOptions::default()
    } else {
        deid_dicom::ProfileOptions::from_names(args.dicom_options.iter().map(String::as_str))
            .map_err(|e| anyhow::anyhow!("--dicom-options: {e}"))?
    };
    if args.format == "dicom" {
        return run_dicom(&engine, &args, dicom_profile);
    }
    let forced = crate::parse_format(&args.format)?;
    let files = walk(&args.input)?;
    let single_file = args.input.is_file();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let progress = progress_bar(files.len() as u64);
    let bytes_in = AtomicU64::new(0);
    let started = Instant::now();
    let records: Vec<FileRecord> = pool.install(|| {
        files
            .par_iter()
            .map(|(path, rel)| {
                let out_path = if single_file && !args.output.is_dir() {
                    args.output.clone()
                } else {
                    args.output.join(rel)
                };
                let settings = FileSettings {
                    forced,
                    dicom_profile: &dicom_profile,
                    subject_column: args.subject_column.as_deref(),
                };
                // A bug tripped by one file must not stop the run: it becomes a failed
                // record (the panic message names code, not data).
                let record = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    scrub_one(&engine, &settings, path, rel, &out_path, &bytes_in)
                }))
                .unwrap_or_else(|_| FileRecord {
                    path: rel.display().to_string(),
                    status: "failed",
                    reason: Some(
                        "internal error while processing this file (please report it)".into(),
                    ),
                    format: "unknown".into(),
                    changes: 0,
                    provenance: Vec::new(),
                });
                progress.inc(1);
                record
            })
            .collect()
    });
    progress.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();

    write_run_outputs(&engine, &args, &records)?;
    let count = |s: &str| records.iter().filter(|r| r.status == s).count();
    let (ok, review, skipped, failed) = (
        count("ok"),
        count("review"),
        count("skipped"),
        count("failed"),
    );
    let mb = bytes_in.load(Ordering::Relaxed) as f64 / 1e6;
    let changed: usize = records.iter().map(|r| r.changes).sum();
    eprintln!(
        "deid scrub: {} files: {ok} ok, {review} review, {skipped} skipped, {failed} failed; {changed} values changed; {mb:.1} MB in {elapsed:.2} s ({:.1} MB/s)",
        records.len(),
        if elapsed > 0.0 { mb / elapsed } else { 0.0 }
    );
    Ok(exit_code(&records))
}

/// Refuse runs that would overwrite the input or write inside it.
fn guard_paths(input: &Path, output: &Path) -> Result<()> {
    let input_abs = std::fs::canonicalize(input)
        .with_context(|| format!("cannot read input {}", input.display()))?;
    let output_abs = std::path::absolute(output).unwrap_or_else(|_| output.to_path_buf());
    let output_abs = std::fs::canonicalize(&output_abs).unwrap_or(output_abs);
    if output_abs == input_abs || (input_abs.is_dir() && output_abs.starts_with(&input_abs)) {
        bail!(
            "output {} is the input or inside it: choose another place (input is never modified)",
            output.display()
        );
    }
    Ok(())
}

fn progress_bar(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    if crate::stderr_is_terminal() && total > 1 {
        bar.set_draw_target(ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files {per_sec} eta {eta}")
        {
            bar.set_style(style);
        }
    } else {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    }
    bar
}

/// How each file of a run is read.
struct FileSettings<'a> {
    /// The format, or None to decide by content.
    forced: Option<Format>,
    /// DICOM profile options for DICOM files met in the tree.
    dicom_profile: &'a deid_dicom::ProfileOptions,
    /// CSV subject column.
    subject_column: Option<&'a str>,
}

fn scrub_one(
    engine: &Engine,
    settings: &FileSettings,
    path: &Path,
    rel: &Path,
    out_path: &Path,
    bytes_in: &AtomicU64,
) -> FileRecord {
    let rel_name = rel.display().to_string();
    let failed = |format: &str, reason: String| FileRecord {
        path: rel_name.clone(),
        status: "failed",
        reason: Some(reason),
        format: format.to_string(),
        changes: 0,
        provenance: Vec::new(),
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return failed("unknown", format!("cannot read: {e}")),
    };
    bytes_in.fetch_add(bytes.len() as u64, Ordering::Relaxed);
    if settings.forced.is_none() && deid_dicom::looks_like_dicom(&bytes) {
        return scrub_dicom_file(engine, settings.dicom_profile, &bytes, rel_name, out_path);
    }
    let format = format_of(settings.forced, &bytes);
    let output =
        match adapters::deidentify(engine, format, &bytes, &rel_name, settings.subject_column) {
            Ok(o) => o,
            Err(e) => return failed(format.as_str(), e.to_string()),
        };
    if let Err(e) = write_atomically(out_path, &output.bytes) {
        return failed(format.as_str(), format!("cannot write output: {e:#}"));
    }
    FileRecord {
        path: rel_name,
        status: "ok",
        reason: None,
        format: format.as_str().to_string(),
        changes: output.changes.len(),
        provenance: output.changes,
    }
}

/// Write through a temporary file in the same directory and rename: readers never see a
/// half-written output.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in {}", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.persist(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

fn write_provenance(engine: &Engine, path: &Path, records: &[FileRecord]) -> Result<()> {
    let mut buffer = Vec::new();
    let mut writer = ProvenanceWriter::new(&mut buffer, engine.keys(), &engine.policy().digest());
    for record in records {
        writer.record(&record.path, &record.provenance)?;
    }
    writer.finish()?;
    write_atomically(path, &buffer)
}

/// A DICOM file met in a mixed tree (`--format auto`).
fn scrub_dicom_file(
    engine: &Engine,
    profile: &deid_dicom::ProfileOptions,
    bytes: &[u8],
    rel_name: String,
    out_path: &Path,
) -> FileRecord {
    let record = |status: &'static str, reason: Option<String>, changes: Vec<Change>| FileRecord {
        path: rel_name.clone(),
        status,
        reason,
        format: "dicom".into(),
        changes: changes.len(),
        provenance: changes,
    };
    match deid_dicom::scrub_bytes(engine, bytes, profile) {
        Ok(file) => {
            let status = file.status.as_str();
            let target = if status == "review" {
                let root = out_path
                    .ancestors()
                    .nth(Path::new(&rel_name).components().count())
                    .unwrap_or(Path::new("."));
                root.join(deid_dicom::REVIEW_DIR).join(&rel_name)
            } else {
                out_path.to_path_buf()
            };
            match write_atomically(&target, &file.bytes) {
                Ok(()) => record(
                    if status == "review" { "review" } else { "ok" },
                    file.reason,
                    file.changes,
                ),
                Err(e) => record(
                    "failed",
                    Some(format!("cannot write output: {e:#}")),
                    Vec::new(),
                ),
            }
        }
        Err(e) => record(e.status().as_str(), Some(e.to_string()), Vec::new()),
    }
}

/// `--format dicom`: the DICOM tree walker does the work (parallel, atomic, `_review/`).
fn run_dicom(
    engine: &Engine,
    args: &ScrubArgs,
    profile: deid_dicom::ProfileOptions,
) -> Result<ExitCode> {
    let started = Instant::now();
    let total_bytes: u64 = walk(&args.input)?
        .iter()
        .filter_map(|(p, _)| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let bar = std::sync::Arc::new(progress_bar(0));
    let progress_handle = bar.clone();
    let options = deid_dicom::TreeOptions {
        profile,
        jobs: args.jobs.unwrap_or(0),
        progress: Some(Box::new(move |done, total| {
            progress_handle.set_length(total as u64);
            progress_handle.set_position(done as u64);
        })),
        count_only: args.provenance.is_none(),
    };
    let report = deid_dicom::scrub_tree(engine, &args.input, &args.output, &options);
    bar.finish_and_clear();
    let elapsed = started.elapsed().as_secs_f64();
    let counts = report.counts;
    let records: Vec<FileRecord> = report
        .files
        .into_iter()
        .map(|f| FileRecord {
            path: f.document(),
            status: f.status.as_str(),
            reason: f.reason,
            format: "dicom".into(),
            changes: f.changed,
            provenance: f.changes,
        })
        .collect();
    write_run_outputs(engine, args, &records)?;
    let c = &counts;
    let files = records.len() as f64;
    eprintln!(
        "deid scrub: {} DICOM files: {} ok, {} review, {} skipped, {} failed; {:.1} MB in {elapsed:.2} s ({:.0} files/s, {:.1} MB/s)",
        records.len(),
        c.ok,
        c.review,
        c.skipped,
        c.failed,
        total_bytes as f64 / 1e6,
        if elapsed > 0.0 { files / elapsed } else { 0.0 },
        if elapsed > 0.0 {
            total_bytes as f64 / 1e6 / elapsed
        } else {
            0.0
        },
    );
    Ok(exit_code(&records))
}

/// The provenance log and JSON report of a run (when asked for), and every file that was
/// skipped or failed, named on stderr.
fn write_run_outputs(engine: &Engine, args: &ScrubArgs, records: &[FileRecord]) -> Result<()> {
    if let Some(path) = &args.provenance {
        write_provenance(engine, path, records)?;
    }
    if let Some(path) = &args.report {
        write_atomically(
            path,
            &serde_json::to_vec_pretty(&serde_json::json!({
                "input": args.input.display().to_string(),
                "output": args.output.display().to_string(),
                "policy": engine.policy().name(),
                "policy_digest": engine.policy().digest(),
                "key_id": engine.keys().active_id(),
                "files": records,
            }))?,
        )?;
    }
    for r in records
        .iter()
        .filter(|r| r.status == "failed" || r.status == "skipped")
    {
        eprintln!(
            "deid: {}: {}: {}",
            r.status,
            r.path,
            r.reason.as_deref().unwrap_or("")
        );
    }
    Ok(())
}

/// 0 when every file is ok or review, 1 otherwise.
fn exit_code(records: &[FileRecord]) -> ExitCode {
    if records
        .iter()
        .all(|r| r.status == "ok" || r.status == "review")
    {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
