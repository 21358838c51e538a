//! Verb cues: a speech or thought verb with its source and content.
//!
//! Why it exists: most attributions in news copy hang on a verb ("said", "told", "argued"), and
//! the verb alone decides where to look: SOURCE CUE [that|:] CONTENT, “CONTENT,” CUE SOURCE,
//! CONTENT, SOURCE CUE, "…, saying that …", "… and said …", "NAME, who told …". This module
//! reads those shapes, and decides whether a word that looks like a cue verb is one ("the
//! *claims*", "*pledged* delegates", "he's *said*").

use super::clauses::skip_back_auxiliaries;
use super::content::{comma_closes_quote_before, content_end, nothing_but_adjuncts_after};
use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Third-person forms that are more often plural nouns: they attribute only with content
/// after them ("The letter *states* that …", not "… in five *states*.").
pub const NOUN_LIKE_THIRD_FORMS: &[&str] = &[
    "states",
    "reports",
    "claims",
    "notes",
    "posts",
    "comments",
    "plans",
    "hopes",
    "fears",
    "doubts",
    "demands",
    "answers",
    "replies",
    "remarks",
    "promises",
    "pledges",
    "vows",
    "points",
    "calls",
    "signals",
    "counters",
    "quotes",
    "tweets",
    "shows",
    "finds",
    "wishes",
    "statements",
    "responds",
    "proposes",
    "records",
    "supports",
    "attacks",
    "questions",
    "orders",
    "lists",
    "rules",
    "projects",
    "forecasts",
    "offers",
    "requests",
    "estimates",
    "labels",
    "brands",
    "credits",
    "champions",
    "views",
    "echoes",
    "emails",
    "chants",
    "favors",
    "favours",
    "thanks",
    "welcomes",
    "hails",
    "blasts",
    "likes",
    "aims",
    "declines",
    "disputes",
    "challenges",
    "talks",
    "fires",
    "pushes",
    "focuses",
    "hints",
    "guarantees",
    "backs",
    "votes",
    "blames",
    "slams",
    "praises",
    "rails",
    "retweets",
    "recounts",
    "highlights",
    "references",
    "mocks",
    "shares",
    "voices",
    "knocks",
    "addresses",
    "attributes",
    "sides",
    "campaigns",
    "fights",
    "puts",
    "looks",
    "presses",
    "faults",
    "rips",
    "paints",
    "objects",
    "singles",
    "regrets",
    "reads",
];

/// Speech verbs through which any common noun may speak ("the host said", "the woman
/// asked"); other verbs need a known kind of source ("the conflict threatens" is no claim).
pub const PLAIN_SPEECH_VERBS: &[&str] = &[
    "say",
    "tell",
    "add",
    "ask",
    "reply",
    "answer",
    "explain",
    "write",
    "insist",
    "argue",
    "continue",
    "warn",
    "recall",
    "respond",
    "shout",
    "chant",
    "whisper",
    "exclaim",
    "joke",
    "quip",
    "retort",
    "counter",
    "testify",
    "yell",
    "scream",
    "implore",
    "muse",
    "grumble",
    "interject",
    "confess",
    "marvel",
    "sigh",
    "laugh",
    "chuckle",
    "scoff",
    "gush",
    "fume",
    "groan",
];

/// Prepositions that end a subject's head noun ("*documents* from the agency show", "*polls*
/// in Ohio show"): a plural head before one makes the base form after the phrase a verb that
/// agrees with it.
pub const HEAD_ENDING_PREPOSITIONS: &[&str] = &["of", "from", "in", "on", "by", "among", "at"];

/// Words after which a new clause, and so a new subject, may start ("*what* critics called
/// …" opens a free relative whose subject speaks).
pub const CLAUSE_OPENERS: &[&str] = &[
    "what",
    "and",
    "but",
    "or",
    "nor",
    "yet",
    "so",
    "that",
    "which",
    "who",
    "whom",
    "because",
    "when",
    "while",
    "whereas",
    "if",
    "as",
    "after",
    "before",
    "since",
    "although",
    "though",
    "once",
    "until",
    "unless",
    "where",
    "then",
    "now",
    "also",
    "instead",
    "meanwhile",
    "however",
    "thus",
    "therefore",
    "still",
];

/// Most words of a quoted title glued to the source after it ("“Daily Show” host …").
pub const MAX_TITLE_WORDS_BEFORE_SOURCE: usize = 4;

/// Particles that turn a cue verb into another verb ("backed *off*", "called *up*", "shot
/// *down*") unless the verb lists them among its own particles.
pub const PHRASAL_PARTICLES: &[&str] = &["off", "down", "up"];

/// Endings of nouns naming people by what they do ("demonstrat*or*s", "bystand*er*",
/// "econom*ist*", "particip*ant*", "resid*ent*", "Republic*an*").
pub const AGENT_SUFFIXES: &[&str] = &["er", "or", "ist", "ant", "ent", "ian", "an"];

/// Base forms that are more often nouns: they attribute only after a modal, an auxiliary or
/// a pronoun, or with "that", a colon or a quote after them ("state officials said" is no cue).
pub const NOUN_LIKE_BASE_FORMS: &str = "\
    state report claim note post comment plan hope fear doubt demand answer reply remark promise \
    pledge vow point call signal counter quote tweet wish record show find caution joke want \
    know back support attack blame question order list rule project forecast offer request \
    estimate label brand credit champion view echo email chant favor favour thank welcome hail \
    mock slam blast dub like aim refuse decline dispute challenge tout vote talk fire shoot push \
    rail focus hint guarantee retweet recount praise highlight see regard defend embrace reject \
    express repeat discuss share voice knock address attribute accept side campaign fight put \
    look interpret fault rip reference paint object single regret";

