//! Native benchmarks of the Rust core (criterion): analysis throughput in MB/s of article text, and
//! how the cost grows with the length of the text.
//!
//! Groups (the ids `bench/run.mjs` reads back from `target/criterion/*/new/estimates.json`):
//! - `native-attribution/all`: `analyze` over every article of `../shared/corpora/attribution/dev.jsonl`.
//! - `native-pages/plan`: `page::planner::plan` over the snapshot of every page of
//!   `../shared/corpora/pages/` (the saved HTML is read into snapshots before timing).
//! - `native-generated/all`: `analyze` over generated articles (always run; it is what a fresh clone
//!   without `../shared` measures).
//! - `native-scaling/{10KB,100KB,1MB,5MB}`: one generated text of that size, to show how the cost
//!   grows with the text. Measured in the thread's CPU time ([`ThreadCpuTime`]), not wall time: on a
//!   shared machine a wall-time median measures the other processes as much as the text (in one
//!   idle-started run the 10 KB text's samples spread from 2.1 to 3.9 ms per call).
//!
//! A corpus that is missing is skipped with a message. `NC_SHARED` points at another `shared/`.
//! Throughput counts UTF-8 bytes of the analysed text. A description of each input (bytes,
//! articles, source) is written to `bench/results/tmp/native-inputs.json` for the report.
//! Run by `cargo bench --profile native --bench core` (see `make bench`); under `cargo test` each
//! benchmark runs once on small inputs only.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use news_context::page::article::ArticleText;
use news_context::page::{html, planner, Snapshot};
use news_context::{analyze, Date};

/// The date generated texts are analysed at (the seed article's).
const GENERATED_DATE: &str = "2025-11-28";

#[path = "../examples/support/cpu_time.rs"]
mod cpu_time;

/// Criterion's measurement as the calling thread's CPU time in nanoseconds (Linux:
/// `/proc/thread-self/schedstat`, read once per sample of many calls). Time the thread waits for a
/// core while other processes run is left out; page faults and cache misses of its own work stay
/// in, so a real growth of the cost with the text's length still shows.
struct ThreadCpuTime;

/// Criterion's wall-time measurement, whose formatter prints nanoseconds as durations (the values
/// of [`ThreadCpuTime`] are nanoseconds too).
static DURATION_FORMAT: WallTime = WallTime;

impl Measurement for ThreadCpuTime {
    type Intermediate = f64;
    type Value = f64;
    fn start(&self) -> f64 {
        cpu_time::cpu_seconds()
    }
    fn end(&self, started: f64) -> f64 {
        (cpu_time::cpu_seconds() - started) * 1e9
    }
    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }
    fn zero(&self) -> f64 {
        0.0
    }
    fn to_f64(&self, ns: &f64) -> f64 {
        *ns
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        DURATION_FORMAT.formatter()
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared_dir() -> PathBuf {
    std::env::var_os("NC_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"))
}

/// True under `cargo bench` (cargo passes `--bench`); false under `cargo test`, where every
/// benchmark runs once and must stay small.
fn full_run() -> bool {
    std::env::args().any(|a| a == "--bench")
}

// ------------------------------------------------------------------------------------------------
// Generated text: the project's seed article and paragraphs written for the benchmark, recombined.
// bench/lib/generate.mjs makes the same texts for the Node and Chromium parts.

/// The paragraphs generated text is made of: `www/seed-article.txt` then `bench/lib/paragraphs.txt`.
fn paragraphs() -> Vec<String> {
    let mut out = Vec::new();
    for file in ["www/seed-article.txt", "bench/lib/paragraphs.txt"] {
        let text = fs::read_to_string(root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        out.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from),
        );
    }
    out
}

/// A small deterministic generator (32-bit LCG, Numerical Recipes constants), as in generate.mjs.
struct Lcg(u32);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        ((self.0 >> 8) as usize) % n
    }
}

/// Generated article `i`: 12 paragraphs drawn from the pool, one per line.
fn generated_article(pool: &[String], i: u32) -> String {
    let mut rng = Lcg(i.wrapping_mul(2_654_435_761).wrapping_add(1));
    let mut out = String::new();
    for _ in 0..12 {
        out.push_str(&pool[rng.next(pool.len())]);
        out.push('\n');
    }
    out
}

