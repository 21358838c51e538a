//! The cue lexicon, and the grammar of what may follow a cue.
//!
//! Why it exists: the cue ("said", "told", "according to", "believes") is the hinge of every
//! attribution, and most cue verbs also have other uses. "Lukashenko maintained on Thursday his
//! second meeting" is not a claim: *maintain* attributes only when a clause, "that", a quote or a
//! colon follows. Each verb in [`CUE_VERBS`] therefore states, as flags, what it accepts after
//! it: an addressee ("told *reporters*"), a bare object ("denied *the allegations*"), a "to"
//! infinitive ("plans *to leave*"), an embedded question ("asked *whether*"). [`complement`]
//! reads what follows a cue against those flags, skipping adverbs and adjuncts ("said *in a
//! statement on Thursday* that"), and says where the content starts.

use crate::text::hashing::FastMap;
use std::sync::OnceLock;

use super::quotes::{MarkRole, Quotations};
use super::words::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// The cue may follow a quote and its source ("“…,” *said* the diplomat"), and content may stand
/// before it ("The vote was fair, he *said*.").
pub const SPEECH: u16 = 1;
/// A clause, "that", a quote or a colon may follow as content.
pub const CLAUSE: u16 = 1 << 1;
/// A bare noun phrase after the cue is content ("denied *the report*").
pub const OBJECT: u16 = 1 << 2;
/// A "to" infinitive is content ("claimed *to have won*", "plans *to leave*").
pub const INFINITIVE: u16 = 1 << 3;
/// An addressee may follow before the content ("told *Reuters* that", "urged *him* to").
pub const ADDRESSEE: u16 = 1 << 4;
/// The addressee is required: "told" alone is not a cue ("a told story").
pub const NEEDS_ADDRESSEE: u16 = 1 << 5;
/// An embedded question is content ("asked *whether*", "explained *why*").
pub const QUESTION: u16 = 1 << 6;
/// "of"/"about"/"against" opens the content ("warned *of* consequences").
pub const ABOUT: u16 = 1 << 7;
/// Only a quote or a colon may go with it ("“…,” he *continued*").
pub const QUOTE_ONLY: u16 = 1 << 8;
/// A particle must follow ("pointed *out* that", "called *for*").
pub const PARTICLE: u16 = 1 << 9;
/// A belief, desire or intention rather than speech: needs a person-like source.
pub const ATTITUDE: u16 = 1 << 10;
/// "so" is content ("We hope *so*", "he said *so*").
pub const SO: u16 = 1 << 11;
/// A stance toward someone or something (support, opposition, praise, blame, naming): the
/// source must be the subject that opens its clause ("*Clinton* criticized …"), so that "a
/// group *called* Kontra-Kultur" or "the plan *backed* by unions" is no attribution.
pub const STANCE: u16 = 1 << 12;
/// Content only with "as" after the object ("*see* Clinton *as* the heir", "*regards* it as").
pub const AS_ONLY: u16 = 1 << 13;
/// After one of its particles a bare noun phrase is content ("asked *for* a recount", "argued
/// *for* a tax cut"), though not right after the verb ("asked Clinton" says nothing): the
/// particle joins the cue and no addressee is read after it.
pub const PARTICLE_OBJECT: u16 = 1 << 14;

/// One cue verb: its lemma, its forms and what it accepts.
#[derive(Debug, Clone, Copy)]
pub struct CueVerb {
    /// The base form.
    pub lemma: &'static str,
    /// Third person singular present.
    pub third: &'static str,
    /// Simple past.
    pub past: &'static str,
    /// Past participle (often the same as the past).
    pub participle: &'static str,
    /// Gerund / present participle.
    pub ing: &'static str,
    /// What may follow: a union of the flags above.
    pub flags: u16,
    /// Particles that join the cue when they follow it ("called *for*", "talked *about*"); one
    /// of them must follow when [`PARTICLE`] is set. A particle may be several words ("lashed
    /// *out at*", "took *aim at*"): the first listed that matches is read, so longer ones come
    /// first.
    pub particles: &'static [&'static str],
}

const fn v(
    lemma: &'static str,
    third: &'static str,
    past: &'static str,
    participle: &'static str,
    ing: &'static str,
    flags: u16,
) -> CueVerb {
    CueVerb {
        lemma,
        third,
        past,
        participle,
        ing,
        flags,
        particles: &[],
    }
}

/// A verb that is a cue only with one of its particles ("point *out*", "talk *about*").
const fn vp(
    lemma: &'static str,
    third: &'static str,
    past: &'static str,
    ing: &'static str,
    particles: &'static [&'static str],
    flags: u16,
) -> CueVerb {
    CueVerb {
        lemma,
        third,
        past,
        participle: past,
        ing,
        flags: flags | PARTICLE,
        particles,
    }
}

/// A verb whose particles, when present, join the cue ("called *for*"; "called X a liar").
const fn vo(
    lemma: &'static str,
    third: &'static str,
    past: &'static str,
    ing: &'static str,
    particles: &'static [&'static str],
    flags: u16,
) -> CueVerb {
    CueVerb {
        lemma,
        third,
        past,
        participle: past,
        ing,
        flags,
        particles,
    }
}

