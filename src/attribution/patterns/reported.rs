//! Reported-speech forms that are not a plain verb with its subject.
//!
//! Why it exists: news copy also attributes through fixed phrases and passives, each with its own
//! place for the source: "according to SOURCE", "MEDIUM quoted PERSON as saying", "PERSON was
//! quoted by MEDIUM", "as reported by SOURCE", "CONTENT, it was said by SOURCE", the vague
//! passives and adverbs with no source ("it is believed", "is said to", "reportedly"), and the
//! question preambles ("Asked about …, Trump said", "was asked by Ingraham whether …").

use super::clauses::{clause_start_before, skip_back_auxiliaries};
use super::content::{content_end, nothing_but_adjuncts_after};
use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// At most this many tokens of source between a sentence-opening "According to" and its comma.
pub const MAX_ACCORDING_TO_SOURCE_TOKENS: usize = 24;

/// Words that may open "asked" at the start of a sentence ("*When* asked whether …").
pub const ASKED_OPENERS: &[&str] = &[
    "when", "after", "if", "once", "while", "before", "also", "later", "again",
];

/// Passive verbs of judgement that attribute with no agent ("was *accused of* fraud", "is
/// widely *seen as* the favourite"), each with the words that open its content; the agent, when
/// there is one, is the source instead ("criticized *by* Democrats").
pub const AGENTLESS_PASSIVE_CUES: &[(&str, &[&str])] = &[
    ("accuse", &["of"]),
    ("criticize", &["for", "as", "over"]),
    ("criticise", &["for", "as", "over"]),
    ("blame", &["for"]),
    ("challenge", &["over", "on", "about"]),
    ("question", &["about", "over", "on"]),
    ("praise", &["for", "as"]),
    ("condemn", &["for", "as"]),
    ("denounce", &["as", "for"]),
    ("attack", &["for", "over", "as"]),
    ("see", &["as"]),
    ("view", &["as"]),
    ("regard", &["as"]),
    ("describe", &["as"]),
    ("portray", &["as"]),
    ("characterize", &["as"]),
    ("characterise", &["as"]),
    ("label", &["as"]),
    ("hail", &["as"]),
    ("tout", &["as"]),
    ("credit", &["with", "for"]),
];

/// Subordinators that may open a participial clause at the start of a sentence ("*After*
/// calling the plan a giveaway, the senator …", "*Since* announcing his run, …"); the clause's
/// subject is the main clause's.
pub const PARTICIPLE_CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "while", "when", "since", "by", "in", "without", "upon", "on", "besides",
    "despite",
];

/// Verbs whose participle opening a sentence sets the scene rather than reporting a stance
/// ("*Addressing* the gala, Trump said …": speaking to an audience, whose words follow in the
/// main clause). A participle with a particle is left out for the same reason ("*Responding
/// to* questions, …", "*Pointing to* the data, …", "*Campaigning against* him, …").
pub const SCENE_SETTING_PARTICIPLES: &[&str] = &["address"];

/// Acts of speech whose passive with no agent attributes its subject, what was said, to
/// someone unnamed ("New tariffs *were announced*", "Ann Ray *has been mentioned* as a
/// successor", "the outcome *was declared*", "its accuracy *has never been questioned*"):
/// PolNeAR marks about three in four of them (other speech passives, "was disclosed", "was
/// proposed", "was discussed", are marked less than half the time and are left out).
pub const AGENTLESS_SPEECH_PASSIVES: &[&str] = &["announce", "declare", "mention", "question"];

/// Adverbs that may sit inside a passive ("is *widely* believed", "was *also* quoted").
pub const PASSIVE_ADVERBS: &[&str] = &[
    "widely",
    "also",
    "not",
    "long",
    "generally",
    "commonly",
    "often",
    "still",
    "now",
    "further",
    "repeatedly",
    "reportedly",
    "first",
    "never",
    "originally",
    "initially",
    "later",
    "previously",
    "recently",
    "publicly",
    "privately",
];

