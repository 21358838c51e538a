//! Words and punctuation with their byte ranges: the unit the people and attribution layers match on.
//!
//! A word is a maximal run of letters and digits; everything else that is not white space is a
//! one-character punctuation token. Hyphens and apostrophes are punctuation, so "Lukashenko’s" is
//! `Lukashenko` `’` `s` and the mention can stop before the possessive.

use super::chars::{char_at, fold, is_word_char};

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
    /// The token folded: lower case, without diacritics (see [`fold`]).
    pub folded: String,
}

impl Token {
    /// The token `text[start..end]`, folded to `folded`.
    pub fn new(
        text: &str,
        (start, end): (usize, usize),
        kind: TokenKind,
        space_before: bool,
        folded: String,
    ) -> Token {
        Token {
            start,
            end,
            kind,
            space_before,
            first: text[start..].chars().next().unwrap_or(' '),
            folded,
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
    let push_word = |tokens: &mut Vec<Token>, s: usize, e: usize, space: bool| {
        let folded = fold(&text[s..e]);
        tokens.push(Token::new(text, (s, e), TokenKind::Word, space, folded));
    };
    let mut i = 0;
    while i < slice.len() {
        let c = char_at(slice, i);
        let at = from + i;
        i += c.len_utf8();
        if is_word_char(c) {
            if word_start.is_none() {
                word_start = Some(at);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut tokens, s, at, space);
            space = false;
        }
        if c.is_whitespace() {
            space = true;
        } else {
            let end = at + c.len_utf8();
            let folded = fold(&text[at..end]);
            tokens.push(Token {
                start: at,
                end,
                kind: TokenKind::Punct,
                space_before: space,
                first: c,
                folded,
            });
            space = false;
        }
    }
    if let Some(s) = word_start {
        push_word(&mut tokens, s, to, space);
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
    fn space_before_is_recorded() {
        let toks = tokenize("said: “We");
        assert!(toks[0].space_before);
        assert!(!toks[1].space_before);
        assert!(toks[2].space_before);
        assert!(!toks[3].space_before);
    }
}
