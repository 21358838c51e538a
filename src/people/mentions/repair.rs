//! Step 1: repairs of badly converted text before names are matched, so that "Vladimir Putinin"
//! and "Luka-⏎shenko" still resolve: run-together words are split and names hyphenated across a
//! line break are joined.

use crate::people::kb::{KnowledgeBase, NameStrength};
use crate::text::chars::fold;
use crate::text::lists::is_in;
use crate::text::tokens::{Token, TokenKind};
use std::borrow::Cow;

/// Words that badly converted text glues onto a name: "Putinin", "Thursdaywhile".
const GLUE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "had", "has", "have", "he", "her",
    "his", "in", "into", "is", "it", "its", "of", "on", "or", "said", "says", "she", "that", "the",
    "their", "they", "this", "to", "told", "was", "were", "when", "which", "while", "who", "with",
    "would", "will", "also", "after", "before", "during",
];

/// A glued-on word this short ("is", "in") splits off only a name longer than
/// [`MAX_SHORT_GLUE_HEAD`] ("Putinis" splits; "Lewis", with the alias "Lew", does not).
const MAX_SHORT_GLUE_TAIL: usize = 2;

/// See [`MAX_SHORT_GLUE_TAIL`].
const MAX_SHORT_GLUE_HEAD: usize = 4;

/// Word endings that make a glued lower-case remainder look like an English word ("maintained").
const GLUE_ENDINGS: &[&str] = &["ed", "ing", "ly", "tion", "ment", "ness"];

/// Splits words that bad conversion glued together, when one side is a name or a country word and
/// the other a word in its own right. Returns the new tokens and which of them were split off.
pub fn repair_glued_words(
    kb: &KnowledgeBase,
    text: &str,
    tokens: Vec<Token>,
) -> (Vec<Token>, Vec<bool>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut repaired = Vec::with_capacity(tokens.len());
    for t in tokens {
        let prev = out
            .last()
            .filter(|p| p.is_word())
            .map(|p| p.folded.as_str());
        match glue_split_point(kb, text, &t, prev) {
            Some(at) => {
                let (a, b) = (&text[t.start..at], &text[at..t.end]);
                out.push(Token::new(
                    text,
                    (t.start, at),
                    TokenKind::Word,
                    t.space_before,
                    &fold(a),
                ));
                repaired.push(true);
                out.push(Token::new(
                    text,
                    (at, t.end),
                    TokenKind::Word,
                    true,
                    &fold(b),
                ));
                repaired.push(true);
            }
            None => {
                out.push(t);
                repaired.push(false);
            }
        }
    }
    (out, repaired)
}

/// Where a run-together word should be split, if it is one. `prev` is the folded word before it.
fn glue_split_point(
    kb: &KnowledgeBase,
    text: &str,
    t: &Token,
    prev: Option<&str>,
) -> Option<usize> {
    if !t.is_word() || !t.is_capitalized() || t.end - t.start < 5 {
        return None;
    }
    let word = t.text(text);
    if !kb.lookup(&t.folded).is_empty() {
        return None;
    }
    // `word[a..b]` folded. An ASCII word folds byte for byte, so its parts are slices of the
    // token's folded form, with no copy; this runs at every split point of most capitalised words.
    let folded = |a: usize, b: usize| -> Cow<'_, str> {
        if word.is_ascii() {
            Cow::Borrowed(&t.folded[a..b])
        } else {
            Cow::Owned(fold(&word[a..b]))
        }
    };
    // Camel case: "TrumpThe", "VelázquezVenezuelan".
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in 1..chars.len() {
        let (i, c) = chars[w];
        if c.is_uppercase() && chars[w - 1].1.is_lowercase() && w >= 3 && chars.len() - w >= 2 {
            let (head, tail) = (folded(0, i), folded(i, word.len()));
            if matches!(
                head.as_ref(),
                "mac" | "mc" | "de" | "di" | "la" | "le" | "van" | "von"
            ) {
                continue;
            }
            let tail_is_word = is_in(GLUE_WORDS, &tail) || kb.country(&tail).is_some();
            if tail_is_word || kb.is_last_word(&head) {
                return Some(t.start + i);
            }
        }
    }
    // A known name with a lower-case word glued on: "Putinin", "Lukashenkomaintained", and the
    // last word of a longer name: "Xi Jinpingsaid".
    let lower_tail = |i: usize| word[i..].chars().all(|c| c.is_lowercase());
    for w in (3..chars.len().saturating_sub(1)).rev() {
        let i = chars[w].0;
        if !lower_tail(i) {
            break;
        }
        let head = folded(0, i);
        let tail = &word[i..];
        if !kb.is_last_word(&head) {
            continue;
        }
        let names_alone = kb
            .lookup(&head)
            .iter()
            .any(|e| e.strength() != NameStrength::Ambiguous);
        let ends_a_name = prev.is_some_and(|p| !kb.lookup(&format!("{p} {head}")).is_empty());
        if !names_alone && !ends_a_name {
            continue;
        }
        let tail_len = tail.chars().count();
        // "Lewis" is not "Lew is": a short name with a two-letter word on it is more often a
        // longer name of its own.
        if tail_len <= MAX_SHORT_GLUE_TAIL && head.chars().count() <= MAX_SHORT_GLUE_HEAD {
            continue;
        }
        let plausible = is_in(GLUE_WORDS, tail)
            || (tail_len >= 5 && GLUE_ENDINGS.iter().any(|e| tail.ends_with(e)));
        if plausible {
            return Some(t.start + i);
        }
    }
    None
}

/// Joins a name that hyphenation broke across a line ("Luka-⏎shenko", "Luka- shenko" from a PDF)
/// into one token, when the joined word is a word of some name in the knowledge base.
pub fn join_broken_words(
    kb: &KnowledgeBase,
    text: &str,
    mut tokens: Vec<Token>,
    repaired: Vec<bool>,
) -> (Vec<Token>, Vec<bool>) {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    let mut rep = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if i + 2 < tokens.len()
            && t.is_word()
            && tokens[i + 1].folded == "-"
            && !tokens[i + 1].space_before
        {
            let (dash, next) = (&tokens[i + 1], &tokens[i + 2]);
            let gap = &text[dash.end..next.start];
            let broken = next.is_word()
                && next.space_before
                && (gap.contains('\n') || gap == " ")
                && next.first_char().is_lowercase();
            if broken {
                let joined = format!("{}{}", t.folded, next.folded);
                if kb.is_name_word(&joined) {
                    out.push(Token::new(
                        text,
                        (t.start, next.end),
                        TokenKind::Word,
                        t.space_before,
                        &joined,
                    ));
                    rep.push(repaired[i] || repaired[i + 2]);
                    i += 3;
                    continue;
                }
            }
        }
        // Moved, not cloned: a copy of every token's folded word was an allocation per token.
        let folded = std::mem::take(&mut tokens[i].folded);
        out.push(Token {
            folded,
            ..tokens[i]
        });
        rep.push(repaired[i]);
        i += 1;
    }
    (out, rep)
}
