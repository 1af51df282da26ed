//! Word lists shipped with the crate (sources and licences in `data/lexicons/README.md`),
//! loaded once on first use.

use std::collections::{HashMap, HashSet};

/// Fast, non-cryptographic hashing: keys are public word lists, not attacker input.
type Fast = foldhash::fast::RandomState;
use std::sync::OnceLock;

const SURNAMES: &str = include_str!("../data/lexicons/census1990.surnames.txt");
const SURNAMES_2010: &str = include_str!("../data/lexicons/census2010.surnames.txt");
const FIRST_NAMES_2018: &str = include_str!("../data/lexicons/tzioumis2018.first_names.txt");
const FEMALE_FIRST: &str = include_str!("../data/lexicons/census1990.female_first.txt");
const MALE_FIRST: &str = include_str!("../data/lexicons/census1990.male_first.txt");
const COMMON_WORDS: &str = include_str!("../data/lexicons/scowl_small_common_words.txt");
const CITIES: &str = include_str!("../data/lexicons/geonames_us_cities5000.txt");
const COUNTIES: &str = include_str!("../data/lexicons/geonames_us_counties.txt");

/// Rank given to surnames known only from the (unranked) 2010 table.
const RANK_UNRANKED_SURNAME: u32 = 40_000;
/// Rank given to first names known only from the (unranked) 2018 list.
const RANK_UNRANKED_FIRST_NAME: u32 = 2_500;

/// What the name and word lists say about one lower-case word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Frequency rank as a surname (1 = most common).
    pub surname_rank: Option<u32>,
    /// Frequency rank as a first name.
    pub first_name_rank: Option<u32>,
    /// A common English word (lower-case entry of a spelling dictionary).
    pub common: bool,
}

/// The lexicons, keyed by lower-case ASCII word.
pub struct Lexicons {
    /// Surnames, first names and common words in one table: a word costs one probe.
    words: HashMap<&'static str, WordInfo, Fast>,
    /// US city names (lower-case, may hold spaces).
    pub cities: HashSet<String, Fast>,
    /// US county names without the word "County".
    pub counties: HashSet<String, Fast>,
    /// Surnames in frequency order, for surrogates.
    pub surname_list: Vec<&'static str>,
    /// First names in frequency order (female and male interleaved), for surrogates.
    pub first_name_list: Vec<&'static str>,
    /// City names for surrogates.
    pub city_list: Vec<&'static str>,
    /// County names for surrogates.
    pub county_list: Vec<&'static str>,
}

/// A lower-case copy of an embedded list, kept for the life of the process (the lexicons
/// are a process-wide singleton): table keys borrow it instead of each owning a string,
/// which keeps start-up to one allocation per list.
fn lowercase(text: &'static str) -> &'static str {
    Box::leak(text.to_ascii_lowercase().into_boxed_str())
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
        let mut words: HashMap<&'static str, WordInfo, Fast> =
            HashMap::with_capacity_and_hasher(260_000, Fast::default());
        for (i, n) in lines(lowercase(SURNAMES)).enumerate() {
            words.entry(n).or_default().surname_rank = Some(i as u32 + 1);
        }
        // The 2010 table has no frequencies here: its new names rank after the 1990 list,
        // so they count as surnames but never as frequent ones.
        for n in lines(lowercase(SURNAMES_2010)) {
            let info = words.entry(n).or_default();
            info.surname_rank = info.surname_rank.or(Some(RANK_UNRANKED_SURNAME));
        }
        for list in [FEMALE_FIRST, MALE_FIRST] {
            for (i, n) in lines(lowercase(list)).enumerate() {
                let rank = i as u32 + 1;
                let info = words.entry(n).or_default();
                info.first_name_rank = Some(info.first_name_rank.map_or(rank, |r| r.min(rank)));
            }
        }
        // Tzioumis (2018) adds first names the 1990 lists lack (Rahul, Tariq, Joaquin).
        for n in lines(lowercase(FIRST_NAMES_2018)) {
            let info = words.entry(n).or_default();
            info.first_name_rank = info.first_name_rank.or(Some(RANK_UNRANKED_FIRST_NAME));
        }
        for n in lines(COMMON_WORDS) {
            words.entry(n).or_default().common = true;
        }
        let mut first_name_list = Vec::new();
        let (female, male): (Vec<_>, Vec<_>) =
            (lines(FEMALE_FIRST).collect(), lines(MALE_FIRST).collect());
        for i in 0..female.len().max(male.len()) {
            first_name_list.extend(female.get(i));
            first_name_list.extend(male.get(i));
        }
        let counties: Vec<&'static str> = lines(COUNTIES)
            .map(|c| {
                c.trim_end_matches(" County")
                    .trim_end_matches(" Parish")
                    .trim_end_matches(" Borough")
                    .trim_end_matches(" Census Area")
            })
            .collect();
        Lexicons {
            words,
            cities: lines(CITIES).map(|c| c.to_lowercase()).collect(),
            counties: counties.iter().map(|c| c.to_lowercase()).collect(),
            surname_list: lines(SURNAMES).take(5000).collect(),
            first_name_list: first_name_list.into_iter().take(2000).collect(),
            city_list: lines(CITIES).filter(|c| c.is_ascii()).collect(),
            county_list: counties.into_iter().filter(|c| c.is_ascii()).collect(),
        }
    }

    /// What the lists say about a lower-case word (all `None`/`false` when unlisted).
    pub fn word(&self, lower: &str) -> WordInfo {
        self.words.get(lower).copied().unwrap_or_default()
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
            | "ibn"
            | "al"
            | "el"
            | "ni"
            | "nic"
            | "mac"
            | "mc"
            | "y"
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
        assert!(lex.cities.contains("springfield"));
        assert!(lex.counties.contains("cook"));
        assert!(
            lex.words
                .values()
                .filter(|w| w.surname_rank.is_some())
                .count()
                > 80_000
        );
    }
}
