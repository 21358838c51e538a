//! Continuations: quotes that keep the speaker of the attribution before them.
//!
//! Why it exists: a quote after an attributed one in the same paragraph, or a paragraph that
//! opens with a quote after a quoted paragraph, has no cue of its own but the same speaker;
//! a quotation a sentence split away from its cue ("“…”¶he said.") is found again here.

use super::*;
use crate::attribution::quotes::Quotation;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// How many paragraphs after the last attribution a paragraph opening with a quotation still
/// continues it (news copy runs a speaker's quote over several paragraphs; a paragraph of the
/// author's in between ends the run).
pub const MAX_CONTINUATION_PARAGRAPHS: usize = 1;

/// Most words after a quotation that opens a sentence for it to still continue the quote
/// before ("“…,” he added.").
pub const MAX_WORDS_AFTER_CONTINUATION: usize = 4;

/// Fewest words in the attributed quotation before a sentence that quotes again for that
/// sentence to continue it as a mixed quote: a title in quotation marks ("reviewed ‘‘Harbor
/// Lights’’") is no one's words, and the author's next sentence is their own.
pub const MIN_WORDS_BEFORE_MIXED_CONTINUATION: usize = 4;

/// Fewest words in a quotation inside the next sentence for that sentence to continue a quote
/// as a mixed quote: one quoted word ("the “Fed”") is a term, not more of what was said.
pub const MIN_WORDS_OF_MIXED_CONTINUATION: usize = 2;

/// Conjunctions that may open a sentence before a continuing quotation ("“…,” he said. *But*
/// “…”").
pub const CONTINUING_CONJUNCTIONS: &[&str] = &["but", "and", "so", "yet"];

