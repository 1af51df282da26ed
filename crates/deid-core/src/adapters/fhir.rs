//! FHIR R4 JSON: single resources, Bundles, and NDJSON (one resource per line).
//!
//! Every string element is classified by where it sits (HumanName, Address, ContactPoint,
//! Identifier, Attachment, Coding, Reference, Narrative ...) and by its shape (dates). The
//! patient's strings in one Bundle are scrubbed in one engine call with the patient's MRN
//! as [`Subject`], so names from `Patient.name` are also found in narratives and notes.
//! Resource ids and every reference to them (`Patient/123`, `urn:uuid:...`, `fullUrl`,
//! `#contained`) are replaced by a keyed mapping, the same everywhere. Unknown strings are
//! scanned as free text. Keys keep their order and the output keeps the input's layout
//! (compact, or pretty with the input's indentation).
//!
//! # Subjects
//!
//! A resource's subject is, in this order: its own MRN (a Patient: the identifier typed
//! `MR`, else the first identifier, else its id); the MRN of the Patient its `subject`,
//! `patient`, `beneficiary` or `individual` reference points to, when that Patient is in
//! the same input (Bundle, or NDJSON file); else — **the Patient is not in this input** —
//! the referenced Patient's *id* (`Patient/123` or `http://base/Patient/123` → `123`);
//! else the only Patient of the input. The id fallback keeps a patient's resources
//! consistent with each other across inputs that reference the same id, but its date
//! offset differs from the one derived from the patient's MRN (used by HL7, CSV and a
//! Bundle holding the Patient). To keep one offset per patient, process a patient's
//! resources together with their Patient (a Bundle, or one NDJSON file holding the Patient
//! resources). A `urn:uuid:` reference to a resource outside the input gives no subject
//! (nothing says it is a Patient); dates are then shifted without a subject.
//!
//! # Provenance
//!
//! Values the engine changes are recorded by it. Changes made here directly are recorded
//! with [`Engine::change`]: remapped resource ids (`fhir.id`) and the id part of references
//! and `fullUrl`s (`fhir.reference`), both `OTHER_ID` / `pseudonym`; removed attachment data
//! (`fhir.attachment.image`: `PHOTO`, `fhir.attachment.binary`: `OTHER_ID`, `redact`, output
//! span empty); rounded geolocation (`fhir.geolocation`: `GEO` / `generalize`).

use std::collections::{BTreeMap, HashMap};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::adapters::{identifier_kind, ordinal};
use crate::{Action, Change, Engine, Error, Field, Hint, PhiKind, Span, Subject};

/// A de-identified FHIR input.
#[derive(Debug, Clone, PartialEq)]
pub struct FhirOutput {
    /// The de-identified JSON (or NDJSON), same keys in the same order.
    pub text: String,
    /// Per document (`resource`, `entry[3]`, `line 5`) the changes made in it.
    pub changes: Vec<(String, Vec<Change>)>,
}

/// De-identify FHIR JSON: a resource, a Bundle, or NDJSON (one resource per line). Errors
/// name the line (and column), never a value.
pub fn deidentify(engine: &Engine, input: &str) -> Result<FhirOutput, Error> {
    let body = input.strip_prefix('\u{feff}').unwrap_or(input);
    if is_ndjson(body) {
        return deidentify_ndjson(engine, body);
    }
    let mut value: Value = serde_json::from_str(body).map_err(|e| json_error(&e, 0))?;
    check_resource(&value, 0)?;
    let changes = scrub_value(engine, &mut value, &HashMap::new(), "")?;
    let text = render(&value, body, &layout_of(body))?;
    Ok(FhirOutput { text, changes })
}

/// True when the input is several JSON objects, one per line.
fn is_ndjson(body: &str) -> bool {
    let mut lines = body.lines().filter(|l| !l.trim().is_empty());
    let first = lines.next();
    let second = lines.next();
    match (first, second) {
        (Some(first), Some(_)) => {
            let first = first.trim();
            first.starts_with('{') && serde_json::from_str::<Value>(first).is_ok()
        }
        _ => false,
    }
}

fn json_error(e: &serde_json::Error, line_offset: usize) -> Error {
    Error::Parse {
        format: "fhir",
        location: format!("line {}, column {}", e.line() + line_offset, e.column()),
        reason: format!("invalid JSON ({:?} error)", e.classify()),
    }
}

fn check_resource(value: &Value, line: usize) -> Result<(), Error> {
    let ok = value.get("resourceType").is_some_and(Value::is_string);
    if ok {
        return Ok(());
    }
    Err(Error::Parse {
        format: "fhir",
        location: if line == 0 {
            "document".to_string()
        } else {
            format!("line {line}")
        },
        reason: "not a FHIR resource (no resourceType string)".into(),
    })
}

/// NDJSON: Patients are read first so that every line's subject is its patient's MRN.
fn deidentify_ndjson(engine: &Engine, body: &str) -> Result<FhirOutput, Error> {
    let mut values = Vec::new();
    for (index, line) in body.split_inclusive('\n').enumerate() {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            values.push(None);
            continue;
        }
        let value: Value = serde_json::from_str(content).map_err(|e| json_error(&e, index))?;
        check_resource(&value, ordinal(index))?;
        values.push(Some(value));
    }
    let mut patients = HashMap::new();
    for value in values.iter().flatten() {
        register_patient(value, None, &mut patients);
    }
    let mut out = String::with_capacity(body.len());
    let mut changes = Vec::new();
    for ((index, line), value) in body
        .split_inclusive('\n')
        .enumerate()
        .zip(values.iter_mut())
    {
        let content = line.trim_end_matches(['\n', '\r']);
        let Some(value) = value else {
            out.push_str(line);
            continue;
        };
        let doc_changes = scrub_value(
            engine,
            value,
            &patients,
            &format!("line {} ", ordinal(index)),
        )?;
        changes.extend(doc_changes);
        out.push_str(&serde_json::to_string(value).map_err(|e| json_error(&e, index))?);
        out.push_str(&line[content.len()..]);
    }
    Ok(FhirOutput { text: out, changes })
}

/// Whitespace layout of the input: `None` for compact, else the indentation unit.
fn layout_of(body: &str) -> Option<String> {
    let trimmed = body.trim_start();
    let after_brace = trimmed.strip_prefix('{')?;
    let next_line = after_brace
        .strip_prefix("\r\n")
        .or_else(|| after_brace.strip_prefix('\n'))?;
    let indent: String = next_line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    Some(if indent.is_empty() {
        "  ".to_string()
    } else {
        indent
    })
}

