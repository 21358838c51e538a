//! Step 2: knowledge-base names in the text, longest first. Full names become mentions at once;
//! single words ("Putin", "May") wait for step 4, which needs the whole text's evidence.

use super::words::{is_honorific, never_begins_a_name, ROLE_MODIFIERS, SENTENCE_WORDS};
use super::{all_caps, name_like, word_run, Finder, How, SharedFull, Single, Who};
use crate::people::given_names;
use crate::people::kb::{NameStrength, PersonIdx};
use crate::people::titles::read_office;
use crate::text::lists::is_in;
use crate::text::tokens::Token;

/// Lower-case particles that may sit inside a name ("Charles de Gaulle", "Mohammed bin Salman").
const NAME_PARTICLES: &[&str] = &[
    "de", "del", "della", "da", "das", "do", "dos", "van", "von", "der", "den", "bin", "al", "el",
    "la", "le", "y", "di", "du", "ibn", "e",
];

/// Words an alias may start with that are titles, not names ("President Xi", "Sir Keir Starmer").
const ALIAS_TITLES: &[&str] = &[
    "president",
    "king",
    "queen",
    "crown",
    "prince",
    "princess",
    "dr",
    "sir",
    "lord",
    "dame",
    "coprince",
    "co-prince",
    "sheikh",
    "sheikha",
    "emir",
    "amir",
    "sultan",
    "pope",
    "cardinal",
    "archbishop",
    "general",
    "premier",
    "chancellor",
    "prime",
    "minister",
    "tan",
    "sri",
];

