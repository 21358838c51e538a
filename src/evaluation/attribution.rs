//! Measuring attribution against PolNeAR (`news-context eval attribution`, `make eval`).
//!
//! Reads `corpora/attribution/dev.jsonl` and `dev.sentences.jsonl` under the shared folder (their
//! README gives the schemas), runs [`crate::analyze`] on every article exactly as the extension
//! does, and compares the analysis JSON's `quotes` with the gold attributions.
//!
//! # Definitions
//!
//! - **Offsets.** PolNeAR counts Unicode code points; the analysis counts UTF-16 code units. Gold
//!   offsets are converted to UTF-16 first, and every length below counts UTF-16 code units (the
//!   same as characters except for the rare character outside the Basic Multilingual Plane).
//! - **Gold attributions** are the article's `attributions` (the main annotator's, complete ones
//!   only; `incomplete_attributions` and `other_annotations` are ignored). A gold content is all
//!   its fragments (`content_fragments`, else the `content` span); likewise cue and source.
//! - **Overlap** of a predicted quote with a gold attribution: the share of the gold content's
//!   characters (all fragments) that the predicted content (the union of its spans) covers.
//! - **Matching.** Every (predicted, gold) pair of an article whose overlap reaches the threshold
//!   (0.3, and separately 0.8) is a candidate; candidates are taken in order of decreasing overlap
//!   (ties: text order), each prediction and each gold used at most once (one-to-one, greedy).
//! - **Precision** = matched / predicted quotes; **recall** = matched / gold attributions;
//!   **F1** = their harmonic mean. Every predicted quote counts, wherever it is.
//! - **Cue accuracy**, over the pairs matched at 0.3: the predicted cue overlaps the gold cue by at
//!   least one character. **Source accuracy**, over the same pairs: the predicted source overlaps
//!   the gold source by at least one character, or neither has a source.
//! - **Sentence level**, over `dev.sentences.jsonl` without the `discard` sentences: a sentence is
//!   gold-positive when `has_attribution` (any gold source, cue or content fragment overlaps it),
//!   predicted-positive when any predicted quote's content, cue or source span overlaps its span
//!   (by at least one character). Precision, recall and F1 of the positives.
//! - **Per publisher**: the same figures over that publisher's articles (micro-averaged: counts
//!   are summed, then divided).
//!
//! Set `NEWS_CONTEXT_EVAL_DUMP=FILE` to also write every match, miss and false alarm (at 0.3) as
//! JSON lines, for error analysis (`tools/attribution-cues.py FILE` counts each predicted cue's
//! precision from it).

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde::Deserialize;

use crate::analysis::{Analysis, Span};
use crate::attribution::cues::is_speech_cue;
use crate::text::offsets::{CodePointIndex, Utf16Index};
use crate::{analyze, Date};

/// Where the corpus lives, under the shared folder.
pub const CORPUS_DIR: &str = "corpora/attribution";

/// The date used when an article has no publication date (PolNeAR covers the 2016 election).
pub const FALLBACK_DATE: &str = "2016-11-01";

/// The two overlap thresholds of the attribution-level figures.
pub const THRESHOLDS: [f64; 2] = [0.3, 0.8];

/// Most threads the evaluation runs on.
pub const MAX_THREADS: usize = 16;

/// Environment variable naming a file to write misses and false alarms into.
pub const DUMP_VARIABLE: &str = "NEWS_CONTEXT_EVAL_DUMP";

/// The table's row for speech and writing alone (see [`speech_only`]).
pub const SPEECH_ROW: &str = "speech only";

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/// One gold attribution, as `dev.jsonl` gives it (code-point offsets).
#[derive(Debug, Clone, Deserialize)]
struct GoldJson {
    source: Option<[usize; 2]>,
    cue: Option<[usize; 2]>,
    content: Option<[usize; 2]>,
    #[serde(default)]
    source_fragments: Option<Vec<[usize; 2]>>,
    #[serde(default)]
    cue_fragments: Option<Vec<[usize; 2]>>,
    #[serde(default)]
    content_fragments: Option<Vec<[usize; 2]>>,
}

/// One article of `dev.jsonl`.
#[derive(Debug, Deserialize)]
struct ArticleJson {
    id: String,
    publisher: String,
    publication_date: Option<String>,
    text: String,
    attributions: Vec<GoldJson>,
}

