//! Membership of a word in a short constant word list, the most frequent question the rules ask.
//!
//! The lists are small `&[&str]` tables written next to the rules that use them, so a linear scan
//! is the right structure; what makes it cheap is comparing the length and the first byte before
//! the bytes, so that almost no candidate reaches a full comparison.

/// True when `word` is one of `list` (exact, byte for byte).
#[inline]
pub fn is_in(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    let Some(&first) = w.first() else {
        return list.iter().any(|x| x.is_empty());
    };
    list.iter().any(|x| {
        let x = x.as_bytes();
        x.len() == w.len() && x[0] == first && x == w
    })
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
    }
}
