//! Delimited text (CSV, TSV, `;` and `|` separated), streamed row by row.
//!
//! The delimiter is sniffed from the first lines; each column gets a [`Hint`] from its header
//! (`Pt Name`, `DOB`, `Med Rec #`, `SocSec`, `Notes` ...) and from a sample of its first
//! values ([`plan`]). Every row is one document: its structured cells are replaced whole,
//! and their values are searched for in the row's free-text cells. The subject is the MRN
//! column (found from the header or given). Rows without a change are written byte for
//! byte; changed cells are quoted when the input quoted them or when they now need it.
//! Memory stays constant: one row at a time.

use std::fmt;
use std::io::{BufRead, BufReader, Read, Write};

use crate::adapters::ordinal;
use crate::{Change, Engine, Error, Field, Hint, PhiKind, Subject};

/// Rows sampled to classify columns.
const SAMPLE_ROWS: usize = 50;
/// Bytes read ahead at most to sniff and sample.
const SAMPLE_BYTES: usize = 256 * 1024;

/// How one column is treated.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnInfo {
    /// The header name (or `column N` without a header).
    pub name: String,
    /// The hint given to every cell (`Kind(Age90Plus)` transforms only ages of 90 or more).
    pub hint: Hint,
    /// Why: the header matched, or what sampling found.
    pub reason: String,
}

/// The plan for a delimited file: delimiter, header, per-column treatment, subject column.
#[derive(Debug, Clone, PartialEq)]
pub struct ColumnPlan {
    /// The field delimiter.
    pub delimiter: u8,
    /// Whether the first row is a header.
    pub has_header: bool,
    /// One entry per column.
    pub columns: Vec<ColumnInfo>,
    /// The column holding the subject (MRN), if any.
    pub subject_column: Option<usize>,
}

impl fmt::Display for ColumnPlan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let delimiter = match self.delimiter {
            b'\t' => "tab".to_string(),
            d => format!("'{}'", char::from(d)),
        };
        writeln!(
            f,
            "delimiter {delimiter}, header {}",
            if self.has_header { "yes" } else { "no" }
        )?;
        for (index, column) in self.columns.iter().enumerate() {
            let hint = match column.hint {
                Hint::Kind(kind) => kind.to_string(),
                Hint::FreeText => "FREE_TEXT".to_string(),
                Hint::Keep => "KEEP".to_string(),
            };
            let subject = if self.subject_column == Some(index) {
                " (subject)"
            } else {
                ""
            };
            writeln!(
                f,
                "{:>3}  {:<24} {:<16} {}{}",
                ordinal(index),
                column.name,
                hint,
                column.reason,
                subject
            )?;
        }
        Ok(())
    }
}

/// What a CSV run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CsvSummary {
    /// Data rows read (header excluded).
    pub rows: usize,
    /// Rows in which something changed.
    pub changed_rows: usize,
    /// Values replaced.
    pub changes: usize,
}

/// A raw record: its fields, whether each was quoted, its terminator and first line.
struct Record {
    fields: Vec<String>,
    quoted: Vec<bool>,
    raw: String,
    line: usize,
}

/// Reads raw records (RFC 4180) from a stream, keeping each record's bytes.
struct RecordReader<R: BufRead> {
    input: R,
    delimiter: u8,
    line: usize,
}

impl<R: BufRead> RecordReader<R> {
    fn new(input: R, delimiter: u8) -> Self {
        RecordReader {
            input,
            delimiter,
            line: 0,
        }
    }

