//! Role phrases around a name ("Colombian Foreign Minister …", "…, the country's president"):
//! read by step 3 to describe article people and by step 4 to describe known ones.

use super::name_like;
use super::words::ROLE_MODIFIERS;
use crate::people::kb::KnowledgeBase;
use crate::people::titles::{read_office, Office};
use crate::text::lists::is_in;
use crate::text::tokens::Token;

/// A role phrase ending at token `end` (exclusive): "Colombian Foreign Minister", "special envoy",
/// "Venezuelan ambassador to Russia". Returns its first token, office and country.
pub(super) fn role_phrase_before(
    kb: &KnowledgeBase,
    tokens: &[Token],
    end: usize,
) -> Option<(usize, Office, Option<&'static str>)> {
    // An office phrase that ends exactly at `end`, or before "to/in/of/at" and a place.
    let mut found = None;
    'ends: for tail in 0..=3usize {
        if tail > 0 {
            if end < tail + 1 {
                break;
            }
            let prep = end - tail - 1;
            if !matches!(tokens[prep].folded.as_str(), "to" | "in" | "at" | "of")
                || !tokens[prep + 1..end]
                    .iter()
                    .all(|t| t.is_word() && (name_like(t) || t.folded == "the"))
                || !name_like(&tokens[end - 1])
            {
                continue;
            }
        }
        let office_end = if tail == 0 { end } else { end - tail - 1 };
        for s in office_end.saturating_sub(4)..office_end {
            if let Some((office, after)) = read_office(tokens, s) {
                if after == office_end {
                    found = Some((s, office));
                    break 'ends;
                }
            }
        }
    }
    let (mut s, office) = found?;
    // "editor-in-chief", "commander-in-chief": a compound, not the office.
    if s >= 1 && tokens[s - 1].folded == "-" && !tokens[s].space_before {
        return None;
    }
    let mut country = None;
    while s > 0 {
        let t = &tokens[s - 1];
        // "Brazil's ambassador": a possessive country.
        if t.folded == "s"
            && s >= 3
            && tokens[s - 2].folded == "'"
            && !t.space_before
            && !tokens[s - 2].space_before
            && name_like(&tokens[s - 3])
        {
            if let Some(c) = kb
                .country_noun(&tokens[s - 3].folded)
                .or_else(|| kb.country(&tokens[s - 3].folded))
            {
                country = Some(c.iso2());
                s -= 3;
            }
            break;
        }
        // "U.S. Ambassador", "U.K. envoy": the tokens U . S . read backwards.
        if s >= 4
            && tokens[s - 1].folded == "."
            && tokens[s - 3].folded == "."
            && tokens[s - 2].is_word()
            && tokens[s - 4].is_word()
            && tokens[s - 2].folded.chars().count() == 1
            && tokens[s - 4].folded.chars().count() == 1
        {
            let key = format!("{}.{}.", tokens[s - 4].folded, tokens[s - 2].folded);
            if let Some(c) = kb.country(&key) {
                country = Some(c.iso2());
                s -= 4;
                continue;
            }
            break;
        }
        if !t.is_word() {
            // "Colombia’s chancellor".
            break;
        }
        if name_like(t) {
            if let Some(c) = kb.country(&t.folded) {
                country = Some(c.iso2());
                s -= 1;
                continue;
            }
        }
        if is_in(ROLE_MODIFIERS, &t.folded) {
            s -= 1;
            continue;
        }
        break;
    }
    Some((s, office, country))
}

/// A role phrase starting at token `i`, after a name: "Venezuelan ambassador in Moscow",
/// "a special envoy", "a spokeswoman for the Swedish government". Returns its end token, office
/// and country.
pub(super) fn role_phrase_after(
    kb: &KnowledgeBase,
    tokens: &[Token],
    mut i: usize,
) -> Option<(usize, Office, Option<&'static str>)> {
    if i < tokens.len() && matches!(tokens[i].folded.as_str(), "a" | "an" | "the") {
        i += 1;
    }
    let mut country = None;
    let mut guard = 0;
    while i < tokens.len() && guard < 6 {
        guard += 1;
        if let Some((office, after)) = read_office(tokens, i) {
            let mut end = after;
            // "ambassador in Moscow", "spokesman for the foundation", "minister of Venezuela".
            if end + 1 < tokens.len()
                && matches!(tokens[end].folded.as_str(), "in" | "to" | "of" | "for")
            {
                let mut k = end + 1;
                if k < tokens.len() && tokens[k].folded == "the" {
                    k += 1;
                }
                let mut took = false;
                while k < tokens.len()
                    && tokens[k].is_word()
                    && (name_like(&tokens[k])
                        || took
                            && matches!(
                                tokens[k].folded.as_str(),
                                "government" | "ministry" | "president" | "foundation"
                            ))
                {
                    if country.is_none() {
                        country = kb.country(&tokens[k].folded).map(|c| c.iso2());
                    }
                    k += 1;
                    took = true;
                }
                if took {
                    end = k;
                }
            }
            return Some((end, office, country));
        }
        let t = &tokens[i];
        if !t.is_word() {
            return None;
        }
        if let Some(c) = kb.country(&t.folded) {
            country = Some(c.iso2());
        } else if !is_in(ROLE_MODIFIERS, &t.folded) {
            return None;
        }
        i += 1;
    }
    None
}
