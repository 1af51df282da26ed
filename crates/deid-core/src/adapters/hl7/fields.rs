//! The HL7 v2 field map: which fields carry PHI, and of which kind, component by component.
//!
//! A field not in the map (and every field of a Z-segment) is scanned as free text: fail
//! closed. Codes, units, flags and control fields are kept byte-identical.

use crate::adapters::identifier_kind;
use crate::{Hint, PhiKind};

/// The layout of one field, by HL7 data type (or a PHI kind for simple fields).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Spec {
    /// Codes, flags, control fields: left unchanged.
    Keep,
    /// Free text: scanned by the detectors.
    Free,
    /// The whole field (every component) is this kind.
    Kind(PhiKind),
    /// XPN: person name.
    Xpn,
    /// XCN / CNN / PPN: a person with an id and a name.
    Person,
    /// CX / EI: an identifier of this default kind (refined by CX-5, the type code).
    Id(PhiKind),
    /// XAD: address.
    Addr,
    /// XTN: telecommunication number.
    Xtn,
    /// TS / DTM / DT: a point in time.
    Ts,
    /// DR: a date range.
    Dr,
    /// XON: organization name (name scanned, ids kept).
    Org,
    /// NDL: a person (CNN in component 1) and a time range.
    Ndl,
    /// EIP: placer and filler identifiers (EI in components 1 and 2).
    Eip,
    /// TQ: timing; start and end times in components 4 and 5.
    Tq,
    /// DLN: driver's licence: number, issuing state, expiry.
    Dln,
    /// CE / CWE: a code; only the original text (CWE-9) is scanned.
    Coded,
    /// OBX-5: depends on OBX-2 (the value type).
    ObxValue,
}

/// What is known about the segment around a leaf.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LeafContext<'a> {
    /// OBX-2 of this segment (the value type), upper case.
    pub obx_type: &'a str,
    /// CX-5 of this repetition (identifier type code).
    pub id_type: &'a str,
    /// This is the first repetition of PID-3: the MRN that is the subject.
    pub subject_id: bool,
}

