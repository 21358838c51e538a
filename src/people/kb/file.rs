//! Opening the knowledge-base file: the header, checksum and sections checked once, the string
//! pool's starts summed, and the opened file kept for the process (embedded in native builds,
//! handed over by the host in the wasm). A file that fails a check is refused with its reason.

use super::records::{
    records, CountryRecord, NameEntry, OrgRecord, PersonRecord, RoleRecord, SourceRecord,
};
use super::StrId;
use crate::people::kb_format::{self as format, u16_at, u32_at};
use crate::people::keys::{key_bucket, KEY_BUCKETS};
use std::sync::OnceLock;

/// Why a knowledge-base file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbFileError {
    /// Not a knowledge-base file at all (no `NCKB` header).
    NotAKnowledgeBase,
    /// Laid out for another version of the code.
    WrongVersion {
        /// The version the file says it has.
        found: u32,
        /// The version this code reads.
        expected: u32,
    },
    /// Shorter or longer than its header says (a partial download or copy).
    WrongLength {
        /// The length the header gives.
        expected: u64,
        /// The bytes there are.
        found: u64,
    },
    /// The sections do not match the checksum: the file is damaged.
    Damaged,
    /// A section lies outside the file or holds a partial record (written by another writer).
    BadLayout(&'static str),
    /// A knowledge base is already loaded; the first one stays.
    AlreadyLoaded,
}

impl std::fmt::Display for KbFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAKnowledgeBase => write!(f, "the knowledge-base file is not one (no NCKB header)"),
            Self::WrongVersion { found, expected } => write!(
                f,
                "the knowledge-base file has format version {found}, this code reads version {expected}: rebuild them together"
            ),
            Self::WrongLength { expected, found } => write!(
                f,
                "the knowledge-base file is {found} bytes, its header says {expected}: it is truncated or damaged"
            ),
            Self::Damaged => write!(f, "the knowledge-base file is damaged (checksum mismatch)"),
            Self::BadLayout(what) => write!(f, "the knowledge-base file is malformed: {what}"),
            Self::AlreadyLoaded => write!(f, "a knowledge base is already loaded"),
        }
    }
}

impl std::error::Error for KbFileError {}

