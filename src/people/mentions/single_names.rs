//! Step 4: what each single word or surname refers to (the person fully named nearby, someone
//! unknown, or the knowledge base with enough evidence), and names several people share.

use super::roles::role_phrase_before;
use super::{name_like, Finder, Found, Qualifier, Single, Who};
use crate::people::kb::{NameStrength, PersonIdx};
use crate::people::titles::{office_matches, read_office};
use crate::stable_sort;
use crate::text::calendar;
use crate::text::hashing::FastSet as HashSet;
use crate::text::lists::{is_in, is_in_joined};

/// Words before a month-like name that make it a date ("in May").
const DATE_PREPOSITIONS: &[&str] = &[
    "in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "this",
    "from", "through", "till", "during",
];

/// Everyday English words that are also surnames in the knowledge base: at the start of a
/// sentence or in a heading written in capitals they prove nothing ("Rice prices rose").
const COMMON_WORDS: &str = "\
    rice bush brown young king little hill wood black white green gray grey rich long best love \
    hope just price rock stone bird fox hunt church cook baker hammer savage power major sharp \
    strong noble wise page law mills fisher walker carter bell cross sweet golden field fields \
    lane rose frank grant gold silver steel winter summer spring day knight bishop pope marshall \
    chase hunter porter mason barber butcher turner ward swift moody hale sterling bond shepherd \
    miller early free rule moon sun way lamb mann house ball head hand cash case book song glass \
    plant tax lake store gates banks burns butler man son sen can will may mark grace bar low \
    hart heart trust hall prince duke earl baron lord dean tone verge crouch fore drew cannon \
    kind hay sage salt small short strange tree wolf wild park lee smith cooper turk meta bio \
    nova santa pier christian islam paul john james thomas martin simon daniel joseph charles";

/// Nouns a surname may modify after "the" or "a": "the Maduro government", "a Trump ally". After
/// "the" any other word makes the name something else ("the Petro cryptocurrency").
const NAME_MODIFIED_NOUNS: &str = "\
    government governments administration administrations regime campaign presidency cabinet era \
    years family camp team doctrine plan plans deal agenda policy policies tariff tariffs tax \
    order orders decree decrees proposal initiative envoy envoys adviser advisers advisor \
    advisors aide aides ally allies supporter supporters loyalist loyalists voter voters critic \
    critics opponent opponents base wing faction coalition speech visit trip call meeting summit \
    interview statement comments remarks rally rallies pardon pardons veto impeachment trial \
    case indictment nomination appointee appointees nominee nominees presidential white victory \
    win defeat rule reign legacy years cabinet government's ministers minister spokesman \
    spokeswoman effect factor style playbook effort efforts push threat threats offer demand \
    demands ultimatum announcement press video letter message post posts administration's";

/// Capitalised words that make a preceding surname part of an organisation's or place's name
/// ("Trump Tower", "Brown University").
const ORG_SUFFIXES: &[&str] = &[
    "house",
    "organization",
    "organisation",
    "foundation",
    "tower",
    "towers",
    "hotel",
    "hotels",
    "group",
    "institute",
    "center",
    "centre",
    "library",
    "university",
    "college",
    "airport",
    "street",
    "avenue",
    "square",
    "bridge",
    "stadium",
    "corp",
    "corporation",
    "inc",
    "ltd",
    "llc",
    "media",
    "plaza",
    "building",
    "memorial",
    "museum",
    "prize",
    "award",
    "hall",
    "school",
    "road",
    "boulevard",
    "county",
    "river",
    "falls",
    "lake",
    "island",
    "islands",
    "park",
    "company",
    "co",
    "industries",
    "holdings",
    "entertainment",
    "brothers",
    "bros",
    "sons",
    "international",
    "mountain",
    "mountains",
    "valley",
    "beach",
    "station",
    "palace",
    "theatre",
    "theater",
    "trophy",
    "cup",
    "fund",
    "trust",
    "institution",
    "channel",
    "network",
    "times",
    "post",
    "news",
    "review",
];

/// Words that make a preceding surname a name of a group even in lower case ("the Haqqani
/// network").
const LOWERCASE_ORG_SUFFIXES: &[&str] = &[
    "network",
    "organization",
    "organisation",
    "foundation",
    "clan",
    "dynasty",
];