/// Verbs that after "you" and before a pause are fillers of speech, not knowledge or
/// perception reported: "You *know*, when I became mayor …", "…, you *see*, …".
pub const FILLER_VERBS_AFTER_YOU: &[&str] = &["know", "see"];

/// Desire verbs whose first-person form performs the act its infinitive names rather than
/// reporting a desire: "I *want* to thank …", "I *want* you to know …".
pub const PERFORMATIVE_DESIRE_VERBS: &[&str] = &["want", "like", "wish"];

/// Acts of speech a first-person desire performs ("I want *to thank* my family", "we want
/// *to remind* you"); "know" only with someone to know it ("I want *you* to know"), since "I
/// want to know" is a desire.
pub const PERFORMED_INFINITIVES: &[&str] = &[
    "thank",
    "remind",
    "say",
    "tell",
    "know",
    "congratulate",
    "welcome",
    "acknowledge",
    "assure",
    "emphasize",
    "stress",
    "add",
    "apologize",
    "recognize",
];

/// Most tokens between a performative desire verb and its "to" ("want *voters in Maine* to").
pub const MAX_PERFORMATIVE_ADDRESSEE_TOKENS: usize = 5;

/// Prepositions that bring in whom one talks to before what about: "talked *to* reporters
/// about", "spoke *with* CNN about".
pub const ADDRESSEE_PREPOSITIONS: &[&str] = &["to", "with"];

/// Particles of a verb of talking that may follow its addressee ("spoke to CNN *about*"); not
/// "of", which goes on the addressee ("spoke to a gathering *of* leaders").
pub const TOPIC_PARTICLES: &[&str] = &["about"];

/// Base forms of cue verbs read only as nouns: "the Kremlin *press* secretary", "a *press*
/// conference"; the news media far more often than the verb, whose other forms stay cues
/// ("*pressed* Congress to act").
pub const NOUN_ONLY_BASE_FORMS: &[&str] = &["press"];

/// How the content must open for a common noun in no table to be the source of a speech or
/// evidence verb ("the fund predicted *that* …").
pub const THING_SOURCE_OPENINGS: &[Opening] = &[
    Opening::That,
    Opening::Colon,
    Opening::Quote,
    Opening::Clause,
];

/// What a speaker issues, sends or carries, whose participle speaks for the speaker: "His office
/// put out a *statement* saying …", "protesters carried *signs* reading …". The subject of the
/// verb before the phrase speaks, not the thing.
pub const UTTERANCE_VEHICLES: &[&str] = &[
    "statement",
    "statements",
    "letter",
    "letters",
    "release",
    "email",
    "emails",
    "e-mail",
    "memo",
    "tweet",
    "tweets",
    "post",
    "video",
    "ad",
    "ads",
    "advertisement",
    "sign",
    "signs",
    "poster",
    "posters",
    "banner",
    "banners",
    "placards",
    "speech",
    "op-ed",
    "petition",
];

/// Particles between a verb and the thing it issues ("put *out* a statement", "pasted *up*
/// posters").
pub const ISSUING_PARTICLES: &[&str] = &["out", "up"];

/// Passive participles that, after "asked (not) to be", make a request for anonymity, not
/// content: "a senior official, who asked not to be *named*, said …".
pub const ANONYMITY_PARTICIPLES: &[&str] = &["named", "identified", "quoted"];

/// Verbs right after a time word that show a cue in the past form was a participle of a
/// thing before it ("The merger announced Monday *would* create …"): the thing is the subject
/// of this verb, not a speaker.
pub const VERBS_AFTER_A_PARTICIPLE: &[&str] = &[
    "would", "will", "could", "can", "should", "may", "might", "must",
];

/// Most time words read between a participle and the verb after it ("announced *last
/// Monday* would").
pub const MAX_PARTICIPLE_TIME_WORDS: usize = 3;

/// Verbs of aspect before a cue's infinitive, which leave the act to their subject: "The
/// mayor *continued to* question …", "the senator *began to* portray …", "she *proceeded to*
/// list …". The cue reads as if the aspect verb were an auxiliary ("the mayor continued to
/// question" as "the mayor questioned"), with the cue's own frame; the "-ing" forms stay with
/// the participle readings ("…, going on to say").
pub const ASPECT_VERBS: &[&str] = &[
    "continue",
    "continues",
    "continued",
    "begin",
    "begins",
    "began",
    "begun",
    "start",
    "starts",
    "started",
    "proceed",
    "proceeds",
    "proceeded",
];

/// Stances that are states rather than acts, left out after a verb of aspect: "He continued to
/// *support* the rebels" says he still backs them, not that he said so (PolNeAR marks none of
/// them after "continued to", "went on to").
pub const STATES_AFTER_ASPECT: &[&str] = &[
    "support", "back", "endorse", "favor", "favour", "oppose", "embrace", "prefer",
];

/// Forms of "go" that with "on" are verbs of aspect too: "The senator *went on to* attack the
/// plan …".
pub const ASPECT_VERBS_WITH_ON: &[&str] = &["go", "goes", "went", "gone"];

/// Words that may stand before a participial cue (", *adding* that", "before *adding*").
pub const PARTICIPLE_OPENERS: &[&str] = &[
    "and", "while", "before", "after", "when", "by", "also", "further", "later", "then", "from",
    "without", "but",
];

