//! Quotation marks and the quotations they delimit.
//!
//! Why it exists: direct quotes are the strongest evidence of who says what, but news copy
//! reaches us with every kind of mark, often mismatched by bad conversion: `“…”`, `“…“`,
//! `”…”`, `"…”`, `„…“`, `«…»`, `»…«`. A mark's direction is read from its shape in context
//! (does it lean on the word after it, or on the word before?) before its glyph, so mismatched
//! pairs still pair up. A quotation left open at the end of a paragraph continues into the next
//! paragraph when that one opens with a quotation mark (the news convention for multi-paragraph
//! quotes); otherwise it ends with its paragraph.
//!
//! Single marks (`‘…’`, `'…'`) are quotation marks too, as British copy and headlines use
//! them, but the same glyphs are apostrophes (it’s, Clinton’s, the ’08 race, rock ’n’ roll, the
//! Smiths’ house). [`single_quote_marks`] picks the ones that pair up as quotation marks
//! outside every double quotation, before the quotations are found; inside a double quotation a
//! single quote is part of the content and needs no marks of its own.
//!
//! One pass over the tokens; no look-around beyond the neighbouring tokens, so time is linear.

use super::words::{Doc, CLOSING_PUNCTUATION, OPENING_PUNCTUATION};

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Marks that usually open a quotation (they still close one when their shape says so: `“…“`).
pub const OPENING_FIRST_MARKS: &[char] = &['“', '„', '«', '‟', '「', '『'];

/// Marks that usually close a quotation (they still open one when their shape says so: `”…”`).
pub const CLOSING_FIRST_MARKS: &[char] = &['”', '»', '」', '』'];

/// How deep quotations may nest before further opening marks are read as closing ones.
pub const MAX_NESTING: usize = 2;

/// Single marks that may open a quotation (`‘We will win,’`, `'We will win,'`).
pub const SINGLE_OPENING_MARKS: &[char] = &['\u{2018}', '\''];

/// Single marks that may close one.
pub const SINGLE_CLOSING_MARKS: &[char] = &['\u{2019}', '\''];

/// Word starts an apostrophe stands for, not the start of a quotation: ’em, rock ’n’ roll,
/// ’til, ’cause, ’tis, ’twas, ’bout, ’round (a digit after the mark, as in ’08, is one too).
pub const ELIDED_STARTS: &[&str] = &[
    "em", "n", "til", "cause", "cos", "tis", "twas", "bout", "round", "nuff", "cept", "kay",
];

/// Word endings an apostrophe stands for, not the end of a quotation, when a word follows:
/// "goin’ home", "nothin’ else".
pub const ELIDED_ENDINGS: &[&str] = &["in"];

/// Most words a single-quoted quotation holds: news copy quotes a sentence or two in single
/// marks; a longer stretch between two apostrophes is a misreading.
pub const MAX_SINGLE_QUOTE_WORDS: usize = 60;

// ---------------------------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------------------------

/// The part of a quotation inside one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// Token of the opening mark.
    pub open_tok: usize,
    /// Token of the closing mark, when the piece is closed in its paragraph.
    pub close_tok: Option<usize>,
    /// Byte offset of the opening mark.
    pub start: usize,
    /// Byte offset after the closing mark, or the paragraph's end when open.
    pub end: usize,
}

/// A quotation: one piece per paragraph it runs over.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quotation {
    /// The pieces, in text order.
    pub pieces: Vec<Piece>,
}

impl Quotation {
    /// The first token inside the quotation.
    pub fn first_tok(&self) -> usize {
        self.pieces[0].open_tok
    }

    /// The token of the last closing mark, or the last piece's opening token when never closed.
    pub fn last_tok(&self) -> usize {
        let p = self.pieces[self.pieces.len() - 1];
        p.close_tok.unwrap_or(p.open_tok)
    }

    /// The quotation's byte ranges, one per paragraph.
    pub fn ranges(&self) -> Vec<(usize, usize)> {
        self.pieces.iter().map(|p| (p.start, p.end)).collect()
    }
}

/// What a quotation mark does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkRole {
    /// Not a quotation mark, or one inside a nested quotation.
    None,
    /// Opens (or re-opens, in a following paragraph) quotation `n`.
    Open(u32),
    /// Closes quotation `n`.
    Close(u32),
    /// A closing mark with nothing open: often the end of a quote whose opening mark was lost.
    Stray,
}

/// All quotations of a text and the role of every token that is a quotation mark.
#[derive(Debug, Clone, Default)]
pub struct Quotations {
    /// Quotations in text order.
    pub list: Vec<Quotation>,
    /// For each token, its role as a mark.
    pub roles: Vec<MarkRole>,
    /// For each token, the quotation whose content (between its marks) holds it, or `u32::MAX`.
    pub inside: Vec<u32>,
}

impl Quotations {
    /// The quotation whose marks enclose token `i`, if any (marks included).
    pub fn around(&self, i: usize) -> Option<usize> {
        match self.roles.get(i) {
            Some(MarkRole::Open(q)) | Some(MarkRole::Close(q)) => return Some(*q as usize),
            _ => {}
        }
        self.inside
            .get(i)
            .and_then(|&q| (q != u32::MAX).then_some(q as usize))
    }
}

