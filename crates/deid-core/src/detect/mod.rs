//! Detection: find PHI in a free-text value.
//!
//! One pass per engine over the value: every pattern detector is compiled into one
//! multi-pattern regex ([`patterns`]), every cue phrase into one Aho-Corasick automaton
//! ([`phrases`]), and names are decided in one walk over the words ([`names`]). Values
//! found with high confidence — and values handed in from structured fields — are then
//! searched for everywhere else in the same value (known-value propagation), including
//! partial forms (a surname alone, a first name alone).

mod known;
pub mod names;
pub mod patterns;
pub mod phrases;
mod tables;

use std::sync::OnceLock;

use rayon::prelude::*;
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::{
    self,
    backtrack::{self, BoundedBacktracker},
    pikevm::{self, PikeVM},
};
use regex_automata::util::pool::Pool;

pub use self::known::KnownValues;
use self::patterns::{Candidate, PatternDef, Verdict};
use self::phrases::CuePhrases;
use crate::{Finding, PhiKind, Span};

/// The compiled detectors. Build once ([`Detector::get`]) and share.
#[derive(Clone)]
pub struct Detector {
    /// The patterns, compiled as a few automata of related patterns (see
    /// [`pattern_family`]), each with the indexes into `defs` of its patterns.
    groups: std::sync::Arc<Vec<PatternGroup>>,
    defs: std::sync::Arc<Vec<PatternDef>>,
    cues: CuePhrases,
    /// Per pattern whose `v` group is part of its match, that pattern alone as an NFA, to
    /// find the group inside a match: the combined search then needs no capture engine.
    /// Compiled when the pattern first matches (most never do in a short field).
    value_engines: std::sync::Arc<Vec<OnceLock<Option<ValueEngine>>>>,
    /// Search state, one per thread at a time: taken once per text rather than once per
    /// match (a match every hundred bytes is common in notes).
    scratch: std::sync::Arc<Pool<Scratch, ScratchMaker>>,
}

type ScratchMaker =
    Box<dyn Fn() -> Scratch + Send + Sync + std::panic::RefUnwindSafe + std::panic::UnwindSafe>;

/// The `v` group of one pattern, found anchored inside a known match. The backtracker is
/// fastest on short spans; the PikeVM takes spans too long for it.
#[derive(Clone)]
struct ValueEngine {
    backtracker: BoundedBacktracker,
    pikevm: PikeVM,
    group: usize,
}

/// One automaton of related patterns.
struct PatternGroup {
    regex: Regex,
    /// `defs` index of each of its patterns, in pattern-id order.
    defs: Vec<usize>,
}

/// Which automaton a pattern is compiled into. One automaton of all the patterns is much
/// slower to warm up: its lazy DFA has to build states for every mix of partial matches
/// across unrelated patterns (~35 MB of them, ~0.45 s on a cold start per thread), while
/// a handful of automata of related patterns build a quarter of that and search a large
/// text about as fast. Patterns whose relative order matters (the first listed wins a tie
/// at one position) are in one family.
fn pattern_family(name: &str) -> usize {
    FAMILIES
        .iter()
        .position(|family| family.iter().any(|prefix| name.starts_with(prefix)))
        .unwrap_or(FAMILIES.len())
}

/// Pattern-name prefixes of each family; patterns of none form a family of their own.
const FAMILIES: [&[&str]; 7] = [
    &["ssn.cue", "mrn.cue", "account.cue", "health-plan.cue"],
    &["license.cue", "vehicle.cue", "device.cue", "other-id.cue"],
    &["date."],
    &["age"],
    &["facility", "employer"],
    &["street", "zip", "city", "county"],
    &["name.", "phone"],
];

/// The patterns compiled into one automaton per family, each family on its own thread:
/// compiling is most of a detector's build, and the build is on the critical path of every
/// run's first detection (a DICOM tree waits for it before its first descriptor).
fn compile_groups(defs: &[PatternDef]) -> Vec<PatternGroup> {
    let mut members = vec![Vec::new(); FAMILIES.len() + 1];
    for (index, def) in defs.iter().enumerate() {
        members[pattern_family(def.name)].push(index);
    }
    members.retain(|members| !members.is_empty());
    std::thread::scope(|scope| {
        let builds: Vec<_> = members
            .into_iter()
            .map(|members| scope.spawn(move || compile_group(defs, members)))
            .collect();
        builds
            .into_iter()
            .map(|build| {
                build
                    .join()
                    .unwrap_or_else(|_| panic!("built-in patterns must compile"))
            })
            .collect()
    })
}

