//! One DICOM object or file: apply the profile, record the method, decide whether a human
//! must review the pixels, and write it back in its own transfer syntax.

use std::io::{Cursor, Read, Write};

use dicom_core::value::DataSetSequence;
use dicom_core::{DataElement, DicomValue, Length, PrimitiveValue, VR};
use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject, OpenFileOptions};
use serde::{Deserialize, Serialize};

use deid_core::provenance::{Change, TOOL_VERSION};
use deid_core::{Engine, Subject};

use crate::pixel_tail::{self, PixelSource};
use crate::profile::{ProfileOption, ProfileOptions};
use crate::walker::Walker;

/// The SOP class of a DICOMDIR (Media Storage Directory Storage).
const DICOMDIR_SOP_CLASS: &str = "1.2.840.10008.1.3.10";
/// Secondary capture image storage SOP classes start with this.
const SECONDARY_CAPTURE_PREFIX: &str = "1.2.840.10008.5.1.4.1.1.7";
/// Ultrasound image storage SOP classes.
const ULTRASOUND_PREFIXES: [&str; 2] =
    ["1.2.840.10008.5.1.4.1.1.6.", "1.2.840.10008.5.1.4.1.1.3.1"];

/// What happened to one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// De-identified and written.
    Ok,
    /// De-identified and written under `_review/`: the pixels may show PHI.
    Review,
    /// Not processed and not written (not DICOM, or a DICOMDIR).
    Skipped,
    /// Could not be processed; nothing was written.
    Failed,
}

impl Status {
    /// `ok`, `review`, `skipped`, `failed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Review => "review",
            Status::Skipped => "skipped",
            Status::Failed => "failed",
        }
    }
}

/// Why a file could not be de-identified. Messages name the problem (and, from the parser,
/// the tag or position), never a value.
#[derive(Debug, thiserror::Error)]
pub enum DicomError {
    /// Neither a 128-byte preamble followed by `DICM` nor `DICM` at the start.
    #[error("not a DICOM file (no DICM magic)")]
    NotDicom,
    /// A DICOMDIR: it lists patient names and IDs of the whole file-set.
    #[error("DICOMDIR holds PHI; rebuild not supported")]
    Dicomdir,
    /// The file says it is DICOM but cannot be parsed.
    #[error("cannot parse DICOM: {0}")]
    Parse(String),
    /// The de-identified object cannot be encoded.
    #[error("cannot write DICOM: {0}")]
    Write(String),
}

impl DicomError {
    /// The file status this error leads to: not DICOM and DICOMDIR are skipped, the rest
    /// failed.
    pub fn status(&self) -> Status {
        match self {
            DicomError::NotDicom | DicomError::Dicomdir => Status::Skipped,
            DicomError::Parse(_) | DicomError::Write(_) => Status::Failed,
        }
    }
}

/// The outcome of de-identifying one object in memory.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectReport {
    /// [`Status::Ok`] or [`Status::Review`].
    pub status: Status,
    /// Why review is needed.
    pub reason: Option<String>,
    /// One record per changed attribute (field = tag path); empty when only counted.
    pub changes: Vec<Change>,
    /// How many values were changed.
    pub changed: usize,
}

/// Whether a run keeps a [`Change`] record per changed value (for provenance), or only
/// counts them: a record costs a keyed digest and three strings, a fifth of the work on an
/// image file whose pixels are copied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Recording {
    Records,
    CountOnly,
}

/// A de-identified file.
#[derive(Debug, Clone, PartialEq)]
pub struct ScrubbedFile {
    /// The new file: preamble (zeroed), file meta, data set in the original transfer syntax.
    pub bytes: Vec<u8>,
    /// [`Status::Ok`] or [`Status::Review`].
    pub status: Status,
    /// Why review is needed.
    pub reason: Option<String>,
    /// One record per changed attribute.
    pub changes: Vec<Change>,
}

/// De-identify a data set without file meta (e.g. one received over the network). Returns
/// the changes. The caller decides about review with [`review_reason`].
pub fn scrub_dataset(
    engine: &Engine,
    dataset: &mut InMemDicomObject,
    options: &ProfileOptions,
) -> Vec<Change> {
    scrub_dataset_recording(engine, dataset, options, Recording::Records).0
}