/// One sentence of `dev.sentences.jsonl`.
#[derive(Debug, Deserialize)]
struct SentenceJson {
    article_id: String,
    start: usize,
    end: usize,
    has_attribution: bool,
    #[serde(default)]
    discard: bool,
}

/// Ranges of UTF-16 units, end-exclusive.
pub type Ranges = Vec<(usize, usize)>;

/// A gold attribution in UTF-16 units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gold {
    /// Content fragments.
    pub content: Ranges,
    /// Cue fragments.
    pub cue: Ranges,
    /// Source fragments (empty: no source).
    pub source: Ranges,
}

/// A predicted attribution in UTF-16 units.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Predicted {
    /// Content spans.
    pub content: Ranges,
    /// Cue span.
    pub cue: Ranges,
    /// Source span (empty: no source).
    pub source: Ranges,
}

/// A PolNeAR span in UTF-16 units: its fragments when it has them, else its hull.
fn gold_ranges(
    cp: &CodePointIndex,
    hull: Option<[usize; 2]>,
    fragments: &Option<Vec<[usize; 2]>>,
) -> Ranges {
    let range = |r: [usize; 2]| (cp.utf16(r[0]), cp.utf16(r[1]));
    match fragments {
        Some(f) if !f.is_empty() => f.iter().map(|&r| range(r)).collect(),
        _ => hull.map(|r| vec![range(r)]).unwrap_or_default(),
    }
}

fn gold_of(json: &GoldJson, cp: &CodePointIndex) -> Gold {
    Gold {
        content: gold_ranges(cp, json.content, &json.content_fragments),
        cue: gold_ranges(cp, json.cue, &json.cue_fragments),
        source: gold_ranges(cp, json.source, &json.source_fragments),
    }
}