impl Finder<'_> {
    /// Step 4: single words and surname phrases.
    pub(super) fn resolve_single_names(&mut self) {
        for list in self.bearers.values_mut() {
            stable_sort::sort_by_key(list, |x| x.0);
        }
        let mut singles = std::mem::take(&mut self.singles);
        stable_sort::sort_by_key(&mut singles, |s| (s.t0, std::cmp::Reverse(s.t1)));
        for s in singles {
            self.work += 1;
            if !self.is_free(s.t0, s.t1) || self.not_a_person_here(&s) {
                continue;
            }
            if let Some(who) = self.bearer_of(&s) {
                if let Some(who) = who {
                    self.push(s.t0, s.t1, who, s.how);
                }
                continue;
            }
            if let Some(p) = self.resolve_from_kb(&s) {
                self.push(s.t0, s.t1, Who::Kb(p), s.how);
            }
        }
    }

    /// Where the surroundings make a capitalised word something other than a person: "Xi'an",
    /// "the Petro cryptocurrency", "Trump Tower", "in May", "May 9".
    fn not_a_person_here(&self, s: &Single) -> bool {
        let tokens = &self.tokens;
        let next = tokens.get(s.t1);
        let next2 = tokens.get(s.t1 + 1);
        // "Xi'an": an apostrophe glued on both sides, not a possessive "’s".
        if let (Some(a), Some(b)) = (next, next2) {
            if a.folded == "'"
                && !a.space_before
                && b.is_word()
                && !b.space_before
                && b.folded != "s"
            {
                return true;
            }
        }
        // "Johnson & Johnson", "Singh & Sons": a firm.
        if next.is_some_and(|n| n.folded == "&") || s.t0 > 0 && tokens[s.t0 - 1].folded == "&" {
            return true;
        }
        let single_word = s.t1 - s.t0 == 1;
        if single_word {
            // "the Petro cryptocurrency": after "the" or "a", only a word the name modifies.
            if s.t0 > 0 && matches!(tokens[s.t0 - 1].folded.as_str(), "the" | "a" | "an") {
                let modifies = next.is_some_and(|n| {
                    (n.is_word() && is_in_joined(NAME_MODIFIED_NOUNS, &n.folded))
                        || (n.folded == "-" && !n.space_before)
                        || (n.folded == "'" && next2.is_some_and(|b| b.folded == "s"))
                });
                if !modifies {
                    return true;
                }
            }
            // "Trump Tower", "Brown University".
            if next.is_some_and(|n| {
                n.space_before
                    && (name_like(n) && is_in(ORG_SUFFIXES, &n.folded)
                        || is_in(LOWERCASE_ORG_SUFFIXES, &n.folded))
            }) {
                return true;
            }
            if calendar::is_month(&s.key) {
                let prev = s.t0.checked_sub(1).map(|k| tokens[k].folded.as_str());
                let number_next = next
                    .is_some_and(|n| n.is_word() && n.folded.chars().all(|c| c.is_ascii_digit()));
                if prev.is_some_and(|w| is_in(DATE_PREPOSITIONS, w)) || number_next {
                    return true;
                }
            }
        }
        false
    }

    /// The person a surname stands for by the full mentions in the text: the one named in full
    /// nearest before it (else the first after), `Some(None)` when that is someone unknown ("Tim
    /// Morrison … Morrison"), `None` when the text names nobody with it in full.
    fn bearer_of(&mut self, s: &Single) -> Option<Option<Who>> {
        let list = self.bearers.get(&s.key)?;
        let at = list.partition_point(|x| x.0 < s.t0);
        self.work += 1 + usize::BITS as usize - list.len().leading_zeros() as usize;
        Some(list[at.saturating_sub(1)].1)
    }

    /// A single word the text names nobody with in full: the knowledge base decides.
    fn resolve_from_kb(&mut self, s: &Single) -> Option<PersonIdx> {
        let entries = self.kb.lookup(&s.key);
        if entries.is_empty() {
            return None;
        }
        let common = is_in_joined(COMMON_WORDS, &s.key) || calendar::is_month(&s.key);
        let exposed = self.sentence_start[s.t0] || self.is_allcaps_context(s.t0);
        let titled = self.titled_candidates(s.t0, entries.iter().map(|e| e.person()));
        if titled.len() == 1 {
            return Some(titled[0]);
        }
        if common && exposed {
            // "Rice prices rose", "MAY DAY": only a full name or a title would do.
            return None;
        }
        // Someone out of office at the date needs their country named somewhere in the text
        // ("Kan reported" is a broadcaster, not a former Japanese prime minister); an ambassador's
        // surname alone is too weak whatever the text ("Kushner").
        let date = self.date;
        // Someone about to take office counts as in it ("President-elect Trump" in December 2016).
        let soon = date.plus_days(400).code();
        let plausible = |f: &Self, p: PersonIdx| {
            !f.kb.is_minor(p) && {
                let person = f.kb.person(p);
                person.role_at(date).is_some()
                    || person
                        .roles()
                        .iter()
                        .any(|r| r.since() > date.code() && r.since() <= soon)
                    || person
                        .latest_role()
                        .is_some_and(|r| f.named_countries.contains(r.country()))
            }
        };
        if let [e] = entries {
            if e.strength() != NameStrength::Ambiguous {
                return plausible(self, e.person()).then_some(e.person());
            }
        }
        // The form's reviewed owner ("Obama") needs no more; an ambassador's is never enough.
        if let Some(owner) = self.kb.owner(&s.key) {
            return (!self.kb.is_minor(owner)).then_some(owner);
        }
        // The person's country named in the paragraph, and a role there at the date.
        let countries = &self.para_countries[self.para[s.t0] as usize];
        let mut in_context: Vec<PersonIdx> = entries
            .iter()
            .map(|e| e.person())
            .filter(|&c| {
                !self.kb.is_minor(c)
                    && self.kb.person(c).role_at(self.date).is_some_and(|r| {
                        !r.country().is_empty() && countries.contains(&r.country())
                    })
            })
            .collect();
        in_context.dedup();
        (in_context.len() == 1).then(|| in_context[0])
    }

    /// The candidates whose role at the date fits a title right before token `t0` ("President
    /// Lee", "North Korean leader Kim", "Defence Minister Singh").
    fn titled_candidates(
        &mut self,
        t0: usize,
        candidates: impl Iterator<Item = PersonIdx>,
    ) -> Vec<PersonIdx> {
        // The longest office phrase ending right before the name: "Vice President Harris", not
        // "President Harris"; "Prime Minister Singh", not "Minister Singh".
        let mut office = None;
        for n in (1..=4).rev() {
            if t0 < n {
                continue;
            }
            self.work += 1;
            if let Some((o, after)) = read_office(&self.tokens, t0 - n) {
                if after == t0 {
                    office = Some((o, t0 - n));
                    break;
                }
            }
        }
        let Some((office, start)) = office else {
            return Vec::new();
        };
        let country = self.qualifier_before(start).and_then(|(_, q, _)| match q {
            Qualifier::Country(c) => Some(c),
            Qualifier::Org(_) => None,
        });
        let date = self.date;
        // "Former president Obama": a role that ended before the date.
        let former = start > 0
            && matches!(
                self.tokens[start - 1].folded.as_str(),
                "former" | "ex" | "late" | "then"
            );
        let fits = |r: &crate::people::kb::RoleRecord| {
            office_matches(office, r)
                && country.is_none_or(|k| r.country() == k)
                && if former {
                    r.until() != u32::MAX && r.until() <= date.code()
                } else {
                    r.held_on(date)
                }
        };
        let mut out: Vec<PersonIdx> = candidates
            .filter(|&c| self.kb.person(c).roles().iter().any(fits))
            .collect();
        out.dedup();
        out
    }

    /// Names several people share in full ("George Bush"): the one holding a role at the date
    /// that a title before it names, or the only one holding any role at the date.
    pub(super) fn resolve_shared_full_names(&mut self) {
        let shared = std::mem::take(&mut self.shared_full);
        for s in shared {
            self.work += 1;
            if !self.is_free(s.t0, s.t1) {
                continue;
            }
            let titled = self.titled_candidates(s.t0, s.candidates.iter().copied());
            let chosen = if titled.len() == 1 {
                Some(titled[0])
            } else {
                let date = self.date;
                let mut holding: Vec<PersonIdx> = s
                    .candidates
                    .iter()
                    .copied()
                    .filter(|&c| self.kb.person(c).role_at(date).is_some())
                    .collect();
                holding.dedup();
                (holding.len() == 1).then(|| holding[0])
            };
            if let Some(p) = chosen {
                self.push(s.t0, s.t1, Who::Kb(p), s.how);
            }
        }
    }

    /// Records the title that introduces a known person ("Russian Foreign Ministry spokeswoman Maria
    /// Zakharova"): the card shows it when the knowledge base has no role for the article's date.
    pub(super) fn describe_known_people(&mut self) {
        let mut seen: HashSet<PersonIdx> = HashSet::default();
        let mut order: Vec<Found> = self.found.clone();
        stable_sort::sort_by_key(&mut order, |x| x.t0);
        for x in order {
            self.work += 1;
            let Who::Kb(p) = x.who else { continue };
            if !seen.insert(p) || self.kb_descriptions.contains_key(&p) {
                continue;
            }
            if let Some((rs, _, _)) = role_phrase_before(self.kb, &self.tokens, x.t0) {
                let rs = self.role_owner_start(rs);
                let phrase =
                    self.text[self.tokens[rs].start..self.tokens[x.t0 - 1].end].to_string();
                self.kb_descriptions.insert(p, phrase);
            }
        }
    }
}
