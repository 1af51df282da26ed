//! Person names in free text: one pass over the words, deciding from cues (titles,
//! relations, labels, post-nominals), the Census name lexicons, the common-word list, word
//! shape and eponym context.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use super::phrases::{Cue, CueMatch};
use crate::lexicon::{Lexicons, is_name_particle};
use crate::{Finding, PhiKind, Span};

const EPONYMS: &str = include_str!("../../data/vocab/eponyms.txt");
const NOT_NAMES: &str = include_str!("../../data/vocab/not_names.txt");
const STATES_COUNTRIES: &str = include_str!("../../data/vocab/states_countries.txt");

type Fast = foldhash::fast::RandomState;

fn word_set(text: &'static str) -> HashSet<&'static str, Fast> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

fn eponyms() -> &'static HashSet<&'static str, Fast> {
    static SET: OnceLock<HashSet<&'static str, Fast>> = OnceLock::new();
    SET.get_or_init(|| word_set(EPONYMS))
}

fn not_names() -> &'static HashSet<&'static str, Fast> {
    static SET: OnceLock<HashSet<&'static str, Fast>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = word_set(NOT_NAMES);
        set.extend(word_set(STATES_COUNTRIES));
        set
    })
}

/// Nouns that turn a preceding surname into an eponym (`Foley catheter`, `Wilson disease`).
const EPONYM_NOUNS: &[&str] = &[
    "disease",
    "ratio",
    "syndrome",
    "maneuvers",
    "manoeuvres",
    "biplane",
    "system",
    "registry",
    "inventories",
    "inventory",
    "scientific",
    "clamp",
    "clamps",
    "retractor",
    "retractors",
    "scissors",
    "hump",
    "block",
    "triage",
    "hook",
    "stitch",
    "suture",
    "chromosome",
    "nails",
    "striae",
    "exophthalmometer",
    "nodule",
    "shelf",
    "fingers",
    "definition",
    "nomogram",
    "subscore",
    "lactate",
    "drains",
    "neg",
    "negative",
    "positive",
    "pos",
    "wort",
    "sign",
    "class",
    "group",
    "grip",
    "centile",
    "signs",
    "reflex",
    "test",
    "maneuver",
    "manoeuvre",
    "catheter",
    "procedure",
    "classification",
    "algorithm",
    "model",
    "balance",
    "collar",
    "brace",
    "braces",
    "orthosis",
    "splint",
    "score",
    "criteria",
    "scale",
    "fracture",
    "lymphoma",
    "palsy",
    "tumor",
    "tumour",
    "ulcer",
    "phenomenon",
    "law",
    "node",
    "nodes",
    "cyst",
    "operation",
    "repair",
    "anastomosis",
    "triad",
    "tetrad",
    "stain",
    "staging",
    "grade",
    "index",
    "method",
    "position",
    "incision",
    "forceps",
    "tube",
    "respirations",
    "breathing",
    "murmur",
    "lines",
    "spots",
    "nodules",
    "bodies",
    "cells",
    "body",
    "cell",
    "dementia",
    "chorea",
    "thyroiditis",
    "encephalopathy",
    "anomaly",
    "malformation",
    "deformity",
    "contracture",
    "fasciitis",
    "esophagus",
    "diverticulum",
    "ring",
    "tear",
    "lesion",
    "lesions",
    "sarcoma",
    "phenomena",
    "type",
    "point",
    "space",
    "duct",
    "canal",
    "loop",
    "angle",
    "triangle",
    "monitor",
    "bag",
    "valve",
    "shunt",
    "needle",
    "view",
    "criterion",
    "rule",
    "regimen",
    "protocol",
    "equation",
    "formula",
    "hypothesis",
    "effect",
    "response",
    "pouch",
    "vaccine",
    "proteinuria",
    "protein",
    "level",
    "levels",
    "angina",
    "drain",
    "line",
    "society",
    "guidelines",
    "sarcoma",
    "sequence",
    "pentad",
    "neuroma",
    "sump",
    "principle",
    "curve",
    "mask",
    "plates",
    "stockings",
    "boot",
    "smear",
    "blot",
    "grid",
    "chart",
    "stain",
    "cyst",
    "contracture",
    "injury",
    "suction",
    "dressing",
    "technique",
    "rods",
    "hugger",
    "entry",
    "pupil",
    "iodine",
    "encephalitis",
    "virus",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Lower,
    Title,
    Upper,
    Initial,
    Other,
}

#[derive(Debug, Clone)]
struct Word<'a> {
    start: usize,
    end: usize,
    shape: Shape,
    /// The word in lower case (borrowed from the text when it already is).
    lower: Cow<'a, str>,
    /// Only spaces/tabs between the previous word and this one.
    tight_before: bool,
    /// A comma (and spaces) between the previous word and this one.
    comma_before: bool,
    /// First word of a sentence or line.
    sentence_start: bool,
    /// Lexicon evidence, looked up once on first use.
    evidence: std::cell::Cell<Option<Evidence>>,
}

impl Word<'_> {
    /// The word's lexicon evidence (cached: a word is scored several times).
    fn ev(&self) -> Evidence {
        if let Some(e) = self.evidence.get() {
            return e;
        }
        let e = evidence(&self.lower);
        self.evidence.set(Some(e));
        e
    }
}

fn shape_of(word: &str, followed_by_dot: bool) -> Shape {
    let first = word.chars().next().unwrap_or(' ');
    let (mut letters, mut upper, mut lower) = (0usize, 0usize, 0usize);
    for c in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
        lower += usize::from(c.is_lowercase());
    }
    if letters == 1 && first.is_uppercase() && (followed_by_dot || word.len() == 1) {
        return Shape::Initial;
    }
    if article_name(word) {
        return Shape::Title;
    }
    if !first.is_uppercase() {
        return if lower == letters {
            Shape::Lower
        } else {
            Shape::Other
        };
    }
    capitalized_shape(letters, upper)
}

/// "al-Rashid", "el-Sayed", "bin-Laden": an Arabic article before a capitalized surname.
fn article_name(word: &str) -> bool {
    ["al-", "el-", "bin-", "ibn-", "abu-", "abd-"]
        .iter()
        .any(|a| {
            word.strip_prefix(a)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase) && rest.len() >= 3)
        })
}

/// The shape of a word that starts with a capital, from its letter counts.
fn capitalized_shape(letters: usize, upper: usize) -> Shape {
    if letters > 1 && upper == letters {
        Shape::Upper
    } else if upper >= 3 && letters <= 6 || upper >= 4 {
        // "NSAIDs", "ACEIs", "HBsAb": short words with three capitals are abbreviations.
        Shape::Other
    } else {
        // Title case, allowing inner capitals after ' or - or Mc/Mac (O'Sullivan, McDonald).
        Shape::Title
    }
}

/// "Grant-funded", "Follow-up": a hyphenated compound of common words with a lower-case
/// tail is prose, while "Eun-ji" and "Hyun-woo" are given names. `lower` is the word in
/// lower case.
fn is_word_compound(word: &str, lower: &str) -> bool {
    word.split('-')
        .skip(1)
        .any(|t| t.starts_with(char::is_lowercase))
        && lower.split('-').all(|part| evidence(part).common)
}

/// The alphabetic character starting at byte `i`, if any (ASCII fast path).
fn letter_at(text: &str, i: usize) -> Option<usize> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii_alphabetic() {
        return Some(1);
    }
    if b < 0x80 {
        return None;
    }
    let c = text.get(i..)?.chars().next()?;
    c.is_alphabetic().then(|| c.len_utf8())
}

/// What lies between two words, gathered while skipping it.
#[derive(Default)]
struct Gap {
    newline: bool,
    colon: bool,
    commas: usize,
    /// Only spaces and tabs (or nothing).
    blank: bool,
    /// The first character that is not a space or tab.
    first_mark: Option<u8>,
}

impl Gap {
    fn new() -> Gap {
        Gap {
            blank: true,
            ..Gap::default()
        }
    }

    fn add(&mut self, b: u8) {
        match b {
            b' ' | b'\t' => return,
            b'\n' => self.newline = true,
            b':' => self.colon = true,
            b',' => self.commas += 1,
            _ => {}
        }
        self.blank = false;
        self.first_mark.get_or_insert(b);
    }

    /// Only commas, spaces and tabs, and exactly one comma.
    fn is_one_comma(&self, gap: &[u8]) -> bool {
        !self.newline && self.commas == 1 && gap.iter().all(|&g| matches!(g, b',' | b' ' | b'\t'))
    }
}

/// Abbreviations whose full stop does not end a sentence.
fn is_abbreviated_title(lower: &str) -> bool {
    matches!(
        lower,
        "dr" | "mr" | "mrs" | "ms" | "st" | "mt" | "prof" | "rev" | "sr" | "jr" | "capt" | "sgt"
    )
}

/// The words of `text`, each with its shape, its lower-case form and what separates it
/// from the word before. One pass over the bytes: most of a note is lower-case ASCII, which
/// costs a table-free comparison per byte and no allocation.
fn split_words(text: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word> = Vec::with_capacity(text.len() / 6);
    let bytes = text.as_bytes();
    let mut gap = Gap::new();
    let mut gap_start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !b.is_ascii_alphabetic() {
            if b < 0x80 {
                gap.add(b);
                i += 1;
                continue;
            }
            if letter_at(text, i).is_none() {
                gap.add(b);
                i += 1;
                continue;
            }
        }
        let start = i;
        let mut end = i;
        let (mut upper, mut letters, mut ascii, mut joined) = (0usize, 0usize, true, false);
        loop {
            while let Some(&c) = bytes.get(end) {
                if c.is_ascii_lowercase() {
                    letters += 1;
                } else if c.is_ascii_uppercase() {
                    letters += 1;
                    upper += 1;
                } else {
                    break;
                }
                end += 1;
            }
            if let Some(l) = letter_at(text, end) {
                ascii = false;
                letters += 1;
                end += l;
                continue;
            }
            // Inner apostrophes and hyphens join (O'Sullivan, Al-Rashidi).
            let joiner = match bytes.get(end) {
                Some(b'\'') | Some(b'-') => 1,
                Some(0xE2) if text.get(end..).is_some_and(|t| t.starts_with('’')) => 3,
                _ => 0,
            };
            if joiner > 0 && letter_at(text, end + joiner).is_some() {
                joined = true;
                ascii &= joiner == 1;
                end += joiner;
                continue;
            }
            break;
        }
        i = end;
        let word = &text[start..end];
        let gap_bytes = &bytes[gap_start..start];
        // Most words are plain lower-case ASCII: no allocation, no Unicode case tables.
        let plain_lower = ascii && upper == 0;
        let lower = if plain_lower {
            Cow::Borrowed(word)
        } else if ascii {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Owned(word.to_lowercase())
        };
        let followed_by_dot = bytes.get(end) == Some(&b'.');
        // "2L", "G7", "x5": letters glued to digits are units and models, not words.
        let glued = start > 0 && (bytes[start - 1].is_ascii_digit() || bytes[start - 1] == b'/')
            || bytes
                .get(end)
                .is_some_and(|b| b.is_ascii_digit() || *b == b'/')
            || joined && word.contains('-') && is_word_compound(word, &lower);
        let shape = if glued {
            Shape::Other
        } else if plain_lower {
            Shape::Lower
        } else if ascii {
            let first_upper = bytes[start].is_ascii_uppercase();
            if letters == 1 && first_upper && (followed_by_dot || word.len() == 1) {
                Shape::Initial
            } else if !first_upper {
                if joined && article_name(word) {
                    Shape::Title
                } else {
                    Shape::Other
                }
            } else {
                capitalized_shape(letters, upper)
            }
        } else {
            shape_of(word, followed_by_dot)
        };
        let previous = words.last();
        let prev_initial = previous.is_some_and(|w| w.shape == Shape::Initial);
        let ends_sentence = matches!(gap.first_mark, Some(b'.' | b'!' | b'?'))
            && !prev_initial
            && !previous.is_some_and(|w| is_abbreviated_title(&w.lower));
        words.push(Word {
            start,
            end,
            shape,
            // Three spaces or a tab separate table columns, not the words of one name.
            tight_before: !words.is_empty()
                && !gap_bytes.is_empty()
                && gap.blank
                && gap_bytes.len() <= 2
                && !gap_bytes.contains(&b'\t')
                || prev_initial && (gap_bytes == b". " || gap_bytes == b"."),
            comma_before: gap.is_one_comma(gap_bytes),
            sentence_start: words.is_empty() || gap.newline || ends_sentence || gap.colon,
            lower,
            evidence: std::cell::Cell::new(None),
        });
        gap = Gap::new();
        gap_start = end;
    }
    words
}

/// Evidence one word gives for being part of a name.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Evidence {
    first: bool,
    surname: bool,
    common: bool,
    stop: bool,
    eponym: bool,
    /// Not in any list: unusual capitalized words (Okafor, Al-Rashidi) are names as often as not.
    unknown: bool,
    /// A city of 50,000 people or more that no name list holds (Dhaka, Leeds, Tucson).
    big_city: bool,
    /// A listed city (see `WordInfo::city`).
    city: bool,
    /// The first word of a city of several words ("San", "Kuala").
    city_prefix: bool,
}

/// A common word behind a prefix the spelling list leaves out: "recheck", "reorder",
/// "unclamp", "predose".
fn prefixed_common_word(lower: &str) -> bool {
    [
        "re", "pre", "un", "non", "post", "sub", "over", "under", "co", "de", "dis", "mis",
    ]
    .iter()
    .filter_map(|prefix| lower.strip_prefix(prefix))
    .any(|rest| rest.len() >= 4 && Lexicons::get().word(rest).common)
}

fn evidence_uncached(base: &str) -> Evidence {
    let info = Lexicons::get().word(base);
    let first = info.first_name_rank.is_some_and(|r| r <= 3000);
    let surname = info.surname_rank.is_some_and(|r| r <= 60_000);
    let common = info.common || !first && !surname && prefixed_common_word(base);
    let stop = not_names().contains(base);
    let eponym = eponyms().contains(base);
    let named = info.first_name_rank.is_some() || info.surname_rank.is_some_and(|r| r <= 20_000);
    Evidence {
        first,
        surname,
        common,
        stop,
        eponym,
        unknown: !first && !surname && !common && !stop && !eponym,
        big_city: info.big_city && !named && !common && !stop && !eponym,
        city: info.city,
        city_prefix: info.city_prefix,
    }
}

fn evidence(lower: &str) -> Evidence {
    // The lexicon is megabytes (a cache miss per probe); the words of a thread's documents
    // repeat, so their evidence is kept in a small table that stays in cache.
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<Box<str>, Evidence, Fast>> =
            std::cell::RefCell::new(std::collections::HashMap::default());
    }
    SEEN.with_borrow_mut(|seen| {
        if let Some(e) = seen.get(lower) {
            return *e;
        }
        let e = evidence_listed(lower);
        if seen.len() >= 50_000 {
            seen.clear();
        }
        seen.insert(lower.into(), e);
        e
    })
}

fn evidence_listed(lower: &str) -> Evidence {
    let listed = evidence_uncached(lower);
    if !listed.unknown {
        return listed;
    }
    // "Nigerian-born", "Spanish-speaking": a description, never a name.
    if ["-born", "-speaking", "-american"]
        .iter()
        .any(|end| lower.ends_with(end))
    {
        return Evidence {
            stop: true,
            unknown: false,
            ..listed
        };
    }
    let base = lower.trim_end_matches("'s").trim_end_matches("’s");
    let mut e = if base.len() < lower.len() {
        evidence_uncached(base)
    } else {
        listed
    };
    // "Al-Rashidi", "El-Sayed", "Abu-Bakr": an Arabic article or kinship word opens a
    // surname, whatever the part after it is.
    let arabic = ["al-", "el-", "abu-", "abd-", "bin-", "ibn-", "ben-"]
        .iter()
        .any(|p| base.starts_with(p) && base.len() > p.len() + 2);
    if arabic {
        e.surname = true;
        e.unknown = false;
        return e;
    }
    // Hyphenated given names: a listed part counts ("Min-Jun", "Jean-Luc").
    if !e.first && base.contains('-') {
        let listed_part = base.split('-').filter(|p| p.len() > 1).any(|p| {
            Lexicons::get()
                .first_name_rank(p)
                .is_some_and(|r| r <= 3000)
        });
        if listed_part {
            e.first = true;
            e.unknown = false;
        }
    }
    // Hyphenated and apostrophe names: a listed part counts ("Smith-Jones", "O'Brien").
    if !e.surname && base.contains(['-', '\'', '’']) {
        let listed_part = base
            .split(['-', '\'', '’'])
            .filter(|p| p.len() > 1)
            .any(|p| Lexicons::get().surname_rank(p).is_some_and(|r| r <= 20_000));
        if listed_part {
            e.surname = true;
            e.unknown = false;
        }
    }
    e
}

/// Find person names. `cues` are the cue phrases found in `text`.
/// True for words that name no person wherever they stand: states, countries, calendar
/// words, languages, departments.
pub fn is_not_a_name(lower: &str) -> bool {
    not_names().contains(lower)
}

