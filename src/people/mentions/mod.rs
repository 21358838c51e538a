//! Finding the people a text mentions: names from the knowledge base, people the article
//! introduces itself, titles, and repairs of badly converted text.
//!
//! The steps run in this order, each a function named for its decision, each in its own module:
//! 1. `repair`: [`repair_glued_words`] splits run-together words ("Vladimir Putinin", "Donald
//!    TrumpThe"); [`join_broken_words`] joins names hyphenated across a line break ("Luka-⏎shenko").
//! 2. `known_names`: `match_known_names` finds knowledge-base names, longest first. Full names
//!    are mentions at once; single words ("Putin", "May") wait for step 4.
//! 3. `article_people`: `find_article_people` finds people the knowledge base lacks, from the
//!    title or apposition that introduces them ("Colombian Foreign Minister Rosa Villavicencio");
//!    other runs of capitalised words that end in a known surname ("Tim Morrison") are remembered
//!    as unknown. The role phrases it reads are `roles`.
//! 4. `single_names`: `resolve_single_names` decides each single word: the person fully named in
//!    the text under that surname (the nearest before it), else nobody when only someone unknown
//!    carries it, else the knowledge base: unambiguous surnames at once, shared or common-word ones
//!    only with evidence (a title before it, the person's country in the paragraph, the form's
//!    owner).
//! 5. `titled`: `match_titles` resolves "the Venezuelan leader" through the role held at the
//!    date, and unqualified "the president" through the last person described that way nearby,
//!    else the article's dominant country.
//!
//! This module holds what every step shares: the types, the working state (`Finder`) with its
//! per-paragraph facts and country and organisation readers, and the result ([`Mentions`]); the
//! word tables several steps read are in `words`.
//!
//! Every step is linear in the text (or n·log n): claimed tokens are a bit per token, surnames and
//! full mentions are hash maps of sorted positions, antecedents are searched backwards a bounded
//! number of steps, and the people holding an office at the date are looked up once per office.

mod article_people;
mod known_names;
mod repair;
mod roles;
mod single_names;
mod titled;
mod words;

use super::kb::{KnowledgeBase, PersonIdx};
use super::titles::{Office, INSTITUTIONS, SEATS_OF_POWER};
use crate::analysis::{Analysis, Mention, PersonRef};
use crate::engine::Date;
use crate::stable_sort;
// The tables here are keyed by words and people of one text: FxHash, not SipHash (text::hashing).
use crate::text::hashing::{FastMap as HashMap, FastSet as HashSet};
use crate::text::offsets::Utf16Index;
use crate::text::sentences::SentenceSpan;
use crate::text::tokens::{tokenize, Token};

pub use repair::{join_broken_words, repair_glued_words};

/// Most words of a country phrase (name, capital, seat of power, institution) read at a word.
const MAX_COUNTRY_WORDS: usize = 4;

/// Most words of an organisation's name read at a word.
const MAX_ORG_WORDS: usize = 3;

/// Who a mention refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Who {
    /// A person of the knowledge base.
    Kb(PersonIdx),
    /// A person the article itself introduces (index into [`Mentions::article_people`]).
    Article(usize),
}

/// How a mention was recognised (the analysis JSON's `how`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum How {
    /// The full name or a multi-word alias.
    FullName,
    /// The surname or another single-word alias.
    Surname,
    /// A title or description resolved through the role at the date.
    Title,
    /// A description resolved to someone the article mentioned before ("the diplomat").
    Coreference,
    /// A name recovered from run-together words.
    Repaired,
}

impl How {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            How::FullName => "full_name",
            How::Surname => "surname",
            How::Title => "title",
            How::Coreference => "coreference",
            How::Repaired => "repaired",
        }
    }
}

/// One mention, in byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundMention {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The person.
    pub who: Who,
    /// How it was recognised.
    pub how: How,
}

/// A person known only from the article.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticlePerson {
    /// The name as the article writes it.
    pub name: String,
    /// `article:<slug>`.
    pub id: String,
    /// The title or apposition that introduced them, as written ("Colombian Foreign Minister").
    pub role: Option<String>,
    /// The country that role belongs to.
    pub country: Option<&'static str>,
    /// The office that role names.
    pub office: Option<Office>,
    /// Folded full name key.
    key: String,
}

