//! The hash the engine's own tables use: words, person and office keys.
//!
//! The standard `HashMap` hashes with SipHash, built to resist keys chosen by an attacker; it was
//! a few percent of the wasm's time for lookups of short words. The keys here are short and few
//! per text, and a page that chose its words to collide could only slow its own analysis, so
//! rustc's FxHash (the `rustc-hash` crate) is enough.

/// A `HashMap` hashed with FxHash; make one with `FastMap::default()`.
pub type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// A `HashSet` hashed with FxHash; make one with `FastSet::default()`.
pub type FastSet<T> = rustc_hash::FxHashSet<T>;
