//! Content that runs past its cue's sentence.
//!
//! Why it exists: a speech, a statement or an interview reproduced at length runs over many
//! sentences and paragraphs after the one that introduces it, and every one of them is the
//! speaker's, not the author's. The quotation patterns follow a quotation that a cue
//! introduces; this module reads the introductions that have no verb of their own.
//!
//! - [`Finder::document_line_quotations`]: a one-sentence paragraph ending in a colon that names
//!   a record of speech (transcript, text, remarks …) and holds no cue ("Transcript as
//!   follows:") hands over the unclaimed quotation that opens the next paragraph, however many
//!   paragraphs it runs over. It runs after the other patterns, which it needs to know about.

use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Nouns naming a record of what someone said or wrote; a short line ending in a colon with one
/// of them and no verb ("Transcript as follows:", "His remarks in full:") introduces the
/// quotation after it.
pub const SPEECH_RECORD_NOUNS: &[&str] = &[
    "transcript",
    "transcripts",
    "text",
    "excerpt",
    "excerpts",
    "remarks",
    "statement",
    "speech",
    "letter",
    "testimony",
];

/// Words between a record's noun and its colon that belong to the cue ("Transcript *as
/// follows*:"); any other words there (of "the text *of the ad*") stay in the source phrase.
pub const RECORD_CUE_TAILS: &[&str] = &["as follows", "as prepared", "below", "in full", "follows"];

/// Most words of such a line: a longer line is a sentence of the author's with a verb of its
/// own, which the verb patterns read.
pub const MAX_RECORD_LINE_WORDS: usize = 8;

/// Most tokens of a speaker label with its colon at a quoted paragraph's start ("HOST:",
/// "MR. LEE:"): a transcript's labels are one or two words.
pub const MAX_LABEL_TOKENS: usize = 3;

impl<'d, 'a> Finder<'d, 'a> {
    /// Token index of the first token starting at or after byte `pos`.
    fn tok_at(&self, pos: usize) -> usize {
        self.doc.toks.partition_point(|t| t.start < pos)
    }

    /// For each sentence, true when some attribution's cue or content starts in it.
    fn sentences_with_attributions(&self) -> Vec<bool> {
        let doc = self.doc;
        let mut busy = vec![false; doc.sents.len()];
        for a in &self.atts {
            let starts = a
                .cue
                .iter()
                .map(|c| c.0)
                .chain(a.content.iter().map(|r| r.0));
            for pos in starts {
                let t = self.tok_at(pos);
                if let Some(&s) = doc.tok_sent.get(t) {
                    if s != NONE {
                        busy[s as usize] = true;
                    }
                }
            }
        }
        busy
    }

    /// "Transcript as follows:" ¶ "…": a paragraph of one short sentence that ends in a colon,
    /// names a record of speech ([`SPEECH_RECORD_NOUNS`]) and holds no attribution, followed by
    /// a paragraph opening with a quotation nothing claimed. The record is the source, the
    /// colon (with "as follows" or "below" before it) the cue, the quotation the content.
    pub(super) fn document_line_quotations(&mut self) {
        let doc = self.doc;
        let busy = self.sentences_with_attributions();
        let held = self.held_contents();
        for qi in 0..self.quotes.list.len() {
            if self.claimed[qi] {
                continue;
            }
            let open = self.quotes.list[qi].first_tok();
            if open == 0 || !doc.punct(open - 1, &[':']) || doc.same_para(open - 1, open) {
                continue;
            }
            let pos = doc.toks[open].start;
            if held_at(&held, pos) {
                continue;
            }
            // A transcript of several voices ("WALLACE: …" ¶ "PENCE: …") is read label by
            // label; the line only introduces a single voice's words.
            let ranges = self.quotes.list[qi].ranges();
            let labelled = self.quotes.list[qi].pieces.iter().any(|p| {
                let t = p.open_tok + 1;
                (t..t + MAX_LABEL_TOKENS).any(|k| doc.punct(k, &[':']))
                    && (t..t + MAX_LABEL_TOKENS)
                        .take_while(|&k| !doc.punct(k, &[':']))
                        .all(|k| doc.all_caps(k) || doc.punct(k, &['.']))
            }) || self.atts.iter().any(|a| {
                a.cue.is_some_and(|(c0, c1)| {
                    &doc.text[c0..c1] == ":" && ranges.iter().any(|r| r.0 <= c0 && c0 < r.1)
                })
            });
            if labelled {
                continue;
            }
            let colon = open - 1;
            let si = doc.tok_sent[colon];
            if si == NONE || busy[si as usize] {
                continue;
            }
            let s = &doc.sents[si as usize];
            // The whole paragraph is this one sentence.
            if s.t0 > 0 && doc.same_para(s.t0 - 1, s.t0) {
                continue;
            }
            let words = (s.body..colon).filter(|&t| doc.is_word(t)).count();
            if words == 0 || words > MAX_RECORD_LINE_WORDS {
                continue;
            }
            // No verb of its own ("as follows" is no clause).
            let finite = |t: usize| doc.is_word(t) && doc.is_finite_at(t) && doc.w(t - 1) != "as";
            if (s.body + 1..colon).any(finite) || doc.is_finite_at(s.body) {
                continue;
            }
            let Some(noun) = (s.body..colon).find(|&t| is_in(SPEECH_RECORD_NOUNS, doc.w(t))) else {
                continue;
            };
            // The cue: "as follows", "below", "in full" just before the colon, else the colon;
            // the source: the line before the cue.
            let cue = RECORD_CUE_TAILS
                .iter()
                .find_map(|tail| {
                    let words: Vec<&str> = tail.split(' ').collect();
                    let n = words.len();
                    (colon > noun + n && (0..n).all(|j| doc.w(colon - n + j) == words[j]))
                        .then(|| colon - n)
                })
                .unwrap_or(colon);
            // A record names no one: the kind is named (the record is identified), the person
            // the one its phrase names, if any ("Ann Bell's statement").
            let speaker = classify(doc, s.body, cue, s.body).speaker;
            let class = SourceClass {
                kind: SourceKind::Named,
                speaker,
                pronoun: false,
                not_a_source: false,
                fallback: None,
            };
            let content = Content {
                ranges,
                kind: "direct",
                quotation: Some(qi),
            };
            self.push(cue, colon + 1, Some((s.body, cue)), class, None, content);
        }
    }
}
