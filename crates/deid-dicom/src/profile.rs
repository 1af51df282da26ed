//! The PS3.15 Annex E confidentiality profile as data: the rows of Table E.1-1 (generated into
//! [`crate::profile_table`]), the profile options, and how a row and a set of options resolve
//! to exactly one [`ProfileAction`].

use std::fmt;
use std::str::FromStr;

use dicom_core::Tag;
use serde::{Deserialize, Serialize};

use crate::profile_table::ROWS;

/// An action code of the basic profile column, as the table writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Basic {
    /// `D`: replace with a non-zero-length dummy value consistent with the VR.
    D,
    /// `Z`: replace with a zero-length value (or a dummy).
    Z,
    /// `X`: remove.
    X,
    /// `K`: keep (for a sequence, its items are still processed).
    K,
    /// `C`: clean: replace identifying information with values of similar meaning.
    C,
    /// `U`: replace the UID with a non-zero-length UID consistent within the set of instances.
    U,
    /// `X/Z`: X unless Z is required to keep the instance valid.
    XZ,
    /// `X/D`: X unless D is required.
    XD,
    /// `X/Z/D`: X unless Z or D is required.
    XZD,
    /// `Z/D`: Z unless D is required.
    ZD,
    /// `X/Z/U*`: X unless Z or replacement of the UIDs within the sequence is required.
    XZUStar,
}

impl Basic {
    /// The code as written in Table E.1-1.
    pub fn code(self) -> &'static str {
        match self {
            Basic::D => "D",
            Basic::Z => "Z",
            Basic::X => "X",
            Basic::K => "K",
            Basic::C => "C",
            Basic::U => "U",
            Basic::XZ => "X/Z",
            Basic::XD => "X/D",
            Basic::XZD => "X/Z/D",
            Basic::ZD => "Z/D",
            Basic::XZUStar => "X/Z/U*",
        }
    }

    /// One action for a combined code. We do not know the IOD's type (1, 2, 3) of every
    /// attribute in every context, so for each combination we pick the alternative that keeps
    /// any instance valid and still leaks nothing:
    ///
    /// - `X/Z` → zero length (valid where the attribute is type 2, empty where it is type 3);
    /// - `X/D`, `X/Z/D`, `Z/D` → dummy (valid even where the attribute is type 1; a dummy holds
    ///   no information from the original — a UID dummy is the mapped UID);
    /// - `X/Z/U*` → replace the UIDs inside the sequence (so references stay resolvable).
    pub fn resolve(self) -> ProfileAction {
        match self {
            Basic::D | Basic::XD | Basic::XZD | Basic::ZD => ProfileAction::Dummy,
            Basic::Z | Basic::XZ => ProfileAction::Zero,
            Basic::X => ProfileAction::Remove,
            Basic::K => ProfileAction::Keep,
            Basic::C => ProfileAction::Clean,
            Basic::U | Basic::XZUStar => ProfileAction::MapUid,
        }
    }
}

/// What an option column says about a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OptionEntry {
    /// No entry: the basic profile action applies.
    None,
    /// `K`: keep.
    Keep,
    /// `C`: clean.
    Clean,
    /// Unknown: a row added by a later edition whose option columns we lack; the basic
    /// profile action applies (the conservative reading).
    Unknown,
}

/// Which attribute(s) a row covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKey {
    /// One attribute `(group, element)`.
    Tag(u16, u16),
    /// `(50xx,xxxx)`: retired curve data, every attribute of the repeating groups.
    CurveData,
    /// `(60xx,3000)`: overlay data.
    OverlayData,
    /// `(60xx,4000)`: overlay comments.
    OverlayComments,
    /// `(gggg,eeee)` with odd `gggg`: private attributes.
    Private,
}

/// Where a row comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// PS3.15 2024b, all columns.
    Edition2024b,
    /// Added to the basic profile by 2026c; option columns unknown.
    Edition2026cBasicOnly,
}

/// One row of Table E.1-1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProfileRow {
    /// The attribute(s) covered.
    pub key: RowKey,
    /// The attribute name.
    pub name: &'static str,
    /// The "in standard composite IOD" column, when known.
    pub in_std_iod: Option<bool>,
    /// The basic profile action.
    pub basic: Basic,
    /// The option columns, in [`ProfileOption::ALL`] order.
    pub options: [OptionEntry; 10],
    /// Which edition the row comes from.
    pub source: Source,
}

/// Every row of the table (656: 621 from 2024b, 35 added by 2026c).
pub fn rows() -> &'static [ProfileRow] {
    ROWS
}

