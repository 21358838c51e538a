//! Stance without a speech verb: "seems", attitude adjectives and evidence phrases.
//!
//! Why it exists: PolNeAR counts a holder's stance as an attribution even when no verb of
//! saying is there: "Trump seemed to suggest …", "Clinton is confident that …", "In a sign that
//! …". These shapes put the source before a copula or inside a phrase, so they need their own
//! reading.

use super::clauses::{clause_start_before, skip_back_auxiliaries};
use super::content::content_end;
use super::verbs::source_opens_clause;
use super::*;
use crate::attribution::sources::NOT_PROPER;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Adjectives of a feeling, belief or stance about something ("was *sure* that", "are
/// *willing* to", "is *skeptical* of"): with their complement they attribute it to the subject.
pub const ATTITUDE_ADJECTIVES: &[&str] = &[
    "sure",
    "certain",
    "confident",
    "convinced",
    "aware",
    "unaware",
    "glad",
    "happy",
    "pleased",
    "proud",
    "eager",
    "willing",
    "unwilling",
    "reluctant",
    "determined",
    "prepared",
    "concerned",
    "worried",
    "afraid",
    "fearful",
    "nervous",
    "anxious",
    "skeptical",
    "sceptical",
    "critical",
    "supportive",
    "hopeful",
    "optimistic",
    "pessimistic",
    "adamant",
    "angry",
    "upset",
    "furious",
    "outraged",
    "disappointed",
    "frustrated",
    "surprised",
    "shocked",
    "troubled",
    "alarmed",
    "uneasy",
    "unhappy",
    "satisfied",
    "grateful",
    "thankful",
    "committed",
    "keen",
    "opposed",
    "wary",
    "dismissive",
    "insistent",
    "doubtful",
    "adamantly",
    "dubious",
    "enthusiastic",
    "excited",
    "comfortable",
    "uncomfortable",
    "open",
    "receptive",
    "hostile",
    "sympathetic",
    "interested",
    "intent",
    "resigned",
    "embarrassed",
    "ashamed",
    "amazed",
    "astonished",
    "disgusted",
    "inclined",
    "disinclined",
    "ambivalent",
    "unconvinced",
    "unsure",
    "uncertain",
    "leery",
    "fond",
    "mindful",
    "desperate",
    "impatient",
    "appalled",
    "horrified",
    "incensed",
    "dismayed",
    "unimpressed",
    "impressed",
    "disillusioned",
    "resentful",
    "indignant",
    "irritated",
    "annoyed",
    "enamored",
    "suspicious",
    "distrustful",
    "unapologetic",
    "apologetic",
];

/// Verbs that link a subject to an attitude adjective as "to be" does ("Democrats *grew*
/// nervous about", "he *became* convinced that").
pub const LINKING_VERBS: &[&str] = &[
    "feel",
    "feels",
    "felt",
    "feeling",
    "remain",
    "remains",
    "remained",
    "remaining",
    "become",
    "becomes",
    "became",
    "becoming",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "get",
    "gets",
    "got",
    "getting",
    "stay",
    "stays",
    "stayed",
];

/// Attitude adjectives that do not qualify the noun right before them as its attitude:
/// "people *aware* of the talks" names an anonymous source, "a deal *critical* to growth" is
/// no stance.
pub const NOT_QUALIFYING_ATTITUDES: &[&str] = &["aware", "unaware", "critical", "open", "intent"];

/// Prepositions that open the content of an attitude adjective ("skeptical *of*", "worried
/// *about*").
pub const ATTITUDE_PREPOSITIONS: &[&str] = &[
    "of", "about", "with", "by", "in", "for", "over", "on", "at", "toward", "towards",
];

/// Heads of an opening "In a poll, …" whose phrase is the source of the rest of the sentence.
pub const EVIDENCE_HEADS: &[&str] = &[
    "poll",
    "polls",
    "polling",
    "survey",
    "surveys",
    "study",
    "studies",
    "analysis",
    "report",
    "data",
    "estimate",
    "estimates",
    "count",
    "tally",
    "findings",
    "research",
    "projections",
    "average",
    "averages",
    "index",
    "model",
    "forecast",
    "review",
    "audit",
    "census",
];

/// Longest "In a poll …," phrase, in tokens.
pub const MAX_EVIDENCE_PHRASE_TOKENS: usize = 16;

/// Heads of a named poll after a standing ("Clinton led by six points *in a CNN poll*"): PolNeAR
/// counts the poll as the source of the standing, with "in" as its cue.
pub const POLL_HEADS: &[&str] = &["poll", "polls", "survey", "surveys"];

/// Most words between "in" and the poll's head ("in *the latest Harbor Times/Valley Radio Network*
/// poll").
pub const MAX_POLL_NAME_TOKENS: usize = 10;

/// Most tokens of the standing read back from "in" to the start of its clause.
pub const MAX_STANDING_TOKENS: usize = 40;

/// Verbs of the author's impression ("Cruz *seemed* lost", "it *appears* that …").
pub const SEEM_VERBS: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Words after "appear" that make it an impression, not an appearance ("appears *likely* to").
pub const APPEAR_COMPLEMENTS: &[&str] = &[
    "likely",
    "unlikely",
    "poised",
    "set",
    "ready",
    "certain",
    "sure",
    "able",
    "unable",
    "willing",
    "eager",
    "determined",
    "close",
    "headed",
    "intent",
    "reluctant",
    "confident",
    "open",
    "prepared",
];

impl<'d, 'a> Finder<'d, 'a> {
    /// "Moss seemed lost", "the challenger seemed to be trying the same", "it appears that …":
    /// the author's impression, attributed to no one. Returns true when it recorded one.
    pub(super) fn seeming(&mut self, si: usize, c: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if c <= s.body || !doc.is_word(c - 1) && !doc.punct(c - 1, &[')']) {
            return false;
        }
        let next = c + 1;
        let nw = doc.w(next);
        let seem = doc.w(c).starts_with("seem");
        let verb_follows = nw == "to"
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1));
        let that_follows = nw == "that"
            || nw == "as" && matches!(doc.w(next + 1), "if" | "though")
            || nw == "like" && seem;
        let complement_follows = doc.is_word(next)
            && !doc.cap(next)
            && (if seem {
                !is_in(ADJUNCT_PREPOSITIONS, nw) && !is_in(PHRASE_BREAKERS, nw) || is_ly_adverb(nw)
            } else {
                is_in(APPEAR_COMPLEMENTS, nw)
            });
        if !(verb_follows || that_follows || complement_follows) {
            return false;
        }
        let it_subject = matches!(doc.w(c - 1), "it" | "there");
        let start = if it_subject && nw == "that" {
            next + 1
        } else {
            // The clause the verb is in: after "that", a cue, or a comma closing an opener.
            clause_start_before(doc, s, c)
        };
        let Some(content) = self.range_content(start, content_end(doc, s, next.max(start))) else {
            return false;
        };
        self.push_sourceless(c, c + 1, SourceKind::None, content);
        true
    }

    /// "Cruz was sure that …", "they are willing to …", "Democrats are skeptical of …": a
    /// feeling or stance about something, attributed to the subject. Returns true when it
    /// recorded one.
    pub(super) fn attitude_adjective(&mut self, si: usize, a: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "BE [not|very|increasingly …] ADJECTIVE"
        let mut b = a;
        while b > s.body
            && a - b < 3
            && doc.is_word(b - 1)
            && (is_ly_adverb(doc.w(b - 1))
                || matches!(
                    doc.w(b - 1),
                    "not"
                        | "very"
                        | "so"
                        | "too"
                        | "more"
                        | "less"
                        | "quite"
                        | "still"
                        | "also"
                        | "never"
                ))
        {
            b -= 1;
        }
        if b <= s.body || !doc.is_word(b - 1) {
            return false;
        }
        // "voters *inclined* to support him", "donors *reluctant* to give": with no linking
        // verb, the adjective qualifies the noun before it, whose attitude it is.
        let linked = is_in(BE_FORMS, doc.w(b - 1)) || is_in(LINKING_VERBS, doc.w(b - 1));
        let reduced = !linked
            && a == b
            && attitude_qualifies_noun(doc, a)
            && (doc.w(a + 1) == "to" || !doc.w(a).ends_with("ed"))
            && (doc.w(a + 1) == "to" || is_in(ATTITUDE_PREPOSITIONS, doc.w(a + 1)));
        if !linked && !reduced {
            return false;
        }
        let verb_start = if reduced { a } else { b - 1 };
        let next = a + 1;
        let nw = doc.w(next);
        let complement = nw == "that"
            || nw == "to" && doc.is_word(next + 1) && !doc.cap(next + 1)
            || is_in(ATTITUDE_PREPOSITIONS, nw)
            || doc.punct(next, &[':'])
            || clause_starts_at(doc, next, s.t1);
        if !complement || next >= s.t1 {
            return false;
        }
        let back = if reduced {
            a
        } else {
            skip_back_auxiliaries(doc, s.body, verb_start)
        };
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return false;
        };
        if !reduced && !source_opens_clause(doc, s, ss) {
            return false;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source || is_document(doc, ss, se) {
            return false;
        }
        let (cue_end, start) = if is_in(ATTITUDE_PREPOSITIONS, nw) {
            (next + 1, next + 1)
        } else if doc.punct(next, &[':']) {
            (next, next + 1)
        } else {
            (next, next)
        };
        let Some(content) = self.content_after(si, start) else {
            return false;
        };
        self.push(verb_start, cue_end, Some((ss, se)), class, None, content);
        true
    }

    /// "In a Harbor Times/Channel 9 poll released Sunday, 6 percent of farmers said …": a
    /// poll, survey or study opening the sentence is the source of the rest. Returns true when
    /// it recorded one.
    /// "Clinton held a six-point lead *in a CNN poll*", "Bush sits at 4 percent in the Gallup
    /// survey": a standing measured by a named poll. The poll is the source, "in" the cue and
    /// the clause before it, with its own verb, the content.
    pub(super) fn poll_standing(&mut self, si: usize, i: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if i <= s.body {
            return false;
        }
        let Some(poll_end) = named_poll_after(doc, i, s.t1) else {
            return false;
        };
        let start = clause_start_before(doc, s, i).max(i.saturating_sub(MAX_STANDING_TOKENS));
        // "Moss, who is fourth in several state polls, said …": a standing in a relative clause is
        // background, which PolNeAR leaves unmarked.
        if matches!(doc.w(start), "who" | "which") || !(start..i).any(|k| doc.is_finite_at(k)) {
            return false;
        }
        let Some(content) = self.range_content(start, i) else {
            return false;
        };
        let class = classify(doc, i + 1, poll_end, s.body);
        if class.not_a_source {
            return false;
        }
        self.push(i, i + 1, Some((i + 1, poll_end)), class, None, content);
        true
    }

    pub(super) fn in_evidence(&mut self, si: usize, i: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(comma) =
            (i + 1..s.t1.min(i + MAX_EVIDENCE_PHRASE_TOKENS)).find(|&k| doc.punct(k, &[',']))
        else {
            return false;
        };
        // A poll, survey or study anywhere in the phrase ("In a Post/ABC *poll* released Sunday").
        let core = comma;
        if !(i + 1..comma).any(|k| doc.is_word(k) && !doc.cap(k) && is_in(EVIDENCE_HEADS, doc.w(k)))
            || comma + 1 >= s.t1
        {
            return false;
        }
        let Some(content) = self.content_after(si, comma + 1) else {
            return false;
        };
        let class = SourceClass {
            kind: SourceKind::Named,
            speaker: None,
            pronoun: false,
            not_a_source: false,
            fallback: None,
        };
        let class =
            if is_in(DEFINITE_DETERMINERS, doc.w(i + 1)) || (i + 1..core).any(|k| doc.cap(k)) {
                class
            } else {
                SourceClass {
                    kind: SourceKind::Vague,
                    ..class
                }
            };
        self.push(i, i + 1, Some((i + 1, comma)), class, None, content);
        true
    }
}

