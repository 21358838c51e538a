//! Finding the people a text mentions: names from the knowledge base, people the article
//! introduces itself, titles, and repairs of badly converted text.
//!
//! The steps run in this order, each a function named for its decision:
//! 1. [`repair_glued_words`] splits run-together words ("Vladimir Putinin", "Donald TrumpThe");
//!    [`join_broken_words`] joins names hyphenated across a line break ("Luka-⏎shenko").
//! 2. `match_known_names` finds knowledge-base names, longest first. Full names are mentions at
//!    once; single words ("Putin", "May") wait for step 4.
//! 3. `find_article_people` finds people the knowledge base lacks, from the title or apposition
//!    that introduces them ("Colombian Foreign Minister Rosa Villavicencio"); other runs of
//!    capitalised words that end in a known surname ("Tim Morrison") are remembered as unknown.
//! 4. `resolve_single_names` decides each single word: the person fully named in the text under
//!    that surname (the nearest before it), else nobody when only someone unknown carries it,
//!    else the knowledge base: unambiguous surnames at once, shared or common-word ones only with
//!    evidence (a title before it, the person's country in the paragraph, the form's owner).
//! 5. `match_titles` resolves "the Venezuelan leader" through the role held at the date, and
//!    unqualified "the president" through the last person described that way nearby, else the
//!    article's dominant country.
//!
//! Every step is linear in the text (or n·log n): claimed tokens are a bit per token, surnames and
//! full mentions are hash maps of sorted positions, antecedents are searched backwards a bounded
//! number of steps, and the people holding an office at the date are looked up once per office.

use std::borrow::Cow;

use crate::stable_sort;
// The tables here are keyed by words and people of one text: FxHash, not SipHash (text::hashing).
use crate::text::hashing::{FastMap as HashMap, FastSet as HashSet};

use super::given_names;
use super::kb::{KnowledgeBase, NameStrength, PersonIdx};
use super::titles::{
    office_compatible, office_matches, read_office, resolve_office_hosted, Office, INSTITUTIONS,
    LEADER_COMPOUNDS, SEATS_OF_POWER,
};
use crate::analysis::{Analysis, Mention, PersonRef};
use crate::engine::Date;
use crate::text::calendar;
use crate::text::chars::fold;
use crate::text::lists::{is_in, is_in_joined};
use crate::text::offsets::Utf16Index;
use crate::text::sentences::SentenceSpan;
use crate::text::tokens::{tokenize, Token, TokenKind};

/// Words that badly converted text glues onto a name: "Putinin", "Thursdaywhile".
const GLUE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "had", "has", "have", "he", "her",
    "his", "in", "into", "is", "it", "its", "of", "on", "or", "said", "says", "she", "that", "the",
    "their", "they", "this", "to", "told", "was", "were", "when", "which", "while", "who", "with",
    "would", "will", "also", "after", "before", "during",
];

/// True for a folded word that never begins a name: [`NOT_NAME_WORDS`], weekdays and months, but
/// not "may", which is also a surname (Theresa May).
fn never_begins_a_name(word: &str) -> bool {
    is_in(NOT_NAME_WORDS, word) || (word != "may" && calendar::is_weekday_or_month(word))
}

/// A glued-on word this short ("is", "in") splits off only a name longer than
/// [`MAX_SHORT_GLUE_HEAD`] ("Putinis" splits; "Lewis", with the alias "Lew", does not).
const MAX_SHORT_GLUE_TAIL: usize = 2;

/// See [`MAX_SHORT_GLUE_TAIL`].
const MAX_SHORT_GLUE_HEAD: usize = 4;

/// Word endings that make a glued lower-case remainder look like an English word ("maintained").
const GLUE_ENDINGS: &[&str] = &["ed", "ing", "ly", "tion", "ment", "ness"];

/// Capitalised words that start sentences or phrases and never begin a name (weekdays and months
/// too, through [`never_begins_a_name`]).
const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "by",
    "of",
    "to",
    "and",
    "but",
    "or",
    "if",
    "as",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "after",
    "before",
    "while",
    "when",
    "although",
    "though",
    "since",
    "during",
    "according",
    "meanwhile",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "foreign",
    "prime",
    "chancellor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "secretary",
    "general",
    "senator",
    "governor",
    "mayor",
    "king",
    "queen",
    "prince",
    "ministry",
    "agency",
    "radio",
    "news",
    "house",
    "office",
    "party",
    "council",
    "union",
    "bank",
    "press",
    "times",
    "post",
    "journal",
    "television",
    "tv",
    "group",
    "company",
    "corporation",
    "university",
    "court",
    "department",
    "government",
    "administration",
    "state",
    "states",
    "republic",
    "kingdom",
    "federation",
    "national",
    "international",
    "united",
    "western",
    "eastern",
    "northern",
    "southern",
    "hemisphere",
    "reuters",
    "afp",
    "ap",
    "agencies",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "not",
    "no",
    "yes",
    "both",
    "all",
    "some",
    "many",
    "most",
    "one",
    "two",
    "three",
    "independent",
    "sources",
    "officials",
    "christmas",
    "easter",
    "god",
    "allah",
    "street",
    "avenue",
    "square",
    "commission",
    "parliament",
    "congress",
    "senate",
    "assembly",
    "committee",
    "organization",
    "organisation",
    "foundation",
    "institute",
    "center",
    "centre",
    "ministry",
    "army",
    "navy",
    "force",
    "forces",
    "police",
    "supreme",
    "federal",
    "central",
    "european",
    "security",
    "defence",
    "defense",
    "finance",
    "interior",
    "justice",
    "affairs",
    "deputy",
    "vice",
    "chief",
    "head",
    "leader",
    "former",
    "acting",
    "interim",
    "special",
    "senior",
    "crown",
    "sir",
    "lord",
    "dame",
    "lady",
    "sheikh",
    "emir",
    "sultan",
    "pope",
    "cardinal",
    "archbishop",
    "bishop",
    "judge",
    "justice",
    "colonel",
    "captain",
    "lieutenant",
    "sergeant",
    "admiral",
    "field",
    "marshal",
    "rep",
    "sen",
    "gov",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "speaker",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "executive",
    "officer",
    "reporter",
    "correspondent",
    "editor",
    "photo",
    "video",
    "watch",
    "read",
    "more",
    "related",
    "live",
    "update",
    "breaking",
];

/// Function words and adverbs that open sentences ("Later Putin spoke"): capitalised there, they
/// are never part of a name.
const SENTENCE_WORDS: &[&str] = &[
    "later",
    "earlier",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "now",
    "then",
    "still",
    "however",
    "also",
    "instead",
    "indeed",
    "thus",
    "so",
    "yet",
    "only",
    "even",
    "once",
    "where",
    "whom",
    "whose",
    "which",
    "unless",
    "because",
    "asked",
    "says",
    "said",
    "speaking",
    "like",
    "unlike",
    "including",
    "despite",
    "without",
    "within",
    "under",
    "over",
    "between",
    "among",
    "against",
    "about",
    "above",
    "below",
    "behind",
    "beyond",
    "except",
    "following",
    "given",
    "near",
    "per",
    "regarding",
    "through",
    "throughout",
    "toward",
    "towards",
    "upon",
    "via",
    "last",
    "next",
    "every",
    "each",
    "another",
    "other",
    "such",
    "several",
    "few",
    "more",
    "less",
    "much",
    "again",
    "already",
    "soon",
    "finally",
    "first",
    "second",
    "third",
    "eventually",
    "recently",
    "currently",
    "previously",
    "meanwhile",
    "separately",
    "elsewhere",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "therefore",
    "otherwise",
    "perhaps",
    "maybe",
    "certainly",
    "clearly",
    "obviously",
    "apparently",
    "reportedly",
    "allegedly",
    "officially",
    "publicly",
    "privately",
    "personally",
    "politically",
    "mr.",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "my",
    "your",
    "its",
    "us",
    "them",
    "him",
    "me",
    "let",
    "please",
    "thank",
    "thanks",
    "welcome",
    "dear",
    "hello",
    "hi",
    "ok",
    "well",
    "oh",
    "sure",
    "right",
    "left",
    "up",
    "down",
    "out",
    "off",
    "away",
    "back",
    "home",
    "photo",
    "image",
    "credit",
    "source",
    "file",
    "caption",
    "advertisement",
    "opinion",
    "analysis",
    "exclusive",
];

/// Lower-case particles that may sit inside a name ("Charles de Gaulle", "Mohammed bin Salman").
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "da", "das", "do", "dos", "van", "von", "der", "den", "bin", "al", "el",
    "la", "le", "y", "di", "du", "ibn", "e",
];

/// Honorifics that announce a person.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
];

/// Capitalised party words that may stand before a name without being part of it ("Republican Ted
/// Cruz", "Labour MP", "Democrat Jane Smith").
const PARTY_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democratic",
    "gop",
    "conservative",
    "liberal",
    "labour",
    "labor",
    "socialist",
    "independent",
    "tory",
    "libertarian",
];

/// Words that may modify an office in a role phrase ("special envoy", "deputy foreign minister").
const ROLE_MODIFIERS: &[&str] = &[
    "special",
    "deputy",
    "former",
    "senior",
    "acting",
    "interim",
    "state",
    "foreign",
    "ministry",
    "chief",
    "presidential",
    "top",
    "new",
    "outgoing",
    "incoming",
    "then",
    "vice",
    "first",
    "veteran",
    "embattled",
    "authoritarian",
    "de",
    "facto",
    "opposition",
    "self-declared",
    "longtime",
    "long-time",
    "defense",
    "defence",
    "assistant",
    "associate",
    "executive",
    "regional",
    "federal",
    "national",
    "government",
    "kremlin",
    "white",
    "house",
    "press",
    "permanent",
    "principal",
    "personal",
];

/// Adjectives that may stand between "the", a country and an office without changing who it is
/// ("the embattled Venezuelan leader", "Belarus’ veteran leader"). "Former", "deputy", "opposition"
/// and the like are absent on purpose: they name someone else.
const TITLE_ADJECTIVES: &[&str] = &[
    "embattled",
    "veteran",
    "authoritarian",
    "longtime",
    "long-time",
    "populist",
    "conservative",
    "liberal",
    "socialist",
    "leftist",
    "rightist",
    "nationalist",
    "hardline",
    "hard-line",
    "reclusive",
    "autocratic",
    "elderly",
    "ailing",
    "outspoken",
    "current",
    "sitting",
    "incumbent",
    "powerful",
    "influential",
    "controversial",
    "defiant",
    "beleaguered",
    "isolated",
    "mercurial",
    "combative",
    "unpopular",
    "popular",
    "outgoing",
    "newly",
    "elected",
    "re-elected",
    "reelected",
    "strongman",
    "de",
    "facto",
    "increasingly",
];

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

