//! Titles and descriptions that stand for a person: "the Venezuelan leader", "Colombia’s
//! chancellor", "the president of the United States", "the Kremlin's chief", "the diplomat".
//!
//! A title names an [`Office`] and, often, a qualifier (a country or an organisation). Resolution
//! then asks who held that office *at the article's date*. The vocabulary is in the tables below.

use super::kb::{KnowledgeBase, RoleKind, RolePlace, RoleRecord};
use crate::text::hashing::FastMap;
use crate::text::tokens::Token;
use std::sync::OnceLock;

/// An office as news text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Office {
    /// "president"
    President,
    /// "vice president"
    VicePresident,
    /// "prime minister", "premier"
    PrimeMinister,
    /// "chancellor": head of government in Germany and Austria, foreign minister in Latin America.
    Chancellor,
    /// "leader", "chief", "strongman": whoever leads the state.
    Leader,
    /// "king", "queen", "emir", "monarch"
    Monarch,
    /// "foreign minister", "secretary of state", "top diplomat"
    ForeignMinister,
    /// "defence minister", "defense secretary"
    DefenceMinister,
    /// "finance minister", "treasury secretary"
    FinanceMinister,
    /// "minister" of anything else
    Minister,
    /// "spokesman", "spokeswoman", "spokesperson"
    Spokesperson,
    /// "ambassador"
    Ambassador,
    /// "envoy", "special envoy"
    Envoy,
    /// "diplomat": any of the diplomatic roles
    Diplomat,
    /// "secretary-general", "director-general", "head" of an organisation
    OrgHead,
    /// "the pope": there is one, the head of state of the Holy See.
    Pope,
}

/// Multi-word office phrases, longest first within each office; matched on folded words.
pub const OFFICE_PHRASES: &[(&[&str], Office)] = &[
    (
        &["minister", "of", "foreign", "affairs"],
        Office::ForeignMinister,
    ),
    (&["minister", "of", "defence"], Office::DefenceMinister),
    (&["minister", "of", "defense"], Office::DefenceMinister),
    (&["minister", "of", "finance"], Office::FinanceMinister),
    (&["secretary", "of", "state"], Office::ForeignMinister),
    (
        &["chancellor", "of", "the", "exchequer"],
        Office::FinanceMinister,
    ),
    (&["foreign", "minister"], Office::ForeignMinister),
    (&["foreign", "secretary"], Office::ForeignMinister),
    (&["top", "diplomat"], Office::ForeignMinister),
    (&["defence", "minister"], Office::DefenceMinister),
    (&["defense", "minister"], Office::DefenceMinister),
    (&["defense", "secretary"], Office::DefenceMinister),
    (&["defence", "secretary"], Office::DefenceMinister),
    (&["finance", "minister"], Office::FinanceMinister),
    (&["treasury", "secretary"], Office::FinanceMinister),
    (&["prime", "minister"], Office::PrimeMinister),
    (&["vice", "president"], Office::VicePresident),
    (&["head", "of", "state"], Office::Leader),
    (&["head", "of", "government"], Office::PrimeMinister),
    (&["secretary", "general"], Office::OrgHead),
    (&["director", "general"], Office::OrgHead),
    (&["secretary", "of", "defense"], Office::DefenceMinister),
    (
        &["secretary", "of", "the", "treasury"],
        Office::FinanceMinister,
    ),
    (&["special", "envoy"], Office::Envoy),
    (&["press", "secretary"], Office::Spokesperson),
    (&["foreign", "ministry", "spokesman"], Office::Spokesperson),
    (
        &["foreign", "ministry", "spokeswoman"],
        Office::Spokesperson,
    ),
    (
        &["foreign", "ministry", "spokesperson"],
        Office::Spokesperson,
    ),
    (&["president"], Office::President),
    (&["premier"], Office::PrimeMinister),
    (&["chancellor"], Office::Chancellor),
    (&["leader"], Office::Leader),
    (&["chief"], Office::Leader),
    (&["head"], Office::Leader),
    (&["strongman"], Office::Leader),
    (&["ruler"], Office::Leader),
    (&["king"], Office::Monarch),
    (&["queen"], Office::Monarch),
    (&["emir"], Office::Monarch),
    (&["monarch"], Office::Monarch),
    (&["pope"], Office::Pope),
    (&["sultan"], Office::Monarch),
    (&["minister"], Office::Minister),
    (&["spokesman"], Office::Spokesperson),
    (&["spokeswoman"], Office::Spokesperson),
    (&["spokesperson"], Office::Spokesperson),
    (&["ambassador"], Office::Ambassador),
    (&["envoy"], Office::Envoy),
    (&["diplomat"], Office::Diplomat),
];

