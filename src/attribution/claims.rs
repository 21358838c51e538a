//! Sentence kinds, and each sentence's attribution.
//!
//! Why it exists: the page marks claims, and a claim's colour is the kind of source it rests
//! on. Not every sentence is a claim: "Putin’s support" is a heading, "Agencies Reuters, AFP and
//! AP" a credit, "Read more" a call to action, a photo line a caption, "Will Maduro leave?" a
//! question. And a claim's attribution is that of its *outermost* attribution: in "Sources told
//! Reuters that Maduro told Trump …" the reader has only the anonymous sources' word. When
//! attributions stand side by side, the most specific wins (named over anonymous over vague),
//! and a sentence inside a quote belongs to the quote's source even when the cue is in another
//! sentence ("“We agreed … competence. And … Venezuela,” Lukashenko said.").

use super::patterns::Att;
use super::words::{Doc, TERMINATORS};
use super::SourceKind;
use crate::text::chars::fold;
use crate::text::lists::contains_any;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// A line without final punctuation and at most this many words is a heading.
pub const MAX_HEADING_WORDS: usize = 14;

/// A Title Case line of at most this many words is a heading even with a final period.
pub const MAX_TITLE_CASE_WORDS: usize = 20;

/// Share of long words that must be capitalised for a line to be in Title Case.
pub const TITLE_CASE_SHARE: f32 = 0.8;

/// Lines longer than this (in bytes) are body text, never credits, captions or headings.
pub const MAX_FURNITURE_BYTES: usize = 600;

/// A byline of at most this many words ("By Jane Doe and John Roe").
pub const MAX_BYLINE_WORDS: usize = 10;

/// Lines opening with these (folded) are credits.
pub const CREDIT_OPENERS: &[&str] = &[
    "agencies",
    "with agencies",
    "with agency",
    "reporting by",
    "additional reporting by",
    "editing by",
    "writing by",
    "written by",
    "compiled by",
    "produced by",
    "edited by",
    "source:",
    "sources:",
    "credit:",
    "credits:",
    "(reuters)",
    "(ap)",
    "(afp)",
    "©",
    "(c) ",
    "copyright",
    "all rights reserved",
    "photo credit",
    "contributing:",
    "contributors:",
    "additional reporting",
];

/// News agencies and wires: a line made only of these is a credit ("Reuters, AFP and AP").
pub const AGENCY_NAMES: &[&str] = &[
    "reuters",
    "afp",
    "ap",
    "efe",
    "dpa",
    "ansa",
    "xinhua",
    "tass",
    "bloomberg",
    "upi",
    "pa",
    "anadolu",
    "kyodo",
    "yonhap",
    "interfax",
    "ria",
    "novosti",
    "europa",
    "press",
    "agencies",
    "agency",
    "associated",
    "france",
    "presse",
    "agence",
    "belta",
    "sputnik",
    "aa",
    "cnn",
    "bbc",
    "dw",
    "ians",
    "pti",
    "ani",
    "and",
];

/// Text that marks a photo caption line.
pub const CAPTION_MARKERS: &[&str] = &[
    "photo:",
    "photograph:",
    "photo by",
    "image:",
    "picture:",
    "pictured:",
    "file photo",
    "reuters/",
    "afp/",
    "ap photo",
    "getty images",
    "/ reuters",
    "/ afp",
    "/ ap",
    "(photo",
    "illustration:",
    "caption:",
    "foto:",
    "photo/",
    "(file)",
    "file picture",
    "epa/",
    "epa-efe",
];

/// Sentences opening with these (folded) are calls to action and page furniture, not claims.
pub const CALLS_TO_ACTION: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "read the full",
    "read the rest",
    "click here",
    "subscribe",
    "sign up",
    "follow us",
    "follow the",
    "share this",
    "share on",
    "advertisement",
    "related:",
    "related articles",
    "related stories",
    "see also",
    "watch:",
    "listen:",
    "download the",
    "join our",
    "get the latest",
    "newsletter",
    "comments",
    "continue reading",
    "skip to",
    "terms of use",
    "more:",
    "recommended",
    "most read",
    "trending",
    "tap here",
    "sponsored",
    "follow @",
    "like us on",
];

// ---------------------------------------------------------------------------------------------
// Sentence kinds
// ---------------------------------------------------------------------------------------------

/// What a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// A statement of fact or opinion: the sentences the extension marks.
    Claim,
    /// A headline or section heading.
    Heading,
    /// A byline or agency credit.
    Credit,
    /// A photo caption.
    Caption,
    /// A question.
    Question,
    /// A call to action or page furniture ("Read more").
    Other,
}

impl SentenceKind {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            SentenceKind::Claim => "claim",
            SentenceKind::Heading => "heading",
            SentenceKind::Credit => "credit",
            SentenceKind::Caption => "caption",
            SentenceKind::Question => "question",
            SentenceKind::Other => "other",
        }
    }
}

/// The words of a string (letters and digits).
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// The last character that is not a closing quote or bracket.
fn final_char(s: &str) -> Option<char> {
    s.trim_end().chars().rev().find(|&c| {
        !(crate::text::chars::is_double_quote(c) || matches!(c, ')' | ']' | '’' | '\'' | '*'))
    })
}