    /// The next record; `None` at end of input. Blank lines come back with no fields.
    fn next_record(&mut self) -> Result<Option<Record>, Error> {
        let mut raw = Vec::new();
        let start = self.line + 1;
        loop {
            let read = self
                .input
                .read_until(b'\n', &mut raw)
                .map_err(|e| io_error(start, &e))?;
            if read == 0 {
                if raw.is_empty() {
                    return Ok(None);
                }
                if in_quotes(&raw) {
                    return Err(parse_error(start, "unterminated quoted field"));
                }
                break;
            }
            self.line += 1;
            if !in_quotes(&raw) {
                break;
            }
        }
        let raw = String::from_utf8(raw).map_err(|_| parse_error(start, "not valid UTF-8"))?;
        let (fields, quoted) = split_record(content_of(&raw), self.delimiter)
            .map_err(|reason| parse_error(start, reason))?;
        Ok(Some(Record {
            fields,
            quoted,
            raw,
            line: start,
        }))
    }
}

/// True when a record's bytes end inside a quoted field.
fn in_quotes(raw: &[u8]) -> bool {
    raw.iter().filter(|b| **b == b'"').count() % 2 == 1
}

/// The record without its terminator.
fn content_of(raw: &str) -> &str {
    raw.trim_end_matches('\n').trim_end_matches('\r')
}

/// Split one record into unquoted values and quoted flags. A closing quote must be followed
/// by the delimiter or the end of the record.
fn split_record(content: &str, delimiter: u8) -> Result<(Vec<String>, Vec<bool>), String> {
    if content.is_empty() {
        return Ok((Vec::new(), Vec::new()));
    }
    let bytes = content.as_bytes();
    let mut fields = Vec::new();
    let mut quoted = Vec::new();
    let mut i = 0;
    loop {
        if bytes.get(i) == Some(&b'"') {
            let mut value = Vec::new();
            i += 1;
            loop {
                match bytes.get(i) {
                    Some(b'"') if bytes.get(i + 1) == Some(&b'"') => {
                        value.push(b'"');
                        i += 2;
                    }
                    Some(b'"') => {
                        i += 1;
                        break;
                    }
                    Some(b) => {
                        value.push(*b);
                        i += 1;
                    }
                    None => return Err("unterminated quoted field".into()),
                }
            }
            if i < bytes.len() && bytes[i] != delimiter {
                return Err(format!(
                    "characters after the closing quote of field {}",
                    fields.len() + 1
                ));
            }
            fields.push(String::from_utf8(value).map_err(|_| "not valid UTF-8".to_string())?);
            quoted.push(true);
        } else {
            let end = bytes[i..]
                .iter()
                .position(|b| *b == delimiter)
                .map_or(bytes.len(), |p| i + p);
            fields.push(content[i..end].to_string());
            quoted.push(false);
            i = end;
        }
        if i >= bytes.len() {
            break;
        }
        i += 1;
        if i == bytes.len() {
            fields.push(String::new());
            quoted.push(false);
            break;
        }
    }
    Ok((fields, quoted))
}

fn parse_error(line: usize, reason: impl Into<String>) -> Error {
    Error::Parse {
        format: "csv",
        location: format!("line {line}"),
        reason: reason.into(),
    }
}

fn io_error(line: usize, e: &std::io::Error) -> Error {
    parse_error(line, format!("read failed: {}", e.kind()))
}

/// Guess the delimiter: the candidate (`,` tab `;` `|`) that splits the sampled lines into
/// the same number (> 1) of fields most often, parsed with the `csv` crate.
pub fn sniff_delimiter(sample: &str) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for candidate in [b',', b'\t', b';', b'|'] {
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(candidate)
            .has_headers(false)
            .flexible(true)
            .from_reader(sample.as_bytes());
        let counts: Vec<usize> = reader
            .records()
            .take(20)
            .map_while(Result::ok)
            .map(|r| r.len())
            .collect();
        let Some(&first) = counts.first() else {
            continue;
        };
        if first < 2 {
            continue;
        }
        // Whole lines only: the last sampled record may be cut short.
        let complete = &counts[..counts.len().saturating_sub(1).max(1)];
        let consistent = complete.iter().filter(|c| **c == first).count();
        if (consistent, first) > (best.1, best.2) {
            best = (candidate, consistent, first);
        }
    }
    best.0
}

