//! The knowledge base of leaders and officials: the file `build.rs` compiles (`kb.bin`, laid out
//! as `src/people/kb_format.rs` says), read in place.
//!
//! Native builds embed the file; the wasm is handed it once by its host ([`load`], through
//! `src/bindings`), which is why the wasm carries no data and the file can change without the code.
//! Opening it checks the header and the checksum and sums the pool's string starts, nothing more:
//! records are fixed-width little-endian bytes that hold 16-bit indices into one string pool, and
//! the lookup tables that mention finding needs are sorted by folded name (see
//! `src/people/keys.rs`). Roles carry `since`/`until` and an "as of" date so that a name resolves
//! to the role its holder had *at the article's date*.

use crate::people::kb_format::{self as format, u16_at, u32_at};
use crate::stable_sort;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::engine::Date;
pub use crate::people::keys::name_key;
use crate::people::keys::{key_bucket, KEY_BUCKETS};

/// How a role relates to the state or body it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleKind {
    /// President, monarch, or other head of state.
    HeadOfState,
    /// Prime minister, chancellor, premier.
    HeadOfGovernment,
    /// A president who also heads the government.
    HeadOfStateAndGovernment,
    /// One of two heads of state (Andorra, San Marino).
    CoHeadOfState,
    /// Vice president, deputy prime minister.
    Deputy,
    /// Governor-general or other representative of a head of state.
    Representative,
    /// Other cabinet member.
    GovernmentMember,
    /// Minister of foreign affairs, secretary of state.
    ForeignMinister,
    /// Minister of defence.
    DefenceMinister,
    /// Minister of finance, treasury secretary.
    FinanceMinister,
    /// Ambassador to another state.
    Ambassador,
    /// Special envoy.
    Envoy,
    /// Spokesperson of a government or ministry.
    Spokesperson,
    /// Head of an international organisation.
    OrgHead,
    /// Deputy head of an international organisation.
    OrgDeputy,
}

impl RoleKind {
    /// True for roles that lead a state: what "leader" means in "the Venezuelan leader".
    pub fn leads_state(self) -> bool {
        matches!(
            self,
            RoleKind::HeadOfState | RoleKind::HeadOfGovernment | RoleKind::HeadOfStateAndGovernment
        )
    }

    /// True for roles that speak for a state abroad: what "the diplomat" can refer to.
    pub fn is_diplomatic(self) -> bool {
        matches!(
            self,
            RoleKind::ForeignMinister
                | RoleKind::Ambassador
                | RoleKind::Envoy
                | RoleKind::Spokesperson
        )
    }
}

/// Index of a string in the compiled pool (0 is the empty string).
type StrId = u16;

/// Open roles asserted before this date (`yyyymmdd`) say "as of" in a derived description.
const DESCRIBE_AS_OF_BEFORE: u32 = 20250101;

/// Room for the distinct words of the names' keys (about 3,700), so the index never regrows.
const NAME_WORDS_CAPACITY: usize = 4096;

/// Role kinds in the converter's display order (`KINDS` in tools/kb/convert.py), which derived
/// descriptions follow.
const CONVERTER_KIND_ORDER: [RoleKind; 15] = [
    RoleKind::HeadOfStateAndGovernment,
    RoleKind::HeadOfState,
    RoleKind::CoHeadOfState,
    RoleKind::HeadOfGovernment,
    RoleKind::OrgHead,
    RoleKind::Deputy,
    RoleKind::Representative,
    RoleKind::ForeignMinister,
    RoleKind::DefenceMinister,
    RoleKind::FinanceMinister,
    RoleKind::GovernmentMember,
    RoleKind::OrgDeputy,
    RoleKind::Spokesperson,
    RoleKind::Envoy,
    RoleKind::Ambassador,
];

/// The place of a kind in [`CONVERTER_KIND_ORDER`].
fn converter_rank(kind: RoleKind) -> usize {
    CONVERTER_KIND_ORDER
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(CONVERTER_KIND_ORDER.len())
}

/// Role kinds in their order in the file (`ROLE_KINDS` in build.rs): a role record stores the
/// index of its kind here.
const FILE_KIND_ORDER: [RoleKind; 15] = [
    RoleKind::HeadOfState,
    RoleKind::HeadOfGovernment,
    RoleKind::HeadOfStateAndGovernment,
    RoleKind::CoHeadOfState,
    RoleKind::Deputy,
    RoleKind::Representative,
    RoleKind::GovernmentMember,
    RoleKind::ForeignMinister,
    RoleKind::DefenceMinister,
    RoleKind::FinanceMinister,
    RoleKind::Ambassador,
    RoleKind::Envoy,
    RoleKind::Spokesperson,
    RoleKind::OrgHead,
    RoleKind::OrgDeputy,
];

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

/// Fixed-width records of the file, read in place.
///
/// # Safety
/// An implementer must be `#[repr(transparent)]` over `[u8; WIDTH]` (size `WIDTH`, alignment 1,
/// every bit pattern valid), so that [`records`] may view a section's bytes as a slice of it;
/// only `file_record!` implements it, and asserts the size.
unsafe trait FileRecord: Sized {
    /// The record's width in the file (also its size in memory).
    const WIDTH: usize;
}

/// Declares a record type: `#[repr(transparent)]` over its bytes, so that a section is a slice
/// of them ([`records`]) with no copy and no alignment demand.
macro_rules! file_record {
    ($(#[$doc:meta])* $name:ident, $layout:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy)]
        #[repr(transparent)]
        pub struct $name([u8; $layout.width]);

        // SAFETY: `#[repr(transparent)]` over `[u8; WIDTH]`, size asserted below.
        unsafe impl FileRecord for $name {
            const WIDTH: usize = $layout.width;
        }

        const _: () = assert!(std::mem::size_of::<$name>() == $layout.width);
    };
}

/// A section as a slice of records. The section's length is a multiple of the width (checked
/// when the file is opened).
fn records<R: FileRecord>(bytes: &'static [u8]) -> &'static [R] {
    debug_assert_eq!(bytes.len() % R::WIDTH, 0);
    // SAFETY: every `FileRecord` is `#[repr(transparent)]` over `[u8; WIDTH]` (asserted by
    // `file_record!`): size `WIDTH`, alignment 1, and any bytes are a valid value. The slice's
    // `len / WIDTH` records lie within `bytes`, which lives for `'static`.
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast::<R>(), bytes.len() / R::WIDTH) }
}