/// The row that covers `tag`: the attribute's own row, else a pattern row (curves, overlay
/// data and comments, private attributes). `None` when the profile does not list it.
pub fn row_for(tag: Tag) -> Option<&'static ProfileRow> {
    let exact = ROWS.binary_search_by(|row| match row.key {
        RowKey::Tag(g, e) => (g, e).cmp(&(tag.group(), tag.element())),
        _ => std::cmp::Ordering::Greater,
    });
    if let Ok(index) = exact {
        return ROWS.get(index);
    }
    let pattern = pattern_key(tag)?;
    ROWS.iter().find(|row| row.key == pattern)
}

/// The pattern row key that covers `tag`, if any.
fn pattern_key(tag: Tag) -> Option<RowKey> {
    let group = tag.group();
    if group % 2 == 1 {
        return Some(RowKey::Private);
    }
    if group & 0xFF00 == 0x5000 {
        return Some(RowKey::CurveData);
    }
    if group & 0xFF00 == 0x6000 {
        return match tag.element() {
            0x3000 => Some(RowKey::OverlayData),
            0x4000 => Some(RowKey::OverlayComments),
            _ => None,
        };
    }
    None
}

/// What the walker does with one attribute, once the row and the options are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProfileAction {
    /// Remove the attribute.
    Remove,
    /// Keep it with a zero-length value (an empty sequence for SQ).
    Zero,
    /// Replace it with a dummy value of its VR (an empty sequence for SQ).
    Dummy,
    /// Keep it (sequences: their items are processed).
    Keep,
    /// Clean it: free text through the engine, dates shifted by the subject's offset;
    /// sequences are processed with cleaning of their free text.
    Clean,
    /// Replace every UID in it with its mapped UID (sequences: their items are processed).
    MapUid,
}

/// A profile option of PS3.15 E.3 (those this crate can honour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProfileOption {
    /// Retain Safe Private Option (113111).
    RetainSafePrivate,
    /// Retain UIDs Option (113110).
    RetainUids,
    /// Retain Device Identity Option (113109).
    RetainDeviceIdentity,
    /// Retain Institution Identity Option (113112).
    RetainInstitutionIdentity,
    /// Retain Patient Characteristics Option (113108).
    RetainPatientCharacteristics,
    /// Retain Longitudinal Temporal Information with Full Dates Option (113106).
    RetainLongitudinalFullDates,
    /// Retain Longitudinal Temporal Information with Modified Dates Option (113107).
    RetainLongitudinalModifiedDates,
    /// Clean Descriptors Option (113105).
    CleanDescriptors,
    /// Clean Structured Content Option (113104).
    CleanStructuredContent,
    /// Clean Graphics Option (113103).
    CleanGraphics,
}

impl ProfileOption {
    /// Every option, in the column order of the generated table.
    pub const ALL: [ProfileOption; 10] = [
        ProfileOption::RetainSafePrivate,
        ProfileOption::RetainUids,
        ProfileOption::RetainDeviceIdentity,
        ProfileOption::RetainInstitutionIdentity,
        ProfileOption::RetainPatientCharacteristics,
        ProfileOption::RetainLongitudinalFullDates,
        ProfileOption::RetainLongitudinalModifiedDates,
        ProfileOption::CleanDescriptors,
        ProfileOption::CleanStructuredContent,
        ProfileOption::CleanGraphics,
    ];

    /// The kebab-case name used on command lines (`retain-uids`).
    pub fn name(self) -> &'static str {
        match self {
            ProfileOption::RetainSafePrivate => "retain-safe-private",
            ProfileOption::RetainUids => "retain-uids",
            ProfileOption::RetainDeviceIdentity => "retain-device-identity",
            ProfileOption::RetainInstitutionIdentity => "retain-institution-identity",
            ProfileOption::RetainPatientCharacteristics => "retain-patient-characteristics",
            ProfileOption::RetainLongitudinalFullDates => "retain-longitudinal-full-dates",
            ProfileOption::RetainLongitudinalModifiedDates => "retain-longitudinal-modified-dates",
            ProfileOption::CleanDescriptors => "clean-descriptors",
            ProfileOption::CleanStructuredContent => "clean-structured-content",
            ProfileOption::CleanGraphics => "clean-graphics",
        }
    }

    /// The DCM code (CID 7050) and its meaning.
    pub fn code(self) -> (&'static str, &'static str) {
        match self {
            ProfileOption::RetainSafePrivate => ("113111", "Retain Safe Private Option"),
            ProfileOption::RetainUids => ("113110", "Retain UIDs Option"),
            ProfileOption::RetainDeviceIdentity => ("113109", "Retain Device Identity Option"),
            ProfileOption::RetainInstitutionIdentity => {
                ("113112", "Retain Institution Identity Option")
            }
            ProfileOption::RetainPatientCharacteristics => {
                ("113108", "Retain Patient Characteristics Option")
            }
            ProfileOption::RetainLongitudinalFullDates => (
                "113106",
                "Retain Longitudinal Temporal Information Full Dates Option",
            ),
            ProfileOption::RetainLongitudinalModifiedDates => (
                "113107",
                "Retain Longitudinal Temporal Information Modified Dates Option",
            ),
            ProfileOption::CleanDescriptors => ("113105", "Clean Descriptors Option"),
            ProfileOption::CleanStructuredContent => ("113104", "Clean Structured Content Option"),
            ProfileOption::CleanGraphics => ("113103", "Clean Graphics Option"),
        }
    }

    /// Column index in [`ProfileRow::options`].
    fn column(self) -> usize {
        self as usize
    }
}

