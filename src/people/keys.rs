//! Lookup keys of names, and the hash that places them in the compiled tables.
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

/// FNV-1a offset basis (32 bits).
const FNV_OFFSET: u32 = 0x811c_9dc5;
/// FNV-1a prime (32 bits).
const FNV_PRIME: u32 = 0x0100_0193;

/// The hash of a key that picks its bucket in a compiled table: FNV-1a, cheap on short keys and
/// the same at build time and at run time (std's hasher is randomly seeded).
pub fn key_hash(key: &str) -> u32 {
    key.bytes().fold(FNV_OFFSET, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(FNV_PRIME)
    })
}