impl<'d, 'a> Finder<'d, 'a> {
    /// SOURCE CUE … / “…,” CUE SOURCE / CONTENT, SOURCE CUE / …, saying that …
    pub(super) fn cue_verb(&mut self, si: usize, c: usize, cue: CueWord) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let verb = cue.verb;
        let mut ce = c + 1;
        if let Some(n) = particle_tokens(doc, verb, ce) {
            ce += n;
        } else if let Some(n) = addressed_particle(doc, verb, ce, s.t1) {
            ce += n;
        } else if is_in(PARTICLE_AFTER_IT, verb.lemma)
            && doc.w(ce) == "it"
            && is_in(verb.particles, doc.w(ce + 1))
        {
            ce += 2;
        } else if verb.flags & PARTICLE != 0 {
            return;
        }
        // "who asked not to be named": a request for anonymity says nothing.
        let anonymity_at = if doc.w(ce) == "not" { ce + 1 } else { ce };
        if doc.w(anonymity_at) == "to"
            && doc.w(anonymity_at + 1) == "be"
            && is_in(ANONYMITY_PARTICIPLES, doc.w(anonymity_at + 2))
        {
            return;
        }
        let aspect = (cue.form == Form::Base)
            .then(|| aspect_before(doc, s.body, c))
            .flatten();
        if aspect.is_some() && is_in(STATES_AFTER_ASPECT, verb.lemma) {
            return;
        }
        let back = skip_back_auxiliaries(doc, s.body, aspect.unwrap_or(c));
        if is_speech_filler(doc, s, c) || performs_speech(doc, s, verb, back, ce) {
            return;
        }
        if cue.form == Form::Ing {
            let prev = back.checked_sub(1);
            let progressive = (back..c).any(|p| is_in(BE_FORMS, doc.w(p)) && doc.is_word(p));
            if !progressive {
                let participial = c == s.body
                    || prev.is_some_and(|p| {
                        doc.punct(p, &[',', ';', '—', '–']) || is_in(PARTICIPLE_OPENERS, doc.w(p))
                    })
                    || comma_closes_quote_before(doc, back);
                if participial {
                    self.shared_subject(si, c, ce, verb);
                } else {
                    self.reduced_relative(si, c, ce, verb, back);
                }
                return;
            }
        }
        if cue.form == Form::Base && c > 0 && doc.w(c - 1) == "to" && aspect.is_none() {
            // "He went out of his way *to say* that …", "continues *to insist* she will …": the
            // sentence's subject speaks; not "it is hard to say whether …" nor "is to say".
            if let Some(subject) = self.infinitive_speech_subject(si, c, ce, verb) {
                self.forward_only(si, c, ce, verb, subject);
            }
            return;
        }
        // "Trump welcomed the vote and said …": the sentence's subject speaks.
        if back > s.body && doc.is_word(back - 1) && is_in(VERB_COORDINATORS, doc.w(back - 1)) {
            self.shared_subject(si, c, ce, verb);
            return;
        }
        // "Sen. Ada Moss (D-Ore.), who told …": the antecedent of "who" speaks; so does a
        // noun's before a relative "that" ("voters *that* said they …", "a message that said").
        let relative_that = back > s.body + 1
            && doc.w(back - 1) == "that"
            && doc.is_word(back - 2)
            && !is_function_or_cue_word(doc.w(back - 2))
            && !doc.is_finite_at(back - 2)
            && verb.flags & SPEECH != 0
            && verb.flags & (STANCE | ATTITUDE) == 0
            && complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(
                    k.opening,
                    Opening::That | Opening::Clause | Opening::Quote | Opening::Colon
                )
            });
        // "new figures, which showed that …", "the group, which said it had …": the
        // antecedent of "which" speaks through a verb of speech or evidence with a clause.
        if back > s.body + 1
            && doc.w(back - 1) == "which"
            && doc.is_word(back - 1)
            && verb.flags & SPEECH != 0
            && verb.flags & (STANCE | ATTITUDE | QUOTE_ONLY) == 0
        {
            self.which_antecedent(si, c, ce, verb, back - 1);
            return;
        }
        if back > s.body + 1 && doc.w(back - 1) == "who" || relative_that {
            if let Some((ss, se)) = antecedent_before(doc, s, back - 1) {
                self.forward_only(si, c, ce, verb, (ss, se));
            }
            return;
        }
        let inverted_shape =
            back <= s.body || doc.punct(back - 1, &[',', '—', '–']) || doc.is_quote_mark(back - 1);
        // "Teachers — and some parents — say": a dash that closes an aside after the source.
        let closes_dash_aside = back > s.body + 1
            && doc.punct(back - 1, &['—', '–'])
            && doc.space_before(back - 1)
            && (s.body + 1..back - 1).any(|k| doc.punct(k, &['—', '–']) && doc.space_before(k));
        let source =
            if !inverted_shape || back > s.body && doc.punct(back - 1, &[',']) || closes_dash_aside
            {
                source_before(doc, self.after_quoted_content(s, back), back)
            } else {
                None
            };
        let Some((ss, se)) = source else {
            if inverted_shape && verb.flags & SPEECH != 0 {
                self.inverted(si, c, ce, back, verb);
            }
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body)
            .or_else(|| self.thing_reporting(s, verb, ss, se, ce))
        else {
            return;
        };
        if cue.form == Form::Past && self.participle_of_a_thing(s, ss, se, ce) {
            return;
        }
        if verb.flags & STANCE != 0 && !source_opens_clause(doc, s, ss) {
            return;
        }
        if cue.form == Form::Base
            && is_in_joined(NOUN_LIKE_BASE_FORMS, doc.w(c))
            && !base_form_is_a_verb(doc, ss, back, c)
            && !nothing_but_adjuncts_after(doc, verb, ce, s.t1)
        {
            let strong = complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(k.opening, Opening::That | Opening::Colon | Opening::Quote)
            });
            if !strong {
                return;
            }
        }
        // "which officials said will take hold in May", "(which her deputy defended)": the
        // relative pronoun stands for the content, with the clause left after the cue.
        if let Some(content) = self.relative_gap_content(si, ss, verb, ce) {
            self.push(c, ce, Some((ss, se)), class, None, content);
            return;
        }
        // “A,” Putin said, “B.”: the quote before the source is the content; the one after
        // continues it.
        let quote_before = if closes_quote_before(doc, self.quotes, ss)
            && !self.quote_in_opening_adjunct(si, ss, verb, ce)
        {
            self.content_before(si, ss)
        } else {
            None
        };
        // A bare object is content only when the source is the clause's subject ("the laws
        // *proposed* during Nixon's term" is no attribution of the laws).
        let comp = complement(doc, self.quotes, verb, ce, s.t1)
            .filter(|k| k.opening != Opening::Object || source_opens_clause(doc, s, ss));
        let content = match (quote_before, comp) {
            (Some(c), _) => Some(self.with_resumed_content(si, c, verb, ce)),
            (None, Some(comp)) => self.content_after_cue(si, c, comp),
            (None, _) if ss > s.body && doc.w(ss - 1) == "as" && doc.is_word(ss - 1) => {
                // "…, as The Ledger reported on Monday, she has …" / "…, as Ray reported."
                let after = skip_adjuncts(doc, ce, s.t1);
                if doc.punct(after, &[',']) && content_end(doc, s, after + 1) > after + 1 {
                    self.content_after(si, after + 1)
                } else {
                    let mut e = ss - 1;
                    while e > s.body && doc.punct(e - 1, &[',', '—', '–']) {
                        e -= 1;
                    }
                    if e > s.body {
                        self.range_content(s.body, e)
                    } else {
                        None
                    }
                }
            }
            (None, None) if self.colon_ends_paragraph(verb, ce, s.t1) => {
                self.next_paragraph(s.para)
            }
            (None, None) => {
                // "in battleground states, …": a plural noun, not a verb without content.
                // "…, a new poll *shows*.", "…, the newspaper El Diario *reports*.": a document
                // after a comma reports what stands before.
                let document_after_comma = ss > s.body
                    && doc.punct(ss - 1, &[','])
                    && (ss..se).any(|k| is_in(DOCUMENT_HEADS, doc.w(k)));
                if !nothing_but_adjuncts_after(doc, verb, ce, s.t1)
                    || cue.form == Form::Third
                        && is_in(NOUN_LIKE_THIRD_FORMS, doc.w(c))
                        && !document_after_comma
                {
                    return;
                }
                match self.content_before(si, ss) {
                    Some(c) if self.is_bare_adverbial(&c) => {
                        let c = self.with_resumed_content(si, c, verb, ce);
                        (c.ranges.len() > 1).then_some(c)
                    }
                    Some(c) => Some(self.with_resumed_content(si, c, verb, ce)),
                    None if ss <= s.body => self.quote_of_previous_sentence(si),
                    None => None,
                }
            }
        };
        let Some(mut content) = content else { return };
        if verb.flags & QUOTE_ONLY != 0 && content.quotation.is_none() {
            // "The crowd chanted “Build the wall!” as Trump spoke": the quotation alone.
            let Some(Some(MarkRole::Open(q))) = comp.map(|k| self.quotes.roles.get(k.start)) else {
                return;
            };
            let q = *q as usize;
            content = Content {
                ranges: self.quotes.list[q].ranges(),
                kind: "direct",
                quotation: Some(q),
            };
        }
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// Where a source before token `back` may start: right after a quotation that closes with
    /// a comma ("“…,” *Nate Silver, the guru who founded the site,* tweeted"), so that the
    /// source's apposition is read from its name; else the sentence's body.
    pub(super) fn after_quoted_content(&self, s: &Sent, back: usize) -> usize {
        let doc = self.doc;
        let close = (s.body..back)
            .rev()
            .find(|&k| matches!(self.quotes.roles[k], MarkRole::Close(_)))
            .filter(|&p| !self.quote_inside_phrase(s, p));
        match close {
            Some(p)
                if doc.close_mark_start(p) > s.body
                    && doc.punct(doc.close_mark_start(p) - 1, &[',']) =>
            {
                p + 1
            }
            Some(p) if p + 1 < back && doc.punct(p + 1, &[',']) => p + 2,
            _ => s.body,
        }
    }

    /// True when the quotation closing at token `p` opened right after a word of the sentence
    /// ("the co-author of “Paper Boats,” said"): a title inside the source phrase, not quoted
    /// content before it.
    fn quote_inside_phrase(&self, s: &Sent, p: usize) -> bool {
        let doc = self.doc;
        let MarkRole::Close(n) = self.quotes.roles[p] else {
            return false;
        };
        let Some(open) = self
            .quotes
            .list
            .get(n as usize)
            .and_then(|q| q.pieces.iter().find(|pc| pc.close_tok == Some(p)))
            .map(|pc| pc.open_tok)
        else {
            return false;
        };
        open > s.body && doc.is_word(open - 1)
    }

    /// A common noun in no table as the source of a speech or evidence verb that takes a clause:
    /// "the fund predicted that …", "a lab trial indicated it was …". Only as the subject opening
    /// its clause, and only with a clause, "that", a colon or a quote after the cue, so that "the
    /// laws proposed during his term" stays no attribution.
    fn thing_reporting(
        &self,
        s: &Sent,
        verb: &CueVerb,
        ss: usize,
        se: usize,
        ce: usize,
    ) -> Option<SourceClass> {
        let doc = self.doc;
        if !source_opens_clause(doc, s, ss) {
            return None;
        }
        self.thing_class(s, verb, ss, se, ce)
    }

    /// The class of a thing `ss..se` that reports through a speech verb with a clause ("the
    /// memo states that …"): its fallback kind, when the words after the cue open with "that",
    /// a clause, a quote or a colon; `None` for any other verb or opening.
    fn thing_class(
        &self,
        s: &Sent,
        verb: &CueVerb,
        ss: usize,
        se: usize,
        ce: usize,
    ) -> Option<SourceClass> {
        let doc = self.doc;
        let speech_with_clause = verb.flags & (SPEECH | CLAUSE) == SPEECH | CLAUSE
            && verb.flags & (ATTITUDE | STANCE) == 0;
        if !speech_with_clause {
            return None;
        }
        let class = classify(doc, ss, se, s.body);
        let kind = class.fallback.filter(|_| class.not_a_source)?;
        let opening = complement(doc, self.quotes, verb, ce, s.t1)?.opening;
        THING_SOURCE_OPENINGS
            .contains(&opening)
            .then_some(SourceClass {
                kind,
                not_a_source: false,
                ..class
            })
    }

    /// "new figures, which showed that …": the phrase before "which" (at `which`) is the
    /// source when the words open with "that", a clause, a quote or a colon
    /// ([`THING_SOURCE_OPENINGS`]); its class is the one a subject gets, through
    /// [`speaking_source`] (a person or an institution) or, for a thing, through the speech
    /// verbs of [`Self::thing_class`].
    fn which_antecedent(
        &mut self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
        which: usize,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some((ss, se)) = antecedent_before(doc, s, which) else {
            return;
        };
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1)
            .filter(|k| THING_SOURCE_OPENINGS.contains(&k.opening))
        else {
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body)
            .or_else(|| self.thing_class(s, verb, ss, se, ce))
        else {
            return;
        };
        if let Some(content) = self.content_after_cue(si, c, comp) {
            self.push(c, ce, Some((ss, se)), class, None, content);
        }
    }

    /// "The merger announced Monday would create …": a past form after a thing, followed by
    /// time words and a modal, is a participle describing the thing, which is the modal's
    /// subject; a person before it still speaks ("Trump said Monday would be the deadline").
    fn participle_of_a_thing(&self, s: &Sent, ss: usize, se: usize, ce: usize) -> bool {
        let doc = self.doc;
        let mut j = ce;
        while j < s.t1
            && j < ce + MAX_PARTICIPLE_TIME_WORDS
            && doc.is_word(j)
            && (is_time_word(doc.w(j)) || is_weekday_or_month(doc.w(j)))
        {
            j += 1;
        }
        j > ce
            && doc.is_word(j)
            && is_in(VERBS_AFTER_A_PARTICIPLE, doc.w(j))
            && classify(doc, ss, se, s.body).not_a_source
    }

    /// “CONTENT,” CUE SOURCE — "“…“, said the diplomat in an interview".
    fn inverted(&mut self, si: usize, c: usize, ce: usize, back: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let after = skip_adjuncts(doc, ce, s.t1);
        let Some((ss, se)) = source_after(doc, after, s.t1, true) else {
            return;
        };
        // "…, say they feel that way": a pronoun with words after it opens a clause.
        if is_in(SUBJECT_PRONOUNS, doc.w(ss)) && doc.is_word(ss + 1) {
            return;
        }
        // "…, said the campaign had raised …": a clause, not an inverted source.
        if doc.is_word(se)
            && !doc.cap(se)
            && (is_finite_word(doc.w(se))
                || cue_word(doc.w(se)).is_some_and(|w| matches!(w.form, Form::Past | Form::Third)))
        {
            return;
        }
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let content = if back <= s.body {
            self.quote_of_previous_sentence(si)
        } else {
            self.content_before(si, back)
        };
        let Some(content) = content else { return };
        let content = self.with_resumed_content(
            si,
            content,
            &CueVerb {
                flags: verb.flags & !ADDRESSEE,
                ..*verb
            },
            se,
        );
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// "…, saying that …", "… and said that …": the source of the attribution just before in
    /// the sentence, or the sentence's subject, speaks.
    fn shared_subject(&mut self, si: usize, c: usize, ce: usize, verb: &'static CueVerb) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1) else {
            return;
        };
        let here = doc.toks[c].start;
        // The latest attribution of the sentence before the cue that no other one holds ("She
        // said she *planned* to go, and said …": "planned" is inside her content).
        let in_sentence: Vec<&Att> = self
            .atts
            .iter()
            .rev()
            .take_while(|a| a.cue.is_none_or(|(cs, _)| cs >= s.start))
            .filter(|a| a.cue.is_some_and(|(cs, _)| cs < here))
            .collect();
        let nested = |a: &Att| {
            in_sentence.iter().any(|b| {
                a.cue
                    .is_some_and(|(cs, _)| b.content.iter().any(|&(x, y)| x <= cs && cs < y))
            })
        };
        // One with no source ("Asked whether …, the governor smiled and said") leaves the
        // sentence's subject to speak.
        let subject_speaks = || {
            subject_of(doc, s, c)
                .and_then(|(ss, se)| speaking_source(doc, verb, ss, se, s.body))
                .is_some()
        };
        let earlier = in_sentence
            .iter()
            .find(|a| !nested(a))
            .filter(|a| a.source.is_some() || !subject_speaks())
            .map(|a| (*a).clone());
        if let Some(prev) = earlier {
            let Some(content) = self.content_after_cue(si, c, comp) else {
                return;
            };
            let mut att = self.make(c, ce, None, content);
            att.source = prev.source;
            att.relative = prev.relative;
            att.speaker = prev.speaker;
            att.source_kind = prev.source_kind;
            att.via = prev.via;
            att.para = s.para;
            self.atts.push(att);
            return;
        }
        let Some((ss, se)) = subject_of(doc, s, c) else {
            return;
        };
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let Some(content) = self.content_after_cue(si, c, comp) else {
            return;
        };
        self.push(c, ce, Some((ss, se)), class, None, content);
    }

    /// The subject whose words a speech cue in the infinitive ("to say", "to argue") reports: a clause, "that", a quote or a colon follows, and the subject is no
    /// expletive ("*it* is too soon to say") and no "be" stands before "to" ("this *is* to say").
    fn infinitive_speech_subject(
        &self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
    ) -> Option<(usize, usize)> {
        let doc = self.doc;
        let s = &doc.sents[si];
        if verb.flags & SPEECH == 0
            || verb.flags & CLAUSE == 0
            || verb.flags & (STANCE | ATTITUDE | QUOTE_ONLY) != 0
            || c < s.body + 2
            || is_in(BE_FORMS, doc.w(c - 2))
            || !complement(doc, self.quotes, verb, ce, s.t1).is_some_and(|k| {
                matches!(k.opening, Opening::That | Opening::Quote | Opening::Colon)
                    || k.opening == Opening::Clause && is_in(INFINITIVE_CLAUSE_CUES, verb.lemma)
            })
        {
            return None;
        }
        let (ss, se) = subject_of(doc, s, c)?;
        // "The mayor *continues* to insist": a present verb read into the subject ends it.
        let se = se.min(c - 2);
        (se > ss && !is_in(EXPLETIVE_SUBJECTS, doc.w(ss))).then_some((ss, se))
    }

    /// "with traders saying a weak harvest will …": the phrase right before speaks.
    fn reduced_relative(
        &mut self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
        back: usize,
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        if back <= s.body || !doc.is_word(back - 1) || back != c {
            return;
        }
        let Some((ss, se)) = source_before(doc, s.body, back) else {
            return;
        };
        let source = self.issuer(s, (ss, se)).unwrap_or((ss, se));
        self.forward_only(si, c, ce, verb, source);
    }

    /// "His office put out a statement saying …", "Moss delivered a speech blaming …": when
    /// the phrase before a participle is a thing a speaker issues, and it is the object of a
    /// verb other than a cue, the phrase before that verb speaks.
    fn issuer(&self, s: &Sent, (ss, se): (usize, usize)) -> Option<(usize, usize)> {
        let doc = self.doc;
        if ss <= s.body + 1 {
            return None;
        }
        (ss..se).find(|&k| doc.is_word(k) && !doc.cap(k) && is_in(UTTERANCE_VEHICLES, doc.w(k)))?;
        let mut v = ss - 1;
        // "put out", "pasted up": the particle marks the word before as a verb.
        let particle = doc.is_word(v) && is_in(ISSUING_PARTICLES, doc.w(v)) && v > s.body + 1;
        if particle {
            v -= 1;
        }
        if !(doc.is_finite_at(v) || particle && doc.is_word(v) && !doc.cap(v)) {
            return None;
        }
        // "wrote a letter … asking": a cue verb is an attribution of its own, holding this one
        // ("put" is one only in "as he put it").
        if cue_word(doc.w(v)).is_some_and(|c| c.verb.flags & PARTICLE == 0) {
            return None;
        }
        let back = skip_back_auxiliaries(doc, s.body, v);
        if back <= s.body {
            return None;
        }
        source_before(doc, s.body, back)
            .or_else(|| subject_of(doc, s, back).filter(|&(a, b)| a < b && b <= back))
    }

    /// A source already found, and content that must follow the cue.
    fn forward_only(
        &mut self,
        si: usize,
        c: usize,
        ce: usize,
        verb: &'static CueVerb,
        (ss, se): (usize, usize),
    ) {
        let doc = self.doc;
        let s = &doc.sents[si];
        let Some(class) = speaking_source(doc, verb, ss, se, s.body) else {
            return;
        };
        let Some(comp) = complement(doc, self.quotes, verb, ce, s.t1) else {
            return;
        };
        let Some(content) = self.content_after_cue(si, c, comp) else {
            return;
        };
        self.push(c, ce, Some((ss, se)), class, None, content);
    }
}

