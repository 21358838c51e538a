//! The attribution patterns: a cue, its source and its content, put together.
//!
//! Why it exists: news copy attributes in a handful of shapes, and each needs its own reading
//! of where the source and the content are:
//!
//! - SOURCE CUE [addressee] [that|:] CONTENT — "Sources told Reuters that …"
//! - “CONTENT,” SOURCE CUE / “CONTENT,” CUE SOURCE — "“…“, said the diplomat"
//! - CONTENT, SOURCE CUE — "The vote was rigged, critics said."
//! - According to SOURCE, CONTENT / CONTENT, according to SOURCE
//! - MEDIUM quoted PERSON [as saying] CONTENT — speaker PERSON, via MEDIUM
//! - PERSON was quoted by MEDIUM as saying CONTENT
//! - vague markers with no source: "reportedly", "is said to", "it is believed that", "there
//!   are reports that"
//! - …, saying/adding that CONTENT, … and said CONTENT — the sentence's subject speaks
//! - NAME, who told … — the antecedent speaks; "as The Times reported, …"
//! - SOURCE CUE: ¶ CONTENT — a colon ending a paragraph hands over the next one
//! - LABEL: CONTENT — a transcript's or a headline's speaker label ("PENCE: Well, …")
//! - continuations: a quote after an attributed one in the same paragraph, or a paragraph that
//!   opens with a quote after a quoted paragraph, keeps the speaker ("he added" is resolved as a
//!   pronoun to the last speaker).
//!
//! Each pattern is a function named for the shape it reads. They run over every sentence, in
//! text order, so a pronoun can be resolved against the speakers before it.

use super::cues::*;
use super::quotes::{MarkRole, Quotations};
use super::sources::{
    classify, source_after, source_before, subject_of, SourceClass, ADVERBIAL_OPENERS,
    DOCUMENT_HEADS, FIRST_PERSON_PRONOUNS, PERSON_PRONOUNS,
};
use super::words::*;
use super::SourceKind;
use crate::people::mentions::Who;
use crate::stable_sort;
use crate::text::lists::is_in_joined;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// At most this many tokens of source between a sentence-opening "According to" and its comma.
pub const MAX_ACCORDING_TO_SOURCE_TOKENS: usize = 24;

/// At most this many cues are read per sentence (keeps pathological input linear).
pub const MAX_CUES_PER_SENTENCE: usize = 24;

/// A pronoun looks at most this many attributions back.
pub const MAX_PRONOUN_LOOKBACK: usize = 64;

/// Most tokens of auxiliaries, adverbs and time adjuncts between a source and its cue.
pub const MAX_AUXILIARY_TOKENS: usize = 12;

/// A pronoun looks this many paragraphs back for the speaker it refers to.
pub const PRONOUN_PARAGRAPHS: usize = 2;

/// Words after which a short source and its cue start a new attribution that ends the content
/// before them ("… *and* 14 percent said", "… *with* three in 10 saying").
pub const NEW_SOURCE_OPENERS: &[&str] = &["and", "with", "while", "but", "whereas"];

/// Longest source between "and" and a cue that ends the content before it ("… and *14
/// percent* said …").
pub const MAX_COORDINATED_SOURCE_TOKENS: usize = 5;

/// Words after which indirect content stops: the author takes over ("… “are numbered”
/// *although* he declined to say …").
pub const CONTENT_STOPPERS: &[&str] = &["although", "though", "whereas", "whilst"];

/// Third-person forms that are more often plural nouns: they attribute only with content
/// after them ("The letter *states* that …", not "… in five *states*.").
pub const NOUN_LIKE_THIRD_FORMS: &[&str] = &[
    "states",
    "reports",
    "claims",
    "notes",
    "posts",
    "comments",
    "plans",
    "hopes",
    "fears",
    "doubts",
    "demands",
    "answers",
    "replies",
    "remarks",
    "promises",
    "pledges",
    "vows",
    "points",
    "calls",
    "signals",
    "counters",
    "quotes",
    "tweets",
    "shows",
    "finds",
    "wishes",
    "statements",
    "responds",
    "proposes",
    "records",
    "supports",
    "attacks",
    "questions",
    "orders",
    "lists",
    "rules",
    "projects",
    "forecasts",
    "offers",
    "requests",
    "estimates",
    "labels",
    "brands",
    "credits",
    "champions",
    "views",
    "echoes",
    "emails",
    "chants",
    "favors",
    "favours",
    "thanks",
    "welcomes",
    "hails",
    "blasts",
    "likes",
    "aims",
    "declines",
    "disputes",
    "challenges",
    "talks",
    "fires",
    "pushes",
    "focuses",
    "hints",
    "guarantees",
    "backs",
    "votes",
    "blames",
    "slams",
    "praises",
    "rails",
    "retweets",
    "recounts",
    "highlights",
    "references",
    "mocks",
    "shares",
    "voices",
    "knocks",
    "addresses",
    "attributes",
    "sides",
    "campaigns",
    "fights",
    "puts",
    "tries",
    "attempts",
    "looks",
];

/// Speech verbs through which any common noun may speak ("the host said", "the woman
/// asked"); other verbs need a known kind of source ("the conflict threatens" is no claim).
pub const PLAIN_SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "ask",
    "reply",
    "answer",
    "explain",
    "write",
    "insist",
    "argue",
    "continue",
    "warn",
    "recall",
    "respond",
    "shout",
    "whisper",
    "exclaim",
    "joke",
    "quip",
    "retort",
    "counter",
    "testify",
    "yell",
    "scream",
    "implore",
    "muse",
    "grumble",
    "interject",
    "confess",
    "marvel",
    "sigh",
    "laugh",
    "chuckle",
    "scoff",
    "gush",
    "fume",
    "groan",
];

/// Words after which a new clause, and so a new subject, may start.
pub const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "or",
    "nor",
    "yet",
    "so",
    "that",
    "which",
    "who",
    "whom",
    "because",
    "when",
    "while",
    "whereas",
    "if",
    "as",
    "after",
    "before",
    "since",
    "although",
    "though",
    "once",
    "until",
    "unless",
    "where",
    "then",
    "now",
    "also",
    "instead",
    "meanwhile",
    "however",
    "thus",
    "therefore",
    "still",
];

/// How many paragraphs after the last attribution a paragraph opening with a quotation still
/// continues it (news copy runs a speaker's quote over several paragraphs; a paragraph of the
/// author's in between ends the run).
pub const MAX_CONTINUATION_PARAGRAPHS: usize = 1;

/// Most words after a quotation that opens a sentence for it to still continue the quote
/// before ("“…,” he added.").
pub const MAX_WORDS_AFTER_CONTINUATION: usize = 4;

/// Words before a finite verb that keep it inside a "that" clause ("that prices rose *and*
/// fell").
pub const CLAUSE_LINKERS: &[&str] = &["and", "or", "but", "that", "which", "who"];

/// Most adverbs between a subject and the verb of a clause that a colon closes before a
/// quotation ("Trump *quickly* deflected: “…”").
pub const MAX_COLON_VERB_ADVERBS: usize = 2;

/// Most tokens from that verb to the colon ("released the following statement:").
pub const MAX_COLON_CLAUSE_TOKENS: usize = 16;

/// Conjunctions that may open a sentence before a continuing quotation ("“…,” he said. *But*
/// “…”").
pub const CONTINUING_CONJUNCTIONS: &[&str] = &["but", "and", "so", "yet"];

/// Most words of a quoted title glued to the source after it ("“Daily Show” host …").
pub const MAX_TITLE_WORDS_BEFORE_SOURCE: usize = 4;

/// Adverbs set off by commas between a source and its cue ("Democrats*, however,* question").
pub const PARENTHETICAL_ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "too",
    "though",
    "instead",
    "therefore",
    "moreover",
    "nonetheless",
    "nevertheless",
    "also",
    "indeed",
    "apparently",
    "meantime",
];

/// Pronouns whose "’s" before a speech participle is "has" ("she’s said"); "it’s said" stays
/// the vague passive.
pub const HAS_CONTRACTING_PRONOUNS: &[&str] = &["he", "she", "who"];

/// Relative pronouns that stand for the content of the cue after them ("*which* officials
/// said will …", "*what* Trump says his plan would do").
pub const GAP_PRONOUNS: &[&str] = &["which", "that", "who", "whom", "what"];

/// Particles that turn a cue verb into another verb ("backed *off*", "called *up*", "shot
/// *down*") unless the verb lists them among its own particles.
pub const PHRASAL_PARTICLES: &[&str] = &["off", "down"];

/// Openers of a concessive clause or phrase that frames, but is not part of, the content
/// before a cue ("*Though* …, there is no correlation, scientists say").
pub const CONCESSIVE_OPENERS: &[&str] = &[
    "though",
    "although",
    "despite",
    "while",
    "whereas",
    "even",
    "recalling",
    "boasting",
    "amid",
];

/// Endings of nouns naming people by what they do ("demonstrat*or*s", "bystand*er*",
/// "econom*ist*", "particip*ant*", "resid*ent*", "Republic*an*").
pub const AGENT_SUFFIXES: &[&str] = &["er", "or", "ist", "ant", "ent", "ian", "an"];

/// Words that open a subordinate clause at the start of a sentence.
pub const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "when", "if", "as", "because", "after", "before", "since",
    "whereas", "once", "until", "unless",
];

/// Base forms that are more often nouns: they attribute only after a modal, an auxiliary or
/// a pronoun, or with "that", a colon or a quote after them ("state officials said" is no cue).
pub const NOUN_LIKE_BASE_FORMS: &str = "\
    state report claim note post comment plan hope fear doubt demand answer reply remark promise \
    pledge vow point call signal counter quote tweet wish record show find caution joke want \
    know back support attack blame question order list rule project forecast offer request \
    estimate label brand credit champion view echo email chant favor favour thank welcome hail \
    mock slam blast dub like aim refuse decline dispute challenge tout vote talk fire shoot push \
    rail focus hint guarantee retweet recount praise highlight see regard defend embrace reject \
    express repeat discuss share voice knock address attribute accept side campaign fight put \
    try attempt look interpret";

/// Words before a cue that make it share the sentence's subject ("… *and* said").
pub const VERB_COORDINATORS: &[&str] = &["and", "but", "then", "or", "before", "after"];

/// Most words of an apposition between a speaker label's name and its colon ("Meghan Hale,
/// *Fox News*: “…”").
pub const MAX_LABEL_APPOSITION_WORDS: usize = 6;

/// Most words in a speaker label ("PENCE:", "Mike Pence:").
pub const MAX_LABEL_WORDS: usize = 4;

/// Most words in a label in ordinary capitals that is taken for a name without other
/// evidence ("McCaul:", "NY Post:").
pub const MAX_NAME_LABEL_WORDS: usize = 3;

/// Lower-case words inside a speaker's label ("Obama *on* Climate Change:", "Mukasey *at*
/// RNC:").
pub const LABEL_PREPOSITIONS: &[&str] = &["on", "at", "to", "in", "of", "about", "for"];

/// Capitalised labels before a colon that are not speakers.
pub const NOT_SPEAKER_LABELS: &str = "\
    photo read related source sources update updated note editor editors watch listen breaking \
    exclusive analysis opinion q a warning correction video graphic map background context live \
    latest more also see tags topics share comments advertisement disclaimer credit credits \
    image picture file subscribe follow contact email phone tel fax web website address date \
    time location venue price tickets bottom line why what how who when where the this that key \
    fact facts quote quotes summary timeline step part chapter section figure table question \
    answer reporting editing name age city job pay status result results score vote votes total \
    winner pledged delegates superdelegates continued daily news weekly episode";

/// Words that open an aside, not resumed content, after a parenthetical cue ("…, he said, *as*
/// the crowd cheered").
pub const RESUMPTION_BLOCKERS: &[&str] = &[
    "as",
    "while",
    "when",
    "whereas",
    "although",
    "though",
    "because",
    "after",
    "before",
    "since",
    "until",
    "and",
    "but",
    "or",
    "who",
    "which",
    "where",
    "whose",
    "referring",
    "noting",
    "pointing",
];

/// Adjectives of a feeling, belief or stance about something ("was *sure* that", "are
/// *willing* to", "is *skeptical* of"): with their complement they attribute it to the subject.
pub const ATTITUDE_ADJECTIVES: &[&str] = &[
    "sure",
    "certain",
    "confident",
    "convinced",
    "aware",
    "unaware",
    "glad",
    "happy",
    "pleased",
    "proud",
    "eager",
    "willing",
    "unwilling",
    "reluctant",
    "determined",
    "prepared",
    "concerned",
    "worried",
    "afraid",
    "fearful",
    "nervous",
    "anxious",
    "skeptical",
    "sceptical",
    "critical",
    "supportive",
    "hopeful",
    "optimistic",
    "pessimistic",
    "adamant",
    "angry",
    "upset",
    "furious",
    "outraged",
    "disappointed",
    "frustrated",
    "surprised",
    "shocked",
    "troubled",
    "alarmed",
    "uneasy",
    "unhappy",
    "satisfied",
    "grateful",
    "thankful",
    "committed",
    "keen",
    "opposed",
    "wary",
    "dismissive",
    "insistent",
    "doubtful",
    "adamantly",
    "dubious",
    "enthusiastic",
    "excited",
    "comfortable",
    "uncomfortable",
    "open",
    "receptive",
    "hostile",
    "sympathetic",
    "interested",
    "intent",
    "resigned",
    "embarrassed",
    "ashamed",
    "amazed",
    "astonished",
    "disgusted",
];

/// Prepositions that open the content of an attitude adjective ("skeptical *of*", "worried
/// *about*").
pub const ATTITUDE_PREPOSITIONS: &[&str] = &[
    "of", "about", "with", "by", "in", "for", "over", "on", "at", "toward", "towards",
];

/// Heads of an opening "In a poll, …" whose phrase is the source of the rest of the sentence.
pub const EVIDENCE_HEADS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "study",
    "studies",
    "analysis",
    "report",
    "data",
    "estimate",
    "estimates",
    "count",
    "tally",
    "findings",
    "research",
    "projections",
    "average",
    "averages",
    "index",
    "model",
    "forecast",
    "review",
    "audit",
    "census",
];

/// Longest "In a poll …," phrase, in tokens.
pub const MAX_EVIDENCE_PHRASE_TOKENS: usize = 16;

/// Verbs of the author's impression ("Cruz *seemed* lost", "it *appears* that …").
pub const SEEM_VERBS: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Words after "appear" that make it an impression, not an appearance ("appears *likely* to").
pub const APPEAR_COMPLEMENTS: &[&str] = &[
    "likely",
    "unlikely",
    "poised",
    "set",
    "ready",
    "certain",
    "sure",
    "able",
    "unable",
    "willing",
    "eager",
    "determined",
    "close",
    "headed",
    "intent",
    "reluctant",
    "confident",
    "open",
    "prepared",
];

/// Most tokens read back from "seemed" to the start of its clause.
pub const MAX_SEEM_SUBJECT_TOKENS: usize = 30;

/// Words that may open "asked" at the start of a sentence ("*When* asked whether …").
pub const ASKED_OPENERS: &[&str] = &[
    "when", "after", "if", "once", "while", "before", "also", "later", "again",
];

/// Nouns of saying, thinking and stance that attribute their complement to their possessor
/// ("Trump's *attacks* on him", "her *decision* to run", "his *complaints* that …").
pub const NOUN_CUES: &[&str] = &[
    "criticism",
    "criticisms",
    "attack",
    "attacks",
    "support",
    "opposition",
    "endorsement",
    "praise",
    "question",
    "questions",
    "call",
    "calls",
    "claim",
    "claims",
    "view",
    "views",
    "hope",
    "hopes",
    "fear",
    "fears",
    "plan",
    "plans",
    "promise",
    "promises",
    "pledge",
    "vow",
    "threat",
    "threats",
    "decision",
    "comments",
    "remarks",
    "concern",
    "concerns",
    "allegations",
    "accusations",
    "charges",
    "complaints",
    "warning",
    "warnings",
    "argument",
    "assertion",
    "suggestion",
    "insistence",
    "demand",
    "demands",
    "doubts",
    "refusal",
    "belief",
    "opinion",
    "position",
    "stance",
    "response",
    "proposal",
    "message",
    "announcement",
    "contention",
    "prediction",
    "denial",
    "admission",
    "defense",
    "defence",
    "rejection",
    "condemnation",
    "comment",
    "remark",
    "accusation",
    "allegation",
    "complaint",
    "assessment",
    "theory",
    "notion",
    "conclusion",
    "observation",
    "assurances",
    "acknowledgment",
];