/// The spec of field `field` (1-based) of segment `seg`.
pub(crate) fn field_spec(seg: &str, field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match seg {
        "MSH" | "FHS" | "BHS" => match field {
            7 => Ts,
            9 | 10 if seg != "MSH" => Free,
            _ => Keep,
        },
        "BTS" | "FTS" => match field {
            1 => Keep,
            _ => Free,
        },
        "EVN" => match field {
            1 | 4 | 7 => Keep,
            2 | 3 | 6 => Ts,
            5 => Person,
            _ => Free,
        },
        "PID" => pid(field),
        "PD1" => match field {
            1 | 2 | 5..=12 | 15 | 16 => Keep,
            3 => Org,
            4 => Person,
            13 | 14 => Ts,
            _ => Free,
        },
        "NK1" => nk1(field),
        "PV1" => pv1(field),
        "PV2" => match field {
            1 | 2 | 4..=7 | 10 | 14 | 15 | 17..=25 | 27 | 28 | 30..=32 | 34..=46 | 48 | 49 => Keep,
            3 => Coded,
            8 | 9 | 16 | 26 | 29 | 33 | 47 => Ts,
            13 => Person,
            _ => Free,
        },
        "MRG" => match field {
            1 => Id(Mrn),
            2 | 4 | 6 => Id(OtherId),
            3 | 5 => Id(AccountNumber),
            7 => Xpn,
            _ => Free,
        },
        "GT1" => gt1(field),
        "IN1" => in1(field),
        "IN2" => match field {
            1 | 25 | 26 => Id(OtherId),
            2 => Kind(Ssn),
            3 => Person,
            6 | 8 => Kind(HealthPlanId),
            7 | 9 | 49 | 52 => Xpn,
            10 => Kind(OtherId),
            50 | 53 | 63 | 64 => Xtn,
            _ => Free,
        },
        "IN3" => match field {
            1 | 4 | 5 | 12 | 16..=18 | 21..=28 => Keep,
            2 => Id(OtherId),
            3 | 8 | 11 | 19 => Person,
            6 | 7 | 9 | 10 | 13 | 14 | 15 => Ts,
            _ => Free,
        },
        "ORC" => orc(field),
        "OBR" => obr(field),
        "OBX" => obx(field),
        "NTE" => match field {
            1 | 2 | 4 => Keep,
            3 => Free,
            5 => Person,
            6..=8 => Ts,
            _ => Free,
        },
        "TXA" => txa(field),
        "SCH" => match field {
            1 | 2 | 4 | 23 | 24 => Id(OtherId),
            3 | 5..=10 | 15 | 19 | 22 | 25 | 26 => Keep,
            11 => Tq,
            12 | 16 | 20 => Person,
            13 | 17 | 21 => Xtn,
            14 | 18 => Addr,
            _ => Free,
        },
        "AIP" => match field {
            3 => Person,
            6 => Ts,
            1 | 2 | 4 | 5 | 7..=12 => Keep,
            _ => Free,
        },
        "AIL" => match field {
            6 => Ts,
            1..=5 | 7..=12 => Keep,
            _ => Free,
        },
        "AIG" => match field {
            8 => Ts,
            1 | 2 | 4..=7 | 9..=14 => Keep,
            _ => Free,
        },
        "SPM" => match field {
            2 | 3 => Eip,
            17 => Dr,
            18 | 19 => Ts,
            30 => Id(OtherId),
            14 => Free,
            1 | 4..=13 | 15 | 16 | 20..=29 | 31..=35 => Keep,
            _ => Free,
        },
        "DG1" => match field {
            1 | 2 | 3 | 6..=15 | 17 | 18 | 21 => Keep,
            4 => Free,
            5 | 19 => Ts,
            16 => Person,
            20 => Id(OtherId),
            _ => Free,
        },
        "PR1" => match field {
            1..=3 | 6 | 7 | 9 | 10 | 13..=18 | 20 => Keep,
            4 => Free,
            5 => Ts,
            8 | 11 | 12 => Person,
            19 => Id(OtherId),
            _ => Free,
        },
        "ROL" => match field {
            1 => Id(OtherId),
            2 | 3 | 7..=10 | 13 | 14 => Keep,
            4 => Person,
            5 | 6 => Ts,
            11 => Addr,
            12 => Xtn,
            _ => Free,
        },
        "RXA" => match field {
            1 | 2 | 5..=8 | 11..=15 | 17..=21 | 23..=26 => Keep,
            3 | 4 | 16 | 22 => Ts,
            10 => Person,
            _ => Free,
        },
        "TQ1" => match field {
            7 | 8 => Ts,
            1..=6 | 9..=14 => Keep,
            _ => Free,
        },
        "SFT" => match field {
            6 => Ts,
            1..=5 => Keep,
            _ => Free,
        },
        "MSA" => match field {
            1 | 2 | 4..=6 => Keep,
            _ => Free,
        },
        _ => Free,
    }
}

fn pid(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 8 | 10 | 15..=17 | 22 | 24..=28 | 30..=32 | 34..=39 => Keep,
        2 | 4 | 21 => Id(OtherId),
        3 => Id(Mrn),
        5 | 6 | 9 => Xpn,
        7 | 29 | 33 => Ts,
        11 => Addr,
        12 => Kind(County),
        13 | 14 => Xtn,
        18 => Id(AccountNumber),
        19 => Kind(Ssn),
        20 => Dln,
        23 => Kind(Geo),
        _ => Free,
    }
}

