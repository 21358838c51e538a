//! Step 3: people the knowledge base lacks, from the title or apposition that introduces them
//! ("Colombian Foreign Minister Rosa Villavicencio"), so that they still get a card; other
//! capitalised runs ending in a known surname are remembered as someone unknown.

use super::roles::{role_phrase_after, role_phrase_before};
use super::words::{is_honorific, SENTENCE_WORDS};
use super::{all_caps, name_like, word_run, ArticlePerson, Finder, How, Single, Who};
use crate::people::given_names;
use crate::people::titles::Office;
use crate::text::hashing::FastSet as HashSet;
use crate::text::lists::is_in;

/// Capitalised party words that may stand before a name without being part of it ("Republican Ted
/// Cruz", "Labour MP", "Democrat Jane Smith").
const PARTY_WORDS: &[&str] = &[
    "republican",
    "republicans",
    "democrat",
    "democratic",
    "gop",
    "conservative",
    "liberal",
    "labour",
    "labor",
    "socialist",
    "independent",
    "tory",
    "libertarian",
];

/// Prepositions that put a capitalised run in a place ("in New Delhi", "near Pyongyang").
const LOCATION_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "toward",
    "towards",
    "into",
    "around",
    "via",
    "across",
];

/// Most words (not counting initials and "Jr.") of a name taken on a given name's or an
/// honorific's evidence alone: longer capitalised runs are titles or names of things.
const MAX_PERSONAL_NAME_WORDS: usize = 3;

/// Longest apposition read as an article person's description ("Tom Cooper, *a local farmer*,").
const MAX_APPOSITION_TOKENS: usize = 8;

/// Shortest head of a word before a capital that makes the word two glued ones ("Ducey|Rep"); a
/// shorter head is a name's prefix ("McAuliffe", "DuVernay", "MacArthur").
const MIN_GLUED_HEAD: usize = 4;