/// A section of little-endian u16s.
#[derive(Clone, Copy)]
struct U16s(&'static [u8]);

impl U16s {
    #[inline(always)]
    fn get(self, i: usize) -> u16 {
        u16_at(self.0, 2 * i)
    }

    fn len(self) -> usize {
        self.0.len() / 2
    }
}

/// A lookup table of the file: its keys are the pool strings `first..`, sorted by [`key_bucket`]
/// then bytes; `starts[b]..starts[b + 1]` is the run of bucket `b`; `values` holds a record of
/// `width` bytes per key.
struct Table {
    first: u32,
    starts: U16s,
    values: &'static [u8],
    width: usize,
}

/// The opened file: its sections, and the pool's string starts.
struct Kb {
    strings: &'static str,
    lens: &'static [u8],
    /// Where each pool string starts in `strings`. The file holds only the lengths (an offset per
    /// string would cost it a third more); the starts are summed when the file is opened, into 4
    /// bytes of memory a string, so that a lookup's binary search does not sum lengths.
    starts: Box<[u32]>,
    person_strings: u32,
    source_texts: &'static str,
    sources: &'static [SourceRecord],
    countries: &'static [CountryRecord],
    orgs: &'static [OrgRecord],
    people: &'static [PersonRecord],
    roles: &'static [RoleRecord],
    person_role_starts: U16s,
    person_native_starts: U16s,
    native_names: U16s,
    role_places: &'static [u8],
    name_entries: &'static [NameEntry],
    name_entry_starts: U16s,
    names: Table,
    country_forms: Table,
    org_forms: Table,
    id_order: U16s,
}

impl Kb {
    /// Checks the header, the checksum and the sections' places, and sums the string starts.
    fn open(bytes: &'static [u8]) -> Result<Kb, KbFileError> {
        let section = check(bytes)?;
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
/// it; returns a reader of its sections. What [`load`] refuses, with the reason.
fn check<'a>(bytes: &'a [u8]) -> Result<impl Fn(usize) -> &'a [u8] + 'a, KbFileError> {
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
    Ok(move |i: usize| {
        let (at, len) = (
            u32_at(bytes, 16 + 8 * i) as usize,
            u32_at(bytes, 20 + 8 * i) as usize,
        );
        &bytes[at..at + len]
    })
}

/// Checks a knowledge-base file as [`load`] would, without loading it.
pub fn check_file(bytes: &[u8]) -> Result<(), KbFileError> {
    check(bytes).map(|_| ())
}

/// The opened knowledge base.
static OPENED: OnceLock<Kb> = OnceLock::new();

/// The knowledge-base file built with the code, embedded in native builds (the CLI, tests,
/// benchmarks) so that they need no setup; the wasm is handed it by [`load`] instead.
#[cfg(not(target_arch = "wasm32"))]
static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/kb.bin"));

/// Makes `bytes` (a knowledge-base file) the knowledge base, for good: what the wasm's host does
/// once before asking for any analysis. Refuses a file that is not one, is of another format
/// version, truncated or damaged, and a second load.
pub fn load(bytes: Vec<u8>) -> Result<(), KbFileError> {
    if OPENED.get().is_some() {
        return Err(KbFileError::AlreadyLoaded);
    }
    check_file(&bytes)?;
    let kb = Kb::open(Box::leak(bytes.into_boxed_slice()))?;
    OPENED.set(kb).map_err(|_| KbFileError::AlreadyLoaded)
}

/// True when the knowledge base is ready to read: always in native builds (embedded), in the wasm
/// once [`load`] succeeded. The wasm's entry points check it, so that nothing reads before.
pub fn is_loaded() -> bool {
    cfg!(not(target_arch = "wasm32")) || OPENED.get().is_some()
}

/// The opened knowledge base (native builds open the embedded file at first use).
#[inline]
fn kb() -> &'static Kb {
    #[cfg(not(target_arch = "wasm32"))]
    {
        OPENED.get_or_init(|| {
            Kb::open(EMBEDDED).unwrap_or_else(|e| panic!("the embedded knowledge base: {e}"))
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
fn pooled(id: StrId) -> &'static str {
    let kb = kb();
    let i = usize::from(id);
    let start = kb.starts[i] as usize;
    &kb.strings[start..start + usize::from(kb.lens[i])]
}

/// The u16 field at `at` of a record.
#[inline(always)]
fn field16(record: &[u8], at: usize) -> u16 {
    u16_at(record, at)
}

/// The pool string a record's field at `at` points at.
fn field_str(record: &[u8], at: usize) -> &'static str {
    pooled(field16(record, at))
}

file_record!(
    /// One role a person held, with its dates as `yyyymmdd` numbers (`0` = unknown start,
    /// `u32::MAX` = open). Its texts are read through methods: the record holds pool indices.
    RoleRecord,
    format::ROLE
);

/// How long after its "as of" date an open role is still trusted to hold: beyond this, the
/// knowledge base does not know who holds the office, and says nothing rather than guess.
const OPEN_ROLE_TRUST_DAYS: u32 = 548;

impl RoleRecord {
    /// Start date as `yyyymmdd`; partial dates start at the period's beginning.
    pub fn since(&self) -> u32 {
        u32_at(&self.0, const { format::ROLE.at[0] })
    }

    /// End date as `yyyymmdd`, or `u32::MAX` when open on `as_of`.
    pub fn until(&self) -> u32 {
        u32_at(&self.0, const { format::ROLE.at[1] })
    }

    /// The date of the snapshot that last asserted the role.
    pub fn as_of(&self) -> u32 {
        u32_at(&self.0, const { format::ROLE.at[2] })
    }

    /// Display title ("President of Venezuela").
    pub fn title(&self) -> &'static str {
        field_str(&self.0, const { format::ROLE.at[3] })
    }

    /// Normalised office ("president", "prime minister", "foreign minister", …).
    pub fn office(&self) -> &'static str {
        field_str(&self.0, const { format::ROLE.at[4] })
    }

    /// The pool index of the state's ISO2 (compared without reading the text).
    fn country_id(&self) -> StrId {
        field16(&self.0, const { format::ROLE.at[5] })
    }

    /// ISO2 of the state, or empty.
    pub fn country(&self) -> &'static str {
        pooled(self.country_id())
    }

    /// The pool index of the organisation's code (0: none).
    fn org_id(&self) -> StrId {
        field16(&self.0, const { format::ROLE.at[6] })
    }

    /// Code of the international organisation, or empty.
    pub fn org(&self) -> &'static str {
        pooled(self.org_id())
    }

    /// ISO2 of the state an ambassador or envoy is posted to, or empty.
    pub fn host(&self) -> &'static str {
        field_str(&self.0, const { format::ROLE.at[7] })
    }

    /// Key of the source in [`sources`].
    pub fn source(&self) -> &'static str {
        field_str(&self.0, const { format::ROLE.at[8] })
    }

    /// The kind of role.
    pub fn kind(&self) -> RoleKind {
        FILE_KIND_ORDER[usize::from(self.0[const { format::ROLE.at[9] }])]
    }

    /// How much of `since` the source gives: 0 nothing, 1 the year, 2 the month, 3 the day.
    fn since_precision(&self) -> u8 {
        self.0[const { format::ROLE.at[10] }]
    }

    /// The start date as the source gives it (`2013`, `2013-04`, `2013-04-19`), for display;
    /// empty when unknown.
    pub fn since_text(&self) -> String {
        let since = self.since();
        let (y, m, d) = (since / 10000, since / 100 % 100, since % 100);
        match self.since_precision() {
            1 => format!("{y:04}"),
            2 => format!("{y:04}-{m:02}"),
            3 => format!("{y:04}-{m:02}-{d:02}"),
            _ => String::new(),
        }
    }

    /// True when the role was held on `date` (an open role only within its trust window).
    pub fn held_on(&self, date: Date) -> bool {
        let d = date.code();
        if d < self.since() {
            return false;
        }
        let until = self.until();
        if until != u32::MAX {
            return d <= until;
        }
        d <= Date::from_code(self.as_of())
            .plus_days(OPEN_ROLE_TRUST_DAYS)
            .code()
    }

    /// True when the role is still open in the data.
    pub fn is_open(&self) -> bool {
        self.until() == u32::MAX
    }
}