/// Words that a number or numeral after them makes a category: "Class II", "Grade 3".
fn is_category_word(lower: &str) -> bool {
    matches!(
        lower,
        "class"
            | "grade"
            | "type"
            | "stage"
            | "group"
            | "level"
            | "phase"
            | "zone"
            | "division"
            | "tier"
            | "category"
            | "part"
            | "step"
            | "factor"
    )
}

/// True when `lower` makes the word before it an eponym ("Cushing syndrome").
pub fn is_eponym_noun(lower: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str, Fast>> = OnceLock::new();
    SET.get_or_init(|| EPONYM_NOUNS.iter().copied().collect())
        .contains(lower)
}

/// Find person names (and cities after place prepositions, which need the same words).
/// `cues` are the cue phrases found in `text`.
pub fn find(text: &str, cues: &[CueMatch], out: &mut Vec<Finding>) {
    let words = split_words(text);
    if words.is_empty() {
        return;
    }
    // Map each cue to the word right after it (titles, relations, labels) or right before
    // it (post-nominals).
    let mut cue_before: Vec<Option<Cue>> = vec![None; words.len()];
    let mut post_nominal_after: Vec<bool> = vec![false; words.len()];
    {
        let mut w = 0;
        for cue in cues {
            match cue.cue {
                // "Hospice MD: Samira Haddad": a credential before a colon labels what follows.
                Cue::PostNominal if text[cue.end..].starts_with(':') => {}
                // "RN Joy; SW Lorenzo Pace": a role in capitals right before a name.
                Cue::PostNominal
                    if text[cue.start..cue.end]
                        .bytes()
                        .all(|b| b.is_ascii_uppercase())
                        && matches!(
                            &text[cue.start..cue.end],
                            "RN" | "NP" | "LPN" | "CNA" | "SW" | "RT" | "CNM"
                        )
                        && text[cue.end..].starts_with(' ')
                        && text[cue.end + 1..].starts_with(|c: char| c.is_ascii_uppercase())
                        && !text[cue.end + 1..]
                            .split([' ', ',', ';', '.'])
                            .next()
                            .is_some_and(|w| w.bytes().all(|b| b.is_ascii_uppercase())) =>
                {
                    let next = words.partition_point(|x| x.start < cue.end);
                    if next < words.len() && cue_before[next].is_none() {
                        cue_before[next] = Some(Cue::Relation);
                    }
                }
                Cue::PostNominal => {
                    // The word ending right before the cue (", MD" or " MD").
                    let before = words.partition_point(|x| x.end <= cue.start);
                    if let Some(idx) = before.checked_sub(1) {
                        let gap = &text[words[idx].end..cue.start];
                        if gap.trim().is_empty() || gap.trim() == "," {
                            // Only upper-case post-nominals count ("md" in prose is not one),
                            // and not a state before its ZIP code ("Quincy, MA 02171").
                            let token = &text[cue.start..cue.end];
                            let zip_follows = text[cue.end..]
                                .trim_start_matches([' ', '\t'])
                                .bytes()
                                .take_while(u8::is_ascii_digit)
                                .count()
                                == 5;
                            // "Angle Class II", "Type III": a numbered category, not a
                            // name's generation.
                            let numbered_category = token
                                .bytes()
                                .all(|b| matches!(b.to_ascii_lowercase(), b'i' | b'v' | b'x'))
                                && (is_category_word(&words[idx].lower)
                                    // "Mobitz II": an eponym's type.
                                    || words[idx].ev().eponym);
                            if !zip_follows
                                && !numbered_category
                                && (token
                                    .chars()
                                    .filter(|c| c.is_alphabetic())
                                    .all(char::is_uppercase)
                                    || token.len() > 3
                                    || token.chars().skip(1).any(char::is_uppercase))
                            {
                                post_nominal_after[idx] = true;
                            }
                        }
                    }
                }
                _ => {
                    while w < words.len() && words[w].start < cue.end {
                        w += 1;
                    }
                    // "her son is Lars", "daughter named Rose": the verb leads to the name.
                    let mut from = cue.end;
                    if cue.cue == Cue::Relation
                        && w + 1 < words.len()
                        && matches!(words[w].lower.as_ref(), "is" | "named" | "called")
                        && words[w].start - cue.end <= 2
                        && words[w + 1].tight_before
                        && words[w + 1].shape == Shape::Title
                    {
                        from = words[w].end;
                        w += 1;
                    }
                    if w < words.len() {
                        let gap = &text[from..words[w].start];
                        // A full stop ends the sentence, except after an abbreviated title ("Dr.").
                        let cue_text = &text[cue.start..cue.end];
                        // "MR, RVSP", "DR 2": capitals without a dot are abbreviations
                        // (mitral regurgitation, diabetic retinopathy), not titles.
                        if cue.cue == Cue::Title
                            && cue_text.len() <= 3
                            && cue_text.chars().all(|c| c.is_ascii_uppercase())
                        {
                            continue;
                        }
                        // "0.4 ms.": after a number it is a unit.
                        let after_number = text[..cue.start]
                            .trim_end_matches(' ')
                            .ends_with(|c: char| c.is_ascii_digit());
                        let unit = ["ms", "fr"]
                            .iter()
                            .any(|u| cue_text.trim_end_matches('.').eq_ignore_ascii_case(u));
                        if cue.cue == Cue::Title && after_number && unit {
                            continue;
                        }
                        // "moderate MR. Holter 48h": mitral regurgitation (MS: stenosis,
                        // sclerosis) before a word no name list holds.
                        let caps_abbreviation = matches!(cue_text, "MR." | "MS.")
                            || cue_text.len() > 3
                                && cue_text
                                    .bytes()
                                    .all(|b| b.is_ascii_uppercase() || b == b'.');
                        // "mild MR. Trop I peaked": a grade of regurgitation or stenosis.
                        let graded = matches!(cue_text, "MR." | "MS.")
                            && text[..cue.start]
                                .trim_end()
                                .rsplit([' ', '\t', '\n', ','])
                                .next()
                                .is_some_and(|g| {
                                    matches!(
                                        g.to_ascii_lowercase().as_str(),
                                        "mild"
                                            | "moderate"
                                            | "severe"
                                            | "trace"
                                            | "trivial"
                                            | "significant"
                                            | "no"
                                            | "residual"
                                            | "functional"
                                    )
                                });
                        if graded
                            || caps_abbreviation && {
                                let e = words[w].ev();
                                !(e.first || e.surname) || e.eponym
                            }
                        {
                            continue;
                        }
                        let dot_ok =
                            cue.cue == Cue::Title && cue_text.trim_end_matches('.').len() <= 4;
                        // "Dr, Apt 9": a comma never follows a title ("Shore Dr, Apt").
                        let comma_ok = cue.cue != Cue::Title;
                        let allowed = gap.len() <= 4
                            && !gap.contains('\n')
                            && gap.chars().all(|c| {
                                c == ' '
                                    || c == '\t'
                                    || c == ':'
                                    || c == '-'
                                    || c == ',' && comma_ok
                                    || c == '('
                                    || c == '.' && dot_ok
                            });
                        let gap_ok = allowed
                            || (cue.cue == Cue::Label
                                && !gap.contains('\n')
                                && gap.trim().is_empty());
                        if gap_ok && cue_before[w].is_none_or(|c| c != Cue::Title) {
                            cue_before[w] = Some(cue.cue);
                        }
                    }
                }
            }
        }
    }
    let line_is_upper = upper_lines(text);
    // Words that are themselves part of a cue ("Dr", "Mrs", "RN") never belong to a name.
    let mut is_cue_word = vec![false; words.len()];
    {
        let mut w = 0;
        for cue in cues {
            while w < words.len() && words[w].end <= cue.start {
                w += 1;
            }
            let mut k = w;
            while k < words.len() && words[k].start < cue.end {
                let whole_word = words[k].start >= cue.start && words[k].end <= cue.end;
                let credential_shaped = words[k].shape == Shape::Upper
                    || text[words[k].start..words[k].end]
                        .chars()
                        .skip(1)
                        .any(char::is_uppercase);
                if whole_word && (cue.cue != Cue::PostNominal || credential_shaped) {
                    is_cue_word[k] = true;
                }
                k += 1;
            }
        }
    }

    let mut i = 0;
    while i < words.len() {
        let cue = cue_before[i];
        let w = &words[i];
        // "Dr. van der Berg": particles leading to a capitalized surname (a lower-case one,
        // "dr van den berg", is read by the lower-case rule below).
        let particle_start = cue.is_some()
            && w.shape == Shape::Lower
            && is_name_particle(&w.lower)
            && particles_lead_to_capitalized(&words, i + 1);
        let name_shaped =
            matches!(w.shape, Shape::Title | Shape::Upper | Shape::Initial) || particle_start;
        // A credential right after the run vouches for it ("Wren Callahan, RN").
        let credential_follows = post_nominal_after[i]
            || words
                .get(i + 1)
                .is_some_and(|n| n.tight_before && post_nominal_after[i + 1]);
        let weak_start =
            name_shaped && cue.is_none() && w.shape != Shape::Initial && !credential_follows && {
                let ev = w.ev();
                // A first name that is also a word or a country (Hope, Jordan) may still start a
                // name when a surname follows it.
                let surname_follows = words.get(i + 1).is_some_and(|n| {
                    n.tight_before && n.shape != Shape::Lower && {
                        let e = n.ev();
                        e.surname && !e.stop
                    }
                });
                let name_start = ev.first
                    && matches!(w.shape, Shape::Title | Shape::Upper)
                    && (!ev.stop || surname_follows);
                // "Banks, Zoë": a common word that is a frequent surname before ", First".
                let last_first = words
                    .get(i + 1)
                    .is_some_and(|n| n.comma_before && looks_last_first(w, n));
                // "Ludwig von Hohenberg": a particle, then a capitalized surname.
                let particle_name = words.get(i + 1).is_some_and(|n| {
                    n.tight_before && n.shape == Shape::Lower && is_name_particle(&n.lower)
                }) && particles_lead_to_capitalized(&words, i + 1);
                (ev.common || ev.stop || ev.eponym)
                    && !name_start
                    && !last_first
                    && (!particle_name || ev.stop)
                    && !(ev.surname && !ev.stop && owns_kin(text, w))
            };
        if !name_shaped
            && !is_cue_word[i]
            && w.shape == Shape::Lower
            && let Some(cue) = cue
            && let Some(last) = lowercase_name_after_cue(&words, i, cue)
            && !names_a_sign(&words, i, last)
        {
            let confidence = if cue == Cue::Title { 0.8 } else { 0.7 };
            out.push(Finding::new(
                Span::new(w.start, words[last].end),
                PhiKind::Name,
                confidence,
                "name.cue-lowercase",
            ));
            i = last + 1;
            continue;
        }
        if !name_shaped || is_cue_word[i] || weak_start {
            i += 1;
            continue;
        }
        // Collect a run of name-shaped words: particles may join, "LAST, FIRST" after a label.
        let mut j = i + 1;
        let mut last_name_word = i;
        let mut run_has_comma = false;
        while j < words.len() && j - i < 5 {
            let x = &words[j];
            let comma_ok = x.comma_before
                && !run_has_comma
                && (j == i + 1 || cue == Some(Cue::Label) || x.shape == Shape::Upper)
                && (cue == Some(Cue::Label)
                    || cue == Some(Cue::Relation)
                    || words[j - 1].shape == Shape::Upper && x.shape == Shape::Upper
                    || words[j - 1].shape == Shape::Title && x.shape == Shape::Initial
                    // "HOLLOWAY, Vernon", "KING, M": the surname in capitals, as lists do.
                    || words[j - 1].shape == Shape::Upper
                        && matches!(x.shape, Shape::Title | Shape::Initial)
                        && j == i + 1
                        && looks_last_first(&words[j - 1], x)
                    || words[j - 1].shape == Shape::Title
                        && x.shape == Shape::Title
                        && (looks_last_first(&words[j - 1], x)
                            // "Oyelaran, Tunde, DO": a credential vouches for the pair.
                            || post_nominal_after[j] && plain_name_word(&words[j - 1])
                                && plain_name_word(x)));
            let joins = x.tight_before || comma_ok;
            if !joins || is_cue_word[j] {
                break;
            }
            if x.comma_before {
                run_has_comma = true;
            }
            if matches!(x.shape, Shape::Title | Shape::Upper | Shape::Initial) {
                if x.shape == Shape::Upper && words[i].shape == Shape::Title && x.lower.len() <= 4 {
                    break; // "Smith MD", "Jones RN": post-nominal, not part of the name
                }
                let ev = x.ev();
                // An eponym is a surname too: after a cue, a first name or an initial it
                // stays in the name ("Signature: L. Finkelstein") unless its noun follows.
                let prev = &words[j - 1];
                let named_eponym = ev.eponym
                    && (cue.is_some() || prev.shape == Shape::Initial || prev.ev().first)
                    && !words
                        .get(j + 1)
                        .is_some_and(|n| n.tight_before && is_eponym_noun(&n.lower));
                if (ev.stop && !ev.surname || ev.eponym && !named_eponym)
                    && cue != Some(Cue::Title)
                    && !ev.first
                {
                    break;
                }
                // "Barbara White", "Keisha Washington": a frequent surname that is also a
                // race or a state, right after a given name no word list holds.
                let surname_after_given = j == i + 1
                    && x.tight_before
                    && x.shape == Shape::Title
                    && prev.shape == Shape::Title
                    && {
                        let p = prev.ev();
                        p.first && !p.common && !p.stop && !p.eponym
                    }
                    && Lexicons::get()
                        .surname_rank(&x.lower)
                        .is_some_and(|r| r <= 2000);
                // Without a cue, a calendar word or other non-name ends the run
                // ("Alejandra Robinson Jan 20", "Maria Lopez Monday"); after a comma it
                // does whatever the cue ("Hi Dr. Brennan, My inhaler").
                if (cue.is_none() || x.comma_before && !ev.first) && ev.stop && !surname_after_given
                {
                    break;
                }
                if ev.common
                    && !ev.first
                    && !ev.surname
                    && cue.is_none()
                    && x.shape != Shape::Initial
                {
                    break;
                }
                last_name_word = j;
                j += 1;
            } else if x.shape == Shape::Lower
                && is_name_particle(&x.lower)
                && words.get(j + 1).is_some_and(|n| {
                    n.tight_before
                        && (is_name_particle(&n.lower)
                            || matches!(n.shape, Shape::Title | Shape::Upper))
                })
            {
                j += 1;
            } else {
                break;
            }
        }
        // Generational suffixes belong to the name: "John Faith III", "Kofi Petrov Jr".
        let mut generational = false;
        if let Some(next) = words.get(last_name_word + 1)
            && next.tight_before
            && matches!(next.lower.as_ref(), "jr" | "sr" | "ii" | "iii" | "iv")
            && last_name_word > i
            // "Mobitz II": a type of the eponym's block, not a generation.
            && !words[last_name_word].ev().eponym
        {
            generational = true;
            last_name_word += 1;
        }
        let run = &words[i..=last_name_word];
        let post_nominal = generational || post_nominal_after[last_name_word];
        let score = score_run(
            text,
            run,
            cue,
            post_nominal,
            line_is_upper(w.start),
            &words,
            last_name_word,
        );
        if score > 0.0 {
            // "de la Cruz, Emilio", "van der Berg": particles before the run belong to it.
            let mut first_word = i;
            while first_word > 0
                && words[first_word].tight_before
                && words[first_word - 1].shape == Shape::Lower
                && is_name_particle(&words[first_word - 1].lower)
                && i - first_word < 3
            {
                first_word -= 1;
            }
            let start = words[first_word].start;
            let mut end = run[run.len() - 1].end;
            // "Rio de Janeiro": a place's name with a particle, whole or joined by the
            // particle to the place's first word.
            let lexicons = Lexicons::get();
            let place = run.len() > 1 && lexicons.is_any_city(&text[start..end].to_lowercase())
                || first_word < i
                    && first_word > 0
                    && words[first_word - 1].shape == Shape::Title
                    && lexicons.is_any_city(&text[words[first_word - 1].start..end].to_lowercase());
            if place {
                i = last_name_word + 1;
                continue;
            }
            // Keep an initial's dot inside the span ("J." in "J. Smith" is already inside).
            if run[run.len() - 1].shape == Shape::Initial && text.as_bytes().get(end) == Some(&b'.')
            {
                end += 1;
            }
            let detector = match cue {
                Some(Cue::Title) => "name.title",
                Some(Cue::Label) => "name.label",
                Some(Cue::Relation) => "name.cue",
                _ if post_nominal => "name.post-nominal",
                _ => "name.lexicon",
            };
            out.push(Finding::new(
                Span::new(start, end),
                PhiKind::Name,
                score,
                detector,
            ));
            i = last_name_word + 1;
        } else {
            i += 1;
        }
    }
    lowercase_names(text, &words, out);
    possessives_typed_bare(&words, out);
    lowercase_facilities(text, &words, out);
    let lower_case_text = typed_in_lower_case(&words);
    if lower_case_text {
        lowercase_names_by_what_follows(text, &words, out);
        lowercase_cities_before_state(text, &words, out);
    }
    cities_after_prepositions(text, &words, lower_case_text, out);
    big_cities(text, &words, out);
}

