//! Membership of a word in a constant word list, the most frequent question the rules ask.
//!
//! The lists are `&'static [&str]` tables (or, for long ones, strings of space-separated words)
//! written next to the rules that use them. A short list is scanned, comparing the length and
//! the first byte before the bytes. A longer one is looked up through an index built at its
//! first use and kept for the life of the program: its words grouped by length, so that a lookup
//! compares only the few words as long as the one asked about. The index is found by the list's
//! address, which is why the lists must be `'static`: the same address always holds the same words.

use std::sync::OnceLock;

/// Lists with fewer words than this are scanned; finding a longer list's index costs less than
/// scanning it.
const INDEXED_MIN_WORDS: usize = 12;
/// Slots of the table of list indices (open addressing, one slot per list constant in use). A
/// list arriving when every slot is taken is scanned instead.
const INDEX_SLOTS: usize = 512;

/// True when `word` is one of `list` (exact, byte for byte).
#[inline]
pub fn is_in(list: &'static [&'static str], word: &str) -> bool {
    if list.len() < INDEXED_MIN_WORDS {
        return list.iter().any(|x| same_word(x, word));
    }
    let key = (list.as_ptr() as usize, list.len());
    with_index(key, || list.iter().copied(), word)
        .unwrap_or_else(|| list.iter().any(|x| same_word(x, word)))
}

/// True when `word` is one of the words of `list`, a string of words separated by single spaces.
/// Long tables are kept this way: a `&[&str]` costs the wasm a pointer and a length per word,
/// which compress worse than the words themselves.
pub fn is_in_joined(list: &'static str, word: &str) -> bool {
    if word.is_empty() || word.contains(' ') {
        return false;
    }
    let key = (list.as_ptr() as usize, list.len());
    with_index(key, || list.split(' '), word)
        .unwrap_or_else(|| list.split(' ').any(|x| same_word(x, word)))
}

