//! The one place where byte offsets become UTF-16 offsets.
//!
//! Rust strings are indexed in UTF-8 bytes; the DOM counts UTF-16 code units. Every span that leaves
//! the core goes through [`Utf16Index`]. A lone surrogate in a DOM string reaches Rust as U+FFFD,
//! which is one UTF-16 unit, just like the surrogate it replaced, so offsets after it stay aligned.

use crate::analysis::Span;

/// Distance in bytes between two checkpoints; conversion scans at most this many bytes.
const CHECKPOINT_STRIDE: usize = 64;

/// Converts byte offsets of one text to UTF-16 offsets in near-constant time.
///
/// It keeps a checkpoint every `CHECKPOINT_STRIDE` bytes (about 6% of the text's size in memory)
/// instead of a table per byte, so a 5 MB text costs 600 KB, not 20 MB.
#[derive(Debug, Clone)]
pub struct Utf16Index<'t> {
    text: &'t str,
    /// `(byte offset, utf16 offset)` at the first char boundary at or after each multiple of the stride.
    checkpoints: Vec<(usize, usize)>,
}

impl<'t> Utf16Index<'t> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'t str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_STRIDE + 1);
        let mut units = 0usize;
        let mut next = 0usize;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let w = lead_units(b);
            if w == 0 {
                continue; // inside a character
            }
            if i >= next {
                checkpoints.push((i, units));
                next = (i / CHECKPOINT_STRIDE + 1) * CHECKPOINT_STRIDE;
            }
            units += w;
        }
        checkpoints.push((text.len(), units));
        Utf16Index { text, checkpoints }
    }

    /// The text this index was built for.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// Length of the whole text in UTF-16 code units.
    pub fn len_utf16(&self) -> usize {
        self.checkpoints.last().map_or(0, |c| c.1)
    }

    /// UTF-16 offset of byte offset `byte`. A byte offset inside a character is moved back to the
    /// start of that character, so a span can never split a surrogate pair.
    pub fn to_utf16(&self, byte: usize) -> usize {
        let byte = floor_char_boundary(self.text, byte.min(self.text.len()));
        // Every stride of bytes holds a character's start (a character is at most 4 bytes), so
        // checkpoint `k` is the first boundary in stride `k` and stride `byte / STRIDE`'s
        // checkpoint is at or before `byte`: found by index, not by a search (a binary search
        // over a 5 MB text's 78,000 checkpoints grew with the text and missed the cache).
        let (from, units) = self.checkpoints[byte / CHECKPOINT_STRIDE];
        units + utf16_len(&self.text[from..byte])
    }

    /// Byte offset of UTF-16 offset `unit`. An offset inside a surrogate pair maps to the start of
    /// that character; offsets past the end map to the end.
    pub fn to_byte(&self, unit: usize) -> usize {
        let at = match self.checkpoints.binary_search_by(|c| c.1.cmp(&unit)) {
            Ok(i) => return self.checkpoints[i].0,
            Err(0) => return 0,
            Err(i) => i - 1,
        };
        let (from, mut units) = self.checkpoints[at];
        for (i, c) in self.text[from..].char_indices() {
            let w = c.len_utf16();
            if units + w > unit {
                return from + i;
            }
            units += w;
        }
        self.text.len()
    }

    /// A [`Span`] for the byte range `start..end`, carrying its text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = floor_char_boundary(self.text, start.min(self.text.len()));
        let end = floor_char_boundary(self.text, end.min(self.text.len())).max(start);
        Span {
            start: self.to_utf16(start),
            end: self.to_utf16(end),
            text: self.text[start..end].to_string(),
        }
    }

    /// The text between UTF-16 offsets `start..end`, clamped to the text; an offset inside a
    /// surrogate pair moves to the start of its character. Why: spans leave the core in UTF-16
    /// units, and what reads them back (the evaluation, its dump) needs their words without
    /// re-encoding the whole text.
    pub fn text_between(&self, start: usize, end: usize) -> &'t str {
        let start = self.to_byte(start);
        &self.text[start..self.to_byte(end).max(start)]
    }
}

/// Maps code-point offsets of a text to UTF-16 offsets. Why: PolNeAR's annotations count code
/// points, and the evaluation compares them with the UTF-16 spans the core reports.
pub struct CodePointIndex {
    utf16_at: Vec<usize>,
}

impl CodePointIndex {
    /// The table for `text`, one entry per code point and one for the end.
    pub fn new(text: &str) -> CodePointIndex {
        let mut utf16_at = Vec::with_capacity(text.len() + 1);
        let mut u = 0;
        for c in text.chars() {
            utf16_at.push(u);
            u += c.len_utf16();
        }
        utf16_at.push(u);
        CodePointIndex { utf16_at }
    }

