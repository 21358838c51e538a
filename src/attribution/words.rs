//! Word classes the attribution grammar leans on, and the tokenised document it walks.
//!
//! Why it exists: attribution is found without a part-of-speech tagger (the wasm must stay
//! small), so the grammar asks small questions of single words — is it a determiner, an
//! auxiliary, a time word, a finite verb? — and those answers live in the tables here. Every
//! table holds folded words (lower case, no diacritics, see [`crate::text::chars::fold`]).

use crate::people::mentions::{Mentions, Who};
use crate::people::KnowledgeBase;
use crate::text::calendar;
use crate::text::lists::is_in_joined;
use crate::text::sentences::SentenceSpan;
use crate::text::tokens::Token;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Words that open a noun phrase ("the envoy", "his second meeting", "two officials").
pub const DETERMINERS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "several",
    "no",
    "any",
    "each",
    "every",
    "all",
    "both",
    "another",
    "other",
    "most",
    "few",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozens",
    "hundreds",
    "numerous",
    "various",
    "multiple",
    "certain",
    "countless",
];

/// Determiners that make a noun phrase definite: "the letter" is a document the reader can identify.
pub const DEFINITE_DETERMINERS: &[&str] = &[
    "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
];

/// Quantifiers that can head "one of the officials", "some of the experts".
pub const QUANTIFIERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many",
    "most", "several", "none", "each", "all", "both", "either", "neither", "few", "any", "dozens",
    "hundreds",
];

/// Number words and shares that head a source counted out of a group ("*one in five* say",
/// "*40 percent* of voters said", "a *majority* believe").
pub const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "million",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "tenth",
    "tenths",
    "percent",
    "pct",
    "majority",
    "minority",
    "plurality",
    "share",
    "handful",
    "bulk",
    "fraction",
    "proportion",
];

/// Small words a headline in title case capitalises besides those of the other tables.
pub const TITLE_SMALL_WORDS: &[&str] =
    &["to", "and", "about", "as", "of", "just", "out", "up", "be"];

/// Longest sentence, in tokens, read as a headline in title case.
pub const MAX_TITLE_TOKENS: usize = 40;

/// Fewest words of four letters or more for a sentence to be read as title case.
pub const MIN_TITLE_WORDS: usize = 3;

/// Share of those words that must be capitalised.
pub const TITLE_CASE_SHARE: f32 = 0.75;

/// Pronouns that can be the subject of a cue.
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Pronouns that can be an addressee ("told him", "assured them").
pub const OBJECT_PRONOUNS: &[&str] = &["him", "her", "them", "us", "me", "you", "it"];

/// Auxiliaries, negation and adverbs that may stand between a source and its cue
/// ("has stated", "did not say", "also told", "later added").
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "am",
    "be",
    "been",
    "being",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "not",
    "never",
    "also",
    "only",
    "just",
    "still",
    "already",
    "then",
    "now",
    "later",
    "earlier",
    "previously",
    "again",
    "once",
    "first",
    "further",
    "repeatedly",
    "publicly",
    "privately",
    "recently",
    "initially",
    "subsequently",
    "originally",
    "separately",
    "similarly",
    "reportedly",
    "allegedly",
    "even",
    "always",
    "often",
    "ever",
    "yet",
    "too",
    "twice",
    "long",
    "didn",
    "doesn",
    "don",
    "hasn",
    "haven",
    "hadn",
    "isn",
    "wasn",
    "weren",
    "aren",
    "wouldn",
    "couldn",
    "shouldn",
    "won",
    "cannot",
    "t",
];

/// Words that make a clause finite: "the vote *was* rigged", "he *would* leave".
pub const FINITE_VERBS: &[&str] = &[
    "is", "are", "was", "were", "am", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must", "cannot", "isn", "wasn", "weren",
    "aren", "hasn", "haven", "hadn", "don", "doesn", "didn", "won", "wouldn", "couldn", "shouldn",
    "ll", "d", "re", "ve",
];

/// Pronouns whose "’s" or "’m" is a verb ("it’s", "she’s", "there’s", "I’m"), never a
/// possessive.
pub const CONTRACTING_PRONOUNS: &[&str] = &[
    "it",
    "he",
    "she",
    "that",
    "there",
    "here",
    "what",
    "who",
    "where",
    "i",
    "this",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
];

