//! CPU time of `analyze` per article over the PolNeAR dev articles (`../shared`), and a
//! fingerprint of every output, so that a speed change can be checked for byte-identical results
//! and timed in one run.
//!
//! `cargo run --profile native --example corpus [-- FILE]` (default
//! `../shared/corpora/attribution/dev.jsonl`) prints the CPU time per article, its mean over the
//! articles of each article's median over `ROUNDS` rounds (default 3; this thread's CPU time from
//! `/proc/thread-self/schedstat`, so the other processes of a shared machine do not inflate it;
//! Linux only), the median wall time per article, and a hash of the JSON of every analysis.
//! `LIMIT=N` keeps the first N articles. The CPU clock advances in scheduler ticks on a loaded
//! machine, so only its sum over the articles is exact; the wall-time median is the per-article
//! figure.

use std::hash::{Hash, Hasher};

use news_context::Date;

/// Rounds over the corpus unless `ROUNDS` says otherwise.
const DEFAULT_ROUNDS: usize = 3;
/// The date an article without one is analysed at (what bench/lib/corpus.mjs uses).
const FALLBACK_DATE: &str = "2016-11-01";

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::cpu_seconds;

fn env_number(name: &str) -> Option<usize> {
    std::env::var(name).ok().and_then(|n| n.parse().ok())
}

fn main() {
    let file = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/corpora/attribution/dev.jsonl"
        )
        .to_string()
    });
    let Ok(raw) = std::fs::read_to_string(&file) else {
        eprintln!("skipped: {file} not found (the corpus lives in ../shared)");
        return;
    };
    let limit = env_number("LIMIT").unwrap_or(usize::MAX);
    let rounds = env_number("ROUNDS").unwrap_or(DEFAULT_ROUNDS).max(1);
    let articles: Vec<(String, Date)> = raw
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(limit)
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = v["text"].as_str().unwrap_or_default().to_string();
            let date = v["publication_date"].as_str().unwrap_or(FALLBACK_DATE);
            let date = Date::parse(date)
                .or_else(|_| Date::parse(FALLBACK_DATE))
                .expect("a valid date");
            (text, date)
        })
        .collect();
    // First use of the knowledge base's indices, outside the timing.
    let _ = news_context::analyze("President Joe Biden said so.", articles[0].1);
    let mut times = vec![Vec::with_capacity(rounds); articles.len()];
    let mut walls = vec![Vec::with_capacity(rounds); articles.len()];
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for round in 0..rounds {
        for (i, (text, date)) in articles.iter().enumerate() {
            let (t, wall) = (cpu_seconds(), std::time::Instant::now());
            let analysis = std::hint::black_box(news_context::analyze(text, *date));
            times[i].push(cpu_seconds() - t);
            walls[i].push(wall.elapsed().as_secs_f64());
            if round == 0 {
                serde_json::to_string(&analysis)
                    .expect("an analysis serialises")
                    .hash(&mut hasher);
            }
        }
    }
    let medians = |rounds: &mut Vec<Vec<f64>>| -> Vec<f64> {
        let mut out: Vec<f64> = rounds
            .iter_mut()
            .map(|t| {
                t.sort_by(f64::total_cmp);
                t[t.len() / 2]
            })
            .collect();
        out.sort_by(f64::total_cmp);
        out
    };
    let cpu = medians(&mut times);
    let wall = medians(&mut walls);
    let total: f64 = cpu.iter().sum();
    let bytes: usize = articles.iter().map(|(t, _)| t.len()).sum();
    println!(
        "{} articles, {:.2} MB, {rounds} rounds: CPU per article mean {:.3} ms, total {:.1} ms ({:.2} MB/s); wall per article median {:.3} ms, p95 {:.3} ms; outputs hash {:016x}",
        articles.len(),
        bytes as f64 / 1e6,
        total / cpu.len() as f64 * 1e3,
        total * 1e3,
        bytes as f64 / 1e6 / total,
        wall[wall.len() / 2] * 1e3,
        wall[wall.len() * 95 / 100] * 1e3,
        hasher.finish()
    );
}
