//! Source phrases: where they start and end around a cue, and what kind of source they name.
//!
//! Why it exists: "who says so?" is answered by the phrase next to the cue, and the reader needs
//! to know what kind of answer it is. "Colombian Foreign Minister Rosa Villavicencio" and "the
//! Kremlin" are named; "sources", "a person familiar with the matter" and "a senior
//! administration official" are anonymous; "observers", "critics" and "some" are vague. The kind
//! is decided by the phrase's head noun (the tables below), by the people layer's mentions (a
//! head inside a person mention is that person, "the diplomat" included), and by proper nouns
//! (an organisation the reader can identify).
//!
//! Phrases are read without a parser: backwards from a cue ([`source_before`]: "… *the
//! Colombian Foreign Ministry* said") or forwards after it ([`source_after`]: "said *the
//! diplomat* in an interview"), by small decisions on single tokens, each capped in length.

use super::cues::{cue_word, is_thousands_comma, Form};
use super::words::*;
use super::SourceKind;
use crate::people::mentions::Who;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Verbs of a reporter's contact with sources in a contact clause ("the experts I
/// *interviewed*", "voters we *spoke* to").
pub const CONTACT_VERBS: &[&str] = &[
    "interviewed",
    "asked",
    "contacted",
    "consulted",
    "surveyed",
    "polled",
    "spoke",
    "talked",
    "reached",
    "met",
];

/// Past tenses spelt like their base form ("the mayor *cut* taxes, saying …"): `is_finite_at`
/// cannot tell them from nouns ("a tax *cut*"), so inside a subject read forwards they end the
/// phrase only when a word follows them as their object.
pub const PASTS_LIKE_BASE: &[&str] = &[
    "cut",
    "put",
    "set",
    "hit",
    "let",
    "quit",
    "spread",
    "beat",
    "cost",
    "hurt",
    "shut",
    "split",
    "cast",
    "shed",
    "upset",
    "thrust",
    "forecast",
    "broadcast",
];

/// Pronouns that open a contact clause after a source noun.
pub const CONTACT_CLAUSE_PRONOUNS: &[&str] = &["i", "we", "he", "she", "they", "you"];

/// Participles that close a survey's source ("the voters *polled* said", "those *surveyed*").
pub const SURVEY_PARTICIPLES: &[&str] =
    &["polled", "surveyed", "interviewed", "questioned", "sampled"];

/// Adverbs that may follow "and" inside a coordinated source ("farmers and *even* some
/// bankers", "aides and *also* former staff").
pub const COORDINATION_FOCUS_ADVERBS: &[&str] = &["even", "also"];

/// Longest figure restating a share in an apposition ("a third*, 33 percent,*"), in tokens.
pub const MAX_FIGURE_APPOSITION_TOKENS: usize = 4;

/// Prepositions in "-ing" that go on a source phrase rather than describe what its speaker was
/// doing ("Farmers, *including* the mayor's neighbors, said").
pub const PREPOSITIONS_IN_ING: &[&str] = &[
    "including",
    "excluding",
    "regarding",
    "concerning",
    "notwithstanding",
    "following",
];

/// Adjectives in "-ing" that open a title in an apposition ("Ann Ray, *managing* editor
/// …", "Jane Roe, *acting* director …"): the apposition names the source's role.
pub const TITLE_ADJECTIVES_IN_ING: &[&str] = &[
    "acting",
    "managing",
    "founding",
    "presiding",
    "ranking",
    "outgoing",
    "incoming",
    "leading",
    "governing",
    "visiting",
    "retiring",
    "sitting",
    "reigning",
    "consulting",
    "supervising",
    "commanding",
    "ruling",
    "opposing",
    "longstanding",
    "leaving",
];

/// Longest source phrase, in tokens.
pub const MAX_SOURCE_TOKENS: usize = 18;

/// Fewest bytes of a word in "-ing" read as a participle after a source's comma: shorter ones
/// are nouns or "being" ("thing", "king", "wing", "being"), not what the speaker was doing.
pub const MIN_PARTICIPLE_BYTES: usize = 6;

/// Words that open an adverbial before a sentence's subject ("*In* a speech, …", "*Across* the
/// state, …"); not "outside"/"inside", which as often open a subject ("Outside experts say").
pub const ADVERBIAL_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "although",
    "though",
    "when",
    "while",
    "if",
    "as",
    "during",
    "despite",
    "for",
    "with",
    "without",
    "since",
    "following",
    "unlike",
    "like",
    "amid",
    "under",
    "over",
    "by",
    "from",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "still",
    "yet",
    "once",
    "because",
    "until",
    "through",
    "instead",
    "separately",
    "last",
    "this",
    "yesterday",
    "today",
    "asked",
    "speaking",
    "according",
    "around",
    "across",
    "throughout",
    "among",
    "within",
    "beyond",
    "along",
    "alongside",
    "against",
    "toward",
    "towards",
    "upon",
    "amidst",
];

/// Longest opening adverbial skipped to find a subject.
pub const MAX_ADVERBIAL_TOKENS: usize = 30;

/// Adverbial openers that also approximate a number ("*Around* 200 protesters gathered",
/// "*Over* half of voters say"): before a count they belong to the subject, so no comma closes
/// an adverbial after them.
pub const APPROXIMATING_OPENERS: &[&str] = &["around", "over", "under"];

/// Words after a number that make it a clock time ("Around 3 p.m., police …"); with
/// [`is_time_word`] ("Over 10 years, …") they keep the opener adverbial.
pub const CLOCK_WORDS: &[&str] = &["a", "p", "am", "pm", "a.m", "p.m", "o'clock", "o’clock"];

/// Longest opening time phrase without a preposition before the subject ("Two months later,").
pub const MAX_TIME_PHRASE_TOKENS: usize = 6;

/// Last words of an opening time phrase without a preposition ("Two months *later*, …", "A
/// year *ago*, …").
pub const TIME_PHRASE_ENDS: &[&str] = &["later", "earlier", "ago", "afterward", "afterwards"];

/// Prepositions after an opening "-ly" adverb that make it a time phrase ("Shortly *after* the
/// vote, …").
pub const TIME_PREPOSITIONS: &[&str] = &["after", "before", "since"];

/// Longest apposition after a name that opens its sentence ("Ann Ray, a radio host
/// and station manager at the oldest family-owned radio station in Vermont, said").
pub const MAX_LONG_APPOSITION_TOKENS: usize = 40;

/// Longest parenthesis inside a source ("Sen. Ada Moss *(D-Ore.)*").
pub const MAX_PARENTHESIS_TOKENS: usize = 10;

/// Longest relative clause inside a source ("who spoke on condition of anonymity").
pub const MAX_RELATIVE_CLAUSE_TOKENS: usize = 8;

/// Longest apposition after a source ("Lukashenko*, Belarus’ veteran authoritarian leader,*").
pub const MAX_APPOSITION_TOKENS: usize = 14;