/// [`scrub_dataset`], also returning how many values were changed.
fn scrub_dataset_recording(
    engine: &Engine,
    dataset: &mut InMemDicomObject,
    options: &ProfileOptions,
    recording: Recording,
) -> (Vec<Change>, usize) {
    let subject = subject_of(dataset);
    let mut walker = Walker::new(engine, options, subject.as_ref(), recording);
    walker.walk(dataset, "", false);
    add_method_attributes(dataset, options);
    walker.into_changes()
}

/// De-identify a file object in place: the data set, then the file meta
/// (MediaStorageSOPInstanceUID follows SOPInstanceUID; AE titles and private meta are
/// dropped). The transfer syntax is not changed.
pub fn scrub_object(
    engine: &Engine,
    object: &mut DefaultDicomObject,
    options: &ProfileOptions,
) -> ObjectReport {
    scrub_object_recording(engine, object, options, Recording::Records)
}

/// [`scrub_object`], keeping or only counting the changes.
pub(crate) fn scrub_object_recording(
    engine: &Engine,
    object: &mut DefaultDicomObject,
    options: &ProfileOptions,
    recording: Recording,
) -> ObjectReport {
    let (changes, changed) = scrub_dataset_recording(engine, object, options, recording);
    let sop_instance = string_of(object, tags::SOP_INSTANCE_UID);
    let retain_uids = options.is_enabled(ProfileOption::RetainUids);
    object.update_meta(|meta| {
        let new_uid = match sop_instance {
            Some(uid) => uid,
            None if retain_uids => meta.media_storage_sop_instance_uid().to_string(),
            None => engine
                .transformer()
                .map_uid(meta.media_storage_sop_instance_uid()),
        };
        meta.media_storage_sop_instance_uid = new_uid;
        meta.source_application_entity_title = None;
        meta.sending_application_entity_title = None;
        meta.receiving_application_entity_title = None;
        meta.private_information_creator_uid = None;
        meta.private_information = None;
    });
    let reason = review_reason(object, options);
    ObjectReport {
        status: if reason.is_some() {
            Status::Review
        } else {
            Status::Ok
        },
        reason,
        changes,
        changed,
    }
}

/// De-identify one file's bytes. Not DICOM → [`DicomError::NotDicom`]; a DICOMDIR →
/// [`DicomError::Dicomdir`]; unparseable → [`DicomError::Parse`].
pub fn scrub_bytes(
    engine: &Engine,
    input: &[u8],
    options: &ProfileOptions,
) -> Result<ScrubbedFile, DicomError> {
    let mut parsed = parse_input(input)?;
    let report = scrub_file_object(engine, &mut parsed.object, options, Recording::Records)?;
    let mut bytes = Vec::with_capacity(input.len());
    parsed
        .write(&mut bytes)
        .map_err(|e| DicomError::Write(e.to_string()))?;
    Ok(ScrubbedFile {
        bytes,
        status: report.status,
        reason: report.reason,
        changes: report.changes,
    })
}

/// An input file, parsed: the object, and where to copy the raw Pixel Data element from
/// when the pixels were not decoded (see `pixel_tail`).
pub(crate) struct ParsedFile<'a> {
    /// The file meta and data set (without Pixel Data when `pixels` is set).
    pub object: DefaultDicomObject,
    /// The input's own encoding of its top-level Pixel Data element; `None` when the object
    /// holds the pixels itself.
    pub pixels: Option<PixelSource<'a>>,
}

impl ParsedFile<'_> {
    /// Encode the (de-identified) file.
    pub(crate) fn write(&mut self, to: &mut impl Write) -> std::io::Result<()> {
        if let Some(pixels) = &self.pixels {
            return pixel_tail::write_split(&mut self.object, pixels, to);
        }
        native_pixels_as_bytes(&mut self.object);
        self.object
            .write_all(&mut *to)
            .map_err(pixel_tail::encode_error)
    }
}

/// Parse a whole input file held in memory, copying rather than decoding its pixel data
/// where that is exact.
pub(crate) fn parse_input(input: &[u8]) -> Result<ParsedFile<'_>, DicomError> {
    if looks_like_dicom(input)
        && let Some(split) = pixel_tail::parse_split(input)
    {
        return Ok(ParsedFile {
            object: split.object,
            pixels: Some(PixelSource::Bytes(&input[split.pixels])),
        });
    }
    Ok(ParsedFile {
        object: parse_bytes(input)?,
        pixels: None,
    })
}

