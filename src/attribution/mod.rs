//! Who says so? Quotes, cues and sources, and each sentence's claim kind.
//!
//! Why it exists: a reader of a news article should see at a glance which claims rest on a
//! named source, which on anonymous or vague ones, and which on nothing but the author. This
//! layer finds every attribution (a cue such as "said" or "according to", its source and its
//! content), keeps the outermost ones (as PolNeAR does: "Sources told Reuters that Maduro told
//! Trump …" is the sources' claim), and gives every sentence a kind and an attribution.
//!
//! The steps, each in its own module:
//! 1. [`quotes`]: quotation marks, however mismatched, pair into quotations.
//! 2. [`claims`]: each sentence's kind (claim, heading, credit, caption, question, other).
//! 3. [`patterns`]: cues from the [`cues`] lexicon, with their sources ([`sources`]) and content.
//! 4. Here: nesting (only outermost attributions count) and each sentence's attribution.
//!
//! No regex and no tagger: plain loops over the people layer's tokens, with every look-around
//! capped, so time is linear in the text.

pub mod claims;
pub mod cues;
pub mod patterns;
pub mod quotes;
pub mod sources;
pub mod words;

use crate::analysis::{Analysis, Quote, Sentence};
use crate::engine::Date;
use crate::people::mentions::{Mentions, Who};
use crate::people::KnowledgeBase;
use crate::stable_sort;
use crate::text::offsets::Utf16Index;
use crate::text::sentences::SentenceSpan;

pub use claims::SentenceKind;

/// Whether a quote that continues in a later paragraph ("“…,” he said.¶“…”") is one quote with a
/// piece per paragraph (true) or a quote per paragraph. Within a paragraph the pieces of a quote
/// interrupted by its cue are always one quote, as PolNeAR annotates them.
pub const MERGE_ACROSS_PARAGRAPHS: bool = true;

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

impl SourceKind {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Vague => "vague",
            SourceKind::None => "none",
        }
    }
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
    /// The speaker's id as the analysis JSON gives it.
    pub speaker_id: Option<String>,
    /// The medium's range.
    pub via: Option<(usize, usize)>,
    /// What kind of source it is.
    pub source_kind: SourceKind,
    /// True when the quote has no cue of its own and continues the attribution before it.
    pub continuation: bool,
}

/// One sentence, its kind and its attribution, in byte offsets: what the page planner marks.
#[derive(Debug, Clone)]
pub struct SentenceInfo {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// Claim, heading, credit, caption, question or other.
    pub kind: SentenceKind,
    /// The kind of its outermost attribution.
    pub attribution: SourceKind,
    /// Index into [`Attributions::quotes`] of that attribution.
    pub quote: Option<usize>,
    /// The source phrase's range.
    pub source: Option<(usize, usize)>,
    /// The cue's range.
    pub cue: Option<(usize, usize)>,
    /// The person the source resolves to.
    pub speaker: Option<Who>,
    /// The speaker's id as the analysis JSON gives it.
    pub speaker_id: Option<String>,
}

/// Everything the attribution layer found.
#[derive(Debug, Clone, Default)]
pub struct Attributions {
    /// All outermost attributions, in text order.
    pub quotes: Vec<FoundQuote>,
    /// Every sentence from the splitter, in order, with its kind and attribution.
    pub sentences: Vec<SentenceInfo>,
}

/// Finds the attributions of a text.
pub fn attribute(
    text: &str,
    sentences: &[SentenceSpan],
    mentions: &Mentions,
    kb: &KnowledgeBase,
    _date: Date,
) -> Attributions {
    if sentences.is_empty() || mentions.tokens.is_empty() {
        return Attributions {
            quotes: Vec::new(),
            sentences: sentences
                .iter()
                .map(|s| SentenceInfo {
                    start: s.start,
                    end: s.end,
                    kind: SentenceKind::Other,
                    attribution: SourceKind::None,
                    quote: None,
                    source: None,
                    cue: None,
                    speaker: None,
                    speaker_id: None,
                })
                .collect(),
        };
    }
    let mut doc = words::Doc::new(text, sentences, mentions, kb);
    doc.single_marks = quotes::single_quote_marks(&doc);
    let quotations = quotes::find_quotations(&doc);
    let kinds = claims::sentence_kinds(&doc);
    let mut finder = patterns::Finder::new(&doc, &quotations);
    finder.run(|si| kinds[si] == SentenceKind::Credit);
    let atts = finder.atts;
    let outer = outermost(&atts);
    let per_sentence = claims::sentence_attributions(&doc, &atts, &outer);

    // Quotes in text order.
    let mut order = outer.clone();
    stable_sort::sort_by_key(&mut order, |&k| {
        (
            atts[k].content.first().map_or(0, |c| c.0),
            atts[k].cue.map_or(0, |c| c.0),
        )
    });
    let mut quote_of_att: Vec<Option<usize>> = vec![None; atts.len()];
    let id = |who: Option<Who>| who.map(|w| mentions.id_of(kb, w));
    let mut out = Attributions::default();
    for &k in &order {
        let a = &atts[k];
        // A continuation is more content of the quote it continues: one attribution, one cue.
        if let Some(qi) = a
            .continues
            .and_then(|r| quote_of_att[r])
            .filter(|&qi| joins_quote(&out.quotes[qi], a, text))
        {
            quote_of_att[k] = Some(qi);
            let q = &mut out.quotes[qi];
            q.content.extend(a.content.iter().copied());
            q.content.sort_unstable();
            q.content.dedup();
            if q.kind != a.kind {
                q.kind = "mixed";
            }
            continue;
        }
        quote_of_att[k] = Some(out.quotes.len());
        out.quotes.push(FoundQuote {
            content: a.content.clone(),
            kind: a.kind,
            cue: a.cue,
            source: a.relative.or(a.source),
            speaker: a.speaker,
            speaker_id: id(a.speaker),
            via: a.via,
            source_kind: a.source_kind,
            continuation: a.continuation,
        });
    }
    for (si, s) in doc.sents.iter().enumerate() {
        let att = per_sentence[si];
        let a = att.map(|k| &atts[k]);
        out.sentences.push(SentenceInfo {
            start: s.start,
            end: s.end,
            kind: kinds[si],
            attribution: a.map_or(SourceKind::None, |a| a.source_kind),
            quote: att.and_then(|k| quote_of_att[k]),
            source: a.and_then(|a| a.source),
            cue: a.and_then(|a| a.cue),
            speaker: a.and_then(|a| a.speaker),
            speaker_id: id(a.and_then(|a| a.speaker)),
        });
    }
    out
}

