//! Pattern detectors: each is a regex (with an optional `v` group marking the PHI inside a
//! cue such as `MRN: 0048291`), a kind, a confidence, and a validator (calendar dates, SSA
//! ranges, VIN check digits...). All of them are compiled into one multi-pattern regex and
//! found in a single pass.

use std::net::{Ipv4Addr, Ipv6Addr};

use crate::PhiKind;
use crate::date::WrittenDate;

/// What a validator decides about a candidate.
pub enum Verdict {
    /// Keep the finding as declared.
    Accept,
    /// Keep it, but as another kind / confidence (fax by cue, weaker ids).
    AcceptAs(PhiKind, f32),
    /// Keep it, over another byte range of the text (a facility name without the words
    /// that led up to it).
    AcceptSpan(usize, usize),
    /// Keep it, and the city over this byte range before it ("Leeds" in "Leeds LS6 2QJ").
    AcceptWithCity(usize, usize),
    /// Not PHI after all.
    Reject,
}

/// A candidate as seen by a validator.
pub struct Candidate<'a> {
    /// The whole text.
    pub text: &'a str,
    /// The value (the `v` group or the whole match).
    pub value: &'a str,
    /// Byte offset of `value` in `text`.
    pub start: usize,
    /// End offset of `value`.
    pub end: usize,
}

impl Candidate<'_> {
    /// Up to `n` bytes before the value, lower-cased.
    pub fn before(&self, n: usize) -> String {
        let mut from = self.start.saturating_sub(n);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        self.text[from..self.start].to_ascii_lowercase()
    }

    /// Up to `n` bytes after the value, lower-cased.
    pub fn after(&self, n: usize) -> String {
        let mut to = (self.end + n).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        self.text[self.end..to].to_ascii_lowercase()
    }

    /// The word right before the value (letters only, lower-cased; empty when none),
    /// past spaces and light punctuation.
    pub fn word_before(&self) -> String {
        let head = self.text[..self.start].trim_end_matches([' ', '\t', ':', '(', ',']);
        // Past the last character that is not an ASCII letter (which may be several bytes).
        let start = head
            .char_indices()
            .rfind(|(_, ch)| !ch.is_ascii_alphabetic())
            .map_or(0, |(p, ch)| p + ch.len_utf8());
        head[start..].to_ascii_lowercase()
    }

    /// The word right after the value (letters only, lower-cased; empty when none).
    pub fn word_after(&self) -> String {
        let tail = self.text[self.end..].trim_start_matches([' ', '\t', ')', ',']);
        let end = tail
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(tail.len());
        tail[..end].to_ascii_lowercase()
    }

    /// The byte after the value, if any.
    pub fn next_byte(&self) -> Option<u8> {
        self.text.as_bytes().get(self.end).copied()
    }

    /// The byte before the value, if any.
    pub fn prev_byte(&self) -> Option<u8> {
        self.start.checked_sub(1).map(|i| self.text.as_bytes()[i])
    }
}

/// One pattern detector.
pub struct PatternDef {
    /// Detector name (appears in findings and provenance).
    pub name: &'static str,
    /// Kind of PHI.
    pub kind: PhiKind,
    /// Confidence when the validator accepts.
    pub confidence: f32,
    /// The regex, in a shorthand where `\d`, `\s` and `\b` mean their ASCII forms.
    pub pattern: String,
    /// Validator.
    pub check: fn(&Candidate) -> Verdict,
}

fn accept(_: &Candidate) -> Verdict {
    Verdict::Accept
}

/// Expand the shorthand into a regex the lazy DFA handles well (ASCII classes, ASCII word
/// boundaries: Unicode boundaries would push the engine off its fast path).
pub fn expand(pattern: &str) -> String {
    // SEP first: the month names inserted later contain "SEP".
    pattern
        .replace("SEP", r"[ \t]*[:#.=-]?[ \t]*(?:is[ \t]+|number[ \t]*[:#]?[ \t]*|no\.?[ \t]*[:#]?[ \t]*|#[ \t]*)?")
        .replace(r"\d", "[0-9]")
        .replace(r"\s", r"[ \t\r\n]")
        .replace(r"\b", r"(?-u:\b)")
        .replace("MONTH", MONTH)
        .replace("STATE", STATE)
        .replace("IDV", ID_VALUE)
}

const MONTH: &str = r"(?:[Jj]an(?:uary)?|JAN(?:UARY)?|[Ff]eb(?:ruary)?|FEB(?:RUARY)?|[Mm]ar(?:ch)?|MAR(?:CH)?|[Aa]pr(?:il)?|APR(?:IL)?|May|MAY|[Jj]une?|JUNE?|[Jj]uly?|JULY?|[Aa]ug(?:ust)?|AUG(?:UST)?|[Ss]ep(?:t|tember)?|SEP(?:T|TEMBER)?|[Oo]ct(?:ober)?|OCT(?:OBER)?|[Nn]ov(?:ember)?|NOV(?:EMBER)?|[Dd]ec(?:ember)?|DEC(?:EMBER)?)";

const STATE: &str = r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|Mass\.|Calif\.|Penn\.|Fla\.|Tex\.)";

/// An identifier value after a cue: letters/digits with inner separators, holding a digit
/// somewhere (checked by the validator).
/// Groups may also be separated by single spaces when each carries a digit early on
/// ("ID: XYK 8823 91044", "license NH 18223"), so prose after the id stays out.
const ID_VALUE: &str =
    r"(?P<v>[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+|[ ][A-Za-z]{0,3}[0-9][A-Za-z0-9]*){0,5})";

const STREET_SUFFIX: &str = r"(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Trail|Trl|Square|Sq|Loop|Pike|Row|Path|Crossing|Alley|Plaza|Point|Run|Walk|Heights|Hts|Ridge|Grove|Commons|Close|Crescent|Cres|Route|Rte|Lawn|Gardens|Mews|Rise|Parade|Quay|Wynd|Green|STREET|ST|AVENUE|AVE|ROAD|RD|BLVD|LANE|LN|DRIVE|DR|COURT|CT|WAY|PLACE|PL)";

const FACILITY_SUFFIX: &str = r"(?:Hospitals?|Medical Center|Medical Centre|Health Center|Health Centre|Health System|Health Services|Healthcare|Health Care Center|Clinic|Clinics|Infirmary|Hospice(?: House| (?:&|and) Palliative Care)?|Assisted Living(?: Facility| Center| Community)?|Nursing Home|Nursing Facility|Nursing (?:and|&) Rehabilitation(?: Center)?|Rehabilitation Center|Rehabilitation Hospital|Rehab Center|Care Center|Memory Care|Memorial|Urgent Care|Surgery Center|Surgical Center|Cancer Center|Cancer Institute|Heart Institute|Institute|Medical Group|Medical Associates|Family Practice|Family Medicine|Pediatrics|Senior Living|Retirement Home|Retirement Community|Skilled Nursing Facility|Behavioral Health(?: Center)?|Women's Health|Mental Health Center|Psychiatric Center|Dialysis Center|Imaging Center|Pharmacy|Manor|Nursing Center|Shelter|Group Home|Adult Day Center|Day Center|Convalescent Center|Residence|Lodge|Haven|Center|Centre|General|Associates|Alliance|Home Health|Home Care|Health Care System|Healthcare System|Health Care|Primary Care|Internal Medicine|Dermatology|Neurology|Cardiology|Orthopedics|Orthopaedics|Oncology|Urology|Gastroenterology|Dentistry|Dental|Dialysis Unit|Dialysis|Skilled Nursing|Pavilion|Partners|Physicians|Inn|Program|Imaging|Diagnostics|Rehab|Cardiac Rehab|Home|Laboratories|Medical Respite|Group Practice|Medical Practice|Endodontics|Orthodontics|Optometry|Kidney Care|Reference Laboratory|Police Department|Sheriff's Office|District Court|Circuit Court|Presbyterian|Methodist|Baptist|Lutheran|Adventist|Children's|SNF|LTACH|ALF|ASC|Physical Therapy|Stroke Unit|Church|Synagogue|Mosque|Temple|Cathedral|Mission|LLP|PLLC|LLC|Sleep Lab|Sleep Center|Sleep Centre|Specialists|Medical Supply|Health Team|Orthopedic Specialists|Correctional Facility|Correctional Center|Penitentiary|Detention Center|County Jail|Oral Surgery|Family Health(?: Team| Center| Centre)?|Outpatient Lab|Visiting Nurses?|Recovery House|Regional Health|Renal Unit|Home Infusion(?: Services?| Pharmacy)?|Infusion (?:Services?|Center|Centre|Pharmacy)|Infusion|Post[- ]Acute(?: Care)?|Wound Care(?: Center| Centre)?|Regional(?: Medical)?|Draw Station|Family Doctors|Anticoagulation Service|Residential|Heart (?:&|and) Vascular|Eye Care|Ambulance(?: Service)?|Transitional Care|Middle School|High School|Elementary School|Elementary|School|Academy|University|College|Health (?:&|and) Rehabilitation|Breast Health|Breast Center|(?:Road|Street|Lane|Avenue|Park|Green|Hill|House|Way) Surgery|Rheumatology|Endocrinology|Nephrology|Pulmonology|Ophthalmology|Podiatry|Hematology|Allergy(?: (?:&|and) Immunology)?|Regional Jail|Jail|Fire (?:Department|Station|Rescue)|Ambulance District|Credit Union|Funeral (?:Home|Directors)|NHS (?:Foundation )?Trust|Polyclinic|Laboratory Hub|Laboratory|Practice|Corporation|Group|Health|Rehabilitation(?: (?:&|and) Nursing)?|HealthCare)";