/// Write JSON back in the input's layout, with its leading and trailing whitespace.
fn render(value: &Value, body: &str, layout: &Option<String>) -> Result<String, Error> {
    let mut bytes = Vec::with_capacity(body.len());
    let result = match layout {
        Some(indent) => {
            let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
            let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, formatter);
            value.serialize(&mut serializer)
        }
        None => serde_json::to_writer(&mut bytes, value),
    };
    result.map_err(|e| json_error(&e, 0))?;
    let json = String::from_utf8(bytes).map_err(|_| Error::Parse {
        format: "fhir",
        location: "output".into(),
        reason: "serializer produced invalid UTF-8".into(),
    })?;
    let lead = &body[..body.len() - body.trim_start().len()];
    let trail = &body[body.trim_end().len()..];
    Ok(format!("{lead}{json}{trail}"))
}

/// The patient's MRN: the identifier typed `MR`, else the first identifier, else the id.
pub fn patient_mrn(patient: &Value) -> Option<String> {
    let identifiers = patient.get("identifier").and_then(Value::as_array);
    let value_of = |id: &Value| id.get("value").and_then(Value::as_str).map(str::to_string);
    identifiers
        .and_then(|ids| {
            ids.iter()
                .find(|id| type_codes(id).iter().any(|c| c == "MR"))
                .and_then(value_of)
        })
        .or_else(|| identifiers.and_then(|ids| ids.first()).and_then(value_of))
        .or_else(|| {
            patient
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_string)
        })
        .filter(|mrn| !mrn.trim().is_empty())
}

/// The codes of an Identifier's `type.coding`.
fn type_codes(identifier: &Value) -> Vec<String> {
    identifier
        .pointer("/type/coding")
        .and_then(Value::as_array)
        .map(|codings| {
            codings
                .iter()
                .filter_map(|c| c.get("code").and_then(Value::as_str))
                .map(str::to_ascii_uppercase)
                .collect()
        })
        .unwrap_or_default()
}

/// Remember a Patient resource's MRN under every name a reference may use for it.
fn register_patient(
    resource: &Value,
    full_url: Option<&str>,
    patients: &mut HashMap<String, String>,
) {
    if resource.get("resourceType").and_then(Value::as_str) != Some("Patient") {
        return;
    }
    let Some(mrn) = patient_mrn(resource) else {
        return;
    };
    if let Some(id) = resource.get("id").and_then(Value::as_str) {
        patients.insert(format!("Patient/{id}"), mrn.clone());
        patients.insert(format!("urn:uuid:{id}"), mrn.clone());
    }
    if let Some(url) = full_url {
        patients.insert(url.to_string(), mrn.clone());
    }
    patients.entry(String::new()).or_insert(mrn);
}

/// The subject of one resource: its own MRN (Patient), the MRN of the patient it points to
/// (`subject`, `patient`, `beneficiary`), the only patient around, or the referenced id.
fn resource_subject(resource: &Value, patients: &HashMap<String, String>) -> Option<Subject> {
    if resource.get("resourceType").and_then(Value::as_str) == Some("Patient") {
        return patient_mrn(resource).map(Subject::new);
    }
    for key in ["subject", "patient", "beneficiary", "individual"] {
        let Some(reference) = resource
            .pointer(&format!("/{key}/reference"))
            .and_then(Value::as_str)
        else {
            continue;
        };
        let id = referenced_patient_id(reference);
        let bare = id.map(|id| format!("Patient/{id}"));
        if let Some(mrn) = patients
            .get(reference)
            .or_else(|| bare.as_ref().and_then(|b| patients.get(b)))
        {
            return Some(Subject::new(mrn));
        }
        // The Patient is not in this input: its id is the subject (see the module docs).
        if let Some(id) = id {
            return Some(Subject::new(id));
        }
    }
    let single = patients.values().collect::<std::collections::HashSet<_>>();
    match (single.len(), patients.get("")) {
        (1, Some(mrn)) => Some(Subject::new(mrn)),
        _ => None,
    }
}

/// The id of a Patient reference: `Patient/123`, `http://base/Patient/123`,
/// `Patient/123/_history/2` → `123`.
fn referenced_patient_id(reference: &str) -> Option<&str> {
    let (before, rest) = reference.rsplit_once("Patient/")?;
    if !(before.is_empty() || before.ends_with('/')) {
        return None;
    }
    rest.split('/').next().filter(|id| !id.trim().is_empty())
}

/// Where a scrubbed value goes back.
#[derive(Debug, Clone)]
enum Target {
    /// Replace the string at this JSON pointer.
    Whole(String),
    /// A date: the scrubbed date, then the kept time and zone.
    Date(String, String),
    /// Base64 text: re-encode the scrubbed text.
    Base64(String),
    /// A text node of an XHTML narrative: byte range in the original div.
    DivNode(String, usize, usize),
}

/// One value handed to the engine, its document (group) and where it goes back.
struct Pending {
    field: Field,
    target: Target,
    document: usize,
}

/// Everything collected from one JSON value before scrubbing.
#[derive(Default)]
struct Collected {
    pending: Vec<Pending>,
    /// Direct replacements (ids, references, coarse numbers) by pointer.
    direct: Vec<(String, Value)>,
    /// Keys removed (image data), by pointer.
    removed: Vec<String>,
    /// Provenance of the direct replacements and removals, by document.
    adapter_changes: Vec<(usize, Change)>,
    /// Document names, indexed by `Pending::document`.
    documents: Vec<String>,
    /// Subject per document.
    subjects: Vec<Option<Subject>>,
}

/// Scrub one JSON value (resource or Bundle) in place. Returns changes per document.
fn scrub_value(
    engine: &Engine,
    value: &mut Value,
    known_patients: &HashMap<String, String>,
    prefix: &str,
) -> Result<Vec<(String, Vec<Change>)>, Error> {
    let mut patients = known_patients.clone();
    collect_patients(value, &mut patients);
    let mut collected = Collected::default();
    let walker = Walker {
        engine,
        patients: &patients,
    };
    walker.document(value, "", prefix, &mut collected);
    let mut changes = run_engine(engine, &mut collected, value);
    for (document, change) in collected.adapter_changes.drain(..) {
        if let Some((_, list)) = changes.get_mut(document) {
            list.push(change);
        }
    }
    for (pointer, new) in collected.direct.drain(..) {
        if let Some(slot) = value.pointer_mut(&pointer) {
            *slot = new;
        }
    }
    for pointer in collected.removed.drain(..) {
        remove_at(value, &pointer);
    }
    Ok(changes)
}