fn nk1(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 3 | 7 | 11 | 14 | 15 | 17..=25 | 27..=29 | 34..=36 | 39 => Keep,
        2 | 26 | 30 => Xpn,
        4 | 32 => Addr,
        5 | 6 | 31 => Xtn,
        8 | 9 | 16 => Ts,
        10 => Free,
        12 | 33 => Id(OtherId),
        13 => Org,
        37 => Kind(Ssn),
        38 => Kind(Geo),
        _ => Free,
    }
}

fn pv1(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1..=4 | 6 | 10..=16 | 18 | 20..=24 | 26..=28 | 30..=34 | 36..=43 | 46..=49 | 51 => Keep,
        5 | 19 => Id(AccountNumber),
        7..=9 | 17 | 52 => Person,
        25 | 29 | 35 | 44 | 45 => Ts,
        50 => Id(OtherId),
        _ => Free,
    }
}

fn gt1(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 9..=11 | 15 | 20 | 22..=28 | 31..=43 | 50..=53 | 55..=57 => Keep,
        2 | 19 => Id(OtherId),
        3 | 4 | 16 | 30 | 45 => Xpn,
        5 | 17 | 46 => Addr,
        6 | 7 | 18 | 47 => Xtn,
        8 | 13 | 14 => Ts,
        12 => Kind(Ssn),
        21 => Org,
        29 => Id(OtherId),
        _ => Free,
    }
}

fn in1(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 3 | 15 | 17 | 20..=25 | 27 | 31..=35 | 37..=43 | 45..=48 | 50 | 53 => Keep,
        2 | 36 | 49 => Id(HealthPlanId),
        4 | 9 | 11 => Org,
        5 | 19 | 44 => Addr,
        6 | 16 => Xpn,
        7 => Xtn,
        8 | 10 | 28 => Id(OtherId),
        12 | 13 | 26 | 29 | 51 => Ts,
        30 => Person,
        52 => Kind(Geo),
        _ => Free,
    }
}

fn orc(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 5 | 6 | 13 | 16..=18 | 20 | 25 | 26 | 28..=31 => Keep,
        2..=4 => Id(OtherId),
        7 => Tq,
        8 => Eip,
        9 | 15 | 27 => Ts,
        10..=12 | 19 => Person,
        14 | 23 => Xtn,
        21 => Org,
        22 | 24 => Addr,
        _ => Free,
    }
}

fn obr(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1 | 4 | 5 | 9 | 11 | 12 | 15 | 23..=26 | 30 | 31 | 37 | 38 | 40..=50 => Keep,
        2 | 3 | 53 => Id(OtherId),
        6..=8 | 14 | 22 | 36 => Ts,
        10 | 16 | 28 => Person,
        13 | 39 => Free,
        17 => Xtn,
        27 => Tq,
        29 => Eip,
        32..=35 => Ndl,
        _ => Free,
    }
}

fn obx(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1..=4 | 6..=11 | 15 | 17 | 20 | 22 => Keep,
        5 => ObxValue,
        12 | 14 | 19 => Ts,
        13 => Free,
        16 | 25 => Person,
        18 => Id(DeviceId),
        21 => Id(OtherId),
        23 => Org,
        24 => Addr,
        _ => Free,
    }
}

fn txa(field: usize) -> Spec {
    use PhiKind::*;
    use Spec::*;
    match field {
        1..=3 | 17..=21 => Keep,
        4 | 6..=8 => Ts,
        5 | 9..=11 | 22 | 23 => Person,
        12..=15 => Id(OtherId),
        16 => Free,
        _ => Free,
    }
}

/// The spec of OBX-5 for a value type (OBX-2).
fn obx_value_spec(value_type: &str) -> Spec {
    use Spec::*;
    match value_type {
        "TS" | "DT" | "DTM" => Ts,
        "DR" => Dr,
        "CE" | "CWE" | "CNE" | "CD" | "ID" | "IS" | "NM" | "SN" | "NA" | "MA" | "TM" => Keep,
        "XPN" => Xpn,
        "XAD" => Addr,
        "XTN" => Xtn,
        "XCN" => Person,
        "XON" => Org,
        "CX" | "EI" => Id(PhiKind::OtherId),
        _ => Free,
    }
}

