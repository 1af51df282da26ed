//! Pipe tables (bed boards, sign-out lists, lab summaries pasted as Markdown): a column's
//! header says what its cells hold. Under "Patient" or "Attending" a cell is a person
//! whatever its words ("KING, Solomon", "Farouk"); under "Age" a number of 90 or more is an
//! age; under "MRN" a code is a record number. The header must be a row of its own,
//! followed by a separator row (`|---|---|`) or directly by rows with as many cells.

use crate::{Finding, PhiKind, Span};

const DETECTOR: &str = "table.column";

/// What a column holds, by its header.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    Person,
    Age,
    RecordNumber,
    Other,
}

fn column_of(header: &str) -> Column {
    let header = header
        .trim()
        .trim_end_matches([':', '#', '.'])
        .trim()
        .to_ascii_lowercase();
    match header.as_str() {
        "patient" | "patient name" | "pt" | "pt name" | "attending" | "md" | "physician"
        | "nurse" | "rn" | "pcp" | "resident" | "surgeon" | "doctor" | "consultant"
        | "caregiver" | "intern" | "fellow" | "np" | "signed by" => Column::Person,
        "age" | "age (y)" | "age/sex" | "age / sex" => Column::Age,
        "mrn" | "mr" | "mr number" | "record" | "record number" | "chart" => Column::RecordNumber,
        _ => Column::Other,
    }
}

/// The cells of a pipe-table row that starts at byte `line_start` of the text, as byte
/// ranges (trimmed), or `None` when the line is not one.
fn cells(line_start: usize, line: &str) -> Option<Vec<(usize, usize)>> {
    let trimmed = line.trim();
    if !trimmed.starts_with('|') || trimmed.matches('|').count() < 3 {
        return None;
    }
    let offset = line_start + (line.len() - line.trim_start().len());
    let inner_start = offset + 1;
    let inner = trimmed[1..].strip_suffix('|').unwrap_or(&trimmed[1..]);
    let mut out = Vec::new();
    let mut at = inner_start;
    for part in inner.split('|') {
        let lead = part.len() - part.trim_start().len();
        let start = at + lead;
        let end = start + part.trim().len();
        out.push((start, end));
        at += part.len() + 1;
    }
    Some(out)
}

fn is_separator(cell: &str) -> bool {
    !cell.is_empty() && cell.bytes().all(|b| matches!(b, b'-' | b':' | b' '))
}

/// A person's name as a table writes it: letters, spaces, commas, full stops, apostrophes
/// and hyphens, with a capital (or all lower case, as some boards are typed).
fn looks_like_person(cell: &str) -> bool {
    let letters = cell.chars().filter(|c| c.is_alphabetic()).count();
    let lexicons = crate::lexicon::Lexicons::get();
    // "Pending", "Covering", "TBD": every word an everyday one no name list holds.
    let all_everyday = cell
        .split([' ', ',', '.'])
        .filter(|w| !w.is_empty())
        .all(|w| {
            let info = lexicons.word(&w.to_lowercase());
            info.common && info.first_name_rank.is_none() && info.surname_rank.is_none()
                || crate::detect::names::is_not_a_name(&w.to_lowercase())
        });
    letters >= 2
        && cell
            .chars()
            .all(|c| c.is_alphabetic() || " ,.'’-".contains(c))
        && cell.split_whitespace().count() <= 5
        && !all_everyday
}

/// Findings in the columns of every pipe table in `text`.
pub(super) fn find(text: &str, out: &mut Vec<Finding>) {
    let mut line_start = 0;
    let mut columns: Option<Vec<Column>> = None;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let Some(row) = cells(start, line.trim_end_matches(['\n', '\r'])) else {
            columns = None;
            continue;
        };
        let values: Vec<&str> = row.iter().map(|&(s, e)| &text[s..e]).collect();
        if values.iter().all(|v| is_separator(v) || v.is_empty()) {
            continue;
        }
        let Some(kinds) = &columns else {
            let kinds: Vec<Column> = values.iter().map(|v| column_of(v)).collect();
            // A header names at least one column we read; otherwise it is data.
            if kinds.iter().any(|k| *k != Column::Other) {
                columns = Some(kinds);
            }
            continue;
        };
        if kinds.len() != values.len() {
            columns = None;
            continue;
        }
        for ((kind, value), &(s, e)) in kinds.iter().zip(&values).zip(&row) {
            let finding = match kind {
                Column::Person if looks_like_person(value) => Some(PhiKind::Name),
                Column::Age => {
                    let digits = value.bytes().take_while(u8::is_ascii_digit).count();
                    let age: u32 = value[..digits].parse().unwrap_or(0);
                    let rest = value[digits..].trim_start();
                    let unit_ok = rest.is_empty()
                        || rest.starts_with(['y', 'Y', 'F', 'M', 'f', 'm', '/', ' ']);
                    if (90..=120).contains(&age) && unit_ok {
                        out.push(Finding::new(
                            Span::new(s, s + digits),
                            PhiKind::Age90Plus,
                            0.85,
                            DETECTOR,
                        ));
                    }
                    None
                }
                Column::RecordNumber
                    if value.len() >= 4 && value.bytes().any(|b| b.is_ascii_digit()) =>
                {
                    Some(PhiKind::Mrn)
                }
                _ => None,
            };
            if let Some(kind) = finding {
                out.push(Finding::new(Span::new(s, e), kind, 0.85, DETECTOR));
            }
        }
    }
}
