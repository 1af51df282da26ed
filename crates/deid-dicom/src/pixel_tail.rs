//! Pixel data copied, not decoded.
//!
//! The profile keeps pixel data byte for byte, so an image need not be decoded into words
//! and encoded back, nor even read into memory: the header — everything before the
//! top-level Pixel Data — is parsed and de-identified, and the Pixel Data element is copied
//! from the input as raw bytes after it (file to file, by the kernel, where it can).
//! Elements after the pixels (trailing padding, signatures) are parsed from the rest of the
//! input, de-identified with the header and written after the copied pixels.
//!
//! This applies only where the copy is exactly what re-encoding would write: the Pixel
//! Data element's encoding (tag, VR, length, and for encapsulated data every item up to
//! the sequence delimiter) checks out, whatever follows it parses as elements that sort
//! after it, and the data set is not deflated (one compressed stream cannot be cut).
//! Anything else — a length that does not add up, a transfer syntax we do not know — is
//! parsed whole as before.

use std::fs::File;
use std::io::{Cursor, Read, Write};
use std::ops::Range;

use dicom_core::Tag;
use dicom_dictionary_std::tags;
use dicom_object::{DefaultDicomObject, InMemDicomObject, OpenFileOptions};
use dicom_transfer_syntax_registry::{TransferSyntax, TransferSyntaxIndex, TransferSyntaxRegistry};

use crate::scrub::EXPLICIT_VR_BIG_ENDIAN;

/// Files smaller than this are parsed whole: decoding their pixels costs little, and a file
/// without pixel data would otherwise be parsed twice.
pub(crate) const MIN_SPLIT_SIZE: usize = 16 * 1024;

/// How far the parser's read-ahead buffer can run past the Pixel Data header. dicom-object
/// reads through an 8 KiB `BufReader`; the margin covers a larger one.
const READ_AHEAD: usize = 64 * 1024;

/// A file parsed around its top-level Pixel Data.
pub(crate) struct SplitFile {
    /// The file meta and every data set element but Pixel Data.
    pub object: DefaultDicomObject,
    /// Where the Pixel Data element (from its tag to its last byte) lies in the input.
    pub pixels: Range<usize>,
}

/// An input that can be read anywhere: bytes in memory, or a file of which the parser has
/// read a leading part.
pub(crate) trait Input {
    /// The input's length in bytes.
    fn len(&self) -> usize;
    /// Fill `buf` from `at`; false when the input ends first or cannot be read.
    fn read_at(&self, at: usize, buf: &mut [u8]) -> bool;
}

impl Input for [u8] {
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }

    fn read_at(&self, at: usize, buf: &mut [u8]) -> bool {
        match self.get(at..at.saturating_add(buf.len())) {
            Some(bytes) => {
                buf.copy_from_slice(bytes);
                true
            }
            None => false,
        }
    }
}

/// A file read from its start through [`FileInput::reader`], which keeps what was read so
/// that the bytes around the Pixel Data header can be inspected afterwards.
pub(crate) struct FileInput<'a> {
    file: &'a File,
    len: usize,
    /// Every byte read so far, from the start of the file.
    seen: Vec<u8>,
}

impl<'a> FileInput<'a> {
    pub(crate) fn new(file: &'a File, len: usize) -> FileInput<'a> {
        FileInput {
            file,
            len,
            seen: Vec::new(),
        }
    }

    /// A reader from the start of the file: what was read before is replayed, then the file
    /// is read on.
    pub(crate) fn reader(&mut self) -> impl Read + '_ {
        Replay { input: self, at: 0 }
    }

    /// The bytes read so far.
    pub(crate) fn seen(&self) -> &[u8] {
        &self.seen
    }

    /// The whole file, for a parse of all of it.
    pub(crate) fn into_bytes(mut self) -> std::io::Result<Vec<u8>> {
        let mut file = self.file;
        self.seen.reserve(self.len.saturating_sub(self.seen.len()));
        file.read_to_end(&mut self.seen)?;
        Ok(self.seen)
    }
}