/// Everything the people layer found, kept for the attribution layer and the planner.
#[derive(Debug, Clone)]
pub struct Mentions {
    /// The text's tokens, with run-together words split and hyphenated line breaks joined.
    pub tokens: Vec<Token>,
    /// For each token, true when it was split off a run-together word.
    pub repaired: Vec<bool>,
    /// Mentions in text order, never overlapping.
    pub mentions: Vec<FoundMention>,
    /// People introduced by the article.
    pub article_people: Vec<ArticlePerson>,
    /// Descriptions of knowledge-base people given by the article ("embattled Venezuelan leader").
    pub kb_descriptions: HashMap<PersonIdx, String>,
    /// Steps taken by the scans (tokens visited, positions looked up, antecedents tried): a measure
    /// of work that tests use to check that finding mentions stays linear.
    #[doc(hidden)]
    pub work: usize,
}

/// A mention while the steps run: a token range.
#[derive(Debug, Clone, Copy)]
struct Found {
    t0: usize,
    t1: usize,
    who: Who,
    how: How,
}

/// A single-word (or surname) candidate waiting for step 4.
#[derive(Debug, Clone)]
struct Single {
    t0: usize,
    t1: usize,
    key: String,
    how: How,
}

/// A multi-word name several people share ("George Bush").
#[derive(Debug, Clone)]
struct SharedFull {
    t0: usize,
    t1: usize,
    candidates: Vec<PersonIdx>,
    how: How,
}

/// What qualifies an office: a country (or its seat of power) or an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Qualifier {
    Country(&'static str),
    Org(&'static str),
}

/// An office as a title names it: the office, qualified by a country or an organisation, and for
/// an envoy the state posted to ("Colombia's ambassador to Algeria"). It keys the memos of who
/// holds it, so each distinct title is looked up once per text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct OfficeQuery {
    office: Office,
    country: Option<&'static str>,
    org: Option<&'static str>,
    host: Option<&'static str>,
}

impl OfficeQuery {
    /// The office of a country, with no organisation or host ("the president" of the country
    /// the text is about).
    fn of_country(office: Office, country: &'static str) -> OfficeQuery {
        OfficeQuery {
            office,
            country: Some(country),
            org: None,
            host: None,
        }
    }
}