/// Heads that make a source anonymous: people the text does not name.
pub const ANONYMOUS_HEADS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "person",
    "insider",
    "insiders",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "diplomat",
    "diplomats",
    "staffer",
    "staffers",
    "employee",
    "employees",
    "investigator",
    "investigators",
    "negotiator",
    "negotiators",
    "authorities",
    "officer",
    "officers",
    "individual",
    "individuals",
    "someone",
    "somebody",
    "witness",
    "witnesses",
    "member",
    "members",
    "executive",
    "executives",
    "figure",
    "figures",
    "operative",
    "operatives",
    "confidant",
    "confidants",
    "associate",
    "associates",
    "ally",
    "allies",
    "friend",
    "friends",
    "lawmaker",
    "lawmakers",
    "legislator",
    "legislators",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "representatives",
    "envoy",
    "envoys",
    "minister",
    "ministers",
    "colleague",
    "colleagues",
    "relative",
    "relatives",
    "man",
    "woman",
    "resident",
    "doctor",
    "nurse",
    "soldier",
    "worker",
    "student",
    "teacher",
    "activist",
    "protester",
    "survivor",
    "victim",
    "neighbor",
    "neighbour",
    "organizer",
    "organiser",
    "participant",
    "delegate",
    "delegates",
    "regulator",
    "regulators",
    "prosecutor",
    "lawyer",
    "attorney",
    "commander",
    "commanders",
    "intelligence",
    "security",
];

/// Heads that make a source vague: groups the reader cannot pin down.
pub const VAGUE_HEADS: &[&str] = &[
    "observers",
    "observer",
    "critics",
    "critic",
    "experts",
    "expert",
    "analysts",
    "analyst",
    "commentators",
    "commentator",
    "pundits",
    "pundit",
    "some",
    "many",
    "others",
    "most",
    "everyone",
    "everybody",
    "few",
    "supporters",
    "opponents",
    "skeptics",
    "sceptics",
    "detractors",
    "proponents",
    "advocates",
    "rumors",
    "rumours",
    "rumor",
    "rumour",
    "speculation",
    "residents",
    "locals",
    "activists",
    "protesters",
    "protestors",
    "voters",
    "citizens",
    "scholars",
    "historians",
    "economists",
    "scientists",
    "researchers",
    "users",
    "fans",
    "watchers",
    "people",
    "folks",
    "commentary",
    "reports",
    "media",
    "press",
    "accounts",
    "estimates",
    "polls",
    "surveys",
    "studies",
    "environmentalists",
    "campaigners",
    "groups",
    "organisations",
    "organizations",
    "doctors",
    "workers",
    "students",
    "teachers",
    "soldiers",
    "farmers",
    "parents",
    "families",
    "women",
    "men",
    "children",
    "villagers",
    "refugees",
    "migrants",
];

/// Words after "people" that make them specific but unnamed ("people *familiar with* the
/// matter", "people *close to* the president").
pub const SPECIFYING_WORDS: &[&str] = &[
    "familiar",
    "close",
    "knowledge",
    "briefed",
    "involved",
    "aware",
    "knowledgeable",
    "who",
    "speaking",
    "with",
    "inside",
    "within",
    "at",
    "in",
    "from",
    "requesting",
    "granted",
];

/// Documents and artefacts. With a definite determiner ("the letter", "the statement") the
/// reader can identify them: named. Indefinite or bare ("a report", "reports") they are vague.
pub const DOCUMENT_HEADS: &[&str] = &[
    "letter",
    "statement",
    "report",
    "document",
    "documents",
    "memo",
    "memorandum",
    "decree",
    "communique",
    "filing",
    "complaint",
    "ruling",
    "verdict",
    "indictment",
    "study",
    "survey",
    "poll",
    "transcript",
    "book",
    "article",
    "post",
    "tweet",
    "video",
    "note",
    "message",
    "notice",
    "release",
    "data",
    "figures",
    "analysis",
    "lawsuit",
    "resolution",
    "bill",
    "agreement",
    "treaty",
    "text",
    "draft",
    "proposal",
    "readout",
    "summary",
    "minutes",
    "record",
    "records",
    "email",
    "emails",
    "assessment",
    "estimate",
    "forecast",
    "review",
    "audit",
    "investigation",
    "inquiry",
    "probe",
    "census",
    "website",
    "account",
    "editorial",
    "column",
    "footage",
    "recording",
    "speech",
    "constitution",
    "law",
    "rules",
    "guidelines",
    "policy",
    "order",
    "warrant",
    "affidavit",
    "testimony",
    "declaration",
    "manifesto",
    "findings",
    "results",
    "evidence",
    "dossier",
    "cable",
    "cables",
    "paper",
    "newspaper",
    "daily",
    "broadcast",
    "programme",
    "program",
    "interview",
    "charter",
    "plan",
    "platform",
    "announcement",
    "petition",
    "appeal",
    "judgment",
    "judgement",
    "opinion",
    "polling",
    "polls",
    "research",
    "numbers",
    "statistics",
    "stats",
    "tally",
    "count",
    "models",
    "projections",
];

/// Institutions. Definite ("the ministry", "the police") they are named; indefinite vague.
pub const INSTITUTION_HEADS: &[&str] = &[
    "government",
    "ministry",
    "administration",
    "office",
    "court",
    "police",
    "army",
    "military",
    "company",
    "firm",
    "party",
    "campaign",
    "committee",
    "council",
    "agency",
    "embassy",
    "department",
    "parliament",
    "senate",
    "congress",
    "cabinet",
    "presidency",
    "kremlin",
    "palace",
    "commission",
    "bank",
    "union",
    "alliance",
    "coalition",
    "group",
    "organization",
    "organisation",
    "institute",
    "foundation",
    "university",
    "hospital",
    "prosecutors",
    "prosecution",
    "defense",
    "defence",
    "team",
    "club",
    "board",
    "secretariat",
    "bureau",
    "service",
    "opposition",
    "junta",
    "regime",
    "side",
    "delegation",
    "mission",
    "consulate",
    "authority",
    "regulator",
    "network",
    "channel",
    "broadcaster",
    "outlet",
    "station",
    "newspaper",
    "magazine",
    "radio",
    "television",
    "tv",
    "spokesperson's office",
    "leadership",
    "presidium",
    "inc",
    "corporation",
    "corp",
    "association",
    "federation",
    "movement",
    "front",
    "court",
    "tribunal",
    "judge",
    "white",
    "house",
    "pentagon",
    "state",
    "country",
    "nation",
    "city",
    "county",
    "province",
    "region",
    "municipality",
    "mayor's",
    "jury",
    "panel",
    "caucus",
    "chamber",
    "assembly",
    "legislature",
];

/// Roles: a definite or properly named role ("the Chancellor", "Colombia’s chancellor", "a
/// Kremlin spokesman") is a named source; an indefinite one without a name is anonymous.
pub const ROLE_HEADS: &[&str] = &[
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "chancellor",
    "diplomat",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "leader",
    "chief",
    "head",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "representative",
    "adviser",
    "advisor",
    "aide",
    "deputy",
    "commander",
    "general",
    "king",
    "queen",
    "prince",
    "princess",
    "premier",
    "lawmaker",
    "legislator",
    "congressman",
    "congresswoman",
    "judge",
    "prosecutor",
    "attorney",
    "lawyer",
    "professor",
    "researcher",
    "scientist",
    "author",
    "founder",
    "owner",
    "manager",
    "coach",
    "captain",
    "negotiator",
    "mediator",
    "candidate",
    "nominee",
    "speaker",
    "counsel",
    "commissioner",
    "inspector",
    "officer",
    "pope",
    "cardinal",
    "bishop",
    "imam",
    "rabbi",
    "mp",
    "sen",
    "rep",
    "gov",
    "official",
    "economist",
    "analyst",
    "expert",
    "correspondent",
    "reporter",
    "editor",
    "journalist",
    "columnist",
    "producer",
    "executive",
    "administrator",
    "coordinator",
    "chancellor",
    "vice",
    "emir",
    "sheikh",
    "sultan",
    "monarch",
    "dictator",
    "strongman",
    "autocrat",
];