/// Whether `bytes` start like a DICOM file (`DICM` after a 128-byte preamble, or at 0).
pub fn looks_like_dicom(bytes: &[u8]) -> bool {
    bytes.get(128..132) == Some(b"DICM") || bytes.get(0..4) == Some(b"DICM")
}

/// [`scrub_object`] for a parsed file, refusing a DICOMDIR.
pub(crate) fn scrub_file_object(
    engine: &Engine,
    object: &mut DefaultDicomObject,
    options: &ProfileOptions,
    recording: Recording,
) -> Result<ObjectReport, DicomError> {
    if object.meta().media_storage_sop_class_uid() == DICOMDIR_SOP_CLASS {
        return Err(DicomError::Dicomdir);
    }
    Ok(scrub_object_recording(engine, object, options, recording))
}

/// Explicit VR big endian: the one transfer syntax whose 16-bit words are not little endian.
pub(crate) const EXPLICIT_VR_BIG_ENDIAN: &str = "1.2.840.10008.1.2.2";

/// Before writing: native 16-bit pixel data held as words becomes the same bytes held as
/// bytes, so the encoder copies it in one go instead of writing it word by word (most of
/// the time spent writing a large image). The bytes written do not change: words are laid
/// out little endian, as every transfer syntax but explicit VR big endian (left as it is)
/// writes them.
fn native_pixels_as_bytes(object: &mut DefaultDicomObject) {
    if pixel_tail::transfer_syntax_uid(object) == EXPLICIT_VR_BIG_ENDIAN {
        return;
    }
    let Some(element) = object.get(tags::PIXEL_DATA) else {
        return;
    };
    let (vr, bytes) = match element.value() {
        DicomValue::Primitive(PrimitiveValue::U16(words)) => (
            element.vr(),
            words
                .iter()
                .flat_map(|w| w.to_le_bytes())
                .collect::<Vec<u8>>(),
        ),
        _ => return,
    };
    object.put(DataElement::new(
        tags::PIXEL_DATA,
        vr,
        PrimitiveValue::U8(bytes.into()),
    ));
}

/// Parse a DICOM file held in memory.
pub(crate) fn parse_bytes(input: &[u8]) -> Result<DefaultDicomObject, DicomError> {
    if looks_like_dicom(input) {
        return parse_reader(Cursor::new(input));
    }
    match raw_dataset_is_explicit(input) {
        Some(explicit) => parse_raw_dataset(input, explicit),
        None => Err(DicomError::NotDicom),
    }
}

/// A bare data set without preamble or file meta (old ACR-NEMA style exports, `no_meta`
/// files) starts with a group 0008 element in little endian. `Some(true)` when the two
/// bytes after the tag are a VR (explicit VR), `Some(false)` for implicit VR.
pub(crate) fn raw_dataset_is_explicit(input: &[u8]) -> Option<bool> {
    let head = input.get(..8)?;
    if u16::from_le_bytes([head[0], head[1]]) != 0x0008 {
        return None;
    }
    if head[4].is_ascii_uppercase() && head[5].is_ascii_uppercase() {
        return Some(true);
    }
    let length = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as usize;
    (length < input.len()).then_some(false)
}

/// Read a bare data set and give it a file meta group (written out as a standard Part 10
/// file with the same transfer syntax).
fn parse_raw_dataset(input: &[u8], explicit: bool) -> Result<DefaultDicomObject, DicomError> {
    use dicom_transfer_syntax_registry::entries::{
        EXPLICIT_VR_LITTLE_ENDIAN, IMPLICIT_VR_LITTLE_ENDIAN,
    };
    let ts = if explicit {
        EXPLICIT_VR_LITTLE_ENDIAN.erased()
    } else {
        IMPLICIT_VR_LITTLE_ENDIAN.erased()
    };
    let dataset = InMemDicomObject::read_dataset_with_ts(Cursor::new(input), &ts).map_err(|e| {
        DicomError::Parse(format!(
            "bare data set without file meta: {}",
            error_chain(&e)
        ))
    })?;
    dataset
        .with_meta(dicom_object::FileMetaTableBuilder::new().transfer_syntax(ts.uid()))
        .map_err(|e| {
            DicomError::Parse(format!(
                "bare data set without file meta: {}",
                error_chain(&e)
            ))
        })
}

/// Parse a whole DICOM file (preamble, or `DICM` first) from a reader.
fn parse_reader(reader: impl Read) -> Result<DefaultDicomObject, DicomError> {
    OpenFileOptions::new()
        .from_reader(reader)
        .map_err(|e| DicomError::Parse(error_chain(&e)))
}