/// Irregular past tenses common in news copy, so "the opposition *won*" reads as a clause.
pub const IRREGULAR_PAST: &str = "\
    won lost made took gave got went came saw knew thought felt left kept held met paid sent \
    spent told said began became ran brought bought fought found stood wrote chose rose fell led \
    meant sought struck hid broke spoke drove flew grew threw wore sold built caught taught \
    understood forgot shot stole swore froze woke bore beat bit drew fled hung lay lit rode rang \
    sang sank shook shut slept spun split spread sprang stuck stung swept swung tore wept wound \
    withdrew overcame undertook";

/// Words other than weekdays and months that make up time adjuncts ("last week", "earlier").
const OTHER_TIME_WORDS: &[&str] = &[
    "on Thursday",
    "last week",
    "today",
    "yesterday",
    "tonight",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "week",
    "weekend",
    "month",
    "year",
    "day",
    "days",
    "weeks",
    "months",
    "years",
    "ago",
    "earlier",
    "later",
    "recently",
    "hour",
    "hours",
    "minute",
    "minutes",
    "decade",
    "decades",
    "moment",
];

/// True for a word of a time adjunct ("on Thursday", "last week", "in Sept.").
pub fn is_time_word(word: &str) -> bool {
    calendar::is_calendar_word(word) || is_in(OTHER_TIME_WORDS, word)
}

/// True for a weekday or month: capitalised time words that may stand between a source and its cue
/// ("Zakharova Thursday told …").
pub fn is_weekday_or_month(word: &str) -> bool {
    calendar::is_weekday_or_month(word)
}

/// Words that open a time adjunct: "last week", "this Thursday", "earlier this month".
pub const TIME_OPENERS: &[&str] = &[
    "on", "last", "this", "next", "past", "late", "early", "earlier", "later", "mid", "in", "at",
    "since", "until", "by", "during",
];

/// Prepositions that open an adjunct between a cue and its content ("said *in* a statement
/// that", "told reporters *on* Thursday:").
pub const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "via",
    "through",
    "over",
    "from",
    "amid",
    "following",
    "under",
    "since",
    "throughout",
    "with",
    "to",
    "for",
    "of",
    "by",
    "ahead",
    "outside",
    "inside",
    "near",
];

/// Prepositions that may sit inside a source phrase when they follow its head ("a spokesman
/// *for* the foundation", "the ambassador *in* Moscow", "a person familiar *with* the matter").
pub const SOURCE_PREPOSITIONS: &[&str] = &[
    "of", "for", "at", "in", "from", "with", "to", "on", "within", "inside", "near", "close",
];

/// Words that end a noun phrase read backwards from a cue: clause openers and conjunctions.
pub const PHRASE_BREAKERS: &[&str] = &[
    "that",
    "which",
    "whom",
    "whose",
    "when",
    "where",
    "while",
    "because",
    "although",
    "though",
    "if",
    "unless",
    "whether",
    "but",
    "so",
    "than",
    "as",
    "then",
    "there",
    "here",
    "or",
    "nor",
    "yet",
    "after",
    "before",
    "since",
    "until",
    "why",
    "how",
    "what",
    "whereas",
    "once",
    "whilst",
    "meanwhile",
    "however",
    "also",
    "not",
    "to",
];

/// Adverbs set off by commas inside a clause: between a source and its cue ("Democrats*,
/// however,* question") or after an opening phrase ("On Thursday*, however,* the governor …").
pub const PARENTHETICAL_ADVERBS: &[&str] = &[
    "however",
    "meanwhile",
    "too",
    "though",
    "instead",
    "therefore",
    "moreover",
    "nonetheless",
    "nevertheless",
    "also",
    "indeed",
    "apparently",
    "meantime",
];

/// Words at the front of a noun phrase that are adverbs of the sentence, not part of the source
/// ("Later Trump said" → "Trump").
pub const LEADING_ADVERBS: &[&str] = &[
    "later",
    "earlier",
    "meanwhile",
    "however",
    "also",
    "now",
    "then",
    "yesterday",
    "today",
    "still",
    "and",
    "but",
    "so",
    "separately",
    "similarly",
    "instead",
    "indeed",
    "previously",
    "finally",
    "moreover",
];

/// Words that open an embedded question ("asked *whether*", "explained *why*").
pub const WH_WORDS: &[&str] = &[
    "whether", "if", "why", "how", "what", "when", "where", "who", "which", "whom",
];

