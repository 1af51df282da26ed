//! Walking inputs, reading them, and the read-only commands (`scan`, `verify`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use deid_core::adapters::Format;
use deid_core::{Engine, Finding};
use serde::Serialize;

/// Every regular file under `root` (or `root` itself), sorted, with its path relative to
/// `root` (for a single file: its file name).
pub fn walk(root: &Path) -> Result<Vec<(PathBuf, PathBuf)>> {
    if root.is_file() {
        let name = root
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("input"));
        return Ok(vec![(root.to_path_buf(), name)]);
    }
    if !root.is_dir() {
        anyhow::bail!(
            "{} does not exist or is not a file or directory",
            root.display()
        );
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.with_context(|| format!("cannot walk {}", root.display()))?;
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(root)
                .unwrap_or(entry.path())
                .to_path_buf();
            out.push((entry.path().to_path_buf(), rel));
        }
    }
    Ok(out)
}

/// The format for one file: the forced one, or by content.
pub fn format_of(forced: Option<Format>, bytes: &[u8]) -> Format {
    forced.unwrap_or_else(|| Format::detect(bytes))
}

#[derive(Serialize)]
struct FindingLine<'a> {
    file: String,
    start: usize,
    end: usize,
    kind: &'static str,
    detector: &'a str,
    confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

/// `deid scan`: list findings.
pub fn scan(
    engine: &Engine,
    paths: &[PathBuf],
    forced: Option<Format>,
    json: bool,
    show_values: bool,
) -> Result<ExitCode> {
    let mut total = 0usize;
    for root in paths {
        for (path, _) in walk(root)? {
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let format = format_of(forced, &bytes);
            let findings = scan_document(engine, format, &bytes, &path)?;
            total += findings.len();
            let text = String::from_utf8_lossy(&bytes);
            for f in &findings {
                let value =
                    show_values.then(|| text.get(f.span.start()..f.span.end()).unwrap_or(""));
                if json {
                    let line = FindingLine {
                        file: path.display().to_string(),
                        start: f.span.start(),
                        end: f.span.end(),
                        kind: f.kind.as_str(),
                        detector: f.detector,
                        confidence: f.confidence,
                        value,
                    };
                    println!("{}", serde_json::to_string(&line)?);
                } else {
                    let shown = value.map(|v| format!("  {v:?}")).unwrap_or_default();
                    println!(
                        "{}:{}-{}\t{}\t{}\t{:.2}{shown}",
                        path.display(),
                        f.span.start(),
                        f.span.end(),
                        f.kind,
                        f.detector,
                        f.confidence
                    );
                }
            }
        }
    }
    if !json {
        eprintln!("deid: {total} findings");
    }
    Ok(ExitCode::SUCCESS)
}

fn scan_document(
    engine: &Engine,
    format: Format,
    bytes: &[u8],
    path: &Path,
) -> Result<Vec<Finding>> {
    let origin = path.display().to_string();
    match format {
        Format::Text => {
            let text = deid_core::adapters::utf8(bytes, &origin)?;
            Ok(engine.scan_text(text))
        }
        _ => {
            // Structured formats: what the adapter would change, as findings in the
            // changed field (the field path is printed by `scan` as the detector).
            if format == Format::Csv {
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256 * 1024)]);
                let plan = deid_core::adapters::csv::plan(engine, &head, None)?;
                eprintln!("{}: CSV column plan\n{plan}", path.display());
            }
            let out = deid_core::adapters::deidentify(engine, format, bytes, &origin, None)?;
            Ok(out
                .changes
                .iter()
                .map(|c| Finding::new(c.input_span, c.kind, 1.0, "structured"))
                .collect())
        }
    }
}

/// `deid verify`: exit 1 when anything is found.
pub fn verify(engine: &Engine, paths: &[PathBuf], forced: Option<Format>) -> Result<ExitCode> {
    let mut dirty = 0usize;
    let mut files = 0usize;
    for root in paths {
        for (path, _) in walk(root)? {
            files += 1;
            let bytes =
                std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
            let findings = scan_document(engine, format_of(forced, &bytes), &bytes, &path)?;
            if !findings.is_empty() {
                dirty += 1;
                let kinds: std::collections::BTreeSet<&str> =
                    findings.iter().map(|f| f.kind.as_str()).collect();
                println!(
                    "{}: {} possible PHI ({})",
                    path.display(),
                    findings.len(),
                    kinds.into_iter().collect::<Vec<_>>().join(", ")
                );
            }
        }
    }
    println!("deid verify: {files} files, {dirty} with possible PHI");
    Ok(if dirty == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
