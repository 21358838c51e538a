//! The layout of the knowledge-base file (`kb.bin`): what `build.rs` writes and
//! `src/people/kb.rs` reads in place.
//!
//! Why a file of its own: the knowledge base is data, most of the wasm's size, and changes more
//! often than the code. Shipped beside the wasm (and embedded with `include_bytes!` in native
//! builds), it is handed to the core once and read where it lies: every section is an array of
//! fixed-width little-endian records, so opening it parses nothing. `build.rs` includes this file,
//! so writer and reader share one definition of every offset.
//!
//! The file is a header followed by the sections:
//! - magic `NCKB`, format version (u32), the file's length (u32), a checksum of everything after
//!   the header (u32, [`checksum`]);
//! - for each of the [`SECTIONS`] sections, its offset and length in bytes (u32 each).

/// The first bytes of every knowledge-base file.
pub const MAGIC: [u8; 4] = *b"NCKB";

/// The format version: bumped whenever a section or a record changes, so that code never reads a
/// file laid out for other code.
pub const VERSION: u32 = 1;

/// Number of sections.
pub const SECTIONS: usize = 22;

/// Length of the header: magic, version, length, checksum, then an (offset, length) per section.
pub const HEADER_LEN: usize = 16 + 8 * SECTIONS;

/// Every string once, UTF-8, one after the other (table keys excepted, which are runs of their own).
pub const STRINGS: usize = 0;
/// The length in bytes of each pool string (u8); string 0 is the empty string.
pub const STRING_LENS: usize = 1;
/// Single numbers ([`SCALAR_COUNT`] u32s, indexed by the `SCALAR_*` constants).
pub const SCALARS: usize = 2;
/// Source records ([`SOURCE`]).
pub const SOURCE_RECORDS: usize = 3;
/// Country records ([`COUNTRY`]).
pub const COUNTRY_RECORDS: usize = 4;
/// Organisation records ([`ORG`]).
pub const ORG_RECORDS: usize = 5;
/// Person records ([`PERSON`]).
pub const PERSON_RECORDS: usize = 6;
/// Role records ([`ROLE`]), person by person.
pub const ROLE_RECORDS: usize = 7;
/// The first role of every [`PEOPLE_CHECKPOINT`]th person (u16).
pub const PERSON_ROLE_STARTS: usize = 8;
/// The first native name of every [`PEOPLE_CHECKPOINT`]th person (u16).
pub const PERSON_NATIVE_STARTS: usize = 9;
/// Native names as pool indices (u16), person by person.
pub const NATIVE_NAMES: usize = 10;
/// The places roles are held at ([`ROLE_PLACE`]), sorted by (in an organisation, code).
pub const ROLE_PLACES: usize = 11;
/// Name entries ([`NAME_ENTRY`]), name slot by name slot.
pub const NAME_ENTRIES: usize = 12;
/// The first entry of every [`NAME_CHECKPOINT`]th name slot (u16).
pub const NAME_ENTRY_STARTS: usize = 13;
/// The names table's bucket starts (u16, `KEY_BUCKETS + 1`).
pub const NAMES_STARTS: usize = 14;
/// The names table's values ([`NAME_SLOT`]).
pub const NAMES_VALUES: usize = 15;
/// The country forms table's bucket starts (u16, `KEY_BUCKETS + 1`).
pub const COUNTRY_FORMS_STARTS: usize = 16;
/// The country forms table's values ([`COUNTRY_SLOT`]).
pub const COUNTRY_FORMS_VALUES: usize = 17;
/// The organisation forms table's bucket starts (u16, `KEY_BUCKETS + 1`).
pub const ORG_FORMS_STARTS: usize = 18;
/// The organisation forms table's values ([`ORG_SLOT`]).
pub const ORG_FORMS_VALUES: usize = 19;
/// People in id order, as person indices (u16).
pub const ID_ORDER: usize = 20;
/// The sources' texts, UTF-8, one after the other: kept out of the pool, whose strings are at
/// most 255 bytes, as a source's title can be longer.
pub const SOURCE_TEXTS: usize = 21;

/// The width in bytes of one element of each section, in section order: a section's length must
/// be a multiple of it.
pub const SECTION_WIDTHS: [usize; SECTIONS] = [
    1,
    1,
    4,
    SOURCE.width,
    COUNTRY.width,
    ORG.width,
    PERSON.width,
    ROLE.width,
    2,
    2,
    2,
    ROLE_PLACE.width,
    NAME_ENTRY.width,
    2,
    2,
    NAME_SLOT.width,
    2,
    COUNTRY_SLOT.width,
    2,
    ORG_SLOT.width,
    2,
    1,
];