/// The cue verbs, in all their forms. Speech verbs first, then attitudes.
#[rustfmt::skip]
pub const CUE_VERBS: &[CueVerb] = &[
    v("say", "says", "said", "said", "saying", SPEECH | CLAUSE | OBJECT | SO),
    v("tell", "tells", "told", "told", "telling", SPEECH | CLAUSE | ADDRESSEE | NEEDS_ADDRESSEE | INFINITIVE | QUESTION | SO),
    v("add", "adds", "added", "added", "adding", SPEECH | CLAUSE),
    v("warn", "warns", "warned", "warned", "warning", SPEECH | CLAUSE | ADDRESSEE | ABOUT | INFINITIVE),
    vo("argue", "argues", "argued", "arguing", &["for", "against"], SPEECH | CLAUSE | PARTICLE_OBJECT),
    v("insist", "insists", "insisted", "insisted", "insisting", SPEECH | CLAUSE),
    v("acknowledge", "acknowledges", "acknowledged", "acknowledged", "acknowledging", SPEECH | CLAUSE | OBJECT),
    v("deny", "denies", "denied", "denied", "denying", SPEECH | CLAUSE | OBJECT),
    v("claim", "claims", "claimed", "claimed", "claiming", SPEECH | CLAUSE | OBJECT | INFINITIVE),
    v("write", "writes", "wrote", "written", "writing", SPEECH | CLAUSE),
    v("tweet", "tweets", "tweeted", "tweeted", "tweeting", SPEECH | CLAUSE | OBJECT),
    v("post", "posts", "posted", "posted", "posting", SPEECH | CLAUSE),
    v("state", "states", "stated", "stated", "stating", SPEECH | CLAUSE),
    v("note", "notes", "noted", "noted", "noting", SPEECH | CLAUSE),
    v("explain", "explains", "explained", "explained", "explaining", SPEECH | CLAUSE | QUESTION),
    v("emphasize", "emphasizes", "emphasized", "emphasized", "emphasizing", SPEECH | CLAUSE | OBJECT),
    v("emphasise", "emphasises", "emphasised", "emphasised", "emphasising", SPEECH | CLAUSE | OBJECT),
    v("stress", "stresses", "stressed", "stressed", "stressing", SPEECH | CLAUSE | OBJECT),
    v("underline", "underlines", "underlined", "underlined", "underlining", SPEECH | CLAUSE),
    v("underscore", "underscores", "underscored", "underscored", "underscoring", SPEECH | CLAUSE | OBJECT),
    v("assure", "assures", "assured", "assured", "assuring", SPEECH | CLAUSE | ADDRESSEE),
    v("reassure", "reassures", "reassured", "reassured", "reassuring", SPEECH | CLAUSE | ADDRESSEE),
    v("announce", "announces", "announced", "announced", "announcing", SPEECH | CLAUSE | OBJECT),
    v("report", "reports", "reported", "reported", "reporting", SPEECH | CLAUSE | OBJECT),
    v("declare", "declares", "declared", "declared", "declaring", SPEECH | CLAUSE),
    v("reiterate", "reiterates", "reiterated", "reiterated", "reiterating", SPEECH | CLAUSE | OBJECT),
    v("reply", "replies", "replied", "replied", "replying", SPEECH | CLAUSE),
    vo("respond", "responds", "responded", "responding", &["to"], SPEECH | CLAUSE | OBJECT),
    v("answer", "answers", "answered", "answered", "answering", SPEECH | CLAUSE),
    vo("ask", "asks", "asked", "asking", &["for"], SPEECH | ADDRESSEE | QUESTION | INFINITIVE | ABOUT | PARTICLE_OBJECT),
    v("urge", "urges", "urged", "urged", "urging", SPEECH | CLAUSE | ADDRESSEE | INFINITIVE | OBJECT),
    v("suggest", "suggests", "suggested", "suggested", "suggesting", SPEECH | CLAUSE | OBJECT),
    v("admit", "admits", "admitted", "admitted", "admitting", SPEECH | CLAUSE | OBJECT),
    v("confirm", "confirms", "confirmed", "confirmed", "confirming", SPEECH | CLAUSE | OBJECT),
    v("maintain", "maintains", "maintained", "maintained", "maintaining", SPEECH | CLAUSE),
    v("remind", "reminds", "reminded", "reminded", "reminding", SPEECH | CLAUSE | ADDRESSEE | NEEDS_ADDRESSEE | ABOUT),
    v("contend", "contends", "contended", "contended", "contending", SPEECH | CLAUSE),
    v("assert", "asserts", "asserted", "asserted", "asserting", SPEECH | CLAUSE),
    v("allege", "alleges", "alleged", "alleged", "alleging", SPEECH | CLAUSE | OBJECT),
    v("concede", "concedes", "conceded", "conceded", "conceding", SPEECH | CLAUSE),
    v("conclude", "concludes", "concluded", "concluded", "concluding", SPEECH | CLAUSE),
    v("recall", "recalls", "recalled", "recalled", "recalling", SPEECH | CLAUSE | OBJECT | QUESTION),
    v("reveal", "reveals", "revealed", "revealed", "revealing", SPEECH | CLAUSE | QUESTION),
    v("disclose", "discloses", "disclosed", "disclosed", "disclosing", SPEECH | CLAUSE | QUESTION),
    v("predict", "predicts", "predicted", "predicted", "predicting", SPEECH | CLAUSE | OBJECT),
    v("promise", "promises", "promised", "promised", "promising", SPEECH | CLAUSE | ADDRESSEE | INFINITIVE | OBJECT),
    v("vow", "vows", "vowed", "vowed", "vowing", SPEECH | CLAUSE | INFINITIVE),
    v("pledge", "pledges", "pledged", "pledged", "pledging", SPEECH | CLAUSE | INFINITIVE | OBJECT),
    v("threaten", "threatens", "threatened", "threatened", "threatening", SPEECH | CLAUSE | INFINITIVE | ATTITUDE),
    v("demand", "demands", "demanded", "demanded", "demanding", SPEECH | CLAUSE | OBJECT | INFINITIVE),
    v("propose", "proposes", "proposed", "proposed", "proposing", SPEECH | CLAUSE | INFINITIVE | OBJECT),
    v("recommend", "recommends", "recommended", "recommended", "recommending", SPEECH | CLAUSE | OBJECT),
    v("observe", "observes", "observed", "observed", "observing", SPEECH | CLAUSE),
    v("remark", "remarks", "remarked", "remarked", "remarking", SPEECH | CLAUSE),
    v("mention", "mentions", "mentioned", "mentioned", "mentioning", SPEECH | CLAUSE | OBJECT),
    vo("comment", "comments", "commented", "commenting", &["on"], SPEECH | CLAUSE | OBJECT),
    v("testify", "testifies", "testified", "testified", "testifying", SPEECH | CLAUSE),
    v("inform", "informs", "informed", "informed", "informing", SPEECH | CLAUSE | ADDRESSEE | NEEDS_ADDRESSEE | ABOUT),
    v("indicate", "indicates", "indicated", "indicated", "indicating", SPEECH | CLAUSE),
    v("signal", "signals", "signaled", "signaled", "signaling", SPEECH | CLAUSE),
    v("signal", "signals", "signalled", "signalled", "signalling", SPEECH | CLAUSE),
    v("caution", "cautions", "cautioned", "cautioned", "cautioning", SPEECH | CLAUSE | ADDRESSEE | ABOUT),
    v("complain", "complains", "complained", "complained", "complaining", SPEECH | CLAUSE | ABOUT),
    v("boast", "boasts", "boasted", "boasted", "boasting", SPEECH | CLAUSE | ABOUT),
    v("joke", "jokes", "joked", "joked", "joking", SPEECH | CLAUSE),
    v("counter", "counters", "countered", "countered", "countering", SPEECH | CLAUSE),
    v("retort", "retorts", "retorted", "retorted", "retorting", SPEECH | CLAUSE),
    v("affirm", "affirms", "affirmed", "affirmed", "affirming", SPEECH | CLAUSE),
    v("reaffirm", "reaffirms", "reaffirmed", "reaffirmed", "reaffirming", SPEECH | CLAUSE | OBJECT),
    v("clarify", "clarifies", "clarified", "clarified", "clarifying", SPEECH | CLAUSE | QUESTION),
    v("accuse", "accuses", "accused", "accused", "accusing", SPEECH | OBJECT | STANCE),
    v("continue", "continues", "continued", "continued", "continuing", SPEECH | QUOTE_ONLY),
    v("shout", "shouts", "shouted", "shouted", "shouting", SPEECH | QUOTE_ONLY),
    v("exclaim", "exclaims", "exclaimed", "exclaimed", "exclaiming", SPEECH | CLAUSE),
    v("whisper", "whispers", "whispered", "whispered", "whispering", SPEECH | QUOTE_ONLY),
    v("quip", "quips", "quipped", "quipped", "quipping", SPEECH | CLAUSE),
    v("yell", "yells", "yelled", "yelled", "yelling", SPEECH | QUOTE_ONLY),
    v("scream", "screams", "screamed", "screamed", "screaming", SPEECH | QUOTE_ONLY),
    v("implore", "implores", "implored", "implored", "imploring", SPEECH | CLAUSE | ADDRESSEE | INFINITIVE),
    v("muse", "muses", "mused", "mused", "musing", SPEECH | CLAUSE),
    v("grumble", "grumbles", "grumbled", "grumbled", "grumbling", SPEECH | CLAUSE | ABOUT),
    v("interject", "interjects", "interjected", "interjected", "interjecting", SPEECH | CLAUSE),
    v("confess", "confesses", "confessed", "confessed", "confessing", SPEECH | CLAUSE),
    v("marvel", "marvels", "marveled", "marveled", "marveling", SPEECH | CLAUSE),
    v("sigh", "sighs", "sighed", "sighed", "sighing", SPEECH | QUOTE_ONLY),
    v("laugh", "laughs", "laughed", "laughed", "laughing", SPEECH | QUOTE_ONLY),
    v("chuckle", "chuckles", "chuckled", "chuckled", "chuckling", SPEECH | QUOTE_ONLY),
    v("scoff", "scoffs", "scoffed", "scoffed", "scoffing", SPEECH | QUOTE_ONLY),
    v("gush", "gushes", "gushed", "gushed", "gushing", SPEECH | QUOTE_ONLY),
    v("fume", "fumes", "fumed", "fumed", "fuming", SPEECH | QUOTE_ONLY),
    v("groan", "groans", "groaned", "groaned", "groaning", SPEECH | QUOTE_ONLY),
    v("wonder", "wonders", "wondered", "wondered", "wondering", SPEECH | QUESTION),
    // The wording of a text: "the letter *read*: …", "“…,” *read* the sign"; only with a
    // quote or a colon ("read the report" is no attribution).
    v("read", "reads", "read", "read", "reading", SPEECH | CLAUSE | QUOTE_ONLY),
    v("quote", "quotes", "quoted", "quoted", "quoting", 0),
    // Evidence: "the emails show that …", "a study found that …".
    v("show", "shows", "showed", "shown", "showing", SPEECH | CLAUSE | OBJECT),
    v("find", "finds", "found", "found", "finding", SPEECH | CLAUSE | OBJECT),
    vp("point", "points", "pointed", "pointing", &["out", "to"], SPEECH | CLAUSE | OBJECT),
    vo("call", "calls", "called", "calling", &["for", "on", "out"], OBJECT | INFINITIVE | STANCE),
    v("estimate", "estimates", "estimated", "estimated", "estimating", SPEECH | CLAUSE | OBJECT),
    v("project", "projects", "projected", "projected", "projecting", SPEECH | CLAUSE | OBJECT),
    v("forecast", "forecasts", "forecast", "forecast", "forecasting", SPEECH | CLAUSE | OBJECT),
    v("list", "lists", "listed", "listed", "listing", SPEECH | OBJECT),
    v("cite", "cites", "cited", "cited", "citing", SPEECH | CLAUSE | OBJECT | STANCE),
    v("rule", "rules", "ruled", "ruled", "ruling", SPEECH | CLAUSE),
    // Speech about someone or something: the object is the content.
    v("describe", "describes", "described", "described", "describing", SPEECH | OBJECT | QUESTION | STANCE),
    v("discuss", "discusses", "discussed", "discussed", "discussing", SPEECH | OBJECT | QUESTION | STANCE),
    vp("talk", "talks", "talked", "talking", &["about"], SPEECH | OBJECT),
    vp("speak", "speaks", "spoke", "speaking", &["about", "of", "out"], SPEECH | OBJECT | ABOUT),
    vp("refer", "refers", "referred", "referring", &["to"], SPEECH | OBJECT),
    vp("focus", "focuses", "focused", "focusing", &["on"], SPEECH | OBJECT),
    vp("rail", "rails", "railed", "railing", &["against"], SPEECH | OBJECT),
    vp("push", "pushes", "pushed", "pushing", &["for", "back on", "back against"], SPEECH | OBJECT),
    vp("vote", "votes", "voted", "voting", &["for", "against"], OBJECT),
    vp("fire", "fires", "fired", "firing", &["back"], SPEECH | CLAUSE),
    vp("shoot", "shoots", "shot", "shooting", &["back"], SPEECH | CLAUSE),
    v("highlight", "highlights", "highlighted", "highlighted", "highlighting", SPEECH | CLAUSE | OBJECT | STANCE),
    v("echo", "echoes", "echoed", "echoed", "echoing", SPEECH | OBJECT | STANCE),
    v("repeat", "repeats", "repeated", "repeated", "repeating", SPEECH | CLAUSE | OBJECT | STANCE),
    v("express", "expresses", "expressed", "expressed", "expressing", SPEECH | OBJECT | STANCE),
    v("question", "questions", "questioned", "questioned", "questioning", SPEECH | OBJECT | QUESTION | STANCE),
    v("dispute", "disputes", "disputed", "disputed", "disputing", SPEECH | CLAUSE | OBJECT | STANCE),
    v("challenge", "challenges", "challenged", "challenged", "challenging", SPEECH | OBJECT | STANCE),
    v("imply", "implies", "implied", "implied", "implying", SPEECH | CLAUSE),
    v("hint", "hints", "hinted", "hinted", "hinting", SPEECH | CLAUSE),
    v("proclaim", "proclaims", "proclaimed", "proclaimed", "proclaiming", SPEECH | CLAUSE | OBJECT),
    v("recount", "recounts", "recounted", "recounted", "recounting", SPEECH | CLAUSE | OBJECT | QUESTION),
    v("speculate", "speculates", "speculated", "speculated", "speculating", SPEECH | CLAUSE | ABOUT),
    v("brag", "brags", "bragged", "bragged", "bragging", SPEECH | CLAUSE | ABOUT),
    v("lament", "laments", "lamented", "lamented", "lamenting", SPEECH | CLAUSE | OBJECT),
    v("bemoan", "bemoans", "bemoaned", "bemoaned", "bemoaning", SPEECH | CLAUSE | OBJECT),
    v("guarantee", "guarantees", "guaranteed", "guaranteed", "guaranteeing", SPEECH | CLAUSE),
    v("retweet", "retweets", "retweeted", "retweeted", "retweeting", SPEECH | OBJECT),
    v("email", "emails", "emailed", "emailed", "emailing", SPEECH | CLAUSE),
    v("chant", "chants", "chanted", "chanted", "chanting", SPEECH | QUOTE_ONLY),
    v("request", "requests", "requested", "requested", "requesting", SPEECH | CLAUSE | OBJECT | STANCE),
    v("order", "orders", "ordered", "ordered", "ordering", SPEECH | CLAUSE | OBJECT | INFINITIVE | STANCE),
    v("encourage", "encourages", "encouraged", "encouraged", "encouraging", SPEECH | OBJECT | STANCE),
    v("offer", "offers", "offered", "offered", "offering", OBJECT | STANCE),
    v("publish", "publishes", "published", "published", "publishing", SPEECH | OBJECT | STANCE),
    // Support and opposition, praise and blame, naming: a stance toward the object.
    v("criticize", "criticizes", "criticized", "criticized", "criticizing", OBJECT | STANCE),
    v("criticise", "criticises", "criticised", "criticised", "criticising", OBJECT | STANCE),
    v("praise", "praises", "praised", "praised", "praising", OBJECT | STANCE),
    v("blast", "blasts", "blasted", "blasted", "blasting", OBJECT | STANCE),
    v("attack", "attacks", "attacked", "attacked", "attacking", OBJECT | STANCE),
    v("slam", "slams", "slammed", "slammed", "slamming", OBJECT | STANCE),
    v("denounce", "denounces", "denounced", "denounced", "denouncing", OBJECT | STANCE),
    v("condemn", "condemns", "condemned", "condemned", "condemning", OBJECT | STANCE),
    v("decry", "decries", "decried", "decried", "decrying", OBJECT | STANCE | CLAUSE),
    v("lambaste", "lambastes", "lambasted", "lambasted", "lambasting", OBJECT | STANCE),
    v("assail", "assails", "assailed", "assailed", "assailing", OBJECT | STANCE),
    v("rebuke", "rebukes", "rebuked", "rebuked", "rebuking", OBJECT | STANCE),
    v("mock", "mocks", "mocked", "mocked", "mocking", OBJECT | STANCE),
    v("ridicule", "ridicules", "ridiculed", "ridiculed", "ridiculing", OBJECT | STANCE),
    v("chide", "chides", "chided", "chided", "chiding", OBJECT | STANCE),
    v("scold", "scolds", "scolded", "scolded", "scolding", OBJECT | STANCE),
    v("berate", "berates", "berated", "berated", "berating", OBJECT | STANCE),
    v("blame", "blames", "blamed", "blamed", "blaming", OBJECT | STANCE),
    v("defend", "defends", "defended", "defended", "defending", OBJECT | STANCE),
    v("dismiss", "dismisses", "dismissed", "dismissed", "dismissing", OBJECT | STANCE),
    v("reject", "rejects", "rejected", "rejected", "rejecting", OBJECT | STANCE),
    v("downplay", "downplays", "downplayed", "downplayed", "downplaying", OBJECT | STANCE),
    v("endorse", "endorses", "endorsed", "endorsed", "endorsing", OBJECT | STANCE),
    v("support", "supports", "supported", "supported", "supporting", OBJECT | STANCE),
    v("back", "backs", "backed", "backed", "backing", OBJECT | STANCE),
    v("oppose", "opposes", "opposed", "opposed", "opposing", OBJECT | STANCE),
    v("favor", "favors", "favored", "favored", "favoring", OBJECT | STANCE),
    v("favour", "favours", "favoured", "favoured", "favouring", OBJECT | STANCE),
    v("prefer", "prefers", "preferred", "preferred", "preferring", OBJECT | STANCE | INFINITIVE),
    v("champion", "champions", "championed", "championed", "championing", OBJECT | STANCE),
    v("embrace", "embraces", "embraced", "embraced", "embracing", OBJECT | STANCE),
    v("welcome", "welcomes", "welcomed", "welcomed", "welcoming", OBJECT | STANCE),
    v("applaud", "applauds", "applauded", "applauded", "applauding", OBJECT | STANCE),
    v("hail", "hails", "hailed", "hailed", "hailing", OBJECT | STANCE),
    v("celebrate", "celebrates", "celebrated", "celebrated", "celebrating", OBJECT | STANCE),
    v("tout", "touts", "touted", "touted", "touting", OBJECT | STANCE | CLAUSE),
    v("thank", "thanks", "thanked", "thanked", "thanking", OBJECT | STANCE),
    v("credit", "credits", "credited", "credited", "crediting", OBJECT | STANCE),
    vo("advocate", "advocates", "advocated", "advocating", &["for"], OBJECT | STANCE | CLAUSE),
    v("identify", "identifies", "identified", "identified", "identifying", OBJECT | STANCE),
    v("compare", "compares", "compared", "compared", "comparing", OBJECT | STANCE),
    v("liken", "likens", "likened", "likened", "likening", OBJECT | STANCE),
    v("portray", "portrays", "portrayed", "portrayed", "portraying", OBJECT | STANCE),
    v("characterize", "characterizes", "characterized", "characterized", "characterizing", OBJECT | STANCE),
    v("characterise", "characterises", "characterised", "characterised", "characterising", OBJECT | STANCE),
    v("label", "labels", "labeled", "labeled", "labeling", OBJECT | STANCE),
    v("dub", "dubs", "dubbed", "dubbed", "dubbing", OBJECT | STANCE),
    v("brand", "brands", "branded", "branded", "branding", OBJECT | STANCE),
    v("voice", "voices", "voiced", "voiced", "voicing", SPEECH | OBJECT | STANCE),
    v("deride", "derides", "derided", "derided", "deriding", OBJECT | STANCE),
    v("knock", "knocks", "knocked", "knocked", "knocking", OBJECT | STANCE),
    v("address", "addresses", "addressed", "addressed", "addressing", SPEECH | OBJECT | STANCE),
    v("unveil", "unveils", "unveiled", "unveiled", "unveiling", SPEECH | OBJECT | STANCE),
    v("articulate", "articulates", "articulated", "articulated", "articulating", SPEECH | CLAUSE | OBJECT | STANCE),
    v("interpret", "interprets", "interpreted", "interpreted", "interpreting", OBJECT | STANCE),
    v("attribute", "attributes", "attributed", "attributed", "attributing", OBJECT | STANCE),
    v("ignore", "ignores", "ignored", "ignored", "ignoring", OBJECT | STANCE),
    v("accept", "accepts", "accepted", "accepted", "accepting", OBJECT | STANCE | CLAUSE),
    v("resist", "resists", "resisted", "resisted", "resisting", OBJECT | STANCE),
    v("approve", "approves", "approved", "approved", "approving", OBJECT | STANCE),
    v("sue", "sues", "sued", "sued", "suing", OBJECT | STANCE),
    v("laud", "lauds", "lauded", "lauded", "lauding", OBJECT | STANCE),
    v("commend", "commends", "commended", "commended", "commending", OBJECT | STANCE),
    v("congratulate", "congratulates", "congratulated", "congratulated", "congratulating", OBJECT | STANCE),
    v("fault", "faults", "faulted", "faulted", "faulting", OBJECT | STANCE),
    v("excoriate", "excoriates", "excoriated", "excoriated", "excoriating", OBJECT | STANCE),
    v("rip", "rips", "ripped", "ripped", "ripping", OBJECT | STANCE),
    v("admire", "admires", "admired", "admired", "admiring", OBJECT | STANCE | ATTITUDE),
    v("reference", "references", "referenced", "referenced", "referencing", SPEECH | OBJECT | STANCE),
    // "painted Trump as unfit": only with "as" ("painted the house" is no attribution).
    v("paint", "paints", "painted", "painted", "painting", OBJECT | STANCE | AS_ONLY),
    vp("vouch", "vouches", "vouched", "vouching", &["for"], OBJECT | STANCE),
    vp("object", "objects", "objected", "objecting", &["to"], OBJECT | STANCE),
    vp("single", "singles", "singled", "singling", &["out"], OBJECT | STANCE),
    vp("balk", "balks", "balked", "balking", &["at"], OBJECT | STANCE),
    // "went after Trump over his taxes": an attack. Struct literals, for "gone", "taken", "come".
    CueVerb { lemma: "go", third: "goes", past: "went", participle: "gone", ing: "going", flags: OBJECT | STANCE | PARTICLE, particles: &["after"] },
    vp("lash", "lashes", "lashed", "lashing", &["out at", "out against"], OBJECT | STANCE),
    // Idioms of attack, disagreement and claim: "took aim at", "took a swipe at", "took issue with".
    CueVerb {
        lemma: "take", third: "takes", past: "took", participle: "taken", ing: "taking", flags: OBJECT | STANCE | PARTICLE,
        particles: &["aim at", "a shot at", "shots at", "some shots at", "a swipe at", "swipes at", "a jab at", "jabs at", "potshots at", "issue with", "exception to", "offense at", "offence at", "credit for"],
    },
    // "came out against the deal", "came out in favor of the plan"; not "came out for" (a
    // breakfast as often as a candidate).
    CueVerb {
        lemma: "come", third: "comes", past: "came", participle: "come", ing: "coming", flags: OBJECT | STANCE | PARTICLE,
        particles: &["out against", "out in favor of", "out in favour of"],
    },
    vp("apologize", "apologizes", "apologized", "apologizing", &["for", "to"], SPEECH | OBJECT),
    vp("apologise", "apologises", "apologised", "apologising", &["for", "to"], SPEECH | OBJECT),
    vp("disagree", "disagrees", "disagreed", "disagreeing", &["with"], OBJECT | ATTITUDE),
    vp("side", "sides", "sided", "siding", &["with", "against"], OBJECT | STANCE),
    vp("allude", "alludes", "alluded", "alluding", &["to"], SPEECH | OBJECT),
    vp("campaign", "campaigns", "campaigned", "campaigning", &["for", "against"], OBJECT | STANCE),
    vp("fight", "fights", "fought", "fighting", &["for", "against"], OBJECT | STANCE),
    vp("put", "puts", "put", "putting", &["it"], SPEECH | CLAUSE),
    // "made clear that …", "made it clear he would …".
    vp("make", "makes", "made", "making", &["clear"], SPEECH | CLAUSE | OBJECT),
    // "pressed Congress to act", "pressed the director about the inquiry": the addressee is
    // required ("pressed the button", "pressed ahead" are no attribution).
    vo("press", "presses", "pressed", "pressing", &["for"], ADDRESSEE | NEEDS_ADDRESSEE | INFINITIVE | ABOUT | QUESTION | PARTICLE_OBJECT),
    vp("plead", "pleads", "pleaded", "pleading", &["for"], SPEECH | OBJECT),
    vp("beg", "begs", "begged", "begging", &["for"], SPEECH | OBJECT),
    v("instruct", "instructs", "instructed", "instructed", "instructing", SPEECH | ADDRESSEE | NEEDS_ADDRESSEE | INFINITIVE),
    v("persuade", "persuades", "persuaded", "persuaded", "persuading", ADDRESSEE | NEEDS_ADDRESSEE | INFINITIVE | CLAUSE),
    v("convince", "convinces", "convinced", "convinced", "convincing", ADDRESSEE | NEEDS_ADDRESSEE | INFINITIVE | CLAUSE),
    // Attitudes: beliefs, desires, intentions.
    vo("believe", "believes", "believed", "believing", &["in"], CLAUSE | ATTITUDE | PARTICLE_OBJECT),
    v("think", "thinks", "thought", "thought", "thinking", CLAUSE | ATTITUDE | SO | ABOUT),
    vo("hope", "hopes", "hoped", "hoping", &["for"], CLAUSE | INFINITIVE | ATTITUDE | SO | PARTICLE_OBJECT),
    v("want", "wants", "wanted", "wanted", "wanting", INFINITIVE | ADDRESSEE | OBJECT | ATTITUDE),
    v("plan", "plans", "planned", "planned", "planning", INFINITIVE | ATTITUDE),
    v("intend", "intends", "intended", "intended", "intending", INFINITIVE | ATTITUDE),
    vo("wish", "wishes", "wished", "wishing", &["for"], INFINITIVE | CLAUSE | ATTITUDE | PARTICLE_OBJECT),
    v("feel", "feels", "felt", "felt", "feeling", CLAUSE | ATTITUDE),
    v("fear", "fears", "feared", "feared", "fearing", CLAUSE | ATTITUDE),
    v("expect", "expects", "expected", "expected", "expecting", CLAUSE | ADDRESSEE | INFINITIVE | ATTITUDE),
    v("know", "knows", "knew", "known", "knowing", CLAUSE | ATTITUDE),
    v("doubt", "doubts", "doubted", "doubted", "doubting", CLAUSE | ATTITUDE),
    v("suspect", "suspects", "suspected", "suspected", "suspecting", CLAUSE | ATTITUDE),
    v("worry", "worries", "worried", "worried", "worrying", CLAUSE | ABOUT | ATTITUDE),
    v("seek", "seeks", "sought", "sought", "seeking", INFINITIVE | OBJECT | ATTITUDE),
    v("agree", "agrees", "agreed", "agreed", "agreeing", CLAUSE | INFINITIVE | ATTITUDE),
    v("decide", "decides", "decided", "decided", "deciding", CLAUSE | INFINITIVE | QUESTION | ATTITUDE),
    v("refuse", "refuses", "refused", "refused", "refusing", INFINITIVE | OBJECT | ATTITUDE | STANCE),
    v("decline", "declines", "declined", "declined", "declining", INFINITIVE | OBJECT | ATTITUDE | STANCE),
    v("aim", "aims", "aimed", "aimed", "aiming", INFINITIVE | ATTITUDE),
    v("like", "likes", "liked", "liked", "liking", INFINITIVE | ATTITUDE),
    v("opt", "opts", "opted", "opted", "opting", INFINITIVE | ATTITUDE),
    vp("look", "looks", "looked", "looking", &["to", "for"], INFINITIVE | OBJECT | ATTITUDE),
    v("mull", "mulls", "mulled", "mulled", "mulling", OBJECT | ATTITUDE | STANCE),
    v("consider", "considers", "considered", "considered", "considering", CLAUSE | OBJECT | ATTITUDE | STANCE),
    v("view", "views", "viewed", "viewed", "viewing", OBJECT | ATTITUDE | AS_ONLY | STANCE),
    v("see", "sees", "saw", "seen", "seeing", CLAUSE | OBJECT | ATTITUDE | AS_ONLY | STANCE),
    v("regard", "regards", "regarded", "regarded", "regarding", OBJECT | ATTITUDE | AS_ONLY | STANCE),
    v("deem", "deems", "deemed", "deemed", "deeming", OBJECT | ATTITUDE | STANCE),
    v("remember", "remembers", "remembered", "remembered", "remembering", CLAUSE | QUESTION | ATTITUDE),
    v("learn", "learns", "learned", "learned", "learning", CLAUSE | QUESTION | ATTITUDE),
    v("realize", "realizes", "realized", "realized", "realizing", CLAUSE | QUESTION | ATTITUDE),
    v("realise", "realises", "realised", "realised", "realising", CLAUSE | QUESTION | ATTITUDE),
    v("recognize", "recognizes", "recognized", "recognized", "recognizing", CLAUSE | OBJECT | ATTITUDE | STANCE),
    v("recognise", "recognises", "recognised", "recognised", "recognising", CLAUSE | OBJECT | ATTITUDE | STANCE),
    v("understand", "understands", "understood", "understood", "understanding", CLAUSE | QUESTION | ATTITUDE),
    v("assume", "assumes", "assumed", "assumed", "assuming", CLAUSE | ATTITUDE),
    v("imagine", "imagines", "imagined", "imagined", "imagining", CLAUSE | ATTITUDE),
    v("regret", "regrets", "regretted", "regretted", "regretting", CLAUSE | OBJECT | ATTITUDE | STANCE),
    v("discover", "discovers", "discovered", "discovered", "discovering", CLAUSE | ATTITUDE),
    v("determine", "determines", "determined", "determined", "determining", CLAUSE | ATTITUDE),
    v("envision", "envisions", "envisioned", "envisioned", "envisioning", CLAUSE | OBJECT | ATTITUDE | STANCE),
];

