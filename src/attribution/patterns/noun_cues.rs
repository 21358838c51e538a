//! Noun cues: a noun of saying, thinking or stance with its source and content.
//!
//! Why it exists: many attributions hang on a noun rather than a verb: "Trump's attacks on
//! him", "her decision to champion the merger", "allegations by aides that …", "made the claim
//! that …", "there are reports that …". The source is a possessor, a "by"-agent or the subject
//! of a light verb, and the content is the noun's complement.
//!
//! A stance noun attributes even when nobody holds it in the sentence ("*questions about* her
//! health", "*support for* the bill", "*allegations of* fraud"): PolNeAR counts each, with no
//! source. Without a holder a noun attributes only through the preposition that opens its
//! content: "support *for* the bill" is a stance, "support *in* Ohio" is not; "attacks *on*" is
//! too often a bombing to go without a holder, and "the support *of* voters" names the holder,
//! not the content. So the lexicon lists each noun with its prepositions.

use super::clauses::{skip_back_auxiliaries, MAX_AUXILIARY_TOKENS};
use super::content::{content_end, that_clause_end};
use super::verbs::source_opens_clause;
use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Relative pronouns that stand for the content of the cue after them ("*which* officials
/// said will …", "*what* Hale says his bill would do").
pub const GAP_PRONOUNS: &[&str] = &["which", "that", "who", "whom", "what"];

/// Nouns of saying, thinking and stance that attribute their complement to their possessor
/// ("Hale's *attacks* on her", "her *decision* to run", "his *complaints* that …").
pub const NOUN_CUES: &[&str] = &[
    "criticism",
    "criticisms",
    "attack",
    "attacks",
    "support",
    "opposition",
    "endorsement",
    "praise",
    "question",
    "questions",
    "call",
    "calls",
    "claim",
    "claims",
    "view",
    "views",
    "hope",
    "hopes",
    "fear",
    "fears",
    "plan",
    "plans",
    "promise",
    "promises",
    "pledge",
    "vow",
    "threat",
    "threats",
    "decision",
    "comments",
    "remarks",
    "concern",
    "concerns",
    "allegations",
    "accusations",
    "charges",
    "complaints",
    "warning",
    "warnings",
    "argument",
    "assertion",
    "suggestion",
    "insistence",
    "demand",
    "demands",
    "doubts",
    "refusal",
    "belief",
    "opinion",
    "position",
    "stance",
    "response",
    "proposal",
    "message",
    "announcement",
    "contention",
    "prediction",
    "denial",
    "admission",
    "defense",
    "defence",
    "rejection",
    "condemnation",
    "comment",
    "remark",
    "accusation",
    "allegation",
    "complaint",
    "assessment",
    "theory",
    "notion",
    "conclusion",
    "observation",
    "assurances",
    "acknowledgment",
];

/// Verbs (bases, and stems before "-ed" where the spelling doubles or changes) by which a
/// subject shows its own stance through a possessed noun ("*escalated* her criticism",
/// "*renewed* their support"): only these make the subject the holder of the pronoun's stance.
/// Receiving or handling someone else's stance ("received their support", "reviewed his
/// proposal") leaves the pronoun its own referent.
pub const OWN_STANCE_VERBS: &[&str] = &[
    "escalate",
    "signal",
    "signall",
    "share",
    "voice",
    "express",
    "reiterate",
    "renew",
    "soften",
    "step",
    "stepp",
    "withdraw",
    "withdrew",
    "drop",
    "dropp",
    "repeat",
    "restate",
    "reaffirm",
    "double",
    "make",
    "made",
    "offer",
    "pledge",
    "announce",
    "defend",
    "explain",
    "outline",
    "lay",
    "laid",
    "detail",
    "temper",
    "harden",
    "sharpen",
    "tone",
    "clarify",
    "clarifie",
    "air",
    "state",
    "change",
    "reverse",
    "register",
    "intensify",
    "intensifie",
    "ramp",
    "underscore",
    "emphasize",
    "emphasise",
    "stress",
    "spell",
];

/// Prepositions that open a noun cue's content ("criticism *of*", "attacks *on*").
pub const NOUN_CUE_PREPOSITIONS: &[&str] = &[
    "of", "on", "for", "about", "against", "over", "toward", "towards",
];

/// Noun cues that attribute a "that" clause even without a possessor ("*allegations* that …").
pub const SOURCELESS_NOUN_CUES: &[&str] = &[
    "allegations",
    "accusations",
    "charges",
    "claims",
    "concerns",
    "fears",
    "suggestions",
    "doubts",
    "hopes",
    "warnings",
    "complaints",
];

/// Stance nouns that attribute their complement with or without a holder, each with the
/// prepositions that open that complement. Singular and plural are listed apart: a form that
/// is more often something else ("charge", "demand") is left out.
pub const HOLDERLESS_NOUN_CUES: &[(&str, &[&str])] = &[
    ("question", &["about", "over"]),
    ("questions", &["about", "over"]),
    ("support", &["for"]),
    ("opposition", &["to", "against"]),
    ("criticism", &["of", "over", "for"]),
    ("criticisms", &["of", "over"]),
    ("concern", &["about", "over"]),
    ("concerns", &["about", "over"]),
    ("allegation", &["of", "against", "about"]),
    ("allegations", &["of", "against", "about"]),
    ("accusation", &["of", "against"]),
    ("accusations", &["of", "against"]),
    ("fear", &["of", "about", "over"]),
    ("fears", &["of", "about", "over"]),
    ("doubt", &["about", "over"]),
    ("doubts", &["about", "over", "on"]),
    ("call", &["for"]),
    ("calls", &["for"]),
    ("praise", &["for"]),
    ("condemnation", &["of"]),
    ("denunciation", &["of"]),
    ("denunciations", &["of"]),
    ("endorsement", &["for"]),
    ("endorsements", &["for"]),
    ("complaint", &["about", "over"]),
    ("complaints", &["about", "over"]),
    ("warning", &["about", "of", "against"]),
    ("warnings", &["about", "of", "against"]),
    ("claim", &["about"]),
    ("claims", &["of", "about"]),
    ("skepticism", &["about", "of", "over", "toward", "towards"]),
    ("scepticism", &["about", "of", "over", "toward", "towards"]),
    ("outrage", &["over", "at", "about"]),
    ("anger", &["over", "at", "about"]),
    ("objection", &["to"]),
    ("objections", &["to"]),
    ("debate", &["about", "over"]),
    ("controversy", &["about", "over"]),
    ("speculation", &["about", "over"]),
    ("enthusiasm", &["for", "about"]),
    ("disapproval", &["of"]),
    ("hostility", &["to", "toward", "towards"]),
    ("distrust", &["of"]),
    ("mistrust", &["of"]),
    ("suspicion", &["of", "about"]),
    ("suspicions", &["of", "about"]),
    ("rejection", &["of"]),
    ("embrace", &["of"]),
    ("frustration", &["with", "over", "at"]),
    ("dissatisfaction", &["with"]),
    ("disagreement", &["over", "about", "with"]),
    ("disagreements", &["over", "about"]),
    ("talk", &["about", "of"]),
];

/// Nouns of thought, stance and intention that attribute their complement only to a holder the
/// sentence names as possessor or as subject of a light verb ("*his* thoughts on", "*Trump's*
/// rhetoric about", "*her* commitment to"), each with the prepositions that open it. Without a
/// holder they are ordinary nouns ("the rhetoric on both sides").
pub const POSSESSED_NOUN_CUES: &[(&str, &[&str])] = &[
    ("thoughts", &["on", "about"]),
    ("response", &["to"]),
    ("reference", &["to"]),
    ("references", &["to"]),
    ("focus", &["on"]),
    ("case", &["for", "against"]),
    ("rhetoric", &["on", "about", "against", "toward", "towards"]),
    ("critique", &["of"]),
    ("critiques", &["of"]),
    ("adulation", &["of", "for"]),
    ("admiration", &["for", "of"]),
    ("contempt", &["for"]),
    ("disdain", &["for"]),
    ("affection", &["for"]),
    ("allegiance", &["to"]),
    ("loyalty", &["to"]),
    ("commitment", &["to"]),
    ("commitments", &["to"]),
    ("appeal", &["to", "for"]),
    ("appeals", &["to", "for"]),
    ("vision", &["for", "of"]),
    ("intention", &["of"]),
    ("intentions", &["for"]),
    ("desire", &["for"]),
    ("wish", &["for"]),
    ("ambitions", &["for"]),
    ("push", &["for"]),
    ("ideas", &["about", "on", "for"]),
    ("account", &["of"]),
    ("version", &["of"]),
    ("take", &["on"]),
    ("reaction", &["to"]),
    ("resistance", &["to"]),
    ("aversion", &["to"]),
];

/// Stance nouns whose "to" infinitive is attributed even with no holder ("a *pledge to*
/// remove them").
pub const HOLDERLESS_INFINITIVE_NOUN_CUES: &[&str] = &["pledge", "pledges", "promise", "vow"];

/// Nouns of will and intention that attribute their "to" infinitive to their possessor ("*his*
/// determination to act", "*her* reluctance to debate"); without a holder they are ordinary
/// nouns.
pub const POSSESSED_INFINITIVE_NOUN_CUES: &[&str] = &[
    "determination",
    "willingness",
    "unwillingness",
    "reluctance",
    "eagerness",
    "desire",
    "wish",
    "intention",
    "intentions",
    "ambition",
    "ambitions",
    "efforts",
    "readiness",
    "resolve",
];

/// The prepositions that open the content of a stance noun without a holder, or `None` when
/// `noun` is no such noun.
fn holderless_prepositions(noun: &str) -> Option<&'static [&'static str]> {
    HOLDERLESS_NOUN_CUES
        .iter()
        .find(|(n, _)| *n == noun)
        .map(|(_, preps)| *preps)
}