/// One family's automaton.
fn compile_group(defs: &[PatternDef], members: Vec<usize>) -> PatternGroup {
    let sources: Vec<&str> = members.iter().map(|&i| defs[i].pattern.as_str()).collect();
    let regex = Regex::builder()
        // No literal prefilter: few patterns start with a literal, and extracting them is
        // much of the compile time.
        .configure(
            Regex::config()
                .hybrid_cache_capacity(16 * 1024 * 1024)
                .auto_prefilter(false),
        )
        .build_many(&sources)
        .unwrap_or_else(|e| panic!("built-in patterns must compile: {e}"));
    PatternGroup {
        regex,
        defs: members,
    }
}

/// Mutable search state for the pattern automata and the value engines (a value engine's
/// made on its first use).
struct Scratch {
    regex: Vec<regex_automata::meta::Cache>,
    values: Vec<Option<ValueScratch>>,
}

struct ValueScratch {
    backtracker: backtrack::Cache,
    pikevm: pikevm::Cache,
    captures: regex_automata::util::captures::Captures,
}

impl Detector {
    /// The process-wide detector (compiling takes a few milliseconds; do it once).
    pub fn get() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(Detector::build)
    }

    fn build() -> Detector {
        let defs = patterns::all();
        // The cue automaton builds on its own thread while the patterns compile.
        let (groups, cues) = std::thread::scope(|scope| {
            let cues = scope.spawn(CuePhrases::new);
            let groups = compile_groups(&defs);
            (groups, cues.join().unwrap_or_else(|_| CuePhrases::new()))
        });
        let groups = std::sync::Arc::new(groups);
        let value_engines = std::sync::Arc::new(defs.iter().map(|_| OnceLock::new()).collect());
        let maker: ScratchMaker = {
            let groups = std::sync::Arc::clone(&groups);
            let patterns = defs.len();
            Box::new(move || Scratch {
                regex: groups.iter().map(|g| g.regex.create_cache()).collect(),
                values: (0..patterns).map(|_| None).collect(),
            })
        };
        Detector {
            groups,
            defs: std::sync::Arc::new(defs),
            cues,
            value_engines,
            scratch: std::sync::Arc::new(Pool::new(maker)),
        }
    }

    /// All findings in `text`, sorted by position and non-overlapping (the more confident,
    /// then the longer, wins an overlap). Includes low-confidence findings; the engine
    /// applies the policy's threshold.
    pub fn detect(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        // A long document is cut at blank lines — no detector reads across one — and its
        // parts are read in parallel; a short one is one part.
        let parts = if text.len() >= PARALLEL_FROM {
            blank_line_parts(text, PART_SIZE)
        } else {
            vec![(0, text)]
        };
        let in_parts = |f: &(dyn Fn(&str) -> Vec<Finding> + Sync)| -> Vec<Finding> {
            if parts.len() == 1 {
                return f(text);
            }
            let found: Vec<Vec<Finding>> = parts
                .par_iter()
                .map(|&(offset, part)| {
                    let mut found = f(part);
                    for finding in &mut found {
                        finding.span = finding.span.offset(offset);
                    }
                    found
                })
                .collect();
            found.into_iter().flatten().collect()
        };
        let found = in_parts(&|part| {
            let mut found = self.find_local(part);
            known.find_in(part, &mut found);
            found
        });
        // Overlaps are settled before learning: a name that loses to a facility or street
        // ("San Diego" inside "UC San Diego Health") must not come back as a known value.
        let mut found = resolve_overlaps(text, found);
        // Values found here with confidence are searched for again in the whole text
        // (partial forms: "Mr. Okafor" teaches "Okafor"). Pattern-found values (emails,
        // phones, most identifiers) are not: the same pattern finds them again; cue-found
        // identifiers (an MRN after "MRN:") are.
        let mut learned = KnownValues::default();
        for f in &found {
            let worth_learning =
                f.kind == PhiKind::Name || f.kind.is_identifier() && f.detector.ends_with(".cue");
            if f.confidence >= 0.8 && f.detector != "known-value" && worth_learning {
                learned.learn_found(f.kind, &text[f.span.start()..f.span.end()]);
            }
        }
        if !learned.is_empty() {
            found.extend(in_parts(&|part| {
                let mut again = Vec::new();
                learned.find_in(part, &mut again);
                again
            }));
        }
        let mut found = resolve_overlaps(text, found);
        found.retain(|f| !names::names_a_clinical_thing_after(text, f));
        ages_after_names(text, &mut found);
        names_beside_names(text, &mut found);
        postcodes_after_towns(text, &mut found);
        found
    }

    /// What one part of a text shows by itself: patterns, cue phrases and the name walk.
    fn find_local(&self, text: &str) -> Vec<Finding> {
        let mut found = Vec::new();
        self.find_patterns(text, &mut found);
        city_after_street(text, &mut found);
        tables::find(text, &mut found);
        // Names never span paragraphs: walk long texts a paragraph-aligned chunk at a time,
        // so the word table stays small (and in cache) whatever the document's size.
        for (offset, chunk) in paragraph_chunks(text, 64 * 1024) {
            let cues = self.cues.find(chunk);
            let first_new = found.len();
            names::find(chunk, &cues, &mut found);
            for f in &mut found[first_new..] {
                f.span = f.span.offset(offset);
            }
        }
        found
    }

    fn find_patterns(&self, text: &str, out: &mut Vec<Finding>) {
        let mut scratch = self.scratch.get();
        let Scratch {
            regex: caches,
            values,
        } = &mut *scratch;
        let first = out.len();
        for (group, cache) in self.groups.iter().zip(caches.iter_mut()) {
            self.find_group(group, cache, values, text, out);
        }
        // In text order, as one automaton gave them.
        out[first..].sort_by_key(|f| (f.span.start(), f.span.end()));
    }

    /// The matches of one pattern automaton, checked by their patterns' validators.
    fn find_group(
        &self,
        group: &PatternGroup,
        cache: &mut regex_automata::meta::Cache,
        values: &mut [Option<ValueScratch>],
        text: &str,
        out: &mut Vec<Finding>,
    ) {
        let mut at = 0;
        while at < text.len() {
            let input = regex_automata::Input::new(text).range(at..);
            let Some(m) = group.regex.search_with(cache, &input) else {
                break;
            };
            let pid = group.defs[m.pattern().as_usize()];
            let def = &self.defs[pid];
            let engine = self.value_engines[pid]
                .get_or_init(|| value_is_a_part(&def.pattern).then(|| ValueEngine::new(def)));
            let value = engine.as_ref().and_then(|engine| {
                let scratch = values[pid].get_or_insert_with(|| engine.scratch());
                engine.find(text, m.start(), m.end(), scratch)
            });
            let (start, end) = value.unwrap_or((m.start(), m.end()));
            let candidate = Candidate {
                text,
                value: &text[start..end],
                start,
                end,
            };
            // "mon 4/15", "Tuesday, March 5": the weekday belongs to the date.
            let finding = |span: Span, kind: PhiKind, confidence: f32| {
                let span = if kind == PhiKind::Date {
                    Span::new(weekday_before(text, span.start()), span.end())
                } else {
                    span
                };
                Finding::new(span, kind, confidence, def.name)
            };
            // Scanning goes on after the match, or after the span kept when the validator
            // cut it short ("moved from Houston August 2022" keeps "Houston", so the date
            // pattern still reads "August 2022").
            let mut resume = m.end();
            match (def.check)(&candidate) {
                Verdict::Accept => {
                    out.push(finding(Span::new(start, end), def.kind, def.confidence))
                }
                Verdict::AcceptAs(kind, confidence) => {
                    out.push(finding(Span::new(start, end), kind, confidence));
                }
                Verdict::AcceptSpan(s, e) => {
                    out.push(finding(Span::new(s, e), def.kind, def.confidence));
                    if e > m.start() && e < m.end() {
                        resume = e;
                    }
                }
                Verdict::AcceptWithCity(city_start, city_end) => {
                    out.push(Finding::new(
                        Span::new(city_start, city_end),
                        PhiKind::City,
                        def.confidence,
                        def.name,
                    ));
                    out.push(finding(Span::new(start, end), def.kind, def.confidence));
                }
                Verdict::Reject => {
                    // Let other patterns try again from the next word of the rejected match,
                    // so one false candidate does not hide a real one (restarting at every
                    // character would rescan long rejected candidates over and over).
                    at = next_word_start(text, m.start());
                    continue;
                }
            }
            at = if resume > m.start() {
                resume
            } else {
                m.end() + 1
            };
            while at < text.len() && !text.is_char_boundary(at) {
                at += 1;
            }
        }
    }
}