/// Adverbs that attribute a claim to unnamed reports ("Maduro *reportedly* told Trump").
pub const VAGUE_ADVERBS: &[&str] = &[
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "rumoredly",
    "ostensibly",
];

/// Participles that make a vague passive cue: "is *said* to", "it is *believed* that".
pub const VAGUE_PASSIVES: &[&str] = &[
    "said",
    "believed",
    "thought",
    "reported",
    "understood",
    "alleged",
    "rumored",
    "rumoured",
    "claimed",
    "suggested",
    "estimated",
    "feared",
    "known",
    "expected",
    "considered",
    "suspected",
    "seen",
    "viewed",
    "regarded",
    "perceived",
    "described",
    "billed",
    "touted",
    "deemed",
    "portrayed",
    "characterized",
    "labeled",
    "branded",
    "identified",
    "listed",
    "ranked",
    "rated",
];

/// Participles of a vague passive that take "as" or "for" ("is *seen as* a threat", "is
/// *known for* his temper").
pub const PASSIVES_WITH_AS: &[&str] = &[
    "seen",
    "viewed",
    "regarded",
    "perceived",
    "described",
    "billed",
    "touted",
    "known",
    "considered",
    "portrayed",
    "characterized",
    "labeled",
    "branded",
    "thought",
    "identified",
    "named",
    "listed",
    "ranked",
    "rated",
    "cast",
];

