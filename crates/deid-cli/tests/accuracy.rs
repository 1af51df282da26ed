//! Accuracy floors on the labelled corpora, through `deid eval --json`: a change that
//! lets more PHI through, alters more PHI-free texts or eats clinical terms fails here.
//! The floors sit a little below today's figures (README) so that noise-free regressions
//! show, not so tight that every improvement elsewhere needs a new number.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `deid eval --json` on a corpus: (PHI spans left, PHI spans, PHI-free altered, PHI-free).
fn eval(corpus: &str) -> (u64, u64, u64, u64) {
    let out = Command::new(env!("CARGO_BIN_EXE_deid"))
        .args(["eval", "--json"])
        .arg(repo().join(corpus))
        .output()
        .expect("the deid binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("eval --json prints JSON");
    let gold: u64 = report["kinds"]
        .as_object()
        .expect("per-kind counts")
        .values()
        .map(|k| k["gold"].as_u64().unwrap_or(0))
        .sum();
    let field = |name: &str| report[name].as_u64().expect("a count");
    (
        field("leaked_spans"),
        gold,
        field("phi_free_altered"),
        field("phi_free_documents"),
    )
}

fn assert_floors(corpus: &str, max_left: f64, max_altered: f64) {
    let (left, gold, altered, free) = eval(corpus);
    let left_rate = left as f64 / gold as f64;
    let altered_rate = altered as f64 / free as f64;
    assert!(
        left_rate <= max_left,
        "{corpus}: {left} of {gold} PHI spans left ({:.2}%, floor {:.2}%)",
        left_rate * 100.0,
        max_left * 100.0
    );
    assert!(
        altered_rate <= max_altered,
        "{corpus}: {altered} of {free} PHI-free texts altered"
    );
}

#[test]
fn synthetic_notes_leave_little_phi_and_keep_clean_texts() {
    assert_floors("corpora/synthetic/notes.jsonl", 0.01, 0.03);
}

#[test]
fn synthetic_queries_leave_little_phi_and_keep_clean_texts() {
    assert_floors("corpora/synthetic/queries.jsonl", 0.013, 0.03);
}

#[test]
fn independently_written_notes_leave_little_phi_and_keep_clean_texts() {
    assert_floors("corpora/independent/notes.jsonl", 0.018, 0.10);
}

#[test]
fn second_independent_corpus_stays_at_its_figures() {
    // First read at 11.5% left; still far from the 1% goal.
    assert_floors("corpora/independent/second/notes.jsonl", 0.055, 0.07);
}

#[test]
fn third_independent_corpus_holds_after_being_read() {
    // First (unread) score 7.65% left and 2 of 10 PHI-free texts altered; its misses were
    // read in the next session.
    assert_floors("corpora/independent/third/notes.jsonl", 0.025, 0.10);
}

#[test]
fn fourth_independent_corpus_holds_after_being_read() {
    // First read at 8.39% left and 11 of 15 PHI-free texts altered.
    assert_floors("corpora/independent/fourth/notes.jsonl", 0.055, 0.07);
}

#[test]
fn fifth_independent_corpus_holds_after_being_read() {
    // Unread through session 3's first half: 9.10%, then 8.98%, 3 of 15 PHI-free altered.
    assert_floors("corpora/independent/fifth/notes.jsonl", 0.045, 0.07);
}

#[test]
fn seventh_independent_corpus_holds_after_being_read() {
    // Queries and short notes; first (unread) reading 10.58% left, 1 of 25 altered.
    assert_floors("corpora/independent/seventh/notes.jsonl", 0.055, 0.05);
}

#[test]
fn sixth_independent_corpus_holds_after_being_read() {
    // First (unread) reading 6.46% left and 8 of 17 PHI-free texts altered.
    assert_floors("corpora/independent/sixth/notes.jsonl", 0.045, 0.07);
}

#[test]
fn eighth_independent_corpus_holds_after_being_read() {
    // Queries; first (unread) reading 19.66% left and 3 of 30 PHI-free texts altered.
    assert_floors("corpora/independent/eighth/notes.jsonl", 0.13, 0.04);
}

#[test]
fn ninth_independent_corpus_holds_after_being_read() {
    // Eponym-dense hard negatives; first (unread) reading 4.18% left and 23 of 35 PHI-free
    // texts altered.
    assert_floors("corpora/independent/ninth/notes.jsonl", 0.05, 0.12);
}

#[test]
fn eleventh_independent_corpus_holds_after_being_read() {
    // Notes, queries and eponym-dense negatives; first (unread) reading 3.93% left and 19 of
    // 35 PHI-free texts altered.
    assert_floors("corpora/independent/eleventh/notes.jsonl", 0.045, 0.12);
}

#[test]
fn twelfth_independent_corpus_holds_after_its_negatives_were_read() {
    // First (unread) reading 6.02% left and 3 of 20 PHI-free texts altered; only the three
    // altered PHI-free texts were read.
    assert_floors("corpora/independent/twelfth/notes.jsonl", 0.065, 0.05);
}

#[test]
fn thirteenth_independent_corpus_holds_after_its_negatives_were_read() {
    // Sixty notes of many kinds and thirty negatives; first (unread) reading 9.53% left and
    // 12 of 30 PHI-free texts altered. Only its false positives were read.
    assert_floors("corpora/independent/thirteenth/notes.jsonl", 0.10, 0.20);
}

#[test]
fn fourteenth_independent_corpus_holds_after_being_read() {
    // Seventy lower-case queries and thirty negatives; first (unread) reading 22.1% left
    // and 1 of 30 PHI-free texts altered.
    assert_floors("corpora/independent/fourteenth/notes.jsonl", 0.19, 0.05);
}

#[test]
fn fifteenth_independent_corpus_holds_after_its_negatives_were_read() {
    // Fifty-five notes as hospitals write them, 25 negatives; first (unread) reading 6.12%
    // left and 8 of 25 PHI-free texts altered. Only its false positives were read.
    assert_floors("corpora/independent/fifteenth/notes.jsonl", 0.07, 0.12);
}

#[test]
fn sixteenth_independent_corpus_holds_after_its_negatives_were_read() {
    // Sixty queries of every register, 30 negatives; first (unread) reading 9.88% left and
    // 4 of 30 PHI-free texts altered. Only its false positives were read.
    assert_floors("corpora/independent/sixteenth/notes.jsonl", 0.105, 0.12);
}

#[test]
fn seventeenth_independent_corpus_holds_after_being_read() {
    // Fifty-five notes from four countries, 25 negatives; first (unread) reading 8.06% left
    // and 6 of 25 PHI-free texts altered.
    assert_floors("corpora/independent/seventeenth/notes.jsonl", 0.065, 0.15);
}

#[test]
fn eighteenth_independent_corpus_holds_after_being_read() {
    // Sixty queries, 30 negatives; first (unread) reading 11.64% left and 1 of 30 PHI-free
    // texts altered.
    assert_floors("corpora/independent/eighteenth/notes.jsonl", 0.115, 0.05);
}

#[test]
fn nineteenth_independent_corpus_holds_after_its_false_positives_were_read() {
    // Fifty-five notes from six countries, 25 negatives dense with place-named diseases and
    // tools; first (unread) reading 8.89% left and 11 of 25 PHI-free texts altered.
    assert_floors("corpora/independent/nineteenth/notes.jsonl", 0.095, 0.2);
}

#[test]
fn twentieth_independent_corpus_holds_after_being_read() {
    // Sixty queries, about half lower case, 30 negatives; first (unread) reading 11.90% left
    // and 3 of 30 PHI-free texts altered.
    assert_floors("corpora/independent/twentieth/notes.jsonl", 0.10, 0.05);
}

#[test]
fn twentyfirst_independent_corpus_holds_after_its_false_positives_were_read() {
    // Thirty-five notes, 30 queries, 25 negatives; written after this session's detector
    // changes, first (unread) reading 6.80% left and 11 of 25 PHI-free texts altered.
    assert_floors("corpora/independent/twentyfirst/notes.jsonl", 0.07, 0.2);
}

#[test]
fn twentysecond_independent_corpus_holds_after_being_read() {
    // Fifteen quick queries and chat or portal messages, fifteen notes of unusual genres
    // (home health, workers' comp, jail, ambulance), 8 negatives; first (unread) reading
    // 8.13% left and 3 of 8 PHI-free texts altered, 5.15% and 1 of 8 after its misses
    // were read.
    assert_floors("corpora/independent/twentysecond/notes.jsonl", 0.055, 0.15);
}

#[test]
fn twentythird_independent_corpus_holds_after_being_read() {
    // Eighteen long letters and summaries from seven countries, 7 long negatives; first
    // (unread) reading 11.35% left and 4 of 7 PHI-free texts altered, 7.87% and 2 of 7
    // after its misses were read.
    assert_floors("corpora/independent/twentythird/notes.jsonl", 0.08, 0.3);
}

#[test]
fn twentyfourth_independent_corpus_holds() {
    // Forty-seven texts as a hospital's export mixes them (notes, reports, portal messages,
    // lower-case queries; a few Canadian and UK), 12 negatives; written after session 6's
    // first changes, first (unread) reading 5.38% left and 6 of 12 PHI-free texts altered,
    // 4.26% and 4 of 12 after it was read.
    assert_floors("corpora/independent/twentyfourth/notes.jsonl", 0.045, 0.34);
}

#[test]
fn twentyfifth_independent_corpus_holds() {
    // Forty-five specialty notes and letters (oncology, psychiatry, pediatrics, obstetrics,
    // transplant, dialysis, genetics; addresses from seven countries), 10 negatives; first
    // (unread) reading 8.77% left and 4 of 10 PHI-free texts altered.
    assert_floors("corpora/independent/twentyfifth/notes.jsonl", 0.09, 0.25);
}

#[test]
fn twentysixth_independent_corpus_holds_after_being_read() {
    // Sixty-eight queries, chat and portal messages, mostly lower case, 22 negatives; first
    // (unread) reading 8.94% left and 4 of 22 PHI-free texts altered, 6.70% and 1 of 22
    // after it was read.
    assert_floors("corpora/independent/twentysixth/notes.jsonl", 0.07, 0.1);
}

#[test]
fn twentyseventh_independent_corpus_holds() {
    // Ninety-two PHI-free texts dense with eponyms, scores, codes and everyday words that
    // are names, and 10 with a little PHI; first (unread) reading 3.26% left and 13 of 92
    // PHI-free texts altered.
    assert_floors("corpora/independent/twentyseventh/notes.jsonl", 0.05, 0.08);
}

#[test]
fn twentyninth_independent_corpus_holds_after_being_read() {
    // Ninety-four lower-case queries, order comments, bed-board lines and sticky notes, 26
    // negatives; written during session 7, first (unread) reading 18.86% left and 0 of 26
    // PHI-free texts altered, 14.86% after its misses were read.
    assert_floors("corpora/independent/twentyninth/notes.jsonl", 0.155, 0.05);
}

#[test]
fn twentyeighth_independent_corpus_holds_after_being_read() {
    // Sixty-three discharge summaries, operative, radiology, pathology and autopsy reports
    // and letters from the US, a UK trust, South Africa, Singapore and New Zealand, 16
    // negatives; written during session 7, first (unread) reading 15.50% left and 6 of 16
    // PHI-free texts altered, 12.19% and 2 of 16 after it was read.
    assert_floors("corpora/independent/twentyeighth/notes.jsonl", 0.13, 0.15);
}