/// True when `prep` opens the content of the stance noun `noun` even with no holder
/// ("questions *about*", "opposition *to*").
fn opens_holderless_content(noun: &str, prep: &str) -> bool {
    holderless_prepositions(noun).is_some_and(|preps| preps.contains(&prep))
}

/// True when `prep` opens the content of the noun cue `noun` when a holder owns it: any
/// preposition of either table ("*his* commitment *to*", "*her* opposition *to*").
fn opens_possessed_content(noun: &str, prep: &str) -> bool {
    opens_holderless_content(noun, prep)
        || POSSESSED_NOUN_CUES
            .iter()
            .any(|(n, preps)| *n == noun && preps.contains(&prep))
}

/// True when `word` is a noun cue of any table: the read loop tries [`Finder::noun_cue`] on
/// it. Asked at every word of the text, so the tables' nouns are one hash set, built once,
/// rather than a scan of each table per word.
pub fn is_noun_cue_word(word: &str) -> bool {
    static NOUNS: std::sync::OnceLock<crate::text::hashing::FastSet<&'static str>> =
        std::sync::OnceLock::new();
    NOUNS
        .get_or_init(|| {
            let holderless = HOLDERLESS_NOUN_CUES.iter().map(|(n, _)| *n);
            let possessed = POSSESSED_NOUN_CUES.iter().map(|(n, _)| *n);
            NOUN_CUES
                .iter()
                .copied()
                .chain(holderless)
                .chain(possessed)
                .chain(POSSESSED_INFINITIVE_NOUN_CUES.iter().copied())
                .chain(HOLDERLESS_INFINITIVE_NOUN_CUES.iter().copied())
                .chain(RECEIVED_STANCE_NOUNS.iter().map(|(n, _)| *n))
                .collect()
        })
        .contains(word)
}