/// Classify the columns of a file from its beginning (`sample`: the first lines). The subject
/// column is `subject_column` when given (an error names it if missing), else the first
/// column classified as MRN.
pub fn plan(
    engine: &Engine,
    sample: &str,
    subject_column: Option<&str>,
) -> Result<ColumnPlan, Error> {
    let sample = sample.strip_prefix('\u{feff}').unwrap_or(sample);
    let delimiter = sniff_delimiter(sample);
    let mut reader = RecordReader::new(sample.as_bytes(), delimiter);
    let mut rows = Vec::new();
    while rows.len() <= SAMPLE_ROWS {
        match reader.next_record() {
            Ok(Some(record)) if record.fields.is_empty() => continue,
            Ok(Some(record)) => rows.push(record.fields),
            Ok(None) => break,
            // The sample may end inside a record; what was read is enough.
            Err(_) if !rows.is_empty() => break,
            Err(e) => return Err(e),
        }
    }
    let Some(first) = rows.first() else {
        return Err(parse_error(1, "no rows"));
    };
    let has_header = looks_like_header(engine, first);
    let width = first.len();
    let names: Vec<String> = if has_header {
        first.clone()
    } else {
        (0..width)
            .map(|i| format!("column {}", ordinal(i)))
            .collect()
    };
    let data = &rows[usize::from(has_header)..];
    let mut columns: Vec<ColumnInfo> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let values: Vec<&str> = data
                .iter()
                .filter_map(|r| r.get(i))
                .map(String::as_str)
                .collect();
            classify_column(engine, name, has_header, &values)
        })
        .collect();
    let subject = match subject_column {
        Some(wanted) => Some(
            names
                .iter()
                .position(|n| n.trim().eq_ignore_ascii_case(wanted.trim()))
                .ok_or_else(|| Error::Parse {
                    format: "csv",
                    location: "header".into(),
                    reason: format!("subject column `{wanted}` not found"),
                })?,
        ),
        None => columns
            .iter()
            .position(|c| c.hint == Hint::Kind(PhiKind::Mrn)),
    };
    if let Some(index) = subject {
        let column = &mut columns[index];
        column.hint = Hint::Kind(PhiKind::Mrn);
        column.reason = format!("{}; subject (MRN)", column.reason);
    }
    Ok(ColumnPlan {
        delimiter,
        has_header,
        columns,
        subject_column: subject,
    })
}

/// A first row is a header when every cell has a letter and none is a number or, whole, PHI
/// (a header name known to this module always counts as a header cell).
fn looks_like_header(engine: &Engine, row: &[String]) -> bool {
    row.iter().all(|cell| {
        let cell = cell.trim();
        let whole_phi = engine
            .scan_text(cell)
            .iter()
            .any(|f| f.span.start() == 0 && f.span.end() == cell.len() && f.confidence >= 0.9);
        header_kind(cell).is_some()
            || (cell.chars().any(char::is_alphabetic) && cell.parse::<f64>().is_err() && !whole_phi)
    })
}

/// What a header name says about its column.
#[derive(Debug, Clone, Copy, PartialEq)]
enum HeaderKind {
    Kind(PhiKind),
    Free,
}

