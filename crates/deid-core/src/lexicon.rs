//! Word lists shipped with the crate (sources and licences in `data/lexicons/README.md`),
//! loaded once on first use.

use std::sync::OnceLock;

use crate::lexicon_table::{
    ENTRY_LEN, FLAG_BIG_CITY, FLAG_CITY, FLAG_CITY_PREFIX, FLAG_COMMON, FLAG_COUNTY, HEADER_LEN,
    TABLE_MAGIC, word_hash,
};

/// Every listed word with what the lists say of it, packed by `build.rs` (see
/// `lexicon_table.rs` for the layout).
static TABLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"));

const SURNAMES: &str = include_str!("../data/lexicons/census1990.surnames.txt");
const FEMALE_FIRST: &str = include_str!("../data/lexicons/census1990.female_first.txt");
const MALE_FIRST: &str = include_str!("../data/lexicons/census1990.male_first.txt");
const CITIES: &str = include_str!("../data/lexicons/geonames_us_cities5000.txt");
const COUNTIES: &str = include_str!("../data/lexicons/geonames_us_counties.txt");

/// What the name and word lists say about one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Frequency rank as a surname (1 = most common).
    pub surname_rank: Option<u32>,
    /// Frequency rank as a first name.
    pub first_name_rank: Option<u32>,
    /// A common English word (lower-case entry of a spelling dictionary).
    pub common: bool,
    /// A city name: US places of 5,000 people or more, and cities of 50,000 or more
    /// anywhere that are not common words.
    pub city: bool,
    /// A US county name (without "County").
    pub county: bool,
    /// A city of 50,000 people or more, anywhere in the world.
    pub big_city: bool,
    /// The first word of a city name of several words.
    pub city_prefix: bool,
}

/// The lexicons, keyed by lower-case word. Lookups read the table embedded in the binary
/// in place; only the short lists surrogates draw from are built at start-up.
pub struct Lexicons {
    table: Table,
    /// Surnames in frequency order, for surrogates.
    pub surname_list: Vec<&'static str>,
    /// First names in frequency order (female and male interleaved), for surrogates.
    pub first_name_list: Vec<&'static str>,
    /// City names for surrogates.
    pub city_list: Vec<&'static str>,
    /// County names for surrogates.
    pub county_list: Vec<&'static str>,
}