/// "pt Ingrid Solberg 96 at Lutheran Home": a bare number of 90 or more right after a
/// person's name is the person's age (a reading or a dose has its unit or its label).
/// Where an age of 90 or more stands in `rest` (the text right after a name) when it is
/// stated as "[in ROOM] is 97", followed by no unit or decimal.
fn age_stated_after_name(rest: &str) -> Option<(usize, usize)> {
    let mut r = rest;
    if let Some(room) = r.strip_prefix(" in ") {
        let room = room
            .strip_prefix("rm ")
            .or_else(|| room.strip_prefix("room "))
            .or_else(|| room.strip_prefix("bed "))
            .unwrap_or(room);
        let token = room
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'-')
            .count();
        if token == 0 || !room.as_bytes()[0].is_ascii_digit() {
            return None;
        }
        r = &room[token..];
    }
    let number = r.strip_prefix(" is ")?;
    let digits = number.bytes().take_while(u8::is_ascii_digit).count();
    let age: u32 = number[..digits].parse().ok()?;
    let tail = number[digits..].trim_start_matches(' ');
    let unit = tail.starts_with(['%', '.', '/', ',', '-'])
        && !tail.starts_with(". ")
        && !tail.starts_with(", ")
        || tail.split([' ', ',', '.', ')']).next().is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "mg" | "kg"
                    | "lb"
                    | "lbs"
                    | "mmhg"
                    | "bpm"
                    | "cm"
                    | "mm"
                    | "ml"
                    | "units"
                    | "percent"
                    | "f"
                    | "degrees"
                    | "on"
                    | "over"
                    | "sat"
                    | "sats"
            )
        });
    let start = rest.len() - number.len();
    ((90..=119).contains(&age) && !unit).then_some((start, start + digits))
}