/// Prepositions that open a noun cue's content ("criticism *of*", "attacks *on*").
pub const NOUN_CUE_PREPOSITIONS: &[&str] = &[
    "of", "on", "for", "about", "against", "over", "toward", "towards",
];

/// Noun cues that attribute a "that" clause even without a possessor ("*allegations* that …").
pub const SOURCELESS_NOUN_CUES: &[&str] = &[
    "allegations",
    "accusations",
    "charges",
    "claims",
    "concerns",
    "fears",
    "suggestions",
    "doubts",
    "hopes",
    "warnings",
    "complaints",
];

/// Possessive pronouns that name the source of a noun cue ("*his* promise to …").
pub const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Verbs that put a noun cue in their subject's mouth ("Trump *made* comments about …", "the
/// senator *voiced* concern that …", "None of them *laid out* a plan to …"): the subject is the
/// source, the light verb opens the cue.
pub const LIGHT_VERBS: &[&str] = &[
    "made",
    "make",
    "makes",
    "making",
    "has",
    "have",
    "had",
    "expressed",
    "express",
    "expresses",
    "expressing",
    "voiced",
    "voice",
    "voices",
    "voicing",
    "raised",
    "raise",
    "raises",
    "raising",
    "issued",
    "issue",
    "issues",
    "offered",
    "offer",
    "offers",
    "took",
    "take",
    "takes",
    "taken",
    "gave",
    "give",
    "gives",
    "given",
    "renewed",
    "renew",
    "renews",
    "reiterated",
    "reiterates",
    "repeated",
    "repeats",
    "shared",
    "share",
    "shares",
    "leveled",
    "levelled",
    "levels",
    "lodged",
    "lodges",
    "sent",
    "sends",
    "outlined",
    "outlines",
    "unveiled",
    "unveils",
    "floated",
    "floats",
    "signaled",
    "signalled",
    "signals",
    "pledged",
    "pledges",
    "stated",
    "states",
    "held",
    "holds",
    "hold",
];

/// Light verbs that need a particle before their noun ("*laid out* a plan", "*set out* his
/// views"), with the particle.
pub const PARTICLE_LIGHT_VERBS: &[(&str, &str)] = &[
    ("laid", "out"),
    ("lays", "out"),
    ("lay", "out"),
    ("set", "out"),
    ("sets", "out"),
    ("spelled", "out"),
    ("spelt", "out"),
    ("put", "forward"),
    ("puts", "forward"),
];

/// Determiners between a light verb and its noun ("made *a* call", "raised *new* questions").
pub const LIGHT_VERB_DETERMINERS: &[&str] = &["a", "an", "the", "some", "no", "several", "more"];

/// Most words between a light verb and its noun cue ("made *an impassioned* call for").
pub const MAX_LIGHT_VERB_GAP: usize = 3;

/// Words opening a clause that a noun cue takes whole, like a verb's content ("concern *that*
/// …", "questions about *whether* …").
pub const CLAUSE_COMPLEMENT_OPENERS: &[&str] = &["that", "whether", "how", "why", "what", "if"];

/// Longest content of a noun cue, in tokens.
pub const MAX_NOUN_CONTENT_TOKENS: usize = 25;

/// Conjunctions after which a new attribution may take over the rest of a sentence.
pub const COORDINATORS: &[&str] = &["but", "while", "whereas", "yet"];

/// Nouns of "there are reports that …".
pub const REPORT_NOUNS: &[&str] = &[
    "reports",
    "report",
    "rumors",
    "rumours",
    "rumor",
    "rumour",
    "speculation",
    "claims",
    "suggestions",
    "indications",
    "allegations",
    "fears",
    "concerns",
];

/// How the content must open for a common noun in no table to be the source of a speech or
/// evidence verb ("the fund predicted *that* …").
pub const THING_SOURCE_OPENINGS: &[Opening] = &[
    Opening::That,
    Opening::Colon,
    Opening::Quote,
    Opening::Clause,
];

/// Words that may stand before a participial cue (", *adding* that", "before *adding*").
pub const PARTICIPLE_OPENERS: &[&str] = &[
    "and", "while", "before", "after", "when", "by", "also", "further", "later", "then", "from",
    "without", "but",
];

/// Adverbs that may sit inside a passive ("is *widely* believed", "was *also* quoted").
pub const PASSIVE_ADVERBS: &[&str] = &[
    "widely",
    "also",
    "not",
    "long",
    "generally",
    "commonly",
    "often",
    "still",
    "now",
    "further",
    "repeatedly",
    "reportedly",
    "first",
    "never",
    "originally",
    "initially",
    "later",
    "previously",
    "recently",
    "publicly",
    "privately",
];

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// One attribution, in byte offsets, with what the sentence pass needs.
#[derive(Debug, Clone)]
pub struct Att {
    /// Content byte ranges: one per paragraph (or one per quotation piece).
    pub content: Vec<(usize, usize)>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: &'static str,
    /// Cue byte range.
    pub cue: Option<(usize, usize)>,
    /// Token where the cue starts (for continuations: where their content starts).
    pub cue_tok: usize,
    /// Source byte range.
    pub source: Option<(usize, usize)>,
    /// The person the source resolves to.
    pub speaker: Option<Who>,
    /// The medium's byte range.
    pub via: Option<(usize, usize)>,
    /// Named, anonymous, vague or none.
    pub source_kind: SourceKind,
    /// True for a quote that inherits the attribution before it.
    pub continuation: bool,
    /// For a continuation: the index (into the finder's attributions) of the attribution it
    /// continues, whose cue it shares.
    pub continues: Option<usize>,
    /// The paragraph of the cue (of the content, for continuations).
    pub para: usize,
    /// The quotation that is the content, for direct quotes.
    pub quotation: Option<usize>,
}

/// Content found for a cue.
struct Content {
    ranges: Vec<(usize, usize)>,
    kind: &'static str,
    quotation: Option<usize>,
}

impl Content {
    /// The same content led by the relative pronoun standing for what was said ("whom" of "whom
    /// he described as …"), which PolNeAR counts as part of it.
    fn led_by(self, pronoun: (usize, usize)) -> Content {
        let mut ranges = vec![pronoun];
        ranges.extend(self.ranges);
        Content { ranges, ..self }
    }
}

/// The pattern reader: the document, its quotations, and the attributions found so far.
pub struct Finder<'d, 'a> {
    doc: &'d Doc<'a>,
    quotes: &'d Quotations,
    /// Attributions in the order found.
    pub atts: Vec<Att>,
    /// For each quotation, true once some attribution uses it as content.
    claimed: Vec<bool>,
}

impl<'d, 'a> Finder<'d, 'a> {
    /// A finder over a document.
    pub fn new(doc: &'d Doc<'a>, quotes: &'d Quotations) -> Self {
        Finder {
            doc,
            quotes,
            atts: Vec::new(),
            claimed: vec![false; quotes.list.len()],
        }
    }

    /// Reads every sentence whose index `skip` does not reject, in order.
    pub fn run(&mut self, skip: impl Fn(usize) -> bool) {
        let labels = speaker_label_counts(self.doc);
        for si in 0..self.doc.sents.len() {
            if skip(si) {
                continue;
            }
            if self.doc.sents[si].t0 == 0
                || !self
                    .doc
                    .same_para(self.doc.sents[si].t0 - 1, self.doc.sents[si].t0)
            {
                self.speaker_label(si, &labels);
            }
            self.read_sentence(si);
        }
        self.find_colon_quotations(&skip);
        self.find_continuations();
    }

    /// "Trump deflected with a non sequitur: “…”", "The senator released the following
    /// statement:¶“…”": a quotation no pattern took, right after a colon that ends a clause
    /// with a subject and a verb, is what the subject says; the cue runs from the verb to the
    /// colon. An attribution of the verb inside the clause ("released *the following
    /// statement*") gives way to it.
    fn find_colon_quotations(&mut self, skip: &impl Fn(usize) -> bool) {
        let doc = self.doc;
        let mut held: Vec<(usize, usize)> = self
            .atts
            .iter()
            .flat_map(|a| a.content.iter().copied())
            .collect();
        held.sort_unstable();
        // The clauses before the colons, in text order.
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for qi in 0..self.quotes.list.len() {
            if self.claimed[qi] {
                continue;
            }
            let open = self.quotes.list[qi].first_tok();
            if open == 0 || !doc.punct(open - 1, &[':']) {
                continue;
            }
            let colon = open - 1;
            // Content an attribution already holds ("Putin said: ““We will win” this year").
            let pos = doc.toks[open].start;
            let k = held.partition_point(|r| r.0 <= pos);
            if held[..k].iter().rev().take(8).any(|r| r.1 > pos) {
                continue;
            }
            let si = doc.tok_sent[colon];
            if si == NONE || skip(si as usize) {
                continue;
            }
            let s = &doc.sents[si as usize];
            // "Said Ellis: “…”" inside a paragraph: an inverted cue before its speaker.
            if colon > s.body + 1
                && doc.cap(s.body)
                && cue_word(doc.w(s.body)).is_some_and(|c| {
                    matches!(c.form, Form::Past | Form::Third) && c.verb.flags & SPEECH != 0
                })
                && colon - s.body <= MAX_LABEL_WORDS + 1
                && (s.body + 1..colon).all(|j| doc.cap(j) || doc.punct(j, &['.']))
            {
                let class = classify(doc, s.body + 1, colon, s.body + 1);
                if !class.not_a_source {
                    let content = Content {
                        ranges: self.quotes.list[qi].ranges(),
                        kind: "direct",
                        quotation: Some(qi),
                    };
                    self.push(
                        s.body,
                        s.body + 1,
                        Some((s.body + 1, colon)),
                        class,
                        None,
                        content,
                    );
                }
                continue;
            }
            let Some((ss, mut se)) = subject_of(doc, s, colon) else {
                continue;
            };
            // "The senator quickly deflected": the subject ends before the adverb.
            if let Some(a) = (ss + 1..se).find(|&k| is_ly_adverb(doc.w(k))) {
                se = a;
            }
            // The verb, perhaps after adverbs ("quickly deflected"); not a copula or "have"
            // ("The rules are simple: “…”").
            let mut v = se;
            while v < colon && v - se < MAX_COLON_VERB_ADVERBS && is_ly_adverb(doc.w(v)) {
                v += 1;
            }
            let w = doc.w(v);
            let verb = v < colon
                && !is_in(BE_FORMS, w)
                && !matches!(w, "has" | "have" | "had")
                && (doc.is_finite_at(v)
                    || v > se && w.len() >= 5 && w.ends_with("ed")
                    || cue_word(w).is_some_and(|c| matches!(c.form, Form::Past | Form::Third)));
            if !verb || colon - v > MAX_COLON_CLAUSE_TOKENS {
                continue;
            }
            let class = classify(doc, ss, se, s.body);
            if class.not_a_source {
                continue;
            }
            windows.push((doc.toks[ss].start, doc.toks[colon].start));
            let content = Content {
                ranges: self.quotes.list[qi].ranges(),
                kind: "direct",
                quotation: Some(qi),
            };
            self.push(v, colon + 1, Some((ss, se)), class, None, content);
        }
        if windows.is_empty() {
            return;
        }
        // What the verb's own pattern found inside the clause gives way.
        self.atts.retain(|a| {
            let Some((c, _)) = a.cue else { return true };
            let w = windows.partition_point(|x| x.0 <= c);
            let inside = w > 0 && c < windows[w - 1].1;
            a.continuation || !inside || a.content.iter().any(|r| r.1 > windows[w - 1].1)
        });
    }

    /// Tries every pattern at every token of sentence `si`.
    fn read_sentence(&mut self, si: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut found = 0;
        let mut i = s.body;
        while i < s.t1 && found < MAX_CUES_PER_SENTENCE {
            let before = self.atts.len();
            let next = self.read_at(si, i);
            if self.atts.len() > before {
                found += 1;
            }
            i = next.max(i + 1);
        }
    }

    /// Tries the patterns at token `i`; returns where to continue.
    fn read_at(&mut self, si: usize, i: usize) -> usize {
        let doc = self.doc;
        if !doc.is_word(i) {
            return i + 1;
        }
        let w = doc.w(i);
        if w == "in" && i == doc.sents[si].body && self.in_evidence(si, i) {
            return i + 1;
        }
        if w == "according" && doc.w(i + 1) == "to" {
            self.according_to(si, i);
            return i + 2;
        }
        if is_in(VAGUE_ADVERBS, w) {
            self.vague_adverb(si, i);
            return i + 1;
        }
        if is_in(REPORT_NOUNS, w) {
            let before = self.atts.len();
            self.there_are_reports(si, i);
            if self.atts.len() > before {
                return i + 1;
            }
        }
        if is_in(NOUN_CUES, w) && !doc.cap(i) && self.noun_cue(si, i) {
            return i + 1;
        }
        if w == "asked" && self.asked_preamble(si, i) {
            return i + 1;
        }
        if doc.cap(i) {
            return i + 1;
        }
        if is_in(SEEM_VERBS, w) && self.seeming(si, i) {
            return i + 1;
        }
        if is_in(ATTITUDE_ADJECTIVES, w) && self.attitude_adjective(si, i) {
            return i + 1;
        }
        let contracted_has = is_contracted_has(doc, i);
        if is_in(VAGUE_PASSIVES, w)
            && is_passive(doc, doc.sents[si].t0, i)
            && !contracted_has
            && cue_word(w).is_none_or(|c| c.verb.lemma != QUOTING_VERB)
        {
            let before = self.atts.len();
            self.vague_passive(si, i);
            if self.atts.len() > before || cue_word(w).is_none() {
                return i + 1;
            }
        }
        let Some(cue) = cue_word(w) else { return i + 1 };
        if looks_like_a_noun(doc, i, cue.form) && !contracted_has {
            return i + 1;
        }
        if cue.form == Form::Past && doc.w(i + 1) == "by" && i > 0 && doc.w(i - 1) == "as" {
            self.as_reported_by(si, i);
            return i + 1;
        }
        if cue.form == Form::Past && is_passive(doc, doc.sents[si].t0, i) && !contracted_has {
            if cue.verb.lemma == QUOTING_VERB {
                self.passive_quoted(si, i);
            } else {
                self.passive_with_agent(si, i, cue.verb);
            }
            return i + 1;
        }
        if cue.verb.lemma == QUOTING_VERB {
            self.medium_quoted(si, i);
            return i + 1;
        }
        self.cue_verb(si, i, cue);
        i + 1
    }

    // -----------------------------------------------------------------------------------------
    // Patterns
    // -----------------------------------------------------------------------------------------

