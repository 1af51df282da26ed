//! `deid eval`: load labelled corpora and score detection.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use deid_core::eval::{LabelledDoc, char_to_byte, evaluate};
use deid_core::{Engine, PhiKind, Span};
use serde_json::Value;

/// Load our JSONL format: `{"text": .., "spans": [{"bstart", "bend", "kind"}]}` per line.
fn load_jsonl(path: &Path) -> Result<Vec<LabelledDoc>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line)
            .with_context(|| format!("{} line {}: not JSON", path.display(), i + 1))?;
        let body = v["text"]
            .as_str()
            .with_context(|| format!("{} line {}: no `text`", path.display(), i + 1))?
            .to_string();
        let mut gold = Vec::new();
        for span in v["spans"].as_array().into_iter().flatten() {
            let kind: PhiKind = span["kind"]
                .as_str()
                .unwrap_or("")
                .parse()
                .with_context(|| format!("{} line {}: unknown kind", path.display(), i + 1))?;
            let (Some(s), Some(e)) = (span["bstart"].as_u64(), span["bend"].as_u64()) else {
                bail!(
                    "{} line {}: span without bstart/bend",
                    path.display(),
                    i + 1
                );
            };
            gold.push((Span::new(s as usize, e as usize), kind));
        }
        docs.push(LabelledDoc {
            text: body,
            gold,
            ignore: Vec::new(),
        });
    }
    Ok(docs)
}

/// Load presidio-research's JSON list; map its entity types onto HIPAA kinds (types that
/// are not PHI — organizations, titles, nationalities, card numbers — are ignored).
fn load_presidio(path: &Path) -> Result<Vec<LabelledDoc>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let items: Vec<Value> = serde_json::from_str(&text)
        .with_context(|| format!("{}: not a JSON list", path.display()))?;
    let mut docs = Vec::new();
    for item in items {
        let body = item["full_text"].as_str().unwrap_or("").to_string();
        let mut gold = Vec::new();
        let mut ignore = Vec::new();
        for span in item["spans"].as_array().into_iter().flatten() {
            let s = char_to_byte(&body, span["start_position"].as_u64().unwrap_or(0) as usize);
            let e = char_to_byte(&body, span["end_position"].as_u64().unwrap_or(0) as usize);
            let span_bytes = Span::new(s.min(e), e);
            let kind = match span["entity_type"].as_str().unwrap_or("") {
                "PERSON" => Some(PhiKind::Name),
                "STREET_ADDRESS" | "ADDRESS" => Some(PhiKind::StreetAddress),
                "GPE" | "LOCATION" => Some(PhiKind::City),
                "DATE_TIME" => Some(PhiKind::Date),
                "PHONE_NUMBER" => Some(PhiKind::Phone),
                "EMAIL_ADDRESS" => Some(PhiKind::Email),
                "ZIP_CODE" => Some(PhiKind::Zip),
                "DOMAIN_NAME" => Some(PhiKind::Url),
                "US_SSN" => Some(PhiKind::Ssn),
                "IP_ADDRESS" => Some(PhiKind::IpAddress),
                "US_DRIVER_LICENSE" => Some(PhiKind::LicenseNumber),
                "AGE" => {
                    let value = &body[span_bytes.start()..span_bytes.end()];
                    let age: u32 = value
                        .chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0);
                    (age >= 90).then_some(PhiKind::Age90Plus)
                }
                _ => None,
            };
            match kind {
                Some(k) => gold.push((span_bytes, k)),
                None => ignore.push(span_bytes),
            }
        }
        docs.push(LabelledDoc {
            text: body,
            gold,
            ignore,
        });
    }
    Ok(docs)
}

/// `deid eval`.
pub fn eval(
    engine: &Engine,
    corpus: &Path,
    presidio: bool,
    terms: Option<&Path>,
    json: bool,
    show_errors: bool,
) -> Result<ExitCode> {
    let docs = if presidio {
        load_presidio(corpus)?
    } else {
        load_jsonl(corpus)?
    };
    let report = evaluate(engine, &docs);
    if show_errors {
        // Synthetic corpora only: this prints the labelled values.
        for (doc, span, kind, what) in &report.errors {
            let text = &docs[*doc].text;
            let from = text.floor_char_boundary(span.start().saturating_sub(30));
            let to = text.ceil_char_boundary((span.end() + 30).min(text.len()));
            println!(
                "{what}\t{kind}\t{:?}\t…{}…",
                &text[span.start()..span.end()],
                text[from..to].replace('\n', " ")
            );
        }
    }
    let survival = terms.map(|t| term_survival(engine, t)).transpose()?;
    if json {
        let mut v = serde_json::to_value(&report)?;
        if let Some((kept, total, _)) = &survival {
            v["clinical_terms"] = serde_json::json!({"kept": kept, "total": total});
        }
        println!("{}", serde_json::to_string_pretty(&v)?);
    } else {
        println!("{}: {} documents", corpus.display(), report.documents);
        print!("{}", report.table());
        if let Some((kept, total, lost)) = survival {
            println!(
                "clinical terms kept: {kept} of {total} ({:.1}%)",
                100.0 * kept as f64 / total.max(1) as f64
            );
            for term in lost.iter().take(20) {
                println!("  lost: {term}");
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Each term in a neutral clinical sentence: does it come out untouched?
fn term_survival(engine: &Engine, path: &Path) -> Result<(usize, usize, Vec<String>)> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let mut kept = 0;
    let mut lost = Vec::new();
    let terms: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    for term in &terms {
        let sentence = format!("Assessment: {term} noted on exam today.");
        let start = "Assessment: ".len();
        let span = Span::new(start, start + term.len());
        if engine
            .scan_text(&sentence)
            .iter()
            .any(|f| f.span.overlaps(&span))
        {
            lost.push((*term).to_string());
        } else {
            kept += 1;
        }
    }
    Ok((kept, terms.len(), lost))
}