/// Words after a city that make it the name of a scale, criteria or germ rather than a
/// place: "Glasgow Coma Scale", "Berlin definition", "Rome IV", "Marburg virus".
fn names_a_clinical_thing(next: Option<&Word>, after: Option<&Word>) -> bool {
    let thing = |n: &Word| is_clinical_thing(&n.lower);
    // "Prague C2M4", "Montreal A2 L3": a code after it.
    let code = |n: &Word| n.shape == Shape::Other && n.lower.bytes().any(|b| b.is_ascii_digit());
    // "Ottawa ankle rules": the thing may be one word further on.
    next.is_some_and(|n| matches!(n.shape, Shape::Title | Shape::Upper) || thing(n) || code(n))
        || after.is_some_and(thing)
}

/// A noun that a place or person names as a clinical thing: "Philadelphia chromosome",
/// "Montevideo units", "St. Louis encephalitis", "Banff grade", "Hageman factor".
fn is_clinical_thing(lower: &str) -> bool {
    is_eponym_noun(lower)
        || matches!(
            lower,
            "stage"
                | "syncope"
                | "rules"
                | "virus"
                | "fever"
                | "agent"
                | "strain"
                | "questionnaire"
                | "brace"
                | "model"
                | "nomenclature"
                | "declaration"
                | "convention"
                | "consensus"
                | "statement"
                | "group"
                | "trial"
                | "study"
                | "cohort"
                | "units"
                | "chromosome"
                | "factor"
                | "flu"
                | "influenza"
                | "encephalitis"
                | "disease"
        )
}

/// Whether a city or facility stands right before a noun it names as a clinical thing,
/// perhaps after a year ("Banff 2019 criteria"): then it is an eponym, not PHI. Names are
/// left to the name walk, which knows their cues ("husband Samir cell ..." is a person).
pub(super) fn names_a_clinical_thing_after(text: &str, f: &Finding) -> bool {
    // Counties name courts and registries, not clinical things ("Washtenaw County Trial
    // Court").
    let place = matches!(f.kind, PhiKind::City | PhiKind::Geo);
    // "the UCSF (San Francisco) criteria", "Wexner (Cleveland Clinic) score": a place or
    // name in parentheses glossing a criterion's name.
    let glossed = text[..f.span.start()].ends_with('(') && text[f.span.end()..].starts_with(')');
    let uncued_name = f.kind == PhiKind::Name && f.detector == "name.lexicon";
    if !(place || uncued_name) {
        return false;
    }
    let after = if glossed {
        &text[f.span.end() + 1..]
    } else {
        &text[f.span.end()..]
    };
    // "Norwalk (norovirus)", "La Crosse (bunyavirus)": a place glossed by its germ.
    let gloss = after
        .strip_prefix(" (")
        .map(|g| g.split([')', ' ', ',']).next().unwrap_or(""))
        .unwrap_or("");
    if place && gloss.ends_with("virus") {
        return true;
    }
    // "stage IIB bulky (Ann Arbor / Lugano)": places in parentheses after a staging word
    // name its system.
    if place && parenthesized_after_staging(text, f.span.start()) {
        return true;
    }
    let mut rest = after.strip_prefix(' ').unwrap_or("");
    // "Katz 5/6, Lawton 4/8": an instrument and the score read on it.
    let scored = {
        let a = rest.bytes().take_while(u8::is_ascii_digit).count();
        let b = rest[a..]
            .strip_prefix('/')
            .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
        let (score, of) = (
            rest[..a].parse::<u32>().unwrap_or(0),
            rest.get(a + 1..a + 1 + b)
                .and_then(|d| d.parse::<u32>().ok())
                .unwrap_or(0),
        );
        // Not after a place's preposition: "visiting daughter in Tucson 4/8" is a date.
        let placed = text[..f.span.start()]
            .trim_end()
            .rsplit([' ', '\t', '\n'])
            .next()
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "in" | "at" | "from" | "to" | "near" | "of" | "for" | "visiting"
                )
            });
        (1..=2).contains(&a)
            && b == 1
            && matches!(of, 4..=8)
            && score <= of
            && !placed
            && !rest[a + 1 + b..].starts_with(|c: char| c.is_ascii_digit() || c == '/')
    };
    if scored && !glossed {
        return true;
    }
    // "Rochester, Philadelphia or Boston criteria", "Ann Arbor / Lugano stage", "Austin
    // Flint or Graham Steell murmur": the noun closes a list of places or eponyms (a
    // person's own things, "Smith or Jones chart", are not clinical things).
    if !glossed {
        let mut tail = after;
        // The finding may be the first word of a two-word item ("Austin" of "Austin Flint").
        if let Some(second) = tail.strip_prefix(' ')
            && second.starts_with(|c: char| c.is_ascii_uppercase())
        {
            let after_second = &second[leading_word(second).len()..];
            if [", ", " or ", " and ", " / "]
                .iter()
                .any(|s| after_second.starts_with(s))
            {
                tail = after_second;
            }
        }
        for _ in 0..3 {
            let Some(next) = tail
                .strip_prefix(", ")
                .or_else(|| tail.strip_prefix(" or "))
                .or_else(|| tail.strip_prefix(" and "))
                .or_else(|| tail.strip_prefix(", or "))
                .or_else(|| tail.strip_prefix(", and "))
                .or_else(|| tail.strip_prefix(" / "))
            else {
                break;
            };
            if !next.starts_with(|c: char| c.is_ascii_uppercase()) {
                break;
            }
            tail = &next[leading_word(next).len()..];
            // An item of two capitalized words ("Graham Steell").
            if let Some(second) = tail.strip_prefix(' ')
                && second.starts_with(|c: char| c.is_ascii_uppercase())
            {
                tail = &second[leading_word(second).len()..];
            }
            let noun = leading_word(tail.strip_prefix(' ').unwrap_or(""));
            if is_clinical_thing(&noun) && !(uncued_name && is_owned_noun(&noun)) {
                return true;
            }
        }
    }
    // "(Cleveland Clinic) incontinence score": the thing may be one word further on.
    if glossed {
        let first = leading_word(rest);
        let second = leading_word(rest[first.len()..].strip_prefix(' ').unwrap_or(""));
        if is_clinical_thing(&second) {
            return true;
        }
    }
    let year = rest.bytes().take_while(u8::is_ascii_digit).count();
    if year == 4 && rest[4..].starts_with(' ') {
        rest = &rest[5..];
    }
    let word = leading_word(rest);
    // A name right before its noun was judged by the name walk itself.
    place && !word.is_empty() && is_clinical_thing(&word)
}

/// Whether the text at `start` opens a parenthesis that follows a staging or grading word
/// within the three words before it.
fn parenthesized_after_staging(text: &str, start: usize) -> bool {
    let Some(head) = text[..start].strip_suffix('(') else {
        return false;
    };
    head.split_whitespace().rev().take(3).any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_ascii_alphabetic())
            .to_ascii_lowercase();
        matches!(
            w.as_str(),
            "stage" | "staging" | "grade" | "classification" | "class"
        )
    })
}

/// ", Terrebonne Parish" or ", Lake County" opening `rest`.
fn county_follows(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(", ") else {
        return false;
    };
    let mut words = rest.split([' ', ',', '\n']).take(3);
    words
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && words.any(|w| matches!(w, "County" | "Parish" | "Borough"))
}

/// "trip: Kolkata -> Dhaka", "exposure in Sylhet": a city of 50,000 or more that no name
/// or word list holds is a place wherever it stands, unless a scale or germ is named after
/// it. Two- and three-word cities ("Addis Ababa", "Ho Chi Minh City") are looked up whole.
fn big_cities(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    let lex = Lexicons::get();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        // Most words are lower case: the shape settles them before any list is read.
        if w.shape != Shape::Title {
            i += 1;
            continue;
        }
        // "MoCA" is a test; a car's model follows its make ("Honda Accord").
        let plain_capital = text[w.start..w.end]
            .chars()
            .skip(1)
            .all(|c| !c.is_uppercase());
        let after_make = i > 0
            && words[i].tight_before
            && super::patterns::VEHICLE_MAKES.contains(&words[i - 1].lower.as_ref());
        if !plain_capital || after_make {
            i += 1;
            continue;
        }
        // The longest run of up to three capitalized words that names a big city, or a
        // listed city before its county ("Houma, Terrebonne Parish").
        let ev = w.ev();
        // "St Thomas' Hospital, London", "5 Lambeth Walk, London SE11": after a comma in an
        // address a big city counts even where it is also a surname.
        let address_city = ev.surname
            && !ev.first
            && !ev.eponym
            && !ev.stop
            && text[..w.start].ends_with(", ")
            && lex.word(&w.lower).big_city;
        let mut found = (w.lower.len() >= 4 && ev.big_city
            || address_city
            || ev.city && county_follows(&text[w.end..]))
        .then_some(i);
        // Longer phrases only after a word that opens one (the table marks them).
        let mut j = i + 1;
        while ev.city_prefix
            && j < words.len()
            && j - i < 3
            && words[j].tight_before
            && words[j].shape == Shape::Title
        {
            let phrase = text[w.start..words[j].end].to_lowercase();
            let info = lex.word(&phrase);
            if info.big_city || info.city && county_follows(&text[words[j].end..]) {
                found = Some(j);
            }
            j += 1;
        }
        let Some(last) = found else {
            i += 1;
            continue;
        };
        let next = words.get(last + 1).filter(|n| n.tight_before);
        let after = words
            .get(last + 2)
            .filter(|n| n.tight_before && next.is_some());
        // "Prague C2M4", "Montreal A2 L3 B1": a classification's code after it.
        let rest = &text[words[last].end..];
        let code_follows = rest.strip_prefix(' ').is_some_and(|r| {
            let b = r.as_bytes();
            b.len() >= 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_digit()
        });
        if names_a_clinical_thing(next, after) || code_follows {
            i = last + 1;
            continue;
        }
        out.push(Finding::new(
            Span::new(w.start, words[last].end),
            PhiKind::City,
            0.6,
            "city.gazetteer",
        ));
        i = last + 1;
    }
}