    /// SOURCE CUE … / “…,” CUE SOURCE / CONTENT, SOURCE CUE / …, saying that …
    fn cue_verb(&mut self, si: usize, c: usize, cue: CueWord) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let verb = cue.verb;
        let mut ce = c + 1;
        if doc.is_word(ce) && is_in(verb.particles, doc.w(ce)) {
            ce += 1;
        } else if is_in(PARTICLE_AFTER_IT, verb.lemma)
            && doc.w(ce) == "it"
            && is_in(verb.particles, doc.w(ce + 1))
        {
            ce += 2;
        } else if verb.flags & PARTICLE != 0 {
            return;
        }
        let back = skip_back_auxiliaries(doc, s.body, c);
        if cue.form == Form::Ing {
            let prev = back.checked_sub(1);
            let progressive = (back..c).any(|p| is_in(BE_FORMS, doc.w(p)) && doc.is_word(p));
            if !progressive {
                let participial = c == s.body
                    || prev.is_some_and(|p| {
                        doc.punct(p, &[',', ';', '—', '–']) || is_in(PARTICIPLE_OPENERS, doc.w(p))
                    })
                    || comma_closes_quote_before(doc, back);
                if participial {
                    self.shared_subject(si, c, ce, verb);
                } else {
                    self.reduced_relative(si, c, ce, verb, back);
                }
                return;
            }
        }
        if cue.form == Form::Base && c > 0 && doc.w(c - 1) == "to" {
            // "He went out of his way *to say* that …", "continues *to insist* she will …": the
            // sentence's subject speaks; not "it is hard to say whether …" nor "is to say".
            if let Some(subject) = self.infinitive_speech_subject(si, c, ce, verb) {
                self.forward_only(si, c, ce, verb, subject);
            }
            return;
        }
        // "Trump welcomed the vote and said …": the sentence's subject speaks.
        if back > s.body && doc.is_word(back - 1) && is_in(VERB_COORDINATORS, doc.w(back - 1)) {
            self.shared_subject(si, c, ce, verb);
            return;
        }
        // "Sen. Ron Johnson (R-Wis.), who told …": the antecedent of "who" speaks; so does a
        // noun's before a relative "that" ("voters *that* said they …", "a message that said").
        let relative_that = back > s.body + 1
            && doc.w(back - 1) == "that"
            && doc.is_word(back - 2)
            && !is_function_or_cue_word(doc.w(back - 2))
            && !doc.is_finite_at(back - 2)
            && verb.flags & SPEECH != 0
            && verb.flags & (STANCE | ATTITUDE) == 0
            && complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(
                    k.opening,
                    Opening::That | Opening::Clause | Opening::Quote | Opening::Colon
                )
            });
        if back > s.body + 1 && doc.w(back - 1) == "who" || relative_that {
            let mut e = back - 1;
            if doc.punct(e - 1, &[',']) {
                e -= 1;
            }
            if let Some((ss, se)) = source_before(doc, s.body, e) {
                self.forward_only(si, c, ce, verb, (ss, se));
            }
            return;
        }
        let inverted_shape =
            back <= s.body || doc.punct(back - 1, &[',', '—', '–']) || doc.is_quote_mark(back - 1);
        // "Teachers — and some parents — say": a dash that closes an aside after the source.
        let closes_dash_aside = back > s.body + 1
            && doc.punct(back - 1, &['—', '–'])
            && doc.space_before(back - 1)
            && (s.body + 1..back - 1).any(|k| doc.punct(k, &['—', '–']) && doc.space_before(k));
        let source =
            if !inverted_shape || back > s.body && doc.punct(back - 1, &[',']) || closes_dash_aside
            {
                source_before(doc, self.after_quoted_content(s, back), back)
            } else {
                None
            };
        let Some((ss, se)) = source else {
            if inverted_shape && verb.flags & SPEECH != 0 {
                self.inverted(si, c, ce, back);
            }
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body)
            .or_else(|| self.thing_reporting(s, verb, ss, se, ce))
        else {
            return;
        };
        if verb.flags & STANCE != 0 && !source_opens_clause(doc, s, ss) {
            return;
        }
        if cue.form == Form::Base
            && is_in_joined(NOUN_LIKE_BASE_FORMS, doc.w(c))
            && !base_form_is_a_verb(doc, ss, back, c)
            && !nothing_but_adjuncts_after(doc, verb, ce, s.t1)
        {
            let strong = complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(k.opening, Opening::That | Opening::Colon | Opening::Quote)
            });
            if !strong {
                return;
            }
        }
        // "which officials said will go into effect", "(which his colleague defended)": the
        // relative pronoun stands for the content, with the clause left after the cue.
        if let Some(content) = self.relative_gap_content(si, ss, verb, ce) {
            self.push(c, ce, Some((ss, se)), class, None, content);
            return;
        }
        // “A,” Putin said, “B.”: the quote before the source is the content; the one after
        // continues it.
        let quote_before = if closes_quote_before(doc, self.quotes, ss)
            && !self.quote_in_opening_adjunct(si, ss, verb, ce)
        {
            self.content_before(si, ss)
        } else {
            None
        };
        // A bare object is content only when the source is the clause's subject ("the laws
        // *proposed* during Nixon's term" is no attribution of the laws).
        let comp = complement(doc, self.quotes, verb, ce, s.t1)
            .filter(|k| k.opening != Opening::Object || source_opens_clause(doc, s, ss));
        let content = match (quote_before, comp) {
            (Some(c), _) => Some(self.with_resumed_content(si, c, verb, ce)),
            (None, Some(comp)) => self.content_after_cue(si, c, comp),
            (None, _) if ss > s.body && doc.w(ss - 1) == "as" && doc.is_word(ss - 1) => {
                // "…, as The Times reported on Saturday, he has …" / "…, as Lerer reported."
                let after = skip_adjuncts(doc, ce, s.t1);
                if doc.punct(after, &[',']) && content_end(doc, s, after + 1) > after + 1 {
                    self.content_after(si, after + 1)
                } else {
                    let mut e = ss - 1;
                    while e > s.body && doc.punct(e - 1, &[',', '—', '–']) {
                        e -= 1;
                    }
                    if e > s.body {
                        self.range_content(s.body, e)
                    } else {
                        None
                    }
                }
            }
            (None, None) if self.colon_ends_paragraph(verb, ce, s.t1) => {
                self.next_paragraph(s.para)
            }
            (None, None) => {
                // "in battleground states, …": a plural noun, not a verb without content.
                if !nothing_but_adjuncts_after(doc, verb, ce, s.t1)
                    || cue.form == Form::Third && is_in(NOUN_LIKE_THIRD_FORMS, doc.w(c))
                {
                    return;
                }
                match self.content_before(si, ss) {
                    Some(c) if self.is_bare_adverbial(&c) => {
                        let c = self.with_resumed_content(si, c, verb, ce);
                        (c.ranges.len() > 1).then_some(c)
                    }
                    Some(c) => Some(self.with_resumed_content(si, c, verb, ce)),
                    None if ss <= s.body => self.quote_of_previous_sentence(si),
                    None => None,
                }
            }
        };
        let Some(content) = content else { return };
        if verb.flags & QUOTE_ONLY != 0 && content.quotation.is_none() {
            return;
        }
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// Where a source before token `back` may start: right after a quotation that closes with
    /// a comma ("“…,” *Nate Silver, the guru who founded the site,* tweeted"), so that the
    /// source's apposition is read from its name; else the sentence's body.
    fn after_quoted_content(&self, s: &Sent, back: usize) -> usize {
        let doc = self.doc;
        let close = (s.body..back)
            .rev()
            .find(|&k| matches!(self.quotes.roles[k], MarkRole::Close(_)))
            .filter(|&p| !self.quote_inside_phrase(s, p));
        match close {
            Some(p) if p > s.body && doc.punct(p - 1, &[',']) => p + 1,
            Some(p) if p + 1 < back && doc.punct(p + 1, &[',']) => p + 2,
            _ => s.body,
        }
    }

    /// True when the quotation closing at token `p` opened right after a word of the sentence
    /// ("the co-author of “Going Viral,” said"): a title inside the source phrase, not quoted
    /// content before it.
    fn quote_inside_phrase(&self, s: &Sent, p: usize) -> bool {
        let doc = self.doc;
        let MarkRole::Close(n) = self.quotes.roles[p] else {
            return false;
        };
        let Some(open) = self
            .quotes
            .list
            .get(n as usize)
            .and_then(|q| q.pieces.iter().find(|pc| pc.close_tok == Some(p)))
            .map(|pc| pc.open_tok)
        else {
            return false;
        };
        open > s.body && doc.is_word(open - 1)
    }

    /// A common noun in no table as the source of a speech or evidence verb that takes a clause:
    /// "the fund predicted that …", "a field test indicated it was …". Only as the subject opening
    /// its clause, and only with a clause, "that", a colon or a quote after the cue, so that "the
    /// laws proposed during his term" stays no attribution.
    fn thing_reporting(
        &self,
        s: &Sent,
        verb: &CueVerb,
        ss: usize,
        se: usize,
        ce: usize,
    ) -> Option<SourceClass> {
        let doc = self.doc;
        let speech_with_clause = verb.flags & (SPEECH | CLAUSE) == SPEECH | CLAUSE
            && verb.flags & (ATTITUDE | STANCE) == 0;
        if !speech_with_clause || !source_opens_clause(doc, s, ss) {
            return None;
        }
        let class = classify(doc, ss, se, s.body);
        let kind = class.fallback.filter(|_| class.not_a_source)?;
        let opening = complement(doc, self.quotes, verb, ce, s.t1)?.opening;
        THING_SOURCE_OPENINGS
            .contains(&opening)
            .then_some(SourceClass {
                kind,
                not_a_source: false,
                ..class
            })
    }

    /// “CONTENT,” CUE SOURCE — "“…“, said the diplomat in an interview".
    fn inverted(&mut self, si: usize, c: usize, ce: usize, back: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let after = skip_adjuncts(doc, ce, s.t1);
        let Some((ss, se)) = source_after(doc, after, s.t1, true) else {
            return;
        };
        // "…, say they feel that way": a pronoun with words after it opens a clause.
        if is_in(SUBJECT_PRONOUNS, doc.w(ss)) && doc.is_word(ss + 1) {
            return;
        }
        // "…, said the campaign had raised …": a clause, not an inverted source.
        if doc.is_word(se)
            && !doc.cap(se)
            && (is_finite_word(doc.w(se))
                || cue_word(doc.w(se)).is_some_and(|w| matches!(w.form, Form::Past | Form::Third)))
        {
            return;
        }
        let Some(verb) = cue_word(doc.w(c)).map(|w| w.verb) else {
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let content = if back <= s.body {
            self.quote_of_previous_sentence(si)
        } else {
            self.content_before(si, back)
        };
        let Some(content) = content else { return };
        let content = self.with_resumed_content(
            si,
            content,
            &CueVerb {
                flags: verb.flags & !ADDRESSEE,
                ..*verb
            },
            se,
        );
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// "…, saying that …", "… and said that …": the source of the attribution just before in
    /// the sentence, or the sentence's subject, speaks.
    fn shared_subject(&mut self, si: usize, c: usize, ce: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1) else {
            return;
        };
        let here = doc.toks[c].start;
        // The latest attribution of the sentence before the cue that no other one holds ("She
        // said she *planned* to go, and said …": "planned" is inside her content).
        let in_sentence: Vec<&Att> = self
            .atts
            .iter()
            .rev()
            .take_while(|a| a.cue.is_none_or(|(cs, _)| cs >= s.start))
            .filter(|a| a.cue.is_some_and(|(cs, _)| cs < here))
            .collect();
        let nested = |a: &Att| {
            in_sentence.iter().any(|b| {
                a.cue
                    .is_some_and(|(cs, _)| b.content.iter().any(|&(x, y)| x <= cs && cs < y))
            })
        };
        let earlier = in_sentence
            .iter()
            .find(|a| !nested(a))
            .map(|a| (*a).clone());
        if let Some(prev) = earlier {
            let Some(content) = self.content_after_cue(si, c, comp) else {
                return;
            };
            let mut att = self.make(c, ce, None, content);
            att.source = prev.source;
            att.speaker = prev.speaker;
            att.source_kind = prev.source_kind;
            att.via = prev.via;
            att.para = s.para;
            self.atts.push(att);
            return;
        }
        let Some((ss, se)) = subject_of(doc, s, c) else {
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let Some(content) = self.content_after_cue(si, c, comp) else {
            return;
        };
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// The subject whose words a speech cue in the infinitive ("to say", "to argue") reports: a clause, "that", a quote or a colon follows, and the subject is no
    /// expletive ("*it* is too soon to say") and no "be" stands before "to" ("this *is* to say").
    fn infinitive_speech_subject(
        &self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
    ) -> Option<(usize, usize)> {
        let doc = self.doc;
        let s = &doc.sents[si];
        if verb.flags & SPEECH == 0
            || verb.flags & CLAUSE == 0
            || verb.flags & (STANCE | ATTITUDE | QUOTE_ONLY) != 0
            || c < s.body + 2
            || is_in(BE_FORMS, doc.w(c - 2))
            || !complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(k.opening, Opening::That | Opening::Quote | Opening::Colon)
                    || k.opening == Opening::Clause && is_in(INFINITIVE_CLAUSE_CUES, verb.lemma)
            })
        {
            return None;
        }
        let (ss, se) = subject_of(doc, s, c)?;
        // "The mayor *continues* to insist": a present verb read into the subject ends it.
        let se = se.min(c - 2);
        (se > ss && !is_in(EXPLETIVE_SUBJECTS, doc.w(ss))).then_some((ss, se))
    }

    /// "with analysts saying a strong reading will …": the phrase right before speaks.
    fn reduced_relative(
        &mut self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
        back: usize,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        if back <= s.body || !doc.is_word(back - 1) || back != c {
            return;
        }
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return;
        };
        self.forward_only(si, c, ce, verb, (ss, se));
    }

    /// A source already found, and content that must follow the cue.
    fn forward_only(
        &mut self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
        (ss, se): (usize, usize),
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1) else {
            return;
        };
        let Some(content) = self.content_after_cue(si, c, comp) else {
            return;
        };
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// "WALLACE: Let’s start …", "Pence: Flowers won’t be at debate": a speaker's label opening a
    /// paragraph; the rest of the paragraph is what they say.
    fn speaker_label(
        &mut self,
        si: usize,
        label_counts: &std::collections::HashMap<String, usize>,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut k = s.t0;
        k += doc.quote_mark_width(k);
        let start = k;
        while k < s.t1
            && k - start < MAX_LABEL_WORDS + 3
            && (doc.is_word(k)
                && (doc.cap(k)
                    || k > start && is_in(LABEL_PREPOSITIONS, doc.w(k)) && doc.cap(k + 1))
                // "Gerald F. Seib:": an initial's period.
                || k > start
                    && doc.punct(k, &['.'])
                    && doc.w(k - 1).chars().count() == 1
                    && doc.cap(k + 1))
        {
            k += 1;
        }
        // "Meghan Hale, Twitter: “…”", "Jeremy Lott, author: “…”": a short apposition between
        // the name and the colon, when a quotation follows.
        let mut colon = k;
        if k > start && doc.punct(k, &[',']) {
            let mut j = k + 1;
            // No verb in it ("Last November, Clinton tweeted: “…”" is a cue, not a label).
            while j < s.t1
                && j - k <= MAX_LABEL_APPOSITION_WORDS
                && doc.is_word(j)
                && (doc.cap(j) || cue_word(doc.w(j)).is_none() && !doc.is_finite_at(j))
            {
                j += 1;
            }
            if j > k + 1
                && !(start..k).any(|t| is_time_word(doc.w(t)) || is_weekday_or_month(doc.w(t)))
                && doc.punct(j, &[':'])
                && matches!(self.quotes.roles.get(j + 1), Some(MarkRole::Open(_)))
            {
                colon = j;
            }
        }
        // "Kasich: ‘We Are Going …’": any opening quotation mark starts the content.
        let content_starts = doc.is_quote_mark(colon + 1)
            || doc.opens_single_quote(k + 1)
            || doc.is_word(k + 1) && doc.ch(k + 1).is_alphabetic();
        let with_preposition = (start..k).any(|j| !doc.cap(j));
        if with_preposition && k - start > MAX_LABEL_WORDS + 2
            || !with_preposition && k - start > MAX_LABEL_WORDS
        {
            return;
        }
        if k == start || !doc.punct(colon, &[':']) || colon + 1 >= s.t1 || !content_starts {
            return;
        }
        if (start..k).any(|j| is_in_joined(NOT_SPEAKER_LABELS, doc.w(j))) {
            return;
        }
        let label = label_key(doc, start, k);
        // The name before any preposition ("*Obama* on Climate Change:").
        let head_end = (start..k).find(|&j| !doc.cap(j)).unwrap_or(k);
        let is_person = (start..head_end).all(|j| doc.mention(j).is_some());
        let repeated = label_counts.get(&label).is_some_and(|&n| n >= 2);
        // "McCaul: If elected, …": a name in ordinary capitals; "BEIJING:" once is a dateline.
        let name_like = head_end - start <= MAX_NAME_LABEL_WORDS
            && (start..head_end).all(|j| !doc.all_caps(j) || doc.w(j).chars().count() <= 2)
            && !(start..head_end).any(|j| doc.is_country_word(j));
        if !(is_person || repeated || name_like) {
            return;
        }
        let para_end = doc.paras[s.para].1;
        let content = match self.quotes.roles.get(colon + 1) {
            // "Said Ellis: “…”": the quotation, which may run on.
            Some(MarkRole::Open(q)) => Content {
                ranges: self.quotes.list[*q as usize].ranges(),
                kind: "direct",
                quotation: Some(*q as usize),
            },
            _ => Content {
                ranges: vec![(doc.toks[colon + 1].start, para_end)],
                kind: "indirect",
                quotation: None,
            },
        };
        // "Said Ellis:": an inverted cue, not a label.
        if k > start + 1
            && colon == k
            && cue_word(doc.w(start)).is_some_and(|c| {
                matches!(c.form, Form::Past | Form::Third) && c.verb.flags & SPEECH != 0
            })
        {
            let class = classify(doc, start + 1, k, start + 1);
            self.push(start, start + 1, Some((start + 1, k)), class, None, content);
            return;
        }
        let class = classify(doc, start, colon, start);
        self.push(colon, colon + 1, Some((start, colon)), class, None, content);
    }

    /// According to SOURCE, CONTENT / CONTENT, according to SOURCE.
    fn according_to(&mut self, si: usize, a: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "According to a January study by the Pew Research Center based on census data, …":
        // opening the sentence, everything up to the comma is the source.
        let up_to_comma = (a == s.body)
            .then(|| {
                (a + 2..(a + 2 + MAX_ACCORDING_TO_SOURCE_TOKENS).min(s.t1))
                    .take_while(|&k| {
                        doc.is_word(k) || !doc.is_quote_mark(k) && !doc.punct(k, &[';', ':', '('])
                    })
                    .find(|&k| doc.punct(k, &[',']))
            })
            .flatten()
            .filter(|&comma| {
                // A participle ("based on census data") is no verb of a clause.
                comma > a + 2
                    && (a + 2..comma).all(|k| !doc.is_finite_at(k) || doc.w(k).ends_with("ed"))
            });
        let Some((ss, mut se)) = source_after(doc, a + 2, s.t1, false)
            .map(|(ss, se)| (ss, up_to_comma.filter(|&c| c > se).unwrap_or(se)))
            .or_else(|| up_to_comma.map(|c| (a + 2, c)))
        else {
            return;
        };
        // "according to a tally by the Center for Responsive Politics"
        if doc.w(se) == "by" {
            if let Some((_, e)) = source_after(doc, se + 1, s.t1, false) {
                se = e;
            }
        }
        let mut class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            // Whatever "according to" names is a source: "according to federal statistics".
            let Some(kind) = class.fallback else { return };
            class = SourceClass {
                kind: if kind == SourceKind::Named {
                    kind
                } else {
                    SourceKind::Vague
                },
                not_a_source: false,
                ..class
            };
        }
        let opens_clause = a == s.body
            || doc.punct(a - 1, &[','])
                && (s.body..a).all(|k| !doc.is_finite_at(k))
                && a <= s.body + 8
            || doc.is_quote_mark(a - 1);
        let content = if opens_clause && doc.punct(se, &[',']) && se + 1 < s.t1 {
            self.content_after(si, se + 1)
        } else if a > s.body {
            let end = if doc.punct(a - 1, &[',']) { a - 1 } else { a };
            let rest = if doc.punct(se, &[',']) && content_end(doc, s, se + 1) > se + 1 {
                Some(content_end(doc, s, se + 1))
            } else {
                None
            };
            match rest {
                // "Maduro, according to sources, is willing": the content surrounds the cue.
                Some(e) => self.range_content(s.body, e),
                None => self.range_content(s.body, end),
            }
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push(a, a + 2, Some((ss, se)), class, None, content);
    }

    /// MEDIUM quoted PERSON [as saying] CONTENT — "Belta quoted Lukashenko and reminded …".
    fn medium_quoted(&mut self, si: usize, q: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let back = skip_back_auxiliaries(doc, s.body, q);
        let via = source_before(doc, s.body, back);
        let Some((ss, se)) = source_after(doc, q + 1, s.t1, false) else {
            return;
        };
        if ss == se || matches!(doc.w(ss), "by") {
            return;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            return;
        }
        let mut k = se;
        while k < s.t1 && is_in(QUOTED_AS, doc.w(k)) {
            k += 1;
        }
        if doc.w(k) == "and" {
            k += 1;
        }
        let content = if content_end(doc, s, k) > k {
            self.content_after(si, k)
        } else {
            self.content_before(si, via.map_or(q, |v| v.0))
        };
        let Some(content) = content else { return };
        self.push(q, q + 1, Some((ss, se)), class, via, content);
    }

    /// PERSON was quoted [by MEDIUM] as saying CONTENT.
    fn passive_quoted(&mut self, si: usize, q: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let be = passive_start(doc, s.t0, q);
        let back = skip_back_auxiliaries(doc, s.body, be);
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            return;
        }
        let mut k = q + 1;
        let mut via = None;
        if doc.w(k) == "by" {
            via = source_after(doc, k + 1, s.t1, false);
            k = via.map_or(k + 1, |v| v.1);
        }
        k = skip_adjuncts(doc, k, s.t1);
        while k < s.t1 && is_in(QUOTED_AS, doc.w(k)) {
            k += 1;
        }
        let content = if content_end(doc, s, k) > k {
            self.content_after(si, k)
        } else {
            self.content_before(si, ss)
        };
        let Some(content) = content else { return };
        self.push(be, q + 1, Some((ss, se)), class, via, content);
    }

    /// "As reported by Western Journalism, …" / "…, as reported by the Times.": the agent is
    /// the source, the rest of the sentence the content.
    fn as_reported_by(&mut self, si: usize, p: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let as_tok = p - 1;
        let Some((ss, se)) = source_after(doc, p + 2, s.t1, false) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source && class.fallback.is_none() {
            return;
        }
        let class = SourceClass {
            not_a_source: false,
            kind: if class.not_a_source {
                SourceKind::Vague
            } else {
                class.kind
            },
            ..class
        };
        let after = skip_adjuncts(doc, se, s.t1);
        let content = if as_tok == s.body && doc.punct(after, &[',']) {
            self.content_after(si, after + 1)
        } else if as_tok > s.body && doc.punct(as_tok - 1, &[',', '—', '–']) {
            self.range_content(s.body, as_tok - 1)
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push(as_tok, p + 1, Some((ss, se)), class, None, content);
    }

    /// "X was told by Y that …": the agent is the source.
    fn passive_with_agent(&mut self, si: usize, p: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let by = skip_adjuncts(doc, p + 1, s.t1);
        // "attempts were made by …": a verb that is a cue only with its particle is none here.
        if doc.w(by) != "by" || verb.flags & PARTICLE != 0 {
            return;
        }
        let Some((ss, se)) = source_after(doc, by + 1, s.t1, false) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        // An agent of a speech verb is a source even when its noun is in no table ("by the
        // debate *moderators*").
        let class = match (class.not_a_source, class.fallback) {
            (false, _) => class,
            (true, Some(kind)) if verb.flags & SPEECH != 0 => SourceClass {
                kind,
                not_a_source: false,
                ..class
            },
            _ => return,
        };
        let comp = complement(
            doc,
            self.quotes,
            &CueVerb {
                flags: verb.flags & !(ADDRESSEE | NEEDS_ADDRESSEE | OBJECT),
                ..*verb
            },
            se,
            s.t1,
        );
        let content = match comp {
            Some(comp) => self.content_after_cue(si, p, comp),
            // "The effort was first reported by the Journal": the subject is what was reported.
            None if nothing_but_adjuncts_after(doc, verb, se, s.t1)
                && verb.flags & (OBJECT | STANCE) != 0 =>
            {
                let be = passive_start(doc, s.t0, p);
                let back = skip_back_auxiliaries(doc, s.body, be);
                subject_of(doc, s, back)
                    .filter(|x| x.1 <= back)
                    .and_then(|(a, b)| self.range_content(a, b))
            }
            None => None,
        };
        let Some(content) = content else {
            return;
        };
        // The whole verb group is the cue when the subject is the content.
        let cue_start = if comp.is_some() {
            p
        } else {
            passive_start(doc, s.t0, p)
        };
        self.push(cue_start, p + 1, Some((ss, se)), class, None, content);
    }

    /// "is said to", "it is believed that", "was reported to have": vague, with no source.
    fn vague_passive(&mut self, si: usize, p: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let be = passive_start(doc, s.t0, p);
        let subject_it = be > s.body && doc.w(be - 1) == "it"
            || be > s.body + 1 && doc.w(be - 1) == "has" && doc.w(be - 2) == "it";
        let next = p + 1;
        let content = if subject_it
            && (doc.w(next) == "that"
                || doc.punct(next, &[':'])
                || clause_starts_at(doc, next, s.t1))
        {
            self.content_after(si, next)
        } else if doc.w(next) == "to"
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1))
        {
            let start = clause_start_before(doc, s, be);
            self.range_content(start, content_end(doc, s, next))
        } else if is_in(PASSIVES_WITH_AS, doc.w(p))
            && matches!(doc.w(next), "as" | "for")
            && be > s.body
            || is_in(PASSIVES_WITH_COMPLEMENT, doc.w(p))
                && doc.is_word(next)
                && !is_in(ADJUNCT_PREPOSITIONS, doc.w(next))
                && !matches!(doc.w(next), "to" | "that" | "by" | "and" | "or")
                && be > s.body
        {
            // "Clinton is seen as the favourite", "he was considered the front-runner": the
            // subject and what it is seen as.
            let start = clause_start_before(doc, s, be);
            self.range_content(start, content_end(doc, s, p + 1))
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push_sourceless(be, p + 1, SourceKind::Vague, content);
    }

    /// "Maduro reportedly told Trump …": the whole clause rests on unnamed reports.
    fn vague_adverb(&mut self, si: usize, r: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        // The clause the adverb is in: "Trump said *Maduro had reportedly agreed*".
        let start = (s.body..r)
            .rev()
            .find(|&j| {
                doc.w(j) == "that"
                    || doc.is_word(j)
                        && !doc.cap(j)
                        && cue_word(doc.w(j))
                            .is_some_and(|c| matches!(c.form, Form::Past | Form::Third))
            })
            .map_or(s.body, |j| j + 1);
        let Some(content) = self.range_content(start, content_end(doc, s, start)) else {
            return;
        };
        self.push_sourceless(r, r + 1, SourceKind::Vague, content);
    }

    /// "Cruz seemed lost", "the front-runner seemed to be doing the same", "it appears that …":
    /// the author's impression, attributed to no one. Returns true when it recorded one.
    fn seeming(&mut self, si: usize, c: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if c <= s.body || !doc.is_word(c - 1) && !doc.punct(c - 1, &[')']) {
            return false;
        }
        let next = c + 1;
        let nw = doc.w(next);
        let seem = doc.w(c).starts_with("seem");
        let verb_follows = nw == "to"
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1));
        let that_follows = nw == "that"
            || nw == "as" && matches!(doc.w(next + 1), "if" | "though")
            || nw == "like" && seem;
        let complement_follows = doc.is_word(next)
            && !doc.cap(next)
            && (if seem {
                !is_in(ADJUNCT_PREPOSITIONS, nw) && !is_in(PHRASE_BREAKERS, nw) || is_ly_adverb(nw)
            } else {
                is_in(APPEAR_COMPLEMENTS, nw)
            });
        if !(verb_follows || that_follows || complement_follows) {
            return false;
        }
        let it_subject = matches!(doc.w(c - 1), "it" | "there");
        let start = if it_subject && nw == "that" {
            next + 1
        } else {
            // The clause the verb is in: after "that", a cue, or a comma closing an opener.
            clause_start_before(doc, s, c)
        };
        let Some(content) = self.range_content(start, content_end(doc, s, next.max(start))) else {
            return false;
        };
        self.push_sourceless(c, c + 1, SourceKind::None, content);
        true
    }

    /// "Cruz was sure that …", "they are willing to …", "Democrats are skeptical of …": a
    /// feeling or stance about something, attributed to the subject. Returns true when it
    /// recorded one.
    fn attitude_adjective(&mut self, si: usize, a: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "BE [not|very|increasingly …] ADJECTIVE"
        let mut b = a;
        while b > s.body
            && a - b < 3
            && doc.is_word(b - 1)
            && (is_ly_adverb(doc.w(b - 1))
                || matches!(
                    doc.w(b - 1),
                    "not"
                        | "very"
                        | "so"
                        | "too"
                        | "more"
                        | "less"
                        | "quite"
                        | "still"
                        | "also"
                        | "never"
                ))
        {
            b -= 1;
        }
        if b <= s.body
            || !doc.is_word(b - 1)
            || !is_in(BE_FORMS, doc.w(b - 1))
                && !matches!(
                    doc.w(b - 1),
                    "feel" | "feels" | "felt" | "remain" | "remains" | "remained"
                )
        {
            return false;
        }
        let verb_start = b - 1;
        let next = a + 1;
        let nw = doc.w(next);
        let complement = nw == "that"
            || nw == "to" && doc.is_word(next + 1) && !doc.cap(next + 1)
            || is_in(ATTITUDE_PREPOSITIONS, nw)
            || doc.punct(next, &[':'])
            || clause_starts_at(doc, next, s.t1);
        if !complement || next >= s.t1 {
            return false;
        }
        let back = skip_back_auxiliaries(doc, s.body, verb_start);
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return false;
        };
        if !source_opens_clause(doc, s, ss) {
            return false;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source || is_document(doc, ss, se) {
            return false;
        }
        let (cue_end, start) = if is_in(ATTITUDE_PREPOSITIONS, nw) {
            (next + 1, next + 1)
        } else if doc.punct(next, &[':']) {
            (next, next + 1)
        } else {
            (next, next)
        };
        let Some(content) = self.content_after(si, start) else {
            return false;
        };
        self.push(verb_start, cue_end, Some((ss, se)), class, None, content);
        true
    }

    /// "In a Washington Post/ABC News poll released Sunday, 8 percent of Democrats said …": a
    /// poll, survey or study opening the sentence is the source of the rest. Returns true when
    /// it recorded one.
    fn in_evidence(&mut self, si: usize, i: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(comma) =
            (i + 1..s.t1.min(i + MAX_EVIDENCE_PHRASE_TOKENS)).find(|&k| doc.punct(k, &[',']))
        else {
            return false;
        };
        // A poll, survey or study anywhere in the phrase ("In a Post/ABC *poll* released Sunday").
        let core = comma;
        if !(i + 1..comma).any(|k| doc.is_word(k) && !doc.cap(k) && is_in(EVIDENCE_HEADS, doc.w(k)))
            || comma + 1 >= s.t1
        {
            return false;
        }
        let Some(content) = self.content_after(si, comma + 1) else {
            return false;
        };
        let class = SourceClass {
            kind: SourceKind::Named,
            speaker: None,
            pronoun: false,
            not_a_source: false,
            fallback: None,
        };
        let class =
            if is_in(DEFINITE_DETERMINERS, doc.w(i + 1)) || (i + 1..core).any(|k| doc.cap(k)) {
                class
            } else {
                SourceClass {
                    kind: SourceKind::Vague,
                    ..class
                }
            };
        self.push(i, i + 1, Some((i + 1, comma)), class, None, content);
        true
    }

    /// "Asked whether he would run, Cruz said …", "When asked by reporters about …", "He was
    /// asked if …": the question is attributed to whoever asked it (the agent after "by", or
    /// no one). Returns true when it recorded one.
    fn asked_preamble(&mut self, si: usize, c: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let opens = c == s.body
            || c == s.body + 1 && is_in(ASKED_OPENERS, doc.w(s.body))
            || c == s.body + 2
                && is_in(ASKED_OPENERS, doc.w(s.body))
                && doc.w(s.body + 1) == "being";
        let be = passive_start(doc, s.t0, c);
        if !opens && be == c {
            return false;
        }
        let mut k = c + 1;
        let mut source = None;
        if doc.w(k) == "by" {
            // The agent ends where the question starts ("by Ingraham *about* …").
            let stop = (k + 1..s.t1)
                .find(|&j| {
                    matches!(doc.w(j), "about" | "on" | "for" | "to")
                        || is_in(WH_WORDS, doc.w(j))
                        || doc.punct(j, &[',', ':'])
                })
                .unwrap_or(s.t1);
            source = source_after(doc, k + 1, stop, false);
            k = source.map_or(k + 1, |x| x.1);
        }
        // The question opens after adjuncts ("on Thursday"), before any comma.
        let opens_question = |j: usize| {
            let w = doc.w(j);
            is_in(WH_WORDS, w) && w != "which"
                || matches!(w, "about" | "to" | "for")
                || doc.punct(j, &[':'])
                || opens_quote(self.quotes, j)
        };
        let Some(q) = (k..s.t1.min(k + MAX_ADJUNCT_TOKENS))
            .take_while(|&j| !doc.punct(j, &[',', ';']))
            .find(|&j| opens_question(j))
        else {
            return false;
        };
        k = q;
        // A preamble ends at its comma; a passive runs to the end of the clause.
        let end = if opens {
            (k..s.t1).find(|&j| doc.punct(j, &[','])).unwrap_or(s.t1)
        } else {
            content_end(doc, s, k)
        };
        let start = if doc.punct(k, &[':']) { k + 1 } else { k };
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        let cue_start = if opens { c } else { be };
        match source {
            Some((ss, se)) => {
                let class = classify(doc, ss, se, s.body);
                self.push(cue_start, c + 1, Some((ss, se)), class, None, content);
            }
            None => self.push_sourceless(cue_start, c + 1, SourceKind::None, content),
        }
        true
    }

    /// "Trump's attacks on him", "her decision to champion the merger", "his complaints that
    /// …", "allegations that …": a noun of saying, thinking or stance with its possessor as
    /// the source and its complement as the content. Returns true when it recorded one.
    fn noun_cue(&mut self, si: usize, n: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        // The complement: "of", "on", "to" + verb, "that" …
        let next = n + 1;
        let nw = doc.w(next);
        let infinitive = nw == "to"
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1));
        // "The claim by the ministry that …": the agent after "by" is the source.
        if nw == "by" && doc.is_word(next) {
            return self.noun_cue_with_agent(si, n);
        }
        let (cue_end, start) = if is_in(NOUN_CUE_PREPOSITIONS, nw) && doc.is_word(next) {
            (next + 1, next + 1)
        } else if nw == "that" || infinitive {
            (next, next)
        } else {
            return false;
        };
        if start >= s.t1 || !doc.is_word(start) && !doc.is_quote_mark(start) {
            return false;
        }
        // The possessor: "his", "Trump's", "the group's", perhaps with an adjective between.
        let mut p = n;
        if p > s.body
            && doc.is_word(p - 1)
            && !doc.cap(p - 1)
            && !is_function_or_cue_word(doc.w(p - 1))
            && !is_in(POSSESSIVE_PRONOUNS, doc.w(p - 1))
            && !(doc.w(p - 1).ends_with('s')
                && !doc.w(p - 1).ends_with("ss")
                && !doc.w(p - 1).ends_with("ous"))
        {
            p -= 1;
        }
        let source = if p > s.body && is_in(POSSESSIVE_PRONOUNS, doc.w(p - 1)) && doc.is_word(p - 1)
        {
            Some((p - 1, p))
        } else if p >= s.body + 3
            && doc.w(p - 1) == "s"
            && doc.punct(p - 2, &['\'', '\u{2019}'])
            && !doc.space_before(p - 2)
            // "he's heralded plans": "'s" after a pronoun is "has" or "is".
            && !is_in(SUBJECT_PRONOUNS, doc.w(p - 3))
            && !is_in(GAP_PRONOUNS, doc.w(p - 3))
            && !matches!(doc.w(p - 3), "there" | "here")
        {
            source_before(doc, s.body, p - 2)
                .map(|(ss, se)| (possessor_start(doc, ss, se), se))
                .filter(|&(ss, se)| ss < se)
        } else {
            None
        };
        if source.is_none() {
            if let Some(lv) = light_verb_before(doc, s.body, n) {
                return self.light_verb_noun_cue(si, lv, cue_end, start);
            }
        }
        // The noun phrase must stand on its own in its clause, not in a prepositional phrase or
        // a list ("because of his record *and his support* for …" is background).
        let np_start = source.map_or(p, |x| x.0);
        let stands_alone = np_start <= s.body
            || !doc.is_word(np_start - 1)
                && (doc.punct(np_start - 1, &[',', ';', ':', '—', '–', '('])
                    || doc.is_quote_mark(np_start - 1))
            || doc.is_word(np_start - 1)
                && !is_in(ADJUNCT_PREPOSITIONS, doc.w(np_start - 1))
                && !is_in(SOURCE_PREPOSITIONS, doc.w(np_start - 1))
                && !matches!(
                    doc.w(np_start - 1),
                    "and" | "or" | "nor" | "of" | "about" | "like" | "than"
                );
        if !stands_alone {
            return false;
        }
        let end = noun_cue_content_end(doc, s, start, np_start <= s.body && nw == "that");
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        match source {
            Some((ss, se)) => {
                let Some(class) = noun_cue_source_class(doc, ss, se, s.body) else {
                    return false;
                };
                self.push(n, cue_end, Some((ss, se)), class, None, content);
            }
            None if nw == "that" && is_in(SOURCELESS_NOUN_CUES, doc.w(n)) => {
                self.push_sourceless(n, cue_end, SourceKind::Vague, content)
            }
            None => return false,
        }
        true
    }

    /// "The claim by the ministry that no civilians died", "the warning by the union that …": a
    /// noun cue opening its clause, its agent after "by" as the source, and the "that" clause
    /// (or a phrase of "of", "on", "about" … the agent does not swallow) after the agent as the
    /// content. Returns true when it recorded one.
    fn noun_cue_with_agent(&mut self, si: usize, n: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        // Only a noun phrase that opens its clause ("The claim by …", "…, allegations by …").
        let mut np = n;
        while np > s.body && np + MAX_AUXILIARY_TOKENS > n && doc.is_word(np - 1) {
            let w = doc.w(np - 1);
            if is_in(DETERMINERS, w) || !doc.cap(np - 1) && !is_function_or_cue_word(w) {
                np -= 1;
                if is_in(DETERMINERS, w) {
                    break;
                }
            } else {
                break;
            }
        }
        let opens = np <= s.body || doc.punct(np - 1, &[',', ';', ':', '—', '–']);
        if !opens {
            return false;
        }
        let Some((ss, se)) = source_after(doc, n + 2, s.t1, false) else {
            return false;
        };
        let nw = doc.w(se);
        let start = if nw == "that" && doc.is_word(se) {
            se
        } else if is_in(NOUN_CUE_PREPOSITIONS, nw) && doc.is_word(se) {
            se + 1
        } else {
            return false;
        };
        if start >= s.t1 || !doc.is_word(start) && !doc.is_quote_mark(start) {
            return false;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source || class.pronoun {
            return false;
        }
        let end = noun_cue_content_end(doc, s, start, np <= s.body && nw == "that");
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        self.push(n, n + 2, Some((ss, se)), class, None, content);
        true
    }

    /// "Trump has made comments about …", "the senator voiced concern that …", "None of the
    /// three laid out a plan to …": a light verb and a noun cue, with the verb's subject as the
    /// source and the noun's complement (from token `start`) as the content; the cue runs from
    /// the light verb `lv` to `cue_end`. Returns true when it recorded one.
    fn light_verb_noun_cue(&mut self, si: usize, lv: usize, cue_end: usize, start: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut back = skip_back_auxiliaries(doc, s.body, lv);
        // "She's made plans": a contracted auxiliary.
        if back >= s.body + 3
            && doc.w(back - 1) == "s"
            && doc.punct(back - 2, &['\'', '\u{2019}'])
            && !doc.space_before(back - 2)
        {
            back -= 2;
        }
        if back <= s.body || !doc.is_word(back - 1) {
            return false;
        }
        // "Trump welcomed the vote and made comments about …": the sentence's subject.
        let source = if is_in(VERB_COORDINATORS, doc.w(back - 1)) {
            subject_of(doc, s, back - 1)
        } else if is_in(GAP_PRONOUNS, doc.w(back - 1)) {
            // "whom the senator has a plan to …", "which had …": no plain subject.
            return false;
        } else {
            source_before(doc, self.after_quoted_content(s, back), back)
        };
        let Some((ss, se)) = source else {
            return false;
        };
        if !source_opens_clause(doc, s, ss) {
            return false;
        }
        let Some(class) = noun_cue_source_class(doc, ss, se, s.body) else {
            return false;
        };
        let end = noun_complement_end(doc, s, start);
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        // "expressed support for": when the light verb is a cue of its own that took the noun
        // phrase as its content, the verb and the noun are one cue.
        if self
            .atts
            .last()
            .is_some_and(|a| a.cue_tok == lv && !a.continuation)
        {
            if let Some(q) = self.atts.pop().and_then(|a| a.quotation) {
                self.claimed[q] = content.quotation == Some(q);
            }
        }
        self.push(lv, cue_end, Some((ss, se)), class, None, content);
        true
    }

    /// "There are reports that …", "There is speculation that …".
    fn there_are_reports(&mut self, si: usize, n: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut b = n;
        while b > s.body
            && n - b < 6
            && (is_in(BE_FORMS, doc.w(b - 1))
                || matches!(
                    doc.w(b - 1),
                    "have"
                        | "has"
                        | "had"
                        | "widespread"
                        | "growing"
                        | "unconfirmed"
                        | "media"
                        | "press"
                        | "some"
                        | "persistent"
                ))
        {
            b -= 1;
        }
        if b == n || b == s.body || doc.w(b - 1) != "there" || doc.w(n + 1) != "that" {
            return;
        }
        let Some(content) = self.content_after(si, n + 1) else {
            return;
        };
        self.push_sourceless(b - 1, n + 1, SourceKind::Vague, content);
    }

    // -----------------------------------------------------------------------------------------
    // Content
    // -----------------------------------------------------------------------------------------

    /// The content a complement opens; inside a quotation it never runs past the quotation's
    /// end ("“We hope so,” Putin said": "so" is all that "hope" takes).
    fn content_after_cue(&mut self, si: usize, c: usize, comp: Complement) -> Option<Content> {
        let doc = self.doc;
        if comp.opening == Opening::So {
            return self.range_content(comp.start, comp.start + 1);
        }
        let s = &doc.sents[si];
        if let Some(q) = self
            .quotes
            .inside
            .get(c)
            .copied()
            .filter(|&q| q != u32::MAX)
        {
            if let Some(close) = self.quotes.list[q as usize]
                .pieces
                .iter()
                .find_map(|p| p.close_tok.filter(|&t| t > c))
            {
                let end = content_end(doc, s, comp.start).min(close);
                return self.range_content(comp.start, end);
            }
        }
        let limit = clause_limit(doc, s, c);
        if limit < s.t1 && comp.start < limit {
            return self.range_content(comp.start, content_end(doc, s, comp.start).min(limit));
        }
        self.content_after(si, comp.start)
    }

    /// True when a colon after the cue (and its addressee and adjuncts) ends the paragraph:
    /// "Reporter Jomana Karadsheh says:" — the content is the next paragraph.
    fn colon_ends_paragraph(&self, verb: &CueVerb, ce: usize, end: usize) -> bool {
        let doc = self.doc;
        let mut k = skip_adjuncts(doc, ce, end);
        if verb.flags & ADDRESSEE != 0 {
            if let Some((_, b)) = addressee(doc, k, end, true) {
                k = skip_adjuncts(doc, b, end);
            }
        }
        verb.flags & (CLAUSE | QUOTE_ONLY) != 0
            && doc.punct(k, &[':'])
            && (k + 1 >= doc.toks.len() || !doc.same_para(k, k + 1))
    }

    /// The paragraph after paragraph `para` as content: its quotation when it opens with one.
    fn next_paragraph(&mut self, para: usize) -> Option<Content> {
        let doc = self.doc;
        let (ps, pe) = *doc.paras.get(para + 1)?;
        let k = doc.toks.partition_point(|t| t.start < ps);
        if k >= doc.toks.len() {
            return None;
        }
        if let Some(MarkRole::Open(q)) = self.quotes.roles.get(k) {
            let q = *q as usize;
            return Some(Content {
                ranges: self.quotes.list[q].ranges(),
                kind: "direct",
                quotation: Some(q),
            });
        }
        Some(Content {
            ranges: vec![(ps, pe)],
            kind: "indirect",
            quotation: None,
        })
    }

    /// Content that starts at token `k`: a whole quotation when it starts there and runs to the
    /// end of the sentence (or beyond it), else the rest of the sentence.
    fn content_after(&mut self, si: usize, k: usize) -> Option<Content> {
        let doc = self.doc;
        let s = &doc.sents[si];
        if let Some(MarkRole::Open(q)) = self.quotes.roles.get(k) {
            let q = *q as usize;
            let quotation = &self.quotes.list[q];
            let last = quotation.last_tok();
            let beyond = last >= s.t1
                || quotation.pieces.len() > 1
                || quotation.pieces[0].close_tok.is_none();
            if beyond
                || content_end(doc, s, last + 1) <= last + 1
                || coordinated_verb_after(doc, last + 1)
            {
                return Some(Content {
                    ranges: quotation.ranges(),
                    kind: "direct",
                    quotation: Some(q),
                });
            }
        }
        let end = content_end(doc, s, k);
        self.range_content(k, end)
    }

    /// Content that ends right before token `k` (a comma or a closing quote before the source
    /// or cue): the quotation that closes there, or the sentence up to there.
    fn content_before(&mut self, si: usize, k: usize) -> Option<Content> {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut p = k;
        while p > s.t0 && doc.punct(p - 1, &[',', '—', '–']) {
            p -= 1;
        }
        if p <= s.t0 {
            return None;
        }
        // Only a comma, a dash or a closing quote hands content over to a source after it.
        if p == k && !matches!(self.quotes.roles[p - 1], MarkRole::Close(_)) {
            return None;
        }
        if let Some(MarkRole::Close(q)) = self.quotes.roles.get(p - 1) {
            let q = *q as usize;
            // "The strategy is a “very welcome tack,” he said": words of the sentence before the
            // quotation make the content mixed.
            let open = self.quotes.list[q].first_tok();
            let words_before = self.quotes.list[q].pieces.len() == 1
                && open > s.body
                && doc.tok_sent[open] as usize == si
                && (s.body..open).any(|j| doc.is_word(j))
                && !doc.punct(open - 1, &[':']);
            if !words_before {
                return Some(Content {
                    ranges: self.quotes.list[q].ranges(),
                    kind: "direct",
                    quotation: Some(q),
                });
            }
            return self.range_content(s.body, p);
        }
        while p > s.t0 && doc.punct(p - 1, &[',', '—', '–']) {
            p -= 1;
        }
        if p <= s.body {
            return None;
        }
        // "… in terms of, *you know*, …": a cue inside a quotation says nothing beyond it.
        let start = match self
            .quotes
            .inside
            .get(k)
            .copied()
            .filter(|&q| q != u32::MAX)
        {
            Some(q) => {
                let open = self.quotes.list[q as usize].first_tok() + 1;
                if open >= p {
                    return None;
                }
                open.max(s.body)
            }
            None => main_clause_start(doc, s, p),
        };
        self.range_content(start, p)
    }

    /// The content of a cue inside a relative clause whose pronoun is what is said: "the
    /// policy, which officials said *will go into effect*" (a subject left out after the cue)
    /// or "poverty-shaming (which his colleague defended)" (an object left out).
    fn relative_gap_content(
        &self,
        si: usize,
        ss: usize,
        verb: &CueVerb,
        ce: usize,
    ) -> Option<Content> {
        let doc = self.doc;
        let s = &doc.sents[si];
        if ss <= s.body
            || !is_in(GAP_PRONOUNS, doc.w(ss - 1))
            || !doc.is_word(ss - 1)
            || verb.flags & (CLAUSE | OBJECT) == 0
        {
            return None;
        }
        let rel = ss - 1;
        let rel_range = (doc.toks[rel].start, doc.toks[rel].end);
        let after = skip_adjuncts(doc, ce, s.t1);
        if doc.is_word(after) && !doc.cap(after) && doc.is_finite_at(after) {
            let end = (after..content_end(doc, s, after))
                .find(|&j| doc.punct(j, &[',', ';', '—', '–', ')']))
                .unwrap_or_else(|| content_end(doc, s, after));
            let rest = self.range_content(after, end)?;
            return Some(Content {
                quotation: None,
                ..rest.led_by(rel_range)
            });
        }
        // "the marchers, whom he described as “peaceful,”": what follows "as" is said of them.
        if doc.w(after) == "as" && doc.is_word(after) && verb.flags & STANCE != 0 {
            let limit = content_end(doc, s, after);
            let end = (after + 1..limit)
                .find_map(|j| {
                    let quoted = matches!(self.quotes.inside.get(j), Some(&q) if q != u32::MAX);
                    if doc.punct(j, &[',', ';', '—', '–', ')']) && !quoted {
                        Some(j)
                    } else if matches!(self.quotes.roles[j], MarkRole::Close(_))
                        && doc.punct(j - 1, &[','])
                    {
                        // "as “peaceful,”": the comma closing the quotation ends it.
                        Some(j + 1)
                    } else {
                        None
                    }
                })
                .unwrap_or(limit);
            if end > after + 1 {
                return Some(self.range_content(after, end)?.led_by(rel_range));
            }
        }
        let closes = after >= s.t1
            || doc.punct(after, &[',', ')', ';', '—', '–'])
            || (after..s.t1).all(|j| doc.punct(j, TERMINATORS));
        (closes && verb.flags & OBJECT != 0).then_some(Content {
            ranges: vec![rel_range],
            kind: "indirect",
            quotation: None,
        })
    }

    /// True for indirect content that is only an opening adverbial with no verb ("On Friday
    /// morning, the third day of his swing, …"): it frames the sentence, nobody says it.
    fn is_bare_adverbial(&self, c: &Content) -> bool {
        let doc = self.doc;
        let Some(&(a, b)) = c.ranges.first() else {
            return false;
        };
        if c.quotation.is_some() || c.ranges.len() > 1 {
            return false;
        }
        let k0 = doc.toks.partition_point(|t| t.start < a);
        let k1 = doc.toks.partition_point(|t| t.start < b);
        // "This week, he said": "this" opens an adverbial only before a time word ("This
        // includes a force, he said" is a clause).
        let opens_adverbial = is_in(ADJUNCT_PREPOSITIONS, doc.w(k0))
            || matches!(
                doc.w(k0),
                "last" | "earlier" | "later" | "yesterday" | "today"
            )
            || doc.w(k0) == "this" && is_time_word(doc.w(k0 + 1));
        opens_adverbial
            && !(k0..k1)
                .any(|k| doc.is_finite_at(k) || is_present_verb_at(doc, k) || doc.is_quote_mark(k))
    }

    /// "On the broadcast of “Fox News Sunday,” Pence said his running mate …": the quotation
    /// before the source is a title inside an opening adjunct, and the cue's own complement
    /// (a clause, "that", a colon or a quote) is the content.
    fn quote_in_opening_adjunct(&self, si: usize, ss: usize, verb: &CueVerb, ce: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut p = ss;
        while p > s.body && doc.punct(p - 1, &[',']) {
            p -= 1;
        }
        let Some(MarkRole::Close(q)) = p.checked_sub(1).map(|k| self.quotes.roles[k]) else {
            return false;
        };
        let open = self.quotes.list[q as usize].first_tok();
        let in_adjunct = open > s.body
            && is_in(ADVERBIAL_OPENERS, doc.w(s.body))
            && doc.tok_sent[open] as usize == si;
        in_adjunct
            && complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(
                    k.opening,
                    Opening::That | Opening::Colon | Opening::Quote | Opening::Clause
                )
            })
    }

    /// "In a merger, he said, the brand would survive": indirect content that a parenthetical
    /// cue interrupts resumes after the comma that closes the cue phrase (its source, addressee
    /// and adjuncts end before `k`). Quotations resume through continuations instead, and a
    /// clause opening with a subordinator or a participle (", as the crowd cheered", ", adding
    /// that") is not resumed content.
    fn with_resumed_content(
        &self,
        si: usize,
        content: Content,
        verb: &CueVerb,
        k: usize,
    ) -> Content {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "“It’s unanimous,” Levine said *of the council’s support*": what the words were about.
        let about = skip_adjuncts(doc, k, s.t1);
        if doc.w(about) == "of"
            && doc.is_word(about)
            && verb.flags & SPEECH != 0
            && about + 1 < s.t1
        {
            let end = (about + 1..s.t1)
                .find(|&j| doc.punct(j, &[',', ';', ':', '—', '–']))
                .unwrap_or(s.t1);
            if let Some(rest) =
                self.range_content(about + 1, end.min(content_end(doc, s, about + 1)))
            {
                let mut ranges = content.ranges;
                ranges.extend(rest.ranges);
                return Content {
                    ranges,
                    kind: "mixed",
                    quotation: content.quotation,
                };
            }
        }
        if content.quotation.is_some() {
            return content;
        }
        let mut k = skip_adjuncts(doc, k, s.t1);
        if verb.flags & ADDRESSEE != 0 {
            if let Some((_, b)) = addressee(doc, k, s.t1, verb.flags & ABOUT == 0) {
                k = skip_adjuncts(doc, b, s.t1);
            }
        }
        if !doc.punct(k, &[',']) || k + 1 >= s.t1 {
            return content;
        }
        let mut r = k + 1;
        // ", in an interview, the brand …": an adjunct of the cue between commas.
        let past_adjuncts = skip_adjuncts(doc, r, s.t1);
        if past_adjuncts > r && doc.punct(past_adjuncts, &[',']) {
            r = past_adjuncts + 1;
        }
        // "“A big truck” hit the barriers, he said, *and “everyone started running.”*": a
        // conjunction before a quotation resumes the quote.
        if doc.is_word(r) && matches!(doc.w(r), "and" | "but") && doc.is_quote_mark(r + 1) {
            r += 1;
        }
        let w = doc.w(r);
        let opens_aside = !doc.is_word(r) && !doc.is_quote_mark(r)
            || is_in(RESUMPTION_BLOCKERS, w)
            || cue_word(w).is_some_and(|c| c.form == Form::Ing)
            || w == "according";
        if opens_aside {
            return content;
        }
        let e = content_end(doc, s, r);
        let Some(rest) = self.range_content(r, e) else {
            return content;
        };
        let mut ranges = content.ranges;
        ranges.extend(rest.ranges);
        let kind = if content.kind == rest.kind {
            content.kind
        } else {
            "mixed"
        };
        Content {
            ranges,
            kind,
            quotation: None,
        }
    }

    /// The quotation that ends the previous sentence of the paragraph, when nothing claimed it
    /// ("“We will win.” / Lukashenko said.").
    fn quote_of_previous_sentence(&mut self, si: usize) -> Option<Content> {
        let doc = self.doc;
        let prev = si.checked_sub(1)?;
        let (ps, s) = (&doc.sents[prev], &doc.sents[si]);
        if ps.para != s.para || ps.t1 == ps.t0 {
            return None;
        }
        let mut p = ps.t1;
        while p > ps.t0 && doc.punct(p - 1, TERMINATORS) {
            p -= 1;
        }
        match self.quotes.roles.get(p.checked_sub(1)?) {
            Some(MarkRole::Close(q)) if !self.claimed[*q as usize] => {
                let q = *q as usize;
                Some(Content {
                    ranges: self.quotes.list[q].ranges(),
                    kind: "direct",
                    quotation: Some(q),
                })
            }
            _ => None,
        }
    }

    /// The tokens `a..b` as content: indirect, or mixed when a quotation opens inside.
    fn range_content(&self, a: usize, b: usize) -> Option<Content> {
        let doc = self.doc;
        let (mut a, mut b) = (a, b);
        while a < b && doc.punct(a, &[',', ':', ';', '—', '–']) {
            a += 1;
        }
        while b > a
            && doc.punct(b - 1, &[',', ':', ';', '—', '–', '.', '!', '?', '…'])
            && !doc.is_quote_mark(b - 1)
        {
            b -= 1;
        }
        if a >= b || !(a..b).any(|k| doc.is_word(k)) {
            return None;
        }
        let quoted_from = (a..b).find(|&k| matches!(self.quotes.roles[k], MarkRole::Open(_)));
        if let Some(MarkRole::Open(q)) = quoted_from.map(|k| self.quotes.roles[k]) {
            let quotation = &self.quotes.list[q as usize];
            if quoted_from == Some(a)
                && quotation.last_tok() + 1 >= b
                && quotation.pieces.len() == 1
            {
                return Some(Content {
                    ranges: quotation.ranges(),
                    kind: "direct",
                    quotation: Some(q as usize),
                });
            }
        }
        let kind = if quoted_from.is_some() {
            "mixed"
        } else {
            "indirect"
        };
        let mut ranges = vec![(doc.toks[a].start, doc.toks[b - 1].end)];
        // "argued that Cruz has “got to come a long way … He’s got to be for oil, right?”": a
        // quotation that opens in the content and runs on past it (into the next sentence or
        // paragraph) is content to its closing mark; a quote is never cut in two.
        let last_open = (a..b)
            .rev()
            .find_map(|k| match self.quotes.roles[k] {
                MarkRole::Open(q) => Some(q as usize),
                _ => None,
            })
            .filter(|&q| self.quotes.list[q].pieces[0].open_tok >= a);
        if let Some(q) = last_open {
            let quotation = &self.quotes.list[q];
            if quotation.last_tok() >= b {
                ranges[0].1 = ranges[0].1.max(quotation.pieces[0].end);
                ranges.extend(quotation.pieces[1..].iter().map(|p| (p.start, p.end)));
            }
        }
        Some(Content {
            ranges,
            kind,
            quotation: None,
        })
    }

    // -----------------------------------------------------------------------------------------
    // Recording
    // -----------------------------------------------------------------------------------------

    fn make(&self, c: usize, ce: usize, via: Option<(usize, usize)>, content: Content) -> Att {
        let doc = self.doc;
        let bytes = |(a, b): (usize, usize)| (doc.toks[a].start, doc.toks[b - 1].end);
        Att {
            content: content.ranges,
            kind: content.kind,
            cue: Some(bytes((c, ce))),
            cue_tok: c,
            source: None,
            speaker: None,
            via: via.map(bytes),
            source_kind: SourceKind::None,
            continuation: false,
            continues: None,
            para: doc.tok_para[c] as usize,
            quotation: content.quotation,
        }
    }

    /// Records an attribution with a source, resolving a pronoun source first.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        c: usize,
        ce: usize,
        source: Option<(usize, usize)>,
        class: SourceClass,
        via: Option<(usize, usize)>,
        content: Content,
    ) {
        let doc = self.doc;
        if let Some(q) = content.quotation {
            self.claimed[q] = true;
        }
        let mut att = self.make(c, ce, via, content);
        att.source = source.map(|(a, b)| (doc.toks[a].start, doc.toks[b - 1].end));
        att.source_kind = class.kind;
        att.speaker = class.speaker;
        if class.pronoun {
            let (kind, speaker) = self.resolve_pronoun(source.map_or(c, |s| s.0), att.para);
            att.source_kind = kind;
            att.speaker = speaker;
        }
        self.atts.push(att);
    }

    /// Records a vague attribution with no source.
    fn push_sourceless(&mut self, c: usize, ce: usize, kind: SourceKind, content: Content) {
        if let Some(q) = content.quotation {
            self.claimed[q] = true;
        }
        let mut att = self.make(c, ce, None, content);
        att.source_kind = kind;
        self.atts.push(att);
    }

    /// What a pronoun source refers to: the speaker of an attribution earlier in the paragraph,
    /// else the subject of the sentence before ("Officials briefed reporters. They said …"),
    /// else a speaker of the paragraphs before, else ("he", "she") the last person mentioned.
    fn resolve_pronoun(&self, tok: usize, para: usize) -> (SourceKind, Option<Who>) {
        let doc = self.doc;
        let w = doc.w(tok);
        let pos = doc.toks[tok].start;
        if is_in(FIRST_PERSON_PRONOUNS, w) {
            return (SourceKind::Named, None);
        }
        let person = is_in(PERSON_PRONOUNS, w);
        let usable =
            |a: &&Att| a.source.is_some_and(|s| s.1 <= pos) && (!person || a.speaker.is_some());
        let recent = |paras: usize| {
            self.atts
                .iter()
                .rev()
                .take(MAX_PRONOUN_LOOKBACK)
                .take_while(|a| a.para + paras >= para)
                .find(usable)
        };
        let from_att = |a: &Att| (a.source_kind, if w == "it" { None } else { a.speaker });
        if let Some(a) = recent(0) {
            return from_att(a);
        }
        if let Some((kind, who)) = self.subject_of_previous_sentence(tok) {
            if !person || who.is_some() {
                return (kind, if w == "it" { None } else { who });
            }
        }
        if let Some(a) = recent(PRONOUN_PARAGRAPHS) {
            return from_att(a);
        }
        (
            SourceKind::Named,
            if person {
                doc.last_person_before(pos)
            } else {
                None
            },
        )
    }

    /// The source kind and person of the subject of the sentence before token `tok`'s, when
    /// that subject could be a source.
    fn subject_of_previous_sentence(&self, tok: usize) -> Option<(SourceKind, Option<Who>)> {
        let doc = self.doc;
        let si = doc.tok_sent[tok];
        if si == NONE || si == 0 {
            return None;
        }
        let prev = &doc.sents[si as usize - 1];
        let (ss, se) = subject_of(doc, prev, prev.t1)?;
        let class = classify(doc, ss, se, prev.body);
        (!class.not_a_source && !class.pronoun).then_some((class.kind, class.speaker))
    }

    /// Quotes with no cue of their own that continue the attribution before them: a quote later
    /// in the paragraph of an attributed quote ("“…,” he said. “…”"), a paragraph that opens
    /// with a quote after a quoted paragraph, and a sentence ending in a lone closing mark right
    /// after an attributed quote (its opening mark was lost).
    fn find_continuations(&mut self) {
        let doc = self.doc;
        // Attributions by position, to find "the last one before".
        let mut order: Vec<usize> = (0..self.atts.len()).collect();
        stable_sort::sort_by_key(&mut order, |&k| self.atts[k].cue.map_or(0, |c| c.0));
        let mut extra: Vec<Att> = Vec::new();
        let mut claimed = self.claimed.clone();
        // Mark quotations inside any content as claimed.
        let mut ranges: Vec<(usize, usize)> = self
            .atts
            .iter()
            .flat_map(|a| a.content.iter().copied())
            .collect();
        ranges.sort_unstable();
        for (qi, q) in self.quotes.list.iter().enumerate() {
            let pos = q.pieces[0].start;
            let k = ranges.partition_point(|r| r.0 <= pos);
            // Content ranges within one sentence never nest deeply; a short look back suffices.
            if ranges[..k].iter().rev().take(8).any(|r| r.1 > pos) {
                claimed[qi] = true;
            }
        }
        let mut next_att = 0;
        let mut last: Option<(Att, usize)> = None;
        for (qi, q) in self.quotes.list.iter().enumerate() {
            let open = q.first_tok();
            let pos = doc.toks[open].start;
            while next_att < order.len()
                && self.atts[order[next_att]].cue.is_some_and(|c| c.0 < pos)
            {
                let a = &self.atts[order[next_att]];
                // "“…,” he said when endorsing the plan. “…”": within a sentence, a later cue
                // in the quoting cue's adjunct does not take the quote over.
                let quoted_before = last.as_ref().is_some_and(|(l, _)| {
                    l.quotation.is_some()
                        && a.quotation.is_none()
                        && doc.tok_sent[l.cue_tok] == doc.tok_sent[a.cue_tok]
                });
                if a.source.is_some() && !a.continuation && !quoted_before {
                    last = Some((a.clone(), order[next_att]));
                }
                next_att += 1;
            }
            if claimed[qi] {
                continue;
            }
            let Some((prev, root)) = last.clone() else {
                continue;
            };
            let si = doc.tok_sent[open];
            if si == NONE {
                continue;
            }
            let s = &doc.sents[si as usize];
            let para = doc.tok_para[open] as usize;
            // "But “…”": a conjunction may come before the quotation.
            let opens_sentence = open == s.body
                || open == s.t0
                || open == s.body + 1 && is_in(CONTINUING_CONJUNCTIONS, doc.w(s.body));
            let opens_paragraph = open == 0 || !doc.same_para(open - 1, open);
            let cue_pos = prev.cue.map_or(0, |c| c.0);
            let same_sentence_after_cue =
                cue_pos >= s.start && cue_pos < pos && open > 0 && doc.punct(open - 1, &[',', ':']);
            // A quotation that opens a sentence continues the quote only when it is the sentence
            // (not a title: "“Daily Show” host Trevor Noah showed …").
            let close = q.last_tok();
            let fills_sentence = q.pieces.len() > 1
                || q.pieces[0].close_tok.is_none()
                || (close + 1..s.t1).all(|k| !doc.is_word(k))
                || (close + 1..s.t1).filter(|&k| doc.is_word(k)).count()
                    <= MAX_WORDS_AFTER_CONTINUATION
                    && cue_word(doc.w(close + 2)).is_some();
            let inherits = if prev.para == para {
                opens_sentence && fills_sentence || same_sentence_after_cue
            } else {
                opens_paragraph && prev.para + MAX_CONTINUATION_PARAGRAPHS >= para && fills_sentence
            };
            if !inherits {
                continue;
            }
            let att = Att {
                content: q.ranges(),
                kind: "direct",
                cue: prev.cue,
                cue_tok: open,
                source: prev.source,
                speaker: prev.speaker,
                via: prev.via,
                source_kind: prev.source_kind,
                continuation: true,
                continues: Some(root),
                para: doc.tok_para[q.last_tok()] as usize,
                quotation: Some(qi),
            };
            claimed[qi] = true;
            // The continuation is now the last attribution of its paragraph.
            last = Some((
                Att {
                    continuation: false,
                    ..att.clone()
                },
                root,
            ));
            extra.push(att);
        }
        self.claimed = claimed;
        self.atts.extend(extra);
        self.find_lost_openings();
    }

    /// A sentence that ends in a closing mark with no opening one, right after a sentence that
    /// ends in an attributed direct quote, continues that quote.
    fn find_lost_openings(&mut self) {
        let doc = self.doc;
        let mut by_quotation: Vec<Option<usize>> = vec![None; self.quotes.list.len()];
        for (k, a) in self.atts.iter().enumerate() {
            if let Some(q) = a.quotation {
                by_quotation[q].get_or_insert(k);
            }
        }
        let mut extra = Vec::new();
        for si in 1..doc.sents.len() {
            let (ps, s) = (&doc.sents[si - 1], &doc.sents[si]);
            if ps.para != s.para || s.t1 <= s.t0 {
                continue;
            }
            let mut e = s.t1;
            while e > s.t0 && doc.punct(e - 1, TERMINATORS) {
                e -= 1;
            }
            if e == s.t0
                || self.quotes.roles[e - 1] != MarkRole::Stray
                || (s.t0..e - 1).any(|k| doc.is_quote_mark(k))
            {
                continue;
            }
            let mut p = ps.t1;
            while p > ps.t0 && doc.punct(p - 1, TERMINATORS) {
                p -= 1;
            }
            let Some(MarkRole::Close(q)) = p.checked_sub(1).map(|k| self.quotes.roles[k]) else {
                continue;
            };
            let Some(k) = by_quotation[q as usize] else {
                continue;
            };
            let prev = &self.atts[k];
            extra.push(Att {
                content: vec![(s.start, doc.toks[e - 1].end)],
                kind: "direct",
                cue_tok: s.t0,
                continuation: true,
                continues: Some(prev.continues.unwrap_or(k)),
                para: s.para,
                quotation: None,
                ..prev.clone()
            });
        }
        self.atts.extend(extra);
    }
}