/// Prepositions that put a capitalised run in a place ("in New Delhi", "near Pyongyang").
const LOCATION_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "toward",
    "towards",
    "into",
    "around",
    "via",
    "across",
];

/// Words an alias may start with that are titles, not names ("President Xi", "Sir Keir Starmer").
const ALIAS_TITLES: &[&str] = &[
    "president",
    "king",
    "queen",
    "crown",
    "prince",
    "princess",
    "dr",
    "sir",
    "lord",
    "dame",
    "coprince",
    "co-prince",
    "sheikh",
    "sheikha",
    "emir",
    "amir",
    "sultan",
    "pope",
    "cardinal",
    "archbishop",
    "general",
    "premier",
    "chancellor",
    "prime",
    "minister",
    "tan",
    "sri",
];

/// Mentions looked back over when a title refers to someone mentioned before.
const ANTECEDENT_LOOKBACK: usize = 64;

/// Paragraphs looked back over for an antecedent before the article's dominant country decides.
const NEAR_PARAGRAPHS: u32 = 3;

/// Most words of a country phrase (name, capital, seat of power, institution) read at a word.
const MAX_COUNTRY_WORDS: usize = 4;

/// Most words of an organisation's name read at a word.
const MAX_ORG_WORDS: usize = 3;

/// Who a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    /// A person of the knowledge base.
    Kb(PersonIdx),
    /// A person the article itself introduces (index into [`Mentions::article_people`]).
    Article(usize),
}

/// How a mention was recognised (the analysis JSON's `how`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// The full name or a multi-word alias.
    FullName,
    /// The surname or another single-word alias.
    Surname,
    /// A title or description resolved through the role at the date.
    Title,
    /// A description resolved to someone the article mentioned before ("the diplomat").
    Coreference,
    /// A name recovered from run-together words.
    Repaired,
}

impl How {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            How::FullName => "full_name",
            How::Surname => "surname",
            How::Title => "title",
            How::Coreference => "coreference",
            How::Repaired => "repaired",
        }
    }
}

/// One mention, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMention {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The person.
    pub who: Who,
    /// How it was recognised.
    pub how: How,
}

/// A person known only from the article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticlePerson {
    /// The name as the article writes it.
    pub name: String,
    /// `article:<slug>`.
    pub id: String,
    /// The title or apposition that introduced them, as written ("Colombian Foreign Minister").
    pub role: Option<String>,
    /// The country that role belongs to.
    pub country: Option<&'static str>,
    /// The office that role names.
    pub office: Option<Office>,
    /// Folded full name key.
    key: String,
}

/// Everything the people layer found, kept for the attribution layer and the planner.
#[derive(Debug, Clone)]
pub struct Mentions {
    /// The text's tokens, with run-together words split and hyphenated line breaks joined.
    pub tokens: Vec<Token>,
    /// For each token, true when it was split off a run-together word.
    pub repaired: Vec<bool>,
    /// Mentions in text order, never overlapping.
    pub mentions: Vec<FoundMention>,
    /// People introduced by the article.
    pub article_people: Vec<ArticlePerson>,
    /// Descriptions of knowledge-base people given by the article ("embattled Venezuelan leader").
    pub kb_descriptions: HashMap<PersonIdx, String>,
    /// Steps taken by the scans (tokens visited, positions looked up, antecedents tried): a measure
    /// of work that tests use to check that finding mentions stays linear.
    #[doc(hidden)]
    pub work: usize,
}

/// A mention while the steps run: a token range.
#[derive(Debug, Clone, Copy)]
struct Found {
    t0: usize,
    t1: usize,
    who: Who,
    how: How,
}

/// A single-word (or surname) candidate waiting for step 4.
#[derive(Debug, Clone)]
struct Single {
    t0: usize,
    t1: usize,
    key: String,
    how: How,
}

/// A multi-word name several people share ("George Bush").
#[derive(Debug, Clone)]
struct SharedFull {
    t0: usize,
    t1: usize,
    candidates: Vec<PersonIdx>,
    how: How,
}

/// What qualifies an office: a country (or its seat of power) or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    Country(&'static str),
    Org(&'static str),
}

type OfficeKey = (
    Office,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

/// The working state of one run of [`find_mentions`].
struct Finder<'a> {
    kb: &'a KnowledgeBase,
    text: &'a str,
    date: Date,
    tokens: Vec<Token>,
    repaired: Vec<bool>,
    /// True for tokens inside a mention already found.
    claimed: Vec<bool>,
    found: Vec<Found>,
    article_people: Vec<ArticlePerson>,
    article_by_key: HashMap<String, usize>,
    kb_descriptions: HashMap<PersonIdx, String>,
    /// Folded surname (or surname phrase) → full mentions carrying it, as (token, person), `None`
    /// for someone unknown ("Tim Morrison"); sorted before step 4.
    bearers: HashMap<String, Vec<(usize, Option<Who>)>>,
    /// Tokens of capitalised runs that name someone unknown: no surname inside them is anyone else.
    blocked: Vec<bool>,
    /// Every country the text names.
    named_countries: HashSet<&'static str>,
    /// Single words and surname phrases waiting for step 4.
    singles: Vec<Single>,
    /// Tokens of single known names waiting for step 4: no unknown run goes through them
    /// ("Putin-Xi summit").
    single_at: Vec<bool>,
    shared_full: Vec<SharedFull>,
    /// Surname phrases of article people ("villacis mora", "mora"), longest first per first word.
    article_keys: HashMap<String, usize>,
    /// Token → paragraph (line).
    para: Vec<u32>,
    /// Paragraph → countries it names (names, adjectives, capitals, seats of power, institutions).
    para_countries: Vec<Vec<&'static str>>,
    /// Paragraph → true when written in capitals (a heading).
    caps_para: Vec<bool>,
    /// Paragraph → the countries whose seat of power it names ("White House", "Kremlin").
    para_seats: Vec<Vec<&'static str>>,
    /// Paragraph → true when nearly every longer word is capitalised (a title-case heading).
    title_para: Vec<bool>,
    /// Paragraph → true when nearly every longer word is capitalised, full stop or not: in such a
    /// line a name's end cannot be told from the capitals, so a run taken on a given name's
    /// evidence keeps only two words ("Bernie Sanders" of "Bernie Sanders Promises Action.").
    titleish_para: Vec<bool>,
    /// Token → starts a sentence.
    sentence_start: Vec<bool>,
    /// Country words in text order with their paragraphs, for the dominant country.
    country_words: Vec<(u32, &'static str)>,
    /// Countries the whole text names, most named first.
    doc_countries: Vec<(&'static str, usize)>,
    /// Per paragraph: the countries it names and how often.
    para_country_counts: Vec<Vec<(&'static str, usize)>>,
    /// People the text calls by an office ("President Obama"), with the office and how often.
    titled: HashMap<(PersonIdx, Office), usize>,
    /// The same by person.
    titled_by_person: HashMap<PersonIdx, Vec<Office>>,
    /// [`Self::holder_here`]'s answers, once per office, qualifier and host.
    offices_here: HashMap<OfficeKey, Option<PersonIdx>>,
    /// Per paragraph: its dominant country, once known.
    dominant_cache: Vec<Option<Option<&'static str>>>,
    offices: HashMap<OfficeKey, Option<PersonIdx>>,
    /// Token → the country named there and the token after it ([`Finder::country_at`]), read once
    /// per document: several steps ask at the same capitalised words.
    countries: Vec<Option<(&'static str, usize)>>,
    work: usize,
}

/// Finds every mention of a person in `text`.
pub fn find_mentions(
    kb: &KnowledgeBase,
    text: &str,
    sentences: &[SentenceSpan],
    date: Date,
) -> Mentions {
    let (tokens, repaired) = repair_glued_words(kb, text, tokenize(text));
    let (tokens, repaired) = join_broken_words(kb, text, tokens, repaired);
    let mut f = Finder::new(kb, text, tokens, repaired, sentences, date);
    f.match_known_names();
    f.find_article_people();
    f.resolve_single_names();
    f.resolve_shared_full_names();
    f.describe_known_people();
    f.match_titles();
    f.finish()
}

/// Splits words that bad conversion glued together, when one side is a name or a country word and
/// the other a word in its own right. Returns the new tokens and which of them were split off.
pub fn repair_glued_words(
    kb: &KnowledgeBase,
    text: &str,
    tokens: Vec<Token>,
) -> (Vec<Token>, Vec<bool>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut repaired = Vec::with_capacity(tokens.len());
    for t in tokens {
        let prev = out
            .last()
            .filter(|p| p.is_word())
            .map(|p| p.folded.as_str());
        match glue_split_point(kb, text, &t, prev) {
            Some(at) => {
                let (a, b) = (&text[t.start..at], &text[at..t.end]);
                out.push(Token::new(
                    text,
                    (t.start, at),
                    TokenKind::Word,
                    t.space_before,
                    fold(a),
                ));
                repaired.push(true);
                out.push(Token::new(
                    text,
                    (at, t.end),
                    TokenKind::Word,
                    true,
                    fold(b),
                ));
                repaired.push(true);
            }
            None => {
                out.push(t);
                repaired.push(false);
            }
        }
    }
    (out, repaired)
}

/// Where a run-together word should be split, if it is one. `prev` is the folded word before it.
fn glue_split_point(
    kb: &KnowledgeBase,
    text: &str,
    t: &Token,
    prev: Option<&str>,
) -> Option<usize> {
    if !t.is_word() || !t.is_capitalized() || t.end - t.start < 5 {
        return None;
    }
    let word = t.text(text);
    if !kb.lookup(&t.folded).is_empty() {
        return None;
    }
    // `word[a..b]` folded. An ASCII word folds byte for byte, so its parts are slices of the
    // token's folded form, with no copy; this runs at every split point of most capitalised words.
    let folded = |a: usize, b: usize| -> Cow<'_, str> {
        if word.is_ascii() {
            Cow::Borrowed(&t.folded[a..b])
        } else {
            Cow::Owned(fold(&word[a..b]))
        }
    };
    // Camel case: "TrumpThe", "VelázquezVenezuelan".
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in 1..chars.len() {
        let (i, c) = chars[w];
        if c.is_uppercase() && chars[w - 1].1.is_lowercase() && w >= 3 && chars.len() - w >= 2 {
            let (head, tail) = (folded(0, i), folded(i, word.len()));
            if matches!(
                head.as_ref(),
                "mac" | "mc" | "de" | "di" | "la" | "le" | "van" | "von"
            ) {
                continue;
            }
            let tail_is_word = is_in(GLUE_WORDS, &tail) || kb.country(&tail).is_some();
            if tail_is_word || kb.is_last_word(&head) {
                return Some(t.start + i);
            }
        }
    }
    // A known name with a lower-case word glued on: "Putinin", "Lukashenkomaintained", and the
    // last word of a longer name: "Xi Jinpingsaid".
    let lower_tail = |i: usize| word[i..].chars().all(|c| c.is_lowercase());
    for w in (3..chars.len().saturating_sub(1)).rev() {
        let i = chars[w].0;
        if !lower_tail(i) {
            break;
        }
        let head = folded(0, i);
        let tail = &word[i..];
        if !kb.is_last_word(&head) {
            continue;
        }
        let names_alone = kb
            .lookup(&head)
            .iter()
            .any(|e| e.strength() != NameStrength::Ambiguous);
        let ends_a_name = prev.is_some_and(|p| !kb.lookup(&format!("{p} {head}")).is_empty());
        if !names_alone && !ends_a_name {
            continue;
        }
        let tail_len = tail.chars().count();
        // "Lewis" is not "Lew is": a short name with a two-letter word on it is more often a
        // longer name of its own.
        if tail_len <= MAX_SHORT_GLUE_TAIL && head.chars().count() <= MAX_SHORT_GLUE_HEAD {
            continue;
        }
        let plausible = is_in(GLUE_WORDS, tail)
            || (tail_len >= 5 && GLUE_ENDINGS.iter().any(|e| tail.ends_with(e)));
        if plausible {
            return Some(t.start + i);
        }
    }
    None
}

/// Joins a name that hyphenation broke across a line ("Luka-⏎shenko", "Luka- shenko" from a PDF)
/// into one token, when the joined word is a word of some name in the knowledge base.
pub fn join_broken_words(
    kb: &KnowledgeBase,
    text: &str,
    mut tokens: Vec<Token>,
    repaired: Vec<bool>,
) -> (Vec<Token>, Vec<bool>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut rep = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i + 2 < tokens.len()
            && t.is_word()
            && tokens[i + 1].folded == "-"
            && !tokens[i + 1].space_before
        {
            let (dash, next) = (&tokens[i + 1], &tokens[i + 2]);
            let gap = &text[dash.end..next.start];
            let broken = next.is_word()
                && next.space_before
                && (gap.contains('\n') || gap == " ")
                && next.first_char().is_lowercase();
            if broken {
                let joined = format!("{}{}", t.folded, next.folded);
                if kb.is_name_word(&joined) {
                    out.push(Token::new(
                        text,
                        (t.start, next.end),
                        TokenKind::Word,
                        t.space_before,
                        joined,
                    ));
                    rep.push(repaired[i] || repaired[i + 2]);
                    i += 3;
                    continue;
                }
            }
        }
        // Moved, not cloned: a copy of every token's folded word was an allocation per token.
        let folded = std::mem::take(&mut tokens[i].folded);
        out.push(Token {
            folded,
            ..tokens[i]
        });
        rep.push(repaired[i]);
        i += 1;
    }
    (out, rep)
}

/// The folded words of `tokens` joined by single spaces ("united states"), the key form the
/// knowledge base's country, capital and organisation tables use; `None` when a token is not a
/// word, since such phrases ("U.S.-led", "Korea's") are looked up by other rules.
fn phrase_key(tokens: &[Token]) -> Option<String> {
    if tokens.iter().any(|t| !t.is_word()) {
        return None;
    }
    let mut key = String::new();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        key.push_str(&t.folded);
    }
    Some(key)
}

/// The key [`phrase_key`] gives for the longest run of at most `max` word tokens opening
/// `tokens`, with the byte length of the key of each shorter run (`ends[n - 1]`: the first `n`
/// words); one string instead of one per length.
fn phrase_keys(tokens: &[Token], max: usize) -> (String, Vec<usize>) {
    let mut key = String::new();
    let mut ends = Vec::with_capacity(max);
    for t in tokens.iter().take(max).take_while(|t| t.is_word()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&t.folded);
        ends.push(key.len());
    }
    (key, ends)
}

