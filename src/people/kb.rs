//! The knowledge base of leaders and officials, compiled into the binary by `build.rs`.
//!
//! Records are plain statics (no parsing at start-up); [`KnowledgeBase`] adds the lookup tables that
//! mention finding needs, built once on first use. Roles carry `since`/`until` and an "as of" date so
//! that a name resolves to the role its holder had *at the article's date*.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::engine::Date;
use crate::text::chars::fold;

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

/// One role a person held, with its dates as `yyyymmdd` numbers (`0` = unknown start,
/// `u32::MAX` = open).
#[derive(Debug)]
pub struct RoleRecord {
    /// Display title ("President of Venezuela").
    pub title: &'static str,
    /// Normalised office ("president", "prime minister", "foreign minister", …).
    pub office: &'static str,
    /// The kind of role.
    pub kind: RoleKind,
    /// ISO2 of the state, or empty.
    pub country: &'static str,
    /// Code of the international organisation, or empty.
    pub org: &'static str,
    /// ISO2 of the state an ambassador or envoy is posted to, or empty.
    pub host: &'static str,
    /// Start date as `yyyymmdd`; partial dates start at the period's beginning.
    pub since: u32,
    /// End date as `yyyymmdd`, or `u32::MAX` when open on `as_of`.
    pub until: u32,
    /// The date of the snapshot that last asserted the role.
    pub as_of: u32,
    /// Key of the source in [`SOURCES`].
    pub source: &'static str,
    /// The start date as the source gives it (`2013`, `2013-04`, `2013-04-19`), for display.
    pub since_text: &'static str,
}

/// How long after its "as of" date an open role is still trusted to hold: beyond this, the
/// knowledge base does not know who holds the office, and says nothing rather than guess.
const OPEN_ROLE_TRUST_DAYS: u32 = 548;

impl RoleRecord {
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

/// A person of the knowledge base.
#[derive(Debug)]
pub struct PersonRecord {
    /// Wikidata Q-id or a stable slug.
    pub id: &'static str,
    /// Display name with diacritics.
    pub name: &'static str,
    /// Names in the person's own script.
    pub native_names: &'static [&'static str],
    /// Unambiguous other names (surname alone, transliterations, ASCII forms).
    pub aliases: &'static [&'static str],
    /// Names that need evidence from the context before they resolve.
    pub ambiguous_aliases: &'static [&'static str],
    /// Party, or empty.
    pub party: &'static str,
    /// One line saying why the person matters.
    pub description: &'static str,
    /// English Wikipedia title, or empty.
    pub wikipedia: &'static str,
    /// Roles, open ones first.
    pub roles: &'static [RoleRecord],
}

impl PersonRecord {
    /// The most senior role held on `date`.
    pub fn role_at(&self, date: Date) -> Option<&'static RoleRecord> {
        self.roles
            .iter()
            .filter(|r| r.held_on(date))
            .min_by_key(|r| role_rank(r.kind))
    }

    /// The most recent role whatever the date: the current one if open, else the last held.
    pub fn latest_role(&self) -> Option<&'static RoleRecord> {
        self.roles
            .iter()
            .max_by_key(|r| (r.until, std::cmp::Reverse(role_rank(r.kind))))
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
    /// Other names ("United States of America", "USA").
    pub alt_names: &'static [&'static str],
    /// Adjectives ("Venezuelan").
    pub adjectivals: &'static [&'static str],
    /// Nouns for the people ("Venezuelans").
    pub demonyms: &'static [&'static str],
    /// Flag emoji, or empty.
    pub flag: &'static str,
    /// Member of the United Nations.
    pub un_member: bool,
    /// Capital city, or empty.
    pub capital: &'static str,
}

/// An international organisation.
#[derive(Debug)]
pub struct OrgRecord {
    /// Short code used in roles ("UN", "NATO").
    pub code: &'static str,
    /// Full name.
    pub name: &'static str,
    /// Other names and abbreviations.
    pub aliases: &'static [&'static str],
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

mod data {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/kb_data.rs"));
}
pub use data::{COUNTRIES, ORGS, PEOPLE, PEOPLE_COUNT, SOURCES};

/// Index of a person within one [`KnowledgeBase`].
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