/// "lives in Evanston", "from home in Tampa": a known US city after a place preposition.
/// It shares the name walk's words.
/// `lower_case_text`: the text is typed the way queries are, so a city may be too ("in
/// tulsa"); in a properly written note the lower-case words after prepositions are not
/// looked up at all (they are a tenth of all words).
fn cities_after_prepositions(
    text: &str,
    words: &[Word],
    lower_case_text: bool,
    found: &mut Vec<Finding>,
) {
    let lex = Lexicons::get();
    let bytes = text.as_bytes();
    for (i, w) in words.iter().enumerate() {
        // "Circle of Willis", "sphincter of Oddi": anatomy named after a person.
        let anatomy = w.lower == "of"
            && i > 0
            && (is_eponym_noun(&words[i - 1].lower)
                || matches!(
                    words[i - 1].lower.as_ref(),
                    "circle"
                        | "sphincter"
                        | "ampulla"
                        | "islets"
                        | "tetralogy"
                        | "pouch"
                        | "organ"
                        | "foramen"
                        | "crypts"
                        | "bundle"
                        | "ligament"
                ));
        if anatomy {
            continue;
        }
        let preposition = w.shape == Shape::Lower
            && matches!(
                w.lower.as_ref(),
                "in" | "from" | "near" | "outside" | "to" | "of" | "around" | "via"
            );
        // A space on each side and a capital right after: " in Tampa".
        if !preposition
            || w.start == 0
            || bytes[w.start - 1] != b' '
            || bytes.get(w.end) != Some(&b' ')
        {
            continue;
        }
        if !bytes.get(w.end + 1).is_some_and(u8::is_ascii_uppercase) {
            if lower_case_text {
                lowercase_city_after(words, i, found);
            }
            continue;
        }
        let start = w.end + 1;
        // Up to four capitalized words ("Ho Chi Minh City").
        let mut end = start;
        let mut best = None;
        for _ in 0..4 {
            let word_end = text[end..]
                .find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-' || c == '.'))
                .map_or(text.len(), |p| end + p);
            let candidate = text[start..word_end].trim_end_matches('.');
            if lex.is_city(&candidate.to_lowercase()) {
                best = Some(start + candidate.len());
            }
            if bytes.get(word_end) != Some(&b' ')
                || !bytes.get(word_end + 1).is_some_and(u8::is_ascii_uppercase)
            {
                break;
            }
            end = word_end + 1;
        }
        let Some(e) = best else {
            continue;
        };
        // "from OSH note": an abbreviation in capitals (outside hospital), not Osh.
        if e - start <= 4 && text[start..e].bytes().all(|b| b.is_ascii_uppercase()) {
            continue;
        }
        let word = text[start..e].to_lowercase();
        let next_word: String = text[e..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_lowercase();
        // "via Foley": a catheter named after a person, not Foley, Alabama.
        let eponym = w.lower == "via" && eponyms().contains(word.as_str());
        if is_not_a_name(&word) || eponym || is_eponym_noun(&next_word) {
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

/// "going back to yuma tmrw": queries type cities in lower case too. After a place
/// preposition, a listed city that is no word, first name or frequent surname counts.
fn lowercase_city_after(words: &[Word], preposition: usize, found: &mut Vec<Finding>) {
    let Some(next) = words
        .get(preposition + 1)
        .filter(|x| x.tight_before && x.shape == Shape::Lower)
    else {
        return;
    };
    let e = next.ev();
    // Most words after "in" or "to" are no city: one memoised look settles them.
    if !e.city && !e.city_prefix {
        return;
    }
    let lex = Lexicons::get();
    // Two words first ("in fort wayne", "from el paso"), after a word that opens a city's name.
    if e.city_prefix
        && let Some(second) = words
            .get(preposition + 2)
            .filter(|x| x.tight_before && x.shape == Shape::Lower)
    {
        let phrase = format!("{} {}", next.lower, second.lower);
        if lex.is_any_city(&phrase) {
            found.push(Finding::new(
                Span::new(next.start, second.end),
                PhiKind::City,
                0.7,
                "city.lowercase",
            ));
            return;
        }
    }
    if next.lower.len() < 4 {
        return;
    }
    // After "in" or "from", a big city outweighs a name it shares ("in columbus"); after a
    // word only places follow, any listed city does ("fell in bozeman", "near cheney").
    let info = lex.word(&next.lower);
    let only_places_follow = matches!(
        words[preposition].lower.as_ref(),
        "in" | "near" | "outside" | "around"
    );
    let named = !info.big_city
        && !only_places_follow
        && (info.first_name_rank.is_some() || info.surname_rank.is_some_and(|r| r <= 20_000));
    if (e.city || info.big_city) && !e.common && !e.stop && !e.eponym && !named {
        found.push(Finding::new(
            Span::new(next.start, next.end),
            PhiKind::City,
            0.7,
            "city.lowercase",
        ));
    }
}

/// A lower-case word the name lists vouch for: a listed first name or surname that is not
/// a calendar word, eponym or other non-name, and — unless `frequent_ok` and it is a very
/// frequent surname or first name ("lee", "smith") — not a common English word either.
fn listed_lowercase_name(w: &Word, frequent_ok: bool) -> bool {
    let e = w.ev();
    if w.shape != Shape::Lower
        || e.stop
        || e.eponym
        || !(e.first || e.surname)
        || is_contraction_typed_bare(&w.lower)
    {
        return false;
    }
    if !e.common {
        return true;
    }
    let info = Lexicons::get().word(w.lower.trim_end_matches("'s"));
    frequent_ok
        && (info.surname_rank.is_some_and(|r| r <= 1000)
            || info.first_name_rank.is_some_and(|r| r <= 300))
}

/// "hi im trying", "ill call back": contractions typed without their apostrophe, which the
/// name lists hold as names (Im, Ill, Ive).
fn is_contraction_typed_bare(lower: &str) -> bool {
    matches!(
        lower,
        "im" | "ive"
            | "id"
            | "ill"
            | "youre"
            | "theyre"
            | "hes"
            | "shes"
            | "thats"
            | "dont"
            | "cant"
            | "wont"
            | "didnt"
            | "isnt"
            | "wasnt"
            | "doesnt"
            | "couldnt"
            | "wouldnt"
    )
}

/// Queries and quick notes type names in lower case right after a cue: "dr lee", "mrs.
/// thompson", "pt okafor", "daughter (karen)". After a title a frequent name that is also a
/// word counts ("dr lee"); after a relation only a name that is not a word does
/// ("pt will call" stays). A second listed word joins ("pt jose ramirez"). Returns the index
/// of the name's last word.
fn lowercase_name_after_cue(words: &[Word], i: usize, cue: Cue) -> Option<usize> {
    let title = cue == Cue::Title;
    let w = &words[i];
    let e = w.ev();
    // "dr van den berg", "mrs de la cruz": particles, then the surname they lead to.
    if cue == Cue::Title && is_name_particle(&w.lower) {
        let mut j = i + 1;
        while words
            .get(j)
            .is_some_and(|n| n.tight_before && is_name_particle(&n.lower))
        {
            j += 1;
        }
        let surname = words.get(j)?;
        let plain = surname.tight_before
            && surname.shape == Shape::Lower
            && surname.lower.trim_end_matches("'s").len() >= 3
            && !surname.ev().stop
            && !looks_like_prose(&surname.lower);
        return plain.then_some(j);
    }
    // "chaplain hope okeke", "pharmacist will mensah": a frequent given name that is also a
    // word, when a surname that is not one follows it.
    // ("pt amir haddad": any given name, when the surname is no word.)
    let given_then_surname = matches!(cue, Cue::Title | Cue::Relation)
        && w.shape == Shape::Lower
        && e.first
        && !e.stop
        && !e.eponym
        && words.get(i + 1).is_some_and(|n| {
            // ("chaplain mercy oyelaran": or a longer word no list holds.)
            let unlisted = n.ev().unknown
                && n.lower.len() >= 5
                && !looks_clinical(&n.lower)
                && !is_verb_name(&w.lower);
            n.tight_before
                && n.shape == Shape::Lower
                && (n.ev().surname || unlisted)
                && plain_name_word(n)
                && !looks_like_prose(&n.lower)
                && (frequent_given_name(&w.lower)
                    || !n.ev().common
                        && !is_verb_name(&w.lower)
                        && !is_verb_or_function_word(&w.lower)
                        && !is_verb_or_function_word(&n.lower)
                        && w.lower.len() >= 3
                        && n.lower.len() >= 3)
        });
    if given_then_surname {
        return Some(i + 1);
    }
    // "mr okonjo": after a title, a longer word no list holds is a name too.
    let personal_title = i > 0
        && matches!(
            words[i - 1].lower.as_ref(),
            "dr" | "mr" | "mrs" | "ms" | "mx" | "miss" | "prof"
        );
    // "dr addison", "mr parkinson": after a personal title an eponym is the person.
    let eponym_after_title = personal_title
        && e.eponym
        && w.shape == Shape::Lower
        && w.lower.trim_end_matches("'s").len() >= 4;
    let unlisted_after_title = personal_title
        && e.unknown
        && !looks_like_prose(&w.lower)
        && w.lower.len() >= 4
        && w.lower.contains(['a', 'e', 'i', 'o', 'u', 'y'])
        && !matches!(w.lower.as_ref(), "appt" | "appts" | "note" | "ofc");
    // "wife maria", "son mark": after a kin word a first name counts even when it is also
    // a word, but not a verb that often follows one ("wife will call", "son may").
    let kin = i > 0 && is_kin(&words[i - 1].lower);
    // "wife adaeze keeps asking": after a kin word, a longer word no list holds.
    let kin_unlisted = kin
        && e.unknown
        && !looks_like_prose(&w.lower)
        && w.lower.len() >= 4
        && w.lower.contains(['a', 'e', 'i', 'o', 'u', 'y']);
    let kin_first_name = kin
        && w.shape == Shape::Lower
        && e.first
        && !e.eponym
        && frequent_given_name(&w.lower)
        && !is_verb_name(&w.lower)
        && !matches!(
            w.lower.as_ref(),
            "says" | "drew" | "did" | "does" | "is" | "was"
        );
    // Not after a label: "CC: melena" is a chief complaint, not a carbon copy.
    // After kin a given name is expected: an everyday word that only the surname list holds
    // is the word there ("father colon CA at 61").
    let listed = matches!(cue, Cue::Title | Cue::Relation)
        && listed_lowercase_name(w, title)
        && !(kin && !e.first && e.common);
    if !(listed || unlisted_after_title || eponym_after_title || kin_first_name || kin_unlisted) {
        return None;
    }
    let next_joins = words
        .get(i + 1)
        .is_some_and(|n| n.tight_before && listed_lowercase_name(n, true));
    Some(if next_joins { i + 1 } else { i })
}

/// "sister mary joseph nodule": a sign named after the person the cue led to (after a
/// personal title the person is meant: "did dr feld sign the consent").
fn names_a_sign(words: &[Word], i: usize, last: usize) -> bool {
    let personal_title = i > 0
        && matches!(
            words[i - 1].lower.as_ref(),
            "dr" | "mr" | "mrs" | "ms" | "mx" | "miss" | "prof"
        );
    !personal_title
        && (words
            .get(last + 1)
            .is_some_and(|n| n.tight_before && is_eponym_noun(&n.lower))
            || words[i..=last].iter().any(|w| is_eponym_noun(&w.lower)))
}

/// "lilys mom called", "Teodoros wife Luz", "Florins bx", "dr browns office": a name's
/// possessive typed without its apostrophe, before kin or a thing a person has. The name is
/// the word without its "s".
fn possessives_typed_bare(words: &[Word], out: &mut Vec<Finding>) {
    for (i, w) in words.iter().enumerate() {
        let Some(stem) = w.lower.strip_suffix('s') else {
            continue;
        };
        if stem.len() < 3 || stem.ends_with('s') || !matches!(w.shape, Shape::Lower | Shape::Title)
        {
            continue;
        }
        let Some(next) = words.get(i + 1).filter(|n| n.tight_before) else {
            continue;
        };
        if w.lower.contains(['\'', '’']) {
            continue; // "Husband's cell": written with its apostrophe
        }
        let kin = is_kin(&next.lower);
        let owned = kin
            || matches!(
                next.lower.as_ref(),
                "mom"
                    | "dad"
                    | "bx"
                    | "appt"
                    | "labs"
                    | "meds"
                    | "office"
                    | "pcp"
                    | "cell"
                    | "phone"
                    | "next"
                    | "results"
                    | "insurance"
                    | "husband"
                    | "wife"
                    | "chart"
            );
        if !owned {
            continue;
        }
        let stem_ev = evidence(stem);
        let listed = (stem_ev.first || stem_ev.surname) && !stem_ev.stop && !stem_ev.eponym;
        if !listed {
            continue;
        }
        // The word with its "s" may itself be a word ("dawns", "bishops", "florins"): then
        // a capital, a title before it or kin after it must vouch for the name.
        let titled = i > 0
            && matches!(
                words[i - 1].lower.as_ref(),
                "dr" | "mr" | "mrs" | "ms" | "rev" | "pastor" | "prof"
            );
        let plain = !w.ev().common && !stem_ev.common;
        let vouched = titled || kin;
        if !(plain || vouched) {
            continue;
        }
        out.push(Finding::new(
            Span::new(w.start, w.end - 1),
            PhiKind::Name,
            0.7,
            "name.possessive",
        ));
    }
}

/// Things a person has, which after a possessive make it a person's ("Park's chart").
fn is_owned_noun(lower: &str) -> bool {
    matches!(
        lower,
        "chart"
            | "line"
            | "lines"
            | "bag"
            | "mask"
            | "tube"
            | "monitor"
            | "drain"
            | "boot"
            | "stockings"
            | "body"
            | "level"
            | "levels"
            | "response"
            | "position"
            | "view"
    )
}

/// Words followed by a letter that is no initial: "Part B", "Hepatitis C", "Room A".
fn names_a_letter(lower: &str) -> bool {
    matches!(
        lower,
        "part"
            | "type"
            | "vitamin"
            | "hepatitis"
            | "hep"
            | "grade"
            | "stage"
            | "class"
            | "group"
            | "zone"
            | "plan"
            | "phase"
            | "schedule"
            | "lead"
            | "appendix"
            | "section"
            | "level"
            | "room"
            | "unit"
            | "bed"
            | "wing"
            | "area"
            | "pod"
            | "bay"
            | "team"
            | "tier"
            | "factor"
            | "strep"
            | "influenza"
            | "flu"
            | "category"
            | "option"
            | "form"
            | "building"
            | "floor"
            | "suite"
            | "station"
            | "track"
            | "protein"
            | "trails"
            | "cluster"
    )
}

/// A capitalized word that no word or name list holds and that reads as no clinical term:
/// beside a found name it is another person's ("Ostrowski and Mbatha").
pub fn unlisted_capitalized_word(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    let lower = word.to_lowercase();
    let e = evidence(&lower);
    first.is_uppercase()
        && word.chars().count() >= 3
        && rest
            .chars()
            .all(|c| c.is_lowercase() || c == '-' || c == '\'')
        && e.unknown
        && !looks_clinical(&lower)
        && !looks_like_prose(&lower)
        && !is_eponym_noun(&lower)
}

/// Endings of procedures, tests, diseases and drugs ("colectomy", "mammogram", "heparin"):
/// words no list holds that are clinical, not names.
fn looks_clinical(lower: &str) -> bool {
    [
        "ectomy", "otomy", "ostomy", "plasty", "gram", "graph", "graphy", "scopy", "itis", "osis",
        "emia", "oma", "pathy", "algia", "uria", "ase", "mab", "nib", "pril", "olol", "sartan",
        "statin", "azole", "cillin", "mycin", "cycline", "floxacin", "vir", "parin", "prazole",
        "tidine", "afil", "triptan", "zepam", "zolam", "done", "ine", "ide", "sone", "lone",
        "palsy", "plegia", "cele", "lysis", "rrhea", "trophy",
    ]
    .iter()
    .any(|end| lower.ends_with(end))
}

/// Endings of adjectives, verbs and adverbs that no list holds ("reachable", "updated").
fn looks_like_prose(lower: &str) -> bool {
    let ending = [
        "able", "ible", "ing", "ed", "ly", "ment", "ness", "tion", "sion",
        // Clinical adjectives and nouns ("aunt endometrial cancer"): no list holds them,
        // and no name ends so.
        "ial", "ular", "ical", "itis", "osis", "oma", "ectomy", "otomy", "ostomy", "emia", "pathy",
        "plasty", "scopy", "ious", "eous",
    ]
    .iter()
    .find(|end| lower.ends_with(*end));
    let Some(ending) = ending else {
        return false;
    };
    // "king", "ted": too short to be inflected; "ashley", "kelly", "fleming": a frequent
    // name no word list holds ends so too.
    let inflection = matches!(*ending, "ing" | "ed" | "ly");
    if inflection && lower.len() <= 4 {
        return false;
    }
    if inflection {
        let info = Lexicons::get().word(lower);
        let frequent = info.first_name_rank.is_some_and(|r| r <= 2000)
            || info.surname_rank.is_some_and(|r| r <= 5000);
        return !frequent || info.common;
    }
    true
}

/// Family words after which a first name is expected ("wife maria", "dtr grace").
fn is_kin(lower: &str) -> bool {
    matches!(
        lower,
        "wife"
            | "husband"
            | "daughter"
            | "dtr"
            | "son"
            | "mother"
            | "mom"
            | "father"
            | "dad"
            | "sister"
            | "brother"
            | "partner"
            | "spouse"
            | "niece"
            | "nephew"
            | "granddaughter"
            | "grandson"
            | "aunt"
            | "uncle"
            | "cousin"
            | "girlfriend"
            | "boyfriend"
            | "fiance"
            | "fiancee"
            | "twin"
            | "grandma"
            | "grandpa"
            | "grandmother"
            | "grandfather"
            | "mum"
            | "stepmom"
            | "stepdad"
    )
}

/// Clinician queries often type names in lower case: "labs for javier diallo dob 3/4/50",
/// "any growth on nakamura since 11/1?", "edna fairweather 93yo in bay 3", "msg to okonkwo,
/// rose re: bp". A run of lower-case words the name lists vouch for (particles may join,
/// one comma for "last, first") counts when it follows a lead word ("for", "on", "pt"...)
/// or opens a line, and is anchored by what follows (a digit, punctuation, the end, or a
/// word such as "dob", "since", "pls").
fn lowercase_names(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        // "this is grace from case mgmt", "bed 18 chukwuemeka obi": two-word leads.
        let this_is = w.lower == "is" && i > 0 && words[i - 1].lower == "this";
        let after_bed = w
            .lower
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_alphabetic())
            && w.shape == Shape::Other
            && i > 0
            && matches!(words[i - 1].lower.as_ref(), "bed" | "rm" | "room");
        let lead = is_query_lead(&w.lower) || this_is || after_bed;
        // "this is grace from case mgmt": a caller names herself by her first name.
        if this_is
            && let Some(name) = words.get(i + 1)
            && name.shape == Shape::Lower
            && name.tight_before
            && frequent_given_name(&name.lower)
            && !name.ev().stop
            && words
                .get(i + 2)
                .is_some_and(|n| matches!(n.lower.as_ref(), "from" | "with" | "in" | "at"))
        {
            out.push(Finding::new(
                Span::new(name.start, name.end),
                PhiKind::Name,
                0.7,
                "name.lowercase",
            ));
            i += 2;
            continue;
        }
        // "hope in room 7 wants...", "is grace in bed 4": a given name placed in a room.
        if w.shape == Shape::Lower
            && placed_in_a_room(text, words, i)
            && frequent_given_name(&w.lower)
            && !w.ev().eponym
            && !is_verb_name(&w.lower)
        {
            out.push(Finding::new(
                Span::new(w.start, w.end),
                PhiKind::Name,
                0.7,
                "name.lowercase",
            ));
            i += 1;
            continue;
        }
        // "rn kayla notified dr. moss", "np priya osei saw him": a role typed before a given
        // name that is no everyday word, and perhaps its surname.
        let given = |n: &Word| {
            let e = n.ev();
            n.tight_before
                && (n.shape == Shape::Lower && frequent_given_name(&n.lower)
                    || n.shape == Shape::Title && e.first)
                && !e.common
                && !e.stop
                && !e.eponym
        };
        if w.shape == Shape::Lower
            && is_lowercase_credential(&w.lower)
            && words.get(i + 1).is_some_and(given)
        {
            let surname = words.get(i + 2).is_some_and(|n| {
                let e = n.ev();
                n.tight_before && n.shape == Shape::Lower && e.surname && !e.common && !e.stop
            });
            let last = if surname { i + 2 } else { i + 1 };
            out.push(Finding::new(
                Span::new(words[i + 1].start, words[last].end),
                PhiKind::Name,
                0.7,
                "name.lowercase",
            ));
            i = last + 1;
            continue;
        }
        // "- s. okeke, rn", "d. marchetti, pt, dpt": an initial and a surname signed with
        // a credential.
        if let Some(end) = initial_surname_credential(text, words, i) {
            out.push(Finding::new(
                Span::new(w.start, end),
                PhiKind::Name,
                0.75,
                "name.lowercase",
            ));
            i += 2;
            continue;
        }
        let start = if lead { i + 1 } else { i };
        let opens_line = !lead && w.sentence_start && text[..w.start].ends_with(['\n', '\r'])
            || !lead && w.start == 0;
        if !(lead || opens_line) || start >= words.len() {
            i += 1;
            continue;
        }
        match lowercase_run(text, words, start, lead) {
            Some(last) => {
                out.push(Finding::new(
                    Span::new(words[start].start, words[last].end),
                    PhiKind::Name,
                    0.75,
                    "name.lowercase",
                ));
                i = last + 1;
            }
            None => i += 1,
        }
    }
}

/// Whether word `i` is followed by "in room 7", "in rm 12b", "in bed 4", "in triage".
fn placed_in_a_room(text: &str, words: &[Word], i: usize) -> bool {
    let (Some(into), Some(place)) = (words.get(i + 1), words.get(i + 2)) else {
        return false;
    };
    let numbered = matches!(place.lower.as_ref(), "room" | "rm" | "bed")
        && text[place.end..]
            .trim_start_matches([' ', '\t', '#'])
            .starts_with(|c: char| c.is_ascii_digit());
    // "pt faith in triage", "is hope in pacu yet".
    let unit = matches!(
        place.lower.as_ref(),
        "triage" | "pacu" | "icu" | "er" | "ed" | "lobby" | "recovery"
    );
    into.lower == "in" && (numbered || unit)
}

/// The end of a lower-case initial and surname followed by ", credential" at word `i`.
fn initial_surname_credential(text: &str, words: &[Word], i: usize) -> Option<usize> {
    let initial = &words[i];
    let raw = &text[initial.start..initial.end];
    if raw.len() != 1 || !raw.as_bytes()[0].is_ascii_lowercase() {
        return None;
    }
    let surname = words.get(i + 1)?;
    if !text[initial.end..].starts_with(". ")
        || surname.shape != Shape::Lower
        || surname.lower.len() < 3
        || surname.ev().stop
        || looks_like_prose(&surname.lower)
    {
        return None;
    }
    // "- s. okeke, rn"; "— m. o'driscoll rn 2/4/25": without the comma, only a credential
    // typed in lower case.
    let (after, comma) = match text[surname.end..].strip_prefix(", ") {
        Some(a) => (a, true),
        None => (text[surname.end..].strip_prefix(' ')?, false),
    };
    let credential: String = after
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '-' || *c == '.')
        .collect();
    let credential = credential.to_ascii_lowercase();
    let listed = if comma {
        crate::detect::phrases::is_post_nominal(&credential)
    } else {
        is_lowercase_credential(credential.trim_end_matches('.'))
    };
    listed.then_some(surname.end)
}

/// "yuma az 85365": a listed city typed in lower case before a state's code and a ZIP.
fn lowercase_cities_before_state(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    const STATES: &[&str] = &[
        "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "ia", "id", "il", "ks", "ky",
        "la", "ma", "md", "mi", "mn", "mo", "ms", "mt", "nc", "nd", "ne", "nh", "nj", "nm", "nv",
        "ny", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "va", "vt", "wa", "wi", "wv", "wy",
    ];
    let lex = Lexicons::get();
    for (k, state) in words.iter().enumerate().skip(1) {
        if state.lower.len() != 2 || !STATES.contains(&state.lower.as_ref()) {
            continue;
        }
        let zip = text[state.end..].trim_start_matches([' ', '\t']);
        if zip.len() < 5 || !zip.as_bytes()[..5].iter().all(u8::is_ascii_digit) {
            continue;
        }
        // One or two lower-case words before the state, perhaps with a comma between.
        for width in [2, 1] {
            let Some(first) = k.checked_sub(width) else {
                continue;
            };
            let run = &words[first..k];
            if run.iter().any(|w| w.shape != Shape::Lower) || width == 2 && !run[1].tight_before {
                continue;
            }
            let phrase = text[run[0].start..run[run.len() - 1].end].to_lowercase();
            if lex.is_any_city(&phrase) {
                out.push(Finding::new(
                    Span::new(run[0].start, run[run.len() - 1].end),
                    PhiKind::City,
                    0.8,
                    "city.state-lowercase",
                ));
                break;
            }
        }
    }
}

/// Queries type facilities in lower case after a preposition: "pcp at linden clinic",
/// "seen at st lukes", "d/c to maple grove assisted living". Read from the words (a regex
/// for it made the pattern automaton far larger): a kind of facility, up to four lower-case
/// words before it back to "at", "from", "to", "for", "via" or "(", and the facility
/// validator's judgement of the naming words.
fn lowercase_facilities(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    const KINDS: &[&str] = &[
        "clinic",
        "hospital",
        "manor",
        "institute",
        "regional",
        "rehab",
        "snf",
        "oncology",
        "cardiology",
        "shelter",
        "elementary",
        "general",
        "imaging",
        "diagnostics",
        "pediatrics",
        "orthopedics",
        "dermatology",
        "ymca",
    ];
    // Generic last words that make a kind only with the word before them.
    const COMPOUND_KINDS: &[(&str, &str)] = &[
        ("nursing", "home"),
        ("home", "care"),
        ("urgent", "care"),
        ("home", "health"),
        ("family", "health"),
        ("community", "health"),
        ("medical", "center"),
        ("health", "center"),
        ("cancer", "center"),
        ("surgery", "center"),
        ("medical", "ctr"),
        ("assisted", "living"),
        ("senior", "living"),
        ("medical", "group"),
        ("family", "medicine"),
        ("family", "practice"),
        ("post", "acute"),
        ("draw", "station"),
        ("home", "infusion"),
        ("dialysis", "unit"),
        ("middle", "school"),
        ("high", "school"),
        ("heart", "institute"),
        ("surgery", "center"),
    ];
    let opens = |w: &Word| matches!(w.lower.as_ref(), "at" | "from" | "to" | "for" | "via");
    for (k, w) in words.iter().enumerate() {
        // Only lower-case words open either shape; most are no kind at all, and the length
        // check spares them the list lookups.
        if w.shape != Shape::Lower || !(2..=10).contains(&w.lower.len()) {
            continue;
        }
        let saint_only = w.shape == Shape::Lower
            && matches!(w.lower.as_ref(), "st" | "saint")
            && k > 0
            && opens(&words[k - 1])
            && words
                .get(k + 1)
                .is_some_and(|n| n.shape == Shape::Lower && n.tight_before);
        let compound = k > 0
            && w.shape == Shape::Lower
            && COMPOUND_KINDS.contains(&(words[k - 1].lower.as_ref(), w.lower.as_ref()));
        let kind = w.shape == Shape::Lower && KINDS.contains(&w.lower.as_ref()) || compound;
        if !kind && !saint_only {
            continue;
        }
        // The naming words stand before the kind's own words.
        let kind_start = if compound { k - 1 } else { k };
        let (first, last) = if saint_only {
            (k, k + 1)
        } else {
            // Back over lower-case words to the preposition or parenthesis that opens it.
            let mut j = k;
            let mut start = None;
            while k - j < 5 {
                let x = &words[j];
                if x.shape != Shape::Lower {
                    break;
                }
                // "(northside family clinic front desk)": a parenthesis opens it.
                if text[..x.start].ends_with('(') {
                    start = Some(j);
                    break;
                }
                if j == 0 || !x.tight_before && j != k {
                    break;
                }
                if opens(&words[j - 1]) && words[j].tight_before {
                    start = Some(j);
                    break;
                }
                j -= 1;
            }
            match start {
                // "to talk about rehab", "to call clinic": verbs and function words name
                // no place.
                Some(s)
                    if s < kind_start
                        && !words[s..kind_start]
                            .iter()
                            .any(|x| is_verb_or_function_word(&x.lower)) =>
                {
                    (s, k)
                }
                _ => continue,
            }
        };
        let (start, end) = (words[first].start, words[last].end);
        let candidate = super::patterns::Candidate {
            text,
            value: &text[start..end],
            start,
            end,
        };
        let span = match super::patterns::check_lowercase_facility(&candidate) {
            super::patterns::Verdict::Accept => Span::new(start, end),
            super::patterns::Verdict::AcceptSpan(s, e) => Span::new(s, e),
            _ => continue,
        };
        out.push(Finding::new(span, PhiKind::Geo, 0.75, "facility.lowercase"));
    }
}

/// Words that never stand inside a facility's name typed in lower case.
fn is_verb_or_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "about"
            | "talk"
            | "call"
            | "go"
            | "get"
            | "see"
            | "come"
            | "back"
            | "up"
            | "down"
            | "over"
            | "more"
            | "some"
            | "any"
            | "all"
            | "this"
            | "that"
            | "her"
            | "his"
            | "their"
            | "our"
            | "your"
            | "my"
            | "a"
            | "an"
            | "the"
            | "and"
            | "or"
            | "with"
            | "send"
            | "refer"
            | "return"
            | "follow"
            | "discuss"
            | "be"
            | "is"
            | "was"
            | "on"
            | "in"
            | "of"
            | "day"
            | "pending"
    )
}

