//! Content: where what was said starts and ends, around a cue.
//!
//! Why it exists: every pattern finds its cue and source its own way, but the content is read
//! by the same rules: a quotation after or before the cue, a clause running to the end of the
//! sentence or to the next coordinated cue, the gap of a relative clause ("which he called
//! …"), a quotation resumed after the cue ("“…,” he said, “…”").

use super::clauses::{clause_limit, main_clause_start, skip_back_auxiliaries};
use super::noun_cues::GAP_PRONOUNS;
use super::verbs::{NOUN_LIKE_THIRD_FORMS, PLAIN_SPEECH_VERBS};
use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Words after which a short source and its cue start a new attribution that ends the content
/// before them ("… *and* 12 percent said", "… *with* four in 10 saying").
pub const NEW_SOURCE_OPENERS: &[&str] = &["and", "with", "while", "but", "whereas"];

/// Longest source between "and" and a cue that ends the content before it ("… and *14
/// percent* said …").
pub const MAX_COORDINATED_SOURCE_TOKENS: usize = 5;

/// Words after which indirect content stops: the author takes over ("… “are numbered”
/// *although* he declined to say …").
pub const CONTENT_STOPPERS: &[&str] = &["although", "though", "whereas", "whilst"];

/// Words before a finite verb that keep it inside a "that" clause ("that prices rose *and*
/// fell").
pub const CLAUSE_LINKERS: &[&str] = &["and", "or", "but", "that", "which", "who"];

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

/// Conjunctions that, right after a parenthetical cue, join more of what was said rather than
/// an aside of the author's ("…, she said, *and* tests are costly", "…, Graham said, *since*
/// most of them accept the science", "…, she said, *until* the mill shut down").
pub const RESUMING_CONJUNCTIONS: &[&str] = &["and", "but", "since", "until", "because"];

/// Conjunctions after which a new attribution may take over the rest of a sentence.
pub const COORDINATORS: &[&str] = &["but", "while", "whereas", "yet"];

impl<'d, 'a> Finder<'d, 'a> {
    /// The content a complement opens; inside a quotation it never runs past the quotation's
    /// end ("“We hope so,” Putin said": "so" is all that "hope" takes).
    pub(super) fn content_after_cue(
        &mut self,
        si: usize,
        c: usize,
        comp: Complement,
    ) -> Option<Content> {
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
    pub(super) fn colon_ends_paragraph(&self, verb: &CueVerb, ce: usize, end: usize) -> bool {
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
    pub(super) fn next_paragraph(&mut self, para: usize) -> Option<Content> {
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
    pub(super) fn content_after(&mut self, si: usize, k: usize) -> Option<Content> {
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
    pub(super) fn content_before(&mut self, si: usize, k: usize) -> Option<Content> {
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
            // "The plan is a “rather bold step,” she said": words of the sentence before the
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
    /// rule, which officials said *will take hold in May*" (a subject left out after the cue)
    /// or "toll-raising (which her deputy defended)" (an object left out).
    pub(super) fn relative_gap_content(
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
        // "the farmers, whom she described as “patient,”": what follows "as" is said of them.
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
    pub(super) fn is_bare_adverbial(&self, c: &Content) -> bool {
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

    /// "On the broadcast of “Harbor Weekly,” Moss said her ally …", "Sunday on CBC’s
    /// “The House,” Smith said …": the quotation before the source is a title inside an opening
    /// adjunct, and the cue's own complement, whatever it is, is the content.
    pub(super) fn quote_in_opening_adjunct(
        &self,
        si: usize,
        ss: usize,
        verb: &CueVerb,
        ce: usize,
    ) -> bool {
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
        // "On the broadcast of …", "Sunday on CBC’s “The House,” …": an adverbial opener, perhaps
        // after a day.
        let first = s.body;
        let opener = is_in(ADVERBIAL_OPENERS, doc.w(first))
            || is_weekday_or_month(doc.w(first)) && is_in(ADVERBIAL_OPENERS, doc.w(first + 1));
        let in_adjunct = open > s.body && opener && doc.tok_sent[open] as usize == si;
        in_adjunct && complement(doc, self.quotes, verb, ce, s.t1).is_some()
    }

    /// "In a sale, she said, the label would endure": indirect content that a parenthetical
    /// cue interrupts resumes after the comma that closes the cue phrase (its source, addressee
    /// and adjuncts end before `k`). Quotations resume through continuations instead, and a
    /// clause opening with a subordinator or a participle (", as the crowd cheered", ", adding
    /// that") is not resumed content.
    pub(super) fn with_resumed_content(
        &self,
        si: usize,
        content: Content,
        verb: &CueVerb,
        k: usize,
    ) -> Content {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "“It’s settled,” Hale said *of the board’s vote*": what the words were about.
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
        // "“A loose crane” struck the roof, she said, *and “nobody could move.”*": a
        // conjunction before a quotation resumes the quote.
        if doc.is_word(r) && matches!(doc.w(r), "and" | "but") && doc.is_quote_mark(r + 1) {
            r += 1;
        }
        let w = doc.w(r);
        // "Forty percent go untreated, she said, *and* visits are costly": a clause joined
        // after the cue goes on with what was said, unless a cue of its own takes it over
        // ("…, he said, and added that …").
        // ("…, records show, and experts say …": a clause with a speech cue of its own is that
        // cue's.)
        let resumes_clause = is_in(RESUMING_CONJUNCTIONS, w)
            && verb.flags & SPEECH != 0
            && doc.is_word(r + 1)
            && !is_in(RESUMPTION_BLOCKERS, doc.w(r + 1))
            && (r + 1..content_end(doc, s, r + 1)).all(|j| {
                !doc.is_word(j) || cue_word(doc.w(j)).is_none_or(|c| c.verb.flags & SPEECH == 0)
            });
        let opens_aside = !doc.is_word(r) && !doc.is_quote_mark(r)
            || is_in(RESUMPTION_BLOCKERS, w) && !resumes_clause
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

    /// The tokens `a..b` as content: indirect, or mixed when a quotation opens inside.
    pub(super) fn range_content(&self, a: usize, b: usize) -> Option<Content> {
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
        // "argued that Moss has “got to move a great deal … She’s got to be for ferries, right?”": a
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
}

/// True when nothing after the cue can be its content: only an addressee, adverbs and adjuncts
/// stand before the sentence's end, or before a comma that hands over to something else
/// (“…,” Putin said, adding that …).
pub(super) fn nothing_but_adjuncts_after(doc: &Doc, verb: &CueVerb, k: usize, end: usize) -> bool {
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
pub(super) fn comma_closes_quote_before(doc: &Doc, j: usize) -> bool {
    let mut p = j;
    while p > 0 && j - p < 2 && doc.is_quote_mark(p - 1) {
        p -= 1;
    }
    p < j && p > 0 && doc.punct(p - 1, &[','])
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

/// Where a "that" clause starting at token `k` (its subject) ends when the sentence's own verb
/// follows it: at a second finite verb with no coordinator or comma since the first ("that the
/// deal was dead *surprised* investors"), else at `end`.
pub(super) fn that_clause_end(doc: &Doc, k: usize, end: usize) -> usize {
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
pub(super) fn content_end(doc: &Doc, s: &Sent, k: usize) -> usize {
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
        // "Moss, who says Hale is stalling her, said …": a comma and a speech cue close the
        // parenthesis the content was in.
        // "Mr. Ray, citing “the luck of the harbor,” said …": the comma may sit inside the
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
        // "23 percent said “not likely” and 12 percent said …", "…, with four in 10 saying
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
