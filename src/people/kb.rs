//! The knowledge base of leaders and officials, compiled into the binary by `build.rs`.
//!
//! Records, strings and lookup tables are all statics written by `build.rs` (no parsing and no
//! table building at start-up): records hold 16-bit indices into one string pool, and the lookup
//! tables that mention finding needs are static tables sorted by folded name (see
//! `src/people/keys.rs`). Roles carry `since`/`until` and an "as of" date so that a name resolves
//! to the role its holder had *at the article's date*.

use crate::stable_sort;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::engine::Date;
use crate::people::keys::key_bucket;
pub use crate::people::keys::name_key;

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

/// People per checkpoint of their roles (must match `PEOPLE_CHECKPOINT` in build.rs).
const PEOPLE_CHECKPOINT: usize = 32;

/// Name slots per checkpoint of the name entries (must match `NAME_CHECKPOINT` in build.rs).
const NAME_CHECKPOINT: usize = 32;

/// The string with this index in the compiled pool.
fn pooled(id: StrId) -> &'static str {
    let i = usize::from(id);
    let start = pool_starts()[i] as usize;
    &data::STRINGS[start..start + usize::from(data::STRING_LENS[i])]
}

/// Where each pool string starts in the pool's text. The wasm holds only the lengths (an offset
/// per string would cost it a third more); the starts are summed once, at first use, into 4 bytes
/// of memory a string (14,543 strings), so that a lookup's binary search does not sum up to 63
/// lengths at every probe, and the wasm needs no checkpoints.
fn pool_starts() -> &'static [u32] {
    static STARTS: OnceLock<Box<[u32]>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut at = 0u32;
        data::STRING_LENS
            .iter()
            .map(|&l| {
                let start = at;
                at += u32::from(l);
                start
            })
            .collect()
    })
}

/// One role a person held, with its dates as `yyyymmdd` numbers (`0` = unknown start,
/// `u32::MAX` = open). Its texts are read through methods: the record holds pool indices.
#[derive(Debug)]
pub struct RoleRecord {
    title: StrId,
    office: StrId,
    /// The kind of role.
    pub kind: RoleKind,
    country: StrId,
    org: StrId,
    host: StrId,
    /// Start date as `yyyymmdd`; partial dates start at the period's beginning.
    pub since: u32,
    /// End date as `yyyymmdd`, or `u32::MAX` when open on `as_of`.
    pub until: u32,
    /// The date of the snapshot that last asserted the role.
    pub as_of: u32,
    source: StrId,
    /// How much of `since` the source gives: 0 nothing, 1 the year, 2 the month, 3 the day.
    since_precision: u8,
}

/// How long after its "as of" date an open role is still trusted to hold: beyond this, the
/// knowledge base does not know who holds the office, and says nothing rather than guess.
const OPEN_ROLE_TRUST_DAYS: u32 = 548;

impl RoleRecord {
    /// Display title ("President of Venezuela").
    pub fn title(&self) -> &'static str {
        pooled(self.title)
    }

    /// Normalised office ("president", "prime minister", "foreign minister", …).
    pub fn office(&self) -> &'static str {
        pooled(self.office)
    }

    /// ISO2 of the state, or empty.
    pub fn country(&self) -> &'static str {
        pooled(self.country)
    }

    /// Code of the international organisation, or empty.
    pub fn org(&self) -> &'static str {
        pooled(self.org)
    }

    /// ISO2 of the state an ambassador or envoy is posted to, or empty.
    pub fn host(&self) -> &'static str {
        pooled(self.host)
    }

    /// Key of the source in [`SOURCES`].
    pub fn source(&self) -> &'static str {
        pooled(self.source)
    }

    /// The start date as the source gives it (`2013`, `2013-04`, `2013-04-19`), for display;
    /// empty when unknown.
    pub fn since_text(&self) -> String {
        let (y, m, d) = (self.since / 10000, self.since / 100 % 100, self.since % 100);
        match self.since_precision {
            1 => format!("{y:04}"),
            2 => format!("{y:04}-{m:02}"),
            3 => format!("{y:04}-{m:02}-{d:02}"),
            _ => String::new(),
        }
    }

    /// True when the role was held on `date` (an open role only within its trust window).
    pub fn held_on(&self, date: Date) -> bool {
        let d = date.code();
        if d < self.since {
            return false;
        }
        if self.until != u32::MAX {
            return d <= self.until;
        }
        d <= Date::from_code(self.as_of)
            .plus_days(OPEN_ROLE_TRUST_DAYS)
            .code()
    }

    /// True when the role is still open in the data.
    pub fn is_open(&self) -> bool {
        self.until == u32::MAX
    }
}

/// A person of the knowledge base. Its texts are read through methods: the record holds pool
/// indices.
#[derive(Debug)]
pub struct PersonRecord {
    native_len: u8,
    party: StrId,
    description: StrId,
    roles_len: u8,
}