/// An error and its first cause, e.g. "Could not parse ...: unexpected end of file".
fn error_chain(error: &dyn std::error::Error) -> String {
    match error.source() {
        Some(cause) => format!("{error}: {cause}"),
        None => error.to_string(),
    }
}

/// The subject: the original PatientID, if any.
fn subject_of(dataset: &InMemDicomObject) -> Option<Subject> {
    string_of(dataset, tags::PATIENT_ID)
        .filter(|id| !id.is_empty())
        .map(Subject::new)
}

/// A single string value without padding.
fn string_of(dataset: &InMemDicomObject, tag: dicom_core::Tag) -> Option<String> {
    let value = dataset.get(tag)?.to_str().ok()?;
    Some(value.trim_end_matches(['\0', ' ']).trim_start().to_string())
}

/// Why the pixels need a human: BurnedInAnnotation = YES, or a modality (or SOP class) in
/// `review_modalities`. `None` when no review is needed.
pub fn review_reason(dataset: &InMemDicomObject, options: &ProfileOptions) -> Option<String> {
    if string_of(dataset, tags::BURNED_IN_ANNOTATION).is_some_and(|v| v.eq_ignore_ascii_case("YES"))
    {
        return Some("BurnedInAnnotation is YES: pixel data may show PHI".to_string());
    }
    let modality = string_of(dataset, tags::MODALITY)
        .unwrap_or_default()
        .to_ascii_uppercase();
    let sop_class = string_of(dataset, tags::SOP_CLASS_UID).unwrap_or_default();
    for wanted in &options.review_modalities {
        let wanted = wanted.trim().to_ascii_uppercase();
        let by_class = match wanted.as_str() {
            "SC" => sop_class.starts_with(SECONDARY_CAPTURE_PREFIX),
            "US" => ULTRASOUND_PREFIXES.iter().any(|p| sop_class.starts_with(p)),
            _ => false,
        };
        if by_class || (!wanted.is_empty() && modality == wanted) {
            return Some(format!(
                "modality {wanted} often carries burned-in text: review the pixels"
            ));
        }
    }
    None
}

/// PatientIdentityRemoved, DeidentificationMethod, DeidentificationMethodCodeSequence and
/// LongitudinalTemporalInformationModified.
fn add_method_attributes(dataset: &mut InMemDicomObject, options: &ProfileOptions) {
    let enabled = options.enabled();
    let mut method = vec![format!(
        "{TOOL_VERSION}: PS3.15 E Basic Application Confidentiality Profile"
    )];
    method.extend(enabled.iter().map(|o| o.code().1.to_string()));
    if options.is_enabled(ProfileOption::RetainSafePrivate) {
        method.push("safe private: PS3.15 Table E.3.10-1 numeric entries".to_string());
    }
    let method: Vec<String> = method
        .into_iter()
        .map(|m| crate::vr::fit(VR::LO, m))
        .collect();
    let mut codes = vec![code_item(
        "113100",
        "Basic Application Confidentiality Profile",
    )];
    codes.extend(enabled.iter().map(|o| code_item(o.code().0, o.code().1)));
    dataset.put(DataElement::new(
        tags::PATIENT_IDENTITY_REMOVED,
        VR::CS,
        PrimitiveValue::from("YES"),
    ));
    dataset.put(DataElement::new(
        tags::DEIDENTIFICATION_METHOD,
        VR::LO,
        PrimitiveValue::Strs(method.into_iter().collect()),
    ));
    dataset.put(DataElement::new(
        tags::DEIDENTIFICATION_METHOD_CODE_SEQUENCE,
        VR::SQ,
        DataSetSequence::new(codes, Length::UNDEFINED),
    ));
    dataset.put(DataElement::new(
        tags::LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED,
        VR::CS,
        PrimitiveValue::from(options.longitudinal_status()),
    ));
}

/// One CID 7050 code item (scheme DCM).
fn code_item(value: &str, meaning: &str) -> InMemDicomObject {
    InMemDicomObject::from_element_iter([
        DataElement::new(tags::CODE_VALUE, VR::SH, PrimitiveValue::from(value)),
        DataElement::new(
            tags::CODING_SCHEME_DESIGNATOR,
            VR::SH,
            PrimitiveValue::from("DCM"),
        ),
        DataElement::new(tags::CODE_MEANING, VR::LO, PrimitiveValue::from(meaning)),
    ])
}
