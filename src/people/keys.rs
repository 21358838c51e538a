//! Lookup keys of names, and the bucket that places them in the compiled tables.
//!
//! `build.rs` includes this file to compile the knowledge base's lookup tables, and the runtime
//! uses it to look keys up in them: one definition, so the two can never disagree.

use crate::text::chars::fold;

/// The lookup key of a name: folded words joined by single spaces, without punctuation other than
/// inner apostrophes and dots of initials.
pub fn name_key(name: &str) -> String {
    let folded = fold(name);
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'')) {
        let w = w.trim_matches(|c| c == '\'' || c == '.');
        if w.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Number of buckets of a compiled table: one per pair of first-byte classes.
pub const KEY_BUCKETS: usize = 1 << 10;

/// The bucket of a key in a compiled table: the low five bits of its first two bytes (for ASCII
/// letters, their place in the alphabet). Keys are stored sorted by bucket, then by bytes, so a
/// bucket is a short sorted run that a lookup searches by bisection, and the keys, nearly in
/// alphabetical order, compress well in the wasm.
pub fn key_bucket(key: &str) -> usize {
    let b = key.as_bytes();
    let class = |i: usize| usize::from(b.get(i).map_or(0, |c| c & 31));
    class(0) << 5 | class(1)
}