impl Finder<'_> {
    /// Step 3: people the knowledge base lacks, from the title or apposition introducing them.
    pub(super) fn find_article_people(&mut self) {
        let mut unknown_runs: Vec<(usize, usize)> = Vec::new();
        let honoured = self.surnames_after_honorifics();
        let mut i = 0;
        while i < self.tokens.len() {
            self.work += 1;
            let Some((mut s, e)) = self.name_sequence(i) else {
                i += 1;
                continue;
            };
            // "Republican Ted Cruz": the party is not part of the name.
            if is_in(PARTY_WORDS, &self.tokens[s].folded)
                && self.tokens[s + 1..e].iter().filter(|t| t.is_word()).count() >= 2
            {
                s += 1;
            }
            // In a title-case line only a given name and the word after it are taken.
            let mut e = e;
            if self.titleish_para[self.para[s] as usize]
                && given_names::is_given_name(&self.tokens[s].folded)
                && e - s > 2
                && self.tokens[s + 1].is_word()
                && self.tokens[s + 2].space_before
            {
                e = s + 2;
            }
            let tokens = &self.tokens;
            let located = s > 0 && is_in(LOCATION_PREPOSITIONS, &tokens[s - 1].folded);
            // Evidence: a role phrase before ("Colombian Foreign Minister Rosa Villavicencio"), or
            // before a comma ("a special envoy, John Coale"), an apposition after ("…, a
            // spokesman, …"), or an honorific ("Mr.").
            let mut role: Option<(usize, usize, Office, Option<&'static str>)> = None;
            if let Some((rs, office, country)) = role_phrase_before(self.kb, tokens, s) {
                role = Some((rs, s, office, country));
            } else if s >= 2 && tokens[s - 1].folded == "," {
                if let Some((rs, office, country)) = role_phrase_before(self.kb, tokens, s - 1) {
                    role = Some((rs, s - 1, office, country));
                }
            }
            if role.is_none() {
                let comma = e < tokens.len() && tokens[e].folded == ",";
                let after = if comma { e + 1 } else { e };
                if let Some((re, office, country)) = role_phrase_after(self.kb, tokens, after) {
                    // An apposition closes ("…, the French ambassador to Algeria, was recalled"); a
                    // role that goes on into a verb is the next clause's subject ("In New Delhi, the
                    // prime minister promised").
                    let closes = re >= tokens.len()
                        || matches!(
                            tokens[re].folded.as_str(),
                            "," | "." | ";" | ":" | ")" | "\""
                        )
                        || tokens[re].is_punct_in(&['”', '’', '—', '–']);
                    let glued = !comma && e < tokens.len() && tokens[e].start == tokens[e - 1].end;
                    if closes && (comma || glued || !located) {
                        let rs = if matches!(tokens[after].folded.as_str(), "a" | "an" | "the") {
                            after + 1
                        } else {
                            after
                        };
                        role = Some((rs, re, office, country));
                    }
                }
            }
            let honorific = s >= 1 && is_honorific(&tokens[s - 1].folded)
                || s >= 2 && tokens[s - 1].folded == "." && is_honorific(&tokens[s - 2].folded);
            let named_person = honorific || self.reads_as_a_personal_name(s, e, &honoured);
            if role.is_none() && (located || !named_person) {
                // Someone unknown, unless the article introduces them elsewhere: decided below.
                unknown_runs.push((s, e));
                i = e;
                continue;
            }
            let name = self.text[tokens[s].start..tokens[e - 1].end].to_string();
            let key = crate::people::kb::name_key(&name);
            let idx = match self.article_by_key.get(&key) {
                Some(&idx) => idx,
                None => {
                    let (role_text, office, country) = match role {
                        Some((rs, re, office, country)) => {
                            // The body the office belongs to, when capitalised words name it:
                            // "InfoNation President", "Interim BART Police Chief".
                            let rs = if rs < s {
                                self.role_owner_start(rs)
                            } else {
                                rs
                            };
                            let tokens = &self.tokens;
                            let t = self.text[tokens[rs].start..tokens[re - 1].end]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace());
                            (Some(t.to_string()), Some(office), country)
                        }
                        None => (self.apposition_after(e), None, None),
                    };
                    self.article_people.push(ArticlePerson {
                        id: format!("article:{}", slug(&name)),
                        name: name.clone(),
                        role: role_text,
                        country,
                        office,
                        key: key.clone(),
                    });
                    self.article_by_key
                        .insert(key, self.article_people.len() - 1);
                    self.article_people.len() - 1
                }
            };
            let how = if self.repaired[e - 1] {
                How::Repaired
            } else {
                How::FullName
            };
            self.push(s, e, Who::Article(idx), how);
            self.register_full(s, e, Who::Article(idx));
            i = e;
        }
        // Runs no title introduces: someone unknown, whose surname stands for them and not for
        // anyone in the knowledge base, unless the run names an article person ("Villacís Mora").
        for (s, e) in unknown_runs {
            self.work += 1;
            let key: Vec<&str> = self.tokens[s..e]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.folded.as_str())
                .collect();
            if !self.article_keys.contains_key(&key.join(" ")) {
                self.register_unknown(s, e);
            }
        }
        // Later mentions of article people: their full name or an ending of it ("Villacís Mora").
        if self.article_keys.is_empty() {
            return;
        }
        let max_words = self
            .article_keys
            .keys()
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1)
            .min(6);
        let mut i = 0;
        while i < self.tokens.len() {
            self.work += 1;
            if self.claimed[i] || self.blocked[i] || !name_like(&self.tokens[i]) {
                i += 1;
                continue;
            }
            let (joined, run) = word_run(&self.tokens, i, max_words);
            self.work += run.len();
            let hit = run
                .iter()
                .rev()
                .map(|&(len, after)| (&joined[..len], after))
                .find(|&(k, after)| {
                    self.article_keys.contains_key(k)
                        && self.is_free(i, after)
                        && name_like(&self.tokens[after - 1])
                });
            match hit {
                Some((key, after)) => {
                    let how = if self.repaired[after - 1] {
                        How::Repaired
                    } else {
                        How::Surname
                    };
                    // A repeated full name is a full mention.
                    let a = self.article_keys[key];
                    if self.article_people[a].key == key {
                        self.push(
                            i,
                            after,
                            Who::Article(a),
                            if how == How::Repaired {
                                how
                            } else {
                                How::FullName
                            },
                        );
                    } else {
                        self.singles.push(Single {
                            t0: i,
                            t1: after,
                            key: key.to_owned(),
                            how,
                        });
                    }
                    i = after;
                }
                None => i += 1,
            }
        }
    }

    /// The description an apposition gives right after a name, between commas or before the
    /// sentence's end: "Tom Cooper*, a local farmer,*" → "a local farmer". Lower-case words after
    /// "a", "an" or "the", at most [`MAX_APPOSITION_TOKENS`] tokens; anything else is no apposition.
    fn apposition_after(&self, e: usize) -> Option<String> {
        let t = &self.tokens;
        if t.get(e).is_none_or(|c| c.folded != ",") {
            return None;
        }
        let first = t
            .get(e + 1)
            .filter(|w| matches!(w.folded.as_str(), "a" | "an" | "the"))?;
        let mut k = e + 2;
        while k < t.len() && k - e <= MAX_APPOSITION_TOKENS && t[k].is_word() {
            k += 1;
        }
        let closes = k < t.len() && matches!(t[k].folded.as_str(), "," | "." | ";");
        (closes && k > e + 2 && self.para[k] == self.para[e])
            .then(|| self.text[first.start..t[k - 1].end].to_string())
    }

    /// Folded words written after an honorific anywhere in the text ("Mr. *Clarke*", "Ms. *Sherry*"):
    /// a capitalised run ending in one of them names that person.
    fn surnames_after_honorifics(&self) -> HashSet<String> {
        let t = &self.tokens;
        let mut out = HashSet::default();
        for k in 0..t.len() {
            if !t[k].is_word() || !is_honorific(&t[k].folded) {
                continue;
            }
            let next = if t.get(k + 1).is_some_and(|d| d.folded == ".") {
                k + 2
            } else {
                k + 1
            };
            if let Some(n) = t.get(next).filter(|n| name_like(n)) {
                out.insert(n.folded.as_str().to_owned());
            }
        }
        out
    }

    /// True when the capitalised run `s..e`, which no title introduces, still reads as a person's
    /// name: at least two words, opening with a common given name ("Bernie Sanders") or ending in a
    /// surname the text writes after an honorific ("Richard Clarke" … "Mr. Clarke"), and not ending
    /// in a place's or an organisation's word ("Rose Garden").
    fn reads_as_a_personal_name(&self, s: usize, e: usize, honoured: &HashSet<String>) -> bool {
        let mut words = self.tokens[s..e].iter().filter(|t| t.is_word());
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            return false;
        };
        // Given name, middle name, surname ("Ruth Bader Ginsburg"); initials and "Jr." aside.
        let long_words = self.tokens[s..e]
            .iter()
            .filter(|t| t.is_word() && t.folded.len() > 1 && !is_in(&["jr", "sr"], &t.folded))
            .count();
        if long_words > MAX_PERSONAL_NAME_WORDS {
            return false;
        }
        let honoured_surname =
            || honoured.contains(last.folded.as_str()) && self.kb.lookup(&last.folded).is_empty();
        (given_names::is_given_name(&first.folded) || honoured_surname())
            && !given_names::ends_a_place_or_body(&last.folded)
            && !all_caps(last, self.text)
            && !self.tokens[s..e]
                .iter()
                .any(|t| t.is_word() && glued_capitalised_word(t.text(self.text)))
    }

    /// Moves the start of a role phrase back over the capitalised words naming the body the office
    /// belongs to ("Indiana State Teachers Association President"), at most four.
    pub(super) fn role_owner_start(&self, rs: usize) -> usize {
        let mut k = rs;
        while k > 0 && rs - k < 4 {
            let t = &self.tokens[k - 1];
            let joined = self.tokens[k].space_before && self.para[k - 1] == self.para[k];
            let w = t.folded.as_str();
            let stop = matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "from"
                    | "with"
                    | "by"
                    | "of"
                    | "to"
                    | "and"
                    | "but"
                    | "or"
                    | "as"
                    | "said"
                    | "says"
            ) || is_in(SENTENCE_WORDS, w)
                || self.claimed[k - 1];
            if !joined || !name_like(t) || stop {
                break;
            }
            k -= 1;
        }
        k
    }

    /// Remembers a capitalised run no title introduces under its first and last words.
    fn register_unknown(&mut self, s: usize, e: usize) {
        let words: Vec<usize> = (s..e).filter(|&k| self.tokens[k].is_word()).collect();
        let (Some(&first), Some(&last)) = (words.first(), words.last()) else {
            return;
        };
        for c in &mut self.blocked[s..e] {
            *c = true;
        }
        // The last word is a surname; the first only where surnames come first ("Kim Yo Jong"),
        // never "Trump" of "Trump Tower".
        let surname_first = |w: &str| {
            self.kb.lookup(w).iter().any(|e| {
                crate::people::kb::name_key(self.kb.person(e.person()).name())
                    .split(' ')
                    .next()
                    == Some(w)
            })
        };
        let mut keys = vec![self.tokens[last].folded.as_str().to_owned()];
        if first != last && surname_first(&self.tokens[first].folded) {
            keys.push(self.tokens[first].folded.as_str().to_owned());
        }
        for w in keys {
            if w.chars().count() >= 2 {
                self.bearers.entry(w).or_default().push((s, None));
            }
        }
    }
}

/// True when a word is two capitalised words run together by bad conversion ("DuceyRep",
/// "KirkBill"): a capital after a lower-case letter, with at least [`MIN_GLUED_HEAD`] letters
/// before it and two after.
fn glued_capitalised_word(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    (MIN_GLUED_HEAD..chars.len().saturating_sub(2))
        .any(|k| chars[k].is_uppercase() && chars[k - 1].is_lowercase())
}

/// A slug for an article person's id: folded words joined by hyphens.
fn slug(name: &str) -> String {
    crate::people::kb::name_key(name)
        .replace(' ', "-")
        .replace(['.', '\''], "")
}
