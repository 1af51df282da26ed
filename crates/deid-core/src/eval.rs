//! Accuracy against labelled corpora: precision, recall and F2 per PHI kind, span-level and
//! token-level, plus the two figures an egress gate is judged on — how much PHI is left in
//! the output and how many PHI-free texts are altered.
//!
//! Span level: a gold span is *found* when a finding overlaps it (any kind: it is then
//! replaced), and *typed* when an overlapping finding has its kind. A finding is a true
//! positive when it overlaps any gold span. Token level counts alphanumeric tokens inside
//! gold spans and inside findings.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Engine, PhiKind, Span};

/// One labelled document.
#[derive(Debug, Clone)]
pub struct LabelledDoc {
    /// The text.
    pub text: String,
    /// Gold PHI spans (byte offsets) and their kinds.
    pub gold: Vec<(Span, PhiKind)>,
    /// Spans that are labelled but not PHI under HIPAA (organizations, titles): findings
    /// over them count neither for nor against.
    pub ignore: Vec<Span>,
}

/// Counts for one kind.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Gold spans.
    pub gold: usize,
    /// Gold spans overlapped by a finding of any kind (removed from the output).
    pub found: usize,
    /// Gold spans overlapped by a finding of the same kind.
    pub typed: usize,
    /// Findings of this kind.
    pub predicted: usize,
    /// Findings of this kind overlapping a gold span.
    pub predicted_true: usize,
    /// Gold tokens.
    pub gold_tokens: usize,
    /// Gold tokens covered by a finding.
    pub found_tokens: usize,
    /// Predicted tokens (findings of this kind).
    pub predicted_tokens: usize,
    /// Predicted tokens inside a gold span.
    pub predicted_true_tokens: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f2(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        5.0 * p * r / (4.0 * p + r)
    }
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.gold += o.gold;
        self.found += o.found;
        self.typed += o.typed;
        self.predicted += o.predicted;
        self.predicted_true += o.predicted_true;
        self.gold_tokens += o.gold_tokens;
        self.found_tokens += o.found_tokens;
        self.predicted_tokens += o.predicted_tokens;
        self.predicted_true_tokens += o.predicted_true_tokens;
    }

    /// Span precision.
    pub fn precision(&self) -> f64 {
        ratio(self.predicted_true, self.predicted)
    }
    /// Span recall (any kind).
    pub fn recall(&self) -> f64 {
        ratio(self.found, self.gold)
    }
    /// Span F2.
    pub fn f2(&self) -> f64 {
        f2(self.precision(), self.recall())
    }
    /// Token precision.
    pub fn token_precision(&self) -> f64 {
        ratio(self.predicted_true_tokens, self.predicted_tokens)
    }
    /// Token recall.
    pub fn token_recall(&self) -> f64 {
        ratio(self.found_tokens, self.gold_tokens)
    }
    /// Token F2.
    pub fn token_f2(&self) -> f64 {
        f2(self.token_precision(), self.token_recall())
    }
}

/// The result of an evaluation.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// Per kind.
    pub kinds: BTreeMap<PhiKind, Counts>,
    /// Documents.
    pub documents: usize,
    /// Documents without any gold span.
    pub phi_free_documents: usize,
    /// PHI-free documents in which something was found (they would be altered).
    pub phi_free_altered: usize,
    /// Gold spans not fully covered by findings (PHI left in the output, at least partly).
    pub leaked_spans: usize,
    /// Misses and false positives as (document index, span, kind, "miss" | "false-positive"),
    /// for error analysis on synthetic corpora.
    #[serde(skip)]
    pub errors: Vec<(usize, Span, PhiKind, &'static str)>,
}

impl Report {
    /// All kinds together.
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for c in self.kinds.values() {
            total.add(c);
        }
        total
    }

    /// A fixed-width table for terminals and READMEs.
    pub fn table(&self) -> String {
        let mut out = String::from(
            "kind              gold  recall  typed   prec    F2     tokR   tokP   tokF2\n",
        );
        let mut row = |name: &str, c: &Counts| {
            out.push_str(&format!(
                "{name:<16} {:>5}  {:>6.3} {:>6.3} {:>6.3} {:>6.3}  {:>6.3} {:>6.3} {:>6.3}\n",
                c.gold,
                c.recall(),
                ratio(c.typed, c.gold),
                c.precision(),
                c.f2(),
                c.token_recall(),
                c.token_precision(),
                c.token_f2()
            ));
        };
        for (kind, c) in &self.kinds {
            row(kind.as_str(), c);
        }
        row("ALL", &self.total());
        let total = self.total();
        out.push_str(&format!(
            "\nPHI spans left (not fully covered): {} of {} ({:.2}%)\nPHI-free texts altered: {} of {} ({:.2}%)\n",
            self.leaked_spans,
            total.gold,
            100.0 * ratio(self.leaked_spans, total.gold.max(1)),
            self.phi_free_altered,
            self.phi_free_documents,
            100.0 * ratio(self.phi_free_altered, self.phi_free_documents.max(1)),
        ));
        out
    }
}