/// Every Patient in a resource or Bundle, under its id, `urn:uuid:` and fullUrl.
fn collect_patients(value: &Value, patients: &mut HashMap<String, String>) {
    register_patient(value, None, patients);
    if let Some(entries) = value.get("entry").and_then(Value::as_array) {
        for entry in entries {
            if let Some(resource) = entry.get("resource") {
                register_patient(
                    resource,
                    entry.get("fullUrl").and_then(Value::as_str),
                    patients,
                );
            }
        }
    }
}

/// Scrub the collected values one engine call per subject, write them back, and return the
/// changes grouped per document.
fn run_engine(
    engine: &Engine,
    collected: &mut Collected,
    value: &mut Value,
) -> Vec<(String, Vec<Change>)> {
    let mut groups: BTreeMap<Option<String>, Vec<usize>> = BTreeMap::new();
    for (index, pending) in collected.pending.iter().enumerate() {
        let subject = collected.subjects[pending.document]
            .as_ref()
            .map(|s| s.id().to_string());
        groups.entry(subject).or_default().push(index);
    }
    let mut per_document: Vec<Vec<Change>> = vec![Vec::new(); collected.documents.len()];
    let mut div_edits: BTreeMap<String, Vec<(usize, usize, String)>> = BTreeMap::new();
    for (subject, indices) in groups {
        let subject = subject.map(Subject::new);
        let fields: Vec<Field> = indices
            .iter()
            .map(|&i| collected.pending[i].field.clone())
            .collect();
        let results = engine.deidentify_fields(&fields, subject.as_ref());
        for (&i, result) in indices.iter().zip(results) {
            let pending = &collected.pending[i];
            if result.value == pending.field.value {
                continue;
            }
            per_document[pending.document].extend(result.changes);
            match &pending.target {
                Target::Whole(ptr) => set_string(value, ptr, result.value),
                Target::Date(ptr, suffix) => {
                    set_string(value, ptr, with_time(&result.value, suffix))
                }
                Target::Base64(ptr) => {
                    set_string(value, ptr, BASE64.encode(result.value.as_bytes()))
                }
                Target::DivNode(ptr, start, end) => {
                    div_edits.entry(ptr.clone()).or_default().push((
                        *start,
                        *end,
                        escape_xml(&result.value),
                    ));
                }
            }
        }
    }
    apply_div_edits(value, div_edits);
    collected
        .documents
        .iter()
        .cloned()
        .zip(per_document)
        .collect()
}

/// The shifted date with the original time and zone, when the result is still a full date
/// (a date generalized to its year drops the time: `2020T10:00:00Z` is not a dateTime).
fn with_time(date: &str, suffix: &str) -> String {
    if date.len() == 10 && date_prefix_len(date) == Some(10) {
        format!("{date}{suffix}")
    } else {
        date.to_string()
    }
}

fn set_string(value: &mut Value, pointer: &str, new: String) {
    if let Some(slot) = value.pointer_mut(pointer) {
        *slot = Value::String(new);
    }
}

/// Replace narrative text nodes, last first so earlier ranges stay valid.
fn apply_div_edits(value: &mut Value, edits: BTreeMap<String, Vec<(usize, usize, String)>>) {
    for (pointer, mut nodes) in edits {
        let Some(Value::String(div)) = value.pointer_mut(&pointer) else {
            continue;
        };
        nodes.sort_by_key(|n| std::cmp::Reverse(n.0));
        for (start, end, text) in nodes {
            if end <= div.len() && div.is_char_boundary(start) && div.is_char_boundary(end) {
                div.replace_range(start..end, &text);
            }
        }
    }
}

fn remove_at(value: &mut Value, pointer: &str) {
    let Some((parent, key)) = pointer.rsplit_once('/') else {
        return;
    };
    if let Some(Value::Object(map)) = value.pointer_mut(parent) {
        map.shift_remove(&unescape_pointer(key));
    }
}

fn unescape_pointer(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn escape_pointer(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// What kind of object a walk is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Obj {
    HumanName,
    Address,
    ContactPoint,
    Identifier,
    Attachment,
    Coding,
    Reference,
    Annotation,
    Other,
}

/// The walk context of a string or object.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    resource_type: &'a str,
    document: usize,
    /// The object is a direct child of the resource (or an element of a direct array).
    top_level: bool,
}

/// Collects the fields of resources and their targets.
struct Walker<'a> {
    engine: &'a Engine,
    patients: &'a HashMap<String, String>,
}