/// The analysis's quotes as predictions.
pub fn predictions(analysis: &Analysis) -> Vec<Predicted> {
    let r = |s: &Span| (s.start, s.end);
    analysis
        .quotes
        .iter()
        .map(|q| Predicted {
            content: q.content.iter().map(r).collect(),
            cue: q.cue.iter().map(r).collect(),
            source: q.source.iter().map(r).collect(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

/// Sorted, disjoint union of ranges.
pub fn union(ranges: &[(usize, usize)]) -> Ranges {
    let mut v: Ranges = ranges.iter().copied().filter(|r| r.0 < r.1).collect();
    v.sort_unstable();
    let mut out: Ranges = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Total length of a set of ranges, overlaps counted once.
pub fn length(ranges: &[(usize, usize)]) -> usize {
    union(ranges).iter().map(|r| r.1 - r.0).sum()
}

/// Units of `gold` that `predicted` covers, overlaps counted once.
pub fn covered(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> usize {
    let (g, p) = (union(gold), union(predicted));
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < g.len() && j < p.len() {
        let (s, e) = (g[i].0.max(p[j].0), g[i].1.min(p[j].1));
        if s < e {
            n += e - s;
        }
        if g[i].1 < p[j].1 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// The share of the gold content that the predicted content covers (0 for an empty gold).
pub fn overlap(gold: &[(usize, usize)], predicted: &[(usize, usize)]) -> f64 {
    let total = length(gold);
    if total == 0 {
        return 0.0;
    }
    covered(gold, predicted) as f64 / total as f64
}

/// True when two sets of ranges share at least one unit.
pub fn touches(a: &[(usize, usize)], b: &[(usize, usize)]) -> bool {
    a.iter()
        .any(|x| b.iter().any(|y| x.0.max(y.0) < x.1.min(y.1)))
}

/// One-to-one greedy matching: pairs `(predicted, gold)` whose overlap reaches `threshold`,
/// best overlap first (ties in text order).
pub fn match_greedy(predicted: &[Predicted], gold: &[Gold], threshold: f64) -> Vec<(usize, usize)> {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in predicted.iter().enumerate() {
            let o = overlap(&g.content, &p.content);
            if o > 0.0 && o + 1e-9 >= threshold {
                candidates.push((o, pi, gi));
            }
        }
    }
    let first = |r: &Ranges| r.first().map_or(0, |x| x.0);
    candidates.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(first(&gold[a.2].content).cmp(&first(&gold[b.2].content)))
            .then(a.1.cmp(&b.1))
    });
    let (mut used_p, mut used_g) = (vec![false; predicted.len()], vec![false; gold.len()]);
    let mut out = Vec::new();
    for (_, pi, gi) in candidates {
        if !used_p[pi] && !used_g[gi] {
            used_p[pi] = true;
            used_g[gi] = true;
            out.push((pi, gi));
        }
    }
    out.sort_unstable();
    out
}

/// True when the predicted cue overlaps the gold cue.
pub fn cue_correct(p: &Predicted, g: &Gold) -> bool {
    touches(&p.cue, &g.cue)
}

/// True when the predicted source overlaps the gold source, or neither has one.
pub fn source_correct(p: &Predicted, g: &Gold) -> bool {
    if g.source.is_empty() {
        p.source.is_empty()
    } else {
        touches(&p.source, &g.source)
    }
}

/// Counts summed over articles.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Articles.
    pub articles: usize,
    /// Gold attributions.
    pub gold: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Matched pairs at each threshold of [`THRESHOLDS`].
    pub matched: [usize; 2],
    /// Matched pairs (at 0.3) whose cue is right.
    pub cue_right: usize,
    /// Matched pairs (at 0.3) whose source is right.
    pub source_right: usize,
    /// Sentences: gold and predicted positive.
    pub sent_tp: usize,
    /// Sentences: predicted positive only.
    pub sent_fp: usize,
    /// Sentences: gold positive only.
    pub sent_fn: usize,
    /// Sentences compared (discards left out).
    pub sentences: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.articles += o.articles;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.matched[0] += o.matched[0];
        self.matched[1] += o.matched[1];
        self.cue_right += o.cue_right;
        self.source_right += o.source_right;
        self.sent_tp += o.sent_tp;
        self.sent_fp += o.sent_fp;
        self.sent_fn += o.sent_fn;
        self.sentences += o.sentences;
    }
}

/// `a / b`, 0 when `b` is 0.
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The harmonic mean of precision and recall (0 when both are 0).
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// A gold sentence: its UTF-16 span and whether PolNeAR marks an attribution in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldSentence {
    /// Start, UTF-16.
    pub start: usize,
    /// End, UTF-16.
    pub end: usize,
    /// `has_attribution`.
    pub positive: bool,
}

/// Scores one article: its gold attributions and sentences against its predictions.
pub fn score_article(predicted: &[Predicted], gold: &[Gold], sentences: &[GoldSentence]) -> Counts {
    let mut c = Counts {
        articles: 1,
        gold: gold.len(),
        predicted: predicted.len(),
        sentences: sentences.len(),
        ..Counts::default()
    };
    for (t, &threshold) in THRESHOLDS.iter().enumerate() {
        let pairs = match_greedy(predicted, gold, threshold);
        c.matched[t] = pairs.len();
        if t == 0 {
            c.cue_right = pairs
                .iter()
                .filter(|&&(p, g)| cue_correct(&predicted[p], &gold[g]))
                .count();
            c.source_right = pairs
                .iter()
                .filter(|&&(p, g)| source_correct(&predicted[p], &gold[g]))
                .count();
        }
    }
    let spans: Ranges = union(
        &predicted
            .iter()
            .flat_map(|p| p.content.iter().chain(&p.cue).chain(&p.source).copied())
            .collect::<Vec<_>>(),
    );
    for s in sentences {
        let hit = touches(&spans, &[(s.start, s.end)]);
        match (s.positive, hit) {
            (true, true) => c.sent_tp += 1,
            (false, true) => c.sent_fp += 1,
            (true, false) => c.sent_fn += 1,
            (false, false) => {}
        }
    }
    c
}

// ---------------------------------------------------------------------------------------------
// The report
// ---------------------------------------------------------------------------------------------

struct Article {
    id: String,
    publisher: String,
    date: Date,
    text: String,
    gold: Vec<Gold>,
    sentences: Vec<GoldSentence>,
}

fn load(dir: &Path) -> Result<Vec<Article>, String> {
    let read = |name: &str| {
        std::fs::read_to_string(dir.join(name))
            .map_err(|e| format!("{}: {e}", dir.join(name).display()))
    };
    let articles_text = read("dev.jsonl")?;
    let sentences_text = read("dev.sentences.jsonl")?;
    let mut sentences: BTreeMap<String, Vec<SentenceJson>> = BTreeMap::new();
    for (n, line) in sentences_text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let s: SentenceJson = serde_json::from_str(line)
            .map_err(|e| format!("dev.sentences.jsonl line {}: {e}", n + 1))?;
        sentences.entry(s.article_id.clone()).or_default().push(s);
    }
    let fallback = Date::parse(FALLBACK_DATE)?;
    let mut out = Vec::new();
    for (n, line) in articles_text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let a: ArticleJson =
            serde_json::from_str(line).map_err(|e| format!("dev.jsonl line {}: {e}", n + 1))?;
        let cp = CodePointIndex::new(&a.text);
        let gold = a
            .attributions
            .iter()
            .map(|g| gold_of(g, &cp))
            .filter(|g| !g.content.is_empty())
            .collect();
        let sents = sentences
            .remove(&a.id)
            .unwrap_or_default()
            .into_iter()
            .filter(|s| !s.discard)
            .map(|s| GoldSentence {
                start: cp.utf16(s.start),
                end: cp.utf16(s.end),
                positive: s.has_attribution,
            })
            .collect();
        let date = a
            .publication_date
            .as_deref()
            .and_then(|d| Date::parse(d).ok())
            .unwrap_or(fallback);
        out.push(Article {
            id: a.id,
            publisher: a.publisher,
            date,
            text: a.text,
            gold,
            sentences: sents,
        });
    }
    Ok(out)
}

