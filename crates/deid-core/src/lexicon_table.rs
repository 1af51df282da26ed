// The packed word table: written by `build.rs` from the lexicon files, read in place by
// `lexicon.rs` (this file is `include!`d by both, so it names nothing outside itself).
//
// Layout, all integers little-endian:
//   header   magic "DLX1", slot count (a power of two), entry count, blob length (u32 each)
//   slots    one u32 per slot: 0 = empty, else entry index + 1 (open addressing, linear
//            probing from `word_hash(word) & (slots - 1)`)
//   entries  ENTRY_LEN bytes each: blob offset u32, word length u8, flags u8,
//            first-name rank u16 (0 = none), surname rank u32 (0 = none)
//   blob     the lower-case words, back to back

/// Magic bytes opening the table.
pub const TABLE_MAGIC: &[u8; 4] = b"DLX1";
/// Bytes in the header.
pub const HEADER_LEN: usize = 16;
/// Bytes per entry.
pub const ENTRY_LEN: usize = 12;
/// Flag: a common English word.
pub const FLAG_COMMON: u8 = 1;
/// Flag: a US city name.
pub const FLAG_CITY: u8 = 2;
/// Flag: a US county name (without "County").
pub const FLAG_COUNTY: u8 = 4;
/// Flag: a city of 50,000 people or more, anywhere in the world.
pub const FLAG_BIG_CITY: u8 = 8;
/// Flag: the first word of a city name of several words.
pub const FLAG_CITY_PREFIX: u8 = 16;

/// FNV-1a, 64 bits: deterministic, so the table built at compile time is probed with the
/// same hash at run time (keys are public word lists, not attacker input).
pub fn word_hash(word: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