/// The people, countries and organisations, with the lookup tables built from them.
pub struct KnowledgeBase {
    people: Vec<&'static PersonRecord>,
    /// Folded name (words joined by single spaces) → entries.
    names: HashMap<String, Vec<NameEntry>>,
    /// For a form several people share: the one person whose record lists it as unambiguous
    /// (the converter's reviewed `alias_owners`: "Obama" is Barack Obama).
    owners: HashMap<String, PersonIdx>,
    /// Every folded word of every name: where hyphenation repairs look.
    name_words: HashSet<String>,
    /// People whose every role is an ambassador's or a representative's: their surname alone
    /// needs their full name or a title in the same text.
    minor: Vec<bool>,
    /// Folded country names and other noun forms ("Russia", "the U.S.") → country; no adjectives.
    country_nouns: HashMap<String, &'static CountryRecord>,
    /// Folded capitals ("moscow", "new delhi") → country: context, never a qualifier.
    capitals: HashMap<String, &'static CountryRecord>,
    /// Folded organisation names and abbreviations → organisation; the flag says the form must be
    /// written in capitals ("WHO", not "who").
    orgs: HashMap<String, (&'static OrgRecord, bool)>,
    /// Folded first word of any name → the longest name starting with it, in words.
    first_words: HashMap<String, usize>,
    /// Folded single words that end a name: where run-together repairs look.
    last_words: HashMap<String, usize>,
    /// Folded country names, adjectives and demonyms → ISO2.
    countries: HashMap<String, &'static CountryRecord>,
}

impl std::fmt::Debug for KnowledgeBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "KnowledgeBase({} people)", self.people.len())
    }
}