impl<'d, 'a> Finder<'d, 'a> {
    /// According to SOURCE, CONTENT / CONTENT, according to SOURCE.
    pub(super) fn according_to(&mut self, si: usize, a: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "According to a March study by the Lark Institute based on tax data, …":
        // opening the sentence, everything up to the comma is the source.
        let up_to_comma = (a == s.body)
            .then(|| {
                (a + 2..(a + 2 + MAX_ACCORDING_TO_SOURCE_TOKENS).min(s.t1))
                    .take_while(|&k| {
                        doc.is_word(k) || !doc.is_quote_mark(k) && !doc.punct(k, &[';', ':', '('])
                    })
                    .find(|&k| doc.punct(k, &[',']))
            })
            .flatten()
            .filter(|&comma| {
                // A participle ("based on census data") is no verb of a clause.
                comma > a + 2
                    && (a + 2..comma).all(|k| !doc.is_finite_at(k) || doc.w(k).ends_with("ed"))
            });
        let Some((ss, mut se)) = source_after(doc, a + 2, s.t1, false)
            .map(|(ss, se)| (ss, up_to_comma.filter(|&c| c > se).unwrap_or(se)))
            .or_else(|| up_to_comma.map(|c| (a + 2, c)))
        else {
            return;
        };
        // "according to a tally by the Fairfield Budget Office"
        if doc.w(se) == "by" {
            if let Some((_, e)) = source_after(doc, se + 1, s.t1, false) {
                se = e;
            }
        }
        let mut class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            // Whatever "according to" names is a source: "according to federal statistics".
            let Some(kind) = class.fallback else { return };
            class = SourceClass {
                kind: if kind == SourceKind::Named {
                    kind
                } else {
                    SourceKind::Vague
                },
                not_a_source: false,
                ..class
            };
        }
        let opens_clause = a == s.body
            || doc.punct(a - 1, &[','])
                && (s.body..a).all(|k| !doc.is_finite_at(k))
                && a <= s.body + 8
            || doc.is_quote_mark(a - 1);
        let content = if opens_clause && doc.punct(se, &[',']) && se + 1 < s.t1 {
            self.content_after(si, se + 1)
        } else if a > s.body {
            let end = if doc.punct(a - 1, &[',']) { a - 1 } else { a };
            let rest = if doc.punct(se, &[',']) && content_end(doc, s, se + 1) > se + 1 {
                Some(content_end(doc, s, se + 1))
            } else {
                None
            };
            match rest {
                // "Maduro, according to sources, is willing": the content surrounds the cue.
                Some(e) => self.range_content(s.body, e),
                None => self.range_content(s.body, end),
            }
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push(a, a + 2, Some((ss, se)), class, None, content);
    }

    /// MEDIUM quoted PERSON [as saying] CONTENT — "Belta quoted Lukashenko and reminded …".
    pub(super) fn medium_quoted(&mut self, si: usize, q: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let back = skip_back_auxiliaries(doc, s.body, q);
        let via = source_before(doc, s.body, back);
        let Some((ss, se)) = source_after(doc, q + 1, s.t1, false) else {
            return;
        };
        if ss == se || matches!(doc.w(ss), "by") {
            return;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            return;
        }
        let mut k = se;
        while k < s.t1 && is_in(QUOTED_AS, doc.w(k)) {
            k += 1;
        }
        if doc.w(k) == "and" {
            k += 1;
        }
        let content = if content_end(doc, s, k) > k {
            self.content_after(si, k)
        } else {
            self.content_before(si, via.map_or(q, |v| v.0))
        };
        let Some(content) = content else { return };
        self.push(q, q + 1, Some((ss, se)), class, via, content);
    }

