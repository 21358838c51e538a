//! Finding the people a text mentions: names from the knowledge base, people the article
//! introduces itself, titles, and repairs of badly converted text.
//!
//! The steps run in this order, each a function named for its decision:
//! 1. [`repair_glued_words`] splits run-together words ("Vladimir Putinin", "Donald TrumpThe").
//! 2. [`match_known_names`] finds knowledge-base names, longest first; ambiguous ones wait.
//! 3. [`find_article_people`] finds people the knowledge base lacks, from the title or apposition
//!    that introduces them ("Colombian Foreign Minister Rosa Villavicencio").
//! 4. [`resolve_ambiguous_names`] keeps an ambiguous name only with evidence.
//! 5. [`match_titles`] resolves "the Venezuelan leader" through the role held at the date, and
//!    "the diplomat" to the person last described as one.

use std::collections::HashMap;

use super::kb::{KnowledgeBase, NameStrength, PersonIdx};
use super::titles::{office_compatible, read_office, resolve_office, Office, SEATS_OF_POWER};
use crate::analysis::{Analysis, Mention, PersonRef};
use crate::engine::Date;
use crate::text::chars::fold;
use crate::text::offsets::Utf16Index;
use crate::text::sentences::SentenceSpan;
use crate::text::tokens::{tokenize, Token, TokenKind};

/// Words that badly converted text glues onto a name: "Putinin", "Thursdaywhile".
const GLUE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "had", "has", "have", "he", "her", "his", "in", "into",
    "is", "it", "its", "of", "on", "or", "said", "says", "she", "that", "the", "their", "they", "this", "to", "told",
    "was", "were", "when", "which", "while", "who", "with", "would", "will", "also", "after", "before", "during",
];

/// Word endings that make a glued lower-case remainder look like an English word ("maintained").
const GLUE_ENDINGS: &[&str] = &["ed", "ing", "ly", "tion", "ment", "ness"];

/// Capitalised words that start sentences or phrases and never begin a name.
const NOT_NAME_WORDS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "in", "on", "at", "for", "from", "with", "by", "of", "to",
    "and", "but", "or", "if", "as", "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "our",
    "after", "before", "while", "when", "although", "though", "since", "during", "according", "meanwhile",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr",
    "president", "minister", "foreign", "prime", "chancellor", "spokesman", "spokeswoman", "spokesperson",
    "ambassador", "envoy", "secretary", "general", "senator", "governor", "mayor", "king", "queen", "prince",
    "ministry", "agency", "radio", "news", "house", "office", "party", "council", "union", "bank", "press",
    "times", "post", "journal", "television", "tv", "group", "company", "corporation", "university", "court",
    "department", "government", "administration", "state", "states", "republic", "kingdom", "federation",
    "national", "international", "united", "western", "eastern", "northern", "southern", "hemisphere",
    "reuters", "afp", "ap", "agencies", "there", "here", "what", "who", "why", "how", "not", "no", "yes",
    "both", "all", "some", "many", "most", "one", "two", "three", "independent", "sources", "officials",
    "christmas", "easter", "god", "allah", "street", "avenue", "square",
];

/// Lower-case particles that may sit inside a name ("Charles de Gaulle", "Mohammed bin Salman").
const NAME_PARTICLES: &[&str] = &["de", "del", "della", "da", "das", "do", "dos", "van", "von", "der", "den", "bin", "al", "el", "la", "le", "y", "di", "du", "ibn"];

/// Honorifics that announce a person.
const HONORIFICS: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady"];

/// Words that may modify an office in a role phrase ("special envoy", "deputy foreign minister").
const ROLE_MODIFIERS: &[&str] = &[
    "special", "deputy", "former", "senior", "acting", "interim", "state", "foreign", "ministry", "chief",
    "presidential", "top", "new", "outgoing", "incoming", "then", "vice", "first", "veteran", "embattled",
    "authoritarian", "de", "facto", "opposition", "self-declared", "longtime", "long-time", "defense", "defence",
];

/// Words before a month-like name that make it a date ("in May").
const DATE_PREPOSITIONS: &[&str] = &["in", "on", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "this", "from", "through"];

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
    /// Folded surname (last word).
    surname: String,
}