/// The packed table, its sections located once.
struct Table {
    slots: &'static [u8],
    entries: &'static [u8],
    blob: &'static [u8],
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes
        .get(at..at + 4)
        .and_then(|b| b.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

impl Table {
    fn new(bytes: &'static [u8]) -> Table {
        assert!(
            bytes.starts_with(TABLE_MAGIC),
            "the embedded lexicon table is written by build.rs"
        );
        let slots = u32_at(bytes, 4) as usize;
        let entries = u32_at(bytes, 8) as usize;
        let (slots, rest) = bytes[HEADER_LEN..].split_at(slots * 4);
        let (entries, blob) = rest.split_at(entries * ENTRY_LEN);
        Table {
            slots,
            entries,
            blob,
        }
    }

    fn get(&self, word: &str) -> Option<WordInfo> {
        let mask = self.slots.len() / 4 - 1;
        let mut slot = (word_hash(word.as_bytes()) as usize) & mask;
        loop {
            let index = u32_at(self.slots, slot * 4) as usize;
            let entry = self.entries.get(index.checked_sub(1)? * ENTRY_LEN..)?;
            let offset = u32_at(entry, 0) as usize;
            let len = usize::from(entry[4]);
            if self.blob.get(offset..offset + len) == Some(word.as_bytes()) {
                let flags = entry[5];
                let first = u16::from_le_bytes([entry[6], entry[7]]);
                let surname = u32_at(entry, 8);
                return Some(WordInfo {
                    surname_rank: (surname > 0).then_some(surname),
                    first_name_rank: (first > 0).then_some(u32::from(first)),
                    common: flags & FLAG_COMMON != 0,
                    city: flags & FLAG_CITY != 0,
                    county: flags & FLAG_COUNTY != 0,
                    big_city: flags & FLAG_BIG_CITY != 0,
                    city_prefix: flags & FLAG_CITY_PREFIX != 0,
                });
            }
            slot = (slot + 1) & mask;
        }
    }
}

fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

impl Lexicons {
    /// The process-wide instance.
    pub fn get() -> &'static Lexicons {
        static LEXICONS: OnceLock<Lexicons> = OnceLock::new();
        LEXICONS.get_or_init(Lexicons::load)
    }

    fn load() -> Lexicons {
        let mut first_name_list = Vec::new();
        let (female, male): (Vec<_>, Vec<_>) =
            (lines(FEMALE_FIRST).collect(), lines(MALE_FIRST).collect());
        for i in 0..female.len().max(male.len()) {
            first_name_list.extend(female.get(i));
            first_name_list.extend(male.get(i));
        }
        let counties = lines(COUNTIES).map(|c| {
            c.trim_end_matches(" County")
                .trim_end_matches(" Parish")
                .trim_end_matches(" Borough")
                .trim_end_matches(" Census Area")
        });
        Lexicons {
            table: Table::new(TABLE),
            surname_list: lines(SURNAMES).take(5000).collect(),
            first_name_list: first_name_list.into_iter().take(2000).collect(),
            city_list: lines(CITIES).filter(|c| c.is_ascii()).collect(),
            county_list: counties.filter(|c| c.is_ascii()).collect(),
        }
    }

    /// What the lists say about a lower-case word (all `None`/`false` when unlisted).
    pub fn word(&self, lower: &str) -> WordInfo {
        self.table.get(lower).unwrap_or_default()
    }

    /// True for a US city name (lower case, may hold spaces).
    pub fn is_city(&self, lower: &str) -> bool {
        self.word(lower).city
    }

    /// True for any listed city: a US place or a big city anywhere (one probe).
    pub fn is_any_city(&self, lower: &str) -> bool {
        let info = self.word(lower);
        info.city || info.big_city
    }

    /// True for a US county name without "County" (lower case).
    pub fn is_county(&self, lower: &str) -> bool {
        self.word(lower).county
    }

    /// Rank of a lower-case word as a surname.
    pub fn surname_rank(&self, lower: &str) -> Option<u32> {
        self.word(lower).surname_rank
    }

    /// Rank of a lower-case word as a first name.
    pub fn first_name_rank(&self, lower: &str) -> Option<u32> {
        self.word(lower).first_name_rank
    }

    /// True for a common English word (lower case).
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.word(lower).common
    }
}

/// Lower-case particles inside names (`de la Cruz`, `van der Berg`, `bin Laden`): they join
/// the words around them into one name, and surrogates keep them as they are.
pub fn is_name_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "la"
            | "del"
            | "della"
            | "van"
            | "der"
            | "den"
            | "von"
            | "da"
            | "di"
            | "du"
            | "le"
            | "bin"
            | "binti"
            | "binte"
            | "bte"
            | "a/l"
            | "ap"
            | "ibn"
            | "al"
            | "el"
            | "ni"
            | "nic"
            | "mac"
            | "mc"
            | "y"
            | "e"
            | "dos"
            | "das"
            | "do"
            | "ter"
            | "ten"
            | "st"
            | "los"
            | "las"
            | "san"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load_with_expected_entries() {
        let lex = Lexicons::get();
        assert_eq!(lex.surname_rank("smith"), Some(1));
        assert!(lex.first_name_rank("mary").is_some());
        assert!(lex.is_common_word("hope"));
        assert!(!lex.is_common_word("okafor"));
        assert!(lex.is_city("springfield"));
        assert!(lex.is_county("cook"));
        assert!(!lex.is_county("springfield county"));
        // The 2010 surnames and the 2018 first names are in, ranked after the 1990 lists.
        assert!(lex.surname_rank("nguyen").is_some());
        assert!(lex.first_name_rank("rahul").is_some());
        assert_eq!(lex.word("zzzzqx"), WordInfo::default());
        assert_eq!(lex.surname_list.first(), Some(&"SMITH"));
    }
}