/// Classify a header name (`Pt Name`, `Birth Dt`, `Med Rec #`, `E-mail` ...).
fn header_kind(name: &str) -> Option<HeaderKind> {
    use PhiKind::*;
    let lower = name.to_lowercase();
    let norm: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |parts: &[&str]| parts.iter().any(|p| norm.contains(p));
    let word = |parts: &[&str]| parts.iter().any(|p| words.contains(p));
    let kind = if has(&["ssn", "socsec", "socialsec"]) || word(&["sin", "ss"]) {
        Ssn
    } else if has(&[
        "mrn",
        "medrec",
        "medicalrecord",
        "patientid",
        "patid",
        "chartno",
        "chartnum",
        "hospitalnumber",
        "recordnumber",
    ]) || word(&["chart"])
        || norm == "ptid"
    {
        Mrn
    } else if has(&["email", "mail"]) {
        Email
    } else if has(&["fax"]) {
        Fax
    } else if has(&["phone", "tel", "mobile", "cell", "pager"]) {
        Phone
    } else if has(&["zip", "postal", "postcode"]) {
        Zip
    } else if has(&["county"]) {
        County
    } else if has(&["city", "town"]) {
        City
    } else if has(&["address", "street", "addr"]) {
        StreetAddress
    } else if has(&[
        "dob",
        "birth",
        "date",
        "dttm",
        "timestamp",
        "admit",
        "discharg",
        "death",
        "dod",
    ]) || words.last() == Some(&"dt")
    {
        Date
    } else if norm == "age" || words.contains(&"age") {
        Age90Plus
    } else if has(&["ipaddr"]) || word(&["ip"]) {
        IpAddress
    } else if has(&["url", "website"]) {
        Url
    } else if has(&["license", "licence", "npi", "dea"]) || word(&["dl"]) {
        LicenseNumber
    } else if has(&["account", "acct"]) {
        AccountNumber
    } else if has(&[
        "insurance",
        "member",
        "policy",
        "subscriber",
        "medicaid",
        "medicare",
        "mbi",
        "healthplan",
    ]) {
        HealthPlanId
    } else if has(&["device", "serial"]) {
        DeviceId
    } else if has(&["vin", "vehicle", "plate"]) {
        VehicleId
    } else if is_name_header(&norm, &words) {
        Name
    } else if has(&[
        "note",
        "comment",
        "text",
        "narrative",
        "descr",
        "remark",
        "history",
        "summary",
        "impression",
        "finding",
        "message",
        "reason",
    ]) {
        return Some(HeaderKind::Free);
    } else if words
        .last()
        .is_some_and(|w| *w == "id" || *w == "no" || *w == "number" || *w == "num")
        || norm.ends_with("id") && norm.len() <= 6
    {
        OtherId
    } else {
        return None;
    };
    Some(HeaderKind::Kind(kind))
}

/// Names of people (not of drugs, tests, facilities).
fn is_name_header(norm: &str, words: &[&str]) -> bool {
    const NOT_PEOPLE: [&str; 10] = [
        "drug", "med", "test", "lab", "facility", "hospital", "org", "product", "file", "code",
    ];
    if NOT_PEOPLE.iter().any(|w| norm.contains(w)) {
        return false;
    }
    norm.contains("name")
        || [
            "patient",
            "pt",
            "first",
            "last",
            "surname",
            "given",
            "family",
            "middle",
            "mother",
            "father",
            "guardian",
            "physician",
            "doctor",
            "provider",
            "attending",
            "nurse",
            "clinician",
            "author",
            "signedby",
        ]
        .iter()
        .any(|w| words.contains(w) || norm == *w)
}

/// Classify one column from its header and its sampled values.
fn classify_column(engine: &Engine, name: &str, has_header: bool, values: &[&str]) -> ColumnInfo {
    let info = |hint, reason: String| ColumnInfo {
        name: name.to_string(),
        hint,
        reason,
    };
    match has_header.then(|| header_kind(name)).flatten() {
        Some(HeaderKind::Kind(kind)) => return info(Hint::Kind(kind), "header name".into()),
        Some(HeaderKind::Free) => return info(Hint::FreeText, "header name (free text)".into()),
        None => {}
    }
    let present: Vec<&str> = values
        .iter()
        .map(|v| v.trim())
        .filter(|v| !v.is_empty())
        .collect();
    if present.is_empty() {
        return info(Hint::FreeText, "no sample values".into());
    }
    let mut whole_kind: Option<PhiKind> = None;
    let mut all_whole = true;
    let mut any_finding = false;
    for value in &present {
        let findings = engine.scan_text(value);
        any_finding |= !findings.is_empty();
        let whole = match findings.as_slice() {
            [f] if f.span.start() == 0 && f.span.end() == value.len() => Some(f.kind),
            _ => None,
        };
        match (whole, whole_kind) {
            (Some(kind), None) => whole_kind = Some(kind),
            (Some(kind), Some(seen)) if kind == seen => {}
            _ => all_whole = false,
        }
    }
    if let (true, Some(kind)) = (all_whole, whole_kind) {
        return info(
            Hint::Kind(kind),
            format!("all {} sampled values are {kind}", present.len()),
        );
    }
    if any_finding {
        return info(Hint::FreeText, "PHI found in sampled values".into());
    }
    if present.iter().all(|v| is_code_like(v)) {
        return info(
            Hint::Keep,
            format!(
                "numbers/codes, nothing found in {} sampled values",
                present.len()
            ),
        );
    }
    let distinct: std::collections::HashSet<&&str> = present.iter().collect();
    if present.len() >= 20 && distinct.len() <= 10 {
        return info(
            Hint::Keep,
            format!(
                "{} distinct values in {} samples, nothing found",
                distinct.len(),
                present.len()
            ),
        );
    }
    info(Hint::FreeText, "text; scanned cell by cell".into())
}