impl fmt::Display for ProfileOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A profile option name that is not one of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown DICOM profile option `{0}` (expected one of: {names})", names = option_names())]
pub struct UnknownOption(pub String);

fn option_names() -> String {
    let mut names: Vec<&str> = ProfileOption::ALL.iter().map(|o| o.name()).collect();
    names.extend(["basic", "default"]);
    names.join(", ")
}

/// Lower-case, with spaces, underscores and hyphens removed, and a trailing "option" dropped.
fn normalize(name: &str) -> String {
    let squashed: String = name
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-'))
        .flat_map(char::to_lowercase)
        .collect();
    squashed
        .strip_suffix("option")
        .map(str::to_string)
        .unwrap_or(squashed)
}

impl FromStr for ProfileOption {
    type Err = UnknownOption;

    /// Accepts the kebab-case name (`retain-uids`), snake case, the code meaning
    /// (`Retain UIDs Option`) or the code (`113110`), case-insensitively.
    fn from_str(s: &str) -> Result<ProfileOption, UnknownOption> {
        let wanted = normalize(s);
        ProfileOption::ALL
            .into_iter()
            .find(|o| {
                let (code, meaning) = o.code();
                normalize(o.name()) == wanted || normalize(meaning) == wanted || code == s.trim()
            })
            .ok_or_else(|| UnknownOption(s.to_string()))
    }
}

fn default_review_modalities() -> Vec<String> {
    vec!["US".to_string(), "SC".to_string()]
}

/// The profile options in force, as they sit in a policy file (`[dicom]` table, all keys
/// optional). The default is the basic profile with Retain Longitudinal Temporal Information
/// with Modified Dates, Retain Patient Characteristics and Clean Descriptors.
///
/// When several enabled options have an entry for one attribute, `C` wins over `K`: cleaning
/// keeps what is not identifying, and the only such conflicts in the table are device
/// calibration dates (Retain Device Identity `K` vs Modified Dates `C`), which then shift with
/// the other dates. With both longitudinal options set, Modified Dates wins for the same
/// reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ProfileOptions {
    /// Retain Safe Private: keep the private attributes known to be safe — the numeric and
    /// code entries of PS3.15 Table E.3.10-1 (scale factors, diffusion b-values, pitch, ...),
    /// matched by group, element and private creator, and only when the value has the
    /// listed VR's shape — with their private creators. Every other private attribute is
    /// removed. Entries of that table that hold UIDs, free text or opaque bytes are not kept.
    pub retain_safe_private: bool,
    /// Retain UIDs: UIDs are kept instead of mapped.
    pub retain_uids: bool,
    /// Retain Device Identity (station name, serial numbers, ...).
    pub retain_device_identity: bool,
    /// Retain Institution Identity (institution name, address, ...).
    pub retain_institution_identity: bool,
    /// Retain Patient Characteristics (sex, age, size, weight, ...).
    pub retain_patient_characteristics: bool,
    /// Retain Longitudinal Temporal Information with Full Dates.
    pub retain_longitudinal_full_dates: bool,
    /// Retain Longitudinal Temporal Information with Modified Dates: dates and date-times
    /// move by the subject's offset (the same offset as in HL7, FHIR and CSV).
    pub retain_longitudinal_modified_dates: bool,
    /// Clean Descriptors: descriptions and comments go through the free-text engine.
    pub clean_descriptors: bool,
    /// Clean Structured Content: SR content trees are kept and their text cleaned.
    pub clean_structured_content: bool,
    /// Clean Graphics: graphic annotations are kept and their text cleaned (overlay bitmaps
    /// are still removed: they cannot be checked for burned-in text).
    pub clean_graphics: bool,
    /// Modalities (`Modality` values, `SC` also matching the secondary capture SOP classes,
    /// `US` the ultrasound ones) whose files are sent to review because their pixels often
    /// carry burned-in text. Files with `BurnedInAnnotation` = `YES` always are.
    pub review_modalities: Vec<String>,
}