/// "start w/ Ostrowski and Mbatha", "Mbatha & Ostrowski": a capitalized word no list holds,
/// joined to a found name by "and", "&" or "or", names a person too (not "Glasgow-Blatchford
/// and Rockall scores").
fn names_beside_names(text: &str, found: &mut Vec<Finding>) {
    const JOINERS: [&str; 3] = [" and ", " & ", " or "];
    let is_word_char = |c: char| c.is_alphabetic() || c == '-' || c == '\'';
    let mut more = Vec::new();
    for f in found.iter().filter(|f| f.kind == PhiKind::Name) {
        // After the name.
        let rest = &text[f.span.end()..];
        if let Some(r) = JOINERS.iter().find_map(|j| rest.strip_prefix(j)) {
            let len = r.find(|c: char| !is_word_char(c)).unwrap_or(r.len());
            let word = &r[..len];
            let named_thing = eponym_noun_leads(&r[len..]);
            if !named_thing && names::unlisted_capitalized_word(word) {
                let start = text.len() - r.len();
                more.push(Finding::new(
                    Span::new(start, start + len),
                    PhiKind::Name,
                    0.7,
                    "name.beside-name",
                ));
            }
        }
        // Before the name, inside a sentence.
        let head = &text[..f.span.start()];
        if let Some(h) = JOINERS.iter().find_map(|j| head.strip_suffix(j)) {
            let start = h
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(p, c)| p + c.len_utf8());
            let word = &h[start..];
            let lead = h[..start].trim_end_matches([' ', '\t']);
            let opens_sentence = lead.is_empty() || lead.ends_with(['.', '\n', '!', '?']);
            let named_thing = eponym_noun_leads(&text[f.span.end()..]);
            if !opens_sentence && !named_thing && names::unlisted_capitalized_word(word) {
                more.push(Finding::new(
                    Span::new(start, h.len()),
                    PhiKind::Name,
                    0.7,
                    "name.beside-name",
                ));
            }
        }
    }
    if !more.is_empty() {
        found.extend(more);
        let settled = resolve_overlaps(text, std::mem::take(found));
        *found = settled;
    }
}

/// "Bengaluru 560069", "Lake Placid 12946": five or six digits right after a found town are
/// its postcode (a state between is read by the ZIP patterns).
fn postcodes_after_towns(text: &str, found: &mut Vec<Finding>) {
    let mut more = Vec::new();
    for f in found.iter().filter(|f| f.kind == PhiKind::City) {
        let rest = &text[f.span.end()..];
        let code = rest
            .strip_prefix(", ")
            .or_else(|| rest.strip_prefix(' '))
            .or_else(|| rest.strip_prefix(" - "))
            .unwrap_or("");
        let mut len = code.bytes().take_while(u8::is_ascii_digit).count();
        // "560 069": an Indian PIN in two parts.
        if len == 3
            && let Some(tail) = code[3..].strip_prefix(' ')
            && tail.bytes().take_while(u8::is_ascii_digit).count() == 3
        {
            len = 7;
        }
        let ends = !code[len..]
            .starts_with(|c: char| c.is_alphanumeric() || matches!(c, '-' | '/' | '.' | ':'))
            || code[len..].starts_with(". ")
            || code[len..] == *".";
        // "Cape Town, 7925", "Auckland 1023": four digits that are no year, closing the line
        // or the address.
        let four = len == 4
            && !code[..4]
                .parse::<u32>()
                .is_ok_and(|n| (1900..=2099).contains(&n))
            && {
                let after = &code[4..];
                after.is_empty()
                    || after.starts_with(['\n', '\r', ',', ';', ')'])
                    || after.starts_with("  ")
                    || after.starts_with(". ")
            };
        if ((5..=7).contains(&len) || four) && ends {
            let start = text.len() - code.len();
            more.push(Finding::new(
                Span::new(start, start + len),
                PhiKind::Zip,
                0.8,
                "zip.after-town",
            ));
        }
    }
    if !more.is_empty() {
        found.extend(more);
        let settled = resolve_overlaps(text, std::mem::take(found));
        *found = settled;
    }
}