impl Finder<'_> {
    /// True when the capitalised word at `i` continues into a neighbouring name word, so that it
    /// is one part of a name the knowledge base does not have ("Tim Morrison").
    fn part_of_longer_name(&self, i: usize) -> bool {
        if self.is_allcaps_context(i) || self.title_para[self.para[i] as usize] {
            return false;
        }
        let tokens = &self.tokens;
        let text = self.text;
        let joined = |a: &Token, b: &Token| {
            b.space_before && b.start > a.end && text[a.end..b.start].chars().all(|c| c == ' ')
        };
        let kb = self.kb;
        let is_name_word = |t: &Token| {
            name_like(t)
                && !never_begins_a_name(&t.folded)
                && !is_in(SENTENCE_WORDS, &t.folded)
                && kb.country(&t.folded).is_none()
                && !is_honorific(&t.folded)
        };
        let next = tokens
            .get(i + 1)
            .is_some_and(|n| is_name_word(n) && joined(&tokens[i], n));
        let prev = i > 0 && is_name_word(&tokens[i - 1]) && joined(&tokens[i - 1], &tokens[i]);
        // An initial before it: "G. Petit".
        let initial = i >= 2
            && tokens[i - 1].folded == "."
            && tokens[i - 2].folded.chars().count() == 1
            && name_like(&tokens[i - 2])
            && !tokens[i - 1].space_before;
        next || prev || initial
    }

    /// Step 2: knowledge-base names, longest match first.
    pub(super) fn match_known_names(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            self.work += 1;
            let t = &self.tokens[i];
            let particle_start = t.is_word() && is_in(NAME_PARTICLES, &t.folded) && !name_like(t);
            let max = if name_like(t) || particle_start {
                self.kb.max_words_from(&t.folded)
            } else {
                0
            };
            let mut matched = false;
            if max > 0 && !self.claimed[i] {
                let (joined, run) = word_run(&self.tokens, i, max);
                self.work += run.len();
                for &(len, after) in run.iter().rev() {
                    let key = &joined[..len];
                    let last = after - 1;
                    if !(name_like(&self.tokens[last]) || hyphen_joined(&self.tokens, last)) {
                        continue;
                    }
                    let words = key.split(' ').count();
                    if particle_start && words < 2 {
                        continue;
                    }
                    let entries = self.kb.lookup(key);
                    if entries.is_empty() {
                        continue;
                    }
                    let repaired = self.repaired[last]
                        && (self
                            .tokens
                            .get(after)
                            .is_some_and(|x| x.start == self.tokens[last].end)
                            || self.tokens[last].start > 0 && !self.tokens[last].space_before);
                    if words >= 2 {
                        let how = if repaired {
                            How::Repaired
                        } else {
                            How::FullName
                        };
                        let strongest = entries
                            .iter()
                            .map(|e| e.strength())
                            .min()
                            .unwrap_or(NameStrength::Ambiguous);
                        let best: Vec<PersonIdx> = entries
                            .iter()
                            .filter(|e| e.strength() == strongest)
                            .map(|e| e.person())
                            .collect();
                        if strongest != NameStrength::Ambiguous && best.len() == 1 {
                            let p = best[0];
                            let t0 = self.strip_alias_title(i, after, p);
                            self.push(t0, after, Who::Kb(p), how);
                            self.register_full(t0, after, Who::Kb(p));
                        } else {
                            let candidates = entries.iter().map(|e| e.person()).collect();
                            self.shared_full.push(SharedFull {
                                t0: i,
                                t1: after,
                                candidates,
                                how,
                            });
                        }
                    } else {
                        if self.part_of_longer_name(i) {
                            // "Jesús Rafael Salazar Velázquez", "Tim Morrison": step 3 reads the run.
                            continue;
                        }
                        let how = if repaired {
                            How::Repaired
                        } else {
                            How::Surname
                        };
                        for c in &mut self.single_at[i..after] {
                            *c = true;
                        }
                        self.singles.push(Single {
                            t0: i,
                            t1: after,
                            key: key.to_owned(),
                            how,
                        });
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
    }

    /// The first token of a name match without a title its alias starts with ("President Xi" →
    /// "Xi", "Sir Keir Starmer" → "Keir Starmer"), when the rest still names the same person.
    fn strip_alias_title(&self, t0: usize, t1: usize, p: PersonIdx) -> usize {
        let mut s = t0;
        while s + 1 < t1 && is_in(ALIAS_TITLES, &self.tokens[s].folded) {
            s += 1;
        }
        if s == t0 {
            return t0;
        }
        let rest: Vec<&str> = self.tokens[s..t1]
            .iter()
            .filter(|t| t.is_word())
            .map(|t| t.folded.as_str())
            .collect();
        if self
            .kb
            .lookup(&rest.join(" "))
            .iter()
            .any(|e| e.person() == p)
        {
            s
        } else {
            t0
        }
    }

    /// A capitalised run of words that could be a person's name: `(first token, end token)`.
    pub(super) fn name_sequence(&self, i: usize) -> Option<(usize, usize)> {
        let tokens = &self.tokens;
        let ok_word = |k: usize| {
            let w = tokens[k].folded.as_str();
            name_like(&tokens[k])
                && !never_begins_a_name(w)
                && !is_in(SENTENCE_WORDS, w)
                && !is_in(ROLE_MODIFIERS, w)
                && !is_honorific(w)
                && read_office(tokens, k).is_none()
        };
        // Title-case headings ("Putin Says Russia Will Respond") are not read for new names.
        if !ok_word(i)
            || self.claimed[i]
            || self.single_at[i]
            || self.title_para[self.para[i] as usize]
            || self.country_at(i).is_some()
            || self.org_at(i).is_some()
        {
            return None;
        }
        let mut j = i;
        let mut words = 0;
        let mut last_name_word = i;
        // A given name before a surname the knowledge base knows, when nobody of the knowledge base
        // is fully named under it, is a namesake ("Bernie Sanders", "Brian May"): the run takes
        // the surname and ends there.
        let namesake_surname = |j: usize| {
            j == i + 1
                && self.single_at[j]
                && tokens[j].space_before
                && given_names::is_given_name(&tokens[i].folded)
                && self
                    .bearers
                    .get(tokens[j].folded.as_str())
                    .is_none_or(|v| v.is_empty())
        };
        while j < tokens.len() && words < 6 && !self.claimed[j] {
            if self.single_at[j] {
                if namesake_surname(j) && ok_word(j) {
                    last_name_word = j;
                }
                break;
            }
            let t = &tokens[j];
            if !t.is_word() {
                // Hyphenated names.
                if t.folded == "-"
                    && !t.space_before
                    && j + 1 < tokens.len()
                    && !tokens[j + 1].space_before
                    && name_like(&tokens[j + 1])
                {
                    j += 1;
                    continue;
                }
                // The dot of an initial: "Silvia S. Martins", "George H.W. Bush".
                if t.folded == "."
                    && !t.space_before
                    && j > i
                    && tokens[j - 1].folded.chars().count() == 1
                    && tokens.get(j + 1).is_some_and(name_like)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // A word glued on by bad conversion ("VelázquezVenezuelan") ends the name.
            if j > i && t.start == tokens[j - 1].end && tokens[j - 1].is_word() {
                break;
            }
            // A line break ends it.
            if j > i && self.para[j] != self.para[j - 1] {
                break;
            }
            // A country word ends it; a capital does not ("Ana Ferreira Lima").
            if j > i && self.kb.country(&t.folded).is_some() && name_like(t) {
                break;
            }
            if ok_word(j) {
                last_name_word = j;
                words += 1;
                j += 1;
            } else if is_in(NAME_PARTICLES, &t.folded) && j > i && !name_like(t) {
                j += 1;
            } else {
                break;
            }
        }
        let mut end = last_name_word + 1;
        // A name does not end with an initial ("Silvia S" of "Silvia S. Martins" cut short).
        while end > i + 1 && tokens[end - 1].folded.chars().count() == 1 {
            end -= 1;
        }
        let count = tokens[i..end]
            .iter()
            .filter(|t| t.is_word() && name_like(t))
            .count();
        (count >= 2 && !self.all_caps_run(i, end)).then_some((i, end))
    }

    /// True when every word of the run is in capitals inside a heading ("WILL RESPOND").
    fn all_caps_run(&self, s: usize, e: usize) -> bool {
        self.is_allcaps_context(s)
            && self.tokens[s..e]
                .iter()
                .all(|t| !t.is_word() || all_caps(t, self.text))
    }
}

/// True when token `i` is glued to the word before it by a hyphen ("Jae-myung": "myung").
fn hyphen_joined(tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].folded == "-"
        && !tokens[i - 1].space_before
        && !tokens[i].space_before
        && tokens[i - 2].is_word()
}
