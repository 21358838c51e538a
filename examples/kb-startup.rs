//! Cold start of the core in a fresh process: the knowledge base's first use (opening the embedded
//! file: header, checksum, the pool's string starts) and the first analysis of one paragraph, then
//! the same analysis warm. `cargo run --profile native --example
//! kb-startup` prints the times; the wasm's counterpart is `bench/node-startup.mjs`.

use news_context::engine::{analyze, Date};
use news_context::people::kb::KnowledgeBase;
use std::time::Instant;

fn main() {
    let date = Date::parse("2025-11-28").expect("valid date");
    let text = "Russian President Vladimir Putin said: \u{201c}We agreed.\u{201d}";
    let t0 = Instant::now();
    let kb = KnowledgeBase::builtin();
    let people = kb.len();
    let t1 = Instant::now();
    let first = analyze(text, date);
    let t2 = Instant::now();
    let warm = analyze(text, date);
    let t3 = Instant::now();
    assert_eq!(first.people.len(), warm.people.len());
    let ms = |a: Instant, b: Instant| (b - a).as_secs_f64() * 1000.0;
    println!(
        "{{\"people\":{},\"kbFirstUseMs\":{:.3},\"firstAnalyzeMs\":{:.3},\"warmAnalyzeMs\":{:.3}}}",
        people,
        ms(t0, t1),
        ms(t1, t2),
        ms(t2, t3)
    );
}