/// Every pattern detector, in priority order (earlier wins when two start at one place).
pub fn all() -> Vec<PatternDef> {
    let mut defs = Vec::new();
    let mut add = |name: &'static str,
                   kind: PhiKind,
                   confidence: f32,
                   pattern: &str,
                   check: fn(&Candidate) -> Verdict| {
        defs.push(PatternDef {
            name,
            kind,
            confidence,
            pattern: expand(pattern),
            check,
        });
    };
    use PhiKind::*;

    // Contact data and network identifiers.
    add(
        "email",
        Email,
        0.95,
        r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b",
        accept,
    );
    add(
        "url",
        Url,
        0.9,
        r"(?:\b(?:[Hh][Tt][Tt][Pp][Ss]?|[Ff][Tt][Pp])://|\bwww\.)[^ \t\r\n<>\x22'()\[\]{}|]+",
        check_url,
    );
    add(
        "url.domain",
        Url,
        0.8,
        r"\b[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|edu|gov|health|io|us|info|biz)(?:/[^ \t\r\n<>\x22'()\[\]{}|]*)?\b",
        check_url,
    );
    add(
        "ipv6",
        IpAddress,
        0.9,
        r"\b[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\b|::)",
        check_ipv6,
    );
    add(
        "ipv4",
        IpAddress,
        0.85,
        r"\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b",
        check_ipv4,
    );

    // Identifiers behind a cue. The cue is not PHI; only the `v` group is replaced.
    add(
        "ssn.cue",
        Ssn,
        0.95,
        r"(?i:\bssn|\bsocial[ \t]+security(?:[ \t]+(?:number|no\.?|#))?|\bss[ \t]?#)[^0-9\n]{0,30}?(?P<v>\d{3}[- ]?\d{2}[- ]?\d{4})\b",
        check_ssn_cued,
    );
    // "SSN (last 4): 7723": the last four digits alone still identify.
    add(
        "ssn.last4",
        Ssn,
        0.9,
        r"(?i:\bssn|\bsocial[ \t]+security(?:[ \t]+number)?)[ \t]*\(?(?i:last[ \t]*(?:4|four)(?:[ \t]+digits)?)\)?[ \t]*[:#]?[ \t]*(?P<v>\d{4})\b",
        accept,
    );
    add(
        "mrn.cue",
        Mrn,
        0.95,
        r"(?i:\bmrn|\bmr[ \t]?#|\bmedical[ \t]+record(?:[ \t]+(?:number|no\.?|#))?|\bmed\.?[ \t]+rec(?:ord)?\.?(?:[ \t]*(?:#|no\.?|number))?|\bchart(?:[ \t]+(?:number|no\.?|#))|\bpatient[ \t]+id|\bpt\.?[ \t]+id|\bhosp(?:ital)?\.?[ \t]+(?:number|no\.?|#)|\bnhi|\buhid|\burn|\bunit[ \t]+(?:number|no\.?)|\bhealth[ \t]+record[ \t]+(?:number|no\.?|#)|\bfolder(?:[ \t]+(?:number|no\.?|#))?)SEP(?:[ \t]*)IDV",
        check_id,
    );
    add(
        "account.cue",
        AccountNumber,
        0.95,
        r"(?i:\bacc(?:oun)?t\.?|\bbilling[ \t]+(?:id|number|no\.?)|\binvoice)(?:[ \t]*(?:number|no\.?|#))?SEP(?:[ \t]*)IDV",
        check_id,
    );
    add(
        "health-plan.cue",
        HealthPlanId,
        0.95,
        r"(?i:\bmember(?:[ \t]+(?:id|number|no\.?|#))?|\bsubscriber(?:[ \t]+(?:id|number|no\.?|#))?|\bpolicy(?:[ \t]+(?:id|number|no\.?|#))|\binsurance(?:[ \t]+(?:id|number|no\.?|#))|\bplan[ \t]+(?:id|number|#)|\bgroup(?:[ \t]+(?:id|number|no\.?|#))?|\bgrp(?:[ \t]*(?:#|no\.?))?|\bmedicaid(?:[ \t]+(?:id|number|no\.?|#))?|\bmedicare(?:[ \t]+(?:id|number|no\.?|#|mbi|beneficiary[ \t]+identifier))?|\bmbi|\bhicn|\bohip|\bramq|\bphn|\bihi|\bphin|\bhcn|\buli|\bahcip|\bmsp|\bhealth[ \t]+card(?:[ \t]+(?:number|no\.?|#))?|\bmedi-cal(?:[ \t]+(?:id|number|no\.?|#))?|\bmedical[ \t]+card(?:[ \t]+(?:number|no\.?|#))?|\bbeneficiary[ \t]+(?:id|number|no\.?))SEP(?:[ \t]*)IDV",
        check_id,
    );
    add(
        "license.cue",
        LicenseNumber,
        0.95,
        r"(?i:\bdea(?:[ \t]+(?:number|no\.?|#)|#)?|\bdriver'?s?[ \t]+licen[cs]e(?:[ \t]+(?:number|no\.?|#))?|\blicen[cs]e(?:[ \t]+(?:number|no\.?|#))?|\blic\.?(?:[ \t]*(?:#|no\.?))?|\bdl[ \t]*(?:#|no\.?)|\bcertificate(?:[ \t]+(?:number|no\.?|#))|\bpassport(?:[ \t]+(?:number|no\.?|#))?|\bstate[ \t]+id|\b(?:imc|gmc|mmc|mdcn|nmc|hcpc|mci|ahpra|cpso|mcr|hpcsa|mcnz|snb|smc)(?:[ \t]+(?:number|no\.?|#|reg(?:istration)?\.?))?|\breg(?:istration)?\.?[ \t]*(?:number|no\.?|#)|\bcdl)SEP(?:[ \t]*)IDV",
        check_id,
    );
    add(
        "vehicle.cue",
        VehicleId,
        0.95,
        r"(?i:\blicen[cs]e[ \t]+plate(?:[ \t]+(?:number|no\.?|#))?|\bplate(?:[ \t]+(?:number|no\.?|#))?|\btag(?:[ \t]+(?:number|no\.?|#))?|\bvin(?:[ \t]+(?:number|no\.?|#))?|\bvehicle[ \t]+(?:id|identification[ \t]+number))\b[ \t]*[:#]?[ \t]*(?:is[ \t]+)?(?P<v>[A-Za-z0-9]{1,8}(?:[- ][A-Za-z0-9]{1,8})?)\b",
        check_plate,
    );
    add(
        "device.cue",
        DeviceId,
        0.95,
        r"(?i:\bserial(?:[ \t]+(?:number|no\.?|#))?|\bs/n|\bsn|\bdevice(?:[ \t]+(?:id|identifier|serial|number|no\.?|#))|\budi|\bimplant(?:[ \t]+(?:id|number|serial))|\bmodel(?:[ \t]+(?:number|no\.?|#))|\blot(?:[ \t]+(?:number|no\.?|#))?|\bpacemaker[ \t]+(?:id|serial)|\btransmitter(?:[ \t]+(?:id|serial|number|#))?|\bsensor(?:[ \t]+(?:id|serial))?|\breceiver[ \t]+(?:id|serial)|\b(?:ra|rv|lv|atrial|ventricular)[ \t]+lead|\bmachine|\bpump(?:[ \t]+(?:id|serial))?|\bgenerator)SEP(?:[ \t]*)(?P<v>(?:\(\d{2}\))?[A-Za-z0-9]+(?:[-./()][A-Za-z0-9]+){0,6})",
        check_id,
    );
    add(
        "udi",
        DeviceId,
        0.9,
        r"\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9]+){0,4}",
        accept,
    );
    add(
        "other-id.cue",
        OtherId,
        0.9,
        r"(?i:\baccession(?:[ \t]+(?:number|no\.?|#))?|\bacc(?:[ \t]*(?:#|no\.?))?|\bspecimen(?:[ \t]+(?:id|number|no\.?|#))?|\border(?:[ \t]+(?:id|number|no\.?|#))|\bcase(?:[ \t]+(?:id|number|no\.?|#))|\bencounter(?:[ \t]+(?:id|number|no\.?|#))|\bvisit(?:[ \t]+(?:id|number|no\.?|#))|\bfin|\bcsn|\bnpi|\bclia|\bprovider[ \t]+(?:number|no\.?|#)|\bclaim(?:[ \t]+(?:id|number|no\.?|#))?|\breference(?:[ \t]+(?:id|number|no\.?|#))?|\bref[ \t]*(?:#|no\.?)|\brequisition(?:[ \t]+(?:id|number|no\.?|#))?|\breferral(?:[ \t]+(?:id|number|no\.?|#))?|\bextract[ \t]+(?:number|no\.?|#)|\bstudy(?:[ \t]+(?:id|number|no\.?|#))?|\btrial(?:[ \t]+(?:id|number|#))?|\bprotocol[ \t]+(?:id|number|#)|\breport[ \t]+(?:id|number)|\bemployee[ \t]+(?:id|number)|\bbadge(?:[ \t]+(?:id|number|#))?|\bid(?:[ \t]+(?:number|no\.?|#))?|\bidentifier|\brun[ \t]*#|\bcase|\brx[ \t]*#|\bprior[ \t]+auth(?:orization)?(?:[ \t]+(?:number|no\.?|#))?|\bauth(?:orization)?[ \t]*#|\bauth|\bsession(?:[ \t]+(?:id|number))|\bticket[ \t]*#|\bpatient[ \t]+(?:number|no\.?)|\bkey\b|\bref\b|\breferral[ \t]*#|\bincident[ \t]+report|\busername\b|\buser[ \t]+(?:name|id)|\blogin\b|\btracking\b)SEP(?:[ \t]*)IDV",
        check_id,
    );

    // "dl D3348-2219-0081", "DL S530-4417-8821-06": a driver's licence after its short cue
    // (the value's leading letter keeps "mg/dl 110" out).
    add(
        "license.dl",
        LicenseNumber,
        0.9,
        r"(?:^|[ \t(,;:])(?:dl|DL|Dl)[ \t]*:?[ \t]+(?P<v>[A-Z]\d{3,}(?:-\d{2,}){0,4})\b",
        accept,
    );
    // "participant P-118", "subject id S-0042": a study's code for a person.
    add(
        "other-id.participant",
        OtherId,
        0.85,
        r"(?i:\bparticipant|\bsubject[ \t]+(?:id|number|no\.?|#))[ \t]*(?:id|#|no\.?)?[ \t]*:?[ \t]*(?P<v>[A-Z]{0,4}-?\d{2,8}(?:-[A-Z0-9]{1,6})?)\b",
        accept,
    );
    // Pharmacies and labs by chain (before `id.hash`, which would take the store number), with a store number or a site: "CVS #1234 on Elm St",
    // "Walgreens #10472", "Quest - Yonkers".
    add(
        "facility.store",
        Geo,
        0.85,
        r"\b(?P<v>(?:CVS|Walgreens|Rite[ \t]Aid|Walmart|Kroger|Costco|Safeway|Publix|Target|Ingles|Discount[ \t]Drug[ \t]Mart|Duane[ \t]Reade|Osco|Hy-Vee|Meijer|Wegmans|Navarro|Quest(?:[ \t]Diagnostics)?|LabCorp|Labcorp|[A-Z][A-Za-z'&]+(?:[ \t][A-Z][A-Za-z'&]+)?[ \t]Pharmacy)(?:[ \t]+Pharmacy)?(?:[ \t]*#[ \t]*\d{1,6}(?:[ \t]+(?:on|at)[ \t]+(?:[A-Z0-9][A-Za-z0-9]*[ \t]+)*(?:St|Ave|Rd|Blvd|Dr|Street|Avenue|Road)\b\.?)?|[ \t]+(?:-|–|—)[ \t]+[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?)?)\b",
        check_store,
    );
    // Any word then "#": "Clinic # 7-441-209", "report # 22-WSP-119482", "DFCI #: 0122".
    add(
        "id.hash",
        OtherId,
        0.85,
        r"\b[A-Za-z]{2,}\.?[ \t]*#[ \t]*:?[ \t]*(?P<v>[A-Za-z0-9]+(?:[-./][A-Za-z0-9]+){0,5})\b",
        check_id,
    );

    // Phone and fax: NANP in any punctuation, extensions; fax decided by a nearby cue.
    add(
        "phone",
        Phone,
        0.9,
        r"(?:\+?1[ \t.-]?)?(?:\(\d{3}\)[ \t.-]?|\b\d{3}[ \t.-])\d{3}[ \t.-]\d{4}\b(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5}\b)?",
        check_phone,
    );
    add(
        "phone.cue",
        Phone,
        0.9,
        r"(?i:\bphone|\btel\.?|\btelephone|\bcell|\bmobile|\bpager|\bfax|\bcall(?:ed)?(?:[ \t]+(?:at|on))?|\bcb|\bcall[ \t]*back|\bcallback|\bcontact(?:[ \t]+(?:at|number|#))?|\bph\.?|\bhome|\bwork|\bbeeper)(?:[ \t]*(?:number|no\.?|#))?[ \t]*[:#]?[ \t]*(?P<v>\+?\d[\d \t().-]{5,16}\d(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5})?)\b",
        check_phone,
    );

    // International numbers: a leading + is signal enough.
    add(
        "phone.intl",
        Phone,
        0.85,
        r"\+[1-9]\d{0,2}[ \t.-]?(?:\(0\)[ \t]?)?\d{1,4}(?:[ \t.-]?\d{2,4}){1,4}\b",
        check_phone,
    );

    // National numbers written with a trunk 0 (UK, Ireland, Australia...): "07700 900461",
    // "0113 496 0721", "(02) 9382 1111" — ten or eleven digits in two or three groups.
    add(
        "phone.trunk",
        Phone,
        0.8,
        r"(?:\(0\d{1,4}\)|\b0\d{2,4})[ \t]\d{3,6}(?:[ \t]\d{3,4})?\b(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,5}\b)?",
        check_trunk_phone,
    );

    // SSN by shape, with the SSA's never-issued ranges rejected.
    add("ssn", Ssn, 0.9, r"\b\d{3}-\d{2}-\d{4}\b", check_ssn);

    // Ages of 90 and over (the number only is PHI).
    add(
        "age",
        Age90Plus,
        0.95,
        r"\b(?P<v>(?:9\d|1[0-2]\d)(?:\.\d)?)(?:[ \t-]*(?:-|\s)?(?:years?|yrs?|y)[ \t-]*(?:-|\s)?(?:old|of[ \t]+age|o\b|/o)|[ \t]*(?:y\.?o\.?|y/o|yo|yr\.?[ \t]*old)\b|(?:M|F|m|f|y|yM|yF|yoM|yoF|yom|yof)\b)",
        check_age_not_temperature,
    );
    add(
        "age.cue",
        Age90Plus,
        0.95,
        r"(?i:\bage[d]?|\bage:|\bat[ \t]+age|\bage[ \t]+at[ \t]+(?:death|admission|diagnosis|onset))[ \t]*[:=]?[ \t]*(?P<v>(?:9\d|1[0-2]\d))(?i:[ \t]*(?:y|yrs?|years?|yo))?\b",
        check_age_cue,
    );
    add(
        "age.lived",
        Age90Plus,
        0.9,
        r"(?i:\bdied|\bpassed[ \t]+away|\bdeceased|\blived|\balive|\bliving|\bturned|\bturns)[ \t]+(?:at|to|until|till)?[ \t]*(?:the[ \t]+)?(?:age[ \t]+(?:of[ \t]+)?)?(?P<v>9\d|1[0-2]\d)\b",
        check_age_cue,
    );
    add(
        "age.sex",
        Age90Plus,
        0.9,
        r"(?:\(|\b|Age/Sex:?[ \t]*)(?P<v>9\d|1[01]\d)[ \t]*(?:/[ \t]*)?(?:M|F|male|female)\b",
        check_age_sex,
    );
    // Spelled out: "ninety-two year old", "aged one hundred".
    add(
        "age.words",
        Age90Plus,
        0.9,
        r"(?i:\b(?:aged?[ \t]+)?(?P<v>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?:[ \t-]+(?:years?|yrs?)[ \t-]+(?:old|of[ \t]+age)|[ \t]*(?:yo|y/o|y\.o\.)))",
        accept,
    );
    // Sign-offs on a line of their own: "- Zainab", "- kt RN", "- jenna rn 4N".
    add(
        "name.signoff",
        Name,
        0.75,
        r"(?m:^[ \t]*(?:-|–|—|~)[ \t]*(?P<v>[A-Za-z][a-z'-]+|[A-Za-z]{2,3})(?:,?[ \t]+(?i:rn|md|np|pa|lpn|cna|rt|sw|ot|do|pharmd)\b[^\n]{0,12})?[ \t]*$)",
        check_signoff,
    );
    // Nicknames in quotes: (goes by "Tobi"), ("Dima"), aka "Espe".
    add(
        "name.nickname",
        Name,
        0.8,
        r"(?:\((?i:goes[ \t]+by|aka|a\.k\.a\.|prefers|called|nickname:?)?[ \t]*|(?i:goes[ \t]+by|aka|a\.k\.a\.|prefers[ \t]+to[ \t]+be[ \t]+called|nickname:?)[ \t]+)[\x22\x{201C}](?P<v>[A-Z][a-z]+)[\x22\x{201D}]",
        accept,
    );
    add(
        "age.is",
        Age90Plus,
        0.85,
        r"(?i:\bshe['’]?s|\bhe['’]s|\bshe[ \t]+is|\bhe[ \t]+is|\bshe[ \t]+was|\bhe[ \t]+was|\bis[ \t]+now|\bnow|\b(?:pt|patient|who|mom|mother|dad|father|grandma|grandpa|grandmother|grandfather)[ \t]+is|\b(?:died|d\.|passed(?:[ \t]+away)?|deceased)[ \t]+at(?:[ \t]+age)?)[ \t]+(?P<v>9\d|1[0-2]\d)\b",
        check_age_is,
    );
    add(
        "age.paren",
        Age90Plus,
        0.9,
        r"\((?P<v>9\d|1[0-2]\d)[ \t]*(?:y|yo|yrs?|years?)\)",
        accept,
    );
    // "Mr. Bao Nguyen, 92, so his wife", "Naledi Mokoena, 90, DOB": an age between commas
    // after a capitalized name.
    add(
        "age.after-name",
        Age90Plus,
        0.8,
        r",[ \t]+(?P<v>9\d|1[01]\d)(?:,|[ \t]*(?:y/?o|yrs?|years|[MF])\b|[ \t]*$)",
        check_age_after_person,
    );
    add(
        "age.is-words",
        Age90Plus,
        0.85,
        r"(?i:\bshe['’]?s|\bhe['’]s|\bshe[ \t]+is|\bhe[ \t]+is|\bpt[ \t]+is|\bpatient[ \t]+is|\baged?)[ \t]+(?P<v>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[- ]hundred(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b",
        accept,
    );
    // "mrs. o'connell (92)", "mom (93)": a bare number in parentheses after a person.
    add(
        "age.paren-bare",
        Age90Plus,
        0.8,
        r"[ \t]\((?P<v>9\d|1[01]\d)\)",
        check_age_after_person,
    );
    add(
        "age.years",
        Age90Plus,
        0.85,
        r"\b(?P<v>(?:9\d|1[0-2]\d))[ \t]+(?:years|yrs)\b",
        check_age_years,
    );

    // Dates, every common clinical layout, validated against the calendar.
    add(
        "date.iso",
        Date,
        0.95,
        r"\b(?P<v>(?:1[89]|2[01])\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)\b",
        check_date_iso,
    );
    add(
        "date.numeric",
        Date,
        0.92,
        r"\b(?P<v>(?:0?[1-9]|[12]\d|3[01])(?:/(?:0?[1-9]|[12]\d|3[01])/|-(?:0?[1-9]|[12]\d|3[01])-|\.(?:0?[1-9]|[12]\d|3[01])\.)(?:1[89]\d{2}|2[01]\d{2}|\d{2}))\b",
        check_date_numeric,
    );
    add(
        "date.month-year-numeric",
        Date,
        0.75,
        r"\b(?P<v>(?:0?[1-9]|1[0-2])/(?:19|20)\d{2})\b",
        check_date_numeric,
    );
    // A range of days in one month: "8-10 February", "3–5 March 2023", "Oct 12-17".
    add(
        "date.range",
        Date,
        0.9,
        r"\b(?P<v>\d{1,2}(?:st|nd|rd|th)?[ \t]*[–-][ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?MONTH\.?(?:,?[ \t]+(?:1[89]|2[01])\d{2})?|MONTH\.?[ \t]+\d{1,2}[ \t]*[–-][ \t]*\d{1,2}(?:,?[ \t]+(?:1[89]|2[01])\d{2})?)\b",
        check_date_range,
    );
    add(
        "date.text",
        Date,
        0.95,
        r"\b(?P<v>(?:(?:[Tt]he[ \t]+)?\d{1,2}(?:st|nd|rd|th)?[ \t,-]+(?:of[ \t]+)?MONTH\.?(?:[ \t,-]+(?:1[89]|2[01])\d{2}|-\d{2})?|MONTH\.?[ \t-]+\d{1,2}(?:st|nd|rd|th)?(?:[ \t]*,[ \t]*|[ \t-]+)(?:1[89]|2[01])\d{2}|MONTH\.?[ \t-]+\d{1,2}(?:st|nd|rd|th)?|MONTH\.?,?[ \t-]+(?:of[ \t]+)?(?:1[89]|2[01])\d{2}|MONTH\.?[ \t-]+'\d{2}))\b",
        check_date_text,
    );
    add(
        "date.compact",
        Date,
        0.85,
        r"\b(?P<v>(?:1[89]|2[01])\d{6}(?:\d{4}(?:\d{2}(?:\.\d{1,6})?)?)?(?:[+-]\d{4})?)\b",
        check_date_compact,
    );
    add(
        "date.cue-short",
        Date,
        0.8,
        r"(?i:\bon|\bsince|\bfrom|\buntil|\bdated|\bthrough|\bthru|\bdos|\bdob|\bdate|\bdrawn|\bseen|\badmitted|\bdischarged|\bstarted|\bstopped|\bbegan|\bscheduled|\bdone|\bperformed|\bcollected|\bobtained|\bvisit|\bappt|\bappointment|\blast|\bnext|\bby|\bbefore|\bafter|\bdue|\bweek[ \t]+of|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\.?)[ \t:,]+(?:(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),?[ \t]+)?(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))\b",
        check_date_short,
    );

    // A bare month/day ("BCx 10/30", "placed 10/29") is a date unless it reads as a score,
    // a grade or a fraction (see `check_month_day`).
    add(
        "date.month-day",
        Date,
        0.7,
        r"\b(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))\b",
        check_month_day,
    );
    // Day first, as written outside the US: "angiogram (19/03)".
    add(
        "date.day-month",
        Date,
        0.7,
        r"\b(?P<v>(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2]))\b",
        check_day_month,
    );
    // Spanish and French dates: "14 de julio", "14 de julio de 2024", "14 février 2024".
    add(
        "date.spanish",
        Date,
        0.9,
        r"(?i:\b(?P<v>(?:0?[1-9]|[12]\d|3[01])[ \t]+de[ \t]+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:[ \t]+(?:de[ \t]+|del[ \t]+)?\d{4})?)\b)",
        accept,
    );
    add(
        "date.french",
        Date,
        0.9,
        r"(?i:\b(?P<v>(?:0?[1-9]|[12]\d|3[01]|1er)[ \t]+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)(?:[ \t]+\d{4})?)\b)",
        accept,
    );
    // "on the 15th", "by the 3rd", "til the 22nd".
    add(
        "date.ordinal-day",
        Date,
        0.75,
        r"(?i:\b(?:on|by|until|till?|since|before|after|from|through|thru|starting|due))[ \t]+(?P<v>the[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b",
        check_ordinal_day,
    );
    // "Thursday the 15th", "mon the 6th", "tues. the 14th": the weekday is part of the date.
    add(
        "date.weekday-ordinal",
        Date,
        0.8,
        r"(?i:\b(?P<v>(?:mon|tues?|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?[ \t]+the[ \t]+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b)",
        check_ordinal_day,
    );

    // Geography below the state.
    // "born in Chennai", "moved from Tucson", "flying in from Osaka": a place after a verb of
    // living or moving is a city (states and countries are rejected by the validator).
    add(
        "city.moved",
        City,
        0.75,
        r"(?i:\bborn|\braised|\bgrew[ \t]+up|\bmoved|\brelocated|\bemigrated|\bimmigrated|\blives|\bliving|\bresides|\bresiding|\bflying[ \t]+in|\bflew[ \t]+in|\bvisiting|\btravel|\btravels|\btraveling|\btravelling|\btraveled|\btravelled|\breturned|\barrived|\barriving|\bfamily|\brelatives|\bparents|\bmother|\bmom|\bfather|\bdad|\bsister|\bbrother|\bdaughter|\bdtr|\bson|\btreated|\bdied|\bschool|\bworks|\bworked|\bworking|\bstays|\bstayed|\bstaying)[ \t]+(?:back[ \t]+)?(?i:in|from|to)[ \t]+(?P<v>[A-Z][a-z\x{e0}-\x{ff}]+(?:-[a-z]+-[A-Z][a-z]+)?(?:[ \t]+[A-Z][a-z\x{e0}-\x{ff}]+)?)",
        check_city_moved,
    );
    add(
        "street",
        StreetAddress,
        0.9,
        &format!(
            r"\b(?P<v>(?:(?:Flat|Unit|Apt\.?|Apartment|Suite)[ \t]+[0-9A-Za-z]{{1,4}},?[ \t]+)?(?:(?:Blk|Block)\.?[ \t]+)?(?:\d{{1,4}}/)?\d{{1,6}}(?:-\d{{1,4}})?[A-Za-z]?[ \t]+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?(?:(?:[A-Z][A-Za-z'.-]*|\d{{1,3}}(?:st|nd|rd|th))[ \t]+){{1,4}}{STREET_SUFFIX}\.?(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\b)?(?:[ \t]+\d{{1,2}}\b)?(?:,?[ \t]*(?:(?:Apartment|Apt|Suite|Ste|Unit|Floor|Fl|Room|Rm|Building|Bldg|apt|suite|ste|unit|#)\.?[ \t]*#?[ \t]*[A-Za-z0-9-]+|\d{{1,3}}(?:st|nd|rd|th)[ \t]+Floor))?)\b"
        ),
        check_street,
    );
    add(
        "street.po-box",
        StreetAddress,
        0.9,
        r"(?i:\bp\.?[ \t]?o\.?[ \t]+box|\bpost[ \t]+office[ \t]+box)[ \t]+\d{1,6}\b",
        accept,
    );
    add(
        "zip.state",
        Zip,
        0.95,
        r"\bSTATE,?[ \t]+(?P<v>\d{5}(?:-\d{4})?)\b",
        accept,
    );
    add(
        "zip.cue",
        Zip,
        0.95,
        r"(?i:\bzip(?:[ \t]*code)?|\bpostal[ \t]+code)[ \t]*[:#]?[ \t]*(?P<v>\d{5}(?:-\d{4})?)\b",
        accept,
    );
    add(
        "zip.after-state",
        Zip,
        0.9,
        r"\b\d{5}(?:-\d{4})?\b",
        check_zip_after_state,
    );
    add("zip.plus4", Zip, 0.8, r"\b\d{5}-\d{4}\b", accept);
    // Rural routes, highway contracts and numbered roads: "HC 64 Box 118", "Rt 2 Box 415",
    // "2218 Hwy 41 N", "880 County Road 12".
    add(
        "street.rural",
        StreetAddress,
        0.85,
        r"\b(?P<v>(?:HC|RR|Rt|Rte|Route|Rural[ \t]+Route|R\.R\.)[ \t]*\d{1,3},?[ \t]+(?:Box|box|BOX)[ \t]+\d{1,5}|\d{1,6}[ \t]+(?:Hwy|Highway|State[ \t]+Route|State[ \t]+Road|SR|County[ \t]+Road|CR|FM|US|Route|Rte)[ \t]+\d{1,4}(?:[ \t]+[NSEW]\b)?)",
        accept,
    );
    // Queries type whole addresses in lower case: "418 e cactus ave, yuma az 85365".
    add(
        "street.lowercase",
        StreetAddress,
        0.8,
        r"\b(?P<v>\d{1,6}[ \t]+(?:[nsew]\.?[ \t]+)?[a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+(?:ave|avenue|rd|road|street|drive|lane|blvd|boulevard|court|hwy|highway|pkwy|parkway|circle)(?:[ \t]+(?:ne|nw|se|sw))?)\b",
        check_lowercase_street,
    );
    add(
        "zip.state-lowercase",
        Zip,
        0.85,
        r"\b(?:al|ak|az|ar|ca|co|ct|de|fl|ga|ia|id|il|ks|ky|la|ma|md|mi|mn|mo|ms|mt|nc|nd|ne|nh|nj|nm|nv|ny|pa|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|wy)[ \t]+(?P<v>\d{5})\b",
        check_zip_after_lowercase_state,
    );
    // Record and specimen numbers with slashes: "H25/1183", "LCSH/24/08813".
    add(
        "id.slashed",
        OtherId,
        0.7,
        r"\b(?:[A-Z]{1,4}\d{2,3}/\d{3,6}|[A-Z]{2,6}/(?:[A-Z]{2,6}/)?\d{2,4}/\d{3,6})\b",
        accept,
    );
    // Continental European streets: the street's kind inside one word ("Prinsengracht 263",
    // "Hauptstraße 5a"), as a second word ("Schönhauser Allee 36"), or before the name
    // ("Via Roma 12", "Calle de Alcalá 45", "12 rue de la Paix").
    add(
        "street.continental",
        StreetAddress,
        0.85,
        r"(?:\b(?P<v>\p{Lu}\p{Ll}+(?:straat|gracht|weg|laan|plein|kade|singel|dijk|steeg|strasse|straße|gasse|platz|allee|damm|ufer|vej|gade|gatan|vägen|veien)[ \t]+\d{1,4}[a-z]?(?:-\d{1,4})?|\p{Lu}\p{Ll}+[ \t](?:Allee|Straße|Strasse|Platz|Weg|Ring|Damm|Ufer|Chaussee|Gasse|Markt|Steenweg)[ \t]+\d{1,4}[a-z]?|(?:Rue|Avenue|Boulevard|Chemin|Calle|Avenida|Via|Viale|Piazza|Corso|Rua|Carrer|Ulica)[ \t]+(?:(?:de|del|della|di|da|do|dos|das|la|le|les|du|des|l'|d')[ \t]*)*\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,2},?[ \t]+\d{1,4}[a-z]?|\d{1,4}(?:bis|ter)?,?[ \t]+(?:rue|avenue|boulevard|chemin|place|allée|impasse|quai)[ \t]+(?:(?:de|du|des|la|le|les|l'|d')[ \t]*)*\p{Lu}[\p{L}'-]+(?:[ \t]+\p{Lu}[\p{L}'-]+){0,3}))\b",
        check_continental_street,
    );
    // "HP 9123 4517": a handphone, as Singapore and Malaysia write a mobile number.
    add(
        "phone.handphone",
        Phone,
        0.85,
        r"\b(?:HP|H/P|hp|Handphone|handphone)[ \t]*:?[ \t]+(?P<v>[689]\d{3}[ \t]?\d{4})\b",
        accept,
    );
    // Singapore's NRIC, FIN and birth certificates ("S2734561H"): a national number.
    add(
        "ssn.nric",
        Ssn,
        0.9,
        r"\b(?P<v>[STFGM]\d{7}[A-Z])\b",
        check_nric,
    );
    // "Singapore 169608": the city-state's six-digit postcode.
    add(
        "zip.singapore",
        Zip,
        0.85,
        r"\b(?:Singapore|SINGAPORE|S\()[ \t]*(?P<v>\d{6})\b",
        accept,
    );
    // UK postcodes ("SE11 6SP", "LS13 2AE"): the inward part's letters skip C, I, K, M, O, V.
    add(
        "zip.uk",
        Zip,
        0.8,
        r"\b[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}\b",
        check_with_city_before,
    );
    // A street without a house number in a letter head, known by the town and postcode
    // after it: "Chapeltown Road, Leeds LS7 4SA", "Rode Road, Chermside QLD 4032". Only the
    // street is kept; the town and postcode are read again by their own patterns.
    // "resides at Brookside", "lives at Harbour View": a named place where a person lives.
    add(
        "geo.residence",
        Geo,
        0.75,
        r"(?i:\bresides|\bresiding|\blives|\bliving|\bresident)[ \t]+at[ \t]+(?P<v>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,3})",
        check_residence,
    );
    add(
        "street.letterhead",
        StreetAddress,
        0.8,
        r"\b(?P<v>(?:[A-Z][a-z]+[ \t]){1,3}(?:Road|Street|Lane|Terrace|Avenue|Way|Drive|Close|Crescent|Grove|Place|Walk|Gardens|Hill|Row|Parade|Square))(?:,[ \t]*\r?\n?[ \t]*|[ \t]*\r?\n[ \t]*|[ \t]+)(?:[A-Z][a-z]+[ \t]){0,2}[A-Z][a-z]+,?(?:[ \t]+|[ \t]*\r?\n[ \t]*)(?:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[ABD-HJLNP-UW-Z]{2}|(?:QLD|NSW|VIC|TAS|ACT|NT|WA|SA)[ \t]+\d{4}|[AC-FHKNPRTV-Y]\d{2}[ \t][AC-FHKNPRTV-Y0-9]{4})\b",
        check_letterhead_street,
    );
    // Canadian postal codes ("M4N 3M5", with the space: "E4V4M6" is a coma score) and Irish Eircodes ("T12 DC4A", "D6W XY12"): the
    // Eircode's last four must hold a digit, so words in capitals do not pass.
    add(
        "zip.canada",
        Zip,
        0.8,
        r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \t]\d[ABCEGHJ-NPRSTV-Z]\d\b",
        check_with_city_before,
    );
    add(
        "zip.eircode",
        Zip,
        0.8,
        r"\b(?P<v>[ACDEFHKNPRTVWXY](?:\d\d|6W)[ \t][0-9ACDEFHKNPRTVWXY]{4})\b",
        check_eircode,
    );
    // Australian postcodes after the state: "Woolloongabba QLD 4102".
    add(
        "zip.australia",
        Zip,
        0.85,
        r"\b(?:QLD|NSW|VIC|TAS|ACT|NT|WA|SA)[ \t]+(?P<v>\d{4})\b",
        check_australian_postcode,
    );
    add(
        "city.state",
        City,
        0.85,
        r"\b(?P<v>[A-Z][^ \t\r\n,;:()|]*[a-z\x80-\xff](?:[ \t]+(?:[A-Z][^ \t\r\n,;:()|]*|d'[A-Z][a-z]+|de|la|del)){0,2}),[ \t]+STATE\b",
        check_city_state,
    );
    // Irish counties: "Co. Galway", "Co Cork".
    add(
        "county.irish",
        County,
        0.85,
        r"\bCo\.?[ \t]+[A-Z][a-z]{2,}\b",
        check_irish_county,
    );
    // Typed in lower case: "lives in washtenaw county" (only listed counties).
    add(
        "county.lowercase",
        County,
        0.85,
        r"\b(?P<v>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?[ \t]+county)\b",
        check_lowercase_county,
    );
    add(
        "county",
        County,
        0.9,
        r"\b(?P<v>(?:[A-Z][A-Za-z'-]*[a-z][ \t]+){0,2}[A-Z][A-Za-z'-]*[a-z][ \t]+(?:County|Parish|Borough|COUNTY|Co\.))",
        check_county,
    );
    add(
        "facility",
        Geo,
        0.85,
        &format!(
            r"(?P<v>(?:\b(?:St|Mt|Saint|Mount|ST|MT)\.?[ \t]+)?(?:\b[A-Z][A-Za-z'&./\x80-\xff-]*[ \t](?:(?:of|at|for|and|&|de|la|del|du|des|van|von)[ \t]+)?){{1,5}}{FACILITY_SUFFIX}(?:[ \t]+(?:of|for|at)(?:[ \t]+the)?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}|[ \t]+(?:North|South|East|West|Northside|Southside|Eastside|Westside|Downtown|Uptown|Campus|Main|Rehabilitation|Counseling|Counselling|Outpatient|Annex|Pavilion|Church|Chapel|Hospital|Home|Homes)){{0,2}}(?:[ \t]*(?:-|–|—)[ \t]*[A-Z][A-Za-z'.]*(?:[ \t]+[A-Z][A-Za-z'.]*){{0,3}})?)\b"
        ),
        check_facility,
    );
    // Well-known health systems written without a facility word (after `facility` and
    // `city.state`, which win where they match from the same place), with a campus or city
    // that may follow: "Kaiser Permanente Oakland", "Dana-Farber", "OHSU".
    add(
        "facility.known",
        Geo,
        0.85,
        &format!(
            r"\b(?P<v>(?:{})(?:[ \t]+(?:-|–|—)[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+){{0,2}}|(?:[ \t]+[A-Z][a-z]+){{0,2}}))\b",
            known_health_systems()
        ),
        check_known_system,
    );
    add(
        "facility.for",
        Geo,
        0.85,
        r"\b(?P<v>(?:Hospital|Center|Centre|Institute|Clinic|Home|Hospice|VNA|Visiting[ \t]+Nurses?(?:[ \t]+Association)?|Home[ \t]+Health|University)[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\b",
        accept,
    );
    // Facility names in capitals (headers): "RIDGELINE COMMUNITY HOSPITAL".
    add(
        "facility.capitals",
        Geo,
        0.85,
        r"\b(?P<v>(?:[A-Z][A-Z'&.-]+[ \t]+){1,4}(?:HOSPITAL|MEDICAL CENTER|MEDICAL CENTRE|HEALTH CENTER|NURSING HOME|HEALTH SYSTEM|HEALTHCARE|REHABILITATION CENTER))\b",
        check_facility,
    );
    // Facilities named in Spanish, French or Quebec style: "Clínica San Rafael", "CLSC
    // Rosemont", "Hôpital Sainte-Justine".
    add(
        "facility.foreign",
        Geo,
        0.85,
        r"\b(?P<v>(?:Cl[ií]nica|Centro[ \t]+de[ \t]+Salud|Sanatorio|H[ôo]pital|CLSC|CHU|CISSS|CIUSSS)[ \t]+(?:de[ \t]+(?:la[ \t]+)?)?[A-Z][A-Za-z\u{C0}-\u{24F}'-]+(?:[ \t]+[A-Z][A-Za-z\u{C0}-\u{24F}'-]+){0,2})",
        accept,
    );
    // Employers are identifiers too: "works nights at Amazon", "job at Ohio Star Forge",
    // "drives for DART", "Employer: Midwest Cold Storage LLC".
    // "last 4 of SSN (4471)", "SSN last four 4471": a partial SSN still identifies.
    add(
        "ssn.last-four",
        Ssn,
        0.85,
        r"(?i:\blast[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]+(?:of[ \t]+)?(?:the[ \t]+|her[ \t]+|his[ \t]+)?(?:ssn|social(?:[ \t]+security(?:[ \t]+(?:number|no\.?|#))?)?)|\b(?:ssn|social)[ \t]+last[ \t]+(?:4|four))[ \t:#(]*(?:is[ \t]+)?(?P<v>\d{4})\b",
        accept,
    );
    add(
        "employer",
        Geo,
        0.9,
        r"(?:(?i:\bworks|\bworked|\bworking|\bdrives|\bdrove)(?:[ \t]+[a-z]+){0,3}[ \t]+(?:at|for|with)|(?i:\bjob|\bposition)[ \t]+(?:at|with)|(?i:\b(?:supervisor|associate|driver|worker|teacher|paramedic|joiner|mechanic|clerk|cashier|engineer|manager|technician|operator|millwright|electrician|carpenter|welder|cook|chef|janitor|custodian|secretary|accountant|firefighter|laborer|labourer|scaffolder|attendant|employee|contractor|machinist|assembler|foreman|packer|picker|dispatcher|receptionist|bartender|server|waitress|waiter|plumber|roofer|landscaper|housekeeper|caregiver|aide|guard|lineman|miner|fisherman|trucker)s?)[ \t]+(?:at|for|with)|(?i:\bemployed|\bhired)[ \t]+(?:at|by)|(?i:\bretired[ \t]+from)|(?i:\bemployer)[ \t]*:?)[ \t]+(?:the[ \t]+)?(?P<v>[A-Z0-9][A-Za-z0-9&'.-]*(?:[ ](?:&[ ]|of[ ])?[A-Z][A-Za-z0-9&'.-]*){0,4})",
        check_employer,
    );
    add(
        "facility.saint",
        Geo,
        0.8,
        r"\b(?P<v>(?:St|Mt|Saint|Mount)\.?[ \t]+[A-Z][a-z]+(?:'s)?)\b",
        check_saint,
    );

    // Vehicle and licence numbers by shape (check digits).
    add("vin", VehicleId, 0.9, r"\b[A-HJ-NPR-Z0-9]{17}\b", check_vin);
    add(
        "dea",
        LicenseNumber,
        0.85,
        r"\b[A-Z][A-Z9]\d{7}\b",
        check_dea,
    );
    add(
        "mbi",
        HealthPlanId,
        0.85,
        r"\b[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}\b",
        accept,
    );
    // Accession-like codes (`S23-18842`, `RAD-2023-004821`) and long digit runs: ids, fail closed.
    add(
        "id.shape",
        OtherId,
        0.6,
        r"\b[A-Z]{1,6}\d{0,2}(?:-[A-Z]{1,3})?-(?:\d{2,6}-?\d{3,8}|\d{3,4})(?:-[A-Z0-9]{1,4})?\b",
        check_id_shape,
    );
    // Member numbers and record numbers pasted without a cue: "ZGN442019833", "E00318847".
    add(
        "id.letters-digits",
        OtherId,
        0.6,
        r"\b[A-Z]{1,4}\d{7,12}\b",
        check_letters_digits,
    );
    add(
        "uid",
        OtherId,
        0.8,
        r"\b[12](?:\.\d{1,20}){5,}\b",
        check_uid,
    );
    add("id.digits", OtherId, 0.6, r"\b\d{7,}\b", check_long_number);
    defs
}