/// A section of little-endian u16s.
#[derive(Clone, Copy)]
pub(super) struct U16s(pub(super) &'static [u8]);

impl U16s {
    #[inline(always)]
    pub(super) fn get(self, i: usize) -> u16 {
        u16_at(self.0, 2 * i)
    }

    pub(super) fn len(self) -> usize {
        self.0.len() / 2
    }
}

/// A lookup table of the file: its keys are the pool strings `first..`, sorted by [`key_bucket`]
/// then bytes; `starts[b]..starts[b + 1]` is the run of bucket `b`; `values` holds a record of
/// `width` bytes per key.
pub(super) struct Table {
    pub(super) first: u32,
    pub(super) starts: U16s,
    pub(super) values: &'static [u8],
    pub(super) width: usize,
}

/// The opened file: its sections, and the pool's string starts.
pub(super) struct Kb {
    pub(super) strings: &'static str,
    pub(super) lens: &'static [u8],
    /// Where each pool string starts in `strings`. The file holds only the lengths (an offset per
    /// string would cost it a third more); the starts are summed when the file is opened, into 4
    /// bytes of memory a string, so that a lookup's binary search does not sum lengths.
    pub(super) starts: Box<[u32]>,
    pub(super) person_strings: u32,
    pub(super) source_texts: &'static str,
    pub(super) sources: &'static [SourceRecord],
    pub(super) countries: &'static [CountryRecord],
    pub(super) orgs: &'static [OrgRecord],
    pub(super) people: &'static [PersonRecord],
    pub(super) roles: &'static [RoleRecord],
    pub(super) person_role_starts: U16s,
    pub(super) person_native_starts: U16s,
    pub(super) native_names: U16s,
    pub(super) role_places: &'static [u8],
    pub(super) name_entries: &'static [NameEntry],
    pub(super) name_entry_starts: U16s,
    pub(super) names: Table,
    pub(super) country_forms: Table,
    pub(super) org_forms: Table,
    pub(super) id_order: U16s,
}

impl Kb {
    /// Reads a file that passed [`check`]: checks what its sections hold (UTF-8 text, records
    /// and tables that fit) and sums the string starts.
    fn read(bytes: &'static [u8]) -> Result<Kb, KbFileError> {
        let section = |i: usize| section(bytes, i);
        let scalars = section(format::SCALARS);
        let scalar = |i: usize| u32_at(scalars, 4 * i);
        let strings = std::str::from_utf8(section(format::STRINGS))
            .map_err(|_| KbFileError::BadLayout("the strings are not UTF-8"))?;
        let lens = section(format::STRING_LENS);
        let mut at = 0u32;
        let starts: Box<[u32]> = lens
            .iter()
            .map(|&l| {
                let start = at;
                at += u32::from(l);
                start
            })
            .collect();
        if at as usize != strings.len() || lens.len() > usize::from(StrId::MAX) + 1 {
            return Err(KbFileError::BadLayout(
                "the string lengths do not cover the strings",
            ));
        }
        let table = |first: usize, starts: usize, values: usize, layout_width: usize| Table {
            first: scalar(first),
            starts: U16s(section(starts)),
            values: section(values),
            width: layout_width,
        };
        let kb = Kb {
            strings,
            lens,
            starts,
            person_strings: scalar(format::SCALAR_PERSON_STRINGS),
            source_texts: std::str::from_utf8(section(format::SOURCE_TEXTS))
                .map_err(|_| KbFileError::BadLayout("the sources' texts are not UTF-8"))?,
            sources: records(section(format::SOURCE_RECORDS)),
            countries: records(section(format::COUNTRY_RECORDS)),
            orgs: records(section(format::ORG_RECORDS)),
            people: records(section(format::PERSON_RECORDS)),
            roles: records(section(format::ROLE_RECORDS)),
            person_role_starts: U16s(section(format::PERSON_ROLE_STARTS)),
            person_native_starts: U16s(section(format::PERSON_NATIVE_STARTS)),
            native_names: U16s(section(format::NATIVE_NAMES)),
            role_places: section(format::ROLE_PLACES),
            name_entries: records(section(format::NAME_ENTRIES)),
            name_entry_starts: U16s(section(format::NAME_ENTRY_STARTS)),
            names: table(
                format::SCALAR_NAMES_FIRST,
                format::NAMES_STARTS,
                format::NAMES_VALUES,
                format::NAME_SLOT.width,
            ),
            country_forms: table(
                format::SCALAR_COUNTRY_FORMS_FIRST,
                format::COUNTRY_FORMS_STARTS,
                format::COUNTRY_FORMS_VALUES,
                format::COUNTRY_SLOT.width,
            ),
            org_forms: table(
                format::SCALAR_ORG_FORMS_FIRST,
                format::ORG_FORMS_STARTS,
                format::ORG_FORMS_VALUES,
                format::ORG_SLOT.width,
            ),
            id_order: U16s(section(format::ID_ORDER)),
        };
        for s in kb.sources {
            for field in 0..4 {
                let (start, end) = s.text_range(field);
                if kb.source_texts.get(start..end).is_none() {
                    return Err(KbFileError::BadLayout(
                        "a source's text lies outside its section",
                    ));
                }
            }
        }
        for t in [&kb.names, &kb.country_forms, &kb.org_forms] {
            let keys = t.values.len() / t.width;
            if t.starts.len() != KEY_BUCKETS + 1
                || usize::from(t.starts.get(KEY_BUCKETS)) != keys
                || t.first as usize + keys > kb.lens.len()
            {
                return Err(KbFileError::BadLayout(
                    "a lookup table does not match its keys",
                ));
            }
        }
        Ok(kb)
    }
}

/// Checks a knowledge-base file's header, length, checksum and section places without keeping
/// it. What [`load`] refuses, with the reason (with what [`Kb::read`] finds in the sections).
fn check(bytes: &[u8]) -> Result<(), KbFileError> {
    if bytes.len() < format::HEADER_LEN || bytes[..4] != format::MAGIC {
        return Err(KbFileError::NotAKnowledgeBase);
    }
    let version = u32_at(bytes, 4);
    if version != format::VERSION {
        return Err(KbFileError::WrongVersion {
            found: version,
            expected: format::VERSION,
        });
    }
    let length = u32_at(bytes, 8) as usize;
    if length != bytes.len() {
        return Err(KbFileError::WrongLength {
            expected: length as u64,
            found: bytes.len() as u64,
        });
    }
    if format::checksum(&bytes[format::HEADER_LEN..]) != u32_at(bytes, 12) {
        return Err(KbFileError::Damaged);
    }
    for (i, width) in format::SECTION_WIDTHS.iter().enumerate() {
        let (at, len) = (
            u32_at(bytes, 16 + 8 * i) as usize,
            u32_at(bytes, 20 + 8 * i) as usize,
        );
        if at < format::HEADER_LEN || at.checked_add(len).is_none_or(|end| end > bytes.len()) {
            return Err(KbFileError::BadLayout("a section lies outside the file"));
        }
        if len % width != 0 {
            return Err(KbFileError::BadLayout("a section holds a partial record"));
        }
    }
    if u32_at(bytes, 20 + 8 * format::SCALARS) as usize != 4 * format::SCALAR_COUNT {
        return Err(KbFileError::BadLayout(
            "the scalars section has the wrong size",
        ));
    }
    Ok(())
}

/// Section `i` of a file that passed [`check`] (which checked that every section lies inside it).
fn section(bytes: &[u8], i: usize) -> &[u8] {
    let (at, len) = (
        u32_at(bytes, 16 + 8 * i) as usize,
        u32_at(bytes, 20 + 8 * i) as usize,
    );
    &bytes[at..at + len]
}

/// Checks a knowledge-base file as [`load`] would, without loading it.
pub fn check_file(bytes: &[u8]) -> Result<(), KbFileError> {
    check(bytes)
}

/// The opened knowledge base.
static OPENED: OnceLock<Kb> = OnceLock::new();

/// The knowledge-base file built with the code, embedded in native builds (the CLI, tests,
/// benchmarks) so that they need no setup; the wasm is handed it by [`load`] instead.
#[cfg(not(target_arch = "wasm32"))]
pub(super) static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.bin"));

/// Makes `bytes` (a knowledge-base file) the knowledge base, for good: what the wasm's host does
/// once before asking for any analysis. Refuses a file that is not one, is of another format
/// version, truncated or damaged, and a second load.
pub fn load(bytes: Vec<u8>) -> Result<(), KbFileError> {
    if OPENED.get().is_some() {
        return Err(KbFileError::AlreadyLoaded);
    }
    // Checked once (the checksum reads every byte; it used to be read twice), before it is kept.
    check(&bytes)?;
    let kb = Kb::read(Box::leak(bytes.into_boxed_slice()))?;
    OPENED.set(kb).map_err(|_| KbFileError::AlreadyLoaded)
}

/// True when the knowledge base is ready to read: always in native builds (embedded), in the wasm
/// once [`load`] succeeded. The wasm's entry points check it, so that nothing reads before.
pub fn is_loaded() -> bool {
    cfg!(not(target_arch = "wasm32")) || OPENED.get().is_some()
}

/// The opened knowledge base (native builds open the embedded file at first use).
#[inline]
pub(super) fn kb() -> &'static Kb {
    #[cfg(not(target_arch = "wasm32"))]
    {
        OPENED.get_or_init(|| {
            check(EMBEDDED)
                .and_then(|()| Kb::read(EMBEDDED))
                .unwrap_or_else(|e| panic!("the embedded knowledge base: {e}"))
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        OPENED
            .get()
            .expect("the entry points in src/bindings load the knowledge base first")
    }
}

/// The string with this index in the pool.
#[inline]
pub(super) fn pooled(id: StrId) -> &'static str {
    let kb = kb();
    let i = usize::from(id);
    let start = kb.starts[i] as usize;
    &kb.strings[start..start + usize::from(kb.lens[i])]
}

impl Table {
    /// The key at position `i`.
    pub(super) fn key(&self, i: usize) -> &'static str {
        pooled((self.first as usize + i) as StrId)
    }

    /// The value record stored under `key`.
    pub(super) fn get(&self, key: &str) -> Option<&'static [u8]> {
        self.position(key).map(|i| self.value(i))
    }

    /// The value record at position `i`.
    pub(super) fn value(&self, i: usize) -> &'static [u8] {
        &self.values[i * self.width..(i + 1) * self.width]
    }

    /// The position of `key` among the keys: a bisection of its bucket's run, comparing the
    /// pool's bytes in place (the hottest read of the knowledge base: every candidate name).
    pub(super) fn position(&self, key: &str) -> Option<usize> {
        let kb = kb();
        let b = key_bucket(key);
        let (start, end) = (
            usize::from(self.starts.get(b)),
            usize::from(self.starts.get(b + 1)),
        );
        let (strings, key) = (kb.strings.as_bytes(), key.as_bytes());
        let (mut lo, mut hi) = (start, end);
        while lo < hi {
            let mid = (lo + hi) / 2;
            let id = self.first as usize + mid;
            let at = kb.starts[id] as usize;
            match strings[at..at + usize::from(kb.lens[id])].cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Number of keys.
    pub(super) fn len(&self) -> usize {
        self.values.len() / self.width
    }

    /// Every key with its position.
    pub(super) fn keys(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        (0..self.len()).map(|i| (i, self.key(i)))
    }

    /// The text of every key, one after the other, and each key's length in bytes: the keys are
    /// the consecutive pool strings `first..`, so their text is one run of the pool. Lets an index
    /// over all the keys be built in one pass over bytes, not a lookup per key.
    pub(super) fn keys_text(&self) -> (&'static str, &'static [u8]) {
        let kb = kb();
        let (first, end) = (self.first as usize, self.first as usize + self.len());
        let from = kb.starts[first] as usize;
        let to = kb.starts.get(end).map_or(kb.strings.len(), |&s| s as usize);
        (&kb.strings[from..to], &kb.lens[first..end])
    }
}