/// Where a verb of aspect and its "to" start before a base form at `c` ("The mayor *continued
/// to* question", "the senator *went on to* attack"), or `None` when none stands there.
fn aspect_before(doc: &Doc, lo: usize, c: usize) -> Option<usize> {
    if c < lo + 2 || doc.w(c - 1) != "to" || !doc.is_word(c - 2) || doc.cap(c - 2) {
        return None;
    }
    if is_in(ASPECT_VERBS, doc.w(c - 2)) {
        return Some(c - 2);
    }
    (c >= lo + 3
        && doc.w(c - 2) == "on"
        && doc.is_word(c - 3)
        && !doc.cap(c - 3)
        && is_in(ASPECT_VERBS_WITH_ON, doc.w(c - 3)))
    // `then`, not `then_some`: the argument of `then_some` is computed even when the test fails,
    // and `c - 3` underflows for a cue two words into the text.
    .then(|| c - 3)
}

/// True for "you know" or "you see" before a pause ("You *know*, …", "…, you *know*."): a
/// filler of speech.
fn is_speech_filler(doc: &Doc, s: &Sent, c: usize) -> bool {
    c > s.t0
        && doc.w(c - 1) == "you"
        && doc.is_word(c - 1)
        && is_in(FILLER_VERBS_AFTER_YOU, doc.w(c))
        && (c + 1 >= s.t1 || doc.punct(c + 1, &[',', '—', '–', '.', '?', '!']))
}

