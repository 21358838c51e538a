//! Mentions: precision and recall on the project's own test set (`tests/data/mentions.tsv`), and
//! the people found on each saved page of `corpora/pages/`.
//!
//! The test set is scored at the mention level: a predicted mention is correct when its span (in
//! UTF-16 units, as the analysis gives it) and its person both equal a gold mention's.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::analysis::Analysis;
use crate::engine::{analyze, Date};
use crate::people::KnowledgeBase;
use crate::text::offsets::{utf16_len, Utf16Index};

/// The test set, compiled in so that the report does not depend on the working directory.
pub const TEST_SET: &str = include_str!("../../tests/data/mentions.tsv");

/// The date used for pages that state none (the corpus pages are older than any default "today").
const FALLBACK_TODAY: &str = "2026-11-28";

/// One gold mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// Start in UTF-16 units.
    pub start: usize,
    /// End in UTF-16 units.
    pub end: usize,
    /// The surface text.
    pub text: String,
    /// The person id (`article:<slug>` for article people).
    pub person: String,
}

/// One case of the test set.
#[derive(Debug, Clone)]
pub struct Case {
    /// Line number in the file (1-based).
    pub line: usize,
    /// Tags ("title", "negative", …).
    pub tags: Vec<String>,
    /// The article date.
    pub date: Date,
    /// The text, escapes resolved.
    pub text: String,
    /// Expected mentions.
    pub gold: Vec<GoldMention>,
}

/// Counts for precision and recall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted mentions whose span and person match a gold one.
    pub correct: usize,
    /// Predicted mentions.
    pub predicted: usize,
    /// Gold mentions.
    pub gold: usize,
}

impl Counts {
    /// Precision (1.0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted as f64
        }
    }

    /// Recall (1.0 when nothing was expected).
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }

    fn add(&mut self, o: Counts) {
        self.correct += o.correct;
        self.predicted += o.predicted;
        self.gold += o.gold;
    }
}

/// The score of the whole test set.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Number of cases.
    pub cases: usize,
    /// All mentions.
    pub total: Counts,
    /// Per tag.
    pub by_tag: BTreeMap<String, Counts>,
    /// One line per wrong or missed mention.
    pub errors: Vec<String>,
}

/// Resolves `\n`, `\t` and `\u{hex}` escapes.
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                if chars.next() != Some('{') {
                    return Err(format!("bad \\u escape in {s:?}"));
                }
                let hex: String = chars.by_ref().take_while(|c| *c != '}').collect();
                let code = u32::from_str_radix(&hex, 16)
                    .map_err(|_| format!("bad \\u{{{hex}}} in {s:?}"))?;
                out.push(
                    char::from_u32(code).ok_or_else(|| format!("bad code point {hex} in {s:?}"))?,
                );
            }
            other => {
                return Err(format!(
                    "unknown escape \\{} in {s:?}",
                    other.map_or(String::new(), String::from)
                ))
            }
        }
    }
    Ok(out)
}

/// Byte offsets of whole-word occurrences of `needle` in `text` at or after `from`.
fn word_occurrences<'a>(
    text: &'a str,
    needle: &'a str,
    from: usize,
) -> impl Iterator<Item = usize> + 'a {
    text[from..]
        .match_indices(needle)
        .map(move |(i, _)| from + i)
        .filter(move |&i| {
            let before = text[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let after = text[i + needle.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            before && after
        })
}

/// The id of a gold person: an id of the knowledge base, an `article:` id, or a unique display name.
fn person_id(kb: &KnowledgeBase, who: &str) -> Result<String, String> {
    if who.starts_with("article:") {
        return Ok(who.to_string());
    }
    if let Some(p) = kb.by_id(who) {
        return Ok(p.id().to_string());
    }
    let found: Vec<&str> = kb
        .people()
        .filter(|(_, p)| p.name() == who)
        .map(|(_, p)| p.id())
        .collect();
    match found.as_slice() {
        [one] => Ok(one.to_string()),
        [] => Err(format!("no person named {who:?} in the knowledge base")),
        _ => Err(format!("several people named {who:?}: {found:?}")),
    }
}

/// Parses the test set.
pub fn parse_test_set(kb: &KnowledgeBase, source: &str) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |m: String| format!("tests/data/mentions.tsv line {line_no}: {m}");
        let cols: Vec<&str> = line.split('\t').collect();
        let [tags, date, text, expected] = cols.as_slice() else {
            return Err(err(format!(
                "expected 4 tab-separated columns, got {}",
                cols.len()
            )));
        };
        let date = Date::parse(date).map_err(err)?;
        let text = unescape(text).map_err(err)?;
        let mut gold = Vec::new();
        let mut pos = 0;
        if expected.trim() != "-" {
            for item in expected.split(" ; ") {
                let (surface, who) = item
                    .split_once(" => ")
                    .ok_or_else(|| err(format!("expected 'surface => person' in {item:?}")))?;
                let surface = unescape(surface.trim()).map_err(err)?;
                let (surface, nth) = match surface.rsplit_once('#') {
                    Some((s, k)) if k.chars().all(|c| c.is_ascii_digit()) && !k.is_empty() => {
                        (s.to_string(), k.parse::<usize>().unwrap_or(1))
                    }
                    _ => (surface, 1),
                };
                // Whole words first; run-together text ("Vladimir Putinin") has no word boundary.
                let at = word_occurrences(&text, &surface, pos)
                    .nth(nth - 1)
                    .or_else(|| {
                        text[pos..]
                            .match_indices(surface.as_str())
                            .nth(nth - 1)
                            .map(|(i, _)| pos + i)
                    })
                    .ok_or_else(|| {
                        err(format!(
                            "{surface:?} does not occur (occurrence {nth}) after byte {pos}"
                        ))
                    })?;
                let start = utf16_len(&text[..at]);
                let end = start + utf16_len(&surface);
                gold.push(GoldMention {
                    start,
                    end,
                    text: surface.clone(),
                    person: person_id(kb, who.trim()).map_err(err)?,
                });
                pos = at + surface.len();
            }
        }
        cases.push(Case {
            line: line_no,
            tags: tags.split_whitespace().map(str::to_string).collect(),
            date,
            text,
            gold,
        });
    }
    Ok(cases)
}