/// Participles of a vague passive that take a noun phrase or an adjective ("is *considered*
/// the front-runner", "was *deemed* unfit").
pub const PASSIVES_WITH_COMPLEMENT: &[&str] = &["considered", "deemed", "thought", "believed"];

/// Forms of "to be" that build a passive ("is said", "was reported", "has been claimed").
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "s"];

/// Verbs of the medium in "MEDIUM quoted PERSON" and "PERSON was quoted by MEDIUM".
pub const QUOTING_VERB: &str = "quote";

/// Words after "quoted X" that introduce the content ("quoted Lukashenko *as saying*").
pub const QUOTED_AS: &[&str] = &["as", "saying", "having", "said"];

/// Adverbs that may stand between a cue and its content ("posted *online* that").
pub const SKIPPABLE_ADVERBS: &[&str] = &[
    "again",
    "also",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tonight",
    "once",
    "too",
    "recently",
    "previously",
    "then",
    "now",
    "online",
    "separately",
    "elsewhere",
    "afterwards",
    "afterward",
    "instead",
    "anew",
    "further",
    "still",
    "already",
    "first",
    "twice",
    "repeatedly",
];

/// Sentence adverbs that may stand between commas after a cue, before its content ("said*,
/// however,* that", "says*, though,* the plan …").
pub const ASIDE_ADVERBS: &[&str] = &[
    "however",
    "though",
    "moreover",
    "meanwhile",
    "nonetheless",
    "nevertheless",
    "furthermore",
    "indeed",
    "too",
    "also",
    "again",
    "instead",
    "therefore",
];