/// Everything the people layer found, kept for the attribution layer and the planner.
#[derive(Debug, Clone)]
pub struct Mentions {
    /// The text's tokens, with run-together words split.
    pub tokens: Vec<Token>,
    /// For each token, true when it was split off a run-together word.
    pub repaired: Vec<bool>,
    /// Mentions in text order, never overlapping.
    pub mentions: Vec<FoundMention>,
    /// People introduced by the article.
    pub article_people: Vec<ArticlePerson>,
    /// Descriptions of knowledge-base people given by the article ("embattled Venezuelan leader").
    pub kb_descriptions: HashMap<PersonIdx, String>,
}

/// Finds every mention of a person in `text`.
pub fn find_mentions(kb: &KnowledgeBase, text: &str, sentences: &[SentenceSpan], date: Date) -> Mentions {
    let (tokens, repaired) = repair_glued_words(kb, text, tokenize(text));
    let mut m = Mentions { tokens, repaired, mentions: Vec::new(), article_people: Vec::new(), kb_descriptions: HashMap::new() };
    let pending = match_known_names(kb, text, &mut m);
    describe_known_people(kb, text, &mut m);
    find_article_people(kb, text, &mut m);
    resolve_ambiguous_names(kb, text, sentences, &mut m, pending, date);
    match_titles(kb, text, &mut m, date);
    m.mentions.sort_by_key(|x| (x.start, std::cmp::Reverse(x.end)));
    let mut kept: Vec<FoundMention> = Vec::with_capacity(m.mentions.len());
    for x in m.mentions.drain(..) {
        if kept.last().is_none_or(|k| x.start >= k.end) {
            kept.push(x);
        }
    }
    m.mentions = kept;
    m
}

/// Splits words that bad conversion glued together, when one side is a name or a country word and
/// the other a word in its own right. Returns the new tokens and which of them were split off.
pub fn repair_glued_words(kb: &KnowledgeBase, text: &str, tokens: Vec<Token>) -> (Vec<Token>, Vec<bool>) {
    let mut out = Vec::with_capacity(tokens.len());
    let mut repaired = Vec::with_capacity(tokens.len());
    for t in tokens {
        match glue_split_point(kb, text, &t) {
            Some(at) => {
                let (a, b) = (&text[t.start..at], &text[at..t.end]);
                out.push(Token { start: t.start, end: at, kind: TokenKind::Word, space_before: t.space_before, folded: fold(a) });
                repaired.push(true);
                out.push(Token { start: at, end: t.end, kind: TokenKind::Word, space_before: true, folded: fold(b) });
                repaired.push(true);
            }
            None => {
                out.push(t);
                repaired.push(false);
            }
        }
    }
    (out, repaired)
}

/// Where a run-together word should be split, if it is one.
fn glue_split_point(kb: &KnowledgeBase, text: &str, t: &Token) -> Option<usize> {
    if !t.is_word() || !t.is_capitalized(text) || t.end - t.start < 5 {
        return None;
    }
    let word = t.text(text);
    if !kb.lookup(&t.folded).is_empty() {
        return None;
    }
    // Camel case: "TrumpThe", "VelázquezVenezuelan".
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in 1..chars.len() {
        let (i, c) = chars[w];
        if c.is_uppercase() && chars[w - 1].1.is_lowercase() && w >= 3 && chars.len() - w >= 2 {
            let (head, tail) = (fold(&word[..i]), fold(&word[i..]));
            if matches!(head.as_str(), "mac" | "mc" | "de" | "di" | "la" | "le" | "van" | "von") {
                continue;
            }
            let tail_is_word = GLUE_WORDS.contains(&tail.as_str()) || kb.country(&tail).is_some();
            if tail_is_word || kb.is_last_word(&head) {
                return Some(t.start + i);
            }
        }
    }
    // A known name with a lower-case word glued on: "Putinin", "Lukashenkomaintained".
    let lower_tail = |i: usize| word[i..].chars().all(|c| c.is_lowercase());
    for w in (3..chars.len().saturating_sub(1)).rev() {
        let i = chars[w].0;
        if !lower_tail(i) {
            break;
        }
        let head = fold(&word[..i]);
        let tail = &word[i..];
        if !kb.is_last_word(&head) || kb.lookup(&head).is_empty() {
            continue;
        }
        let tail_len = tail.chars().count();
        let plausible = GLUE_WORDS.contains(&tail) || (tail_len >= 5 && GLUE_ENDINGS.iter().any(|e| tail.ends_with(e)));
        if plausible {
            return Some(t.start + i);
        }
    }
    None
}

/// True when a word can start or end a name: capitalised, or in a script without case.
fn name_like(t: &Token, text: &str) -> bool {
    if !t.is_word() {
        return false;
    }
    let c = t.first_char(text);
    c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase() && !c.is_ascii())
}