/// Seats of power that stand for a country's leadership ("the Kremlin's chief").
pub const SEATS_OF_POWER: &[(&[&str], &str)] = &[
    (&["kremlin"], "RU"),
    (&["white", "house"], "US"),
    (&["elysee"], "FR"),
    (&["downing", "street"], "GB"),
    (&["miraflores"], "VE"),
    (&["zhongnanhai"], "CN"),
    (&["casa", "rosada"], "AR"),
    (&["planalto"], "BR"),
];

/// Institutions that place a text in a country without standing for its leader ("the Pentagon
/// chief" is not the president): context for unqualified titles only.
pub const INSTITUTIONS: &[(&[&str], &str)] = &[
    (&["pentagon"], "US"),
    (&["congress"], "US"),
    (&["capitol", "hill"], "US"),
    (&["state", "department"], "US"),
    (&["oval", "office"], "US"),
    (&["duma"], "RU"),
    (&["bundestag"], "DE"),
    (&["knesset"], "IL"),
    (&["verkhovna", "rada"], "UA"),
    (&["lok", "sabha"], "IN"),
    (&["blue", "house"], "KR"),
];

/// Nouns that make "chief", "leader" or "head" part of another office ("chief negotiator",
/// "head coach", "chief of staff").
pub const LEADER_COMPOUNDS: &[&str] = &[
    "executive",
    "executives",
    "justice",
    "negotiator",
    "negotiators",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "economist",
    "strategist",
    "prosecutor",
    "whip",
    "officer",
    "operating",
    "financial",
    "scientist",
    "adviser",
    "advisor",
    "aide",
    "envoy",
    "diplomat",
    "editor",
    "correspondent",
    "investigator",
    "inspector",
    "medical",
    "technology",
    "commander",
    "constable",
    "superintendent",
    "minister",
    "secretary",
    "rabbi",
    "judge",
    "engineer",
    "designer",
    "analyst",
    "architect",
    "scout",
    "coach",
    "cook",
    "writer",
    "teacher",
    "start",
    "count",
    "of",
];

/// Countries where "chancellor" (canciller, chanceler) means the foreign minister.
pub const CHANCELLOR_IS_FOREIGN_MINISTER: &[&str] = &[
    "AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PY",
    "SV", "UY", "VE", "ES", "PT",
];

/// Countries where the head of government, not the head of state, leads: "the German leader" is the
/// chancellor. Monarchies are recognised from the head of state's office instead.
pub const HEAD_OF_GOVERNMENT_LEADS: &[&str] = &[
    "DE", "AT", "IT", "IN", "IL", "GR", "IE", "HU", "CZ", "SK", "SI", "HR", "EE", "LV", "LT", "MT",
    "PK", "BD", "NP", "IQ", "ET", "SG", "AL", "AM", "GE", "MD", "BG", "FI", "PT", "IS", "MU", "TT",
    "FJ", "BA", "RS", "ME", "MK", "XK", "SM",
];

/// Offices of heads of state that reign rather than rule.
const MONARCH_OFFICES: &[&str] = &[
    "king",
    "queen",
    "monarch",
    "emperor",
    "grand duke",
    "prince",
    "governor-general",
    "co-prince",
];