// ---------------------------------------------------------------------------------------------
// Decisions
// ---------------------------------------------------------------------------------------------

/// True when a mark of `w` tokens at `i` leans on the word after it: it opens (“We …).
fn is_opener_shaped(doc: &Doc, i: usize, w: usize) -> bool {
    let next = i + w;
    let next_ok = next < doc.toks.len() && doc.same_para(i, next) && !doc.space_before(next);
    let prev_ok = i == 0
        || !doc.same_para(i - 1, i)
        || doc.space_before(i)
        || doc.punct(i - 1, OPENING_PUNCTUATION)
        || doc.is_quote_mark(i - 1);
    next_ok && prev_ok
}

/// True when a mark of `w` tokens at `i` leans on the word before it: it closes (… no“, /
/// … numbered”).
fn is_closer_shaped(doc: &Doc, i: usize, w: usize) -> bool {
    let next = i + w;
    let prev_ok = i > 0
        && doc.same_para(i - 1, i)
        && !doc.space_before(i)
        && !doc.punct(i - 1, &['(', '[', '{']);
    let next_ok = next >= doc.toks.len()
        || !doc.same_para(i, next)
        || doc.space_before(next)
        // Not before a single mark that opens a quotation (—"'Flesh and Bone' star …").
        || doc.punct(next, CLOSING_PUNCTUATION) && !opens_single(doc, next)
        || doc.is_quote_mark(next);
    prev_ok && next_ok
}

/// True when the mark at `i`, with a quotation open, closes it; `opener` is the glyph and
/// width of the mark that opened it.
fn closes_open_quotation(doc: &Doc, i: usize, w: usize, c: char, opener: (char, usize)) -> bool {
    if is_closer_shaped(doc, i, w) {
        return true;
    }
    if is_opener_shaped(doc, i, w) {
        // “A “B” C”: an opening-shaped mark inside a quotation opens a nested one, except a
        // straight quote like the one that opened it, which toggles ('He said "no",' opens a
        // nested quotation at the double mark).
        return matches!(c, '"' | '\'') && (c, w) == opener;
    }
    // Glued on both sides ("numbered”although"): trust the glyph, and close.
    true
}

/// True when the mark at `i`, with nothing open, opens a quotation.
fn opens_quotation(doc: &Doc, i: usize, w: usize, c: char) -> bool {
    let opener = is_opener_shaped(doc, i, w);
    let closer = is_closer_shaped(doc, i, w);
    if opener && !closer {
        return true;
    }
    if closer && !opener {
        return false;
    }
    // Both or neither shape ("said“We", a mark alone between spaces): trust the glyph.
    OPENING_FIRST_MARKS.contains(&c) || (matches!(c, '"' | '\'') && !closer && doc.is_word(i + w))
}

/// Finds the quotations of the document.
pub fn find_quotations(doc: &Doc) -> Quotations {
    let n = doc.toks.len();
    let mut q = Quotations {
        list: Vec::new(),
        roles: vec![MarkRole::None; n],
        inside: vec![u32::MAX; n],
    };
    // The open quotation: index, and nesting depth.
    let mut open: Option<(usize, usize)> = None;
    // A quotation left open at the end of the previous paragraph.
    let mut carried: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let para_start = i == 0 || !doc.same_para(i - 1, i);
        if para_start {
            // Close what the previous paragraph left open.
            if let Some((qi, _)) = open.take() {
                let last = q.list[qi].pieces.len() - 1;
                let prev_para = doc.tok_para[i - 1] as usize;
                q.list[qi].pieces[last].end = doc.paras[prev_para].1;
                carried = Some(qi);
            }
            if let Some(qi) = carried.take() {
                let w = doc.quote_mark_width(i);
                if w > 0 {
                    let t = &doc.toks[i];
                    q.list[qi].pieces.push(Piece {
                        open_tok: i,
                        close_tok: None,
                        start: t.start,
                        end: doc.toks[i + w - 1].end,
                    });
                    q.roles[i] = MarkRole::Open(qi as u32);
                    if w == 2 {
                        q.inside[i + 1] = qi as u32;
                    }
                    open = Some((qi, 1));
                    i += w;
                    continue;
                }
            }
        }
        let w = doc.quote_mark_width(i);
        if w == 0 {
            if let Some((qi, _)) = open {
                q.inside[i] = qi as u32;
            }
            i += 1;
            continue;
        }
        let c = doc.ch(i);
        match open {
            Some((qi, depth)) => {
                let piece = *q.list[qi]
                    .pieces
                    .last()
                    .expect("open quotation has a piece");
                let doubled = q.roles[piece.open_tok] == MarkRole::Open(qi as u32)
                    && piece.end == doc.toks[i].start
                    && !is_closer_shaped(doc, i, w);
                if doubled {
                    // ““the strategic…”: a doubled opening mark.
                    for k in i..i + w {
                        q.inside[k] = qi as u32;
                    }
                } else if closes_open_quotation(
                    doc,
                    i,
                    w,
                    c,
                    (doc.ch(piece.open_tok), doc.quote_mark_width(piece.open_tok)),
                ) {
                    if depth > 1 {
                        open = Some((qi, depth - 1));
                        for k in i..i + w {
                            q.inside[k] = qi as u32;
                        }
                    } else {
                        let last = q.list[qi].pieces.len() - 1;
                        let p = &mut q.list[qi].pieces[last];
                        // The role sits on the mark's last token, right before what follows.
                        p.close_tok = Some(i + w - 1);
                        p.end = doc.toks[i + w - 1].end;
                        if w == 2 {
                            q.inside[i] = qi as u32;
                        }
                        q.roles[i + w - 1] = MarkRole::Close(qi as u32);
                        open = None;
                    }
                } else {
                    open = Some((qi, (depth + 1).min(MAX_NESTING)));
                    for k in i..i + w {
                        q.inside[k] = qi as u32;
                    }
                }
            }
            None => {
                if opens_quotation(doc, i, w, c) {
                    let t = &doc.toks[i];
                    q.list.push(Quotation {
                        pieces: vec![Piece {
                            open_tok: i,
                            close_tok: None,
                            start: t.start,
                            end: doc.toks[i + w - 1].end,
                        }],
                    });
                    let qi = q.list.len() - 1;
                    q.roles[i] = MarkRole::Open(qi as u32);
                    if w == 2 {
                        q.inside[i + 1] = qi as u32;
                    }
                    open = Some((qi, 1));
                } else if CLOSING_FIRST_MARKS.contains(&c) || is_closer_shaped(doc, i, w) {
                    q.roles[i + w - 1] = MarkRole::Stray;
                }
            }
        }
        i += w;
    }
    if let Some((qi, _)) = open {
        let last = q.list[qi].pieces.len() - 1;
        let para = doc.tok_para[n - 1] as usize;
        q.list[qi].pieces[last].end = doc.paras[para].1;
    }
    q
}

