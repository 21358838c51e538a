//! Compiles the knowledge base in `data/kb/` into one binary file, `kb.bin` in `OUT_DIR`, laid out
//! as `src/people/kb_format.rs` says: the core reads it in place (native builds embed it, the wasm
//! is handed it at start), so it parses no JSON and builds no table at start-up.
//!
//! The data files are written by `tools/kb/convert.py` (see `docs/knowledge-base.md`). Fields whose
//! only sources are share-alike (CC BY-SA, ODbL) are left out unless the `share-alike` feature is on.
//!
//! The compiled form is compact: every string once in one pool (`STRINGS`, cut by `STRING_LENS`),
//! fixed-width records that hold 16-bit string and record indices, and the lookup tables that
//! mention finding needs (names, country forms, organisations, ids): keys sorted by bucket (their
//! first two bytes) then bytes, so a lookup reads its bucket's short run and bisects it. The words
//! of the names are not compiled: src/people/kb/ derives them from the names' keys at first use.
//! The key folding and the bucket come from `src/people/keys.rs`, the same code the runtime uses.

#[allow(dead_code)]
#[path = "src/text/chars.rs"]
mod chars;
#[allow(dead_code)]
#[path = "src/people/kb_format.rs"]
mod kb_format;
#[path = "src/people/keys.rs"]
mod keys;
/// `keys.rs` reaches the folding as `crate::text::chars`, as in the library.
mod text {
    pub(crate) use super::chars;
}

use kb_format as f;
use kb_format::{Layout, NAME_CHECKPOINT, NO_COUNTRY, PEOPLE_CHECKPOINT};
use keys::{key_bucket, name_key, KEY_BUCKETS};

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

#[derive(Deserialize)]
struct Person {
    id: String,
    name: String,
    #[serde(default)]
    native_names: Vec<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    ambiguous_aliases: Vec<String>,
    party: Option<String>,
    #[serde(default)]
    description: Option<String>,
    wikipedia: Option<String>,
    #[serde(default)]
    roles: Vec<Role>,
    #[serde(default)]
    sources: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct Role {
    title: String,
    #[serde(default)]
    office: Option<String>,
    kind: String,
    country: Option<String>,
    org: Option<String>,
    #[serde(default)]
    host: Option<String>,
    since: Option<String>,
    until: Option<String>,
    as_of: Option<String>,
    source: String,
}

#[derive(Deserialize)]
struct Countries {
    countries: Vec<Country>,
}

#[derive(Deserialize)]
struct Country {
    iso2: String,
    name: String,
    #[serde(default)]
    alt_names: Vec<String>,
    #[serde(default)]
    adjectivals: Vec<String>,
    #[serde(default)]
    demonyms: Vec<String>,
    #[serde(default)]
    flag: Option<String>,
    #[serde(default)]
    un_member: bool,
    #[serde(default)]
    capital: Option<String>,
    #[serde(default)]
    sources: BTreeMap<String, serde_json::Value>,
}

#[derive(Deserialize)]
struct Orgs {
    orgs: Vec<Org>,
}

#[derive(Deserialize)]
struct Org {
    code: String,
    name: String,
    #[serde(default)]
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct Sources {
    sources: BTreeMap<String, SourceInfo>,
}

#[derive(Deserialize)]
struct SourceInfo {
    title: String,
    #[serde(default)]
    licence: String,
    #[serde(default)]
    as_of: Option<String>,
    #[serde(default)]
    share_alike: bool,
    #[serde(default)]
    odbl: bool,
}

/// The data's role kinds, in the declaration order of `RoleKind` in src/people/kb/mod.rs: a role
/// record stores the kind as its index here.
const ROLE_KINDS: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "head_of_state_and_government",
    "co_head_of_state",
    "deputy",
    "representative",
    "government_member",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "ambassador",
    "envoy",
    "spokesperson",
    "org_head",
    "org_deputy",
];

fn date_code(d: &Option<String>, end: bool) -> u32 {
    let Some(d) = d else {
        return if end { u32::MAX } else { 0 };
    };
    let parts: Vec<u32> = d
        .split('-')
        .map(|p| p.parse().unwrap_or_else(|_| panic!("bad date {d}")))
        .collect();
    let (y, m, day) = match parts.as_slice() {
        [y] => (*y, if end { 12 } else { 1 }, if end { 31 } else { 1 }),
        [y, m] => (*y, *m, if end { 31 } else { 1 }),
        [y, m, d] => (*y, *m, *d),
        _ => panic!("bad date {d}"),
    };
    y * 10000 + m * 100 + day
}

/// Noun forms of countries (never adjectives) that news text uses and the country data lacks:
/// what "of …" and "…'s" may name.
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

/// Extra country forms (names, adjectives) that news text uses and the country data lacks.
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

/// Non-member states whose capitals news text uses for their governments.
const CAPITALS_OF_NON_MEMBERS: &[&str] = &["TW", "PS", "XK", "VA"];

/// Every string of the compiled knowledge base, once (table keys excepted); index 0 is the empty
/// string. Written as the text and each string's length in a byte: the strings follow each other,
/// so src/people/kb/file.rs works out their starts once at load (no offset per string in the file).
struct Pool {
    text: String,
    lens: Vec<u8>,
    ids: HashMap<String, u16>,
}

impl Pool {
    fn new() -> Pool {
        Pool {
            text: String::new(),
            lens: vec![0],
            ids: HashMap::from([(String::new(), 0)]),
        }
    }

