//! A fast hash for the engine's own tables: words, person and office keys.
//!
//! The standard `HashMap` hashes with SipHash, built to resist keys chosen by an attacker; it was
//! a few percent of the wasm's time for lookups of short words. The keys here are short and few
//! per text, and a page that chose its words to collide could only slow its own analysis, so the
//! multiply-rotate hash of rustc (FxHash) is enough.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of FxHash: odd, with its bits spread.
const MULTIPLIER: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// How far the running hash rotates before each word of input is mixed in.
const ROTATION: u32 = 5;

/// FxHash: each 8-byte word of input is xor-ed into the rotated state, which is then multiplied.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn mix(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(ROTATION) ^ word).wrapping_mul(MULTIPLIER);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.mix(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The tail's length in its free last byte: "a" and "a\0" stay apart.
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            last[7] = rest.len() as u8;
            self.mix(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.mix(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.mix(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.mix(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` hashed with [`FastHasher`]; make one with `FastMap::default()`.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` hashed with [`FastHasher`]; make one with `FastSet::default()`.
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash>(x: T) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(x)
    }

    #[test]
    fn equal_keys_hash_alike_and_near_keys_apart() {
        assert_eq!(hash("minister"), hash("minister"));
        assert_ne!(hash("minister"), hash("ministers"));
        assert_ne!(hash("ab"), hash("ba"));
        // The tail's length keeps a word apart from itself with a trailing zero byte.
        assert_ne!(hash("a"), hash("a\0"));
        assert_ne!(hash((1u32, 2u32)), hash((2u32, 1u32)));
    }

    #[test]
    fn a_fast_map_finds_what_was_put_in() {
        let mut m: FastMap<String, usize> = FastMap::default();
        for (i, w) in ["said", "told", "says", "according", "noted"]
            .iter()
            .enumerate()
        {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.get("according"), Some(&3));
        assert_eq!(m.get("accord"), None);
        let s: FastSet<&str> = ["a", "b"].into_iter().collect();
        assert!(s.contains("a") && !s.contains("c"));
    }
}