/// Noun forms of countries (never adjectives): what "of …" and "…'s" may name.
const COUNTRY_NOUN_FORMS: &[(&str, &str)] = &[
    ("us", "US"),
    ("u.s.", "US"),
    ("usa", "US"),
    ("america", "US"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("uk", "GB"),
    ("u.k.", "GB"),
    ("britain", "GB"),
    ("great britain", "GB"),
    ("united kingdom", "GB"),
];

/// Capitals as news text writes them, where the country data has another form.
const CAPITAL_FORMS: &[(&str, &str)] = &[
    ("washington", "US"),
    ("kiev", "UA"),
    ("kyiv", "UA"),
    ("new delhi", "IN"),
    ("delhi", "IN"),
    ("beijing", "CN"),
    ("tehran", "IR"),
    ("pyongyang", "KP"),
    ("seoul", "KR"),
];

/// Extra country forms that news text uses and country data lacks.
const COUNTRY_FORMS: &[(&str, &str)] = &[
    ("us", "US"),
    ("u.s.", "US"),
    ("usa", "US"),
    ("america", "US"),
    ("american", "US"),
    ("united states", "US"),
    ("uk", "GB"),
    ("u.k.", "GB"),
    ("britain", "GB"),
    ("british", "GB"),
    ("great britain", "GB"),
    ("united kingdom", "GB"),
    ("russia", "RU"),
    ("russian", "RU"),
    ("belarus", "BY"),
    ("belarusian", "BY"),
    ("belarussian", "BY"),
    ("south korea", "KR"),
    ("south korean", "KR"),
    ("north korea", "KP"),
    ("north korean", "KP"),
    ("iran", "IR"),
    ("iranian", "IR"),
    ("syria", "SY"),
    ("venezuela", "VE"),
    ("taiwan", "TW"),
    ("taiwanese", "TW"),
    ("palestinian", "PS"),
    ("kosovo", "XK"),
    ("kosovar", "XK"),
    ("vatican", "VA"),
    ("holy see", "VA"),
];

impl KnowledgeBase {
    /// The compiled knowledge base, built on first use and shared.
    pub fn builtin() -> &'static KnowledgeBase {
        static KB: OnceLock<KnowledgeBase> = OnceLock::new();
        KB.get_or_init(|| KnowledgeBase::from_people(PEOPLE.iter().collect()))
    }

    /// A knowledge base over the given people (the compiled countries and organisations are kept).
    /// Tests use it to leave someone out.
    pub fn from_people(people: Vec<&'static PersonRecord>) -> KnowledgeBase {
        let minor = people
            .iter()
            .map(|p| {
                !p.roles.is_empty()
                    && p.roles
                        .iter()
                        .all(|r| matches!(r.kind, RoleKind::Ambassador | RoleKind::Representative))
            })
            .collect();
        let mut kb = KnowledgeBase {
            people,
            names: HashMap::new(),
            owners: HashMap::new(),
            name_words: HashSet::new(),
            minor,
            first_words: HashMap::new(),
            last_words: HashMap::new(),
            countries: HashMap::new(),
            country_nouns: HashMap::new(),
            capitals: HashMap::new(),
            orgs: HashMap::new(),
        };
        kb.index_names();
        kb.index_countries();
        kb.index_orgs();
        kb
    }

    /// The compiled knowledge base without the people whose id is in `ids`.
    pub fn builtin_without(ids: &[&str]) -> KnowledgeBase {
        KnowledgeBase::from_people(PEOPLE.iter().filter(|p| !ids.contains(&p.id)).collect())
    }

    fn index_names(&mut self) {
        let mut names: HashMap<String, Vec<NameEntry>> = HashMap::new();
        for (i, p) in self.people.iter().enumerate() {
            let person = i as PersonIdx;
            let forms = std::iter::once(p.name)
                .chain(p.aliases.iter().copied())
                .chain(p.native_names.iter().copied())
                .map(|f| (f, false))
                .chain(p.ambiguous_aliases.iter().map(|f| (*f, true)));
            for (form, ambiguous) in forms {
                let key = name_key(form);
                if key.is_empty() {
                    continue;
                }
                let words = key.split(' ').count();
                let strength = if ambiguous {
                    NameStrength::Ambiguous
                } else if words > 1 {
                    NameStrength::Full
                } else {
                    NameStrength::Surname
                };
                let list = names.entry(key).or_default();
                match list.iter_mut().find(|e| e.person == person) {
                    Some(e) if strength < e.strength => e.strength = strength,
                    Some(_) => {}
                    None => list.push(NameEntry { person, strength }),
                }
            }
        }
        // A form that several people share needs evidence, whatever the data says; when exactly
        // one of them has it as an unambiguous form, that person is the default ("Obama").
        for (key, list) in names.iter_mut() {
            if list.len() > 1 {
                let strong: Vec<PersonIdx> = list
                    .iter()
                    .filter(|e| e.strength != NameStrength::Ambiguous)
                    .map(|e| e.person)
                    .collect();
                if let [owner] = strong.as_slice() {
                    self.owners.insert(key.clone(), *owner);
                }
                for e in list.iter_mut() {
                    e.strength = e.strength.max(NameStrength::Ambiguous);
                }
            }
        }
        for key in names.keys() {
            for w in key.split(' ') {
                self.name_words.insert(w.to_string());
            }
        }
        for key in names.keys() {
            let mut words = key.split(' ');
            let first = words.next().unwrap_or_default().to_string();
            let n = key.split(' ').count();
            let slot = self.first_words.entry(first).or_insert(0);
            *slot = (*slot).max(n);
            let last = key.rsplit(' ').next().unwrap_or_default().to_string();
            let slot = self.last_words.entry(last).or_insert(0);
            *slot = (*slot).max(n);
        }
        self.names = names;
    }

    fn index_countries(&mut self) {
        for c in COUNTRIES {
            let forms = std::iter::once(c.name)
                .chain(c.alt_names.iter().copied())
                .chain(c.adjectivals.iter().copied())
                .chain(c.demonyms.iter().copied());
            for f in forms {
                let k = name_key(f);
                if !k.is_empty() {
                    self.countries.entry(k).or_insert(c);
                }
            }
        }
        for (form, iso) in COUNTRY_FORMS {
            if let Some(c) = COUNTRIES.iter().find(|c| c.iso2 == *iso) {
                self.countries.insert(form.to_string(), c);
            }
        }
        for c in COUNTRIES {
            for f in std::iter::once(c.name).chain(c.alt_names.iter().copied()) {
                let k = name_key(f);
                if !k.is_empty() {
                    self.country_nouns.entry(k).or_insert(c);
                }
            }
            // "Washington, D.C.", "Kyiv (Kiev is the transliteration from Russian)": the first part.
            let capital = c
                .capital
                .split(['(', ',', ';', '/'])
                .next()
                .unwrap_or("")
                .trim();
            let k = name_key(capital);
            // Capitals of territories ("Gibraltar", "Hong Kong") name places people live, not
            // governments that news text refers to.
            if !k.is_empty() && (c.un_member || matches!(c.iso2, "TW" | "PS" | "XK" | "VA")) {
                self.capitals.entry(k).or_insert(c);
            }
        }
        for (form, iso) in COUNTRY_NOUN_FORMS {
            if let Some(c) = COUNTRIES.iter().find(|c| c.iso2 == *iso) {
                self.country_nouns.insert(form.to_string(), c);
            }
        }
        for (form, iso) in CAPITAL_FORMS {
            if let Some(c) = COUNTRIES.iter().find(|c| c.iso2 == *iso) {
                self.capitals.insert(form.to_string(), c);
            }
        }
    }

    fn index_orgs(&mut self) {
        for o in ORGS {
            for f in std::iter::once(o.name)
                .chain(o.aliases.iter().copied())
                .chain(std::iter::once(o.code))
            {
                let k = name_key(f);
                if k.is_empty() {
                    continue;
                }
                // Abbreviations that are also English words ("WHO") must be written in capitals.
                let letters: String = f.chars().filter(|c| c.is_alphabetic()).collect();
                let caps = letters.len() <= 5 && letters.chars().all(char::is_uppercase);
                self.orgs.entry(k).or_insert((o, caps));
            }
        }
    }

    /// Number of people.
    pub fn len(&self) -> usize {
        self.people.len()
    }

    /// True when there are no people.
    pub fn is_empty(&self) -> bool {
        self.people.is_empty()
    }

    /// The person at `idx`.
    pub fn person(&self, idx: PersonIdx) -> &'static PersonRecord {
        self.people[idx as usize]
    }

    /// All people.
    pub fn people(&self) -> impl Iterator<Item = (PersonIdx, &'static PersonRecord)> + '_ {
        self.people
            .iter()
            .enumerate()
            .map(|(i, p)| (i as PersonIdx, *p))
    }

    /// The person with this id (as the analysis JSON gives it).
    pub fn by_id(&self, id: &str) -> Option<&'static PersonRecord> {
        self.people.iter().find(|p| p.id == id).copied()
    }

    /// The entries for a folded name key (words joined by one space).
    pub fn lookup(&self, key: &str) -> &[NameEntry] {
        self.names.get(key).map_or(&[], Vec::as_slice)
    }

    /// The most words a name starting with this folded word can have (0 when none starts with it).
    pub fn max_words_from(&self, first: &str) -> usize {
        self.first_words.get(first).copied().unwrap_or(0)
    }

    /// True when some name ends with this folded word.
    pub fn is_last_word(&self, word: &str) -> bool {
        self.last_words.contains_key(word)
    }

    /// The country a folded name, adjective or demonym refers to.
    pub fn country(&self, key: &str) -> Option<&'static CountryRecord> {
        self.countries.get(key).copied()
    }

    /// The country a folded noun form names ("russia", "the united states"), never an adjective.
    pub fn country_noun(&self, key: &str) -> Option<&'static CountryRecord> {
        self.country_nouns.get(key).copied()
    }

    /// The country whose capital a folded word or phrase names ("moscow", "new delhi").
    pub fn capital(&self, key: &str) -> Option<&'static CountryRecord> {
        self.capitals.get(key).copied()
    }

    /// The organisation a folded name or abbreviation names, and whether the form must be written
    /// in capitals to count ("WHO").
    pub fn org_form(&self, key: &str) -> Option<(&'static OrgRecord, bool)> {
        self.orgs.get(key).copied()
    }

    /// For a form several people share, the one person it means by default ("Obama").
    pub fn owner(&self, key: &str) -> Option<PersonIdx> {
        self.owners.get(key).copied()
    }

    /// True when some name has this folded word (hyphenation repairs join only into such words).
    pub fn is_name_word(&self, word: &str) -> bool {
        self.name_words.contains(word)
    }

    /// True when every role of the person is an ambassador's or a representative's.
    pub fn is_minor(&self, idx: PersonIdx) -> bool {
        self.minor[idx as usize]
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
                .roles
                .iter()
                .filter(|r| r.held_on(date) && accept(r))
                .min_by_key(|r| role_rank(r.kind))
            {
                found.push((i, r));
            }
        }
        found.sort_by_key(|(_, r)| role_rank(r.kind));
        found
    }
}

/// The lookup key of a name: folded words joined by single spaces, without punctuation other than
/// inner apostrophes and dots of initials.
pub fn name_key(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'')) {
        let w = w.trim_matches(|c| c == '\'' || c == '.');
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
