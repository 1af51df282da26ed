use super::*;

fn found(text: &str) -> Vec<(String, PhiKind)> {
    Detector::get()
        .detect(text, &KnownValues::default())
        .into_iter()
        .filter(|f| f.confidence >= 0.5)
        .map(|f| (text[f.span.start()..f.span.end()].to_string(), f.kind))
        .collect()
}

fn assert_no_kind(text: &str, kind: PhiKind) {
    let found = found(text);
    assert!(found.iter().all(|(_, k)| *k != kind), "{text}: {found:?}");
}

/// Every text is PHI-free: nothing may be found in any of them.
fn assert_none_found(texts: &[&str]) {
    for text in texts {
        let found = found(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
}

fn has(text: &str, value: &str, kind: PhiKind) -> bool {
    found(text).iter().any(|(v, k)| v == value && *k == kind)
}

/// Every `(text, value, kind)`: the value is found in the text as that kind.
fn assert_all_found(cases: &[(&str, &str, PhiKind)]) {
    for &(text, value, kind) in cases {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
}

#[test]
fn dates_in_clinical_layouts() {
    for (text, date) in [
        ("Admitted 3/4/21 for CHF.", "3/4/21"),
        ("Seen on 03-Mar-2022.", "03-Mar-2022"),
        ("CT 2022-10-07 showed no bleed.", "2022-10-07"),
        ("Biopsy 12.08.2023.", "12.08.2023"),
        ("Surgery March 5th, 2021 went well.", "March 5th, 2021"),
        ("Last visit Jan 3, 2020.", "Jan 3, 2020"),
        ("Fell on the 4th of March at home.", "the 4th of March"),
        ("OBX|1|TS|20250314083012", "20250314083012"),
    ] {
        assert!(has(text, date, PhiKind::Date), "{text}: {:?}", found(text));
    }
    assert!(
        !found("Diagnosed in 2019, on metoprolol 25 mg.")
            .iter()
            .any(|(_, k)| *k == PhiKind::Date)
    );
    assert!(!has("Admitted 2/30/2021.", "2/30/2021", PhiKind::Date));
}

#[test]
fn ages_ninety_and_over_only() {
    for (text, age) in [
        ("A 91 year old woman", "91"),
        ("96 yo male", "96"),
        ("93 y/o F", "93"),
        ("91M with CP", "91"),
        ("age 93, lives alone", "93"),
        ("a 92-year-old man", "92"),
    ] {
        assert!(
            has(text, age, PhiKind::Age90Plus),
            "{text}: {:?}",
            found(text)
        );
    }
    assert!(
        found("A 67 year old man, 45M, age 89").is_empty(),
        "{:?}",
        found("A 67 year old man, 45M, age 89")
    );
}

#[test]
fn contact_and_network_identifiers() {
    assert!(has(
        "Call (617) 555-0143 x22 today",
        "(617) 555-0143 x22",
        PhiKind::Phone
    ));
    assert!(has("cell 617.555.0143", "617.555.0143", PhiKind::Phone));
    assert!(has("Fax: 617-555-0199", "617-555-0199", PhiKind::Fax));
    assert!(has(
        "mail jane.doe@example.org now",
        "jane.doe@example.org",
        PhiKind::Email
    ));
    assert!(has(
        "portal https://mychart.example.org/p/8812.",
        "https://mychart.example.org/p/8812",
        PhiKind::Url
    ));
    assert!(has(
        "from 192.168.10.4 at",
        "192.168.10.4",
        PhiKind::IpAddress
    ));
    assert!(has(
        "host 2001:db8::8a2e:370:7334 ok",
        "2001:db8::8a2e:370:7334",
        PhiKind::IpAddress
    ));
}

#[test]
fn identifiers_by_pattern_and_cue() {
    assert!(has("SSN 123-45-6789", "123-45-6789", PhiKind::Ssn));
    assert!(!has("ref 666-12-3456", "666-12-3456", PhiKind::Ssn));
    assert!(has("MRN: 00482913", "00482913", PhiKind::Mrn));
    assert!(has("Med Rec #: A-0048291", "A-0048291", PhiKind::Mrn));
    assert!(has(
        "Acct #: 99281-3344",
        "99281-3344",
        PhiKind::AccountNumber
    ));
    assert!(has(
        "Member ID: XJH829384712",
        "XJH829384712",
        PhiKind::HealthPlanId
    ));
    assert!(has(
        "MBI 1EG4-TE5-MK73",
        "1EG4-TE5-MK73",
        PhiKind::HealthPlanId
    ));
    assert!(has(
        "VIN 1HGCM82633A004352",
        "1HGCM82633A004352",
        PhiKind::VehicleId
    ));
    assert!(has("plate 7ABC123", "7ABC123", PhiKind::VehicleId));
    assert!(has(
        "pacemaker serial SN: PM4829-11X",
        "PM4829-11X",
        PhiKind::DeviceId
    ));
    assert!(has(
        "Accession: RAD-2023-004821",
        "RAD-2023-004821",
        PhiKind::OtherId
    ));
    assert!(has("DEA# AB1234563", "AB1234563", PhiKind::LicenseNumber));
}

#[test]
fn places() {
    let text = "Lives at 1420 Maple Ave, Apt 3B, Springfield, IL 62704 with wife.";
    assert!(
        has(text, "1420 Maple Ave, Apt 3B", PhiKind::StreetAddress),
        "{:?}",
        found(text)
    );
    assert!(has(text, "Springfield", PhiKind::City), "{:?}", found(text));
    assert!(has(text, "62704", PhiKind::Zip), "{:?}", found(text));
    assert!(has(
        "Resident of Cook County since 2001",
        "Cook County",
        PhiKind::County
    ));
    assert!(has(
        "Transferred from St. Vincent's Hospital overnight",
        "St. Vincent's Hospital",
        PhiKind::Geo
    ));
    assert!(has(
        "Seen at Riverside Assisted Living",
        "Riverside Assisted Living",
        PhiKind::Geo
    ));
}

#[test]
fn clinical_vocabulary_is_not_phi() {
    for text in [
        "BP 128/82, HR 76, SpO2 97% on RA. Na 138, K 4.1, Cr 1.2.",
        "Metoprolol 25 mg PO BID; insulin glargine 10 units qHS.",
        "BRCA2 c.5946delT detected. EGFR L858R negative.",
        "ICD-10 E11.9, LOINC 2345-7, SNOMED 44054006, CPT 99213.",
        "History of Parkinson's disease, Hodgkin lymphoma in remission.",
        "Foley catheter removed. Babinski sign absent. Crohn's disease stable.",
        "GCS 15. NIHSS 4. Follow up in 2 weeks. Smoked since 2015.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn known_values_propagate_to_partial_forms() {
    let text = "Patient John Okafor was admitted. Later Mr. Okafor asked for John's glasses. okafor lowercase.";
    let f = found(text);
    let okafors = f
        .iter()
        .filter(|(v, k)| v == "Okafor" && *k == PhiKind::Name)
        .count();
    assert!(okafors >= 1, "{f:?}");
    let mut known = KnownValues::default();
    known.learn(PhiKind::Name, "Hope Zyskowski");
    let text = "Zyskowski tolerated the procedure. Hope to discharge tomorrow.";
    let f: Vec<_> = Detector::get()
        .detect(text, &known)
        .into_iter()
        .map(|f| text[f.span.start()..f.span.end()].to_string())
        .collect();
    assert!(f.contains(&"Zyskowski".to_string()), "{f:?}");
}

#[test]
fn cues_work_with_and_without_a_space_before_the_value() {
    for text in [
        "license #885261149",
        "license # 885261149",
        "MRN:00482913",
        "MRN: 00482913",
        "Acct#99281-3344",
    ] {
        let f = found(text);
        assert!(
            f.iter().any(
                |(v, k)| v.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && k.is_identifier()
            ),
            "{text}: {f:?}"
        );
    }
}

#[test]
fn international_numbers_with_a_plus_are_phones() {
    assert!(
        has(
            "call +44 20 7946 0958 today",
            "+44 20 7946 0958",
            PhiKind::Phone
        ),
        "{:?}",
        found("call +44 20 7946 0958 today")
    );
    assert!(has(
        "tel +41 (0)96 471 07 95",
        "+41 (0)96 471 07 95",
        PhiKind::Phone
    ));
    assert!(
        found("Dose +2 units at 10")
            .iter()
            .all(|(_, k)| *k != PhiKind::Phone)
    );
}

#[test]
fn value_groups_spanning_the_whole_match_need_no_capture_search() {
    let defs = super::patterns::all();
    let part = |name: &str| {
        let def = defs.iter().find(|d| d.name == name);
        super::value_is_a_part(&def.map(|d| d.pattern.clone()).unwrap_or_default())
    };
    assert!(!part("date.iso"), "\\b(?P<v>…)\\b is the whole match");
    assert!(!part("facility"));
    assert!(part("mrn.cue"), "the cue is outside the value");
    assert!(part("age"), "'years old' is outside the value");
    assert!(!part("email"), "no value group at all");
}

#[test]
fn lower_case_names_in_queries() {
    for (text, name) in [
        ("who is covering for dr lee tonight?", "lee"),
        ("reschedule mrs. thompson to tues", "thompson"),
        ("any echo on pt okafor from last week?", "okafor"),
        ("message from daughter (karen) re: meds", "karen"),
        ("pt jose ramirez 67M bed 12", "jose ramirez"),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
    // A relation cue before an everyday word, a label before a complaint: no name.
    for text in [
        "pt will call back tomorrow",
        "CC: melena x 7 days",
        "patient denies chest pain",
    ] {
        assert_no_kind(text, PhiKind::Name);
    }
}

#[test]
fn month_day_dates_after_clinical_verbs() {
    assert!(has("Labs drawn 3/14 at 0600.", "3/14", PhiKind::Date));
    assert!(has("reschedule to tues 3/22", "tues 3/22", PhiKind::Date));
    // Strength grades, fractions and blood pressures are not dates.
    for text in ["Strength 5/5 in all extremities.", "BP 120/80, 2/3 tabs"] {
        assert_no_kind(text, PhiKind::Date);
    }
}

#[test]
fn hospitals_named_general() {
    assert!(has(
        "was admitted to Mercy General on 2/3/24",
        "Mercy General",
        PhiKind::Geo
    ));
}

#[test]
fn spelled_out_ages_of_ninety_and_over() {
    assert!(has(
        "The patient is a ninety-two year old man.",
        "ninety-two",
        PhiKind::Age90Plus
    ));
    assert!(has(
        "aged one hundred years old",
        "one hundred",
        PhiKind::Age90Plus
    ));
    assert_no_kind(
        "an eighty-nine year old man; ninety years ago",
        PhiKind::Age90Plus,
    );
}

#[test]
fn identifiers_after_looser_cues() {
    for (text, value) in [
        ("Clinic # 7-441-209 Endoscopist", "7-441-209"),
        ("collision report # 22-WSP-119482.", "22-WSP-119482"),
        ("femoral component size 4, lot MH4417A, SN", "MH4417A"),
        ("GA Lic. MD068443 on file", "MD068443"),
        ("Member ID W2817 Group 0884412-010", "0884412-010"),
        ("MD tag 2DX4418.", "2DX4418"),
    ] {
        assert!(
            found(text)
                .iter()
                .any(|(v, k)| v == value && k.is_identifier()),
            "{text}: {:?}",
            found(text)
        );
    }
    // A number sign before a count or a size is no identifier.
    for text in ["Cath #2 placed", "size #4 ETT", "a lot of pain"] {
        assert!(
            found(text).iter().all(|(_, k)| !k.is_identifier()),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn addresses_with_units_and_states_keep_whole() {
    let text = "Discharge address: 77 Quincy Shore Dr, Apt 9, Quincy, MA 02171.";
    assert!(
        has(text, "77 Quincy Shore Dr, Apt 9", PhiKind::StreetAddress),
        "{:?}",
        found(text)
    );
    let text = "Evergreen Dermatology 455 Pine Street, Floor 3, Portland, OR 97204";
    assert!(
        has(text, "455 Pine Street, Floor 3", PhiKind::StreetAddress),
        "{:?}",
        found(text)
    );
    assert!(has(text, "Evergreen Dermatology", PhiKind::Geo));
}

#[test]
fn a_credential_vouches_for_last_comma_first() {
    let text = "Agrees with return to facility. Oyelaran, Tunde, DO";
    assert!(
        has(text, "Oyelaran, Tunde", PhiKind::Name),
        "{:?}",
        found(text)
    );
}

#[test]
fn places_after_verbs_of_moving_and_parenthesised_ages() {
    assert!(has(
        "born in Chennai, India, moved",
        "Chennai",
        PhiKind::City
    ));
    assert!(has(
        "son flying in from Osaka on 11/5",
        "Osaka",
        PhiKind::City
    ));
    assert_no_kind("moved to Texas in 2015; born in India", PhiKind::City);
    assert!(has("DOB 11-Apr-1929 (95 y) D/C", "95", PhiKind::Age90Plus));
    assert!(has("SSN (last 4): 7723 Veteran", "7723", PhiKind::Ssn));
    assert!(has(
        "SSN on file 031 64 2218 verified",
        "031 64 2218",
        PhiKind::Ssn
    ));
}

#[test]
fn last_comma_first_in_lists_and_headers() {
    for (text, name) in [
        ("504  Ferreira, M         RN Dwayne", "Ferreira, M"),
        (
            "ORDERING: FRIEDMAN, JONAH   NPI 1922130584",
            "FRIEDMAN, JONAH",
        ),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
    // Lists of abbreviations in capitals are not names.
    assert_no_kind(
        "A/P: 71M w/ COPD, HTN, AF (not on AC at home)",
        PhiKind::Name,
    );
    assert_no_kind("w/ MDD, PTSD, AUD; UA, CXR, lipase", PhiKind::Name);
}

#[test]
fn month_day_reads_as_score_only_with_a_scale_nearby() {
    assert!(has(
        "CTA done; EVD placed 2/10 by neurosurgery",
        "2/10",
        PhiKind::Date
    ));
    assert!(has(
        "intubated 10/8-10/13 for hypoxemia",
        "10/8",
        PhiKind::Date
    ));
    for text in [
        "Pain is 7/10, sharp",
        "c/o 4/10 incisional pain",
        "4/5 left hip flexion",
        "Nottingham grade 2 (3+2+1 = 6/9)",
        "Temp rose to 101F overnight",
        "relief to 1/10 after dose",
    ] {
        assert_no_kind(text, PhiKind::Date);
        assert_no_kind(text, PhiKind::Age90Plus);
    }
}

#[test]
fn pharmacies_and_labs_by_store_or_site() {
    assert!(has(
        "sent cipro to CVS #1234 on Elm St and",
        "CVS #1234 on Elm St",
        PhiKind::Geo
    ));
    assert!(has(
        "TC from Walgreens #10472 pharmacist",
        "Walgreens #10472",
        PhiKind::Geo
    ));
    assert!(has(
        "Scheduled at Tri-State Imaging – Evansville 6/4.",
        "Tri-State Imaging – Evansville",
        PhiKind::Geo
    ));
}

#[test]
fn known_systems_nicknames_and_spoken_ages() {
    for (text, value, kind) in [
        (
            "per outside recs from Kaiser Permanente Oakland. avoid",
            "Kaiser Permanente Oakland",
            PhiKind::Geo,
        ),
        (
            "must stay within 2h of Dana-Farber thru D+28",
            "Dana-Farber",
            PhiKind::Geo,
        ),
        (
            "OYELARAN, TOBILOBA (goes by \"Tobi\") DOB",
            "Tobi",
            PhiKind::Name,
        ),
        ("Pt Volkov, Dmitri (\"Dima\"), 51M.", "Dima", PhiKind::Name),
        (
            "my mom (Hauwa Bello, she's 93) fell again",
            "93",
            PhiKind::Age90Plus,
        ),
        ("Apt 1204, Boston 02215.", "02215", PhiKind::Zip),
        (
            "WELL CHILD 4 YR Brooks, Mason T    DOB",
            "Brooks, Mason T",
            PhiKind::Name,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    // A system's name that is also a word needs a place cue; an oxygen saturation is no age.
    assert_no_kind("Providence has been kind to her", PhiKind::Geo);
    assert_no_kind("sats now 95% on RA; she is 92%", PhiKind::Age90Plus);
}

#[test]
fn spaced_identifiers_credentials_and_initials() {
    for (text, value, kind) in [
        (
            "Member: KOWAL ID: XYK 8823 91044 Effective",
            "XYK 8823 91044",
            PhiKind::OtherId,
        ),
        (
            "Dr. Henrik Aasen, license NH 18223 Date",
            "NH 18223",
            PhiKind::LicenseNumber,
        ),
        (
            "on-call RN 24/7. Wren Callahan, RN CHPN",
            "Wren Callahan",
            PhiKind::Name,
        ),
        (
            "x 6 mo. Reviewed with L. Rosenbaum   4/10/2024",
            "L. Rosenbaum",
            PhiKind::Name,
        ),
    ] {
        assert!(
            found(text)
                .iter()
                .any(|(v, k)| v == value
                    && (*k == kind || k.is_identifier() && kind.is_identifier())),
            "{text}: {:?}",
            found(text)
        );
    }
    // A cue glued to a word is no cue: "finasteride 5 mg", "IDH1 R132H".
    for text in ["finasteride 5 mg PO daily", "IDH1 R132H mutated"] {
        assert!(
            found(text).iter().all(|(_, k)| !k.is_identifier()),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn sign_offs_on_their_own_line() {
    assert!(has("abg pending.\n- jenna rn 4N\n", "jenna", PhiKind::Name));
    assert!(has("come today?\n- Maria\n", "Maria", PhiKind::Name));
    // The last item of a list is no signature.
    assert_no_kind("Meds:\n- Lisinopril\n- Aspirin\n", PhiKind::Name);
    assert_no_kind("Plan:\n- Continue\n- will reassess\n", PhiKind::Name);
}

#[test]
fn long_texts_read_in_parts_find_what_one_pass_finds() {
    // Past the parallel threshold the text is cut at blank lines and its parts are read
    // in parallel; values learnt in one part are still found in the others.
    let note = "Seen by Dr. Okonkwo on 03/04/2021, MRN: 00482913.\n\nPlan: call 617-555-0143.\n\n";
    let mut text = note.repeat(2 * 1024 * 1024 / note.len() + 10);
    text.push_str("Later Okonkwo agreed.\n");
    let found = Detector::get().detect(&text, &KnownValues::default());
    let names = found
        .iter()
        .filter(|f| f.kind == PhiKind::Name && &text[f.span.start()..f.span.end()] == "Okonkwo")
        .count();
    let copies = text.matches("Okonkwo").count();
    assert_eq!(
        names, copies,
        "every Okonkwo, in every part, including the untitled one"
    );
    let dates = found.iter().filter(|f| f.kind == PhiKind::Date).count();
    assert_eq!(dates, text.matches("03/04/2021").count());
}

#[test]
fn fractions_of_fluids_and_doses_are_not_dates() {
    for text in [
        "started D5 1/2 NS at 75/hr",
        "give 1/4 tsp daily",
        "1/2 dose tonight",
    ] {
        assert_no_kind(text, PhiKind::Date);
    }
}

#[test]
fn cities_anywhere_in_the_world_and_after_facilities() {
    // A big city no name list holds is a place wherever it stands.
    let text = "Returning from a 3-wk trip: Kolkata -> Dhaka. Freshwater exposure in Sylhet.";
    for city in ["Kolkata", "Dhaka", "Sylhet"] {
        assert!(has(text, city, PhiKind::City), "{city}: {:?}", found(text));
    }
    // ...but not a scale, rule or germ named after one, nor a car's model.
    assert_no_kind(
        "GCS by Glasgow Coma Scale 14. Ottawa ankle rules negative.",
        PhiKind::City,
    );
    assert_no_kind(
        "Drives a 2016 Honda Accord, GA plate pending.",
        PhiKind::City,
    );
    assert_no_kind("MoCA 21/30 today.", PhiKind::City);
    // A city right after a facility belongs to it; a listed city before its parish is one.
    assert!(has(
        "Comparison CT from Banner University Medical Center Tucson. Stable.",
        "Banner University Medical Center Tucson",
        PhiKind::Geo
    ));
    assert!(has(
        "Maison de Ville Nursing Home, Houma, Terrebonne Parish, LA 70360",
        "Houma",
        PhiKind::City
    ));
    assert!(has(
        "Patient location: Miami-Dade County, Florida",
        "Miami-Dade County",
        PhiKind::County
    ));
    // A name inside a facility is not learnt and found again as a name.
    let text = "Seen at UC San Diego Health Moores Cancer Center by Dr. Paul Nakashima.";
    let found = found(text);
    assert!(
        found
            .iter()
            .all(|(v, k)| *k == PhiKind::Geo || v == "Paul Nakashima")
            && found
                .iter()
                .any(|(v, _)| v.starts_with("UC San Diego Health"))
            && found
                .iter()
                .any(|(v, _)| v.ends_with("Moores Cancer Center")),
        "{found:?}"
    );
}

#[test]
fn credentials_that_are_state_codes_follow_names() {
    let text = "Signed Gabriela Montes, MD, Geriatrics.";
    assert_no_kind(text, PhiKind::City);
    assert!(
        has(text, "Gabriela Montes", PhiKind::Name),
        "{:?}",
        found(text)
    );
    assert!(has(
        "Clinic in Bethesda, MD 20814.",
        "Bethesda",
        PhiKind::City
    ));
}

#[test]
fn abbreviations_after_titles_units_and_letters_are_not_names() {
    assert_no_kind(
        "Echo: EF 25%, mod MR. Discharged on torsemide.",
        PhiKind::Name,
    );
    assert_no_kind(
        "Thresholds 0.75 V @ 0.4 ms. Impedances stable.",
        PhiKind::Name,
    );
    assert_no_kind("Bill to Medicare Part B. Will recheck A1c.", PhiKind::Name);
    assert_no_kind(
        "Dx: duodenal ulcer Forrest IIa, Weber B fracture, Denver II normal.",
        PhiKind::Name,
    );
    assert_no_kind(
        "Hgb 10.4 on ESA, PTH 412. NSTEMI + AKI, DNR.",
        PhiKind::Name,
    );
    assert_no_kind(
        "Plan per KDIGO 2022 and per The Joint Commission.",
        PhiKind::Name,
    );
    assert_no_kind("Hoffmann neg. Leopold maneuvers: LOA.", PhiKind::Name);
    // The same shapes with names in them stay names.
    assert!(has(
        "Signature: L. Finkelstein   4/10/2024",
        "L. Finkelstein",
        PhiKind::Name
    ));
    assert!(has("Referring: A. Patel, MBBS", "A. Patel", PhiKind::Name));
    assert!(has(
        "Pathologist: Mariana Costa e Silva, MD",
        "Mariana Costa e Silva",
        PhiKind::Name
    ));
}

#[test]
fn lower_case_names_in_queries_and_after_kin() {
    assert!(has("any cx back on mr okonjo?", "okonjo", PhiKind::Name));
    assert!(has(
        "pls call pt's wife maria re: dc",
        "maria",
        PhiKind::Name
    ));
    assert!(has(
        "need auth for MRI on jackson, tyrell bcbs id",
        "jackson, tyrell",
        PhiKind::Name
    ));
    assert!(has(
        "vanc trough for rahul sharma due 0600",
        "rahul sharma",
        PhiKind::Name
    ));
    assert!(has(
        "signout: bed 18 mr young, 88, wants",
        "young",
        PhiKind::Name
    ));
    // Words, not names.
    assert_no_kind("wife will call back tomorrow", PhiKind::Name);
    assert_no_kind("sister reachable by phone", PhiKind::Name);
    assert_no_kind("increased by 2 q30 min to max 20", PhiKind::Name);
    assert_no_kind("2+ pitting edema to mid-shin", PhiKind::Name);
    // Cities typed in lower case after a place preposition; words stay words.
    assert!(has(
        "pt castillo going back to yuma tmrw",
        "yuma",
        PhiKind::City
    ));
    assert_no_kind(
        "fetal growth in utero, sent to radiology from clinic",
        PhiKind::City,
    );
}

#[test]
fn names_in_capitals_with_a_comma() {
    for (text, name) in [
        (
            "SPECIMEN S24-44817 / LEE, MIN-JUN / MRN 55109023",
            "LEE, MIN-JUN",
        ),
        ("BROWN, SUMMER   F   08/19/2019", "BROWN, SUMMER"),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
}

#[test]
fn month_day_dates_by_context_and_scores_by_scale() {
    for (text, date) in [
        ("thunderclap HA at work 2/10 ~1100", "2/10"),
        ("f/u BCx 3/5, pressors off 3/4.", "3/4"),
        ("Anticipated DC 7/19. s/p L hip ORIF 7/12.", "7/12"),
        ("moved from Houston August 2022.", "August 2022"),
        ("a1c trend since jan 2023", "jan 2023"),
    ] {
        assert!(has(text, date, PhiKind::Date), "{text}: {:?}", found(text));
    }
    for text in [
        "craving 2/10, no withdrawal sx.",
        "BIMS 9/15 - moderately impaired",
        "Pain 3/10 at rest, 6/10 w/ gait.",
        "Apgar 8/9 at 1 and 5 min.",
        "accessed w/ 20G 3/4\" needle",
        "SpO2 99%   9/10",
    ] {
        assert_no_kind(text, PhiKind::Date);
    }
}

#[test]
fn international_phones_postcodes_and_uncued_ids() {
    assert!(has(
        "Her daughter can be contacted on 07700 900461.",
        "07700 900461",
        PhiKind::Phone
    ));
    assert!(has("Tel: 0113 496 0721", "0113 496 0721", PhiKind::Phone));
    assert!(has(
        "12 Bramley Road, Leeds LS13 2AE",
        "LS13 2AE",
        PhiKind::Zip
    ));
    assert!(has(
        "BCBS ND supplement ZGN442019833.",
        "ZGN442019833",
        PhiKind::OtherId
    ));
    assert!(has(
        "op note says PL8813427, confirm",
        "PL8813427",
        PhiKind::OtherId
    ));
    assert!(has(
        "notified, ref GOH-231111-0457; not",
        "GOH-231111-0457",
        PhiKind::OtherId
    ));
    assert!(has("Oranmore, Co. Galway", "Co. Galway", PhiKind::County));
    assert!(has(
        "Mother d. at 93, father alive",
        "93",
        PhiKind::Age90Plus
    ));
    // Public registry numbers, reference ranges, companies and bounds are not.
    assert_no_kind("Enrolled in NCT01234567.", PhiKind::OtherId);
    assert_no_kind("Glucose 88 (ref 70-99).", PhiKind::OtherId);
    assert_no_kind(
        "Employer: Central Valley Packing Co., 2900 S Main",
        PhiKind::County,
    );
    assert_no_kind("water heater <120F", PhiKind::Age90Plus);
}

#[test]
fn places_and_addresses_typed_in_lower_case() {
    let text = "going home to 418 e cactus ave, yuma az 85365, f/u wound clinic friday";
    assert!(
        has(text, "418 e cactus ave", PhiKind::StreetAddress),
        "{:?}",
        found(text)
    );
    assert!(has(text, "yuma", PhiKind::City), "{:?}", found(text));
    assert!(has(text, "85365", PhiKind::Zip), "{:?}", found(text));
    assert!(has(
        "pcp dr yang at linden clinic. pt lives in columbus",
        "linden clinic",
        PhiKind::Geo
    ));
    assert!(has(
        "pcp dr yang at linden clinic. pt lives in columbus",
        "columbus",
        PhiKind::City
    ));
    assert!(has("seen at st lukes 2 days ago", "st lukes", PhiKind::Geo));
    assert!(has(
        "nh resident in fort wayne, ua + nitrite",
        "fort wayne",
        PhiKind::City
    ));
    // Times, distances, services and the ST segment are not places.
    assert_no_kind(
        "rollover MVC ~0200 on the highway outside town",
        PhiKind::StreetAddress,
    );
    assert_no_kind("lives 25 min drive away", PhiKind::StreetAddress);
    assert_no_kind(
        "continues to meet hospice eligibility; return to our day hospital",
        PhiKind::Geo,
    );
    assert_no_kind(
        "progressed to st elevation in V2-V4, sent to wound clinic",
        PhiKind::Geo,
    );
}

#[test]
fn names_before_phones_charts_and_colons() {
    assert!(has(
        "Wife Marit (cell 612-555-0149) aware.",
        "Marit",
        PhiKind::Name
    ));
    assert!(has(
        "whenever i open Jane Park's chart (MRN 61-228-904)",
        "Jane Park's",
        PhiKind::Name
    ));
    assert!(has(
        "add to problem list for Grace Summers: graves disease",
        "Grace Summers",
        PhiKind::Name
    ));
    assert!(has(
        "covid booster today, he's 94. any reason not to?",
        "94",
        PhiKind::Age90Plus
    ));
    // Abbreviations, specimens, gauges and departments are not names.
    assert_no_kind(
        "Avoid NSAIDs given CKD 3a. Employee: HBsAb immune.",
        PhiKind::Name,
    );
    assert_no_kind(
        "FINAL DIAGNOSIS:\nA. Bone marrow, aspirate and core biopsy",
        PhiKind::Name,
    );
    assert_no_kind(
        "Two 19 Fr. Jackson-Pratt drains placed. Foley 16 Fr. EBL 450 mL.",
        PhiKind::Name,
    );
    assert_no_kind(
        "Hospice MD: covering. Referring: ED attending on call.",
        PhiKind::Name,
    );
    assert_no_kind(
        "Parkinson disease, Hoehn and Yahr stage 2.5; Harris Hip Score 41.",
        PhiKind::Name,
    );
    assert_no_kind("AV Vmax 3.6 m/s, Len 76 cm.", PhiKind::Name);
}

#[test]
fn facilities_abroad_and_with_months_after_them() {
    assert!(has(
        "Treated at Clínica San Rafael in Zapopan.",
        "Clínica San Rafael",
        PhiKind::Geo
    ));
    let text = "MRI booked at Credit River Imaging for Jan 22.";
    assert!(has(text, "Jan 22", PhiKind::Date), "{:?}", found(text));
    assert!(
        has(text, "Credit River Imaging", PhiKind::Geo),
        "{:?}",
        found(text)
    );
    assert!(has(
        "Histology (ref H25/1183) was consistent",
        "H25/1183",
        PhiKind::OtherId
    ));
    assert!(has(
        "hold apixaban, OR likely 1/10 pm.",
        "1/10",
        PhiKind::Date
    ));
    assert_no_kind(
        "6/10 at worst, now 3/10 after ASA; total 6/9.",
        PhiKind::Date,
    );
}

#[test]
fn query_names_after_kin_colons_beds_and_roles() {
    for (text, name) in [
        ("wife adaeze keeps asking, she drove in", "adaeze"),
        (
            "pending. pcp Dr Naser. husband Samir cell 313-555-0157",
            "Samir",
        ),
        ("chart search: brown dwayne dob 7/4/72", "brown dwayne"),
        ("hi this is grace from case mgmt", "grace"),
        (
            "Family present: son-in-law Will Hart; RN Joy; chaplain",
            "Joy",
        ),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
    assert_no_kind("pasting from OSH note: seen twice", PhiKind::City);
    assert_no_kind("Drains: 19 Fr Blake in GB fossa", PhiKind::Name);
}

#[test]
fn ages_rural_routes_devices_and_systems() {
    assert!(has(
        "is it ok that mrs. o'connell (92) is on both",
        "92",
        PhiKind::Age90Plus
    ));
    assert!(has(
        "Salote #: 650-555-0152. pt is 96, her sister",
        "96",
        PhiKind::Age90Plus
    ));
    assert!(has(
        "Theodora Papadakis, ninety-four y.o. female",
        "ninety-four",
        PhiKind::Age90Plus
    ));
    assert_no_kind("Glucose (98) this morning; HR (96).", PhiKind::Age90Plus);
    assert!(has(
        "address HC 64 Box 118, Glen Daniel WV",
        "HC 64 Box 118",
        PhiKind::StreetAddress
    ));
    assert!(has(
        "at home: Rt 2 Box 415, Floyd, VA",
        "Rt 2 Box 415",
        PhiKind::StreetAddress
    ));
    assert!(has(
        "Address: 2218 Hwy 41 N, Okolona, MS",
        "2218 Hwy 41 N",
        PhiKind::StreetAddress
    ));
    assert!(has(
        "RA lead PJN448122, RV lead RVL09931X.",
        "PJN448122",
        PhiKind::DeviceId
    ));
    assert!(has(
        "on Omnipod; CGM sensor 4KF2991Q. 1015",
        "4KF2991Q",
        PhiKind::DeviceId
    ));
    let text = "last seen at Baylor Scott & White Temple Dec '24";
    assert!(has(text, "Dec '24", PhiKind::Date), "{:?}", found(text));
    assert_no_kind("he drives a 2011 F-150, plate pending", PhiKind::OtherId);
    assert!(has(
        "divert to Salem Health ED.",
        "Salem Health",
        PhiKind::Geo
    ));
    assert_no_kind(
        "Gleason 3+4, Grade Group 2; support group weekly.",
        PhiKind::Geo,
    );
}

#[test]
fn headers_agencies_and_rural_addresses() {
    assert!(has(
        "RIDGELINE COMMUNITY HOSPITAL - HOSPITALIST SERVICE",
        "RIDGELINE COMMUNITY HOSPITAL",
        PhiKind::Geo
    ));
    let text = "notified Allegany County Health Department, case ref pending";
    assert!(
        found(text)
            .iter()
            .any(|(v, _)| v == "Allegany County Health Department"),
        "{:?}",
        found(text)
    );
    assert!(has(
        "Ms. Petrova\nRural Route 1, Box 87\nMidland, MD 21542",
        "Rural Route 1, Box 87",
        PhiKind::StreetAddress
    ));
    assert!(has(
        "PO Box 244\nFlintstone, MD 21530",
        "Flintstone",
        PhiKind::City
    ));
    assert!(has(
        "SSN verified for application: 532 18 7746.",
        "532 18 7746",
        PhiKind::Ssn
    ));
    assert!(has(
        "Sincerely,\nFrank Lane, MD",
        "Frank Lane",
        PhiKind::Name
    ));
    assert!(has(
        "EGD 9/9: grade III esophageal varices",
        "9/9",
        PhiKind::Date
    ));
    assert_no_kind("rsbi 62, on 5/5 this am", PhiKind::Date);
    assert_no_kind(
        "living in his vehicle (2009 Chevy Impala) for months",
        PhiKind::Name,
    );
    assert_no_kind("R hip flex 4/5, L LE 5/5.", PhiKind::Name);
    assert_no_kind("ESRD entitlement - CMS-2728 signed", PhiKind::OtherId);
    assert_no_kind(
        "Clinical Pharmacy - Anticoagulation Management Note",
        PhiKind::Geo,
    );
}

#[test]
fn lower_case_names_placed_by_what_follows() {
    for (text, name) in [
        ("im out sick kowalczyk in 7 needs am bmp", "kowalczyk"),
        ("sw consult: tyrone, 34M, staying at the shelter", "tyrone"),
        (
            "discussed w/ attending - tevita fifita, pgy2",
            "tevita fifita",
        ),
        (
            "pls pull last echo on okonkwo, chidi mrn 4482910",
            "okonkwo, chidi",
        ),
        (
            "what abx did priya raghunathan get before transfer",
            "priya raghunathan",
        ),
        ("which is right? andrzej nowak mrn 1950283", "andrzej nowak"),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
    for text in [
        "s/p hemiarthroplasty in 2019, mammogram in 3 weeks",
        "Bell palsy in 45M, prednisone 60",
        "BRCA2 c.5946delT carrier, 38F, when to start MRI",
        "15 g fast carbs, recheck in 15 min",
        "A. Stomach, antrum, biopsy: chronic gastritis",
        "syncope in 93 yo w/ PPM",
    ] {
        assert_no_kind(text, PhiKind::Name);
    }
}

#[test]
fn eponym_dense_teaching_text_keeps_its_words() {
    assert_none_found(&[
        "Swan-Ganz placed via R IJ Cordis at 0530. CI 2.2 (Fick).",
        "PT (LSVT BIG) and speech (LSVT LOUD).",
        "proptosis 21 mm OD by Hertel exophthalmometer.",
        "Case: A 46-year-old woman with resistant hypertension.",
        "IBD CLINIC NOTE\n27 y/o with ileocolonic Crohn disease.",
        "Today: pain 5/10 (from 9/10). STOP-BANG 6/8, SCOFF 2/5, GAD-7 11/21.",
        "CHARGE NURSE HANDOFF -- 6 WEST",
        "no EGFR, ALK, ROS1, RET, NTRK alterations. Ganglioside Ab negative.",
        "Wickham striae; Terry nails; Fitzpatrick skin types I-VI; Neer and Hawkins-Kennedy negative.",
        "Enthesitis at L Achilles insertion. Sister Mary Joseph nodule absent. Philadelphia chromosome negative.",
        "call if you have a fever of 101 F or higher",
    ]);
    // Names with the same shapes stay names.
    assert!(has(
        "Did Dr. Olusegun Lindqvist sign the discharge?",
        "Olusegun Lindqvist",
        PhiKind::Name
    ));
    assert!(has(
        "Code: FULL (confirmed w/ HCP 10/13).",
        "10/13",
        PhiKind::Date
    ));
}

#[test]
fn places_and_people_that_name_systems_and_instruments() {
    assert_none_found(&[
        "Urine cytology uses the Paris system and salivary FNA the Milan system.",
        "The Hamilton and Beck inventories are used in research settings.",
        "Screen with the Denver or Memphis criteria.",
        "Apply the San Francisco Syncope Rule; Manchester Triage category 3.",
        "Kelly clamp, Babcock forceps, Balfour retractor and Mayo scissors on the field.",
        "Ports from Boston Scientific and Medtronic are stocked; ARDSNet protocol.",
        "Outbreaks of Zika, Lassa and Ebola are reportable.",
    ]);
    // A person with a cue keeps the name that is also a city.
    assert!(has("Seen by Dr. Paris today.", "Paris", PhiKind::Name));
}

#[test]
fn first_names_that_open_a_message() {
    assert!(has(
        "bernadette, can you call the family of pt in 9",
        "bernadette",
        PhiKind::Name
    ));
    assert!(has(
        "hey rajesh did u see the potassium?",
        "rajesh",
        PhiKind::Name
    ));
    assert_no_kind("please, can you call the family back", PhiKind::Name);
}

#[test]
fn given_names_missing_from_the_first_name_lists() {
    assert!(has(
        "Seen with Imani Brooks today.",
        "Imani Brooks",
        PhiKind::Name
    ));
    assert!(has(
        "dc summary for ivanova, svetlana p mrn 900214",
        "ivanova, svetlana p",
        PhiKind::Name
    ));
}

#[test]
fn measured_terms_anatomy_and_earlier_scores() {
    assert_none_found(&[
        "Pain 3/10, down from 7/10 yesterday.",
        "LVEF 35-40% by Simpson biplane. Moderate MR, vena contracta 0.5 cm.",
        "Circle of Willis: patent. Sphincter of Oddi dysfunction excluded.",
    ]);
}

#[test]
fn what_follows_a_run_can_only_be_said_of_a_person() {
    assert!(has(
        "referral -- Hunter Babcock 62M from Muncie",
        "Hunter Babcock",
        PhiKind::Name
    ));
    assert!(has(
        "Handing off Bill in bed 4 tonight.",
        "Bill",
        PhiKind::Name
    ));
    assert!(has(
        "did Petrosyan's CT abd come back?",
        "Petrosyan's",
        PhiKind::Name
    ));
    assert!(has(
        "Consented on Aug 3. Her son is Lars.",
        "Lars",
        PhiKind::Name
    ));
    // An eponym owns its noun; a classification after a name is no person.
    assert_no_kind(
        "History of Bell's palsy and Parkinson's disease. Stable in bed 4.",
        PhiKind::Name,
    );
}

#[test]
fn facility_names_of_more_shapes() {
    for (text, facility) in [
        (
            "Referral to Hollis Valley Cardiology for Mr. Wieczorek.",
            "Hollis Valley Cardiology",
        ),
        (
            "Dialysis at Riverside Dialysis Unit in Dubuque.",
            "Riverside Dialysis Unit",
        ),
        (
            "Pharmacy: Carolina Home Infusion.",
            "Carolina Home Infusion",
        ),
        (
            "Transfer summary to Blue Ridge Regional for Alma Jean Puckett.",
            "Blue Ridge Regional",
        ),
        ("being moved to Northgate LTACH tomorrow", "Northgate LTACH"),
        (
            "transferred from university hospital galway on 9/3",
            "university hospital galway",
        ),
    ] {
        assert!(
            has(text, facility, PhiKind::Geo) || has(text, facility, PhiKind::City),
            "{text}"
        );
    }
    // A day before "at" is no part of the facility; departments name no place.
    assert!(has(
        "in clinic Thursday at Lincoln Park Internal Medicine",
        "Lincoln Park Internal Medicine",
        PhiKind::Geo
    ));
    assert_no_kind(
        "Plan: Outpatient Physical Therapy twice weekly. Complex Regional Pain Syndrome.",
        PhiKind::Geo,
    );
}

#[test]
fn weekdays_belong_to_their_dates() {
    assert!(has(
        "write school excuse: seen mon 4/15 for strep",
        "mon 4/15",
        PhiKind::Date
    ));
    assert!(has(
        "Follow-up Tuesday, March 5, 2024.",
        "Tuesday, March 5, 2024",
        PhiKind::Date
    ));
    // Letters beyond ASCII right before a date (a slice must not split them).
    assert!(has("Revue le février 3/4/21.", "3/4/21", PhiKind::Date));
}

#[test]
fn counties_typed_in_lower_case() {
    assert!(has(
        "which agency covers washtenaw county? son at home",
        "washtenaw county",
        PhiKind::County
    ));
    assert!(has(
        "lives brownsville (cameron county)",
        "cameron county",
        PhiKind::County
    ));
    assert_no_kind(
        "per county guidelines, the health county office",
        PhiKind::County,
    );
}

#[test]
fn lower_case_names_in_schedules_and_room_lists() {
    let schedule = "0800 rose whitaker 3/9/61 htn 0820 okafor, dwayne 11/23/74 dm2";
    assert!(
        has(schedule, "rose whitaker", PhiKind::Name),
        "{:?}",
        found(schedule)
    );
    assert!(
        has(schedule, "okafor, dwayne", PhiKind::Name),
        "{:?}",
        found(schedule)
    );
    assert!(has(
        "sbar pls: 'rm 3 kowalski 74M chf exac on bipap",
        "kowalski",
        PhiKind::Name
    ));
    assert!(has(
        "lookup wood, benjamin a dob 11/11/1946",
        "wood, benjamin a",
        PhiKind::Name
    ));
    assert!(has(
        "pulled the picc, placed 11/2 by jen from vascular access",
        "jen",
        PhiKind::Name
    ));
    assert_no_kind("referral for clubfoot, appt 3/22/24 at 0900", PhiKind::Name);
}

#[test]
fn place_named_methods_regimens_and_scores_are_not_phi() {
    assert_none_found(&[
        "Biopsies per Seattle protocol (4-quadrant every 2 cm).",
        "ARDS: moderate per Berlin definition, improving.",
        "Sessile polyp, transverse colon, Paris 0-Is, cold snare.",
        "Pre-morbid modified Rankin 0. No Auer rods. Pre-op Lugol's iodine given.",
        "Relative afferent pupillary defect (Marcus Gunn pupil) absent.",
        "DLBCL, IPI 3. R-CHOP x6 planned. BCR::ABL1 p210 transcript detected.",
        "Psych saw her, wants to talk about rehab; wife to call clinic for results.",
        "Piperacillin-tazobactam 4.5 g IV. General surgery consulted. Prior therapy: none.",
    ]);
    let timed = "9/16 15:45  Notified Dr. Okwuosa; she wants peer-to-peer.";
    assert_no_kind(timed, PhiKind::StreetAddress);
    assert!(has(timed, "Okwuosa", PhiKind::Name));
}

#[test]
fn places_that_name_clinical_things_are_not_phi() {
    assert_none_found(&[
        "Contractions q2-3 min, averaging 190 Montevideo units on IUPC.",
        "Diagnosis: Philadelphia chromosome-positive B-cell ALL.",
        "Adequate per Banff 2019 criteria. Findings: acute rejection, Banff grade IA.",
        "West Nile virus and St. Louis encephalitis virus: no meningitis.",
        "Urine 45 mL in the past hour via Foley. Isolated factor XII deficiency (Hageman factor).",
        "Pronator drift, right leg 4/5. Recommend follow-up radiograph in 6-8 weeks.",
    ]);
    // A county names a court, and a city after "outside" stays a city.
    assert!(has(
        "PPO hearing at Washtenaw County Trial Court.",
        "Washtenaw County",
        PhiKind::County
    ));
    assert!(has(
        "Rollover on the highway outside Framingham, +ejection.",
        "Framingham",
        PhiKind::City
    ));
}

#[test]
fn postcodes_day_first_dates_and_ordinal_days() {
    for (text, value, kind) in [
        (
            "Cork University Hospital  T12 DC4A Secretary",
            "T12 DC4A",
            PhiKind::Zip,
        ),
        (
            "1075 Bayview Ave, Toronto, ON  M4N 3M5 Tel",
            "M4N 3M5",
            PhiKind::Zip,
        ),
        (
            "Ipswich Rd, Woolloongabba QLD 4102 Admitted",
            "4102",
            PhiKind::Zip,
        ),
        (
            "Coronary angiogram (19/03) - 90% LAD",
            "19/03",
            PhiKind::Date,
        ),
        (
            "I must cancel on Thursday the 15th because",
            "Thursday the 15th",
            PhiKind::Date,
        ),
        (
            "Symptoms started on the 26th of January.",
            "the 26th of January",
            PhiKind::Date,
        ),
        (
            "615  | Al-Sayed, Mariam       | 38",
            "Al-Sayed, Mariam",
            PhiKind::Name,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_none_found(&[
        "GCS 14 (E4V4M6) on arrival. Visual acuity OD 20/10.",
        "Hydrocortisone 15/5 split dose. Moved to the 4th floor.",
    ]);
}

#[test]
fn bed_board_rows_and_employers() {
    let board = "615  | Al-Sayed, Mariam       | 38  | DKA\n\
                 620  | de la Cruz, Emilio     | 67  | UGIB\n\
                 4    | HOLLOWAY, Vernon      | 90 M    | weakness";
    for name in ["Al-Sayed, Mariam", "de la Cruz, Emilio", "HOLLOWAY, Vernon"] {
        assert!(
            found(board)
                .iter()
                .any(|(v, k)| v == name && *k == PhiKind::Name),
            "{name}: {:?}",
            found(board)
        );
    }
    for (text, employer) in [
        (
            "He drives a delivery van for Purolator; I explained.",
            "Purolator",
        ),
        (
            "after losing his job at Ohio Star Forge. Since then",
            "Ohio Star Forge",
        ),
        (
            "Employer: Midwest Cold Storage LLC      Employee ID: E-30714",
            "Midwest Cold Storage LLC",
        ),
    ] {
        assert!(
            has(text, employer, PhiKind::Geo),
            "{text}: {:?}",
            found(text)
        );
    }
    assert_no_kind(
        "She works at home. He works for Medicare as a clerk.",
        PhiKind::Geo,
    );
}

#[test]
fn partial_ssns_flats_postcode_towns_and_loose_id_cues() {
    for (text, value, kind) in [
        (
            "Patient provided last 4 of SSN (4471) for verification.",
            "4471",
            PhiKind::Ssn,
        ),
        (
            "DOB 23/06/1972 Flat 3, 27 Ash Grove, Headingley, Leeds LS6 1DB",
            "Flat 3, 27 Ash Grove",
            PhiKind::StreetAddress,
        ),
        ("27 Ash Grove, Leeds LS6 1DB", "LS6 1DB", PhiKind::Zip),
        ("27 Ash Grove, Leeds LS6 1DB", "Leeds", PhiKind::City),
        (
            "Written report ref APS-SC-24-0117 faxed.",
            "APS-SC-24-0117",
            PhiKind::OtherId,
        ),
        (
            "Sleep study March 12, 2019 at the lab.",
            "March 12, 2019",
            PhiKind::Date,
        ),
        (
            "his ride (Harjit, his nephew) had car trouble",
            "Harjit",
            PhiKind::Name,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_none_found(&[
        "BP 142/70, sats 96% RA, T 36.4. Narrowed to oral amoxicillin on hospital day 3.",
        "Insurance: Aetna, ID pending. Referred to the Device Clinic - In-person check.",
    ]);
}

#[test]
fn lower_case_names_at_line_ends_after_credentials_and_with_initials() {
    for (text, name) in [
        ("ask gallagher\nthen page me", "gallagher"),
        ("collected 12/27, ordered by np gallagher", "gallagher"),
        (
            "covid results for cruz, miguel a specimen SP-24-118820",
            "cruz, miguel a",
        ),
    ] {
        assert!(has(text, name, PhiKind::Name), "{text}: {:?}", found(text));
    }
}

#[test]
fn first_names_with_their_department_and_towns_after_in() {
    for (text, value, kind) in [
        (
            "mark from lab says specimen hemolyzed",
            "mark",
            PhiKind::Name,
        ),
        ("pavel from RT not answering cell", "pavel", PhiKind::Name),
        (
            "fell off a ladder in bozeman 11/30",
            "bozeman",
            PhiKind::City,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_no_kind(
        "the patient from pharmacy called about refills",
        PhiKind::Name,
    );
}

#[test]
fn kin_owners_phone_labels_churches_and_names_before_a_full_stop() {
    for (text, value, kind) in [
        (
            "Patient: LINCOLN, DESHAWN M     MRN: 91-004-5521",
            "LINCOLN, DESHAWN M",
            PhiKind::Name,
        ),
        ("FYI: Brown's son is the HCP.", "Brown's", PhiKind::Name),
        ("Night float: Okoro (pager 4471)", "Okoro", PhiKind::Name),
        (
            "He was a deacon at Greater Mount Zion Baptist Church; hymns calm him.",
            "Greater Mount Zion Baptist Church",
            PhiKind::Geo,
        ),
        (
            "4th grade at Whittier Elementary. School nurse aware.",
            "Whittier Elementary",
            PhiKind::Geo,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_none_found(&["He drives a 2009 Lincoln Navigator to work."]);
}

#[test]
fn eponyms_in_lists_and_places_glossing_a_criterion() {
    assert_none_found(&[
        "Distal radius fractures are described as Colles, Smith or Barton, and others.",
        "Incontinence is scored with the Wexner (Cleveland Clinic) incontinence score.",
        "Ranson at admission 3 (age 67, WBC 17).",
    ]);
    // A person listed beside another person stays a person.
    assert!(has(
        "Seen with her daughters, Maria Lopez and Ana.",
        "Maria Lopez",
        PhiKind::Name
    ));
}

#[test]
fn spanish_and_french_dates_zips_after_long_city_names_and_firms() {
    for (text, value, kind) in [
        (
            "A1c on 14 de julio with the doctor",
            "14 de julio",
            PhiKind::Date,
        ),
        (
            "Onset 14 février 2024 while shovelling.",
            "14 février 2024",
            PhiKind::Date,
        ),
        (
            "2210 Forest Ave, Des Moines 50311, her cell",
            "50311",
            PhiKind::Zip,
        ),
        (
            "slept near Star of Hope Mission last week",
            "Star of Hope Mission",
            PhiKind::Geo,
        ),
        (
            "Sleep study at Montgomery Regional Sleep Lab showed AHI 38",
            "Montgomery Regional Sleep Lab",
            PhiKind::Geo,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_none_found(&["Per the Ottawa rules no film; dose 14 de 20 mg, mars 2 pills."]);
}

#[test]
fn ages_after_names_date_ranges_and_dated_abbreviated_months() {
    for (text, value, kind) in [
        (
            "pt Ingrid Solberg 96 at Lutheran Home",
            "96",
            PhiKind::Age90Plus,
        ),
        ("and 7/6-7/7 shows him twice", "7/7", PhiKind::Date),
        (
            "cant lift >10 lbs until dec 1? first name",
            "dec 1",
            PhiKind::Date,
        ),
        (
            "0940 hollis, june 12/30/45 ?cancel",
            "12/30/45",
            PhiKind::Date,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
    assert_no_kind(
        "Ingrid Solberg 96% on room air, HR 98 bpm.",
        PhiKind::Age90Plus,
    );
    assert_no_kind("Strength 3/5-4/5 in the left leg.", PhiKind::Date);
}

#[test]
fn spelled_ages_after_a_name() {
    let text = "Ms. Esther Blumenthal, ninety-two, from the home";
    assert!(
        has(text, "ninety-two", PhiKind::Age90Plus),
        "{:?}",
        found(text)
    );
    assert_no_kind(
        "Ms. Esther Blumenthal, ninety minutes late.",
        PhiKind::Age90Plus,
    );
}

#[test]
fn devices_entries_lists_of_places_and_split_doses_are_not_phi() {
    assert_none_found(&[
        "Warming: Bair Hugger upper body. Procedure: Hasson entry at the umbilicus.",
        "Low-risk criteria on the Rochester, Philadelphia or Boston criteria alone.",
        "Start hydrocortisone 15/5 now? Max % involvement 20.",
    ]);
}

#[test]
fn letterhead_streets_canadian_health_cards_and_police_titles() {
    for (text, value, kind) in [
        (
            "Rheumatology Outpatients Chapeltown Road, Leeds LS7 4SA Tel",
            "Chapeltown Road",
            PhiKind::StreetAddress,
        ),
        (
            "Surname: CHAUDHRY    Forename: Imran    DOB: 09/03/1970",
            "CHAUDHRY",
            PhiKind::Name,
        ),
        (
            "pills counted by Cst. Sandhu and intact",
            "Sandhu",
            PhiKind::Name,
        ),
        (
            "PHIN: 119 884 302    MRN: H0728813",
            "119 884 302",
            PhiKind::HealthPlanId,
        ),
    ] {
        assert!(has(text, value, kind), "{text}: {:?}", found(text));
    }
}

#[test]
fn ages_in_patient_list_columns_and_after_she_was() {
    let board = "  SOKOLOV, ARKADY           95   fall       05/12 06:40";
    assert!(has(board, "95", PhiKind::Age90Plus), "{:?}", found(board));
    let text = "who died on March 3? She was 97 and had been our patient";
    assert!(has(text, "97", PhiKind::Age90Plus), "{:?}", found(text));
    assert_no_kind(
        "She was 98% on room air. Okafor    96 beats.",
        PhiKind::Age90Plus,
    );
}

#[test]
fn lists_of_two_word_eponyms_and_places_before_their_noun() {
    assert_none_found(&[
        "Mention of Austin Flint or Graham Steell murmur in the note.",
        "Hodgkin cells. Ann Arbor / Lugano stage IIB with bulky disease.",
    ]);
    let text = "Seen with Maria Lopez and John Smith today.";
    assert!(has(text, "John Smith", PhiKind::Name), "{:?}", found(text));
}

#[test]
fn lower_case_names_vouched_for_by_what_surrounds_them() {
    use PhiKind::{Age90Plus, Name};
    assert_all_found(&[
        // An age right after two everyday words makes them a person.
        ("pt rose king 92yo on apixaban 5 bid", "rose king", Name),
        // A frequent given name that is a word, before a surname that is not.
        ("find sw notes by grant okafor please", "grant okafor", Name),
        (
            "chaplain hope okeke is asking for the family",
            "hope okeke",
            Name,
        ),
        // Particles after a lower-case title lead to the surname.
        (
            "anyone have dr van den berg's cell?",
            "van den berg's",
            Name,
        ),
        // Kin words of every register.
        ("pt says grandma rose is her hcp", "rose", Name),
        ("family says shes 101 and sharp", "101", Age90Plus),
    ]);
    // After a kin word, a clinical adjective is not a name.
    assert_no_kind("paternal aunt endometrial cancer at 52", Name);
    // Two everyday words without such support stay words.
    assert_no_kind("pt rose from bed and walked", Name);
}

#[test]
fn capitalized_names_with_particles_or_frequent_surnames() {
    use PhiKind::Name;
    assert_all_found(&[
        (
            "Check SNF days for Margarethe von Hohenberg, Medicare",
            "Margarethe von Hohenberg",
            Name,
        ),
        ("Her daughter Wren Hale called back.", "Wren Hale", Name),
        ("Seen by Dr. van der Berg today.", "van der Berg", Name),
    ]);
    // Surgical eponyms and a place with a particle are not names.
    assert_none_found(&[
        "POEM or Heller myotomy with Dor fundoplication.",
        "Petersen's defect closed. Laparoscopic Roux-en-Y gastric bypass.",
    ]);
    assert_no_kind("She flew in from Rio de Janeiro, Brazil.", Name);
}

#[test]
fn trials_grafts_committees_studies_and_measures_are_not_phi() {
    assert_none_found(&[
        "Echo: structurally normal. Nigerian-born, Anglican. Expressed fear.",
        "carvedilol per Baveno VII. DLBCL, GCB subtype (Hans algorithm).",
        "Drop-arm test positive, Jobe's empty can markedly weak.",
        "Approved by P&T 2023; next review 2025.",
        "CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA); then per CheckMate 816 x3 cycles.",
        "RV lead: 5076-58 cm placed without issue.",
        "mild NPDR OU; repeat OCT 4 mo, glycemic control.",
    ]);
    // A letter after a relation tells twins apart; the cultures that grew are counted.
    assert_no_kind("Baby Boy (Twin B) in the NICU", PhiKind::Name);
    assert_no_kind(
        "MRSA bacteremia (BCx 2/2), source likely line",
        PhiKind::Date,
    );
    // "My" after a comma ends a title's name; "LAST, First" after a label keeps a first
    // name that is also a month.
    assert!(has(
        "Hi Dr. Brennan, My inhaler ran out",
        "Brennan",
        PhiKind::Name
    ));
    assert!(has(
        "Patient: Mohamud, June    MRN: 553",
        "Mohamud, June",
        PhiKind::Name
    ));
    // A date still reads before an interval word that is not one ("Oct 4 2024").
    assert!(has("Next visit Oct 4 2024.", "Oct 4 2024", PhiKind::Date));
}

#[test]
fn lower_case_names_that_are_eponyms_months_or_signed_with_an_initial() {
    use PhiKind::{Name, OtherId};
    assert_all_found(&[
        (
            "ckd3b (followed by dr addison in our clinic)",
            "addison",
            Name,
        ),
        (
            "rn shift note  pt june okafor, a/ox4, calm",
            "june okafor",
            Name,
        ),
        (
            "call light in reach. daughter april at bedside",
            "april",
            Name,
        ),
        ("pt resting in bed.\n- s. okeke, rn", "s. okeke", Name),
        ("seen today. d. marchetti, pt, dpt", "d. marchetti", Name),
        (
            "Loc: 3S-318   Acc 24H23-0982   Prior K 5.2",
            "24H23-0982",
            OtherId,
        ),
    ]);
    // A given name placed in a room; names after "pts".
    assert_all_found(&[
        ("hope in room 7 wants to know when", "hope", Name),
        ("pt faith in triage asking for a work note", "faith", Name),
        ("pts june abernathy and june cole", "june abernathy", Name),
    ]);
    // Verbs after kin and "pt" stay verbs; a complaint in a room is no one.
    assert_none_found(&[
        "pt may call back tomorrow. son will visit.",
        "the pain in room 4 is worse. will in rm 3?",
        "nausea in triage, better in recovery",
    ]);
}

#[test]
fn a_town_before_a_postcode_is_a_city_even_on_the_line_above() {
    use PhiKind::{City, Zip};
    for (text, town, code) in [
        (
            "41 Ashfield Road\nLeeds\nLS6 2QJ\nTel: 0113",
            "Leeds",
            "LS6 2QJ",
        ),
        ("Chapeltown Road Leeds LS7 4SA", "Leeds", "LS7 4SA"),
        (
            "Cork University Hospital\nCork\nT12 DC4A",
            "Cork",
            "T12 DC4A",
        ),
        ("General Campus\nOttawa\nK1H 8L6", "Ottawa", "K1H 8L6"),
    ] {
        assert!(has(text, town, City), "{text}: {:?}", found(text));
        assert!(has(text, code, Zip), "{text}: {:?}", found(text));
    }
}

#[test]
fn orthoses_models_scales_and_place_named_diseases_are_not_phi() {
    assert_none_found(&[
        "Aspen collar (Philadelphia collar for showering). Jewett brace when upright.",
        "LifeVest returned. Seattle HF Model 1-yr survival ~95%.",
        "Oncotype DX sent; prior case in 2021 had RS 18 for comparison.",
        "| IADLs      | Lawton            | 5/8           |",
        "joint hypermobility (Beighton 7/9), Raynaud's.",
        "Acquired von Willebrand screen negative; factor IX normal.",
        "consider West Nile or Powassan. Epworth Sleepiness Scale 14.",
        "Westley croup score 3. Rubin and Gaskin maneuvers reviewed.",
        "scaly plaques, max 2 cm, on the shins.",
    ]);
    // Surnames that name scales still read as names with a given name or initial.
    assert_all_found(&[
        (
            "labs for bao katz from 11-27-2020",
            "bao katz",
            PhiKind::Name,
        ),
        (
            "Trend creatinine for M. Weber since 2019",
            "M. Weber",
            PhiKind::Name,
        ),
    ]);
}

#[test]
fn places_glossed_by_a_germ_or_naming_a_staging_system_are_not_phi() {
    assert_none_found(&[
        "Enteric/other: Norwalk (norovirus), Coxsackie A/B.",
        "DLBCL, stage IIB bulky (Ann Arbor / Lugano), IPI 2.",
    ]);
    // The same places as places.
    assert!(has(
        "She moved from Norwalk (Connecticut) in May.",
        "Norwalk",
        PhiKind::City
    ));
}

#[test]
fn an_age_first_in_parentheses_after_a_name_is_read_once() {
    let text = "her mother Odette Delacroix (94, DOB 1/8/1930) - INR 4.8";
    assert!(has(text, "94", PhiKind::Age90Plus), "{:?}", found(text));
    let text = "Seen with Mary Jones (98) today. Dr. Smith (95 kg) no.";
    let ages: Vec<_> = found(text)
        .into_iter()
        .filter(|(_, k)| *k == PhiKind::Age90Plus)
        .collect();
    assert_eq!(ages, vec![("98".to_string(), PhiKind::Age90Plus)]);
}

#[test]
fn pipe_table_columns_say_what_their_cells_hold() {
    let board = "| Rm | Patient | Age | MRN | Attending | Dx |\n\
                 |----|---------|-----|-----|-----------|----|\n\
                 | 401A | KING, Solomon | 77 | 60211845 | Farouk | CAP |\n\
                 | 402 | ABERNATHY, June | 92 | 59920376 | Ortega | UTI |\n";
    assert_all_found(&[
        (board, "KING, Solomon", PhiKind::Name),
        (board, "ABERNATHY, June", PhiKind::Name),
        (board, "Farouk", PhiKind::Name),
        (board, "92", PhiKind::Age90Plus),
        (board, "60211845", PhiKind::Mrn),
    ]);
    assert_no_kind(board, PhiKind::Date);
    // Test names, placeholders and ages under 90 in such columns are not PHI.
    assert_none_found(&[
        "| Name | Value | Flag |\n|---|---|---|\n| Sodium | 134 | L |\n| Potassium | 6.9 | H |\n",
        "| Patient | Attending | Age |\n|---|---|---|\n| Pending | Covering | 88 |\n",
    ]);
}

#[test]
fn employers_after_an_occupation() {
    assert_all_found(&[
        (
            "Works as a paramedic with Ottawa Paramedic Service, concerned.",
            "Ottawa Paramedic Service",
            PhiKind::Geo,
        ),
        (
            "Poultry line supervisor at Tyson Foods (Springdale, AR).",
            "Tyson Foods",
            PhiKind::Geo,
        ),
        (
            "He is a warehouse associate at Amazon BFI4 in Kent, WA.",
            "Amazon BFI4",
            PhiKind::Geo,
        ),
    ]);
    // A condition after "with" is not a company.
    assert_none_found(&["A construction worker with COPD and a teacher with HTN."]);
}

#[test]
fn ordinal_days_after_a_weekday_or_a_preposition() {
    assert_all_found(&[
        (
            "cr jumped since mon the 6th?? recheck",
            "mon the 6th",
            PhiKind::Date,
        ),
        (
            "seen dr K last tues the 14th and",
            "tues the 14th",
            PhiKind::Date,
        ),
        (
            "Follow up Thursday, the 15th at noon.",
            "Thursday, the 15th",
            PhiKind::Date,
        ),
        (
            "wont take her back til the 22nd. ok",
            "the 22nd",
            PhiKind::Date,
        ),
    ]);
    // An ordinal of a thing is not a day.
    assert_none_found(&["Given on the 2nd dose of cefazolin; sat the 3rd floor."]);
}

#[test]
fn scores_out_of_more_than_ten_after_a_named_scale() {
    assert_none_found(&[
        "his GCS dropped to 10/15 (E2V3M5) overnight.",
        "MMSE was 24/30 and MoCA 21/30 at the visit.",
        "cephalic, 2/5 palpable, CTG reactive.",
    ]);
    // A date after a scale's words, with a dating word, is still a date.
    assert_all_found(&[
        ("GCS 15 since 3/15, stable.", "3/15", PhiKind::Date),
        ("last dose 1/30 AM, pain 2/10.", "1/30", PhiKind::Date),
    ]);
}

#[test]
fn examination_tests_and_numbered_categories_are_not_names() {
    assert_none_found(&[
        "Hawkins +, Neer +, empty can 4-/5.",
        "IO: Angle Class II div 1, overjet 5 mm.",
        "#14 Black's Class V NCCL 2 mm; Miller Class I recession.",
        "MSK: Jamar grip 46 kg R / 42 kg L.",
        "classified as Robson group 3 if she labours.",
        "a normal Addenbrooke's Cognitive Examination.",
        "de Quervain's subacute granulomatous thyroiditis.",
    ]);
    // A person's generation after a surname still is one.
    assert_all_found(&[(
        "Seen with Dr. Robert Class III today.",
        "Robert Class III",
        PhiKind::Name,
    )]);
}

#[test]
fn lower_case_names_reached_by_pager_or_signed_with_a_credential() {
    assert_all_found(&[
        ("recheck thurs? -tanya rn pgr 4417", "tanya", PhiKind::Name),
        (
            "pls loop in hope page pgr 31188. ok",
            "hope page",
            PhiKind::Name,
        ),
        (
            "hearing aid battery low.\n- l. okonjo lpn\n",
            "l. okonjo",
            PhiKind::Name,
        ),
    ]);
    // A request for a role is no name; a common word behind a prefix is no name.
    assert_none_found(&["pls page rn\n", "reorder tele box"]);
    assert_no_kind("recheck 12/4/2024 labs", PhiKind::Name);
}

#[test]
fn ages_stated_after_a_name_and_labelled_ages_with_units() {
    assert_all_found(&[
        (
            "fyi mrs Goldfarb in 308 is 97 (not 79 - typo) so",
            "97",
            PhiKind::Age90Plus,
        ),
        (
            "roommate mrs Faith Okafor is 91 too.",
            "91",
            PhiKind::Age90Plus,
        ),
        (
            "DOB: 03/14/1931   AGE: 92Y   SEX: F",
            "92",
            PhiKind::Age90Plus,
        ),
        (
            "Age at death: 94 Address: on file",
            "94",
            PhiKind::Age90Plus,
        ),
    ]);
    // A number with a unit after a name is a measurement.
    assert_no_kind("Mr. Okafor is 95% on room air.", PhiKind::Age90Plus);
    assert_no_kind("Mr. Okafor is 98.6 F this morning.", PhiKind::Age90Plus);
}

#[test]
fn police_titles_and_state_agencies() {
    assert_all_found(&[
        (
            "Arresting officer Dep. K. Lindahl, badge C-2217.",
            "K. Lindahl",
            PhiKind::Name,
        ),
        (
            "Police on scene: Officer Daniel Mroczek, Illinois State Police.",
            "Daniel Mroczek",
            PhiKind::Name,
        ),
    ]);
    assert_no_kind(
        "Police on scene: Officer Daniel Mroczek, Illinois State Police.",
        PhiKind::City,
    );
    assert!(!has(
        "Arresting officer Dep. K. Lindahl.",
        "Dep",
        PhiKind::Name
    ));
}

#[test]
fn facilities_of_more_kinds_and_kinds_of_anything() {
    assert_all_found(&[
        (
            "Clinic: Alamo Heights Rheumatology, 8400 Broadway St Ste 210.",
            "Alamo Heights Rheumatology",
            PhiKind::Geo,
        ),
        (
            "INTAKE - Twin Rivers Regional Jail Inmate:",
            "Twin Rivers Regional Jail",
            PhiKind::Geo,
        ),
        (
            "extrication by Oak Lawn Fire Department.",
            "Oak Lawn Fire Department",
            PhiKind::Geo,
        ),
        (
            "Southmead Hospital, North Bristol NHS Trust.",
            "North Bristol NHS Trust",
            PhiKind::Geo,
        ),
        (
            "Dr. Coker, Sunrise Pediatric Partners, (404)",
            "Sunrise Pediatric Partners",
            PhiKind::Geo,
        ),
        (
            "FISH at Keystone Molecular Reference Laboratory (their",
            "Keystone Molecular Reference Laboratory",
            PhiKind::Geo,
        ),
    ]);
    // Everyday words or an acronym before a word that names a kind of anything.
    assert_none_found(&[
        "funded through the Exceptional Access Program. Seen again in May.",
        "Gleason score 4+3=7 (ISUP Grade Group 3) in 6 of 12 cores.",
    ]);
    assert_no_kind(
        "Pt: Cole   DOB unknown   23 M   Home: see chart",
        PhiKind::Geo,
    );
}

#[test]
fn addresses_written_outside_the_united_states() {
    assert_all_found(&[
        (
            "Inverclyde Royal Hospital Larkfield Road Greenock PA16 0XN",
            "Greenock",
            PhiKind::City,
        ),
        (
            "NHS No 485 777 3456 12 Moss Lane, Cheadle SK8 1AB",
            "Cheadle",
            PhiKind::City,
        ),
        (
            "Flat 3/1, 14 Ardgowan Street, Port Glasgow PA14 5BN",
            "Port Glasgow",
            PhiKind::City,
        ),
        (
            "Group Level 3, 55 Flemington Road North Melbourne VIC 3051",
            "North Melbourne",
            PhiKind::City,
        ),
        (
            "Hospital, Pechey Street, Toowoomba QLD 4350 To:",
            "Toowoomba",
            PhiKind::City,
        ),
        (
            "Saint Mary's Hospital Oxford Road Manchester M13 9WL",
            "Oxford Road",
            PhiKind::StreetAddress,
        ),
        (
            "Associates 2160 Bloor Street West, Suite 404 Toronto, ON",
            "2160 Bloor Street West, Suite 404",
            PhiKind::StreetAddress,
        ),
    ]);
    // A flat's number is no date, a floor is no identifier, a state is no city, "Tel" no name.
    assert_no_kind("Flat 3/1, 14 Ardgowan Street", PhiKind::Date);
    assert_no_kind(
        "Parkville Neurology Group Level 3, 55 Flemington Road",
        PhiKind::HealthPlanId,
    );
    assert!(!has(
        "201 Sydney Road Brunswick VIC 3056",
        "VIC",
        PhiKind::City
    ));
    assert_no_kind(
        "Gbagada Expressway, Gbagada, Lagos Tel: +234 803 555 0192",
        PhiKind::Name,
    );
}

#[test]
fn registration_numbers_licences_and_unit_record_numbers() {
    assert_all_found(&[
        (
            "Consultant Geriatrician IMC Reg. No. 402781",
            "402781",
            PhiKind::LicenseNumber,
        ),
        (
            "Head of Clinical Services MDCN Reg. No. MDCN/R/41207",
            "MDCN/R/41207",
            PhiKind::LicenseNumber,
        ),
        (
            "Consultant Cardiologist, MMC Reg. No. 2009/03/1187",
            "2009/03/1187",
            PhiKind::LicenseNumber,
        ),
        (
            "needs vision form. WA CDL WDL8K2M3R9Q1.",
            "WDL8K2M3R9Q1",
            PhiKind::LicenseNumber,
        ),
        (
            "URN: TWB 583210 Medicare No: 2951 60471 3",
            "TWB 583210",
            PhiKind::Mrn,
        ),
    ]);
}

#[test]
fn letterhead_lines_and_places_people_live_work_or_die_in() {
    let letter = "Inverclyde Royal Hospital\nLarkfield Road\nGreenock PA16 0XN\n\nDear Dr Smith,";
    assert_all_found(&[
        (letter, "Larkfield Road", PhiKind::StreetAddress),
        (letter, "Greenock", PhiKind::City),
        (
            "Medical Practice\n2 Braeside Road\nGreenock\nPA16 8RN\nTel:",
            "Greenock",
            PhiKind::City,
        ),
        (
            "Medicine Newcastle Road, Galway, H91 YR71",
            "Newcastle Road",
            PhiKind::StreetAddress,
        ),
        (
            "She also resides at Brookside (memory intact).",
            "Brookside",
            PhiKind::Geo,
        ),
        (
            "Two children at school in Oakey; his mother",
            "Oakey",
            PhiKind::City,
        ),
        (
            "His father died in Mirpur; no history.",
            "Mirpur",
            PhiKind::City,
        ),
    ]);
    assert_none_found(&["She lives at Home with her son. Died in March of sepsis."]);
}

#[test]
fn wards_headings_valve_grades_and_compounds_are_not_people_or_towns() {
    assert_none_found(&[
        "Admitted from: Ward 27 after review.",
        "Dear Sir/Ma,  RE: REFERRAL OF A MAN WITH CHEST PAIN",
        "LVEF 35%, no LV clot, mild MR. Trop I peaked at 48,000 ng/L.",
        "He is a retired fisherman and lifelong Irish speaker.",
        "IV-4 Proband's children were tested.",
    ]);
    assert_no_kind(
        "CODE STATUS DNR Comfort Care-Arrest, Ohio DNR form signed.",
        PhiKind::City,
    );
    // A title still leads to a name in capitals; a listed hyphenated county still counts.
    assert_all_found(&[
        (
            "Call his coach, Mr. Green, at school.",
            "Green",
            PhiKind::Name,
        ),
        (
            "Patient location: Miami-Dade County, Florida",
            "Miami-Dade County",
            PhiKind::County,
        ),
    ]);
}

#[test]
fn ranges_of_days_and_identifiers_of_several_parts() {
    assert_all_found(&[
        (
            "inpatient stay Oct 12-17 Previous address:",
            "Oct 12-17",
            PhiKind::Date,
        ),
        (
            "she did not sleep at all from 8-10 February, was",
            "8-10 February",
            PhiKind::Date,
        ),
        (
            "admitted 3–5 March 2023 for rehab",
            "3–5 March 2023",
            PhiKind::Date,
        ),
        (
            "on his motorcycle (reg. KJA-482-AB) and",
            "KJA-482-AB",
            PhiKind::OtherId,
        ),
        (
            "session VRI-5582-XQ, vendor",
            "VRI-5582-XQ",
            PhiKind::OtherId,
        ),
        (
            "testing (referral NWGLH-M-22817); a report",
            "NWGLH-M-22817",
            PhiKind::OtherId,
        ),
        (
            "reported (extract no. BRG/ACC/2023/447).",
            "BRG/ACC/2023/447",
            PhiKind::OtherId,
        ),
    ]);
    // A count of times, a dose range and gene or test names are no dates or identifiers.
    assert_none_found(&[
        "May 2-3 times a day as needed.",
        "HLA-B27 positive, COVID-19 negative, ICD-10 coded, NT-proBNP 400.",
        "referral to cardiology placed.",
    ]);
}

#[test]
fn temperatures_timed_readings_products_and_charts_are_not_phi() {
    assert_none_found(&[
        "HR 102  RR 20  SpO2 95% RA  T 98.9F.  ESI 2.",
        "Reassessed 0010: 3/10, resting.",
        "TEE deferred. Est CrCl ~33 mL/min (Cockcroft-Gault).",
        "on a Siemens MAGNETOM Vida 3T with Gadavist 7.5 mL.",
        "BW 3120 g (42nd percentile, Fenton), length 50 cm.",
        "visiting today; pt OK with sharing updates.",
    ]);
    assert_no_kind("Coverage: Iowa Medicaid, ID 1837461C.", PhiKind::City);
    // Camel-cased places with a name list's word, and Idaho before its ZIP, still count.
    assert_all_found(&[
        (
            "Fixed-wing air ambulance (Sanford AirMed), ETA 45 minutes.",
            "Sanford AirMed",
            PhiKind::Name,
        ),
        (
            "71 NE Magnolia Terrace, Coeur d'Alene, ID 83858",
            "Coeur d'Alene",
            PhiKind::City,
        ),
    ]);
}

#[test]
fn stores_companies_and_churches_where_people_go_or_work() {
    assert_all_found(&[
        (
            "Rx sent to Walgreens at 6401 Montana Ave, El Paso.",
            "Walgreens",
            PhiKind::Geo,
        ),
        (
            "Also my pharmacy (CVS on Dixwell Ave in Hamden) says.",
            "CVS",
            PhiKind::Geo,
        ),
        (
            "adjuster Tamsin Whitlock at SAIF Corporation, 503-555-0181.",
            "SAIF Corporation",
            PhiKind::Geo,
        ),
        (
            "employee ID WM-4471058, Ridgeline Lumber Co. yard, Eugene",
            "Ridgeline Lumber Co.",
            PhiKind::Geo,
        ),
        (
            "Pastor Rev. Gordon Anders of Bethlehem Lutheran Church visits.",
            "Bethlehem Lutheran Church",
            PhiKind::Geo,
        ),
    ]);
    // A chain's name where no place is expected is a word.
    assert_none_found(&["Target INR 2-3. CVS: RRR, no murmur. Target weight 70 kg."]);
}

#[test]
fn modals_idioms_labels_and_words_after_kin_are_not_phi() {
    assert_none_found(&[
        "Family hx: father colon CA at 61.",
        "3. Will start sertraline 25 after discharge.",
        "call the on-call RN 24/7 with questions.",
        "Transfer Center: request pending.",
    ]);
    assert_no_kind("Home: RR 2 Box 118", PhiKind::Name);
    // A given name after kin, and a surname-only name no dictionary holds, still count.
    assert_all_found(&[
        (
            "cousin sione picking her up, 808-555-0174",
            "sione",
            PhiKind::Name,
        ),
        (
            "husband Will Carter, 301-876-2290.",
            "Will Carter",
            PhiKind::Name,
        ),
    ]);
}

#[test]
fn names_typed_as_words_and_words_typed_as_names() {
    assert_all_found(&[
        // Beside a found name, a capitalized word no list holds is another person.
        ("start w/ Ostrowski and Mbatha", "Mbatha", PhiKind::Name),
        // A race or a state is a frequent surname after a given name.
        (
            "acct holder Barbara White, locked acct",
            "Barbara White",
            PhiKind::Name,
        ),
        (
            "call back. Keisha Washington",
            "Keisha Washington",
            PhiKind::Name,
        ),
        // A role typed before a given name; a credential before where the person works.
        ("rn kayla notified dr. moss", "kayla", PhiKind::Name),
        (
            "pts seen by grant oyelaran np at riverside",
            "grant oyelaran",
            PhiKind::Name,
        ),
        // After a title the person is meant, whatever noun follows.
        ("did dr feld sign the consent", "feld", PhiKind::Name),
    ]);
    assert_none_found(&[
        "Hi im trying to log in but it says error",
        "ottawa ankle rules neg, san francisco syncope rule neg",
        "Glasgow-Blatchford and Rockall scores explained.",
        "Attending, Thoracic Surgery",
        "Critical value called to 4 West RN at 0642.",
        "sister mary joseph nodule differential",
        "Follow-up radiograph in 6–8 weeks to document resolution.",
        "dependent in 4/8 IADLs. Katz 5/6, Lawton 4/8.",
        "the 1968 Hong Kong flu (H3N2)",
    ]);
    // A place before a date is still a place.
    assert_all_found(&[(
        "Pt visiting daughter in Tucson 4/8; back after.",
        "Tucson",
        PhiKind::City,
    )]);
}

#[test]
fn a_one_word_name_met_again_as_a_word() {
    // Mrs. Bishop's note scores the cervix; Dr. Will Castellanos's note gives instructions.
    let text = "Mrs. Rose Bishop, G2P1. Bishop score 3 today. Bishop said fine.";
    let names: Vec<String> = found(text)
        .into_iter()
        .filter(|(_, k)| *k == PhiKind::Name)
        .map(|(v, _)| v)
        .collect();
    assert_eq!(names, ["Rose Bishop", "Bishop"]);
    let text = "Dr. Will Castellanos. 4. Will contact Dr. Castellanos. Will is aware.";
    let wills = found(text).into_iter().filter(|(v, _)| v == "Will").count();
    assert_eq!(wills, 1, "only 'Will is aware' names him");
}

#[test]
fn numbers_that_look_like_dates_ages_or_ids() {
    assert_none_found(&[
        "upgrade to 2024.1.2 tonight; v2023.10.1 retired.",
        "lymphoscintigraphy with Tc-99m.",
        "stayed inside because of the heat (108 F)",
        "(KDPI 42%, cPRA 0%, 4/6 HLA mismatch)",
        "DOL 12, CGA 31 2/7 wk",
        "global developmental delay (HP:0001263), hypotonia (HP:0001252)",
    ]);
    assert_all_found(&[
        ("drawn on 2024.01.02 at noon", "2024.01.02", PhiKind::Date),
        ("Tc 99M on exam, 99 M at home", "99", PhiKind::Age90Plus),
    ]);
}

#[test]
fn places_after_streets_stores_and_suffixes() {
    assert_all_found(&[
        (
            "at 9 Juniper Way, Lake Placid 12946. his",
            "12946",
            PhiKind::Zip,
        ),
        (
            "sent to the Walgreens in Schenectady",
            "Walgreens",
            PhiKind::Geo,
        ),
        (
            "procedures at Oak Ridge ASC, first case",
            "Oak Ridge ASC",
            PhiKind::Geo,
        ),
    ]);
    assert_none_found(&[
        "referral to gynecologic oncology made.",
        "Renal Transplant Assessment Clinic\nfollow-up in 3 months",
    ]);
}

#[test]
fn addresses_and_numbers_written_abroad() {
    assert_all_found(&[
        (
            "father | Prinsengracht 263, 1016 GV Amsterdam |",
            "Prinsengracht 263",
            PhiKind::StreetAddress,
        ),
        (
            "father | Prinsengracht 263, 1016 GV Amsterdam |",
            "1016 GV",
            PhiKind::Zip,
        ),
        (
            "father | Prinsengracht 263, 1016 GV Amsterdam |",
            "Amsterdam",
            PhiKind::City,
        ),
        (
            "cousin | Schönhauser Allee 36, 10435 Berlin |",
            "Schönhauser Allee 36",
            PhiKind::StreetAddress,
        ),
        (
            "cousin | Schönhauser Allee 36, 10435 Berlin |",
            "10435",
            PhiKind::Zip,
        ),
        (
            "lives at 12 rue de la Paix, 75002 Paris.",
            "12 rue de la Paix",
            PhiKind::StreetAddress,
        ),
        (
            "Via Roma 12, 00184 Roma",
            "Via Roma 12",
            PhiKind::StreetAddress,
        ),
        (
            "9th Block Jayanagar, Bengaluru 560069 Ph: +91",
            "560069",
            PhiKind::Zip,
        ),
        (
            "Secretary: 020 7794 0500 ext 33214",
            "020 7794 0500 ext 33214",
            PhiKind::Phone,
        ),
        (
            "his PhD at the University of Strathclyde and",
            "University of Strathclyde",
            PhiKind::Geo,
        ),
        (
            "psychiatrist, Kaiser Oakland Psychiatry; therapist",
            "Kaiser Oakland Psychiatry",
            PhiKind::Geo,
        ),
        (
            "literature at UC Berkeley, with",
            "UC Berkeley",
            PhiKind::Geo,
        ),
    ]);
    assert_none_found(&[
        "sent Via Epic 3 times",
        "GBS and respiratory distress. Kaiser sepsis calculator risk low.",
    ]);
}

#[test]
fn labels_jobs_and_eponyms_beside_names_and_places() {
    assert_all_found(&[
        (
            "Father Griffin Road, Galway, Eircode H91 X2K7.",
            "Galway",
            PhiKind::City,
        ),
        (
            "at cvs 1019 ponce de leon ave ne. triage",
            "1019 ponce de leon ave ne",
            PhiKind::StreetAddress,
        ),
        (
            "notified. — m. o'driscoll rn 2/4/25 0915",
            "m. o'driscoll",
            PhiKind::Name,
        ),
        (
            "op note — Mohammed al-Rashid 58M, inferior STEMI",
            "Mohammed al-Rashid",
            PhiKind::Name,
        ),
        ("seen by Dr. al-Rashid today", "al-Rashid", PhiKind::Name),
    ]);
    assert_no_kind("Galway, Eircode H91 X2K7", PhiKind::Name);
    assert_none_found(&[
        "CGC Licensed Genetic Counselor, IL license pending",
        "No features of Li-Fraumeni, Cowden, Peutz-Jeghers or MUTYH-associated polyposis.",
        "Hold Ozempic 1 week prior per ASA guidance.",
        "is the EOG Arden ratio <1.5 still the key test",
        "Colles type, no Smith's or Barton's component.",
        "pT3 pN1a (1/18 lymph nodes).",
    ]);
}

#[test]
fn loosely_typed_names_numbers_and_places() {
    assert_all_found(&[
        // A possessive typed without its apostrophe: the name is the word without its "s".
        ("lilys mom called again", "lily", PhiKind::Name),
        ("Teodoros wife Luz to bring docs", "Teodoro", PhiKind::Name),
        ("did rev bishops wife ever get", "bishop", PhiKind::Name),
        ("referred by dr browns office", "brown", PhiKind::Name),
        // "king" is too short to be inflected; a frequent given name ends in -ly.
        (
            "0820 king, dwayne 11/23/74 dm2",
            "king, dwayne",
            PhiKind::Name,
        ),
        ("dtr ashley called re pt", "ashley", PhiKind::Name),
        ("pt hong mei 92y needs cantonese", "92", PhiKind::Age90Plus),
        (
            "participant P-118 (K. Haddad) missed",
            "P-118",
            PhiKind::OtherId,
        ),
        (
            "pt Reggie Long dl D3348-2219-0081 copied",
            "D3348-2219-0081",
            PhiKind::LicenseNumber,
        ),
        (
            "closest to Rt 9 box 114 Wardensville?",
            "Rt 9 box 114",
            PhiKind::StreetAddress,
        ),
        (
            "closest to Rt 9 box 114 Wardensville?",
            "Wardensville",
            PhiKind::City,
        ),
        (
            "docs to 2100 S Main St suite 4",
            "2100 S Main St suite 4",
            PhiKind::StreetAddress,
        ),
        (
            "she's at DaVita Northgate mwf",
            "DaVita Northgate",
            PhiKind::Geo,
        ),
    ]);
    assert_none_found(&[
        "the patients wife called. nurses station. his moms labs. diabetes meds.",
        "Husband's cell is on file. Crisis line information reiterated.",
        "Mees lines -- arsenic. Beau lines -- illness.",
        "glucose 110 mg/dl D5 given",
        "info per ems. pt tol well.",
        "Past Medical History: asthma",
    ]);
}

#[test]
fn records_from_south_africa_singapore_and_new_zealand() {
    assert_all_found(&[
        (
            "Road, Observatory, Cape Town, 7925   Tel 021",
            "7925",
            PhiKind::Zip,
        ),
        (
            "Park Road, Grafton, Auckland 1023\nDISCHARGE",
            "1023",
            PhiKind::Zip,
        ),
        ("NRIC: S2734561H        Case No.", "S2734561H", PhiKind::Ssn),
        (
            "Address: Blk 204 Bedok North Street 1, #07-331, Singapore 460204 NOK",
            "Blk 204 Bedok North Street 1, #07-331",
            PhiKind::StreetAddress,
        ),
        ("Street 1, Singapore 460204 NOK", "460204", PhiKind::Zip),
        (
            "Tan Siew Ling (daughter)  HP 9123 4517  Diagnosis",
            "9123 4517",
            PhiKind::Phone,
        ),
        (
            "Medical Officer (MCR M71234B)",
            "M71234B",
            PhiKind::LicenseNumber,
        ),
        (
            "Folder no.: GS 4471029      ID no.",
            "GS 4471029",
            PhiKind::Mrn,
        ),
        (
            "Procedures: NIV 3rd - 5th January  Summary",
            "3rd - 5th January",
            PhiKind::Date,
        ),
        (
            "mother Siti Nurhaliza binte Osman (8766 0142)",
            "Siti Nurhaliza binte Osman",
            PhiKind::Name,
        ),
    ]);
    // A year after a town is no postcode; nor is a count.
    assert_no_kind(
        "moved to Auckland 2019. Seen in Boston 1200 times",
        PhiKind::Zip,
    );
    assert_none_found(&[
        "4. Will follow. Page 31045 with questions.",
        "ambulate with frame 10 m. MBI 38/100 at transfer.",
        "Asked by ED re: K 7.1 after missed dialysis",
        "Indication: Symptomatic Mobitz II with syncope",
        "per European Society of Cardiology guidance",
        "PR 40% moderate (Allred 6/8), HER2 negative",
        "Feeds: NG 2/3 maintenance then full oral",
        "bronchopneumonia with Candida glabrata",
        "GCA unlikely (no Horton features)",
        "Department of Diagnostic Imaging",
        "(generalised, < 2 min, single in 24 h). Temp 39.4.",
    ]);
    assert_no_kind("Seen by chaplain Br. Francis Ngata.", PhiKind::Geo);
    assert!(!has(
        "Seen by chaplain Br. Francis Ngata.",
        "Br",
        PhiKind::Name
    ));
    assert!(!has(
        "Naledi Khumalo, MD, Deputy Chief Medical Examiner",
        "Chief Medical Examiner",
        PhiKind::Name
    ));
}

#[test]
fn facilities_by_kind_in_any_case() {
    assert_all_found(&[
        (
            "pull outside recs from mercy general for her",
            "mercy general",
            PhiKind::Geo,
        ),
        (
            "locked out (northside family clinic front desk)",
            "northside family clinic",
            PhiKind::Geo,
        ),
        (
            "may return to roosevelt middle school 4/17",
            "roosevelt middle school",
            PhiKind::Geo,
        ),
        (
            "needs dx views at valley imaging 6/12",
            "valley imaging",
            PhiKind::Geo,
        ),
        (
            "He is at Kindred Rehabilitation of Kansas City until",
            "Kindred Rehabilitation of Kansas City",
            PhiKind::Geo,
        ),
        (
            "Golden Oaks Rehabilitation & Nursing (Sarasota)",
            "Golden Oaks Rehabilitation & Nursing",
            PhiKind::Geo,
        ),
        (
            "home health RN via Interim HealthCare of Chicago.",
            "Interim HealthCare of Chicago",
            PhiKind::Geo,
        ),
    ]);
    assert_none_found(&[
        "referred to pulmonary rehabilitation. Cardiac Rehabilitation phase II. back to general.",
    ]);
}

#[test]
fn lower_case_pairs_of_given_name_and_surname() {
    assert_all_found(&[
        (
            "dexa results yolanda pierce 12/5/23 vs prior",
            "yolanda pierce",
            PhiKind::Name,
        ),
        (
            "talk to chaplain mercy oyelaran",
            "mercy oyelaran",
            PhiKind::Name,
        ),
        (
            "portal issue - pt amir haddad acct 123",
            "amir haddad",
            PhiKind::Name,
        ),
    ]);
    assert_none_found(&[
        "pt will ambulate with pt",
        "pt may ambulate",
        "amy will call back",
        "k 6.1 on pt in rm 12, hemolyzed?",
        "vena contracta 0.5 cm",
    ]);
}
