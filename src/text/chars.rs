//! Character classes news text needs: quotes, apostrophes, dashes, and folding of diacritics.
//!
//! Folding lets "Nicolas Maduro" find "Nicolás Maduro" and "Lukashenka" sit beside "Lukashenko"
//! without carrying Unicode normalisation tables into the wasm.

/// Opening double quotation marks (straight quotes count as both opening and closing).
pub const OPEN_QUOTES: &[char] = &['“', '„', '«', '"', '‟', '「', '『'];
/// Closing double quotation marks. `“` closes too: badly converted text often ends quotes with it.
pub const CLOSE_QUOTES: &[char] = &['”', '“', '»', '"', '」', '』'];

/// The character starting at byte `i` of `text` (a char boundary): an ASCII byte is its own
/// character, so most of a news text is read without UTF-8 decoding. The tokenizer and the
/// sentence splitter walk their text this way.
#[inline]
pub fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes()[i] {
        b if b.is_ascii() => char::from(b),
        _ => text[i..]
            .chars()
            .next()
            .unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

/// True for any double quotation mark, in any direction.
pub fn is_double_quote(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '«' | '»' | '"' | '‟' | '「' | '」' | '『' | '』'
    )
}

/// True for the apostrophes that form possessives (`’s`, `'s`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘')
}

/// True for hyphens and dashes that join or separate words.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '―')
}

/// True for letters of any script (used for word boundaries).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{AD}'
}

/// Combining diacritics (U+0300–U+036F): inside a word they belong to the letter before them
/// (decomposed text, "Nicola\u{301}s"), and folding drops them as it drops precomposed accents.
pub const COMBINING_MARKS: std::ops::RangeInclusive<char> = '\u{300}'..='\u{36F}';

/// Folds one character to its unaccented lower-case ASCII form when it has one (é → e, Ł → l,
/// ß → ss), lower-cases other characters, and leaves the rest as they are.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let folded: &str = match c {
        'À'..='Å'
        | 'à'..='å'
        | 'Ā'
        | 'ā'
        | 'Ă'
        | 'ă'
        | 'Ą'
        | 'ą'
        | 'ǎ'
        | 'Ǎ'
        | 'ạ'
        | 'ả'
        | 'ấ'
        | 'ầ'
        | 'ẩ'
        | 'ẫ'
        | 'ậ'
        | 'ắ'
        | 'ằ'
        | 'ẳ'
        | 'ẵ'
        | 'ặ' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë'
        | 'è'..='ë'
        | 'Ē'
        | 'ē'
        | 'Ĕ'
        | 'ĕ'
        | 'Ė'
        | 'ė'
        | 'Ę'
        | 'ę'
        | 'Ě'
        | 'ě'
        | 'ẹ'
        | 'ẻ'
        | 'ẽ'
        | 'ế'
        | 'ề'
        | 'ể'
        | 'ễ'
        | 'ệ' => "e",
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => "g",
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => "h",
        'Ì'..='Ï'
        | 'ì'..='ï'
        | 'Ĩ'
        | 'ĩ'
        | 'Ī'
        | 'ī'
        | 'Ĭ'
        | 'ĭ'
        | 'Į'
        | 'į'
        | 'İ'
        | 'ı'
        | 'ǐ'
        | 'ị'
        | 'ỉ' => "i",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö'
        | 'Ø'
        | 'ò'..='ö'
        | 'ø'
        | 'Ō'
        | 'ō'
        | 'Ŏ'
        | 'ŏ'
        | 'Ő'
        | 'ő'
        | 'Ơ'
        | 'ơ'
        | 'ǒ'
        | 'ọ'
        | 'ỏ'
        | 'ố'
        | 'ồ'
        | 'ổ'
        | 'ỗ'
        | 'ộ'
        | 'ớ'
        | 'ờ'
        | 'ở'
        | 'ỡ'
        | 'ợ' => "o",
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' => "s",
        'ß' => "ss",
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' => "t",
        'Þ' | 'þ' => "th",
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų'
        | 'Ư'
        | 'ư'
        | 'ǔ'
        | 'ụ'
        | 'ủ'
        | 'ứ'
        | 'ừ'
        | 'ử'
        | 'ữ'
        | 'ự' => "u",
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' | 'Ŷ' | 'ŷ' | 'ỳ' | 'ỵ' | 'ỷ' | 'ỹ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        '’' | 'ʼ' | '‘' => "'",
        '‐' | '‑' | '‒' | '–' | '—' => "-",
        // Soft hyphens, and combining marks of decomposed text ("Nicola\u{301}s"): no diacritics.
        '\u{AD}' => "",
        c if COMBINING_MARKS.contains(&c) => "",
        _ => {
            for l in c.to_lowercase() {
                out.push(l);
            }
            return;
        }
    };
    out.push_str(folded);
}

/// `s` folded with [`fold_char`]: lower case, no diacritics, typographic apostrophes made plain.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// `s` folded as [`fold`] does, into `out` (cleared first): the tokenizer folds every token into
/// one reused buffer instead of a new `String` each.
pub fn fold_into(s: &str, out: &mut String) {
    out.clear();
    // Most words of English news are ASCII: one pass and one copy instead of a push per char.
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        for c in s.chars() {
            fold_char(c, out);
        }
    }
}

/// True when the word starts with an upper-case letter.
pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_diacritics_and_case() {
        assert_eq!(fold("Nicolás Velázquez"), "nicolas velazquez");
        assert_eq!(fold("Łukasz Żółć"), "lukasz zolc");
        assert_eq!(fold("Erdoğan"), "erdogan");
        assert_eq!(fold("Putin’s"), "putin's");
    }

    #[test]
    fn folding_drops_the_combining_marks_of_decomposed_text() {
        assert_eq!(fold("Nicola\u{301}s Vela\u{301}zquez"), "nicolas velazquez");
        assert_eq!(fold("Nicola\u{301}s"), fold("Nicolás"));
    }

    #[test]
    fn folding_into_a_reused_buffer_matches_fold() {
        let mut out = String::from("leftover from the last word");
        for s in ["Nicolás", "WASHINGTON", "Putin’s", "Путин", "—", ""] {
            fold_into(s, &mut out);
            assert_eq!(out, fold(s), "{s}");
        }
    }

    #[test]
    fn folding_keeps_other_scripts_lower_cased() {
        assert_eq!(fold("Путин"), "путин");
    }
}
