//! Is this English? A cheap check on function words, so pages that declare no language (or the
//! wrong one) are not run through rules written for English.

/// Very frequent English function words; running English text is about a third made of them.
pub const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he",
    "as", "by", "at", "his", "be", "from", "are", "have", "has", "had", "this", "they", "not",
    "but", "said", "an", "were", "which", "their", "will", "would", "who", "been", "she", "her",
    "we", "its", "or", "after", "about", "more",
];

/// Frequent function words of the other languages news pages come in (Portuguese, Spanish, French,
/// German, Italian, Dutch, Czech), leaving out those English shares ("a", "in", "no", "die").
pub const OTHER_FUNCTION_WORDS: &[&str] = &[
    "de", "da", "do", "que", "em", "um", "uma", "para", "com", "não", "os", "dos", "das", "el",
    "la", "los", "las", "y", "en", "por", "con", "del", "se", "es", "le", "les", "des", "et",
    "est", "une", "dans", "pour", "qui", "du", "au", "der", "das", "und", "ist", "mit", "den",
    "von", "zu", "nicht", "ein", "eine", "il", "che", "di", "per", "non", "het", "een", "van",
    "je", "na", "ve", "se", "že", "pro", "jsou",
];

/// Fewest words before the check says anything: short texts are given the benefit of the doubt.
pub const MIN_WORDS_TO_JUDGE: usize = 40;

/// Share of another language's function words above which a text is that language, when they
/// also outnumber English ones. Box scores and lists of names have few function words of any
/// language and stay English.
pub const MIN_OTHER_SHARE: f64 = 0.08;

/// Share of letters from scripts without spaces between words (Chinese, Japanese, Thai) above which
/// a text is not English.
pub const MAX_UNSPACED_SCRIPT_SHARE: f64 = 0.3;

fn unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F)
}

/// True unless `text` is long enough to judge and clearly another language.
pub fn looks_english(text: &str) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let unspaced = text.chars().filter(|&c| unspaced_script(c)).count();
    if letters >= MIN_WORDS_TO_JUDGE && unspaced as f64 / letters as f64 > MAX_UNSPACED_SCRIPT_SHARE
    {
        return false;
    }
    let (mut words, mut english, mut other) = (0usize, 0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        words += 1;
        let lower = w.to_lowercase();
        if ENGLISH_FUNCTION_WORDS.contains(&lower.as_str()) {
            english += 1;
        } else if OTHER_FUNCTION_WORDS.contains(&lower.as_str()) {
            other += 1;
        }
    }
    words < MIN_WORDS_TO_JUDGE
        || other <= english
        || (other as f64 / words as f64) < MIN_OTHER_SHARE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_news_prose_is_english() {
        let t = "The president said on Thursday that the talks with the opposition would resume next week, \
                 and that he was hopeful a deal could be reached before the end of the year, according to officials \
                 who spoke to reporters in the capital after the meeting with the delegation from the north.";
        assert!(looks_english(t));
    }

    #[test]
    fn portuguese_and_chinese_are_not() {
        let pt = "O presidente disse nesta quinta-feira que as negociações com a oposição serão retomadas na próxima \
                  semana e que espera que um acordo seja alcançado antes do fim do ano, segundo autoridades que falaram \
                  com jornalistas na capital depois da reunião com a delegação do norte do país e do governo.";
        assert!(!looks_english(pt));
        let zh = "宇航员 在 太空 中 喝酒 会 怎么样 后果 很 严重 ".repeat(10);
        assert!(!looks_english(&zh));
    }

    #[test]
    fn box_scores_with_few_function_words_stay_english() {
        let t = "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. \
                 Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points. \
                 Heritage (1-0): Armani Sheffield 19 points and 3 steals. Kelli Howard 6 steals.";
        assert!(looks_english(t));
    }

    #[test]
    fn short_texts_get_the_benefit_of_the_doubt() {
        assert!(looks_english("Putin’s support"));
    }
}
