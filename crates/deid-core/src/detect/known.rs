//! Known-value propagation: values known to be PHI in a document — from its structured
//! fields, or found with confidence in its text — are found again wherever they reappear.
//!
//! A known value only counts as a whole word, so the search walks the text's words once
//! and looks each up by its first word (case-insensitively): one hash probe per word,
//! whatever the number of values. A long document can teach tens of thousands of values,
//! where an automaton over all of them would cost more than the rest of detection.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::is_word;
use crate::{Finding, PhiKind, Span};

type Fast = foldhash::fast::RandomState;

/// Values known to be PHI in the current document, to be found again wherever they
/// reappear.
#[derive(Debug, Clone, Default)]
pub struct KnownValues {
    values: Vec<Known>,
    /// The values indexed for search, built on first use and reused for every field of the
    /// document (learning a value drops it).
    index: OnceLock<Index>,
}

#[derive(Debug, Clone)]
struct Known {
    value: String,
    kind: PhiKind,
    /// Learnt from a structured field (matched in any case) rather than from a finding (a
    /// name must then reappear capitalized, so a patient called Will leaves "will" alone).
    certain: bool,
}

#[derive(Debug, Clone)]
struct Index {
    /// Lower-cased first word → the distinct values starting with it, longest first.
    by_first_word: HashMap<Vec<u8>, Vec<usize>, Fast>,
    /// A bit per (length, first two letters) of the first words: most words of a text
    /// miss it and cost no hash probe.
    sketch: Box<[u64; SKETCH_WORDS]>,
    /// Lower-cased first bytes of values that may match a word in any case (identifiers,
    /// structured names): a word starting with another lower-case letter cannot match.
    any_case_first: [bool; 256],
}

const SKETCH_WORDS: usize = 256;

/// The sketch bit of a lower-cased (or any-case) word: its length and first two bytes.
fn sketch_bit(word: &[u8]) -> (usize, u64) {
    let b0 = u64::from(word.first().copied().unwrap_or(0) | 0x20);
    let b1 = u64::from(word.get(1).copied().unwrap_or(0) | 0x20);
    let mixed = ((word.len() as u64) << 16 | b0 << 8 | b1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let bit = (mixed >> 50) as usize; // 14 bits
    (bit / 64, 1 << (bit % 64))
}

impl KnownValues {
    /// Remember a value of `kind` from a structured field. Names are remembered whole and
    /// word by word (so "Smith" is found after "Mr." and "John" alone); identifiers whole.
    pub fn learn(&mut self, kind: PhiKind, value: &str) {
        self.learn_with(kind, value, true);
    }

    /// Remember a value found by a detector (names must reappear capitalized).
    pub fn learn_found(&mut self, kind: PhiKind, value: &str) {
        self.learn_with(kind, value, false);
    }

    fn learn_with(&mut self, kind: PhiKind, value: &str, certain: bool) {
        self.index = OnceLock::new();
        let value = value.trim();
        if value.chars().count() < 2 {
            return;
        }
        let mut push = |value: &str| {
            self.values.push(Known {
                value: value.to_string(),
                kind,
                certain,
            });
        };
        match kind {
            PhiKind::Name => {
                if value.len() >= 3 {
                    push(value);
                }
                for word in value.split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '-')) {
                    if word.chars().count() >= 3
                        && !crate::lexicon::is_name_particle(&word.to_lowercase())
                    {
                        push(word);
                    }
                }
            }
            // Dates, ages and ZIP codes are found by pattern wherever they stand.
            PhiKind::Date | PhiKind::Age90Plus | PhiKind::Zip => {}
            _ => {
                if value.len() >= 4 {
                    push(value);
                }
            }
        }
    }

    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every place in `text` where a known value stands as a whole word.
    pub fn find_in(&self, text: &str, out: &mut Vec<Finding>) {
        if self.values.is_empty() {
            return;
        }
        let index = self.index.get_or_init(|| self.build_index());
        let bytes = text.as_bytes();
        let mut lower = [0u8; 64];
        let mut i = 0;
        while i < bytes.len() {
            if !is_word(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            let word = &bytes[start..i];
            let (slot, bit) = sketch_bit(word);
            if index.sketch[slot] & bit == 0
                || word.len() > lower.len()
                || word[0].is_ascii_lowercase() && !index.any_case_first[usize::from(word[0])]
            {
                continue;
            }
            let key = &mut lower[..word.len()];
            key.copy_from_slice(word);
            key.make_ascii_lowercase();
            let Some(candidates) = index.by_first_word.get(&key[..]) else {
                continue;
            };
            for &v in candidates {
                let known = &self.values[v];
                let end = start + known.value.len();
                let matches = bytes
                    .get(start..end)
                    .is_some_and(|s| s.eq_ignore_ascii_case(known.value.as_bytes()))
                    && bytes.get(end).is_none_or(|&b| !is_word(b));
                let capitalized = known.certain
                    || known.kind != PhiKind::Name
                    || bytes[start].is_ascii_uppercase()
                    || text[start..].starts_with(char::is_uppercase);
                if matches && capitalized && !used_as_a_word(text, known, end) {
                    out.push(Finding::new(
                        Span::new(start, end),
                        known.kind,
                        0.9,
                        "known-value",
                    ));
                    i = i.max(end);
                    break;
                }
            }
        }
    }

    /// One entry per distinct value (case-insensitively; a structured entry wins over a
    /// found one), grouped by first word, longest first so the longest match is taken.
    fn build_index(&self) -> Index {
        let mut index = Index {
            by_first_word: HashMap::default(),
            sketch: Box::new([0; SKETCH_WORDS]),
            any_case_first: [false; 256],
        };
        let mut seen: HashMap<Vec<u8>, usize, Fast> = HashMap::default();
        for (v, known) in self.values.iter().enumerate() {
            let lower = known.value.to_ascii_lowercase().into_bytes();
            let first_len = lower
                .iter()
                .position(|&b| !is_word(b))
                .unwrap_or(lower.len());
            if first_len == 0 {
                continue; // cannot stand as a whole word
            }
            match seen.get(&lower) {
                Some(&slot) => {
                    if known.certain {
                        index.any_case_first[usize::from(lower[0])] = true;
                        let entries = index
                            .by_first_word
                            .get_mut(&lower[..first_len])
                            .into_iter()
                            .flatten();
                        for entry in entries {
                            if *entry == slot {
                                *entry = v;
                            }
                        }
                        seen.insert(lower, v);
                    }
                }
                None => {
                    let (slot, bit) = sketch_bit(&lower[..first_len]);
                    index.sketch[slot] |= bit;
                    if known.certain || known.kind != PhiKind::Name {
                        index.any_case_first[usize::from(lower[0])] = true;
                    }
                    index
                        .by_first_word
                        .entry(lower[..first_len].to_vec())
                        .or_default()
                        .push(v);
                    seen.insert(lower, v);
                }
            }
        }
        for entries in index.by_first_word.values_mut() {
            entries.sort_by_key(|&v| std::cmp::Reverse(self.values[v].value.len()));
        }
        index
    }
}