/// Words after which a noun phrase opens, besides determiners and prepositions ("questions
/// *and* doubts about", "*amid* fears of").
pub const NOUN_PHRASE_OPENERS: &[&str] = &[
    "and", "or", "amid", "about", "against", "despite", "than", "like", "into", "toward",
    "towards", "among", "as", "without", "within", "more", "less", "much", "such", "little",
];

/// Possessive pronouns that name the source of a noun cue ("*his* promise to …").
pub const POSSESSIVE_PRONOUNS: &[&str] = &["his", "her", "their", "its", "my", "our", "your"];

/// Verbs that put a noun cue in their subject's mouth ("Hale *made* comments about …", "the
/// senator *voiced* concern that …", "None of them *set out* a scheme to …"): the subject is the
/// source, the light verb opens the cue.
pub const LIGHT_VERBS: &[&str] = &[
    "made",
    "make",
    "makes",
    "making",
    "has",
    "have",
    "had",
    "expressed",
    "express",
    "expresses",
    "expressing",
    "voiced",
    "voice",
    "voices",
    "voicing",
    "raised",
    "raise",
    "raises",
    "raising",
    "issued",
    "issue",
    "issues",
    "offered",
    "offer",
    "offers",
    "took",
    "take",
    "takes",
    "taken",
    "gave",
    "give",
    "gives",
    "given",
    "renewed",
    "renew",
    "renews",
    "reiterated",
    "reiterates",
    "repeated",
    "repeats",
    "shared",
    "share",
    "shares",
    "leveled",
    "levelled",
    "levels",
    "lodged",
    "lodges",
    "sent",
    "sends",
    "outlined",
    "outlines",
    "unveiled",
    "unveils",
    "floated",
    "floats",
    "signaled",
    "signalled",
    "signals",
    "pledged",
    "pledges",
    "stated",
    "states",
    "held",
    "holds",
    "hold",
];

/// Light verbs that need a particle before their noun ("*laid out* a plan", "*set out* his
/// views"), with the particle.
pub const PARTICLE_LIGHT_VERBS: &[(&str, &str)] = &[
    ("laid", "out"),
    ("lays", "out"),
    ("lay", "out"),
    ("set", "out"),
    ("sets", "out"),
    ("spelled", "out"),
    ("spelt", "out"),
    ("put", "forward"),
    ("puts", "forward"),
];

/// Determiners between a light verb and its noun ("made *a* call", "raised *new* questions").
pub const LIGHT_VERB_DETERMINERS: &[&str] = &["a", "an", "the", "some", "no", "several", "more"];

/// Most words between a light verb and its noun cue ("made *an urgent* call for").
pub const MAX_LIGHT_VERB_GAP: usize = 3;

/// Words opening a clause that a noun cue takes whole, like a verb's content ("concern *that*
/// …", "questions about *whether* …").
pub const CLAUSE_COMPLEMENT_OPENERS: &[&str] = &["that", "whether", "how", "why", "what", "if"];

/// Longest content of a noun cue, in tokens.
pub const MAX_NOUN_CONTENT_TOKENS: usize = 25;