/// True when the space-joined `key` is the word sequence `words`. The lengths are compared first:
/// splitting the key for every entry of a table was the wasm's largest cost in [`Finder::country_at`]
/// (asked at every capitalised word), and almost no entry has the key's length.
fn key_is_words(key: &str, words: &[&str]) -> bool {
    words.iter().map(|w| w.len() + 1).sum::<usize>() == key.len() + 1
        && key.split(' ').eq(words.iter().copied())
}

/// True when a word can start or end a name: capitalised, or in a script without case.
fn name_like(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let c = t.first_char();
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase() && !c.is_ascii())
}

/// Most words (not counting initials and "Jr.") of a name taken on a given name's or an
/// honorific's evidence alone: longer capitalised runs are titles or names of things.
const MAX_PERSONAL_NAME_WORDS: usize = 3;

/// Longest apposition read as an article person's description ("Tom Cooper, *a local farmer*,").
const MAX_APPOSITION_TOKENS: usize = 8;

/// Shortest head of a word before a capital that makes the word two glued ones ("Ducey|Rep"); a
/// shorter head is a name's prefix ("McAuliffe", "DuVernay", "MacArthur").
const MIN_GLUED_HEAD: usize = 4;

/// True when a word is two capitalised words run together by bad conversion ("DuceyRep",
/// "KirkBill"): a capital after a lower-case letter, with at least [`MIN_GLUED_HEAD`] letters
/// before it and two after.
fn glued_capitalised_word(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    (MIN_GLUED_HEAD..chars.len().saturating_sub(2))
        .any(|k| chars[k].is_uppercase() && chars[k - 1].is_lowercase())
}

/// True when the word is written in capitals ("PUTIN").
fn all_caps(t: &Token, text: &str) -> bool {
    let s = t.text(text);
    // The test that fails at the first lower-case letter goes first: most words have one.
    t.is_word()
        && s.chars().all(|c| !c.is_lowercase())
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Reads up to `max` words from token `i`, joined across hyphens and initials' dots; returns each
/// prefix's key and the token index after it.
fn word_run(tokens: &[Token], i: usize, max: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut j = i;
    while j < tokens.len() && out.len() < max {
        let t = &tokens[j];
        if !t.is_word() {
            break;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&t.folded);
        j += 1;
        out.push((key.clone(), j));
        // Joiners: "Jean-Yves", "John F. Kennedy".
        if j + 1 < tokens.len()
            && matches!(tokens[j].folded.as_str(), "-" | ".")
            && tokens[j + 1].is_word()
            && !tokens[j].space_before
        {
            // The dot of an initial: "John F. Kennedy", "George H.W. Bush".
            let initial_dot = tokens[j].folded == "." && tokens[j - 1].folded.chars().count() == 1;
            let hyphen_glued = tokens[j].folded == "-" && !tokens[j + 1].space_before;
            if hyphen_glued || initial_dot {
                j += 1;
            }
        }
    }
    out
}

/// True when token `i` is glued to the word before it by a hyphen ("Jae-myung": "myung").
fn hyphen_joined(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].folded == "-"
        && !tokens[i - 1].space_before
        && !tokens[i].space_before
        && tokens[i - 2].is_word()
}

