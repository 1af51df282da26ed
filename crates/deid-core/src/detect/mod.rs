//! Detection: find PHI in a free-text value.
//!
//! One pass per engine over the value: every pattern detector is compiled into one
//! multi-pattern regex ([`patterns`]), every cue phrase into one Aho-Corasick automaton
//! ([`phrases`]), and names are decided in one walk over the words ([`names`]). Values
//! found with high confidence — and values handed in from structured fields — are then
//! searched for everywhere else in the same value (known-value propagation), including
//! partial forms (a surname alone, a first name alone).

pub mod names;
pub mod patterns;
pub mod phrases;

use std::sync::OnceLock;

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use regex_automata::meta::Regex;

use self::patterns::{Candidate, PatternDef, Verdict};
use self::phrases::CuePhrases;
use crate::lexicon::Lexicons;
use crate::{Finding, PhiKind, Span};

/// Values known to be PHI in the current document (from structured fields or confident
/// findings), to be found again wherever they reappear.
#[derive(Debug, Clone, Default)]
pub struct KnownValues {
    values: Vec<(String, PhiKind)>,
    /// The values compiled for search, built on first use and reused for every field of
    /// the document (learning a value drops it).
    automaton: OnceLock<Option<(aho_corasick::AhoCorasick, Vec<usize>)>>,
    /// Per value: learnt from a structured field (certain: matched in any case) rather than
    /// from a finding (a name must then reappear capitalized).
    certain: Vec<bool>,
}

impl KnownValues {
    /// Remember a value of `kind`. Names are remembered whole and word by word (so "Smith"
    /// is found after "Mr." and "John" alone); identifiers whole.
    pub fn learn(&mut self, kind: PhiKind, value: &str) {
        self.learn_with(kind, value, true);
    }

    /// Remember a value found by a detector (names must reappear capitalized).
    pub fn learn_found(&mut self, kind: PhiKind, value: &str) {
        self.learn_with(kind, value, false);
    }

    fn learn_with(&mut self, kind: PhiKind, value: &str, certain: bool) {
        self.automaton = OnceLock::new();
        let before = self.values.len();
        self.learn_values(kind, value);
        self.certain.resize(self.values.len().max(before), certain);
    }

    fn learn_values(&mut self, kind: PhiKind, value: &str) {
        let value = value.trim();
        if value.chars().count() < 2 {
            return;
        }
        match kind {
            PhiKind::Name => {
                if value.len() >= 3 {
                    self.values.push((value.to_string(), kind));
                }
                for word in value.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-')) {
                    let lower = word.to_lowercase();
                    if word.chars().count() >= 3
                        && !matches!(
                            lower.as_str(),
                            "van" | "der" | "von" | "del" | "della" | "bin" | "ibn"
                        )
                    {
                        self.values.push((word.to_string(), kind));
                    }
                }
            }
            PhiKind::Date | PhiKind::Age90Plus | PhiKind::Zip => {}
            _ => {
                if value.len() >= 4 {
                    self.values.push((value.to_string(), kind));
                }
            }
        }
    }

    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// The compiled detectors. Build once ([`Detector::get`]) and share.
#[derive(Clone)]
pub struct Detector {
    regex: std::sync::Arc<Regex>,
    defs: std::sync::Arc<Vec<PatternDef>>,
    cues: CuePhrases,
    /// Per pattern with a `v` group, that pattern alone, to find the group inside a match:
    /// the combined search then needs no capture engine.
    value_regex: std::sync::Arc<Vec<Option<Regex>>>,
}