    /// PERSON was quoted [by MEDIUM] as saying CONTENT.
    pub(super) fn passive_quoted(&mut self, si: usize, q: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let be = passive_start(doc, s.t0, q);
        let back = skip_back_auxiliaries(doc, s.body, be);
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source {
            return;
        }
        let mut k = q + 1;
        let mut via = None;
        if doc.w(k) == "by" {
            via = source_after(doc, k + 1, s.t1, false);
            k = via.map_or(k + 1, |v| v.1);
        }
        k = skip_adjuncts(doc, k, s.t1);
        while k < s.t1 && is_in(QUOTED_AS, doc.w(k)) {
            k += 1;
        }
        let content = if content_end(doc, s, k) > k {
            self.content_after(si, k)
        } else {
            self.content_before(si, ss)
        };
        let Some(content) = content else { return };
        self.push(be, q + 1, Some((ss, se)), class, via, content);
    }

    /// "As reported by the Coastal Ledger, …" / "…, as reported by the Times.": the agent is
    /// the source, the rest of the sentence the content.
    pub(super) fn as_reported_by(&mut self, si: usize, p: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let as_tok = p - 1;
        let Some((ss, se)) = source_after(doc, p + 2, s.t1, false) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source && class.fallback.is_none() {
            return;
        }
        let class = SourceClass {
            not_a_source: false,
            kind: if class.not_a_source {
                SourceKind::Vague
            } else {
                class.kind
            },
            ..class
        };
        let after = skip_adjuncts(doc, se, s.t1);
        let content = if as_tok == s.body && doc.punct(after, &[',']) {
            self.content_after(si, after + 1)
        } else if as_tok > s.body && doc.punct(as_tok - 1, &[',', '—', '–']) {
            self.range_content(s.body, as_tok - 1)
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push(as_tok, p + 1, Some((ss, se)), class, None, content);
    }

    /// "X was told by Y that …": the agent is the source.
    pub(super) fn passive_with_agent(&mut self, si: usize, p: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let by = skip_adjuncts(doc, p + 1, s.t1);
        // "attempts were made by …": a verb that is a cue only with its particle is none here.
        if verb.flags & PARTICLE != 0 {
            return;
        }
        if doc.w(by) != "by" {
            self.agentless_passive(si, p, verb);
            return;
        }
        let Some((ss, se)) = source_after(doc, by + 1, s.t1, false) else {
            return;
        };
        let class = classify(doc, ss, se, s.body);
        // An agent of a speech verb is a source even when its noun is in no table ("by the
        // debate *moderators*").
        let class = match (class.not_a_source, class.fallback) {
            (false, _) => class,
            (true, Some(kind)) if verb.flags & SPEECH != 0 => SourceClass {
                kind,
                not_a_source: false,
                ..class
            },
            _ => return,
        };
        let comp = complement(
            doc,
            self.quotes,
            &CueVerb {
                flags: verb.flags & !(ADDRESSEE | NEEDS_ADDRESSEE | OBJECT),
                ..*verb
            },
            se,
            s.t1,
        );
        // "was criticized by Democrats *for* moving slowly": the judgement's own preposition
        // after the agent opens the content, as it does with no agent.
        let judged = match comp {
            Some(_) => None,
            None => self.judgement_content(si, verb, se),
        };
        let content = match comp {
            Some(comp) => self.content_after_cue(si, p, comp),
            None if judged.is_some() => judged,
            // "The plan was first reported by the Ledger": the subject is what was reported.
            None if nothing_but_adjuncts_after(doc, verb, se, s.t1)
                && verb.flags & (OBJECT | STANCE) != 0 =>
            {
                let be = passive_start(doc, s.t0, p);
                let back = skip_back_auxiliaries(doc, s.body, be);
                subject_of(doc, s, back)
                    .filter(|x| x.1 <= back)
                    .and_then(|(a, b)| self.range_content(a, b))
            }
            None => None,
        };
        let Some(content) = content else {
            return;
        };
        // The whole verb group is the cue when the subject is the content.
        let cue_start = if comp.is_some() {
            p
        } else {
            passive_start(doc, s.t0, p)
        };
        self.push(cue_start, p + 1, Some((ss, se)), class, None, content);
    }

    /// "Quiros was accused of fraud", "she is widely seen as the favourite", "they have been
    /// criticized for being slow": a passive judgement with no agent, whose content opens with
    /// the verb's own preposition. Nobody is named: the source is vague.
    fn agentless_passive(&mut self, si: usize, p: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        // "was criticized *sharply* for", "is seen *simultaneously* as".
        let mut k = p + 1;
        while k < s.t1 && k < p + 3 && doc.is_word(k) && is_ly_adverb(doc.w(k)) {
            k += 1;
        }
        let Some(content) = self.judgement_content(si, verb, k) else {
            if is_in(AGENTLESS_SPEECH_PASSIVES, verb.lemma) {
                self.agentless_speech_passive(si, p, verb);
            }
            return;
        };
        let cue_start = passive_start(doc, s.t0, p);
        self.push_sourceless(cue_start, k + 1, SourceKind::Vague, content);
    }

    /// "The verdict will be announced on Friday", "Ann Ray has been mentioned as a successor",
    /// "It was announced that …": a passive act of speech with no agent. What was said is the
    /// clause after "that" when the subject is "it", else the subject with what follows the
    /// verb ("as a successor", "the winner"); the whole verb group is the cue, and nobody is
    /// named: the source is vague.
    fn agentless_speech_passive(&mut self, si: usize, p: usize, verb: &CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let be = passive_start(doc, s.t0, p);
        let back = skip_back_auxiliaries(doc, s.body, be);
        let subject_it = back > s.body && doc.w(back - 1) == "it" && doc.is_word(back - 1);
        let content = if subject_it && doc.w(p + 1) == "that" {
            self.content_after(si, p + 1)
        } else if subject_it || back <= s.body || doc.is_quote_mark(back - 1) {
            None
        } else {
            let start = clause_start_before(doc, s, be);
            let end = if nothing_but_adjuncts_after(doc, verb, p + 1, s.t1) {
                back
            } else {
                content_end(doc, s, p + 1)
            };
            (start < back)
                .then(|| self.range_content(start, end))
                .flatten()
        };
        let Some(content) = content else { return };
        self.push_sourceless(be, p + 1, SourceKind::Vague, content);
    }

    /// The content of a passive judgement opening with its own word at token `k` ("*of*
    /// fraud", "*as* reckless"), or `None` when `k` is no opener of `verb`'s.
    fn judgement_content(&mut self, si: usize, verb: &CueVerb, k: usize) -> Option<Content> {
        let doc = self.doc;
        let s = &doc.sents[si];
        let (_, openers) = AGENTLESS_PASSIVE_CUES
            .iter()
            .find(|(lemma, _)| *lemma == verb.lemma)?;
        let start = k + 1;
        if start >= s.t1
            || !doc.is_word(k)
            || !openers.contains(&doc.w(k))
            || !doc.is_word(start) && !doc.is_quote_mark(start)
        {
            return None;
        }
        let end = content_end(doc, s, start);
        self.range_content(start, end)
    }

    /// "is said to", "it is believed that", "was reported to have": vague, with no source.
    pub(super) fn vague_passive(&mut self, si: usize, p: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let be = passive_start(doc, s.t0, p);
        let subject_it = be > s.body && doc.w(be - 1) == "it"
            || be > s.body + 1 && doc.w(be - 1) == "has" && doc.w(be - 2) == "it";
        let next = p + 1;
        let content = if subject_it
            && (doc.w(next) == "that"
                || doc.punct(next, &[':'])
                || clause_starts_at(doc, next, s.t1))
        {
            self.content_after(si, next)
        } else if doc.w(next) == "to"
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1))
        {
            let start = clause_start_before(doc, s, be);
            self.range_content(start, content_end(doc, s, next))
        } else if is_in(PASSIVES_WITH_AS, doc.w(p))
            && matches!(doc.w(next), "as" | "for")
            && be > s.body
            || is_in(PASSIVES_WITH_COMPLEMENT, doc.w(p))
                && doc.is_word(next)
                && !is_in(ADJUNCT_PREPOSITIONS, doc.w(next))
                && !matches!(doc.w(next), "to" | "that" | "by" | "and" | "or")
                && be > s.body
        {
            // "Clinton is seen as the favourite", "he was considered the front-runner": the
            // subject and what it is seen as.
            let start = clause_start_before(doc, s, be);
            self.range_content(start, content_end(doc, s, p + 1))
        } else {
            None
        };
        let Some(content) = content else { return };
        self.push_sourceless(be, p + 1, SourceKind::Vague, content);
    }

    /// "Maduro reportedly told Trump …": the whole clause rests on unnamed reports.
    pub(super) fn vague_adverb(&mut self, si: usize, r: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        // The clause the adverb is in: "Trump said *Maduro had reportedly agreed*".
        let start = (s.body..r)
            .rev()
            .find(|&j| {
                doc.w(j) == "that"
                    || doc.is_word(j)
                        && !doc.cap(j)
                        && cue_word(doc.w(j))
                            .is_some_and(|c| matches!(c.form, Form::Past | Form::Third))
            })
            .map_or(s.body, |j| j + 1);
        let Some(content) = self.range_content(start, content_end(doc, s, start)) else {
            return;
        };
        self.push_sourceless(r, r + 1, SourceKind::Vague, content);
    }

    /// "Asked whether he would run, Cruz said …", "When asked by reporters about …", "He was
    /// asked if …": the question is attributed to whoever asked it (the agent after "by", or
    /// no one). Returns true when it recorded one.
    pub(super) fn asked_preamble(&mut self, si: usize, c: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let opens = c == s.body
            || c == s.body + 1 && is_in(ASKED_OPENERS, doc.w(s.body))
            || c == s.body + 2
                && is_in(ASKED_OPENERS, doc.w(s.body))
                && doc.w(s.body + 1) == "being";
        let be = passive_start(doc, s.t0, c);
        if !opens && be == c {
            return false;
        }
        let mut k = c + 1;
        let mut source = None;
        if doc.w(k) == "by" {
            // The agent ends where the question starts ("by Ingraham *about* …").
            let stop = (k + 1..s.t1)
                .find(|&j| {
                    matches!(doc.w(j), "about" | "on" | "for" | "to")
                        || is_in(WH_WORDS, doc.w(j))
                        || doc.punct(j, &[',', ':'])
                })
                .unwrap_or(s.t1);
            source = source_after(doc, k + 1, stop, false);
            k = source.map_or(k + 1, |x| x.1);
        }
        // The question opens after adjuncts ("on Thursday"), before any comma.
        let opens_question = |j: usize| {
            let w = doc.w(j);
            is_in(WH_WORDS, w) && w != "which"
                || matches!(w, "about" | "to" | "for")
                || doc.punct(j, &[':'])
                || opens_quote(self.quotes, j)
        };
        let Some(q) = (k..s.t1.min(k + MAX_ADJUNCT_TOKENS))
            .take_while(|&j| !doc.punct(j, &[',', ';']))
            .find(|&j| opens_question(j))
        else {
            return false;
        };
        k = q;
        // A preamble ends at its comma; a passive runs to the end of the clause.
        let end = if opens {
            (k..s.t1).find(|&j| doc.punct(j, &[','])).unwrap_or(s.t1)
        } else {
            content_end(doc, s, k)
        };
        let start = if doc.punct(k, &[':']) { k + 1 } else { k };
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        let cue_start = if opens { c } else { be };
        match source {
            Some((ss, se)) => {
                let class = classify(doc, ss, se, s.body);
                self.push(cue_start, c + 1, Some((ss, se)), class, None, content);
            }
            None => self.push_sourceless(cue_start, c + 1, SourceKind::None, content),
        }
        true
    }
}