fn tokens(text: &str, span: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = span.start();
    while i < span.end() {
        if bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80 {
            let s = i;
            while i < span.end() && (bytes[i].is_ascii_alphanumeric() || bytes[i] >= 0x80) {
                i += 1;
            }
            out.push(Span::new(s, i));
        } else {
            i += 1;
        }
    }
    out
}

/// Evaluate `engine`'s detection on labelled documents.
pub fn evaluate(engine: &Engine, docs: &[LabelledDoc]) -> Report {
    let mut report = Report::default();
    for (doc_index, doc) in docs.iter().enumerate() {
        let findings = engine.scan_text(&doc.text);
        let findings: Vec<_> = findings
            .into_iter()
            .filter(|f| {
                !doc.ignore.iter().any(|s| s.overlaps(&f.span))
                    || doc.gold.iter().any(|(g, _)| g.overlaps(&f.span))
            })
            .collect();
        report.documents += 1;
        if doc.gold.is_empty() {
            report.phi_free_documents += 1;
            if !findings.is_empty() {
                report.phi_free_altered += 1;
            }
        }
        for (span, kind) in &doc.gold {
            let c = report.kinds.entry(*kind).or_default();
            c.gold += 1;
            let overlapping: Vec<_> = findings.iter().filter(|f| f.span.overlaps(span)).collect();
            if !overlapping.is_empty() {
                c.found += 1;
            }
            if overlapping.iter().any(|f| f.kind == *kind) {
                c.typed += 1;
            }
            let toks = tokens(&doc.text, *span);
            let covered = toks
                .iter()
                .filter(|t| {
                    findings
                        .iter()
                        .any(|f| f.span.contains(t) || f.span.overlaps(t))
                })
                .count();
            c.gold_tokens += toks.len();
            c.found_tokens += covered;
            if covered < toks.len() {
                report.leaked_spans += 1;
                report.errors.push((doc_index, *span, *kind, "miss"));
            }
        }
        for f in &findings {
            let c = report.kinds.entry(f.kind).or_default();
            c.predicted += 1;
            if doc.gold.iter().any(|(g, _)| g.overlaps(&f.span)) {
                c.predicted_true += 1;
            } else {
                report
                    .errors
                    .push((doc_index, f.span, f.kind, "false-positive"));
            }
            let toks = tokens(&doc.text, f.span);
            c.predicted_tokens += toks.len();
            c.predicted_true_tokens += toks
                .iter()
                .filter(|t| doc.gold.iter().any(|(g, _)| g.overlaps(t)))
                .count();
        }
    }
    report
}

/// Byte offset of the `n`-th character of `text` (for corpora labelled in code points).
pub fn char_to_byte(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{KeyRing, Policy};

    #[test]
    fn counts_found_missed_and_false_positives() {
        let engine = Engine::new(Policy::safe_harbor(), KeyRing::from_secret("k", [1; 32]));
        let text = "Seen by Dr. Alvarez on 03/04/2021. Gene BRCA2.".to_string();
        let docs = vec![
            LabelledDoc {
                gold: vec![
                    (Span::new(12, 19), PhiKind::Name),
                    (Span::new(23, 33), PhiKind::Date),
                ],
                text,
                ignore: vec![],
            },
            LabelledDoc {
                text: "No PHI here, call back 555-867-5309.".into(),
                gold: vec![],
                ignore: vec![],
            },
        ];
        let report = evaluate(&engine, &docs);
        assert_eq!(report.kinds[&PhiKind::Name].found, 1);
        assert_eq!(report.kinds[&PhiKind::Date].typed, 1);
        assert_eq!(report.phi_free_documents, 1);
        assert_eq!(
            report.phi_free_altered, 1,
            "the phone number is found in the 'PHI-free' text"
        );
        assert_eq!(report.kinds[&PhiKind::Phone].predicted_true, 0);
        assert!(report.table().contains("ALL"));
    }
}