/// Irregular participles that may follow an adjunct's noun as its modifier ("said in an
/// interview *broadcast* on Sunday that"); regular ones end in "-ed".
pub const ADJUNCT_PARTICIPLES: &[&str] = &[
    "broadcast",
    "given",
    "held",
    "made",
    "sent",
    "shown",
    "written",
];

/// How many words a subject without a determiner may have before its verb in a content clause
/// ("said *greed and vanity* are", "said *county-level races* can").
pub const MAX_BARE_SUBJECT_TOKENS: usize = 5;

/// Subordinators that may open a cue's content before its main clause ("said, *if* elected, she
/// would …", "said, *once* the vote is in, they will …").
pub const CONTENT_SUBORDINATORS: &[&str] = &[
    "if", "when", "once", "unless", "while", "after", "before", "because", "although", "though",
];

/// How many words a subordinate clause between commas may have ("said, *if she is elected*,").
pub const MAX_ASIDE_CLAUSE_TOKENS: usize = 10;

/// Speech verbs whose infinitive takes a clause without "that" as content ("went on *to say*
/// he would …"); others need "that", a quote or a colon after the infinitive, since "to answer
/// other agencies" or "to contend with" would read as a clause.
pub const INFINITIVE_CLAUSE_CUES: &[&str] = &[
    "say",
    "argue",
    "insist",
    "claim",
    "warn",
    "declare",
    "predict",
    "assert",
    "suggest",
    "acknowledge",
    "concede",
];

/// Subjects that stand for no speaker: "*It* is hard to say whether …", "*This* is to say …".
pub const EXPLETIVE_SUBJECTS: &[&str] = &["it", "this", "that", "there", "all", "what"];

/// Verbs whose particle may come after "it" ("made *it* clear that").
pub const PARTICLE_AFTER_IT: &[&str] = &["make"];

/// Words that may stand between "for" and a unit of time in a duration adjunct ("said *for the
/// past two years*", "has argued *for months*").
pub const DURATION_FILLERS: &[&str] = &[
    "the", "a", "past", "last", "few", "several", "many", "two", "three", "four", "five", "six",
    "more", "than", "nearly", "almost", "about", "over",
];

/// How many filler words a duration adjunct may have before its unit of time.
pub const MAX_DURATION_FILLERS: usize = 4;

/// Prepositions that end an addressee and open what the words were about: "asked *Clinton*
/// about her emails", "pressed the director about the inquiry".
pub const ADDRESSEE_ENDING_PREPOSITIONS: &[&str] = &["about", "against"];

/// How many tokens an addressee may have ("told *the Belarusian state news agency Belta*").
pub const MAX_ADDRESSEE_TOKENS: usize = 8;

/// Parts of the day that may follow a weekday in a time adjunct ("said Friday *afternoon*").
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "night"];

/// At most this many words in a quoted programme title inside a time or place adjunct ("said on
/// “Fox News Sunday”").
pub const MAX_QUOTED_TITLE_TOKENS: usize = 6;

/// At least this many words make a quoted programme title ("“Yes.”" is an answer).
pub const MIN_QUOTED_TITLE_WORDS: usize = 2;

/// How many tokens of adjuncts may stand between a cue and its content.
pub const MAX_ADJUNCT_TOKENS: usize = 14;

/// How many words a relative clause about an adjunct may have ("said on Channel 9, where she is a paid
/// analyst, that …") for the "that" clause after it to still be the content.
const MAX_RELATIVE_CLAUSE_TOKENS: usize = 12;

/// How many more nouns may follow "which" before the verb of an embedded question ("asked
/// which *party leaders* back the bill"). A compound noun in a question has at most two words
/// before its verb; a longer run of lower-case words is more often a relative clause's.
pub const MAX_WHICH_NOUN_TOKENS: usize = 2;

/// Most capitalised words of a place name after the comma that splits it ("in Salem*, Oregon*
/// on Monday that", "in Paris*, Texas*"): a state, province or country has at most three
/// ("New South Wales"); a longer run of capitals is a name list, not a place.
pub const MAX_PLACE_WORDS_AFTER_COMMA: usize = 3;

/// How far "as" may follow a verb of [`AS_ONLY`] ("see *the harvest further off* as").
pub const MAX_AS_DISTANCE: usize = 10;

/// How far a clause's finite verb may be from its first word ("the opposition *won*").
pub const CLAUSE_WINDOW: usize = 10;

// ---------------------------------------------------------------------------------------------
// Lookup
// ---------------------------------------------------------------------------------------------

/// Which form of its verb a cue word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "say": present plural, infinitive, after a modal.
    Base,
    /// "says".
    Third,
    /// "said", "told" (past tense or participle).
    Past,
    /// "saying".
    Ing,
}

/// A cue verb found at a token.
#[derive(Debug, Clone, Copy)]
pub struct CueWord {
    /// The verb.
    pub verb: &'static CueVerb,
    /// The form.
    pub form: Form,
}

/// The cue verb a folded word is a form of.
pub fn cue_word(word: &str) -> Option<CueWord> {
    static TABLE: OnceLock<FastMap<&'static str, CueWord>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut m = FastMap::default();
        for verb in CUE_VERBS {
            for (form, f) in [
                (verb.ing, Form::Ing),
                (verb.participle, Form::Past),
                (verb.past, Form::Past),
                (verb.third, Form::Third),
                (verb.lemma, Form::Base),
            ] {
                m.entry(form).or_insert(CueWord { verb, form: f });
            }
        }
        m
    });
    table.get(word).copied()
}

/// Nouns that make a cue a report of words ("in a *statement*", "in an *interview*").
pub const SPEECH_NOUNS: &[&str] = &[
    "statement",
    "statements",
    "interview",
    "remarks",
    "comments",
    "speech",
    "tweet",
    "post",
    "letter",
    "email",
    "testimony",
    "announcement",
    "told",
];

/// True when a cue reports speech or writing ("said", "told", "according to", "in a statement",
/// a colon), not a belief, an intention or a stance ("wants", "criticized"). Why: every
/// attribution is in the analysis's `quotes`, but a reader's list of who is quoted should hold
/// only what people said or wrote.
pub fn is_speech_cue(cue: &str) -> bool {
    let folded = cue.to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        // ":" or a dash after a speaker's label.
        return true;
    }
    if words.contains(&"according") {
        return true;
    }
    if let Some(c) = words.iter().find_map(|w| cue_word(w)) {
        return c.verb.flags & SPEECH != 0 && c.verb.flags & ATTITUDE == 0;
    }
    words.iter().any(|w| is_in(SPEECH_NOUNS, w))
}

// ---------------------------------------------------------------------------------------------
// Decisions about what follows a cue
// ---------------------------------------------------------------------------------------------

/// How the content after a cue begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening {
    /// "that …".
    That,
    /// ": …".
    Colon,
    /// A quotation mark.
    Quote,
    /// A clause without "that" ("said the vote was fair").
    Clause,
    /// A noun phrase ("denied the report").
    Object,
    /// "to …".
    Infinitive,
    /// "whether …", "why …".
    Question,
    /// "of …", "about …".
    About,
    /// "so".
    So,
}

/// What follows a cue: its addressee, and where its content starts.
#[derive(Debug, Clone, Copy)]
pub struct Complement {
    /// The addressee's token range ("reporters" in "told reporters").
    pub addressee: Option<(usize, usize)>,
    /// The first token of the content.
    pub start: usize,
    /// How it opens.
    pub opening: Opening,
}

/// True when token `i` opens a quotation.
pub fn opens_quote(quotes: &Quotations, i: usize) -> bool {
    matches!(quotes.roles.get(i), Some(MarkRole::Open(_)))
}

/// True for an "-ed" word before the noun it qualifies ("commented on *proposed*
/// regulations"), not a verb.
pub fn is_adjectival_participle(doc: &Doc, k: usize) -> bool {
    doc.w(k).ends_with("ed")
        && doc.is_word(k + 1)
        && !doc.cap(k + 1)
        && !is_function_or_cue_word(doc.w(k + 1))
        && !doc.is_finite_at(k + 1)
}