impl<'d, 'a> Finder<'d, 'a> {
    /// "Calling the plan a giveaway, the senator urged …", "After saying he would stay, Trump
    /// left": a participial clause of speech or stance opening the sentence shares the main
    /// clause's subject, which follows the clause's comma and comes before the main verb. The
    /// content runs from the cue's complement to that comma. Returns true when it recorded one.
    pub(super) fn opening_participle(&mut self, si: usize, c: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let opens = c == s.body
            || c == s.body + 1
                && doc.is_word(s.body)
                && is_in(PARTICIPLE_CLAUSE_OPENERS, doc.w(s.body));
        let Some(cue) = cue_word(doc.w(c)).filter(|w| w.form == Form::Ing) else {
            return false;
        };
        let verb = cue.verb;
        if !opens
            || verb.flags & (SPEECH | STANCE) == 0
            || verb.flags & (QUOTE_ONLY | ATTITUDE) != 0
        {
            return false;
        }
        let ce = c + 1;
        if is_in(SCENE_SETTING_PARTICIPLES, verb.lemma)
            || super::verbs::particle_tokens(doc, verb, ce).is_some()
            || verb.flags & PARTICLE != 0
        {
            return false;
        }
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1) else {
            return false;
        };
        // The first comma after the complement followed by a subject and its verb.
        let main = (comp.start + 1..s.t1)
            .take_while(|&j| !doc.punct(j, &[';', ':']))
            .filter(|&j| doc.punct(j, &[',']))
            .find_map(|j| {
                let mut k = j + 1;
                while k < s.t1 && doc.is_quote_mark(k) {
                    k += 1;
                }
                let (ss, se) = source_after(doc, k, s.t1, true)?;
                // A comma inside a quotation ("“a liar,” she …") ends the content after it.
                let end = if k > j + 1 { k } else { j };
                (se < s.t1 && opens_predicate(doc, se)).then_some((end, ss, se))
            });
        let Some((comma, ss, se)) = main else {
            return false;
        };
        let Some(class) = super::verbs::speaking_source(doc, verb, ss, se, ss) else {
            return false;
        };
        if class.not_a_source {
            return false;
        }
        let Some(content) = self.range_content(comp.start, comma) else {
            return false;
        };
        self.push(c, ce, Some((ss, se)), class, None, content);
        true
    }
}

