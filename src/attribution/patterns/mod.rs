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
//! - RECORD as follows: ¶ “CONTENT …” — a line naming a transcript hands over the quotation
//! - LABEL: CONTENT — a transcript's or a headline's speaker label ("PENCE: Well, …")
//! - continuations: a quote after an attributed one in the same paragraph, or a paragraph that
//!   opens with a quote after a quoted paragraph, keeps the speaker ("he added" is resolved as a
//!   pronoun to the last speaker).
//!
//! Each pattern is a function named for the shape it reads. They run over every sentence, in
//! text order, so a pronoun can be resolved against the speakers before it.
//!
//! The parts: this module holds the attribution and the finder (the pass over the sentences,
//! recording, pronoun resolution); `verbs` the verb cues; `reported` the fixed phrases,
//! passives and vague markers; `stance` "seems", attitude adjectives and evidence phrases;
//! `noun_cues` the nouns of saying and stance; `content` where content starts and ends;
//! `labels` speaker labels and colon quotations; `continuations` quotes that keep the speaker
//! before them; `quote_frames` verbs outside the lexicon that a quotation before them makes
//! cues ("“…!” the coach groaned."); `clauses` clause starts and auxiliaries; `runs` content
//! that runs past its cue's sentence (a quotation after a line naming a transcript).

mod clauses;
mod content;
mod continuations;
mod labels;
mod noun_cues;
mod quote_frames;
mod reported;
mod runs;
mod stance;
mod verbs;

use super::cues::*;
use super::quotes::{MarkRole, Quotations};
use super::sources::{
    classify, source_after, source_before, subject_of, SourceClass, ADVERBIAL_OPENERS,
    DOCUMENT_HEADS, FIRST_PERSON_PRONOUNS, PERSON_PRONOUNS, RELATIVE_SOURCE_PRONOUNS,
};
use super::words::*;
use super::SourceKind;
use crate::people::mentions::Who;
use crate::stable_sort;
use crate::text::lists::is_in_joined;
use labels::speaker_label_counts;
use noun_cues::{is_noun_cue_word, REPORT_NOUNS};
use reported::is_passive;
use stance::{ATTITUDE_ADJECTIVES, SEEM_VERBS};
use verbs::{is_contracted_has, looks_like_a_noun};

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// At most this many cues are read per sentence (keeps pathological input linear).
pub const MAX_CUES_PER_SENTENCE: usize = 24;

/// A pronoun looks at most this many attributions back.
pub const MAX_PRONOUN_LOOKBACK: usize = 64;

/// A pronoun looks this many paragraphs back for the speaker it refers to.
pub const PRONOUN_PARAGRAPHS: usize = 2;

/// Pronouns whose "’s" before a speech participle is "has" ("she’s said"); "it’s said" stays
/// the vague passive.
pub const HAS_CONTRACTING_PRONOUNS: &[&str] = &["he", "she", "who"];

/// Words before a cue that make it share the sentence's subject ("… *and* said").
pub const VERB_COORDINATORS: &[&str] = &["and", "but", "then", "or", "before", "after"];

/// How many of the contents starting before a position are checked for covering it: contents
/// nest a few deep at most (a quotation inside an indirect report inside a reported
/// statement), and looking further back would make a long article's check quadratic.
pub const MAX_ENCLOSING_CONTENTS: usize = 8;

/// True when one of the `held` content ranges (sorted by start) covers byte `pos`.
fn held_at(held: &[(usize, usize)], pos: usize) -> bool {
    let k = held.partition_point(|r| r.0 <= pos);
    held[..k]
        .iter()
        .rev()
        .take(MAX_ENCLOSING_CONTENTS)
        .any(|r| r.1 > pos)
}

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
    /// Source byte range: the phrase a reader can identify ("Cruz" in "Cruz, who said …").
    pub source: Option<(usize, usize)>,
    /// The relative pronoun that stands for the source in the cue's own clause ("who" in "Cruz,
    /// who said …"): the quote's source span, as PolNeAR marks it, while the sentence keeps
    /// [`Att::source`] for the claim a reader sees.
    pub relative: Option<(usize, usize)>,
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
    /// The content ranges of the attributions found so far, sorted by start: a quotation one
    /// of them covers is not handed to another rule.
    fn held_contents(&self) -> Vec<(usize, usize)> {
        let mut held: Vec<(usize, usize)> = self
            .atts
            .iter()
            .flat_map(|a| a.content.iter().copied())
            .collect();
        held.sort_unstable();
        held
    }

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
        self.document_line_quotations();
        self.find_continuations();
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
        if w == "in" && self.poll_standing(si, i) {
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
        if is_noun_cue_word(w) && (!doc.cap(i) || i == doc.sents[si].body) && self.noun_cue(si, i) {
            return i + 1;
        }
        if w == "asked" && self.asked_preamble(si, i) {
            return i + 1;
        }
        if w.ends_with("ing") && self.opening_participle(si, i) {
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
        let Some(cue) = cue_word(w) else {
            self.quote_frame(si, i);
            return i + 1;
        };
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

    fn make(&self, c: usize, ce: usize, via: Option<(usize, usize)>, content: Content) -> Att {
        let doc = self.doc;
        let bytes = |(a, b): (usize, usize)| (doc.toks[a].start, doc.toks[b - 1].end);
        Att {
            content: content.ranges,
            kind: content.kind,
            cue: Some(bytes((c, ce))),
            cue_tok: c,
            source: None,
            relative: None,
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
        if let Some(r) = source.and_then(|(_, se)| relative_pronoun_after(doc, se, c)) {
            att.relative = Some((doc.toks[r].start, doc.toks[r].end));
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
        let usable = |a: &&Att| {
            a.relative.or(a.source).is_some_and(|s| s.1 <= pos) && (!person || a.speaker.is_some())
        };
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
}

/// The relative pronoun that opens a clause right after a source phrase ending at `se` and
/// holds its cue at `c` ("Cruz*, who* has repeatedly said"): only auxiliaries and adverbs stand
/// between the pronoun and the cue, so the cue is the relative clause's own verb (not "Sanders,
/// who endorsed him and said", where the relative clause ends before "and").
fn relative_pronoun_after(doc: &Doc, se: usize, c: usize) -> Option<usize> {
    let r = if se < c && doc.punct(se, &[',']) {
        se + 1
    } else {
        se
    };
    (r < c
        && doc.is_word(r)
        && is_in(RELATIVE_SOURCE_PRONOUNS, doc.w(r))
        && clauses::skip_back_auxiliaries(doc, r + 1, c) == r + 1)
        .then_some(r)
}

/// True when the phrase names a document ("the letter"), which can state but not believe.
fn is_document(doc: &Doc, s: usize, e: usize) -> bool {
    let (h, _) = super::sources::head_of(doc, s, e);
    is_in(DOCUMENT_HEADS, doc.w(h))
}
