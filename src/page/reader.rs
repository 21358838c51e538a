//! Reading a whole document, plain text or saved HTML, into an analysis: the CLI's entry point.

use crate::analysis::Analysis;
use crate::engine::{analyze, Date};

/// Analyses `input` as plain text, or as HTML when it looks like HTML (the article is found first
/// with the same planner the extension uses). `date` overrides the page's own date; `today`
/// (`YYYY-MM-DD`) is used when neither is known.
pub fn analyze_document(input: &str, date: Option<Date>, today: &str) -> Result<Analysis, String> {
    #[cfg(feature = "cli")]
    if super::html::looks_like_html(input) {
        let mut snapshot = super::html::snapshot_from_html(input, "");
        snapshot.today = today.to_string();
        if let Some(d) = date {
            snapshot.published = d.iso();
        }
        let article = super::article::ArticleText::from_snapshot(&snapshot);
        let date = super::planner::article_date(&snapshot)?.0;
        return Ok(analyze(&article.text, date));
    }
    let date = match date {
        Some(d) => d,
        None => Date::parse(today)?,
    };
    Ok(analyze(input, date))
}