/// Capitalised words that are not proper nouns even mid-sentence (bad conversion capitalises
/// "The" after a comma).
pub const NOT_PROPER: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "of",
    "for",
    "in",
    "on",
    "at",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "i",
    "independent",
    "western",
    "eastern",
];

/// Pronouns that refer to a person.
pub const PERSON_PRONOUNS: &[&str] = &["he", "she", "him", "her", "his"];

/// Pronouns that refer to an organisation, a document or a group.
pub const GROUP_PRONOUNS: &[&str] = &["it", "they", "them", "its", "their"];

/// Relative pronouns that stand for their antecedent as the source of the clause they open
/// ("Cruz, *who* said …", "the report, *which* found …", "voters *that* said …"). PolNeAR marks
/// the pronoun as the source span (about 95 % of its relative clauses with a cue), so a quote's
/// source span is the pronoun, and the antecedent gives the kind and the person, as a pronoun's
/// referent does; the sentence's source, which the reader sees on a claim, stays the antecedent.
pub const RELATIVE_SOURCE_PRONOUNS: &[&str] = &["who", "which", "that"];

/// Pronouns of the author or of the speakers of a quote.
pub const FIRST_PERSON_PRONOUNS: &[&str] = &["i", "we", "me", "us", "you", "my", "our", "your"];

/// Words a source phrase may not start with; they are trimmed off the front.
pub const NOT_SOURCE_START: &[&str] = &[
    "of", "for", "at", "in", "from", "with", "to", "on", "and", "or", "but", "by", "as", "than",
    "then", "now",
];

// ---------------------------------------------------------------------------------------------
// Reading a source phrase
// ---------------------------------------------------------------------------------------------

/// True when token `i` can be modified by a following preposition inside a source phrase
/// ("spokesman *for*", "Ministry *of*", "person familiar *with*").
fn takes_postmodifier(doc: &Doc, i: usize) -> bool {
    let w = doc.w(i);
    doc.is_word(i)
        && (doc.cap(i)
            || is_head(ROLE_HEADS, w)
            || is_head(ANONYMOUS_HEADS, w)
            || is_head(VAGUE_HEADS, w)
            || is_head(INSTITUTION_HEADS, w)
            || is_head(DOCUMENT_HEADS, w)
            || is_in(QUANTIFIERS, w)
            || is_number_word(w)
            || w == "out" && doc.w(i + 1) == "of"
            || matches!(
                w,
                "familiar"
                    | "close"
                    | "knowledge"
                    | "briefed"
                    | "involved"
                    | "aware"
                    | "knowledgeable"
                    | "anonymity"
                    | "condition"
            ))
}

/// True when `w` or its singular ("leaders" → "leader", "agencies" → "agency") is in `list`.
pub fn is_head(list: &'static [&'static str], w: &str) -> bool {
    is_in(list, w) || singular(w).is_some_and(|s| is_in(list, &s))
}

/// The singular of a regular English plural, if `w` looks like one.
fn singular(w: &str) -> Option<String> {
    if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    Some(w[..w.len() - 1].to_string())
}

/// True for a participle that modifies the source noun before it ("a source *involved* in",
/// "a lawyer *based* in Miami", "the report *released* Monday"): an "-ed" word between a
/// source noun and a preposition, or between a document and the day it came out.
fn is_reduced_relative(doc: &Doc, i: usize) -> bool {
    let w = doc.w(i);
    let dated_document = i > 0
        && is_head(DOCUMENT_HEADS, doc.w(i - 1))
        && doc.is_word(i + 1)
        && doc.cap(i + 1)
        && is_weekday_or_month(doc.w(i + 1));
    i > 0
        && w.ends_with("ed")
        && !is_finite_word(w)
        && takes_postmodifier(doc, i - 1)
        && !doc.cap(i - 1)
        && (is_in(SOURCE_PREPOSITIONS, doc.w(i + 1)) && doc.w(i + 1) != "to" || dated_document)
}

/// True for the point of a short capitalised abbreviation flush after it, inside the sentence
/// ("*Mr.* Ortiz", "*Gov.* Hale"): the apposition "The minister, Mr. Ortiz," goes on
/// past it, where a point that ends a sentence would close it.
fn is_title_abbreviation_point(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.is_word(k - 1)
        && !doc.space_before(k)
        && doc.cap(k - 1)
        && doc.w(k - 1).chars().count() <= 3
        && doc
            .tok_sent
            .get(k + 1)
            .is_some_and(|&s| s != NONE && Some(&s) == doc.tok_sent.get(k))
}

/// True when token `i` may sit inside a source phrase read backwards.
fn inside_source_backwards(doc: &Doc, i: usize, start: usize) -> bool {
    let w = doc.w(i);
    if !doc.is_word(i) {
        // Possessives, hyphens inside words, dots of abbreviations, "&".
        if doc.punct(i, &['\'', '\u{2019}'])
            && i > start
            && doc.is_word(i - 1)
            && !doc.space_before(i)
        {
            return true;
        }
        if doc.punct(i, &['-', '‐', '&', '/'])
            && i > start
            && doc.is_word(i - 1)
            && doc.is_word(i + 1)
            && (!doc.space_before(i) && !doc.space_before(i + 1) || doc.punct(i, &['&']))
        {
            return true;
        }
        if doc.punct(i, &['.'])
            && i > start
            && doc.is_word(i - 1)
            && !doc.space_before(i)
            && (doc.w(i - 1).chars().count() <= 3 && doc.cap(i - 1))
        {
            return true;
        }
        // "15,000 people": a comma between groups of digits.
        if is_thousands_comma(doc, i) && i > start {
            return true;
        }
        // "Push for $18 organizing director": a sum glued to its number.
        if doc.punct(i, &['$', '£', '€'])
            && i > start
            && is_in(SOURCE_PREPOSITIONS, doc.w(i - 1))
            && doc.w(i + 1).starts_with(|c: char| c.is_ascii_digit())
            && !doc.space_before(i + 1)
        {
            return true;
        }
        // "12% said"
        if doc.punct(i, &['%']) && i > start && is_number_word(doc.w(i - 1)) && !doc.space_before(i)
        {
            return true;
        }
        return false;
    }
    if is_capitalised_inside_name(doc, i) {
        return true;
    }
    // "56 percent of the voters *polled* said": a survey's participle after its people.
    if is_in(SURVEY_PARTICIPLES, w) && i > start && takes_postmodifier(doc, i - 1) {
        return true;
    }
    // "Voters interviewed *by* The Times said": the survey's agent belongs to the phrase.
    if is_survey_agent(doc, i, start) {
        return true;
    }
    if is_in(PHRASE_BREAKERS, w)
        && !(is_in(SOURCE_PREPOSITIONS, w)
            && i > start
            && (takes_postmodifier(doc, i - 1) || is_reduced_relative(doc, i - 1)))
    {
        // "While Comey said": a capital at the start of a clause does not make a name.
        return false;
    }
    if doc.cap(i) {
        return true;
    }
    if is_in(SOURCE_PREPOSITIONS, w)
        && i > start
        && (takes_postmodifier(doc, i - 1) || is_reduced_relative(doc, i - 1))
    {
        return true;
    }
    if is_in(COORDINATION_FOCUS_ADVERBS, w) && i >= start + 2 && doc.w(i - 1) == "and" {
        return true;
    }
    // "“…,” *retired* general Ann Ray said": an "-ed" word opening the phrase before a title or
    // a name describes the person, like `is_participle_modifier` read forwards.
    let opens_before_title = w.ends_with("ed")
        && (i == start || !doc.is_word(i - 1))
        && doc.is_word(i + 1)
        && (doc.cap(i + 1) || is_head(ROLE_HEADS, doc.w(i + 1)));
    if is_in(PHRASE_BREAKERS, w)
        || is_in(AUXILIARIES, w) && !is_in(QUANTIFIERS, w)
        || doc.is_finite_at(i) && !is_reduced_relative(doc, i) && !opens_before_title
    {
        return false;
    }
    // "A statement *posted* on the website said": a participle modifying the source.
    if cue_word(w).is_some_and(|c| matches!(c.form, Form::Past | Form::Ing))
        && !is_reduced_relative(doc, i)
    {
        return false;
    }
    // "organizing director Kendall Fells", "acting secretary": an "-ing" word before a role
    // is part of the title.
    if w.ends_with("ing")
        && !is_in(NOUNS_IN_ING, w)
        && !(i > start && takes_postmodifier(doc, i - 1) && !doc.cap(i - 1))
        && !(doc.is_word(i + 1)
            && is_head(ROLE_HEADS, doc.w(i + 1))
            && !doc.w(i + 1).ends_with('s')
            && !(i > 0 && is_in(ADJUNCT_PREPOSITIONS, doc.w(i - 1))))
    {
        return false;
    }
    true
}