/// A text of at least `bytes` UTF-8 bytes, made of whole generated articles (and then whole
/// paragraphs of the next one), so that it reads like many articles in one page.
fn generated_text(pool: &[String], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 1024);
    let mut i = 0;
    'outer: loop {
        for line in generated_article(pool, i).lines() {
            out.push_str(line);
            out.push('\n');
            if out.len() >= bytes {
                break 'outer;
            }
        }
        i += 1;
    }
    out
}

// ------------------------------------------------------------------------------------------------
// Corpora (read in place; never copied).

fn attribution_corpus(shared: &Path) -> Result<Vec<(String, Date)>, String> {
    let file = shared.join("corpora/attribution/dev.jsonl");
    let data = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let mut out = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("{}: {e}", file.display()))?;
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let date = v["publication_date"]
            .as_str()
            .and_then(|d| Date::parse(d).ok());
        out.push((
            text,
            date.unwrap_or_else(|| Date::parse(GENERATED_DATE).expect("a valid date")),
        ));
    }
    Ok(out)
}

/// The first `limit` pages' snapshots (by folder name), with `today` set (as the browser would)
/// for pages that give no date.
fn page_snapshots(shared: &Path, limit: usize) -> Result<Vec<Snapshot>, String> {
    let dir = shared.join("corpora/pages");
    let mut names: Vec<PathBuf> = fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    names.sort();
    names.truncate(limit);
    let mut out = Vec::new();
    for page in names {
        let html_text =
            fs::read(page.join("source.html")).map_err(|e| format!("{}: {e}", page.display()))?;
        let mut snapshot = html::snapshot_from_html(&String::from_utf8_lossy(&html_text), "");
        snapshot.today = GENERATED_DATE.to_string();
        out.push(snapshot);
    }
    Ok(out)
}

// ------------------------------------------------------------------------------------------------
// The description of the inputs, for the report.

/// The inputs described so far, by both groups of benchmarks (wall time and CPU time); written
/// out in full after each group.
static INPUTS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

struct Inputs;
impl Inputs {
    fn push(line: String) {
        INPUTS.lock().unwrap_or_else(|e| e.into_inner()).push(line);
    }
    fn add(&mut self, id: &str, source: &str, items: usize, bytes: usize) {
        Self::push(format!(
            "{{\"id\":{},\"source\":{},\"items\":{items},\"bytes\":{bytes}}}",
            serde_json::Value::from(id),
            serde_json::Value::from(source)
        ));
    }
    fn skip(&mut self, id: &str, why: &str) {
        println!("skipped: {id}: {why}");
        Self::push(format!(
            "{{\"id\":{},\"skipped\":{}}}",
            serde_json::Value::from(id),
            serde_json::Value::from(why)
        ));
    }
    fn write(&self) {
        let dir = root().join("bench/results/tmp");
        let lines = INPUTS.lock().unwrap_or_else(|e| e.into_inner()).join(",\n");
        if fs::create_dir_all(&dir).is_ok() {
            let _ = fs::write(dir.join("native-inputs.json"), format!("[{lines}]\n"));
        }
    }
}