/// Scores one analysed case.
pub fn score_case(case: &Case, analysis: &Analysis) -> (Counts, Vec<String>) {
    let mut counts = Counts {
        gold: case.gold.len(),
        predicted: analysis.mentions.len(),
        correct: 0,
    };
    let mut errors = Vec::new();
    let show = |s: &str| s.replace('\n', "\\n");
    for m in &analysis.mentions {
        let ok = case
            .gold
            .iter()
            .any(|g| g.start == m.span.start && g.end == m.span.end && g.person == m.person);
        if ok {
            counts.correct += 1;
        } else {
            errors.push(format!(
                "  line {}: wrong: {:?} → {} ({})  in: {}",
                case.line,
                show(&m.span.text),
                m.person,
                m.how,
                show(&case.text)
            ));
        }
    }
    for g in &case.gold {
        if !analysis
            .mentions
            .iter()
            .any(|m| g.start == m.span.start && g.end == m.span.end && g.person == m.person)
        {
            errors.push(format!(
                "  line {}: missed: {:?} → {}  in: {}",
                case.line,
                show(&g.text),
                g.person,
                show(&case.text)
            ));
        }
    }
    (counts, errors)
}

/// Runs the whole test set with the compiled knowledge base.
pub fn score_test_set() -> Result<Score, String> {
    let kb = KnowledgeBase::builtin();
    let cases = parse_test_set(kb, TEST_SET)?;
    let mut score = Score {
        cases: cases.len(),
        ..Score::default()
    };
    for case in &cases {
        let analysis = analyze(&case.text, case.date);
        let (counts, errors) = score_case(case, &analysis);
        score.total.add(counts);
        for t in &case.tags {
            score.by_tag.entry(t.clone()).or_default().add(counts);
        }
        score.errors.extend(errors);
    }
    Ok(score)
}

/// What the extension finds on one saved page.
#[derive(Debug, Clone, Default)]
pub struct PagePeople {
    /// The date roles were resolved at.
    pub date: String,
    /// Why the page was left alone (not English), as the extension would.
    pub skipped: Option<String>,
    /// `(name, id, mentions)`, most mentioned first.
    pub people: Vec<(String, String, usize)>,
    /// The analysis, when the page was read.
    pub analysis: Option<crate::analysis::Analysis>,
}

/// The people found on one saved page. Pages the extension leaves alone (a declared language
/// other than English, or text that does not look English) are skipped the same way.
pub fn page_people(html: &str) -> Result<PagePeople, String> {
    let snapshot = crate::page::html::snapshot_from_html(html, "");
    if !crate::page::planner::declared_language_supported(&snapshot.lang) {
        return Ok(PagePeople {
            skipped: Some(format!("language {}", snapshot.lang)),
            ..PagePeople::default()
        });
    }
    let analysis = crate::page::reader::analyze_document(html, None, FALLBACK_TODAY)?;
    if !crate::text::language::looks_english(&analysis.text) {
        return Ok(PagePeople {
            date: analysis.date,
            skipped: Some("not English".into()),
            ..PagePeople::default()
        });
    }
    let mut out: Vec<(String, String, usize)> = analysis
        .people
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.id.clone(),
                analysis
                    .mentions
                    .iter()
                    .filter(|m| m.person == p.id)
                    .count(),
            )
        })
        .filter(|p| p.2 > 0)
        .collect();
    out.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    Ok(PagePeople {
        date: analysis.date.clone(),
        skipped: None,
        people: out,
        analysis: Some(analysis),
    })
}