/// Number of u32s in [`SCALARS`].
pub const SCALAR_COUNT: usize = 4;
/// The pool index of the first person's three own strings (id, name, Wikipedia title).
pub const SCALAR_PERSON_STRINGS: usize = 0;
/// The pool index of the names table's first key.
pub const SCALAR_NAMES_FIRST: usize = 1;
/// The pool index of the country forms table's first key.
pub const SCALAR_COUNTRY_FORMS_FIRST: usize = 2;
/// The pool index of the organisation forms table's first key.
pub const SCALAR_ORG_FORMS_FIRST: usize = 3;

/// People per checkpoint of their roles and native names: a person's first role (native name) is
/// its checkpoint's plus the role (native name) counts of at most this many people before them.
pub const PEOPLE_CHECKPOINT: usize = 32;

/// Name slots per checkpoint of the name entries: a slot's first entry is its checkpoint's plus
/// the entry counts of at most this many slots before it.
pub const NAME_CHECKPOINT: usize = 32;

/// "No country" in the country slots of the tables.
pub const NO_COUNTRY: u8 = u8::MAX;

/// The width of a record and where its fields start; a `u16` or `u32` field is little-endian, a
/// string field is a u16 pool index.
pub struct Layout<const N: usize> {
    /// Bytes per record.
    pub width: usize,
    /// Field offsets, in the order the record's constant documents.
    pub at: [usize; N],
}

/// A source: key, title, licence, as-of date (each a text of [`SOURCE_TEXTS`]: start u32, length
/// u16), share-alike (u8 0/1).
pub const SOURCE: Layout<5> = Layout {
    width: 25,
    at: [0, 6, 12, 18, 24],
};
/// A country: ISO2, name, flag (strings), UN member (u8 0/1).
pub const COUNTRY: Layout<4> = Layout {
    width: 7,
    at: [0, 2, 4, 6],
};
/// An organisation: code, name (strings).
pub const ORG: Layout<2> = Layout {
    width: 4,
    at: [0, 2],
};
/// A person: native names count (u8), roles count (u8), party, description (strings).
pub const PERSON: Layout<4> = Layout {
    width: 6,
    at: [0, 1, 2, 4],
};
/// A role: since, until, as of (u32 `yyyymmdd`), title, office, country, org, host, source
/// (strings), kind (u8, `RoleKind` in declaration order), since precision (u8).
pub const ROLE: Layout<11> = Layout {
    width: 26,
    at: [0, 4, 8, 12, 14, 16, 18, 20, 22, 24, 25],
};
/// A place roles are held at: in an organisation (u8 0/1), code (string).
pub const ROLE_PLACE: Layout<2> = Layout {
    width: 3,
    at: [0, 1],
};
/// A name entry: person (u16), strength (u8: 0 full, 1 surname, 2 ambiguous).
pub const NAME_ENTRY: Layout<2> = Layout {
    width: 3,
    at: [0, 2],
};
/// A names table value: entries count (u8), owner plus one (u16, 0: none).
pub const NAME_SLOT: Layout<2> = Layout {
    width: 3,
    at: [0, 1],
};
/// A country forms table value: the country as any form, as a noun, as a capital (u8 each,
/// [`NO_COUNTRY`]: none).
pub const COUNTRY_SLOT: Layout<3> = Layout {
    width: 3,
    at: [0, 1, 2],
};
/// An organisation forms table value: organisation (u8), capitals only (u8 0/1).
pub const ORG_SLOT: Layout<2> = Layout {
    width: 2,
    at: [0, 1],
};

/// A checksum of the sections (FNV-1a over 8-byte little-endian words, then the tail's bytes): a
/// damaged or truncated file is refused at load instead of read wrong later. Written as a plain
/// indexed loop: the wasm runs it once, before its code is optimised, where an iterator's calls
/// cost more than the arithmetic.
pub fn checksum(bytes: &[u8]) -> u32 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    let whole = bytes.len() / 8 * 8;
    let mut i = 0;
    while i < whole {
        let w = &bytes[i..i + 8];
        let word = u64::from(w[0])
            | u64::from(w[1]) << 8
            | u64::from(w[2]) << 16
            | u64::from(w[3]) << 24
            | u64::from(w[4]) << 32
            | u64::from(w[5]) << 40
            | u64::from(w[6]) << 48
            | u64::from(w[7]) << 56;
        h = (h ^ word).wrapping_mul(PRIME);
        i += 8;
    }
    for &b in &bytes[whole..] {
        h = (h ^ u64::from(b)).wrapping_mul(PRIME);
    }
    (h ^ (h >> 32)) as u32
}

/// Reads the little-endian u16 at `at`.
#[inline(always)]
pub fn u16_at(bytes: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([bytes[at], bytes[at + 1]])
}

/// Reads the little-endian u32 at `at`.
#[inline(always)]
pub fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
}