// ---------------------------------------------------------------------------------------------
// Single quotation marks
// ---------------------------------------------------------------------------------------------

/// True when the single mark at `i` could open a quotation: it leans on the word after it, is
/// not glued to a word before (Clinton’s), and stands for no elided start (’08, ’em).
fn opens_single(doc: &Doc, i: usize) -> bool {
    SINGLE_OPENING_MARKS.contains(&doc.ch(i))
        && is_opener_shaped(doc, i, 1)
        && doc.is_word(i + 1)
        && !doc.w(i + 1).starts_with(|c: char| c.is_ascii_digit())
        && !ELIDED_STARTS.contains(&doc.w(i + 1))
}

/// True when the single mark at `i` could close a quotation: it leans on a word or a final
/// punctuation mark before it and on nothing after it (not Clinton’s, don’t), and is no plural
/// possessive ("the Smiths’ house") or elided ending ("goin’ home") before a word.
fn closes_single(doc: &Doc, i: usize) -> bool {
    if !SINGLE_CLOSING_MARKS.contains(&doc.ch(i)) || !is_closer_shaped(doc, i, 1) {
        return false;
    }
    let before_word = doc.is_word(i + 1) && doc.same_para(i, i + 1);
    if doc.is_word(i - 1) {
        let w = doc.w(i - 1);
        let elided = w.ends_with('s') || ELIDED_ENDINGS.iter().any(|e| w.ends_with(e));
        return !(before_word && elided);
    }
    doc.punct(i - 1, &[',', '.', '!', '?', '…'])
}

/// Which tokens are single quotation marks: an opening single mark and the next closing one in
/// its paragraph, both outside every double quotation, with at least one word and at most
/// [`MAX_SINGLE_QUOTE_WORDS`] between them. Found before the quotations, so that a chosen mark
/// then counts as a quotation mark everywhere (see `Doc::quote_mark_width`).
pub fn single_quote_marks(doc: &Doc) -> Vec<bool> {
    let n = doc.toks.len();
    let mut marks = vec![false; n];
    let candidate = |i: usize| {
        let c = doc.ch(i);
        !doc.toks[i].is_word()
            && (SINGLE_OPENING_MARKS.contains(&c) || SINGLE_CLOSING_MARKS.contains(&c))
            && doc.quote_mark_width(i) == 0
            && !doc.is_quote_mark(i)
    };
    if !(0..n).any(candidate) {
        return marks;
    }
    let doubles = find_quotations(doc);
    let outside = |i: usize| doubles.around(i).is_none();
    let mut open: Option<usize> = None;
    let mut words = 0;
    for i in 0..n {
        if open.is_some_and(|o| !doc.same_para(o, i)) {
            open = None;
        }
        if doc.is_word(i) {
            words += 1;
            if words > MAX_SINGLE_QUOTE_WORDS {
                open = None;
            }
            continue;
        }
        if !candidate(i) || !outside(i) {
            continue;
        }
        match open {
            Some(o) if words > 0 && closes_single(doc, i) => {
                marks[o] = true;
                marks[i] = true;
                open = None;
            }
            _ if opens_single(doc, i) => {
                open = Some(i);
                words = 0;
            }
            _ => {}
        }
    }
    marks
}