// ---------------------------------------------------------------------------------------------
// Decisions on tokens
// ---------------------------------------------------------------------------------------------

/// True for a participle after a person's contracted "has" ("she’s *said* the rules …", "he's
/// *argued* that …"), not a passive ("he's *said* to be …") nor a possessive ("Trump’s *claims*").
fn is_contracted_has(doc: &Doc, i: usize) -> bool {
    i >= 3
        && doc.w(i - 1) == "s"
        && doc.punct(i - 2, &['\'', '\u{2019}'])
        && !doc.space_before(i - 2)
        && !doc.space_before(i - 1)
        && is_in(HAS_CONTRACTING_PRONOUNS, doc.w(i - 3))
        && cue_word(doc.w(i)).is_some_and(|c| c.form == Form::Past)
        && !matches!(doc.w(i + 1), "to" | "by" | "as")
}

/// Where a noun cue's content starting at `start` ends. A "that" clause of a noun opening the
/// sentence ends at the main clause's verb ("The senator's claim that the vote was rigged *drew*
/// criticism"); any other runs as a noun's complement does.
fn noun_cue_content_end(
    doc: &Doc,
    s: &Sent,
    start: usize,
    that_clause_opens_sentence: bool,
) -> usize {
    let end = noun_complement_end(doc, s, start);
    if that_clause_opens_sentence {
        that_clause_end(doc, start + 1, end)
    } else {
        end
    }
}