/// Numbers, measurements and codes: `98.6`, `E11.9`, `120/80`, `<0.5 mg/dL`, `POS`.
fn is_code_like(value: &str) -> bool {
    value.len() <= 24
        && value.chars().any(|c| c.is_ascii_digit())
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " .,+-/%<>=:_^()".contains(c))
        && value.split_whitespace().count() <= 3
}

/// De-identify a delimited file from `input` to `output`, one row at a time. Changes go to
/// `on_changes` per row (`row 12`). Errors name the line (1-based), never a value.
pub fn deidentify_with<R: Read, W: Write>(
    engine: &Engine,
    input: R,
    mut output: W,
    subject_column: Option<&str>,
    mut on_changes: impl FnMut(String, Vec<Change>),
) -> Result<CsvSummary, Error> {
    let mut input = BufReader::new(input);
    let head = read_head(&mut input)?;
    let column_plan = plan(engine, &head, subject_column)?;
    let mut reader = RecordReader::new(
        std::io::Cursor::new(head.into_bytes()).chain(input),
        column_plan.delimiter,
    );
    let mut summary = CsvSummary::default();
    let write_err =
        |line: usize, e: std::io::Error| parse_error(line, format!("write failed: {}", e.kind()));
    let mut header_seen = !column_plan.has_header;
    while let Some(record) = reader.next_record()? {
        if record.fields.is_empty() {
            output
                .write_all(record.raw.as_bytes())
                .map_err(|e| write_err(record.line, e))?;
            continue;
        }
        let expected = column_plan.columns.len();
        if record.fields.len() != expected {
            return Err(parse_error(
                record.line,
                format!("expected {expected} fields, found {}", record.fields.len()),
            ));
        }
        if !header_seen {
            header_seen = true;
            output
                .write_all(record.raw.as_bytes())
                .map_err(|e| write_err(record.line, e))?;
            continue;
        }
        summary.rows += 1;
        let (written, changes) = scrub_row(engine, &column_plan, &record);
        if !changes.is_empty() {
            summary.changed_rows += 1;
            summary.changes += changes.len();
            on_changes(format!("row {}", summary.rows), changes);
        }
        output
            .write_all(written.as_bytes())
            .map_err(|e| write_err(record.line, e))?;
    }
    output.flush().map_err(|e| write_err(reader.line, e))?;
    Ok(summary)
}

/// [`deidentify_with`] without collecting changes.
pub fn deidentify<R: Read, W: Write>(
    engine: &Engine,
    input: R,
    output: W,
    subject_column: Option<&str>,
) -> Result<CsvSummary, Error> {
    deidentify_with(engine, input, output, subject_column, |_, _| {})
}