/// Reads up to `max` words from token `i`, joined across hyphens and initials' dots; returns each
/// prefix's key and the token index after it.
fn word_run(tokens: &[Token], i: usize, max: usize) -> Vec<(String, usize)> {
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
        out.push((key.clone(), j));
        // Joiners: "Jean-Yves", "John F. Kennedy".
        if j + 1 < tokens.len() && !tokens[j].is_word() && !tokens[j + 1].space_before || (j < tokens.len() && tokens[j].folded == "." && j + 1 < tokens.len() && tokens[j + 1].is_word()) {
            if matches!(tokens[j].folded.as_str(), "-" | ".") && tokens[j + 1].is_word() && !tokens[j].space_before {
                j += 1;
                continue;
            }
        }
        if j < tokens.len() && !tokens[j].space_before && tokens[j].is_word() {
            // A split glued word: continue the run.
            continue;
        }
    }
    out
}

/// An ambiguous name waiting for evidence.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    start: usize,
    end: usize,
    first_token: usize,
    candidates: Vec<PersonIdx>,
    how: How,
}

/// Finds knowledge-base names, longest match first. Unambiguous ones become mentions at once;
/// ambiguous ones are returned for [`resolve_ambiguous_names`].
fn match_known_names(kb: &KnowledgeBase, text: &str, m: &mut Mentions) -> Vec<Pending> {
    let tokens = &m.tokens;
    let mut pending = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let max = if name_like(t, text) { kb.max_words_from(&t.folded) } else { 0 };
        let mut matched = false;
        if max > 0 {
            for (key, after) in word_run(tokens, i, max).into_iter().rev() {
                let last = &tokens[after - 1];
                if !name_like(last, text) {
                    continue;
                }
                let entries = kb.lookup(&key);
                if entries.is_empty() {
                    continue;
                }
                let repaired = m.repaired[after - 1] && last.space_before && after - 1 > 0 && !tokens[after - 1].space_before
                    || m.repaired[after - 1] && tokens.get(after).is_some_and(|n| n.start == last.end);
                let strongest = entries.iter().map(|e| e.strength).min().unwrap_or(NameStrength::Ambiguous);
                let multi_word = after - i > 1;
                let how = if repaired {
                    How::Repaired
                } else if multi_word {
                    How::FullName
                } else {
                    How::Surname
                };
                let best: Vec<PersonIdx> = entries.iter().filter(|e| e.strength == strongest).map(|e| e.person).collect();
                let (start, end) = (t.start, last.end);
                if !multi_word && part_of_longer_name(kb, tokens, text, i) {
                    // "Jesús Rafael Salazar Velázquez": one word of a name the knowledge base lacks.
                    continue;
                }
                if strongest != NameStrength::Ambiguous && best.len() == 1 {
                    m.mentions.push(FoundMention { start, end, who: Who::Kb(best[0]), how });
                } else {
                    pending.push(Pending { start, end, first_token: i, candidates: entries.iter().map(|e| e.person).collect(), how });
                }
                i = after;
                matched = true;
                break;
            }
        }
        if !matched {
            i += 1;
        }
    }
    pending
}

/// True when the single word at token `i` sits inside a longer run of capitalised words, so that
/// it is one part of a name the knowledge base does not have.
fn part_of_longer_name(kb: &KnowledgeBase, tokens: &[Token], text: &str, i: usize) -> bool {
    let joined = |a: &Token, b: &Token| b.space_before && b.start > a.end && text[a.end..b.start].chars().all(|c| c == ' ');
    let is_name_word =
        |t: &Token| name_like(t, text) && !NOT_NAME_WORDS.contains(&t.folded.as_str()) && kb.country(&t.folded).is_none();
    let next = tokens.get(i + 1).is_some_and(|n| is_name_word(n) && joined(&tokens[i], n));
    let prev = i > 0 && is_name_word(&tokens[i - 1]) && joined(&tokens[i - 1], &tokens[i]);
    next || prev
}

/// True when the byte range overlaps a mention already found.
fn covered(m: &Mentions, start: usize, end: usize) -> bool {
    m.mentions.iter().any(|x| x.start < end && start < x.end)
}