/// Stance nouns a subject receives from someone ("the bill *drew criticism* from farmers",
/// "she *won the backing* of the nurses"): the giver after the noun's "from" (or, for the
/// nouns of backing, "of") is the source, the subject the content. Each with the prepositions
/// that introduce the giver; "criticism *of* the plan" names its target, not its giver. PolNeAR
/// marks 17 of 21 such phrases with a giver; without one only about half, so none is read.
pub const RECEIVED_STANCE_NOUNS: &[(&str, &[&str])] = &[
    ("criticism", &["from"]),
    ("condemnation", &["from"]),
    ("ridicule", &["from"]),
    ("rebuke", &["from"]),
    ("rebukes", &["from"]),
    ("support", &["from", "of"]),
    ("backing", &["from", "of"]),
    ("endorsement", &["from", "of"]),
    ("endorsements", &["from", "of"]),
];

/// Past forms of the verbs of receiving that take a [`RECEIVED_STANCE_NOUNS`] noun ("*drew*
/// criticism", "*picked* up the endorsement"). Not the base and "-ing" forms: "to win support",
/// "receiving 20 percent support" are hopes and poll shares far more often than attributions.
pub const RECEIVING_VERBS: &[&str] = &[
    "drew",
    "drawn",
    "received",
    "won",
    "earned",
    "picked",
    "gotten",
    "got",
    "faced",
    "attracted",
    "garnered",
];

/// Most modifiers between a verb of receiving and its stance noun ("drew *sharp* criticism",
/// "received *the* backing").
pub const MAX_RECEIVED_NOUN_MODIFIERS: usize = 3;

/// Nouns of "there are reports that …".
pub const REPORT_NOUNS: &[&str] = &[
    "reports",
    "report",
    "rumors",
    "rumours",
    "rumor",
    "rumour",
    "speculation",
    "claims",
    "suggestions",
    "indications",
    "allegations",
    "fears",
    "concerns",
];

impl<'d, 'a> Finder<'d, 'a> {
    /// "Hale's attacks on her", "her decision to champion the merger", "his complaints that
    /// …", "allegations that …": a noun of saying, thinking or stance with its possessor as
    /// the source and its complement as the content. Returns true when it recorded one.
    pub(super) fn noun_cue(&mut self, si: usize, n: usize) -> bool {
        if self.received_stance(si, n) {
            return true;
        }
        let doc = self.doc;
        let s = &doc.sents[si];
        // The complement: "of", "on", "to" + verb, "that" …
        let next = n + 1;
        let nw = doc.w(next);
        // Only nouns of will take an infinitive ("her plan to", not "its turn to be heard").
        let infinitive = nw == "to"
            && (is_in(NOUN_CUES, doc.w(n))
                || is_in(POSSESSED_INFINITIVE_NOUN_CUES, doc.w(n))
                || is_in(HOLDERLESS_INFINITIVE_NOUN_CUES, doc.w(n)))
            && doc.is_word(next + 1)
            && !doc.cap(next + 1)
            && !is_in(DETERMINERS, doc.w(next + 1));
        // "The claim by the ministry that …": the agent after "by" is the source.
        if nw == "by" && doc.is_word(next) {
            return self.noun_cue_with_agent(si, n);
        }
        // "opposition *to* the deal": a noun whose own preposition is "to" takes no infinitive.
        let holderless = doc.is_word(next)
            && (opens_holderless_content(doc.w(n), nw)
                || infinitive && is_in(HOLDERLESS_INFINITIVE_NOUN_CUES, doc.w(n)));
        let (cue_end, start) = if is_in(NOUN_CUE_PREPOSITIONS, nw) && doc.is_word(next)
            || opens_possessed_content(doc.w(n), nw) && doc.is_word(next)
        {
            (next + 1, next + 1)
        } else if nw == "that" || infinitive {
            (next, next)
        } else {
            return false;
        };
        if start >= s.t1 || !doc.is_word(start) && !doc.is_quote_mark(start) {
            return false;
        }
        // The possessor: "his", "Trump's", "the group's", perhaps with an adjective between.
        let mut p = n;
        if p > s.body
            && doc.is_word(p - 1)
            && !doc.cap(p - 1)
            && !is_function_or_cue_word(doc.w(p - 1))
            && !is_in(POSSESSIVE_PRONOUNS, doc.w(p - 1))
            && !(doc.w(p - 1).ends_with('s')
                && !doc.w(p - 1).ends_with("ss")
                && !doc.w(p - 1).ends_with("ous"))
        {
            p -= 1;
        }
        let source = if p > s.body && is_in(POSSESSIVE_PRONOUNS, doc.w(p - 1)) && doc.is_word(p - 1)
        {
            Some(subject_owning_pronoun(doc, s, p - 1).unwrap_or((p - 1, p)))
        } else if p >= s.body + 3
            && doc.w(p - 1) == "s"
            && doc.punct(p - 2, &['\'', '\u{2019}'])
            && !doc.space_before(p - 2)
            // "he's heralded plans": "'s" after a pronoun is "has" or "is".
            && !is_in(SUBJECT_PRONOUNS, doc.w(p - 3))
            && !is_in(GAP_PRONOUNS, doc.w(p - 3))
            && !matches!(doc.w(p - 3), "there" | "here")
        {
            source_before(doc, s.body, p - 2)
                .map(|(ss, se)| (possessor_start(doc, ss, se), se))
                .filter(|&(ss, se)| ss < se)
        } else {
            None
        };
        if source.is_none() {
            if let Some(lv) = light_verb_before(doc, s.body, n) {
                if self.light_verb_noun_cue(si, lv, cue_end, start) {
                    return true;
                }
                if !holderless {
                    return false;
                }
            }
        }
        // "The mayor *claims* that …", "the council *hopes* that …": a verb after its subject.
        if source.is_none() && is_verb_after_subject(doc, s, n) {
            return false;
        }
        // The noun phrase must stand on its own in its clause, not in a prepositional phrase or
        // a list ("because of her past *and her backing* for …" is background).
        let np_start = source.map_or(p, |x| x.0);
        let stands_alone = np_start <= s.body
            || !doc.is_word(np_start - 1)
                && (doc.punct(np_start - 1, &[',', ';', ':', '—', '–', '('])
                    || doc.is_quote_mark(np_start - 1))
            || doc.is_word(np_start - 1)
                && !is_in(ADJUNCT_PREPOSITIONS, doc.w(np_start - 1))
                && !is_in(SOURCE_PREPOSITIONS, doc.w(np_start - 1))
                && !matches!(
                    doc.w(np_start - 1),
                    "and" | "or" | "nor" | "of" | "about" | "like" | "than"
                );
        // A stance with no holder counts wherever it stands ("the rise in support for …").
        let holderless_here = holderless && source.is_none();
        if !stands_alone && !holderless_here {
            return false;
        }
        let end = noun_cue_content_end(doc, s, start, np_start <= s.body && nw == "that");
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        match source {
            Some((ss, se)) => {
                let Some(class) = noun_cue_source_class(doc, ss, se, s.body) else {
                    return false;
                };
                self.push(n, cue_end, Some((ss, se)), class, None, content);
            }
            None if nw == "that" && is_in(SOURCELESS_NOUN_CUES, doc.w(n)) => {
                self.push_sourceless(n, cue_end, SourceKind::Vague, content)
            }
            None if holderless
                && (opens_noun_phrase(doc, s.body, p, n) || p < n && doc.is_finite_at(p)) =>
            {
                self.push_sourceless(n, cue_end, SourceKind::Vague, content)
            }
            None => return false,
        }
        true
    }