impl Walker<'_> {
    /// A resource or a Bundle: one document per entry, plus the Bundle itself.
    fn document(&self, value: &Value, pointer: &str, prefix: &str, out: &mut Collected) {
        let kind = value
            .get("resourceType")
            .and_then(Value::as_str)
            .unwrap_or("Resource");
        let Some(map) = value.as_object() else {
            return;
        };
        let name = if prefix.is_empty() {
            kind.to_string()
        } else {
            format!("{prefix}{kind}")
        };
        let document = self.new_document(
            name.trim().to_string(),
            resource_subject(value, self.patients),
            out,
        );
        for (key, child) in map {
            let child_ptr = format!("{pointer}/{}", escape_pointer(key));
            if kind == "Bundle" && key == "entry" {
                self.entries(child, &child_ptr, prefix, out);
                continue;
            }
            let ctx = Ctx {
                resource_type: kind,
                document,
                top_level: true,
            };
            self.member(
                key,
                child,
                &child_ptr,
                &format!("{kind}.{key}"),
                Obj::Other,
                map,
                ctx,
                out,
            );
        }
    }

    fn new_document(&self, name: String, subject: Option<Subject>, out: &mut Collected) -> usize {
        out.documents.push(name);
        out.subjects.push(subject);
        out.documents.len() - 1
    }

    fn entries(&self, entries: &Value, pointer: &str, prefix: &str, out: &mut Collected) {
        let Some(list) = entries.as_array() else {
            return;
        };
        for (index, entry) in list.iter().enumerate() {
            let entry_ptr = format!("{pointer}/{index}");
            let Some(map) = entry.as_object() else {
                continue;
            };
            let label = format!("{prefix}entry[{index}] ");
            let resource_doc = self.entry_document(entry, &label, out);
            for (key, child) in map {
                let child_ptr = format!("{entry_ptr}/{}", escape_pointer(key));
                if key == "resource" && child.is_object() {
                    self.document(child, &child_ptr, &label, out);
                    continue;
                }
                let ctx = Ctx {
                    resource_type: "Bundle.entry",
                    document: resource_doc,
                    top_level: false,
                };
                self.member(
                    key,
                    child,
                    &child_ptr,
                    &format!("Bundle.entry[{index}].{key}"),
                    Obj::Other,
                    map,
                    ctx,
                    out,
                );
            }
        }
    }

    /// The document of an entry's own elements (fullUrl, request, search): its resource's.
    fn entry_document(&self, entry: &Value, label: &str, out: &mut Collected) -> usize {
        let subject = entry
            .get("resource")
            .and_then(|r| resource_subject(r, self.patients));
        self.new_document(format!("{}envelope", label), subject, out)
    }

    /// A member `key` of an object of kind `parent` (whose members are `siblings`).
    #[allow(clippy::too_many_arguments)]
    fn member(
        &self,
        key: &str,
        value: &Value,
        pointer: &str,
        path: &str,
        parent: Obj,
        siblings: &Map<String, Value>,
        ctx: Ctx<'_>,
        out: &mut Collected,
    ) {
        match value {
            Value::String(s) => self.string(key, s, pointer, path, parent, siblings, ctx, out),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let item_ptr = format!("{pointer}/{index}");
                    let item_path = format!("{path}[{index}]");
                    match item {
                        Value::Object(_) => {
                            let first_patient_identifier = ctx.resource_type == "Patient"
                                && ctx.top_level
                                && key == "identifier"
                                && index == 0;
                            self.object(
                                key,
                                item,
                                &item_ptr,
                                &item_path,
                                ctx,
                                first_patient_identifier,
                                out,
                            );
                        }
                        _ => self
                            .member(key, item, &item_ptr, &item_path, parent, siblings, ctx, out),
                    }
                }
            }
            Value::Object(_) => self.object(key, value, pointer, path, ctx, false, out),
            Value::Number(number) if parent == Obj::Other && is_geolocation(siblings) => {
                if let Some(n) = number.as_f64() {
                    let rounded = serde_json::json!(n.round());
                    self.direct(
                        out,
                        ctx.document,
                        pointer,
                        path,
                        (PhiKind::Geo, Action::Generalize, "fhir.geolocation"),
                        &number.to_string(),
                        rounded,
                    );
                }
            }
            _ => {}
        }
    }

    /// An object under `key`: a contained resource, or a data type recognised by its key and
    /// its members.
    #[allow(clippy::too_many_arguments)]
    fn object(
        &self,
        key: &str,
        value: &Value,
        pointer: &str,
        path: &str,
        ctx: Ctx<'_>,
        first_patient_identifier: bool,
        out: &mut Collected,
    ) {
        let Some(map) = value.as_object() else {
            return;
        };
        if map.contains_key("resourceType") {
            let kind = map
                .get("resourceType")
                .and_then(Value::as_str)
                .unwrap_or("Resource");
            let inner = Ctx {
                resource_type: kind,
                document: ctx.document,
                top_level: true,
            };
            for (k, child) in map {
                let child_ptr = format!("{pointer}/{}", escape_pointer(k));
                self.member(
                    k,
                    child,
                    &child_ptr,
                    &format!("{path}.{k}"),
                    Obj::Other,
                    map,
                    inner,
                    out,
                );
            }
            return;
        }
        let kind = object_kind(key, map);
        if kind == Obj::Attachment {
            self.attachment(key, map, pointer, path, ctx, out);
            return;
        }
        let inner = Ctx {
            top_level: false,
            ..ctx
        };
        let id_kind = (kind == Obj::Identifier)
            .then(|| identifier_value_kind(map, ctx, first_patient_identifier));
        for (k, child) in map {
            let child_ptr = format!("{pointer}/{}", escape_pointer(k));
            let child_path = format!("{path}.{k}");
            if let (Some(id_kind), "value", Value::String(s)) = (id_kind, k.as_str(), child) {
                self.push(
                    out,
                    &child_path,
                    s,
                    Hint::Kind(id_kind),
                    Target::Whole(child_ptr),
                    ctx.document,
                );
                continue;
            }
            self.member(k, child, &child_ptr, &child_path, kind, map, inner, out);
        }
    }

    /// Attachment: text data decoded, scrubbed and re-encoded; any other data (images,
    /// PDFs) dropped; the content type kept.
    fn attachment(
        &self,
        key: &str,
        map: &Map<String, Value>,
        pointer: &str,
        path: &str,
        ctx: Ctx<'_>,
        out: &mut Collected,
    ) {
        let content_type = map
            .get("contentType")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_ascii_lowercase();
        let is_text = content_type.starts_with("text/")
            || content_type.contains("json")
            || content_type.contains("xml");
        let is_photo = key == "photo" || content_type.starts_with("image/");
        for (k, child) in map {
            let child_ptr = format!("{pointer}/{}", escape_pointer(k));
            let child_path = format!("{path}.{k}");
            match (k.as_str(), child) {
                ("data", Value::String(data)) => {
                    let text = match (is_text, BASE64.decode(data.trim())) {
                        (true, Ok(bytes)) => String::from_utf8(bytes).ok(),
                        _ => None,
                    };
                    match text {
                        Some(text) => self.push(
                            out,
                            &child_path,
                            &text,
                            Hint::FreeText,
                            Target::Base64(child_ptr),
                            ctx.document,
                        ),
                        None => {
                            // Images and other binary content cannot be inspected: removed.
                            let (kind, detector) = if is_photo {
                                (PhiKind::Photo, "fhir.attachment.image")
                            } else {
                                (PhiKind::OtherId, "fhir.attachment.binary")
                            };
                            out.adapter_changes.push((
                                ctx.document,
                                self.engine.change(
                                    &child_path,
                                    kind,
                                    Action::Redact,
                                    detector,
                                    data,
                                    (Span::new(0, data.len()), Span::new(0, 0)),
                                ),
                            ));
                            out.removed.push(child_ptr);
                        }
                    }
                }
                ("url", Value::String(url)) if is_photo => self.push(
                    out,
                    &child_path,
                    url,
                    Hint::Kind(PhiKind::Url),
                    Target::Whole(child_ptr),
                    ctx.document,
                ),
                ("contentType" | "language" | "size" | "hash", _) => {}
                _ => self.member(
                    k,
                    child,
                    &child_ptr,
                    &child_path,
                    Obj::Attachment,
                    map,
                    ctx,
                    out,
                ),
            }
        }
    }

    /// A string member: classified by its object, its key and its shape.
    #[allow(clippy::too_many_arguments)]
    fn string(
        &self,
        key: &str,
        s: &str,
        pointer: &str,
        path: &str,
        parent: Obj,
        siblings: &Map<String, Value>,
        ctx: Ctx<'_>,
        out: &mut Collected,
    ) {
        let doc = ctx.document;
        let target = || Target::Whole(pointer.to_string());
        if key == "id"
            && ctx.top_level
            && parent == Obj::Other
            && siblings.contains_key("resourceType")
        {
            let mapped = self.pseudo_id(s);
            self.direct(
                out,
                doc,
                pointer,
                path,
                (PhiKind::OtherId, Action::Pseudonym, "fhir.id"),
                s,
                Value::String(mapped),
            );
            return;
        }
        if matches!(key, "reference" | "fullUrl") || (key == "url" && path.contains(".request.")) {
            match self.map_reference(s) {
                Some((mapped, spans)) => {
                    if mapped != s {
                        out.adapter_changes.push((
                            doc,
                            self.engine.change(
                                path,
                                PhiKind::OtherId,
                                Action::Pseudonym,
                                "fhir.reference",
                                &s[spans.0.start()..spans.0.end()],
                                spans,
                            ),
                        ));
                    }
                    out.direct
                        .push((pointer.to_string(), Value::String(mapped)));
                }
                None => self.push(out, path, s, Hint::FreeText, target(), doc),
            }
            return;
        }
        if key == "div" {
            self.narrative(s, pointer, path, doc, out);
            return;
        }
        if let Some(len) = date_prefix_len(s).filter(|_| !is_code_key(key)) {
            if len >= 7 {
                let target = Target::Date(pointer.to_string(), s[len..].to_string());
                self.push(out, path, &s[..len], Hint::Kind(PhiKind::Date), target, doc);
            }
            return;
        }
        let hint = string_hint(key, s, parent, siblings);
        if hint != Hint::Keep {
            self.push(out, path, s, hint, target(), doc);
        }
    }

    /// Replace a whole value directly (not through the engine's field scrubbing) and record
    /// the change; `what` is the kind, action and detector named in the record.
    #[allow(clippy::too_many_arguments)]
    fn direct(
        &self,
        out: &mut Collected,
        document: usize,
        pointer: &str,
        path: &str,
        (kind, action, detector): (PhiKind, Action, &str),
        original: &str,
        new: Value,
    ) {
        let written = match &new {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if written != original {
            let spans = (Span::new(0, original.len()), Span::new(0, written.len()));
            out.adapter_changes.push((
                document,
                self.engine
                    .change(path, kind, action, detector, original, spans),
            ));
        }
        out.direct.push((pointer.to_string(), new));
    }

    fn push(
        &self,
        out: &mut Collected,
        path: &str,
        value: &str,
        hint: Hint,
        target: Target,
        document: usize,
    ) {
        if value.trim().is_empty() {
            return;
        }
        out.pending.push(Pending {
            field: Field::new(path, value, hint),
            target,
            document,
        });
    }

    /// XHTML narrative: every text node (between tags) is scanned; markup is kept.
    fn narrative(
        &self,
        div: &str,
        pointer: &str,
        path: &str,
        document: usize,
        out: &mut Collected,
    ) {
        for (index, (start, end)) in text_nodes(div).into_iter().enumerate() {
            let text = unescape_xml(&div[start..end]);
            let target = Target::DivNode(pointer.to_string(), start, end);
            self.push(
                out,
                &format!("{path}#text{index}"),
                &text,
                Hint::FreeText,
                target,
                document,
            );
        }
    }

    /// A resource id replaced by a keyed token: UUIDs stay UUIDs, other ids become 32 hex
    /// digits. The same id gives the same token everywhere.
    fn pseudo_id(&self, id: &str) -> String {
        let mapped = self.engine.transformer().map_uid(id);
        let number: u128 = mapped
            .rsplit('.')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        let hex = format!("{number:032x}");
        if is_uuid(id) {
            format!(
                "{}-{}-{}-{}-{}",
                &hex[0..8],
                &hex[8..12],
                &hex[12..16],
                &hex[16..20],
                &hex[20..32]
            )
        } else {
            hex
        }
    }

    /// `Type/id[/_history/v]`, `http://base/Type/id`, `urn:uuid:...`, `#contained` with the id
    /// replaced, and the spans of the id in the input and the output; `None` for anything
    /// else (searched as free text).
    fn map_reference(&self, reference: &str) -> Option<(String, (Span, Span))> {
        let replace = |prefix: &str, id: &str, suffix: &str| {
            let mapped = self.pseudo_id(id);
            let start = prefix.len();
            let spans = (
                Span::new(start, start + id.len()),
                Span::new(start, start + mapped.len()),
            );
            (format!("{prefix}{mapped}{suffix}"), spans)
        };
        if let Some(uuid) = reference.strip_prefix("urn:uuid:") {
            return Some(replace("urn:uuid:", uuid, ""));
        }
        if let Some(local) = reference.strip_prefix('#') {
            return Some(if local.is_empty() {
                ("#".to_string(), (Span::new(1, 1), Span::new(1, 1)))
            } else {
                replace("#", local, "")
            });
        }
        let (main, history) = match reference.find("/_history/") {
            Some(at) => reference.split_at(at),
            None => (reference, ""),
        };
        let (base, id) = main.rsplit_once('/')?;
        let kind = base.rsplit('/').next()?;
        let is_type = kind.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && kind.chars().all(|c| c.is_ascii_alphanumeric());
        let is_id = !id.is_empty()
            && id.len() <= 64
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
        if !is_type || !is_id || reference.contains('?') {
            return None;
        }
        Some(replace(&main[..base.len() + 1], id, history))
    }
}