    /// The index of `s`, adding it when new.
    fn id(&mut self, s: &str) -> u16 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = self.push(s);
        self.ids.insert(s.to_string(), id);
        id
    }

    /// Adds `s` as a new string even if the pool has it: the keys of a table must be contiguous.
    fn push(&mut self, s: &str) -> u16 {
        let id = u16::try_from(self.lens.len())
            .expect("more than 65535 strings: widen StrId in src/people/kb/mod.rs");
        self.text.push_str(s);
        self.lens.push(
            u8::try_from(s.len())
                .unwrap_or_else(|_| panic!("string of over 255 bytes in the knowledge base: {s}")),
        );
        id
    }
}

/// One record of `layout`, its fields written by `put` (a field's width follows from the offsets).
struct Record {
    bytes: Vec<u8>,
}

impl Record {
    fn new<const N: usize>(layout: &Layout<N>) -> Record {
        Record {
            bytes: vec![0; layout.width],
        }
    }

    fn u8(mut self, at: usize, v: u8) -> Record {
        self.bytes[at] = v;
        self
    }

    fn u16(mut self, at: usize, v: u16) -> Record {
        self.bytes[at..at + 2].copy_from_slice(&v.to_le_bytes());
        self
    }

    fn u32(mut self, at: usize, v: u32) -> Record {
        self.bytes[at..at + 4].copy_from_slice(&v.to_le_bytes());
        self
    }
}

/// The sections of the file being written, each a byte array.
struct Sections(Vec<Vec<u8>>);

impl Sections {
    fn push(&mut self, section: usize, record: Record) {
        self.0[section].extend_from_slice(&record.bytes);
    }

    fn u16s(&mut self, section: usize, values: &[u16]) {
        for v in values {
            self.0[section].extend_from_slice(&v.to_le_bytes());
        }
    }

    /// The whole file: header (with each section's place and the checksum), then the sections.
    fn file(self) -> Vec<u8> {
        let mut body = Vec::new();
        let mut places = Vec::new();
        for (i, s) in self.0.iter().enumerate() {
            assert_eq!(
                s.len() % f::SECTION_WIDTHS[i],
                0,
                "section {i}: partial record"
            );
            places.push(((f::HEADER_LEN + body.len()) as u32, s.len() as u32));
            body.extend_from_slice(s);
        }
        let mut out = Vec::with_capacity(f::HEADER_LEN + body.len());
        out.extend_from_slice(&f::MAGIC);
        out.extend_from_slice(&f::VERSION.to_le_bytes());
        out.extend_from_slice(&((f::HEADER_LEN + body.len()) as u32).to_le_bytes());
        out.extend_from_slice(&f::checksum(&body).to_le_bytes());
        for (at, len) in places {
            out.extend_from_slice(&at.to_le_bytes());
            out.extend_from_slice(&len.to_le_bytes());
        }
        assert_eq!(out.len(), f::HEADER_LEN);
        out.extend_from_slice(&body);
        out
    }
}