    /// "The bill drew sharp criticism from farmers", "Ray won the backing of the nurses": a
    /// verb of receiving and a stance noun, the giver after the noun's preposition as the source
    /// and the verb's subject as the content; the cue runs from the verb through the noun.
    /// Returns true when it recorded one.
    fn received_stance(&mut self, si: usize, n: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(&(_, givers)) = RECEIVED_STANCE_NOUNS.iter().find(|(w, _)| *w == doc.w(n)) else {
            return false;
        };
        if !(doc.is_word(n + 1) && is_in(givers, doc.w(n + 1))) {
            return false;
        }
        // Back over the noun's modifiers to the verb: "drew *sharp* criticism", not "drew 20
        // percent support" or "received emails expressing criticism".
        let mut v = n;
        while v > s.body && n - v <= MAX_RECEIVED_NOUN_MODIFIERS {
            v -= 1;
            let w = doc.w(v);
            if !doc.is_word(v) || doc.cap(v) {
                return false;
            }
            if is_in(RECEIVING_VERBS, w) || w == "up" && v > s.body && doc.w(v - 1) == "picked" {
                break;
            }
            let modifier = is_in(LIGHT_VERB_DETERMINERS, w)
                || is_in(POSSESSIVE_PRONOUNS, w)
                || !is_function_or_cue_word(w) && !is_number_word(w) && !w.ends_with("ing");
            if !modifier || w == "percent" {
                return false;
            }
        }
        if doc.w(v) == "up" {
            v -= 1;
        }
        if !is_in(RECEIVING_VERBS, doc.w(v)) || doc.w(v) == "picked" && doc.w(v + 1) != "up" {
            return false;
        }
        let Some((ss, se)) = source_after(doc, n + 2, s.t1, true) else {
            return false;
        };
        // "won the backing of *35 percent* of the delegates": a share of a poll gives no stance.
        if is_number_word(doc.w(ss)) || (ss..se).any(|k| doc.w(k) == "percent") {
            return false;
        }
        let Some(class) = noun_cue_source_class(doc, ss, se, s.body) else {
            return false;
        };
        // The content: the verb's subject, before its auxiliaries ("The bill *has* drawn").
        let back = skip_back_auxiliaries(doc, s.body, v);
        let Some((cs, ce)) = subject_of(doc, s, back) else {
            return false;
        };
        if ce > back || !source_opens_clause(doc, s, cs) {
            return false;
        }
        let Some(content) = self.range_content(cs, back) else {
            return false;
        };
        self.push(v, n + 1, Some((ss, se)), class, None, content);
        true
    }