file_record!(
    /// A person of the knowledge base. Its texts are read through methods: the record holds pool
    /// indices.
    PersonRecord,
    format::PERSON
);

impl PersonRecord {
    /// The record's place among the people: the records hold no index of their own strings and
    /// roles (rising indices compress badly), they follow from it.
    fn position(&self) -> usize {
        (self as *const PersonRecord as usize - kb().people.as_ptr() as usize)
            / std::mem::size_of::<PersonRecord>()
    }

    /// How many native names the person has.
    fn native_len(&self) -> u8 {
        self.0[const { format::PERSON.at[0] }]
    }

    /// How many roles the person has.
    fn roles_len(&self) -> u8 {
        self.0[const { format::PERSON.at[1] }]
    }

    /// Where this person's run starts in a table whose runs follow each other person by person
    /// (roles, native names): the checkpoint of the person's group in `checkpoints` plus the
    /// lengths (`len`) of the runs of the people before in the group.
    fn run_start(&self, checkpoints: U16s, len: impl Fn(&PersonRecord) -> u8) -> usize {
        let i = self.position();
        let c = i / format::PEOPLE_CHECKPOINT;
        usize::from(checkpoints.get(c))
            + kb().people[c * format::PEOPLE_CHECKPOINT..i]
                .iter()
                .map(|p| usize::from(len(p)))
                .sum::<usize>()
    }

