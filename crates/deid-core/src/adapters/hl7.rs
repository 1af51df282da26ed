//! HL7 v2 (ER7, pipe-delimited): messages, batches and files.
//!
//! Each message (from one `MSH` to the next) is one document: its leaves (subcomponents)
//! become [`Field`]s with hints from the field map ([`fields`]), PID-3's first identifier
//! is the [`Subject`], and the engine scrubs them in one call, so a name from PID-5 is also
//! found where it reappears in an OBX or NTE comment. Batch and file envelopes
//! (`FHS`/`BHS`/`BTS`/`FTS`) are documents of their own.
//!
//! The output is the same message: same segments in the same order, same delimiters and
//! segment terminators, only values changed. Values are unescaped (`\F\`, `\S\`, `\T\`,
//! `\R\`, `\E\`, `\Xhh\`, `\.br\`) before detection and replacements re-escaped; leaves that
//! do not change keep their original bytes.

mod fields;

use std::collections::BTreeMap;

use self::fields::{LeafContext, Spec, field_spec, leaf_hint};
use crate::adapters::ordinal;
use crate::{Change, Engine, Error, Field, Hint, PhiKind, Subject};

/// A de-identified HL7 v2 file.
#[derive(Debug, Clone, PartialEq)]
pub struct Hl7Output {
    /// The de-identified file, same segments, delimiters and terminators.
    pub text: String,
    /// Per document (`message 1`, `batch header (line 1)`, ...) the changes made in it.
    pub changes: Vec<(String, Vec<Change>)>,
}

/// The delimiters of a message, from MSH-1 and MSH-2 (or FHS/BHS).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Delimiters {
    /// Field separator (MSH-1), usually `|`.
    pub field: char,
    /// Component separator, usually `^`.
    pub component: char,
    /// Repetition separator, usually `~`.
    pub repetition: char,
    /// Escape character, usually `\`; absent in some old messages.
    pub escape: Option<char>,
    /// Subcomponent separator, usually `&`.
    pub subcomponent: char,
}

impl Default for Delimiters {
    fn default() -> Delimiters {
        Delimiters {
            field: '|',
            component: '^',
            repetition: '~',
            escape: Some('\\'),
            subcomponent: '&',
        }
    }
}

impl Delimiters {
    /// Read the delimiters of a header segment (`MSH|^~\&|...`). The reason is returned when
    /// they are missing or unusable.
    pub fn from_header(line: &str) -> Result<Delimiters, String> {
        let mut chars = line.chars().skip(3);
        let field = chars.next().ok_or("MSH-1 (field separator) is missing")?;
        if field.is_alphanumeric() || field.is_whitespace() {
            return Err("MSH-1 (field separator) is not a delimiter".into());
        }
        let encoding: Vec<char> = chars.take_while(|c| *c != field).collect();
        if encoding.len() < 2 {
            return Err("MSH-2 (encoding characters) has fewer than 2 characters".into());
        }
        let default = Delimiters::default();
        let delimiters = Delimiters {
            field,
            component: encoding[0],
            repetition: encoding[1],
            escape: encoding.get(2).copied(),
            subcomponent: encoding.get(3).copied().unwrap_or(default.subcomponent),
        };
        let all = [
            Some(delimiters.field),
            Some(delimiters.component),
            Some(delimiters.repetition),
            delimiters.escape,
            Some(delimiters.subcomponent),
        ];
        let distinct: std::collections::HashSet<_> = all.iter().flatten().collect();
        if distinct.len() != all.iter().flatten().count()
            || all.iter().flatten().any(|c| c.is_alphanumeric())
        {
            return Err(
                "MSH-1/MSH-2 delimiters are not distinct non-alphanumeric characters".into(),
            );
        }
        Ok(delimiters)
    }

    /// Is `c` one of the delimiters (including the escape character)?
    fn is_delimiter(&self, c: char) -> bool {
        c == self.field
            || c == self.component
            || c == self.repetition
            || c == self.subcomponent
            || Some(c) == self.escape
    }
}