impl PersonRecord {
    /// The record's place in [`PEOPLE`]: the records hold no index of their own strings and
    /// roles (rising indices compress badly in the wasm), they follow from it.
    fn position(&self) -> usize {
        (self as *const PersonRecord as usize - PEOPLE.as_ptr() as usize)
            / std::mem::size_of::<PersonRecord>()
    }

    /// Where this person's run starts in a table whose runs follow each other person by person
    /// (roles, native names): the checkpoint of the person's group in `checkpoints` plus the
    /// lengths (`len`) of the runs of the people before in the group.
    fn run_start(&self, checkpoints: &[u16], len: impl Fn(&PersonRecord) -> u8) -> usize {
        let i = self.position();
        let c = i / PEOPLE_CHECKPOINT;
        usize::from(checkpoints[c])
            + PEOPLE[c * PEOPLE_CHECKPOINT..i]
                .iter()
                .map(|p| usize::from(len(p)))
                .sum::<usize>()
    }

    /// One of the person's three strings in the pool's run of them (0 id, 1 name, 2 Wikipedia).
    fn own_string(&self, which: usize) -> &'static str {
        pooled((data::PERSON_STRINGS + 3 * self.position() + which) as StrId)
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
        let start = self.run_start(data::PERSON_NATIVE_STARTS, |p| p.native_len);
        data::NATIVE_NAMES[start..start + usize::from(self.native_len)]
            .iter()
            .map(|&s| pooled(s))
    }

    /// Party, or empty.
    pub fn party(&self) -> &'static str {
        pooled(self.party)
    }

    /// One line saying why the person matters. Descriptions the converter derives from the roles
    /// are not compiled in (they would repeat the roles' texts); they are derived here, by the
    /// converter's rule (`describe` in tools/kb/convert.py): "President of Venezuela (2013–2026)",
    /// "Prime Minister of Spain (since 2018)", "… (since 2004; as of 2022-12)", and "; formerly …"
    /// when a former role ranks higher.
    pub fn description(&self) -> String {
        let stored = pooled(self.description);
        if !stored.is_empty() {
            return stored.to_string();
        }
        let Some(r) = self.roles().first() else {
            return self.name().to_string();
        };
        let year = |code: u32| (code / 10000).to_string();
        let known_since = r.since_precision > 0;
        let mut span = match (known_since, r.is_open()) {
            (true, false) => format!("{}–{}", year(r.since), year(r.until)),
            (false, false) => format!("until {}", year(r.until)),
            (true, true) => format!("since {}", year(r.since)),
            (false, true) => String::new(),
        };
        if r.is_open() && r.as_of < DESCRIBE_AS_OF_BEFORE {
            let as_of = Date::from_code(r.as_of).iso();
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
                    && converter_rank(x.kind) < converter_rank(r.kind)
                    && x.title() != r.title()
            })
            .min_by_key(|x| (converter_rank(x.kind), x.since_precision > 0, x.since));
        if let (true, Some(f)) = (r.is_open(), former) {
            let years = if f.since_precision > 0 {
                format!("{}–{}", year(f.since), year(f.until))
            } else {
                format!("until {}", year(f.until))
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
        let start = self.run_start(data::PERSON_ROLE_STARTS, |p| p.roles_len);
        &data::ROLES[start..start + usize::from(self.roles_len)]
    }

    /// The most senior role held on `date`.
    pub fn role_at(&self, date: Date) -> Option<&'static RoleRecord> {
        self.roles()
            .iter()
            .filter(|r| r.held_on(date))
            .min_by_key(|r| role_rank(r.kind))
    }

    /// The most recent role whatever the date: the current one if open, else the last held.
    pub fn latest_role(&self) -> Option<&'static RoleRecord> {
        self.roles()
            .iter()
            .max_by_key(|r| (r.until, std::cmp::Reverse(role_rank(r.kind))))
    }

    /// True when every role is an ambassador's or a representative's: the surname alone then
    /// needs the full name or a title in the same text.
    pub fn is_minor(&self) -> bool {
        let roles = self.roles();
        !roles.is_empty()
            && roles
                .iter()
                .all(|r| matches!(r.kind, RoleKind::Ambassador | RoleKind::Representative))
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

/// A country or territory.
#[derive(Debug)]
pub struct CountryRecord {
    /// ISO 3166-1 alpha-2.
    pub iso2: &'static str,
    /// Common English name.
    pub name: &'static str,
    /// Flag emoji, or empty.
    pub flag: &'static str,
    /// Member of the United Nations.
    pub un_member: bool,
}

/// An international organisation.
#[derive(Debug)]
pub struct OrgRecord {
    /// Short code used in roles ("UN", "NATO").
    pub code: &'static str,
    /// Full name.
    pub name: &'static str,
}

/// Where a fact comes from.
#[derive(Debug)]
pub struct SourceRecord {
    /// Key used in roles and fields.
    pub key: &'static str,
    /// What the source is.
    pub title: &'static str,
    /// Its licence.
    pub licence: &'static str,
    /// The date of the snapshot.
    pub as_of: &'static str,
    /// True for share-alike licences (CC BY-SA, ODbL).
    pub share_alike: bool,
}

/// A static lookup table written by `build.rs`: its keys are the pool strings `first..`, sorted
/// by [`key_bucket`] then bytes; `starts[b]..starts[b + 1]` is the run of bucket `b`.
struct Table<V: 'static> {
    first: StrId,
    starts: &'static [u16],
    values: &'static [V],
}