/// The end (exclusive) of a named poll after "in" at `i` ("in *the Gallup poll*", "in *a CNN
/// national poll*", "in *New Hampshire surveys*"): a determiner, modifiers with at least one
/// proper name (a pollster, an outlet, a place; not a month, so not "in January polls") and a
/// poll head. An unnamed poll ("in the polls", "in most surveys") is left out: PolNeAR marks
/// fewer than half of those.
fn named_poll_after(doc: &Doc, i: usize, end: usize) -> Option<usize> {
    let mut k = i + 1;
    if is_in(DETERMINERS, doc.w(k)) && doc.is_word(k) {
        k += 1;
    }
    let mut named = false;
    let limit = end.min(k + MAX_POLL_NAME_TOKENS);
    while k < limit {
        let w = doc.w(k);
        if doc.is_word(k) {
            if is_in(POLL_HEADS, w) {
                return named.then_some(k + 1);
            }
            if doc.cap(k) {
                named |= !is_weekday_or_month(w) && !is_in(NOT_PROPER, w);
            } else if is_in(SOURCE_PREPOSITIONS, w)
                || is_in(PHRASE_BREAKERS, w)
                || is_in(DETERMINERS, w)
                || doc.is_finite_at(k)
            {
                return None;
            }
        } else if !doc.punct(k, &['/', '-', '‐', '.', '&', '\'', '\u{2019}']) {
            return None;
        }
        k += 1;
    }
    None
}

/// True when the attitude adjective at `a` qualifies a people noun right before it ("voters
/// *inclined* to", "Democrats *nervous* about"): a plural or a name, not a determiner or a
/// verb.
fn attitude_qualifies_noun(doc: &Doc, a: usize) -> bool {
    if a == 0 || !doc.is_word(a - 1) || is_in(NOT_QUALIFYING_ATTITUDES, doc.w(a)) {
        return false;
    }
    let w = doc.w(a - 1);
    if is_function_or_cue_word(w) || is_ly_adverb(w) {
        return false;
    }
    doc.cap(a - 1) || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
}