/// Whether a text is written the way chat and queries are (short, or with most sentences
/// opening in lower case): only there do the lower-case name rules that need no cue apply,
/// which also spares long, properly written notes their cost.
fn typed_in_lower_case(words: &[Word]) -> bool {
    if words.len() < 400 {
        return true;
    }
    let (mut opens, mut lower) = (0usize, 0usize);
    for w in words.iter().filter(|w| w.sentence_start) {
        opens += 1;
        lower += usize::from(w.shape == Shape::Lower);
    }
    lower * 10 >= opens * 4
}

/// At most the first `n` bytes of `s` (fewer where a character would be cut): what a
/// rule looks at after a word, without copying the rest of the text.
fn prefix(s: &str, n: usize) -> &str {
    &s[..s.floor_char_boundary(n.min(s.len()))]
}

/// Lower-case names placed by what follows them in a query or list: a room ("kowalczyk in
/// 7", "earl thompson in 30"), an age and sex ("tyrone, 34M"), a trainee's sign-off
/// ("tevita fifita, pgy2"), or a record number after "last, first" ("okonkwo, chidi mrn").
fn lowercase_names_by_what_follows(text: &str, words: &[Word], out: &mut Vec<Finding>) {
    let function = |w: &Word| {
        matches!(
            w.lower.as_ref(),
            "in" | "on"
                | "at"
                | "to"
                | "of"
                | "the"
                | "and"
                | "or"
                | "pt"
                | "patient"
                | "bed"
                | "rm"
                | "room"
                | "is"
                | "was"
                | "for"
                | "with"
                | "from"
                | "her"
                | "his"
                | "she"
                | "he"
                | "who"
                | "labs"
                | "meds"
                | "min"
                | "max"
                | "mins"
                | "pyxis"
                | "stepdad"
                | "stepmom"
                | "carbs"
        )
    };
    let plausible = |w: &Word, everyday_ok: bool| {
        let e = w.ev();
        w.shape == Shape::Lower
            && w.lower.len() >= 3
            && !function(w)
            && !e.stop
            && !e.eponym
            && !looks_like_prose(&w.lower)
            && ((e.first || e.surname) && (everyday_ok || !e.common)
                || e.unknown && w.lower.len() >= 4 && !looks_clinical(&w.lower))
    };
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if !plausible(w, true) {
            i += 1;
            continue;
        }
        // A second word: a listed name, or after a comma a given name (perhaps an initial).
        let mut last = i;
        // ("yolanda pierce", "ray hunter": a frequent surname that is also a word, after a
        // given name that is none.)
        let frequent_surname = |n: &Word| {
            let e = n.ev();
            e.surname
                && !e.stop
                && Lexicons::get()
                    .surname_rank(&n.lower)
                    .is_some_and(|r| r <= 5000)
                && !is_verb_or_function_word(&n.lower)
                && !is_verb_name(&n.lower)
                && !looks_clinical(&n.lower)
        };
        let uncommon_given = w.ev().first && !w.ev().common;
        if let Some(n) = words.get(i + 1)
            && n.shape == Shape::Lower
            && (n.tight_before
                && (plausible(n, false)
                    || uncommon_given && plausible(n, true) && frequent_surname(n))
                || n.comma_before && plausible(n, true))
        {
            last = i + 1;
        }
        let rest = &text[words[last].end..];
        let after = rest.trim_start_matches([' ', '\t']);
        let digits = |t: &str| t.bytes().take_while(u8::is_ascii_digit).count();
        // "in 7", "in 30" but not "in 2 hours", "in 5% dextrose", "in 2019", "in 45M".
        let in_room = after.strip_prefix("in ").is_some_and(|r| {
            let d = digits(r);
            let year = d == 4 && (r.starts_with("19") || r.starts_with("20"));
            let age_sex = r[d..].trim_start().starts_with(['M', 'F', 'm', 'f', 'y']);
            let unit = r[d..]
                .trim_start()
                .split([' ', ',', '.', ')', ';'])
                .next()
                .unwrap_or("");
            (1..=4).contains(&d)
                && !year
                && !age_sex
                && !r[d..].starts_with(['%', '.', '/', '-', '–', '—'])
                && ![
                    "h", "hr", "hrs", "hours", "d", "days", "wk", "wks", "weeks", "min", "mins",
                    "minutes", "months", "mo", "ml", "cc", "l", "mg", "units", "am", "pm",
                ]
                .contains(&unit)
        });
        // ", 34M", ", 78 y/o", ", 101 yo", "74M".
        let age_sex = Some(after.strip_prefix(',').unwrap_or(after)).is_some_and(|r| {
            let r = r.trim_start();
            let d = digits(r);
            // "frame 10 m": a lower-case unit after a space is a length, not a sex.
            let spaced_lower = r[d..].starts_with(' ')
                && r[d..].trim_start().starts_with(['m', 'f'])
                && !r[d..].trim_start().starts_with("yo");
            if spaced_lower {
                return false;
            }
            let tail = prefix(r[d..].trim_start(), 8).to_ascii_lowercase();
            (1..=3).contains(&d)
                && ["m", "f", "yo", "y/o", "y.o", "yr", "year"]
                    .iter()
                    .any(|t| {
                        tail.starts_with(t)
                            && !tail[t.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
                    })
        });
        // ", pgy2", " ms3": a trainee signing.
        let trainee = {
            let r = prefix(after.trim_start_matches([',', ' ']), 8).to_ascii_lowercase();
            (r.starts_with("pgy") || r.starts_with("ms"))
                && r[if r.starts_with("pgy") { 3 } else { 2 }..]
                    .trim_start_matches('-')
                    .starts_with(|c: char| c.is_ascii_digit())
        };
        // "okonkwo, chidi mrn 4482910": last, first before a record number.
        // "ivanova, svetlana p mrn 900214": an initial may stand between; it is the name's.
        let initial_after = last == i + 1
            && words
                .get(last + 1)
                .is_some_and(|n| n.lower.len() == 1 && n.tight_before);
        let record = last == i + 1 && words[last].comma_before && {
            let k = last + 1 + usize::from(initial_after);
            words
                .get(k)
                .is_some_and(|n| n.tight_before && matches!(n.lower.as_ref(), "mrn" | "dob" | "mr"))
        };
        let two_listed = last == i + 1 && words[i].ev().first && words[last].ev().surname;
        let single_ok = last == i && !w.ev().common;
        let listed = words[i].ev().first || words[i].ev().surname;
        // "bernadette, can you call the family": a first name opening a message, then a
        // request.
        let vocative = (w.start == 0 || text[..w.start].ends_with('\n'))
            && words[i].ev().first
            && words.get(i + 1).is_some_and(|n| {
                n.comma_before && matches!(n.lower.as_ref(), "can" | "could" | "pls" | "please")
            });
        // "priya raghunathan", "kwame boateng": a first name no word list holds, then a
        // surname or a longer unlisted word; "rahman, nusrat": last, first with one listed.
        let pair = last == i + 1 && {
            let (a, b) = (words[i].ev(), words[last].ev());
            let surname_like = b.surname || b.unknown && !looks_clinical(&words[last].lower);
            // "vena contracta 0.5 cm": a measured term, not a person.
            // (A date after the pair is no measurement: "yolanda pierce 12/5/23".)
            let number = text[words[last].end..]
                .trim_start()
                .split([' ', '\t', '\n', ','])
                .next()
                .unwrap_or("");
            let measured = number.starts_with(|c: char| c.is_ascii_digit())
                && number.matches('/').count() != 2;
            // "san francisco syncope rule": a rule, score or sign named after the pair.
            let named_thing = words
                .get(last + 1)
                .is_some_and(|n| n.tight_before && is_eponym_noun(&n.lower))
                || is_eponym_noun(&words[last].lower);
            if measured && !words[last].comma_before || named_thing {
                false
            } else if words[last].comma_before {
                // After a lead ("for rahman, nusrat is ...") one listed half is enough.
                let led = i > 0 && is_query_lead(&words[i - 1].lower);
                (a.surname && b.first || led && (a.surname || b.first)) && !a.common && !b.common
            } else {
                a.first
                    && !a.common
                    && surname_like
                    && (!b.common || frequent_surname(&words[last]))
            }
        };
        // "consult: tyrone, 34M", "pt frank, 78M", "rm 3 kowalski 74M", "0800 rose whitaker
        // 3/9/61": an age and sex or a birth date name the patient only where a line, a
        // label, a lead, a room or a time opens the name ("...delT carrier, 38F" does not).
        let opened = {
            let head = text[..w.start].trim_end_matches([' ', '\t']);
            let number_before = head.rsplit([' ', '\t', '\n']).next().is_some_and(|n| {
                !n.is_empty()
                    && n.bytes().all(|b| b.is_ascii_alphanumeric())
                    && n.bytes().next().is_some_and(|b| b.is_ascii_digit())
            });
            let room_or_time = number_before && {
                let before = head.trim_end_matches(|c: char| c.is_ascii_alphanumeric());
                let room = before
                    .trim_end()
                    .rsplit([' ', '\t', '\n'])
                    .next()
                    .map(|r| r.trim_start_matches(|c: char| !c.is_ascii_alphanumeric()))
                    .is_some_and(|r| {
                        matches!(r.to_ascii_lowercase().as_str(), "rm" | "bed" | "room")
                    });
                // A clock time as a schedule writes it: "0820 king, dwayne 11/23/74".
                let number = &head[before.len()..];
                let clock = number.len() == 4
                    && number
                        .parse::<u32>()
                        .is_ok_and(|t| t % 100 < 60 && t / 100 < 24);
                room || clock
            };
            head.is_empty()
                || head.ends_with(['\n', ':', '-', '('])
                || room_or_time
                || i > 0 && is_query_lead(&words[i - 1].lower)
        };
        // "hollis, june 12/30/45", "wood, benjamin a dob 11/11/1946": a birth date.
        let birth_date = opened && {
            let r = after.trim_start_matches([',', ' ']);
            let r = r
                .strip_prefix("dob")
                .map_or(r, |x| x.trim_start_matches([':', ' ']));
            let parts: Vec<&str> = r
                .split(|c: char| c.is_whitespace() || c == ',' || c == ')')
                .next()
                .unwrap_or("")
                .split('/')
                .collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                && matches!(parts[2].len(), 2 | 4)
        };
        let age_sex = age_sex && opened;
        if vocative {
            out.push(Finding::new(
                Span::new(w.start, w.end),
                PhiKind::Name,
                0.7,
                "name.lowercase-context",
            ));
            i += 1;
            continue;
        }
        // "mark from lab says", "pavel from RT", "marco in IT": a listed first name, then
        // the department the person works in.
        let from_department = last == i && words[i].ev().first && opened && {
            let r = after.to_ascii_lowercase();
            ["from ", "in ", "w/ ", "with "]
                .iter()
                .find_map(|p| r.strip_prefix(p))
                .is_some_and(|d| {
                    let dept = leading_word(d);
                    matches!(
                        dept.as_str(),
                        "lab"
                            | "rt"
                            | "it"
                            | "pharmacy"
                            | "transport"
                            | "radiology"
                            | "registration"
                            | "admitting"
                            | "security"
                            | "dietary"
                            | "nutrition"
                            | "billing"
                            | "hr"
                            | "ems"
                            | "cm"
                            | "sw"
                            | "scheduling"
                            | "pt"
                            | "ot"
                            | "vascular"
                            | "nursing"
                            | "housekeeping"
                            | "facilities"
                            | "hospice"
                            | "dme"
                    )
                })
        };
        // "june page pgr 31188", "-tanya rn pgr 4417": a person reached by pager; "- l.
        // okonjo lpn": a person signing with a credential at the end of a line.
        let reachable = |end: usize| {
            let r = text[end..].trim_start_matches([' ', '\t', ',']);
            let credential = leading_word(r);
            let r = if is_lowercase_credential(&credential) {
                r[credential.len()..].trim_start_matches([' ', '\t', ','])
            } else {
                r
            };
            let pager = leading_word(r);
            let number = r[pager.len()..].trim_start_matches([' ', '\t', ':', '#', '.']);
            // ("seen by grant oyelaran np at riverside": or mid-sentence, before where the
            // person works.)
            let works_at = ["at ", "from ", "with ", "in "]
                .iter()
                .any(|p| r.starts_with(p));
            let signed = is_lowercase_credential(&credential)
                && (r
                    .trim_start_matches(['.', ' ', '\t'])
                    .starts_with(['\n', '\r'])
                    || r.trim().is_empty()
                    || works_at);
            let paged = matches!(pager.as_str(), "pgr" | "pager" | "ext")
                && number.bytes().take_while(u8::is_ascii_digit).count() >= 3;
            (paged, signed)
        };
        let initial_before =
            i > 0 && words[i - 1].lower.len() == 1 && text[words[i - 1].end..w.start] == *". ";
        let mut reached = false;
        for end in [last, i + 1] {
            if end > i + 1 || end >= words.len() || reached {
                continue;
            }
            let (paged, signed) = reachable(words[end].end);
            let two =
                end == i + 1 && words[end].shape == Shape::Lower && words[end].tight_before && {
                    let e = words[end].ev();
                    e.surname
                        || e.first
                        || e.unknown
                            && words[end].lower.len() >= 4
                            && !looks_clinical(&words[end].lower)
                };
            let strong = !w.ev().common || two || initial_before;
            if (paged || signed) && strong && (listed || w.ev().unknown) && (end == i || two) {
                last = end;
                reached = true;
            }
        }
        let accepted = record
            || pair
            || trainee
            || from_department
            || reached
            || age_sex
                && (listed
                    || last == i + 1 && {
                        let e = words[last].ev();
                        e.first || e.surname
                    })
            || birth_date
                && (two_listed
                    || single_ok && listed
                    || words[last].comma_before
                        && (words[i].ev().surname || words[last].ev().first))
            || in_room && (two_listed || single_ok || words[last].comma_before);
        if accepted {
            if record && initial_after {
                last += 1;
            }
            let start = if reached && initial_before {
                words[i - 1].start
            } else {
                w.start
            };
            out.push(Finding::new(
                Span::new(start, words[last].end),
                PhiKind::Name,
                0.7,
                "name.lowercase-context",
            ));
            i = last + 1;
        } else {
            i += 1;
        }
    }
}

