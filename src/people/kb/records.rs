//! The file's fixed-width records (roles, people, countries, organisations, sources, name
//! entries), viewed in place as slices of the section's bytes, and their fields read through
//! methods: nothing is parsed or copied when the file is opened.

use super::file::{kb, pooled, U16s};
use super::{role_rank, NameStrength, PersonIdx, RoleKind, StrId};
use crate::engine::Date;
use crate::people::kb_format::{self as format, u16_at, u32_at};

/// Open roles asserted before this date (`yyyymmdd`) say "as of" in a derived description.
const DESCRIBE_AS_OF_BEFORE: u32 = 20250101;

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

/// Fixed-width records of the file, read in place.
///
/// # Safety
/// An implementer must be `#[repr(transparent)]` over `[u8; WIDTH]` (size `WIDTH`, alignment 1,
/// every bit pattern valid), so that [`records`] may view a section's bytes as a slice of it;
/// only `file_record!` implements it, and asserts the size.
pub(super) unsafe trait FileRecord: Sized {
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
pub(super) fn records<R: FileRecord>(bytes: &'static [u8]) -> &'static [R] {
    debug_assert_eq!(bytes.len() % R::WIDTH, 0);
    // SAFETY: every `FileRecord` is `#[repr(transparent)]` over `[u8; WIDTH]` (asserted by
    // `file_record!`): size `WIDTH`, alignment 1, and any bytes are a valid value. The slice's
    // `len / WIDTH` records lie within `bytes`, which lives for `'static`.
    unsafe { std::slice::from_raw_parts(bytes.as_ptr().cast::<R>(), bytes.len() / R::WIDTH) }
}

/// The u16 field at `at` of a record.
#[inline(always)]
pub(super) fn field16(record: &[u8], at: usize) -> u16 {
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
    pub(super) fn country_id(&self) -> StrId {
        field16(&self.0, const { format::ROLE.at[5] })
    }

    /// ISO2 of the state, or empty.
    pub fn country(&self) -> &'static str {
        pooled(self.country_id())
    }

    /// The pool index of the organisation's code (0: none).
    pub(super) fn org_id(&self) -> StrId {
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

    /// Key of the source in [`sources`](super::sources).
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
    pub(super) fn position(&self) -> usize {
        (self as *const PersonRecord as usize - kb().people.as_ptr() as usize)
            / std::mem::size_of::<PersonRecord>()
    }

    /// How many native names the person has.
    fn native_len(&self) -> u8 {
        self.0[const { format::PERSON.at[0] }]
    }

    /// How many roles the person has.
    pub(super) fn roles_len(&self) -> u8 {
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
    pub(super) fn text_range(&self, field: usize) -> (usize, usize) {
        let at = format::SOURCE.at[field];
        let start = u32_at(&self.0, at) as usize;
        (start, start + usize::from(field16(&self.0, at + 4)))
    }

    /// The text of field `field`.
    pub(super) fn text(&self, field: usize) -> &'static str {
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