    /// One of the person's three strings in the pool's run of them (0 id, 1 name, 2 Wikipedia).
    fn own_string(&self, which: usize) -> &'static str {
        pooled((kb().person_strings as usize + 3 * self.position() + which) as StrId)
    }

    /// Wikidata Q-id or a stable slug.
    pub fn id(&self) -> &'static str {
        self.own_string(0)
    }

    /// Display name with diacritics.
    pub fn name(&self) -> &'static str {
        self.own_string(1)
    }

    /// Names in the person's own script: they follow the previous people's, counted from the
    /// person's checkpoint.
    pub fn native_names(&self) -> impl Iterator<Item = &'static str> {
        let kb = kb();
        let start = self.run_start(kb.person_native_starts, |p| p.native_len());
        (start..start + usize::from(self.native_len())).map(|i| pooled(kb.native_names.get(i)))
    }

    /// Party, or empty.
    pub fn party(&self) -> &'static str {
        field_str(&self.0, const { format::PERSON.at[2] })
    }

    /// One line saying why the person matters. Descriptions the converter derives from the roles
    /// are not compiled in (they would repeat the roles' texts); they are derived here, by the
    /// converter's rule (`describe` in tools/kb/convert.py): "President of Venezuela (2013–2026)",
    /// "Prime Minister of Spain (since 2018)", "… (since 2004; as of 2022-12)", and "; formerly …"
    /// when a former role ranks higher.
    pub fn description(&self) -> String {
        let stored = field_str(&self.0, const { format::PERSON.at[3] });
        if !stored.is_empty() {
            return stored.to_string();
        }
        let Some(r) = self.roles().first() else {
            return self.name().to_string();
        };
        let year = |code: u32| (code / 10000).to_string();
        let known_since = r.since_precision() > 0;
        let mut span = match (known_since, r.is_open()) {
            (true, false) => format!("{}–{}", year(r.since()), year(r.until())),
            (false, false) => format!("until {}", year(r.until())),
            (true, true) => format!("since {}", year(r.since())),
            (false, true) => String::new(),
        };
        if r.is_open() && r.as_of() < DESCRIBE_AS_OF_BEFORE {
            let as_of = Date::from_code(r.as_of()).iso();
            if !span.is_empty() {
                span.push_str("; ");
            }
            span.push_str(&format!("as of {}", &as_of[..7]));
        }
        let mut text = if span.is_empty() {
            r.title().to_string()
        } else {
            format!("{} ({span})", r.title())
        };
        let former = self.roles()[1..]
            .iter()
            .filter(|x| {
                !x.is_open()
                    && converter_rank(x.kind()) < converter_rank(r.kind())
                    && x.title() != r.title()
            })
            .min_by_key(|x| (converter_rank(x.kind()), x.since_precision() > 0, x.since()));
        if let (true, Some(f)) = (r.is_open(), former) {
            let years = if f.since_precision() > 0 {
                format!("{}–{}", year(f.since()), year(f.until()))
            } else {
                format!("until {}", year(f.until()))
            };
            text.push_str(&format!("; formerly {} ({years})", f.title()));
        }
        text
    }

    /// English Wikipedia title, or empty.
    pub fn wikipedia(&self) -> &'static str {
        self.own_string(2)
    }

    /// Roles, open ones first: they follow the roles of the people before, counted from the
    /// person's checkpoint.
    pub fn roles(&self) -> &'static [RoleRecord] {
        let kb = kb();
        let start = self.run_start(kb.person_role_starts, |p| p.roles_len());
        &kb.roles[start..start + usize::from(self.roles_len())]
    }

    /// The most senior role held on `date`.
    pub fn role_at(&self, date: Date) -> Option<&'static RoleRecord> {
        self.roles()
            .iter()
            .filter(|r| r.held_on(date))
            .min_by_key(|r| role_rank(r.kind()))
    }

    /// The most recent role whatever the date: the current one if open, else the last held.
    pub fn latest_role(&self) -> Option<&'static RoleRecord> {
        self.roles()
            .iter()
            .max_by_key(|r| (r.until(), std::cmp::Reverse(role_rank(r.kind()))))
    }

    /// True when every role is an ambassador's or a representative's: the surname alone then
    /// needs the full name or a title in the same text.
    pub fn is_minor(&self) -> bool {
        let roles = self.roles();
        !roles.is_empty()
            && roles
                .iter()
                .all(|r| matches!(r.kind(), RoleKind::Ambassador | RoleKind::Representative))
    }
}

/// Lower ranks are more senior; used to pick the role a card shows first.
pub fn role_rank(kind: RoleKind) -> u8 {
    match kind {
        RoleKind::HeadOfStateAndGovernment => 0,
        RoleKind::HeadOfState => 1,
        RoleKind::HeadOfGovernment => 2,
        RoleKind::CoHeadOfState => 3,
        RoleKind::OrgHead => 4,
        RoleKind::Deputy => 5,
        RoleKind::ForeignMinister => 6,
        RoleKind::DefenceMinister => 7,
        RoleKind::FinanceMinister => 8,
        RoleKind::GovernmentMember => 9,
        RoleKind::Representative => 10,
        RoleKind::Spokesperson => 11,
        RoleKind::OrgDeputy => 12,
        RoleKind::Envoy => 13,
        RoleKind::Ambassador => 14,
    }
}

file_record!(
    /// A country or territory.
    CountryRecord,
    format::COUNTRY
);

impl CountryRecord {
    /// ISO 3166-1 alpha-2.
    pub fn iso2(&self) -> &'static str {
        field_str(&self.0, const { format::COUNTRY.at[0] })
    }

    /// Common English name.
    pub fn name(&self) -> &'static str {
        field_str(&self.0, const { format::COUNTRY.at[1] })
    }

    /// Flag emoji, or empty.
    pub fn flag(&self) -> &'static str {
        field_str(&self.0, const { format::COUNTRY.at[2] })
    }

    /// Member of the United Nations.
    pub fn un_member(&self) -> bool {
        self.0[const { format::COUNTRY.at[3] }] != 0
    }
}

file_record!(
    /// An international organisation.
    OrgRecord,
    format::ORG
);

impl OrgRecord {
    /// Short code used in roles ("UN", "NATO").
    pub fn code(&self) -> &'static str {
        field_str(&self.0, const { format::ORG.at[0] })
    }

    /// Full name.
    pub fn name(&self) -> &'static str {
        field_str(&self.0, const { format::ORG.at[1] })
    }
}

file_record!(
    /// Where a fact comes from.
    SourceRecord,
    format::SOURCE
);

impl SourceRecord {
    /// Where the text of field `field` (0 key, 1 title, 2 licence, 3 as of) lies in the sources'
    /// texts.
    fn text_range(&self, field: usize) -> (usize, usize) {
        let at = format::SOURCE.at[field];
        let start = u32_at(&self.0, at) as usize;
        (start, start + usize::from(field16(&self.0, at + 4)))
    }

    /// The text of field `field`.
    fn text(&self, field: usize) -> &'static str {
        let (start, end) = self.text_range(field);
        &kb().source_texts[start..end]
    }

    /// Key used in roles and fields.
    pub fn key(&self) -> &'static str {
        self.text(0)
    }

    /// What the source is.
    pub fn title(&self) -> &'static str {
        self.text(1)
    }

    /// Its licence.
    pub fn licence(&self) -> &'static str {
        self.text(2)
    }

    /// The date of the snapshot.
    pub fn as_of(&self) -> &'static str {
        self.text(3)
    }

    /// True for share-alike licences (CC BY-SA, ODbL).
    pub fn share_alike(&self) -> bool {
        self.0[const { format::SOURCE.at[4] }] != 0
    }
}