/// Lower-case words ending in "-ly" that are not adverbs.
pub const NOT_ADVERBS_IN_LY: &[&str] = &[
    "family", "ally", "rally", "assembly", "supply", "reply", "italy", "july", "daily", "weekly",
    "monthly", "early", "only", "holy", "belly", "bully", "jelly", "lily", "fly", "apply",
    "anomaly", "monopoly", "italy",
];

/// Lower-case words ending in "-ing" that can sit inside a source phrase ("the ruling party").
pub const NOUNS_IN_ING: &[&str] = &[
    "ruling",
    "leading",
    "governing",
    "building",
    "meeting",
    "king",
    "thing",
    "wing",
    "beijing",
    "evening",
    "morning",
    "briefing",
    "hearing",
    "polling",
    "reporting",
    "spending",
    "funding",
    "housing",
    "training",
    "bombing",
    "shooting",
    "killing",
    "testing",
    "filing",
    "offering",
    "wording",
    "meaning",
];

/// Opening brackets and dashes after which a quotation mark opens.
pub const OPENING_PUNCTUATION: &[char] = &['(', '[', '{', '—', '–', '-', '/', ':', '\u{2018}'];

/// Punctuation that may directly follow a closing quotation mark.
pub const CLOSING_PUNCTUATION: &[char] = &[
    '.', ',', ';', ':', '!', '?', ')', ']', '}', '…', '—', '–', '-', '\u{2019}', '\'',
];

/// Sentence terminators.
pub const TERMINATORS: &[char] = &['.', '!', '?', '…'];

// ---------------------------------------------------------------------------------------------
// Word questions
// ---------------------------------------------------------------------------------------------

/// True when `word` is in `list`.
pub fn is_in(list: &'static [&'static str], word: &str) -> bool {
    crate::text::lists::is_in(list, word)
}

/// True for a lower-case adverb in "-ly" ("publicly", "repeatedly").
pub fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !is_in(NOT_ADVERBS_IN_LY, word)
}

/// True for a number or a share: digits ("40", "1,200"), number words, "percent", "majority".
pub fn is_number_word(word: &str) -> bool {
    is_in(NUMBER_WORDS, word)
        || !word.is_empty()
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && word.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// True for a word a headline capitalises that is no name: a cue verb, an auxiliary, a
/// determiner, a preposition, a pronoun or a conjunction.
pub fn is_function_or_cue_word(word: &str) -> bool {
    super::cues::cue_word(word).is_some()
        || [
            AUXILIARIES,
            DETERMINERS,
            SOURCE_PREPOSITIONS,
            ADJUNCT_PREPOSITIONS,
            PHRASE_BREAKERS,
            WH_WORDS,
            SUBJECT_PRONOUNS,
            OBJECT_PRONOUNS,
            TITLE_SMALL_WORDS,
        ]
        .iter()
        .any(|list| is_in(list, word))
}

/// True for a word that is a finite verb on its own ("was", "won", "agreed").
pub fn is_finite_word(word: &str) -> bool {
    is_in(FINITE_VERBS, word) || is_in_joined(IRREGULAR_PAST, word)
}

// ---------------------------------------------------------------------------------------------
// The tokenised document
// ---------------------------------------------------------------------------------------------

/// One sentence with its tokens.
#[derive(Debug, Clone)]
pub struct Sent {
    /// Byte range.
    pub start: usize,
    /// Byte end.
    pub end: usize,
    /// First token.
    pub t0: usize,
    /// Token after the last.
    pub t1: usize,
    /// First token after a dateline ("MOSCOW.-Russia" → "Russia").
    pub body: usize,
    /// Paragraph index (into [`Doc::paras`]).
    pub para: usize,
}

/// The text, its tokens, sentences, paragraphs and people, with the questions the grammar asks
/// about single tokens.
pub struct Doc<'a> {
    /// The analysed text.
    pub text: &'a str,
    /// Tokens from the people layer (run-together words already split).
    pub toks: &'a [Token],
    /// The people layer's findings.
    pub mentions: &'a Mentions,
    /// The knowledge base (countries for proper adjectives).
    pub kb: &'a KnowledgeBase,
    /// Sentences with token ranges.
    pub sents: Vec<Sent>,
    /// Non-empty lines: byte ranges, trimmed.
    pub paras: Vec<(usize, usize)>,
    /// For each token, its paragraph.
    pub tok_para: Vec<u32>,
    /// For each token, its sentence, or `u32::MAX` when outside every sentence.
    pub tok_sent: Vec<u32>,
    /// For each token, the index of the mention covering it, or `u32::MAX`.
    pub tok_mention: Vec<u32>,
    /// For each token, true when it is a function or cue word capitalised only because its
    /// sentence is in title case ("Cruz *Says* He *Will* Win"): it reads as lower case.
    pub title_cased: Vec<bool>,
    /// For each sentence, true when it is a headline in title case.
    pub title_sents: Vec<bool>,
    /// For each token, true when it is a single mark (`‘`, `’`, `'`) that acts as a quotation
    /// mark; set from [`super::quotes::single_quote_marks`] before the quotations are found.
    pub single_marks: Vec<bool>,
}