/// The working state of one run of [`find_mentions`].
struct Finder<'a> {
    kb: &'a KnowledgeBase,
    text: &'a str,
    date: Date,
    tokens: Vec<Token>,
    repaired: Vec<bool>,
    /// True for tokens inside a mention already found.
    claimed: Vec<bool>,
    found: Vec<Found>,
    article_people: Vec<ArticlePerson>,
    article_by_key: HashMap<String, usize>,
    kb_descriptions: HashMap<PersonIdx, String>,
    /// Folded surname (or surname phrase) → full mentions carrying it, as (token, person), `None`
    /// for someone unknown ("Tim Morrison"); sorted before step 4.
    bearers: HashMap<String, Vec<(usize, Option<Who>)>>,
    /// Tokens of capitalised runs that name someone unknown: no surname inside them is anyone else.
    blocked: Vec<bool>,
    /// Every country the text names.
    named_countries: HashSet<&'static str>,
    /// Single words and surname phrases waiting for step 4.
    singles: Vec<Single>,
    /// Tokens of single known names waiting for step 4: no unknown run goes through them
    /// ("Putin-Xi summit").
    single_at: Vec<bool>,
    shared_full: Vec<SharedFull>,
    /// Surname phrases of article people ("villacis mora", "mora"), longest first per first word.
    article_keys: HashMap<String, usize>,
    /// Token → paragraph (line).
    para: Vec<u32>,
    /// Paragraph → countries it names (names, adjectives, capitals, seats of power, institutions).
    para_countries: Vec<Vec<&'static str>>,
    /// Paragraph → true when written in capitals (a heading).
    caps_para: Vec<bool>,
    /// Paragraph → the countries whose seat of power it names ("White House", "Kremlin").
    para_seats: Vec<Vec<&'static str>>,
    /// Paragraph → true when nearly every longer word is capitalised (a title-case heading).
    title_para: Vec<bool>,
    /// Paragraph → true when nearly every longer word is capitalised, full stop or not: in such a
    /// line a name's end cannot be told from the capitals, so a run taken on a given name's
    /// evidence keeps only two words ("Bernie Sanders" of "Bernie Sanders Promises Action.").
    titleish_para: Vec<bool>,
    /// Token → starts a sentence.
    sentence_start: Vec<bool>,
    /// Country words in text order with their paragraphs, for the dominant country.
    country_words: Vec<(u32, &'static str)>,
    /// Countries the whole text names, most named first.
    doc_countries: Vec<(&'static str, usize)>,
    /// Per paragraph: the countries it names and how often.
    para_country_counts: Vec<Vec<(&'static str, usize)>>,
    /// People the text calls by an office ("President Obama"), with the office and how often.
    titled: HashMap<(PersonIdx, Office), usize>,
    /// The same by person.
    titled_by_person: HashMap<PersonIdx, Vec<Office>>,
    /// [`Self::holder_here`]'s answers, once per office, qualifier and host.
    offices_here: HashMap<OfficeQuery, Option<PersonIdx>>,
    /// Per paragraph: its dominant country, once known.
    dominant_cache: Vec<Option<Option<&'static str>>>,
    offices: HashMap<OfficeQuery, Option<PersonIdx>>,
    /// Token → the country named there and the token after it ([`Finder::country_at`]), read once
    /// per document: several steps ask at the same capitalised words.
    countries: Vec<Option<(&'static str, usize)>>,
    work: usize,
}

/// Finds every mention of a person in `text`.
pub fn find_mentions(
    kb: &KnowledgeBase,
    text: &str,
    sentences: &[SentenceSpan],
    date: Date,
) -> Mentions {
    let (tokens, repaired) = repair_glued_words(kb, text, tokenize(text));
    let (tokens, repaired) = join_broken_words(kb, text, tokens, repaired);
    let mut f = Finder::new(kb, text, tokens, repaired, sentences, date);
    f.match_known_names();
    f.find_article_people();
    f.resolve_single_names();
    f.resolve_shared_full_names();
    f.describe_known_people();
    f.match_titles();
    f.finish()
}

/// The folded words of `tokens` joined by single spaces ("united states"), the key form the
/// knowledge base's country, capital and organisation tables use; `None` when a token is not a
/// word, since such phrases ("U.S.-led", "Korea's") are looked up by other rules.
fn phrase_key(tokens: &[Token]) -> Option<String> {
    if tokens.iter().any(|t| !t.is_word()) {
        return None;
    }
    let mut key = String::new();
    for (n, t) in tokens.iter().enumerate() {
        if n > 0 {
            key.push(' ');
        }
        key.push_str(&t.folded);
    }
    Some(key)
}

/// The key [`phrase_key`] gives for the longest run of at most `max` word tokens opening
/// `tokens`, with the byte length of the key of each shorter run (`ends[n - 1]`: the first `n`
/// words); one string instead of one per length.
fn phrase_keys(tokens: &[Token], max: usize) -> (String, Vec<usize>) {
    let mut key = String::new();
    let mut ends = Vec::with_capacity(max);
    for t in tokens.iter().take(max).take_while(|t| t.is_word()) {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&t.folded);
        ends.push(key.len());
    }
    (key, ends)
}

/// True when the space-joined `key` is the word sequence `words`. The lengths are compared first:
/// splitting the key for every entry of a table was the wasm's largest cost in [`Finder::country_at`]
/// (asked at every capitalised word), and almost no entry has the key's length.
fn key_is_words(key: &str, words: &[&str]) -> bool {
    words.iter().map(|w| w.len() + 1).sum::<usize>() == key.len() + 1
        && key.split(' ').eq(words.iter().copied())
}

/// True when a word can start or end a name: capitalised, or in a script without case.
fn name_like(t: &Token) -> bool {
    if !t.is_word() {
        return false;
    }
    let c = t.first_char();
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase() && !c.is_ascii())
}

/// True when the word is written in capitals ("PUTIN").
fn all_caps(t: &Token, text: &str) -> bool {
    let s = t.text(text);
    // The test that fails at the first lower-case letter goes first: most words have one.
    t.is_word()
        && s.chars().all(|c| !c.is_lowercase())
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// Reads up to `max` words from token `i`, joined across hyphens and initials' dots; returns the
/// longest key and, for each prefix, its key's length in it and the token index after it. One key
/// for all prefixes: a `String` per prefix was an allocation per capitalised word.
fn word_run(tokens: &[Token], i: usize, max: usize) -> (String, Vec<(usize, usize)>) {
    let mut out = Vec::new();
    let mut key = String::new();
    let mut j = i;
    while j < tokens.len() && out.len() < max {
        let t = &tokens[j];
        if !t.is_word() {
            break;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&t.folded);
        j += 1;
        out.push((key.len(), j));
        // Joiners: "Jean-Yves", "John F. Kennedy".
        if j + 1 < tokens.len()
            && matches!(tokens[j].folded.as_str(), "-" | ".")
            && tokens[j + 1].is_word()
            && !tokens[j].space_before
        {
            // The dot of an initial: "John F. Kennedy", "George H.W. Bush".
            let initial_dot = tokens[j].folded == "." && tokens[j - 1].folded.chars().count() == 1;
            let hyphen_glued = tokens[j].folded == "-" && !tokens[j + 1].space_before;
            if hyphen_glued || initial_dot {
                j += 1;
            }
        }
    }
    (key, out)
}

impl<'a> Finder<'a> {
    fn new(
        kb: &'a KnowledgeBase,
        text: &'a str,
        tokens: Vec<Token>,
        repaired: Vec<bool>,
        sentences: &[SentenceSpan],
        date: Date,
    ) -> Finder<'a> {
        let n = tokens.len();
        // Paragraphs are lines.
        let mut para = Vec::with_capacity(n);
        let mut p = 0u32;
        let mut last_end = 0;
        for t in &tokens {
            p += text[last_end..t.start].matches('\n').count() as u32;
            last_end = t.start;
            para.push(p);
        }
        let paras = para.last().map_or(1, |&p| p as usize + 1);
        let mut sentence_start = vec![false; n];
        let mut k = 0;
        for s in sentences {
            while k < n && tokens[k].start < s.start {
                k += 1;
            }
            if k < n {
                sentence_start[k] = true;
            }
        }
        if n > 0 {
            sentence_start[0] = true;
        }
        for i in 1..n {
            if para[i] != para[i - 1] {
                sentence_start[i] = true;
            }
        }
        let mut f = Finder {
            kb,
            text,
            date,
            claimed: vec![false; n],
            tokens,
            repaired,
            found: Vec::new(),
            article_people: Vec::new(),
            article_by_key: HashMap::default(),
            kb_descriptions: HashMap::default(),
            bearers: HashMap::default(),
            blocked: vec![false; n],
            named_countries: HashSet::default(),
            singles: Vec::new(),
            single_at: vec![false; n],
            shared_full: Vec::new(),
            article_keys: HashMap::default(),
            para,
            para_countries: vec![Vec::new(); paras],
            caps_para: vec![false; paras],
            para_seats: vec![Vec::new(); paras],
            title_para: vec![false; paras],
            titleish_para: vec![false; paras],
            sentence_start,
            country_words: Vec::new(),
            doc_countries: Vec::new(),
            para_country_counts: Vec::new(),
            dominant_cache: Vec::new(),
            titled: HashMap::default(),
            titled_by_person: HashMap::default(),
            offices_here: HashMap::default(),
            offices: HashMap::default(),
            countries: Vec::new(),
            work: 0,
        };
        f.countries = (0..n).map(|i| f.read_country(i)).collect();
        f.scan_paragraphs();
        f
    }

    /// Countries each paragraph names, and which paragraphs are headings in capitals.
    fn scan_paragraphs(&mut self) {
        let n = self.tokens.len();
        let mut words = vec![0usize; self.caps_para.len()];
        let mut caps = vec![0usize; self.caps_para.len()];
        let mut long = vec![0usize; self.caps_para.len()];
        let mut capitalised = vec![0usize; self.caps_para.len()];
        let mut ends_sentence = vec![false; self.caps_para.len()];
        for (k, t) in self.tokens.iter().enumerate() {
            let p = self.para[k] as usize;
            let last_of_para = self.para.get(k + 1).is_none_or(|&q| q as usize != p);
            if last_of_para {
                ends_sentence[p] = t.is_punct_in(&['.', '!', '?', '"', '”', '’', ')']);
            }
        }
        let mut i = 0;
        while i < n {
            self.work += 1;
            let p = self.para[i] as usize;
            if self.tokens[i].is_word() {
                words[p] += 1;
                if self.tokens[i].text(self.text).chars().count() > 3 {
                    long[p] += 1;
                    if name_like(&self.tokens[i]) {
                        capitalised[p] += 1;
                    }
                }
                if all_caps(&self.tokens[i], self.text) {
                    caps[p] += 1;
                }
            }
            match self.country_at(i) {
                Some((iso, after)) => {
                    if !self.para_countries[p].contains(&iso) {
                        self.para_countries[p].push(iso);
                    }
                    let words: Vec<&str> = self.tokens[i..after]
                        .iter()
                        .map(|t| t.folded.as_str())
                        .collect();
                    if SEATS_OF_POWER.iter().any(|(w, _)| *w == words.as_slice())
                        && !self.para_seats[p].contains(&iso)
                    {
                        self.para_seats[p].push(iso);
                    }
                    self.country_words.push((p as u32, iso));
                    self.named_countries.insert(iso);
                    i = after;
                }
                None => i += 1,
            }
        }
        for p in 0..words.len() {
            self.caps_para[p] = words[p] >= 2 && caps[p] * 10 >= words[p] * 8;
            // Headlines do not end with a full stop; sentences full of names do.
            self.titleish_para[p] = long[p] >= 3 && capitalised[p] * 10 >= long[p] * 8;
            self.title_para[p] = self.titleish_para[p] && !ends_sentence[p];
        }
    }

    /// Two initials with dots at token `i` ("U.S.", "U.N.", tokenised U . S .), as the folded key
    /// "u.s." the knowledge base's country and organisation forms use.
    fn dotted_initials_at(&self, i: usize) -> Option<String> {
        let t = &self.tokens;
        (i + 3 < t.len()
            && t[i].folded.len() == 1
            && t[i + 1].folded == "."
            && t[i + 2].folded.len() == 1
            && t[i + 3].folded == ".")
            .then(|| format!("{}.{}.", t[i].folded, t[i + 2].folded))
    }

    /// A country named at token `i` (name, adjective, "U.S.", capital, seat of power,
    /// institution); returns it and the token after.
    fn country_at(&self, i: usize) -> Option<(&'static str, usize)> {
        self.countries[i]
    }

    /// What [`Finder::country_at`] answers, read from the tokens.
    fn read_country(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = &self.tokens[i];
        if !name_like(t) {
            return None;
        }
        // "U.S." / "U.K." as U . S .
        if let Some(key) = self.dotted_initials_at(i) {
            if let Some(c) = self.kb.country(&key) {
                return Some((c.iso2(), i + 4));
            }
        }
        // The keys of the phrases of 1 to 4 words from `i` are prefixes of the longest one.
        let (phrase, ends) = phrase_keys(&self.tokens[i..], MAX_COUNTRY_WORDS);
        for n in (1..=ends.len()).rev() {
            let key = &phrase[..ends[n - 1]];
            if let Some(c) = self.kb.country(key).or_else(|| self.kb.capital(key)) {
                return Some((c.iso2(), i + n));
            }
            if let Some((_, iso)) = SEATS_OF_POWER
                .iter()
                .chain(INSTITUTIONS.iter())
                .find(|(w, _)| key_is_words(key, w))
            {
                return Some((iso, i + n));
            }
        }
        None
    }

    fn is_free(&self, t0: usize, t1: usize) -> bool {
        !self.claimed[t0..t1].iter().any(|&c| c)
    }

    fn push(&mut self, t0: usize, t1: usize, who: Who, how: How) {
        for c in &mut self.claimed[t0..t1] {
            *c = true;
        }
        self.found.push(Found { t0, t1, who, how });
    }

    /// Remembers a full mention of `who` under each single word of it that can stand alone for them
    /// (and, for article people, each surname phrase).
    fn register_full(&mut self, t0: usize, t1: usize, who: Who) {
        match who {
            Who::Kb(p) => {
                for k in t0..t1 {
                    let w = &self.tokens[k];
                    if w.is_word() && self.kb.lookup(&w.folded).iter().any(|e| e.person() == p) {
                        self.bearers
                            .entry(w.folded.as_str().to_owned())
                            .or_default()
                            .push((t0, Some(who)));
                    }
                }
            }
            Who::Article(a) => {
                let key = self.article_people[a].key.clone();
                let words: Vec<&str> = key.split(' ').collect();
                // The full name and every ending of it: "rafael villacis mora", "villacis mora", "mora".
                for s in 0..words.len() {
                    let k = words[s..].join(" ");
                    if s > 0 || words.len() > 1 {
                        self.article_keys.entry(k.clone()).or_insert(a);
                    }
                    if s > 0 {
                        self.bearers.entry(k).or_default().push((t0, Some(who)));
                    }
                }
            }
        }
    }

    fn is_allcaps_context(&self, i: usize) -> bool {
        self.caps_para[self.para[i] as usize]
    }

    /// An organisation named at token `i`: returns its code and the token after.
    fn org_at(&self, i: usize) -> Option<(&'static str, usize)> {
        let t = &self.tokens[i];
        if !name_like(t) {
            return None;
        }
        // "U.N." as U . N .
        if let Some(key) = self.dotted_initials_at(i) {
            if let Some((o, _)) = self.kb.org_form(&key) {
                return Some((o.code(), i + 4));
            }
        }
        let (phrase, ends) = phrase_keys(&self.tokens[i..], MAX_ORG_WORDS);
        for n in (1..=ends.len()).rev() {
            let key = &phrase[..ends[n - 1]];
            if let Some((o, caps)) = self.kb.org_form(key) {
                if caps
                    && !self.tokens[i..i + n]
                        .iter()
                        .all(|t| all_caps(t, self.text) || t.text(self.text).len() == 1)
                {
                    continue;
                }
                return Some((o.code(), i + n));
            }
        }
        None
    }

    /// The mentions in text order, never overlapping.
    fn finish(mut self) -> Mentions {
        stable_sort::sort_by_key(&mut self.found, |x| (x.t0, std::cmp::Reverse(x.t1)));
        let mut mentions: Vec<FoundMention> = Vec::with_capacity(self.found.len());
        for x in &self.found {
            let (start, end) = (self.tokens[x.t0].start, self.tokens[x.t1 - 1].end);
            if mentions.last().is_none_or(|k| start >= k.end) {
                mentions.push(FoundMention {
                    start,
                    end,
                    who: x.who,
                    how: x.how,
                });
            }
        }
        Mentions {
            tokens: self.tokens,
            repaired: self.repaired,
            mentions,
            article_people: self.article_people,
            kb_descriptions: self.kb_descriptions,
            work: self.work,
        }
    }
}

impl Mentions {
    /// The person a mention inside `start..end` refers to, preferring the last one (the head of
    /// "Russian Foreign Ministry spokeswoman Maria Zakharova"). Binary search: mentions are sorted
    /// and never overlap, so their ends are sorted too.
    pub fn person_in(&self, start: usize, end: usize) -> Option<Who> {
        let k = self.mentions.partition_point(|x| x.end <= end);
        let x = &self.mentions[k.checked_sub(1)?];
        (x.start >= start).then_some(x.who)
    }

    /// The last person mentioned before byte `pos`: what a pronoun most likely refers to.
    pub fn last_person_before(&self, pos: usize) -> Option<Who> {
        let k = self.mentions.partition_point(|x| x.end <= pos);
        k.checked_sub(1).map(|k| self.mentions[k].who)
    }

    /// The display name of a person.
    pub fn name_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).name().to_string(),
            Who::Article(a) => self.article_people[a].name.clone(),
        }
    }

    /// The id of a person as the analysis JSON gives it.
    pub fn id_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).id().to_string(),
            Who::Article(a) => self.article_people[a].id.clone(),
        }
    }

    /// Everyone mentioned or quoted, in order of first appearance.
    pub fn people_in_order(&self, speakers: impl Iterator<Item = Who>) -> Vec<Who> {
        let mut out: Vec<Who> = Vec::new();
        let mut seen: HashSet<Who> = HashSet::default();
        for w in self.mentions.iter().map(|x| x.who).chain(speakers) {
            if seen.insert(w) {
                out.push(w);
            }
        }
        out
    }

    /// Writes `people` and `mentions` into the analysis.
    pub fn write_into(
        &self,
        analysis: &mut Analysis,
        index: &Utf16Index,
        kb: &KnowledgeBase,
        date: Date,
        attributions: &crate::attribution::Attributions,
    ) {
        for who in self.people_in_order(attributions.speakers()) {
            let (role, country, in_kb) = match who {
                Who::Kb(p) => {
                    let r = kb.person(p).role_at(date);
                    let role = r
                        .map(|r| r.title().to_string())
                        .or_else(|| self.kb_descriptions.get(&p).cloned());
                    (
                        role,
                        r.and_then(|r| (!r.country().is_empty()).then(|| r.country().to_string())),
                        true,
                    )
                }
                Who::Article(a) => {
                    let p = &self.article_people[a];
                    (p.role.clone(), p.country.map(str::to_string), false)
                }
            };
            analysis.people.push(PersonRef {
                id: self.id_of(kb, who),
                name: self.name_of(kb, who),
                in_knowledge_base: in_kb,
                role,
                country,
            });
        }
        for x in &self.mentions {
            analysis.mentions.push(Mention {
                span: index.span(x.start, x.end),
                person: self.id_of(kb, x.who),
                how: x.how.as_str().to_string(),
            });
        }
    }
}
