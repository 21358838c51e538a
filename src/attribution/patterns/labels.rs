//! Speaker labels and colon quotations.
//!
//! Why it exists: transcripts and live blogs attribute with a label ("PENCE: Well, …", "Trump
//! on Clinton: …") and news copy hands a quotation over with a colon ("The senator released the
//! following statement: “…”"). Neither shape has a cue verb next to its content, so both are
//! read apart from the verb patterns.

use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Most adverbs between a subject and the verb of a clause that a colon closes before a
/// quotation ("Trump *quickly* deflected: “…”").
pub const MAX_COLON_VERB_ADVERBS: usize = 2;

/// Most tokens from that verb to the colon ("released the following statement:").
pub const MAX_COLON_CLAUSE_TOKENS: usize = 16;

/// Most words of an apposition between a speaker label's name and its colon ("Meghan Hale,
/// *Fox News*: “…”").
pub const MAX_LABEL_APPOSITION_WORDS: usize = 6;

/// Most words in a speaker label ("PENCE:", "Mike Pence:").
pub const MAX_LABEL_WORDS: usize = 4;

/// Most words in a label in ordinary capitals that is taken for a name without other
/// evidence ("McCaul:", "NY Post:").
pub const MAX_NAME_LABEL_WORDS: usize = 3;

/// Most tokens of the headline before a dash that a digest's speaker label follows
/// ("Polls were early - Ann Reyes: “…”"). A digest headline is one line, a sentence at most:
/// 40 tokens is past a long one, and a dash further on belongs to running text, not to a label.
pub const MAX_DIGEST_HEADLINE_TOKENS: usize = 40;

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

impl<'d, 'a> Finder<'d, 'a> {
    /// "Hale deflected with a riddle: “…”", "The senator released the following
    /// statement:¶“…”": a quotation no pattern took, right after a colon that ends a clause
    /// with a subject and a verb, is what the subject says; the cue runs from the verb to the
    /// colon. An attribution of the verb inside the clause ("released *the following
    /// statement*") gives way to it.
    pub(super) fn find_colon_quotations(&mut self, skip: &impl Fn(usize) -> bool) {
        let doc = self.doc;
        let held = self.held_contents();
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
            if held_at(&held, pos) {
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

    /// "WALLACE: Let’s start …", "Moss: Ferries won’t be at summit": a speaker's label opening a
    /// paragraph; the rest of the paragraph is what they say. A digest item puts its headline
    /// first and the label after a dash ("Polls were early - Ann Reyes: “…”"): there the label
    /// must hand over a quotation.
    pub(super) fn speaker_label(
        &mut self,
        si: usize,
        label_counts: &std::collections::HashMap<String, usize>,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let before = self.atts.len();
        self.speaker_label_at(si, s.t0 + doc.quote_mark_width(s.t0), false, label_counts);
        if self.atts.len() > before {
            return;
        }
        let dash = (s.t0 + 2..s.t1.min(s.t0 + MAX_DIGEST_HEADLINE_TOKENS))
            .find(|&d| doc.punct(d, &['-', '—', '–']) && doc.space_before(d));
        if let Some(d) = dash {
            self.speaker_label_at(si, d + 1, true, label_counts);
        }
    }

    /// A speaker's label starting at token `start` of sentence `si`; after a digest's headline
    /// (`after_headline`) only when a quotation follows its colon.
    fn speaker_label_at(
        &mut self,
        si: usize,
        start: usize,
        after_headline: bool,
        label_counts: &std::collections::HashMap<String, usize>,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut k = start;
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
        if after_headline && !matches!(self.quotes.roles.get(colon + 1), Some(MarkRole::Open(_))) {
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
        // "Windsor Mann, editor of a magazine: “…”": a name with an apposition before a
        // quotation is a speaker, whatever its words (a dateline has no apposition).
        let apposed = colon != k;
        if !(is_person || repeated || name_like || apposed) {
            return;
        }
        let para_end = doc.paras[s.para].1;
        // "Hale: ‘No Clue’ If I Could Have …": a quotation that the sentence goes on
        // after is part of the content, not all of it.
        let sentence_goes_on = |q: u32| {
            let q = &self.quotes.list[q as usize];
            q.pieces.len() == 1
                && q.pieces[0]
                    .close_tok
                    .is_some_and(|c| (c + 1..s.t1).any(|k| doc.is_word(k)))
        };
        let content = match self.quotes.roles.get(colon + 1) {
            Some(MarkRole::Open(q)) if sentence_goes_on(*q) => Content {
                ranges: vec![(doc.toks[colon + 1].start, para_end)],
                kind: "mixed",
                quotation: None,
            },
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
}

/// The folded words of a speaker label, joined by spaces.
fn label_key(doc: &Doc, a: usize, b: usize) -> String {
    (a..b).map(|j| doc.w(j)).collect::<Vec<_>>().join(" ")
}

/// How often each capitalised "LABEL:" opens a paragraph: a transcript repeats its speakers'
/// labels, a dateline ("BEIJING:") appears once.
pub(super) fn speaker_label_counts(doc: &Doc) -> std::collections::HashMap<String, usize> {
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
