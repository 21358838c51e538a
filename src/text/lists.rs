//! Membership of a word in a short constant word list, the most frequent question the rules ask.
//!
//! The lists are small `&[&str]` tables written next to the rules that use them, so a linear scan
//! is the right structure; what makes it cheap is comparing the length and the first byte before
//! the bytes, so that almost no candidate reaches a full comparison.

/// True when `word` is one of `list` (exact, byte for byte).
#[inline]
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|x| same_word(x, word))
}

/// True when `word` is one of the words of `list`, a string of words separated by single spaces.
/// Long tables are kept this way: a `&[&str]` costs the wasm a pointer and a length per word,
/// which compress worse than the words themselves.
pub fn is_in_joined(list: &str, word: &str) -> bool {
    let b = list.as_bytes();
    !word.is_empty()
        && !word.contains(' ')
        && list.match_indices(word).any(|(i, _)| {
            let end = i + word.len();
            (i == 0 || b[i - 1] == b' ') && (end == b.len() || b[end] == b' ')
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_in_a_list_only_when_spelled_exactly_alike() {
        let list = ["said", "says", "told", ""];
        assert!(is_in(&list, "said"));
        assert!(is_in(&list, "told"));
        assert!(is_in(&list, ""));
        assert!(!is_in(&list, "sai"));
        assert!(!is_in(&list, "Said"));
        assert!(!is_in(&list, "saidx"));
        assert!(!is_in(&["a"], ""));
        assert!(!is_in(&[], "a"));
    }

    #[test]
    fn a_word_is_in_a_joined_list_only_as_a_whole_word() {
        let list = "said says told";
        assert!(is_in_joined(list, "said") && is_in_joined(list, "told"));
        assert!(!is_in_joined(list, "sai") && !is_in_joined(list, "said says"));
        assert!(!is_in_joined(list, "") && !is_in_joined("", ""));
    }

    #[test]
    fn same_word_is_byte_equality() {
        assert!(same_word("minister", "minister"));
        assert!(!same_word("minister", "ministry"));
        assert!(!same_word("minister", "Minister"));
        assert!(same_word("", ""));
    }
}