/// True for a credit line: a byline, an agency line, a copyright line.
pub fn is_credit(line: &str) -> bool {
    let folded = fold(line.trim());
    if CREDIT_OPENERS.iter().any(|o| {
        folded.starts_with(o)
            && (o.ends_with(':')
                || o.ends_with(')')
                || o.ends_with(' ')
                || folded[o.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric()))
    }) {
        return true;
    }
    // Counted only when asked: most lines are neither bylines nor agency names.
    let n = || words(line).count();
    if folded.starts_with("by ")
        && n() <= MAX_BYLINE_WORDS
        && !matches!(final_char(line), Some('.' | '!' | '?'))
    {
        let rest: Vec<&str> = words(line).skip(1).collect();
        if !rest.is_empty()
            && rest.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "and" | "in" | "for" | "of" | "the" | "with")
            })
        {
            return true;
        }
    }
    words(&folded).all(|w| AGENCY_NAMES.contains(&w)) && (1..=12).contains(&n())
}

/// True for a caption line.
pub fn is_caption(line: &str) -> bool {
    contains_any(&fold(line), CAPTION_MARKERS)
}

/// True for a call to action or page furniture.
pub fn is_call_to_action(sentence: &str) -> bool {
    // Folding goes character by character, so the folded head starts with the folded first
    // character: a sentence whose first character begins no call to action is not one.
    let first = fold(&sentence.trim().chars().take(1).collect::<String>());
    if !first.is_empty()
        && !CALLS_TO_ACTION
            .iter()
            .any(|o| o.starts_with(first.as_str()) || first.starts_with(o))
    {
        return false;
    }
    let head: String = sentence.trim().chars().take(40).collect();
    let folded = fold(&head);
    CALLS_TO_ACTION.iter().any(|o| {
        folded.starts_with(o)
            && folded[o.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// True for a heading line: short and without final punctuation, or in Title Case.
pub fn is_heading(line: &str, sentences_in_line: usize) -> bool {
    if sentences_in_line != 1 {
        return false;
    }
    let first = line.trim_start().chars().next();
    if !first.is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || crate::text::chars::is_double_quote(c)
    }) {
        return false;
    }
    let n = words(line).count();
    let last = final_char(line);
    let unpunctuated = !last.is_some_and(|c| {
        TERMINATORS.contains(&c) || matches!(c, ':' | ';' | ',' | '-' | '—' | '–')
    });
    if unpunctuated && (1..=MAX_HEADING_WORDS).contains(&n) {
        return true;
    }
    if n > MAX_TITLE_CASE_WORDS {
        return false;
    }
    let long: Vec<&str> = words(line).filter(|w| w.chars().count() >= 4).collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 4
        && capitalised as f32 >= TITLE_CASE_SHARE * long.len() as f32
        && !matches!(last, Some('?'))
}

/// True for a question.
pub fn is_question(sentence: &str) -> bool {
    final_char(sentence) == Some('?')
}

/// What a whole line is, decided once per paragraph.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LineKind {
    Credit,
    Caption,
    Heading,
    Body,
}

/// The kind of every sentence of the document.
pub fn sentence_kinds(doc: &Doc) -> Vec<SentenceKind> {
    let mut per_para = vec![0usize; doc.paras.len()];
    for s in &doc.sents {
        per_para[s.para] += 1;
    }
    let line_kinds: Vec<LineKind> = doc
        .paras
        .iter()
        .enumerate()
        .map(|(p, &(ls, le))| {
            let line = &doc.text[ls..le];
            // Long lines are body text; only short ones are credits, captions or headings.
            if line.len() > MAX_FURNITURE_BYTES {
                LineKind::Body
            } else if is_credit(line) {
                LineKind::Credit
            } else if is_caption(line) {
                LineKind::Caption
            } else if is_heading(line, per_para[p]) {
                LineKind::Heading
            } else {
                LineKind::Body
            }
        })
        .collect();
    doc.sents
        .iter()
        .map(|s| {
            let sentence = &doc.text[s.start..s.end];
            match line_kinds[s.para] {
                LineKind::Credit => SentenceKind::Credit,
                LineKind::Caption => SentenceKind::Caption,
                _ if is_call_to_action(sentence) => SentenceKind::Other,
                LineKind::Heading => SentenceKind::Heading,
                _ if is_question(sentence) => SentenceKind::Question,
                _ => SentenceKind::Claim,
            }
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Each sentence's attribution
// ---------------------------------------------------------------------------------------------

/// How specific a source kind is: the most specific wins between attributions side by side.
pub fn specificity(kind: SourceKind) -> u8 {
    match kind {
        SourceKind::Named => 3,
        SourceKind::Anonymous => 2,
        SourceKind::Vague => 1,
        SourceKind::None => 0,
    }
}

/// For each sentence, the index (into `atts`) of the outermost attribution it belongs to: the
/// one whose content or cue it holds, the most specific when several do.
pub fn sentence_attributions(doc: &Doc, atts: &[Att], outermost: &[usize]) -> Vec<Option<usize>> {
    let mut best: Vec<Option<usize>> = vec![None; doc.sents.len()];
    let starts: Vec<usize> = doc.sents.iter().map(|s| s.start).collect();
    let mut offer = |si: usize, k: usize| {
        let better = match best[si] {
            None => true,
            Some(b) => specificity(atts[k].source_kind) > specificity(atts[b].source_kind),
        };
        if better {
            best[si] = Some(k);
        }
    };
    for &k in outermost {
        let a = &atts[k];
        for &(cs, ce) in &a.content {
            // Sentences overlapping cs..ce.
            let mut si = starts.partition_point(|&x| x <= cs).saturating_sub(1);
            while si < doc.sents.len() && doc.sents[si].start < ce {
                if doc.sents[si].end > cs {
                    offer(si, k);
                }
                si += 1;
            }
        }
        if !a.continuation {
            if let Some((c, _)) = a.cue {
                let si = starts.partition_point(|&x| x <= c).saturating_sub(1);
                if si < doc.sents.len() && doc.sents[si].start <= c && c < doc.sents[si].end {
                    offer(si, k);
                }
            }
        }
    }
    best
}