/// A capitalised run of words that could be a person's name: `(first token, end token)`.
fn name_sequence(kb: &KnowledgeBase, tokens: &[Token], text: &str, i: usize) -> Option<(usize, usize)> {
    if !name_like(&tokens[i], text) || NOT_NAME_WORDS.contains(&tokens[i].folded.as_str()) {
        return None;
    }
    let mut j = i;
    let mut words = 0;
    let mut last_name_word = i;
    while j < tokens.len() && words < 6 {
        let t = &tokens[j];
        if !t.is_word() {
            // Hyphenated names.
            if t.folded == "-" && !t.space_before && j + 1 < tokens.len() && !tokens[j + 1].space_before && name_like(&tokens[j + 1], text) {
                j += 1;
                continue;
            }
            break;
        }
        // A word glued on by bad conversion ("VelázquezVenezuelan") ends the name.
        if j > i && t.start == tokens[j - 1].end {
            break;
        }
        let w = t.folded.as_str();
        if kb.country(w).is_some() {
            break;
        }
        if name_like(t, text) && !NOT_NAME_WORDS.contains(&w) {
            last_name_word = j;
            words += 1;
            j += 1;
        } else if NAME_PARTICLES.contains(&w) && j > i {
            j += 1;
        } else {
            break;
        }
    }
    let end = last_name_word + 1;
    let count = tokens[i..end].iter().filter(|t| t.is_word() && name_like(t, text)).count();
    (count >= 2).then_some((i, end))
}

/// A role phrase ending at token `end` (exclusive): "Colombian Foreign Minister", "special envoy".
/// Returns its first token, office and country.
fn role_phrase_before(kb: &KnowledgeBase, tokens: &[Token], end: usize) -> Option<(usize, Office, Option<&'static str>)> {
    // Find an office phrase that ends exactly at `end`.
    let mut found = None;
    for s in end.saturating_sub(4)..end {
        if let Some((office, after)) = read_office(tokens, s) {
            if after == end {
                found = Some((s, office));
                break;
            }
        }
    }
    let (mut s, office) = found?;
    let mut country = None;
    while s > 0 {
        let t = &tokens[s - 1];
        if !t.is_word() {
            // "Colombia’s chancellor", "U.S. envoy".
            if (t.folded == "'" || t.folded == "’") && s >= 2 {
                break;
            }
            if t.folded == "." && s >= 2 && tokens[s - 2].is_word() && tokens[s - 2].folded.len() == 1 {
                s -= 1;
                continue;
            }
            break;
        }
        if let Some(c) = kb.country(&t.folded) {
            country = Some(c.iso2);
            s -= 1;
            continue;
        }
        if t.folded.len() == 1 && s >= 2 && tokens[s - 2].folded == "." {
            // "U.S." read backwards: S . U
            let key = format!("{}.{}.", tokens.get(s.wrapping_sub(3)).map_or("", |x| x.folded.as_str()), t.folded);
            if let Some(c) = kb.country(key.trim_start_matches('.')) {
                country = Some(c.iso2);
            }
            s -= 1;
            continue;
        }
        if ROLE_MODIFIERS.contains(&t.folded.as_str()) {
            s -= 1;
            continue;
        }
        break;
    }
    Some((s, office, country))
}

/// A role phrase starting at token `i`, after a name: "Venezuelan ambassador in Moscow",
/// "a special envoy". Returns its end token, office and country.
fn role_phrase_after(kb: &KnowledgeBase, tokens: &[Token], mut i: usize) -> Option<(usize, Office, Option<&'static str>)> {
    if i < tokens.len() && matches!(tokens[i].folded.as_str(), "a" | "an" | "the") {
        i += 1;
    }
    let mut country = None;
    let mut guard = 0;
    while i < tokens.len() && guard < 6 {
        guard += 1;
        if let Some((office, after)) = read_office(tokens, i) {
            let mut end = after;
            // "ambassador in Moscow", "spokesman for the foundation", "minister of Venezuela".
            if end + 1 < tokens.len() && matches!(tokens[end].folded.as_str(), "in" | "to" | "of" | "for") {
                let mut k = end + 1;
                if k < tokens.len() && tokens[k].folded == "the" {
                    k += 1;
                }
                let mut took = false;
                while k < tokens.len() && tokens[k].is_word() && tokens[k].first_char_upper() {
                    if country.is_none() {
                        country = kb.country(&tokens[k].folded).map(|c| c.iso2);
                    }
                    k += 1;
                    took = true;
                }
                if took {
                    end = k;
                }
            }
            return Some((end, office, country));
        }
        let t = &tokens[i];
        if !t.is_word() {
            return None;
        }
        if let Some(c) = kb.country(&t.folded) {
            country = Some(c.iso2);
        } else if !ROLE_MODIFIERS.contains(&t.folded.as_str()) {
            return None;
        }
        i += 1;
    }
    None
}

