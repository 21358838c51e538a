//! Weekday and month names, which both layers must recognise: the people layer so that "May" the
//! month is not Theresa May, the attribution layer so that a time adjunct ("Zakharova *Thursday*
//! told …") may stand between a source and its cue. One list, so the two layers never disagree.

/// Weekdays, lower case, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Months, lower case, January first (index + 1 is the month's number).
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Months as news text abbreviates them ("Jan.", "Sept."), lower case and without the dot.
pub const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// True for a lower-case month name ("may" too: callers decide whether it is the month).
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// True for a lower-case weekday or month name.
pub fn is_weekday_or_month(word: &str) -> bool {
    WEEKDAYS.contains(&word) || is_month(word)
}

/// True for a lower-case weekday, month or month abbreviation.
pub fn is_calendar_word(word: &str) -> bool {
    is_weekday_or_month(word) || MONTH_ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_weekdays_and_abbreviations_are_recognised_lower_case_only() {
        assert!(is_month("may") && is_weekday_or_month("thursday") && is_calendar_word("sept"));
        assert!(!is_month("mayor") && !is_weekday_or_month("Thursday") && !is_calendar_word("sun"));
    }
}