/// The first lines (up to [`SAMPLE_ROWS`] + 1, at most [`SAMPLE_BYTES`]) for sniffing, cut
/// at a character boundary.
fn read_head<R: BufRead>(input: &mut R) -> Result<String, Error> {
    let mut head = Vec::new();
    let mut lines = 0;
    while lines <= SAMPLE_ROWS && head.len() < SAMPLE_BYTES {
        let read = input
            .read_until(b'\n', &mut head)
            .map_err(|e| io_error(lines + 1, &e))?;
        if read == 0 {
            break;
        }
        lines += 1;
    }
    String::from_utf8(head).map_err(|e| {
        let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        parse_error(line, "not valid UTF-8")
    })
}

/// Scrub one row: structured cells replaced, free-text cells scanned, all in one engine call
/// with the row's subject. Returns the row to write (the raw bytes when nothing changed).
fn scrub_row(engine: &Engine, plan: &ColumnPlan, record: &Record) -> (String, Vec<Change>) {
    let subject = plan
        .subject_column
        .and_then(|i| record.fields.get(i))
        .filter(|v| !v.trim().is_empty())
        .map(Subject::new);
    let mut fields = Vec::new();
    let mut columns = Vec::new();
    for (index, (value, column)) in record.fields.iter().zip(&plan.columns).enumerate() {
        let hint = cell_hint(column.hint, value);
        if hint == Hint::Keep || value.trim().is_empty() {
            continue;
        }
        fields.push(Field::new(
            format!("column:{}", column.name),
            value.as_str(),
            hint,
        ));
        columns.push(index);
    }
    let results = engine.deidentify_fields(&fields, subject.as_ref());
    let mut new_values: Vec<Option<String>> = vec![None; record.fields.len()];
    let mut changes = Vec::new();
    for ((index, field), result) in columns.into_iter().zip(&fields).zip(results) {
        if result.value != field.value {
            new_values[index] = Some(result.value);
            changes.extend(result.changes);
        }
    }
    if new_values.iter().all(Option::is_none) {
        return (record.raw.clone(), changes);
    }
    (write_record(plan.delimiter, record, &new_values), changes)
}

/// A cell's hint: an age column transforms only ages of 90 or more.
fn cell_hint(column: Hint, value: &str) -> Hint {
    match column {
        Hint::Kind(PhiKind::Age90Plus) => match value.trim().parse::<f64>() {
            Ok(age) if age < 90.0 => Hint::Keep,
            Ok(_) => column,
            Err(_) => Hint::FreeText,
        },
        other => other,
    }
}