/// Every source of the knowledge base's facts, sorted by key.
pub fn sources() -> &'static [SourceRecord] {
    kb().sources
}

/// Every country and territory.
pub fn countries() -> &'static [CountryRecord] {
    kb().countries
}

/// Every international organisation.
pub fn orgs() -> &'static [OrgRecord] {
    kb().orgs
}

impl Table {
    /// The key at position `i`.
    fn key(&self, i: usize) -> &'static str {
        pooled((self.first as usize + i) as StrId)
    }

    /// The value record stored under `key`.
    fn get(&self, key: &str) -> Option<&'static [u8]> {
        self.position(key).map(|i| self.value(i))
    }

    /// The value record at position `i`.
    fn value(&self, i: usize) -> &'static [u8] {
        &self.values[i * self.width..(i + 1) * self.width]
    }

    /// The position of `key` among the keys: a bisection of its bucket's run, comparing the
    /// pool's bytes in place (the hottest read of the knowledge base: every candidate name).
    fn position(&self, key: &str) -> Option<usize> {
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
    fn len(&self) -> usize {
        self.values.len() / self.width
    }

    /// Every key with its position.
    fn keys(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        (0..self.len()).map(|i| (i, self.key(i)))
    }
}

/// Index of a person among the people.
pub type PersonIdx = u32;

/// How strongly a surface form points at its person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NameStrength {
    /// The full name or a multi-word alias.
    Full,
    /// A single-word alias that only this person has (usually the surname).
    Surname,
    /// A form shared or commonly used otherwise: resolves only with evidence.
    Ambiguous,
}

file_record!(
    /// One surface form of a person's name: the person, and how strongly the form identifies them.
    NameEntry,
    format::NAME_ENTRY
);

impl NameEntry {
    /// The person.
    pub fn person(&self) -> PersonIdx {
        PersonIdx::from(field16(&self.0, const { format::NAME_ENTRY.at[0] }))
    }

    /// How strongly the form identifies them.
    pub fn strength(&self) -> NameStrength {
        match self.0[const { format::NAME_ENTRY.at[1] }] {
            0 => NameStrength::Full,
            1 => NameStrength::Surname,
            _ => NameStrength::Ambiguous,
        }
    }
}

/// The people, countries and organisations, with their lookup tables. The compiled one is a
/// static; tests can leave people out of it.
pub struct KnowledgeBase {
    /// People left out (sorted): skipped by every lookup.
    absent: Vec<PersonIdx>,
    /// For the name forms of people left out: the entries that remain.
    remaining: Vec<(&'static str, Vec<NameEntry>)>,
}

impl std::fmt::Debug for KnowledgeBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KnowledgeBase({} people)", self.len())
    }
}

/// The compiled knowledge base: nothing to build, so it is ready before the first message.
static BUILTIN: KnowledgeBase = KnowledgeBase {
    absent: Vec::new(),
    remaining: Vec::new(),
};