impl<'a> Finder<'a> {
    fn new(
        kb: &'a KnowledgeBase,
        text: &'a str,
        tokens: Vec<Token>,
        repaired: Vec<bool>,
        sentences: &[SentenceSpan],
        date: Date,
    ) -> Finder<'a> {
        let n = tokens.len();
        // Paragraphs are lines.
        let mut para = Vec::with_capacity(n);
        let mut p = 0u32;
        let mut last_end = 0;
        for t in &tokens {
            p += text[last_end..t.start].matches('\n').count() as u32;
            last_end = t.start;
            para.push(p);
        }
        let paras = para.last().map_or(1, |&p| p as usize + 1);
        let mut sentence_start = vec![false; n];
        let mut k = 0;
        for s in sentences {
            while k < n && tokens[k].start < s.start {
                k += 1;
            }
            if k < n {
                sentence_start[k] = true;
            }
        }
        if n > 0 {
            sentence_start[0] = true;
        }
        for i in 1..n {
            if para[i] != para[i - 1] {
                sentence_start[i] = true;
            }
        }
        let mut f = Finder {
            kb,
            text,
            date,
            claimed: vec![false; n],
            tokens,
            repaired,
            found: Vec::new(),
            article_people: Vec::new(),
            article_by_key: HashMap::default(),
            kb_descriptions: HashMap::default(),
            bearers: HashMap::default(),
            blocked: vec![false; n],
            named_countries: HashSet::default(),
            singles: Vec::new(),
            single_at: vec![false; n],
            shared_full: Vec::new(),
            article_keys: HashMap::default(),
            para,
            para_countries: vec![Vec::new(); paras],
            caps_para: vec![false; paras],
            para_seats: vec![Vec::new(); paras],
            title_para: vec![false; paras],
            titleish_para: vec![false; paras],
            sentence_start,
            country_words: Vec::new(),
            doc_countries: Vec::new(),
            para_country_counts: Vec::new(),
            dominant_cache: Vec::new(),
            titled: HashMap::default(),
            titled_by_person: HashMap::default(),
            offices_here: HashMap::default(),
            offices: HashMap::default(),
            countries: Vec::new(),
            work: 0,
        };
        f.countries = (0..n).map(|i| f.read_country(i)).collect();
        f.scan_paragraphs();
        f
    }

    /// Countries each paragraph names, and which paragraphs are headings in capitals.
    fn scan_paragraphs(&mut self) {
        let n = self.tokens.len();
        let mut words = vec![0usize; self.caps_para.len()];
        let mut caps = vec![0usize; self.caps_para.len()];
        let mut long = vec![0usize; self.caps_para.len()];
        let mut capitalised = vec![0usize; self.caps_para.len()];
        let mut ends_sentence = vec![false; self.caps_para.len()];
        for (k, t) in self.tokens.iter().enumerate() {
            let p = self.para[k] as usize;
            let last_of_para = self.para.get(k + 1).is_none_or(|&q| q as usize != p);
            if last_of_para {
                ends_sentence[p] = t.is_punct_in(&['.', '!', '?', '"', '”', '’', ')']);
            }
        }
        let mut i = 0;
        while i < n {
            self.work += 1;
            let p = self.para[i] as usize;
            if self.tokens[i].is_word() {
                words[p] += 1;
                if self.tokens[i].text(self.text).chars().count() > 3 {
                    long[p] += 1;
                    if name_like(&self.tokens[i]) {
                        capitalised[p] += 1;
                    }
                }
                if all_caps(&self.tokens[i], self.text) {
                    caps[p] += 1;
                }
            }
            match self.country_at(i) {
                Some((iso, after)) => {
                    if !self.para_countries[p].contains(&iso) {
                        self.para_countries[p].push(iso);
                    }
                    let words: Vec<&str> = self.tokens[i..after]
                        .iter()
                        .map(|t| t.folded.as_str())
                        .collect();
                    if SEATS_OF_POWER.iter().any(|(w, _)| *w == words.as_slice())
                        && !self.para_seats[p].contains(&iso)
                    {
                        self.para_seats[p].push(iso);
                    }
                    self.country_words.push((p as u32, iso));
                    self.named_countries.insert(iso);
                    i = after;
                }
                None => i += 1,
            }
        }
        for p in 0..words.len() {
            self.caps_para[p] = words[p] >= 2 && caps[p] * 10 >= words[p] * 8;
            // Headlines do not end with a full stop; sentences full of names do.
            self.titleish_para[p] = long[p] >= 3 && capitalised[p] * 10 >= long[p] * 8;
            self.title_para[p] = self.titleish_para[p] && !ends_sentence[p];
        }
    }

    /// Two initials with dots at token `i` ("U.S.", "U.N.", tokenised U . S .), as the folded key
    /// "u.s." the knowledge base's country and organisation forms use.
    fn dotted_initials_at(&self, i: usize) -> Option<String> {
        let t = &self.tokens;
        (i + 3 < t.len()
            && t[i].folded.len() == 1
            && t[i + 1].folded == "."
            && t[i + 2].folded.len() == 1
            && t[i + 3].folded == ".")
            .then(|| format!("{}.{}.", t[i].folded, t[i + 2].folded))
    }

    /// A country named at token `i` (name, adjective, "U.S.", capital, seat of power,
    /// institution); returns it and the token after.
    fn country_at(&self, i: usize) -> Option<(&'static str, usize)> {
        self.countries[i]
    }

    /// What [`Finder::country_at`] answers, read from the tokens.
    fn read_country(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = &self.tokens[i];
        if !name_like(t) {
            return None;
        }
        // "U.S." / "U.K." as U . S .
        if let Some(key) = self.dotted_initials_at(i) {
            if let Some(c) = self.kb.country(&key) {
                return Some((c.iso2(), i + 4));
            }
        }
        // The keys of the phrases of 1 to 4 words from `i` are prefixes of the longest one.
        let (phrase, ends) = phrase_keys(&self.tokens[i..], MAX_COUNTRY_WORDS);
        for n in (1..=ends.len()).rev() {
            let key = &phrase[..ends[n - 1]];
            if let Some(c) = self.kb.country(key).or_else(|| self.kb.capital(key)) {
                return Some((c.iso2(), i + n));
            }
            if let Some((_, iso)) = SEATS_OF_POWER
                .iter()
                .chain(INSTITUTIONS.iter())
                .find(|(w, _)| key_is_words(key, w))
            {
                return Some((iso, i + n));
            }
        }
        None
    }

    fn is_free(&self, t0: usize, t1: usize) -> bool {
        !self.claimed[t0..t1].iter().any(|&c| c)
    }

    fn push(&mut self, t0: usize, t1: usize, who: Who, how: How) {
        for c in &mut self.claimed[t0..t1] {
            *c = true;
        }
        self.found.push(Found { t0, t1, who, how });
    }

    /// Remembers a full mention of `who` under each single word of it that can stand alone for them
    /// (and, for article people, each surname phrase).
    fn register_full(&mut self, t0: usize, t1: usize, who: Who) {
        match who {
            Who::Kb(p) => {
                for k in t0..t1 {
                    let w = &self.tokens[k];
                    if w.is_word() && self.kb.lookup(&w.folded).iter().any(|e| e.person() == p) {
                        self.bearers
                            .entry(w.folded.clone())
                            .or_default()
                            .push((t0, Some(who)));
                    }
                }
            }
            Who::Article(a) => {
                let key = self.article_people[a].key.clone();
                let words: Vec<&str> = key.split(' ').collect();
                // The full name and every ending of it: "rafael villacis mora", "villacis mora", "mora".
                for s in 0..words.len() {
                    let k = words[s..].join(" ");
                    if s > 0 || words.len() > 1 {
                        self.article_keys.entry(k.clone()).or_insert(a);
                    }
                    if s > 0 {
                        self.bearers.entry(k).or_default().push((t0, Some(who)));
                    }
                }
            }
        }
    }

    fn is_allcaps_context(&self, i: usize) -> bool {
        self.caps_para[self.para[i] as usize]
    }

    /// True when the capitalised word at `i` continues into a neighbouring name word, so that it
    /// is one part of a name the knowledge base does not have ("Tim Morrison").
    fn part_of_longer_name(&self, i: usize) -> bool {
        if self.is_allcaps_context(i) || self.title_para[self.para[i] as usize] {
            return false;
        }
        let tokens = &self.tokens;
        let text = self.text;
        let joined = |a: &Token, b: &Token| {
            b.space_before && b.start > a.end && text[a.end..b.start].chars().all(|c| c == ' ')
        };
        let kb = self.kb;
        let is_name_word = |t: &Token| {
            name_like(t)
                && !never_begins_a_name(&t.folded)
                && !is_in(SENTENCE_WORDS, &t.folded)
                && kb.country(&t.folded).is_none()
                && !is_honorific(&t.folded)
        };
        let next = tokens
            .get(i + 1)
            .is_some_and(|n| is_name_word(n) && joined(&tokens[i], n));
        let prev = i > 0 && is_name_word(&tokens[i - 1]) && joined(&tokens[i - 1], &tokens[i]);
        // An initial before it: "G. Petit".
        let initial = i >= 2
            && tokens[i - 1].folded == "."
            && tokens[i - 2].folded.chars().count() == 1
            && name_like(&tokens[i - 2])
            && !tokens[i - 1].space_before;
        next || prev || initial
    }

    /// Step 2: knowledge-base names, longest match first.
    fn match_known_names(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            self.work += 1;
            let t = &self.tokens[i];
            let particle_start = t.is_word() && is_in(NAME_PARTICLES, &t.folded) && !name_like(t);
            let max = if name_like(t) || particle_start {
                self.kb.max_words_from(&t.folded)
            } else {
                0
            };
            let mut matched = false;
            if max > 0 && !self.claimed[i] {
                let run = word_run(&self.tokens, i, max);
                self.work += run.len();
                for (key, after) in run.into_iter().rev() {
                    let last = after - 1;
                    if !(name_like(&self.tokens[last]) || hyphen_joined(&self.tokens, last)) {
                        continue;
                    }
                    let words = key.split(' ').count();
                    if particle_start && words < 2 {
                        continue;
                    }
                    let entries = self.kb.lookup(&key);
                    if entries.is_empty() {
                        continue;
                    }
                    let repaired = self.repaired[last]
                        && (self
                            .tokens
                            .get(after)
                            .is_some_and(|x| x.start == self.tokens[last].end)
                            || self.tokens[last].start > 0 && !self.tokens[last].space_before);
                    if words >= 2 {
                        let how = if repaired {
                            How::Repaired
                        } else {
                            How::FullName
                        };
                        let strongest = entries
                            .iter()
                            .map(|e| e.strength())
                            .min()
                            .unwrap_or(NameStrength::Ambiguous);
                        let best: Vec<PersonIdx> = entries
                            .iter()
                            .filter(|e| e.strength() == strongest)
                            .map(|e| e.person())
                            .collect();
                        if strongest != NameStrength::Ambiguous && best.len() == 1 {
                            let p = best[0];
                            let t0 = self.strip_alias_title(i, after, p);
                            self.push(t0, after, Who::Kb(p), how);
                            self.register_full(t0, after, Who::Kb(p));
                        } else {
                            let candidates = entries.iter().map(|e| e.person()).collect();
                            self.shared_full.push(SharedFull {
                                t0: i,
                                t1: after,
                                candidates,
                                how,
                            });
                        }
                    } else {
                        if self.part_of_longer_name(i) {
                            // "Jesús Rafael Salazar Velázquez", "Tim Morrison": step 3 reads the run.
                            continue;
                        }
                        let how = if repaired {
                            How::Repaired
                        } else {
                            How::Surname
                        };
                        for c in &mut self.single_at[i..after] {
                            *c = true;
                        }
                        self.singles.push(Single {
                            t0: i,
                            t1: after,
                            key,
                            how,
                        });
                    }
                    i = after;
                    matched = true;
                    break;
                }
            }
            if !matched {
                i += 1;
            }
        }
    }

    /// The first token of a name match without a title its alias starts with ("President Xi" →
    /// "Xi", "Sir Keir Starmer" → "Keir Starmer"), when the rest still names the same person.
    fn strip_alias_title(&self, t0: usize, t1: usize, p: PersonIdx) -> usize {
        let mut s = t0;
        while s + 1 < t1 && is_in(ALIAS_TITLES, &self.tokens[s].folded) {
            s += 1;
        }
        if s == t0 {
            return t0;
        }
        let rest: Vec<&str> = self.tokens[s..t1]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.folded.as_str())
            .collect();
        if self
            .kb
            .lookup(&rest.join(" "))
            .iter()
            .any(|e| e.person() == p)
        {
            s
        } else {
            t0
        }
    }

    /// A capitalised run of words that could be a person's name: `(first token, end token)`.
    fn name_sequence(&self, i: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens;
        let ok_word = |k: usize| {
            let w = tokens[k].folded.as_str();
            name_like(&tokens[k])
                && !never_begins_a_name(w)
                && !is_in(SENTENCE_WORDS, w)
                && !is_in(ROLE_MODIFIERS, w)
                && !is_honorific(w)
                && read_office(tokens, k).is_none()
        };
        // Title-case headings ("Putin Says Russia Will Respond") are not read for new names.
        if !ok_word(i)
            || self.claimed[i]
            || self.single_at[i]
            || self.title_para[self.para[i] as usize]
            || self.country_at(i).is_some()
            || self.org_at(i).is_some()
        {
            return None;
        }
        let mut j = i;
        let mut words = 0;
        let mut last_name_word = i;
        // A given name before a surname the knowledge base knows, when nobody of the knowledge base
        // is fully named under it, is a namesake ("Bernie Sanders", "Brian May"): the run takes
        // the surname and ends there.
        let namesake_surname = |j: usize| {
            j == i + 1
                && self.single_at[j]
                && tokens[j].space_before
                && given_names::is_given_name(&tokens[i].folded)
                && self
                    .bearers
                    .get(&tokens[j].folded)
                    .is_none_or(|v| v.is_empty())
        };
        while j < tokens.len() && words < 6 && !self.claimed[j] {
            if self.single_at[j] {
                if namesake_surname(j) && ok_word(j) {
                    last_name_word = j;
                }
                break;
            }
            let t = &tokens[j];
            if !t.is_word() {
                // Hyphenated names.
                if t.folded == "-"
                    && !t.space_before
                    && j + 1 < tokens.len()
                    && !tokens[j + 1].space_before
                    && name_like(&tokens[j + 1])
                {
                    j += 1;
                    continue;
                }
                // The dot of an initial: "Silvia S. Martins", "George H.W. Bush".
                if t.folded == "."
                    && !t.space_before
                    && j > i
                    && tokens[j - 1].folded.chars().count() == 1
                    && tokens.get(j + 1).is_some_and(name_like)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // A word glued on by bad conversion ("VelázquezVenezuelan") ends the name.
            if j > i && t.start == tokens[j - 1].end && tokens[j - 1].is_word() {
                break;
            }
            // A line break ends it.
            if j > i && self.para[j] != self.para[j - 1] {
                break;
            }
            // A country word ends it; a capital does not ("Ana Ferreira Lima").
            if j > i && self.kb.country(&t.folded).is_some() && name_like(t) {
                break;
            }
            if ok_word(j) {
                last_name_word = j;
                words += 1;
                j += 1;
            } else if is_in(NAME_PARTICLES, &t.folded) && j > i && !name_like(t) {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = last_name_word + 1;
        // A name does not end with an initial ("Silvia S" of "Silvia S. Martins" cut short).
        while end > i + 1 && tokens[end - 1].folded.chars().count() == 1 {
            end -= 1;
        }
        let count = tokens[i..end]
            .iter()
            .filter(|t| t.is_word() && name_like(t))
            .count();
        (count >= 2 && !self.all_caps_run(i, end)).then_some((i, end))
    }

    /// True when every word of the run is in capitals inside a heading ("WILL RESPOND").
    fn all_caps_run(&self, s: usize, e: usize) -> bool {
        self.is_allcaps_context(s)
            && self.tokens[s..e]
                .iter()
                .all(|t| !t.is_word() || all_caps(t, self.text))
    }

    /// An organisation named at token `i`: returns its code and the token after.
    fn org_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = &self.tokens[i];
        if !name_like(t) {
            return None;
        }
        // "U.N." as U . N .
        if let Some(key) = self.dotted_initials_at(i) {
            if let Some((o, _)) = self.kb.org_form(&key) {
                return Some((o.code(), i + 4));
            }
        }
        let (phrase, ends) = phrase_keys(&self.tokens[i..], MAX_ORG_WORDS);
        for n in (1..=ends.len()).rev() {
            let key = &phrase[..ends[n - 1]];
            if let Some((o, caps)) = self.kb.org_form(key) {
                if caps
                    && !self.tokens[i..i + n]
                        .iter()
                        .all(|t| all_caps(t, self.text) || t.text(self.text).len() == 1)
                {
                    continue;
                }
                return Some((o.code(), i + n));
            }
        }
        None
    }

    /// Step 3: people the knowledge base lacks, from the title or apposition introducing them.
    fn find_article_people(&mut self) {
        let mut unknown_runs: Vec<(usize, usize)> = Vec::new();
        let honoured = self.surnames_after_honorifics();
        let mut i = 0;
        while i < self.tokens.len() {
            self.work += 1;
            let Some((mut s, e)) = self.name_sequence(i) else {
                i += 1;
                continue;
            };
            // "Republican Ted Cruz": the party is not part of the name.
            if is_in(PARTY_WORDS, &self.tokens[s].folded)
                && self.tokens[s + 1..e].iter().filter(|t| t.is_word()).count() >= 2
            {
                s += 1;
            }
            // In a title-case line only a given name and the word after it are taken.
            let mut e = e;
            if self.titleish_para[self.para[s] as usize]
                && given_names::is_given_name(&self.tokens[s].folded)
                && e - s > 2
                && self.tokens[s + 1].is_word()
                && self.tokens[s + 2].space_before
            {
                e = s + 2;
            }
            let tokens = &self.tokens;
            let located = s > 0 && is_in(LOCATION_PREPOSITIONS, &tokens[s - 1].folded);
            // Evidence: a role phrase before ("Colombian Foreign Minister Rosa Villavicencio"), or
            // before a comma ("a special envoy, John Coale"), an apposition after ("…, a
            // spokesman, …"), or an honorific ("Mr.").
            let mut role: Option<(usize, usize, Office, Option<&'static str>)> = None;
            if let Some((rs, office, country)) = role_phrase_before(self.kb, tokens, s) {
                role = Some((rs, s, office, country));
            } else if s >= 2 && tokens[s - 1].folded == "," {
                if let Some((rs, office, country)) = role_phrase_before(self.kb, tokens, s - 1) {
                    role = Some((rs, s - 1, office, country));
                }
            }
            if role.is_none() {
                let comma = e < tokens.len() && tokens[e].folded == ",";
                let after = if comma { e + 1 } else { e };
                if let Some((re, office, country)) = role_phrase_after(self.kb, tokens, after) {
                    // An apposition closes ("…, the French ambassador to Algeria, was recalled"); a
                    // role that goes on into a verb is the next clause's subject ("In New Delhi, the
                    // prime minister promised").
                    let closes = re >= tokens.len()
                        || matches!(
                            tokens[re].folded.as_str(),
                            "," | "." | ";" | ":" | ")" | "\""
                        )
                        || tokens[re].is_punct_in(&['”', '’', '—', '–']);
                    let glued = !comma && e < tokens.len() && tokens[e].start == tokens[e - 1].end;
                    if closes && (comma || glued || !located) {
                        let rs = if matches!(tokens[after].folded.as_str(), "a" | "an" | "the") {
                            after + 1
                        } else {
                            after
                        };
                        role = Some((rs, re, office, country));
                    }
                }
            }
            let honorific = s >= 1 && is_honorific(&tokens[s - 1].folded)
                || s >= 2 && tokens[s - 1].folded == "." && is_honorific(&tokens[s - 2].folded);
            let named_person = honorific || self.reads_as_a_personal_name(s, e, &honoured);
            if role.is_none() && (located || !named_person) {
                // Someone unknown, unless the article introduces them elsewhere: decided below.
                unknown_runs.push((s, e));
                i = e;
                continue;
            }
            let name = self.text[tokens[s].start..tokens[e - 1].end].to_string();
            let key = crate::people::kb::name_key(&name);
            let idx = match self.article_by_key.get(&key) {
                Some(&idx) => idx,
                None => {
                    let (role_text, office, country) = match role {
                        Some((rs, re, office, country)) => {
                            // The body the office belongs to, when capitalised words name it:
                            // "InfoNation President", "Interim BART Police Chief".
                            let rs = if rs < s {
                                self.role_owner_start(rs)
                            } else {
                                rs
                            };
                            let tokens = &self.tokens;
                            let t = self.text[tokens[rs].start..tokens[re - 1].end]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace());
                            (Some(t.to_string()), Some(office), country)
                        }
                        None => (self.apposition_after(e), None, None),
                    };
                    self.article_people.push(ArticlePerson {
                        id: format!("article:{}", slug(&name)),
                        name: name.clone(),
                        role: role_text,
                        country,
                        office,
                        key: key.clone(),
                    });
                    self.article_by_key
                        .insert(key, self.article_people.len() - 1);
                    self.article_people.len() - 1
                }
            };
            let how = if self.repaired[e - 1] {
                How::Repaired
            } else {
                How::FullName
            };
            self.push(s, e, Who::Article(idx), how);
            self.register_full(s, e, Who::Article(idx));
            i = e;
        }
        // Runs no title introduces: someone unknown, whose surname stands for them and not for
        // anyone in the knowledge base, unless the run names an article person ("Villacís Mora").
        for (s, e) in unknown_runs {
            self.work += 1;
            let key: Vec<&str> = self.tokens[s..e]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.folded.as_str())
                .collect();
            if !self.article_keys.contains_key(&key.join(" ")) {
                self.register_unknown(s, e);
            }
        }
        // Later mentions of article people: their full name or an ending of it ("Villacís Mora").
        if self.article_keys.is_empty() {
            return;
        }
        let max_words = self
            .article_keys
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1)
            .min(6);
        let mut i = 0;
        while i < self.tokens.len() {
            self.work += 1;
            if self.claimed[i] || self.blocked[i] || !name_like(&self.tokens[i]) {
                i += 1;
                continue;
            }
            let run = word_run(&self.tokens, i, max_words);
            self.work += run.len();
            let hit = run.into_iter().rev().find(|(k, after)| {
                self.article_keys.contains_key(k)
                    && self.is_free(i, *after)
                    && name_like(&self.tokens[after - 1])
            });
            match hit {
                Some((key, after)) => {
                    let how = if self.repaired[after - 1] {
                        How::Repaired
                    } else {
                        How::Surname
                    };
                    // A repeated full name is a full mention.
                    let a = self.article_keys[&key];
                    if self.article_people[a].key == key {
                        self.push(
                            i,
                            after,
                            Who::Article(a),
                            if how == How::Repaired {
                                how
                            } else {
                                How::FullName
                            },
                        );
                    } else {
                        self.singles.push(Single {
                            t0: i,
                            t1: after,
                            key,
                            how,
                        });
                    }
                    i = after;
                }
                None => i += 1,
            }
        }
    }

    /// The description an apposition gives right after a name, between commas or before the
    /// sentence's end: "Tom Cooper*, a local farmer,*" → "a local farmer". Lower-case words after
    /// "a", "an" or "the", at most [`MAX_APPOSITION_TOKENS`] tokens; anything else is no apposition.
    fn apposition_after(&self, e: usize) -> Option<String> {
        let t = &self.tokens;
        if t.get(e).is_none_or(|c| c.folded != ",") {
            return None;
        }
        let first = t
            .get(e + 1)
            .filter(|w| matches!(w.folded.as_str(), "a" | "an" | "the"))?;
        let mut k = e + 2;
        while k < t.len() && k - e <= MAX_APPOSITION_TOKENS && t[k].is_word() {
            k += 1;
        }
        let closes = k < t.len() && matches!(t[k].folded.as_str(), "," | "." | ";");
        (closes && k > e + 2 && self.para[k] == self.para[e])
            .then(|| self.text[first.start..t[k - 1].end].to_string())
    }

    /// Folded words written after an honorific anywhere in the text ("Mr. *Clarke*", "Ms. *Sherry*"):
    /// a capitalised run ending in one of them names that person.
    fn surnames_after_honorifics(&self) -> HashSet<String> {
        let t = &self.tokens;
        let mut out = HashSet::default();
        for k in 0..t.len() {
            if !t[k].is_word() || !is_honorific(&t[k].folded) {
                continue;
            }
            let next = if t.get(k + 1).is_some_and(|d| d.folded == ".") {
                k + 2
            } else {
                k + 1
            };
            if let Some(n) = t.get(next).filter(|n| name_like(n)) {
                out.insert(n.folded.clone());
            }
        }
        out
    }

    /// True when the capitalised run `s..e`, which no title introduces, still reads as a person's
    /// name: at least two words, opening with a common given name ("Bernie Sanders") or ending in a
    /// surname the text writes after an honorific ("Richard Clarke" … "Mr. Clarke"), and not ending
    /// in a place's or an organisation's word ("Rose Garden").
    fn reads_as_a_personal_name(&self, s: usize, e: usize, honoured: &HashSet<String>) -> bool {
        let mut words = self.tokens[s..e].iter().filter(|t| t.is_word());
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            return false;
        };
        // Given name, middle name, surname ("Ruth Bader Ginsburg"); initials and "Jr." aside.
        let long_words = self.tokens[s..e]
            .iter()
            .filter(|t| t.is_word() && t.folded.len() > 1 && !is_in(&["jr", "sr"], &t.folded))
            .count();
        if long_words > MAX_PERSONAL_NAME_WORDS {
            return false;
        }
        let honoured_surname =
            || honoured.contains(&last.folded) && self.kb.lookup(&last.folded).is_empty();
        (given_names::is_given_name(&first.folded) || honoured_surname())
            && !given_names::ends_a_place_or_body(&last.folded)
            && !all_caps(last, self.text)
            && !self.tokens[s..e]
                .iter()
                .any(|t| t.is_word() && glued_capitalised_word(t.text(self.text)))
    }

    /// Moves the start of a role phrase back over the capitalised words naming the body the office
    /// belongs to ("Indiana State Teachers Association President"), at most four.
    fn role_owner_start(&self, rs: usize) -> usize {
        let mut k = rs;
        while k > 0 && rs - k < 4 {
            let t = &self.tokens[k - 1];
            let joined = self.tokens[k].space_before && self.para[k - 1] == self.para[k];
            let w = t.folded.as_str();
            let stop = matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "from"
                    | "with"
                    | "by"
                    | "of"
                    | "to"
                    | "and"
                    | "but"
                    | "or"
                    | "as"
                    | "said"
                    | "says"
            ) || is_in(SENTENCE_WORDS, w)
                || self.claimed[k - 1];
            if !joined || !name_like(t) || stop {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Remembers a capitalised run no title introduces under its first and last words.
    fn register_unknown(&mut self, s: usize, e: usize) {
        let words: Vec<usize> = (s..e).filter(|&k| self.tokens[k].is_word()).collect();
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return;
        };
        for c in &mut self.blocked[s..e] {
            *c = true;
        }
        // The last word is a surname; the first only where surnames come first ("Kim Yo Jong"),
        // never "Trump" of "Trump Tower".
        let surname_first = |w: &str| {
            self.kb.lookup(w).iter().any(|e| {
                crate::people::kb::name_key(self.kb.person(e.person()).name())
                    .split(' ')
                    .next()
                    == Some(w)
            })
        };
        let mut keys = vec![self.tokens[last].folded.clone()];
        if first != last && surname_first(&self.tokens[first].folded) {
            keys.push(self.tokens[first].folded.clone());
        }
        for w in keys {
            if w.chars().count() >= 2 {
                self.bearers.entry(w).or_default().push((s, None));
            }
        }
    }

    /// Step 4: single words and surname phrases.
    fn resolve_single_names(&mut self) {
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
        let fits = |r: &super::kb::RoleRecord| {
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
    fn resolve_shared_full_names(&mut self) {
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
    fn describe_known_people(&mut self) {
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

    /// A qualifier ending at token `end` (exclusive), adjectives allowed between it and the office:
    /// "Russian", "Colombia ’ s", "U.S.", "the Kremlin ' s", "Belarus’ veteran", "UN". Returns its
    /// first token, the qualifier, and whether it is possessive.
    fn qualifier_before(&self, end: usize) -> Option<(usize, Qualifier, bool)> {
        let tokens = &self.tokens;
        let mut e = skip_adjectives_back(tokens, end);
        if e == 0 {
            return None;
        }
        let mut possessive = false;
        if e >= 3
            && tokens[e - 1].folded == "s"
            && tokens[e - 2].folded == "'"
            && !tokens[e - 1].space_before
            && !tokens[e - 2].space_before
        {
            e -= 2;
            possessive = true;
        } else if e >= 2 && tokens[e - 1].folded == "'" && !tokens[e - 1].space_before {
            // "Belarus’ veteran leader"
            e -= 1;
            possessive = true;
        }
        for n in (1..=4).rev() {
            if e < n || tokens[e - n..e].iter().any(|t| !t.is_word()) {
                continue;
            }
            let s = e - n;
            if !name_like(&tokens[s]) {
                continue;
            }
            let words: Vec<&str> = tokens[s..e].iter().map(|t| t.folded.as_str()).collect();
            if let Some((_, iso)) = SEATS_OF_POWER.iter().find(|(w, _)| *w == words.as_slice()) {
                return Some((s, Qualifier::Country(iso), possessive));
            }
            let key = words.join(" ");
            let country = if possessive {
                self.kb.country_noun(&key).or_else(|| self.kb.country(&key))
            } else {
                self.kb.country(&key)
            };
            if let Some(c) = country {
                return Some((s, Qualifier::Country(c.iso2()), possessive));
            }
            if let Some((o, caps)) = self.kb.org_form(&key) {
                if !caps || tokens[s..e].iter().all(|t| all_caps(t, self.text)) {
                    return Some((s, Qualifier::Org(o.code()), possessive));
                }
            }
        }
        // "U.S." / "U.K." / "U.N." as U . S .
        if e >= 4
            && tokens[e - 1].folded == "."
            && tokens[e - 3].folded == "."
            && tokens[e - 2].is_word()
            && tokens[e - 4].is_word()
        {
            let key = format!("{}.{}.", tokens[e - 4].folded, tokens[e - 2].folded);
            if let Some(c) = self.kb.country(&key) {
                return Some((e - 4, Qualifier::Country(c.iso2()), possessive));
            }
            if let Some((o, _)) = self.kb.org_form(&key) {
                return Some((e - 4, Qualifier::Org(o.code()), possessive));
            }
        }
        None
    }

    /// A qualifier after an office: "of Venezuela", "of the United States", "of the IMF". Returns
    /// the token after it.
    fn qualifier_after(&self, i: usize) -> Option<(usize, Qualifier)> {
        let tokens = &self.tokens;
        if i >= tokens.len() || tokens[i].folded != "of" {
            return None;
        }
        let mut k = i + 1;
        if k < tokens.len() && tokens[k].folded == "the" {
            k += 1;
        }
        if k >= tokens.len() || !name_like(&tokens[k]) {
            return None;
        }
        for n in (1..=4).rev() {
            let Some(key) = tokens.get(k..k + n).and_then(phrase_key) else {
                continue;
            };
            if let Some(c) = self.kb.country_noun(&key) {
                return Some((k + n, Qualifier::Country(c.iso2())));
            }
        }
        if let Some((code, after)) = self.org_at(k) {
            return Some((after, Qualifier::Org(code)));
        }
        if let Some((iso, after)) = self.country_at(k) {
            // "of the U.S."
            if tokens[k].folded.len() == 1 {
                return Some((after, Qualifier::Country(iso)));
            }
        }
        None
    }

    /// The state an ambassador or envoy is posted to: "to Algeria", "in Caracas", "to the U.S.".
    fn host_after(&self, i: usize) -> Option<(usize, &'static str)> {
        let tokens = &self.tokens;
        if i >= tokens.len() || !matches!(tokens[i].folded.as_str(), "to" | "in") {
            return None;
        }
        let mut k = i + 1;
        if k < tokens.len() && tokens[k].folded == "the" {
            k += 1;
        }
        if k >= tokens.len() {
            return None;
        }
        self.country_at(k).map(|(iso, after)| (after, iso))
    }

    /// Who holds `office` at the date, looked up once per office, qualifier and host.
    fn holder(
        &mut self,
        office: Office,
        country: Option<&'static str>,
        org: Option<&'static str>,
        host: Option<&'static str>,
    ) -> Option<PersonIdx> {
        let key = (office, country, org, host);
        if let Some(&p) = self.offices.get(&key) {
            return p;
        }
        self.work += 1;
        let p = resolve_office_hosted(self.kb, office, country, org, host, self.date);
        self.offices.insert(key, p);
        p
    }

    /// The people the text itself calls by an office ("President Obama", "Prime Minister
    /// Netanyahu"), with how often: in this text's world they hold it, whatever the date says.
    fn collect_titled_names(&mut self) {
        let mut titled: HashMap<(PersonIdx, Office), usize> = HashMap::default();
        let mut order: Vec<Found> = self
            .found
            .iter()
            .copied()
            .filter(|x| matches!(x.who, Who::Kb(_)))
            .collect();
        stable_sort::sort_by_key(&mut order, |x| x.t0);
        for x in order {
            self.work += 1;
            let Who::Kb(p) = x.who else { continue };
            let mut office = None;
            for n in (1..=4).rev() {
                if x.t0 < n {
                    continue;
                }
                if let Some((o, after)) = read_office(&self.tokens, x.t0 - n) {
                    if after == x.t0 {
                        office = Some((o, x.t0 - n));
                        break;
                    }
                }
            }
            let Some((o, start)) = office else { continue };
            let earlier = start > 0
                && matches!(
                    self.tokens[start - 1].folded.as_str(),
                    "former" | "ex" | "late" | "then" | "-"
                );
            if earlier
                || !self
                    .kb
                    .person(p)
                    .roles()
                    .iter()
                    .any(|r| office_matches(o, r))
            {
                continue;
            }
            *titled.entry((p, o)).or_default() += 1;
        }
        for &(p, o) in titled.keys() {
            self.titled_by_person.entry(p).or_default().push(o);
        }
        self.titled = titled;
    }

    /// Who holds `office` here: the holder at the date, unless the text calls someone else by that
    /// office of that country and never the holder ("President Obama" in a page dated years later
    /// than it was written, or with no date at all).
    fn holder_here(
        &mut self,
        office: Office,
        country: Option<&'static str>,
        org: Option<&'static str>,
        host: Option<&'static str>,
    ) -> Option<PersonIdx> {
        let key = (office, country, org, host);
        if let Some(&p) = self.offices_here.get(&key) {
            return p;
        }
        let at_date = self.holder(office, country, org, host);
        let Some(c) = country else { return at_date };
        let kb = self.kb;
        self.work += self.titled.len();
        let mut called: Vec<(PersonIdx, usize)> =
            self.titled
                .iter()
                .filter(|((p, o), _)| {
                    kb.person(*p).roles().iter().any(|r| {
                        r.country() == c && office_matches(*o, r) && office_matches(office, r)
                    })
                })
                .map(|((p, _), n)| (*p, *n))
                .collect();
        called.sort_unstable();
        let here = if called.is_empty() || at_date.is_some_and(|h| called.iter().any(|t| t.0 == h))
        {
            at_date
        } else {
            called.iter().max_by_key(|t| t.1).map(|t| t.0)
        };
        self.offices_here.insert(key, here);
        here
    }

    /// True when the person referred to by `who` fits an office title at the date.
    /// A person the text itself calls by the office fits too ("President Obama … the president").
    fn fits_office(&self, who: Who, office: Office) -> bool {
        match who {
            Who::Kb(p) => {
                let person = self.kb.person(p);
                person
                    .role_at(self.date)
                    .is_some_and(|r| office_matches(office, r))
                    || self.titled_by_person.get(&p).is_some_and(|offices| {
                        offices.iter().any(|&o| {
                            person
                                .roles()
                                .iter()
                                .any(|r| office_matches(o, r) && office_matches(office, r))
                        })
                    })
            }
            Who::Article(a) => self.article_people[a]
                .office
                .is_some_and(|o| office_compatible(o, office, self.article_people[a].country)),
        }
    }

    /// Counts the countries the text names (country words, capitals, seats of power, and the
    /// countries of the people mentioned), per paragraph and in all, for [`Self::dominant_at`].
    fn count_countries(&mut self) {
        let mut doc: HashMap<&'static str, usize> = HashMap::default();
        let mut per_para: Vec<Vec<(&'static str, usize)>> = vec![Vec::new(); self.caps_para.len()];
        let mut add = |p: usize, c: &'static str| {
            *doc.entry(c).or_default() += 1;
            match per_para[p].iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1 += 1,
                None => per_para[p].push((c, 1)),
            }
        };
        for &(p, c) in &self.country_words {
            add(p as usize, c);
        }
        for x in &self.found {
            if let Who::Kb(p) = x.who {
                let person = self.kb.person(p);
                if let Some(r) = person.role_at(self.date).or_else(|| person.latest_role()) {
                    if !r.country().is_empty() {
                        add(self.para[x.t0] as usize, r.country());
                    }
                }
            }
        }
        let mut ranked: Vec<(&'static str, usize)> = doc.into_iter().collect();
        stable_sort::sort_by(&mut ranked, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        self.doc_countries = ranked;
        self.para_country_counts = per_para;
        self.dominant_cache = vec![None; self.caps_para.len()];
    }

    /// The country the text around paragraph `p` is about: the one named most in the whole text,
    /// with what its own paragraph names counting three times, when it leads the next by half as
    /// much again. `None` when no country leads.
    fn dominant_at(&mut self, p: usize) -> Option<&'static str> {
        if let Some(d) = self.dominant_cache[p] {
            return d;
        }
        let local = &self.para_country_counts[p];
        let doc = |c: &str| {
            self.doc_countries
                .iter()
                .find(|x| x.0 == c)
                .map_or(0, |x| x.1)
        };
        let mut scored: Vec<(&'static str, usize)> = self
            .doc_countries
            .iter()
            .take(3)
            .map(|x| x.0)
            .chain(local.iter().map(|x| x.0))
            .map(|c| {
                (
                    c,
                    doc(c) + 2 * local.iter().find(|x| x.0 == c).map_or(0, |x| x.1),
                )
            })
            .collect();
        self.work += scored.len();
        stable_sort::sort_by(&mut scored, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        scored.dedup_by_key(|x| x.0);
        let d = match scored.as_slice() {
            [] => None,
            [(c, _)] => Some(*c),
            [(c, n), (_, m), ..] => (2 * n >= 3 * m && n > m).then_some(*c),
        };
        self.dominant_cache[p] = Some(d);
        d
    }

    /// The one seat of power that paragraph `p` or the one before it names ("The White House …
    /// the president"), if exactly one country's is named there.
    fn local_lead(&mut self, p: usize) -> Option<&'static str> {
        let mut seats: Vec<&'static str> = Vec::new();
        for q in p.saturating_sub(1)..=p {
            for &c in &self.para_seats[q] {
                self.work += 1;
                if !seats.contains(&c) {
                    seats.push(c);
                }
            }
        }
        match seats.as_slice() {
            [c] => Some(*c),
            _ => None,
        }
    }

    /// Step 5: titles.
    fn match_titles(&mut self) {
        self.count_countries();
        self.collect_titled_names();
        // Antecedents in text order; titles found here join them as the scan goes.
        let mut antecedents: Vec<Found> = self.found.clone();
        stable_sort::sort_by_key(&mut antecedents, |x| x.t0);
        let mut next_antecedent = 0;
        let mut seen: Vec<Found> = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            self.work += 1;
            if self.claimed[i] {
                i += 1;
                continue;
            }
            let Some((office, after)) = read_office(&self.tokens, i) else {
                i += 1;
                continue;
            };
            while next_antecedent < antecedents.len() && antecedents[next_antecedent].t1 <= i {
                seen.push(antecedents[next_antecedent]);
                next_antecedent += 1;
            }
            match self.read_title(i, office, after, &seen) {
                Some((t0, t1, who, how)) => {
                    self.push(t0, t1, who, how);
                    let f = Found { t0, t1, who, how };
                    seen.push(f);
                    if let Who::Kb(p) = who {
                        let phrase =
                            self.text[self.tokens[t0].start..self.tokens[t1 - 1].end].to_string();
                        self.kb_descriptions.entry(p).or_insert(phrase);
                    }
                    i = t1;
                }
                None => i = after.max(i + 1),
            }
        }
    }

    /// Reads the title whose office phrase starts at `i` and ends before `after`; returns its span
    /// and person when it is a definite reference that resolves.
    fn read_title(
        &mut self,
        i: usize,
        office: Office,
        after: usize,
        seen: &[Found],
    ) -> Option<(usize, usize, Who, How)> {
        let word = self.tokens[i].folded.clone();
        let next = self.tokens.get(after);
        // "the president-elect", "the prime minister-designate".
        if next.is_some_and(|t| {
            (t.folded == "-" && !t.space_before)
                || matches!(t.folded.as_str(), "elect" | "designate")
        }) {
            return None;
        }
        let leader_word = matches!(
            word.as_str(),
            "chief" | "leader" | "head" | "strongman" | "ruler"
        );
        // "chief negotiator", "head coach", "chief of staff".
        if leader_word
            && next.is_some_and(|t| {
                t.is_word()
                    && !name_like(t)
                    && is_in(LEADER_COMPOUNDS, &t.folded)
                    && t.folded != "of"
            })
        {
            return None;
        }
        let qualifier = self.qualifier_before(i);
        let after_q = self.qualifier_after(after);
        let (mut end_tok, qual) = match (qualifier, after_q) {
            (_, Some((e, q))) => (e, Some(q)),
            (Some((_, q, _)), None) => (after, Some(q)),
            (None, None) => (after, None),
        };
        // "of" that is not a qualifier: "the president of the university", "the IMF head of research".
        if after_q.is_none() && self.tokens.get(after).is_some_and(|t| t.folded == "of") {
            let k = after + 1;
            let institution = self
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.folded.as_str(), "the" | "a" | "an") || name_like(t));
            if institution || qual.is_some() || leader_word {
                return None;
            }
        }
        let mut host = None;
        if matches!(office, Office::Ambassador | Office::Envoy) {
            if let Some((e, h)) = self.host_after(end_tok) {
                host = Some(h);
                end_tok = e;
            }
        }
        let start_q = qualifier.map_or(i, |q| q.0);
        let possessive = qualifier.is_some_and(|q| q.2) && after_q.is_none();
        let before =
            skip_adjectives_back(&self.tokens, if qualifier.is_some() { start_q } else { i });
        let determiner = before > 0 && self.tokens[before - 1].folded == "the";
        if !(determiner || possessive) {
            return None;
        }
        let t0 = if determiner { before - 1 } else { start_q };
        if !self.is_free(t0, end_tok) {
            return None;
        }
        // The name is the mention when it follows the title directly ("the Russian president
        // Vladimir Putin"); a comma sets a title apart ("The Belarusian President, Alexander …").
        let next = self.tokens.get(end_tok);
        if next.is_some_and(|t| {
            name_like(t)
                && !never_begins_a_name(&t.folded)
                && (self.claimed[end_tok] || self.part_of_name_start(end_tok))
        }) {
            return None;
        }
        let (country, org) = match qual {
            Some(Qualifier::Country(c)) => (Some(c), None),
            Some(Qualifier::Org(o)) => (None, Some(o)),
            None => (None, None),
        };
        if country.is_some() || org.is_some() {
            if let Some(p) = self.holder_here(office, country, org, host) {
                return Some((t0, end_tok, Who::Kb(p), How::Title));
            }
            // Someone the article described: "Colombia’s chancellor" after "Colombian Foreign
            // Minister Rosa Villavicencio".
            let a = self.article_people.iter().position(|p| {
                p.office
                    .is_some_and(|o| office_compatible(o, office, p.country))
                    && country.is_some()
                    && p.country == country
            })?;
            return Some((t0, end_tok, Who::Article(a), How::Title));
        }
        if !determiner {
            return None;
        }
        // Unqualified: "the president", "the diplomat", "the Chancellor".
        let para_here = self.para[i];
        if office == Office::Pope {
            return self
                .holder_here(office, Some("VA"), None, None)
                .map(|p| (t0, end_tok, Who::Kb(p), How::Title));
        }
        let by_country = matches!(
            office,
            Office::President
                | Office::PrimeMinister
                | Office::Chancellor
                | Office::VicePresident
                | Office::ForeignMinister
                | Office::DefenceMinister
                | Office::FinanceMinister
                | Office::Monarch
        );
        // A seat of power in the title's paragraph (or the one before) decides first: "The White
        // House … no recommendation to the president" is not the Russian president named a
        // sentence earlier.
        if by_country {
            if let Some(c) = self.local_lead(para_here as usize) {
                if let Some(p) = self.holder_here(office, Some(c), None, None) {
                    return Some((t0, end_tok, Who::Kb(p), How::Title));
                }
            }
        }
        let mut nearest_any = None;
        for (steps, x) in seen.iter().rev().enumerate() {
            if steps >= ANTECEDENT_LOOKBACK {
                break;
            }
            self.work += 1;
            if self.fits_office(x.who, office) {
                if para_here - self.para[x.t0].min(para_here) <= NEAR_PARAGRAPHS {
                    return Some((t0, end_tok, x.who, How::Coreference));
                }
                nearest_any = Some(x.who);
                break;
            }
        }
        if by_country {
            // A head of government or minister far back may be another country's: the country
            // the text is about decides, or nobody.
            let dominant = self.dominant_at(para_here as usize);
            return dominant
                .and_then(|c| self.holder_here(office, Some(c), None, None))
                .map(|p| (t0, end_tok, Who::Kb(p), How::Title));
        }
        nearest_any.map(|w| (t0, end_tok, w, How::Coreference))
    }

    /// True when a capitalised word at `k` starts what reads as a name (two capitalised words, or a
    /// name the knowledge base or the article knows).
    fn part_of_name_start(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        if !name_like(t) || never_begins_a_name(&t.folded) {
            return false;
        }
        !self.kb.lookup(&t.folded).is_empty()
            || self.kb.max_words_from(&t.folded) > 0
            || self.tokens.get(k + 1).is_some_and(name_like)
    }

    /// The mentions in text order, never overlapping.
    fn finish(mut self) -> Mentions {
        stable_sort::sort_by_key(&mut self.found, |x| (x.t0, std::cmp::Reverse(x.t1)));
        let mut mentions: Vec<FoundMention> = Vec::with_capacity(self.found.len());
        for x in &self.found {
            let (start, end) = (self.tokens[x.t0].start, self.tokens[x.t1 - 1].end);
            if mentions.last().is_none_or(|k| start >= k.end) {
                mentions.push(FoundMention {
                    start,
                    end,
                    who: x.who,
                    how: x.how,
                });
            }
        }
        Mentions {
            tokens: self.tokens,
            repaired: self.repaired,
            mentions,
            article_people: self.article_people,
            kb_descriptions: self.kb_descriptions,
            work: self.work,
        }
    }
}

fn is_honorific(w: &str) -> bool {
    is_in(HONORIFICS, w)
}

/// Moves back over adjectives that may stand inside a title ("embattled", "71-year-old") from
/// token `end` (exclusive); returns the new end.
fn skip_adjectives_back(tokens: &[Token], end: usize) -> usize {
    let mut e = end;
    loop {
        if e >= 1 && tokens[e - 1].is_word() && is_in(TITLE_ADJECTIVES, &tokens[e - 1].folded) {
            e -= 1;
            continue;
        }
        // "71-year-old": 71 - year - old
        if e >= 5
            && tokens[e - 1].folded == "old"
            && tokens[e - 2].folded == "-"
            && tokens[e - 3].folded == "year"
            && tokens[e - 4].folded == "-"
            && tokens[e - 5].folded.chars().all(|c| c.is_ascii_digit())
        {
            e -= 5;
            continue;
        }
        return e;
    }
}

/// A role phrase ending at token `end` (exclusive): "Colombian Foreign Minister", "special envoy",
/// "Venezuelan ambassador to Russia". Returns its first token, office and country.
fn role_phrase_before(
    kb: &KnowledgeBase,
    tokens: &[Token],
    end: usize,
) -> Option<(usize, Office, Option<&'static str>)> {
    // An office phrase that ends exactly at `end`, or before "to/in/of/at" and a place.
    let mut found = None;
    'ends: for tail in 0..=3usize {
        if tail > 0 {
            if end < tail + 1 {
                break;
            }
            let prep = end - tail - 1;
            if !matches!(tokens[prep].folded.as_str(), "to" | "in" | "at" | "of")
                || !tokens[prep + 1..end]
                    .iter()
                    .all(|t| t.is_word() && (name_like(t) || t.folded == "the"))
                || !name_like(&tokens[end - 1])
            {
                continue;
            }
        }
        let office_end = if tail == 0 { end } else { end - tail - 1 };
        for s in office_end.saturating_sub(4)..office_end {
            if let Some((office, after)) = read_office(tokens, s) {
                if after == office_end {
                    found = Some((s, office));
                    break 'ends;
                }
            }
        }
    }
    let (mut s, office) = found?;
    // "editor-in-chief", "commander-in-chief": a compound, not the office.
    if s >= 1 && tokens[s - 1].folded == "-" && !tokens[s].space_before {
        return None;
    }
    let mut country = None;
    while s > 0 {
        let t = &tokens[s - 1];
        // "Brazil's ambassador": a possessive country.
        if t.folded == "s"
            && s >= 3
            && tokens[s - 2].folded == "'"
            && !t.space_before
            && !tokens[s - 2].space_before
            && name_like(&tokens[s - 3])
        {
            if let Some(c) = kb
                .country_noun(&tokens[s - 3].folded)
                .or_else(|| kb.country(&tokens[s - 3].folded))
            {
                country = Some(c.iso2());
                s -= 3;
            }
            break;
        }
        // "U.S. Ambassador", "U.K. envoy": the tokens U . S . read backwards.
        if s >= 4
            && tokens[s - 1].folded == "."
            && tokens[s - 3].folded == "."
            && tokens[s - 2].is_word()
            && tokens[s - 4].is_word()
            && tokens[s - 2].folded.chars().count() == 1
            && tokens[s - 4].folded.chars().count() == 1
        {
            let key = format!("{}.{}.", tokens[s - 4].folded, tokens[s - 2].folded);
            if let Some(c) = kb.country(&key) {
                country = Some(c.iso2());
                s -= 4;
                continue;
            }
            break;
        }
        if !t.is_word() {
            // "Colombia’s chancellor".
            break;
        }
        if name_like(t) {
            if let Some(c) = kb.country(&t.folded) {
                country = Some(c.iso2());
                s -= 1;
                continue;
            }
        }
        if is_in(ROLE_MODIFIERS, &t.folded) {
            s -= 1;
            continue;
        }
        break;
    }
    Some((s, office, country))
}

/// A role phrase starting at token `i`, after a name: "Venezuelan ambassador in Moscow",
/// "a special envoy", "a spokeswoman for the Swedish government". Returns its end token, office
/// and country.
fn role_phrase_after(
    kb: &KnowledgeBase,
    tokens: &[Token],
    mut i: usize,
) -> Option<(usize, Office, Option<&'static str>)> {
    if i < tokens.len() && matches!(tokens[i].folded.as_str(), "a" | "an" | "the") {
        i += 1;
    }
    let mut country = None;
    let mut guard = 0;
    while i < tokens.len() && guard < 6 {
        guard += 1;
        if let Some((office, after)) = read_office(tokens, i) {
            let mut end = after;
            // "ambassador in Moscow", "spokesman for the foundation", "minister of Venezuela".
            if end + 1 < tokens.len()
                && matches!(tokens[end].folded.as_str(), "in" | "to" | "of" | "for")
            {
                let mut k = end + 1;
                if k < tokens.len() && tokens[k].folded == "the" {
                    k += 1;
                }
                let mut took = false;
                while k < tokens.len()
                    && tokens[k].is_word()
                    && (name_like(&tokens[k])
                        || took
                            && matches!(
                                tokens[k].folded.as_str(),
                                "government" | "ministry" | "president" | "foundation"
                            ))
                {
                    if country.is_none() {
                        country = kb.country(&tokens[k].folded).map(|c| c.iso2());
                    }
                    k += 1;
                    took = true;
                }
                if took {
                    end = k;
                }
            }
            return Some((end, office, country));
        }
        let t = &tokens[i];
        if !t.is_word() {
            return None;
        }
        if let Some(c) = kb.country(&t.folded) {
            country = Some(c.iso2());
        } else if !is_in(ROLE_MODIFIERS, &t.folded) {
            return None;
        }
        i += 1;
    }
    None
}

/// A slug for an article person's id: folded words joined by hyphens.
fn slug(name: &str) -> String {
    crate::people::kb::name_key(name)
        .replace(' ', "-")
        .replace(['.', '\''], "")
}

impl Mentions {
    /// The person a mention inside `start..end` refers to, preferring the last one (the head of
    /// "Russian Foreign Ministry spokeswoman Maria Zakharova"). Binary search: mentions are sorted
    /// and never overlap, so their ends are sorted too.
    pub fn person_in(&self, start: usize, end: usize) -> Option<Who> {
        let k = self.mentions.partition_point(|x| x.end <= end);
        let x = &self.mentions[k.checked_sub(1)?];
        (x.start >= start).then_some(x.who)
    }

    /// The last person mentioned before byte `pos`: what a pronoun most likely refers to.
    pub fn last_person_before(&self, pos: usize) -> Option<Who> {
        let k = self.mentions.partition_point(|x| x.end <= pos);
        k.checked_sub(1).map(|k| self.mentions[k].who)
    }

    /// The display name of a person.
    pub fn name_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).name().to_string(),
            Who::Article(a) => self.article_people[a].name.clone(),
        }
    }

    /// The id of a person as the analysis JSON gives it.
    pub fn id_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).id().to_string(),
            Who::Article(a) => self.article_people[a].id.clone(),
        }
    }

    /// Everyone mentioned or quoted, in order of first appearance.
    pub fn people_in_order(&self, speakers: impl Iterator<Item = Who>) -> Vec<Who> {
        let mut out: Vec<Who> = Vec::new();
        let mut seen: HashSet<Who> = HashSet::default();
        for w in self.mentions.iter().map(|x| x.who).chain(speakers) {
            if seen.insert(w) {
                out.push(w);
            }
        }
        out
    }

    /// Writes `people` and `mentions` into the analysis.
    pub fn write_into(
        &self,
        analysis: &mut Analysis,
        index: &Utf16Index,
        kb: &KnowledgeBase,
        date: Date,
        attributions: &crate::attribution::Attributions,
    ) {
        for who in self.people_in_order(attributions.speakers()) {
            let (role, country, in_kb) = match who {
                Who::Kb(p) => {
                    let r = kb.person(p).role_at(date);
                    let role = r
                        .map(|r| r.title().to_string())
                        .or_else(|| self.kb_descriptions.get(&p).cloned());
                    (
                        role,
                        r.and_then(|r| (!r.country().is_empty()).then(|| r.country().to_string())),
                        true,
                    )
                }
                Who::Article(a) => {
                    let p = &self.article_people[a];
                    (p.role.clone(), p.country.map(str::to_string), false)
                }
            };
            analysis.people.push(PersonRef {
                id: self.id_of(kb, who),
                name: self.name_of(kb, who),
                in_knowledge_base: in_kb,
                role,
                country,
            });
        }
        for x in &self.mentions {
            analysis.mentions.push(Mention {
                span: index.span(x.start, x.end),
                person: self.id_of(kb, x.who),
                how: x.how.as_str().to_string(),
            });
        }
    }
}