/// How many threads analyse articles: one per core, at most [`MAX_THREADS`].
fn thread_count() -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS)
}

/// One article's scores: over all attributions, over speech and writing alone, and the dump lines
/// when asked for.
struct Scored {
    all: Counts,
    speech: Counts,
    lines: Vec<String>,
}

/// The attributions of speech and writing alone, gold and predicted, as the Gender Gap Tracker's
/// quote extractor counts quotes (a cue that says or writes: "said", "told", "according to", a
/// speaker's colon), so its published figures have a counterpart here. A cue is classed by its text
/// with [`is_speech_cue`], the same test the page summary uses to list who is quoted.
fn speech_only(
    text: &Utf16Index,
    gold: &[Gold],
    predicted: &[Predicted],
) -> (Vec<Gold>, Vec<Predicted>) {
    let speech = |cue: &Ranges| {
        let words: Vec<&str> = cue.iter().map(|&(s, e)| text.text_between(s, e)).collect();
        is_speech_cue(&words.join(" "))
    };
    (
        gold.iter().filter(|g| speech(&g.cue)).cloned().collect(),
        predicted
            .iter()
            .filter(|p| speech(&p.cue))
            .cloned()
            .collect(),
    )
}

/// Analyses and scores every article, on all cores; returns each article's scores.
fn score_all(articles: &[Article], dump: bool) -> Vec<Scored> {
    let threads = thread_count();
    let chunk = articles.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = articles
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|a| {
                            let analysis = analyze(&a.text, a.date);
                            let predicted = predictions(&analysis);
                            let all = score_article(&predicted, &a.gold, &a.sentences);
                            let text = Utf16Index::new(&analysis.text);
                            let (gold_speech, predicted_speech) =
                                speech_only(&text, &a.gold, &predicted);
                            let speech = score_article(&predicted_speech, &gold_speech, &[]);
                            let lines = if dump {
                                dump_lines(a, &text, &predicted)
                            } else {
                                Vec::new()
                            };
                            Scored { all, speech, lines }
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// Every match at 0.3 (kind `match`, so a rule's precision can be counted by its predicted cue),
/// misses and false alarms, and matches with a wrong cue, source or short content, as JSON lines.
fn dump_lines(a: &Article, text: &Utf16Index, predicted: &[Predicted]) -> Vec<String> {
    let slice = |r: &Ranges| {
        r.iter()
            .map(|&(s, e)| text.text_between(s, e))
            .collect::<Vec<_>>()
            .join(" ¦ ")
    };
    let sentence_of = |r: &Ranges| {
        let pos = r.first().map_or(0, |x| x.0);
        a.sentences
            .iter()
            .find(|s| s.start <= pos && pos < s.end)
            .map(|s| slice(&vec![(s.start, s.end)]))
            .unwrap_or_default()
    };
    let pairs = match_greedy(predicted, &a.gold, THRESHOLDS[0]);
    let mut out = Vec::new();
    let mut push = |kind: &str,
                    content: &Ranges,
                    cue: &Ranges,
                    source: &Ranges,
                    other: Option<(&Ranges, &Ranges, &Ranges)>| {
        let mut v = serde_json::json!({
            "article": a.id, "kind": kind, "content": slice(content), "cue": slice(cue), "source": slice(source),
            "sentence": sentence_of(content),
        });
        if let Some((c, q, s)) = other {
            v["predicted_content"] = slice(c).into();
            v["predicted_cue"] = slice(q).into();
            v["predicted_source"] = slice(s).into();
        }
        out.push(v.to_string());
    };
    for (gi, g) in a.gold.iter().enumerate() {
        match pairs.iter().find(|x| x.1 == gi) {
            None => {
                // What was predicted around the gold attribution, if anything.
                let hull: Ranges = g
                    .content
                    .iter()
                    .chain(&g.cue)
                    .chain(&g.source)
                    .copied()
                    .collect();
                let near = predicted
                    .iter()
                    .find(|p| touches(&hull, &p.content) || touches(&hull, &p.cue));
                push(
                    "miss",
                    &g.content,
                    &g.cue,
                    &g.source,
                    near.map(|p| (&p.content, &p.cue, &p.source)),
                )
            }
            Some(&(pi, _)) => {
                let p = &predicted[pi];
                push(
                    "match",
                    &g.content,
                    &g.cue,
                    &g.source,
                    Some((&p.content, &p.cue, &p.source)),
                );
                if !cue_correct(p, g) {
                    push(
                        "wrong_cue",
                        &g.content,
                        &g.cue,
                        &g.source,
                        Some((&p.content, &p.cue, &p.source)),
                    );
                }
                if !source_correct(p, g) {
                    push(
                        "wrong_source",
                        &g.content,
                        &g.cue,
                        &g.source,
                        Some((&p.content, &p.cue, &p.source)),
                    );
                }
                if overlap(&g.content, &p.content) < THRESHOLDS[1] {
                    push(
                        "short_content",
                        &g.content,
                        &g.cue,
                        &g.source,
                        Some((&p.content, &p.cue, &p.source)),
                    );
                }
            }
        }
    }
    for (pi, p) in predicted.iter().enumerate() {
        if !pairs.iter().any(|x| x.0 == pi) {
            push("false_alarm", &p.content, &p.cue, &p.source, None);
        }
    }
    // Sentences whose "has an attribution" is wrong.
    let spans: Ranges = union(
        &predicted
            .iter()
            .flat_map(|p| p.content.iter().chain(&p.cue).chain(&p.source).copied())
            .collect::<Vec<_>>(),
    );
    for s in &a.sentences {
        let span = vec![(s.start, s.end)];
        match (s.positive, touches(&spans, &span)) {
            (true, false) => push("sentence_miss", &span, &vec![], &vec![], None),
            (false, true) => push("sentence_false_alarm", &span, &vec![], &vec![], None),
            _ => {}
        }
    }
    out
}

/// One row of the table.
fn row(name: &str, c: &Counts) -> Vec<String> {
    let pct = |x: f64| format!("{:.1}", 100.0 * x);
    let mut cells = vec![
        name.to_string(),
        c.articles.to_string(),
        c.gold.to_string(),
        c.predicted.to_string(),
    ];
    for t in 0..THRESHOLDS.len() {
        let (p, r) = (
            ratio(c.matched[t], c.predicted),
            ratio(c.matched[t], c.gold),
        );
        cells.extend([pct(p), pct(r), pct(f1(p, r))]);
    }
    cells.push(pct(ratio(c.cue_right, c.matched[0])));
    cells.push(pct(ratio(c.source_right, c.matched[0])));
    let (sp, sr) = (
        ratio(c.sent_tp, c.sent_tp + c.sent_fp),
        ratio(c.sent_tp, c.sent_tp + c.sent_fn),
    );
    cells.extend([pct(sp), pct(sr), pct(f1(sp, sr))]);
    cells
}

/// Lays rows out as an aligned text table: the first column left-aligned, the others right.
pub fn table(rows: &[Vec<String>]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let width: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for r in rows {
        let mut line = String::new();
        for (c, cell) in r.iter().enumerate() {
            if c == 0 {
                line.push_str(&format!("{cell:<w$}", w = width[0]));
            } else {
                line.push_str(&format!("  {cell:>w$}", w = width[c]));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The attribution report: figures overall and per publisher, or a "skipped" line when the
/// corpus is not there.
pub fn report(shared: &Path) -> Result<String, String> {
    let dir = shared.join(CORPUS_DIR);
    if !dir.join("dev.jsonl").is_file() {
        return Ok(format!(
            "attribution: skipped: {} not found\n",
            dir.display()
        ));
    }
    let started = Instant::now();
    let articles = load(&dir)?;
    let loaded = started.elapsed();
    let dump_path = std::env::var_os(DUMP_VARIABLE);
    let analysed = Instant::now();
    let scored = score_all(&articles, dump_path.is_some());
    let analysis_time = analysed.elapsed();
    let mut all = Counts::default();
    let mut speech = Counts::default();
    let mut by_publisher: BTreeMap<&str, Counts> = BTreeMap::new();
    for (a, c) in articles.iter().zip(&scored) {
        all.add(&c.all);
        speech.add(&c.speech);
        by_publisher
            .entry(a.publisher.as_str())
            .or_default()
            .add(&c.all);
    }
    if let Some(path) = dump_path {
        let text: String = scored
            .iter()
            .flat_map(|c| c.lines.iter().map(|l| format!("{l}\n")))
            .collect();
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", Path::new(&path).display()))?;
    }
    let mut rows = vec![[
        "publisher",
        "articles",
        "gold",
        "pred",
        "P@.3",
        "R@.3",
        "F1@.3",
        "P@.8",
        "R@.8",
        "F1@.8",
        "cue",
        "source",
        "sent P",
        "sent R",
        "sent F1",
    ]
    .map(String::from)
    .to_vec()];
    rows.push(row("all", &all));
    for (p, c) in &by_publisher {
        rows.push(row(p, c));
    }
    // Speech and writing alone: no sentence figures (a sentence's gold says any attribution).
    let mut speech_row = row(SPEECH_ROW, &speech);
    let n = speech_row.len();
    speech_row[n - 3..].fill("-".to_string());
    rows.push(speech_row);
    let mut out = format!(
        "attribution: PolNeAR dev ({}), {} articles, {} attributions, {} sentences (discards left out)\n",
        dir.display(),
        all.articles,
        all.gold,
        all.sentences
    );
    out.push_str("  quotes match gold attributions one-to-one when the quote covers >= 0.3 (.3) or >= 0.8 (.8) of the gold content;\n");
    out.push_str("  cue and source: accuracy (%) over the pairs matched at 0.3; sent: a sentence has an attribution\n");
    out.push_str(&format!("  {SPEECH_ROW}: speech and writing alone, gold and predicted (cues that say or write), as a quote extractor counts quotes\n"));
    out.push_str(&table(&rows));
    let threads = thread_count();
    out.push_str(&format!(
        "  read in {:.1} s; analysed and scored in {:.1} s on {threads} threads\n",
        loaded.as_secs_f64(),
        analysis_time.as_secs_f64()
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(content: Ranges, cue: Ranges, source: Ranges) -> Gold {
        Gold {
            content,
            cue,
            source,
        }
    }

    fn pred(content: Ranges, cue: Ranges, source: Ranges) -> Predicted {
        Predicted {
            content,
            cue,
            source,
        }
    }

    #[test]
    fn speech_only_keeps_the_attributions_whose_cue_says_or_writes() {
        let text = "Kim said it rained. Lee wants a vote. Ann wrote that it was over.";
        let units = Utf16Index::new(text);
        let at = |w: &str| {
            let s = text.find(w).unwrap();
            vec![(s, s + w.len())]
        };
        let golds = vec![
            gold(at("it rained"), at("said"), at("Kim")),
            gold(at("a vote"), at("wants"), at("Lee")),
            gold(at("it was over"), at("wrote"), at("Ann")),
        ];
        let preds = vec![
            pred(at("it rained"), at("said"), at("Kim")),
            pred(at("a vote"), at("wants"), at("Lee")),
            pred(at("it was over"), vec![], at("Ann")),
        ];
        let (g, p) = speech_only(&units, &golds, &preds);
        assert_eq!(g, vec![golds[0].clone(), golds[2].clone()]);
        // A quote with no cue (a quotation standing alone) counts as speech.
        assert_eq!(p, vec![preds[0].clone(), preds[2].clone()]);
    }

    #[test]
    fn overlap_counts_the_share_of_gold_characters_over_all_fragments() {
        // Gold 0..10 and 20..30 (20 units); prediction 5..25 covers 5 + 5.
        assert_eq!(overlap(&[(0, 10), (20, 30)], &[(5, 25)]), 0.5);
        // Predicted spans that overlap each other are counted once.
        assert_eq!(overlap(&[(0, 10)], &[(0, 6), (4, 8)]), 0.8);
        assert_eq!(overlap(&[(0, 10)], &[(10, 20)]), 0.0);
        assert_eq!(overlap(&[], &[(0, 5)]), 0.0);
        assert_eq!(length(&[(0, 4), (2, 6), (10, 11)]), 7);
    }

    #[test]
    fn matching_is_one_to_one_and_takes_the_best_overlap_first() {
        let g = vec![
            gold(vec![(0, 10)], vec![], vec![]),
            gold(vec![(10, 20)], vec![], vec![]),
        ];
        // One prediction covering both golds matches only one of them.
        let p = vec![pred(vec![(0, 20)], vec![], vec![])];
        assert_eq!(match_greedy(&p, &g, 0.3).len(), 1);
        // The better prediction takes the gold; the weaker one stays unmatched.
        let p = vec![
            pred(vec![(0, 4)], vec![], vec![]),
            pred(vec![(0, 9)], vec![], vec![]),
        ];
        assert_eq!(match_greedy(&p, &g, 0.3), vec![(1, 0)]);
        // 0.4 of the gold matches at 0.3, not at 0.8.
        let p = vec![pred(vec![(0, 4)], vec![], vec![])];
        assert_eq!(match_greedy(&p, &g, 0.3), vec![(0, 0)]);
        assert!(match_greedy(&p, &g, 0.8).is_empty());
    }

    #[test]
    fn cue_and_source_are_right_when_they_overlap_and_no_source_matches_no_source() {
        let g = gold(vec![(0, 10)], vec![(11, 15)], vec![(16, 20)]);
        assert!(cue_correct(&pred(vec![], vec![(12, 13)], vec![]), &g));
        assert!(!cue_correct(&pred(vec![], vec![(15, 16)], vec![]), &g));
        assert!(source_correct(&pred(vec![], vec![], vec![(19, 25)]), &g));
        assert!(!source_correct(&pred(vec![], vec![], vec![]), &g));
        let sourceless = gold(vec![(0, 10)], vec![(11, 15)], vec![]);
        assert!(source_correct(&pred(vec![], vec![], vec![]), &sourceless));
        assert!(!source_correct(
            &pred(vec![], vec![], vec![(0, 1)]),
            &sourceless
        ));
    }

    #[test]
    fn an_article_scores_attributions_and_sentences() {
        let g = vec![
            gold(vec![(0, 10)], vec![(11, 15)], vec![(16, 20)]),
            gold(vec![(30, 40)], vec![(41, 45)], vec![]),
        ];
        let p = vec![
            pred(vec![(0, 9)], vec![(11, 15)], vec![(16, 20)]),
            pred(vec![(50, 55)], vec![(56, 60)], vec![]),
        ];
        let sentences = [
            GoldSentence {
                start: 0,
                end: 21,
                positive: true,
            },
            GoldSentence {
                start: 22,
                end: 46,
                positive: true,
            },
            GoldSentence {
                start: 47,
                end: 61,
                positive: false,
            },
            GoldSentence {
                start: 62,
                end: 70,
                positive: false,
            },
        ];
        let c = score_article(&p, &g, &sentences);
        assert_eq!((c.gold, c.predicted, c.matched), (2, 2, [1, 1]));
        assert_eq!((c.cue_right, c.source_right), (1, 1));
        assert_eq!((c.sent_tp, c.sent_fp, c.sent_fn, c.sentences), (1, 1, 1, 4));
        assert_eq!(f1(ratio(1, 2), ratio(1, 2)), 0.5);
        assert_eq!(f1(0.0, 0.0), 0.0);
    }

    #[test]
    fn a_missing_corpus_is_skipped_not_an_error() {
        let r = report(Path::new("/nonexistent-shared-folder")).unwrap();
        assert!(r.contains("skipped") && r.contains("not found"), "{r}");
    }

    #[test]
    fn the_table_is_aligned() {
        let t = table(&[
            vec!["a".into(), "1".into()],
            vec!["long".into(), "100".into()],
        ]);
        assert_eq!(t, "a       1\nlong  100\n");
    }
}