/// No index.
pub const NONE: u32 = u32::MAX;

impl<'a> Doc<'a> {
    /// Indexes tokens by sentence, paragraph and mention, in one pass each.
    pub fn new(
        text: &'a str,
        sentences: &[SentenceSpan],
        mentions: &'a Mentions,
        kb: &'a KnowledgeBase,
    ) -> Doc<'a> {
        let toks = mentions.tokens.as_slice();
        let paras = non_empty_lines(text);
        let mut tok_para = Vec::with_capacity(toks.len());
        let mut p = 0;
        for t in toks {
            while p + 1 < paras.len() && t.start >= paras[p].1 {
                p += 1;
            }
            tok_para.push(p as u32);
        }
        let mut tok_sent = vec![NONE; toks.len()];
        let mut sents = Vec::with_capacity(sentences.len());
        let mut k = 0;
        for (si, s) in sentences.iter().enumerate() {
            while k < toks.len() && toks[k].start < s.start {
                k += 1;
            }
            let t0 = k;
            while k < toks.len() && toks[k].start < s.end {
                tok_sent[k] = si as u32;
                k += 1;
            }
            sents.push(Sent {
                start: s.start,
                end: s.end,
                t0,
                t1: k,
                body: t0,
                para: s.paragraph.min(paras.len() - 1),
            });
        }
        let mut tok_mention = vec![NONE; toks.len()];
        let mut m = 0;
        for (i, t) in toks.iter().enumerate() {
            while m < mentions.mentions.len() && mentions.mentions[m].end <= t.start {
                m += 1;
            }
            if let Some(x) = mentions.mentions.get(m) {
                if x.start <= t.start && t.end <= x.end {
                    tok_mention[i] = m as u32;
                }
            }
        }
        let mut doc = Doc {
            text,
            toks,
            mentions,
            kb,
            sents,
            paras,
            tok_para,
            tok_sent,
            tok_mention,
            title_cased: vec![false; toks.len()],
            title_sents: Vec::new(),
            single_marks: vec![false; toks.len()],
        };
        doc.title_sents = vec![false; doc.sents.len()];
        for i in 0..doc.sents.len() {
            let body = doc.dateline_end(&doc.sents[i]);
            doc.sents[i].body = body;
            if doc.is_title_case(&doc.sents[i]) {
                doc.title_sents[i] = true;
                let (a, b) = (doc.sents[i].body + 1, doc.sents[i].t1);
                for k in a..b {
                    doc.title_cased[k] = doc.is_word(k)
                        && doc.tok_mention[k] == NONE
                        && is_function_or_cue_word(doc.w(k));
                }
            }
        }
        doc
    }

    /// True for a headline in title case: most of its longer words after the first are
    /// capitalised ("Ada Moss Refuses to Disown Tom Hale Endorsement").
    fn is_title_case(&self, s: &Sent) -> bool {
        let long: Vec<usize> = (s.body + 1..s.t1)
            .filter(|&k| self.is_word(k) && self.w(k).chars().count() >= 4)
            .collect();
        let capitalised = long
            .iter()
            .filter(|&&k| self.toks[k].is_capitalized())
            .count();
        s.t1 - s.t0 <= MAX_TITLE_TOKENS
            && long.len() >= MIN_TITLE_WORDS
            && capitalised as f32 >= TITLE_CASE_SHARE * long.len() as f32
    }

    /// True when token `i` is in a headline in title case, where capitals prove nothing.
    pub fn in_title(&self, i: usize) -> bool {
        self.tok_sent
            .get(i)
            .is_some_and(|&s| s != NONE && self.title_sents[s as usize])
    }

    /// True when token `i` is a single opening quotation mark glued to the word after it
    /// ("*‘*The Shackles’").
    pub fn opens_single_quote(&self, i: usize) -> bool {
        self.punct(i, &['\u{2018}', '\'']) && self.is_word(i + 1) && !self.space_before(i + 1)
    }

    /// Folded word of token `i` ("" past the end).
    pub fn w(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.folded.as_str())
    }

    /// True when token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::is_word)
    }

    /// True when token `i` is a capitalised word.
    pub fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_capitalized()) && !self.title_cased[i]
    }

    /// True when token `i` is a word written entirely in capitals ("MOSCOW").
    pub fn all_caps(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            let s = t.text(self.text);
            t.is_word()
                && s.chars().any(char::is_alphabetic)
                && s.chars().all(|c| !c.is_lowercase())
        })
    }

    /// The first character of token `i`.
    pub fn ch(&self, i: usize) -> char {
        self.toks.get(i).map_or('\0', |t| t.first_char())
    }

    /// True when token `i` is punctuation among `chars`.
    pub fn punct(&self, i: usize, chars: &[char]) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct_in(chars))
    }

    /// True when token `i` is a quotation mark: a double one, or a single one that
    /// [`super::quotes::single_quote_marks`] chose.
    pub fn is_quote_mark(&self, i: usize) -> bool {
        self.quote_mark_width(i) > 0 || self.is_second_apostrophe(i)
    }

    /// How many tokens the quotation mark starting at token `i` spans: 1 for `“`, `"`, `«`…
    /// and for a single mark chosen as a quotation mark, 2 for two apostrophes standing for a
    /// double quote (`''`, as some archives write them), 0 when no mark starts there.
    pub fn quote_mark_width(&self, i: usize) -> usize {
        let Some(t) = self.toks.get(i) else { return 0 };
        if t.is_word() {
            return 0;
        }
        if crate::text::chars::is_double_quote(t.first_char()) || self.single_marks[i] {
            return 1;
        }
        if self.is_second_apostrophe(i + 1) {
            return 2;
        }
        0
    }

    /// Where the closing mark whose role sits on token `close` starts: quotation roles sit on a
    /// mark's last token, and a `''` mark starts one token earlier.
    pub fn close_mark_start(&self, close: usize) -> usize {
        close - usize::from(close > 0 && self.quote_mark_width(close - 1) == 2)
    }

    /// True for the second apostrophe of a `''` mark. In a run of glued apostrophes, pairs are
    /// read from the left (`'''Bowl`: `''` then `'`), except a run of three that closes, which
    /// ends a single quote inside a double one (`old-school,'''`: `'` then `''`).
    fn is_second_apostrophe(&self, i: usize) -> bool {
        let glued_apostrophe = |k: usize| {
            self.toks
                .get(k)
                .is_some_and(|t| !t.is_word() && t.first_char() == '\'')
        };
        if i == 0 || !glued_apostrophe(i) || !glued_apostrophe(i - 1) || self.space_before(i) {
            return false;
        }
        // The run's first apostrophe, and its end (both capped: runs are short).
        let mut r = i - 1;
        while r > 0 && i - r < 4 && glued_apostrophe(r - 1) && !self.space_before(r) {
            r -= 1;
        }
        let mut end = i + 1;
        while end - r < 5 && glued_apostrophe(end) && !self.space_before(end) {
            end += 1;
        }
        let closing_triple =
            end - r == 3 && r > 0 && !self.space_before(r) && !self.punct(r - 1, &['(', '[']);
        if closing_triple {
            i == r + 2
        } else {
            (i - r) % 2 == 1
        }
    }

    /// True when white space separates token `i` from the one before it.
    pub fn space_before(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.space_before)
    }

    /// True when tokens `a` and `b` are in the same paragraph.
    pub fn same_para(&self, a: usize, b: usize) -> bool {
        a < self.toks.len() && b < self.toks.len() && self.tok_para[a] == self.tok_para[b]
    }

    /// The mention covering token `i`.
    pub fn mention(&self, i: usize) -> Option<&crate::people::mentions::FoundMention> {
        let m = *self.tok_mention.get(i)?;
        (m != NONE).then(|| &self.mentions.mentions[m as usize])
    }

    /// The person token `i` names, if it lies inside a mention.
    pub fn person_at(&self, i: usize) -> Option<Who> {
        self.mention(i).map(|m| m.who)
    }

    /// The last person mentioned before byte `pos` (binary search; mentions are sorted).
    pub fn last_person_before(&self, pos: usize) -> Option<Who> {
        let ms = &self.mentions.mentions;
        let n = ms.partition_point(|m| m.end <= pos);
        n.checked_sub(1).map(|k| ms[k].who)
    }

    /// True when the token names a country, its people or their adjective ("Colombian").
    pub fn is_country_word(&self, i: usize) -> bool {
        self.is_word(i) && self.kb.country(self.w(i)).is_some()
    }

    /// True when the word is a finite verb in context: an auxiliary, an irregular past, or a
    /// lower-case "-ed" word that no determiner announces as an adjective.
    pub fn is_finite_at(&self, i: usize) -> bool {
        let w = self.w(i);
        if !self.is_word(i) || self.cap(i) {
            return false;
        }
        if is_finite_word(w) {
            return true;
        }
        if i == 0 {
            return false;
        }
        // "it’s", "he’s", "I’m": a contracted "is"/"has"/"am" after a pronoun (not a possessive).
        if matches!(w, "s" | "m")
            && i >= 2
            && self.punct(i - 1, &['\'', '\u{2019}'])
            && !self.space_before(i - 1)
            && !self.space_before(i)
            && is_in(CONTRACTING_PRONOUNS, self.w(i - 2))
        {
            return true;
        }
        // "-ed" past tenses, but not adjectives: "the newly appointed", "self-described".
        let compound = self.punct(i - 1, &['-']) && !self.space_before(i);
        w.len() >= 5
            && w.ends_with("ed")
            && !is_in(DETERMINERS, self.w(i - 1))
            && !is_ly_adverb(self.w(i - 1))
            && !compound
    }

    /// The first token after a dateline that opens the sentence ("MOSCOW.-", "WASHINGTON
    /// (Reuters) —", "KYIV, Ukraine —"), or the sentence's first token.
    fn dateline_end(&self, s: &Sent) -> usize {
        let (t0, t1) = (s.t0, s.t1);
        if t0 >= t1 || !self.all_caps(t0) || self.w(t0).chars().count() < 2 {
            return t0;
        }
        let mut i = t0;
        let limit = (t0 + 16).min(t1);
        let mut in_paren = false;
        while i < limit {
            let c = self.ch(i);
            if self.is_word(i) {
                if !in_paren && !self.cap(i) && !self.w(i).chars().all(|c| c.is_ascii_digit()) {
                    return t0;
                }
            } else if c == '(' {
                in_paren = true;
            } else if c == ')' {
                in_paren = false;
            } else if matches!(c, '—' | '–' | '-' | ':') && !in_paren {
                // "MOSCOW.-Russia", "WASHINGTON (Reuters) — The"
                let next = i + 1;
                if next < t1 && (self.cap(next) || self.is_quote_mark(next)) {
                    return next;
                }
                return t0;
            } else if !matches!(c, '.' | ',' | '/' | '\'' | '\u{2019}') && !in_paren {
                return t0;
            }
            i += 1;
        }
        t0
    }
}