/// Whether the first word of `rest` past spaces is the noun of an eponym ("score",
/// "scores", "sign").
fn eponym_noun_leads(rest: &str) -> bool {
    let word: String = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    names::is_eponym_noun(&word) || word.strip_suffix('s').is_some_and(names::is_eponym_noun)
}

fn ages_after_names(text: &str, found: &mut Vec<Finding>) {
    let mut ages = Vec::new();
    for f in found.iter().filter(|f| f.kind == PhiKind::Name) {
        let rest = &text[f.span.end()..];
        // "Ms. Esther Blumenthal, ninety-two, from ...": spelled out after a comma.
        if let Some(r) = rest.strip_prefix(", ") {
            let word: String = r
                .chars()
                .take_while(|c| c.is_ascii_alphabetic() || *c == '-')
                .collect::<String>();
            let lower = word.to_ascii_lowercase();
            let spelled = lower == "ninety"
                || lower.strip_prefix("ninety-").is_some_and(|u| {
                    matches!(
                        u,
                        "one"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                    )
                })
                || lower == "hundred";
            let tail = &r[word.len()..];
            let closed = tail.starts_with([',', ';', ')'])
                || [" year", " yo", " y/o"].iter().any(|t| tail.starts_with(t));
            if spelled && closed {
                let start = f.span.end() + 2;
                ages.push(Finding::new(
                    Span::new(start, start + word.len()),
                    PhiKind::Age90Plus,
                    0.8,
                    "age.after-name",
                ));
                continue;
            }
        }
        // "Odette Delacroix (94, DOB 1/8/1930)": the age first in parentheses after the name.
        if let Some(r) = rest.strip_prefix(" (") {
            let digits = r.bytes().take_while(u8::is_ascii_digit).count();
            let age = r[..digits].parse::<u32>().unwrap_or(0);
            if (90..=119).contains(&age) && r[digits..].starts_with([',', ')', ';']) {
                let start = f.span.end() + 2;
                ages.push(Finding::new(
                    Span::new(start, start + digits),
                    PhiKind::Age90Plus,
                    0.85,
                    "age.after-name",
                ));
                continue;
            }
        }
        // "mrs Goldfarb in 308 is 97 (not 79)", "Faith Okafor is 91 too": the name's age,
        // perhaps after the room the person is in.
        if let Some((start, end)) = age_stated_after_name(rest) {
            let at = f.span.end();
            ages.push(Finding::new(
                Span::new(at + start, at + end),
                PhiKind::Age90Plus,
                0.8,
                "age.after-name",
            ));
            continue;
        }
        // A patient list's age column may sit several spaces after a "LAST, FIRST" name.
        let listed = text[f.span.start()..f.span.end()].contains(',');
        let spaces = rest
            .bytes()
            .take_while(|b| *b == b' ' || *b == b'\t')
            .count();
        if spaces == 0 || spaces > 1 && !(listed && spaces <= 16) {
            continue;
        }
        let r = &rest[spaces..];
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(age) = r[..digits].parse::<u32>() else {
            continue;
        };
        let tail = &r[digits..];
        let ends = tail.is_empty() || tail.starts_with([' ', ',', ';', ')', '\n']);
        let unit_follows = {
            let word: String = tail
                .trim_start_matches(' ')
                .chars()
                .take_while(|c| c.is_ascii_alphabetic() || *c == '%')
                .collect::<String>()
                .to_ascii_lowercase();
            matches!(
                word.as_str(),
                "mg" | "kg"
                    | "lb"
                    | "lbs"
                    | "bpm"
                    | "mmhg"
                    | "ml"
                    | "units"
                    | "min"
                    | "minutes"
                    | "sec"
                    | "seconds"
                    | "mcg"
                    | "g"
                    | "cm"
                    | "mm"
                    | "pct"
                    | "percent"
                    | "%"
            )
        };
        if (90..=119).contains(&age) && digits <= 3 && ends && !unit_follows {
            let start = f.span.end() + spaces;
            ages.push(Finding::new(
                Span::new(start, start + digits),
                PhiKind::Age90Plus,
                0.8,
                "age.after-name",
            ));
        }
    }
    // An age another detector already read ("(98)") is not added twice.
    ages.retain(|a| {
        !found
            .iter()
            .any(|g| a.span.start() < g.span.end() && g.span.start() < a.span.end())
    });
    if !ages.is_empty() {
        found.extend(ages);
        found.sort_by_key(|f| f.span.start());
    }
}

