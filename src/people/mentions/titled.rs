//! Step 5: titles and descriptions ("the Venezuelan leader", "the president") resolved to the
//! person who held that office at the article's date, or to someone the text described so before;
//! unqualified titles fall back to the nearby or the article's dominant country.

use super::words::{never_begins_a_name, TITLE_ADJECTIVES};
use super::{all_caps, name_like, phrase_key, Finder, Found, How, OfficeQuery, Qualifier, Who};
use crate::people::kb::PersonIdx;
use crate::people::titles::{
    office_compatible, office_matches, read_office, resolve_office_hosted, Office,
    LEADER_COMPOUNDS, SEATS_OF_POWER,
};
use crate::stable_sort;
use crate::text::hashing::FastMap as HashMap;
use crate::text::lists::is_in;
use crate::text::tokens::Token;

/// Mentions looked back over when a title refers to someone mentioned before.
const ANTECEDENT_LOOKBACK: usize = 64;

/// Paragraphs looked back over for an antecedent before the article's dominant country decides.
const NEAR_PARAGRAPHS: u32 = 3;

impl Finder<'_> {
    /// A qualifier ending at token `end` (exclusive), adjectives allowed between it and the office:
    /// "Russian", "Colombia ’ s", "U.S.", "the Kremlin ' s", "Belarus’ veteran", "UN". Returns its
    /// first token, the qualifier, and whether it is possessive.
    pub(super) fn qualifier_before(&self, end: usize) -> Option<(usize, Qualifier, bool)> {
        let tokens = &self.tokens;
        let mut e = skip_adjectives_back(tokens, end);
        if e == 0 {
            return None;
        }
        let mut possessive = false;
        if e >= 3
            && tokens[e - 1].folded == "s"
            && tokens[e - 2].folded == "'"
            && !tokens[e - 1].space_before
            && !tokens[e - 2].space_before
        {
            e -= 2;
            possessive = true;
        } else if e >= 2 && tokens[e - 1].folded == "'" && !tokens[e - 1].space_before {
            // "Belarus’ veteran leader"
            e -= 1;
            possessive = true;
        }
        for n in (1..=4).rev() {
            if e < n || tokens[e - n..e].iter().any(|t| !t.is_word()) {
                continue;
            }
            let s = e - n;
            if !name_like(&tokens[s]) {
                continue;
            }
            let words: Vec<&str> = tokens[s..e].iter().map(|t| t.folded.as_str()).collect();
            if let Some((_, iso)) = SEATS_OF_POWER.iter().find(|(w, _)| *w == words.as_slice()) {
                return Some((s, Qualifier::Country(iso), possessive));
            }
            let key = words.join(" ");
            let country = if possessive {
                self.kb.country_noun(&key).or_else(|| self.kb.country(&key))
            } else {
                self.kb.country(&key)
            };
            if let Some(c) = country {
                return Some((s, Qualifier::Country(c.iso2()), possessive));
            }
            if let Some((o, caps)) = self.kb.org_form(&key) {
                if !caps || tokens[s..e].iter().all(|t| all_caps(t, self.text)) {
                    return Some((s, Qualifier::Org(o.code()), possessive));
                }
            }
        }
        // "U.S." / "U.K." / "U.N." as U . S .
        if e >= 4
            && tokens[e - 1].folded == "."
            && tokens[e - 3].folded == "."
            && tokens[e - 2].is_word()
            && tokens[e - 4].is_word()
        {
            let key = format!("{}.{}.", tokens[e - 4].folded, tokens[e - 2].folded);
            if let Some(c) = self.kb.country(&key) {
                return Some((e - 4, Qualifier::Country(c.iso2()), possessive));
            }
            if let Some((o, _)) = self.kb.org_form(&key) {
                return Some((e - 4, Qualifier::Org(o.code()), possessive));
            }
        }
        None
    }

    /// A qualifier after an office: "of Venezuela", "of the United States", "of the IMF". Returns
    /// the token after it.
    fn qualifier_after(&self, i: usize) -> Option<(usize, Qualifier)> {
        let tokens = &self.tokens;
        if i >= tokens.len() || tokens[i].folded != "of" {
            return None;
        }
        let mut k = i + 1;
        if k < tokens.len() && tokens[k].folded == "the" {
            k += 1;
        }
        if k >= tokens.len() || !name_like(&tokens[k]) {
            return None;
        }
        for n in (1..=4).rev() {
            let Some(key) = tokens.get(k..k + n).and_then(phrase_key) else {
                continue;
            };
            if let Some(c) = self.kb.country_noun(&key) {
                return Some((k + n, Qualifier::Country(c.iso2())));
            }
        }
        if let Some((code, after)) = self.org_at(k) {
            return Some((after, Qualifier::Org(code)));
        }
        if let Some((iso, after)) = self.country_at(k) {
            // "of the U.S."
            if tokens[k].folded.len() == 1 {
                return Some((after, Qualifier::Country(iso)));
            }
        }
        None
    }

    /// The state an ambassador or envoy is posted to: "to Algeria", "in Caracas", "to the U.S.".
    fn host_after(&self, i: usize) -> Option<(usize, &'static str)> {
        let tokens = &self.tokens;
        if i >= tokens.len() || !matches!(tokens[i].folded.as_str(), "to" | "in") {
            return None;
        }
        let mut k = i + 1;
        if k < tokens.len() && tokens[k].folded == "the" {
            k += 1;
        }
        if k >= tokens.len() {
            return None;
        }
        self.country_at(k).map(|(iso, after)| (after, iso))
    }

    /// Who holds `office` at the date, looked up once per office, qualifier and host.
    fn holder(&mut self, q: OfficeQuery) -> Option<PersonIdx> {
        if let Some(&p) = self.offices.get(&q) {
            return p;
        }
        self.work += 1;
        let p = resolve_office_hosted(self.kb, q.office, q.country, q.org, q.host, self.date);
        self.offices.insert(q, p);
        p
    }

    /// The people the text itself calls by an office ("President Obama", "Prime Minister
    /// Netanyahu"), with how often: in this text's world they hold it, whatever the date says.
    fn collect_titled_names(&mut self) {
        let mut titled: HashMap<(PersonIdx, Office), usize> = HashMap::default();
        let mut order: Vec<Found> = self
            .found
            .iter()
            .copied()
            .filter(|x| matches!(x.who, Who::Kb(_)))
            .collect();
        stable_sort::sort_by_key(&mut order, |x| x.t0);
        for x in order {
            self.work += 1;
            let Who::Kb(p) = x.who else { continue };
            let mut office = None;
            for n in (1..=4).rev() {
                if x.t0 < n {
                    continue;
                }
                if let Some((o, after)) = read_office(&self.tokens, x.t0 - n) {
                    if after == x.t0 {
                        office = Some((o, x.t0 - n));
                        break;
                    }
                }
            }
            let Some((o, start)) = office else { continue };
            let earlier = start > 0
                && matches!(
                    self.tokens[start - 1].folded.as_str(),
                    "former" | "ex" | "late" | "then" | "-"
                );
            if earlier
                || !self
                    .kb
                    .person(p)
                    .roles()
                    .iter()
                    .any(|r| office_matches(o, r))
            {
                continue;
            }
            *titled.entry((p, o)).or_default() += 1;
        }
        for &(p, o) in titled.keys() {
            self.titled_by_person.entry(p).or_default().push(o);
        }
        self.titled = titled;
    }

    /// Who holds `office` here: the holder at the date, unless the text calls someone else by that
    /// office of that country and never the holder ("President Obama" in a page dated years later
    /// than it was written, or with no date at all).
    fn holder_here(&mut self, q: OfficeQuery) -> Option<PersonIdx> {
        if let Some(&p) = self.offices_here.get(&q) {
            return p;
        }
        let at_date = self.holder(q);
        let (office, Some(c)) = (q.office, q.country) else {
            return at_date;
        };
        let kb = self.kb;
        self.work += self.titled.len();
        let mut called: Vec<(PersonIdx, usize)> =
            self.titled
                .iter()
                .filter(|((p, o), _)| {
                    kb.person(*p).roles().iter().any(|r| {
                        r.country() == c && office_matches(*o, r) && office_matches(office, r)
                    })
                })
                .map(|((p, _), n)| (*p, *n))
                .collect();
        called.sort_unstable();
        let here = if called.is_empty() || at_date.is_some_and(|h| called.iter().any(|t| t.0 == h))
        {
            at_date
        } else {
            called.iter().max_by_key(|t| t.1).map(|t| t.0)
        };
        self.offices_here.insert(q, here);
        here
    }

    /// True when the person referred to by `who` fits an office title at the date.
    /// A person the text itself calls by the office fits too ("President Obama … the president").
    fn fits_office(&self, who: Who, office: Office) -> bool {
        match who {
            Who::Kb(p) => {
                let person = self.kb.person(p);
                person
                    .role_at(self.date)
                    .is_some_and(|r| office_matches(office, r))
                    || self.titled_by_person.get(&p).is_some_and(|offices| {
                        offices.iter().any(|&o| {
                            person
                                .roles()
                                .iter()
                                .any(|r| office_matches(o, r) && office_matches(office, r))
                        })
                    })
            }
            Who::Article(a) => self.article_people[a]
                .office
                .is_some_and(|o| office_compatible(o, office, self.article_people[a].country)),
        }
    }

    /// Counts the countries the text names (country words, capitals, seats of power, and the
    /// countries of the people mentioned), per paragraph and in all, for [`Self::dominant_at`].
    fn count_countries(&mut self) {
        let mut doc: HashMap<&'static str, usize> = HashMap::default();
        let mut per_para: Vec<Vec<(&'static str, usize)>> = vec![Vec::new(); self.caps_para.len()];
        let mut add = |p: usize, c: &'static str| {
            *doc.entry(c).or_default() += 1;
            match per_para[p].iter_mut().find(|x| x.0 == c) {
                Some(x) => x.1 += 1,
                None => per_para[p].push((c, 1)),
            }
        };
        for &(p, c) in &self.country_words {
            add(p as usize, c);
        }
        for x in &self.found {
            if let Who::Kb(p) = x.who {
                let person = self.kb.person(p);
                if let Some(r) = person.role_at(self.date).or_else(|| person.latest_role()) {
                    if !r.country().is_empty() {
                        add(self.para[x.t0] as usize, r.country());
                    }
                }
            }
        }
        let mut ranked: Vec<(&'static str, usize)> = doc.into_iter().collect();
        stable_sort::sort_by(&mut ranked, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        self.doc_countries = ranked;
        self.para_country_counts = per_para;
        self.dominant_cache = vec![None; self.caps_para.len()];
    }

    /// The country the text around paragraph `p` is about: the one named most in the whole text,
    /// with what its own paragraph names counting three times, when it leads the next by half as
    /// much again. `None` when no country leads.
    fn dominant_at(&mut self, p: usize) -> Option<&'static str> {
        if let Some(d) = self.dominant_cache[p] {
            return d;
        }
        let local = &self.para_country_counts[p];
        let doc = |c: &str| {
            self.doc_countries
                .iter()
                .find(|x| x.0 == c)
                .map_or(0, |x| x.1)
        };
        let mut scored: Vec<(&'static str, usize)> = self
            .doc_countries
            .iter()
            .take(3)
            .map(|x| x.0)
            .chain(local.iter().map(|x| x.0))
            .map(|c| {
                (
                    c,
                    doc(c) + 2 * local.iter().find(|x| x.0 == c).map_or(0, |x| x.1),
                )
            })
            .collect();
        self.work += scored.len();
        stable_sort::sort_by(&mut scored, |a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        scored.dedup_by_key(|x| x.0);
        let d = match scored.as_slice() {
            [] => None,
            [(c, _)] => Some(*c),
            [(c, n), (_, m), ..] => (2 * n >= 3 * m && n > m).then_some(*c),
        };
        self.dominant_cache[p] = Some(d);
        d
    }

    /// The one seat of power that paragraph `p` or the one before it names ("The White House …
    /// the president"), if exactly one country's is named there.
    fn local_lead(&mut self, p: usize) -> Option<&'static str> {
        let mut seats: Vec<&'static str> = Vec::new();
        for q in p.saturating_sub(1)..=p {
            for &c in &self.para_seats[q] {
                self.work += 1;
                if !seats.contains(&c) {
                    seats.push(c);
                }
            }
        }
        match seats.as_slice() {
            [c] => Some(*c),
            _ => None,
        }
    }

    /// Step 5: titles.
    pub(super) fn match_titles(&mut self) {
        self.count_countries();
        self.collect_titled_names();
        // Antecedents in text order; titles found here join them as the scan goes.
        let mut antecedents: Vec<Found> = self.found.clone();
        stable_sort::sort_by_key(&mut antecedents, |x| x.t0);
        let mut next_antecedent = 0;
        let mut seen: Vec<Found> = Vec::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            self.work += 1;
            if self.claimed[i] {
                i += 1;
                continue;
            }
            let Some((office, after)) = read_office(&self.tokens, i) else {
                i += 1;
                continue;
            };
            while next_antecedent < antecedents.len() && antecedents[next_antecedent].t1 <= i {
                seen.push(antecedents[next_antecedent]);
                next_antecedent += 1;
            }
            match self.read_title(i, office, after, &seen) {
                Some((t0, t1, who, how)) => {
                    self.push(t0, t1, who, how);
                    let f = Found { t0, t1, who, how };
                    seen.push(f);
                    if let Who::Kb(p) = who {
                        let phrase =
                            self.text[self.tokens[t0].start..self.tokens[t1 - 1].end].to_string();
                        self.kb_descriptions.entry(p).or_insert(phrase);
                    }
                    i = t1;
                }
                None => i = after.max(i + 1),
            }
        }
    }

    /// Reads the title whose office phrase starts at `i` and ends before `after`; returns its span
    /// and person when it is a definite reference that resolves.
    fn read_title(
        &mut self,
        i: usize,
        office: Office,
        after: usize,
        seen: &[Found],
    ) -> Option<(usize, usize, Who, How)> {
        let word = self.tokens[i].folded.clone();
        let next = self.tokens.get(after);
        // "the president-elect", "the prime minister-designate".
        if next.is_some_and(|t| {
            (t.folded == "-" && !t.space_before)
                || matches!(t.folded.as_str(), "elect" | "designate")
        }) {
            return None;
        }
        let leader_word = matches!(
            word.as_str(),
            "chief" | "leader" | "head" | "strongman" | "ruler"
        );
        // "chief negotiator", "head coach", "chief of staff".
        if leader_word
            && next.is_some_and(|t| {
                t.is_word()
                    && !name_like(t)
                    && is_in(LEADER_COMPOUNDS, &t.folded)
                    && t.folded != "of"
            })
        {
            return None;
        }
        let qualifier = self.qualifier_before(i);
        let after_q = self.qualifier_after(after);
        let (mut end_tok, qual) = match (qualifier, after_q) {
            (_, Some((e, q))) => (e, Some(q)),
            (Some((_, q, _)), None) => (after, Some(q)),
            (None, None) => (after, None),
        };
        // "of" that is not a qualifier: "the president of the university", "the IMF head of research".
        if after_q.is_none() && self.tokens.get(after).is_some_and(|t| t.folded == "of") {
            let k = after + 1;
            let institution = self
                .tokens
                .get(k)
                .is_some_and(|t| matches!(t.folded.as_str(), "the" | "a" | "an") || name_like(t));
            if institution || qual.is_some() || leader_word {
                return None;
            }
        }
        let mut host = None;
        if matches!(office, Office::Ambassador | Office::Envoy) {
            if let Some((e, h)) = self.host_after(end_tok) {
                host = Some(h);
                end_tok = e;
            }
        }
        let start_q = qualifier.map_or(i, |q| q.0);
        let possessive = qualifier.is_some_and(|q| q.2) && after_q.is_none();
        let before =
            skip_adjectives_back(&self.tokens, if qualifier.is_some() { start_q } else { i });
        let determiner = before > 0 && self.tokens[before - 1].folded == "the";
        if !(determiner || possessive) {
            return None;
        }
        let t0 = if determiner { before - 1 } else { start_q };
        if !self.is_free(t0, end_tok) {
            return None;
        }
        // The name is the mention when it follows the title directly ("the Russian president
        // Vladimir Putin"); a comma sets a title apart ("The Belarusian President, Alexander …").
        let next = self.tokens.get(end_tok);
        if next.is_some_and(|t| {
            name_like(t)
                && !never_begins_a_name(&t.folded)
                && (self.claimed[end_tok] || self.part_of_name_start(end_tok))
        }) {
            return None;
        }
        let (country, org) = match qual {
            Some(Qualifier::Country(c)) => (Some(c), None),
            Some(Qualifier::Org(o)) => (None, Some(o)),
            None => (None, None),
        };
        if country.is_some() || org.is_some() {
            if let Some(p) = self.holder_here(OfficeQuery {
                office,
                country,
                org,
                host,
            }) {
                return Some((t0, end_tok, Who::Kb(p), How::Title));
            }
            // Someone the article described: "Colombia’s chancellor" after "Colombian Foreign
            // Minister Rosa Villavicencio".
            let a = self.article_people.iter().position(|p| {
                p.office
                    .is_some_and(|o| office_compatible(o, office, p.country))
                    && country.is_some()
                    && p.country == country
            })?;
            return Some((t0, end_tok, Who::Article(a), How::Title));
        }
        if !determiner {
            return None;
        }
        // Unqualified: "the president", "the diplomat", "the Chancellor".
        let para_here = self.para[i];
        if office == Office::Pope {
            return self
                .holder_here(OfficeQuery::of_country(office, "VA"))
                .map(|p| (t0, end_tok, Who::Kb(p), How::Title));
        }
        let by_country = matches!(
            office,
            Office::President
                | Office::PrimeMinister
                | Office::Chancellor
                | Office::VicePresident
                | Office::ForeignMinister
                | Office::DefenceMinister
                | Office::FinanceMinister
                | Office::Monarch
        );
        // A seat of power in the title's paragraph (or the one before) decides first: "The White
        // House … no recommendation to the president" is not the Russian president named a
        // sentence earlier.
        if by_country {
            if let Some(c) = self.local_lead(para_here as usize) {
                if let Some(p) = self.holder_here(OfficeQuery::of_country(office, c)) {
                    return Some((t0, end_tok, Who::Kb(p), How::Title));
                }
            }
        }
        let mut nearest_any = None;
        for (steps, x) in seen.iter().rev().enumerate() {
            if steps >= ANTECEDENT_LOOKBACK {
                break;
            }
            self.work += 1;
            if self.fits_office(x.who, office) {
                if para_here - self.para[x.t0].min(para_here) <= NEAR_PARAGRAPHS {
                    return Some((t0, end_tok, x.who, How::Coreference));
                }
                nearest_any = Some(x.who);
                break;
            }
        }
        if by_country {
            // A head of government or minister far back may be another country's: the country
            // the text is about decides, or nobody.
            let dominant = self.dominant_at(para_here as usize);
            return dominant
                .and_then(|c| self.holder_here(OfficeQuery::of_country(office, c)))
                .map(|p| (t0, end_tok, Who::Kb(p), How::Title));
        }
        nearest_any.map(|w| (t0, end_tok, w, How::Coreference))
    }

    /// True when a capitalised word at `k` starts what reads as a name (two capitalised words, or a
    /// name the knowledge base or the article knows).
    fn part_of_name_start(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        if !name_like(t) || never_begins_a_name(&t.folded) {
            return false;
        }
        !self.kb.lookup(&t.folded).is_empty()
            || self.kb.max_words_from(&t.folded) > 0
            || self.tokens.get(k + 1).is_some_and(name_like)
    }
}

/// Moves back over adjectives that may stand inside a title ("embattled", "71-year-old") from
/// token `end` (exclusive); returns the new end.
fn skip_adjectives_back(tokens: &[Token], end: usize) -> usize {
    let mut e = end;
    loop {
        if e >= 1 && tokens[e - 1].is_word() && is_in(TITLE_ADJECTIVES, &tokens[e - 1].folded) {
            e -= 1;
            continue;
        }
        // "71-year-old": 71 - year - old
        if e >= 5
            && tokens[e - 1].folded == "old"
            && tokens[e - 2].folded == "-"
            && tokens[e - 3].folded == "year"
            && tokens[e - 4].folded == "-"
            && tokens[e - 5].folded.chars().all(|c| c.is_ascii_digit())
        {
            e -= 5;
            continue;
        }
        return e;
    }
}