impl KnowledgeBase {
    /// The compiled knowledge base.
    pub fn builtin() -> &'static KnowledgeBase {
        &BUILTIN
    }

    /// The compiled knowledge base without the people whose id is in `ids`: tests use it to see
    /// how a text reads for someone the knowledge base lacks. Forms they shared with others keep
    /// the others' entries as compiled (still ambiguous).
    pub fn builtin_without(ids: &[&str]) -> KnowledgeBase {
        let mut absent: Vec<PersonIdx> = ids.iter().filter_map(|id| person_by_id(id)).collect();
        absent.sort_unstable();
        absent.dedup();
        let remaining = kb()
            .names
            .keys()
            .filter_map(|(slot, k)| {
                let entries = name_entries(slot);
                entries
                    .iter()
                    .any(|e| absent.binary_search(&e.person()).is_ok())
                    .then(|| {
                        let kept = entries
                            .iter()
                            .filter(|e| absent.binary_search(&e.person()).is_err())
                            .copied()
                            .collect();
                        (k, kept)
                    })
            })
            .collect();
        KnowledgeBase { absent, remaining }
    }

    fn is_absent(&self, idx: PersonIdx) -> bool {
        !self.absent.is_empty() && self.absent.binary_search(&idx).is_ok()
    }

    /// Number of people.
    pub fn len(&self) -> usize {
        kb().people.len() - self.absent.len()
    }

    /// True when there are no people.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The person at `idx`.
    pub fn person(&self, idx: PersonIdx) -> &'static PersonRecord {
        &kb().people[idx as usize]
    }

    /// All people.
    pub fn people(&self) -> impl Iterator<Item = (PersonIdx, &'static PersonRecord)> + '_ {
        kb().people
            .iter()
            .enumerate()
            .map(|(i, p)| (i as PersonIdx, p))
            .filter(|(i, _)| !self.is_absent(*i))
    }

    /// The person with this id (as the analysis JSON gives it).
    pub fn by_id(&self, id: &str) -> Option<&'static PersonRecord> {
        let idx = person_by_id(id)?;
        (!self.is_absent(idx)).then(|| self.person(idx))
    }

    /// The entries for a folded name key (words joined by one space).
    pub fn lookup(&self, key: &str) -> &[NameEntry] {
        if !self.remaining.is_empty() {
            if let Some((_, kept)) = self.remaining.iter().find(|(k, _)| *k == key) {
                return kept;
            }
        }
        kb().names.position(key).map_or(&[], name_entries)
    }

    /// The most words a name starting with this folded word can have (0 when none starts with it).
    pub fn max_words_from(&self, first: &str) -> usize {
        name_word(first).map_or(0, |w| usize::from(w.0))
    }

    /// True when some name ends with this folded word.
    pub fn is_last_word(&self, word: &str) -> bool {
        name_word(word).is_some_and(|w| w.1 > 0)
    }

    /// True when some name has this folded word (hyphenation repairs join only into such words).
    pub fn is_name_word(&self, word: &str) -> bool {
        name_word(word).is_some()
    }

    fn country_form(key: &str, which: usize) -> Option<&'static CountryRecord> {
        let idx = kb().country_forms.get(key)?[format::COUNTRY_SLOT.at[which]];
        countries().get(usize::from(idx))
    }

    /// The country a folded name, adjective or demonym refers to.
    pub fn country(&self, key: &str) -> Option<&'static CountryRecord> {
        Self::country_form(key, 0)
    }

    /// The country a folded noun form names ("russia", "the united states"), never an adjective.
    pub fn country_noun(&self, key: &str) -> Option<&'static CountryRecord> {
        Self::country_form(key, 1)
    }

    /// The country whose capital a folded word or phrase names ("moscow", "new delhi").
    pub fn capital(&self, key: &str) -> Option<&'static CountryRecord> {
        Self::country_form(key, 2)
    }

    /// The organisation a folded name or abbreviation names, and whether the form must be written
    /// in capitals to count ("WHO").
    pub fn org_form(&self, key: &str) -> Option<(&'static OrgRecord, bool)> {
        let value = kb().org_forms.get(key)?;
        let idx = value[const { format::ORG_SLOT.at[0] }];
        let caps = value[const { format::ORG_SLOT.at[1] }] != 0;
        Some((&orgs()[usize::from(idx)], caps))
    }

    /// For a form several people share, the one person it means by default ("Obama").
    pub fn owner(&self, key: &str) -> Option<PersonIdx> {
        let owner = PersonIdx::from(field16(
            kb().names.get(key)?,
            const { format::NAME_SLOT.at[1] },
        ));
        let owner = owner.checked_sub(1)?;
        (!self.is_absent(owner)).then_some(owner)
    }

    /// True when every role of the person is an ambassador's or a representative's.
    pub fn is_minor(&self, idx: PersonIdx) -> bool {
        self.person(idx).is_minor()
    }

    /// The country with this ISO2 code.
    pub fn country_by_iso(&self, iso2: &str) -> Option<&'static CountryRecord> {
        countries().iter().find(|c| c.iso2() == iso2)
    }

    /// The organisation with this code.
    pub fn org(&self, code: &str) -> Option<&'static OrgRecord> {
        orgs().iter().find(|o| o.code() == code)
    }

    /// The source with this key.
    pub fn source(&self, key: &str) -> Option<&'static SourceRecord> {
        let first = key.split('+').next().unwrap_or(key);
        sources().iter().find(|s| s.key() == first)
    }

    /// Each person's roles, in person order: the roles follow each other person by person, so
    /// walking them needs no checkpoint sum per person (what [`PersonRecord::roles`] does).
    fn roles_by_person(&self) -> impl Iterator<Item = (PersonIdx, &'static [RoleRecord])> + '_ {
        let kb = kb();
        let mut start = 0;
        kb.people
            .iter()
            .enumerate()
            .map(move |(i, p)| {
                let end = start + usize::from(p.roles_len());
                let roles = &kb.roles[start..end];
                start = end;
                (i as PersonIdx, roles)
            })
            .filter(|(i, _)| !self.is_absent(*i))
    }

    /// People holding, on `date`, a role that `accept` likes; most senior first.
    pub fn holders(
        &self,
        date: Date,
        accept: impl Fn(&RoleRecord) -> bool,
    ) -> Vec<(PersonIdx, &'static RoleRecord)> {
        let mut found: Vec<(PersonIdx, &'static RoleRecord)> = Vec::new();
        for (i, roles) in self.roles_by_person() {
            if let Some(r) = roles
                .iter()
                .filter(|r| accept(r) && r.held_on(date))
                .min_by_key(|r| role_rank(r.kind()))
            {
                found.push((i, r));
            }
        }
        stable_sort::sort_by_key(&mut found, |(_, r)| role_rank(r.kind()));
        found
    }

    /// [`Self::holders`] among the roles held in one place only: the same answer, without reading
    /// every role of the knowledge base for each office a text names.
    pub fn holders_in(
        &self,
        date: Date,
        place: RolePlace,
        accept: impl Fn(&RoleRecord) -> bool,
    ) -> Vec<(PersonIdx, &'static RoleRecord)> {
        let key = match place {
            RolePlace::Country(c) => (false, c),
            RolePlace::Org(o) if !o.is_empty() => (true, o),
            // Every role outside an organisation: no index for that.
            RolePlace::Org(_) => return self.holders(date, |r| r.org().is_empty() && accept(r)),
        };
        let Some(place) = place_string(key) else {
            return Vec::new();
        };
        let (in_org, _) = key;
        let mut found: Vec<(PersonIdx, &'static RoleRecord)> = Vec::new();
        // Pool indices compared, no text read: the same choice per person as [`Self::holders`]
        // (the first most senior role that fits).
        for (i, roles) in self.roles_by_person() {
            if let Some(r) = roles
                .iter()
                .filter(|r| {
                    let held_at = if in_org {
                        r.org_id() == place
                    } else {
                        r.org_id() == 0 && r.country_id() == place
                    };
                    held_at && accept(r) && r.held_on(date)
                })
                .min_by_key(|r| role_rank(r.kind()))
            {
                found.push((i, r));
            }
        }
        stable_sort::sort_by_key(&mut found, |(_, r)| role_rank(r.kind()));
        found
    }
}

/// Where a role is held, for [`KnowledgeBase::holders_in`].
#[derive(Debug, Clone, Copy)]
pub enum RolePlace<'a> {
    /// A state's own roles (ISO2; roles in an organisation excluded).
    Country(&'a str),
    /// An international organisation's roles (its code).
    Org(&'a str),
}

/// The pool index of a place roles are held at, `(false, country)` for roles outside an
/// organisation, `(true, org)` for an organisation's; none when no role is held there.
fn place_string(key: (bool, &str)) -> Option<StrId> {
    let places = kb().role_places;
    let width = format::ROLE_PLACE.width;
    let (mut lo, mut hi) = (0, places.len() / width);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let place = &places[mid * width..(mid + 1) * width];
        let code = field16(place, const { format::ROLE_PLACE.at[1] });
        let in_org = place[const { format::ROLE_PLACE.at[0] }] != 0;
        match (in_org, pooled(code)).cmp(&key) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(code),
        }
    }
    None
}

/// The index of the person with this id, bisecting the people in id order.
fn person_by_id(id: &str) -> Option<PersonIdx> {
    let kb = kb();
    let order = kb.id_order;
    let (mut lo, mut hi) = (0, order.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        let person = order.get(mid);
        match kb.people[usize::from(person)].id().cmp(id) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(PersonIdx::from(person)),
        }
    }
    None
}