/// True for the "by" of a survey's agent inside a source ("voters interviewed *by* The Times",
/// "adults polled *by* Gallup"): the people answered, the pollster only asked.
fn is_survey_agent(doc: &Doc, i: usize, start: usize) -> bool {
    doc.w(i) == "by"
        && doc.is_word(i)
        && i >= start + 2
        && is_in(SURVEY_PARTICIPLES, doc.w(i - 1))
        && takes_postmodifier(doc, i - 2)
}

/// The source phrase that ends right before token `end` (exclusive), read backwards and never
/// before `start`: "Russian Foreign Ministry spokeswoman Maria Zakharova", "Sources",
/// "a person familiar with the matter", "Lukashenko, Belarus’ veteran authoritarian leader".
/// Returns its token range.
pub fn source_before(doc: &Doc, start: usize, end: usize) -> Option<(usize, usize)> {
    if end <= start {
        return None;
    }
    if doc.punct(end - 1, &[',']) && end >= 2 && doc.punct(end - 2, &[')']) {
        // "Sen. Tom Hale (R-Idaho), said"
        if let Some(found) = source_before(doc, start, end - 1) {
            return Some(found);
        }
    }
    if doc.punct(end - 1, &[','])
        || doc.punct(end - 1, &['-', '—', '–']) && doc.space_before(end - 1)
    {
        return apposition_source(doc, start, end - 1)
            .map(|(ss, se)| (ss, participle_after_source(doc, ss, se).unwrap_or(se)));
    }
    // "Kall -- co-editor of a book -- said": a dash typed as two hyphens.
    if end >= start + 2
        && doc.punct(end - 1, &['-'])
        && doc.punct(end - 2, &['-'])
        && doc.space_before(end - 2)
        && !doc.space_before(end - 1)
    {
        return apposition_source(doc, start, end - 2);
    }
    // "All the analysts I asked said", "the economists we spoke to say": a contact
    // clause after the source noun belongs to it.
    if let Some(noun_end) = contact_clause_start(doc, start, end) {
        if let Some((s, _)) = phrase_before(doc, start, noun_end) {
            return Some((s, end));
        }
    }
    // "Officials *here* said", "campaign workers *there* say": a place adverb between the
    // source and its cue is not part of the source.
    if end >= start + 2 && matches!(doc.w(end - 1), "here" | "there") && !doc.cap(end - 1) {
        return phrase_before(doc, start, end - 1);
    }
    if doc.punct(end - 1, &[')']) {
        // "Senator John Smith (R-Texas) said"
        let open = (start..end - 1)
            .rev()
            .take(8)
            .find(|&k| doc.punct(k, &['(']))?;
        let (s, _) = phrase_before(doc, start, open)?;
        return Some((s, end));
    }
    phrase_before(doc, start, end)
}

/// The comma where a participial phrase set off after a source starts ("Senator Ada Moss*,*
/// touring a factory, said", "Mr. Dunn*,* remembering …, described"): the phrase tells
/// what the speaker was doing, not who speaks, and PolNeAR's source ends before it; an
/// apposition ("Ann Ray, a teacher from Salem, Ore., visiting …") keeps its own words, and
/// "including" lists members of the source ([`PREPOSITIONS_IN_ING`]).
fn participle_after_source(doc: &Doc, ss: usize, se: usize) -> Option<usize> {
    (ss + 1..se).find(|&j| {
        let w = doc.w(j + 1);
        doc.punct(j, &[','])
            && j + 1 < se
            && doc.is_word(j + 1)
            && !doc.cap(j + 1)
            && w.len() >= MIN_PARTICIPLE_BYTES
            && w.ends_with("ing")
            && !is_in(NOUNS_IN_ING, w)
            && !is_in(PREPOSITIONS_IN_ING, w)
            && !is_in(TITLE_ADJECTIVES_IN_ING, w)
    })
}

/// Where a contact clause ending right before `end` starts ("the experts *I interviewed*",
/// "voters *we spoke to*"): a personal pronoun after a source noun, then a verb of asking.
fn contact_clause_start(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    let mut v = end.checked_sub(1)?;
    if matches!(doc.w(v), "to" | "with") && v > start {
        v -= 1;
    }
    let p = v.checked_sub(1)?;
    let ok = p > start
        && doc.is_word(v)
        && !doc.cap(v)
        && is_in(CONTACT_VERBS, doc.w(v))
        && doc.is_word(p)
        && is_in(CONTACT_CLAUSE_PRONOUNS, doc.w(p))
        && doc.is_word(p - 1)
        && !doc.cap(p - 1)
        && (takes_postmodifier(doc, p - 1) || is_common_noun_like(doc, p - 1));
    ok.then_some(p)
}

/// True for a lower-case word that can end a noun phrase ("the *engineers* I interviewed"):
/// no function word, no verb, no adverb. Whether such a noun can speak is `classify`'s call.
fn is_common_noun_like(doc: &Doc, i: usize) -> bool {
    let w = doc.w(i);
    doc.is_word(i)
        && !doc.cap(i)
        && !is_in(DETERMINERS, w)
        && !is_in(PHRASE_BREAKERS, w)
        && !is_in(AUXILIARIES, w)
        && !is_in(SUBJECT_PRONOUNS, w)
        && !is_ly_adverb(w)
        && !doc.is_finite_at(i)
        && cue_word(w).is_none()
}