/// The kind of a noun cue's source `ss..se`: what [`classify`] says, except that a phrase it
/// rejects still names someone when it ends in a capitalised word ("Clinton's plan", "the
/// Sanders campaign's call"); `None` when it names nobody.
fn noun_cue_source_class(doc: &Doc, ss: usize, se: usize, body: usize) -> Option<SourceClass> {
    let class = classify(doc, ss, se, body);
    if class.pronoun || !class.not_a_source {
        Some(class)
    } else if doc.is_word(se - 1) && doc.cap(se - 1) {
        Some(SourceClass {
            kind: SourceKind::Named,
            not_a_source: false,
            ..class
        })
    } else {
        None
    }
}

/// True when a cue word is used as a noun or adjective: "the said document", "a told story",
/// "the reports", "in fear", "Reports say".
fn looks_like_a_noun(doc: &Doc, i: usize, form: Form) -> bool {
    let prev = i.checked_sub(1);
    let prev_word = prev.map_or("", |p| doc.w(p));
    let quantifier_ok = form != Form::Third
        && (matches!(
            prev_word,
            "that" | "all" | "both" | "some" | "many" | "most" | "others" | "few"
        ) || is_number_word(prev_word));
    if prev.is_some_and(|p| doc.is_word(p))
        && (is_in(DETERMINERS, prev_word) && !quantifier_ok
            || prev_word == "s"
                && prev.is_some_and(|p| p > 0 && doc.punct(p - 1, &['\'', '\u{2019}'])))
    {
        return true;
    }
    if matches!(form, Form::Base | Form::Third)
        && is_in(ADJUNCT_PREPOSITIONS, prev_word)
        && prev_word != "to"
    {
        return true;
    }
    if form == Form::Third
        && (doc.is_finite_at(i + 1) && !is_adjectival_participle(doc, i + 1)
            || cue_word(doc.w(i + 1)).is_some_and(|c| c.form != Form::Ing && !doc.cap(i + 1)))
    {
        return true;
    }
    // "in states *that vote* later": a relative clause after a plural noun.
    if form == Form::Third
        && is_in(NOUN_LIKE_THIRD_FORMS, doc.w(i))
        && doc.w(i + 1) == "that"
        && doc.is_word(i + 2)
        && !doc.cap(i + 2)
        && !is_in(DETERMINERS, doc.w(i + 2))
        && !is_in(SUBJECT_PRONOUNS, doc.w(i + 2))
        && !is_number_word(doc.w(i + 2))
    {
        return true;
    }
    // "270 *pledged* delegates": a participle between a number and its noun.
    if form == Form::Past
        && prev.is_some_and(|p| doc.is_word(p) && prev_word.chars().all(|c| c.is_ascii_digit()))
        && doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && !is_function_or_cue_word(doc.w(i + 1))
    {
        return true;
    }
    // "backed *off*", "backed *down*": a phrasal verb of another meaning.
    if doc.is_word(i + 1)
        && is_in(PHRASAL_PARTICLES, doc.w(i + 1))
        && !is_in(
            cue_word(doc.w(i)).map_or(&[][..], |c| c.verb.particles),
            doc.w(i + 1),
        )
    {
        return true;
    }
    false
}