/// True for a first-person desire that performs an act of speech ("I want to thank …", "I want
/// you to know …"): the speaker thanks or tells, no desire is reported. `back` is where the
/// verb group starts, `ce` where the cue ends.
fn performs_speech(doc: &Doc, s: &Sent, verb: &CueVerb, back: usize, ce: usize) -> bool {
    if !is_in(PERFORMATIVE_DESIRE_VERBS, verb.lemma)
        || back <= s.t0
        || !matches!(doc.w(back - 1), "i" | "we")
    {
        return false;
    }
    let limit = (ce + MAX_PERFORMATIVE_ADDRESSEE_TOKENS + 1).min(s.t1);
    let Some(to) = (ce..limit)
        .take_while(|&k| doc.is_word(k))
        .find(|&k| doc.w(k) == "to")
    else {
        return false;
    };
    let act = doc.w(to + 1);
    is_in(PERFORMED_INFINITIVES, act) && (act != "know" || to > ce)
}

/// "talked *to reporters about*", "spoke *with CNN about*": how many tokens the addressee and
/// the topic particle after it take at token `k`, for a verb that needs its particle; PolNeAR's
/// cue holds them all. `None` when no addressee and topic particle stand there.
fn addressed_particle(doc: &Doc, verb: &CueVerb, k: usize, end: usize) -> Option<usize> {
    if verb.flags & PARTICLE == 0 || !doc.is_word(k) || !is_in(ADDRESSEE_PREPOSITIONS, doc.w(k)) {
        return None;
    }
    let (_, b) = addressee(doc, k + 1, end, false)?;
    let topic = doc.w(b);
    (doc.is_word(b) && is_in(TOPIC_PARTICLES, topic) && is_in(verb.particles, topic))
        .then_some(b + 1 - k)
}