/// True when a continuation's content joins the quote it continues rather than standing as a
/// quote of its own: always within a paragraph, and across paragraphs when
/// [`MERGE_ACROSS_PARAGRAPHS`] says so.
fn joins_quote(q: &FoundQuote, a: &patterns::Att, text: &str) -> bool {
    let (Some(last), Some(first)) = (q.content.last(), a.content.first()) else {
        return false;
    };
    MERGE_ACROSS_PARAGRAPHS || last.1 > first.0 || !text[last.1..first.0].contains('\n')
}

/// The attributions that no other contains: A is nested in B when A's cue lies in B's content
/// and B's cue does not lie in A's content, or does but comes first ("Maduro reportedly told
/// Trump …": "reportedly" is outermost). Continuations are always outermost.
fn outermost(atts: &[patterns::Att]) -> Vec<usize> {
    // Content ranges sorted by start, with their owner.
    let mut ranges: Vec<(usize, usize, usize)> = atts
        .iter()
        .enumerate()
        .flat_map(|(k, a)| a.content.iter().map(move |&(s, e)| (s, e, k)))
        .collect();
    ranges.sort_unstable();
    let mut cues: Vec<(usize, usize)> = atts
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.continuation)
        .filter_map(|(k, a)| a.cue.map(|c| (c.0, k)))
        .collect();
    cues.sort_unstable();
    let contains = |k: usize, pos: usize| atts[k].content.iter().any(|&(s, e)| s <= pos && pos < e);
    let mut nested = vec![false; atts.len()];
    let mut active: Vec<(usize, usize, usize)> = Vec::new();
    let mut next = 0;
    for &(pos, k) in &cues {
        while next < ranges.len() && ranges[next].0 <= pos {
            active.push(ranges[next]);
            next += 1;
        }
        active.retain(|r| r.1 > pos);
        for &(_, _, b) in &active {
            if b == k {
                continue;
            }
            let b_cue = atts[b].cue.map(|c| c.0);
            let b_outside = atts[b].continuation
                || b_cue.is_none_or(|bc| !contains(k, bc) || outranks(&atts[b], &atts[k]));
            if b_outside {
                nested[k] = true;
                break;
            }
        }
    }
    (0..atts.len()).filter(|&k| !nested[k]).collect()
}

/// Between two attributions that hold each other's cue in their content, which one frames
/// the other: content before its cue ("…, Frankel said.") frames content after a cue ("He
/// promised to …"); otherwise the earlier cue does ("Maduro reportedly told Trump …").
fn outranks(b: &patterns::Att, a: &patterns::Att) -> bool {
    // Sourceless markers ("reportedly", "is said to") wrap their clause but frame nothing.
    let backward = |x: &patterns::Att| {
        x.source.is_some()
            && x.cue
                .is_some_and(|c| x.content.first().is_some_and(|r| r.0 < c.0))
    };
    match (backward(b), backward(a)) {
        (true, false) => true,
        (false, true) => false,
        _ => b.cue.map(|c| c.0) < a.cue.map(|c| c.0),
    }
}

impl Attributions {
    /// Speakers of quotes, so that the people list includes everyone quoted.
    pub fn speakers(&self) -> impl Iterator<Item = Who> + '_ {
        self.quotes.iter().filter_map(|q| q.speaker)
    }

    /// Writes sentences and quotes into the analysis.
    pub fn write_into(&self, analysis: &mut Analysis, index: &Utf16Index, _mentions: &Mentions) {
        let span = |r: (usize, usize)| index.span(r.0, r.1);
        for s in &self.sentences {
            analysis.sentences.push(Sentence {
                span: span((s.start, s.end)),
                kind: s.kind.as_str().to_string(),
                attribution: s.attribution.as_str().to_string(),
                source: s.source.map(span),
                source_person: s.speaker_id.clone(),
                cue: s.cue.map(span),
            });
        }
        for q in &self.quotes {
            analysis.quotes.push(Quote {
                content: q.content.iter().map(|&r| span(r)).collect(),
                kind: q.kind.to_string(),
                cue: q.cue.map(span),
                source: q.source.map(span),
                speaker: q.speaker_id.clone(),
                via: q.via.map(span),
            });
        }
    }
}