/// Hashed with FxHash: the words are the knowledge base's own (no untrusted keys to collide on
/// purpose), and SipHash costs more than the lookup.
type WordIndex = HashMap<&'static str, (u8, u8), rustc_hash::FxBuildHasher>;

/// The words of the names' lookup keys with the longest names (in words) each starts and ends,
/// built at first use from the names table's keys: compiling them as a table of their own
/// repeated every word's text (21,706 bytes gzip).
fn name_words() -> &'static WordIndex {
    static WORDS: OnceLock<WordIndex> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words =
            WordIndex::with_capacity_and_hasher(NAME_WORDS_CAPACITY, Default::default());
        for (_, key) in kb().names.keys() {
            let n = u8::try_from(key.bytes().filter(|&b| b == b' ').count() + 1).unwrap_or(u8::MAX);
            let mut rest = key;
            let mut i = 0;
            loop {
                let (word, more) = match rest.find(' ') {
                    Some(sp) => (&rest[..sp], Some(&rest[sp + 1..])),
                    None => (rest, None),
                };
                let slot = words.entry(word).or_insert((0, 0));
                if i == 0 {
                    slot.0 = slot.0.max(n);
                }
                match more {
                    Some(r) => rest = r,
                    None => {
                        slot.1 = slot.1.max(n);
                        break;
                    }
                }
                i += 1;
            }
        }
        words
    })
}

/// The entry of a folded word in [`name_words`]: the most words of a name starting with it, and
/// of one ending with it (0: none).
fn name_word(word: &str) -> Option<&'static (u8, u8)> {
    name_words().get(word)
}