/// Where a weekday written right before `start` begins ("fri 5/10", "Thurs. 2/6",
/// "Tuesday, March 5"); `start` itself when none is there.
fn weekday_before(text: &str, start: usize) -> usize {
    let head = text[..start].trim_end_matches([' ', '\t']);
    let head = head
        .strip_suffix(',')
        .unwrap_or(head)
        .trim_end_matches(['.']);
    if head.len() + 1 > start {
        return start; // nothing stood between the word and the date
    }
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_ascii_alphabetic())
        .map_or(0, |(p, c)| p + c.len_utf8());
    let word = head[word_start..].to_ascii_lowercase();
    let weekday = matches!(
        word.as_str(),
        "mon" | "tue" | "tues" | "wed" | "weds" | "thu" | "thur" | "thurs" | "fri" | "sat" | "sun"
    ) || ["mon", "tues", "wednes", "thurs", "fri", "satur", "sun"]
        .iter()
        .any(|d| word.strip_prefix(d) == Some("day"));
    if weekday { word_start } else { start }
}

/// True when the pattern's `v` group is a proper part of its match. A pattern that is only
/// the group between zero-width assertions (`\b(?P<v>…)\b`) has its value in the match
/// itself and needs no capture search.
fn value_is_a_part(pattern: &str) -> bool {
    use regex_syntax::hir::HirKind;
    let Ok(hir) = regex_syntax::parse(pattern) else {
        return true;
    };
    if hir.properties().explicit_captures_len() == 0 {
        return false;
    }
    let parts = match hir.kind() {
        HirKind::Concat(parts) => parts.as_slice(),
        _ => std::slice::from_ref(&hir),
    };
    let mut groups = parts
        .iter()
        .filter(|p| !matches!(p.kind(), HirKind::Look(_)));
    let whole = matches!(
        (groups.next().map(|p| p.kind()), groups.next()),
        (Some(HirKind::Capture(c)), None) if c.name.as_deref() == Some("v")
    );
    !whole
}

impl ValueEngine {
    fn new(def: &PatternDef) -> ValueEngine {
        let nfa = thompson::Compiler::new()
            .build(&def.pattern)
            .unwrap_or_else(|e| panic!("built-in pattern {} must compile: {e}", def.name));
        let group = nfa
            .group_info()
            .to_index(regex_automata::PatternID::ZERO, "v")
            .unwrap_or_else(|| panic!("built-in pattern {} has a v group", def.name));
        let backtracker = BoundedBacktracker::new_from_nfa(nfa.clone())
            .unwrap_or_else(|e| panic!("built-in pattern {} must compile: {e}", def.name));
        let pikevm = PikeVM::new_from_nfa(nfa)
            .unwrap_or_else(|e| panic!("built-in pattern {} must compile: {e}", def.name));
        ValueEngine {
            backtracker,
            pikevm,
            group,
        }
    }

    fn scratch(&self) -> ValueScratch {
        ValueScratch {
            backtracker: self.backtracker.create_cache(),
            pikevm: self.pikevm.create_cache(),
            captures: self.pikevm.create_captures(),
        }
    }

    /// The `v` group inside the match `start..end` (the same pattern, anchored there).
    fn find(
        &self,
        text: &str,
        start: usize,
        end: usize,
        scratch: &mut ValueScratch,
    ) -> Option<(usize, usize)> {
        let input = regex_automata::Input::new(text)
            .range(start..end)
            .anchored(regex_automata::Anchored::Yes);
        let caps = &mut scratch.captures;
        if self
            .backtracker
            .try_search(&mut scratch.backtracker, &input, caps)
            .is_err()
        {
            self.pikevm.search(&mut scratch.pikevm, &input, caps);
        }
        let group = caps.get_group(self.group)?;
        Some((group.start, group.end))
    }
}