/// The kind of a data-type object, from its key and its members.
fn object_kind(key: &str, map: &Map<String, Value>) -> Obj {
    let has = |k: &str| map.contains_key(k);
    match key {
        "name" | "valueHumanName" if has("family") || has("given") || has("text") || has("use") => {
            Obj::HumanName
        }
        "address" | "valueAddress" => Obj::Address,
        "telecom" | "valueContactPoint" => Obj::ContactPoint,
        "identifier" | "valueIdentifier" => Obj::Identifier,
        "note" | "valueAnnotation" => Obj::Annotation,
        _ if has("contentType") || (has("data") && (has("title") || has("url") || has("size"))) => {
            Obj::Attachment
        }
        "photo" | "content" | "valueAttachment" | "attachment" if has("data") || has("url") => {
            Obj::Attachment
        }
        _ if has("reference") => Obj::Reference,
        _ if (has("code") || has("system")) && !has("value") => Obj::Coding,
        _ => Obj::Other,
    }
}

/// The kind of an Identifier's value: by type code, then by system; a Patient's first
/// identifier is its MRN; anything else is an other id.
fn identifier_value_kind(
    map: &Map<String, Value>,
    ctx: Ctx<'_>,
    first_patient_identifier: bool,
) -> PhiKind {
    let identifier = Value::Object(map.clone());
    let codes = type_codes(&identifier);
    if let Some(kind) = codes.iter().find_map(|c| identifier_kind(c)) {
        return kind;
    }
    let system = map
        .get("system")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_ascii_lowercase();
    if system.contains("us-ssn") || system.ends_with("2.16.840.1.113883.4.1") {
        return PhiKind::Ssn;
    }
    if system.contains("us-mbi") || system.contains("medicare") || system.contains("medicaid") {
        return PhiKind::HealthPlanId;
    }
    if system.contains("us-npi") {
        return PhiKind::LicenseNumber;
    }
    if system.contains("passport") || system.contains("driver") {
        return PhiKind::OtherId;
    }
    if first_patient_identifier && ctx.resource_type == "Patient" {
        return PhiKind::Mrn;
    }
    PhiKind::OtherId
}

