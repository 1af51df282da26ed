//! Cue phrases (titles, relations, roles, labels, post-nominals), compiled into one
//! Aho-Corasick automaton and found in one pass. A cue says "a name follows" (or, for
//! post-nominals, "a name precedes").

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

/// What a cue phrase says about the words next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// `Dr.`, `Mrs`, `Nurse`: the next capitalized words are a name, whatever they are.
    Title,
    /// `daughter`, `seen by`, `attending`: the next capitalized words are probably a name.
    Relation,
    /// `Name:`, `PCP:`, `Signed:`: a name follows, possibly `LAST, FIRST` or all caps.
    Label,
    /// `MD`, `RN`, `PhD` after a name.
    PostNominal,
}

const TITLES: &[&str] = &[
    "dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "prof", "prof.", "professor",
    "nurse", "rev", "rev.", "reverend", "capt", "capt.", "sgt", "sgt.", "officer", "judge", "sister", "brother", "father",
    "fr.", "pastor", "rabbi", "imam", "sr.", "dra", "dra.", "sra", "sra.", "sr", "señor", "señora", "madam", "mme", "mlle", "herr", "frau",
];

const RELATIONS: &[&str] = &[
    "patient", "pt", "pt.", "seen by", "referred by", "referred from dr", "attending", "attending physician", "surgeon",
    "physician", "provider", "resident", "fellow", "intern", "daughter", "son", "wife", "husband", "partner", "spouse",
    "mother", "father", "brother", "sister", "aunt", "uncle", "niece", "nephew", "grandson", "granddaughter",
    "grandmother", "grandfather", "cousin", "friend", "neighbor", "neighbour", "caregiver", "guardian", "roommate",
    "boyfriend", "girlfriend", "fiance", "fiancee", "stepson", "stepdaughter", "stepmother", "stepfather", "sibling",
    "accompanied by", "lives with", "married to", "spoke with", "spoke to", "discussed with", "called", "per",
    "signed by", "electronically signed by", "dictated by", "transcribed by", "reviewed by", "verified by",
    "performed by", "interpreted by", "read by", "ordered by", "cosigned by", "authenticated by", "approved by",
    "evaluated by", "examined by", "consulted", "consult with", "d/w", "care of", "c/o dr", "pcp", "pcp is",
    "primary care physician", "primary care provider", "oncologist", "cardiologist", "neurologist", "therapist",
    "case manager", "social worker", "chaplain", "pharmacist", "dietitian", "midwife", "doula", "anesthesiologist",
    "radiologist", "pathologist", "hospitalist", "intensivist", "coordinator", "named", "name is", "known as", "aka",
    "mrs./mr.", "dear", "thank you", "thanks", "hi", "hello", "regards", "sincerely", "cc", "attn", "to:", "from:",
    "emergency contact", "next of kin", "nok", "poa", "hcp", "health care proxy", "contact", "informant", "guarantor",
    "surrogate", "decision maker", "interpreter", "translator", "scribe", "son-in-law", "daughter-in-law",
    "brother-in-law", "sister-in-law", "mother-in-law", "father-in-law", "call back", "ask for", "sw", "rn report from",
    "received report from", "report given to", "handoff to", "goes by",
    "mom", "dad", "grandma", "grandpa", "child", "children", "kids", "baby",
];

const LABELS: &[&str] = &[
    "name:", "patient name:", "pt name:", "patient:", "pt:", "full name:", "legal name:", "preferred name:",
    "maiden name:", "mother's maiden name:", "attending:", "pcp:", "provider:", "physician:", "referring:",
    "referring physician:", "referring provider:", "ordering physician:", "ordering provider:", "surgeon:",
    "assistant:", "anesthesia:", "anesthesiologist:", "radiologist:", "pathologist:", "signed:", "signature:",
    "dictated by:", "transcribed by:", "author:", "cc:", "to:", "from:", "contact:", "emergency contact:",
    "nok:", "next of kin:", "guarantor:", "subscriber:", "insured:", "spouse:", "mother:", "father:", "guardian:",
    "caregiver:", "informant:", "interpreter:", "nurse:", "rn:", "resident:", "fellow:", "consultant:",
    "consulting physician:", "primary care:", "family physician:", "dentist:", "therapist:", "case manager:",
    "social worker:", "witness:", "parent:", "parents:", "child:", "pharmacist:", "recipient:", "sender:",
    "requested by:", "performed by:", "verified by:", "reported by:", "reviewed by:", "clinician:", "employer:",
    "re:", "pt name", "patient name", "name", "resident:", "client:", "member:", "beneficiary:", "caller:",
];

const POST_NOMINALS: &[&str] = &[
    "md", "m.d.", "do", "d.o.", "rn", "np", "pa", "pa-c", "phd", "ph.d.", "dds", "dmd", "lcsw", "msw", "lpn", "cna",
    "crna", "fnp", "aprn", "pharmd", "dpt", "otr", "ccc-slp", "facp", "facc", "facs", "mph", "mba", "bsn", "msn",
    "jr", "jr.", "sr.", "ii", "iii", "iv", "esq", "esq.", "rph", "rd", "ma", "cns", "lmsw", "lmft", "lpc", "psyd",
    "od", "dpm", "cnm", "slp", "ot", "pt", "atc", "emt", "paramedic", "rrt", "crnp", "dnp", "agnp",
];

/// The compiled cue automaton.
#[derive(Clone)]
pub struct CuePhrases {
    automaton: AhoCorasick,
    cues: Vec<Cue>,
}

/// A cue found in text.
#[derive(Debug, Clone, Copy)]
pub struct CueMatch {
    /// Kind of cue.
    pub cue: Cue,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset after it.
    pub end: usize,
}

impl CuePhrases {
    /// Compile all cue phrases.
    pub fn new() -> CuePhrases {
        let mut patterns: Vec<&str> = Vec::new();
        let mut cues = Vec::new();
        for (list, cue) in [
            (LABELS, Cue::Label),
            (TITLES, Cue::Title),
            (RELATIONS, Cue::Relation),
            (POST_NOMINALS, Cue::PostNominal),
        ] {
            for p in list {
                patterns.push(p);
                cues.push(cue);
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("cue phrases compile");
        CuePhrases { automaton, cues }
    }

    /// Cues in `text`, whole words only, in order.
    pub fn find(&self, text: &str) -> Vec<CueMatch> {
        let bytes = text.as_bytes();
        let is_word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
        self.automaton
            .find_iter(text)
            .filter(|m| {
                let before_ok = m.start() == 0 || !is_word(bytes[m.start() - 1]);
                let last = bytes[m.end() - 1];
                let after_ok = m.end() == bytes.len() || !is_word(last) || !is_word(bytes[m.end()]);
                before_ok && after_ok
            })
            .map(|m| CueMatch {
                cue: self.cues[m.pattern().as_usize()],
                start: m.start(),
                end: m.end(),
            })
            .collect()
    }
}

impl Default for CuePhrases {
    fn default() -> Self {
        CuePhrases::new()
    }
}