/// "1420 Maple Ave, Springfield" / "PO Box 58, Buffalo.": the capitalized words right after
/// a street address are its city.
fn city_after_street(text: &str, found: &mut Vec<Finding>) {
    let streets: Vec<usize> = found
        .iter()
        .filter(|f| f.kind == PhiKind::StreetAddress)
        .map(|f| f.span.end())
        .collect();
    for end in streets {
        let rest = &text[end..];
        let trimmed = rest.trim_start_matches([',', ' ', '\t', '(']);
        let start = end + (rest.len() - trimmed.len());
        if start > end && trimmed.starts_with(|c: char| c.is_ascii_digit()) {
            postcode_then_town(text, start, found);
            continue;
        }
        if start == end || !trimmed.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let len = trimmed
            .find([',', '.', ';', '\n', '(', ')', '|', '?', '!'])
            .unwrap_or(trimmed.len());
        let candidate = trimmed[..len].trim_end();
        let words: Vec<&str> = candidate.split_whitespace().collect();
        // Stop before a state abbreviation ("IL", "QLD") or ZIP written without a comma.
        let city_words: Vec<&str> = words
            .iter()
            .take_while(|w| {
                (w.len() != 2 || !w.bytes().all(|b| b.is_ascii_uppercase()))
                    && !["QLD", "NSW", "VIC", "TAS", "ACT"].contains(w)
                    && !w.bytes().all(|b| b.is_ascii_digit())
            })
            .copied()
            .collect();
        if city_words.is_empty()
            || city_words.len() > 3
            || !city_words
                .iter()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        let city_len = city_words.join(" ").len();
        if candidate.starts_with(&city_words.join(" ")) {
            found.push(Finding::new(
                Span::new(start, start + city_len),
                PhiKind::City,
                0.8,
                "city.after-street",
            ));
            // "9 Juniper Way, Lake Placid 12946": a ZIP right after the city, no state
            // between.
            let after_city = &trimmed[city_len..];
            let zip = after_city.trim_start_matches([' ', '\t']);
            let digits = zip.bytes().take_while(u8::is_ascii_digit).count();
            let plus4 = zip[digits..].strip_prefix('-').is_some_and(|r| {
                r.bytes().take_while(u8::is_ascii_digit).count() == 4
                    && !r[4..].starts_with(|c: char| c.is_alphanumeric())
            });
            let ends =
                !zip[digits..].starts_with(|c: char| c.is_alphanumeric() || c == '-') || plus4;
            if digits == 5 && ends && zip.len() < after_city.len() {
                let zip_start = start + city_len + (after_city.len() - zip.len());
                let zip_end = zip_start + if plus4 { 10 } else { 5 };
                found.push(Finding::new(
                    Span::new(zip_start, zip_end),
                    PhiKind::Zip,
                    0.8,
                    "zip.after-city",
                ));
            }
        }
    }
}

/// "Prinsengracht 263, 1016 GV Amsterdam", "Via Roma 12, 00184 Roma", "Kungsgatan 5,
/// 111 43 Stockholm": after a street, a postcode written before its town (four or five
/// digits, perhaps two letters or a split, as the Continent writes them) and the town.
fn postcode_then_town(text: &str, start: usize, found: &mut Vec<Finding>) {
    let rest = &text[start..];
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let mut len = digits(rest);
    // "111 43", "00-950": a split postcode.
    if let Some(tail) = rest[len..].strip_prefix([' ', '-'])
        && len == 3
        && matches!(digits(tail), 2 | 3)
    {
        len += 1 + digits(tail);
    }
    if !(4..=6).contains(&len) {
        return;
    }
    // "1016 GV": the Dutch letters.
    let letters = rest[len..]
        .strip_prefix(' ')
        .filter(|t| {
            t.len() >= 3
                && t.as_bytes()[..2].iter().all(u8::is_ascii_uppercase)
                && t.as_bytes()[2] == b' '
        })
        .map_or(0, |_| 3);
    let code_end = len + letters;
    let Some(town) = rest[code_end..].strip_prefix(' ') else {
        return;
    };
    let town_len = town
        .find([',', '.', ';', '|', '\n', '\r', '(', ')'])
        .unwrap_or(town.len());
    let town = town[..town_len].trim_end();
    let words: Vec<&str> = town.split_whitespace().collect();
    let capitalized = !words.is_empty()
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(char::is_numeric));
    if !capitalized {
        return;
    }
    let town_start = start + code_end + 1;
    found.push(Finding::new(
        Span::new(start, start + code_end),
        PhiKind::Zip,
        0.8,
        "zip.before-town",
    ));
    found.push(Finding::new(
        Span::new(town_start, town_start + town.len()),
        PhiKind::City,
        0.8,
        "city.after-postcode",
    ));
}

/// Overlapping findings of one kind become their union ("Nadia" found again by value and
/// "Nadia Tan" found by the lexicon are one name), keeping the higher confidence.
fn merge_same_kind(cluster: &[Finding]) -> Vec<Finding> {
    let mut merged: Vec<Finding> = Vec::with_capacity(cluster.len());
    for f in cluster {
        match merged
            .iter_mut()
            .find(|m| m.kind == f.kind && m.span.overlaps(&f.span))
        {
            Some(m) => {
                let start = m.span.start().min(f.span.start());
                let end = m.span.end().max(f.span.end());
                m.span = Span::new(start, end);
                if f.confidence > m.confidence {
                    m.confidence = f.confidence;
                    m.detector = f.detector;
                }
            }
            None => merged.push(f.clone()),
        }
    }
    merged
}