/// True for the comma inside a number ("20*,*000", "1*,*409"): digits glued on both sides and a
/// group of three after it, so that the number stays one word of a phrase ("told 20,000
/// followers", "a crowd of 15,000 people") while a comma between other digits ("items 1,2")
/// still separates.
pub fn is_thousands_comma(doc: &Doc, i: usize) -> bool {
    let digits = |k: usize| {
        let w = doc.w(k);
        !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    };
    doc.punct(i, &[','])
        && i > 0
        && !doc.space_before(i)
        && !doc.space_before(i + 1)
        && digits(i - 1)
        && digits(i + 1)
        && doc.w(i + 1).len() == 3
}

/// Skips adverbs and adjuncts after a cue ("in a statement", "on Thursday", "this week",
/// "publicly"); returns the first token after them.
pub fn skip_adjuncts(doc: &Doc, mut i: usize, end: usize) -> usize {
    let first = i;
    let limit = (i + MAX_ADJUNCT_TOKENS).min(end);
    // "said of Congress: “…”", "said of the episode, “…”": what the words are about, right
    // before a colon or a comma and a quotation.
    if doc.w(i) == "of" && doc.is_word(i) {
        let after = skip_adjunct_phrase(doc, i + 1, limit);
        if after > i + 1
            && (doc.punct(after, &[':'])
                || doc.punct(after, &[',']) && doc.is_quote_mark(after + 1))
        {
            i = after;
        }
    }
    while i < limit {
        let w = doc.w(i);
        if !doc.is_word(i) {
            // ", however," and parenthetical asides between commas are not content.
            if doc.punct(i, &['(']) {
                if let Some(close) = (i + 1..limit).find(|&k| doc.punct(k, &[')'])) {
                    i = close + 1;
                    continue;
                }
            }
            if i > first {
                if let Some(after) = relative_clause_before_that(doc, i, end) {
                    i = after;
                    continue;
                }
            }
            return i;
        }
        // "spoke out *in favor of* …": the content, not an adjunct.
        if w == "in"
            && matches!(doc.w(i + 1), "favor" | "favour" | "support")
            && doc.w(i + 2) == "of"
        {
            return i;
        }
        // "reported *at least* 14 injuries": a quantity, not an adjunct.
        if matches!(w, "at") && matches!(doc.w(i + 1), "least" | "most") {
            return i;
        }
        if is_ly_adverb(w) || is_in(SKIPPABLE_ADVERBS, w) {
            i += 1;
            continue;
        }
        if is_weekday_or_month(w)
            && doc.cap(i)
            && !doc.w(i + 1).is_empty()
            && !doc.is_finite_at(i + 1)
        {
            // "said Thursday that", "said Friday afternoon, as …"
            i += 1;
            if is_in(PARTS_OF_DAY, doc.w(i)) {
                i += 1;
            }
            continue;
        }
        // "has said *for weeks* he is …", "argued *for the past two years* that …".
        if let Some(after) = duration_end(doc, i, limit) {
            i = after;
            continue;
        }
        if matches!(w, "this" | "last" | "next" | "earlier" | "later") && is_time_word(doc.w(i + 1))
        {
            i += 2;
            continue;
        }
        // "said in an interview *taped before the vote* that", "in a statement *released
        // by the campaign*": a participle after an adjunct's noun, and its own adjunct.
        if i > first && is_adjunct_participle(doc, i) {
            let after = skip_adjunct_phrase(doc, i + 2, limit);
            if after == i + 2 {
                return i;
            }
            i = after;
            continue;
        }
        if is_in(ADJUNCT_PREPOSITIONS, w) && !matches!(w, "to" | "of" | "for" | "by")
            || (w == "to"
                && (is_in(DETERMINERS, doc.w(i + 1)) || doc.cap(i + 1) && !doc.in_title(i + 1)))
        {
            let after = skip_adjunct_phrase(doc, i + 1, limit);
            if after == i + 1 {
                return i;
            }
            i = after;
            continue;
        }
        return i;
    }
    i
}

/// True for a participle modifying the noun of an adjunct just skipped, with a preposition
/// after it: "interview *taped* before", "statement *released* by". A lower-case word right
/// after another word, so a participle opening the content ("said, *asked* about …") is not one.
fn is_adjunct_participle(doc: &Doc, i: usize) -> bool {
    let w = doc.w(i);
    i > 0
        && doc.is_word(i)
        && !doc.cap(i)
        && doc.is_word(i - 1)
        && !is_function_or_cue_word(doc.w(i - 1))
        && (w.len() >= 5 && w.ends_with("ed") || is_in(ADJUNCT_PARTICIPLES, w))
        && doc.is_word(i + 1)
        && (doc.w(i + 1) == "by" || is_in(ADJUNCT_PREPOSITIONS, doc.w(i + 1)))
        && doc.w(i + 1) != "to"
}

/// Where a duration adjunct opening at token `i` ends ("*for weeks*", "*for the past two
/// years*"): "for", at most [`MAX_DURATION_FILLERS`] fillers or numbers, a unit of time. `None`
/// for any other "for" ("called for a vote").
pub fn duration_end(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    if doc.w(i) != "for" || !doc.is_word(i) {
        return None;
    }
    let mut j = i + 1;
    while j < limit
        && j <= i + MAX_DURATION_FILLERS
        && doc.is_word(j)
        && (is_in(DURATION_FILLERS, doc.w(j)) || doc.w(j).chars().all(|c| c.is_ascii_digit()))
    {
        j += 1;
    }
    let unit = doc.w(j);
    (j < limit
        && doc.is_word(j)
        && !doc.cap(j)
        && is_time_word(unit)
        && !matches!(
            unit,
            "earlier" | "later" | "recently" | "ago" | "today" | "tonight"
        ))
    .then_some(j + 1)
}

/// After an adjunct, a relative clause about it between commas when a "that" clause follows:
/// "said on Channel 9*, where she is a paid analyst,* that …", "said in an interview*, which aired
/// Sunday,* that …". Returns the token after the second comma; `None` for any other shape, so a
/// clause that is itself the content is never skipped.
fn relative_clause_before_that(doc: &Doc, comma: usize, end: usize) -> Option<usize> {
    if !doc.punct(comma, &[',']) || !matches!(doc.w(comma + 1), "where" | "which" | "who" | "when")
    {
        return None;
    }
    let limit = (comma + 2 + MAX_RELATIVE_CLAUSE_TOKENS).min(end);
    let close = (comma + 2..limit).find(|&k| !doc.is_word(k))?;
    (doc.punct(close, &[',']) && doc.w(close + 1) == "that").then_some(close + 1)
}

/// Skips the noun phrase of an adjunct ("a phone call", "November 21", "Politico this week").
fn skip_adjunct_phrase(doc: &Doc, mut i: usize, limit: usize) -> usize {
    if i < limit && is_in(DETERMINERS, doc.w(i)) && doc.w(i) != "that" {
        i += 1;
    }
    let start = i;
    while i < limit {
        let w = doc.w(i);
        if doc.is_word(i) {
            // "in a message *to the* party": a determiner right after a preposition goes on.
            let after_preposition = doc.is_word(i - 1) && matches!(doc.w(i - 1), "to" | "with");
            if i > start
                && (is_in(DETERMINERS, w) && !after_preposition || is_in(SUBJECT_PRONOUNS, w))
            {
                break;
            }
            // "in a *written* statement": a participle after a determiner is an adjective.
            let adjective = i == start && i > 0 && is_in(DETERMINERS, doc.w(i - 1));
            if w == "that"
                || is_in(WH_WORDS, w)
                || doc.is_finite_at(i) && !adjective
                || cue_word(w).is_some_and(|c| c.form != Form::Base) && !adjective
            {
                break;
            }
            if i > start && doc.cap(i) && !doc.cap(i - 1) && !doc.is_word(i - 1) {
                break;
            }
            i += 1;
        } else if (doc.punct(i, &['-', '\'', '\u{2019}', '.']) || is_thousands_comma(doc, i))
            && !doc.space_before(i)
            && doc.is_word(i + 1)
            && !doc.space_before(i + 1)
        {
            i += 2;
        } else if let Some(after) = quoted_title_end(doc, i, limit) {
            // "on Channel 9's “Harbor Morning Hour,”": a programme's title.
            i = after;
        } else {
            break;
        }
    }
    i
}

/// Where a short quoted title of capitalised words opening at token `i` ends (the token after
/// its closing mark): "“Harbor Morning Hour,”", "“Night Desk.”". `None` for anything else.
fn quoted_title_end(doc: &Doc, i: usize, limit: usize) -> Option<usize> {
    // "said on Monday “Yes, We Will.”" is speech, not a title.
    if !doc.is_quote_mark(i) || !doc.is_word(i + 1) || i == 0 || is_time_word(doc.w(i - 1)) {
        return None;
    }
    let last = (i + 1 + MAX_QUOTED_TITLE_TOKENS).min(limit);
    let mut j = i + 1;
    while j < last && doc.is_word(j) && doc.cap(j) {
        j += 1;
    }
    if j < last && doc.punct(j, &[',', '.']) && !doc.is_quote_mark(j) {
        j += 1;
    }
    let words = (i + 1..j).filter(|&k| doc.is_word(k)).count();
    (j < last && doc.is_quote_mark(j) && words >= MIN_QUOTED_TITLE_WORDS).then_some(j + 1)
}