impl<V> Table<V> {
    /// The key at position `i`.
    fn key(&self, i: usize) -> &'static str {
        pooled(self.first + i as StrId)
    }

    /// The value stored under `key`.
    fn get(&self, key: &str) -> Option<&'static V> {
        self.position(key).map(|i| &self.values[i])
    }

    /// The position of `key` among the keys.
    fn position(&self, key: &str) -> Option<usize> {
        let b = key_bucket(key);
        let (start, end) = (usize::from(self.starts[b]), usize::from(self.starts[b + 1]));
        let (mut lo, mut hi) = (start, end);
        while lo < hi {
            let mid = (lo + hi) / 2;
            match self.key(mid).cmp(key) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// Every key with its position.
    fn keys(&self) -> impl Iterator<Item = (usize, &'static str)> + '_ {
        (0..self.values.len()).map(|i| (i, self.key(i)))
    }
}

/// A name form's entries: how many (they follow the previous slot's), and its owner's index plus
/// one (0: none).
type NameSlot = (u8, u32);
/// A country form: the country it names as any form, as a noun, as a capital (`u8::MAX`: none).
type CountrySlot = [u8; 3];
/// An organisation form: the organisation, and whether the form must be written in capitals.
type OrgSlot = (u8, bool);

/// One name entry of the compiled tables (keeps the generated source short).
const fn e(person: u32, strength: u8) -> NameEntry {
    NameEntry {
        person,
        strength: match strength {
            0 => NameStrength::Full,
            1 => NameStrength::Surname,
            _ => NameStrength::Ambiguous,
        },
    }
}

mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/kb_data.rs"));
}
pub use data::{COUNTRIES, ORGS, PEOPLE, PEOPLE_COUNT, SOURCES};

/// Index of a person in [`PEOPLE`].
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

/// One surface form of a person's name.
#[derive(Debug, Clone, Copy)]
pub struct NameEntry {
    /// The person.
    pub person: PersonIdx,
    /// How strongly it identifies them.
    pub strength: NameStrength,
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
        let remaining = data::NAMES
            .keys()
            .filter_map(|(slot, k)| {
                let entries = name_entries(slot);
                entries
                    .iter()
                    .any(|e| absent.binary_search(&e.person).is_ok())
                    .then(|| {
                        let kept = entries
                            .iter()
                            .filter(|e| absent.binary_search(&e.person).is_err())
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
        PEOPLE.len() - self.absent.len()
    }

    /// True when there are no people.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The person at `idx`.
    pub fn person(&self, idx: PersonIdx) -> &'static PersonRecord {
        &PEOPLE[idx as usize]
    }

    /// All people.
    pub fn people(&self) -> impl Iterator<Item = (PersonIdx, &'static PersonRecord)> + '_ {
        PEOPLE
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
        data::NAMES.position(key).map_or(&[], name_entries)
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
        let idx = data::COUNTRY_FORMS.get(key)?[which];
        COUNTRIES.get(usize::from(idx))
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
        let &(idx, caps) = data::ORG_FORMS.get(key)?;
        Some((&ORGS[usize::from(idx)], caps))
    }

    /// For a form several people share, the one person it means by default ("Obama").
    pub fn owner(&self, key: &str) -> Option<PersonIdx> {
        let owner = data::NAMES.get(key)?.1.checked_sub(1)?;
        (!self.is_absent(owner)).then_some(owner)
    }

    /// True when every role of the person is an ambassador's or a representative's.
    pub fn is_minor(&self, idx: PersonIdx) -> bool {
        self.person(idx).is_minor()
    }

    /// The country with this ISO2 code.
    pub fn country_by_iso(&self, iso2: &str) -> Option<&'static CountryRecord> {
        COUNTRIES.iter().find(|c| c.iso2 == iso2)
    }

    /// The organisation with this code.
    pub fn org(&self, code: &str) -> Option<&'static OrgRecord> {
        ORGS.iter().find(|o| o.code == code)
    }

    /// The source with this key.
    pub fn source(&self, key: &str) -> Option<&'static SourceRecord> {
        let first = key.split('+').next().unwrap_or(key);
        SOURCES.iter().find(|s| s.key == first)
    }

    /// People holding, on `date`, a role that `accept` likes; most senior first.
    pub fn holders(
        &self,
        date: Date,
        accept: impl Fn(&RoleRecord) -> bool,
    ) -> Vec<(PersonIdx, &'static RoleRecord)> {
        let mut found: Vec<(PersonIdx, &'static RoleRecord)> = Vec::new();
        for (i, p) in self.people() {
            if let Some(r) = p
                .roles()
                .iter()
                .filter(|r| accept(r) && r.held_on(date))
                .min_by_key(|r| role_rank(r.kind))
            {
                found.push((i, r));
            }
        }
        stable_sort::sort_by_key(&mut found, |(_, r)| role_rank(r.kind));
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
        for (i, p) in self.people() {
            if let Some(r) = p
                .roles()
                .iter()
                .filter(|r| {
                    let held_at = if in_org {
                        r.org == place
                    } else {
                        r.org == 0 && r.country == place
                    };
                    held_at && accept(r) && r.held_on(date)
                })
                .min_by_key(|r| role_rank(r.kind))
            {
                found.push((i, r));
            }
        }
        stable_sort::sort_by_key(&mut found, |(_, r)| role_rank(r.kind));
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
    let at = data::ROLE_PLACES
        .binary_search_by(|&(in_org, code, _)| (in_org, code).cmp(&key))
        .ok()?;
    Some(data::ROLE_PLACES[at].2)
}

/// The index of the person with this id, bisecting the people in id order.
fn person_by_id(id: &str) -> Option<PersonIdx> {
    let at = data::ID_ORDER
        .binary_search_by(|&i| PEOPLE[usize::from(i)].id().cmp(id))
        .ok()?;
    Some(PersonIdx::from(data::ID_ORDER[at]))
}

/// A hasher for short keys: FNV-1a, much faster than the default for words of a few bytes, and
/// the words are the knowledge base's own (no untrusted keys to collide on purpose).
#[derive(Default)]
struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { FNV_OFFSET } else { self.0 };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
        }
        self.0 = h;
    }
}