/// Reads an office phrase starting at word token `i` (folded words; punctuation other than hyphens
/// ends it). Returns the office and the index after the phrase.
pub fn read_office(tokens: &[Token], i: usize) -> Option<(Office, usize)> {
    if !tokens.get(i).is_some_and(Token::is_word) {
        return None;
    }
    let first = tokens[i].folded.as_str();
    // The first word decides for almost every token: only the phrases opening with it are walked,
    // in table order.
    let candidates = phrases_by_first_word().get(first)?;
    'phrases: for &k in candidates {
        let (words, office) = &OFFICE_PHRASES[k];
        let mut j = i;
        for w in words.iter() {
            // Hyphenated forms: "secretary-general", "vice-president".
            while j < tokens.len() && !tokens[j].is_word() && tokens[j].folded == "-" {
                j += 1;
            }
            if j >= tokens.len() || tokens[j].folded != *w {
                continue 'phrases;
            }
            j += 1;
        }
        return Some((*office, j));
    }
    None
}

/// The indices into [`OFFICE_PHRASES`] of the phrases opening with each word, in table order:
/// [`read_office`] is asked at most words of a text, and one hash lookup replaced a binary search
/// (itself replacing a walk over the whole table).
fn phrases_by_first_word() -> &'static FastMap<&'static str, Vec<usize>> {
    static TABLE: OnceLock<FastMap<&'static str, Vec<usize>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: FastMap<&'static str, Vec<usize>> = FastMap::default();
        for (k, (words, _)) in OFFICE_PHRASES.iter().enumerate() {
            if let Some(&w) = words.first() {
                table.entry(w).or_default().push(k);
            }
        }
        table
    })
}

/// True when `role`, held by someone of the knowledge base, is the office a title names.
pub fn office_matches(office: Office, role: &RoleRecord) -> bool {
    // Case-insensitive search in the title without a lower-cased copy: this runs for every role of
    // every person when an office is resolved.
    let title_has = |needle: &str| contains_ignore_ascii_case(role.title(), needle);
    let office_is = |o: &str| role.office() == o;
    match office {
        Office::President => {
            office_is("president")
                || (matches!(
                    role.kind(),
                    RoleKind::HeadOfState | RoleKind::HeadOfStateAndGovernment
                ) && title_has("president")
                    && !title_has("vice"))
        }
        Office::VicePresident => {
            office_is("vice president")
                || (role.kind() == RoleKind::Deputy && title_has("vice president"))
        }
        Office::PrimeMinister => {
            office_is("prime minister")
                || office_is("premier")
                || (role.kind() == RoleKind::HeadOfGovernment && !office_is("chancellor"))
        }
        Office::Chancellor => {
            office_is("chancellor")
                || (role.kind() == RoleKind::ForeignMinister
                    && CHANCELLOR_IS_FOREIGN_MINISTER.contains(&role.country()))
        }
        Office::Leader => role.kind().leads_state(),
        Office::Pope => office_is("pope"),
        Office::Monarch => {
            MONARCH_OFFICES[..5].contains(&role.office())
                || office_is("emir")
                || office_is("sultan")
        }
        Office::ForeignMinister => role.kind() == RoleKind::ForeignMinister,
        Office::DefenceMinister => role.kind() == RoleKind::DefenceMinister,
        Office::FinanceMinister => role.kind() == RoleKind::FinanceMinister,
        Office::Minister => matches!(
            role.kind(),
            RoleKind::ForeignMinister
                | RoleKind::DefenceMinister
                | RoleKind::FinanceMinister
                | RoleKind::GovernmentMember
        ),
        Office::Spokesperson => role.kind() == RoleKind::Spokesperson,
        Office::Ambassador => role.kind() == RoleKind::Ambassador,
        Office::Envoy => matches!(role.kind(), RoleKind::Envoy | RoleKind::Ambassador),
        Office::Diplomat => role.kind().is_diplomatic(),
        Office::OrgHead => role.kind() == RoleKind::OrgHead,
    }
}

