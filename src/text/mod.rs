//! Text primitives: offsets, character classes, tokens, sentences and repairs.
//!
//! Everything here works on `&str` byte offsets; conversion to UTF-16 happens once, in [`offsets`].

pub mod calendar;
pub mod chars;
pub mod folded;
pub mod hashing;
pub mod language;
pub mod lists;
pub mod offsets;
pub mod sentences;
pub mod tokens;