/// The mentions report.
pub fn report(shared: &Path) -> Result<String, String> {
    let score = score_test_set()?;
    let mut out = String::new();
    let t = score.total;
    let _ = writeln!(
        out,
        "mentions: test set tests/data/mentions.tsv ({} cases, {} gold mentions)",
        score.cases, t.gold
    );
    let _ = writeln!(
        out,
        "  precision {:.3} ({}/{})  recall {:.3} ({}/{})",
        t.precision(),
        t.correct,
        t.predicted,
        t.recall(),
        t.correct,
        t.gold
    );
    let _ = writeln!(out, "  by tag:");
    for (tag, c) in &score.by_tag {
        let _ = writeln!(
            out,
            "    {tag:<18} precision {:.3} ({}/{})  recall {:.3} ({}/{})",
            c.precision(),
            c.correct,
            c.predicted,
            c.recall(),
            c.correct,
            c.gold
        );
    }
    if score.errors.is_empty() {
        let _ = writeln!(out, "  no wrong or missed mentions");
    } else {
        let _ = writeln!(out, "  wrong or missed ({}):", score.errors.len());
        for e in &score.errors {
            let _ = writeln!(out, "{e}");
        }
    }
    let pages = shared.join("corpora").join("pages");
    if !pages.is_dir() {
        let _ = writeln!(
            out,
            "mentions on pages: skipped, {} not found",
            pages.display()
        );
        return Ok(out);
    }
    let mut dirs: Vec<_> = std::fs::read_dir(&pages)
        .map_err(|e| format!("{}: {e}", pages.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    dirs.sort();
    let _ = writeln!(out, "mentions on pages: people found per page in {} ({} pages; pages without a date at {FALLBACK_TODAY})", pages.display(), dirs.len());
    let (mut total_mentions, mut total_people) = (0, 0);
    let mut marked: Vec<String> = Vec::new();
    for dir in &dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let bytes = std::fs::read(dir.join("source.html")).map_err(|e| format!("{name}: {e}"))?;
        let html = String::from_utf8_lossy(&bytes);
        let found = page_people(&html)?;
        if let Some(why) = &found.skipped {
            let _ = writeln!(out, "  {name}: skipped ({why}), as the extension skips it");
            continue;
        }
        if let Some(a) = &found.analysis {
            for m in &a.mentions {
                let who = a
                    .people
                    .iter()
                    .find(|p| p.id == m.person)
                    .map_or(m.person.clone(), |p| p.name.clone());
                marked.push(format!(
                    "{name} [{}] {:?} → {who} ({}) in: …{}…",
                    a.date,
                    m.span.text,
                    m.how,
                    context(&a.text, m.span.start, m.span.end)
                ));
            }
        }
        let (date, people) = (found.date, found.people);
        total_mentions += people.iter().map(|p| p.2).sum::<usize>();
        total_people += people.len();
        let list: Vec<String> = people
            .iter()
            .map(|(n, id, k)| {
                format!(
                    "{n}{} ×{k}",
                    if id.starts_with("article:") {
                        " (article)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "  {name} [{date}]: {}",
            if list.is_empty() {
                "none".to_string()
            } else {
                list.join("; ")
            }
        );
    }
    let _ = writeln!(
        out,
        "  total: {total_people} people, {total_mentions} marked mentions"
    );
    let sample = review_sample(marked.len(), REVIEW_SAMPLE);
    let _ = writeln!(
        out,
        "mentions on pages: review sample, {} of the {} marked mentions (fixed seed), to check by hand",
        sample.len(),
        marked.len()
    );
    for (k, i) in sample.iter().enumerate() {
        let _ = writeln!(out, "  R{:03} {}", k + 1, marked[*i]);
    }
    Ok(out)
}

/// How many marked mentions the review sample holds.
pub const REVIEW_SAMPLE: usize = 100;

/// `k` distinct indices below `n`, sorted, chosen by a fixed-seed generator so that the sample is
/// the same on every run (all of them when `n <= k`).
pub fn review_sample(n: usize, k: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    // Partial Fisher–Yates with xorshift64*.
    for i in 0..k.min(n) {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let r = state.wrapping_mul(0x2545_F491_4F6C_DD1D);
        let j = i + (r % (n - i) as u64) as usize;
        idx.swap(i, j);
    }
    let mut out: Vec<usize> = idx.into_iter().take(k.min(n)).collect();
    out.sort_unstable();
    out
}

/// About forty characters either side of a span (UTF-16 units), on one line.
fn context(text: &str, start: usize, end: usize) -> String {
    let text = Utf16Index::new(text);
    let (a, b) = (start.saturating_sub(40), end + 40);
    let piece = |x: usize, y: usize| {
        text.text_between(x, y)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    format!(
        "{}【{}】{}",
        piece(a, start),
        piece(start, end),
        piece(end, b)
    )
}