/// "Lukashenko, Belarus’ veteran leader," before a cue: the name and its apposition. `close`
/// is the comma (or spaced dash) that ends the apposition.
fn apposition_source(doc: &Doc, start: usize, close: usize) -> Option<(usize, usize)> {
    let dash = !doc.punct(close, &[',']);
    let delimiter = |k: usize| {
        if dash {
            doc.punct(k, &['-', '—', '–']) && doc.space_before(k)
        } else {
            doc.punct(k, &[','])
        }
    };
    // A name opening the sentence may carry a long apposition, clauses and all: "Ray,
    // who has been active in politics since the age of 19, says".
    // "The official, who is not authorized to comment, said" too.
    // "In May, Mr. Ray, who made millions …, told": the name after an opening adverbial.
    let start = match (start + 1..close.min(start + MAX_ADVERBIAL_TOKENS))
        .find(|&k| doc.punct(k, &[',']))
    {
        Some(comma)
            if is_in(ADVERBIAL_OPENERS, doc.w(start))
                && !approximates_a_count(doc, start)
                && comma + 2 < close =>
        {
            comma + 1
        }
        _ => start,
    };
    if let Some(first) = (start + 1..close.min(start + MAX_SOURCE_TOKENS)).find(|&k| delimiter(k)) {
        // The head may lose a sentence adverb or conjunction in front ("*But* Mr. Guerrero, …").
        let head = source_before(doc, start, first).filter(|&(a, b)| {
            b == first && (start..a).all(|k| doc.is_word(k) && is_in(LEADING_ADVERBS, doc.w(k)))
        });
        let head_ok = || {
            head.is_some()
                && (names_someone(doc, start, first)
                    || matches!(doc.w(first + 1), "who" | "which")
                        && takes_postmodifier(doc, first - 1))
        };
        if first + 1 < close && close - first <= MAX_LONG_APPOSITION_TOKENS && head_ok() {
            // Quotes inside must pair up ("Mr. Manafort, citing ''the magic of Trump,'' said").
            let marks = (first + 1..close)
                .filter(|&k| doc.quote_mark_width(k) > 0)
                .count();
            let clean =
                marks % 2 == 0 && (first + 1..close).all(|k| !doc.punct(k, &[';', ':', '!', '?']));
            if let (true, Some((a, _))) = (clean, head) {
                return Some((a, close));
            }
        }
    }
    // "A quarter of farmers, 25%, say": a share restated as a figure.
    if let Some(first) = (start + 1..close).rev().find(|&k| doc.punct(k, &[','])) {
        let figure = first + 1 < close
            && close - first <= MAX_FIGURE_APPOSITION_TOKENS
            && (first + 1..close).all(|k| {
                doc.punct(k, &['%', '.'])
                    || doc.is_word(k)
                        && (doc.w(k).chars().all(|c| c.is_ascii_digit())
                            || matches!(doc.w(k), "percent" | "per" | "cent"))
            })
            && doc.w(first + 1).chars().all(|c| c.is_ascii_digit());
        if figure && !dash {
            if let Some((a, _)) = source_before(doc, start, first) {
                return Some((a, close));
            }
        }
    }
    let lo = close.saturating_sub(MAX_APPOSITION_TOKENS).max(start);
    let first = (lo..close).rev().find(|&k| {
        delimiter(k)
            || doc.punct(k, &[',', ':', ';', '!', '?'])
            || doc.punct(k, &['.'])
                && doc.space_before(k + 1)
                && !is_title_abbreviation_point(doc, k)
            || doc.is_quote_mark(k)
    })?;
    if !delimiter(first) || first + 1 >= close {
        return None;
    }
    // The apposition: a noun phrase with no verb ("a spokesman for the ministry").
    if (first + 1..close).any(|k| {
        doc.is_finite_at(k)
            || (doc.is_word(k)
                && !doc.cap(k)
                && cue_word(doc.w(k)).is_some_and(|c| c.form != Form::Base))
            || matches!(doc.w(k), "that" | "which" | "who")
    }) {
        return None;
    }
    let head = source_before(doc, start, first)?;
    // "Lukashenko, Belarus’ leader," or "Her campaign manager, Ann Ray,".
    // "The minister of the interior, Mr. Ortiz Vela,": the head noun takes the name.
    let named_apposition = names_someone(doc, first + 1, close)
        && (takes_postmodifier(doc, head.1 - 1)
            || takes_postmodifier(doc, head_of(doc, head.0, head.1).0));
    if !(names_someone(doc, head.0, head.1) || named_apposition) {
        return None;
    }
    Some((head.0, close))
}

/// True when the phrase holds a mention or a capitalised word: it can carry an apposition.
fn names_someone(doc: &Doc, s: usize, e: usize) -> bool {
    (s..e).any(|k| doc.mention(k).is_some() || doc.cap(k) && !is_in(NOT_PROPER, doc.w(k)))
}

/// A noun phrase ending right before `end`, read backwards.
fn phrase_before(doc: &Doc, start: usize, end: usize) -> Option<(usize, usize)> {
    let lo = end.saturating_sub(MAX_SOURCE_TOKENS).max(start);
    let mut k = end;
    // The mention the phrase ends in, to stop at a different person glued before it.
    let mut last_who: Option<Who> = None;
    while k > lo {
        let i = k - 1;
        let w = doc.w(i);
        // A preposition belongs to the phrase only after a head that takes one; "and" only
        // between names or source nouns.
        let fits = inside_source_backwards(doc, i, start)
            && !(doc.is_word(i)
                && is_in(SOURCE_PREPOSITIONS, w)
                && !doc.cap(i)
                && !(i > lo
                    && (takes_postmodifier(doc, i - 1) || is_reduced_relative(doc, i - 1))))
            && !(matches!(w, "and" | "&")
                && !(i > lo
                    && (doc.cap(i - 1)
                        || takes_postmodifier(doc, i - 1)
                        // "…, *he and* Ms. Lopez said": a pronoun opening the coordination.
                        || is_in(SUBJECT_PRONOUNS, doc.w(i - 1))
                            && (i - 1 == lo || !doc.is_word(i - 2)))
                    && (doc.cap(i + 1)
                        || takes_postmodifier(doc, i + 1)
                        || is_in(DETERMINERS, doc.w(i + 1))
                        // "Farmers and *even* some bankers say".
                        || is_in(COORDINATION_FOCUS_ADVERBS, doc.w(i + 1))
                            && (takes_postmodifier(doc, i + 2)
                                || is_in(DETERMINERS, doc.w(i + 2))))));
        if !fits {
            // "officials who spoke on condition of anonymity": take the relative clause along
            // when its antecedent is a source noun.
            if let Some(who) = relative_pronoun_before(doc, lo, i + 1) {
                k = who;
                continue;
            }
            break;
        }
        if doc.is_word(i) {
            if let Some(m) = doc.mention(i) {
                // "Trump lawyer Ann Bell", "Reyes campaign manager Tom Hart": a name
                // before a lower-case title modifies it and stays; two names glued together do
                // not.
                let modifies_title = doc.is_word(i + 1) && !doc.cap(i + 1);
                if let Some(prev) = last_who {
                    if prev != m.who
                        && !modifies_title
                        && !matches!(doc.w(i + 1), "and" | "of" | "'" | "\u{2019}")
                    {
                        break;
                    }
                }
                last_who = Some(m.who);
            }
            // After a determiner the phrase ends, unless a preposition or "of" joins it to
            // more ("a spokesman for *the* ministry" read backwards goes on).
            if (is_in(DETERMINERS, w) && !is_in(QUANTIFIERS, w) || matches!(w, "the" | "a" | "an"))
                && !is_capitalised_inside_name(doc, i)
            {
                k = i;
                if i > lo
                    && doc.is_word(i - 1)
                    && is_in(SOURCE_PREPOSITIONS, doc.w(i - 1))
                    && i - 1 > lo
                    && (takes_postmodifier(doc, i - 2) || is_reduced_relative(doc, i - 2))
                    || i > lo && is_survey_agent(doc, i - 1, lo)
                {
                    continue;
                }
                // "people who attended *the* meeting": the relative clause's object, not the
                // source; the source is its antecedent.
                if let Some(who) = relative_pronoun_before(doc, lo, i) {
                    k = who;
                    continue;
                }
                break;
            }
        }
        k = i;
    }
    trim_phrase(doc, k, end)
}