impl<'d, 'a> Finder<'d, 'a> {
    /// The quotation that ends the previous sentence of the paragraph, when nothing claimed it
    /// ("“We will win.” / Lukashenko said.").
    pub(super) fn quote_of_previous_sentence(&mut self, si: usize) -> Option<Content> {
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

    /// Quotes with no cue of their own that continue the attribution before them: a quote later
    /// in the paragraph of an attributed quote ("“…,” he said. “…”"), a paragraph that opens
    /// with a quote after a quoted paragraph, and a sentence ending in a lone closing mark right
    /// after an attributed quote (its opening mark was lost).
    pub(super) fn find_continuations(&mut self) {
        let doc = self.doc;
        // Attributions by position, to find "the last one before".
        let mut order: Vec<usize> = (0..self.atts.len()).collect();
        stable_sort::sort_by_key(&mut order, |&k| self.atts[k].cue.map_or(0, |c| c.0));
        let mut extra: Vec<Att> = Vec::new();
        let mut claimed = self.claimed.clone();
        // Mark quotations inside any content as claimed.
        // Not the content of a cue inside a quotation ("“It seems they agree,” he said, “because
        // …”"): that cue is the quoted speaker's, nested in the quote, and claims nothing.
        let mut ranges: Vec<(usize, usize)> = self
            .atts
            .iter()
            .filter(|a| a.continuation || self.quotes.around(a.cue_tok).is_none())
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
        // Where the cues start, to tell a sentence with a cue of its own.
        let mut cue_starts: Vec<usize> = self
            .atts
            .iter()
            .filter_map(|a| a.cue.map(|c| c.0))
            .collect();
        cue_starts.sort_unstable();
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
            // (not a title: "“Night Desk” host Ann Ray showed …").
            let close = q.last_tok();
            let fills_sentence = q.pieces.len() > 1
                || q.pieces[0].close_tok.is_none()
                || (close + 1..s.t1).all(|k| !doc.is_word(k))
                || (close + 1..s.t1).filter(|&k| doc.is_word(k)).count()
                    <= MAX_WORDS_AFTER_CONTINUATION
                    && cue_word(doc.w(close + 2)).is_some();
            // An article quotes in one style: a paragraph in single marks after quotes in double
            // ones is a pulled-out subhead ("‘A race to the last vote.’"), not more of
            // the same speaker's words.
            let same_style = prev.quotation.is_some_and(|pq| {
                let pq_open = self.quotes.list[pq].first_tok();
                doc.single_marks[pq_open] == doc.single_marks[open]
            }) || !doc.single_marks[open];
            let inherits = if prev.para == para {
                opens_sentence && fills_sentence || same_sentence_after_cue
            } else {
                opens_paragraph
                    && prev.para + MAX_CONTINUATION_PARAGRAPHS >= para
                    && fills_sentence
                    && same_style
            };
            // "“…,” she said. The mayor “simply did not listen.”": a sentence with no cue of
            // its own, right after the sentence of an attributed quotation, that quotes again
            // inside its own words is more of the same speaker's, as a mixed quote.
            let mixed = !inherits
                && prev.para == para
                && prev.quotation.is_some_and(|pq| {
                    let pq = &self.quotes.list[pq];
                    (pq.first_tok()..pq.last_tok())
                        .filter(|&k| doc.is_word(k))
                        .nth(MIN_WORDS_BEFORE_MIXED_CONTINUATION - 1)
                        .is_some()
                })
                && self.sentence_after(&prev) == Some(si as usize)
                && (open..q.last_tok())
                    .filter(|&k| doc.is_word(k))
                    .nth(MIN_WORDS_OF_MIXED_CONTINUATION - 1)
                    .is_some()
                && cue_starts[cue_starts.partition_point(|&c| c < s.start)..]
                    .first()
                    .is_none_or(|&c| c >= s.end);
            if !inherits && !mixed {
                continue;
            }
            let (content, kind) = if mixed {
                (self.sentence_around(s, q), "mixed")
            } else {
                (q.ranges(), "direct")
            };
            let att = Att {
                content,
                kind,
                cue: prev.cue,
                cue_tok: open,
                source: prev.source,
                relative: prev.relative,
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
        self.reach_back_to_opening_marks();
    }

    /// "“Prices keep rising. Where does it end?” the minister said, according to the
    /// Times.": content that starts where a sentence starts inside a quotation no attribution
    /// took, opened sentences before, starts at the quotation's opening mark.
    fn reach_back_to_opening_marks(&mut self) {
        let doc = self.doc;
        for a in self.atts.iter_mut().filter(|a| !a.continuation) {
            let Some(first) = a.content.first_mut() else {
                continue;
            };
            let k = doc.toks.partition_point(|t| t.start < first.0);
            if k >= doc.toks.len() || doc.toks[k].start != first.0 {
                continue;
            }
            let si = doc.tok_sent[k];
            if si == NONE || doc.sents[si as usize].body != k {
                continue;
            }
            let qi = self.quotes.inside[k];
            if qi == u32::MAX {
                continue;
            }
            let q = &self.quotes.list[qi as usize];
            // A quotation another attribution took stays its own, unless this content runs
            // through its end (that attribution is nested in this one).
            let covered = q.pieces.len() == 1 && q.pieces[0].end <= first.1;
            if self.claimed[qi as usize] && !covered {
                continue;
            }
            let open = &q.pieces[0];
            if open.start < first.0 && doc.same_para(open.open_tok, k) {
                first.0 = open.start;
                // The content now holds a quotation and words around it: mixed, as
                // `range_content` calls content a quotation opens inside.
                if a.kind == "indirect" {
                    a.kind = "mixed";
                }
            }
        }
    }

    /// The sentence right after the one where a direct quote ends (its quotation's closing mark
    /// or its cue, whichever is later), in the same paragraph.
    fn sentence_after(&self, att: &Att) -> Option<usize> {
        let doc = self.doc;
        let q = &self.quotes.list[att.quotation?];
        let last = doc.tok_sent[q.last_tok()].max(doc.tok_sent[att.cue_tok]);
        if last == NONE {
            return None;
        }
        let next = last as usize + 1;
        (next < doc.sents.len() && doc.sents[next].para == doc.sents[last as usize].para)
            .then_some(next)
    }

    /// The content of a mixed quote: sentence `s` from its first word, with quotation `q` (which
    /// opens in it) to its last paragraph.
    fn sentence_around(&self, s: &Sent, q: &Quotation) -> Vec<(usize, usize)> {
        let doc = self.doc;
        let mut e = s.t1;
        while e > s.body + 1 && doc.punct(e - 1, TERMINATORS) {
            e -= 1;
        }
        let mut ranges = q.ranges();
        ranges[0].0 = doc.toks[s.body].start;
        if ranges.len() == 1 {
            ranges[0].1 = ranges[0].1.max(doc.toks[e - 1].end);
        }
        ranges
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
