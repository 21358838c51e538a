//! Clause helpers: where a clause starts, where it is limited, and the auxiliaries before a verb.
//!
//! Why it exists: the patterns need the same few decisions about clause structure: the start of
//! the clause holding a cue ("In a year when …, Yepez said"), the main clause after a concessive
//! opener, and the auxiliaries and adverbs between a subject and its verb ("has *repeatedly* said").

use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Most tokens of auxiliaries, adverbs and time adjuncts between a source and its cue.
pub const MAX_AUXILIARY_TOKENS: usize = 12;

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

/// Words that open a subordinate clause at the start of a sentence.
pub const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "when", "if", "as", "because", "after", "before", "since",
    "whereas", "once", "until", "unless",
];

/// Most tokens read back from "seemed" to the start of its clause.
pub const MAX_SEEM_SUBJECT_TOKENS: usize = 30;

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
            // "Priebus *later Thursday* told": a relative time word leading a run of them.
            if j < i && matches!(doc.w(j), "later" | "earlier") && !doc.cap(j) {
                k = j;
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

/// Where the clause holding token `k` starts: after the last "that", comma or cue before it,
/// or at the sentence's start.
pub(super) fn clause_start_before(doc: &Doc, s: &Sent, k: usize) -> usize {
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
pub(super) fn main_clause_start(doc: &Doc, s: &Sent, end: usize) -> usize {
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

/// Where the content of a cue at `c` must stop because the cue sits in a subordinate or
/// relative clause: "While Comey said …*,* he said …", "Cruz, who says …*,* said …".
pub(super) fn clause_limit(doc: &Doc, s: &Sent, c: usize) -> usize {
    let comma_before = (s.body..c).any(|j| doc.punct(j, &[',']));
    // "In a year *when* the mayor is talking about closing …, Ray said": an opening adverbial
    // holding a subordinate clause.
    // "*With* local polls *showing* her behind, Moss …": a participle in the opener.
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
    if back > s.body && matches!(doc.w(back - 1), "who" | "which") {
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
        // "Hale and others who want to close the port *said* …": the main clause's cue.
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