/// A one-word name found in the text, met again where the word is used as a word: before
/// the noun of a score or sign named after someone else ("Bishop score 3" in Mrs. Bishop's
/// note), or a modal opening an instruction ("Will contact" where Dr. Will Castellanos is
/// named). Structured values are certain and always count.
fn used_as_a_word(text: &str, known: &Known, end: usize) -> bool {
    if known.certain || known.kind != PhiKind::Name || known.value.contains(' ') {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let tight = text.len() - rest.len() - end <= 1;
    let next: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if !tight || next.is_empty() {
        return false;
    }
    let value = known.value.to_lowercase();
    // A modal takes a verb's base form ("Will contact"); a person acts in the past or the
    // present ("Will agreed", "Will posts updates").
    let inflected = next.ends_with("ed") || next.ends_with('s') && !next.ends_with("ss");
    super::names::is_eponym_noun(&next)
        || super::names::is_verb_name(&value)
            && rest.starts_with(char::is_lowercase)
            && !inflected
            && !matches!(next.as_str(), "has" | "had" | "said" | "and" | "or")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(known: &KnownValues, text: &str) -> Vec<(String, PhiKind)> {
        let mut out = Vec::new();
        known.find_in(text, &mut out);
        out.iter()
            .map(|f| (text[f.span.start()..f.span.end()].to_string(), f.kind))
            .collect()
    }

    #[test]
    fn whole_words_only_longest_first() {
        let mut known = KnownValues::default();
        known.learn(PhiKind::Name, "John Okafor");
        known.learn(PhiKind::Mrn, "MRN-55821");
        let text = "John Okafor, then Okafor; Okaforville, JOHN; mrn-55821 and MRN-558210.";
        assert_eq!(
            spans(&known, text),
            vec![
                ("John Okafor".to_string(), PhiKind::Name),
                ("Okafor".to_string(), PhiKind::Name),
                ("JOHN".to_string(), PhiKind::Name),
                ("mrn-55821".to_string(), PhiKind::Mrn),
            ]
        );
    }

    #[test]
    fn found_names_must_reappear_capitalized() {
        let mut known = KnownValues::default();
        known.learn_found(PhiKind::Name, "Will Grant");
        assert_eq!(
            spans(&known, "We will call. Will agreed; grant denied."),
            vec![("Will".to_string(), PhiKind::Name)]
        );
        // The same value from a structured field is matched in any case.
        known.learn(PhiKind::Name, "Will Grant");
        assert_eq!(
            spans(&known, "we will call").len(),
            1,
            "a structured value is certain"
        );
    }

    #[test]
    fn particles_short_values_and_dates_are_not_learnt() {
        let mut known = KnownValues::default();
        known.learn(PhiKind::Name, "Maria van der Berg");
        known.learn(PhiKind::Date, "2021-03-04");
        known.learn(PhiKind::Mrn, "12");
        let found = spans(&known, "van der Berg seen 2021-03-04, id 12; Berg and van");
        assert_eq!(
            found,
            vec![
                ("Berg".to_string(), PhiKind::Name),
                ("Berg".to_string(), PhiKind::Name),
            ]
        );
    }
}
