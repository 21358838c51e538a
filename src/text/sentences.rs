//! Sentence splitting tuned for news copy.
//!
//! Why it exists: every claim in an article is classified by who makes it ("…, Lukashenko
//! said"), so the unit the attribution layer works on is the sentence. Articles reach us badly
//! converted: words run together ("on Thursdaywhile"), quotes are mismatched (`“…“`, `"…”`),
//! datelines are glued to the first sentence ("MOSCOW.-Russia …") and abbreviations such as
//! "U.S." are everywhere. A generic splitter cuts such text into fragments that lose their
//! source; this one keeps a claim and its attribution together.
//!
//! How it decides: each line is a paragraph and is split on its own. A sentence can only end
//! after a run of terminators (`.` `!` `?` `…`) and the closing quotes or brackets that follow
//! it. Each such candidate is judged by small functions named after the decision they make, and
//! those are driven by the tables at the top of this file (abbreviations, sentence starters,
//! attribution verbs, dateline parts), in the spirit of Readability.js' tunables.
//!
//! No regex and no Unicode tables beyond `core`'s `char` methods, so the wasm stays small. One
//! pass per line, and every look-around is capped, so time is linear in the input.
//!
//! Known trade-offs, chosen for news copy: after an abbreviation, an initial or an ellipsis a
//! sentence ends only before a listed starter, so "at 6 a.m. Police said" stays one sentence;
//! a glued boundary needs a capitalised word ("done.The"), so "ASP.NET" and "Node.JS" stay
//! whole; a line that starts with an all-caps word and a period ("NATO. The alliance …") is
//! read as a dateline; a dateline alone on its own line is a sentence of its own, because
//! sentences never cross lines.

use super::chars::char_at;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Titles and name prefixes. They stand before a name, so a period after them never ends a
/// sentence ("Sen. Marco Rubio", "Gen. Mark Milley", "Roe vs. Wade").
#[rustfmt::skip]
const NAME_PREFIX_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Gens",
    "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt", "Col", "Capt", "Cmdr", "Cmdt", "Sgt", "Maj",
    "Adm", "Brig", "Cpl", "Pvt", "Pfc", "Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Fr", "Msgr",
    "Mt", "Ft", "vs", "v", "MR", "MRS", "MS", "DR", "LT",
];

/// Abbreviations that usually sit mid-sentence but can close one ("… Acme Inc. The company …",
/// "… in the U.S. The …"). After them a sentence ends only before a clear sentence starter.
/// Dotted single letters ("U.S", "a.m", "J.R.R") are recognised without being listed here.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    // Names and companies.
    "St", "Ste", "Jr", "Sr", "Esq", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Assn",
    "Dept", "Univ", "Ph.D", "CO", "ST", "JR", "SR", "NO",
    // Numbers, lists, references.
    "No", "Nos", "Nr", "Vol", "Fig", "p", "pp", "approx", "etc", "al", "cf",
    // Months (AP style).
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // Streets.
    "Ave", "Blvd", "Rd", "Hwy",
    // US states (AP style), as in "PALO ALTO, Calif."
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
    "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
];

/// Common capitalised words that open sentences. After an abbreviation or an initial a sentence
/// ends only when one of these follows ("in the U.S. The …" ends; "U.S. Army" does not).
#[rustfmt::skip]
const SENTENCE_STARTERS: &[&str] = &[
    "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "He", "She", "It", "They",
    "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "So",
    "Yet", "Nor", "In", "On", "At", "As", "By", "For", "From", "To", "Of", "With", "Without",
    "After", "Before", "During", "Since", "Until", "When", "While", "Where", "Why", "How", "What",
    "Who", "Which", "If", "Although", "Though", "Because", "However", "Meanwhile", "Still",
    "Also", "Now", "Then", "Later", "Earlier", "Yesterday", "Today", "Last", "Next", "Some",
    "Many", "Most", "Several", "Both", "Each", "Every", "All", "Such", "Other", "Another",
    "According", "Despite", "Instead", "Even", "Only", "Not", "One", "Two", "Three",
];

/// Speech verbs. A capitalised speaker and one of these right after a closing quote attach to
/// the quote (“We will win.” Lukashenko said.) instead of becoming a sentence of their own.
#[rustfmt::skip]
const ATTRIBUTION_VERBS: &[&str] = &[
    "said", "says", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
    "stated", "states", "explained", "noted", "insisted", "replied", "continued", "warned",
    "argued", "recalled", "concluded", "stressed", "declared", "tweeted", "posted", "claimed",
    "announced", "acknowledged", "admitted", "conceded", "insists", "warns", "explains", "notes",
];

/// Words that may follow an attribution verb while the attribution goes on
/// (“…” Zakharova said on Thursday.).
#[rustfmt::skip]
const ATTRIBUTION_TAILS: &[&str] = &[
    "on", "in", "at", "during", "late", "earlier", "later", "yesterday", "today", "tonight",
    "last", "this", "reporters", "journalists", "me",
];

/// How many words after a closing quote may hold the speaker and the attribution verb.
const ATTRIBUTION_WINDOW_WORDS: usize = 5;

/// City words of a dateline that carry a period ("ST. LOUIS").
const DATELINE_CITY_ABBREVIATIONS: &[&str] = &["ST", "STE", "FT", "MT", "PT"];

/// Longest dateline considered, in characters ("SAN FRANCISCO, Calif., June 3 (Reuters) —").
const MAX_DATELINE_CHARS: usize = 80;

/// Longest agency parenthesis in a dateline ("(Reuters)", "(AP)").
const MAX_DATELINE_AGENCY_CHARS: usize = 40;

/// How many region words may follow the city of a dateline ("KYIV, Ukraine", "LONDON, June 3").
const MAX_DATELINE_REGION_WORDS: usize = 4;

/// Top-level domains: "Example.Com" is a domain, not a glued sentence.
#[rustfmt::skip]
const TOP_LEVEL_DOMAINS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ru",
    "by", "ve", "de", "fr", "es", "it", "ua", "cn", "eu", "news", "tv",
];