/// True when `haystack` contains one of `needles` (what `needles.iter().any(|n| haystack.contains(n))`
/// answers), in one pass over `haystack` that tries only the needles starting with the byte at
/// hand, instead of one substring search per needle.
pub fn contains_any(haystack: &str, needles: &[&str]) -> bool {
    if needles.len() > u32::BITS as usize {
        return needles.iter().any(|n| haystack.contains(n));
    }
    // `starting_with[b]`: the needles whose first byte is `b`, as bits.
    let mut starting_with = [0u32; 256];
    for (k, n) in needles.iter().enumerate() {
        match n.as_bytes().first() {
            Some(&b) => starting_with[usize::from(b)] |= 1 << k,
            None => return true,
        }
    }
    let h = haystack.as_bytes();
    (0..h.len()).any(|i| {
        let mut bits = starting_with[usize::from(h[i])];
        while bits != 0 {
            if h[i..].starts_with(needles[bits.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            bits &= bits - 1;
        }
        false
    })
}

/// True when `a` and `b` are the same word (exact, byte for byte), deciding on length and first
/// byte before comparing the rest. Always inlined: the wasm is built for size (`opt-level = "z"`),
/// which otherwise kept it a call per list entry inside `is_in`, the wasm's largest self time.
#[inline(always)]
pub fn same_word(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.first() == b.first() && a == b
}

/// One list's words grouped by length: `words[starts[n]..starts[n + 1]]` are the words of `n` bytes.
struct ByLength {
    /// The list's address and length, which identify it.
    key: (usize, usize),
    starts: Vec<u32>,
    words: Vec<&'static str>,
}

impl ByLength {
    fn new(key: (usize, usize), list: impl Iterator<Item = &'static str> + Clone) -> ByLength {
        // A counting sort by length: `starts[n + 1]` first counts the words of `n` bytes.
        let longest = list.clone().map(str::len).max().unwrap_or(0);
        let mut starts = vec![0u32; longest + 2];
        for w in list.clone() {
            starts[w.len() + 1] += 1;
        }
        for n in 1..starts.len() {
            starts[n] += starts[n - 1];
        }
        let mut next = starts.clone();
        let mut words = vec![""; starts[longest + 1] as usize];
        for w in list {
            words[next[w.len()] as usize] = w;
            next[w.len()] += 1;
        }
        ByLength { key, starts, words }
    }

    fn contains(&self, word: &str) -> bool {
        let n = word.len();
        if n + 1 >= self.starts.len() {
            return false;
        }
        let (from, to) = (self.starts[n] as usize, self.starts[n + 1] as usize);
        self.words[from..to].iter().any(|x| same_word(x, word))
    }
}

/// The indices built so far, in open-addressing slots. Each slot is set once and then only read:
/// a lookup is a few loads, with no borrow flag or thread-local bookkeeping.
static INDICES: [OnceLock<ByLength>; INDEX_SLOTS] = [const { OnceLock::new() }; INDEX_SLOTS];

/// Looks `word` up in the index of the list identified by `key`, building the index from `words`
/// at the list's first use; `None` when the table of indices is full.
fn with_index<I: Iterator<Item = &'static str> + Clone>(
    key: (usize, usize),
    words: impl Fn() -> I,
    word: &str,
) -> Option<bool> {
    let home = (key.0 >> 2 ^ key.0 >> 11 ^ key.1) % INDEX_SLOTS;
    for probe in 0..INDEX_SLOTS {
        let slot = &INDICES[(home + probe) % INDEX_SLOTS];
        // Another thread may fill an empty slot first, with another list: then probe on.
        let index = match slot.get() {
            Some(index) => index,
            None => slot.get_or_init(|| ByLength::new(key, words())),
        };
        if index.key == key {
            return Some(index.contains(word));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_a_list_only_when_spelled_exactly_alike() {
        const LIST: &[&str] = &["said", "says", "told", ""];
        assert!(is_in(LIST, "said"));
        assert!(is_in(LIST, "told"));
        assert!(is_in(LIST, ""));
        assert!(!is_in(LIST, "sai"));
        assert!(!is_in(LIST, "Said"));
        assert!(!is_in(LIST, "saidx"));
        assert!(!is_in(&["a"], ""));
        assert!(!is_in(&[], "a"));
    }

    /// Long enough to be looked up through an index, with words of repeated and missing lengths.
    const LONG: &[&str] = &[
        "a",
        "said",
        "says",
        "told",
        "",
        "explained",
        "added",
        "noted",
        "wrote",
        "argued",
        "insisted",
        "claimed",
        "stated",
        "tweeted",
        "a",
    ];

    #[test]
    fn an_indexed_list_answers_as_a_scan_would() {
        assert!(LONG.len() >= INDEXED_MIN_WORDS);
        let probes = [
            "a",
            "said",
            "says",
            "told",
            "",
            "explained",
            "tweeted",
            "sai",
            "Said",
            "saidx",
            "b",
            "explainedx",
            "verylongwordbeyondanyinthelist",
            "aa",
        ];
        for _ in 0..2 {
            for w in probes {
                assert_eq!(is_in(LONG, w), LONG.contains(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn two_lists_with_the_same_words_in_part_keep_their_own_index() {
        const SHORTER: &[&str] = &[
            "a",
            "said",
            "says",
            "told",
            "",
            "explained",
            "added",
            "noted",
            "wrote",
            "argued",
            "insisted",
            "claimed",
        ];
        assert!(is_in(LONG, "tweeted") && !is_in(SHORTER, "tweeted"));
        // Slices of one table: the same start with another length, another start.
        assert!(!is_in(&LONG[..12], "tweeted") && is_in(&LONG[..12], "argued"));
        assert!(is_in(LONG, "said") && !is_in(&LONG[3..], "said") && is_in(&LONG[3..], "told"));
    }

    #[test]
    fn a_word_is_in_a_joined_list_only_as_a_whole_word() {
        const LIST: &str = "said says told";
        assert!(is_in_joined(LIST, "said") && is_in_joined(LIST, "told"));
        assert!(!is_in_joined(LIST, "sai") && !is_in_joined(LIST, "said says"));
        assert!(!is_in_joined(LIST, "aid") && !is_in_joined(LIST, "says told"));
        assert!(!is_in_joined(LIST, "") && !is_in_joined("", ""));
        assert!(is_in_joined(&LIST[5..], "says") && !is_in_joined(&LIST[5..], "said"));
    }

    #[test]
    fn contains_any_answers_as_one_search_per_needle() {
        let needles = ["photo:", "reuters/", "/ ap", "(file)", "épa", "p"];
        for h in [
            "",
            "photo: ap",
            "x reuters/ y",
            "by / ap",
            "(file",
            "(file)",
            "épa",
            "ép",
            "xp",
            "a photo",
            "Photo:",
        ] {
            let expected = needles.iter().any(|n| h.contains(n));
            assert_eq!(contains_any(h, &needles), expected, "{h:?}");
            assert_eq!(
                contains_any(h, &needles[..4]),
                needles[..4].iter().any(|n| h.contains(n))
            );
        }
        assert!(contains_any("", &[""]) && contains_any("abc", &["x", ""]));
        assert!(!contains_any("abc", &[]));
    }

    #[test]
    fn same_word_is_byte_equality() {
        assert!(same_word("minister", "minister"));
        assert!(!same_word("minister", "ministry"));
        assert!(!same_word("minister", "Minister"));
        assert!(same_word("", ""));
    }
}
