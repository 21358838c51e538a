//! The native command line: `news-context analyze [--date YYYY-MM-DD] [FILE|-]`.
//!
//! Prints the analysis JSON documented in `docs/analysis-json.md`, so researchers can run News
//! Context over archives of articles without a browser.

use std::io::Read;
use std::process::ExitCode;

use news_context::{analyze, Date};

const USAGE: &str = "usage: news-context analyze [--date YYYY-MM-DD] [FILE|-]
  Reads plain text or saved HTML (told apart by content; for HTML the article is found first)
  and prints the analysis as JSON. The date resolves roles (default: the page's date, else today).
       news-context snapshot FILE.html
  Prints the page snapshot the planner reads from saved HTML, as JSON.
       news-context eval [--shared DIR] [PART...]
  Measures the engine on the project's test sets and the corpora in DIR (default ../shared);
  parts: mentions, attribution, pages (default: all).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("news-context: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let Some((command, rest)) = args.split_first() else {
        return Err(USAGE.to_string());
    };
    match command.as_str() {
        "analyze" => analyze_command(rest),
        "eval" => eval_command(rest),
        "snapshot" => snapshot_command(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
}

fn analyze_command(args: &[String]) -> Result<(), String> {
    let mut date: Option<Date> = None;
    let mut file: Option<&str> = None;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--date" => {
                let v = args.get(i + 1).ok_or("--date needs a value")?;
                date = Some(Date::parse(v)?);
                i += 2;
            }
            a if a.starts_with("--date=") => {
                date = Some(Date::parse(&a[7..])?);
                i += 1;
            }
            a if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
            a => {
                if file.is_some() {
                    return Err(format!("only one input file, got another: {a}"));
                }
                file = Some(a);
                i += 1;
            }
        }
    }
    let input = read_input(file.unwrap_or("-"))?;
    let analysis = news_context::page::reader::analyze_document(&input, date, &today())?;
    let _ = analyze; // the plain-text path is inside analyze_document
    let json = serde_json::to_string(&analysis).map_err(|e| e.to_string())?;
    println!("{json}");
    Ok(())
}

fn eval_command(args: &[String]) -> Result<(), String> {
    let mut shared = std::path::PathBuf::from("../shared");
    let mut parts = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--shared" => {
                shared = args.get(i + 1).ok_or("--shared needs a folder")?.into();
                i += 2;
            }
            a if a.starts_with("--") => return Err(format!("unknown option {a}\n{USAGE}")),
            a => {
                parts.push(a.to_string());
                i += 1;
            }
        }
    }
    print!("{}", news_context::evaluation::run(&shared, &parts)?);
    Ok(())
}

fn snapshot_command(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err(format!("snapshot takes one HTML file\n{USAGE}"));
    };
    let html = read_input(path)?;
    let snapshot = news_context::page::html::snapshot_from_html(&html, "");
    println!(
        "{}",
        serde_json::to_string(&snapshot).map_err(|e| e.to_string())?
    );
    Ok(())
}

fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .read_to_end(&mut b)
            .map_err(|e| format!("reading standard input: {e}"))?;
        b
    } else {
        std::fs::read(path).map_err(|e| format!("{path}: {e}"))?
    };
    String::from_utf8(bytes).map_err(|_| format!("{path}: not UTF-8 text"))
}

/// Today's date in UTC, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil from days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}
