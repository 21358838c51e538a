//! Words and punctuation with their byte ranges: the unit the people and attribution layers match on.
//!
//! A word is a maximal run of letters and digits; everything else that is not white space is a
//! one-character punctuation token. Hyphens and apostrophes are punctuation, so "Lukashenko’s" is
//! `Lukashenko` `’` `s` and the mention can stop before the possessive.

use super::chars::{char_at, fold_into, is_word_char, COMBINING_MARKS};
use super::folded::Folded;

/// Letters that UTF-8 read as Latin-1 or Windows-1252 puts before a second, symbol-like
/// character ("Castaño" → "CastaÃ±o"; read twice, "CastaÃ\u{83}Â±o"): after one of them
/// inside a word, a character of [`MOJIBAKE_TRAILS`] continues the word, so a badly converted
/// name stays one name. The combining tilde and circumflex stand for the same letters in
/// decomposed text ("A\u{303}").
pub const MOJIBAKE_LEADS: &[char] = &['Ã', 'Â', '\u{303}', '\u{302}'];

/// The second characters of such pairs: the C1 controls and Latin-1 symbols, U+0080 to U+00BF
/// ("\u{83}", "¡", "©", "±" …); U+00A0, a no-break space, stays a space.
pub const MOJIBAKE_TRAILS: &[std::ops::RangeInclusive<char>] =
    &['\u{80}'..='\u{9F}', '\u{A1}'..='\u{BF}'];

/// True when `c` after `prev` inside a word is the second half of a mojibake pair.
fn continues_mojibake(prev: char, c: char) -> bool {
    MOJIBAKE_LEADS.contains(&prev) && MOJIBAKE_TRAILS.iter().any(|r| r.contains(&c))
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits.
    Word,
    /// A single punctuation or symbol character.
    Punct,
}

/// One token of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Word or punctuation.
    pub kind: TokenKind,
    /// True when white space separates this token from the previous one (or it starts the text).
    pub space_before: bool,
    /// The first character, kept because the rules ask for it at almost every token (reading it
    /// back from the text decodes UTF-8 each time).
    pub first: char,
    /// The token folded: lower case, without diacritics (see [`super::chars::fold`]); inline, not
    /// a heap string per token (see [`Folded`]).
    pub folded: Folded,
}

impl Token {
    /// The token `text[start..end]`, folded to `folded`.
    pub fn new(
        text: &str,
        (start, end): (usize, usize),
        kind: TokenKind,
        space_before: bool,
        folded: &str,
    ) -> Token {
        Token {
            start,
            end,
            kind,
            space_before,
            first: text[start..].chars().next().unwrap_or(' '),
            folded: Folded::new(folded),
        }
    }

    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for a punctuation token equal to one of `chars`.
    pub fn is_punct_in(&self, chars: &[char]) -> bool {
        self.kind == TokenKind::Punct && chars.contains(&self.first)
    }

    /// True when the word starts with an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && self.first.is_uppercase()
    }

    /// The first character of the token.
    pub fn first_char(&self) -> char {
        self.first
    }
}

/// Splits `text[from..to]` into tokens; offsets are into the whole `text`.
pub fn tokenize_range(text: &str, from: usize, to: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut space = true;
    let mut word_start: Option<usize> = None;
    let slice = &text[from..to];
    // One buffer the tokens are folded into, reused: a token's own form is inline (see [`Folded`]).
    let mut scratch = String::new();
    let push_word =
        |tokens: &mut Vec<Token>, scratch: &mut String, s: usize, e: usize, space: bool| {
            fold_into(&text[s..e], scratch);
            tokens.push(Token::new(text, (s, e), TokenKind::Word, space, scratch));
        };
    let mut i = 0;
    let mut prev = ' ';
    while i < slice.len() {
        let c = char_at(slice, i);
        let at = from + i;
        i += c.len_utf8();
        // No ASCII character is a combining mark or a mojibake pair's second half.
        let inside = word_start.is_some()
            && !c.is_ascii()
            && (COMBINING_MARKS.contains(&c) || continues_mojibake(prev, c));
        prev = c;
        if is_word_char(c) || inside {
            if word_start.is_none() {
                word_start = Some(at);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut tokens, &mut scratch, s, at, space);
            space = false;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            let end = at + c.len_utf8();
            fold_into(&text[at..end], &mut scratch);
            tokens.push(Token {
                start: at,
                end,
                kind: TokenKind::Punct,
                space_before: space,
                first: c,
                folded: Folded::new(&scratch),
            });
            space = false;
        }
    }
    if let Some(s) = word_start {
        push_word(&mut tokens, &mut scratch, s, to, space);
    }
    tokens
}

/// Splits the whole text into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    tokenize_range(text, 0, text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        tokenize(t).iter().map(|k| k.text(t)).collect()
    }

    #[test]
    fn possessive_splits_from_the_name() {
        assert_eq!(
            words("Lukashenko’s office"),
            vec!["Lukashenko", "’", "s", "office"]
        );
    }

    #[test]
    fn diacritics_stay_inside_words_and_fold() {
        let t = "Nicolás Velázquez";
        let toks = tokenize(t);
        assert_eq!(toks.len(), 2);
        assert_eq!(toks[0].folded, "nicolas");
        assert_eq!(toks[1].folded, "velazquez");
    }

    #[test]
    fn mojibake_pairs_and_combining_marks_stay_inside_a_word() {
        assert_eq!(
            words("Ana OrdoÃ±ez added"),
            vec!["Ana", "OrdoÃ±ez", "added"]
        );
        assert_eq!(
            words("Ana OrdoÃ\u{83}Â±ez added"),
            vec!["Ana", "OrdoÃ\u{83}Â±ez", "added"]
        );
        assert_eq!(words("CafÃ© ¡Hola!"), vec!["CafÃ©", "¡", "Hola", "!"]);
        assert_eq!(words("Ann ©2016"), vec!["Ann", "©", "2016"]);
        assert_eq!(
            words("OrdoA\u{303}\u{83}A\u{302}\u{b1}ez said"),
            vec!["OrdoA\u{303}\u{83}A\u{302}\u{b1}ez", "said"]
        );
    }

    #[test]
    fn space_before_is_recorded() {
        let toks = tokenize("said: “We");
        assert!(toks[0].space_before);
        assert!(!toks[1].space_before);
        assert!(toks[2].space_before);
        assert!(!toks[3].space_before);
    }
}