/// The hint for the leaf at `component`.`subcomponent` (both 1-based) of a field of `spec`.
pub(crate) fn leaf_hint(spec: Spec, component: usize, sub: usize, ctx: &LeafContext<'_>) -> Hint {
    use PhiKind::*;
    match spec {
        Spec::Keep => Hint::Keep,
        Spec::Free => Hint::FreeText,
        Spec::Kind(kind) => Hint::Kind(kind),
        Spec::Xpn => name_hint(component),
        Spec::Person => person_hint(component, sub),
        Spec::Id(default) => id_hint(default, component, ctx),
        Spec::Addr => addr_hint(component),
        Spec::Xtn => phone_hint(component, ctx),
        Spec::Ts => kind_if(component == 1 && sub == 1, Date),
        Spec::Dr => kind_if(component <= 2 && sub == 1, Date),
        Spec::Org => match component {
            1 => Hint::FreeText,
            _ => Hint::Keep,
        },
        Spec::Ndl => match component {
            1 => person_hint(sub, 1),
            2 | 3 => kind_if(sub == 1, Date),
            _ => Hint::Keep,
        },
        Spec::Eip => kind_if(component <= 2 && sub == 1, OtherId),
        Spec::Tq => match component {
            4 | 5 => kind_if(sub == 1, Date),
            7 | 8 => Hint::FreeText,
            _ => Hint::Keep,
        },
        Spec::Dln => match component {
            1 => Hint::Kind(LicenseNumber),
            3 => Hint::Kind(Date),
            _ => Hint::Keep,
        },
        Spec::Coded => match component {
            9 => Hint::FreeText,
            _ => Hint::Keep,
        },
        Spec::ObxValue => obx_value_hint(component, sub, ctx),
    }
}

fn kind_if(condition: bool, kind: PhiKind) -> Hint {
    if condition {
        Hint::Kind(kind)
    } else {
        Hint::Keep
    }
}

/// OBX-5: by value type (ages of 90 or more are handled by the caller, which sees the value).
fn obx_value_hint(component: usize, sub: usize, ctx: &LeafContext<'_>) -> Hint {
    let spec = obx_value_spec(ctx.obx_type);
    if let Spec::ObxValue = spec {
        return Hint::FreeText;
    }
    leaf_hint(spec, component, sub, ctx)
}

/// XPN: family, given, middle names are names; suffix, prefix, degree, codes kept; dates
/// of validity shifted.
fn name_hint(component: usize) -> Hint {
    match component {
        1..=3 => Hint::Kind(PhiKind::Name),
        10 | 12 | 13 => Hint::Kind(PhiKind::Date),
        4..=9 | 11 | 14 => Hint::Keep,
        _ => Hint::FreeText,
    }
}

/// XCN: id number, family, given, middle names; the rest are codes.
fn person_hint(component: usize, sub: usize) -> Hint {
    match component {
        1 => Hint::Kind(PhiKind::OtherId),
        2 if sub <= 5 => Hint::Kind(PhiKind::Name),
        3 | 4 => Hint::Kind(PhiKind::Name),
        15 => Hint::Kind(PhiKind::Date),
        17 | 18 => kind_if(sub == 1, PhiKind::Date),
        5..=14 | 16 | 19..=23 => Hint::Keep,
        _ => Hint::FreeText,
    }
}

/// CX / EI: the id (component 1) by its type code; check digits, authorities and codes kept;
/// effective and expiry dates shifted.
fn id_hint(default: PhiKind, component: usize, ctx: &LeafContext<'_>) -> Hint {
    match component {
        1 if ctx.subject_id => Hint::Kind(PhiKind::Mrn),
        1 => Hint::Kind(identifier_kind(ctx.id_type).unwrap_or(default)),
        7 | 8 => Hint::Kind(PhiKind::Date),
        _ => Hint::Keep,
    }
}