/// Resolve escape sequences: delimiters (`\F\ \S\ \T\ \R\ \E\`), `\Xhh..\` (hex bytes,
/// UTF-8), `\.br\` and `\.sp\` (line breaks); other formatting sequences (`\H\`, `\N\`,
/// `\.in\`, `\Z..\` ...) are dropped. An unknown or unterminated sequence stays as written.
pub fn unescape(raw: &str, d: &Delimiters) -> String {
    let Some(esc) = d.escape else {
        return raw.to_string();
    };
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(start) = rest.find(esc) {
        out.push_str(&rest[..start]);
        let after = &rest[start + esc.len_utf8()..];
        let Some(len) = after.find(esc) else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = &after[..len];
        match resolve_escape(name, d) {
            Some(text) => out.push_str(&text),
            None => out.push_str(&rest[start..start + esc.len_utf8() * 2 + len]),
        }
        rest = &after[len + esc.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// The text an escape sequence stands for; `None` when unknown.
fn resolve_escape(name: &str, d: &Delimiters) -> Option<String> {
    let text = match name {
        "F" => d.field.to_string(),
        "S" => d.component.to_string(),
        "T" => d.subcomponent.to_string(),
        "R" => d.repetition.to_string(),
        "E" => d.escape.map(String::from).unwrap_or_default(),
        "H" | "N" | ".fi" | ".nf" | ".ce" => String::new(),
        ".br" => "\n".to_string(),
        _ if name.starts_with(".sp") => "\n".to_string(),
        _ if name.starts_with(".in") || name.starts_with(".ti") || name.starts_with(".sk") => {
            String::new()
        }
        _ if name.starts_with('X') => decode_hex(&name[1..])?,
        _ if name.starts_with(['Z', 'C', 'M']) => String::new(),
        _ => return None,
    };
    Some(text)
}

fn decode_hex(hex: &str) -> Option<String> {
    if hex.is_empty() || !hex.len().is_multiple_of(2) || !hex.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .filter_map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
        .collect();
    String::from_utf8(bytes).ok()
}

/// Escape a value for writing into a message: delimiters become `\F\ \S\ \T\ \R\ \E\`, line
/// breaks `\.br\`, carriage returns `\X0D\`. Without an escape character, delimiters and
/// line breaks become spaces.
pub fn escape(value: &str, d: &Delimiters) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        let Some(esc) = d.escape else {
            out.push(if d.is_delimiter(c) || c == '\n' || c == '\r' {
                ' '
            } else {
                c
            });
            continue;
        };
        let name = match c {
            _ if c == d.field => "F",
            _ if c == d.component => "S",
            _ if c == d.subcomponent => "T",
            _ if c == d.repetition => "R",
            _ if c == esc => "E",
            '\n' => ".br",
            '\r' => "X0D",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push(esc);
        out.push_str(name);
        out.push(esc);
    }
    out
}

/// One line of the input and the terminator that ended it (`\r`, `\n`, `\r\n` or none).
struct Line<'a> {
    text: &'a str,
    end: &'a str,
}

fn split_lines(input: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let bytes = input.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let width = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => 2,
            (b'\r' | b'\n', _) => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        lines.push(Line {
            text: &input[start..i],
            end: &input[i..i + width],
        });
        i += width;
        start = i;
    }
    if start < input.len() {
        lines.push(Line {
            text: &input[start..],
            end: "",
        });
    }
    lines
}

/// The segment id of a line (`PID`), when the line is a segment under `d`.
fn segment_id<'a>(line: &'a str, d: &Delimiters) -> Option<&'a str> {
    let id = line.get(..3)?;
    if !id
        .bytes()
        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        || !id.as_bytes()[0].is_ascii_uppercase()
    {
        return None;
    }
    if is_header(id) {
        return Some(id);
    }
    match line[3..].chars().next() {
        None => Some(id),
        Some(c) if c == d.field => Some(id),
        _ => None,
    }
}

fn is_header(id: &str) -> bool {
    matches!(id, "MSH" | "FHS" | "BHS")
}

/// One document of the file: a message or a batch/file envelope segment.
struct Document {
    name: String,
    lines: Vec<usize>,
}