/// The "who" of a short relative clause ending at `end` whose antecedent is a source noun
/// ("officials *who* spoke on condition of anonymity").
fn relative_pronoun_before(doc: &Doc, lo: usize, end: usize) -> Option<usize> {
    let mut j = end;
    while j > lo && end - j < MAX_RELATIVE_CLAUSE_TOKENS {
        j -= 1;
        if !doc.is_word(j) {
            return None;
        }
        if doc.w(j) == "who" {
            // A capitalised antecedent only when it opens the phrase ("Officials who …"), not
            // a name ("Smith who …").
            if j <= lo {
                return None;
            }
            let antecedent = j - 1;
            let opens = antecedent == lo || !doc.is_word(antecedent - 1);
            // "Aides to Smith who spoke …": a name after a source noun's preposition ends a
            // phrase that goes on before it.
            let mut name_start = antecedent;
            while name_start > lo && doc.is_word(name_start - 1) && doc.cap(name_start - 1) {
                name_start -= 1;
            }
            let inside_phrase = name_start >= lo + 2
                && is_in(SOURCE_PREPOSITIONS, doc.w(name_start - 1))
                && !doc.cap(name_start - 1)
                && takes_postmodifier(doc, name_start - 2);
            return (takes_postmodifier(doc, antecedent)
                && (!doc.cap(antecedent) || opens || inside_phrase))
                .then_some(j);
        }
    }
    None
}

/// Trims a phrase's front of prepositions, conjunctions and sentence adverbs, and rejects a
/// phrase without a word.
fn trim_phrase(doc: &Doc, mut s: usize, e: usize) -> Option<(usize, usize)> {
    while s < e
        && (!doc.is_word(s)
            || is_in(NOT_SOURCE_START, doc.w(s))
            || is_in(LEADING_ADVERBS, doc.w(s)) && s + 1 < e
            || is_in(FINITE_VERBS, doc.w(s)) && s + 1 < e && !is_in(QUANTIFIERS, doc.w(s))
            || is_ly_adverb(doc.w(s)) && !doc.cap(s))
    {
        s += 1;
    }
    (s < e).then_some((s, e))
}

/// A participle opening a source as its modifier ("said *retired* Army Lt. Gen. X", "said
/// *embattled* Gov. Y"): an "-ed" word first in the phrase, before a capitalised word, describes the
/// person named next rather than being a verb of its own, so it must not end the phrase.
fn is_participle_modifier(doc: &Doc, k: usize, head_start: usize, limit: usize) -> bool {
    k == head_start && !doc.cap(k) && doc.w(k).ends_with("ed") && k + 1 < limit && doc.cap(k + 1)
}

/// The source phrase that starts at token `i` and ends before `end` at the latest, read
/// forwards: "the diplomat" (in an interview…), "the Belarusian state news agency Belta",
/// "a person familiar with the matter", "Maria Zakharova, the ministry’s spokeswoman".
pub fn source_after(
    doc: &Doc,
    i: usize,
    end: usize,
    allow_apposition: bool,
) -> Option<(usize, usize)> {
    let limit = (i + MAX_SOURCE_TOKENS).min(end);
    let mut k = i;
    // "said *one* of the advisers": a quantifier before "of" is the head, not a determiner.
    if k < limit
        && is_in(DETERMINERS, doc.w(k))
        && doc.w(k) != "that"
        && !(is_in(QUANTIFIERS, doc.w(k)) && doc.w(k + 1) == "of")
    {
        k += 1;
    }
    let head_start = k;
    while k < limit {
        let w = doc.w(k);
        if doc.is_word(k) {
            // "one of *these* aides", "some of *his* aides": a group's determiner after a
            // quantifier's "of" stays in the phrase; elsewhere a determiner opens a new one.
            let group_of =
                k >= head_start + 2 && doc.w(k - 1) == "of" && is_in(QUANTIFIERS, doc.w(k - 2));
            if k > head_start
                && (is_in(DETERMINERS, w) && !is_in(QUANTIFIERS, w) && w != "the" && !group_of
                    || is_in(SUBJECT_PRONOUNS, w) && w != "it")
            {
                break;
            }
            // "the mayor *cut* taxes, saying …": a past spelt like its base, with an object; after
            // a determiner or a preposition it is a modifier ("a spokesman for the *broadcast*
            // network", "the *cut* rate").
            if k > head_start
                && !doc.cap(k)
                && is_in(PASTS_LIKE_BASE, w)
                && !is_in(DETERMINERS, doc.w(k - 1))
                && !is_in(SOURCE_PREPOSITIONS, doc.w(k - 1))
                && k + 1 < limit
                && doc.is_word(k + 1)
            {
                break;
            }
            // "He *later* apologized and said": an adverb after the subject ends it.
            if k > head_start
                && !doc.cap(k)
                && (is_ly_adverb(w) || is_in(super::cues::SKIPPABLE_ADVERBS, w))
            {
                break;
            }
            if is_in(PHRASE_BREAKERS, w) && w != "to"
                || matches!(w, "who" | "whom" | "whose" | "which")
                || doc.is_finite_at(k)
                    && !is_reduced_relative(doc, k)
                    && !is_participle_modifier(doc, k, head_start, limit)
                || (!doc.cap(k)
                    && cue_word(w).is_some_and(|c| matches!(c.form, Form::Past | Form::Ing)))
            {
                break;
            }
            if w == "the" && k > head_start && !is_in(SOURCE_PREPOSITIONS, doc.w(k - 1)) {
                break;
            }
            if (is_in(SOURCE_PREPOSITIONS, w) || w == "to") && !doc.cap(k) {
                // "spokesman for the foundation", "ambassador in Moscow", "close to Putin"; not
                // "the diplomat in an interview".
                let head_ok = k > head_start && takes_postmodifier(doc, k - 1);
                let next = k + 1;
                // "criticized by Democrats *for moving* slowly": a gerund after the preposition
                // is the reason or the manner, no part of the source.
                let gerund = doc.is_word(next)
                    && !doc.cap(next)
                    && doc.w(next).ends_with("ing")
                    && !is_in(NOUNS_IN_ING, doc.w(next));
                let object_ok = match w {
                    "of" | "for" | "with" | "close" | "to" => true,
                    _ => {
                        doc.cap(next)
                            || (doc.w(next) == "the"
                                && (doc.cap(next + 1) || is_in(INSTITUTION_HEADS, doc.w(next + 1))))
                    }
                };
                if !(head_ok && object_ok) || gerund {
                    break;
                }
            }
            // "said the minister Thursday"; not "said Theresa May".
            if is_weekday_or_month(w) && doc.cap(k) && k > head_start && !doc.cap(k - 1) {
                // "the union *on* Monday", "the report *released* Monday": the preposition or
                // the participle goes with the day.
                if k > head_start + 1
                    && (is_in(SOURCE_PREPOSITIONS, doc.w(k - 1)) || is_reduced_relative(doc, k - 1))
                {
                    k -= 1;
                }
                break;
            }
            // "Putin and Lavrov" goes on; "Lukashenko and reminded" does not.
            if matches!(w, "and" | "or")
                && !(k > head_start
                    && (doc.cap(k + 1) || is_in(DETERMINERS, doc.w(k + 1)))
                    && doc.cap(k - 1))
            {
                break;
            }
            k += 1;
        } else if doc.punct(k, &['\'', '\u{2019}']) && !doc.space_before(k) && k > head_start {
            k += if doc.w(k + 1) == "s" && !doc.space_before(k + 1) {
                2
            } else {
                1
            };
        } else if doc.punct(k, &['-', '‐', '.', '&', '/'])
            && doc.is_word(k + 1)
            && (k > head_start || doc.punct(k, &['/']))
            && (!doc.space_before(k) || doc.punct(k, &['&']))
        {
            k += 1;
        } else if doc.punct(k, &['(']) {
            match (k + 1..limit).find(|&j| doc.punct(j, &[')'])) {
                Some(close) if close - k <= MAX_PARENTHESIS_TOKENS => k = close + 1,
                _ => break,
            }
        } else {
            break;
        }
    }
    // Strip a trailing period of a sentence end read as an abbreviation dot.
    while k > head_start && !doc.is_word(k - 1) && !doc.punct(k - 1, &[')']) {
        k -= 1;
    }
    if k <= head_start {
        return None;
    }
    // "said Maria Zakharova, the ministry’s spokeswoman": an apposition after a name, or after
    // a name's parenthesis ("said Rep. Ann Ray (D-Vt.), the assistant leader …").
    if allow_apposition
        && doc.punct(k, &[','])
        && k + 1 < end
        && (doc.cap(k - 1) || doc.punct(k - 1, &[')']))
    {
        let a = k + 1;
        let starts_np = is_in(DETERMINERS, doc.w(a)) || is_in(ROLE_HEADS, doc.w(a)) || doc.cap(a);
        if starts_np {
            if let Some((_, ae)) = source_after(doc, a, end, false) {
                let has_role = (a..ae)
                    .any(|j| is_in(ROLE_HEADS, doc.w(j)) || is_in(INSTITUTION_HEADS, doc.w(j)));
                if has_role {
                    return Some((i, ae));
                }
            }
        }
    }
    Some((i, k))
}

