//! Directory processing: mirror a tree of DICOM files into an output directory, in
//! parallel, with one record per input file. Files are written atomically (temp file in the
//! target directory, then rename); a file that cannot be processed is reported, never
//! written half-way, never copied through, and never stops the run.
//!
//! Outputs are not fsynced one by one: on small files that cost ~5 ms each here, five times
//! the whole de-identification, and a crash loses nothing the input does not still hold
//! (the input is never modified; run again). A caller that needs the output on disk before
//! it deletes the input syncs the file system once (`sync -f OUT`).

use std::collections::HashSet;
use std::fs;
use std::io::{BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use serde::Serialize;

use deid_core::Engine;
use deid_core::provenance::Change;

use crate::profile::ProfileOptions;

use crate::pixel_tail::{FileInput, MIN_SPLIT_SIZE, PixelSource, SplitFile, parse_split_file};
use crate::scrub::{
    DicomError, ParsedFile, Recording, Status, looks_like_dicom, parse_bytes,
    raw_dataset_is_explicit, scrub_file_object,
};

/// Read and write buffer size.
const IO_BUFFER: usize = 64 * 1024;
/// Enough of a file to see its `DICM` magic (after a 128-byte preamble).
const DICOM_HEAD: usize = 132;

/// Files that need a human look at their pixels go under this directory of the output.
pub const REVIEW_DIR: &str = "_review";

/// A progress callback: `(files done, files total)`.
pub type Progress = Box<dyn Fn(usize, usize) + Send + Sync>;

/// How to process a tree. The default: default profile options, one thread per core, no
/// progress callback.
#[derive(Default)]
pub struct TreeOptions {
    /// The profile options.
    pub profile: ProfileOptions,
    /// Worker threads; 0 lets rayon choose (one per core).
    pub jobs: usize,
    /// Called after each file.
    pub progress: Option<Progress>,
    /// Count the changes without keeping a record of each (when no provenance is written):
    /// [`FileRecord::changes`] stays empty, [`FileRecord::changed`] counts.
    pub count_only: bool,
}

/// What happened to one input file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileRecord {
    /// Path relative to the input (the document name in provenance).
    pub path: PathBuf,
    /// ok, review, skipped or failed.
    pub status: Status,
    /// Why review, skipped or failed.
    pub reason: Option<String>,
    /// The changes made (empty unless ok or review, and when only counted).
    #[serde(skip)]
    pub changes: Vec<Change>,
    /// How many values were changed.
    pub changed: usize,
}

impl FileRecord {
    /// The relative path with `/` separators, as used for provenance documents.
    pub fn document(&self) -> String {
        self.path
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// Counts per status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Written.
    pub ok: usize,
    /// Written under `_review/`.
    pub review: usize,
    /// Not DICOM, or DICOMDIR.
    pub skipped: usize,
    /// Could not be processed.
    pub failed: usize,
}

/// The result of [`scrub_tree`].
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TreeReport {
    /// One record per input file, sorted by path.
    pub files: Vec<FileRecord>,
    /// Counts per status.
    pub counts: Counts,
}

impl TreeReport {
    fn from_records(mut files: Vec<FileRecord>) -> TreeReport {
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let mut counts = Counts::default();
        for file in &files {
            match file.status {
                Status::Ok => counts.ok += 1,
                Status::Review => counts.review += 1,
                Status::Skipped => counts.skipped += 1,
                Status::Failed => counts.failed += 1,
            }
        }
        TreeReport { files, counts }
    }
}

/// De-identify every file under `input` (a directory, or a single file) into `output`,
/// mirroring relative paths; review files go to `output/_review/<relative path>`.
/// A file whose status is skipped or failed is not written.
pub fn scrub_tree(
    engine: &Engine,
    input: &Path,
    output: &Path,
    options: &TreeOptions,
) -> TreeReport {
    let files = list_files(input, output);
    let total = files.len();
    let done = AtomicUsize::new(0);
    let job = Job {
        engine,
        input,
        single_file: input.is_file(),
        output,
        profile: &options.profile,
        recording: if options.count_only {
            Recording::CountOnly
        } else {
            Recording::Records
        },
        made_dirs: Mutex::new(HashSet::new()),
    };
    let run = || {
        files
            .par_iter()
            .map(|relative| {
                // dicom-rs or our walker tripping over one file must not stop the run.
                let record = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    job.process_file(relative)
                }))
                .unwrap_or_else(|_| FileRecord {
                    path: relative.to_path_buf(),
                    status: Status::Failed,
                    reason: Some("internal error while processing this file".into()),
                    changes: Vec::new(),
                    changed: 0,
                });
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if let Some(progress) = &options.progress {
                    progress(finished, total);
                }
                record
            })
            .collect::<Vec<_>>()
    };
    let records = match rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs)
        .build()
    {
        Ok(pool) => pool.install(run),
        Err(_) => run(),
    };
    TreeReport::from_records(records)
}

/// Relative paths of the regular files and symbolic links (reported, never followed) under
/// `input` (or the file itself), leaving out
/// anything under `output` when the output sits inside the input.
fn list_files(input: &Path, output: &Path) -> Vec<PathBuf> {
    if input.is_file() {
        return input.file_name().map(PathBuf::from).into_iter().collect();
    }
    let output = output.canonicalize().ok();
    walkdir::WalkDir::new(input)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| match &output {
            Some(out) => entry.path().canonicalize().map_or(true, |p| &p != out),
            None => true,
        })
        .filter_map(Result::ok)
        .filter(|entry| entry.file_type().is_file() || entry.file_type().is_symlink())
        .filter_map(|entry| entry.path().strip_prefix(input).ok().map(Path::to_path_buf))
        .collect()
}