/// XAD: street, other designation, city, ZIP, county and census tract; state, country and
/// codes kept.
fn addr_hint(component: usize) -> Hint {
    use PhiKind::*;
    match component {
        1 | 2 => Hint::Kind(StreetAddress),
        3 => Hint::Kind(City),
        5 => Hint::Kind(Zip),
        8 | 10 => Hint::Kind(Geo),
        9 => Hint::Kind(County),
        12..=14 => Hint::Kind(Date),
        4 | 6 | 7 | 11 => Hint::Keep,
        _ => Hint::FreeText,
    }
}

/// XTN: the number (formatted, area code, local number, extension, unformatted) and the
/// e-mail address; use and equipment codes kept. A fax (`FX`) is a fax, `Internet` an e-mail.
fn phone_hint(component: usize, ctx: &LeafContext<'_>) -> Hint {
    use PhiKind::*;
    let number = if ctx.id_type.eq_ignore_ascii_case("FX") {
        Fax
    } else {
        Phone
    };
    match component {
        1 if ctx.id_type.eq_ignore_ascii_case("INTERNET") => Hint::Kind(Email),
        1 | 6 | 7 | 8 | 12 => Hint::Kind(number),
        4 => Hint::Kind(Email),
        2 | 3 | 5 | 10 | 11 | 13..=18 => Hint::Keep,
        _ => Hint::FreeText,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pid_fields_have_their_kinds() {
        let ctx = LeafContext::default();
        assert_eq!(
            leaf_hint(field_spec("PID", 5), 1, 1, &ctx),
            Hint::Kind(PhiKind::Name)
        );
        assert_eq!(leaf_hint(field_spec("PID", 5), 5, 1, &ctx), Hint::Keep);
        assert_eq!(
            leaf_hint(field_spec("PID", 7), 1, 1, &ctx),
            Hint::Kind(PhiKind::Date)
        );
        assert_eq!(leaf_hint(field_spec("PID", 11), 4, 1, &ctx), Hint::Keep);
        assert_eq!(
            leaf_hint(field_spec("PID", 11), 9, 1, &ctx),
            Hint::Kind(PhiKind::County)
        );
        assert_eq!(leaf_hint(field_spec("ZXY", 3), 1, 1, &ctx), Hint::FreeText);
    }

    #[test]
    fn identifier_type_codes_refine_the_kind() {
        let ssn = LeafContext {
            id_type: "SS",
            ..LeafContext::default()
        };
        assert_eq!(
            leaf_hint(field_spec("PID", 3), 1, 1, &ssn),
            Hint::Kind(PhiKind::Ssn)
        );
        let subject = LeafContext {
            id_type: "SS",
            subject_id: true,
            ..LeafContext::default()
        };
        assert_eq!(
            leaf_hint(field_spec("PID", 3), 1, 1, &subject),
            Hint::Kind(PhiKind::Mrn)
        );
        assert_eq!(leaf_hint(field_spec("PID", 3), 4, 1, &ssn), Hint::Keep);
    }

    #[test]
    fn obx_value_follows_the_value_type() {
        let ctx = |t| LeafContext {
            obx_type: t,
            ..LeafContext::default()
        };
        assert_eq!(leaf_hint(Spec::ObxValue, 1, 1, &ctx("TX")), Hint::FreeText);
        assert_eq!(
            leaf_hint(Spec::ObxValue, 1, 1, &ctx("TS")),
            Hint::Kind(PhiKind::Date)
        );
        assert_eq!(leaf_hint(Spec::ObxValue, 1, 1, &ctx("CWE")), Hint::Keep);
        assert_eq!(leaf_hint(Spec::ObxValue, 1, 1, &ctx("ZZ")), Hint::FreeText);
    }
}