/// Words after which a query names a patient: "labs for", "msg to", "any echo on", "pt".
fn is_query_lead(lower: &str) -> bool {
    matches!(
        lower,
        "for"
            | "patient"
            | "pt"
            | "pts"
            | "patients"
            | "add"
            | "search"
            | "searching"
            | "lookup"
            | "find"
            | "pull"
            | "summarize"
            | "summarise"
            | "re"
            | "about"
            | "named"
            | "on"
            | "if"
            | "with"
            | "see"
            | "ask"
            | "call"
            | "called"
            | "page"
            | "paged"
            | "from"
            | "to"
            | "user"
            | "by"
            | "per"
            | "attn"
            | "subscriber"
            | "supervisor"
            | "tell"
            | "notify"
            | "as"
            | "np"
            | "rn"
            | "lpn"
            | "cna"
    )
}

/// Words that close a lower-case name in a query: "... dob", "... since", "... pls".
fn is_query_anchor(lower: &str) -> bool {
    matches!(
        lower,
        "dob"
            | "born"
            | "mrn"
            | "age"
            | "aged"
            | "from"
            | "since"
            | "admitted"
            | "seen"
            | "with"
            | "who"
            | "in"
            | "pls"
            | "please"
            | "re"
            | "bed"
            | "rm"
            | "room"
            | "admission"
            | "locked"
            | "yo"
            | "y"
            | "daughter"
            | "son"
            | "wife"
            | "husband"
            | "mother"
            | "father"
            | "granddaughter"
            | "grandson"
            | "sister"
            | "brother"
    )
}

/// The last word of a lower-case name starting at `start`, if the words there make one.
/// One word needs a lead before it and must be a surname that is no everyday word; two or
/// more need a listed first name and a listed surname among them, not both everyday words.
fn lowercase_run(text: &str, words: &[Word], start: usize, lead: bool) -> Option<usize> {
    let first = &words[start];
    // "search: brown dwayne dob ...": a colon may stand between the lead and the name.
    let after_colon = text[..first.start]
        .trim_end_matches([' ', '\t'])
        .ends_with(':');
    if first.shape != Shape::Lower || !first.tight_before && !after_colon && lead {
        return None;
    }
    // Gather up to four words: listed names, particles between them, one comma.
    let mut last = start;
    let mut j = start + 1;
    let mut comma = false;
    while j < words.len() && j - start < 4 {
        let x = &words[j];
        if x.shape != Shape::Lower || !(x.tight_before || x.comma_before && !comma) {
            break;
        }
        if is_name_particle(&x.lower) {
            j += 1;
            continue;
        }
        if !listed_lowercase_name(x, true) {
            break;
        }
        comma |= x.comma_before;
        last = j;
        j += 1;
    }
    let run = &words[start..=last];
    // "pt in rm 12": function words and room words are never part of a name.
    if run.iter().any(|w| {
        matches!(
            w.lower.as_ref(),
            "in" | "on" | "at" | "to" | "of" | "the" | "and" | "or" | "rm" | "bed" | "room" | "is"
        )
    }) {
        return None;
    }
    let rest = text[run[run.len() - 1].end..].trim_start_matches([' ', '\t']);
    // "on jackson, tyrell": last, first is a shape of its own.
    let last_first =
        comma && run.len() == 2 && run[0].ev().surname && run[1].ev().first && !run[1].ev().common;
    // The end of the text or of its line closes a name as well as punctuation does.
    let anchored = last_first
        || rest.is_empty()
        || rest.starts_with(['\n', '\r'])
        || run[run.len() - 1].lower.ends_with("'s")
        || rest.starts_with(|c: char| c.is_ascii_digit() || "?.,;:!)-".contains(c))
        || words
            .get(last + 1)
            .is_some_and(|n| is_query_anchor(&n.lower));
    // "for abdullah al-farsi due 0600": a listed first name and a listed surname, neither
    // an everyday word, after a lead need nothing after them.
    // The given name may be an everyday word too ("by grant okafor") when it is a frequent
    // one and the surname is not.
    let strong_pair = lead
        && run.len() >= 2
        && run[0].ev().first
        && run[run.len() - 1].ev().surname
        && run[1..].iter().all(plain_name_word)
        && (plain_name_word(&run[0])
            || !run[0].ev().eponym
                && !is_verb_name(&run[0].lower)
                && frequent_given_name(&run[0].lower));
    if !anchored && !strong_pair {
        return None;
    }
    let evs: Vec<Evidence> = run.iter().map(Word::ev).collect();
    // "pt bell thompson (mrn ...)": before a record number an eponym may be a name too.
    let record_follows = rest
        .trim_start_matches(['(', ' '])
        .get(..3)
        .is_some_and(|t| t.eq_ignore_ascii_case("mrn") || t.eq_ignore_ascii_case("dob"));
    if !strong_pair && evs.iter().any(|e| e.stop || e.eponym && !record_follows) {
        return None;
    }
    if run.len() == 1 {
        // A ranked (1990) surname: the unranked 2010 table also holds words such as
        // "melena" that are surnames somewhere.
        let surname = Lexicons::get()
            .surname_rank(first.lower.trim_end_matches("'s"))
            .is_some_and(|r| r <= 20_000);
        let hyphenated = first.lower.contains('-')
            && evs[0].surname
            && first.lower.split('-').all(|part| !evidence(part).common);
        if matches!(first.lower.as_ref(), "max" | "min") {
            return None;
        }
        let long_enough = first.lower.trim_end_matches("'s").len() >= 3;
        // "placed by jen", "ask lourdes": a listed given name that is no everyday word.
        let given = Lexicons::get()
            .first_name_rank(first.lower.trim_end_matches("'s"))
            .is_some()
            && evs[0].first
            && !looks_clinical(&first.lower);
        return (lead && long_enough && (given || surname || hyphenated) && !evs[0].common)
            .then_some(start);
    }
    // "plaques, max 2 cm": measures, not a last and first name.
    if run
        .iter()
        .any(|w| matches!(w.lower.as_ref(), "max" | "min"))
    {
        return None;
    }
    let names: Vec<&Word> = run.iter().filter(|w| !is_name_particle(&w.lower)).collect();
    let listed_first = names.iter().any(|w| w.ev().first);
    let listed_surname = names.iter().any(|w| w.ev().surname);
    let everyday = names.iter().filter(|w| w.ev().common).count();
    // "pt rose king 92yo", "... dob": a record or an age right after the words makes
    // them a person even when both are everyday words.
    let strong_anchor = words
        .get(last + 1)
        .is_some_and(|n| matches!(n.lower.as_ref(), "dob" | "born" | "mrn"))
        || age_follows(rest);
    let accepted = (listed_first || listed_surname) && everyday == 0
        || listed_first && listed_surname && everyday <= 1 && everyday < names.len()
        || listed_first && strong_anchor;
    // "cruz, miguel a specimen ...": a middle initial closes last, first.
    let initial = comma
        && words
            .get(last + 1)
            .is_some_and(|n| n.tight_before && n.lower.len() == 1 && n.shape == Shape::Lower);
    accepted.then_some(last + usize::from(initial))
}

/// A word with a capital inside that no name prefix explains: "CheckMate", "MedStation"
/// (but not "McDonald", "MacLeod", "DeShawn", "LaToya", "O'Brien").
fn camel_case(raw: &str) -> bool {
    let inner = raw.char_indices().skip(1).find(|(_, c)| c.is_uppercase());
    let Some((at, _)) = inner else {
        return false;
    };
    let prefix = &raw[..at];
    !matches!(
        prefix,
        "Mc" | "Mac" | "De" | "Di" | "Da" | "La" | "Le" | "Van" | "Von" | "Fitz" | "St"
    ) && !prefix.ends_with(['\'', '’', '-'])
        && raw.chars().next().is_some_and(char::is_uppercase)
}

/// A given name among the thousand most frequent: the lists' rarer entries are mostly
/// other words when written in lower case.
fn frequent_given_name(lower: &str) -> bool {
    Lexicons::get()
        .first_name_rank(lower)
        .is_some_and(|r| r <= 1000)
}

/// "will", "may", "can", "said": frequent given names that are far more often verbs.
pub(super) fn is_verb_name(lower: &str) -> bool {
    matches!(lower, "will" | "may" | "can" | "said")
}

/// Whether the first word from `from` on that is not a name particle is a capitalized word
/// right after the one before it ("van der Berg", "von Hohenberg").
fn particles_lead_to_capitalized(words: &[Word], from: usize) -> bool {
    words
        .get(from..)
        .unwrap_or_default()
        .iter()
        .find(|n| !is_name_particle(&n.lower))
        .is_some_and(|n| n.tight_before && n.shape == Shape::Title)
}

/// An age right at the start of `rest`: "92yo", "92 y/o", "92F", "92 yrs".
fn age_follows(rest: &str) -> bool {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return false;
    }
    let unit = rest[digits..].trim_start_matches(' ').to_ascii_lowercase();
    let word_end = |tail: &str| !tail.starts_with(|c: char| c.is_ascii_alphanumeric());
    ["yo", "y/o", "y.o.", "yr", "yrs", "year", "f", "m"]
        .iter()
        .any(|u| unit.strip_prefix(u).is_some_and(word_end))
}

/// A word that may be part of a name: not an everyday word, calendar word or eponym.
fn plain_name_word(w: &Word) -> bool {
    let e = w.ev();
    !e.common && !e.stop && !e.eponym
}

/// "Lewis, Zainab": a surname (or unknown word) then a first name.
fn looks_last_first(last: &Word, first: &Word) -> bool {
    let (l, f) = (last.ev(), first.ev());
    let frequent_surname = Lexicons::get()
        .surname_rank(&last.lower)
        .is_some_and(|r| r <= 5000);
    (l.surname || l.unknown)
        && (!l.common || frequent_surname)
        && !l.stop
        && (f.first || f.unknown)
        && !f.stop
        && (l.surname || f.first)
}

/// For each line, whether it is written in capitals (headers, old systems): there the
/// shape of a word says nothing. Computed once; looked up by byte offset.
fn upper_lines(text: &str) -> impl Fn(usize) -> bool {
    let mut starts = Vec::new();
    let mut upper = Vec::new();
    let mut line_start = 0;
    for line in text.as_bytes().split(|&b| b == b'\n') {
        let (u, l) = line.iter().fold((0usize, 0usize), |(u, l), &c| {
            (
                u + usize::from(c.is_ascii_uppercase()),
                l + usize::from(c.is_ascii_lowercase()),
            )
        });
        starts.push(line_start);
        upper.push(u > 12 && l * 4 < u);
        line_start += line.len() + 1;
    }
    move |pos: usize| {
        let index = starts.partition_point(|&s| s <= pos).saturating_sub(1);
        upper.get(index).copied().unwrap_or(false)
    }
}

/// Whether the text right after a run says something only said of a person: an age and
/// sex ("62M", ", 78 yo", "91-year-old"), a bed or room ("(bed 7B", "in bed 4", "rm 12"),
/// or a birth date or record number label ("DOB", "MRN").
fn person_follows(rest: &str) -> bool {
    // Table cells too: "| Al-Sayed, Mariam   | 38 F |".
    let rest = rest.trim_start_matches([',', ' ', '\t', '|']);
    // "(Harjit, his nephew)": kin named right after the name.
    let kin_after = ["his ", "her ", "their ", "pt's ", "patient's "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .is_some_and(|r| is_kin(&leading_word(r)));
    if kin_after {
        return true;
    }
    let head = prefix(rest, 12).to_ascii_lowercase();
    let digits = head.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let unit = head[digits..].trim_start_matches([' ', '-']);
        let ends = |t: &str| {
            unit.starts_with(t) && !unit[t.len()..].starts_with(|c: char| c.is_ascii_alphabetic())
        };
        return ["m", "f", "yo", "y/o", "y.o", "yr", "year"]
            .iter()
            .any(|t| ends(t));
    }
    let head = head.trim_start_matches('(');
    let word_then_digit = |w: &str| {
        head.strip_prefix(w).is_some_and(|r| {
            r.trim_start_matches([' ', ':', '#'])
                .starts_with(|c: char| c.is_ascii_digit())
        })
    };
    word_then_digit("bed")
        || word_then_digit("pager")
        || word_then_digit("cell")
        || word_then_digit("mobile")
        || word_then_digit("in bed")
        || word_then_digit("rm")
        || word_then_digit("room")
        || ["dob", "mrn", "d.o.b"].iter().any(|l| {
            head.strip_prefix(l)
                .is_some_and(|r| !r.starts_with(|c: char| c.is_ascii_alphabetic()))
        })
}

/// The text after a possessive word's "'s" (straight or curly, inside the word or after
/// it); `None` when the word is no possessive.
fn after_possessive<'t>(text: &'t str, word: &Word) -> Option<&'t str> {
    let rest = &text[word.end..];
    if word.lower.ends_with("'s") || word.lower.ends_with("’s") {
        Some(rest)
    } else {
        rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s"))
    }
}

/// The ASCII letters opening `s`, in lower case ("" when none): the word a rule looks at
/// after a name, a list or a possessive.
/// Credentials as signatures write them in lower case.
fn is_lowercase_credential(word: &str) -> bool {
    matches!(
        word,
        "rn" | "lpn" | "np" | "cna" | "md" | "rt" | "lcsw" | "msw" | "pharmd" | "crna" | "aprn"
    )
}