/// Byte ranges of the non-empty lines of `text`, trimmed of white space.
pub fn non_empty_lines(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    // A newline byte is always a newline character in UTF-8: no decoding needed to find them.
    let breaks = text.bytes().enumerate().filter(|&(_, b)| b == b'\n');
    for i in breaks.map(|(i, _)| i).chain(std::iter::once(text.len())) {
        let line = &text[start..i];
        let trimmed_start = line.len() - line.trim_start_matches(is_blank).len();
        let trimmed = line.trim_matches(is_blank);
        if !trimmed.is_empty() {
            out.push((start + trimmed_start, start + trimmed_start + trimmed.len()));
        }
        start = i + 1;
    }
    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// White space and the invisible characters pasted text carries.
fn is_blank(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// True for a capitalised function word between two capitalised words, which makes it part of
/// a name: a programme such as "CBS *This* Morning" stays one source.
pub fn is_capitalised_inside_name(doc: &Doc, i: usize) -> bool {
    i > 0
        && doc.is_word(i)
        && doc.cap(i)
        && doc.is_word(i - 1)
        && doc.cap(i - 1)
        && doc.is_word(i + 1)
        && doc.cap(i + 1)
        && (is_in(DETERMINERS, doc.w(i)) || is_in(PHRASE_BREAKERS, doc.w(i)))
}