/// How many tokens one of `verb`'s particles takes at token `k` ("*after*", "*out at*", "*aim
/// at*"), the first that matches in the order listed; `None` when none stands there.
pub(super) fn particle_tokens(doc: &Doc, verb: &CueVerb, k: usize) -> Option<usize> {
    // "has argued *for years* that …": a duration, not the particle.
    if duration_end(doc, k, doc.toks.len()).is_some() {
        return None;
    }
    verb.particles.iter().find_map(|p| {
        let mut n = 0;
        for w in p.split(' ') {
            if !doc.is_word(k + n) || doc.w(k + n) != w {
                return None;
            }
            n += 1;
        }
        Some(n)
    })
}

/// True for a participle after a person's contracted "has" ("she’s *said* the rules …", "he's
/// *argued* that …"), not a passive ("he's *said* to be …") nor a possessive ("Trump’s *claims*").
pub(super) fn is_contracted_has(doc: &Doc, i: usize) -> bool {
    i >= 3
        && doc.w(i - 1) == "s"
        && doc.punct(i - 2, &['\'', '\u{2019}'])
        && !doc.space_before(i - 2)
        && !doc.space_before(i - 1)
        && is_in(HAS_CONTRACTING_PRONOUNS, doc.w(i - 3))
        && cue_word(doc.w(i)).is_some_and(|c| c.form == Form::Past)
        && !matches!(doc.w(i + 1), "to" | "by" | "as")
}