/// FNV-1a's 64-bit offset basis and prime.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

type WordIndex = HashMap<&'static str, (u8, u8), BuildHasherDefault<WordHasher>>;

/// The words of the names' lookup keys with the longest names (in words) each starts and ends,
/// built at first use from the keys of [`data::NAMES`]: compiling them as a table of their own
/// repeated every word's text in the wasm (21,706 bytes gzip).
fn name_words() -> &'static WordIndex {
    static WORDS: OnceLock<WordIndex> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words =
            WordIndex::with_capacity_and_hasher(NAME_WORDS_CAPACITY, Default::default());
        for (_, key) in data::NAMES.keys() {
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

/// The entries a name slot points at.
fn name_entries(slot: usize) -> &'static [NameEntry] {
    let c = slot / NAME_CHECKPOINT;
    let start = usize::from(data::NAME_ENTRY_STARTS[c])
        + data::NAMES.values[c * NAME_CHECKPOINT..slot]
            .iter()
            .map(|s| usize::from(s.0))
            .sum::<usize>();
    &data::NAME_ENTRIES[start..start + usize::from(data::NAMES.values[slot].0)]
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
                let senior = |r: &RoleRecord| r.kind.leads_state() || r.kind == RoleKind::OrgHead;
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
    fn every_compiled_name_key_is_found_under_itself() {
        for (slot, key) in data::NAMES.keys() {
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
                kb.lookup(&key).iter().any(|e| e.person == i),
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
        for (_, key) in data::NAMES.keys() {
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
                    assert_eq!(Date::parse(&padded).unwrap().code(), r.since, "{}", p.id());
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
        assert_eq!(kb.country("venezuelan").map(|c| c.iso2), Some("VE"));
        assert_eq!(kb.country("british").map(|c| c.iso2), Some("GB"));
        assert_eq!(kb.country_noun("u.s.").map(|c| c.iso2), Some("US"));
        assert!(
            kb.country_noun("russian").is_none(),
            "adjectives are not nouns"
        );
        assert_eq!(kb.capital("moscow").map(|c| c.iso2), Some("RU"));
        assert_eq!(kb.capital("kyiv").map(|c| c.iso2), Some("UA"));
        let (who, caps) = kb.org_form("who").unwrap();
        assert_eq!(who.code, "WHO");
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
        assert!(kb.lookup("vladimir putin").iter().all(|e| e.person != idx));
        assert!(kb.lookup("putin").iter().all(|e| e.person != idx));
        assert!(kb.people().all(|(i, _)| i != idx));
    }
}