impl Input for FileInput<'_> {
    fn len(&self) -> usize {
        self.len
    }

    fn read_at(&self, at: usize, buf: &mut [u8]) -> bool {
        if let Some(bytes) = self.seen.get(at..at.saturating_add(buf.len())) {
            buf.copy_from_slice(bytes);
            return true;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileExt;
            self.file.read_exact_at(buf, at as u64).is_ok()
        }
        #[cfg(not(unix))]
        {
            let _ = buf;
            false
        }
    }
}

/// Reads a [`FileInput`] from its start.
struct Replay<'a, 'f> {
    input: &'a mut FileInput<'f>,
    at: usize,
}

impl Read for Replay<'_, '_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let seen = &self.input.seen;
        if self.at < seen.len() {
            let n = buf.len().min(seen.len() - self.at);
            buf[..n].copy_from_slice(&seen[self.at..self.at + n]);
            self.at += n;
            return Ok(n);
        }
        let mut file = self.input.file;
        let n = file.read(buf)?;
        self.input.seen.extend_from_slice(&buf[..n]);
        self.at += n;
        Ok(n)
    }
}

/// Parse a Part 10 file held in memory up to its top-level Pixel Data, or `None` when the
/// file must be parsed whole (see the module docs). A header that does not parse is also
/// `None`: the whole parse then reports the error.
pub(crate) fn parse_split(input: &[u8]) -> Option<SplitFile> {
    if input.len() < MIN_SPLIT_SIZE {
        return None;
    }
    let mut cursor = Cursor::new(input);
    let object = read_header(&mut cursor)?;
    let pulled = usize::try_from(cursor.position()).ok()?;
    split_after_header(object, input, &input[..pulled.min(input.len())])
}

/// [`parse_split`] for a file, reading no more of it than the header (the caller copies the
/// pixels from the file). Check [`MIN_SPLIT_SIZE`] first.
pub(crate) fn parse_split_file(input: &mut FileInput) -> Option<SplitFile> {
    let object = read_header(input.reader())?;
    split_after_header(object, input, input.seen())
}

/// The file meta and data set up to (not including) the top-level Pixel Data.
fn read_header(reader: impl Read) -> Option<DefaultDicomObject> {
    OpenFileOptions::new()
        .read_until(tags::PIXEL_DATA)
        .from_reader(reader)
        .ok()
}

/// Find the Pixel Data element after a header parse that read `pulled` (the leading bytes
/// of `input`), and parse whatever follows it into the object.
fn split_after_header(
    object: DefaultDicomObject,
    input: &(impl Input + ?Sized),
    pulled: &[u8],
) -> Option<SplitFile> {
    let uid = transfer_syntax_uid(&object);
    let layout = Layout::of(uid)?;
    let ts = TransferSyntaxRegistry.get(uid)?;
    // The parser stopped right after the Pixel Data header, but its buffer may have read
    // further: the header lies in the last READ_AHEAD bytes of what was read.
    let from = pulled.len().saturating_sub(READ_AHEAD);
    let tag = layout.tag_bytes(PIXEL_DATA_LE);
    let (pixels, trailer) = (from..pulled.len())
        .filter(|&at| pulled[at..].starts_with(&tag))
        .find_map(|at| {
            let end = layout.pixel_data_end(input, at)?;
            let trailer = parse_trailer(input, end, ts)?;
            Some((at..end, trailer))
        })?;
    let mut object = object;
    for element in trailer {
        object.put(element);
    }
    Some(SplitFile { object, pixels })
}

/// The elements from `from` to the end of `input` (none when Pixel Data ends the file), or
/// `None` when those bytes are not a run of elements that all sort after Pixel Data.
fn parse_trailer(
    input: &(impl Input + ?Sized),
    from: usize,
    ts: &TransferSyntax,
) -> Option<InMemDicomObject> {
    let mut bytes = vec![0; input.len().checked_sub(from)?];
    if bytes.is_empty() {
        return Some(InMemDicomObject::new_empty());
    }
    if !input.read_at(from, &mut bytes) {
        return None;
    }
    let trailer = InMemDicomObject::read_dataset_with_ts(Cursor::new(bytes), ts).ok()?;
    let sorts_after = trailer.tags().all(|tag| tag > tags::PIXEL_DATA);
    let has_elements = trailer.tags().next().is_some();
    (sorts_after && has_elements).then_some(trailer)
}