impl Default for ProfileOptions {
    fn default() -> ProfileOptions {
        ProfileOptions {
            retain_longitudinal_modified_dates: true,
            retain_patient_characteristics: true,
            clean_descriptors: true,
            ..ProfileOptions::basic()
        }
    }
}

impl ProfileOptions {
    /// The basic profile with no option.
    pub fn basic() -> ProfileOptions {
        ProfileOptions {
            retain_safe_private: false,
            retain_uids: false,
            retain_device_identity: false,
            retain_institution_identity: false,
            retain_patient_characteristics: false,
            retain_longitudinal_full_dates: false,
            retain_longitudinal_modified_dates: false,
            clean_descriptors: false,
            clean_structured_content: false,
            clean_graphics: false,
            review_modalities: default_review_modalities(),
        }
    }

    /// Options from names as given on a command line: `basic` (no option), `default`
    /// (the default set) and option names (see [`ProfileOption::from_str`]). Starts from the
    /// basic profile; each name adds to it.
    pub fn from_names<I, S>(names: I) -> Result<ProfileOptions, UnknownOption>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut options = ProfileOptions::basic();
        for name in names {
            let name = name.as_ref();
            match normalize(name).as_str() {
                "basic" | "basicprofile" | "" => {}
                "default" => {
                    let keep = options.review_modalities.clone();
                    for option in ProfileOptions::default().enabled() {
                        options.set(option, true);
                    }
                    options.review_modalities = keep;
                }
                _ => options.set(name.parse()?, true),
            }
        }
        Ok(options)
    }

    /// Whether `option` is enabled.
    pub fn is_enabled(&self, option: ProfileOption) -> bool {
        *self.flag(option)
    }

    /// Enable or disable `option`.
    pub fn set(&mut self, option: ProfileOption, on: bool) {
        *self.flag_mut(option) = on;
    }

    /// The enabled options, in table order.
    pub fn enabled(&self) -> Vec<ProfileOption> {
        ProfileOption::ALL
            .into_iter()
            .filter(|o| self.is_enabled(*o))
            .collect()
    }

    fn flag(&self, option: ProfileOption) -> &bool {
        match option {
            ProfileOption::RetainSafePrivate => &self.retain_safe_private,
            ProfileOption::RetainUids => &self.retain_uids,
            ProfileOption::RetainDeviceIdentity => &self.retain_device_identity,
            ProfileOption::RetainInstitutionIdentity => &self.retain_institution_identity,
            ProfileOption::RetainPatientCharacteristics => &self.retain_patient_characteristics,
            ProfileOption::RetainLongitudinalFullDates => &self.retain_longitudinal_full_dates,
            ProfileOption::RetainLongitudinalModifiedDates => {
                &self.retain_longitudinal_modified_dates
            }
            ProfileOption::CleanDescriptors => &self.clean_descriptors,
            ProfileOption::CleanStructuredContent => &self.clean_structured_content,
            ProfileOption::CleanGraphics => &self.clean_graphics,
        }
    }

    fn flag_mut(&mut self, option: ProfileOption) -> &mut bool {
        match option {
            ProfileOption::RetainSafePrivate => &mut self.retain_safe_private,
            ProfileOption::RetainUids => &mut self.retain_uids,
            ProfileOption::RetainDeviceIdentity => &mut self.retain_device_identity,
            ProfileOption::RetainInstitutionIdentity => &mut self.retain_institution_identity,
            ProfileOption::RetainPatientCharacteristics => &mut self.retain_patient_characteristics,
            ProfileOption::RetainLongitudinalFullDates => &mut self.retain_longitudinal_full_dates,
            ProfileOption::RetainLongitudinalModifiedDates => {
                &mut self.retain_longitudinal_modified_dates
            }
            ProfileOption::CleanDescriptors => &mut self.clean_descriptors,
            ProfileOption::CleanStructuredContent => &mut self.clean_structured_content,
            ProfileOption::CleanGraphics => &mut self.clean_graphics,
        }
    }

    /// The one action for a row under these options: an enabled option's `C` wins over an
    /// enabled option's `K`, which wins over the basic profile (see [`Basic::resolve`]).
    pub fn resolve(&self, row: &ProfileRow) -> ProfileAction {
        let mut keep = false;
        for option in ProfileOption::ALL {
            if !self.is_enabled(option) {
                continue;
            }
            match row.options[option.column()] {
                OptionEntry::Clean => return ProfileAction::Clean,
                OptionEntry::Keep => keep = true,
                OptionEntry::None | OptionEntry::Unknown => {}
            }
        }
        if keep {
            ProfileAction::Keep
        } else {
            row.basic.resolve()
        }
    }

    /// The action for `tag`, or `None` when the profile does not list it (then it is kept,
    /// unless it is private: private attributes always have a row).
    pub fn action_for(&self, tag: Tag) -> Option<ProfileAction> {
        row_for(tag).map(|row| self.resolve(row))
    }

    /// The value of LongitudinalTemporalInformationModified (0028,0303).
    pub fn longitudinal_status(&self) -> &'static str {
        if self.retain_longitudinal_modified_dates {
            "MODIFIED"
        } else if self.retain_longitudinal_full_dates {
            "UNMODIFIED"
        } else {
            "REMOVED"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete_and_sorted() {
        assert_eq!(rows().len(), 656);
        let tags: Vec<(u16, u16)> = rows()
            .iter()
            .filter_map(|r| match r.key {
                RowKey::Tag(g, e) => Some((g, e)),
                _ => None,
            })
            .collect();
        assert_eq!(tags.len(), 652);
        assert!(tags.windows(2).all(|w| w[0] < w[1]));
        let count = |b: Basic| rows().iter().filter(|r| r.basic == b).count();
        assert_eq!(count(Basic::X), 416);
        assert_eq!(count(Basic::XZUStar), 2);
        assert_eq!(
            rows()
                .iter()
                .filter(|r| r.source == Source::Edition2026cBasicOnly)
                .count(),
            35
        );
    }

    #[test]
    fn patterns_cover_curves_overlays_and_private() {
        let key = |g, e| row_for(Tag(g, e)).map(|r| r.key);
        assert_eq!(key(0x5002, 0x3000), Some(RowKey::CurveData));
        assert_eq!(key(0x6002, 0x3000), Some(RowKey::OverlayData));
        assert_eq!(key(0x6000, 0x4000), Some(RowKey::OverlayComments));
        assert_eq!(key(0x6000, 0x0010), None);
        assert_eq!(key(0x0009, 0x1001), Some(RowKey::Private));
        assert_eq!(key(0x0010, 0x0010), Some(RowKey::Tag(0x0010, 0x0010)));
        assert_eq!(key(0x0028, 0x0010), None);
    }

    #[test]
    fn options_resolve_one_action() {
        let basic = ProfileOptions::basic();
        let default = ProfileOptions::default();
        let study_date = Tag(0x0008, 0x0020);
        assert_eq!(basic.action_for(study_date), Some(ProfileAction::Zero));
        assert_eq!(default.action_for(study_date), Some(ProfileAction::Clean));
        let full = ProfileOptions::from_names(["retain-longitudinal-full-dates"]).unwrap();
        assert_eq!(full.action_for(study_date), Some(ProfileAction::Keep));
        let sop = Tag(0x0008, 0x0018);
        assert_eq!(basic.action_for(sop), Some(ProfileAction::MapUid));
        let uids = ProfileOptions::from_names(["Retain UIDs Option"]).unwrap();
        assert_eq!(uids.action_for(sop), Some(ProfileAction::Keep));
        // Retain Device Identity K vs Modified Dates C: C wins.
        let both = ProfileOptions::from_names(["retain_device_identity", "113107"]).unwrap();
        assert_eq!(
            both.action_for(Tag(0x0018, 0x1200)),
            Some(ProfileAction::Clean)
        );
        assert_eq!(
            basic.action_for(Tag(0x0008, 0x1140)),
            Some(ProfileAction::MapUid)
        );
        assert_eq!(
            basic.action_for(Tag(0x0008, 0x0080)),
            Some(ProfileAction::Dummy)
        );
        assert!(ProfileOptions::from_names(["retain-everything"]).is_err());
        assert_eq!(
            ProfileOptions::from_names(["default"]).unwrap(),
            ProfileOptions::default()
        );
    }

    #[test]
    fn options_round_trip_through_serde() {
        let json = serde_json::to_string(&ProfileOptions::default()).unwrap();
        let back: ProfileOptions = serde_json::from_str(&json).unwrap();
        assert_eq!(back, ProfileOptions::default());
        let partial: ProfileOptions = serde_json::from_str(r#"{"retain_uids": true}"#).unwrap();
        assert!(partial.retain_uids && partial.clean_descriptors);
        assert!(serde_json::from_str::<ProfileOptions>(r#"{"retain_all": true}"#).is_err());
    }
}
