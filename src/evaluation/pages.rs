//! Article finding on real pages: how much of what News Context marks lies inside the article.
//!
//! For every saved page in `corpora/pages/` the page is read with the native snapshot reader and
//! planned exactly as the extension plans it; each mark's text is then looked up in the reference
//! article text (`ground-truth.json` `articleBody`, or the text of Readability's `expected.html`),
//! with white space collapsed. The figure is the share of marked characters found there.

use std::fmt::Write as _;
use std::path::Path;

use crate::page::html::snapshot_from_html;
use crate::page::planner::plan;
use crate::text::offsets::Utf16Index;

/// The date used when a page states none (the corpus pages are older than any default "today").
const FALLBACK_TODAY: &str = "2026-11-28";

/// The file that marks a fixture page as not an article (its text says why): nothing on it may be
/// marked.
pub const NOT_AN_ARTICLE: &str = "not-an-article.txt";

/// One page's result.
#[derive(Debug, Clone, Default)]
pub struct PageResult {
    /// Folder name.
    pub name: String,
    /// Name marks.
    pub names: usize,
    /// Claim marks.
    pub claims: usize,
    /// Marked characters.
    pub marked_chars: usize,
    /// Marked characters found in the reference article text.
    pub inside_chars: usize,
    /// Why the page was left alone, if it was.
    pub skipped: String,
}

impl PageResult {
    /// Share of marked characters inside the reference text (1.0 when nothing was marked).
    pub fn share_inside(&self) -> f64 {
        if self.marked_chars == 0 {
            1.0
        } else {
            self.inside_chars as f64 / self.marked_chars as f64
        }
    }
}

/// Collapses runs of white space to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The reference article text of a page folder: `ground-truth.json`'s `articleBody`, the text of
/// `expected.html`, or `article.txt` (the project's fixture pages).
pub fn reference_text(dir: &Path) -> Option<String> {
    if let Ok(gt) = std::fs::read_to_string(dir.join("ground-truth.json")) {
        let v: serde_json::Value = serde_json::from_str(&gt).ok()?;
        return v.get("articleBody").and_then(|b| b.as_str()).map(collapse);
    }
    if let Ok(text) = std::fs::read_to_string(dir.join("article.txt")) {
        return Some(collapse(&text));
    }
    let html = std::fs::read_to_string(dir.join("expected.html")).ok()?;
    let snap = snapshot_from_html(&html, "");
    Some(collapse(
        &snap
            .nodes
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    ))
}

/// Plans one saved page and scores its marks against the reference text.
pub fn score_page(dir: &Path) -> Result<PageResult, String> {
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("?")
        .to_string();
    let bytes = std::fs::read(dir.join("source.html")).map_err(|e| format!("{name}: {e}"))?;
    let html = String::from_utf8_lossy(&bytes);
    // A page that is not an article has no reference text: every mark on it is outside.
    let reference = if dir.join(NOT_AN_ARTICLE).exists() {
        String::new()
    } else {
        reference_text(dir).ok_or_else(|| format!("{name}: no reference text"))?
    };
    let mut snapshot = snapshot_from_html(&html, "");
    snapshot.today = FALLBACK_TODAY.to_string();
    let p = plan(&snapshot)?;
    let mut r = PageResult {
        name,
        skipped: p.skipped_reason.clone(),
        ..PageResult::default()
    };
    for m in &p.marks {
        let node = Utf16Index::new(&snapshot.nodes[m.node].text);
        let text = collapse(node.text_between(m.start, m.end));
        let n = text.chars().count();
        r.marked_chars += n;
        if !reference.is_empty() && reference.contains(&text) {
            r.inside_chars += n;
        }
        if m.kind == "name" {
            r.names += 1;
        } else {
            r.claims += 1;
        }
    }
    Ok(r)
}

/// Scores every page under `shared/corpora/pages`.
pub fn score_all(shared: &Path) -> Result<Option<Vec<PageResult>>, String> {
    score_folder(&shared.join("corpora/pages"))
}

/// Scores every page folder (one holding `source.html`) directly under `root`, in name order;
/// `None` when `root` cannot be read.
pub fn score_folder(root: &Path) -> Result<Option<Vec<PageResult>>, String> {
    let Ok(entries) = std::fs::read_dir(root) else {
        return Ok(None);
    };
    let mut dirs: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").exists())
        .collect();
    dirs.sort();
    dirs.iter()
        .map(|d| score_page(d))
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// The pages report: per page the marks and the share inside the article, then the totals.
pub fn report(shared: &Path) -> Result<String, String> {
    let Some(results) = score_all(shared)? else {
        return Ok(format!(
            "pages: skipped: {} not found\n",
            shared.join("corpora/pages").display()
        ));
    };
    let mut out = String::from(
        "pages: marks and the share of marked characters inside the reference article text\n",
    );
    writeln!(
        out,
        "{:<42} {:>6} {:>6} {:>8}  note",
        "page", "names", "claims", "inside"
    )
    .unwrap();
    let (mut marked, mut inside, mut worst) = (0, 0, (1.0f64, String::new()));
    for r in &results {
        marked += r.marked_chars;
        inside += r.inside_chars;
        if r.marked_chars > 0 && r.share_inside() < worst.0 {
            worst = (r.share_inside(), r.name.clone());
        }
        let share = if r.marked_chars == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", 100.0 * r.share_inside())
        };
        writeln!(
            out,
            "{:<42} {:>6} {:>6} {:>8}  {}",
            r.name, r.names, r.claims, share, r.skipped
        )
        .unwrap();
    }
    let total = if marked == 0 {
        1.0
    } else {
        inside as f64 / marked as f64
    };
    writeln!(
        out,
        "all {} pages: {:.1}% of {} marked characters inside the article; lowest page {:.1}% ({})",
        results.len(),
        100.0 * total,
        marked,
        100.0 * worst.0,
        worst.1
    )
    .unwrap();
    Ok(out)
}