/// True when a base form at `c` follows a modal, an auxiliary, a subject pronoun or a plural
/// noun ("we *want*", "would *state*", "did not *know*", "opponents *claim*"), or when the
/// source `ss..back` is a plural head with an "of" phrase ("*backers* of the plan *hope*"):
/// the verb agrees with the head, so the singular noun before it does not make it a noun.
fn base_form_is_a_verb(doc: &Doc, ss: usize, back: usize, c: usize) -> bool {
    let prev = doc.w(back.wrapping_sub(1));
    let is_plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let plural_head_of = (ss + 1..back)
        .find(|&k| doc.w(k) == "of" && doc.is_word(k))
        .is_some_and(|k| doc.is_word(k - 1) && is_plural(doc.w(k - 1)));
    back < c
        || back > 0
            && doc.is_word(back - 1)
            && (is_in(SUBJECT_PRONOUNS, prev) || is_in(AUXILIARIES, prev) || is_plural(prev))
        || plural_head_of
}

/// True when the participle at `p` is passive: a form of "to be" before it ("is said",
/// "was quoted", "has been reported").
fn is_passive(doc: &Doc, t0: usize, p: usize) -> bool {
    passive_start(doc, t0, p) < p
}

/// The first token of the passive verb group ending at participle `p` ("has been reported").
fn passive_start(doc: &Doc, t0: usize, p: usize) -> usize {
    let mut k = p;
    while k > t0 && p - k < 4 && is_in(PASSIVE_ADVERBS, doc.w(k - 1)) && doc.is_word(k - 1) {
        k -= 1;
    }
    if k > t0 && is_in(BE_FORMS, doc.w(k - 1)) && doc.is_word(k - 1) {
        // "it's said": the "s" after an apostrophe.
        if doc.w(k - 1) == "s"
            && !(k >= 3
                && doc.punct(k - 2, &['\'', '\u{2019}'])
                && matches!(doc.w(k - 3), "it" | "that" | "he" | "she"))
        {
            return p;
        }
        k -= 1;
        if doc.w(k) == "been" && k > t0 && matches!(doc.w(k - 1), "has" | "have" | "had") {
            k -= 1;
        }
        if doc.w(k) == "s" {
            k -= 1;
        }
        return k;
    }
    p
}

