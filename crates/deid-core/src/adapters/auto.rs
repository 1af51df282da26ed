//! Format detection by content (not by file name).

use std::fmt;

/// A format the adapters handle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text (the fallback).
    Text,
    /// HL7 v2 (ER7).
    Hl7,
    /// FHIR JSON or NDJSON.
    Fhir,
    /// Delimited text with a header (CSV, TSV, `;`, `|`).
    Csv,
}

impl Format {
    /// The lower-case name used by the CLI (`text`, `hl7`, `fhir`, `csv`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Hl7 => "hl7",
            Format::Fhir => "fhir",
            Format::Csv => "csv",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Bytes looked at.
const PEEK: usize = 64 * 1024;

/// The format of a document from its first bytes: `MSH|`, `FHS|`, `BHS|` (after an optional
/// BOM and whitespace) → HL7; a JSON object with `"resourceType"` (or NDJSON of them) →
/// FHIR; a delimited header with the same field count on the following lines → CSV; else
/// text.
pub fn detect(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(PEEK)];
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    if is_hl7(text) {
        Format::Hl7
    } else if is_fhir(text) {
        Format::Fhir
    } else if is_csv(text, bytes.len() > PEEK) {
        Format::Csv
    } else {
        Format::Text
    }
}

fn is_hl7(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 8
        && matches!(&b[..3], b"MSH" | b"FHS" | b"BHS")
        && !b[3].is_ascii_alphanumeric()
        && !b[3].is_ascii_whitespace()
}

fn is_fhir(text: &str) -> bool {
    if !text.starts_with('{') {
        return false;
    }
    let first_line = text.lines().next().unwrap_or("");
    let window = &text[..text.len().min(4096)];
    window.contains("\"resourceType\"") || first_line.contains("\"resourceType\"")
}

/// A header of short names and at least one more line, every (complete) line with the
/// header's field count.
fn is_csv(text: &str, truncated: bool) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(20)
        .collect();
    // A header without any delimiter is prose: spare the sniffing (a parser per candidate).
    if lines.len() < 2 || !lines[0].contains([',', '\t', ';', '|']) {
        return false;
    }
    let delimiter = super::csv::sniff_delimiter(text);
    let count = |line: &str| {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(line.as_bytes());
        reader
            .records()
            .next()
            .and_then(Result::ok)
            .map_or(0, |r| r.len())
    };
    let header = count(lines[0]);
    let header_like = lines[0].split(char::from(delimiter)).all(|cell| {
        cell.len() <= 40 && cell.split_whitespace().count() <= 4 && !cell.trim_end().ends_with('.')
    });
    // The last line of a cut window may be short.
    let checked = if truncated && lines.len() > 2 {
        &lines[1..lines.len() - 1]
    } else {
        &lines[1..]
    };
    header >= 2 && header_like && checked.iter().all(|l| count(l) == header)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_apart_by_content() {
        assert_eq!(detect(b"\xEF\xBB\xBF\r\nMSH|^~\\&|A|B\rPID|1"), Format::Hl7);
        assert_eq!(detect(b"FHS|^~\\&|X\r"), Format::Hl7);
        assert_eq!(
            detect(b"  {\n  \"resourceType\": \"Bundle\"}"),
            Format::Fhir
        );
        assert_eq!(
            detect(b"{\"resourceType\":\"Patient\"}\n{\"resourceType\":\"Patient\"}\n"),
            Format::Fhir
        );
        assert_eq!(detect(b"{\"a\": 1}"), Format::Text);
        assert_eq!(
            detect(b"MRN,Name,DOB\n1,Ann,2020-01-01\n2,Bob,2020-02-02\n"),
            Format::Csv
        );
        assert_eq!(detect(b"MRN\tName\n1\tAnn\n"), Format::Csv);
        assert_eq!(
            detect(b"Patient seen today, doing well.\nFollow up in 2 weeks, as usual.\nBye"),
            Format::Text
        );
        assert_eq!(detect(b"Hello world"), Format::Text);
    }
}
