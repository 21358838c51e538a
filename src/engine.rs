//! Runs the layers over one text and assembles the [`Analysis`].

use crate::analysis::{Analysis, ANALYSIS_VERSION};
use crate::attribution;
use crate::people::{mentions, KnowledgeBase};
use crate::text::{offsets::Utf16Index, sentences::split_sentences};

/// A calendar date, stored as the number `yyyymmdd` so that dates compare as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(u32);

impl Date {
    /// Parses `YYYY-MM-DD`, or the date part of a longer ISO 8601 timestamp.
    pub fn parse(s: &str) -> Result<Date, String> {
        let s = s.trim();
        let bad = || format!("the date {s:?} is not a YYYY-MM-DD date");
        let b = s.as_bytes();
        if b.len() < 10
            || b[4] != b'-'
            || b[7] != b'-'
            || (b.len() > 10 && !matches!(b[10], b'T' | b' ' | b't'))
        {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| {
            s.get(r).and_then(|x| x.parse::<u32>().ok()).ok_or_else(bad)
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) || y < 1000 {
            return Err(bad());
        }
        Ok(Date(y * 10000 + m * 100 + d))
    }

    /// The date from its `yyyymmdd` number (clamped into a valid date).
    pub fn from_code(code: u32) -> Date {
        if code == u32::MAX {
            return Date(99991231);
        }
        Date(code)
    }

    /// The `yyyymmdd` number.
    pub fn code(self) -> u32 {
        self.0
    }

    /// Year.
    pub fn year(self) -> u32 {
        self.0 / 10000
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!(
            "{:04}-{:02}-{:02}",
            self.0 / 10000,
            self.0 / 100 % 100,
            self.0 % 100
        )
    }

    /// The date `days` later.
    pub fn plus_days(self, days: u32) -> Date {
        let (mut y, mut m, mut d) = (self.0 / 10000, self.0 / 100 % 100, self.0 % 100 + days);
        if m == 0 || m > 12 {
            return self;
        }
        while d > days_in_month(y, m) {
            d -= days_in_month(y, m);
            m += 1;
            if m > 12 {
                m = 1;
                y += 1;
            }
        }
        Date(y * 10000 + m * 100 + d)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Analyses `text` with the compiled knowledge base, resolving roles at `date`.
pub fn analyze(text: &str, date: Date) -> Analysis {
    analyze_with(KnowledgeBase::builtin(), text, date)
}

/// Analyses `text` with a given knowledge base (tests use one with people left out).
pub fn analyze_with(kb: &KnowledgeBase, text: &str, date: Date) -> Analysis {
    let index = Utf16Index::new(text);
    let sentences = split_sentences(text);
    let found = mentions::find_mentions(kb, text, &sentences, date);
    let attributions = attribution::attribute(text, &sentences, &found, kb, date);
    let mut analysis = Analysis {
        version: ANALYSIS_VERSION,
        text: text.to_string(),
        date: date.iso(),
        ..Analysis::default()
    };
    found.write_into(&mut analysis, &index, kb, date, &attributions);
    attributions.write_into(&mut analysis, &index, &found);
    analysis
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_from_plain_and_timestamp_forms() {
        assert_eq!(Date::parse("2025-11-28").unwrap().iso(), "2025-11-28");
        assert_eq!(
            Date::parse("2025-11-28T09:30:00Z").unwrap().iso(),
            "2025-11-28"
        );
        assert!(Date::parse("2025-13-01").is_err());
        assert!(Date::parse("2025-02-29").is_err());
        assert!(Date::parse("28/11/2025").is_err());
        assert!(Date::parse("").is_err());
    }

    #[test]
    fn adding_days_rolls_months_and_years() {
        assert_eq!(
            Date::parse("2024-12-20").unwrap().plus_days(15).iso(),
            "2025-01-04"
        );
        assert_eq!(
            Date::parse("2024-02-28").unwrap().plus_days(1).iso(),
            "2024-02-29"
        );
    }
}