/// The token after which a source phrase must end: skips auxiliaries, negation, adverbs and
/// time adjuncts between a source and its cue ("has stated", "did not say", "on Thursday told").
pub fn skip_back_auxiliaries(doc: &Doc, lo: usize, c: usize) -> usize {
    let mut k = c;
    let lo = lo.max(c.saturating_sub(MAX_AUXILIARY_TOKENS));
    while k > lo {
        let i = k - 1;
        let w = doc.w(i);
        if doc.is_word(i) && !doc.cap(i) && (is_in(AUXILIARIES, w) || is_ly_adverb(w)) {
            k -= 1;
            continue;
        }
        if doc.punct(i, &['\'', '\u{2019}']) && doc.w(i + 1) == "t" {
            k -= 1;
            continue;
        }
        // "she’s said", "he's argued": a contracted "has" after a pronoun.
        if w == "s"
            && i >= lo + 2
            && doc.punct(i - 1, &['\'', '\u{2019}'])
            && !doc.space_before(i - 1)
            && !doc.space_before(i)
            && is_in(HAS_CONTRACTING_PRONOUNS, doc.w(i - 2))
        {
            k = i - 1;
            continue;
        }
        // "Some Democrats*, however,* question …": a parenthetical adverb between commas.
        if doc.punct(i, &[','])
            && i >= lo + 2
            && is_in(PARENTHETICAL_ADVERBS, doc.w(i - 1))
            && doc.punct(i - 2, &[','])
        {
            k = i - 2;
            continue;
        }
        // "on Thursday", "on November 25", "this week", "last month"
        if doc.is_word(i) && is_time_word(w) {
            let mut j = i;
            while j > lo
                && (doc.w(j - 1).chars().all(|c| c.is_ascii_digit()) && doc.is_word(j - 1)
                    || is_time_word(doc.w(j - 1)) && doc.is_word(j - 1))
            {
                j -= 1;
            }
            if j > lo && is_in(TIME_OPENERS, doc.w(j - 1)) && !doc.cap(j - 1) {
                k = j - 1;
                continue;
            }
            if doc.w(i) != doc.w(j) || j == i {
                // "Zakharova Thursday told" / bare "yesterday"
                if matches!(
                    w,
                    "yesterday" | "today" | "tonight" | "earlier" | "later" | "recently"
                ) || doc.cap(i) && is_weekday_or_month(w) && i > lo && doc.cap(i - 1)
                {
                    k = i;
                    continue;
                }
            }
        }
        break;
    }
    k
}

/// True when nothing after the cue can be its content: only an addressee, adverbs and adjuncts
/// stand before the sentence's end, or before a comma that hands over to something else
/// (“…,” Putin said, adding that …).
fn nothing_but_adjuncts_after(doc: &Doc, verb: &CueVerb, k: usize, end: usize) -> bool {
    let mut after = skip_adjuncts(doc, k, end);
    if verb.flags & ADDRESSEE != 0 {
        if let Some((_, b)) = addressee(doc, after, end, verb.flags & ABOUT == 0) {
            after = skip_adjuncts(doc, b, end);
        }
    }
    after >= end
        || doc.punct(after, &[',', ';', '—', '–'])
        || doc.punct(after, &['-']) && doc.space_before(after)
        || (after..end).all(|j| doc.punct(j, TERMINATORS) || doc.punct(j, &[')']))
}

/// True when a quotation closes with a comma right before token `j` ("“…,” *adding* …"); the
/// closing mark may be one token or two (`''`).
fn comma_closes_quote_before(doc: &Doc, j: usize) -> bool {
    let mut p = j;
    while p > 0 && j - p < 2 && doc.is_quote_mark(p - 1) {
        p -= 1;
    }
    p < j && p > 0 && doc.punct(p - 1, &[','])
}

/// True when a closing quotation mark (and perhaps a comma) stands right before token `s`.
fn closes_quote_before(doc: &Doc, quotes: &Quotations, s: usize) -> bool {
    let mut p = s;
    while p > 0 && doc.punct(p - 1, &[',']) {
        p -= 1;
    }
    // "“Daily Show” host Trevor Noah said": a short title glued to the source modifies it.
    if p == s && p > 0 {
        if let MarkRole::Close(q) = quotes.roles[p - 1] {
            let open = quotes.list[q as usize].first_tok();
            let words = (open..p).filter(|&k| doc.is_word(k)).count();
            let ends_clause = doc.punct(p - 2, &[',', '.', '!', '?']);
            if words <= MAX_TITLE_WORDS_BEFORE_SOURCE && !ends_clause {
                return false;
            }
        }
    }
    p > 0 && matches!(quotes.roles[p - 1], MarkRole::Close(_))
        || p > 1 && doc.punct(p - 1, &[',']) && matches!(quotes.roles[p - 2], MarkRole::Close(_))
}

/// True when the phrase names a document ("the letter"), which can state but not believe.
fn is_document(doc: &Doc, s: usize, e: usize) -> bool {
    let (h, _) = super::sources::head_of(doc, s, e);
    is_in(DOCUMENT_HEADS, doc.w(h))
}

/// True when a cue verb with a subject before it follows in `k..end`.
fn another_cue_follows(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + 12)).any(|j| {
        doc.is_word(j)
            && !doc.cap(j)
            && cue_word(doc.w(j))
                .is_some_and(|c| matches!(c.form, Form::Past | Form::Third | Form::Base))
            && doc.is_word(j - 1)
            && !is_in(DETERMINERS, doc.w(j - 1))
            && doc.w(j - 1) != "to"
    })
}

/// Where a possessor read back from its "'s" really starts: after any verb or pronoun that
/// reading took in ("he abruptly canceled *Mr. Hannity*'s plans").
fn possessor_start(doc: &Doc, ss: usize, se: usize) -> usize {
    (ss..se)
        .rev()
        .find(|&j| {
            doc.is_word(j)
                && !doc.cap(j)
                && (doc.is_finite_at(j)
                    || is_in(SUBJECT_PRONOUNS, doc.w(j))
                    || is_ly_adverb(doc.w(j))
                    // "canceled", not "the embattled".
                    || doc.w(j).ends_with("ed")
                        && !(j > ss && is_in(DETERMINERS, doc.w(j - 1))))
        })
        .map_or(ss, |j| j + 1)
}

/// The light verb before noun cue `n` ("*made* an impassioned call", "*laid* out a plan"), with
/// at most [`MAX_LIGHT_VERB_GAP`] determiners and adjectives between, never before `lo`.
fn light_verb_before(doc: &Doc, lo: usize, n: usize) -> Option<usize> {
    let mut k = n;
    while k > lo && n - k <= MAX_LIGHT_VERB_GAP {
        let i = k - 1;
        if !doc.is_word(i) || doc.cap(i) {
            return None;
        }
        let w = doc.w(i);
        if is_in(LIGHT_VERBS, w) {
            // "had better plan to …" is a modal, not a plan.
            return (doc.w(i + 1) != "better").then_some(i);
        }
        if i > lo
            && PARTICLE_LIGHT_VERBS
                .iter()
                .any(|&(v, p)| p == w && doc.w(i - 1) == v && doc.is_word(i - 1))
        {
            return Some(i - 1);
        }
        // Determiners and adjectives may stand between; anything else ends the search.
        let between = is_in(LIGHT_VERB_DETERMINERS, w)
            || is_ly_adverb(w)
            || !is_function_or_cue_word(w) && !is_in(POSSESSIVE_PRONOUNS, w) && !w.ends_with("'s");
        if !between {
            return None;
        }
        k = i;
    }
    None
}

