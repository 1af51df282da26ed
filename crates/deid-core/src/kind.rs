//! The PHI model: which kind of identifier a value is.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The 18 HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)), split where the action
/// usually differs (a ZIP code is generalized, a street is replaced, a county is redacted).
///
/// `Display` and serde use stable upper-case names (`NAME`, `STREET_ADDRESS`, ...) that
/// appear in redaction tags, reports, policies and provenance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum PhiKind {
    /// (A) Names of the patient, relatives, employers, clinicians.
    Name,
    /// (B) Street address lines.
    StreetAddress,
    /// (B) City or town.
    City,
    /// (B) County.
    County,
    /// (B) ZIP code.
    Zip,
    /// (B) Other geographic subdivisions smaller than a state: facilities, precincts.
    Geo,
    /// (C) All elements of dates (except year) directly related to an individual.
    Date,
    /// (C) Ages over 89.
    #[serde(rename = "AGE_90_PLUS")]
    Age90Plus,
    /// (D) Telephone numbers.
    Phone,
    /// (E) Fax numbers.
    Fax,
    /// (F) Email addresses.
    Email,
    /// (G) Social security numbers.
    Ssn,
    /// (H) Medical record numbers.
    Mrn,
    /// (I) Health plan beneficiary numbers (member ids, Medicare MBI).
    HealthPlanId,
    /// (J) Account numbers.
    AccountNumber,
    /// (K) Certificate / license numbers.
    LicenseNumber,
    /// (L) Vehicle identifiers and serial numbers, including license plates.
    VehicleId,
    /// (M) Device identifiers and serial numbers.
    DeviceId,
    /// (N) Web URLs.
    Url,
    /// (O) IP addresses.
    IpAddress,
    /// (P) Biometric identifiers.
    BiometricId,
    /// (Q) Full-face photographs and comparable images.
    Photo,
    /// (R) Any other unique identifying number, characteristic or code.
    OtherId,
}

impl PhiKind {
    /// Every kind, in declaration order.
    pub const ALL: [PhiKind; 23] = [
        PhiKind::Name,
        PhiKind::StreetAddress,
        PhiKind::City,
        PhiKind::County,
        PhiKind::Zip,
        PhiKind::Geo,
        PhiKind::Date,
        PhiKind::Age90Plus,
        PhiKind::Phone,
        PhiKind::Fax,
        PhiKind::Email,
        PhiKind::Ssn,
        PhiKind::Mrn,
        PhiKind::HealthPlanId,
        PhiKind::AccountNumber,
        PhiKind::LicenseNumber,
        PhiKind::VehicleId,
        PhiKind::DeviceId,
        PhiKind::Url,
        PhiKind::IpAddress,
        PhiKind::BiometricId,
        PhiKind::Photo,
        PhiKind::OtherId,
    ];

    /// The stable upper-case name (`NAME`, `AGE_90_PLUS`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            PhiKind::Name => "NAME",
            PhiKind::StreetAddress => "STREET_ADDRESS",
            PhiKind::City => "CITY",
            PhiKind::County => "COUNTY",
            PhiKind::Zip => "ZIP",
            PhiKind::Geo => "GEO",
            PhiKind::Date => "DATE",
            PhiKind::Age90Plus => "AGE_90_PLUS",
            PhiKind::Phone => "PHONE",
            PhiKind::Fax => "FAX",
            PhiKind::Email => "EMAIL",
            PhiKind::Ssn => "SSN",
            PhiKind::Mrn => "MRN",
            PhiKind::HealthPlanId => "HEALTH_PLAN_ID",
            PhiKind::AccountNumber => "ACCOUNT_NUMBER",
            PhiKind::LicenseNumber => "LICENSE_NUMBER",
            PhiKind::VehicleId => "VEHICLE_ID",
            PhiKind::DeviceId => "DEVICE_ID",
            PhiKind::Url => "URL",
            PhiKind::IpAddress => "IP_ADDRESS",
            PhiKind::BiometricId => "BIOMETRIC_ID",
            PhiKind::Photo => "PHOTO",
            PhiKind::OtherId => "OTHER_ID",
        }
    }

    /// True for the kinds that are identifiers (numbers or codes), which share the
    /// identifier transforms (format-preserving encryption, pseudonyms).
    pub fn is_identifier(self) -> bool {
        matches!(
            self,
            PhiKind::Ssn
                | PhiKind::Mrn
                | PhiKind::HealthPlanId
                | PhiKind::AccountNumber
                | PhiKind::LicenseNumber
                | PhiKind::VehicleId
                | PhiKind::DeviceId
                | PhiKind::BiometricId
                | PhiKind::OtherId
                | PhiKind::Phone
                | PhiKind::Fax
        )
    }
}

impl fmt::Display for PhiKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The name given was not one of the PHI kinds.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown PHI kind `{0}` (expected one of NAME, STREET_ADDRESS, CITY, COUNTY, ZIP, GEO, DATE, AGE_90_PLUS, PHONE, FAX, EMAIL, SSN, MRN, HEALTH_PLAN_ID, ACCOUNT_NUMBER, LICENSE_NUMBER, VEHICLE_ID, DEVICE_ID, URL, IP_ADDRESS, BIOMETRIC_ID, PHOTO, OTHER_ID)"
)]
pub struct UnknownKind(pub String);

impl FromStr for PhiKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_uppercase().replace(['-', ' '], "_");
        PhiKind::ALL
            .into_iter()
            .find(|k| k.as_str() == wanted)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_through_display_from_str_and_serde() {
        for kind in PhiKind::ALL {
            assert_eq!(kind.as_str().parse::<PhiKind>(), Ok(kind));
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{kind}\""));
            assert_eq!(serde_json::from_str::<PhiKind>(&json).unwrap(), kind);
        }
    }

    #[test]
    fn unknown_kind_is_an_error() {
        assert!("PASSPORT".parse::<PhiKind>().is_err());
        assert!(serde_json::from_str::<PhiKind>("\"PASSPORT\"").is_err());
        assert_eq!("age-90-plus".parse::<PhiKind>(), Ok(PhiKind::Age90Plus));
    }
}