/// What every file of one run shares.
struct Job<'a> {
    engine: &'a Engine,
    recording: Recording,
    input: &'a Path,
    /// The input is one file, not a directory.
    single_file: bool,
    output: &'a Path,
    profile: &'a ProfileOptions,
    /// Output directories known to exist (saves a failing `mkdir` per file).
    made_dirs: Mutex<HashSet<PathBuf>>,
}

impl Job<'_> {
    /// Read, de-identify and write one file.
    fn process_file(&self, relative: &Path) -> FileRecord {
        let (engine, input, output, profile) = (self.engine, self.input, self.output, self.profile);
        let source = if self.single_file {
            input.to_path_buf()
        } else {
            input.join(relative)
        };
        let record = |status, reason: Option<String>, changes: Vec<Change>| FileRecord {
            path: relative.to_path_buf(),
            status,
            reason,
            changed: changes.len(),
            changes,
        };
        if fs::symlink_metadata(&source).is_ok_and(|m| m.file_type().is_symlink()) {
            return record(
                Status::Skipped,
                Some("symbolic link: not followed".to_string()),
                Vec::new(),
            );
        }
        if is_dicomdir_name(relative) {
            return record(
                Status::Skipped,
                Some(DicomError::Dicomdir.to_string()),
                Vec::new(),
            );
        }
        let read_failure = |e: std::io::Error| {
            record(
                Status::Failed,
                Some(format!("cannot read: {e}")),
                Vec::new(),
            )
        };
        let file = match fs::File::open(&source) {
            Ok(file) => file,
            Err(e) => return read_failure(e),
        };
        let parsed = match read_input(&file) {
            Ok(Some(Input::Split(split))) => Ok(ParsedFile {
                object: split.object,
                pixels: Some(PixelSource::File(&file, split.pixels)),
            }),
            Ok(Some(Input::Whole(bytes))) => parse_bytes(&bytes).map(|object| ParsedFile {
                object,
                pixels: None,
            }),
            Ok(None) => {
                let e = DicomError::NotDicom;
                return record(e.status(), Some(e.to_string()), Vec::new());
            }
            Err(e) => return read_failure(e),
        };
        let scrubbed = parsed.and_then(|mut parsed| {
            scrub_file_object(engine, &mut parsed.object, profile, self.recording)
                .map(|report| (parsed, report))
        });
        let (mut parsed, report) = match scrubbed {
            Ok(done) => done,
            Err(e) => return record(e.status(), Some(e.to_string()), Vec::new()),
        };
        let target = match report.status {
            Status::Review => output.join(REVIEW_DIR).join(relative),
            _ => output.join(relative),
        };
        match self.write_atomically(&target, &mut parsed) {
            Ok(()) => FileRecord {
                changed: report.changed,
                ..record(report.status, report.reason, report.changes)
            },
            Err(e) => record(
                Status::Failed,
                Some(format!("cannot write output: {e}")),
                Vec::new(),
            ),
        }
    }

    /// Write `file` to a temp file next to `target` and rename it into place (no fsync: see
    /// the module docs).
    fn write_atomically(&self, target: &Path, file: &mut ParsedFile) -> std::io::Result<()> {
        let dir = target.parent().unwrap_or(Path::new("."));
        let known = self
            .made_dirs
            .lock()
            .map(|dirs| dirs.contains(dir))
            .unwrap_or(false);
        if !known {
            fs::create_dir_all(dir)?;
            if let Ok(mut dirs) = self.made_dirs.lock() {
                dirs.insert(dir.to_path_buf());
            }
        }
        write_to_temp_and_rename(dir, target, file)
    }
}

fn is_dicomdir_name(relative: &Path) -> bool {
    relative
        .file_name()
        .is_some_and(|name| name.to_string_lossy().eq_ignore_ascii_case("DICOMDIR"))
}

/// A file as read: its header, when its pixels can be copied from the file, or all of it.
enum Input {
    Split(Box<SplitFile>),
    Whole(Vec<u8>),
}

/// Read a file that starts like DICOM (Part 10, or a bare data set); `None` when it does
/// not, having read no further than its first bytes.
fn read_input(file: &fs::File) -> std::io::Result<Option<Input>> {
    let len = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
    let mut input = FileInput::new(file, len);
    let mut head = Vec::with_capacity(DICOM_HEAD);
    input
        .reader()
        .take(DICOM_HEAD as u64)
        .read_to_end(&mut head)?;
    if looks_like_dicom(&head) {
        if len >= MIN_SPLIT_SIZE
            && let Some(split) = parse_split_file(&mut input)
        {
            return Ok(Some(Input::Split(Box::new(split))));
        }
    } else if raw_dataset_is_explicit(&head).is_none() {
        return Ok(None);
    }
    input.into_bytes().map(|bytes| Some(Input::Whole(bytes)))
}

/// Write `file` to a temp file in `dir` (which exists) and rename it to `target`; on any
/// error the temp file is removed, so nothing half-written is left.
fn write_to_temp_and_rename(
    dir: &Path,
    target: &Path,
    parsed: &mut ParsedFile,
) -> std::io::Result<()> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.deid-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = BufWriter::with_capacity(IO_BUFFER, fs::File::create(&temp)?);
        parsed.write(&mut file)?;
        file.flush()?;
        drop(file);
        fs::rename(&temp, target)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}