fn leading_word(s: &str) -> String {
    s.chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A possessive word followed by what it owns ("Khalid's shelter", "Petrosyan's CT"),
/// where the owned word is no noun an eponym names ("Bell's palsy").
fn owns_something(text: &str, word: &Word) -> bool {
    let Some(after) = after_possessive(text, word) else {
        return false;
    };
    let Some(owned) = after.strip_prefix(' ') else {
        return false;
    };
    let owned: String = owned
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect::<String>()
        .to_lowercase();
    !owned.is_empty() && !is_eponym_noun(&owned)
}

/// A possessive word followed by a relative: "Brown's son", "Hope's mom".
fn owns_kin(text: &str, word: &Word) -> bool {
    after_possessive(text, word)
        .is_some_and(|after| is_kin(&leading_word(after.trim_start_matches(' '))))
}

fn score_run(
    text: &str,
    run: &[Word],
    cue: Option<Cue>,
    post_nominal: bool,
    upper_line: bool,
    words: &[Word],
    last: usize,
) -> f32 {
    // "Admitted from: Ward 27", "Bay 4": a part of a building and its number.
    let numbered_place = run.len() == 1
        && matches!(
            run[0].lower.as_ref(),
            "ward"
                | "bay"
                | "bed"
                | "room"
                | "unit"
                | "pod"
                | "floor"
                | "level"
                | "suite"
                | "theatre"
        )
        && text[run[0].end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()));
    // "RE: REFERRAL OF MR. ...": a heading in capitals, not a name.
    let heading = cue != Some(Cue::Title)
        && run.iter().any(|w| {
            matches!(
                w.lower.as_ref(),
                "of" | "for" | "the" | "to" | "in" | "on" | "at"
            )
        });
    // "Est CrCl", "RA CapSureFix Novus": a capital inside a word, after a part no name
    // opens with ("McDonald", "DeShawn" and "O'Brien" do), is a product's or a measure's.
    let camel_word = |w: &Word| {
        let raw = &text[w.start..w.end];
        raw.chars().any(char::is_lowercase) && camel_case(raw)
    };
    // ("Sanford AirMed", "Bethany CollegeSide": a name list's word makes it a place's name.)
    let camel = run.iter().any(camel_word)
        && !run.iter().any(|w| {
            let info = Lexicons::get().word(&w.lower);
            !camel_word(w)
                && (frequent_given_name(&w.lower) || info.surname_rank.is_some_and(|r| r <= 10_000))
        });
    // "pt OK with sharing": a word in capitals that names no one, even after a relation (a
    // month may: "daughter APRIL").
    let never_a_name = run.len() == 1
        && cue != Some(Cue::Title)
        && run[0].shape == Shape::Upper
        && run[0].ev().stop
        && crate::date::month_from_word(&run[0].lower).is_none();
    // "(42nd percentile, Fenton)": a growth chart after the percentile read from it.
    let chart = run.len() == 1
        && ["percentile, ", "centile, "]
            .iter()
            .any(|p| text[..run[0].start].ends_with(p));
    // "Will start sertraline", "Will update him": the modal opening an instruction.
    let modal = run.len() == 1
        && cue.is_none()
        && run[0].lower == "will"
        && words.get(last + 1).is_some_and(|n| {
            n.tight_before
                && n.shape == Shape::Lower
                && !matches!(
                    n.lower.as_ref(),
                    "is" | "was"
                        | "has"
                        | "had"
                        | "says"
                        | "said"
                        | "and"
                        | "or"
                        | "wants"
                        | "called"
                        | "calls"
                        | "visited"
                        | "visits"
                )
        });
    // "called to 4 West RN": a numbered ward's side of the building.
    let numbered_wing = run.len() == 1
        && matches!(
            run[0].lower.as_ref(),
            "west" | "east" | "north" | "south" | "tower" | "wing"
        )
        && text[..run[0].start]
            .strip_suffix(' ')
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
    if numbered_place || numbered_wing || heading || camel || chart || never_a_name || modal {
        return 0.0;
    }
    let evs: Vec<Evidence> = run.iter().map(Word::ev).collect();
    let first = &run[0];
    let ev0 = evs[0];
    // Eponym context: "Foley catheter", "Parkinson's disease", "Graves disease".
    let next_word = words.get(last + 1);
    // Only a noun right after the run counts ("Marit (cell 612...)" is a phone number), and
    // after a possessive only one that no person owns ("Jane Park's chart" is hers).
    let possessive = run[run.len() - 1].lower.ends_with("'s")
        || text[run[run.len() - 1].end..].starts_with("'s ");
    // A noun after a possessive apostrophe, wrapped onto the next line or after the
    // version's year still follows ("Reynolds' pentad", "Jones\nfracture", "Banff 2019
    // criteria").
    let run_end = run[run.len() - 1].end;
    let follows = |n: &Word| {
        n.tight_before || {
            let gap = &text[run_end..n.start];
            let gap = gap.trim();
            let year = gap.len() == 4 && gap.bytes().all(|b| b.is_ascii_digit());
            text[run_end..n.start].matches('\n').count() <= 1
                && (matches!(gap, "" | "'" | "’") || year)
        }
    };
    let eponym_context = next_word.is_some_and(|n| {
        follows(n) && is_eponym_noun(&n.lower) && !(possessive && is_owned_noun(&n.lower))
    });
    // "Hamilton and Beck inventories", "Denver or Memphis criteria": eponyms in pairs.
    let paired = next_word.is_some_and(|n| matches!(n.lower.as_ref(), "and" | "or" | "&"))
        && words.get(last + 2).is_some_and(|m| m.shape == Shape::Title)
        && words
            .get(last + 3)
            .is_some_and(|m| m.tight_before && is_eponym_noun(&m.lower));
    let eponym_context = eponym_context || paired && cue.is_none();
    // "Harris Hip Score", "Mayo endoscopic subscore": the score's noun one word further on.
    let scored_later = words.get(last + 2).is_some_and(|n| {
        n.tight_before
            && next_word.is_some_and(|m| m.tight_before)
            && matches!(
                n.lower.as_ref(),
                "score"
                    | "inventory"
                    | "rating"
                    | "types"
                    | "type"
                    | "subscore"
                    | "scale"
                    | "stage"
                    | "classification"
                    | "criteria"
                    | "rule"
                    | "rules"
                    | "nomogram"
                    | "definition"
                    | "position"
            )
    });
    // "Hawkins +, Neer -": an examination's test and its result.
    let signed_result = cue.is_none() && {
        let rest = text[run_end..].trim_start_matches([' ', '\t']);
        let rest = ["(+)", "(-)", "+", "-", "−"]
            .iter()
            .find_map(|sign| rest.strip_prefix(sign));
        rest.is_some_and(|r| r.is_empty() || r.starts_with([',', ';', '.', ')', '/', '\n']))
    };
    // "Margarethe von Hohenberg", "Pieter de Vries": a name particle between capitalized
    // words, unless they name a place ("Rio de Janeiro") or a thing ("Van de Graaff
    // generator").
    let particle_inside = run.len() >= 3
        && run[0].shape == Shape::Title
        && run[run.len() - 1].shape == Shape::Title
        && run[1..run.len() - 1]
            .iter()
            .all(|w| w.shape == Shape::Lower && is_name_particle(&w.lower))
        && !eponym_context
        && !evs.iter().any(|e| e.stop || e.city)
        // "Acquired von Willebrand screen": an adjective and a disease's eponym.
        && (!ev0.common || ev0.first)
        && !evs[evs.len() - 1].eponym
        && !Lexicons::get().is_any_city(&text[first.start..run_end].to_lowercase());
    if particle_inside {
        return 0.8;
    }
    // After a relation or label ("husband Samir cell 313..."), only a listed eponym is one.
    let cued = matches!(cue, Some(Cue::Relation) | Some(Cue::Label));
    // The word right before the run, if any.
    let before_run = (last + 1 - run.len()).checked_sub(1).map(|k| &words[k]);
    // After "per" a word no first-name list holds before such a noun is a method's name
    // ("per Seattle protocol", "per Berlin definition"); after kin it is the person's
    // ("husband Samir cell").
    let after_per = before_run.is_some_and(|b| b.lower == "per");
    let eponym_context = eponym_context
        && (!cued || evs[evs.len() - 1].eponym || after_per && !evs[0].first)
        || scored_later && cue.is_none()
        || signed_result;
    // "AV Vmax 3.6 m/s", "Len 76 cm": a run right before a measurement is its label.
    let measured = cue.is_none() && !post_nominal && {
        let rest = text[run[run.len() - 1].end..].trim_start_matches([' ', '\t']);
        let digits = rest
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        digits > 0 && {
            let unit = rest[digits..].trim_start();
            let unit: String = unit
                .chars()
                .take_while(|c| c.is_ascii_alphabetic() || *c == '%' || *c == '/')
                .collect();
            matches!(
                unit.to_ascii_lowercase().as_str(),
                "%" | "cm"
                    | "mm"
                    | "m/s"
                    | "kg"
                    | "g"
                    | "mg"
                    | "ml"
                    | "mmhg"
                    | "bpm"
                    | "lb"
                    | "lbs"
                    | "cm/s"
                    | "ms"
                    | "meq/l"
                    | "mg/dl"
                    | "mmol/l"
            )
        }
    };
    if measured {
        return 0.0;
    }
    let last_ev = evs[evs.len() - 1];
    if cue == Some(Cue::Title) {
        // After a title anything capitalized is a name (Dr. Hope, Mr. Parkinson), but a
        // word no name list holds is not ("mod MR. Discharged on...").
        let unnamed_word = run.len() == 1 && ev0.common && !ev0.first && !ev0.surname
            // "Deputy Chief Medical Examiner": everyday words after a title are an office.
            || run.len() > 1
                && evs.iter().all(|e| e.common && !e.first)
                && Lexicons::get()
                    .surname_rank(&run[run.len() - 1].lower)
                    .is_none_or(|r| r > 5000);
        // "Sister Mary Joseph nodule": a sign named after the person.
        let religious = before_run
            .is_some_and(|b| matches!(b.lower.as_ref(), "sister" | "brother" | "father" | "saint"));
        return if eponym_context && (last_ev.eponym || religious) || unnamed_word {
            0.0
        } else {
            0.95
        };
    }
    // "San Francisco Syncope Rule", "Manchester Triage": a rule or triage named after a
    // place, its noun inside the capitalized run.
    let noun_inside = run.len() > 1 && run[1..].iter().any(|w| is_eponym_noun(&w.lower));
    if eponym_context || evs.iter().all(|e| e.eponym) || noun_inside && cue.is_none() {
        return 0.0;
    }
    // "Denver II", "Forrest IIa", "Weber B": a grade or type after a single word makes it a
    // classification.
    let grade_after = |n: &Word| {
        let raw = &text[n.start..n.end];
        let numeral = raw.trim_end_matches(['a', 'b', 'c']);
        n.tight_before
            && (matches!(
                numeral,
                "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
            ) || raw.len() == 1 && raw.bytes().all(|b| b.is_ascii_uppercase()))
    };
    let numeral_last = run.len() == 2 && {
        let raw = &text[run[1].start..run[1].end];
        matches!(
            raw.trim_end_matches(['a', 'b', 'c']),
            "I" | "II" | "III" | "IV"
        ) && raw.len() > 1
            && raw.ends_with(['a', 'b', 'c'])
    };
    let graded = numeral_last
        || run.len() == 1 && next_word.is_some_and(grade_after)
        || run.len() == 2
            && run[1].shape == Shape::Initial
            && grade_after(&run[1])
            && !text[run[1].end..].starts_with('.');
    if graded && cue != Some(Cue::Title) {
        return 0.0;
    }

    // "on ESA, PTH 412", "AKI, DNR": short words in capitals listed with commas are
    // abbreviations.
    let abbreviation_list = run.len() == 2
        && run[1].comma_before
        && run
            .iter()
            .all(|w| w.shape == Shape::Upper && w.lower.len() <= 4)
        && !evs[1].first;
    // "sats 96% RA, T 36.4": a vitals row, an abbreviation and a one-letter sign.
    let vitals = run.len() == 2
        && run[1].comma_before
        && first.shape == Shape::Upper
        && first.lower.len() <= 3
        && run[1].shape == Shape::Initial;
    if (abbreviation_list || vitals) && cue != Some(Cue::Label) {
        return 0.0;
    }
    // "2009 Chevy Impala": a car; "L LE 5/5", "R UE": a side and a limb. A label or
    // last, first shape outweighs a make ("Patient: LINCOLN, DESHAWN M").
    let person_shaped = cue == Some(Cue::Label) || run.len() > 1 && run[1].comma_before;
    if !person_shaped && super::patterns::VEHICLE_MAKES.contains(&first.lower.as_ref())
        || before_run.is_some_and(|b| super::patterns::VEHICLE_MAKES.contains(&b.lower.as_ref()))
        || run.len() == 2
            && first.shape == Shape::Initial
            && run[1].shape == Shape::Upper
            && run[1].lower.len() <= 3
    {
        return 0.0;
    }
    // "L Achilles", "R IJ Cordis": a side, not an initial.
    if first.shape == Shape::Initial
        && matches!(&text[first.start..first.end], "L" | "R")
        && !text[first.end..].starts_with('.')
        && cue.is_none()
    {
        return 0.0;
    }
    // "Colles, Smith or Barton", "Hunt and Hess": one word listed beside an eponym is one.
    if run.len() == 1 && cue.is_none() {
        let k = last;
        let joined = |a: usize, b: usize| {
            // words[a] then words[b] joined by a comma, "and", "or" or "&".
            b < words.len() && b == a + 1 && words[b].comma_before
                || b < words.len()
                    && b == a + 2
                    && matches!(words[a + 1].lower.as_ref(), "and" | "or" | "&")
                    && words[a + 1].tight_before
                    && words[b].tight_before
        };
        let eponym_at = |x: usize| {
            words
                .get(x)
                .is_some_and(|w| w.shape == Shape::Title && w.ev().eponym)
        };
        // Walk the list both ways, item by item ("Colles, Smith or Barton").
        let listed_beside_eponym = |forward: bool| {
            let mut at = k;
            for _ in 0..4 {
                let next = (1..=2).find_map(|d| {
                    let (a, b) = if forward {
                        (at, at + d)
                    } else {
                        (at.checked_sub(d)?, at)
                    };
                    joined(a, b).then_some(if forward { b } else { a })
                });
                let Some(n) = next else {
                    return false;
                };
                if eponym_at(n) {
                    return true;
                }
                if words[n].shape != Shape::Title {
                    return false;
                }
                at = n;
            }
            false
        };
        if listed_beside_eponym(false) || listed_beside_eponym(true) {
            return 0.0;
        }
    }
    // "(Fick)", "(Berlin)": one word alone in parentheses without a cue is a method's or a
    // definition's name unless it is a first name.
    let parenthesized =
        run.len() == 1 && text[..first.start].ends_with('(') && text[first.end..].starts_with(')');
    if parenthesized && cue.is_none() && !ev0.first && !ev0.city {
        return 0.0;
    }
    // "PT (LSVT BIG)": capitals after a relation need a name list's word among them.
    if cue == Some(Cue::Relation)
        && run.iter().all(|w| w.shape == Shape::Upper)
        && !evs.iter().any(|e| (e.first || e.surname) && !e.common)
    {
        return 0.0;
    }
    // "West Nile", "South Shore": a compass word opens a place.
    if cue.is_none()
        && run.len() == 2
        && matches!(
            first.lower.as_ref(),
            "west" | "east" | "north" | "south" | "western" | "eastern" | "northern" | "southern"
        )
    {
        return 0.0;
    }
    // "West Nile", "Acute Addison": an everyday word before an eponym names a disease.
    if cue.is_none()
        && run.len() == 2
        && first.shape == Shape::Title
        && first.lower.len() >= 3
        && evs[1].eponym
        && ev0.common
        && !ev0.first
    {
        return 0.0;
    }
    // "(Twin B)", "Baby A": a letter after a relation tells siblings apart.
    if cue == Some(Cue::Relation) && run.len() == 1 && first.shape == Shape::Initial {
        return 0.0;
    }
    // "P&T", "LIMA-LAD, SVG-OM", "CheckMate 816": committees, grafts and trials.
    let ampersand = text[run_end..].starts_with('&');
    let graft_codes = run.iter().all(|w| {
        let raw = &text[w.start..w.end];
        raw.contains('-')
            && raw
                .split('-')
                .all(|part| part.len() <= 4 && part.bytes().all(|b| b.is_ascii_uppercase()))
    });
    let trial = run.len() == 1
        && camel_case(&text[first.start..first.end])
        && text[run_end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_ascii_digit());
    if (ampersand || graft_codes || trial) && !matches!(cue, Some(Cue::Title) | Some(Cue::Label)) {
        return 0.0;
    }
    // "per The Joint Commission": an article opens no name.
    if first.shape != Shape::Initial
        && matches!(
            first.lower.as_ref(),
            "the" | "a" | "an" | "this" | "our" | "your" | "my" | "his" | "their" | "its"
        )
    {
        return 0.0;
    }
    // "DIAGNOSIS: A. Bone marrow", "B. Colon, sigmoid": specimens lettered A, B, C...
    let opens_line_or_label = first.start == 0
        || text[..first.start]
            .trim_end_matches([' ', '\t'])
            .ends_with(['\n', ':']);
    if first.shape == Shape::Initial
        && run.len() == 2
        && opens_line_or_label
        && matches!(
            text[first.start..first.end].as_ref(),
            "A" | "B" | "C" | "D" | "E" | "F"
        )
        && evs[1].common
        && next_word.is_some_and(|n| n.shape == Shape::Lower)
    {
        return 0.0;
    }
    // "19 Fr Blake drain", "2 mm Hg": a unit after a number opens no name.
    let after_number = text[..first.start]
        .trim_end_matches([' ', '\t'])
        .ends_with(|c: char| c.is_ascii_digit());
    if after_number && cue.is_none() && first.lower.len() <= 3 && first.shape != Shape::Initial {
        return 0.0;
    }
    // "Part B. Will recheck", "Hepatitis B. Grace": a letter that names a part or type.
    if first.shape == Shape::Initial
        && cue.is_none()
        && before_run.is_some_and(|b| run[0].tight_before && names_a_letter(&b.lower))
    {
        return 0.0;
    }
    let any_name = evs.iter().any(|e| e.first || e.surname || e.unknown);
    let all_stop = evs.iter().all(|e| e.stop && !e.first);
    if matches!(cue, Some(Cue::Label) | Some(Cue::Relation)) {
        if all_stop || !any_name && run.iter().all(|w| w.shape != Shape::Initial) {
            return 0.0;
        }
        // "re: K 7.1", "CC: T 38.9": a lab's or vital's letter before its value.
        let letter_and_value = run.len() == 1
            && first.shape == Shape::Initial
            && text[run_end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()));
        if letter_and_value {
            return 0.0;
        }
        // "Attending, Thoracic Oncology", "Consultant: Palliative Medicine": an adjective
        // before a department names the department.
        let department_adjective = run.len() == 1
            && !ev0.first
            && Lexicons::get()
                .surname_rank(&first.lower)
                .is_none_or(|r| r > 5000)
            && ["ic", "al", "ary", "ive", "ous"]
                .iter()
                .any(|e| first.lower.ends_with(e))
            && next_word.is_some_and(|n| n.tight_before && n.ev().stop);
        if department_adjective {
            return 0.0;
        }
        // "PT Daily Note", "Patient Access Rep": everyday words that name no one — unless
        // the last is a frequent surname ("daughter Wren Hale").
        let frequent_surname_last = run.len() == 2
            && run.iter().all(|w| w.shape == Shape::Title)
            && Lexicons::get()
                .surname_rank(&run[1].lower)
                .is_some_and(|r| r <= 3000);
        if evs.iter().all(|e| e.common && !e.first) && run.len() > 1 && !frequent_surname_last {
            return 0.0;
        }
        // "Referring: ED attending": the department, not Ed.
        if run.len() == 1 && matches!(text[first.start..first.end].as_ref(), "ED" | "ER" | "OR") {
            return 0.0;
        }
        // "patient HTN", "brother CVA", "CC: DKA", "per KDIGO": a word in capitals is an
        // abbreviation unless the name lists know it (labels, being forms, may be longer).
        let short = first.lower.len() <= 4 || cue == Some(Cue::Relation);
        if first.shape == Shape::Upper && run.len() == 1 && short {
            let info = Lexicons::get().word(&first.lower);
            if !(ev0.first || info.surname_rank.is_some_and(|r| r <= 2000)) {
                return 0.0;
            }
        }
        let lex = Lexicons::get();
        let rare_surname = lex.surname_rank(&first.lower).is_none_or(|r| r > 5000);
        if ev0.common && !ev0.first && rare_surname && run.len() == 1 {
            return 0.0; // "patient Denies", "son Called"
        }
        return if cue == Some(Cue::Label) { 0.9 } else { 0.85 };
    }
    // "HOSPICE RN VISIT": a word in capitals before a credential must be a listed name.
    let unlisted_capitals = run.iter().zip(&evs).all(|(w, e)| {
        let listed = e.first || e.surname;
        // In capitals an everyday word counts as unlisted ("WITH"); in title case only
        // an everyday word no name list holds does ("Summer Page, LCSW" is a name).
        w.shape == Shape::Upper && (!listed || e.common) || e.common && !listed
    });
    // "POAG OD": one word in capitals before a credential must be a ranked name.
    let acronym = run.len() == 1 && first.shape == Shape::Upper && {
        let info = Lexicons::get().word(&first.lower);
        !(info.first_name_rank.is_some() || info.surname_rank.is_some_and(|r| r <= 20_000))
    };
    if post_nominal
        && any_name
        && !all_stop
        && !acronym
        && !run.iter().all(|w| w.shape == Shape::Initial)
        && !unlisted_capitals
        && !(first.shape == Shape::Upper && first.lower.len() <= 3 && run.len() <= 2)
    {
        return 0.9;
    }
    // "Hunter Babcock 62M", "Park Ji-hoon (bed 7B", "Bill in bed 4", "HERNANDEZ, MARIA DOB
    // 04/19/1970": what follows is said only of a person. Words the name lists hold (or
    // no list holds) qualify; everyday words only as a listed first name ("Bill").
    let name_words = run.iter().zip(&evs).all(|(w, e)| {
        w.shape != Shape::Lower
            && (!e.eponym || run.len() > 1)
            && !e.stop
            && (e.first || e.surname || e.unknown || w.shape == Shape::Initial)
    });
    let everyday_only = evs.iter().all(|e| e.common && !e.first);
    let abbreviation = run.len() == 1 && first.shape == Shape::Upper && !ev0.first;
    if name_words
        && !everyday_only
        && !abbreviation
        && (first.shape != Shape::Initial || run.len() > 1)
        && person_follows(&text[run[run.len() - 1].end..])
    {
        return 0.75;
    }
    if upper_line {
        // Headers in capitals: "BUI, SANTIAGO", "KEIKO LEWIS" — only with a first name from
        // the lexicon on the right side of the pattern.
        if run.len() >= 2 {
            let comma = run
                .iter()
                .skip(1)
                .position(|w| w.comma_before)
                .map(|p| p + 1);
            let first_name_at = comma.unwrap_or_default();
            let fe = evs[first_name_at];
            let other = if first_name_at == 0 { last_ev } else { ev0 };
            let frequent_other = Lexicons::get()
                .surname_rank(&run[if first_name_at == 0 { run.len() - 1 } else { 0 }].lower)
                .is_some_and(|r| r <= 5000);
            // "JOHN FAITH": a listed, non-word first name vouches for a surname that is a word.
            let vouched = comma.is_none() && !fe.common && other.surname;
            if fe.first
                && !fe.stop
                && (other.surname || other.unknown)
                && !other.stop
                && (!other.common || frequent_other || vouched)
            {
                return 0.75;
            }
            // "GOLDBERG, AALIYAH", "LEE, MIN-JUN": with the comma, a listed surname is enough.
            if comma.is_some()
                && (other.surname || fe.first)
                && !other.stop
                && !fe.stop
                && (!other.common || frequent_other)
                && (!fe.common || fe.first)
            {
                return 0.75;
            }
            // "TRAN, B": a listed surname and an initial.
            if comma == Some(1)
                && run.len() == 2
                && run[1].shape == Shape::Initial
                && ev0.surname
                && !ev0.stop
                && (!ev0.common || frequent_other)
            {
                return 0.7;
            }
        }
        return 0.0;
    }
    // No cue: lexicon and shape must carry it.
    let strong = |e: &Evidence| (e.first || e.surname) && !e.common && !e.stop && !e.eponym;
    let nameish = |e: &Evidence, w: &Word| {
        strong(e) || e.unknown && w.shape == Shape::Title || w.shape == Shape::Initial
    };
    // "Abdi, H", "Wood, L" (bed boards, lists) and "FRIEDMAN, JONAH", "PARK, JI-HOON"
    // (headers): a surname, a comma, then an initial or a first name in the same case.
    if run.len() == 2 && run[1].comma_before && !ev0.stop && !ev0.eponym {
        let (last, given, eg) = (&run[0], &run[1], evs[1]);
        let surname_like = ev0.surname || ev0.unknown;
        let initial = last.shape == Shape::Title && given.shape == Shape::Initial;
        // In capitals, lists of abbreviations look alike ("HTN, AF", "MDD, PTSD"): the
        // surname must be listed and the given name listed or a longer unknown word.
        let capitals = last.shape == Shape::Upper
            && given.shape == Shape::Upper
            && ev0.surname
            && (eg.first || eg.unknown && given.lower.len() >= 4)
            && !eg.common
            && !eg.stop
            && (!ev0.common || eg.first);
        if surname_like && (initial || capitals) {
            return 0.7;
        }
    }
    if run.len() >= 2 {
        let names_in_run = run.iter().zip(&evs).filter(|(w, e)| nameish(e, w)).count();
        let firstish = ev0.first || first.shape == Shape::Initial;
        // "Zainab Hoffmann": an eponym is a surname after a first name no word list holds.
        let eponym_surname = last_ev.eponym
            && last_ev.surname
            && (ev0.first || ev0.unknown)
            && !ev0.common
            && !ev0.eponym
            && first.shape == Shape::Title;
        let lastish = strong(&last_ev)
            || eponym_surname
            || last_ev.unknown
                && run[run.len() - 1].shape == Shape::Title
                && first.shape != Shape::Initial;
        let last_first = run[1].comma_before && looks_last_first(&run[0], &run[1]);
        // In capitals, "ESA, PTH" and "LOA, EFW" look alike: the given name must be listed.
        let listed_given = last_first && evs[1].first && ev0.surname;
        if run.iter().all(|w| w.shape == Shape::Upper) && !firstish && !listed_given {
            return 0.0;
        }
        if firstish && lastish && names_in_run >= 1 {
            return 0.8;
        }
        // "Nadia Tan", "Jin Strong": a listed first name before a frequent surname that is
        // also a word.
        let lex = Lexicons::get();
        let frequent_surname = lex
            .surname_rank(run[run.len() - 1].lower.trim_end_matches("'s"))
            .is_some_and(|r| r <= 5000);
        if first.shape == Shape::Initial && frequent_surname && run.len() == 2 && !last_ev.stop {
            return 0.75; // "J. Smith"
        }
        // "L. Finkelstein": an initial before a listed surname that is no everyday word.
        if first.shape == Shape::Initial && run.len() == 2 && strong(&last_ev) {
            return 0.7;
        }
        // A race or a state is a surname right after such a name ("Barbara White").
        let top_surname = run.len() == 2
            && lex
                .surname_rank(run[1].lower.trim_end_matches("'s"))
                .is_some_and(|r| r <= 2000);
        if strong(&ev0)
            && ev0.first
            && frequent_surname
            && run[run.len() - 1].shape == Shape::Title
            && (!last_ev.stop || top_surname)
        {
            return 0.7;
        }
        if names_in_run * 2 >= run.len() && names_in_run >= 2 && evs.iter().any(strong) {
            return 0.7;
        }
        if strong(&last_ev) && (first.sentence_start || ev0.first) {
            return 0.6;
        }
        // "for Grace Summers:": a frequent first name and a frequent surname, both also
        // words, capitalized together inside a sentence.
        let info = |w: &Word| Lexicons::get().word(w.lower.trim_end_matches("'s"));
        if run.len() == 2
            && !first.sentence_start
            && run.iter().all(|w| w.shape == Shape::Title)
            && info(first).first_name_rank.is_some_and(|r| r <= 1000)
            && info(&run[1]).surname_rank.is_some_and(|r| r <= 5000)
            && evs.iter().all(|e| !e.stop && !e.eponym)
        {
            return 0.6;
        }
        let last_word = &run[run.len() - 1];
        let frequent_last = Lexicons::get()
            .surname_rank(&last_word.lower)
            .is_some_and(|r| r <= 5000);
        // Given names missing from the 1990 lists often appear only among the 2010 table's
        // unranked surnames ("Imani"): they count as unlisted here.
        let rare = ev0.unknown
            || ev0.surname
                && !ev0.common
                && !ev0.first
                && !ev0.stop
                && !ev0.eponym
                && Lexicons::get()
                    .surname_rank(&first.lower)
                    .is_some_and(|r| r > 20_000);
        if rare
            && first.shape == Shape::Title
            && (strong(&last_ev)
                || frequent_last && last_word.shape == Shape::Title && !last_ev.stop)
            && run.len() == 2
        {
            return 0.65; // "Oluwaseun Gonzalez": an unlisted first name before a surname
        }
        // "Krisztián Szöllösy", "Šárka Ottová": unlisted capitalized words written with
        // letters beyond ASCII are, in English clinical text, almost always names.
        let foreign = |w: &Word| w.shape == Shape::Title && !w.lower.is_ascii();
        let unlisted = |e: &Evidence| !e.common && !e.stop && !e.eponym;
        if run
            .iter()
            .all(|w| matches!(w.shape, Shape::Title | Shape::Initial))
            && run.iter().any(foreign)
            && evs.iter().all(unlisted)
        {
            return 0.7;
        }
        // "Lewis, Zainab", "Brooks, Mason T": last, first (and an initial).
        if last_first && run[2..].iter().all(|w| w.shape == Shape::Initial) {
            return 0.7;
        }
        return 0.0;
    }
    if first.shape == Shape::Upper
        || first.shape == Shape::Initial
        || first.lower.chars().count() < 3
    {
        return 0.0;
    }
    // "Max % involvement", "Min 3": the abbreviation, not a person.
    if matches!(first.lower.as_ref(), "max" | "min")
        && !text[first.end..]
            .trim_start_matches(' ')
            .starts_with(|c: char| c.is_ascii_uppercase())
    {
        return 0.0;
    }
    // "FYI: Brown's son (Marcus) is HCP": only a person has kin.
    if (ev0.first || ev0.surname || ev0.unknown) && !ev0.stop && owns_kin(text, first) {
        return 0.7;
    }
    // "Will bring the recording", "May resume", "Prior therapy: none": a sentence opening
    // with an everyday word that only the surname lists (or a modal verb) hold.
    let next_lower = next_word.is_some_and(|n| n.tight_before && n.shape == Shape::Lower);
    let modal = matches!(
        first.lower.as_ref(),
        "will" | "may" | "can" | "shall" | "might" | "must"
    );
    if first.sentence_start && next_lower && (modal || ev0.common && !ev0.first) {
        return 0.0;
    }
    // "Wilkins 8", "modified Rankin 0", "Humphrey 24-2", "Paris 0-Is": one word before a
    // number inside a sentence is a score's or a method's name (ages and beds were taken
    // above).
    let number_follows = text[first.end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if number_follows && !first.sentence_start && before_run.is_some() {
        return 0.0;
    }
    if strong(&ev0) {
        let lex = Lexicons::get();
        let base = first.lower.trim_end_matches("'s");
        let frequent = lex.surname_rank(base).is_some_and(|r| r <= 15_000)
            || lex.first_name_rank(base).is_some_and(|r| r <= 1200);
        // "Boston", "Milan", "Berlin" alone name a criterion or a city more often than a
        // person: a surname that is also a big city (and no first name) needs a cue.
        let info = lex.word(base);
        if info.big_city && info.first_name_rank.is_none() {
            return 0.0;
        }
        if frequent {
            return if first.sentence_start { 0.55 } else { 0.6 };
        }
        return if owns_something(text, first) {
            0.6
        } else {
            0.4
        };
    }
    // "did Petrosyan's CT come back": an unlisted capitalized word owning a thing inside a
    // sentence is a person (eponyms own their nouns and were ruled out above).
    if ev0.unknown && !first.sentence_start && owns_something(text, first) {
        return 0.6;
    }
    0.0
}