/// A parsed line: its segment id, delimiters and raw fields (index 0 is the id).
struct Parsed<'a> {
    id: Option<&'a str>,
    delimiters: Delimiters,
    parts: Vec<&'a str>,
    /// Empty or whitespace only.
    blank: bool,
}

/// Where a field handed to the engine came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Loc {
    /// A leaf: line, part (field index in the split line), repetition, component and
    /// subcomponent (0-based).
    Leaf(usize, usize, usize, usize, usize),
    /// A whole line that is not a segment (scanned as free text).
    Line(usize),
}

/// De-identify an HL7 v2 file: one message, several messages, or a batch
/// (`FHS`/`BHS`...`BTS`/`FTS`). Errors name the line and segment, never a value.
pub fn deidentify(engine: &Engine, input: &str) -> Result<Hl7Output, Error> {
    let (bom, body) = match input.strip_prefix('\u{feff}') {
        Some(rest) => ("\u{feff}", rest),
        None => ("", input),
    };
    let lines = split_lines(body);
    let parsed = parse_lines(&lines)?;
    let documents = group_documents(&parsed);
    let mut replaced: BTreeMap<Loc, String> = BTreeMap::new();
    let mut changes = Vec::with_capacity(documents.len());
    for document in &documents {
        let doc_changes = scrub_document(engine, document, &lines, &parsed, &mut replaced);
        changes.push((document.name.clone(), doc_changes));
    }
    let text = write_lines(bom, &lines, &parsed, &replaced);
    Ok(Hl7Output { text, changes })
}

fn parse_error(line: usize, reason: impl Into<String>) -> Error {
    Error::Parse {
        format: "hl7",
        location: format!("line {}", ordinal(line)),
        reason: reason.into(),
    }
}

/// Parse every line with the delimiters of the header (MSH/FHS/BHS) before it. The first
/// non-blank line must be a header.
fn parse_lines<'a>(lines: &[Line<'a>]) -> Result<Vec<Parsed<'a>>, Error> {
    let first = lines.iter().position(|l| !l.text.trim().is_empty());
    let Some(first) = first else {
        return Err(parse_error(0, "no segments (empty input)"));
    };
    if !lines[first].text.get(..3).is_some_and(is_header) {
        return Err(parse_error(
            first,
            "expected an MSH, FHS or BHS segment first",
        ));
    }
    let mut delimiters = Delimiters::default();
    let mut parsed = Vec::with_capacity(lines.len());
    for (index, line) in lines.iter().enumerate() {
        if line.text.get(..3).is_some_and(is_header) {
            delimiters =
                Delimiters::from_header(line.text).map_err(|reason| parse_error(index, reason))?;
        }
        let id = segment_id(line.text, &delimiters);
        let parts = match id {
            Some(_) => line.text.split(delimiters.field).collect(),
            None => Vec::new(),
        };
        let blank = line.text.trim().is_empty();
        parsed.push(Parsed {
            id,
            delimiters,
            parts,
            blank,
        });
    }
    Ok(parsed)
}