/// True when `haystack` contains `needle` (ASCII lower case) in any ASCII case.
fn contains_ignore_ascii_case(haystack: &str, needle: &str) -> bool {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    n.is_empty() || h.windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// True when an office described in the article itself ("Colombian Foreign Minister") can be what a
/// later title calls it ("the Chancellor", "the diplomat").
pub fn office_compatible(described: Office, title: Office, country: Option<&str>) -> bool {
    if described == title {
        return true;
    }
    match title {
        Office::Diplomat => matches!(
            described,
            Office::ForeignMinister
                | Office::Ambassador
                | Office::Envoy
                | Office::Spokesperson
                | Office::Diplomat
        ),
        Office::Envoy => matches!(described, Office::Ambassador),
        Office::Minister => matches!(
            described,
            Office::ForeignMinister | Office::DefenceMinister | Office::FinanceMinister
        ),
        Office::Chancellor => {
            described == Office::ForeignMinister
                && country.is_some_and(|c| CHANCELLOR_IS_FOREIGN_MINISTER.contains(&c))
        }
        Office::Leader => matches!(
            described,
            Office::President | Office::PrimeMinister | Office::Monarch
        ),
        _ => false,
    }
}

/// Who holds `office` in `country` on `date`, by the knowledge base; for "leader", the one who leads.
pub fn resolve_office(
    kb: &KnowledgeBase,
    office: Office,
    country: Option<&str>,
    org: Option<&str>,
    date: crate::engine::Date,
) -> Option<super::kb::PersonIdx> {
    resolve_office_hosted(kb, office, country, org, None, date)
}

/// [`resolve_office`] with the state an ambassador or envoy is posted to: without one, "the
/// French ambassador" names nobody in particular.
pub fn resolve_office_hosted(
    kb: &KnowledgeBase,
    office: Office,
    country: Option<&str>,
    org: Option<&str>,
    host: Option<&str>,
    date: crate::engine::Date,
) -> Option<super::kb::PersonIdx> {
    // The head of an organisation: "the UN chief", "the head of the IMF", "NATO's secretary general".
    let office = match (org, office) {
        (Some(_), Office::Leader | Office::President | Office::OrgHead) if country.is_none() => {
            Office::OrgHead
        }
        _ => office,
    };
    let posted = matches!(office, Office::Ambassador | Office::Envoy);
    if posted && host.is_none() {
        return None;
    }
    // Only the roles held in that place are read.
    let place = match (country, org) {
        (Some(c), _) => RolePlace::Country(c),
        (None, Some(o)) => RolePlace::Org(o),
        (None, None) => return None,
    };
    let holders = kb.holders_in(date, place, |r| {
        (!posted || host.is_some_and(|h| r.host() == h)) && office_matches(office, r)
    });
    if holders.is_empty() {
        return None;
    }
    if office == Office::Leader {
        if let Some((p, _)) = holders
            .iter()
            .find(|(_, r)| r.kind() == RoleKind::HeadOfStateAndGovernment)
        {
            return Some(*p);
        }
        let head_of_state = holders
            .iter()
            .find(|(_, r)| r.kind() == RoleKind::HeadOfState);
        let head_of_government = holders
            .iter()
            .find(|(_, r)| r.kind() == RoleKind::HeadOfGovernment);
        let reigns = head_of_state.is_some_and(|(_, r)| MONARCH_OFFICES.contains(&r.office()));
        let government_leads =
            country.is_some_and(|c| HEAD_OF_GOVERNMENT_LEADS.contains(&c)) || reigns;
        return match (head_of_state, head_of_government) {
            (_, Some((p, _))) if government_leads => Some(*p),
            (Some((p, _)), _) => Some(*p),
            (None, Some((p, _))) => Some(*p),
            (None, None) => None,
        };
    }
    // Several holders of one office (co-princes, two spokespeople) cannot be told apart.
    let distinct: std::collections::BTreeSet<_> = holders.iter().map(|(p, _)| *p).collect();
    (distinct.len() == 1).then(|| holders[0].0)
}