/// The addressee after a cue ("told *the envoy*", "assured *them*"): a pronoun, a name or a
/// short noun phrase, which `of_goes_on` lets run on ("told a meeting *of* leaders"; not for
/// "warned the West *of* consequences"). Returns its token range.
pub fn addressee(doc: &Doc, i: usize, end: usize, of_goes_on: bool) -> Option<(usize, usize)> {
    if i >= end || !doc.is_word(i) {
        return None;
    }
    let w = doc.w(i);
    // "promised *her* entire program would …": "her" before a noun is a determiner.
    let possessive_her = w == "her"
        && doc.is_word(i + 1)
        && !doc.cap(i + 1)
        && !is_function_or_cue_word(doc.w(i + 1))
        && !doc.is_finite_at(i + 1);
    if is_in(OBJECT_PRONOUNS, w) && !possessive_her {
        return Some((i, i + 1));
    }
    if possessive_her {
        return None;
    }
    if w == "that"
        || is_in(WH_WORDS, w)
        || matches!(w, "to" | "so" | "of" | "about" | "against")
        || is_in(ADJUNCT_PREPOSITIONS, w)
        || is_in(SUBJECT_PRONOUNS, w)
        || doc.is_finite_at(i)
    {
        return None;
    }
    let limit = (i + MAX_ADDRESSEE_TOKENS).min(end);
    let mut k = i;
    if is_in(DETERMINERS, w) {
        k += 1;
    }
    let head_start = k;
    while k < limit {
        let w = doc.w(k);
        if doc.is_word(k) {
            // "told a meeting *of* river valley mayors that": "of" goes on.
            if w == "of" && of_goes_on && k > head_start && doc.is_word(k + 1) {
                k += 1;
                if is_in(DETERMINERS, doc.w(k)) {
                    k += 1;
                }
                continue;
            }
            if k > head_start
                && !is_capitalised_inside_name(doc, k)
                && (is_in(DETERMINERS, w)
                    || is_in(SUBJECT_PRONOUNS, w)
                    || w == "that"
                    || is_in(WH_WORDS, w)
                    || is_in(ADJUNCT_PREPOSITIONS, w)
                    || w == "to"
                    || is_in(ADDRESSEE_ENDING_PREPOSITIONS, w)
                    || w == "of" && !of_goes_on)
            {
                break;
            }
            if doc.is_finite_at(k) || cue_word(w).is_some_and(|c| c.form == Form::Past) {
                break;
            }
            // "told Trump in a call", "told the envoy this": a capitalised word after lower-case
            // ones starts something new, unless it continues a name.
            // "told CBS's Norah O'Donnell": a name after a possessive goes on.
            let after_possessive =
                k >= 2 && doc.w(k - 1) == "s" && doc.punct(k - 2, &['\'', '\u{2019}']);
            if k > head_start
                && doc.cap(k)
                && !doc.cap(k - 1)
                && doc.is_word(k - 1)
                && !after_possessive
            {
                break;
            }
            k += 1;
        } else if doc.punct(k, &['\'', '\u{2019}'])
            && doc.w(k + 1) == "s"
            && !doc.space_before(k + 1)
            || (doc.punct(k, &['-', '.']) || is_thousands_comma(doc, k))
                && !doc.space_before(k)
                && doc.is_word(k + 1)
                && !doc.space_before(k + 1)
        {
            // "Lukashenko’s office", "U.S. envoy", "vice-president", "20,000 followers"
            k += 2;
        } else if doc.punct(k, &['\'', '\u{2019}'])
            && k > head_start
            && doc.cap(k - 1)
            && !doc.space_before(k)
            && doc.cap(k + 1)
            && !doc.space_before(k + 1)
        {
            // "Norah O'Donnell": an apostrophe inside a name.
            k += 2;
        } else {
            break;
        }
    }
    (k > head_start).then_some((i, k))
}

/// True when a clause starts at `i`: a subject-like word and a finite verb soon after
/// ("the opposition won", "he was willing", "this does not recognise").
pub fn clause_starts_at(doc: &Doc, i: usize, end: usize) -> bool {
    if i >= end || !doc.is_word(i) {
        return false;
    }
    let w = doc.w(i);
    // A bare noun right before a finite verb is a subject too ("said *listings* are …").
    let bare_noun = !is_function_or_cue_word(w)
        && !doc.is_finite_at(i)
        && (doc.is_finite_at(i + 1) && !doc.cap(i + 1)
            || doc.is_word(i + 1)
                && !is_function_or_cue_word(doc.w(i + 1))
                && doc.is_finite_at(i + 2)
                && !doc.cap(i + 2)
            || bare_subject_before_verb(doc, i, end));
    let subject_like = is_in(SUBJECT_PRONOUNS, w)
        || is_in(DETERMINERS, w)
        || doc.cap(i)
        || w == "there"
        || w.chars().all(|c| c.is_ascii_digit())
        || bare_noun;
    if !subject_like {
        return false;
    }
    let limit = (i + CLAUSE_WINDOW).min(end);
    for k in i..limit {
        if doc.punct(k, &[';', ':', '.', '!', '?']) && !is_abbreviation_point(doc, k) {
            return false;
        }
        if k > i && doc.is_finite_at(k) {
            return true;
        }
        if k > i
            && cue_word(doc.w(k)).is_some_and(|c| matches!(c.form, Form::Third | Form::Past))
            && !doc.cap(k)
        {
            return true;
        }
        if k > i && k <= i + 3 && is_present_verb_at(doc, k) {
            return true;
        }
    }
    false
}

/// True when lower-case content words, joined by at most one "and"/"or" and by hyphens, run from
/// `i` to a finite verb: "*greed and vanity* are", "*county-level races* can". Why: such a
/// subject has no determiner to show that a clause starts.
fn bare_subject_before_verb(doc: &Doc, i: usize, end: usize) -> bool {
    let limit = (i + 1 + MAX_BARE_SUBJECT_TOKENS).min(end);
    let mut coordinated = false;
    for j in i + 1..limit {
        let w = doc.w(j);
        if doc.is_word(j) && doc.cap(j) {
            return false;
        }
        if doc.is_finite_at(j) {
            return doc.is_word(j - 1);
        }
        let coordinator =
            doc.is_word(j) && matches!(w, "and" | "or") && !coordinated && doc.is_word(j - 1);
        let content_word = doc.is_word(j) && !is_function_or_cue_word(w);
        let hyphen = doc.punct(j, &['-']) && !doc.space_before(j) && !doc.space_before(j + 1);
        if !(coordinator || content_word || hyphen) {
            return false;
        }
        coordinated |= coordinator;
    }
    false
}

/// True for the point of an abbreviation inside a sentence ("*Mr.* Trump", "*U.S.* growth",
/// "*Gov.* Brown"): written flush after a word, with a word of the same sentence after it. The
/// sentence splitter has already decided that this point ends nothing, so a clause read after
/// a cue ("believe Mr. Trump will win") goes on past it.
fn is_abbreviation_point(doc: &Doc, k: usize) -> bool {
    k > 0
        && doc.is_word(k - 1)
        && !doc.space_before(k)
        && doc.is_word(k + 1)
        && doc
            .tok_sent
            .get(k + 1)
            .is_some_and(|&s| s != NONE && Some(&s) == doc.tok_sent.get(k))
}

/// True for a verb in the present tense's third person right after its subject ("this
/// *provides*", "the plan *hurts*"): a lower-case word in "-s" after a pronoun, a name or a noun,
/// with more words after it.
pub fn is_present_verb_at(doc: &Doc, k: usize) -> bool {
    let w = doc.w(k);
    let prev = doc.w(k.wrapping_sub(1));
    let verb_shaped = w.len() >= 4
        && w.ends_with('s')
        && !["ss", "us", "is", "ics", "ies", "ws"]
            .iter()
            .any(|e| w.ends_with(e))
        && !is_function_or_cue_word(w)
        && !is_number_word(w);
    let subject_before = k > 0
        && doc.is_word(k - 1)
        && (matches!(
            prev,
            "this" | "that" | "it" | "he" | "she" | "who" | "which"
        ) || doc.cap(k - 1)
            || !is_function_or_cue_word(prev) && !prev.ends_with('s'));
    verb_shaped
        && doc.is_word(k)
        && !doc.cap(k)
        && subject_before
        && (doc.is_word(k + 1) || doc.is_quote_mark(k + 1))
}