    /// "The claim by the ministry that no civilians died", "the warning by the union that …": a
    /// noun cue opening its clause, its agent after "by" as the source, and the "that" clause
    /// (or a phrase of "of", "on", "about" … the agent does not swallow) after the agent as the
    /// content. Returns true when it recorded one.
    fn noun_cue_with_agent(&mut self, si: usize, n: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        // Only a noun phrase that opens its clause ("The claim by …", "…, allegations by …").
        let mut np = n;
        while np > s.body && np + MAX_AUXILIARY_TOKENS > n && doc.is_word(np - 1) {
            let w = doc.w(np - 1);
            if is_in(DETERMINERS, w) || !doc.cap(np - 1) && !is_function_or_cue_word(w) {
                np -= 1;
                if is_in(DETERMINERS, w) {
                    break;
                }
            } else {
                break;
            }
        }
        let opens = np <= s.body || doc.punct(np - 1, &[',', ';', ':', '—', '–']);
        if !opens {
            return false;
        }
        let Some((ss, se)) = source_after(doc, n + 2, s.t1, false) else {
            return false;
        };
        let nw = doc.w(se);
        let start = if nw == "that" && doc.is_word(se) {
            se
        } else if is_in(NOUN_CUE_PREPOSITIONS, nw) && doc.is_word(se) {
            se + 1
        } else {
            return false;
        };
        if start >= s.t1 || !doc.is_word(start) && !doc.is_quote_mark(start) {
            return false;
        }
        let class = classify(doc, ss, se, s.body);
        if class.not_a_source || class.pronoun {
            return false;
        }
        let end = noun_cue_content_end(doc, s, start, np <= s.body && nw == "that");
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        self.push(n, n + 2, Some((ss, se)), class, None, content);
        true
    }

    /// "Hale has made comments about …", "the senator voiced concern that …", "None of the
    /// three set out a scheme to …": a light verb and a noun cue, with the verb's subject as the
    /// source and the noun's complement (from token `start`) as the content; the cue runs from
    /// the light verb `lv` to `cue_end`. Returns true when it recorded one.
    fn light_verb_noun_cue(&mut self, si: usize, lv: usize, cue_end: usize, start: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut back = skip_back_auxiliaries(doc, s.body, lv);
        // "She's made plans": a contracted auxiliary.
        if back >= s.body + 3
            && doc.w(back - 1) == "s"
            && doc.punct(back - 2, &['\'', '\u{2019}'])
            && !doc.space_before(back - 2)
        {
            back -= 2;
        }
        if back <= s.body || !doc.is_word(back - 1) {
            return false;
        }
        // "Trump welcomed the vote and made comments about …": the sentence's subject.
        let source = if is_in(VERB_COORDINATORS, doc.w(back - 1)) {
            subject_of(doc, s, back - 1)
        } else if is_in(GAP_PRONOUNS, doc.w(back - 1)) {
            // "whom the senator has a plan to …", "which had …": no plain subject.
            return false;
        } else {
            source_before(doc, self.after_quoted_content(s, back), back)
        };
        let Some((ss, se)) = source else {
            return false;
        };
        if !source_opens_clause(doc, s, ss) {
            return false;
        }
        let Some(class) = noun_cue_source_class(doc, ss, se, s.body) else {
            return false;
        };
        let end = noun_complement_end(doc, s, start);
        let Some(content) = self.range_content(start, end) else {
            return false;
        };
        // "expressed support for": when the light verb is a cue of its own that took the noun
        // phrase as its content, the verb and the noun are one cue.
        if self
            .atts
            .last()
            .is_some_and(|a| a.cue_tok == lv && !a.continuation)
        {
            if let Some(q) = self.atts.pop().and_then(|a| a.quotation) {
                self.claimed[q] = content.quotation == Some(q);
            }
        }
        self.push(lv, cue_end, Some((ss, se)), class, None, content);
        true
    }

    /// "There are reports that …", "There is speculation that …".
    pub(super) fn there_are_reports(&mut self, si: usize, n: usize) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let mut b = n;
        while b > s.body
            && n - b < 6
            && (is_in(BE_FORMS, doc.w(b - 1))
                || matches!(
                    doc.w(b - 1),
                    "have"
                        | "has"
                        | "had"
                        | "widespread"
                        | "growing"
                        | "unconfirmed"
                        | "media"
                        | "press"
                        | "some"
                        | "persistent"
                ))
        {
            b -= 1;
        }
        if b == n || b == s.body || doc.w(b - 1) != "there" || doc.w(n + 1) != "that" {
            return;
        }
        let Some(content) = self.content_after(si, n + 1) else {
            return;
        };
        self.push_sourceless(b - 1, n + 1, SourceKind::Vague, content);
    }
}

/// True when `w` is a form of [`OWN_STANCE_VERBS`] ("escalated", "renews", "signalled").
fn is_own_stance_verb(w: &str) -> bool {
    is_in(OWN_STANCE_VERBS, w)
        || ["ed", "d", "es", "s"].iter().any(|suffix| {
            w.strip_suffix(suffix)
                .is_some_and(|base| is_in(OWN_STANCE_VERBS, base))
        })
}