/// A record with some values replaced: unchanged fields as they were written, changed ones
/// quoted when the input quoted them or when they need it; the terminator kept.
fn write_record(delimiter: u8, record: &Record, new_values: &[Option<String>]) -> String {
    let content = content_of(&record.raw);
    let terminator = &record.raw[content.len()..];
    let delimiter_char = char::from(delimiter);
    let mut out = String::with_capacity(record.raw.len() + 16);
    for (index, value) in record.fields.iter().enumerate() {
        if index > 0 {
            out.push(delimiter_char);
        }
        let value = new_values
            .get(index)
            .and_then(Option::as_ref)
            .unwrap_or(value);
        let quoted = record.quoted.get(index).copied().unwrap_or(false);
        let needs = value.contains([delimiter_char, '"', '\n', '\r']);
        if quoted || needs {
            out.push('"');
            out.push_str(&value.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(value);
        }
    }
    out.push_str(terminator);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KeyRing, Policy};

    fn engine() -> Engine {
        Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [7; 32]))
    }

    fn run(input: &str, subject: Option<&str>) -> Result<String, Error> {
        let mut out = Vec::new();
        deidentify(&engine(), input.as_bytes(), &mut out, subject)?;
        Ok(String::from_utf8(out).unwrap())
    }

    const CSV: &str = "Med Rec #,Pt Name,DOB,SocSec,Zip Code,Glucose,ICD10,Notes\r\n\
MRN483920,\"Doe, John\",04/12/1965,123-45-6789,62704,105,E11.9,\"Doe says \"\"hi\"\"; call 217-555-0199\"\r\n\
MRN000111,Ann Lee,01/02/1980,987-65-4321,02139,98,I10,stable\r\n";

    #[test]
    fn columns_are_classified_from_headers_and_samples() {
        let p = plan(&engine(), CSV, None).unwrap();
        assert_eq!(p.delimiter, b',');
        assert!(p.has_header);
        let hints: Vec<Hint> = p.columns.iter().map(|c| c.hint).collect();
        assert_eq!(hints[0], Hint::Kind(PhiKind::Mrn));
        assert_eq!(hints[1], Hint::Kind(PhiKind::Name));
        assert_eq!(hints[2], Hint::Kind(PhiKind::Date));
        assert_eq!(hints[3], Hint::Kind(PhiKind::Ssn));
        assert_eq!(hints[4], Hint::Kind(PhiKind::Zip));
        assert_eq!(hints[5], Hint::Keep);
        assert_eq!(hints[6], Hint::Keep);
        assert_eq!(hints[7], Hint::FreeText);
        assert_eq!(p.subject_column, Some(0));
        assert!(p.to_string().contains("Pt Name"));
    }

    #[test]
    fn rows_are_scrubbed_and_quoting_preserved() {
        let out = run(CSV, None).unwrap();
        for phi in [
            "MRN483920",
            "Doe",
            "John",
            "04/12/1965",
            "123-45-6789",
            "62704",
            "217-555-0199",
            "Ann Lee",
        ] {
            assert!(!out.contains(phi), "{phi} leaked: {out}");
        }
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(lines[0], CSV.split("\r\n").next().unwrap());
        assert!(lines[1].contains(",105,E11.9,\""), "{}", lines[1]);
        let mut reader = ::csv::Reader::from_reader(out.as_bytes());
        let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 2);
        assert!(lines[1].split(',').nth(1).unwrap().starts_with('"'));
    }

    #[test]
    fn subject_and_mrn_token_match_the_engine() {
        let e = engine();
        let mut out = Vec::new();
        deidentify(&e, CSV.as_bytes(), &mut out, Some("med rec #")).unwrap();
        let out = String::from_utf8(out).unwrap();
        let mrn = e
            .transform_value(PhiKind::Mrn, "MRN483920", "x", None)
            .unwrap();
        let dob = e
            .transformer()
            .shift_date("04/12/1965", Some(&Subject::new("MRN483920")));
        assert!(
            out.contains(&format!("{mrn},")) && out.contains(&dob),
            "{out}"
        );
        assert!(
            run(CSV, Some("Nope"))
                .unwrap_err()
                .to_string()
                .contains("Nope")
        );
    }

    #[test]
    fn ragged_rows_and_broken_quotes_name_the_line() {
        let err = run("a,b,c\n1,2,3\n4,5\n", None).unwrap_err().to_string();
        assert!(err.contains("line 3") && !err.contains("4,5"), "{err}");
        let err = run("a,b\n1,\"x\"y\n", None).unwrap_err().to_string();
        assert!(err.contains("line 2"), "{err}");
        let err = run("a,b\n1,2\n3,\"open\n", None).unwrap_err().to_string();
        assert!(err.contains("line 3"), "{err}");
    }

    #[test]
    fn delimiters_are_sniffed() {
        assert_eq!(sniff_delimiter("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_delimiter("a;b;c\n1,5;2;3\n"), b';');
        assert_eq!(sniff_delimiter("a|b\n1|2\n"), b'|');
        let out = run("Patient Name|Comments\nJohn Smith|Smith is better\n", None).unwrap();
        assert!(!out.contains("Smith"), "{out}");
        assert!(out.starts_with("Patient Name|Comments\n"));
    }

    #[test]
    fn quoted_newlines_and_untouched_rows_are_byte_identical() {
        let input = "code,value\n\"A\nB\",\"1\"\n";
        let out = run(input, None).unwrap();
        assert_eq!(out, input);
    }
}
