//! Property tests of the one place byte offsets become UTF-16 offsets (`text::offsets`), on random
//! strings mixing ASCII, accented letters, CJK, emoji (surrogate pairs in UTF-16) and U+FFFD (what a
//! lone surrogate in a DOM string becomes). The reference is a plain walk over `char_indices`.

use news_context::text::offsets::{floor_char_boundary, utf16_len, Utf16Index};
use proptest::prelude::*;

/// A character drawn from the classes that matter to offsets: 1, 2, 3 and 4 UTF-8 bytes, U+FFFD.
fn any_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('\n'),
        1 => proptest::char::range('\u{e0}', '\u{17f}'), // 2 bytes, 1 unit
        1 => proptest::char::range('\u{4e00}', '\u{4e40}'), // 3 bytes, 1 unit
        1 => Just('\u{fffd}'), // 3 bytes, 1 unit
        1 => Just('\u{201c}'),
        2 => proptest::char::range('\u{1f600}', '\u{1f64f}'), // 4 bytes, 2 units
        1 => Just('\u{10ffff}'),
        1 => any::<char>(),
    ]
}

fn any_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any_char(), 0..max).prop_map(|v| v.into_iter().collect())
}

/// Reference: (byte offset, utf16 offset) at every char boundary, including the end.
fn boundaries(t: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut u = 0;
    for (b, c) in t.char_indices() {
        out.push((b, u));
        u += c.len_utf16();
    }
    out.push((t.len(), u));
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    /// Short and long strings (long ones cross many checkpoints of the index).
    #[test]
    fn round_trips_at_every_char_boundary(t in prop_oneof![any_text(40), any_text(400)]) {
        let idx = Utf16Index::new(&t);
        prop_assert_eq!(idx.len_utf16(), t.encode_utf16().count());
        prop_assert_eq!(idx.len_utf16(), utf16_len(&t));
        for (b, u) in boundaries(&t) {
            prop_assert_eq!(idx.to_utf16(b), u, "to_utf16({}) in {:?}", b, t);
            prop_assert_eq!(idx.to_byte(u), b, "to_byte({}) in {:?}", u, t);
        }
    }

    /// A byte offset inside a character snaps back to that character's start; past the end clamps.
    #[test]
    fn any_byte_offset_maps_to_a_char_start(t in any_text(120), extra in 0usize..10) {
        let idx = Utf16Index::new(&t);
        let units: Vec<u16> = t.encode_utf16().collect();
        for b in 0..=t.len() + extra {
            let u = idx.to_utf16(b);
            let floor = floor_char_boundary(&t, b.min(t.len()));
            prop_assert_eq!(u, utf16_len(&t[..floor]));
            prop_assert!(u <= units.len());
            // Never points at a low surrogate, i.e. never splits a pair.
            if u < units.len() {
                prop_assert!(!(0xDC00..0xE000).contains(&units[u]), "splits a pair at {}", u);
            }
        }
    }

    /// A UTF-16 offset inside a surrogate pair maps to the pair's start; past the end to the end;
    /// the result is always a char boundary and mapping back never exceeds the input.
    #[test]
    fn any_unit_offset_maps_to_a_char_boundary(t in any_text(150), extra in 0usize..10) {
        let idx = Utf16Index::new(&t);
        let n = idx.len_utf16();
        for u in 0..=n + extra {
            let b = idx.to_byte(u);
            prop_assert!(t.is_char_boundary(b), "to_byte({}) = {} is not a boundary", u, b);
            let back = idx.to_utf16(b);
            prop_assert!(back <= u.min(n));
            prop_assert!(u.min(n) - back <= 1, "only a pair's second unit may snap back");
        }
    }

    /// `span` gives start <= end within the text, and its text is what the DOM slice would show.
    #[test]
    fn spans_are_ordered_and_match_the_utf16_slice(t in any_text(200), a in 0usize..900, b in 0usize..900) {
        let idx = Utf16Index::new(&t);
        let s = idx.span(a.min(b), a.max(b));
        prop_assert!(s.start <= s.end);
        prop_assert!(s.end <= idx.len_utf16());
        let units: Vec<u16> = t.encode_utf16().collect();
        let slice = String::from_utf16(&units[s.start..s.end]);
        prop_assert!(slice.is_ok(), "the span splits a surrogate pair");
        prop_assert_eq!(slice.unwrap(), s.text);
    }

    /// A DOM string with lone surrogates, converted lossily as the wasm boundary does, keeps the
    /// same UTF-16 length, so offsets computed in Rust land on the same DOM characters.
    #[test]
    fn lone_surrogates_as_fffd_keep_offsets_aligned(units in proptest::collection::vec(
        prop_oneof![4 => 0x20u16..0x7f, 1 => 0xD800u16..0xE000, 1 => 0xE000u16..0xFFFF], 0..200)) {
        let lossy = String::from_utf16_lossy(&units);
        let idx = Utf16Index::new(&lossy);
        prop_assert_eq!(idx.len_utf16(), units.len());
    }
}