/// The subject of the verb right before a possessive pronoun, when the pronoun is the
/// subject's own ("*Ms. Ray* escalated *her* criticism", "*The leaders* have signaled *their*
/// support"): the subject names the holder, where the pronoun only points at it. A singular
/// pronoun ("his", "her") never stands for a plural common noun ("the voters … her"); the
/// subject must end right before the verb and its auxiliaries, and be a source of its own
/// (else the pronoun stays).
fn subject_owning_pronoun(doc: &Doc, s: &Sent, pronoun: usize) -> Option<(usize, usize)> {
    let verb = pronoun.checked_sub(1)?;
    if verb <= s.body || !doc.is_finite_at(verb) || !is_own_stance_verb(doc.w(verb)) {
        return None;
    }
    let back = skip_back_auxiliaries(doc, s.body, verb);
    let (ss, se) = subject_of(doc, s, back)?;
    let last = doc.w(se - 1);
    let plural = !doc.cap(se - 1) && last.ends_with('s') && !last.ends_with("ss");
    let agrees = match doc.w(pronoun) {
        "his" | "her" => !plural,
        "their" | "its" => true,
        _ => false,
    };
    (se == back
        && agrees
        && source_opens_clause(doc, s, ss)
        && noun_cue_source_class(doc, ss, se, s.body).is_some())
    .then_some((ss, se))
}

/// Where a noun cue's content starting at `start` ends. A "that" clause of a noun opening the
/// sentence ends at the main clause's verb ("The senator's claim that the vote was rigged *drew*
/// criticism"); any other runs as a noun's complement does.
fn noun_cue_content_end(
    doc: &Doc,
    s: &Sent,
    start: usize,
    that_clause_opens_sentence: bool,
) -> usize {
    let end = noun_complement_end(doc, s, start);
    if that_clause_opens_sentence {
        that_clause_end(doc, start + 1, end)
    } else {
        end
    }
}

/// True when the noun phrase starting at token `p` (its noun at `n`) opens where a noun phrase may open, not
/// after a subject as a verb would ("*growing* support for", "*amid* questions about", "*The*
/// calls for", "there was talk about"; not "Trump *calls* for", "voters *fear* …").
fn opens_noun_phrase(doc: &Doc, body: usize, p: usize, n: usize) -> bool {
    if p <= body || !doc.is_word(p - 1) {
        return true;
    }
    let w = doc.w(p - 1);
    // "to *call* for", "to *talk* about": right after "to" the word is a verb ("to face
    // questions" has its verb between). After a verb it is the verb's object ("there was talk
    // about", "faces questions about").
    if w == "to" {
        return p < n;
    }
    is_in(DETERMINERS, w)
        || is_in(ADJUNCT_PREPOSITIONS, w)
        || is_in(NOUN_PHRASE_OPENERS, w)
        || is_in(BE_FORMS, w)
        || doc.is_finite_at(p - 1)
}

/// True when the noun cue at `n` is rather the third person of a cue verb after its subject
/// ("The mayor *claims* that", "He *promises* that", "the council *hopes* that", "Ann Ray,
/// meanwhile, *fears* that"): a phrase that names a source ends right before it (or before its
/// adverbs). "the growing *fears* that" has no source before it and stays a noun.
fn is_verb_after_subject(doc: &Doc, s: &Sent, n: usize) -> bool {
    if !cue_word(doc.w(n)).is_some_and(|c| c.form == Form::Third)
        || super::verbs::looks_like_a_noun(doc, n, Form::Third)
    {
        return false;
    }
    let back = skip_back_auxiliaries(doc, s.body, n);
    if back <= s.body || !doc.is_word(back - 1) {
        return false;
    }
    // "on *pledges*", "many *questions*", "*Growing* fears": a word that cannot end a subject.
    let last = doc.w(back - 1);
    if is_function_or_cue_word(last) && !is_in(SUBJECT_PRONOUNS, last)
        || !doc.cap(back - 1) && (last.ends_with("ing") || last.ends_with("ed"))
        || back - 1 == s.body
            && (last.ends_with("ing")
                || is_in(ADJUNCT_PREPOSITIONS, last)
                || is_in(NOUN_PHRASE_OPENERS, last)
                || is_in(ADVERBIAL_OPENERS, last))
    {
        return false;
    }
    source_before(doc, s.body, back).is_some_and(|(ss, se)| {
        se == back && {
            let class = classify(doc, ss, se, s.body);
            class.pronoun || !class.not_a_source
        }
    })
}

/// The kind of a noun cue's source `ss..se`: what [`classify`] says, except that a phrase it
/// rejects still names someone when it ends in a capitalised word ("Clinton's plan", "the
/// Sanders campaign's call"); `None` when it names nobody.
fn noun_cue_source_class(doc: &Doc, ss: usize, se: usize, body: usize) -> Option<SourceClass> {
    let class = classify(doc, ss, se, body);
    if class.pronoun || !class.not_a_source {
        Some(class)
    } else if doc.is_word(se - 1) && doc.cap(se - 1) {
        Some(SourceClass {
            kind: SourceKind::Named,
            not_a_source: false,
            ..class
        })
    } else {
        None
    }
}