trait FirstUpper {
    fn first_char_upper(&self) -> bool;
}
impl FirstUpper for Token {
    fn first_char_upper(&self) -> bool {
        // Tokens do not keep their text; folded is lower case, so look at whether folding changed
        // the first letter's case by comparing lengths is unreliable. Callers pass capitalised
        // checks through `name_like` where they have the text; here "in Moscow" style phrases are
        // read as any word that is not a common lower-case function word.
        !matches!(self.folded.as_str(), "the" | "a" | "an" | "and" | "or" | "but" | "that" | "which" | "who" | "on" | "at" | "with" | "by" | "from" | "after" | "before" | "over" | "about" | "if" | "when" | "while" | "as")
            && self.folded.chars().next().is_some_and(char::is_alphabetic)
    }
}

/// Finds people the knowledge base lacks, from the title or apposition introducing them.
fn find_article_people(kb: &KnowledgeBase, text: &str, m: &mut Mentions) {
    let mut i = 0;
    while i < m.tokens.len() {
        let Some((s, e)) = name_sequence(kb, &m.tokens, text, i) else {
            i += 1;
            continue;
        };
        let (start, end) = (m.tokens[s].start, m.tokens[e - 1].end);
        if covered(m, start, end) {
            i = e;
            continue;
        }
        let tokens = &m.tokens;
        // Evidence: a role phrase before ("Colombian Foreign Minister Rosa Villavicencio"), or after a
        // comma before ("a special envoy, John Coale"), or an apposition after ("…, a spokesman"),
        // or an honorific ("Mr.").
        let mut role: Option<(usize, usize, Office, Option<&'static str>)> = None;
        if let Some((rs, office, country)) = role_phrase_before(kb, tokens, s) {
            role = Some((rs, s, office, country));
        } else if s >= 2 && tokens[s - 1].folded == "," {
            if let Some((rs, office, country)) = role_phrase_before(kb, tokens, s - 1) {
                role = Some((rs, s - 1, office, country));
            }
        }
        if role.is_none() {
            let after = if e < tokens.len() && tokens[e].folded == "," { e + 1 } else { e };
            if let Some((re, office, country)) = role_phrase_after(kb, tokens, after) {
                let rs = if matches!(tokens[after].folded.as_str(), "a" | "an" | "the") { after + 1 } else { after };
                role = Some((rs, re, office, country));
            }
        }
        let honorific = s >= 1 && HONORIFICS.contains(&tokens[s - 1].folded.as_str())
            || s >= 2 && tokens[s - 1].folded == "." && HONORIFICS.contains(&tokens[s - 2].folded.as_str());
        if role.is_none() && !honorific {
            i = e;
            continue;
        }
        let name = text[start..end].to_string();
        let key = crate::people::kb::name_key(&name);
        let surname = tokens[e - 1].folded.clone();
        let idx = match m.article_people.iter().position(|p| p.key == key) {
            Some(idx) => idx,
            None => {
                let (role_text, office, country) = match role {
                    Some((rs, re, office, country)) => {
                        let t = text[tokens[rs].start..tokens[re - 1].end].trim_matches(|c: char| c == ',' || c.is_whitespace());
                        (Some(t.to_string()), Some(office), country)
                    }
                    None => (None, None, None),
                };
                m.article_people.push(ArticlePerson { id: format!("article:{}", slug(&name)), name: name.clone(), role: role_text, country, office, key: key.clone(), surname });
                m.article_people.len() - 1
            }
        };
        let how = if m.repaired[e - 1] { How::Repaired } else { How::FullName };
        m.mentions.push(FoundMention { start, end, who: Who::Article(idx), how });
        i = e;
    }
    // Later mentions of an article person's surname or full name.
    if m.article_people.is_empty() {
        return;
    }
    let tokens = &m.tokens;
    let mut found = Vec::new();
    for (j, t) in tokens.iter().enumerate() {
        if !name_like(t, text) || covered(m, t.start, t.end) {
            continue;
        }
        for (idx, p) in m.article_people.iter().enumerate() {
            if p.surname == t.folded && !kb.lookup(&t.folded).iter().any(|e| e.strength != NameStrength::Ambiguous) {
                let how = if m.repaired[j] { How::Repaired } else { How::Surname };
                found.push(FoundMention { start: t.start, end: t.end, who: Who::Article(idx), how });
                break;
            }
        }
    }
    m.mentions.extend(found);
}

/// Records the title that introduces a known person ("Russian Foreign Ministry spokeswoman Maria
/// Zakharova"): the card shows it when the knowledge base has no role for the article's date.
fn describe_known_people(kb: &KnowledgeBase, text: &str, m: &mut Mentions) {
    for x in &m.mentions {
        let Who::Kb(p) = x.who else { continue };
        if m.kb_descriptions.contains_key(&p) {
            continue;
        }
        let Some(i) = m.tokens.iter().position(|t| t.start == x.start) else { continue };
        if let Some((rs, _, _)) = role_phrase_before(kb, &m.tokens, i) {
            let phrase = text[m.tokens[rs].start..m.tokens[i - 1].end].to_string();
            m.kb_descriptions.insert(p, phrase);
        }
    }
}

/// A slug for an article person's id: folded words joined by hyphens.
fn slug(name: &str) -> String {
    crate::people::kb::name_key(name).replace(' ', "-").replace(['.', '\''], "")
}

/// Keeps an ambiguous name only with evidence: the person's full name earlier in the text, a title
/// right before it that fits their role at the date, or their country named in the same paragraph.
fn resolve_ambiguous_names(kb: &KnowledgeBase, text: &str, sentences: &[SentenceSpan], m: &mut Mentions, pending: Vec<Pending>, date: Date) {
    for p in pending {
        if covered(m, p.start, p.end) {
            continue;
        }
        let tokens = &m.tokens;
        let prev = p.first_token.checked_sub(1).map(|k| tokens[k].folded.as_str());
        if prev.is_some_and(|w| DATE_PREPOSITIONS.contains(&w)) || tokens.get(p.first_token + 1).is_some_and(|t| t.folded.chars().all(|c| c.is_ascii_digit()) && t.is_word()) {
            continue;
        }
        let fully_named_before = |person: PersonIdx| {
            m.mentions.iter().any(|x| x.who == Who::Kb(person) && x.start < p.start && matches!(x.how, How::FullName | How::Repaired))
        };
        let mut chosen: Vec<PersonIdx> = p.candidates.iter().copied().filter(|c| fully_named_before(*c)).collect();
        chosen.dedup();
        if chosen.len() != 1 {
            // A title right before: "President Lee", "Prime Minister May".
            let titled: Vec<PersonIdx> = p
                .candidates
                .iter()
                .copied()
                .filter(|c| {
                    (1..=4).any(|n| {
                        p.first_token >= n
                            && read_office(tokens, p.first_token - n).is_some_and(|(office, after)| {
                                after == p.first_token
                                    && kb.person(*c).role_at(date).is_some_and(|r| super::titles::office_matches(office, r))
                            })
                    })
                })
                .collect();
            chosen = titled;
        }
        if chosen.len() != 1 {
            // The person's country named in the same paragraph, and a role at the date.
            let para = paragraph_bounds(text, p.start);
            let para_text = fold(&text[para.0..para.1]);
            let in_context: Vec<PersonIdx> = p
                .candidates
                .iter()
                .copied()
                .filter(|c| {
                    let person = kb.person(*c);
                    person.role_at(date).is_some_and(|r| {
                        !r.country.is_empty()
                            && kb.country_by_iso(r.country).is_some_and(|country| {
                                std::iter::once(country.name).chain(country.adjectivals.iter().copied()).any(|f| contains_word(&para_text, &fold(f)))
                            })
                    })
                })
                .collect();
            let sentence_initial = sentences.iter().any(|s| s.start == p.start);
            chosen = if sentence_initial { Vec::new() } else { in_context };
        }
        if chosen.len() == 1 {
            m.mentions.push(FoundMention { start: p.start, end: p.end, who: Who::Kb(chosen[0]), how: p.how });
        }
    }
}

/// The byte range of the line holding `pos`.
fn paragraph_bounds(text: &str, pos: usize) -> (usize, usize) {
    let s = text[..pos].rfind('\n').map_or(0, |i| i + 1);
    let e = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
    (s, e)
}

/// True when `needle` occurs in `hay` as whole words.
fn contains_word(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = hay[i + needle.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

/// A qualifier read before an office: a country, an organisation or a seat of power.
#[derive(Debug, Clone, Copy)]
enum Qualifier {
    Country(&'static str),
}

/// Reads a qualifier ending at token `end` (exclusive), e.g. "Russian", "Colombia ’ s", "U.S.",
/// "the Kremlin ' s". Returns its first token.
fn qualifier_before(kb: &KnowledgeBase, tokens: &[Token], end: usize) -> Option<(usize, Qualifier)> {
    if end == 0 {
        return None;
    }
    let mut e = end;
    // Possessive: X ’ s
    if e >= 3 && tokens[e - 1].folded == "s" && matches!(tokens[e - 2].folded.as_str(), "'") && !tokens[e - 1].space_before {
        e -= 2;
    } else if e >= 2 && tokens[e - 1].folded == "'" {
        // "Belarus’ veteran leader"
        e -= 1;
    }
    // Seats of power and multi-word country names, longest first.
    for n in (1..=3).rev() {
        if e < n {
            continue;
        }
        let words: Vec<&str> = tokens[e - n..e].iter().map(|t| t.folded.as_str()).collect();
        if tokens[e - n..e].iter().any(|t| !t.is_word()) {
            continue;
        }
        if let Some((_, iso)) = SEATS_OF_POWER.iter().find(|(w, _)| *w == words.as_slice()) {
            return Some((e - n, Qualifier::Country(iso)));
        }
        if let Some(c) = kb.country(&words.join(" ")) {
            return Some((e - n, Qualifier::Country(c.iso2)));
        }
    }
    // "U.S." / "U.K." as tokens U . S .
    if e >= 4 && tokens[e - 1].folded == "." && tokens[e - 3].folded == "." && tokens[e - 2].is_word() && tokens[e - 4].is_word() {
        let key = format!("{}.{}.", tokens[e - 4].folded, tokens[e - 2].folded);
        if let Some(c) = kb.country(&key) {
            return Some((e - 4, Qualifier::Country(c.iso2)));
        }
    }
    None
}

/// Reads a qualifier after an office: "of Venezuela", "of the United States".
fn qualifier_after(kb: &KnowledgeBase, tokens: &[Token], i: usize) -> Option<(usize, Qualifier)> {
    if i >= tokens.len() || tokens[i].folded != "of" {
        return None;
    }
    let mut k = i + 1;
    if k < tokens.len() && tokens[k].folded == "the" {
        k += 1;
    }
    for n in (1..=3).rev() {
        if k + n > tokens.len() || tokens[k..k + n].iter().any(|t| !t.is_word()) {
            continue;
        }
        let key: Vec<&str> = tokens[k..k + n].iter().map(|t| t.folded.as_str()).collect();
        if let Some(c) = kb.country(&key.join(" ")) {
            return Some((k + n, Qualifier::Country(c.iso2)));
        }
    }
    None
}

/// Resolves titles: qualified ones ("the Russian president", "the president of Venezuela") through
/// the role held at the date, falling back to people the article described; unqualified definite
/// ones ("the diplomat", "the Chancellor") to the last person mentioned who fits.
fn match_titles(kb: &KnowledgeBase, text: &str, m: &mut Mentions, date: Date) {
    let mut found = Vec::new();
    let tokens = &m.tokens;
    let mut i = 0;
    while i < tokens.len() {
        let Some((office, after)) = read_office(tokens, i) else {
            i += 1;
            continue;
        };
        let qualifier = qualifier_before(kb, tokens, i);
        let start_tok = qualifier.map_or(i, |q| q.0);
        let determiner = start_tok > 0 && matches!(tokens[start_tok - 1].folded.as_str(), "the");
        let possessive_start = qualifier.is_some() && start_tok < i && {
            let q_end = i;
            q_end >= 2 && tokens[q_end - 1].folded == "s" && tokens[q_end - 2].folded == "'"
        };
        let after_q = qualifier_after(kb, tokens, after);
        let end_tok = after_q.map_or(after, |q| q.0);
        let country = match (qualifier, after_q) {
            (Some((_, Qualifier::Country(c))), _) | (None, Some((_, Qualifier::Country(c)))) => Some(c),
            _ => None,
        };
        let span_start_tok = if determiner { start_tok - 1 } else { start_tok };
        let (start, end) = (tokens[span_start_tok].start, tokens[end_tok - 1].end);
        // The title itself must be the whole phrase: "the Russian president", not "Russian
        // president Vladimir Putin" (there the name is the mention) unless a comma sets it off.
        let next = tokens.get(end_tok);
        let name_follows = next.is_some_and(|n| name_like(n, text)) && !next.is_some_and(|n| n.folded == "of");
        let name_after_comma = next.is_some_and(|n| n.folded == ",");
        if covered(m, start, end) {
            i = end_tok;
            continue;
        }
        let who = if country.is_some() && (determiner || possessive_start || after_q.is_some()) && (!name_follows || name_after_comma || determiner) {
            resolve_office(kb, office, country, None, date).map(Who::Kb).map(|w| (w, How::Title)).or_else(|| {
                m.article_people
                    .iter()
                    .position(|p| p.office.is_some_and(|o| office_compatible(o, office, p.country)) && p.country == country)
                    .map(|idx| (Who::Article(idx), How::Title))
            })
        } else if country.is_none() && determiner && !name_follows {
            // "the diplomat", "the Chancellor": the last person mentioned who fits.
            m.mentions
                .iter()
                .filter(|x| x.end <= start && fits_office(kb, m, x.who, office, date))
                .max_by_key(|x| x.end)
                .map(|x| (x.who, How::Coreference))
        } else {
            None
        };
        if let Some((who, how)) = who {
            found.push(FoundMention { start, end, who, how });
            // Remember how the article describes a known person.
            if let Who::Kb(p) = who {
                m.kb_descriptions.entry(p).or_insert_with(|| text[start..end].to_string());
            }
        }
        i = end_tok;
    }
    m.mentions.extend(found);
}

/// True when the person referred to by `who` fits an office title at the date.
fn fits_office(kb: &KnowledgeBase, m: &Mentions, who: Who, office: Office, date: Date) -> bool {
    match who {
        Who::Kb(p) => kb.person(p).role_at(date).is_some_and(|r| super::titles::office_matches(office, r)),
        Who::Article(a) => m.article_people[a].office.is_some_and(|o| office_compatible(o, office, m.article_people[a].country)),
    }
}

impl Mentions {
    /// The person a mention inside `start..end` refers to, preferring the last one (the head of
    /// "Russian Foreign Ministry spokeswoman Maria Zakharova").
    pub fn person_in(&self, start: usize, end: usize) -> Option<Who> {
        self.mentions.iter().rev().find(|x| x.start >= start && x.end <= end).map(|x| x.who)
    }

    /// The last person mentioned before byte `pos`: what a pronoun most likely refers to.
    pub fn last_person_before(&self, pos: usize) -> Option<Who> {
        self.mentions.iter().rev().find(|x| x.end <= pos).map(|x| x.who)
    }

    /// The display name of a person.
    pub fn name_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).name.to_string(),
            Who::Article(a) => self.article_people[a].name.clone(),
        }
    }

    /// The id of a person as the analysis JSON gives it.
    pub fn id_of(&self, kb: &KnowledgeBase, who: Who) -> String {
        match who {
            Who::Kb(p) => kb.person(p).id.to_string(),
            Who::Article(a) => self.article_people[a].id.clone(),
        }
    }

    /// Everyone mentioned or quoted, in order of first appearance.
    pub fn people_in_order(&self, speakers: impl Iterator<Item = Who>) -> Vec<Who> {
        let mut out: Vec<Who> = Vec::new();
        for w in self.mentions.iter().map(|x| x.who).chain(speakers) {
            if !out.contains(&w) {
                out.push(w);
            }
        }
        out
    }

    /// Writes `people` and `mentions` into the analysis.
    pub fn write_into(&self, analysis: &mut Analysis, index: &Utf16Index, kb: &KnowledgeBase, date: Date, attributions: &crate::attribution::Attributions) {
        for who in self.people_in_order(attributions.speakers()) {
            let (role, country, in_kb) = match who {
                Who::Kb(p) => {
                    let r = kb.person(p).role_at(date);
                    let role = r.map(|r| r.title.to_string()).or_else(|| self.kb_descriptions.get(&p).cloned());
                    (role, r.and_then(|r| (!r.country.is_empty()).then(|| r.country.to_string())), true)
                }
                Who::Article(a) => {
                    let p = &self.article_people[a];
                    (p.role.clone(), p.country.map(str::to_string), false)
                }
            };
            analysis.people.push(PersonRef { id: self.id_of(kb, who), name: self.name_of(kb, who), in_knowledge_base: in_kb, role, country });
        }
        for x in &self.mentions {
            analysis.mentions.push(Mention { span: index.span(x.start, x.end), person: self.id_of(kb, x.who), how: x.how.as_str().to_string() });
        }
    }
}