impl Detector {
    /// The process-wide detector (compiling takes a few milliseconds; do it once).
    pub fn get() -> &'static Detector {
        static DETECTOR: OnceLock<Detector> = OnceLock::new();
        DETECTOR.get_or_init(Detector::build)
    }

    fn build() -> Detector {
        let defs = patterns::all();
        let sources: Vec<&str> = defs.iter().map(|d| d.pattern.as_str()).collect();
        let regex = Regex::builder()
            .configure(Regex::config().hybrid_cache_capacity(64 * 1024 * 1024))
            .build_many(&sources)
            .unwrap_or_else(|e| panic!("built-in patterns must compile: {e}"));
        let value_regex = defs
            .iter()
            .map(|d| {
                d.pattern.contains("(?P<v>").then(|| {
                    Regex::new(&d.pattern)
                        .unwrap_or_else(|e| panic!("built-in pattern {} must compile: {e}", d.name))
                })
            })
            .collect();
        // Touch the lexicons now so the first document does not pay for loading them.
        let _ = Lexicons::get();
        Detector {
            regex: std::sync::Arc::new(regex),
            defs: std::sync::Arc::new(defs),
            cues: CuePhrases::new(),
            value_regex: std::sync::Arc::new(value_regex),
        }
    }

    /// All findings in `text`, sorted by position and non-overlapping (the more confident,
    /// then the longer, wins an overlap). Includes low-confidence findings; the engine
    /// applies the policy's threshold.
    pub fn detect(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        let mut found = Vec::new();
        self.find_patterns(text, &mut found);
        city_after_street(text, &mut found);
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
        city_after_preposition(text, &mut found);
        if !known.is_empty() {
            find_found_values(text, known, &mut found);
        }
        // Values found here with confidence are searched for again in this text (partial
        // forms: "Mr. Okafor" teaches "Okafor"). Pattern-found identifiers are not: the same
        // pattern finds them again; cue-found ones (an MRN after "MRN:") are.
        let mut learned = KnownValues::default();
        for f in &found {
            let worth_learning = f.kind == PhiKind::Name
                || f.kind == PhiKind::Email
                || f.kind.is_identifier() && f.detector.ends_with(".cue");
            if f.confidence >= 0.8 && f.detector != "known-value" && worth_learning {
                learned.learn_found(f.kind, &text[f.span.start()..f.span.end()]);
            }
        }
        if !learned.is_empty() {
            find_found_values(text, &learned, &mut found);
        }
        resolve_overlaps(text, found)
    }

    /// The `v` group of pattern `pid` inside the match `start..end`.
    fn value_span(
        &self,
        text: &str,
        pid: usize,
        start: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let regex = self.value_regex[pid].as_ref()?;
        let input = regex_automata::Input::new(text)
            .range(start..end)
            .anchored(regex_automata::Anchored::Yes);
        let mut caps = regex.create_captures();
        regex.search_captures(&input, &mut caps);
        let group = caps.get_group_by_name("v")?;
        Some((group.start, group.end))
    }

    fn find_patterns(&self, text: &str, out: &mut Vec<Finding>) {
        let mut at = 0;
        while at < text.len() {
            let input = regex_automata::Input::new(text).range(at..);
            let Some(m) = self.regex.search(&input) else {
                break;
            };
            let pid = m.pattern().as_usize();
            let def = &self.defs[pid];
            let (start, end) = self
                .value_span(text, pid, m.start(), m.end())
                .unwrap_or((m.start(), m.end()));
            let candidate = Candidate {
                text,
                value: &text[start..end],
                start,
                end,
            };
            match (def.check)(&candidate) {
                Verdict::Accept => out.push(Finding::new(
                    Span::new(start, end),
                    def.kind,
                    def.confidence,
                    def.name,
                )),
                Verdict::AcceptAs(kind, confidence) => out.push(Finding::new(
                    Span::new(start, end),
                    kind,
                    confidence,
                    def.name,
                )),
                Verdict::AcceptSpan(s, e) => out.push(Finding::new(
                    Span::new(s, e),
                    def.kind,
                    def.confidence,
                    def.name,
                )),
                Verdict::Reject => {
                    // Let other patterns try again from the next word of the rejected match,
                    // so one false candidate does not hide a real one (restarting at every
                    // character would rescan long rejected candidates over and over).
                    at = next_word_start(text, m.start());
                    continue;
                }
            }
            at = if m.end() > m.start() {
                m.end()
            } else {
                m.end() + 1
            };
            while at < text.len() && !text.is_char_boundary(at) {
                at += 1;
            }
        }
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
        let trimmed = rest.trim_start_matches([',', ' ', '\t']);
        let start = end + (rest.len() - trimmed.len());
        if start == end || !trimmed.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let len = trimmed
            .find([',', '.', ';', '\n', '(', ')', '|'])
            .unwrap_or(trimmed.len());
        let candidate = trimmed[..len].trim_end();
        let words: Vec<&str> = candidate.split_whitespace().collect();
        // Stop before a state abbreviation or ZIP written without a comma.
        let city_words: Vec<&str> = words
            .iter()
            .take_while(|w| {
                (w.len() != 2 || !w.bytes().all(|b| b.is_ascii_uppercase()))
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
        }
    }
}