/// Writes a lookup table: `entries` are (key, value record); keys must be distinct. The keys go
/// into the pool as one run sorted by (bucket, bytes), so the table needs no key array: key `i`
/// is pool string `first + i`. Returns `first`.
fn emit_table(
    sections: &mut Sections,
    pool: &mut Pool,
    starts_section: usize,
    values_section: usize,
    entries: Vec<(String, Record)>,
) -> u32 {
    let mut entries = entries;
    entries.sort_by(|a, b| (key_bucket(&a.0), &a.0).cmp(&(key_bucket(&b.0), &b.0)));
    let mut starts = vec![0u16; KEY_BUCKETS + 1];
    for (key, _) in &entries {
        starts[key_bucket(key) + 1] += 1;
    }
    for b in 0..KEY_BUCKETS {
        starts[b + 1] = starts[b]
            .checked_add(starts[b + 1])
            .expect("more than 65535 keys in one table");
    }
    let first = pool.lens.len() as u32;
    for (key, value) in entries {
        pool.push(&key);
        sections.push(values_section, value);
    }
    sections.u16s(starts_section, &starts);
    first
}

fn main() {
    // NEWS_CONTEXT_KB_DIR lets a developer build against other data files (e.g. a fresh export).
    println!("cargo:rerun-if-env-changed=NEWS_CONTEXT_KB_DIR");
    let dir_buf = std::env::var("NEWS_CONTEXT_KB_DIR").unwrap_or_else(|_| "data/kb".to_string());
    let dir = Path::new(&dir_buf);
    for f in [
        "people.jsonl",
        "countries.json",
        "orgs.json",
        "sources.json",
    ] {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
    }
    for f in [
        "build.rs",
        "src/people/kb_format.rs",
        "src/people/keys.rs",
        "src/text/chars.rs",
    ] {
        println!("cargo:rerun-if-changed={f}");
    }
    let keep_share_alike = std::env::var_os("CARGO_FEATURE_SHARE_ALIKE").is_some();
    let read = |f: &str| {
        std::fs::read_to_string(dir.join(f))
            .unwrap_or_else(|e| panic!("{}: {e} (run `make kb`)", dir.join(f).display()))
    };
    let sources: Sources =
        serde_json::from_str(&read("sources.json")).expect("data/kb/sources.json");
    let restricted: BTreeSet<&str> = sources
        .sources
        .iter()
        .filter(|(_, s)| !keep_share_alike && (s.share_alike || s.odbl))
        .map(|(k, _)| k.as_str())
        .collect();
    // A field is kept when at least one of its sources may be shipped.
    let allowed = |keys: Option<&Vec<String>>| -> bool {
        match keys {
            None => true,
            Some(keys) if keys.is_empty() => true,
            Some(keys) => keys
                .iter()
                .any(|k| k.split('+').all(|p| !restricted.contains(p))),
        }
    };

    let mut out = Sections(vec![Vec::new(); f::SECTIONS]);
    let mut pool = Pool::new();

    // Sources.
    let at = f::SOURCE.at;
    let mut source_texts = String::new();
    for (key, s) in &sources.sources {
        let mut record = Record::new(&f::SOURCE).u8(at[4], u8::from(s.share_alike || s.odbl));
        for (field, text) in [
            &s.title,
            &s.licence,
            s.as_of.as_ref().unwrap_or(&String::new()),
            key,
        ]
        .into_iter()
        .enumerate()
        .map(|(i, t)| ([1, 2, 3, 0][i], t))
        {
            record = record.u32(at[field], source_texts.len() as u32).u16(
                at[field] + 4,
                u16::try_from(text.len()).expect("source text over 64 KB"),
            );
            source_texts.push_str(text);
        }
        out.push(f::SOURCE_RECORDS, record);
    }
    out.0[f::SOURCE_TEXTS] = source_texts.into_bytes();

    // Countries, and the forms that name them.
    let countries: Countries =
        serde_json::from_str(&read("countries.json")).expect("data/kb/countries.json");
    assert!(
        countries.countries.len() < usize::from(NO_COUNTRY),
        "too many countries for the u8 slots of the compiled tables"
    );
    let country_idx = |iso: &str| -> u8 {
        countries
            .countries
            .iter()
            .position(|c| c.iso2 == iso)
            .unwrap_or_else(|| panic!("no country {iso} in countries.json")) as u8
    };
    // Folded form → (any form incl. adjectives, noun form, capital).
    let mut country_forms: BTreeMap<String, [u8; 3]> = BTreeMap::new();
    let mut slot = |key: String, which: usize, idx: u8, overwrite: bool| {
        if key.is_empty() {
            return;
        }
        let s = country_forms.entry(key).or_insert([NO_COUNTRY; 3]);
        if overwrite || s[which] == NO_COUNTRY {
            s[which] = idx;
        }
    };
    for (ci, c) in countries.countries.iter().enumerate() {
        let ci = ci as u8;
        let field_ok = |f: &str| -> bool {
            match c.sources.get(f) {
                Some(serde_json::Value::Array(a)) => {
                    let keys: Vec<String> = a
                        .iter()
                        .filter_map(|v| v.as_str())
                        .map(|s| s.split(':').next().unwrap_or(s).to_string())
                        .collect();
                    allowed(Some(&keys))
                }
                Some(serde_json::Value::String(s)) => {
                    allowed(Some(&vec![s.split(':').next().unwrap_or(s).to_string()]))
                }
                _ => true,
            }
        };
        let list = |v: &Vec<String>, f: &str| if field_ok(f) { v.clone() } else { Vec::new() };
        let alt_names = list(&c.alt_names, "alt_names");
        for f in std::iter::once(&c.name)
            .chain(&alt_names)
            .chain(&list(&c.adjectivals, "adjectivals"))
            .chain(&list(&c.demonyms, "demonyms"))
        {
            slot(name_key(f), 0, ci, false);
        }
        for f in std::iter::once(&c.name).chain(&alt_names) {
            slot(name_key(f), 1, ci, false);
        }
        // "Washington, D.C.", "Kyiv (Kiev is the transliteration from Russian)": the first part.
        // Capitals of territories ("Gibraltar", "Hong Kong") name places people live, not
        // governments that news text refers to.
        let capital = c.capital.as_deref().unwrap_or("");
        let capital = capital
            .split(['(', ',', ';', '/'])
            .next()
            .unwrap_or("")
            .trim();
        if c.un_member || CAPITALS_OF_NON_MEMBERS.contains(&c.iso2.as_str()) {
            slot(name_key(capital), 2, ci, false);
        }
        let flag = if field_ok("flag") {
            c.flag.as_deref().unwrap_or("")
        } else {
            ""
        };
        let at = f::COUNTRY.at;
        let record = Record::new(&f::COUNTRY)
            .u16(at[0], pool.id(&c.iso2))
            .u16(at[1], pool.id(&c.name))
            .u16(at[2], pool.id(flag))
            .u8(at[3], u8::from(c.un_member));
        out.push(f::COUNTRY_RECORDS, record);
    }
    for (form, iso) in COUNTRY_FORMS {
        slot(form.to_string(), 0, country_idx(iso), true);
    }
    for (form, iso) in COUNTRY_NOUN_FORMS {
        slot(form.to_string(), 1, country_idx(iso), true);
    }
    for (form, iso) in CAPITAL_FORMS {
        slot(form.to_string(), 2, country_idx(iso), true);
    }

    // Organisations.
    let orgs: Orgs = serde_json::from_str(&read("orgs.json")).expect("data/kb/orgs.json");
    assert!(
        orgs.orgs.len() < 256,
        "too many organisations for the u8 slots"
    );
    let mut org_forms: BTreeMap<String, (u8, bool)> = BTreeMap::new();
    for (oi, o) in orgs.orgs.iter().enumerate() {
        let record = Record::new(&f::ORG)
            .u16(f::ORG.at[0], pool.id(&o.code))
            .u16(f::ORG.at[1], pool.id(&o.name));
        out.push(f::ORG_RECORDS, record);
        for f in std::iter::once(&o.name)
            .chain(&o.aliases)
            .chain(std::iter::once(&o.code))
        {
            let k = name_key(f);
            if k.is_empty() {
                continue;
            }
            // Abbreviations that are also English words ("WHO") must be written in capitals.
            let letters: String = f.chars().filter(|c| c.is_alphabetic()).collect();
            let caps = letters.len() <= 5 && letters.chars().all(char::is_uppercase);
            org_forms.entry(k).or_insert((oi as u8, caps));
        }
    }

    // People: records, roles, and the name forms that find them.
    let mut person_strings: Vec<[String; 3]> = Vec::new();
    let mut role_starts: Vec<u16> = Vec::new();
    let mut native_starts: Vec<u16> = Vec::new();
    let mut native_ids: Vec<u16> = Vec::new();
    let mut role_count = 0usize;
    // Where roles are held, for `KnowledgeBase::holders_in`.
    let mut roles_by_place: BTreeSet<(bool, String)> = BTreeSet::new();
    // Folded name → (person, strength: 0 full, 1 surname, 2 ambiguous), in person order.
    let mut names: BTreeMap<String, Vec<(u32, u8)>> = BTreeMap::new();
    let mut ids: Vec<(String, u32)> = Vec::new();
    let mut count = 0u32;
    for (n, line) in read("people.jsonl").lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let p: Person = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("data/kb/people.jsonl:{}: {e}", n + 1));
        let roles: Vec<&Role> = p
            .roles
            .iter()
            .filter(|r| allowed(Some(&vec![r.source.clone()])))
            .collect();
        if roles.is_empty() {
            continue;
        }
        let keep = |f: &str| allowed(p.sources.get(f));
        let id = if p.id.starts_with('Q') && !keep("wikidata") {
            format!("kb:{}", p.id)
        } else {
            p.id.clone()
        };
        let native = if keep("native_names") {
            p.native_names.clone()
        } else {
            Vec::new()
        };
        let aliases = if keep("aliases") {
            p.aliases.clone()
        } else {
            Vec::new()
        };
        let party = if keep("party") {
            p.party.clone().unwrap_or_default()
        } else {
            String::new()
        };
        let wiki = if keep("wikipedia") {
            p.wikipedia.clone().unwrap_or_default()
        } else {
            String::new()
        };
        // Strings in the order a reader of the card meets them: neighbours compress together.
        // Id, name and Wikipedia title go into one run after the loop, three strings a person:
        // the records then need no index for them (`PERSON_STRINGS` in src/people/kb/records.rs).
        person_strings.push([id.clone(), p.name.clone(), String::new()]);
        let native_start = native_ids.len();
        for f in &native {
            let s = pool.id(f);
            native_ids.push(s);
        }
        let party_s = pool.id(&party);
        // A derived description repeats the roles; PersonRecord::description derives it again.
        let derived = p
            .sources
            .get("description")
            .is_some_and(|s| s == &["derived"]);
        let description = if derived {
            ""
        } else {
            p.description.as_deref().unwrap_or("")
        };
        let description_s = pool.id(description);
        person_strings.last_mut().expect("pushed above")[2] = wiki;
        let forms = std::iter::once(&p.name)
            .chain(&aliases)
            .chain(&native)
            .map(|f| (f, false))
            .chain(p.ambiguous_aliases.iter().map(|f| (f, true)));
        for (form, ambiguous) in forms {
            let key = name_key(form);
            if key.is_empty() {
                continue;
            }
            let strength = if ambiguous {
                2
            } else if key.contains(' ') {
                0
            } else {
                1
            };
            let list = names.entry(key).or_default();
            match list.iter_mut().find(|e| e.0 == count) {
                Some(e) if strength < e.1 => e.1 = strength,
                Some(_) => {}
                None => list.push((count, strength)),
            }
        }
        if usize::try_from(count).unwrap() % PEOPLE_CHECKPOINT == 0 {
            role_starts.push(u16::try_from(role_count).expect("too many roles"));
            native_starts.push(u16::try_from(native_start).expect("too many native names"));
        }
        for r in &roles {
            let kind = ROLE_KINDS
                .iter()
                .position(|k| *k == r.kind)
                .unwrap_or_else(|| panic!("{}: unknown role kind {}", p.id, r.kind));
            let at = f::ROLE.at;
            let mut record = Record::new(&f::ROLE);
            // Pool order as a reader meets the strings: neighbours compress together.
            for (field, text) in [
                (3, r.title.as_str()),
                (4, r.office.as_deref().unwrap_or("")),
                (5, r.country.as_deref().unwrap_or("")),
                (6, r.org.as_deref().unwrap_or("")),
                (7, r.host.as_deref().unwrap_or("")),
                (8, r.source.as_str()),
            ] {
                record = record.u16(at[field], pool.id(text));
            }
            let record = record
                .u32(at[0], date_code(&r.since, false))
                .u32(at[1], date_code(&r.until, true))
                .u32(at[2], date_code(&r.as_of, true))
                .u8(at[9], kind as u8)
                .u8(
                    at[10],
                    r.since.as_deref().map_or(0, |s| s.split('-').count()) as u8,
                );
            out.push(f::ROLE_RECORDS, record);
            let place = match r.org.as_deref() {
                Some(org) if !org.is_empty() => (true, org.to_string()),
                _ => (false, r.country.clone().unwrap_or_default()),
            };
            roles_by_place.insert(place);
            role_count += 1;
        }
        let at = f::PERSON.at;
        let record = Record::new(&f::PERSON)
            .u8(
                at[0],
                u8::try_from(native.len()).expect("too many native names for one person"),
            )
            .u8(
                at[1],
                u8::try_from(roles.len()).expect("too many roles for one person"),
            )
            .u16(at[2], party_s)
            .u16(at[3], description_s);
        out.push(f::PERSON_RECORDS, record);
        ids.push((id, count));
        count += 1;
    }
    assert!(
        count < u32::from(u16::MAX),
        "too many people for the u16 owner slots"
    );
    let person_first = pool.lens.len() as u32;
    for strings in &person_strings {
        for s in strings {
            pool.push(s);
        }
    }
    out.u16s(f::PERSON_ROLE_STARTS, &role_starts);
    out.u16s(f::PERSON_NATIVE_STARTS, &native_starts);
    out.u16s(f::NATIVE_NAMES, &native_ids);
    // The places roles are held at, sorted by (in an organisation, code), with the code's pool
    // index: `KnowledgeBase::holders_in` compares that index with each role's, building nothing.
    for (in_org, code) in &roles_by_place {
        let record = Record::new(&f::ROLE_PLACE)
            .u8(f::ROLE_PLACE.at[0], u8::from(*in_org))
            .u16(f::ROLE_PLACE.at[1], pool.id(code));
        out.push(f::ROLE_PLACES, record);
    }

    // A form that several people share needs evidence, whatever the data says; when exactly one
    // of them has it as an unambiguous form, that person is its owner, the default ("Obama").
    // Entries in the table's key order (bucket, then bytes), so that a slot needs no start: the
    // start of slot `i` is a checkpoint plus the lengths of the slots before it.
    let mut name_slots: Vec<(String, Record)> = Vec::new();
    let mut entry_starts: Vec<u16> = Vec::new();
    let mut entry_count = 0usize;
    let mut keys: Vec<&String> = names.keys().collect();
    keys.sort_by(|a, b| (key_bucket(a), a).cmp(&(key_bucket(b), b)));
    for key in keys {
        let mut list = names[key].clone();
        let mut owner = 0u16;
        if list.len() > 1 {
            let strong: Vec<u32> = list.iter().filter(|e| e.1 != 2).map(|e| e.0).collect();
            if let [o] = strong.as_slice() {
                owner = *o as u16 + 1;
            }
            for e in &mut list {
                e.1 = 2;
            }
        }
        if name_slots.len() % NAME_CHECKPOINT == 0 {
            entry_starts.push(u16::try_from(entry_count).expect("too many name entries"));
        }
        for &(person, strength) in &list {
            let record = Record::new(&f::NAME_ENTRY)
                .u16(f::NAME_ENTRY.at[0], person as u16)
                .u8(f::NAME_ENTRY.at[1], strength);
            out.push(f::NAME_ENTRIES, record);
            entry_count += 1;
        }
        let slot = Record::new(&f::NAME_SLOT)
            .u8(
                f::NAME_SLOT.at[0],
                u8::try_from(list.len()).expect("over 255 people share one name form"),
            )
            .u16(f::NAME_SLOT.at[1], owner);
        name_slots.push((key.clone(), slot));
    }
    out.u16s(f::NAME_ENTRY_STARTS, &entry_starts);
    let names_first = emit_table(
        &mut out,
        &mut pool,
        f::NAMES_STARTS,
        f::NAMES_VALUES,
        name_slots,
    );
    let country_slots: Vec<(String, Record)> = country_forms
        .into_iter()
        .map(|(k, slots)| {
            let at = f::COUNTRY_SLOT.at;
            let record = Record::new(&f::COUNTRY_SLOT)
                .u8(at[0], slots[0])
                .u8(at[1], slots[1])
                .u8(at[2], slots[2]);
            (k, record)
        })
        .collect();
    let country_forms_first = emit_table(
        &mut out,
        &mut pool,
        f::COUNTRY_FORMS_STARTS,
        f::COUNTRY_FORMS_VALUES,
        country_slots,
    );
    let org_slots: Vec<(String, Record)> = org_forms
        .into_iter()
        .map(|(k, (o, caps))| {
            let record = Record::new(&f::ORG_SLOT)
                .u8(f::ORG_SLOT.at[0], o)
                .u8(f::ORG_SLOT.at[1], u8::from(caps));
            (k, record)
        })
        .collect();
    let org_forms_first = emit_table(
        &mut out,
        &mut pool,
        f::ORG_FORMS_STARTS,
        f::ORG_FORMS_VALUES,
        org_slots,
    );
    // People by id, for `by_id` to bisect: the file is sorted by id, but ids rewritten without
    // the share-alike Wikidata field ("kb:Q…") may move.
    ids.sort();
    let id_order: Vec<u16> = ids.iter().map(|(_, i)| *i as u16).collect();
    out.u16s(f::ID_ORDER, &id_order);

    let mut scalars = [0u32; f::SCALAR_COUNT];
    scalars[f::SCALAR_PERSON_STRINGS] = person_first;
    scalars[f::SCALAR_NAMES_FIRST] = names_first;
    scalars[f::SCALAR_COUNTRY_FORMS_FIRST] = country_forms_first;
    scalars[f::SCALAR_ORG_FORMS_FIRST] = org_forms_first;
    for v in scalars {
        out.0[f::SCALARS].extend_from_slice(&v.to_le_bytes());
    }
    out.0[f::STRINGS] = pool.text.into_bytes();
    out.0[f::STRING_LENS] = pool.lens;
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("kb.bin");
    std::fs::write(dest, out.file()).unwrap();
}