/// Reads what follows a cue ending before token `i` in a sentence ending before `end`, against the
/// verb's flags; `None` when nothing there can be its content.
pub fn complement(
    doc: &Doc,
    quotes: &Quotations,
    verb: &CueVerb,
    i: usize,
    end: usize,
) -> Option<Complement> {
    // "asked *for* a recount": after the particle, the object and no addressee.
    let after_particle = verb.flags & PARTICLE_OBJECT != 0
        && i > 0
        && doc.is_word(i - 1)
        && verb
            .particles
            .iter()
            .any(|p| p.rsplit(' ').next() == Some(doc.w(i - 1)));
    let particle_verb;
    let verb = if after_particle {
        particle_verb = CueVerb {
            flags: (verb.flags | OBJECT) & !(ADDRESSEE | NEEDS_ADDRESSEE),
            ..*verb
        };
        &particle_verb
    } else {
        verb
    };
    let mut k = skip_adjuncts(doc, i, end);
    let mut addr = None;
    // "said *of the meeting* that …": what the words are about, before "that", for a verb
    // whose "of" does not itself open the content ("warned of dangers that …").
    if doc.w(k) == "of" && doc.is_word(k) && verb.flags & (CLAUSE | ABOUT) == CLAUSE {
        let after = skip_adjunct_phrase(doc, k + 1, (k + 1 + MAX_ADJUNCT_TOKENS).min(end));
        if after > k + 1 && doc.w(after) == "that" && doc.is_word(after) {
            k = after;
        }
    }
    // "warns Clinton's policy would lead to war": a clause, not an addressee, when the
    // addressee is optional.
    let clause_first = verb.flags & (CLAUSE | NEEDS_ADDRESSEE) == CLAUSE
        && doc.cap(k)
        && clause_starts_at(doc, k, end);
    if verb.flags & ADDRESSEE != 0 && !clause_first {
        if let Some((a, b)) = addressee(doc, k, end, verb.flags & ABOUT == 0) {
            addr = Some((a, b));
            k = skip_adjuncts(doc, b, end);
        } else if verb.flags & NEEDS_ADDRESSEE != 0 {
            return None;
        }
    }
    // "He added, that …", "said, in an email, that …": commas around an adjunct before "that".
    if doc.punct(k, &[',']) && verb.flags & CLAUSE != 0 {
        let past = skip_adjuncts(doc, k + 1, end);
        // ", Ohio, that …": the rest of a place name between commas.
        let place_end = (k + 1..end.min(k + 5))
            .find(|&j| !doc.cap(j) || !doc.is_word(j))
            .filter(|&j| j > k + 1 && doc.punct(j, &[',']));
        if doc.w(k + 1) == "that" {
            k += 1;
        } else if past > k + 1 && doc.punct(past, &[',']) && doc.w(past + 1) == "that" {
            k = past + 1;
        } else if let Some(j) = place_end.filter(|&j| doc.w(j + 1) == "that") {
            k = j + 1;
        } else if let Some(after) = place_then_adjuncts_before_that(doc, k, end) {
            k = after;
        }
    }
    // "said *— in a rare interview —* that": an aside between spaced dashes.
    if verb.flags & CLAUSE != 0 && doc.punct(k, &['—', '–']) && doc.space_before(k) {
        let limit = (k + 1 + MAX_ADJUNCT_TOKENS).min(end);
        if let Some(close) = (k + 1..limit).find(|&j| doc.punct(j, &['—', '–'])) {
            if doc.w(close + 1) == "that" && doc.is_word(close + 1) {
                k = close + 1;
            }
        }
    }
    // "refused*, generally,* to concede", "said*, however,* that": an adverb between commas.
    if doc.punct(k, &[','])
        && doc.punct(k + 2, &[','])
        && doc.is_word(k + 1)
        && (is_ly_adverb(doc.w(k + 1))
            || is_in(SKIPPABLE_ADVERBS, doc.w(k + 1))
            || is_in(ASIDE_ADVERBS, doc.w(k + 1)))
    {
        k += 3;
    }
    // "said, if elected, she would …": a subordinate clause between commas opens the content.
    if verb.flags & CLAUSE != 0
        && doc.punct(k, &[','])
        && is_in(CONTENT_SUBORDINATORS, doc.w(k + 1))
    {
        let limit = (k + 2 + MAX_ASIDE_CLAUSE_TOKENS).min(end);
        if let Some(close) = (k + 2..limit).find(|&j| !doc.is_word(j)) {
            if doc.punct(close, &[',']) && clause_starts_at(doc, close + 1, end) {
                return Some(Complement {
                    addressee: addr,
                    start: k + 1,
                    opening: Opening::Clause,
                });
            }
        }
    }
    let Some(opening) = read_opening(doc, quotes, verb, k, end, addr.is_some()) else {
        // "promised *a warmer partnership* with Hale": no addressee after all, but the object.
        return addr
            .filter(|_| verb.flags & OBJECT != 0 && verb.flags & NEEDS_ADDRESSEE == 0)
            .map(|(a, _)| Complement {
                addressee: None,
                start: a,
                opening: Opening::Object,
            });
    };
    // "see Clinton *as* the heir": without "as" these verbs are perception, not attitude.
    if verb.flags & AS_ONLY != 0
        && opening == Opening::Object
        && !(k + 1..end.min(k + MAX_AS_DISTANCE))
            .take_while(|&j| !doc.punct(j, &[',', ';', ':']))
            .any(|j| doc.w(j) == "as")
    {
        return None;
    }
    let start = if opening == Opening::Colon || (opening == Opening::Quote && doc.punct(k, &[',']))
    {
        k + 1
    } else {
        k
    };
    Some(Complement {
        addressee: addr,
        start,
        opening,
    })
}

/// After a comma at `comma`, the rest of a place name and adjuncts before "that": "told a
/// rally in Salem*, Oregon on Monday* that", "in Salem*, Oregon, on Monday* that". Returns the
/// token of "that"; `None` for any other shape.
fn place_then_adjuncts_before_that(doc: &Doc, comma: usize, end: usize) -> Option<usize> {
    let place_end = (comma + 1..end.min(comma + 2 + MAX_PLACE_WORDS_AFTER_COMMA))
        .find(|&j| !doc.cap(j) || !doc.is_word(j))
        .filter(|&j| j > comma + 1)?;
    let next = if doc.punct(place_end, &[',']) {
        place_end + 1
    } else {
        place_end
    };
    let after = skip_adjuncts(doc, next, end);
    (after > next && doc.w(after) == "that" && doc.is_word(after)).then_some(after)
}

/// True when "which" at `k` asks a question: a lower-case noun right after it, and a finite
/// verb within [`MAX_WHICH_NOUN_TOKENS`] words ("which *candidate won*", "which *party
/// leaders* back").
fn which_opens_question(doc: &Doc, k: usize, end: usize) -> bool {
    let noun = |j: usize| {
        doc.is_word(j) && !doc.cap(j) && !is_function_or_cue_word(doc.w(j)) && !doc.is_finite_at(j)
    };
    noun(k + 1)
        && (k + 2..(k + 2 + MAX_WHICH_NOUN_TOKENS).min(end))
            .take_while(|&j| doc.is_word(j))
            .find(|&j| !noun(j))
            .is_some_and(|j| doc.is_finite_at(j))
}

/// How the content opens at `k`, if the verb accepts it there.
fn read_opening(
    doc: &Doc,
    quotes: &Quotations,
    verb: &CueVerb,
    k: usize,
    end: usize,
    has_addressee: bool,
) -> Option<Opening> {
    if k >= end {
        return None;
    }
    let f = verb.flags;
    let w = doc.w(k);
    if opens_quote(quotes, k) || (doc.punct(k, &[',']) && opens_quote(quotes, k + 1)) {
        return Some(Opening::Quote);
    }
    if doc.punct(k, &[':']) && k + 1 < end {
        return (f & (CLAUSE | QUOTE_ONLY | QUESTION) != 0).then_some(Opening::Colon);
    }
    // "Claims ‘The Shackles’ Have Been Taken Off": a single quotation mark opens the content.
    if doc.opens_single_quote(k) && f & QUOTE_ONLY == 0 {
        return read_opening(doc, quotes, verb, k + 1, end, has_addressee);
    }
    if !doc.is_word(k) {
        return None;
    }
    if f & QUOTE_ONLY != 0 {
        return None;
    }
    if w == "that" && f & (CLAUSE | OBJECT) != 0 {
        return Some(Opening::That);
    }
    // "vowed *not to* vote for him".
    if w == "not"
        && doc.w(k + 1) == "to"
        && f & INFINITIVE != 0
        && doc.is_word(k + 2)
        && !doc.cap(k + 2)
    {
        return Some(Opening::Infinitive);
    }
    // "vowed to “keep fighting”": a quotation may open at the infinitive's verb.
    let verb_at = if opens_quote(quotes, k + 1) {
        k + 2
    } else {
        k + 1
    };
    if w == "to"
        && f & INFINITIVE != 0
        && doc.is_word(verb_at)
        && (!doc.cap(verb_at) || doc.in_title(verb_at))
        && !is_in(DETERMINERS, doc.w(verb_at))
    {
        return Some(Opening::Infinitive);
    }
    if is_in(WH_WORDS, w) && f & (QUESTION | CLAUSE) != 0 && w != "which" {
        return Some(Opening::Question);
    }
    // "asked voters *which candidate* won": "which" and a noun, then the question's verb; not
    // a relative "which" ("the council, which meets").
    if w == "which" && f & QUESTION != 0 && which_opens_question(doc, k, end) {
        return Some(Opening::Question);
    }
    if matches!(w, "of" | "about" | "against") && f & ABOUT != 0 {
        return Some(Opening::About);
    }
    if w == "so" && f & SO != 0 {
        return Some(Opening::So);
    }
    if f & CLAUSE != 0 && clause_starts_at(doc, k, end) {
        return Some(Opening::Clause);
    }
    // "spoke out *in favor of* X", "voted *against* it".
    if w == "in"
        && matches!(doc.w(k + 1), "favor" | "favour" | "support")
        && doc.w(k + 2) == "of"
        && f & (OBJECT | ABOUT) != 0
    {
        return Some(Opening::About);
    }
    if f & OBJECT != 0
        && !has_addressee
        && !matches!(w, "or" | "and" | "but" | "nor" | "than" | "as")
        && (!doc.is_finite_at(k) || is_adjectival_participle(doc, k))
        && (!is_in(ADJUNCT_PREPOSITIONS, w)
            || w == "at" && matches!(doc.w(k + 1), "least" | "most"))
        && w != "to"
    {
        return Some(Opening::Object);
    }
    None
}
