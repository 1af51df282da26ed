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
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<String>,
    start: usize,
    end: usize,
    kind: &'static str,
    detector: &'a str,
    confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<&'a str>,
}

/// One thing `scan` reports: a finding in free text (byte span in the file) or a value the
/// structured adapter would change (field path; spans are within that field).
struct Hit {
    field: Option<String>,
    finding: Finding,
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
            let hits = scan_document(engine, format, &bytes, &path)?;
            total += hits.len();
            let text = String::from_utf8_lossy(&bytes);
            for hit in &hits {
                let f = &hit.finding;
                // Values can be shown only where the span is a position in the file.
                let value = (show_values && hit.field.is_none())
                    .then(|| text.get(f.span.start()..f.span.end()).unwrap_or(""));
                if json {
                    let line = FindingLine {
                        file: path.display().to_string(),
                        field: hit.field.clone(),
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
                    let place = match &hit.field {
                        Some(field) => format!(
                            "{}#{field}:{}-{}",
                            path.display(),
                            f.span.start(),
                            f.span.end()
                        ),
                        None => format!("{}:{}-{}", path.display(), f.span.start(), f.span.end()),
                    };
                    println!(
                        "{place}\t{}\t{}\t{:.2}{shown}",
                        f.kind, f.detector, f.confidence
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

fn scan_document(engine: &Engine, format: Format, bytes: &[u8], path: &Path) -> Result<Vec<Hit>> {
    let origin = path.display().to_string();
    match format {
        Format::Text => {
            let text = deid_core::adapters::utf8(bytes, &origin)?;
            Ok(engine
                .scan_text(text)
                .into_iter()
                .map(|finding| Hit {
                    field: None,
                    finding,
                })
                .collect())
        }
        _ => {
            if format == Format::Csv {
                let head = String::from_utf8_lossy(&bytes[..bytes.len().min(256 * 1024)]);
                let plan = deid_core::adapters::csv::plan(engine, &head, None)?;
                eprintln!("{}: CSV column plan\n{plan}", path.display());
            }
            let out = deid_core::adapters::deidentify(engine, format, bytes, &origin, None)?;
            Ok(out
                .changes
                .into_iter()
                .map(|c| Hit {
                    finding: Finding::new(c.input_span, c.kind, 1.0, "structured"),
                    field: Some(c.field),
                })
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
                    findings.iter().map(|f| f.finding.kind.as_str()).collect();
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
