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
//!
//! The parts: `file` opens and checks the file and keeps it; `records` views its fixed-width
//! records in place and reads their fields; this module answers the questions the people layer
//! asks ([`KnowledgeBase`]: names, roles at a date, holders of an office, countries, sources).

mod file;
mod records;

use crate::engine::Date;
use crate::people::kb_format as format;
pub use crate::people::keys::name_key;
use crate::stable_sort;
pub use file::{check_file, is_loaded, load, KbFileError};
use file::{kb, pooled};
use records::field16;
pub use records::{CountryRecord, NameEntry, OrgRecord, PersonRecord, RoleRecord, SourceRecord};
use std::collections::HashMap;
use std::sync::OnceLock;

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

/// Room for the distinct words of the names' keys (about 3,700), so the index never regrows.
const NAME_WORDS_CAPACITY: usize = 4096;

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
/// repeated every word's text (21,706 bytes gzip). Built during the first plan of a freshly
/// started wasm, whose code then runs in V8's baseline compiler, where it is most of that plan's
/// own work (about 4.3 of 5.3 million instructions of a first one-paragraph analysis, callgrind of
/// a native `opt-level = "z"` build): so it reads the keys' text in one pass over its bytes
/// (10,500 words of 5,105 keys), not a `split` and a pool lookup per key.
fn name_words() -> &'static WordIndex {
    static WORDS: OnceLock<WordIndex> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words =
            WordIndex::with_capacity_and_hasher(NAME_WORDS_CAPACITY, Default::default());
        let (text, lens) = kb().names.keys_text();
        let bytes = text.as_bytes();
        let mut at = 0;
        for &len in lens {
            let (start, end) = (at, at + usize::from(len));
            at = end;
            let key = &bytes[start..end];
            let n = u8::try_from(key.iter().filter(|&&b| b == b' ').count() + 1).unwrap_or(u8::MAX);
            let mut from = start;
            for i in start..=end {
                if i < end && bytes[i] != b' ' {
                    continue;
                }
                // A space byte is always a char boundary in UTF-8.
                let slot = words.entry(&text[from..i]).or_insert((0, 0));
                if from == start {
                    slot.0 = slot.0.max(n);
                }
                if i == end {
                    slot.1 = slot.1.max(n);
                }
                from = i + 1;
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
    use super::file::EMBEDDED;
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