/// Where the complement of a noun cue starting at `k` ends: before the sentence's main verb
/// ("his promise to build a wall *were* …"), a comma or a new cue; a "that" clause keeps its
/// own first verb, and a clause opened by "that" or a wh-word runs like a verb's content
/// ("raised questions about *whether the foundation rewarded donors, …*").
fn noun_complement_end(doc: &Doc, s: &Sent, k: usize) -> usize {
    if doc.is_word(k) && is_in(CLAUSE_COMPLEMENT_OPENERS, doc.w(k)) {
        return content_end(doc, s, k);
    }
    let limit = content_end(doc, s, k).min(k + MAX_NOUN_CONTENT_TOKENS);
    // "his pledge *to remove* …": the infinitive's verb is its own.
    let mut own_verb = false;
    let mut j = if doc.w(k) == "to" { k + 2 } else { k + 1 };
    while j < limit {
        if doc.punct(j, &[',', ';', ':', '—', '–', '('])
            || doc.punct(j, &['-']) && doc.space_before(j)
        {
            return j;
        }
        // "a proposal for cooperation *that* would create …": a relative clause has its verb.
        if doc.is_word(j) && matches!(doc.w(j), "that" | "which" | "who") {
            own_verb = true;
        }
        // "his attacks on immigrants *and his* promise …": a new noun phrase of its own.
        if doc.w(j) == "and" && is_in(POSSESSIVE_PRONOUNS, doc.w(j + 1)) {
            return j;
        }
        // "union*-backed*": the second half of a compound is no verb.
        let compound = doc.punct(j - 1, &['-']) && !doc.space_before(j);
        let verb = doc.is_word(j)
            && !doc.cap(j)
            && !compound
            && (doc.is_finite_at(j)
                || cue_word(doc.w(j)).is_some_and(|c| matches!(c.form, Form::Past | Form::Third)));
        if verb {
            if !own_verb {
                return j;
            }
            own_verb = false;
        }
        j += 1;
    }
    limit
}

/// Where a "that" clause starting at token `k` (its subject) ends when the sentence's own verb
/// follows it: at a second finite verb with no coordinator or comma since the first ("that the
/// deal was dead *surprised* investors"), else at `end`.
fn that_clause_end(doc: &Doc, k: usize, end: usize) -> usize {
    let mut own_verb_seen = false;
    for j in k..end {
        // "that prices rose *and* wages fell": a coordinated clause has a verb of its own.
        if doc.punct(j, &[',', ';']) || is_in(CLAUSE_LINKERS, doc.w(j)) {
            own_verb_seen = false;
            continue;
        }
        let verb = doc.is_word(j)
            && !doc.cap(j)
            && (doc.is_finite_at(j)
                || cue_word(doc.w(j)).is_some_and(|c| matches!(c.form, Form::Past | Form::Third)));
        if !verb {
            continue;
        }
        // "was rigged", "had fallen", "it said": a verb group or a verb after its pronoun.
        let grouped = j > k
            && (is_in(SUBJECT_PRONOUNS, doc.w(j - 1))
                || is_in(BE_FORMS, doc.w(j - 1))
                || matches!(doc.w(j - 1), "has" | "have" | "had" | "will" | "would"));
        if own_verb_seen && !grouped {
            return j;
        }
        own_verb_seen = true;
    }
    end
}

/// Where the clause holding token `k` starts: after the last "that", comma or cue before it,
/// or at the sentence's start.
fn clause_start_before(doc: &Doc, s: &Sent, k: usize) -> usize {
    (s.body..k)
        .rev()
        .take(MAX_SEEM_SUBJECT_TOKENS)
        .find_map(|j| {
            if doc.is_word(j) && matches!(doc.w(j), "which" | "who") {
                // "… -- *which* seems to be …": the relative pronoun opens the clause.
                return Some(j);
            }
            let boundary = matches!(doc.w(j), "that" | "but")
                || doc.punct(j, &[',', ';', ':'])
                || doc.punct(j, &['-', '—', '–']) && doc.space_before(j)
                || doc.is_word(j)
                    && !doc.cap(j)
                    && cue_word(doc.w(j))
                        .is_some_and(|c| matches!(c.form, Form::Past | Form::Third));
            boundary.then_some(j + 1)
        })
        .unwrap_or(s.body)
}

/// Where the main clause of content ending before `end` starts: after an opening concessive
/// clause or prepositional phrase and its comma ("*Though* Republicans boast of turnout, there
/// is no correlation …, scientists say"; "*Despite* his insistence, a judge kept him …").
fn main_clause_start(doc: &Doc, s: &Sent, end: usize) -> usize {
    if !doc.is_word(s.body) || !is_in(CONCESSIVE_OPENERS, doc.w(s.body)) {
        return s.body;
    }
    match (s.body + 1..end).find(|&j| doc.punct(j, &[','])) {
        Some(comma) if comma + 2 < end && (comma + 1..end).any(|j| doc.is_finite_at(j)) => {
            comma + 1
        }
        _ => s.body,
    }
}

/// True when a coordinated verb of the sentence's subject follows at `k` ("“…,” *and shared* a
/// link"): the author goes on, the quotation was the content.
fn coordinated_verb_after(doc: &Doc, k: usize) -> bool {
    let k = if doc.punct(k, &[',']) { k + 1 } else { k };
    let v = k + 1;
    matches!(doc.w(k), "and" | "but" | "then")
        && doc.is_word(v)
        && !doc.cap(v)
        && (doc.is_finite_at(v)
            || cue_word(doc.w(v)).is_some_and(|c| matches!(c.form, Form::Past | Form::Third)))
}

/// True when a cue verb of the sentence's subject follows a coordinator at once ("… and
/// *said*", "… but *later added*"), perhaps after adverbs.
fn coordinated_cue_follows(doc: &Doc, k: usize, end: usize) -> bool {
    // "… and *has* said", "… but *later* downplayed", "… and generally impugning".
    let mut j = k;
    while j < end
        && j < k + 4
        && doc.is_word(j)
        && (is_ly_adverb(doc.w(j))
            || is_in(SKIPPABLE_ADVERBS, doc.w(j))
            || matches!(
                doc.w(j),
                "has" | "have" | "had" | "is" | "was" | "also" | "not" | "never"
            ))
    {
        j += 1;
    }
    let past_aux = j > k && matches!(doc.w(j - 1), "has" | "have" | "had");
    j < end
        && doc.is_word(j)
        && !doc.cap(j)
        && cue_word(doc.w(j)).is_some_and(|c| {
            matches!(c.form, Form::Past | Form::Third | Form::Ing)
                && (c.form != Form::Ing || !past_aux)
                && !(c.form == Form::Third && is_in(NOUN_LIKE_THIRD_FORMS, doc.w(j)))
        })
}

/// True when a short source and its speech cue follow ("… and *14 percent said* …").
fn short_source_and_cue_follow(doc: &Doc, k: usize, end: usize) -> bool {
    (k + 1..end.min(k + MAX_COORDINATED_SOURCE_TOKENS + 3))
        .find(|&j| {
            !doc.is_word(j) && !doc.punct(j, &['%', '-', '.', '\'', '\u{2019}'])
                || doc.is_word(j) && !doc.cap(j) && cue_word(doc.w(j)).is_some()
        })
        .is_some_and(|j| {
            // "… but U.S. officials *have said* …": auxiliaries may stand before the cue.
            let b = skip_back_auxiliaries(doc, k, j);
            doc.is_word(j)
                && b > k
                && b + 2 >= j
                && cue_word(doc.w(j)).is_some_and(|c| is_in(PLAIN_SPEECH_VERBS, c.verb.lemma))
                && !is_finite_word(doc.w(b - 1))
                && (!is_in(DETERMINERS, doc.w(b - 1)) || is_number_word(doc.w(b - 1)))
                && !matches!(doc.w(b - 1), "to" | "not")
        })
}

/// Where indirect content starting at `k` ends: the sentence's end, or before "although" and
/// its kind when the author takes over.
fn content_end(doc: &Doc, s: &Sent, k: usize) -> usize {
    let mut e = s.t1;
    for j in k..s.t1 {
        if j > k && doc.punct(j, &[';']) {
            e = j;
            break;
        }
        if j > k
            && doc.is_word(j)
            && is_in(CONTENT_STOPPERS, doc.w(j))
            && (doc.punct(j - 1, &[',', ';']) || doc.is_quote_mark(j - 1) || !doc.space_before(j))
        {
            e = j;
            break;
        }
        // "…, telling supporters that …", "“…,” adding that …": a participial attribution of
        // its own.
        let comma_in_quote = j > k + 2 && comma_closes_quote_before(doc, j);
        if j > k + 1
            && (doc.punct(j - 1, &[',']) || comma_in_quote)
            && doc.is_word(j)
            && !doc.cap(j)
            && cue_word(doc.w(j)).is_some_and(|c| c.form == Form::Ing)
        {
            e = if comma_in_quote { j } else { j - 1 };
            break;
        }
        // "Critics say the law is unfair, but the minister said …": another attribution takes over.
        if j > k + 1
            && doc.is_word(j)
            && is_in(COORDINATORS, doc.w(j))
            && (doc.w(j) != "but" || doc.punct(j - 1, &[',']))
            && another_cue_follows(doc, j + 1, s.t1)
        {
            e = j;
            break;
        }
        // "Cruz, who says Trump is attacking him, said …": a comma and a speech cue close the
        // parenthesis the content was in.
        // "Mr. Manafort, citing “the magic of Trump,” said …": the comma may sit inside the
        // quotation that closes the parenthesis.
        let mut n = j + 1;
        while n < s.t1 && n < j + 3 && doc.is_quote_mark(n) && !doc.space_before(n) {
            n += 1;
        }
        if j > k
            && doc.punct(j, &[','])
            && doc.is_word(n)
            && !doc.cap(n)
            && cue_word(doc.w(n)).is_some_and(|c| {
                matches!(c.form, Form::Past | Form::Third)
                    && (c.verb.flags & SPEECH != 0
                        || doc.w(n + 1) != "by" && !is_in(NOUN_LIKE_THIRD_FORMS, doc.w(n)))
            })
        {
            // "… defended Sanders as mainstream, *mocked* the party, and …": a list of the
            // subject's verbs.
            e = if n > j + 1 { n } else { j };
            break;
        }
        // "She said she would go, and said she was not concerned": the subject speaks again.
        if j > k
            && doc.is_word(j)
            && is_in(VERB_COORDINATORS, doc.w(j))
            && !doc.cap(j)
            && coordinated_cue_follows(doc, j + 1, s.t1)
        {
            e = j;
            break;
        }
        // "21 percent said “not likely” and 14 percent said …", "…, with three in 10 saying
        // …": a new source and cue.
        if j > k + 1
            && is_in(NEW_SOURCE_OPENERS, doc.w(j))
            && doc.is_word(j)
            && short_source_and_cue_follow(doc, j + 1, s.t1)
        {
            e = j;
            break;
        }
    }
    while e > k
        && (doc.punct(e - 1, &[',', ';', ':', '.', '!', '?', '…', '—', '–'])
            && !doc.is_quote_mark(e - 1))
    {
        e -= 1;
    }
    e
}

/// True when the source phrase starting at `ss` is the subject that opens its clause: at the
/// sentence's start, after punctuation, a conjunction, a relative pronoun or a time adjunct
/// ("On Tuesday, *Clinton* criticized", "… and *Cruz* endorsed"); not the object of another verb
/// ("formed *a group* called …").
fn source_opens_clause(doc: &Doc, s: &Sent, ss: usize) -> bool {
    if ss <= s.body {
        return true;
    }
    let p = ss - 1;
    if !doc.is_word(p) {
        return doc.punct(p, &[',', ';', ':', '—', '–', '(', '-']) || doc.is_quote_mark(p);
    }
    let w = doc.w(p);
    // "*Have* you talked about …?": an auxiliary opening a question.
    if p == s.body && is_in(FINITE_VERBS, w) {
        return true;
    }
    is_in(CLAUSE_OPENERS, w)
        || is_in(LEADING_ADVERBS, w)
        || is_time_word(w)
        || is_number_word(w)
        || is_ly_adverb(w)
}

/// The source class of a phrase before a cue verb, or `None` when it cannot speak: an
/// unknown common noun speaks only through a speech verb ("the host said"), never through an
/// attitude ("the conflict threatens"), and documents hold no attitudes.
fn speaking_source(
    doc: &Doc,
    verb: &CueVerb,
    ss: usize,
    se: usize,
    clause_start: usize,
) -> Option<SourceClass> {
    let class = classify(doc, ss, se, clause_start);
    // "The *demonstrators* intend to …": an agent noun in no table is a person all the same.
    let agent = is_agent_noun(doc.w(super::sources::head_of(doc, ss, se).0));
    if verb.flags & ATTITUDE != 0 && (class.not_a_source && !agent || is_document(doc, ss, se)) {
        return None;
    }
    if class.not_a_source {
        let kind = class
            .fallback
            .filter(|_| is_in(PLAIN_SPEECH_VERBS, verb.lemma) || agent)?;
        return Some(SourceClass {
            kind,
            not_a_source: false,
            ..class
        });
    }
    Some(class)
}

/// True for a noun naming people by what they do ("demonstrators", "a bystander",
/// "economist", "Republican").
fn is_agent_noun(w: &str) -> bool {
    let stem = w.strip_suffix('s').filter(|x| x.len() > 3).unwrap_or(w);
    stem.len() > 4 && AGENT_SUFFIXES.iter().any(|suffix| stem.ends_with(suffix))
}

/// Where the content of a cue at `c` must stop because the cue sits in a subordinate or
/// relative clause: "While Comey said …*,* he said …", "Cruz, who says …*,* said …".
fn clause_limit(doc: &Doc, s: &Sent, c: usize) -> usize {
    let comma_before = (s.body..c).any(|j| doc.punct(j, &[',']));
    // "In a year *when* Trump is talking about deporting …, Yepez said": an opening adverbial
    // holding a subordinate clause.
    // "*With* national polls *showing* her ahead, Clinton …": a participle in the opener.
    let subordinate_opener = is_in(ADVERBIAL_OPENERS, doc.w(s.body))
        && ((s.body + 1..c).any(|j| {
            doc.is_word(j) && is_in(SUBORDINATORS, doc.w(j))
                || matches!(doc.w(j), "where" | "who" | "which")
        }) || cue_word(doc.w(c)).is_some_and(|cw| cw.form == Form::Ing));
    if (is_in(SUBORDINATORS, doc.w(s.body)) || subordinate_opener) && !comma_before && c > s.body {
        if let Some(j) = (c..s.t1).find(|&j| doc.punct(j, &[','])) {
            return j;
        }
    }
    let back = skip_back_auxiliaries(doc, s.body, c);
    if back > s.body && doc.w(back - 1) == "who" {
        let verb_at = |k: usize| {
            doc.is_word(k)
                && !doc.cap(k)
                && (cue_word(doc.w(k)).is_some() || doc.is_finite_at(k) || is_ly_adverb(doc.w(k)))
        };
        if let Some(j) = (c + 1..s.t1).find(|&j| {
            (doc.punct(j, &[',']) || doc.punct(j, &['-', '—', '–']) && doc.space_before(j))
                && verb_at(j + 1)
        }) {
            return j;
        }
        // "Hawkins and others who want to ban abortion *said* …": the main clause's cue.
        if let Some(j) = (c + 2..s.t1).find(|&j| {
            doc.is_word(j)
                && !doc.cap(j)
                && cue_word(doc.w(j)).is_some_and(|cw| {
                    matches!(cw.form, Form::Past | Form::Third) && cw.verb.flags & SPEECH != 0
                })
                && doc.is_word(j - 1)
                && !matches!(doc.w(j - 1), "to" | "that")
                && !is_in(SUBJECT_PRONOUNS, doc.w(j - 1))
                && !is_in(DETERMINERS, doc.w(j - 1))
        }) {
            return j;
        }
    }
    s.t1
}

/// The folded words of a speaker label, joined by spaces.
fn label_key(doc: &Doc, a: usize, b: usize) -> String {
    (a..b).map(|j| doc.w(j)).collect::<Vec<_>>().join(" ")
}

/// How often each capitalised "LABEL:" opens a paragraph: a transcript repeats its speakers'
/// labels, a dateline ("BEIJING:") appears once.
fn speaker_label_counts(doc: &Doc) -> std::collections::HashMap<String, usize> {
    let mut counts = std::collections::HashMap::new();
    for (p, &(ps, _)) in doc.paras.iter().enumerate() {
        let k0 = doc.toks.partition_point(|t| t.start < ps);
        if k0 >= doc.toks.len() || doc.tok_para[k0] as usize != p {
            continue;
        }
        let mut k = k0 + doc.quote_mark_width(k0);
        let start = k;
        while k < doc.toks.len()
            && k - start < MAX_LABEL_WORDS
            && doc.is_word(k)
            && doc.cap(k)
            && doc.same_para(k0, k)
        {
            k += 1;
        }
        if k > start && doc.punct(k, &[':']) && doc.same_para(k0, k) {
            *counts.entry(label_key(doc, start, k)).or_insert(0) += 1;
        }
    }
    counts
}
