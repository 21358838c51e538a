//! Who says so? Quotes, cues and sources, and each sentence's claim kind.
//!
//! Written by the attribution engineer; this placeholder only fixes the interface the engine uses
//! and is replaced by the real engine.

use crate::analysis::Analysis;
use crate::engine::Date;
use crate::people::mentions::{Mentions, Who};
use crate::people::KnowledgeBase;
use crate::text::offsets::Utf16Index;
use crate::text::sentences::SentenceSpan;

/// The kind of source a claim rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SourceKind {
    /// A person or organisation a reader can identify.
    Named,
    /// "sources", "officials", "a person familiar with the matter".
    Anonymous,
    /// "observers", "critics", "it is believed", "reportedly".
    Vague,
    /// No source stated.
    None,
}

/// One attribution found in the text, in byte offsets.
#[derive(Debug, Clone)]
pub struct FoundQuote {
    /// Content ranges, one per paragraph.
    pub content: Vec<(usize, usize)>,
    /// `direct`, `indirect` or `mixed`.
    pub kind: &'static str,
    /// The cue's range.
    pub cue: Option<(usize, usize)>,
    /// The source phrase's range.
    pub source: Option<(usize, usize)>,
    /// The person the source resolves to.
    pub speaker: Option<Who>,
    /// The medium's range.
    pub via: Option<(usize, usize)>,
    /// What kind of source it is.
    pub source_kind: SourceKind,
}

/// Everything the attribution layer found.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    /// All attributions, in text order.
    pub quotes: Vec<FoundQuote>,
}

/// Finds the attributions of a text.
pub fn attribute(_text: &str, _sentences: &[SentenceSpan], _mentions: &Mentions, _kb: &KnowledgeBase, _date: Date) -> Attributions {
    Attributions::default()
}

impl Attributions {
    /// Speakers of quotes, so that the people list includes everyone quoted.
    pub fn speakers(&self) -> impl Iterator<Item = Who> + '_ {
        self.quotes.iter().filter_map(|q| q.speaker)
    }

    /// Writes sentences and quotes into the analysis.
    pub fn write_into(&self, _analysis: &mut Analysis, _index: &Utf16Index, _mentions: &Mentions) {}
}