// ---------------------------------------------------------------------------------------------
// Classifying a source phrase
// ---------------------------------------------------------------------------------------------

/// What a source phrase names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceClass {
    /// Named, anonymous or vague.
    pub kind: SourceKind,
    /// The person it resolves to.
    pub speaker: Option<Who>,
    /// True for a pronoun that still needs its antecedent ("he", "they").
    pub pronoun: bool,
    /// True when the phrase cannot be a source at all ("the conflict threatens").
    pub not_a_source: bool,
    /// For a common noun in no table ("the host", "a pitch"): the kind it has if a speech verb
    /// or "according to" makes it a source (definite: named; indefinite: anonymous).
    pub fallback: Option<SourceKind>,
}

/// The head of a source phrase: the last word of its core, before any post-modifier or
/// apposition ("a *person* familiar with the matter", "*Lukashenko*, Belarus’ leader", "one of
/// the *officials*"). Returns `(head token, core end)`.
pub fn head_of(doc: &Doc, s: usize, e: usize) -> (usize, usize) {
    let mut core_end = e;
    for k in s..e {
        if doc.punct(k, &[',', '(']) {
            core_end = k;
            break;
        }
        if k > s
            && doc.is_word(k)
            && !doc.cap(k)
            && (is_in(SOURCE_PREPOSITIONS, doc.w(k))
                || doc.w(k) == "out" && doc.w(k + 1) == "of"
                || is_reduced_relative(doc, k)
                || matches!(
                    doc.w(k),
                    "familiar"
                        | "who"
                        | "speaking"
                        | "briefed"
                        | "involved"
                        | "knowledgeable"
                        | "aware"
                        | "requesting"
                ))
        {
            // "one of the officials": the quantifier's head is after "of".
            if doc.w(k) == "of" && is_in(QUANTIFIERS, doc.w(k - 1)) {
                let (h, _) = head_of(doc, k + 1, e);
                return (h, e);
            }
            core_end = k;
            break;
        }
    }
    let mut h = core_end;
    while h > s && !doc.is_word(h - 1) {
        h -= 1;
    }
    // Possessive "’s" is not the head: "Lukashenko’s" office is handled by the word after it.
    let head = if h > s { h - 1 } else { s };
    if doc.w(head) == "s" && head >= s + 2 && doc.punct(head - 1, &['\'', '\u{2019}']) {
        return (head - 2, core_end);
    }
    (head, core_end)
}

/// True when the phrase holds a proper noun (mid-sentence capital, person mention, country).
fn has_proper_noun(doc: &Doc, s: usize, e: usize, clause_start: usize) -> bool {
    (s..e).any(|k| {
        doc.is_word(k)
            && (doc.mention(k).is_some()
                || doc.is_country_word(k)
                || doc.cap(k)
                    && k != clause_start
                    && !is_in(NOT_PROPER, doc.w(k))
                    && !is_time_word(doc.w(k)))
    })
}