const HEALTH_SYSTEMS: &str = include_str!("../../data/vocab/health_systems.txt");

/// The listed health systems as one regex alternation, longest first.
fn known_health_systems() -> String {
    let mut names: Vec<&str> = HEALTH_SYSTEMS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
        .iter()
        .map(|n| regex_syntax::escape(n).replace(' ', r"[ \t]+"))
        .collect::<Vec<_>>()
        .join("|")
}

/// A listed system keeps the capitalized words after it only when they are not the next
/// sentence's start or a department ("Mayo Clinic Rochester" yes, "Providence Cardiology"
/// keeps "Cardiology" too: a named place either way).
fn check_known_system(c: &Candidate) -> Verdict {
    // "R-CHOP", "DA-EPOCH": a chemotherapy regimen, not a hospital.
    if c.text[..c.start].ends_with('-') {
        return Verdict::Reject;
    }
    // "Providence", "Rush", "Piedmont", "Tenet" are also words: demand a place cue before.
    let ambiguous = [
        "Providence",
        "Rush",
        "Piedmont",
        "Tenet",
        "Avera",
        "Beaumont",
        "Fairview",
        "Kaiser",
        "Banner",
        "Brookdale",
    ];
    let head = c.value.split_whitespace().next().unwrap_or_default();
    if ambiguous.contains(&head) && c.value.split_whitespace().count() == 1 {
        let before = c.before(12);
        if !["at ", "to ", "from ", "via "]
            .iter()
            .any(|p| before.ends_with(p))
        {
            return Verdict::Reject;
        }
    }
    // "Baylor Scott & White Temple Dec '24": the month is a date's, not the campus's.
    let mut value = c.value;
    while let Some((head, last)) = value.rsplit_once(' ')
        && crate::date::month_from_word(last).is_some()
    {
        value = head;
    }
    if value.len() < c.value.len() {
        return Verdict::AcceptSpan(c.start, c.start + value.len());
    }
    Verdict::Accept
}