/// Keys whose string values are codes, never dates or PHI.
fn is_code_key(key: &str) -> bool {
    matches!(
        key,
        "resourceType"
            | "system"
            | "code"
            | "version"
            | "use"
            | "status"
            | "gender"
            | "language"
            | "contentType"
            | "unit"
            | "comparator"
            | "url"
            | "profile"
            | "mode"
            | "intent"
            | "priority"
            | "method"
            | "versionId"
            | "valueCode"
            | "valueId"
            | "valueCanonical"
            | "valueUri"
            | "valueUrl"
            | "valueOid"
            | "valueUuid"
            | "valueBoolean"
            | "type"
            | "kind"
            | "fhirVersion"
            | "implicitRules"
            | "lastUpdated_"
            | "sopClass"
            | "uid"
            | "modality"
            | "criticality"
            | "severity"
            | "category"
            | "reasonCode"
            | "tag"
            | "security"
            | "outcome"
            | "disposition"
            | "currency"
            | "relationship"
            | "purpose"
    )
}

/// The hint of a non-date string by its object and key.
fn string_hint(key: &str, value: &str, parent: Obj, siblings: &Map<String, Value>) -> Hint {
    use PhiKind::*;
    match (parent, key) {
        (Obj::HumanName, "family" | "given" | "text") => Hint::Kind(Name),
        (Obj::HumanName, "prefix" | "suffix" | "use") => Hint::Keep,
        (Obj::Address, "line") => Hint::Kind(StreetAddress),
        (Obj::Address, "city") => Hint::Kind(City),
        (Obj::Address, "district") => Hint::Kind(County),
        (Obj::Address, "postalCode") => Hint::Kind(Zip),
        (Obj::Address, "state" | "country" | "use" | "type") => Hint::Keep,
        (Obj::ContactPoint, "value") => Hint::Kind(telecom_kind(siblings)),
        (Obj::ContactPoint, "system" | "use" | "rank") => Hint::Keep,
        (Obj::Coding, "display") => Hint::Keep,
        (Obj::Annotation, "authorString") => Hint::Kind(Name),
        (_, "valueString") if is_maiden_name_extension(siblings) => Hint::Kind(Name),
        (_, "url") if siblings.contains_key("valueString") || key_is_extension_url(siblings) => {
            Hint::Keep
        }
        _ if is_code_key(key) && !value.contains(' ') => Hint::Keep,
        _ if is_code_key(key)
            && matches!(
                key,
                "code" | "system" | "url" | "profile" | "status" | "version"
            ) =>
        {
            Hint::Keep
        }
        _ => Hint::FreeText,
    }
}

fn key_is_extension_url(siblings: &Map<String, Value>) -> bool {
    siblings
        .keys()
        .any(|k| k.starts_with("value") || k == "extension")
}

fn is_maiden_name_extension(siblings: &Map<String, Value>) -> bool {
    siblings
        .get("url")
        .and_then(Value::as_str)
        .is_some_and(|u| u.to_ascii_lowercase().contains("maidenname"))
}

fn is_geolocation(siblings: &Map<String, Value>) -> bool {
    siblings
        .get("url")
        .and_then(Value::as_str)
        .is_some_and(|u| matches!(u, "latitude" | "longitude"))
}

/// The PHI kind of `ContactPoint.value` by its `system`.
fn telecom_kind(siblings: &Map<String, Value>) -> PhiKind {
    match siblings.get("system").and_then(Value::as_str).unwrap_or("") {
        "fax" => PhiKind::Fax,
        "email" => PhiKind::Email,
        "url" => PhiKind::Url,
        _ => PhiKind::Phone,
    }
}

/// Length of a leading FHIR date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) when the whole value is a
/// FHIR date, dateTime or instant.
fn date_prefix_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|r| r.iter().all(u8::is_ascii_digit))
    };
    if !digits(0..4) {
        return None;
    }
    let len = if b.len() >= 10 && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10) {
        10
    } else if b.len() >= 7 && b[4] == b'-' && digits(5..7) {
        7
    } else {
        4
    };
    let rest = &s[len..];
    let ok = rest.is_empty() || (len == 10 && rest.starts_with('T') && is_time(&rest[1..]));
    ok.then_some(len)
}

/// `hh:mm[:ss[.fff]][Z|±hh:mm]`.
fn is_time(t: &str) -> bool {
    let b = t.as_bytes();
    if b.len() < 5 || b[2] != b':' || !b[..2].iter().chain(&b[3..5]).all(u8::is_ascii_digit) {
        return false;
    }
    t[5..]
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | 'Z' | '+' | '-'))
}

fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Byte ranges of the non-blank text nodes of an XHTML fragment.
fn text_nodes(div: &str) -> Vec<(usize, usize)> {
    let mut nodes = Vec::new();
    let mut start = 0;
    let mut in_tag = false;
    for (i, c) in div.char_indices() {
        match c {
            '<' if !in_tag => {
                if !div[start..i].trim().is_empty() {
                    nodes.push((start, i));
                }
                in_tag = true;
            }
            '>' if in_tag => {
                in_tag = false;
                start = i + 1;
            }
            _ => {}
        }
    }
    if !in_tag && !div[start..].trim().is_empty() {
        nodes.push((start, div.len()));
    }
    nodes
}

/// The five XML entities and numeric character references resolved.
fn unescape_xml(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let Some(semi) = tail.find(';').filter(|s| *s <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let entity = &tail[1..semi];
        let resolved = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match resolved {
            Some(c) => {
                out.push(c);
                rest = &tail[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KeyRing, Policy};

    fn engine() -> Engine {
        Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [7; 32]))
    }

    const PATIENT: &str = r#"{
  "resourceType": "Patient",
  "id": "pat-1",
  "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Maria Gonzalez, born 1972-04-09</p></div>"},
  "identifier": [
    {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "value": "MRN483920"},
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "123-45-6789"}
  ],
  "name": [{"use": "official", "family": "Gonzalez", "given": ["Maria"], "prefix": ["Mrs."]}],
  "telecom": [{"system": "phone", "value": "617-555-0199"}, {"system": "email", "value": "maria.g@example.com"}],
  "gender": "female",
  "birthDate": "1972-04-09",
  "address": [{"line": ["12 Elm Street"], "city": "Springfield", "district": "Hampden", "state": "MA", "postalCode": "01103", "country": "US"}],
  "photo": [{"contentType": "image/jpeg", "data": "AAAA"}]
}"#;

    #[test]
    fn patient_phi_is_replaced_and_codes_kept() {
        let e = engine();
        let out = deidentify(&e, PATIENT).unwrap();
        for phi in [
            "Gonzalez",
            "Maria",
            "MRN483920",
            "123-45-6789",
            "617-555-0199",
            "maria.g@",
            "12 Elm",
            "Springfield",
            "Hampden",
            "01103",
            "1972-04-09",
            "pat-1",
            "AAAA",
        ] {
            assert!(!out.text.contains(phi), "{phi} leaked: {}", out.text);
        }
        let v: Value = serde_json::from_str(&out.text).unwrap();
        assert_eq!(v["gender"], "female");
        assert_eq!(v["name"][0]["prefix"][0], "Mrs.");
        assert_eq!(v["address"][0]["state"], "MA");
        assert_eq!(v["photo"][0]["contentType"], "image/jpeg");
        assert!(v["photo"][0].get("data").is_none());
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert_eq!(keys[0], "resourceType");
        assert_eq!(keys[3], "identifier");
        let mrn = e
            .transform_value(PhiKind::Mrn, "MRN483920", "x", None)
            .unwrap();
        assert_eq!(v["identifier"][0]["value"], mrn.as_str());
        let dob = e
            .transformer()
            .shift_date("1972-04-09", Some(&Subject::new("MRN483920")));
        assert_eq!(v["birthDate"], dob.as_str());
        assert!(out.text.starts_with("{\n  \"resourceType\""));
        assert!(
            v["text"]["div"]
                .as_str()
                .unwrap()
                .starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>")
        );
    }

    #[test]
    fn references_follow_ids_across_a_bundle() {
        let bundle = r#"{"resourceType":"Bundle","type":"collection","entry":[
{"fullUrl":"urn:uuid:0b1f4a3e-1111-4222-8333-944455556666","resource":{"resourceType":"Patient","id":"0b1f4a3e-1111-4222-8333-944455556666","name":[{"family":"Okafor"}]}},
{"fullUrl":"http://x/Observation/o1","resource":{"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"urn:uuid:0b1f4a3e-1111-4222-8333-944455556666","display":"Okafor"},"effectiveDateTime":"2020-01-02T10:11:12+01:00","valueString":"Okafor is fine"}},
{"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"Patient/0b1f4a3e-1111-4222-8333-944455556666"}}}]}"#;
        let out = deidentify(&engine(), bundle).unwrap();
        assert!(!out.text.contains("Okafor"), "{}", out.text);
        assert!(!out.text.contains("0b1f4a3e"));
        let v: Value = serde_json::from_str(&out.text).unwrap();
        let pid = v["entry"][0]["resource"]["id"].as_str().unwrap();
        assert!(is_uuid(pid));
        assert_eq!(v["entry"][0]["fullUrl"], format!("urn:uuid:{pid}"));
        assert_eq!(
            v["entry"][1]["resource"]["subject"]["reference"],
            format!("urn:uuid:{pid}")
        );
        assert_eq!(
            v["entry"][2]["resource"]["subject"]["reference"],
            format!("Patient/{pid}")
        );
        let oid = v["entry"][1]["resource"]["id"].as_str().unwrap();
        assert_eq!(
            v["entry"][1]["fullUrl"],
            format!("http://x/Observation/{oid}")
        );
        let when = v["entry"][1]["resource"]["effectiveDateTime"]
            .as_str()
            .unwrap();
        assert!(
            when.ends_with("T10:11:12+01:00") && !when.starts_with("2020-01-02"),
            "{when}"
        );
    }

    #[test]
    fn ndjson_and_text_attachments() {
        let data = BASE64.encode("Seen by Dr. Hartley, patient Nguyen.");
        let input = format!(
            "{{\"resourceType\":\"Patient\",\"id\":\"p\",\"name\":[{{\"family\":\"Nguyen\"}}]}}\n{{\"resourceType\":\"DocumentReference\",\"subject\":{{\"reference\":\"Patient/p\"}},\"content\":[{{\"attachment\":{{\"contentType\":\"text/plain\",\"data\":\"{data}\"}}}}]}}\n"
        );
        let out = deidentify(&engine(), &input).unwrap();
        assert_eq!(out.text.lines().count(), 2);
        assert!(out.text.ends_with('\n'));
        let doc: Value = serde_json::from_str(out.text.lines().nth(1).unwrap()).unwrap();
        let text = String::from_utf8(
            BASE64
                .decode(doc["content"][0]["attachment"]["data"].as_str().unwrap())
                .unwrap(),
        )
        .unwrap();
        assert!(
            !text.contains("Nguyen") && !text.contains("Hartley"),
            "{text}"
        );
    }

    /// Every change of an output, flattened, as the JSON a provenance record is built from.
    fn change_records(out: &FhirOutput) -> Vec<(String, Change, String)> {
        out.changes
            .iter()
            .flat_map(|(doc, changes)| {
                changes.iter().map(move |c| {
                    let json = serde_json::to_string(c).unwrap();
                    (doc.clone(), c.clone(), json)
                })
            })
            .collect()
    }

    #[test]
    fn ids_references_and_removed_photos_are_recorded_without_values() {
        let e = engine();
        let out = deidentify(&e, PATIENT).unwrap();
        let records = change_records(&out);
        let id = records
            .iter()
            .find(|(_, c, _)| c.field == "Patient.id")
            .expect("Patient.id remap recorded");
        assert_eq!(id.1.detector, "fhir.id");
        assert_eq!(id.1.kind, PhiKind::OtherId);
        assert_eq!(id.1.action, Action::Pseudonym);
        assert_eq!(id.1.input_span, Span::new(0, "pat-1".len()));
        assert_eq!(id.1.output_span, Span::new(0, 32));
        let photo = records
            .iter()
            .find(|(_, c, _)| c.field == "Patient.photo[0].data")
            .expect("photo removal recorded");
        assert_eq!(photo.1.kind, PhiKind::Photo);
        assert_eq!(photo.1.action, Action::Redact);
        assert!(photo.1.output_span.is_empty());
        for (_, _, json) in &records {
            for phi in ["pat-1", "Gonzalez", "MRN483920", "AAAA", "1972-04-09"] {
                assert!(!json.contains(phi), "{phi} in a change record: {json}");
            }
        }

        let bundle = r#"{"resourceType":"Bundle","type":"collection","entry":[
{"fullUrl":"urn:uuid:0b1f4a3e-1111-4222-8333-944455556666","resource":{"resourceType":"Patient","id":"0b1f4a3e-1111-4222-8333-944455556666"}},
{"resource":{"resourceType":"Encounter","id":"e1","subject":{"reference":"http://x/Patient/0b1f4a3e-1111-4222-8333-944455556666/_history/3"}}}]}"#;
        let out = deidentify(&e, bundle).unwrap();
        let v: Value = serde_json::from_str(&out.text).unwrap();
        let written = v["entry"][1]["resource"]["subject"]["reference"]
            .as_str()
            .unwrap();
        let records = change_records(&out);
        let reference = records
            .iter()
            .find(|(_, c, _)| c.field == "Encounter.subject.reference")
            .expect("reference remap recorded");
        assert_eq!(reference.1.detector, "fhir.reference");
        let prefix = "http://x/Patient/".len();
        assert_eq!(reference.1.input_span, Span::new(prefix, prefix + 36));
        assert_eq!(reference.1.output_span, Span::new(prefix, prefix + 36));
        assert!(written.ends_with("/_history/3") && is_uuid(&written[prefix..prefix + 36]));
        assert!(
            records
                .iter()
                .any(|(doc, c, _)| doc.contains("envelope") && c.field.ends_with(".fullUrl"))
        );
        for (_, _, json) in &records {
            assert!(!json.contains("0b1f4a3e"), "{json}");
        }
    }

    #[test]
    fn a_patient_outside_the_input_is_the_subject_by_its_id() {
        let e = engine();
        let observation = r#"{"resourceType":"Observation","id":"o1","status":"final","subject":{"reference":"http://x/fhir/Patient/p-77/_history/2"},"effectiveDateTime":"2021-06-01"}"#;
        let out = deidentify(&e, observation).unwrap();
        let v: Value = serde_json::from_str(&out.text).unwrap();
        let shifted = e
            .transformer()
            .shift_date("2021-06-01", Some(&Subject::new("p-77")));
        assert_eq!(v["effectiveDateTime"], shifted.as_str());
        assert_eq!(referenced_patient_id("Patient/9"), Some("9"));
        assert_eq!(referenced_patient_id("RelatedPatient/9"), None);
        assert_eq!(referenced_patient_id("Group/9"), None);
    }

    #[test]
    fn organization_addresses_are_replaced_and_the_output_stays_valid() {
        let org = r#"{"resourceType":"Organization","id":"org1","name":"Springfield General Hospital","address":[{"line":["400 Main Street"],"city":"Springfield","state":"IL","postalCode":"62701"}],"telecom":[{"system":"phone","value":"217-555-0100"}]}"#;
        let out = deidentify(&engine(), org).unwrap();
        let v: Value = serde_json::from_str(&out.text).unwrap();
        assert_eq!(v["resourceType"], "Organization");
        assert_eq!(v["address"][0]["state"], "IL");
        for phi in ["400 Main", "62701", "217-555-0100"] {
            assert!(!out.text.contains(phi), "{phi}: {}", out.text);
        }
    }

    #[test]
    fn a_date_generalized_to_its_year_drops_the_time() {
        let policy = Policy::safe_harbor()
            .with_action(PhiKind::Date, Action::Generalize)
            .unwrap();
        let e = Engine::new(policy, KeyRing::from_secret("k", [7; 32]));
        let obs = r#"{"resourceType":"Observation","status":"final","effectiveDateTime":"2020-01-02T10:11:12+01:00"}"#;
        let v: Value = serde_json::from_str(&deidentify(&e, obs).unwrap().text).unwrap();
        assert_eq!(v["effectiveDateTime"], "2020");
    }

    #[test]
    fn errors_name_positions() {
        let err = deidentify(&engine(), "{\"resourceType\": \"Patient\",\n \"id\": }")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 2"), "{err}");
        assert!(deidentify(&engine(), "{\"a\": 1}").is_err());
    }

    #[test]
    fn helpers() {
        assert_eq!(date_prefix_len("2020-01-02T10:11:12.123Z"), Some(10));
        assert_eq!(date_prefix_len("2020-01"), Some(7));
        assert_eq!(date_prefix_len("2020"), Some(4));
        assert_eq!(date_prefix_len("2020-01-02 and more"), None);
        assert_eq!(text_nodes("<div><b>A</b> B</div>"), vec![(8, 9), (13, 15)]);
        assert_eq!(unescape_xml("a &amp; b &#65;"), "a & b A");
    }
}