/// The parts of `f` no chosen finding covers (a facility whose first word was taken by a
/// name keeps the rest, a street with a name inside keeps both sides: fail closed rather
/// than drop them). A date is never cut; a piece must hold a digit or three bytes.
fn free_pieces(text: &str, f: &Finding, chosen: &[Finding]) -> Vec<Finding> {
    let mut covers: Vec<Span> = chosen
        .iter()
        .filter(|k| k.span.overlaps(&f.span))
        .map(|k| k.span)
        .collect();
    if covers.is_empty() {
        return vec![f.clone()];
    }
    if f.kind == PhiKind::Date {
        return Vec::new();
    }
    covers.sort_by_key(|c| c.start());
    let bytes = text.as_bytes();
    let mut pieces = Vec::new();
    let mut from = f.span.start();
    for bound in covers
        .iter()
        .map(|c| (c.start(), c.end()))
        .chain([(f.span.end(), f.span.end())])
    {
        if from >= f.span.end() {
            break;
        }
        let (mut start, mut end) = (from, bound.0.clamp(from, f.span.end()));
        while start < end && matches!(bytes[start], b' ' | b'\t' | b',' | b'\n') {
            start += 1;
        }
        // "Anders of Bethlehem Lutheran Church" less the person: no connector opens a piece.
        for connector in ["of ", "and ", "& "] {
            if text[start..end].starts_with(connector) {
                start += connector.len();
            }
        }
        while end > start && matches!(bytes[end - 1], b' ' | b'\t' | b',' | b'\n') {
            end -= 1;
        }
        if end >= start + 3 || bytes[start..end].iter().any(u8::is_ascii_digit) {
            let mut piece = f.clone();
            piece.span = Span::new(start, end);
            pieces.push(piece);
        }
        from = from.max(bound.1);
    }
    pieces
}

/// Bytes that make up words (ASCII letters and digits, any byte of a non-ASCII character):
/// a cue or a known value must not start or end inside one.
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Texts this long are read in parallel parts of about `PART_SIZE` bytes.
const PARALLEL_FROM: usize = 2 * 1024 * 1024;
const PART_SIZE: usize = 1024 * 1024;

/// `text` cut into parts of about `size` bytes, each ending after a blank line (a text
/// without one stays whole), with their offsets.
fn blank_line_parts(text: &str, size: usize) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut target = (start + size).min(text.len());
        while !text.is_char_boundary(target) {
            target += 1;
        }
        let end = if target == text.len() {
            text.len()
        } else {
            text[target..]
                .find("\n\n")
                .map_or(text.len(), |p| target + p + 2)
        };
        parts.push((start, &text[start..end]));
        start = end;
    }
    parts
}

/// `text` cut into pieces of about `size` bytes, each ending at a line break (or, for a very
/// long line, at a space), with their offsets.
fn paragraph_chunks(text: &str, size: usize) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let mut end = (start + size).min(text.len());
        if end < text.len() {
            let window = &text.as_bytes()[start..end];
            let cut = window
                .iter()
                .rposition(|&b| b == b'\n')
                .or_else(|| window.iter().rposition(|&b| b == b' '))
                .map_or(end, |p| start + p + 1);
            end = cut;
            while end < text.len() && !text.is_char_boundary(end) {
                end += 1;
            }
        }
        let piece = (start, &text[start..end]);
        start = end;
        Some(piece)
    })
}

/// The start of the word after the one at `from` (at least one character on).
fn next_word_start(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from + text[from..].chars().next().map_or(1, char::len_utf8);
    while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
        i += 1;
    }
    while i < bytes.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Keep the best of overlapping findings: higher confidence, then longer, then earlier.
/// Findings are swept by position; only clusters of mutually overlapping findings (rare)
/// are resolved by priority.
fn resolve_overlaps(text: &str, mut found: Vec<Finding>) -> Vec<Finding> {
    found.retain(|f| !f.span.is_empty());
    found.sort_by_key(|f| (f.span.start(), f.span.end()));
    let mut kept = Vec::with_capacity(found.len());
    let mut i = 0;
    while i < found.len() {
        let mut cluster_end = found[i].span.end();
        let mut j = i + 1;
        while j < found.len() && found[j].span.start() < cluster_end {
            cluster_end = cluster_end.max(found[j].span.end());
            j += 1;
        }
        if j == i + 1 {
            kept.push(found[i].clone());
        } else {
            let merged = merge_same_kind(&found[i..j]);
            let mut cluster: Vec<&Finding> = merged.iter().collect();
            // On a tie, a detector's own reading beats a value found again by propagation
            // ("Dallas County" is a county even where "Dallas" was learnt as a name).
            cluster.sort_by(|a, b| {
                b.confidence
                    .total_cmp(&a.confidence)
                    .then(b.span.len().cmp(&a.span.len()))
                    .then(a.span.start().cmp(&b.span.start()))
                    .then((a.detector == "known-value").cmp(&(b.detector == "known-value")))
            });
            let mut chosen: Vec<Finding> = Vec::new();
            for f in cluster {
                let pieces = free_pieces(text, f, &chosen);
                chosen.extend(pieces);
            }
            chosen.sort_by_key(|f| f.span.start());
            kept.extend(chosen);
        }
        i = j;
    }
    kept
}

#[cfg(test)]
mod tests;