/// Decides what kind of source the phrase `s..e` names. `clause_start` is the token where the
/// sentence's words start (a capital there proves nothing).
pub fn classify(doc: &Doc, s: usize, e: usize, clause_start: usize) -> SourceClass {
    // "Voters interviewed by The Times": the people answered; the pollster names none of them.
    if let Some(by) = (s + 2..e).find(|&k| is_survey_agent(doc, k, s)) {
        return classify(doc, s, by - 1, clause_start);
    }
    // "The experts I interviewed": the experts, not the reporter.
    if let Some(p) = contact_clause_start(doc, s, e) {
        return classify(doc, s, p, clause_start);
    }
    let named = |speaker| SourceClass {
        kind: SourceKind::Named,
        speaker,
        pronoun: false,
        not_a_source: false,
        fallback: None,
    };
    let of_kind = |kind| SourceClass {
        kind,
        speaker: None,
        pronoun: false,
        not_a_source: false,
        fallback: None,
    };
    let (head, core_end) = head_of(doc, s, e);
    let hw = doc.w(head);
    // Pronouns wait for their antecedent.
    if e - s == 1
        && (is_in(PERSON_PRONOUNS, hw)
            || is_in(GROUP_PRONOUNS, hw)
            || is_in(FIRST_PERSON_PRONOUNS, hw))
    {
        return SourceClass {
            kind: SourceKind::Named,
            speaker: None,
            pronoun: true,
            not_a_source: false,
            fallback: None,
        };
    }
    // A person mention at the head: "Maria Zakharova", "the diplomat", "Colombia’s chancellor".
    if let Some(m) = doc.mention(head) {
        return named(Some(m.who));
    }
    // "one of them", "some of us": unnamed members of a group.
    if head > s
        && (is_in(OBJECT_PRONOUNS, hw) || is_in(GROUP_PRONOUNS, hw))
        && doc.w(head - 1) == "of"
    {
        return of_kind(SourceKind::Anonymous);
    }
    let determiner = doc.w(s);
    let definite = is_in(DEFINITE_DETERMINERS, determiner)
        || (s + 2 < e && doc.punct(s + 1, &['\'', '\u{2019}']));
    let possessed = (s..head).any(|k| doc.punct(k, &['\'', '\u{2019}']));
    let proper_core = has_proper_noun(doc, s, core_end, clause_start);
    let proper_any = has_proper_noun(doc, s, e, clause_start);
    // A name in an apposition: "a spokesman, John Smith,".
    let apposed_person = (core_end..e).find_map(|k| {
        doc.mention(k)
            .filter(|_| doc.punct(core_end, &[',']))
            .map(|m| m.who)
    });
    if let Some(who) = apposed_person {
        return named(Some(who));
    }
    // "One in five", "40 percent of voters", "a majority": a share of a group.
    if is_number_word(hw)
        || doc.punct(head, &['%'])
        || doc.punct(head + 1, &['%']) && is_number_word(hw)
    {
        return of_kind(SourceKind::Vague);
    }
    if hw == "people" {
        let specific = core_end < e && is_in(SPECIFYING_WORDS, doc.w(core_end));
        return of_kind(if specific {
            SourceKind::Anonymous
        } else {
            SourceKind::Vague
        });
    }
    if is_head(ANONYMOUS_HEADS, hw)
        && !is_in(VAGUE_HEADS, hw)
        && (!doc.cap(head) || head == clause_start)
    {
        // "a Kremlin spokesman", "the ministry's spokeswoman": a named organisation's voice.
        if matches!(hw, "spokesman" | "spokeswoman" | "spokesperson")
            && (proper_any || definite || possessed)
        {
            return named(None);
        }
        if matches!(
            hw,
            "minister"
                | "envoy"
                | "representative"
                | "prosecutor"
                | "lawyer"
                | "attorney"
                | "commander"
        ) && (definite || possessed || proper_core)
        {
            return named(None);
        }
        return of_kind(SourceKind::Anonymous);
    }
    if is_head(VAGUE_HEADS, hw) && (!doc.cap(head) || head == clause_start) {
        if matches!(hw, "media" | "press" | "reports")
            && proper_core
            && !matches!(determiner, "some" | "many")
        {
            return named(None);
        }
        return of_kind(SourceKind::Vague);
    }
    if is_head(DOCUMENT_HEADS, hw) && (!doc.cap(head) || head == clause_start) {
        return of_kind(if definite || possessed || proper_any {
            SourceKind::Named
        } else {
            SourceKind::Vague
        });
    }
    if is_head(ROLE_HEADS, hw) && (!doc.cap(head) || head == clause_start) {
        let plural = !is_in(ROLE_HEADS, hw);
        return of_kind(if definite || possessed || proper_any {
            SourceKind::Named
        } else if plural {
            // "union leaders say": a group nobody can pin down.
            SourceKind::Vague
        } else {
            SourceKind::Anonymous
        });
    }
    if proper_any {
        return named(None);
    }
    if is_head(INSTITUTION_HEADS, hw) {
        // "the ministry", "Police": named; "a group", "some agencies": vague.
        let indefinite = head > s && is_in(DETERMINERS, determiner) && !definite;
        return of_kind(if indefinite {
            SourceKind::Vague
        } else {
            SourceKind::Named
        });
    }
    // A capitalised word opening the sentence and in no table: a proper noun ("Belta said").
    if doc.cap(head) && !is_in(NOT_PROPER, hw) {
        return named(None);
    }
    let common_noun = doc.is_word(head)
        && !doc.cap(head)
        && !is_in(PHRASE_BREAKERS, hw)
        && !is_in(AUXILIARIES, hw)
        && !doc.is_finite_at(head)
        && hw.chars().all(char::is_alphabetic);
    let fallback = common_noun.then_some(if definite || possessed {
        SourceKind::Named
    } else {
        SourceKind::Anonymous
    });
    SourceClass {
        kind: SourceKind::None,
        speaker: None,
        pronoun: false,
        not_a_source: true,
        fallback,
    }
}

/// The subject of a sentence, after any opening adverbial ("In a farewell speech on Friday,
/// *Mr. Hale* struck a calm tone, saying …"), ending before `limit`.
pub fn subject_of(doc: &Doc, s: &Sent, limit: usize) -> Option<(usize, usize)> {
    let mut k = s.body;
    // "*But* it was never mentioned": a conjunction or sentence adverb before the subject.
    while k + 1 < limit
        && doc.is_word(k)
        && is_in(LEADING_ADVERBS, doc.w(k))
        && !is_in(ADVERBIAL_OPENERS, doc.w(k))
    {
        k += 1;
    }
    let first = doc.w(k);
    let opens_adverbial = is_in(ADVERBIAL_OPENERS, first) && !approximates_a_count(doc, k)
        || (first.ends_with("ing") || first.ends_with("ed"))
            && !is_in(NOUNS_IN_ING, first)
            && doc.toks.get(k).is_some_and(|t| t.is_word());
    if opens_adverbial {
        match (k..limit.min(k + MAX_ADVERBIAL_TOKENS))
            .find(|&j| doc.punct(j, &[',']) && !is_thousands_comma(doc, j))
        {
            Some(comma) => k = comma + 1,
            // No comma after a word in "-ed"/"-ing": it opens the subject after all ("Retired
            // Army Col. Ann Ray said"); a preposition with no comma ("On May 2 …") opens none.
            None if is_in(ADVERBIAL_OPENERS, first) => return None,
            None => {}
        }
    } else if let Some(comma) = time_phrase_comma(doc, k, limit) {
        k = comma + 1;
    }
    // "On Thursday*, however,* the governor met farmers …": a sentence adverb between commas
    // after the opener.
    if k > s.body
        && k + 2 < limit
        && doc.punct(k - 1, &[','])
        && doc.is_word(k)
        && is_in(PARENTHETICAL_ADVERBS, doc.w(k))
        && doc.punct(k + 1, &[','])
    {
        k += 2;
    }
    if k >= limit || doc.is_quote_mark(k) {
        return None;
    }
    source_after(doc, k, limit, true)
}

/// True when the opener at `k` approximates a count ("*Around* 200 protesters", "*over* half of
/// them") rather than opening an adverbial: a number follows, then a word that is no time
/// ("Around 3 p.m.,", "Over 10 years," stay adverbials).
fn approximates_a_count(doc: &Doc, k: usize) -> bool {
    let after = doc.w(k + 2);
    is_in(APPROXIMATING_OPENERS, doc.w(k))
        && doc.is_word(k + 1)
        && is_number_word(doc.w(k + 1))
        && doc.is_word(k + 2)
        && !is_time_word(after)
        && !is_in(CLOCK_WORDS, after)
}

/// The comma closing an opening time phrase that reads like a noun phrase ("*Two months
/// later,* Clinton …", "*Shortly after the plant closure,* the workers …"): a phrase of
/// a few words that ends in a word placing it in time, or opens with an adverb in "-ly", with no
/// verb in it.
fn time_phrase_comma(doc: &Doc, k: usize, limit: usize) -> Option<usize> {
    let comma = (k + 1..limit.min(k + MAX_TIME_PHRASE_TOKENS + 1))
        .find(|&j| doc.punct(j, &[',']) || doc.is_finite_at(j) || !doc.is_word(j))
        .filter(|&j| doc.punct(j, &[',']))?;
    // "Shortly after …", "Recently,": an adverb in "-ly" before a preposition or the comma (not
    // a name such as "Kelly").
    let adverb =
        is_ly_adverb(doc.w(k)) && (comma == k + 1 || is_in(TIME_PREPOSITIONS, doc.w(k + 1)));
    let placed = is_in(TIME_PHRASE_ENDS, doc.w(comma - 1)) || adverb;
    (placed && comma + 1 < limit).then_some(comma)
}