/// "lives in Evanston", "from home in Tampa": a known US city after a place preposition.
fn city_after_preposition(text: &str, found: &mut Vec<Finding>) {
    let lex = Lexicons::get();
    let bytes = text.as_bytes();
    static PREPOSITIONS: OnceLock<Option<aho_corasick::AhoCorasick>> = OnceLock::new();
    let Some(prepositions) = PREPOSITIONS
        .get_or_init(|| {
            aho_corasick::AhoCorasick::new([
                " in ",
                " from ",
                " near ",
                " outside ",
                " to ",
                " of ",
                " around ",
            ])
            .ok()
        })
        .as_ref()
    else {
        return;
    };
    for m in prepositions.find_iter(text) {
        {
            let start = m.end();
            if !bytes.get(start).is_some_and(u8::is_ascii_uppercase) {
                continue;
            }
            // Up to three capitalized words.
            let mut end = start;
            let mut best = None;
            for _ in 0..3 {
                let word_end = text[end..]
                    .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-' || c == '.'))
                    .map_or(text.len(), |p| end + p);
                let candidate = text[start..word_end].trim_end_matches('.');
                if lex.cities.contains(&candidate.to_lowercase()) {
                    best = Some(start + candidate.len());
                }
                if bytes.get(word_end) != Some(&b' ')
                    || !bytes.get(word_end + 1).is_some_and(u8::is_ascii_uppercase)
                {
                    break;
                }
                end = word_end + 1;
            }
            if let Some(e) = best {
                let word = text[start..e].to_lowercase();
                let next_word: String = text[e..]
                    .trim_start()
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase();
                if names::is_not_a_name(&word) || names::is_eponym_noun(&next_word) {
                    continue;
                }
                // Cities that are also everyday capitalized words in notes stay out.
                if ![
                    "mobile",
                    "normal",
                    "reading",
                    "independence",
                    "commerce",
                    "industry",
                    "ada",
                    "hope",
                ]
                .contains(&word.as_str())
                {
                    found.push(Finding::new(
                        Span::new(start, e),
                        PhiKind::City,
                        0.75,
                        "city.lexicon",
                    ));
                }
            }
        }
    }
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

/// `f` cut down to the part no chosen finding covers, when that part is one piece of at
/// least three bytes (a facility whose first word was taken by a name keeps the rest:
/// fail closed rather than drop it).
fn trimmed_to_free_space(text: &str, f: &Finding, chosen: &[Finding]) -> Option<Finding> {
    let (mut start, mut end) = (f.span.start(), f.span.end());
    for k in chosen.iter().filter(|k| k.span.overlaps(&f.span)) {
        if k.span.start() <= start && k.span.end() >= end {
            return None;
        } else if k.span.start() <= start {
            start = k.span.end();
        } else if k.span.end() >= end {
            end = k.span.start();
        } else {
            return None; // the chosen one sits inside: two pieces, keep neither
        }
    }
    if start == f.span.start() && end == f.span.end() {
        return Some(f.clone());
    }
    // Only places are cut down; a name or a date cut in two would be wrong either way.
    let place = f.kind != PhiKind::Date;
    let bytes = text.as_bytes();
    while start < end && matches!(bytes[start], b' ' | b'\t' | b',' | b'\n') {
        start += 1;
    }
    while end > start && matches!(bytes[end - 1], b' ' | b'\t' | b',' | b'\n') {
        end -= 1;
    }
    (place && end >= start + 3).then(|| {
        let mut piece = f.clone();
        piece.span = Span::new(start, end);
        piece
    })
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

/// Known values found again in `text`. When they are few (a row's or a field's worth), a
/// plain case-insensitive scan per value beats building an automaton; many values (a long
/// document) go through one Aho-Corasick automaton built once.
fn find_found_values(text: &str, learned: &KnownValues, out: &mut Vec<Finding>) {
    if learned.values.len() > 64 {
        find_known(text, learned, out);
        return;
    }
    let lower = text.to_ascii_lowercase();
    let mut seen: Vec<String> = Vec::new();
    for (index, (value, kind)) in learned.values.iter().enumerate() {
        let certain = learned.certain.get(index).copied().unwrap_or(false);
        let needle = value.to_ascii_lowercase();
        if needle.is_empty() || seen.contains(&needle) {
            continue;
        }
        for (start, _) in lower.match_indices(needle.as_str()) {
            out.extend(known_value_at(
                text,
                start,
                start + needle.len(),
                *kind,
                certain,
            ));
        }
        seen.push(needle);
    }
}

/// A known value matched at `start..end`, if it stands as a whole word and — for a name
/// learnt from a finding rather than a structured field — starts with a capital (so a
/// patient called Will does not turn "will" into a name).
fn known_value_at(
    text: &str,
    start: usize,
    end: usize,
    kind: PhiKind,
    certain: bool,
) -> Option<Finding> {
    let bytes = text.as_bytes();
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    if start > 0 && is_word(bytes[start - 1]) || end < bytes.len() && is_word(bytes[end]) {
        return None;
    }
    if kind == PhiKind::Name && !certain && !text[start..].starts_with(char::is_uppercase) {
        return None;
    }
    Some(Finding::new(
        Span::new(start, end),
        kind,
        0.9,
        "known-value",
    ))
}

/// Find known values again through one automaton (see [`known_value_at`] for what counts).
fn find_known(text: &str, known: &KnownValues, out: &mut Vec<Finding>) {
    let compiled = known.automaton.get_or_init(|| {
        // One pattern per distinct value (case-insensitively); a certain (structured) entry
        // wins over a found one.
        let mut first_of: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        let mut owners: Vec<usize> = Vec::new();
        for (index, (value, _)) in known.values.iter().enumerate() {
            let key = value.to_ascii_lowercase();
            match first_of.get(&key) {
                Some(&slot) => {
                    if known.certain.get(index).copied().unwrap_or(false) {
                        owners[slot] = index;
                    }
                }
                None => {
                    first_of.insert(key, owners.len());
                    owners.push(index);
                }
            }
        }
        let patterns: Vec<&str> = owners.iter().map(|&i| known.values[i].0.as_str()).collect();
        // Built per document (or per field, for values found in it): a contiguous NFA
        // builds in microseconds, where a DFA would cost more than the search saves.
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .ok()
            .map(|automaton| (automaton, owners))
    });
    let Some((automaton, owners)) = compiled else {
        return;
    };
    for m in automaton.find_iter(text) {
        let index = owners[m.pattern().as_usize()];
        let (_, kind) = known.values[index];
        let certain = known.certain.get(index).copied().unwrap_or(false);
        out.extend(known_value_at(text, m.start(), m.end(), kind, certain));
    }
}

/// Keep the best of overlapping findings: higher confidence, then longer, then earlier.
/// Findings are swept by position; only clusters of mutually overlapping findings (rare)
/// are resolved by priority.
fn resolve_overlaps(text: &str, mut found: Vec<Finding>) -> Vec<Finding> {
    found.retain(|f| !f.span.is_empty());
    found.sort_unstable_by_key(|f| (f.span.start(), f.span.end()));
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
            cluster.sort_by(|a, b| {
                b.confidence
                    .total_cmp(&a.confidence)
                    .then(b.span.len().cmp(&a.span.len()))
                    .then(a.span.start().cmp(&b.span.start()))
            });
            let mut chosen: Vec<Finding> = Vec::new();
            for f in cluster {
                if let Some(piece) = trimmed_to_free_space(text, f, &chosen) {
                    chosen.push(piece);
                }
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