/// Longest word looked at around a candidate boundary. Longer runs without white space (URLs,
/// junk) are plain words; the cap keeps the splitter linear on pathological input.
const MAX_WORD_CHARS: usize = 64;

/// Characters that can end a sentence, alone or in runs ("?!", "...").
#[rustfmt::skip]
const TERMINATORS: &[char] = &['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '。', '！', '？', '｡'];

/// Terminators of scripts written without spaces between sentences: always a boundary.
const UNSPACED_TERMINATORS: &[char] = &['。', '！', '？', '｡'];

/// Closing quotes and brackets that stay with the sentence they close. Opening-looking quotes are
/// here too, because converted text closes quotes with them (`no“,`, German `»Ja.«`).
#[rustfmt::skip]
const CLOSERS: &[char] = &[
    ')', ']', '}', '"', '\'', '”', '’', '»', '›', '“', '‘', '«', '‹', '」', '』', '）',
];

/// Quotes that may just as well open the next sentence when glued to it (`done."The`).
const QUOTES_THAT_MAY_OPEN: &[char] = &['"', '\'', '“', '‘', '«', '»', '‹', '›', '„', '‚'];

/// Opening quotes and brackets a sentence may start with.
#[rustfmt::skip]
const OPENERS: &[char] = &[
    '"', '\'', '“', '‘', '«', '»', '‹', '›', '„', '‚', '(', '[', '{', '¿', '¡', '「', '『', '（',
];

/// Symbols a sentence may start with besides letters, digits and openers ("$3 billion …").
const SENTENCE_OPENING_SYMBOLS: &[char] = &['$', '€', '£', '¥', '₽', '#'];

/// Dashes that separate a dateline from its story.
const DATELINE_DASHES: &[char] = &['-', '‐', '‑', '‒', '–', '—', '―'];

/// Invisible characters that count as white space when trimming (byte-order mark, zero-width
/// space): converted text is littered with them.
const INVISIBLE_SPACES: &[char] = &['\u{feff}', '\u{200b}'];

// ---------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------

/// A sentence as a byte range into the text, trimmed of surrounding whitespace.
///
/// Why: the attribution layer classifies claims sentence by sentence and the page layer marks
/// them in the DOM, so both need exact offsets into the original text, not copies. `paragraph`
/// lets quotes that span sentences be tied back to their paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentenceSpan {
    /// Byte offset of the sentence's first character.
    pub start: usize,
    /// Byte offset after the sentence's last character.
    pub end: usize,
    /// 0-based index of the non-empty line the sentence is on.
    pub paragraph: usize,
}

