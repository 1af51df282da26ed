//! Clinical vocabulary must survive: eponymous signs, scores, devices and procedures in a
//! neutral sentence produce no finding. The list (tests/data/eponym_terms.txt) is
//! hand-written and separate from both the detection vocab and the synthetic corpus.

use deid_core::{Engine, KeyRing, Policy, Span};

#[test]
fn eponymous_terms_are_not_phi() {
    let engine = Engine::new(Policy::safe_harbor(), KeyRing::from_secret("t", [3; 32]));
    let terms = include_str!("data/eponym_terms.txt");
    let mut lost = Vec::new();
    let mut total = 0;
    for term in terms.lines().map(str::trim).filter(|t| !t.is_empty()) {
        total += 1;
        let sentence = format!("Assessment: {term} noted on exam today.");
        let span = Span::new("Assessment: ".len(), "Assessment: ".len() + term.len());
        if engine
            .scan_text(&sentence)
            .iter()
            .any(|f| f.span.overlaps(&span))
        {
            lost.push(term);
        }
    }
    assert!(total > 100);
    assert!(
        lost.is_empty(),
        "{} of {total} terms flagged: {lost:?}",
        lost.len()
    );
}

/// Hand-written PHI-free clinical lines (drugs with doses, labs, scores, departments,
/// abbreviations such as "MR" for mitral regurgitation): nothing may be found.
#[test]
fn phi_free_clinical_lines_stay_untouched() {
    let engine = Engine::new(Policy::safe_harbor(), KeyRing::from_secret("t", [3; 32]));
    let lines = include_str!("data/phi_free_lines.txt");
    let mut altered = Vec::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let out = engine.deidentify_text(line, None);
        if out.value != line {
            altered.push((line, out.value));
        }
    }
    assert!(altered.is_empty(), "{altered:#?}");
}
