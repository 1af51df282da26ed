//! Packs the word lists of `data/lexicons/` (sources and licences in its README) into one
//! hash table, written to `OUT_DIR/lexicon.bin` and embedded in the library. Building the
//! table here rather than at start-up keeps a quarter of a million inserts and megabytes of
//! fresh memory out of every process: a run over a few small files would otherwise spend
//! most of its time loading the lexicon.

use std::collections::BTreeMap;
use std::path::Path;

include!("src/lexicon_table.rs");

/// Rank given to surnames known only from the (unranked) 2010 table: they count as
/// surnames but never as frequent ones.
const RANK_UNRANKED_SURNAME: u32 = 40_000;
/// Rank given to first names known only from the (unranked) 2018 list.
const RANK_UNRANKED_FIRST_NAME: u16 = 2_500;

#[derive(Default, Clone, Copy)]
struct Info {
    surname_rank: u32,
    first_name_rank: u16,
    flags: u8,
}

fn read(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read lexicon {}: {e}", path.display()))
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/lexicon_table.rs");
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("data/lexicons");
    let mut words: BTreeMap<String, Info> = BTreeMap::new();

    for (i, name) in lines(&read(&dir, "census1990.surnames.txt")).enumerate() {
        let info = words.entry(name.to_ascii_lowercase()).or_default();
        if info.surname_rank == 0 {
            info.surname_rank = i as u32 + 1;
        }
    }
    for name in lines(&read(&dir, "census2010.surnames.txt")) {
        let info = words.entry(name.to_ascii_lowercase()).or_default();
        if info.surname_rank == 0 {
            info.surname_rank = RANK_UNRANKED_SURNAME;
        }
    }
    for list in ["census1990.female_first.txt", "census1990.male_first.txt"] {
        for (i, name) in lines(&read(&dir, list)).enumerate() {
            let rank = u16::try_from(i + 1).expect("first-name lists are short");
            let info = words.entry(name.to_ascii_lowercase()).or_default();
            if info.first_name_rank == 0 || rank < info.first_name_rank {
                info.first_name_rank = rank;
            }
        }
    }
    // Tzioumis (2018) adds first names the 1990 lists lack (Rahul, Tariq, Joaquin).
    for name in lines(&read(&dir, "tzioumis2018.first_names.txt")) {
        let info = words.entry(name.to_ascii_lowercase()).or_default();
        if info.first_name_rank == 0 {
            info.first_name_rank = RANK_UNRANKED_FIRST_NAME;
        }
    }
    for word in lines(&read(&dir, "scowl_small_common_words.txt")) {
        words.entry(word.to_ascii_lowercase()).or_default().flags |= FLAG_COMMON;
    }
    let mut city_prefixes = Vec::new();
    for city in lines(&read(&dir, "geonames_us_cities5000.txt")) {
        words.entry(city.to_lowercase()).or_default().flags |= FLAG_CITY;
        city_prefixes.push(city.to_lowercase());
    }
    // Cities of 50,000 people or more anywhere ("Dhaka", "Leeds", "Tucson"): a city by
    // the prepositions before it, and on its own when no name or word list knows it.
    for city in lines(&read(&dir, "geonames_cities50000.txt")) {
        let info = words.entry(city.to_lowercase()).or_default();
        info.flags |= FLAG_BIG_CITY;
        if info.flags & FLAG_COMMON == 0 {
            info.flags |= FLAG_CITY;
        }
        city_prefixes.push(city.to_lowercase());
    }
    // The first word of every city of several words ("new" of "new york"), so a reader
    // tries the longer phrase only after such a word.
    for city in city_prefixes {
        if let Some((first, _)) = city.split_once(' ') {
            words.entry(first.to_string()).or_default().flags |= FLAG_CITY_PREFIX;
        }
    }
    for county in lines(&read(&dir, "geonames_us_counties.txt")) {
        let bare = county
            .trim_end_matches(" County")
            .trim_end_matches(" Parish")
            .trim_end_matches(" Borough")
            .trim_end_matches(" Census Area");
        words.entry(bare.to_lowercase()).or_default().flags |= FLAG_COUNTY;
    }
    words.retain(|word, _| word.len() <= usize::from(u8::MAX));

    let slots = (words.len() * 2).next_power_of_two();
    let mut table = vec![0u32; slots];
    let mut entries = Vec::with_capacity(words.len() * ENTRY_LEN);
    let mut blob = Vec::new();
    for (index, (word, info)) in words.iter().enumerate() {
        let mut slot = (word_hash(word.as_bytes()) as usize) & (slots - 1);
        while table[slot] != 0 {
            slot = (slot + 1) & (slots - 1);
        }
        table[slot] = u32::try_from(index + 1).expect("fewer than 2^32 words");
        let offset = u32::try_from(blob.len()).expect("blob under 4 GiB");
        entries.extend_from_slice(&offset.to_le_bytes());
        entries.push(word.len() as u8);
        entries.push(info.flags);
        entries.extend_from_slice(&info.first_name_rank.to_le_bytes());
        entries.extend_from_slice(&info.surname_rank.to_le_bytes());
        blob.extend_from_slice(word.as_bytes());
    }

    let mut out = Vec::with_capacity(HEADER_LEN + slots * 4 + entries.len() + blob.len());
    out.extend_from_slice(TABLE_MAGIC);
    for n in [slots, words.len(), blob.len()] {
        out.extend_from_slice(&u32::try_from(n).expect("table fits u32").to_le_bytes());
    }
    for slot in &table {
        out.extend_from_slice(&slot.to_le_bytes());
    }
    out.extend_from_slice(&entries);
    out.extend_from_slice(&blob);
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = Path::new(&out_dir).join("lexicon.bin");
    std::fs::write(&path, out).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