fn benches(c: &mut Criterion) {
    let full = full_run();
    let shared = shared_dir();
    let pool = paragraphs();
    let date = Date::parse(GENERATED_DATE).expect("a valid date");
    let mut inputs = Inputs;

    // Corpus: the attribution articles.
    match attribution_corpus(&shared) {
        Ok(mut articles) => {
            if !full {
                articles.truncate(3);
            }
            let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
            inputs.add(
                "native-attribution/all",
                "corpora/attribution/dev.jsonl",
                articles.len(),
                bytes,
            );
            let mut g = c.benchmark_group("native-attribution");
            g.sampling_mode(SamplingMode::Flat)
                .sample_size(20)
                .throughput(Throughput::Bytes(bytes as u64));
            g.bench_function("all", |b| {
                b.iter(|| {
                    for (text, d) in &articles {
                        std::hint::black_box(analyze(std::hint::black_box(text), *d));
                    }
                })
            });
            g.finish();
        }
        Err(e) => inputs.skip(
            "native-attribution/all",
            &format!("no attribution corpus ({e}); generated text is measured instead"),
        ),
    }

    // Corpus: the saved pages, planned from their snapshots.
    match page_snapshots(&shared, if full { usize::MAX } else { 2 }) {
        Ok(snapshots) => {
            let bytes: usize = snapshots
                .iter()
                .map(|s| ArticleText::from_snapshot(s).text.len())
                .sum();
            inputs.add(
                "native-pages/plan",
                "corpora/pages/*/source.html",
                snapshots.len(),
                bytes,
            );
            let mut g = c.benchmark_group("native-pages");
            g.sampling_mode(SamplingMode::Flat)
                .sample_size(20)
                .throughput(Throughput::Bytes(bytes as u64));
            g.bench_function("plan", |b| {
                b.iter(|| {
                    for s in &snapshots {
                        let _ = std::hint::black_box(planner::plan(std::hint::black_box(s)));
                    }
                })
            });
            g.finish();
        }
        Err(e) => inputs.skip(
            "native-pages/plan",
            &format!("no pages corpus ({e}); generated text is measured instead"),
        ),
    }

    // Generated articles: always (the stand-in for the corpora on a fresh clone).
    let count = if full { 200 } else { 3 };
    let articles: Vec<String> = (0..count).map(|i| generated_article(&pool, i)).collect();
    let bytes: usize = articles.iter().map(String::len).sum();
    inputs.add("native-generated/all", "generated", articles.len(), bytes);
    let mut g = c.benchmark_group("native-generated");
    g.sampling_mode(SamplingMode::Flat)
        .sample_size(20)
        .throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("all", |b| {
        b.iter(|| {
            for text in &articles {
                std::hint::black_box(analyze(std::hint::black_box(text), date));
            }
        })
    });
    g.finish();
    inputs.write();
}

/// Scaling: CPU time per MB from 10 KB to 5 MB of text in one piece. Each text is a prefix of
/// the next (the same generated stream cut at the first paragraph end past the size), so the
/// sizes differ in length, not in kind: `cargo run --profile native --example stages` under
/// cachegrind counts 1.37 / 1.31 / 1.28 / 1.28 billion instructions per MB for them.
fn scaling(c: &mut Criterion<ThreadCpuTime>) {
    let mut inputs = Inputs;
    // The measurement reads the thread's CPU time there; without it (not Linux, or a kernel
    // without schedstats) the series is skipped rather than panicking in `make test`.
    if let Err(e) = fs::read_to_string(cpu_time::SCHEDSTAT) {
        inputs.skip(
            "native-scaling",
            &format!(
                "no {} ({e}): the thread's CPU time is unreadable",
                cpu_time::SCHEDSTAT
            ),
        );
        inputs.write();
        return;
    }
    let full = full_run();
    let pool = paragraphs();
    let date = Date::parse(GENERATED_DATE).expect("a valid date");
    let sizes: &[(&str, usize)] = if full {
        &[
            ("10KB", 10_000),
            ("100KB", 100_000),
            ("1MB", 1_000_000),
            ("5MB", 5_000_000),
        ]
    } else {
        &[("10KB", 10_000)]
    };
    let mut g = c.benchmark_group("native-scaling");
    g.sampling_mode(SamplingMode::Flat);
    for &(label, size) in sizes {
        let text = generated_text(&pool, size);
        inputs.add(
            &format!("native-scaling/{label}"),
            "generated",
            1,
            text.len(),
        );
        g.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1_000_000 {
            g.sample_size(10).warm_up_time(Duration::from_millis(500));
        }
        g.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| std::hint::black_box(analyze(std::hint::black_box(text), date)))
        });
    }
    g.finish();
    inputs.write();
}

criterion_group!(core, benches);
criterion_group! {
    name = growth;
    config = Criterion::default().with_measurement(ThreadCpuTime);
    targets = scaling
}
criterion_main!(core, growth);