    /// The UTF-16 offset of code point `i` (clamped to the text's end).
    pub fn utf16(&self, i: usize) -> usize {
        self.utf16_at[i.min(self.utf16_at.len() - 1)]
    }
}

/// The largest char boundary at or before `i` (which must be `<= text.len()`).
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Length of `s` in UTF-16 code units.
pub fn utf16_len(s: &str) -> usize {
    s.bytes().map(lead_units).sum()
}

/// UTF-16 code units of the character a UTF-8 byte starts: 0 for a continuation byte, 2 for the
/// lead byte of a 4-byte (supplementary) character, 1 otherwise. Counting bytes instead of
/// decoding chars: the wasm (built for size) kept char decoding a call per character, a tenth of
/// `plan()`'s time on long texts.
#[inline(always)]
fn lead_units(b: u8) -> usize {
    if b & 0xC0 == 0x80 {
        0
    } else if b >= 0xF0 {
        2
    } else {
        1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_equal_in_both_units() {
        let idx = Utf16Index::new("hello world");
        assert_eq!(idx.to_utf16(6), 6);
        assert_eq!(idx.to_byte(6), 6);
    }

    #[test]
    fn accented_names_count_one_unit_per_letter() {
        let t = "Nicolás Maduro met Velázquez";
        let idx = Utf16Index::new(t);
        let b = t.find("Maduro").unwrap();
        assert_eq!(idx.to_utf16(b), 8);
        let s = idx.span(t.find("Velázquez").unwrap(), t.len());
        assert_eq!(s.text, "Velázquez");
        assert_eq!((s.start, s.end), (19, 28));
    }

    #[test]
    fn emoji_count_two_units_and_curly_quotes_one() {
        let t = "😀 “We hope so,” 😀 Putin";
        let idx = Utf16Index::new(t);
        let b = t.find("Putin").unwrap();
        // 2 (emoji) + 1 space + 13 (“We hope so,”) + 1 space + 2 (emoji) + 1 space
        assert_eq!(idx.to_utf16(b), 20);
        assert_eq!(idx.to_byte(20), b);
    }

    #[test]
    fn offsets_inside_a_character_snap_to_its_start() {
        let t = "a😀b";
        let idx = Utf16Index::new(t);
        assert_eq!(idx.to_utf16(2), 1); // byte 2 is inside the emoji
        assert_eq!(idx.to_byte(2), 1); // unit 2 is the emoji's low surrogate
        assert_eq!(idx.to_byte(3), 5);
    }

    #[test]
    fn replacement_character_keeps_later_offsets_aligned_with_the_dom() {
        // A DOM string "\uD800Putin" (lone surrogate, 6 units) arrives as "\u{FFFD}Putin".
        let t = "\u{FFFD}Putin";
        let idx = Utf16Index::new(t);
        assert_eq!(idx.to_utf16(t.find('P').unwrap()), 1);
        assert_eq!(idx.len_utf16(), 6);
    }

    #[test]
    fn long_texts_cross_many_checkpoints() {
        let t = "é😀x".repeat(1000);
        let idx = Utf16Index::new(&t);
        for (b, _) in t.char_indices() {
            let u = utf16_len(&t[..b]);
            assert_eq!(idx.to_utf16(b), u);
            assert_eq!(idx.to_byte(u), b);
        }
        assert_eq!(idx.len_utf16(), 4000);
    }

    #[test]
    fn text_between_reads_utf16_spans_back_without_splitting_emoji() {
        let t = "“Nicolás” 😀 said";
        let idx = Utf16Index::new(t);
        assert_eq!(idx.text_between(1, 8), "Nicolás");
        assert_eq!(idx.text_between(10, 12), "😀");
        // An offset inside the surrogate pair moves to the emoji's start; past the end clamps.
        assert_eq!(idx.text_between(11, 99), "😀 said");
        assert_eq!(idx.text_between(5, 2), "");
    }

    #[test]
    fn code_points_become_utf16_units() {
        let cp = CodePointIndex::new("a😀b");
        assert_eq!(
            (cp.utf16(0), cp.utf16(1), cp.utf16(2), cp.utf16(3)),
            (0, 1, 3, 4)
        );
        assert_eq!(cp.utf16(99), 4);
    }

    #[test]
    fn every_boundary_converts_when_characters_straddle_a_checkpoint_stride() {
        // Texts whose 4-byte characters start just before a stride's end, and whose end falls on,
        // just after and just before a multiple of the stride (the last offset is the text's end).
        for pad in 0..8 {
            for tail in 0..8 {
                let t = format!("{}{}{}", "a".repeat(pad), "😀".repeat(40), "b".repeat(tail));
                let idx = Utf16Index::new(&t);
                for b in t.char_indices().map(|(b, _)| b).chain([t.len()]) {
                    assert_eq!(idx.to_utf16(b), utf16_len(&t[..b]), "{pad} {tail} {b}");
                }
            }
        }
    }
}