fn has_digit(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_digit())
}

fn check_url(c: &Candidate) -> Verdict {
    let value = c.value.trim_end_matches(['.', ',', ';', ':', '!', '?']);
    if value.len() < 6 {
        return Verdict::Reject;
    }
    Verdict::AcceptSpan(c.start, c.start + value.len())
}

fn check_zip_after_state(c: &Candidate) -> Verdict {
    let before = &c.text[..c.start];
    let before = before
        .trim_end_matches([' ', '\t'])
        .trim_end_matches(',')
        .trim_end_matches([' ', '\t']);
    let last_word: &str = before.rsplit([' ', '\t', ',', '\n']).next().unwrap_or("");
    // "Page 31045 with questions": a pager's number, though Page is a town.
    if matches!(
        last_word.to_ascii_lowercase().as_str(),
        "page" | "pager" | "pgr" | "bleep" | "ext" | "extension"
    ) {
        return Verdict::Reject;
    }
    let is_abbrev = last_word.len() == 2 && last_word.bytes().all(|b| b.is_ascii_uppercase());
    let is_name = STATE_NAMES.iter().any(|s| before.ends_with(s));
    // "Boston 02215", "Des Moines 50311": a ZIP right after a known (US) city.
    let lex = crate::lexicon::Lexicons::get();
    let after_city = city_ending(before, false, |phrase| lex.is_city(phrase)).is_some();
    if is_abbrev || is_name || after_city {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

const STATE_NAMES: &[&str] = &[
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Hampshire",
    "Jersey",
    "Mexico",
    "York",
    "Carolina",
    "Dakota",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Rhode Island",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "Puerto Rico",
];

fn check_ipv4(c: &Candidate) -> Verdict {
    if c.prev_byte() == Some(b'.')
        || c.next_byte() == Some(b'.')
            && c.text
                .as_bytes()
                .get(c.end + 1)
                .is_some_and(u8::is_ascii_digit)
    {
        return Verdict::Reject;
    }
    match c.value.parse::<Ipv4Addr>() {
        Ok(_) => Verdict::Accept,
        Err(_) => Verdict::Reject,
    }
}

fn check_ipv6(c: &Candidate) -> Verdict {
    let v = c.value;
    let groups = v.split(':').filter(|g| !g.is_empty()).count();
    if v.matches(':').count() < 2
        || groups < 2
        || !v.bytes().any(|b| b.is_ascii_alphabetic()) && !v.contains("::")
    {
        return Verdict::Reject;
    }
    match v.parse::<Ipv6Addr>() {
        Ok(_) => Verdict::Accept,
        Err(_) => Verdict::Reject,
    }
}

fn ssn_valid(digits: &str) -> bool {
    if digits.len() != 9 {
        return false;
    }
    let area: u32 = digits[0..3].parse().unwrap_or(0);
    let group: u32 = digits[3..5].parse().unwrap_or(0);
    let serial: u32 = digits[5..9].parse().unwrap_or(0);
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
}

fn check_ssn(c: &Candidate) -> Verdict {
    let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
    if ssn_valid(&digits) {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

fn check_ssn_cued(c: &Candidate) -> Verdict {
    // Behind an explicit SSN cue even a never-issued number is meant as one: replace it.
    let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 9 {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

/// Words that follow an id cue but are not ids (`ID: pending`, `order number of`).
fn check_id(c: &Candidate) -> Verdict {
    let v = c.value;
    // The cue ran into a word: "fin" in "finasteride 5", "id" in "IDH1 R132H".
    if c.prev_byte().is_some_and(|b| b.is_ascii_alphabetic())
        && v.starts_with(|ch: char| ch.is_ascii_alphabetic())
    {
        return Verdict::Reject;
    }
    if !has_digit(v) || v.len() < 3 || measure_follows(c) {
        return Verdict::Reject;
    }
    // "MBI 38/100" (a Barthel index), "group 2/3": a score or fraction, not an identifier.
    if let Some((a, b)) = v.split_once('/')
        && (1..=3).contains(&a.len())
        && (1..=3).contains(&b.len())
        && a.bytes().chain(b.bytes()).all(|x| x.is_ascii_digit())
    {
        return Verdict::Reject;
    }
    // "Sleep study March 12, 2019": a date after the cue, read by the date patterns.
    if crate::date::month_from_word(v.split([' ', '-', '.']).next().unwrap_or("")).is_some() {
        return Verdict::Reject;
    }
    // "prior case in 2021": a short word opens prose, not an identifier.
    if v.split_once(' ')
        .is_some_and(|(first, _)| first.len() <= 3 && first.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Verdict::Reject;
    }
    // "Neurology Group Level 3": a capitalized word then a number is a place in a building,
    // not an identifier.
    if v.split_once(' ').is_some_and(|(first, rest)| {
        first.len() >= 4
            && first.starts_with(|ch: char| ch.is_ascii_uppercase())
            && first[1..].bytes().all(|b| b.is_ascii_lowercase())
            && rest.bytes().all(|b| b.is_ascii_digit())
    }) {
        return Verdict::Reject;
    }
    // "Case: A 46-year-old woman": prose, not an identifier.
    if v.contains(' ')
        && v.split([' ', '-'])
            .any(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return Verdict::Reject;
    }
    // "prior authorization - adalimumab-adaz 40": a word, not an identifier.
    let longest_lower = v
        .split(|ch: char| !ch.is_ascii_lowercase())
        .map(str::len)
        .max()
        .unwrap_or(0);
    if longest_lower >= 5 {
        return Verdict::Reject;
    }
    // A bare small number after a loose cue (`id 4`) is a count, not an identifier.
    if v.len() < 4 && v.bytes().all(|b| b.is_ascii_digit()) {
        return Verdict::Reject;
    }
    // "(ref 70-99)", "ref 3.5-5.0": a reference range, small numbers rising.
    let is_range = v.split_once('-').is_some_and(|(low, high)| {
        let number = |n: &str| {
            let whole = n.split('.').next().unwrap_or("");
            (1..=3).contains(&whole.len()) && n.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        };
        number(low) && number(high) && low.parse::<f64>().ok() < high.parse::<f64>().ok()
    });
    if is_range {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_plate(c: &Candidate) -> Verdict {
    let v = c.value;
    // Plates and VINs carry digits; "plate noted" is prose.
    if v.len() < 4 || !has_digit(v) {
        return Verdict::Reject;
    }
    let lower = v.to_ascii_lowercase();
    if ["number", "unknown", "none", "pending"].contains(&lower.as_str()) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_phone(c: &Candidate) -> Verdict {
    let digits: String = c.value.chars().filter(char::is_ascii_digit).collect();
    if !(7..=15).contains(&digits.len()) {
        return Verdict::Reject;
    }
    // `2021-03-04`-like runs belong to dates, `120/80` to vitals.
    if c.value.contains('/') {
        return Verdict::Reject;
    }
    let before = c.before(24);
    if before.contains("fax") {
        return Verdict::AcceptAs(PhiKind::Fax, 0.95);
    }
    Verdict::Accept
}

fn check_age_cue(c: &Candidate) -> Verdict {
    // "age 93" but not "stage 93" (the \b handles it) nor "age 95% saturation".
    if c.next_byte() == Some(b'%') {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_age_sex(c: &Candidate) -> Verdict {
    // "(91 F)", "93/M", "94F"; not a temperature ("T 95 F", "95 F rectal") or a BP.
    if c.before(12).contains("sex") {
        return Verdict::Accept; // "Age/Sex: 94/F"
    }
    // "a fever of 101 F or higher": a temperature.
    let wider = c.before(24);
    if [
        "fever",
        "febrile",
        "temperature",
        "heat",
        "degrees",
        "outside",
        "weather",
    ]
    .iter()
    .any(|w| wider.contains(w))
    {
        return Verdict::Reject;
    }
    let before = c.before(8);
    if before.contains("temp")
        || before.trim_end().ends_with(" t")
        || before.contains('/')
        || before.ends_with("t ")
    {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_age_years(c: &Candidate) -> Verdict {
    // "94 years" is an age unless it is a duration ("for 94 years" is rare but "smoked for").
    let before = c.before(12);
    if before.contains("for ") || before.contains("over ") || before.contains("past ") {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_date(c: &Candidate) -> Verdict {
    match WrittenDate::parse(c.value) {
        Some(_) => Verdict::Accept,
        None => Verdict::Reject,
    }
}

/// A year-first date, unless dots make it a release ("upgrade to 2024.1.2", "v2023.10.1",
/// "2024.1.2.7").
fn check_date_iso(c: &Candidate) -> Verdict {
    let dotted = c.value.contains('.') && !c.value.contains(['-', '/']);
    if dotted {
        let more_parts = c.next_byte() == Some(b'.')
            && c.text
                .as_bytes()
                .get(c.end + 1)
                .is_some_and(u8::is_ascii_digit);
        let before = c.before(24);
        let before = before.trim_end_matches([' ', '\t', ':']);
        let release = [
            "v",
            "version",
            "ver",
            "ver.",
            "v.",
            "release",
            "build",
            "patch",
            "firmware",
            "software",
            "upgrade to",
            "upgraded to",
            "update to",
            "updated to",
        ]
        .iter()
        .any(|w| {
            before.ends_with(w)
                && !before[..before.len() - w.len()].ends_with(|ch: char| ch.is_ascii_alphabetic())
        });
        if more_parts || release {
            return Verdict::Reject;
        }
    }
    check_date(c)
}

fn check_date_numeric(c: &Candidate) -> Verdict {
    // Versions, scores and ratios: `1.2.3`, `3-4-5`; a date has a plausible year.
    if c.prev_byte()
        .is_some_and(|b| b == b'.' || b == b'/' || b.is_ascii_digit())
        || c.next_byte()
            .is_some_and(|b| b == b'/' || b.is_ascii_digit())
        || c.next_byte() == Some(b'.')
            && c.text
                .as_bytes()
                .get(c.end + 1)
                .is_some_and(u8::is_ascii_digit)
    {
        return Verdict::Reject;
    }
    let seps: Vec<char> = c.value.chars().filter(|ch| !ch.is_ascii_digit()).collect();
    if seps.windows(2).any(|w| w[0] != w[1]) {
        return Verdict::Reject;
    }
    check_date(c)
}

/// Two days of one month, the first before the second ("12-17", not "17-12" or "5-45").
fn check_date_range(c: &Candidate) -> Verdict {
    let days: Vec<u32> = c
        .value
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|d| (1..=2).contains(&d.len()))
        .filter_map(|d| d.parse().ok())
        .collect();
    // "May 2-3 times a day": a count, not days of May.
    if interval_follows(c)
        || matches!(
            unit_after(c).as_str(),
            "times" | "x" | "hours" | "hrs" | "h" | "mg" | "ml" | "units" | "per"
        )
    {
        return Verdict::Reject;
    }
    match days.as_slice() {
        [first, last, ..] if (1..*last).contains(first) && *last <= 31 => Verdict::Accept,
        _ => Verdict::Reject,
    }
}

fn check_date_text(c: &Candidate) -> Verdict {
    let v = c.value;
    // "May" alone followed by a number is too often the verb ("may 2 times"): require a
    // capital M for month-first layouts without a year, which the pattern already does;
    // reject "Mar 2" style only when the month is a lower-case word.
    // "jan 2023" keeps its year, so it stays a date ("may 2000 units" does not).
    let with_year = v.len() > 4 && v.bytes().rev().take(4).all(|b| b.is_ascii_digit());
    // "until dec 1", "by mar 3": after a word that dates, the abbreviation is the month.
    if let Some(first) = v.split_whitespace().next()
        && (first == "may" || ["mar", "dec"].contains(&first) && !with_year && !date_word_before(c))
    {
        return Verdict::Reject;
    }
    // "june 12/30/45": a name before a numeric date, which its own pattern reads.
    if c.next_byte() == Some(b'/') || !with_year && interval_follows(c) {
        return Verdict::Reject;
    }
    let normalized = v.replace('\'', "20");
    match WrittenDate::parse(&normalized) {
        Some(_) => Verdict::Accept,
        None => Verdict::Reject,
    }
}

fn check_date_compact(c: &Candidate) -> Verdict {
    let before = c.before(16);
    if [
        "snomed", "loinc", "ndc", "rxnorm", "code", "cpt", "sct", "npi",
    ]
    .iter()
    .any(|k| before.contains(k))
    {
        return Verdict::Reject;
    }
    check_date(c)
}

/// "rsbi 62, on 5/5", "SBT on 10/5": pressure support over PEEP, not a date.
fn after_vent_words(c: &Candidate) -> bool {
    let before = c.before(24);
    ["rsbi", "sbt", "peep", "ps ", "cpap", "bipap", "vent"]
        .iter()
        .any(|w| before.contains(w))
}

/// "BCx 2/2", "cultures 2/2 positive": bottles or sets that grew.
fn counts_cultures(c: &Candidate) -> bool {
    let word = c.word_before();
    ["bcx", "bcxs", "cx", "cultures", "bottles", "sets"].contains(&word.as_str())
}

/// The word right after the value (after spaces), lower-cased, when a word boundary ends
/// it: "cm" in "58 cm,", nothing in "2 G2P1".
fn unit_after(c: &Candidate) -> String {
    let after = c.after(12);
    let after = after.trim_start();
    let unit: String = after
        .chars()
        .take_while(|ch| ch.is_ascii_alphabetic() || *ch == '%')
        .collect();
    let ends_word = !after[unit.len()..].starts_with(|ch: char| ch.is_ascii_alphanumeric());
    if ends_word { unit } else { String::new() }
}

/// "5076-58 cm", "lot 44-12 mg": a number that is a measure, not an identifier.
fn measure_follows(c: &Candidate) -> bool {
    matches!(
        unit_after(c).as_str(),
        "cm" | "mm" | "mg" | "ml" | "kg" | "g" | "mcg" | "units" | "mmhg" | "%" | "fr"
    )
}

/// "repeat OCT 4 mo", "CT 6 wk": a study and an interval, not a month and a day.
fn interval_follows(c: &Candidate) -> bool {
    matches!(
        unit_after(c).as_str(),
        "mo" | "mos"
            | "month"
            | "months"
            | "wk"
            | "wks"
            | "week"
            | "weeks"
            | "yr"
            | "yrs"
            | "d"
            | "days"
    )
}

fn check_date_short(c: &Candidate) -> Verdict {
    if c.next_byte()
        .is_some_and(|b| b == b'/' || b.is_ascii_digit())
    {
        return Verdict::Reject;
    }
    if after_vent_words(c) {
        return Verdict::Reject;
    }
    // "pain 5/10 (from 9/10)": a score's earlier value.
    let (month, day) = c.value.split_once('/').unwrap_or_default();
    let (month, day): (u32, u32) = (month.parse().unwrap_or(0), day.parse().unwrap_or(0));
    if month < day && day <= 10 && score_word_just_before(c) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

/// Words around an `n/m` that make it a score, grade, ratio or count rather than a date:
/// "strength 5/5", "pain 3/10", "Apgars 8/9", "2/6 murmur", "1/2 tab", "3/12 cores".
const NOT_A_DATE_BEFORE: &[&str] = &[
    // a Scottish tenement flat: "Flat 3/1, 14 Ardgowan Street"
    "flat",
    // visual acuity: "OD 20/10", "VA 20/15"
    "od",
    "os",
    "ou",
    "va",
    "acuity",
    "vision",
    "snellen",
    // limb strength: "right leg 4/5"
    "leg",
    "legs",
    "arm",
    "arms",
    // course days: "ceftriaxone day 3/5"
    "day",
    // fractions of a course, sections of a law: "Fx 11/19", "Section 7/8"
    "fx",
    "fraction",
    "section",
    // ventilator and positive-pressure settings: "BiPAP 12/5"
    "bipap",
    "cpap",
    "apap",
    "ipap",
    "epap",
    "peep",
    "vent",
    "settings",
    "ps",
    "psv",
    "strength",
    "pain",
    "score",
    "scored",
    "grade",
    "graded",
    "murmur",
    "mood",
    "scale",
    "motor",
    "power",
    "reflex",
    "reflexes",
    "x",
    "of",
    "tab",
    "tabs",
    "tablet",
    "tablets",
    "cores",
    "nodes",
    "apgar",
    "apgars",
    "gcs",
    "sensation",
    "rated",
    "rates",
    "rating",
    "anxiety",
    "depression",
    "sleep",
    "energy",
    "fatigue",
    "nausea",
    "dyspnea",
    "bp",
    "ratio",
    "dilated",
    "effaced",
    "station",
    "gravida",
    "para",
    "mssa",
    "mrsa",
    "bottles",
    "sets",
    "positive",
    "negative",
    "ie",
    "i",
    "e",
    "take",
    "took",
    "taking",
];
const NOT_A_DATE_AFTER: &[&str] = &[
    // a dose split over the day: "hydrocortisone 15/5 split"
    "split",
    // fifths of the fetal head above the brim: "cephalic, 2/5 palpable"
    "palpable",
    "strength",
    "murmur",
    "pain",
    "tab",
    "tabs",
    "tablet",
    "tablets",
    "cores",
    "nodes",
    "positive",
    "negative",
    "bottles",
    "sets",
    "systolic",
    "diastolic",
    "holosystolic",
    "scale",
    "score",
    "of",
    "dilated",
    "effaced",
    "cm",
    "mm",
    "mg",
    "ml",
    "units",
    "times",
    "days",
    "weeks",
    "hours",
    "pills",
    "doses",
    "cups",
    "glasses",
    "servings",
    "beers",
    "drinks",
    "packs",
    "ppd",
    "reflexes",
    "murmurs",
];

/// What dates a bare month/day: a word or label before it ("seen 3/4", "f/u 6/9", "since
/// 2/3", "Date: 3/4"), a weekday, a time after it on the same line ("9/4 14:30",
/// "3/4 @ 0800"), or another month/day it ranges to ("3/4-3/9", "3/4 to 3/9").
/// Words that date a month/day written right after them ("seen 3/4", "f/u 6/9").
const DATE_WORDS: &[&str] = &[
    "on",
    "since",
    "from",
    "until",
    "till",
    "til",
    "by",
    "dated",
    "date",
    "dos",
    "seen",
    "admitted",
    "adm",
    "admit",
    "discharged",
    "d/c",
    "dc'd",
    "due",
    "f/u",
    "fu",
    "appt",
    "appointment",
    "through",
    "thru",
    "eff",
    "effective",
    "starting",
    "started",
    "start",
    "began",
    "last",
    "next",
    "scheduled",
    "sched",
    "visit",
    "surgery",
    "before",
    "after",
    "between",
    "as",
    "of",
    "week",
    "wk",
    "returned",
    "rtc",
    "called",
    "drawn",
    "collected",
    "done",
    "performed",
    "placed",
    "removed",
    "echo",
    "cxr",
    "ct",
    "mri",
    "ekg",
    "ecg",
    "labs",
    "lab",
    "biopsy",
    "dob",
    "born",
    "died",
    "deceased",
    "expired",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "ed",
    "er",
    "presented",
    "arrived",
    "transferred",
    "onset",
    "flew",
    "returning",
    "travel",
    "trip",
    "given",
    "received",
    "s/p",
    "around",
    "completed",
    "home",
    "off",
    "via",
    "work",
    "bmp",
    "cbc",
    "cmp",
    "bcx",
    "ucx",
    "lfts",
    "a1c",
    "egd",
    "tte",
    "tee",
    "cath",
    "bx",
    "xr",
    "us",
    "pet",
    "eeg",
    "emg",
    "pft",
    "pfts",
    "eus",
    "ercp",
    "colonoscopy",
    "circumcision",
];

/// True when the token right before a month/day is one of `DATE_WORDS`.
fn date_word_before(c: &Candidate) -> bool {
    let head = c.text[..c.start].trim_end_matches([' ', '\t']);
    let token = head
        .rsplit([' ', '\t', '\n'])
        .next()
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_ascii_alphanumeric() && ch != '/' && ch != '\'')
        .to_ascii_lowercase();
    DATE_WORDS.contains(&token.as_str())
}

fn month_day_in_date_context(c: &Candidate) -> bool {
    let text = c.text;
    let head = text[..c.start].trim_end_matches([' ', '\t']);
    if head.ends_with('@') || date_word_before(c) {
        return true;
    }
    let tail = text[c.end..].trim_start_matches([' ', '\t']);
    let tail = tail.split('\n').next().unwrap_or("");
    // A time: "14:30", "0800", "@ 0800", "at 2pm".
    let next = tail
        .trim_start_matches(['@', ','])
        .trim_start()
        .split([' ', '\t', ',', ';'])
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ')']);
    let clock = |t: &str| {
        let digits = t.bytes().filter(u8::is_ascii_digit).count();
        (t.contains(':') && digits >= 3 && t.bytes().all(|b| b.is_ascii_digit() || b == b':'))
            || (t.len() == 4 && digits == 4)
            || t.eq_ignore_ascii_case("am")
            || t.eq_ignore_ascii_case("pm")
    };
    let at_a_time = next.eq_ignore_ascii_case("at") && {
        let time = tail.get(2..).unwrap_or("").trim_start();
        let time = time.split([' ', ',', ';']).next().unwrap_or("");
        clock(time) || time.ends_with("am") || time.ends_with("pm")
    };
    if clock(next) || at_a_time {
        return true;
    }
    // A range to another month/day.
    let to_other = tail
        .trim_start_matches(['-', '–'])
        .trim_start_matches("to ")
        .trim_start();
    let mut parts = to_other.splitn(2, '/');
    let (m, d) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    !m.is_empty()
        && m.len() <= 2
        && m.bytes().all(|b| b.is_ascii_digit())
        && d.starts_with(|ch: char| ch.is_ascii_digit())
        && to_other.len() < tail.len()
}

/// Words of scales and scores within a few words of a candidate.
fn score_words_near(c: &Candidate) -> bool {
    [c.before(24), c.after(24)]
        .iter()
        .any(|side| has_score_word(side))
}

/// A scale's word among the three words right before a candidate ("pain still 7/10",
/// "Pain 3/10, down from 7/10").
fn score_word_just_before(c: &Candidate) -> bool {
    let before = c.before(24);
    let words: Vec<&str> = before
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    has_score_word(&words[words.len().saturating_sub(3)..].join(" "))
}

/// A named scale scored out of more than ten among the three words before a candidate.
fn scale_named_just_before(c: &Candidate) -> bool {
    const SCALES: &[&str] = &["gcs", "mmse", "moca", "bims", "slums", "nihss", "ace"];
    c.before(24)
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .any(|w| SCALES.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

fn has_score_word(text: &str) -> bool {
    const SCORE_WORDS: &[&str] = &[
        "pain",
        "strength",
        "flexion",
        "extension",
        "abduction",
        "adduction",
        "grip",
        "motor",
        "power",
        "murmur",
        "sem",
        "hsm",
        "grade",
        "score",
        "scale",
        "mood",
        "anxiety",
        "apgar",
        "apgars",
        "reflexes",
        "dtr",
        "dtrs",
        "sensation",
        "nottingham",
        "gleason",
        "allred",
        "maintenance",
        "rated",
        "rates",
        "ue",
        "le",
        "bue",
        "ble",
        "rue",
        "lue",
        "rle",
        "lle",
        "deltoid",
        "biceps",
        "triceps",
        "quads",
        "hip",
        "knee",
        "ankle",
        "wrist",
        "shoulder",
        "tab",
        "tabs",
        "tablet",
        "severity",
        "intensity",
        "nausea",
        "fatigue",
        "dyspnea",
        "sleep",
        "energy",
        "incisional",
        // fluids and fractions of doses: "D5 1/2 NS", "1/4 tsp"
        "ns",
        "saline",
        "d5",
        "d5w",
        "lr",
        "cup",
        "tsp",
        "tbsp",
        "dose",
        "doses",
        "inch",
        "abdominal",
        "chest",
        "back",
        "headache",
        "tablets",
        "pills",
        "relief",
        "pressure",
        "cramping",
        "weakness",
        "ehl",
        "ln",
        "nodes",
        "cores",
        "positive",
        // ventilator weaning: "rsbi 62, on 5/5"
        "rsbi",
        "sbt",
        "peep",
        "ps",
        "vent",
        // symptom ratings and cognitive and screening scores
        "worst",
        "best",
        "rest",
        "exertion",
        "total",
        "mitoses",
        "nuclei",
        "tubules",
        "craving",
        "cravings",
        "ha",
        "itch",
        "pruritus",
        "tinnitus",
        "dizziness",
        "bims",
        "cas",
        "cog",
        "moca",
        "gcs",
        "lawton",
        "katz",
        "adl",
        "adls",
        "iadl",
        "iadls",
        "beighton",
        "barthel",
        "tinetti",
        "mmse",
        "slums",
        "phq",
        "gad",
        "recall",
        "hamstrings",
        "quadriceps",
        "glutes",
        "abd",
        "dorsiflexion",
        "plantarflexion",
    ];
    // Scales are often written in capitals ("MMSE 24/30", "GCS 10/15").
    text.split(|ch: char| !ch.is_ascii_alphabetic())
        .any(|w| SCORE_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w)))
}

/// "Temp rose to 101F", "Tmax 102.1 F": a temperature, not an age and sex.
fn check_age_not_temperature(c: &Candidate) -> Verdict {
    // "water heater <120F", "> 100F": a bound is a temperature; "Tc-99m": an isotope.
    if c.prev_byte()
        .is_some_and(|b| matches!(b, b'<' | b'>' | b'~' | b'-'))
    {
        return Verdict::Reject;
    }
    let before = c.before(24);
    let temperature = [
        "temp", "tmax", "t max", "fever", "febrile", "rose to", "spiked",
    ]
    .iter()
    .any(|w| before.contains(w));
    if temperature && c.text[c.end..].starts_with(['F', 'f', '.']) {
        return Verdict::Reject;
    }
    // "T 98.9F": a temperature in tenths, never an age and sex.
    if c.value.contains('.') && c.text[c.end..].starts_with(['F', 'f', 'C', '°']) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

/// A sign-off names a person when a credential follows it, or when it is the text's last
/// line and a listed first name ("- Maria"; "- Aspirin" ends a list).
fn check_signoff(c: &Candidate) -> Verdict {
    let line_end = c.text[c.end..]
        .find('\n')
        .map_or(c.text.len(), |p| c.end + p);
    let credential = c.text[c.end..line_end].trim().len() >= 2;
    let last_line = c.text[line_end..].trim().is_empty();
    let info = crate::lexicon::Lexicons::get().word(&c.value.to_lowercase());
    let first_name = info.first_name_rank.is_some_and(|r| r <= 3000);
    if credential || last_line && first_name {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

/// "she's 93": an age unless a unit or a percent follows ("now 95%", "is 98.6").
fn check_age_is(c: &Candidate) -> Verdict {
    let after = c.after(6);
    // "she is 94.5 kg", "he's 98%": a measure. A full stop that ends the sentence is not.
    let decimal = after.starts_with('.') && after[1..].starts_with(|ch: char| ch.is_ascii_digit());
    if decimal || after.starts_with(['%', '/', 'k', 'f', 'c', 'm', '°']) || after.starts_with(" %")
    {
        return Verdict::Reject;
    }
    let word = c.word_after();
    if [
        "percent", "mg", "kg", "lb", "lbs", "bpm", "mmhg", "units", "mcg", "ml", "degrees",
    ]
    .contains(&word.as_str())
    {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_month_day(c: &Candidate) -> Verdict {
    // Part of something longer: "1/2/3", "3/4.5", "2/3%", "1/2-1 tab" (but "9/3-10/2" is
    // a range of dates, and a full stop may end the sentence).
    let after = &c.text.as_bytes()[c.end..];
    let longer = match after {
        [b'/' | b'%' | b'0'..=b'9', ..] => true,
        [b'.', b'0'..=b'9', ..] => true,
        [b'-', b'>', ..] => false,
        [b'-', rest @ ..] => {
            let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            !(1..=2).contains(&digits) || rest.get(digits) != Some(&b'/')
        }
        _ => false,
    };
    // "(1/18 lymph nodes)", "2/12 cores": a count of what was examined.
    let counted = matches!(
        c.word_after().as_str(),
        "lymph" | "node" | "nodes" | "ln" | "lns" | "core" | "cores" | "bottles" | "bottle"
    );
    if longer
        || counted
        || c.prev_byte()
            .is_some_and(|b| b == b'/' || b == b'.' || b.is_ascii_digit())
    {
        return Verdict::Reject;
    }
    let (month, day) = c.value.split_once('/').unwrap_or_default();
    let (month, day): (u32, u32) = (month.parse().unwrap_or(0), day.parse().unwrap_or(0));
    // "CGA 31 2/7 wk", "GA 38 4/7": days of a gestational week after its weeks.
    let weeks_before = c.text[..c.start]
        .strip_suffix(' ')
        .map(|h| h.rsplit([' ', '\t', '\n', '(']).next().unwrap_or(""))
        .is_some_and(|w| w.len() == 2 && w.parse::<u32>().is_ok_and(|n| (20..=44).contains(&n)));
    if day == 7 && month < 7 && weeks_before {
        return Verdict::Reject;
    }
    // "4/6 HLA mismatch", "5/6 match": antigens matched of six (or eight, ten).
    let word_after = c.word_after();
    if matches!(day, 6 | 8 | 10 | 12)
        && matches!(
            word_after.as_str(),
            "hla" | "match" | "mismatch" | "mismatched" | "antigen"
        )
    {
        return Verdict::Reject;
    }
    // "7/6-7/7": the end of a range of dates is a date like its start, when the start can
    // be no score (its first number is the larger: "3/5-4/5" may be strength).
    let range_end = {
        let head = c.text[..c.start].strip_suffix('-').unwrap_or("");
        let start = head.rsplit([' ', '\t', '\n', '(']).next().unwrap_or("");
        start.split_once('/').is_some_and(|(m, d)| {
            (1..=2).contains(&m.len())
                && (1..=2).contains(&d.len())
                && m.bytes().chain(d.bytes()).all(|b| b.is_ascii_digit())
                && m.parse::<u32>().ok() > d.parse::<u32>().ok()
        })
    };
    if range_end {
        return Verdict::Accept;
    }
    // "2/2", "5/5": counts and full marks, not calendar days, unless a date word comes
    // before ("EGD 9/9: grade III varices").
    if month == day && (!date_word_before(c) || after_vent_words(c) || counts_cultures(c)) {
        return Verdict::Reject;
    }
    // "= 6/9", "1/2 tab": a computed score, a fraction of a dose.
    if c.text[..c.start].trim_end().ends_with(['=', '+']) {
        return Verdict::Reject;
    }
    // A scale's words nearby make it a score: "Pain is 7/10", "4/5 left hip flexion",
    // "2/6 SEM", "craving 2/10", "BIMS 9/15"; so does a vitals row ("99%   9/10"). Only a
    // word that dates it outweighs them ("pain free since 3/4"; not "pain 7/10 at 1400").
    let after_percent = c.text[..c.start].trim_end().ends_with('%');
    let scale_max = matches!(day, 2..=10 | 15 | 20 | 30);
    let scored = month < day && scale_max && (score_words_near(c) || after_percent);
    // "STOP-BANG 6/8", "SCOFF 2/5", "GAD-7 11/21": a named instrument in capitals scores.
    let instrument = {
        let head = c.text[..c.start].trim_end_matches([' ', '\t', ':']);
        let token = head.rsplit([' ', '\t', '\n', '(']).next().unwrap_or("");
        let letters = token.trim_end_matches(|ch: char| ch.is_ascii_digit() || ch == '-');
        let numbered = token.len() > letters.len() && token[letters.len()..].starts_with('-');
        letters.len() >= 3
            && letters.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
            && !DATE_WORDS.contains(&letters.to_ascii_lowercase().as_str())
            && (day <= 10 || numbered || letters.contains('-'))
    };
    if month < day && instrument {
        return Verdict::Reject;
    }
    // Out of more than ten only after a named scale ("GCS dropped to 10/15", "MMSE 24/30").
    let scored_here = scored
        && (day <= 10 && score_word_just_before(c) || scale_named_just_before(c) || after_percent);
    // Prepositions do not outweigh a score ("pain 5/10 (from 9/10)"); dating words do.
    let dated = date_word_before(c) && {
        let word = c.word_before();
        ![
            "from", "to", "of", "on", "by", "as", "before", "after", "between",
        ]
        .contains(&word.as_str())
    };
    if scored_here && !dated {
        return Verdict::Reject;
    }
    if month_day_in_date_context(c) {
        return Verdict::Accept;
    }
    if scored {
        return Verdict::Reject;
    }
    // "Reassessed 0010: 3/10": a reading taken at a clock time, not a date.
    let head = c.text[..c.start].trim_end_matches([' ', '\t']);
    if let Some(clock) = head.strip_suffix(':') {
        let time = clock.rsplit([' ', '\t', '\n']).next().unwrap_or("");
        if time.len() == 4 && time.bytes().all(|b| b.is_ascii_digit()) {
            return Verdict::Reject;
        }
    }
    // '20G 3/4" needle': inches.
    if c.next_byte() == Some(b'"') {
        return Verdict::Reject;
    }
    let before = c.word_before();
    let after = c.word_after();
    if NOT_A_DATE_BEFORE.contains(&before.as_str()) || NOT_A_DATE_AFTER.contains(&after.as_str()) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_ordinal_day(c: &Candidate) -> Verdict {
    // "on the 4th floor", "by the 3rd dose", "after the 2nd cycle": an ordinal of a thing.
    let next = c.word_after();
    // "on the 28th of March": the full date's own pattern reads it from the ordinal.
    if next == "of" || crate::date::month_from_word(&next).is_some() {
        return Verdict::Reject;
    }
    let thing = [
        "floor",
        "percentile",
        "grade",
        "rib",
        "ribs",
        "dose",
        "doses",
        "cycle",
        "cycles",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "hour",
        "visit",
        "attempt",
        "time",
        "try",
        "line",
        "toe",
        "finger",
        "digit",
        "intercostal",
        "ics",
        "cranial",
        "nerve",
        "trimester",
        "stage",
        "round",
        "session",
        "fraction",
        "infusion",
        "layer",
        "ventricle",
        "metacarpal",
        "metatarsal",
        "lumbar",
        "vertebra",
        "interspace",
        "space",
        "position",
        "bottle",
        "set",
        "degree",
        "pregnancy",
        "child",
        "baby",
    ];
    if thing.contains(&next.as_str()) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

/// Day-first dates are the rarer layout: after a long word that does not date it (a drug:
/// "hydrocortisone 15/5 now") the pair is a split dose or a ratio.
fn check_day_month(c: &Candidate) -> Verdict {
    // "on-call line 24/7": all the time.
    if c.value == "24/7" {
        return Verdict::Reject;
    }
    let before = c.word_before();
    let dated = date_word_before(c) || DATE_WORDS.contains(&before.as_str());
    if before.len() > 6 && !dated && c.text[..c.start].ends_with(' ') {
        return Verdict::Reject;
    }
    check_month_day(c)
}

fn check_street(c: &Candidate) -> Verdict {
    // "9/16 15:45  Notified Dr. Okwuosa": minutes of a clock time, not a house number.
    if c.text[..c.start].ends_with(':') {
        return Verdict::Reject;
    }
    // "Bloor Street West, Suite 404": a direction after the street's kind is the street's
    // only before a comma or the line's end ("55 Flemington Road North Melbourne").
    for direction in [" North", " South", " East", " West"] {
        let Some(head) = c.value.strip_suffix(direction) else {
            continue;
        };
        let next = c.text[c.end..].chars().next();
        if matches!(next, None | Some(',' | '\n' | '\r' | ';')) {
            break;
        }
        let end = c.start + head.len();
        let street = Candidate {
            value: head,
            end,
            ..*c
        };
        return match check_street(&street) {
            Verdict::Accept => Verdict::AcceptSpan(c.start, end),
            verdict => verdict,
        };
    }
    let words: Vec<&str> = c.value.split_whitespace().collect();
    // "3 Times Daily Dr" is not an address; require the number to be followed by a word that
    // is not a unit of measure.
    if let Some(second) = words.get(1) {
        let lower = second.to_ascii_lowercase();
        if [
            "mg", "ml", "mcg", "units", "times", "tablets", "days", "weeks", "hours", "x",
        ]
        .contains(&lower.as_str())
        {
            return Verdict::Reject;
        }
    }
    Verdict::Accept
}

fn lex_is_city(lower: &str) -> bool {
    crate::lexicon::Lexicons::get().is_any_city(lower)
}

fn check_city_state(c: &Candidate) -> Verdict {
    let lower = c.value.to_ascii_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let last = lower.split_whitespace().last().unwrap_or("");
    // "Insurance: Aetna, ID W2837...": an insurer before an identifier's label.
    if ["the", "in", "at", "from", "to", "and", "patient", "pt"].contains(&first)
        || super::names::is_not_a_name(&lower)
        || VEHICLE_MAKES.contains(&first)
        || VEHICLE_MAKES.contains(&c.word_before().as_str())
    {
        return Verdict::Reject;
    }
    // "Licensed Genetic Counselor, IL license": a job's title before the state that
    // licenses it.
    let occupation = [
        "counselor",
        "counsellor",
        "nurse",
        "therapist",
        "physician",
        "technician",
        "technologist",
        "assistant",
        "practitioner",
        "specialist",
        "coordinator",
        "manager",
        "worker",
        "aide",
        "officer",
        "director",
        "pharmacist",
        "midwife",
        "paramedic",
        "dietitian",
        "psychologist",
        "consultant",
        "surgeon",
        "resident",
        "fellow",
    ]
    .contains(&last);
    if occupation && !lex_is_city(&lower) {
        return Verdict::Reject;
    }
    // "Officer Daniel Mroczek, Illinois State Police": a state's agency or university
    // after a person, not a city's state.
    let agency = c.text[c.end..]
        .split('\n')
        .next()
        .unwrap_or("")
        .split(", ")
        .nth(1)
        .is_some_and(|after| {
            let mut words = after.split(' ');
            words.next().is_some_and(|w| STATE_NAMES.contains(&w)) && words.next() == Some("State")
        });
    if agency {
        return Verdict::Reject;
    }
    // "DNR Comfort Care-Arrest, Ohio": a compound of everyday words is no town's name
    // ("Wilkes-Barre" is listed).
    let lex = crate::lexicon::Lexicons::get();
    let everyday_compound = !lex.is_any_city(&lower)
        && lower
            .split_whitespace()
            .filter(|w| w.contains('-'))
            .any(|w| w.split('-').all(|part| lex.word(part).common));
    if everyday_compound || c.prev_byte() == Some(b'-') {
        return Verdict::Reject;
    }
    // "Coverage: Iowa Medicaid, ID 1837461C": an identifier's label, not Idaho.
    let state_text = c.text[c.end..].trim_start_matches([',', ' ', '\t']);
    if let Some(after_id) = state_text.strip_prefix("ID")
        && after_id
            .trim_start_matches([' ', '\t', ':', '#'])
            .split([' ', '\t', '\n', '\r', ',', ';'])
            .next()
            .is_some_and(|token| has_digit(token) && !is_zip_code(token))
    {
        return Verdict::Reject;
    }
    // "Terrebonne Parish, LA" is a county.
    if ["county", "parish", "borough"].contains(&last) {
        return Verdict::AcceptAs(PhiKind::County, 0.9);
    }
    // "Gabriela Montes, MD" and "Ortiz, PA": credentials that are also state codes follow
    // names far more often than cities, so only a listed city counts before them.
    let state = c.text[c.end..].trim_start_matches([',', ' ', '\t']);
    let credential = ["MD", "DO", "PA", "ME"]
        .iter()
        .any(|s| state.starts_with(s) && !state[2..].starts_with(|ch: char| ch.is_alphanumeric()));
    let zip_follows = state
        .get(2..)
        .map(|r| r.trim_start_matches([' ', '\t']))
        .is_some_and(|r| r.len() >= 5 && r.as_bytes()[..5].iter().all(u8::is_ascii_digit));
    if credential && !zip_follows {
        let words: Vec<&str> = lower.split_whitespace().collect();
        let listed = (0..words.len()).any(|k| lex.is_city(&words[k..].join(" ")));
        if !listed {
            return Verdict::Reject;
        }
    }
    Verdict::Accept
}

/// "a 2014 Honda Civic, WA plate ...": a make and model before a state is a car.
pub(crate) const VEHICLE_MAKES: &[&str] = &[
    "honda",
    "toyota",
    "ford",
    "nissan",
    "chevrolet",
    "chevy",
    "hyundai",
    "kia",
    "subaru",
    "mazda",
    "jeep",
    "dodge",
    "ram",
    "gmc",
    "bmw",
    "audi",
    "volkswagen",
    "vw",
    "tesla",
    "lexus",
    "acura",
    "buick",
    "cadillac",
    "chrysler",
    "lincoln",
    "volvo",
    "mitsubishi",
    "infiniti",
    "mercedes",
    "porsche",
    "mini",
    "fiat",
    "harley",
];

fn check_residence(c: &Candidate) -> Verdict {
    // "lives at Home", "resides at The ...": one everyday word names no place.
    let lower = c.value.to_ascii_lowercase();
    let single_common = !lower.contains(' ') && crate::lexicon::Lexicons::get().word(&lower).common;
    if single_common {
        return Verdict::Reject;
    }
    check_city_moved(c)
}

/// "83858", "83858-1234": a US ZIP code.
fn is_zip_code(token: &str) -> bool {
    let (five, plus) = token.split_once('-').unwrap_or((token, "0000"));
    five.len() == 5
        && plus.len() == 4
        && five.bytes().chain(plus.bytes()).all(|b| b.is_ascii_digit())
}

fn check_city_moved(c: &Candidate) -> Verdict {
    let lower = c.value.to_ascii_lowercase();
    let first = lower.split(' ').next().unwrap_or_default();
    if super::names::is_not_a_name(&lower)
        || super::names::is_not_a_name(first)
        || ["the", "a", "an", "his", "her", "their", "my", "our"].contains(&first)
    {
        return Verdict::Reject;
    }
    // "from Dallas County": the county pattern takes it.
    if c.text[c.end..].starts_with(" County") {
        return Verdict::Reject;
    }
    // "moved from Houston August 2022": the date is no part of the place.
    if let Some((place, second)) = c.value.rsplit_once([' ', '\t'])
        && crate::date::month_from_word(second).is_some()
    {
        return Verdict::AcceptSpan(c.start, c.start + place.len());
    }
    // "moved to Northgate LTACH": the place is a facility named after it; take it whole.
    let facility = facility_kind_after(&c.text[c.end..]);
    if facility > 0 {
        return Verdict::AcceptSpan(c.start, c.end + facility);
    }
    Verdict::Accept
}

/// The length of a facility's kind, perhaps after a few more naming words, right after a
/// place's name (" LTACH", " Regional Medical Center"); 0 when none follows.
fn facility_kind_after(rest: &str) -> usize {
    static KIND_NEXT: std::sync::LazyLock<Option<regex::Regex>> = std::sync::LazyLock::new(|| {
        regex::Regex::new(&format!(
            r"^(?:[ \t]+[A-Z][A-Za-z'&.-]*){{0,2}}?[ \t]+{FACILITY_SUFFIX}\b"
        ))
        .ok()
    });
    KIND_NEXT
        .as_ref()
        .and_then(|re| re.find(rest))
        .map_or(0, |m| m.end())
}

fn check_lowercase_county(c: &Candidate) -> Verdict {
    let lex = crate::lexicon::Lexicons::get();
    let Some(name) = c.value.strip_suffix("county") else {
        return Verdict::Reject;
    };
    let name = name.trim_end();
    if lex.word(name).county {
        return Verdict::Accept;
    }
    // "in cameron county": one word of two may be the name.
    match name.rsplit_once([' ', '\t']) {
        Some((_, last)) if lex.word(last).county => {
            Verdict::AcceptSpan(c.start + name.len() - last.len(), c.end)
        }
        _ => Verdict::Reject,
    }
}

fn check_employer(c: &Candidate) -> Verdict {
    let first = c
        .value
        .split([' ', '\t'])
        .next()
        .unwrap_or("")
        .trim_end_matches(['.', ','])
        .to_ascii_lowercase();
    // "works at Home", "job at Night", "works for Medicare": no employer's name.
    let one_word = !c.value.contains(' ');
    // "teacher with HTN", "driver with DM2": a condition after "with", not a company.
    let bare = c.value.trim_end_matches(['.', ',']);
    let abbreviation = one_word
        && bare.len() <= 6
        && bare
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    if abbreviation && c.before(6).ends_with("with ") {
        return Verdict::Reject;
    }
    if crate::date::month_from_word(&first).is_some()
        || one_word && super::names::is_not_a_name(&first)
        || [
            "home", "night", "nights", "least", "times", "this", "that", "medicare", "medicaid",
        ]
        .contains(&first.as_str())
        || first.len() < 2
    {
        return Verdict::Reject;
    }
    // "Ohio Star Forge. Since then": a sentence's end closes the name.
    let mut end = c.start;
    for word in c.value.split(' ') {
        end += word.len();
        if word.ends_with('.') && word.len() > 3 {
            end -= 1;
            break;
        }
        end += 1;
    }
    let end = end.min(c.end);
    Verdict::AcceptSpan(c.start, end)
}

/// A postcode with the town written right before it ("Clifton Bristol BS8 2PS",
/// "Leeds LS1 3EX"): a listed city of up to three words joins the span.
fn check_with_city_before(c: &Candidate) -> Verdict {
    let lex = crate::lexicon::Lexicons::get();
    // The town may stand on the line above, as letter heads write it.
    let mut head = c.text[..c.start].trim_end_matches([' ', '\t', ',', '\n', '\r', ':']);
    // "Galway, Eircode H91 X2K7": past the postcode's label to the town.
    for label in [
        "Eircode",
        "Postcode",
        "Post Code",
        "Postal Code",
        "Zip",
        "ZIP",
    ] {
        if let Some(h) = head.strip_suffix(label)
            && !h.ends_with(|ch: char| ch.is_alphanumeric())
        {
            head = h.trim_end_matches([' ', '\t', ',', '\n', '\r']);
            break;
        }
    }
    let start =
        city_ending(head, true, |phrase| lex.is_any_city(phrase)).or_else(|| town_in_address(head));
    match start {
        Some(s) => Verdict::AcceptWithCity(town_prefix_before(head, s), head.len()),
        None => Verdict::Accept,
    }
}

/// An unlisted town where an address puts one: the capitalized word right before a
/// postcode, after a street ("Larkfield Road Greenock PA16 0XN") or a comma ("12 Moss
/// Lane, Cheadle SK8 1AB").
fn town_in_address(head: &str) -> Option<usize> {
    let start = head.rfind([' ', '\t', ',', '\n']).map_or(0, |p| p + 1);
    let word = &head[start..];
    let capitalized = word.len() >= 3
        && word.starts_with(|ch: char| ch.is_ascii_uppercase())
        && word[1..]
            .chars()
            .all(|ch| ch.is_lowercase() || ch == '-' || ch == '\'');
    if !capitalized {
        return None;
    }
    // Letterheads put the street, the town and the postcode on lines of their own.
    let before = head[..start].trim_end_matches([' ', '\t', '\n', '\r']);
    let after_comma = head[..start].ends_with(',') || before.ends_with(',');
    let previous = before
        .rsplit([' ', '\t', '\n'])
        .next()
        .unwrap_or("")
        .trim_end_matches('.');
    let after_street = STREET_SUFFIX_WORDS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(previous));
    (after_comma || after_street).then_some(start)
}

/// Where a town's name starts when a prefix word belongs to it ("Port Glasgow", "North
/// Shields"): `start` moved back over one such word.
fn town_prefix_before(head: &str, start: usize) -> usize {
    let before = &head[..start];
    let Some(gap) = before.strip_suffix(' ') else {
        return start;
    };
    let word_start = gap.rfind([' ', '\t', ',', '\n']).map_or(0, |p| p + 1);
    let prefix = &gap[word_start..];
    let town_prefixes = [
        "Port", "North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "New",
        "Old", "Fort", "Mount", "Glen", "Castle", "Saint", "St", "St.",
    ];
    if town_prefixes.contains(&prefix) {
        word_start
    } else {
        start
    }
}

/// Street kinds as address lines write them, for telling what follows a street.
const STREET_SUFFIX_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "dr",
    "way",
    "place",
    "close",
    "crescent",
    "terrace",
    "grove",
    "gardens",
    "court",
    "square",
    "parade",
    "walk",
    "row",
    "hill",
    "green",
    "mews",
    "rise",
    "view",
    "park",
    "boulevard",
    "blvd",
    "highway",
    "expressway",
];

/// Where the longest listed city of up to three words that ends `head` starts, if one
/// does ("… Des Moines", "… Clifton Bristol"). Words are separated by spaces or tabs;
/// a comma or a line break closes the look back. `capitalized`: every word must open
/// with a capital. `listed` is asked with the words in lower case, joined by one space.
fn city_ending(head: &str, capitalized: bool, listed: impl Fn(&str) -> bool) -> Option<usize> {
    let mut best = None;
    let mut words: Vec<&str> = Vec::with_capacity(3);
    let mut end = head.len();
    for _ in 0..3 {
        let part = &head[..end];
        let start = part.rfind([' ', '\t', '\n', ',']).map_or(0, |p| p + 1);
        let word = &part[start..];
        if word.is_empty() || capitalized && !word.starts_with(|ch: char| ch.is_ascii_uppercase()) {
            break;
        }
        words.insert(0, word);
        if listed(&words.join(" ").to_lowercase()) {
            best = Some(start);
        }
        if !part[..start].ends_with([' ', '\t']) {
            break;
        }
        end = part[..start].trim_end_matches([' ', '\t']).len();
    }
    best
}

fn check_letterhead_street(c: &Candidate) -> Verdict {
    // The words before the street's kind may end a facility's name ("Charles Hospital Rode
    // Road", "Outpatients Chapeltown Road"): the street starts after the last of them.
    let mut start = c.start;
    let mut offset = 0;
    let words: Vec<&str> = c.value.split([' ', '\t']).collect();
    for (k, word) in words.iter().enumerate() {
        let lower = word.to_ascii_lowercase();
        let facility_word = FACILITY_WORDS.contains(&lower.as_str())
            || GENERIC_FACILITY_WORDS.contains(&lower.as_str())
            || [
                "outpatients",
                "infirmary",
                "surgery",
                "practice",
                "department",
                "unit",
            ]
            .contains(&lower.as_str());
        if facility_word && k + 1 < words.len() {
            start = c.start + offset + word.len() + 1;
        }
        offset += word.len() + 1;
    }
    if start >= c.end {
        return Verdict::Reject;
    }
    Verdict::AcceptSpan(start, c.end)
}

fn check_eircode(c: &Candidate) -> Verdict {
    let unique = c.value.rsplit([' ', '\t']).next().unwrap_or("");
    if unique.bytes().any(|b| b.is_ascii_digit()) {
        check_with_city_before(c)
    } else {
        Verdict::Reject
    }
}

fn check_australian_postcode(c: &Candidate) -> Verdict {
    // "WA 2019", "SA 1990": a year after two capitals is no postcode; a town comes first.
    let year = c.value.starts_with("19") || c.value.starts_with("20");
    let town_before = c.text[..c.start]
        .trim_end()
        .trim_end_matches(|ch: char| ch.is_ascii_uppercase())
        .trim_end()
        .ends_with(|ch: char| ch.is_ascii_lowercase());
    if year && !town_before {
        Verdict::Reject
    } else {
        Verdict::Accept
    }
}

fn check_irish_county(c: &Candidate) -> Verdict {
    let name = c.value.rsplit(' ').next().unwrap_or("");
    if ["Ltd", "Limited", "Inc", "Kg", "Llc"].contains(&name) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

/// What may follow a county's name to make an agency or institution of it.
const COUNTY_INSTITUTIONS: &[&str] = &[
    " Health Department",
    " Department of Social Services",
    " Department of Health",
    " Social Services",
    " District Court",
    " Circuit Court",
    " Probate Court",
    " Superior Court",
    " Sheriff's Office",
    " Detention Center",
    " Jail",
    " Community Hospital",
    " Memorial Hospital",
    " Hospital",
    " Medical Center",
    " Health System",
    " Public Schools",
    " EMS",
];

fn check_county(c: &Candidate) -> Verdict {
    // "Allegany County Health Department": the agency is named by the county; keep it whole.
    let value_end = c.start + c.value.trim_end().len();
    if let Some(tail) = COUNTY_INSTITUTIONS
        .iter()
        .find(|t| c.text[value_end..].starts_with(**t))
    {
        return Verdict::AcceptSpan(c.start, value_end + tail.len());
    }
    // "Central Valley Packing Co.": a company (an employer); counties written "Co." have a
    // one-word name, and "Lumber Co." inside "Ridgeline Lumber Co." is no county either.
    if c.value.ends_with("Co.") {
        if c.value.split_whitespace().count() > 2 {
            return Verdict::AcceptAs(PhiKind::Geo, 0.8);
        }
        let before = c.text[..c.start].trim_end_matches([' ', '\t']);
        let word_before = before.rsplit([' ', '\t', '\n']).next().unwrap_or("");
        if c.text[..c.start].ends_with([' ', '\t'])
            && word_before.starts_with(|ch: char| ch.is_ascii_uppercase())
            && !word_before.ends_with([',', '.', ':'])
        {
            return Verdict::Reject;
        }
    }
    let first = c.value.split_whitespace().next().unwrap_or("");
    if ["The", "In", "At", "From", "Of"].contains(&first) {
        return Verdict::AcceptAs(PhiKind::County, 0.85);
    }
    Verdict::Accept
}

/// Department-like words: "Cardiology Clinic", "Children's Hospital" name no place.
const GENERIC_FACILITY_WORDS: &[&str] = &[
    "transfer",
    "device",
    "retina",
    "glaucoma",
    "cornea",
    "pacemaker",
    "wound",
    "ostomy",
    "sleep",
    "headache",
    "movement",
    "epilepsy",
    "transplant",
    "fertility",
    "travel",
    "allergy",
    "continence",
    "triage",
    "day",
    "complex",
    "peripheral",
    "outpatient",
    "inpatient",
    "clinical",
    "acute",
    "subacute",
    "physical",
    "speech",
    "radiation",
    "gyn",
    "peds",
    "hem",
    "onc",
    "a",
    "inpt",
    "outpt",
    "grade",
    "global",
    "population",
    "public",
    "men's",
    "oral",
    "sexual",
    "reproductive",
    "environmental",
    "bone",
    "brain",
    "lung",
    "skin",
    "gut",
    "liver",
    "digital",
    "support",
    "age",
    "blood",
    "study",
    "working",
    "control",
    "risk",
    "treatment",
    "focus",
    "peer",
    "tumor",
    "tumour",
    "interdisciplinary",
    "multidisciplinary",
    "ethics",
    "quality",
    "safety",
    "your",
    "his",
    "her",
    "department",
    "dept",
    "division",
    "section",
    "service",
    "services",
    "unit",
    "program",
    "internal",
    "medicine",
    "associates",
    "partners",
    "physicians",
    "dentistry",
    "oncology",
    "gastroenterology",
    "orthopedics",
    "orthopaedics",
    "failure",
    "disease",
    "diseases",
    "infectious",
    "stroke",
    "memory",
    "lung",
    "liver",
    "spine",
    "breast",
    "bone",
    "joint",
    "vein",
    "headache",
    "epilepsy",
    "movement",
    "disorders",
    "disorder",
    "obesity",
    "weight",
    "bariatric",
    "wellness",
    "maternal",
    "fetal",
    "prenatal",
    "neonatal",
    "newborn",
    "geriatric",
    "palliative",
    "hepatology",
    "pulmonary",
    "cardiac",
    "cardiovascular",
    "hematology",
    "rheumatology",
    "urology",
    "nephrology",
    "gastroenterology",
    "ent",
    "ophthalmology",
    "eye",
    "hand",
    "foot",
    "sports",
    "addiction",
    "recovery",
    "detox",
    "methadone",
    "hiv",
    "std",
    "tb",
    "vaccine",
    "immunization",
    "anticoag",
    "coumadin",
    "warfarin",
    "cf",
    "sickle",
    "cell",
    "transgender",
    "adolescent",
    "teen",
    "senior",
    "veteran",
    "student",
    "campus",
    "main",
    "outpatient",
    "the",
    "a",
    "an",
    "our",
    "his",
    "her",
    "their",
    "your",
    "my",
    "this",
    "that",
    "outside",
    "local",
    "community",
    "general",
    "university",
    "county",
    "state",
    "city",
    "regional",
    "memorial",
    "medical",
    "surgical",
    "cardiology",
    "oncology",
    "pediatric",
    "pediatrics",
    "emergency",
    "urgent",
    "family",
    "primary",
    "care",
    "mental",
    "behavioral",
    "dental",
    "eye",
    "women's",
    "children's",
    "veterans",
    "va",
    "outpatient",
    "inpatient",
    "psychiatric",
    "rehabilitation",
    "rehab",
    "nursing",
    "teaching",
    "tertiary",
    "private",
    "public",
    "at",
    "of",
    "and",
    "for",
    "&",
    "in",
    "to",
    "from",
    "transferred",
    "admitted",
    "seen",
    "followed",
    "discharged",
    "sent",
    "presented",
    "returned",
    "arrived",
    "via",
    "home",
    "health",
    "neurology",
    "dermatology",
    "orthopedic",
    "orthopaedic",
    "sleep",
    "pain",
    "wound",
    "diabetes",
    "endocrine",
    "endocrinology",
    "gi",
    "renal",
    "kidney",
    "heart",
    "vascular",
    "cancer",
    "transplant",
    "fertility",
    "walk-in",
    "free",
    "student",
    "employee",
    "occupational",
    "travel",
    "allergy",
    "infusion",
    "dialysis",
    "anticoagulation",
    "coumadin",
    "lipid",
    "hypertension",
    "imaging",
    "radiology",
    "lab",
    "laboratory",
    "specialty",
    "retail",
    "mail-order",
    "thoracic",
    "gynecologic",
    "gynaecologic",
    "gynecological",
    "paediatric",
    "assessment",
    "urologic",
    "neurologic",
    "hematologic",
    "haematologic",
    "musculoskeletal",
    "genitourinary",
    "hepatobiliary",
    "colorectal",
    "head",
    "neck",
    "adult",
    "diagnostic",
];

/// Words that make a facility's kind; trimming of leading words stops at the first of them.
const FACILITY_WORDS: &[&str] = &[
    "hospital",
    "hospitals",
    "medical",
    "center",
    "centre",
    "health",
    "healthcare",
    "clinic",
    "clinics",
    "infirmary",
    "hospice",
    "assisted",
    "nursing",
    "rehabilitation",
    "rehab",
    "care",
    "memory",
    "memorial",
    "urgent",
    "surgery",
    "surgical",
    "cancer",
    "heart",
    "institute",
    "family",
    "pediatrics",
    "senior",
    "retirement",
    "skilled",
    "behavioral",
    "women's",
    "mental",
    "psychiatric",
    "dialysis",
    "imaging",
    "pharmacy",
    "manor",
    "shelter",
    "group",
    "adult",
    "day",
    "convalescent",
    "residence",
    "lodge",
    "haven",
    "children's",
];

/// A title ("Mr.", "Dr") or a listed first name (one that is also a word only before a
/// listed surname): the word opens a person's name, so no facility name reads on through it.
fn names_a_person(word: &str, rest: &str) -> bool {
    let lower = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "pt" | "patient"
    ) {
        return true;
    }
    let lex = crate::lexicon::Lexicons::get();
    let info = lex.word(&lower);
    // A first name that is also a word or a town ("Alma", "Hope") only before a surname.
    let surname_follows = rest
        .split_whitespace()
        .next()
        .is_some_and(|n| lex.surname_rank(&n.to_ascii_lowercase()).is_some());
    info.first_name_rank.is_some() && (!info.common && !info.city || surname_follows)
}

/// Whether a facility's name is complete at the end of `head` ("Hollis Valley
/// Cardiology"), not merely led up to ("Thursday" before "at Lincoln Park Clinic").
fn ends_with_facility_kind(head: &str) -> bool {
    static KIND_AT_END: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new(&format!(r"\b{FACILITY_SUFFIX}$")).ok());
    KIND_AT_END.as_ref().is_some_and(|re| re.is_match(head))
}

fn check_facility(c: &Candidate) -> Verdict {
    // "European Society of Cardiology", "American College of Physicians": a professional
    // body, not a place.
    if c.value.split(' ').any(|w| {
        matches!(
            w,
            "Society" | "Association" | "Federation" | "Committee" | "Council" | "Board"
        )
    }) && c.value.contains(" of ")
    {
        return Verdict::Reject;
    }
    // "Credit River Imaging for Jan 22": a month is no part of the name; the span stops
    // before it (and the date pattern reads on from there).
    // Nor is a person: "Hollis Valley Cardiology for Mr. Wieczorek", "... for John Smith"
    // (the name walk finds the person).
    let mut value = c.value;
    for connector in [" for ", " of ", " at "] {
        if let Some(p) = value.find(connector)
            && let Some(word) = value[p + connector.len()..].split(' ').next()
            && (crate::date::month_from_word(word).is_some()
                || names_a_person(word, &value[p + connector.len() + word.len()..])
                    && ends_with_facility_kind(&value[..p]))
        {
            value = &value[..p];
        }
    }
    let c = &Candidate {
        text: c.text,
        value,
        start: c.start,
        end: c.start + value.len(),
    };
    // The pattern may have started at any capitalized word ("Seen At Mercy Hospital",
    // "Dr. Lee at Mercy Hospital"): keep the words after the last connector or title.
    let mut start = 0;
    let mut offset = 0;
    // Set once a kind's word is passed while that word alone names nothing ("Dialysis" in
    // "Dialysis at Riverside Dialysis Unit"): a preposition after it still trims.
    let mut bare_kind = false;
    for word in value.split(' ') {
        let lower = word.to_ascii_lowercase();
        let lower = lower.trim_end_matches(['.', ',']);
        if bare_kind {
            if ["at", "to", "from", "via"].contains(&lower) {
                start = offset + word.len() + 1;
                bare_kind = false;
            } else if !FACILITY_WORDS.contains(&lower) {
                break;
            }
            offset += word.len() + 1;
            continue;
        }
        // Trim only the words that lead up to the facility, never inside its name
        // ("Children's Hospital of the Prairie").
        if FACILITY_WORDS.contains(&lower) {
            if offset != start {
                break; // naming words stand before the kind
            }
            bare_kind = true;
            offset += word.len() + 1;
            continue;
        }
        // "no SOB. Home care": a full stop after a word ends the sentence before the name.
        let sentence_end = word.ends_with('.')
            && word.len() > 2
            && !["st.", "mt.", "ft."].contains(&word.to_ascii_lowercase().as_str());
        if sentence_end {
            // "at Whittier Elementary. School nurse": the name ends at the full stop.
            let head = &value[start..offset + word.len() - 1];
            if offset > start && ends_with_facility_kind(head) {
                // Judge the name before the stop as a candidate of its own.
                let (s, e) = (c.start + start, c.start + offset + word.len() - 1);
                let head = Candidate {
                    text: c.text,
                    value: &c.text[s..e],
                    start: s,
                    end: e,
                };
                return match check_facility(&head) {
                    Verdict::Accept => Verdict::AcceptSpan(s, e),
                    verdict => verdict,
                };
            }
            start = offset + word.len() + 1;
        }
        if [
            "at",
            "to",
            "from",
            "by",
            "with",
            "in",
            "dr",
            "mr",
            "mrs",
            "ms",
            "the",
            "seen",
            "admitted",
            "transferred",
            "discharged",
            "via",
            "am",
            "pm",
            "insurance",
            "payer",
            "plan",
            "md",
            "do",
            "rn",
            "np",
            "pa",
        ]
        .contains(&lower)
        {
            start = offset + word.len() + 1;
        }
        offset += word.len() + 1;
    }
    let start = start.min(value.len());
    let kept = &value[start..];
    let words: Vec<String> = kept
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect();
    // Drop the facility suffix words and see whether any specific (naming) word remains.
    let suffix_words = [
        "hospital",
        "medical",
        "center",
        "centre",
        "health",
        "system",
        "healthcare",
        "clinic",
        "infirmary",
        "hospice",
        "assisted",
        "living",
        "facility",
        "community",
        "nursing",
        "home",
        "and",
        "rehabilitation",
        "rehab",
        "care",
        "memorial",
        "urgent",
        "surgery",
        "surgical",
        "cancer",
        "heart",
        "institute",
        "group",
        "associates",
        "family",
        "practice",
        "medicine",
        "pediatrics",
        "senior",
        "retirement",
        "skilled",
        "behavioral",
        "psychiatric",
        "dialysis",
        "imaging",
        "pharmacy",
        "children's",
        "manor",
        "therapy",
        "unit",
        "infusion",
        "regional",
        "post-acute",
        "post",
        "alf",
        "ltach",
        "snf",
        "school",
        "elementary",
        "academy",
        "university",
        "college",
        "general",
        "rheumatology",
        "endocrinology",
        "nephrology",
        "pulmonology",
        "ophthalmology",
        "podiatry",
        "hematology",
        "allergy",
        "immunology",
        "jail",
        "fire",
        "department",
        "station",
        "rescue",
        "ambulance",
        "district",
        "credit",
        "union",
        "funeral",
        "directors",
        "nhs",
        "foundation",
        "trust",
        "polyclinic",
        "laboratory",
        "hub",
        "practice",
        "corporation",
    ];
    // "Clinical Pharmacy - Anticoagulation Management": a site after a dash names nothing
    // by itself; the naming word must stand before it.
    let before_dash: Vec<&String> = words
        .iter()
        .take_while(|w| !matches!(w.as_str(), "-" | "–" | "—"))
        .collect();
    let naming_words: Vec<&str> = before_dash
        .iter()
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| {
            w.len() >= 2 && !GENERIC_FACILITY_WORDS.contains(w) && !suffix_words.contains(w)
        })
        .collect();
    let naming = !naming_words.is_empty();
    // "Exceptional Access Program", "ISUP Grade Group": after a word that names a kind of
    // anything, everyday words and acronyms name nothing; a proper name must ("Ashworth
    // Recovery Program"). "Mercy Medical Group" ends in a kind of care and is a facility.
    let weak_kind = match words.as_slice() {
        [.., before, last] => {
            WEAK_FACILITY_KINDS.contains(&last.as_str())
                && !suffix_words.contains(&before.trim_end_matches(['.', ',']))
        }
        _ => false,
    };
    if weak_kind {
        let kept_words: Vec<&str> = kept.split_whitespace().collect();
        let proper = naming_words.iter().any(|w| {
            let original = kept_words
                .iter()
                .find(|k| k.trim_end_matches(['.', ',']).eq_ignore_ascii_case(w))
                .copied()
                .unwrap_or("");
            let acronym = original.len() > 1 && original.bytes().all(|b| !b.is_ascii_lowercase());
            !acronym && !crate::lexicon::Lexicons::get().word(w).common
        });
        let care = words[..words.len() - 1]
            .iter()
            .any(|w| names_care(w.trim_end_matches(['.', ','])));
        if !proper && !care {
            return Verdict::Reject;
        }
    }
    // "King's College criteria", "Mayo Clinic score": a classification named after a place.
    let next = c.word_after();
    if super::names::is_eponym_noun(&next) {
        return Verdict::Reject;
    }
    // "University Hospital Galway": a city after the kind names the place.
    let city = city_after(c.text, c.end);
    if !naming && city == 0 {
        return Verdict::Reject;
    }
    Verdict::AcceptSpan(c.start + start, c.end + city)
}

/// Last words of a name that name a kind of anything, not only of care: "Program",
/// "Group", "Team".
const WEAK_FACILITY_KINDS: &[&str] = &[
    "program",
    "group",
    "team",
    "partners",
    "alliance",
    "home",
    "practice",
    "laboratory",
];

/// A word that says what care a place gives: "Pediatric", "Gastroenterology", "Foster".
fn names_care(lower: &str) -> bool {
    lower.ends_with("ology")
        || lower.ends_with("iatric")
        || lower.ends_with("iatrics")
        || lower.ends_with("edic")
        || lower.ends_with("edics")
        || [
            "adult",
            "foster",
            "family",
            "senior",
            "dental",
            "surgical",
            "cardiac",
            "cancer",
            "eye",
            "vision",
            "kidney",
            "renal",
            "women's",
            "children's",
            "medical",
            "health",
            "care",
            "nursing",
            "recovery",
            "rehab",
            "therapy",
            "hearing",
            "sleep",
            "spine",
            "pain",
            "wound",
            "dialysis",
            "hospice",
            "behavioral",
            "mental",
            "counseling",
            "physicians",
            "doctors",
            "clinical",
            "home",
            "molecular",
            "reference",
            "diagnostic",
            "diagnostics",
            "genetic",
            "genetics",
            "genomic",
        ]
        .contains(&lower)
}

/// "Banner University Medical Center Tucson", "Mercy Hospital Oklahoma City": a listed
/// city of up to three words right after a facility's name belongs to it. Returns the
/// bytes to add (0 when none follows).
fn city_after(text: &str, end: usize) -> usize {
    let lex = crate::lexicon::Lexicons::get();
    let Some(tail) = text[end..].strip_prefix(' ') else {
        return 0;
    };
    // After a name typed in lower case the city may be too ("university hospital galway").
    let lowercase_ok = text[..end]
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    let (mut best, mut len) = (0, 0);
    for raw in tail.split(' ').take(3) {
        let word = raw.trim_end_matches([',', '.', ';', ':', ')']);
        let capital = word.starts_with(|c: char| c.is_ascii_uppercase());
        let lower_word = lowercase_ok && word.starts_with(|c: char| c.is_ascii_lowercase());
        if !(capital || lower_word)
            || !word
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        {
            break;
        }
        len += usize::from(len > 0) + word.len();
        let phrase = tail[..len].to_lowercase();
        // "Saint Mary's Hospital Oxford Road": the city names the street that follows.
        let street_follows = tail[len..]
            .strip_prefix(' ')
            .and_then(|r| r.split([' ', ',', '\n']).next())
            .is_some_and(|w| {
                STREET_SUFFIX_WORDS
                    .iter()
                    .any(|s| s.eq_ignore_ascii_case(w.trim_end_matches('.')))
            });
        if lex.is_any_city(&phrase) && !street_follows {
            best = len;
        }
        if word.len() < raw.len() {
            break; // punctuation closes the name
        }
    }
    if best == 0 { 0 } else { 1 + best }
}

fn check_saint(c: &Candidate) -> Verdict {
    let lower = c.value.to_ascii_lowercase();
    // St. John's wort is a herb; "St. Louis" is a city (still PHI, as a place).
    let after = c.text[c.end..].trim_start();
    let next_word = after.get(..4).unwrap_or(after);
    if lower.contains("john's") && next_word.eq_ignore_ascii_case("wort") {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_vin(c: &Candidate) -> Verdict {
    let v = c.value.as_bytes();
    if !v.iter().any(u8::is_ascii_digit) || !v.iter().any(u8::is_ascii_alphabetic) {
        return Verdict::Reject;
    }
    let value = |b: u8| -> u32 {
        match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'H' => u32::from(b - b'A' + 1),
            b'J'..=b'N' => u32::from(b - b'J' + 1),
            b'P' => 7,
            b'R'..=b'Z' => u32::from(b - b'R' + 9),
            _ => 0,
        }
    };
    // Transliteration per ISO 3779: S=2 .. Z=9, R=9.
    let translit = |b: u8| -> u32 {
        match b {
            b'R' => 9,
            b'S'..=b'Z' => u32::from(b - b'S' + 2),
            _ => value(b),
        }
    };
    const WEIGHTS: [u32; 17] = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let sum: u32 = v.iter().zip(WEIGHTS).map(|(b, w)| translit(*b) * w).sum();
    let check = sum % 11;
    let expected = if check == 10 {
        b'X'
    } else {
        b'0' + check as u8
    };
    if v[8] == expected {
        Verdict::Accept
    } else {
        Verdict::AcceptAs(PhiKind::OtherId, 0.55)
    }
}

fn check_dea(c: &Candidate) -> Verdict {
    let d: Vec<u32> = c.value[2..].bytes().map(|b| u32::from(b - b'0')).collect();
    let sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    if sum % 10 == d[6] {
        Verdict::Accept
    } else {
        // Not a DEA number, but still an identifier's shape ("PL8813427"): fail closed.
        Verdict::AcceptAs(PhiKind::OtherId, 0.6)
    }
}

/// Codes that look like ids but are vocabulary: ICD, LOINC, CPT, NDC, SNOMED, gene names.
fn preceded_by_code_system(c: &Candidate) -> bool {
    let before = c.before(24);
    [
        "snomed",
        "loinc",
        "icd",
        "cpt",
        "ndc",
        "rxnorm",
        "rxcui",
        "hcpcs",
        "code",
        "sct",
        "cvx",
        "lot",
        "ref range",
        "hgvs",
        "rs#",
        "dbsnp",
        "clinvar",
        "omim",
        "pmid",
        "doi",
        "version",
        "v.",
    ]
    .iter()
    .any(|k| before.contains(k))
}

fn check_uid(c: &Candidate) -> Verdict {
    if c.value.len() >= 16 {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

fn check_id_shape(c: &Candidate) -> Verdict {
    if preceded_by_code_system(c) {
        return Verdict::Reject;
    }
    // "CMS-2728", "DD-214", "SF-36": numbered forms and instruments.
    if ["CMS", "DD", "SF", "IRS", "VA", "FORM", "PHQ", "GAD"]
        .iter()
        .any(|p| c.value.split('-').next() == Some(*p))
    {
        return Verdict::Reject;
    }
    // "Ford F-150", "2011 F-150": a model, one letter and three digits.
    let (letters, digits) = c.value.split_once('-').unwrap_or_default();
    if letters.len() == 1 && digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_lowercase_street(c: &Candidate) -> Verdict {
    // "~0200 on the highway", "25 min drive": a time or a distance, not an address.
    let mut words = c.value.split([' ', '\t']);
    let number = words.next().unwrap_or("");
    let prose = words.any(|w| {
        [
            "on", "the", "in", "at", "to", "of", "a", "an", "min", "mins", "minute", "minutes",
            "hour", "hours", "hr", "hrs", "mile", "miles", "mi", "km", "and", "or", "from",
        ]
        .contains(&w)
    });
    if number.starts_with('0') || prose {
        return Verdict::Reject;
    }
    check_street(c)
}

pub(crate) fn check_lowercase_facility(c: &Candidate) -> Verdict {
    // "progressed to st elevation": the ST segment, not a saint.
    let second = c.value.split([' ', '\t']).nth(1).unwrap_or("");
    if c.value.starts_with("st")
        && [
            "elevation",
            "elevations",
            "depression",
            "depressions",
            "segment",
            "segments",
            "changes",
            "wave",
            "waves",
        ]
        .contains(&second)
    {
        return Verdict::Reject;
    }
    // "at the clinic", "to wound clinic", "from our hospital": the kind alone names no place.
    check_facility(c)
}

fn check_zip_after_lowercase_state(c: &Candidate) -> Verdict {
    // Only after a city: "in 10000 units" is no address.
    let head = c.text[..c.start].trim_end();
    let state_start = head.rfind([' ', '\t']).map_or(0, |p| p + 1);
    let before_state = head[..state_start].trim_end().trim_end_matches(',');
    let last = before_state
        .rsplit([' ', '\t', '\n'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    let lex = crate::lexicon::Lexicons::get();
    if lex.is_any_city(&last) {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

fn check_age_after_person(c: &Candidate) -> Verdict {
    // The word before must be a word of letters: a name, a title's name or a kin word (the
    // pattern itself starts at the comma or parenthesis, which keeps it cheap to search).
    let head = c.text[..c.start].trim_end_matches(['(', ' ', '\t', ',']);
    let last_word = head
        .rsplit(|ch: char| !(ch.is_alphabetic() || ch == '\'' || ch == '’' || ch == '-'))
        .next()
        .unwrap_or("");
    if last_word.chars().count() < 2 || !last_word.starts_with(char::is_alphabetic) {
        return Verdict::Reject;
    }
    let after_comma = c.text[..c.start].trim_end().ends_with(',');
    if after_comma && !last_word.starts_with(char::is_uppercase) {
        return Verdict::Reject;
    }
    if after_comma {
        // "Glucose, 98," in a list of readings: an everyday word no name list holds is no
        // person's name.
        let word = c.word_before();
        let info = crate::lexicon::Lexicons::get().word(&word);
        if info.common && info.first_name_rank.is_none() && info.surname_rank.is_none() {
            return Verdict::Reject;
        }
    }
    // "Glucose (98)", "HR (96)", "sat (94)": a reading in parentheses after its name.
    let word = c.word_before();
    let reading = [
        "glucose",
        "weight",
        "wt",
        "pulse",
        "temp",
        "temperature",
        "sat",
        "sats",
        "spo",
        "hr",
        "rate",
        "score",
        "bs",
        "bg",
        "fsbg",
        "sugar",
        "sugars",
        "level",
        "saturation",
        "map",
        "sbp",
        "dbp",
        "bp",
        "rr",
        "o",
        "fio",
        "percentile",
        "ef",
        "lvef",
        "fev",
        "pct",
        "total",
    ];
    if reading.contains(&word.as_str())
        || c.text[..c.start]
            .trim_end()
            .ends_with(|ch: char| ch.is_ascii_digit())
    {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_store(c: &Candidate) -> Verdict {
    // A chain's bare name is its store only where a place is expected: "sent to Walgreens",
    // "my pharmacy (CVS on Dixwell Ave)", "drawn at Quest" (not "Target INR 2-3").
    let bare = !c.value.contains("Pharmacy") && !c.value.contains('#') && !c.value.contains(" -");
    if bare {
        let before = c.before(16);
        let mut words_before = before.trim_end().rsplit([' ', '\t', '\n']);
        let mut word = words_before.next().unwrap_or("");
        // "sent to the Walgreens": past the article.
        if word == "the" {
            word = words_before.next().unwrap_or("");
        }
        let placed = [
            "to",
            "at",
            "from",
            "via",
            "my",
            "(",
            "pharmacy:",
            "pharmacy",
            "by",
        ]
        .contains(&word)
            || before.trim_end().ends_with('(');
        if !placed {
            return Verdict::Reject;
        }
    }
    // "Clinical Pharmacy - Anticoagulation", "Outpatient Pharmacy": a service, not a store.
    if let Some((name, _)) = c.value.split_once(" Pharmacy") {
        let generic = name.split_whitespace().all(|w| {
            let w = w.to_ascii_lowercase();
            GENERIC_FACILITY_WORDS.contains(&w.as_str())
                || ["central", "main", "compounding", "hospital", "discharge"].contains(&w.as_str())
        });
        if generic {
            return Verdict::Reject;
        }
    }
    Verdict::Accept
}

/// A continental street ends its line or clause, or a postcode follows it ("Prinsengracht
/// 263, 1016 GV Amsterdam"); "Via Epic 3 times" does not.
fn check_continental_street(c: &Candidate) -> Verdict {
    let rest = &c.text[c.end..];
    let closed = rest.is_empty()
        || rest.starts_with([',', ';', '\n', '\r', ')', '|'])
        || rest.starts_with(". ")
        || rest == "."
        || rest
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(|ch: char| ch.is_ascii_digit()) || r.starts_with('|'));
    if closed {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

/// An NRIC-shaped code is a national number after its cue, another identifier otherwise.
fn check_nric(c: &Candidate) -> Verdict {
    let before = c.before(24);
    if ["nric", "fin", "ic no", "ic:", "birth cert", "passport"]
        .iter()
        .any(|cue| before.contains(cue))
    {
        Verdict::Accept
    } else {
        Verdict::AcceptAs(PhiKind::OtherId, 0.7)
    }
}

fn check_trunk_phone(c: &Candidate) -> Verdict {
    // The number itself, without its extension.
    let number = c.value.split(['x', 'e']).next().unwrap_or(c.value);
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    if (10..=11).contains(&digits) {
        Verdict::Accept
    } else {
        Verdict::Reject
    }
}

fn check_letters_digits(c: &Candidate) -> Verdict {
    // Public registry numbers name no patient: trials (NCT), genes (ENSG), papers (PMID).
    let public = ["NCT", "ENS", "PMID", "PMC", "SRR", "GSE", "GCF", "GCA"];
    if public.iter().any(|p| c.value.starts_with(p)) || preceded_by_code_system(c) {
        return Verdict::Reject;
    }
    Verdict::Accept
}

fn check_long_number(c: &Candidate) -> Verdict {
    // "HP:0001263", "ORPHA:558", "MONDO:0007254": a term of an ontology.
    let before = c.before(8);
    let ontology = [
        "hp:", "hpo:", "orpha:", "mondo:", "go:", "doid:", "chebi:", "mim:", "ncit:",
    ]
    .iter()
    .any(|p| {
        before.ends_with(p)
            && !before[..before.len() - p.len()].ends_with(|ch: char| ch.is_ascii_alphabetic())
    });
    if ontology
        || preceded_by_code_system(c)
        || c.prev_byte() == Some(b'.')
        || c.next_byte() == Some(b'.')
            && c.text
                .as_bytes()
                .get(c.end + 1)
                .is_some_and(u8::is_ascii_digit)
    {
        return Verdict::Reject;
    }
    Verdict::Accept
}