/// Splits news text into sentences. Never crosses a '\n' (each line is a paragraph; paragraph =
/// 0-based index of non-empty lines), never returns empty sentences, returns them in order without
/// overlap, and always on char boundaries.
///
/// Why: claims are attributed per sentence; see the module documentation for the rules.
pub fn split_sentences(text: &str) -> Vec<SentenceSpan> {
    let mut out = Vec::new();
    let mut line = Line {
        chars: Vec::new(),
        offsets: Vec::new(),
    };
    let mut paragraph = 0;
    let mut line_start = 0;
    for raw in text.split('\n') {
        line.load(raw, line_start);
        if split_line(&line, paragraph, &mut out) {
            paragraph += 1;
        }
        line_start += raw.len() + 1;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Lines and candidates
// ---------------------------------------------------------------------------------------------

/// One line as characters, with the byte offset of each (plus one past the end).
struct Line {
    chars: Vec<char>,
    offsets: Vec<usize>,
}

impl Line {
    fn load(&mut self, raw: &str, base: usize) {
        self.chars.clear();
        self.offsets.clear();
        self.chars.reserve(raw.len());
        self.offsets.reserve(raw.len() + 1);
        let mut i = 0;
        while i < raw.len() {
            let c = char_at(raw, i);
            self.chars.push(c);
            self.offsets.push(base + i);
            i += c.len_utf8();
        }
        self.offsets.push(base + raw.len());
    }
}

/// A place where a sentence might end: a run of terminators and the closers after it.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Start of the sentence being built.
    sentence_start: usize,
    /// First terminator.
    run_start: usize,
    /// After the last terminator.
    run_end: usize,
    /// After the closing quotes and brackets that stay with the sentence.
    close_end: usize,
}

/// Splits one line into `out`; returns whether the line had any text (and so is a paragraph).
fn split_line(line: &Line, paragraph: usize, out: &mut Vec<SentenceSpan>) -> bool {
    let chars = &line.chars[..];
    let (lo, hi) = trimmed_range(chars);
    if lo >= hi {
        return false;
    }
    let mut push = |from: usize, to: usize| {
        out.push(SentenceSpan {
            start: line.offsets[from],
            end: line.offsets[to],
            paragraph,
        });
    };
    let mut start = lo;
    let mut i = end_of_dateline(chars, lo, hi);
    let mut has_content = chars[lo..i].iter().any(|&c| is_word_char(c));
    let mut straight_quotes = chars[lo..i].iter().filter(|&&c| c == '"').count();
    while i < hi {
        let c = chars[i];
        if !is_terminator(c) {
            has_content |= is_word_char(c);
            straight_quotes += usize::from(c == '"');
            i += 1;
            continue;
        }
        let run_end = end_of_terminator_run(chars, i, hi);
        let close_end = end_of_closers(chars, run_end, hi, straight_quotes);
        let candidate = Candidate {
            sentence_start: start,
            run_start: i,
            run_end,
            close_end,
        };
        let next = if has_content && !is_bracketed_ellipsis(chars, i, run_end) {
            next_sentence_start(chars, &candidate, hi)
        } else {
            None
        };
        match next {
            Some(next) => {
                push(start, close_end);
                start = next;
                i = next;
                has_content = false;
                straight_quotes = 0;
            }
            None => {
                straight_quotes += chars[run_end..close_end]
                    .iter()
                    .filter(|&&c| c == '"')
                    .count();
                i = close_end;
            }
        }
    }
    push(start, hi);
    true
}

/// Where the next sentence starts if the candidate ends one, `None` if the sentence goes on.
fn next_sentence_start(chars: &[char], candidate: &Candidate, hi: usize) -> Option<usize> {
    let after = candidate.close_end;
    if after >= hi {
        // The line ends here; the caller closes the last sentence.
        return None;
    }
    if is_space(chars[after]) {
        let mut k = after;
        while k < hi && is_space(chars[k]) {
            k += 1;
        }
        // `hi` is a trimmed end, so a non-space follows.
        ends_before_spaced_start(chars, candidate, k, hi).then_some(k)
    } else {
        ends_before_glued_start(chars, candidate, hi).then_some(after)
    }
}

/// The decision when white space follows the terminators: does the text from `k` start a new
/// sentence?
fn ends_before_spaced_start(chars: &[char], c: &Candidate, k: usize, hi: usize) -> bool {
    if !can_start_sentence(chars, k, hi) {
        return false;
    }
    let run = &chars[c.run_start..c.run_end];
    let has_closers = c.close_end > c.run_end;
    let quoted = is_closed_by_quote(&chars[c.run_end..c.close_end]);
    if quoted && is_attribution_after_quote(chars, k, hi) {
        return false;
    }
    if run.iter().any(|&t| t != '.' && t != '…') {
        return true;
    }
    if is_ellipsis(run) {
        return has_closers || is_clear_sentence_starter(chars, k, hi);
    }
    if has_closers {
        return true;
    }
    match classify_word_before_period(chars, c.sentence_start, c.run_start) {
        WordKind::NamePrefix | WordKind::ListMarker => false,
        WordKind::Abbreviation | WordKind::Initials => is_clear_sentence_starter(chars, k, hi),
        WordKind::Plain => true,
    }
}

/// The decision when the next character is glued to the terminators ("done.The next",
/// "3.5", "U.S.-led", "example.com"): only a glued capitalised word after a plain word ends the
/// sentence.
fn ends_before_glued_start(chars: &[char], c: &Candidate, hi: usize) -> bool {
    let run = &chars[c.run_start..c.run_end];
    if run.iter().any(|t| UNSPACED_TERMINATORS.contains(t)) {
        return true;
    }
    if !looks_like_glued_sentence_start(chars, c.close_end, hi) {
        return false;
    }
    if c.close_end > c.run_end {
        // `said.”The`: a closing quote or bracket marks the end.
        return true;
    }
    if is_inside_url_or_email(chars, c.sentence_start, c.run_start, c.run_end, hi) {
        return false;
    }
    if is_ellipsis(run) {
        return is_clear_sentence_starter(chars, c.run_end, hi);
    }
    match classify_word_before_period(chars, c.sentence_start, c.run_start) {
        WordKind::Plain => {
            word_before(chars, c.sentence_start, c.run_start).is_some_and(|(a, b)| a < b)
                && !is_domain_suffix(chars, c.run_end, hi)
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------------

/// What the word before a single period is, as far as ending a sentence goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordKind {
    /// "Mr", "Sen": never ends a sentence.
    NamePrefix,
    /// "Inc", "Jan", "etc": ends one only before a clear sentence starter.
    Abbreviation,
    /// "F", "J.R.R", "U.S", "a.m": ends one only before a clear sentence starter.
    Initials,
    /// "1", "b", "iv" opening a sentence: a list number, not a sentence.
    ListMarker,
    /// Any other word.
    Plain,
}

/// Classifies the white-space-delimited word before the period at `run_start`.
fn classify_word_before_period(
    chars: &[char],
    sentence_start: usize,
    run_start: usize,
) -> WordKind {
    let Some((a, b)) = word_before(chars, sentence_start, run_start) else {
        return WordKind::Plain;
    };
    let word = &chars[a..b];
    if word.is_empty() {
        WordKind::Plain
    } else if is_listed(word, NAME_PREFIX_ABBREVIATIONS) {
        WordKind::NamePrefix
    } else if is_listed(word, ABBREVIATIONS) {
        WordKind::Abbreviation
    } else if is_list_marker(word) && opens_sentence(chars, sentence_start, a) {
        WordKind::ListMarker
    } else if is_initials(word) {
        WordKind::Initials
    } else {
        WordKind::Plain
    }
}

/// The word before `run_start`, back to white space and without leading quotes, brackets or
/// dashes; `None` when it is longer than [`MAX_WORD_CHARS`] (a URL or junk, never an
/// abbreviation).
fn word_before(chars: &[char], sentence_start: usize, run_start: usize) -> Option<(usize, usize)> {
    let floor = sentence_start.max(run_start.saturating_sub(MAX_WORD_CHARS));
    let mut a = run_start;
    while a > floor && !is_space(chars[a - 1]) {
        a -= 1;
    }
    if a == floor && a > sentence_start && !is_space(chars[a - 1]) {
        return None;
    }
    while a < run_start && !is_word_char(chars[a]) {
        a += 1;
    }
    Some((a, run_start))
}

/// True when `word` is in `table` as written, or in capitals for capitalised entries of three
/// letters or more ("Inc", "INC"). Shorter capitals are acronyms as often as abbreviations
/// ("LA", "VA", "PP"), so the tables list the few wanted ones ("CO", "ST") themselves.
fn is_listed(word: &[char], table: &[&str]) -> bool {
    let mut buf = [0u8; MAX_TABLE_WORD_BYTES];
    let Some(word) = as_ascii(word, &mut buf) else {
        return false;
    };
    table.iter().any(|entry| {
        let entry = entry.as_bytes();
        entry == word
            || (entry.len() == word.len()
                && entry.len() >= 3
                && entry[0].is_ascii_uppercase()
                && entry
                    .iter()
                    .zip(word)
                    .all(|(e, w)| e.to_ascii_uppercase() == *w))
    })
}

/// True when `word` matches an entry of `table` ignoring ASCII case.
fn is_listed_ignoring_case(word: &[char], table: &[&str]) -> bool {
    let mut buf = [0u8; MAX_TABLE_WORD_BYTES];
    let Some(word) = as_ascii(word, &mut buf) else {
        return false;
    };
    table
        .iter()
        .any(|entry| entry.as_bytes().eq_ignore_ascii_case(word))
}

/// Longest word the tables are compared with; every table entry is shorter and ASCII.
const MAX_TABLE_WORD_BYTES: usize = 16;

/// `word` as ASCII bytes in `buf`, or `None` if it is longer than any table entry or not ASCII.
fn as_ascii<'b>(word: &[char], buf: &'b mut [u8; MAX_TABLE_WORD_BYTES]) -> Option<&'b [u8]> {
    if word.len() > buf.len() {
        return None;
    }
    for (b, &c) in buf.iter_mut().zip(word) {
        if !c.is_ascii() {
            return None;
        }
        *b = c as u8;
    }
    Some(&buf[..word.len()])
}

/// True for single letters separated by periods: "F", "J.R.R", "U.S", "a.m", "N.Y".
fn is_initials(word: &[char]) -> bool {
    let mut letters_in_segment = 0;
    for &c in word {
        if c == '.' {
            if letters_in_segment != 1 {
                return false;
            }
            letters_in_segment = 0;
        } else if c.is_alphabetic() {
            letters_in_segment += 1;
        } else if !is_combining_mark(c) {
            return false;
        }
    }
    letters_in_segment == 1
}

/// True for the numbers and letters of numbered lists: "1", "12", "b", "iv".
fn is_list_marker(word: &[char]) -> bool {
    let digits = word.len() <= 3 && word.iter().all(|c| c.is_ascii_digit());
    let letter = word.len() == 1 && word[0].is_alphabetic();
    let roman = word.len() <= 4
        && word
            .iter()
            .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'));
    digits || letter || roman
}

/// True when nothing but bullets, quotes or brackets precede `word_start` in the sentence.
fn opens_sentence(chars: &[char], sentence_start: usize, word_start: usize) -> bool {
    chars[sentence_start..word_start]
        .iter()
        .all(|&c| !is_word_char(c))
}

/// True when the text at `k` could start a sentence: a capital, a digit, a letter of a script
/// without case, a currency sign, or an opening quote or bracket not followed by a lower-case
/// letter. A lower-case word never starts one ("… location. to live …").
fn can_start_sentence(chars: &[char], k: usize, hi: usize) -> bool {
    let c = chars[k];
    if c.is_lowercase() {
        return false;
    }
    if c.is_alphanumeric() || SENTENCE_OPENING_SYMBOLS.contains(&c) {
        return true;
    }
    if OPENERS.contains(&c) {
        let mut j = k;
        while j < hi && j - k < MAX_WORD_CHARS && OPENERS.contains(&chars[j]) {
            j += 1;
        }
        return !(j < hi && chars[j].is_lowercase());
    }
    false
}

/// True when the word at `k` (after any opening quotes) is a capitalised common sentence starter
/// ("The", "But", "He", …) and not itself an initial ("A. Smith").
fn is_clear_sentence_starter(chars: &[char], k: usize, hi: usize) -> bool {
    let mut i = k;
    while i < hi && i - k < MAX_WORD_CHARS && OPENERS.contains(&chars[i]) {
        i += 1;
    }
    let a = i;
    while i < hi && i - a < MAX_WORD_CHARS && chars[i].is_alphabetic() {
        i += 1;
    }
    if a == i || !chars[a].is_uppercase() || (i < hi && chars[i] == '.') {
        return false;
    }
    is_listed_ignoring_case(&chars[a..i], SENTENCE_STARTERS)
}

/// True when the text glued after a terminator looks like a new sentence: a capitalised word
/// ("done.The") or a clear starter ("done.A man"), possibly after opening quotes.
fn looks_like_glued_sentence_start(chars: &[char], k: usize, hi: usize) -> bool {
    let mut i = k;
    while i < hi && i - k < MAX_WORD_CHARS && OPENERS.contains(&chars[i]) {
        i += 1;
    }
    if i >= hi || !chars[i].is_uppercase() {
        return false;
    }
    (i + 1 < hi && chars[i + 1].is_lowercase()) || is_clear_sentence_starter(chars, k, hi)
}

/// True when a speaker and a speech verb follow a closing quote, so the quote's terminator does
/// not end the sentence: (“We hope so.” Zakharova said.)
fn is_attribution_after_quote(chars: &[char], k: usize, hi: usize) -> bool {
    let mut i = k;
    for n in 0..ATTRIBUTION_WINDOW_WORDS {
        let a = i;
        while i < hi && i - a < MAX_WORD_CHARS && is_name_char(chars[i]) {
            i += 1;
        }
        if a == i {
            return false;
        }
        if is_listed_ignoring_case(&chars[a..i], ATTRIBUTION_VERBS) {
            // "Said the diplomat": the speaker follows the verb.
            let inverted = n == 0 && i + 1 < hi && chars[i] == ' ' && chars[i + 1].is_alphabetic();
            return inverted || ends_attribution(chars, i, hi);
        }
        // Initials in the speaker's name: "J.D. Vance", "John F. Kennedy".
        while i + 1 < hi && i - a < MAX_WORD_CHARS && chars[i] == '.' && is_name_char(chars[i + 1])
        {
            i += 1;
            while i < hi && i - a < MAX_WORD_CHARS && is_name_char(chars[i]) {
                i += 1;
            }
        }
        if i < hi && chars[i] == '.' && is_initials(&chars[a..i]) {
            i += 1;
        }
        if i >= hi || chars[i] != ' ' {
            return false;
        }
        i += 1;
    }
    false
}

/// True when the attribution clause stops after the verb at `i`: end of line, punctuation, or a
/// time or audience word ("said on Thursday", "told reporters").
fn ends_attribution(chars: &[char], i: usize, hi: usize) -> bool {
    if i < hi && matches!(chars[i], ',' | ':') && opens_new_quote(chars, i + 1, hi) {
        // “… boats.” Moss says, “That is …”: the verb introduces a quote of its own.
        return false;
    }
    if i >= hi || matches!(chars[i], ',' | '.' | ';' | ':' | '!' | '?' | '—' | '–') {
        return true;
    }
    if chars[i] != ' ' {
        return false;
    }
    let a = i + 1;
    let mut j = a;
    while j < hi && j - a < MAX_WORD_CHARS && chars[j].is_alphabetic() {
        j += 1;
    }
    is_listed_ignoring_case(&chars[a..j], ATTRIBUTION_TAILS)
}

/// True when a quotation opens at `i` (after spaces) with a capital letter: a new quotation, not
/// the rest of the one before.
fn opens_new_quote(chars: &[char], mut i: usize, hi: usize) -> bool {
    while i < hi && chars[i] == ' ' {
        i += 1;
    }
    i + 1 < hi && matches!(chars[i], '“' | '"' | '«' | '„' | '‘') && chars[i + 1].is_uppercase()
}

/// True when the closers after a terminator include a quotation mark (not only brackets).
fn is_closed_by_quote(closers: &[char]) -> bool {
    closers.iter().any(|c| !matches!(c, ')' | ']' | '}' | '）'))
}

/// True for "..", "...", "…" and longer runs of them: an ellipsis, which often sits inside a
/// sentence.
fn is_ellipsis(run: &[char]) -> bool {
    run.contains(&'…') || run.len() >= 2
}

/// True for an omission mark in brackets, "[...]" or "(…)": never a boundary.
fn is_bracketed_ellipsis(chars: &[char], run_start: usize, run_end: usize) -> bool {
    run_start > 0
        && matches!(chars[run_start - 1], '[' | '(')
        && run_end < chars.len()
        && matches!(chars[run_end], ']' | ')')
        && chars[run_start..run_end]
            .iter()
            .all(|&c| c == '.' || c == '…')
}

/// True when the period sits inside a URL or an e-mail address ("www.Example.com",
/// "john.Smith@x.org", "example.com/Page"): the white-space-delimited token holds '@', '/' or
/// "www.".
fn is_inside_url_or_email(
    chars: &[char],
    sentence_start: usize,
    run_start: usize,
    run_end: usize,
    hi: usize,
) -> bool {
    let mut a = run_start;
    while a > sentence_start && run_start - a < MAX_WORD_CHARS && !is_space(chars[a - 1]) {
        a -= 1;
    }
    let mut b = run_end;
    while b < hi && b - run_end < MAX_WORD_CHARS && !is_space(chars[b]) {
        b += 1;
    }
    let token = &chars[a..b];
    let starts_www = token.len() >= 4
        && token[..4]
            .iter()
            .zip("www.".chars())
            .all(|(&t, w)| t.to_ascii_lowercase() == w);
    starts_www || token.iter().any(|&c| matches!(c, '@' | '/' | '=' | '&'))
}

/// True when the letters glued after a period form a top-level domain ending the word
/// ("Example.Com"), unless they are a sentence starter ("done.It").
fn is_domain_suffix(chars: &[char], k: usize, hi: usize) -> bool {
    let mut i = k;
    while i < hi && i - k < MAX_WORD_CHARS && chars[i].is_alphabetic() {
        i += 1;
    }
    let ends_word = i >= hi || !is_word_char(chars[i]);
    ends_word
        && is_listed_ignoring_case(&chars[k..i], TOP_LEVEL_DOMAINS)
        && !is_listed_ignoring_case(&chars[k..i], SENTENCE_STARTERS)
}

// ---------------------------------------------------------------------------------------------
// Datelines
// ---------------------------------------------------------------------------------------------

/// Where the dateline at the start of a line ends ("MOSCOW.-", "WASHINGTON (Reuters) —",
/// "LONDON, June 3 (AP) —", "KYIV, Ukraine —", "BEIJING:"), or `lo` if there is none. The
/// dateline belongs to the sentence that follows it, so its periods never end a sentence.
fn end_of_dateline(chars: &[char], lo: usize, hi: usize) -> usize {
    let limit = hi.min(lo + MAX_DATELINE_CHARS);
    let Some((mut i, letters)) = end_of_dateline_city(chars, lo, limit) else {
        return lo;
    };
    if letters < 2 {
        return lo;
    }
    if let Some(end) = end_of_dateline_region(chars, i, limit) {
        i = end;
    }
    if let Some(end) = end_of_dateline_agency(chars, i, limit) {
        i = end;
    }
    match end_of_dateline_separator(chars, i, limit, letters) {
        Some(end) if chars[end..hi].iter().any(|&c| is_word_char(c)) => end,
        _ => lo,
    }
}

/// The city of a dateline: one or more words in capitals ("NEW YORK", "ST. LOUIS",
/// "WINSTON-SALEM"). Returns its end and how many letters it has.
fn end_of_dateline_city(chars: &[char], lo: usize, limit: usize) -> Option<(usize, usize)> {
    let mut letters = 0;
    let mut i = end_of_capitals_word(chars, lo, limit, &mut letters)?;
    loop {
        let abbreviated = i + 2 < limit
            && chars[i] == '.'
            && chars[i + 1] == ' '
            && is_listed(
                &chars[word_start_before(chars, lo, i)..i],
                DATELINE_CITY_ABBREVIATIONS,
            );
        let next = if abbreviated {
            i + 2
        } else if i + 1 < limit && chars[i] == ' ' {
            i + 1
        } else {
            break;
        };
        let mut more = 0;
        match end_of_capitals_word(chars, next, limit, &mut more) {
            Some(end) => {
                letters += more;
                i = end;
            }
            None => break,
        }
    }
    Some((i, letters))
}

/// Start of the word that ends at `end` (back to a space or `lo`).
fn word_start_before(chars: &[char], lo: usize, end: usize) -> usize {
    let mut a = end;
    while a > lo && chars[a - 1] != ' ' {
        a -= 1;
    }
    a
}

/// A word in capitals starting at `i` (inner hyphens and apostrophes allowed) that is not
/// followed by a letter or digit: "MOSCOW", "WINSTON-SALEM", "N'DJAMENA".
fn end_of_capitals_word(
    chars: &[char],
    i: usize,
    limit: usize,
    letters: &mut usize,
) -> Option<usize> {
    let mut j = i;
    while j < limit {
        let c = chars[j];
        let inner = j > i
            && (is_combining_mark(c)
                || (matches!(c, '-' | '\'' | '’') && j + 1 < limit && chars[j + 1].is_uppercase()));
        if c.is_uppercase() {
            *letters += 1;
        } else if !inner {
            break;
        }
        j += 1;
    }
    if j == i || (j < limit && is_word_char(chars[j])) {
        return None;
    }
    Some(j)
}

/// The region or date after the city: ", Ukraine", ", Calif.", ", June 3", ", N.Y.".
fn end_of_dateline_region(chars: &[char], i: usize, limit: usize) -> Option<usize> {
    if !(i + 2 < limit && chars[i] == ',' && chars[i + 1] == ' ') {
        return None;
    }
    let mut j = i + 2;
    for _ in 0..MAX_DATELINE_REGION_WORDS {
        if !(j < limit && (chars[j].is_uppercase() || chars[j].is_ascii_digit())) {
            return None;
        }
        while j < limit && (is_word_char(chars[j]) || matches!(chars[j], '.' | '\'' | '’' | '-'))
        {
            j += 1;
        }
        if j < limit && chars[j] == ',' {
            // "PALO ALTO, Calif., June 3"
            j += 1;
        }
        if j + 1 < limit
            && chars[j] == ' '
            && (chars[j + 1].is_uppercase() || chars[j + 1].is_ascii_digit())
        {
            j += 1;
            continue;
        }
        return Some(j);
    }
    None
}

/// The news agency in parentheses after the city or region: " (Reuters)", "(AP)".
fn end_of_dateline_agency(chars: &[char], i: usize, limit: usize) -> Option<usize> {
    let mut j = i;
    if j < limit && chars[j] == ' ' {
        j += 1;
    }
    if !(j < limit && chars[j] == '(') {
        return None;
    }
    let open = j;
    j += 1;
    while j < limit && j - open <= MAX_DATELINE_AGENCY_CHARS && !matches!(chars[j], ')' | '(') {
        j += 1;
    }
    (j < limit && chars[j] == ')' && j > open + 1).then_some(j + 1)
}

/// The separator between dateline and story: a dash, a colon, or a period optionally followed by
/// a dash (".-", ". —"). A bare period ("MOSCOW. Russia") needs a city of three letters or more
/// and a mixed-case story after it, so neither "OK. Then" nor "HE SAID. HE LEFT." is a dateline.
fn end_of_dateline_separator(
    chars: &[char],
    i: usize,
    limit: usize,
    city_letters: usize,
) -> Option<usize> {
    let mut j = i;
    while j < limit && is_space(chars[j]) && j - i < 2 {
        j += 1;
    }
    if j >= limit {
        return None;
    }
    match chars[j] {
        c if DATELINE_DASHES.contains(&c) => {
            while j < limit && DATELINE_DASHES.contains(&chars[j]) {
                j += 1;
            }
            Some(j)
        }
        ':' => Some(j + 1),
        '.' if j == i => {
            j += 1;
            let mut k = j;
            while k < limit && is_space(chars[k]) && k - j < 2 {
                k += 1;
            }
            if k < limit && DATELINE_DASHES.contains(&chars[k]) {
                while k < limit && DATELINE_DASHES.contains(&chars[k]) {
                    k += 1;
                }
                return Some(k);
            }
            let story_starts = k > j
                && k + 1 < limit
                && chars[k].is_uppercase()
                && (chars[k + 1].is_lowercase() || chars[k + 1] == ' ');
            (city_letters >= 3 && story_starts).then_some(j)
        }
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// Scanning helpers
// ---------------------------------------------------------------------------------------------

/// White space for trimming and gaps: Unicode white space ('\r' included) and invisible spaces.
fn is_space(c: char) -> bool {
    c.is_whitespace() || INVISIBLE_SPACES.contains(&c)
}

/// Letters, digits, combining marks and soft hyphens: what words are made of.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || c == '\u{ad}'
}

/// Characters of a speaker's name: letters, marks, hyphens, apostrophes.
fn is_name_char(c: char) -> bool {
    is_word_char(c) || matches!(c, '-' | '\'' | '’')
}

/// The common combining marks (accents typed as a separate character, "a\u{301}").
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// True for sentence terminators.
fn is_terminator(c: char) -> bool {
    TERMINATORS.contains(&c)
}

/// The line without surrounding white space, as a character range.
fn trimmed_range(chars: &[char]) -> (usize, usize) {
    let mut lo = 0;
    let mut hi = chars.len();
    while lo < hi && is_space(chars[lo]) {
        lo += 1;
    }
    while hi > lo && is_space(chars[hi - 1]) {
        hi -= 1;
    }
    (lo, hi)
}

/// After the run of terminators starting at `i` ("?!", "...").
fn end_of_terminator_run(chars: &[char], i: usize, hi: usize) -> usize {
    let mut j = i;
    while j < hi && is_terminator(chars[j]) {
        j += 1;
    }
    j
}

/// After the closing quotes and brackets that follow a terminator run and stay with its sentence.
/// A French closing guillemet after a space counts ("gagné. »"). Quotes glued to the next word
/// are handed back as its opening quotes (`done."The`), unless a straight quote closes an odd
/// one (`said "no."Then`). `straight_quotes` counts '"' earlier in the sentence.
fn end_of_closers(chars: &[char], run_end: usize, hi: usize, straight_quotes: usize) -> usize {
    let mut j = run_end;
    while j < hi && CLOSERS.contains(&chars[j]) {
        j += 1;
    }
    if j + 1 < hi && is_space(chars[j]) {
        let mut k = j;
        while k < hi && is_space(chars[k]) && k - j < 2 {
            k += 1;
        }
        if k < hi && chars[k] == '»' && (k + 1 == hi || !is_word_char(chars[k + 1])) {
            return k + 1;
        }
    }
    if j < hi && is_word_char(chars[j]) {
        while j > run_end && QUOTES_THAT_MAY_OPEN.contains(&chars[j - 1]) {
            if chars[j - 1] == '"' {
                let before =
                    straight_quotes + chars[run_end..j - 1].iter().filter(|&&c| c == '"').count();
                if before % 2 == 1 {
                    break;
                }
            }
            j -= 1;
        }
    }
    j
}

// ---------------------------------------------------------------------------------------------
// Unit tests: one group per decision
// ---------------------------------------------------------------------------------------------

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s)
            .iter()
            .map(|span| &s[span.start..span.end])
            .collect()
    }

    fn kind_before_period(s: &str) -> WordKind {
        let c = chars(s);
        let run = c.iter().rposition(|&x| x == '.').unwrap();
        classify_word_before_period(&c, 0, run)
    }

    #[test]
    fn classifies_words_before_a_period() {
        assert_eq!(kind_before_period("Sen."), WordKind::NamePrefix);
        assert_eq!(kind_before_period("said Mr."), WordKind::NamePrefix);
        assert_eq!(kind_before_period("Acme Inc."), WordKind::Abbreviation);
        assert_eq!(kind_before_period("Acme INC."), WordKind::Abbreviation);
        assert_eq!(kind_before_period("on Jan."), WordKind::Abbreviation);
        assert_eq!(kind_before_period("the U.S."), WordKind::Initials);
        assert_eq!(kind_before_period("John F."), WordKind::Initials);
        assert_eq!(kind_before_period("5 p.m."), WordKind::Initials);
        assert_eq!(kind_before_period("(U.S."), WordKind::Initials);
        assert_eq!(kind_before_period("1."), WordKind::ListMarker);
        assert_eq!(kind_before_period("• 2."), WordKind::ListMarker);
        assert_eq!(kind_before_period("Section 2."), WordKind::Plain);
        assert_eq!(kind_before_period("done."), WordKind::Plain);
        assert_eq!(kind_before_period("example.com."), WordKind::Plain);
        assert_eq!(kind_before_period("no."), WordKind::Plain);
    }

    #[test]
    fn long_words_are_never_abbreviations() {
        let long = format!("{}.", "x".repeat(MAX_WORD_CHARS * 2));
        let c = chars(&long);
        assert_eq!(word_before(&c, 0, c.len() - 1), None);
        let short = format!("go {}.", "x".repeat(MAX_WORD_CHARS - 1));
        let c = chars(&short);
        assert_eq!(word_before(&c, 0, c.len() - 1), Some((3, c.len() - 1)));
        let long = format!("go {}.", "x".repeat(MAX_WORD_CHARS * 2));
        let c = chars(&long);
        assert_eq!(word_before(&c, 0, c.len() - 1), None);
        assert_eq!(
            classify_word_before_period(&c, 0, c.len() - 1),
            WordKind::Plain
        );
    }

    #[test]
    fn table_entries_are_short_ascii() {
        let tables = [
            NAME_PREFIX_ABBREVIATIONS,
            ABBREVIATIONS,
            SENTENCE_STARTERS,
            ATTRIBUTION_VERBS,
            ATTRIBUTION_TAILS,
            DATELINE_CITY_ABBREVIATIONS,
            TOP_LEVEL_DOMAINS,
        ];
        for entry in tables.iter().flat_map(|t| t.iter()) {
            assert!(
                entry.is_ascii() && !entry.is_empty() && entry.len() <= MAX_TABLE_WORD_BYTES,
                "{entry}"
            );
        }
    }

    #[test]
    fn lists_match_as_written_or_in_capitals() {
        assert!(is_listed(&chars("Inc"), ABBREVIATIONS));
        assert!(is_listed(&chars("INC"), ABBREVIATIONS));
        assert!(!is_listed(&chars("inc"), ABBREVIATIONS));
        assert!(!is_listed(&chars("no"), ABBREVIATIONS));
        assert!(is_listed(&chars("CO"), ABBREVIATIONS));
        assert!(!is_listed(&chars("LA"), ABBREVIATIONS));
        assert!(!is_listed(&chars("VA"), ABBREVIATIONS));
        assert!(!is_listed(&chars("PP"), ABBREVIATIONS));
        assert!(is_listed_ignoring_case(&chars("THE"), SENTENCE_STARTERS));
        assert!(!is_listed(&chars("Ínc"), ABBREVIATIONS));
        assert!(!is_listed(&chars("Incorporatedandmore"), ABBREVIATIONS));
    }

    #[test]
    fn recognises_initials() {
        for yes in ["F", "J.R.R", "U.S", "a.m", "N.Y", "É"] {
            assert!(is_initials(&chars(yes)), "{yes}");
        }
        for no in ["", "US", "Ph.D", "J..R", "3", "U.S.", "x.yz"] {
            assert!(!is_initials(&chars(no)), "{no}");
        }
    }

    #[test]
    fn recognises_list_markers() {
        for yes in ["1", "12", "b", "iv", "IX"] {
            assert!(is_list_marker(&chars(yes)), "{yes}");
        }
        for no in ["2013", "ab", "Hello"] {
            assert!(!is_list_marker(&chars(no)), "{no}");
        }
    }

    #[test]
    fn decides_what_can_start_a_sentence() {
        let check = |s: &str| can_start_sentence(&chars(s), 0, s.chars().count());
        assert!(check("The"));
        assert!(check("2013"));
        assert!(check("“We"));
        assert!(check("(Reuters)"));
        assert!(check("$3"));
        assert!(check("北京"));
        assert!(!check("to live"));
        assert!(!check("“more remote”"));
        assert!(!check("— and"));
        assert!(!check(", he"));
        assert!(!check("🎉"));
    }

    #[test]
    fn recognises_clear_sentence_starters() {
        let check = |s: &str| is_clear_sentence_starter(&chars(s), 0, s.chars().count());
        assert!(check("The White House"));
        assert!(check("But"));
        assert!(check("“We hope"));
        assert!(check("It’s"));
        assert!(check("A man"));
        assert!(!check("A. Smith"));
        assert!(!check("Army"));
        assert!(!check("the"));
        assert!(!check("Theory"));
    }

    #[test]
    fn recognises_glued_sentence_starts() {
        let check = |s: &str| looks_like_glued_sentence_start(&chars(s), 0, s.chars().count());
        assert!(check("The next"));
        assert!(check("A man"));
        assert!(check("\"The"));
        assert!(!check("JS"));
        assert!(!check("com"));
        assert!(!check("5"));
        assert!(!check("-Russia"));
    }

    #[test]
    fn recognises_attribution_after_a_quote() {
        let check = |s: &str| is_attribution_after_quote(&chars(s), 0, s.chars().count());
        assert!(check("Lukashenko said."));
        assert!(check("Maria Zakharova told reporters."));
        assert!(check("The minister said on Thursday."));
        assert!(check("Said the diplomat"));
        assert!(check("J. Smith added"));
        assert!(check("J.D. Vance said."));
        assert!(!check("U.S. officials"));
        assert!(!check("The White House manages to prevent"));
        assert!(!check("He said the vote was fair."));
        assert!(!check("Smith, the minister, said."));
    }

    #[test]
    fn closers_stay_and_glued_openers_go() {
        let end = |s: &str, run_end: usize, quotes: usize| {
            end_of_closers(&chars(s), run_end, s.chars().count(), quotes)
        };
        assert_eq!(end("a.” The", 2, 0), 3);
        assert_eq!(end("a.)] x", 2, 0), 4);
        assert_eq!(end("a.“, said", 2, 0), 3);
        assert_eq!(end("a.\"The", 2, 0), 2);
        assert_eq!(end("a.\"The", 2, 1), 3);
        assert_eq!(end("a.”“The", 2, 0), 3);
        assert_eq!(end("a. » Le", 2, 0), 4);
        assert_eq!(end("a. »Le", 2, 0), 2);
    }

    #[test]
    fn recognises_ellipses() {
        assert!(is_ellipsis(&chars("...")));
        assert!(is_ellipsis(&chars("…")));
        assert!(is_ellipsis(&chars("..")));
        assert!(!is_ellipsis(&chars(".")));
        assert!(is_bracketed_ellipsis(&chars("[...]"), 1, 4));
        assert!(is_bracketed_ellipsis(&chars("(…)"), 1, 2));
        assert!(!is_bracketed_ellipsis(&chars("a...]"), 1, 4));
    }

    #[test]
    fn recognises_urls_emails_and_domains() {
        let url = |s: &str| {
            let c = chars(s);
            let run = c.iter().position(|&x| x == '.').unwrap();
            is_inside_url_or_email(&c, 0, run, run + 1, c.len())
        };
        assert!(url("www.Example.com"));
        assert!(url("john.Smith@example.com"));
        assert!(url("example.com/Page"));
        assert!(!url("done.The next"));
        let domain = |s: &str| is_domain_suffix(&chars(s), 0, s.chars().count());
        assert!(domain("Com"));
        assert!(domain("org/x"));
        assert!(!domain("It was"));
        assert!(!domain("Commerce"));
    }

    #[test]
    fn finds_datelines() {
        let end = |s: &str| {
            let c = chars(s);
            let n = end_of_dateline(&c, 0, c.len());
            c[..n].iter().collect::<String>()
        };
        assert_eq!(end("MOSCOW.-Russia and"), "MOSCOW.-");
        assert_eq!(end("MOSCOW. Russia and"), "MOSCOW.");
        assert_eq!(end("WASHINGTON (Reuters) — The"), "WASHINGTON (Reuters) —");
        assert_eq!(end("LONDON, June 3 (AP) — A"), "LONDON, June 3 (AP) —");
        assert_eq!(end("KYIV, Ukraine — Russian"), "KYIV, Ukraine —");
        assert_eq!(end("BEIJING: China"), "BEIJING:");
        assert_eq!(
            end("PALO ALTO, Calif. (Reuters) - Apple"),
            "PALO ALTO, Calif. (Reuters) -"
        );
        assert_eq!(end("ST. LOUIS (AP) — A"), "ST. LOUIS (AP) —");
        assert_eq!(end("NEW YORK — A"), "NEW YORK —");
        assert_eq!(end("OK. Then"), "");
        assert_eq!(end("HE SAID. HE LEFT."), "");
        assert_eq!(end("MOSCOW. A new day"), "MOSCOW.");
        assert_eq!(end("NATO said"), "");
        assert_eq!(end("U.S. troops"), "");
        assert_eq!(end("MOSCOW."), "");
        assert_eq!(end("London — The"), "");
    }

    #[test]
    fn trims_unicode_and_invisible_space() {
        let c = chars("\u{feff} \r a \u{a0}\r");
        assert_eq!(trimmed_range(&c), (4, 5));
        assert_eq!(trimmed_range(&chars(" \r\t")), (3, 3));
    }

    #[test]
    fn spaced_and_glued_decisions_end_to_end() {
        assert_eq!(
            split("It was done. The next."),
            ["It was done.", "The next."]
        );
        assert_eq!(
            split("It was done.The next."),
            ["It was done.", "The next."]
        );
        assert_eq!(split("Acme Inc. The firm."), ["Acme Inc.", "The firm."]);
        assert_eq!(split("Acme Inc. Smith said."), ["Acme Inc. Smith said."]);
        assert_eq!(split("Mr. The"), ["Mr. The"]);
        assert_eq!(split("1. The plan."), ["1. The plan."]);
    }

    #[test]
    fn paragraphs_count_non_empty_lines() {
        let spans = split_sentences("Ab.\n\n \r\nBe. Cd.\r\n");
        let paragraphs: Vec<usize> = spans.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 1, 1]);
    }
}