/// True when a main clause's verb group opens at token `k`: a finite verb, an auxiliary, a
/// past form, or an adverb in "-ly" before one ("the senator *quickly urged* …").
fn opens_predicate(doc: &Doc, k: usize) -> bool {
    if !doc.is_word(k) || doc.cap(k) {
        return false;
    }
    let w = doc.w(k);
    doc.is_finite_at(k)
        || is_in(AUXILIARIES, w)
        || w.ends_with("ed")
        || cue_word(w).is_some_and(|c| matches!(c.form, Form::Past | Form::Third))
        || is_ly_adverb(w) && k + 1 < doc.toks.len() && opens_predicate(doc, k + 1)
}

/// True when the participle at `p` is passive: a form of "to be" before it ("is said",
/// "was quoted", "has been reported").
pub(super) fn is_passive(doc: &Doc, t0: usize, p: usize) -> bool {
    passive_start(doc, t0, p) < p
}

/// The first token of the passive verb group ending at participle `p` ("has been reported").
fn passive_start(doc: &Doc, t0: usize, p: usize) -> usize {
    let mut k = p;
    while k > t0 && p - k < 4 && is_in(PASSIVE_ADVERBS, doc.w(k - 1)) && doc.is_word(k - 1) {
        k -= 1;
    }
    if k > t0 && is_in(BE_FORMS, doc.w(k - 1)) && doc.is_word(k - 1) {
        // "it's said": the "s" after an apostrophe.
        if doc.w(k - 1) == "s"
            && !(k >= 3
                && doc.punct(k - 2, &['\'', '\u{2019}'])
                && matches!(doc.w(k - 3), "it" | "that" | "he" | "she"))
        {
            return p;
        }
        k -= 1;
        if doc.w(k) == "been" && k > t0 && matches!(doc.w(k - 1), "has" | "have" | "had") {
            k -= 1;
        }
        if doc.w(k) == "s" {
            k -= 1;
        }
        return k;
    }
    p
}
