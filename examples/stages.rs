//! CPU time of each stage of `analyze` on one text, in seconds per MB: how the cost grows with
//! the text's length, measured as this thread's CPU time (from `/proc/thread-self/schedstat`, so
//! the other processes of a shared machine do not inflate it; Linux only).
//!
//! `cargo run --profile native --example stages -- FILE` prints one line per stage;
//! with `LOOP=N` in the environment it runs `analyze` N times on the text and prints the CPU time
//! per call instead (for short texts, whose single run is below the clock's resolution).

use news_context::attribution;
use news_context::people::{mentions, KnowledgeBase};
use news_context::text::{offsets::Utf16Index, sentences::split_sentences};
use news_context::{Analysis, Date};

/// The date texts are analysed at.
const DATE: &str = "2025-11-28";

#[path = "support/cpu_time.rs"]
mod cpu_time;
use cpu_time::cpu_seconds;

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: stages FILE (LOOP=N for repeated runs)");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let date = Date::parse(DATE).expect("a valid date");
    let kb = KnowledgeBase::builtin();
    // First use of the knowledge base's indices, outside the timing.
    let _ = news_context::analyze("President Joe Biden said so.", date);
    if let Some(n) = std::env::var("LOOP")
        .ok()
        .and_then(|n| n.parse::<u32>().ok())
    {
        let t = cpu_seconds();
        for _ in 0..n {
            std::hint::black_box(news_context::analyze(&text, date));
        }
        let per = (cpu_seconds() - t) / f64::from(n.max(1));
        println!(
            "{} bytes: {:.3} ms CPU per analyze ({n} runs)",
            text.len(),
            per * 1e3
        );
        return;
    }
    let mb = text.len() as f64 / 1e6;
    let t0 = cpu_seconds();
    let index = Utf16Index::new(&text);
    let t1 = cpu_seconds();
    let sentences = split_sentences(&text);
    let t2 = cpu_seconds();
    let found = mentions::find_mentions(kb, &text, &sentences, date);
    let t3 = cpu_seconds();
    let atts = attribution::attribute(&text, &sentences, &found, kb, date);
    let t4 = cpu_seconds();
    let mut analysis = Analysis {
        text: text.clone(),
        ..Analysis::default()
    };
    found.write_into(&mut analysis, &index, kb, date, &atts);
    atts.write_into(&mut analysis, &index, &found);
    let t5 = cpu_seconds();
    println!(
        "{mb:.2} MB, s/MB CPU: offsets {:.3}, sentences {:.3}, mentions {:.3}, attribution {:.3}, output {:.3}; total {:.3}",
        (t1 - t0) / mb,
        (t2 - t1) / mb,
        (t3 - t2) / mb,
        (t4 - t3) / mb,
        (t5 - t4) / mb,
        (t5 - t0) / mb
    );
}