#[cfg(test)]
mod tests {
    use super::super::phrases::CuePhrases;
    use super::*;

    fn names(text: &str) -> Vec<String> {
        let cues = CuePhrases::new().find(text);
        let mut out = Vec::new();
        find(text, &cues, &mut out);
        out.iter()
            .filter(|f| f.confidence >= 0.5)
            .map(|f| text[f.span.start()..f.span.end()].to_string())
            .collect()
    }

    #[test]
    fn titles_cues_and_lexicons() {
        assert_eq!(names("Seen by Dr. Hope Grant today."), vec!["Hope Grant"]);
        assert_eq!(names("His daughter Rose called."), vec!["Rose"]);
        assert_eq!(names("Patient Name: SMITH, JOHN"), vec!["SMITH, JOHN"]);
        assert_eq!(
            names("Discussed with Maria O'Sullivan-Baker at bedside."),
            vec!["Maria O'Sullivan-Baker"]
        );
        assert_eq!(names("Mr. de la Cruz is improving."), vec!["de la Cruz"]);
        assert_eq!(
            names("Follow up with J. Smith next week."),
            vec!["J. Smith"]
        );
    }

    #[test]
    fn clinical_words_survive() {
        assert!(names("History of Parkinson's disease and a Foley catheter in place.").is_empty());
        assert!(names("Babinski sign negative. Crohn's disease in remission.").is_empty());
        assert!(names("Will follow up in March. Hope to discharge Monday.").is_empty());
        assert!(names("Patient denies chest pain. Lasix 40 mg daily.").is_empty());
    }
}