/// True when a cue word is used as a noun or adjective: "the said document", "a told story",
/// "the reports", "in fear", "Reports say".
pub(super) fn looks_like_a_noun(doc: &Doc, i: usize, form: Form) -> bool {
    let prev = i.checked_sub(1);
    let prev_word = prev.map_or("", |p| doc.w(p));
    if form == Form::Base && is_in(NOUN_ONLY_BASE_FORMS, doc.w(i)) {
        return true;
    }
    let quantifier_ok = form != Form::Third
        && (matches!(
            prev_word,
            "that" | "all" | "both" | "some" | "many" | "most" | "others" | "few"
        ) || is_number_word(prev_word));
    if prev.is_some_and(|p| doc.is_word(p))
        && (is_in(DETERMINERS, prev_word) && !quantifier_ok
            || prev_word == "s"
                && prev.is_some_and(|p| p > 0 && doc.punct(p - 1, &['\'', '\u{2019}'])))
    {
        return true;
    }
    if matches!(form, Form::Base | Form::Third)
        && is_in(ADJUNCT_PREPOSITIONS, prev_word)
        && prev_word != "to"
    {
        return true;
    }
    if form == Form::Third
        && (doc.is_finite_at(i + 1) && !is_adjectival_participle(doc, i + 1)
            || cue_word(doc.w(i + 1)).is_some_and(|c| c.form != Form::Ing && !doc.cap(i + 1)))
    {
        return true;
    }
    // "in the states *that vote* by mail": a relative clause after a plural noun; not after a
    // document, "it" or a person, which say *that* ("the study shows that …"; "he answers
    // that question" keeps "that" a determiner).
    let subject_before = prev.is_some_and(|p| {
        doc.is_word(p)
            && (is_in(DOCUMENT_HEADS, prev_word) || prev_word == "it" || doc.mention(p).is_some())
    });
    if form == Form::Third
        && !subject_before
        && is_in(NOUN_LIKE_THIRD_FORMS, doc.w(i))
        && doc.w(i + 1) == "that"
        && doc.is_word(i + 2)
        && !doc.cap(i + 2)
        && !is_in(DETERMINERS, doc.w(i + 2))
        && !is_in(SUBJECT_PRONOUNS, doc.w(i + 2))
        && !is_number_word(doc.w(i + 2))
    {
        return true;
    }
    // "270 *pledged* delegates": a participle between a number and its noun.
    if form == Form::Past
        && prev.is_some_and(|p| doc.is_word(p) && prev_word.chars().all(|c| c.is_ascii_digit()))
        && doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && !is_function_or_cue_word(doc.w(i + 1))
    {
        return true;
    }
    // "backed *off*", "backed *down*": a phrasal verb of another meaning.
    if doc.is_word(i + 1)
        && is_in(PHRASAL_PARTICLES, doc.w(i + 1))
        && !is_in(
            cue_word(doc.w(i)).map_or(&[][..], |c| c.verb.particles),
            doc.w(i + 1),
        )
    {
        return true;
    }
    false
}

