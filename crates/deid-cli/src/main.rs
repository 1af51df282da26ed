//! `deid`: scan, scrub, verify, audit and key management from the command line. A thin face
//! over `deid-core` and `deid-dicom`: every decision about PHI is made there.

mod corpus;
mod files;
mod scrub;

use std::io::{BufReader, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use deid_core::adapters::Format;
use deid_core::{Engine, KeyRing, Policy};

/// mimalloc rather than the system allocator: a DICOM tree allocates and frees an image's
/// worth of memory per file on every worker thread, and glibc returns that memory to the
/// kernel after each file (madvise) only to fault it back in for the next — on 200 CT
/// slices that was half the run.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn transparent huge pages off for this process. mimalloc asks the kernel for huge
/// pages on its arenas, and every first touch of one then zeroes 2 MiB: measured here, that
/// was three quarters of the CPU time of a 200-file DICOM tree and more than half the wall
/// time of a 20 MB text file (system time 2.5 s → 0.1 s). It runs as a constructor, before
/// the runtime's first allocation (which otherwise faults in a huge page of its own), so
/// every thread inherits the flag.
#[cfg(target_os = "linux")]
extern "C" fn disable_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes plain integer arguments and touches no memory of ours;
    // a failure (an old kernel) leaves the process as it was, which is only slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static DISABLE_THP_AT_START: extern "C" fn() = disable_transparent_huge_pages;

#[derive(Parser)]
#[command(
    name = "deid",
    version,
    about = "Find and remove PHI (HIPAA Safe Harbor) in text, HL7 v2, FHIR, CSV and DICOM"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct EngineArgs {
    /// Policy file (TOML, JSON or YAML) or a built-in policy name (safe-harbor, redact).
    #[arg(long, default_value = "safe-harbor")]
    policy: String,
    /// Keyring file (from `deid keys new`). Without one, an ephemeral key is used and the
    /// output is not linkable across runs.
    #[arg(long)]
    keys: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// List PHI findings (kind, span, detector, confidence) without changing anything.
    Scan {
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Input format (auto decides by content).
        #[arg(long, default_value = "auto")]
        format: String,
        /// One JSON object per finding instead of text.
        #[arg(long)]
        json: bool,
        /// Include the matched text in the output (it is PHI: use with care).
        #[arg(long)]
        show_values: bool,
        #[command(flatten)]
        engine: EngineArgs,
    },
    /// De-identify IN into OUT (files or directories; directories are mirrored).
    Scrub(scrub::ScrubArgs),
    /// Exit 1 when residual PHI is found (an egress gate for redacted output).
    Verify {
        /// Files or directories.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Input format.
        #[arg(long, default_value = "auto")]
        format: String,
        #[command(flatten)]
        engine: EngineArgs,
    },
    /// Provenance log tools.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Keyring tools.
    Keys {
        #[command(subcommand)]
        command: KeysCommand,
    },
    /// Score detection on a labelled corpus: precision, recall, F2 per kind.
    Eval {
        /// JSONL corpus (`text` + `spans` with `bstart`/`bend`/`kind`), or a presidio-research
        /// JSON file with --presidio.
        corpus: PathBuf,
        /// The corpus is in presidio-research format.
        #[arg(long)]
        presidio: bool,
        /// Clinical terms (one per line) that must survive: reports how many do.
        #[arg(long)]
        terms: Option<PathBuf>,
        /// Machine-readable report.
        #[arg(long)]
        json: bool,
        /// Print every miss and false positive with its text (synthetic corpora only: the
        /// values are printed).
        #[arg(long)]
        show_errors: bool,
        #[command(flatten)]
        engine: EngineArgs,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Check a provenance log's hash chain and seal.
    Verify {
        /// The provenance JSONL file.
        provenance: PathBuf,
        /// Keyring, to check the seal's HMAC too.
        #[arg(long)]
        keys: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Print a fresh keyring (TOML) to standard output.
    New {
        /// Key id.
        #[arg(long, default_value = "k1")]
        id: String,
    },
}

fn main() -> ExitCode {
    // Libraries' errors capture a backtrace when RUST_BACKTRACE is set, and dicom-rs
    // builds (and recovers from) such errors while reading ordinary files: we never print
    // them, and capturing costs more than the parse. Panics keep RUST_BACKTRACE's setting.
    if std::env::var_os("RUST_LIB_BACKTRACE").is_none() {
        // SAFETY: no other thread exists yet to read the environment concurrently.
        unsafe { std::env::set_var("RUST_LIB_BACKTRACE", "0") };
    }
    // A panic message can quote the data it tripped on (a string slice, a value): print
    // only where it happened, never what.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("deid: internal error at {place} (message withheld: it may quote input data)");
    }));
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("deid: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Scan {
            paths,
            format,
            json,
            show_values,
            engine,
        } => {
            let engine = build_engine(&engine)?;
            files::scan(&engine, &paths, parse_format(&format)?, json, show_values)
        }
        Command::Scrub(args) => scrub::run(args),
        Command::Verify {
            paths,
            format,
            engine,
        } => {
            let engine = build_engine(&engine)?;
            files::verify(&engine, &paths, parse_format(&format)?)
        }
        Command::Audit {
            command: AuditCommand::Verify { provenance, keys },
        } => {
            let file = std::fs::File::open(&provenance)
                .with_context(|| format!("cannot open {}", provenance.display()))?;
            let keys = keys.map(|k| load_keys(&k)).transpose()?;
            match deid_core::provenance::verify(BufReader::new(file), keys.as_ref()) {
                Ok(v) => {
                    println!(
                        "{}: chain intact, {} records{}",
                        provenance.display(),
                        v.records,
                        if v.sealed_with_key {
                            ", seal verified with the keyring"
                        } else {
                            " (seal MAC not checked: pass --keys)"
                        }
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    println!("{}: TAMPERED: {e}", provenance.display());
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Keys {
            command: KeysCommand::New { id },
        } => {
            let ring = KeyRing::generate(&id)?;
            print!("{}", ring.to_toml());
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            corpus,
            presidio,
            terms,
            json,
            show_errors,
            engine,
        } => {
            let engine = build_engine(&engine)?;
            corpus::eval(
                &engine,
                &corpus,
                presidio,
                terms.as_deref(),
                json,
                show_errors,
            )
        }
    }
}

/// `auto` → None (decide per file by content).
pub fn parse_format(name: &str) -> Result<Option<Format>> {
    if name == "auto" {
        return Ok(None);
    }
    if name == "dicom" {
        bail!("--format dicom is only supported by `deid scrub` on files and directories");
    }
    match Format::from_name(name) {
        Some(f) => Ok(Some(f)),
        None => bail!("unknown format `{name}` (expected auto, text, hl7, fhir, csv, dicom)"),
    }
}

pub fn load_keys(path: &PathBuf) -> Result<KeyRing> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read keyring {}", path.display()))?;
    Ok(KeyRing::from_toml(&text, &path.display().to_string())?)
}

pub fn load_policy(spec: &str) -> Result<Policy> {
    if let Some(policy) = Policy::builtin(spec) {
        return Ok(policy);
    }
    let text = std::fs::read_to_string(spec).with_context(|| {
        format!(
            "cannot read policy {spec} (not a file, nor a built-in policy: safe-harbor, redact)"
        )
    })?;
    Ok(Policy::parse(&text, spec)?)
}

fn build_engine(args: &EngineArgs) -> Result<Engine> {
    let policy = load_policy(&args.policy)?;
    let keys = match &args.keys {
        Some(path) => load_keys(path)?,
        None => {
            eprintln!(
                "deid: warning: no --keys given: using an ephemeral random key; output will not be linkable across runs (create one with `deid keys new > keys.toml`)"
            );
            KeyRing::ephemeral()?
        }
    };
    Ok(Engine::new(policy, keys))
}

/// True when progress bars may be drawn.
pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}
