//! Hand-written clinical lines with PHI in phrasings the synthetic generator does not use:
//! after redaction none of the listed values may survive.

use deid_core::{Engine, KeyRing, Policy};

const PHI: &[&str] = &[
    "93",
    "Eleanor",
    "Whitaker",
    "Tom",
    "Sunrise Senior Living",
    "11/3",
    "Maria Gonzales",
    "617-555-0199",
    "Patel",
    "555 123 4567",
    "O'Neil",
    "Boston Medical Center",
    "Jose",
    "Ramirez",
    "1/2/1930",
    "12345678",
    "Nguyen Van Minh",
    "45 Oak St",
    "02169",
    "jdoe@gmail.com",
    "123 45 6789",
    "2024-01-15",
    "Susan",
    "Smith",
    "3/12",
    "Alan Brooks",
    "Harbor Family Medicine",
    "Michael",
    "Lee",
    "Johnson",
    "Fred Tanaka",
    "Okonkwo",
    "Linda",
    "KOWALSKI",
    "ANNA",
    "04/17/1931",
    "Priya Raman",
    "Jennifer",
    "(508) 555-0123",
    "St. Elizabeth's",
    "96",
    "Framingham",
    "PZX601234H",
];

#[test]
fn handwritten_phi_does_not_survive_redaction() {
    let engine = Engine::new(Policy::redact_all(), KeyRing::from_secret("t", [5; 32]));
    let text = include_str!("data/phi_lines.txt");
    let out = engine.deidentify_text(text, None).value;
    let left: Vec<&str> = PHI.iter().copied().filter(|v| out.contains(v)).collect();
    assert!(left.is_empty(), "left in output: {left:?}\n{out}");
    // Clinical words around them stay.
    for kept in [
        "cardiology",
        "pacemaker",
        "HCP",
        "ED",
        "uptitrating",
        "Medtronic",
    ] {
        assert!(out.contains(kept), "{kept} was removed");
    }
}