/// True when a base form at `c` follows a modal, an auxiliary, a subject pronoun or a plural
/// noun ("we *want*", "would *state*", "did not *know*", "opponents *claim*"), or when the
/// source `ss..back` is a plural head with an "of" phrase ("*backers* of the plan *hope*"):
/// the verb agrees with the head, so the singular noun before it does not make it a noun.
fn base_form_is_a_verb(doc: &Doc, ss: usize, back: usize, c: usize) -> bool {
    let prev = doc.w(back.wrapping_sub(1));
    let is_plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    let plural_head_of = (ss + 1..back)
        .find(|&k| is_in(HEAD_ENDING_PREPOSITIONS, doc.w(k)) && doc.is_word(k))
        .is_some_and(|k| doc.is_word(k - 1) && is_plural(doc.w(k - 1)));
    back < c
        || back > 0
            && doc.is_word(back - 1)
            && (is_in(SUBJECT_PRONOUNS, prev) || is_in(AUXILIARIES, prev) || is_plural(prev))
        || plural_head_of
}

/// True when a closing quotation mark (and perhaps a comma) stands right before token `s`.
fn closes_quote_before(doc: &Doc, quotes: &Quotations, s: usize) -> bool {
    let mut p = s;
    while p > 0 && doc.punct(p - 1, &[',']) {
        p -= 1;
    }
    // "“Night Desk” host Ann Ray said": a short title glued to the source modifies it.
    if p == s && p > 0 {
        if let MarkRole::Close(q) = quotes.roles[p - 1] {
            let open = quotes.list[q as usize].first_tok();
            let words = (open..p).filter(|&k| doc.is_word(k)).count();
            let ends_clause = doc.punct(p - 2, &[',', '.', '!', '?']);
            if words <= MAX_TITLE_WORDS_BEFORE_SOURCE && !ends_clause {
                return false;
            }
        }
    }
    p > 0 && matches!(quotes.roles[p - 1], MarkRole::Close(_))
        || p > 1 && doc.punct(p - 1, &[',']) && matches!(quotes.roles[p - 2], MarkRole::Close(_))
}

/// True when the source phrase starting at `ss` is the subject that opens its clause: at the
/// sentence's start, after punctuation, a conjunction, a relative pronoun or a time adjunct
/// ("On Tuesday, *Clinton* criticized", "… and *Cruz* endorsed"); not the object of another verb
/// ("formed *a group* called …").
pub(super) fn source_opens_clause(doc: &Doc, s: &Sent, ss: usize) -> bool {
    if ss <= s.body {
        return true;
    }
    let p = ss - 1;
    if !doc.is_word(p) {
        return doc.punct(p, &[',', ';', ':', '—', '–', '(', '-']) || doc.is_quote_mark(p);
    }
    let w = doc.w(p);
    // "*Have* you talked about …?": an auxiliary opening a question.
    if p == s.body && is_in(FINITE_VERBS, w) {
        return true;
    }
    is_in(CLAUSE_OPENERS, w)
        || is_in(LEADING_ADVERBS, w)
        || is_time_word(w)
        || is_number_word(w)
        || is_ly_adverb(w)
}

/// The source class of a phrase before a cue verb, or `None` when it cannot speak: an
/// unknown common noun speaks only through a speech verb ("the host said"), never through an
/// attitude ("the conflict threatens"), and documents hold no attitudes.
pub(super) fn speaking_source(
    doc: &Doc,
    verb: &CueVerb,
    ss: usize,
    se: usize,
    clause_start: usize,
) -> Option<SourceClass> {
    let class = classify(doc, ss, se, clause_start);
    // "The *demonstrators* intend to …": an agent noun in no table is a person all the same.
    let agent = is_agent_noun(doc.w(crate::attribution::sources::head_of(doc, ss, se).0));
    if verb.flags & ATTITUDE != 0 && (class.not_a_source && !agent || is_document(doc, ss, se)) {
        return None;
    }
    if class.not_a_source {
        let kind = class
            .fallback
            .filter(|_| is_in(PLAIN_SPEECH_VERBS, verb.lemma) || agent)?;
        return Some(SourceClass {
            kind,
            not_a_source: false,
            ..class
        });
    }
    Some(class)
}

/// True for a noun naming people by what they do ("demonstrators", "a bystander",
/// "economist", "Republican").
fn is_agent_noun(w: &str) -> bool {
    let stem = w.strip_suffix('s').filter(|x| x.len() > 3).unwrap_or(w);
    stem.len() > 4 && AGENT_SUFFIXES.iter().any(|suffix| stem.ends_with(suffix))
}

/// The antecedent of a relative pronoun at `rel` ("Cruz*,* who says", "new figures*,* which
/// showed"): the source phrase before it, without the comma that sets the clause off.
fn antecedent_before(doc: &Doc, s: &Sent, rel: usize) -> Option<(usize, usize)> {
    let mut e = rel;
    if e > s.body && doc.punct(e - 1, &[',']) {
        e -= 1;
    }
    source_before(doc, s.body, e)
}
