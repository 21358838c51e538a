//! Measuring the engine against annotated corpora: `news-context eval` (native only).
//!
//! Each part reads its corpus, runs the same analysis the extension runs, and prints its figures.
//! Corpora under `../shared` are never copied into the project; when they are absent a part says
//! so and is skipped, so `make eval` still works on a fresh clone with the project's own test sets.

pub mod attribution;
pub mod mentions;
pub mod pages;

use std::path::Path;

/// The parts `news-context eval` can run.
pub const PARTS: &[&str] = &["mentions", "attribution", "pages"];

/// Runs the named parts (all when `parts` is empty) with corpora under `shared`; returns the report.
pub fn run(shared: &Path, parts: &[String]) -> Result<String, String> {
    let mut out = String::new();
    let wanted = |p: &str| parts.is_empty() || parts.iter().any(|x| x == p);
    for p in parts {
        if !PARTS.contains(&p.as_str()) {
            return Err(format!(
                "unknown evaluation part {p:?}; parts: {}",
                PARTS.join(", ")
            ));
        }
    }
    if wanted("mentions") {
        out.push_str(&mentions::report(shared)?);
        out.push('\n');
    }
    if wanted("attribution") {
        out.push_str(&attribution::report(shared)?);
        out.push('\n');
    }
    if wanted("pages") {
        out.push_str(&pages::report(shared)?);
        out.push('\n');
    }
    Ok(out)
}
