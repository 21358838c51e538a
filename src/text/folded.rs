//! A token's folded form (lower case, no diacritics) held without a heap allocation per token.
//!
//! Every token of a text carries its folded form, and at 1 MB of text and more a `String` per
//! token was a fifth of the time (allocation, page faults, cache misses). [`Folded`] keeps forms
//! of up to [`INLINE_BYTES`] inline (most words of news English) and only longer ones on the heap.
//!
//! It reads back as a `&str` in two loads and a select, as cheap as a `String`'s, because the
//! rules read folded words at ~300 places and the wasm is built for size: a small-string crate
//! whose read is a three-way match (`smol_str`) grew the wasm by 40 KB inlined at each place
//! (9 KB gzip), and by 10 KB (3.4 KB gzip) as one shared function called from each.

use std::fmt;
use std::ops::Deref;

/// Longest folded form kept inline: 12 bytes keeps `Folded` at 32 bytes natively (24 in the
/// wasm), and longer words ("administration") are a few percent of a news text's tokens.
pub const INLINE_BYTES: usize = 12;

/// A token's folded form; derefs to `&str`.
#[derive(Clone, Default)]
pub struct Folded {
    /// The form when it is longer than [`INLINE_BYTES`].
    heap: Option<Box<str>>,
    /// The form's length in bytes, wherever it is.
    len: u32,
    /// The form when it fits: `inline[..len]` is a copy of a `&str`'s bytes.
    inline: [u8; INLINE_BYTES],
}

impl Folded {
    /// `s` kept inline when it fits, else on the heap.
    pub fn new(s: &str) -> Folded {
        let len = u32::try_from(s.len()).expect("a token is shorter than 4 GB");
        if s.len() > INLINE_BYTES {
            return Folded {
                inline: [0; INLINE_BYTES],
                len,
                heap: Some(s.into()),
            };
        }
        let mut inline = [0; INLINE_BYTES];
        inline[..s.len()].copy_from_slice(s.as_bytes());
        Folded {
            inline,
            len,
            heap: None,
        }
    }

    /// The folded form as a string slice.
    #[inline]
    pub fn as_str(&self) -> &str {
        let start = match &self.heap {
            Some(h) => h.as_ptr(),
            None => self.inline.as_ptr(),
        };
        // SAFETY: `len` is the length of the string `new` copied, and `start` points at its
        // bytes: the heap copy's, or `inline`'s, into which `new` copied it whole (it fits). The
        // fields are private and nothing else writes them, so the bytes are that string's: valid
        // UTF-8, `len` long, alive as long as `self`.
        unsafe {
            std::str::from_utf8_unchecked(std::slice::from_raw_parts(start, self.len as usize))
        }
    }
}

impl Deref for Folded {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Folded {
    fn eq(&self, other: &Folded) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Folded {}

impl PartialEq<str> for Folded {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Folded {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for Folded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Folded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_forms_read_back_whole() {
        let twelve = "abcdefghijkl";
        let thirteen = "abcdefghijklm";
        let long = "internationalisation-and-more";
        for s in [
            "",
            "s",
            "the",
            "putin's",
            "путин",
            twelve,
            thirteen,
            long,
            "государство",
        ] {
            let f = Folded::new(s);
            assert_eq!(f.as_str(), s);
            assert_eq!(&*f, s);
            assert!(f == s);
            let copy = f.clone();
            drop(f);
            assert_eq!(copy.as_str(), s);
        }
        assert_eq!(Folded::default().as_str(), "");
        assert_eq!(Folded::new("a"), Folded::new("a"));
        assert_ne!(Folded::new("a"), Folded::new("b"));
        assert_eq!(
            format!("{}.{}.", Folded::new("u"), Folded::new("s")),
            "u.s."
        );
    }

    #[test]
    fn forms_up_to_the_inline_limit_stay_off_the_heap() {
        assert!(Folded::new(&"x".repeat(INLINE_BYTES)).heap.is_none());
        assert!(Folded::new(&"x".repeat(INLINE_BYTES + 1)).heap.is_some());
    }
}