/// Where the copied Pixel Data comes from when a split file is written.
pub(crate) enum PixelSource<'a> {
    /// The input's bytes, in memory.
    Bytes(&'a [u8]),
    /// A range of an input file.
    File(&'a File, Range<usize>),
}

/// Write a split file after de-identification: the object's elements before Pixel Data,
/// the input's Pixel Data bytes, then the object's elements after it.
pub(crate) fn write_split(
    object: &mut DefaultDicomObject,
    pixels: &PixelSource,
    to: &mut (impl Write + ?Sized),
) -> std::io::Result<()> {
    let after: Vec<Tag> = object
        .tags()
        .filter(|tag| *tag > tags::PIXEL_DATA)
        .collect();
    let mut trailer = InMemDicomObject::new_empty();
    for tag in after {
        if let Some(element) = object.take(tag) {
            trailer.put(element);
        }
    }
    object.write_all(&mut *to).map_err(encode_error)?;
    match pixels {
        PixelSource::Bytes(bytes) => to.write_all(bytes)?,
        PixelSource::File(file, range) => copy_range(file, range, to)?,
    }
    if trailer.tags().next().is_some() {
        let ts = TransferSyntaxRegistry
            .get(transfer_syntax_uid(object))
            .ok_or_else(|| std::io::Error::other("unknown transfer syntax"))?;
        trailer
            .write_dataset_with_ts(&mut *to, ts)
            .map_err(encode_error)?;
    }
    Ok(())
}

/// Copy `range` of `file` to `to`. `std::io::copy` hands a file-to-file copy to the kernel
/// (`copy_file_range`), so the pixels never pass through this process.
fn copy_range(
    mut file: &File,
    range: &Range<usize>,
    to: &mut (impl Write + ?Sized),
) -> std::io::Result<()> {
    use std::io::{Seek, SeekFrom};
    file.seek(SeekFrom::Start(range.start as u64))?;
    let want = (range.end - range.start) as u64;
    let copied = std::io::copy(&mut file.take(want), to)?;
    if copied == want {
        Ok(())
    } else {
        Err(std::io::ErrorKind::UnexpectedEof.into())
    }
}

/// The object's transfer syntax UID without the padding its encoding may carry.
pub(crate) fn transfer_syntax_uid(object: &DefaultDicomObject) -> &str {
    object
        .meta()
        .transfer_syntax()
        .trim_end_matches(['\0', ' '])
}

/// An encoder error as an I/O error with a message saying what failed.
pub(crate) fn encode_error(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(format!("cannot encode DICOM: {e}"))
}

/// How the data set's elements are encoded.
#[derive(Clone, Copy)]
struct Layout {
    big_endian: bool,
    explicit_vr: bool,
}

/// Data sets compressed as a whole: no element can be cut out of them.
const DEFLATED: [&str; 2] = ["1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.4.95"];
const IMPLICIT_VR_LITTLE_ENDIAN: &str = "1.2.840.10008.1.2";

/// Tags as they appear in a little endian stream.
const PIXEL_DATA_LE: [u8; 4] = [0xE0, 0x7F, 0x10, 0x00];
const ITEM_LE: [u8; 4] = [0xFE, 0xFF, 0x00, 0xE0];
const SEQUENCE_DELIMITER_LE: [u8; 4] = [0xFE, 0xFF, 0xDD, 0xE0];
/// Value representations Pixel Data may be written with.
const PIXEL_VRS: [&[u8; 2]; 5] = [b"OB", b"OW", b"OF", b"OD", b"UN"];
const UNDEFINED_LENGTH: u32 = 0xFFFF_FFFF;

impl Layout {
    /// The layout of a transfer syntax whose data set is not deflated.
    fn of(uid: &str) -> Option<Layout> {
        if DEFLATED.contains(&uid) {
            return None;
        }
        Some(Layout {
            big_endian: uid == EXPLICIT_VR_BIG_ENDIAN,
            explicit_vr: uid != IMPLICIT_VR_LITTLE_ENDIAN,
        })
    }

    /// Where the Pixel Data element that starts at `at` ends, if one does and it fits in
    /// `input`.
    fn pixel_data_end(self, input: &(impl Input + ?Sized), at: usize) -> Option<usize> {
        if self.read_tag(input, at)? != self.tag_bytes(PIXEL_DATA_LE) {
            return None;
        }
        let (length, header) = if self.explicit_vr {
            let mut vr_and_reserved = [0; 4];
            if !input.read_at(at + 4, &mut vr_and_reserved)
                || !PIXEL_VRS
                    .iter()
                    .any(|vr| vr.as_slice() == &vr_and_reserved[..2])
                || vr_and_reserved[2..] != [0, 0]
            {
                return None;
            }
            (self.u32_at(input, at + 8)?, 12)
        } else {
            (self.u32_at(input, at + 4)?, 8)
        };
        let end = match length {
            UNDEFINED_LENGTH => self.fragments_end(input, at + header)?,
            length => at + header + length as usize,
        };
        (end <= input.len()).then_some(end)
    }

    /// Where encapsulated fragments starting at `at` (items, then the sequence delimiter)
    /// end.
    fn fragments_end(self, input: &(impl Input + ?Sized), mut at: usize) -> Option<usize> {
        let (item, delimiter) = (
            self.tag_bytes(ITEM_LE),
            self.tag_bytes(SEQUENCE_DELIMITER_LE),
        );
        loop {
            let tag = self.read_tag(input, at)?;
            let length = match self.u32_at(input, at + 4)? {
                UNDEFINED_LENGTH => return None,
                length => length as usize,
            };
            if tag == item {
                at += 8 + length;
            } else if tag == delimiter && length == 0 {
                return Some(at + 8);
            } else {
                return None;
            }
        }
    }

    /// A tag (given as it reads in little endian) as it reads in this layout.
    fn tag_bytes(self, tag: [u8; 4]) -> [u8; 4] {
        if self.big_endian {
            // Group and element are each 16-bit big endian words.
            [tag[1], tag[0], tag[3], tag[2]]
        } else {
            tag
        }
    }

    fn read_tag(self, input: &(impl Input + ?Sized), at: usize) -> Option<[u8; 4]> {
        let mut tag = [0; 4];
        input.read_at(at, &mut tag).then_some(tag)
    }

    fn u32_at(self, input: &(impl Input + ?Sized), at: usize) -> Option<u32> {
        let mut bytes = [0; 4];
        if !input.read_at(at, &mut bytes) {
            return None;
        }
        Some(if self.big_endian {
            u32::from_be_bytes(bytes)
        } else {
            u32::from_le_bytes(bytes)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`parse_split`] without the size floor (the fixtures are small).
    fn split_any_size(input: &[u8]) -> Option<SplitFile> {
        let mut cursor = Cursor::new(input);
        let object = read_header(&mut cursor)?;
        let pulled = cursor.position() as usize;
        split_after_header(object, input, &input[..pulled])
    }

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/data/pydicom/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    /// Where a fixture's Pixel Data starts, checked against a whole parse: the split object
    /// holds every element but Pixel Data.
    fn split_point(name: &str) -> usize {
        let input = fixture(name);
        let split = split_any_size(&input).unwrap_or_else(|| panic!("{name}: not split"));
        let whole = OpenFileOptions::new()
            .from_reader(Cursor::new(&input))
            .expect("fixture parses");
        assert!(split.object.get(tags::PIXEL_DATA).is_none());
        assert_eq!(
            split.object.tags().count() + 1,
            whole.tags().count(),
            "{name}: the split object plus Pixel Data is the whole data set"
        );
        split.pixels.start
    }

    #[test]
    fn native_pixels_split_where_their_element_starts() {
        let input = fixture("CT_small.dcm");
        let at = split_point("CT_small.dcm");
        // Explicit VR little endian: tag, "OW", two zero bytes, the length; the trailing
        // padding after the pixels (FFFC,FFFC) is parsed into the object.
        assert_eq!(&input[at..at + 6], &[0xE0, 0x7F, 0x10, 0x00, b'O', b'W']);
        let split = split_any_size(&input).expect("splits");
        assert_eq!(split.pixels.end, at + 12 + 128 * 128 * 2);
        assert!(split.pixels.end < input.len());
        assert!(split.object.get(Tag(0xFFFC, 0xFFFC)).is_some());
    }

    #[test]
    fn implicit_big_endian_and_encapsulated_files_split() {
        for name in [
            "MR_small_implicit.dcm",
            "MR_small_bigendian.dcm",
            "JPEG2000.dcm",
            "MR_small_RLE.dcm",
        ] {
            let input = fixture(name);
            let at = split_point(name);
            assert!(at > 132 && at < input.len(), "{name}: split at {at}");
        }
    }

    /// The splittable fixtures.
    const SPLIT: [&str; 6] = [
        "CT_small.dcm",
        "MR_small.dcm",
        "MR_small_implicit.dcm",
        "MR_small_bigendian.dcm",
        "JPEG2000.dcm",
        "MR_small_RLE.dcm",
    ];

    fn engine() -> deid_core::Engine {
        deid_core::Engine::new(
            deid_core::Policy::safe_harbor(),
            deid_core::KeyRing::from_secret("test", [7; 32]),
        )
    }

    /// De-identify and encode a parsed file.
    fn scrubbed(engine: &deid_core::Engine, mut parsed: crate::scrub::ParsedFile) -> Vec<u8> {
        crate::scrub::scrub_object(engine, &mut parsed.object, &Default::default());
        let mut out = Vec::new();
        parsed.write(&mut out).expect("encodes");
        out
    }

    #[test]
    fn copied_pixels_write_the_same_file_as_decoded_ones() {
        use crate::scrub::{ParsedFile, parse_bytes};
        let engine = engine();
        for name in SPLIT {
            let input = fixture(name);
            let whole = ParsedFile {
                object: parse_bytes(&input).expect("parses"),
                pixels: None,
            };
            let split = split_any_size(&input).expect("splits");
            let copied = ParsedFile {
                object: split.object,
                pixels: Some(PixelSource::Bytes(&input[split.pixels])),
            };
            assert_eq!(
                scrubbed(&engine, copied),
                scrubbed(&engine, whole),
                "{name}"
            );
        }
    }

    #[test]
    fn a_file_is_split_reading_only_its_header() {
        use crate::scrub::ParsedFile;
        let engine = engine();
        // A big image: the pixels are copied from the file, not read.
        let mut input = fixture("MR_small_implicit.dcm");
        let at = split_point("MR_small_implicit.dcm");
        let pixels = vec![0x5Au8; 1 << 20];
        input.truncate(at + 4);
        input.extend_from_slice(&(pixels.len() as u32).to_le_bytes());
        input.extend_from_slice(&pixels);
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.dcm");
        std::fs::write(&path, &input).expect("writes");
        let file = File::open(&path).expect("opens");
        let mut from_file = FileInput::new(&file, input.len());
        let split = parse_split_file(&mut from_file).expect("splits");
        assert_eq!(split.pixels, at..input.len());
        assert!(
            from_file.seen().len() < at + READ_AHEAD,
            "read only the header"
        );
        let copied = ParsedFile {
            object: split.object,
            pixels: Some(PixelSource::File(&file, split.pixels)),
        };
        let out = scrubbed(&engine, copied);
        let in_memory = parse_split(&input).expect("splits");
        let expected = ParsedFile {
            object: in_memory.object,
            pixels: Some(PixelSource::Bytes(&input[in_memory.pixels])),
        };
        assert_eq!(out, scrubbed(&engine, expected));
        assert!(out.ends_with(&pixels));
    }

    #[test]
    fn files_that_cannot_be_cut_are_parsed_whole() {
        // A deflated data set, and files without top-level Pixel Data.
        for name in ["image_dfl.dcm", "reportsi.dcm", "rtplan.dcm"] {
            assert!(split_any_size(&fixture(name)).is_none(), "{name}");
        }
        // Bytes after the Pixel Data element that are not an element break the match (this
        // file's pixels end it).
        let mut input = fixture("MR_small_implicit.dcm");
        input.extend_from_slice(&[0xAB; 6]);
        assert!(split_any_size(&input).is_none());
        // So does a length reaching past the end.
        let mut input = fixture("MR_small_implicit.dcm");
        input.pop();
        assert!(split_any_size(&input).is_none());
    }
}