/// Group lines into documents: each MSH starts a message; FHS/BHS/BTS/FTS stand alone;
/// blank lines belong to none.
fn group_documents(parsed: &[Parsed<'_>]) -> Vec<Document> {
    let mut documents: Vec<Document> = Vec::new();
    let mut messages = 0;
    for (index, line) in parsed.iter().enumerate() {
        let name = match line.id {
            _ if line.blank => continue,
            Some("MSH") => {
                messages += 1;
                format!("message {messages}")
            }
            Some(id @ ("FHS" | "BHS" | "BTS" | "FTS")) => {
                format!("batch {id} (line {})", ordinal(index))
            }
            _ => match documents.last_mut() {
                Some(document) => {
                    document.lines.push(index);
                    continue;
                }
                None => format!("line {}", ordinal(index)),
            },
        };
        documents.push(Document {
            name,
            lines: vec![index],
        });
    }
    documents
}

/// Build the fields of one document, scrub them, and record replaced leaves. Returns the
/// document's changes.
fn scrub_document(
    engine: &Engine,
    document: &Document,
    lines: &[Line<'_>],
    parsed: &[Parsed<'_>],
    replaced: &mut BTreeMap<Loc, String>,
) -> Vec<Change> {
    let mut fields = Vec::new();
    let mut locs = Vec::new();
    for &index in &document.lines {
        match parsed[index].id {
            Some(id) => collect_segment(index, id, &parsed[index], &mut fields, &mut locs),
            None if !parsed[index].blank => {
                fields.push(Field::new(
                    format!("line {}", ordinal(index)),
                    lines[index].text,
                    Hint::FreeText,
                ));
                locs.push(Loc::Line(index));
            }
            None => {}
        }
    }
    let subject = document_subject(document, parsed);
    let results = engine.deidentify_fields(&fields, subject.as_ref());
    let mut changes = Vec::new();
    for ((field, loc), result) in fields.iter().zip(&locs).zip(results) {
        if result.value == field.value {
            continue;
        }
        let written = match *loc {
            Loc::Leaf(line, ..) => escape(&result.value, &parsed[line].delimiters),
            Loc::Line(_) => result.value.replace(['\r', '\n'], " "),
        };
        replaced.insert(*loc, written);
        changes.extend(result.changes);
    }
    changes
}

/// The subject of a message: the ID number (component 1) of PID-3's first repetition.
fn document_subject(document: &Document, parsed: &[Parsed<'_>]) -> Option<Subject> {
    let pid = document
        .lines
        .iter()
        .map(|&i| &parsed[i])
        .find(|p| p.id == Some("PID"))?;
    let d = &pid.delimiters;
    let raw = pid.parts.get(3)?;
    let first = raw
        .split(d.repetition)
        .next()?
        .split(d.component)
        .next()?
        .split(d.subcomponent)
        .next()?;
    let id = unescape(first, d);
    (!id.trim().is_empty()).then(|| Subject::new(id))
}

/// The 1-based HL7 field number of split part `part` (MSH-1 is the separator itself, so
/// part 1 of a header segment is field 2).
fn field_number(id: &str, part: usize) -> usize {
    if is_header(id) { part + 1 } else { part }
}

/// Add the leaves of one segment that need scrubbing.
fn collect_segment(
    line: usize,
    id: &str,
    seg: &Parsed<'_>,
    fields: &mut Vec<Field>,
    locs: &mut Vec<Loc>,
) {
    let d = &seg.delimiters;
    let obx_type = if id == "OBX" {
        first_component(seg, 2).to_ascii_uppercase()
    } else {
        String::new()
    };
    let obx_is_age =
        id == "OBX" && names_age(&unescape(seg.parts.get(3).copied().unwrap_or(""), d));
    for (part, raw) in seg.parts.iter().enumerate().skip(1) {
        if raw.is_empty() || (is_header(id) && part == 1) {
            continue;
        }
        let number = field_number(id, part);
        let spec = field_spec(id, number);
        if spec == Spec::Keep {
            continue;
        }
        for (rep, rep_raw) in raw.split(d.repetition).enumerate() {
            let comps: Vec<&str> = rep_raw.split(d.component).collect();
            let type_code = repetition_type(spec, &comps, d);
            let ctx = LeafContext {
                obx_type: &obx_type,
                id_type: &type_code,
                subject_id: id == "PID" && number == 3 && rep == 0,
            };
            for (comp, comp_raw) in comps.iter().enumerate() {
                let subs: Vec<&str> = comp_raw.split(d.subcomponent).collect();
                for (sub, leaf) in subs.iter().enumerate() {
                    let value = unescape(leaf, d);
                    if value.trim().is_empty() || value == "\"\"" {
                        continue;
                    }
                    let mut hint = leaf_hint(spec, comp + 1, sub + 1, &ctx);
                    if spec == Spec::ObxValue
                        && obx_is_age
                        && matches!(obx_type.as_str(), "NM" | "SN")
                    {
                        hint = age_hint(&value);
                    }
                    if hint == Hint::Keep {
                        continue;
                    }
                    let path = leaf_path(id, number, rep, comp, sub, subs.len());
                    fields.push(Field::new(path, value, hint));
                    locs.push(Loc::Leaf(line, part, rep, comp, sub));
                }
            }
        }
    }
}

/// `PID-5.1`, `PID-3[2].1`, `PID-11.1.2`.
fn leaf_path(id: &str, number: usize, rep: usize, comp: usize, sub: usize, subs: usize) -> String {
    let mut path = format!("{id}-{number}");
    if rep > 0 {
        path.push_str(&format!("[{}]", ordinal(rep)));
    }
    path.push_str(&format!(".{}", ordinal(comp)));
    if subs > 1 {
        path.push_str(&format!(".{}", ordinal(sub)));
    }
    path
}

/// The unescaped first component of field `number` of a non-header segment.
fn first_component(seg: &Parsed<'_>, number: usize) -> String {
    let raw = seg.parts.get(number).copied().unwrap_or("");
    let d = &seg.delimiters;
    unescape(raw.split(d.component).next().unwrap_or(""), d)
}

/// The type code that refines a repetition: CX-5 for identifiers; for XTN the equipment
/// type (XTN-3), or `INTERNET` when the use code (XTN-2) is `NET`.
fn repetition_type(spec: Spec, comps: &[&str], d: &Delimiters) -> String {
    let comp = |i: usize| comps.get(i).map(|c| unescape(c, d)).unwrap_or_default();
    match spec {
        Spec::Id(_) => comp(4),
        Spec::Xtn if comp(1).eq_ignore_ascii_case("NET") => "INTERNET".to_string(),
        Spec::Xtn => comp(2),
        _ => String::new(),
    }
}

/// Does an observation identifier (OBX-3) name an age?
fn names_age(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic())
        .any(|w| w.eq_ignore_ascii_case("age"))
}

/// A numeric age: 90 or more is PHI (Safe Harbor), younger ages are kept.
fn age_hint(value: &str) -> Hint {
    match value
        .trim()
        .trim_start_matches(['=', '>', '<'])
        .parse::<f64>()
    {
        Ok(age) if age >= 90.0 => Hint::Kind(PhiKind::Age90Plus),
        _ => Hint::Keep,
    }
}

/// Write the file back: untouched lines verbatim, changed leaves re-joined with the line's
/// own delimiters, every terminator as it was.
fn write_lines(
    bom: &str,
    lines: &[Line<'_>],
    parsed: &[Parsed<'_>],
    replaced: &BTreeMap<Loc, String>,
) -> String {
    let mut by_line: BTreeMap<usize, Vec<(Loc, &str)>> = BTreeMap::new();
    for (loc, value) in replaced {
        let line = match *loc {
            Loc::Leaf(line, ..) | Loc::Line(line) => line,
        };
        by_line.entry(line).or_default().push((*loc, value));
    }
    let mut out =
        String::with_capacity(bom.len() + lines.iter().map(|l| l.text.len() + 2).sum::<usize>());
    out.push_str(bom);
    for (index, line) in lines.iter().enumerate() {
        match by_line.get(&index) {
            Some(edits) => out.push_str(&rewrite_line(line.text, &parsed[index], edits)),
            None => out.push_str(line.text),
        }
        out.push_str(line.end);
    }
    out
}

/// One line with its changed leaves replaced.
fn rewrite_line(text: &str, seg: &Parsed<'_>, edits: &[(Loc, &str)]) -> String {
    if let Some((Loc::Line(_), value)) = edits.first() {
        return (*value).to_string();
    }
    let d = &seg.delimiters;
    let mut parts: Vec<String> = seg.parts.iter().map(|p| (*p).to_string()).collect();
    if parts.is_empty() {
        return text.to_string();
    }
    let mut by_part: BTreeMap<usize, Vec<(usize, usize, usize, &str)>> = BTreeMap::new();
    for (loc, value) in edits {
        if let Loc::Leaf(_, part, rep, comp, sub) = *loc {
            by_part
                .entry(part)
                .or_default()
                .push((rep, comp, sub, value));
        }
    }
    for (part, leaves) in by_part {
        if let Some(raw) = parts.get_mut(part) {
            *raw = rewrite_field(raw, d, &leaves);
        }
    }
    parts.join(&d.field.to_string())
}

/// One field with leaves (repetition, component, subcomponent) replaced.
fn rewrite_field(raw: &str, d: &Delimiters, leaves: &[(usize, usize, usize, &str)]) -> String {
    let mut tree: Vec<Vec<Vec<String>>> = raw
        .split(d.repetition)
        .map(|rep| {
            rep.split(d.component)
                .map(|c| c.split(d.subcomponent).map(String::from).collect())
                .collect()
        })
        .collect();
    for &(rep, comp, sub, value) in leaves {
        if let Some(leaf) = tree
            .get_mut(rep)
            .and_then(|r| r.get_mut(comp))
            .and_then(|c| c.get_mut(sub))
        {
            *leaf = value.to_string();
        }
    }
    let sub = d.subcomponent.to_string();
    let comp = d.component.to_string();
    tree.iter()
        .map(|rep| {
            rep.iter()
                .map(|c| c.join(&sub))
                .collect::<Vec<_>>()
                .join(&comp)
        })
        .collect::<Vec<_>>()
        .join(&d.repetition.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KeyRing, Policy};

    fn engine() -> Engine {
        Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [7; 32]))
    }

    const ADT: &str = "MSH|^~\\&|EPIC|HOSP|LAB|HOSP|20240301120000||ADT^A01|MSG0001|P|2.5.1\r\
EVN|A01|20240301120000\r\
PID|1||MRN483920^^^HOSP^MR~123-45-6789^^^SSA^SS||DOE^JOHN^Q^JR^MR||19650412|M|||12 Elm Street^^Springfield^IL^62704^USA^H^^Sangamon||(217)555-0199^PRN^PH|||||||123-45-6789\r\
NK1|1|DOE^JANE|SPO|12 Elm Street^^Springfield^IL^62704|(217)555-0142\r\
PV1|1|I|ICU^12^A|||||1234^WELBY^MARCUS^^^DR\r\
OBX|1|TX|11506-3^Progress note^LN||Pt reports that Doe felt better; John walked 2 laps.||||||F\r\
OBX|2|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F|||20240301083000\r\
NTE|1||Called wife Jane at home.\r";

    #[test]
    fn structured_phi_is_replaced_and_codes_kept() {
        let out = deidentify(&engine(), ADT).unwrap();
        let text = &out.text;
        for phi in [
            "DOE",
            "JOHN",
            "MRN483920",
            "123-45-6789",
            "19650412",
            "12 Elm",
            "62704",
            "555-0199",
            "WELBY",
            "Sangamon",
        ] {
            assert!(!text.contains(phi), "{phi} leaked: {text}");
        }
        for kept in [
            "11506-3^Progress note^LN",
            "2345-7^Glucose^LN||105|mg/dL|70-99|H",
            "ADT^A01",
            "^IL^",
            "MSH|^~\\&|",
        ] {
            assert!(text.contains(kept), "{kept} lost: {text}");
        }
        assert_eq!(text.matches('\r').count(), ADT.matches('\r').count());
        assert_eq!(out.changes.len(), 1);
        assert_eq!(out.changes[0].0, "message 1");
        assert!(!out.changes[0].1.is_empty());
    }

    #[test]
    fn patient_name_in_free_text_is_caught_without_a_cue() {
        let out = deidentify(&engine(), ADT).unwrap();
        let obx = out
            .text
            .split('\r')
            .find(|s| s.starts_with("OBX|1|"))
            .unwrap();
        assert!(!obx.contains("Doe") && !obx.contains("John"), "{obx}");
        let nte = out.text.split('\r').find(|s| s.starts_with("NTE")).unwrap();
        assert!(!nte.contains("Jane"), "{nte}");
    }

    #[test]
    fn subject_is_pid3_and_mrn_uses_the_mrn_kind() {
        let e = engine();
        let out = deidentify(&e, ADT).unwrap();
        let token = e
            .transform_value(PhiKind::Mrn, "MRN483920", "x", None)
            .unwrap();
        assert!(
            out.text.contains(&format!("|{token}^^^HOSP^MR")),
            "{}",
            out.text
        );
        let subject = Subject::new("MRN483920");
        let dob = e.transformer().shift_date("19650412", Some(&subject));
        assert!(out.text.contains(&format!("|{dob}|M|")), "{}", out.text);
    }

    #[test]
    fn escapes_round_trip() {
        let d = Delimiters::default();
        let raw = "a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\.br\\g\\X41\\";
        let value = unescape(raw, &d);
        assert_eq!(value, "a|b^c&d~e\\f\ngA");
        assert_eq!(unescape(&escape(&value, &d), &d), value);
        assert_eq!(escape("x|y^z", &d), "x\\F\\y\\S\\z");
        assert_eq!(unescape("\\H\\bold\\N\\", &d), "bold");
        assert_eq!(unescape("keep \\Q\\ and \\E", &d), "keep \\Q\\ and \\E");
    }

    #[test]
    fn untouched_escapes_and_custom_delimiters_are_preserved() {
        let msg = "MSH#$*!@#A#B#C#D#20240101##ORU$R01#1#P#2.3\nPID#1##M123456##SMITH$ANN##19800101\nOBX#1#ST#X$Code$LN##a !F! b\n";
        let out = deidentify(&engine(), msg).unwrap();
        let lines: Vec<&str> = out.text.split('\n').collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("MSH#$*!@#A#B#C#D#"));
        assert!(!out.text.contains("SMITH"));
        assert!(lines[2].ends_with("#a !F! b"), "{}", lines[2]);
    }

    #[test]
    fn batches_and_several_messages_are_separate_documents() {
        let file = "FHS|^~\\&|APP\r\nBHS|^~\\&|APP\r\nMSH|^~\\&|A||||20240101||ORU^R01|1|P|2.5\r\nPID|1||111111||ONE^ANN\r\nMSH|^~\\&|A||||20240102||ORU^R01|2|P|2.5\r\nPID|1||222222||TWO^BOB\r\nBTS|2\r\nFTS|1\r\n";
        let out = deidentify(&engine(), file).unwrap();
        assert_eq!(out.text.matches("\r\n").count(), 8);
        let names: Vec<&str> = out.changes.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"message 1") && names.contains(&"message 2"),
            "{names:?}"
        );
        assert!(!out.text.contains("111111") && !out.text.contains("222222"));
    }

    #[test]
    fn invalid_input_is_an_error_naming_the_line() {
        let err = deidentify(&engine(), "\nPID|1||123\r")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
        assert!(deidentify(&engine(), "").is_err());
        let err = deidentify(&engine(), "MSH|^\r").unwrap_err().to_string();
        assert!(err.contains("line 1") && err.contains("MSH-2"), "{err}");
    }

    #[test]
    fn facility_addresses_fail_closed_and_the_message_stays_valid() {
        let msg = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240301||ORU^R01|7|P|2.5.1\r\
PID|1||5550001^^^HOSP^MR||Ruiz^Ana\r\
ORC|RE|P1|F1||||||||||||||||||Mercy Lab^L^123|400 Main Street^^Springfield^IL^62701|(217)555-0100|77 Oak Road^^Decatur^IL^62521\r\
OBX|1|NM|2345-7^Glucose^LN||105|mg/dL|70-99|H|||F|||20240301|||||||||Mercy Lab^L^123|400 Main Street^^Springfield^IL^62701\r";
        let out = deidentify(&engine(), msg).unwrap();
        for phi in [
            "400 Main", "62701", "77 Oak", "Decatur", "62521", "555-0100",
        ] {
            assert!(!out.text.contains(phi), "{phi} leaked: {}", out.text);
        }
        for (input, output) in msg.split('\r').zip(out.text.split('\r')) {
            assert_eq!(
                input.split('|').count(),
                output.split('|').count(),
                "{output}"
            );
            assert_eq!(input.get(..4), output.get(..4));
        }
        let orc = out.text.split('\r').nth(2).unwrap();
        let address: Vec<&str> = orc.split('|').nth(22).unwrap().split('^').collect();
        assert_eq!(address.len(), 5);
        assert_eq!(address[3], "IL");
        assert!(deidentify(&engine(), &out.text).is_ok());
    }

    #[test]
    fn replacements_containing_delimiters_are_escaped() {
        let d = Delimiters::default();
        assert_eq!(
            rewrite_field("a^b~c", &d, &[(1, 0, 0, &escape("x^y", &d))]),
            "a^b~x\\S\\y"
        );
    }
}