/// Where a possessor read back from its "'s" really starts: after any verb or pronoun that
/// reading took in ("she abruptly canceled *Mr. Ray*'s plans").
fn possessor_start(doc: &Doc, ss: usize, se: usize) -> usize {
    (ss..se)
        .rev()
        .find(|&j| {
            doc.is_word(j)
                && !doc.cap(j)
                && (doc.is_finite_at(j)
                    || is_in(SUBJECT_PRONOUNS, doc.w(j))
                    || is_ly_adverb(doc.w(j))
                    // "canceled", not "the embattled".
                    || doc.w(j).ends_with("ed")
                        && !(j > ss && is_in(DETERMINERS, doc.w(j - 1))))
        })
        .map_or(ss, |j| j + 1)
}

/// The light verb before noun cue `n` ("*made* an urgent call", "*laid* out a plan"), with
/// at most [`MAX_LIGHT_VERB_GAP`] determiners and adjectives between, never before `lo`.
fn light_verb_before(doc: &Doc, lo: usize, n: usize) -> Option<usize> {
    let mut k = n;
    while k > lo && n - k <= MAX_LIGHT_VERB_GAP {
        let i = k - 1;
        if !doc.is_word(i) || doc.cap(i) {
            return None;
        }
        let w = doc.w(i);
        if is_in(LIGHT_VERBS, w) {
            // "had better plan to …" is a modal, not a plan.
            return (doc.w(i + 1) != "better").then_some(i);
        }
        if i > lo
            && PARTICLE_LIGHT_VERBS
                .iter()
                .any(|&(v, p)| p == w && doc.w(i - 1) == v && doc.is_word(i - 1))
        {
            return Some(i - 1);
        }
        // Determiners and adjectives may stand between; anything else ends the search.
        let between = is_in(LIGHT_VERB_DETERMINERS, w)
            || is_ly_adverb(w)
            || !is_function_or_cue_word(w) && !is_in(POSSESSIVE_PRONOUNS, w) && !w.ends_with("'s");
        if !between {
            return None;
        }
        k = i;
    }
    None
}

/// Where the complement of a noun cue starting at `k` ends: before the sentence's main verb
/// ("her promise to pave the road *were* …"), a comma or a new cue; a "that" clause keeps its
/// own first verb, and a clause opened by "that" or a wh-word runs like a verb's content
/// ("raised questions about *whether the foundation rewarded donors, …*").
fn noun_complement_end(doc: &Doc, s: &Sent, k: usize) -> usize {
    if doc.is_word(k) && is_in(CLAUSE_COMPLEMENT_OPENERS, doc.w(k)) {
        return content_end(doc, s, k);
    }
    let limit = content_end(doc, s, k).min(k + MAX_NOUN_CONTENT_TOKENS);
    // "his pledge *to remove* …": the infinitive's verb is its own.
    let mut own_verb = false;
    let mut j = if doc.w(k) == "to" { k + 2 } else { k + 1 };
    while j < limit {
        if doc.punct(j, &[',', ';', ':', '—', '–', '('])
            || doc.punct(j, &['-']) && doc.space_before(j)
        {
            return j;
        }
        // "a proposal for a treaty *that* would open …": a relative clause has its verb.
        if doc.is_word(j) && matches!(doc.w(j), "that" | "which" | "who") {
            own_verb = true;
        }
        // "his attacks on immigrants *and his* promise …": a new noun phrase of its own.
        if doc.w(j) == "and" && is_in(POSSESSIVE_PRONOUNS, doc.w(j + 1)) {
            return j;
        }
        // "union*-backed*": the second half of a compound is no verb.
        let compound = doc.punct(j - 1, &['-']) && !doc.space_before(j);
        let verb = doc.is_word(j)
            && !doc.cap(j)
            && !compound
            && (doc.is_finite_at(j)
                || cue_word(doc.w(j)).is_some_and(|c| matches!(c.form, Form::Past | Form::Third)));
        if verb {
            if !own_verb {
                return j;
            }
            own_verb = false;
        }
        j += 1;
    }
    limit
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_noun_is_listed_once_with_its_own_prepositions() {
        let all: Vec<_> = HOLDERLESS_NOUN_CUES
            .iter()
            .chain(POSSESSED_NOUN_CUES)
            .collect();
        for (i, (noun, preps)) in all.iter().enumerate() {
            assert!(!preps.is_empty(), "{noun} has no preposition");
            assert!(
                all[i + 1..].iter().all(|(n, _)| n != noun),
                "{noun} listed twice"
            );
        }
        for noun in POSSESSED_INFINITIVE_NOUN_CUES
            .iter()
            .chain(HOLDERLESS_INFINITIVE_NOUN_CUES)
        {
            assert!(
                !opens_possessed_content(noun, "to"),
                "{noun} takes an infinitive, not the preposition 'to'"
            );
        }
        assert!(opens_possessed_content("commitment", "to"));
        assert!(!opens_holderless_content("commitment", "to"));
        assert!(opens_holderless_content("support", "for"));
        assert!(!opens_holderless_content("support", "in"));
        assert!(!opens_holderless_content("attacks", "on"));
    }
}
