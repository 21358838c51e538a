//! The analysis of one text: the stable, documented result format (`docs/analysis-json.md`).
//!
//! Every span here counts UTF-16 code units into [`Analysis::text`], because that is what the DOM and
//! JavaScript count; the engine works in bytes internally and converts once, in [`crate::text::offsets`].

use serde::{Deserialize, Serialize};

/// Format version of [`Analysis`]; fields may be added, but never change meaning within a version.
pub const ANALYSIS_VERSION: u32 = 1;

/// A range of the analysed text, with the text it covers.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, Hash)]
pub struct Span {
    /// Start, in UTF-16 code units.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// The covered text, so a reader of the JSON needs no offset arithmetic.
    pub text: String,
}

/// Everything News Context found in one text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Analysis {
    /// Always [`ANALYSIS_VERSION`].
    pub version: u32,
    /// The text that was analysed; all spans index into it.
    pub text: String,
    /// The date roles were resolved at, `YYYY-MM-DD`.
    pub date: String,
    /// Everyone mentioned or quoted as a speaker.
    pub people: Vec<PersonRef>,
    /// Each place a person is named or referred to by title, in text order.
    pub mentions: Vec<Mention>,
    /// The text's sentences in order; they never overlap and never cross a newline.
    pub sentences: Vec<Sentence>,
    /// Every attribution: direct, indirect and mixed quotes and attributed statements.
    pub quotes: Vec<Quote>,
}

/// A person the text mentions.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct PersonRef {
    /// Wikidata Q-id or the knowledge base's own id; `article:<slug>` for people known only from
    /// the article.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Whether the knowledge base knows this person.
    pub in_knowledge_base: bool,
    /// The role held at the analysis date, or the role the article gives; null when unknown.
    pub role: Option<String>,
    /// ISO 3166-1 alpha-2 code of the role's country, or null.
    pub country: Option<String>,
}

/// One reference to a person.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Mention {
    /// The name or title phrase itself (no possessive "’s").
    pub span: Span,
    /// Id of the person in [`Analysis::people`].
    pub person: String,
    /// How it was recognised: `full_name`, `surname`, `title`, `coreference` or `repaired`.
    pub how: String,
}

/// One sentence and where its claim comes from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Sentence {
    /// The sentence, including any dateline that opens it.
    pub span: Span,
    /// `claim`, `heading`, `credit`, `caption`, `question` or `other`.
    pub kind: String,
    /// `named`, `anonymous`, `vague` or `none`: the kind of the outermost attribution.
    pub attribution: String,
    /// The phrase naming that attribution's source, or null.
    pub source: Option<Span>,
    /// The person the source resolves to, or null.
    pub source_person: Option<String>,
    /// The cue of that attribution, or null.
    pub cue: Option<Span>,
}

/// One attribution of content to a source.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Quote {
    /// The attributed content; one span per paragraph it runs over.
    pub content: Vec<Span>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: String,
    /// The cue ("said", "according to"), or null.
    pub cue: Option<Span>,
    /// The span naming the source nearest the cue, or null.
    pub source: Option<Span>,
    /// The person the source resolves to, or null (organisations, anonymous sources).
    pub speaker: Option<String>,
    /// The medium that reports the source ("Belta" in "Belta quoted Lukashenko"), or null.
    pub via: Option<Span>,
}