/// The entries a name slot points at: they follow the previous slots' entries, counted from the
/// slot's checkpoint.
fn name_entries(slot: usize) -> &'static [NameEntry] {
    let kb = kb();
    let width = format::NAME_SLOT.width;
    let count =
        |i: usize| usize::from(kb.names.values[i * width + const { format::NAME_SLOT.at[0] }]);
    let c = slot / format::NAME_CHECKPOINT;
    let start = usize::from(kb.name_entry_starts.get(c))
        + (c * format::NAME_CHECKPOINT..slot)
            .map(count)
            .sum::<usize>();
    &kb.name_entries[start..start + count(slot)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_in_a_place_are_the_holders_among_all_roles_there() {
        let kb = KnowledgeBase::builtin_without(&["vladimir-putin"]);
        let mut places: Vec<RolePlace> = Vec::new();
        for (_, p) in kb.people() {
            for r in p.roles() {
                places.push(if r.org().is_empty() {
                    RolePlace::Country(r.country())
                } else {
                    RolePlace::Org(r.org())
                });
            }
        }
        places.push(RolePlace::Country("nowhere"));
        let same_place = |place: RolePlace, r: &RoleRecord| match place {
            RolePlace::Country(c) => r.country() == c && r.org().is_empty(),
            RolePlace::Org(o) => r.org() == o,
        };
        let mut compared = 0;
        for date in ["2015-06-01", "2025-11-28"] {
            let date = Date::parse(date).unwrap();
            for &place in places.iter().step_by(7) {
                let senior =
                    |r: &RoleRecord| r.kind().leads_state() || r.kind() == RoleKind::OrgHead;
                let ids = |v: Vec<(PersonIdx, &'static RoleRecord)>| -> Vec<(PersonIdx, usize)> {
                    v.into_iter()
                        .map(|(p, r)| (p, r as *const _ as usize))
                        .collect()
                };
                let indexed = ids(kb.holders_in(date, place, senior));
                let scanned = ids(kb.holders(date, |r| same_place(place, r) && senior(r)));
                assert_eq!(indexed, scanned, "{place:?} on {date}");
                compared += usize::from(!scanned.is_empty());
            }
        }
        assert!(compared > 50, "only {compared} places had holders");
    }

    #[test]
    fn walking_the_roles_person_by_person_gives_each_person_their_roles() {
        let kb = KnowledgeBase::builtin_without(&["vladimir-putin"]);
        let walked: Vec<(PersonIdx, &[RoleRecord])> = kb.roles_by_person().collect();
        let read: Vec<(PersonIdx, &[RoleRecord])> =
            kb.people().map(|(i, p)| (i, p.roles())).collect();
        assert_eq!(walked.len(), read.len());
        for ((i, a), (j, b)) in walked.iter().zip(&read) {
            assert_eq!(i, j);
            assert!(std::ptr::eq(*a, *b), "person {i}");
        }
    }

    #[test]
    fn the_embedded_file_passes_the_checks_a_loaded_one_must_pass() {
        assert_eq!(check_file(EMBEDDED), Ok(()));
        assert_eq!(&EMBEDDED[..4], b"NCKB");
    }

    #[test]
    fn a_file_of_another_version_length_or_content_is_refused_with_the_reason() {
        let good = EMBEDDED.to_vec();
        assert_eq!(check_file(&[]), Err(KbFileError::NotAKnowledgeBase));
        assert_eq!(
            check_file(b"\0asm\x01\0\0\0"),
            Err(KbFileError::NotAKnowledgeBase)
        );
        let mut other_version = good.clone();
        other_version[4..8].copy_from_slice(&(format::VERSION + 1).to_le_bytes());
        assert_eq!(
            check_file(&other_version),
            Err(KbFileError::WrongVersion {
                found: format::VERSION + 1,
                expected: format::VERSION
            })
        );
        let truncated = &good[..good.len() - 1];
        assert_eq!(
            check_file(truncated),
            Err(KbFileError::WrongLength {
                expected: good.len() as u64,
                found: good.len() as u64 - 1
            })
        );
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(check_file(&flipped), Err(KbFileError::Damaged));
        // A section placed outside the file, with the checksum still right (sections only).
        let mut misplaced = good.clone();
        misplaced[20..24].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(
            check_file(&misplaced),
            Err(KbFileError::BadLayout("a section lies outside the file"))
        );
        for e in [KbFileError::Damaged, KbFileError::NotAKnowledgeBase] {
            assert!(
                e.to_string().starts_with("the knowledge-base file is"),
                "{e}"
            );
        }
    }

    #[test]
    fn every_compiled_name_key_is_found_under_itself() {
        for (slot, key) in kb().names.keys() {
            assert_eq!(name_key(key), key, "keys are stored folded");
            let found = KnowledgeBase::builtin().lookup(key);
            assert!(!found.is_empty(), "{key}");
            assert!(std::ptr::eq(found, name_entries(slot)), "{key}");
        }
    }

    #[test]
    fn every_name_and_id_of_a_person_leads_back_to_them() {
        let kb = KnowledgeBase::builtin();
        for (i, p) in kb.people() {
            assert!(std::ptr::eq(kb.by_id(p.id()).unwrap(), p), "{}", p.id());
            let key = name_key(p.name());
            assert!(
                kb.lookup(&key).iter().any(|e| e.person() == i),
                "{}",
                p.name()
            );
            let first = key.split(' ').next().unwrap();
            assert!(kb.max_words_from(first) >= key.split(' ').count(), "{key}");
            assert!(kb.is_last_word(key.rsplit(' ').next().unwrap()), "{key}");
        }
    }

    #[test]
    fn name_words_give_the_longest_names_each_word_starts_and_ends() {
        let mut expected: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
        for (_, key) in kb().names.keys() {
            let words: Vec<&str> = key.split(' ').collect();
            for w in &words {
                expected.entry(w).or_default();
            }
            let first = expected.get_mut(words[0]).unwrap();
            first.0 = first.0.max(words.len());
            let last = expected.get_mut(words[words.len() - 1]).unwrap();
            last.1 = last.1.max(words.len());
        }
        let kb = KnowledgeBase::builtin();
        assert_eq!(name_words().len(), expected.len());
        for (word, (from, to)) in expected {
            assert!(kb.is_name_word(word), "{word}");
            assert_eq!(kb.max_words_from(word), from, "{word}");
            assert_eq!(kb.is_last_word(word), to > 0, "{word}");
        }
        assert!(!kb.is_name_word("zzzz") && !kb.is_last_word("zzzz"));
        assert_eq!(kb.max_words_from("zzzz"), 0);
    }

    #[test]
    fn start_dates_read_back_at_the_precision_the_source_gives() {
        let kb = KnowledgeBase::builtin();
        let obama = kb
            .people()
            .find(|(_, p)| p.name() == "Barack Obama")
            .unwrap()
            .1;
        let president = obama
            .roles()
            .iter()
            .find(|r| r.title() == "President of the United States");
        assert_eq!(president.unwrap().since_text(), "2009-01-20");
        for (_, p) in kb.people() {
            for r in p.roles() {
                let text = r.since_text();
                let padded = match text.len() {
                    4 => format!("{text}-01-01"),
                    7 => format!("{text}-01"),
                    _ => text.clone(),
                };
                if !text.is_empty() {
                    assert_eq!(
                        Date::parse(&padded).unwrap().code(),
                        r.since(),
                        "{}",
                        p.id()
                    );
                }
            }
        }
    }

    #[test]
    fn keys_that_are_not_in_the_tables_find_nothing() {
        let kb = KnowledgeBase::builtin();
        for key in ["", "zzzz qqqq", "the", "vladimir putinx"] {
            assert!(kb.lookup(key).is_empty(), "{key}");
            assert!(kb.owner(key).is_none(), "{key}");
        }
        assert!(kb.country("zzzz").is_none());
        assert!(kb.org_form("zzzz").is_none());
        assert!(kb.by_id("Q0").is_none());
    }

    #[test]
    fn countries_are_found_by_name_adjective_noun_and_capital() {
        let kb = KnowledgeBase::builtin();
        assert_eq!(kb.country("venezuelan").map(|c| c.iso2()), Some("VE"));
        assert_eq!(kb.country("british").map(|c| c.iso2()), Some("GB"));
        assert_eq!(kb.country_noun("u.s.").map(|c| c.iso2()), Some("US"));
        assert!(
            kb.country_noun("russian").is_none(),
            "adjectives are not nouns"
        );
        assert_eq!(kb.capital("moscow").map(|c| c.iso2()), Some("RU"));
        assert_eq!(kb.capital("kyiv").map(|c| c.iso2()), Some("UA"));
        let (who, caps) = kb.org_form("who").unwrap();
        assert_eq!(who.code(), "WHO");
        assert!(caps, "'who' names the WHO only in capitals");
    }

    #[test]
    fn leaving_a_person_out_removes_them_from_every_lookup() {
        let full = KnowledgeBase::builtin();
        let (idx, p) = full
            .people()
            .find(|(_, p)| p.name() == "Vladimir Putin")
            .unwrap();
        let kb = KnowledgeBase::builtin_without(&[p.id()]);
        assert_eq!(kb.len(), full.len() - 1);
        assert!(kb.by_id(p.id()).is_none());
        assert!(kb
            .lookup("vladimir putin")
            .iter()
            .all(|e| e.person() != idx));
        assert!(kb.lookup("putin").iter().all(|e| e.person() != idx));
        assert!(kb.people().all(|(i, _)| i != idx));
    }
}
