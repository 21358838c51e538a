//! Robustness of the core on input nobody would write: random snapshots through the planner and
//! random text through `analyze`. The planner must never panic (an `Err` with a message is fine),
//! and every mark it returns must be usable by the DOM as it stands: a valid node, `start < end`,
//! within the node's UTF-16 length, never splitting a surrogate pair.

use std::time::Instant;

use news_context::page::planner::plan;
use news_context::page::{Block, Plan, Snapshot, TextNode};
use news_context::{analyze, Date};
use proptest::prelude::*;

const NAMES: &[&str] = &[
    "Vladimir Putin",
    "Putin",
    "Alexander Lukashenko",
    "Lukashenko",
    "Nicolás Maduro",
    "Maduro",
    "Emmanuel Macron",
    "Xi Jinping",
    "Trump",
    "Zelensky",
];
const WORDS: &[&str] = &[
    "said",
    "told",
    "reporters",
    "“",
    "”",
    "\"",
    "according to",
    "officials",
    ",",
    ".",
    "the",
    "president",
    "who",
    "a",
    "spokesman",
    "on",
    "Monday",
    "\u{fffd}",
    "😀",
    "é",
    "\n",
    " ",
    "  ",
    "sources",
    "said.",
    "claimed",
    "Mr",
    "<script>alert(1)</script>",
    "\u{200b}",
    "—",
];

/// Text that looks enough like news to reach the attribution code, with noise in between.
fn newsy_text(max_tokens: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            3 => proptest::sample::select(WORDS).prop_map(str::to_string),
            2 => proptest::sample::select(NAMES).prop_map(str::to_string),
            1 => any::<char>().prop_map(|c| c.to_string()),
            1 => "[a-zA-Z ]{0,8}",
        ],
        0..max_tokens,
    )
    .prop_map(|v| v.join(" "))
}

fn node_text() -> impl Strategy<Value = String> {
    prop_oneof![
        1 => Just(String::new()),
        1 => Just(" ".to_string()),
        1 => Just("\u{fffd}".to_string()),
        1 => any::<char>().prop_map(|c| c.to_string()),
        4 => newsy_text(12),
    ]
}

fn block() -> impl Strategy<Value = Block> {
    (
        proptest::sample::select(
            &["p", "h1", "h2", "li", "div", "figcaption", "blockquote", ""][..],
        ),
        proptest::sample::select(&["", "nav", "comment", "caption", "article-body", "related"][..]),
        any::<bool>(),
        proptest::collection::vec(
            proptest::sample::select(&["nav", "header", "footer", "aside"][..]),
            0..2,
        ),
    )
        .prop_map(|(tag, hints, in_article, lm)| Block {
            tag: tag.to_string(),
            hints: hints.to_string(),
            in_article,
            landmarks: lm.into_iter().map(str::to_string).collect(),
        })
}

fn snapshot() -> impl Strategy<Value = Snapshot> {
    (
        proptest::collection::vec(block(), 0..12),
        proptest::collection::vec((node_text(), 0usize..14, any::<[bool; 6]>()), 0..60),
        proptest::sample::select(&["en", "", "en-GB", "de", "EN_us", "x"][..]),
        proptest::sample::select(
            &[
                "2025-11-28",
                "",
                "garbage",
                "2025-02-30T00:00Z",
                "9999-99-99",
            ][..],
        ),
        proptest::sample::select(&["2026-11-28", "", "not a date"][..]),
    )
        .prop_map(|(blocks, nodes, lang, published, today)| {
            let nb = blocks.len();
            Snapshot {
                url: "https://example.test/a".into(),
                lang: lang.into(),
                title: "t".into(),
                published: published.into(),
                today: today.into(),
                article_body_hint: String::new(),
                reader_asked: false,
                blocks,
                nodes: nodes
                    .into_iter()
                    .map(|(text, b, f)| TextNode {
                        text,
                        // Mostly valid block indices, sometimes one past the end.
                        block: if nb == 0 {
                            b
                        } else if b == 13 {
                            nb
                        } else {
                            b % nb
                        },
                        heading: f[0],
                        link: f[1],
                        quote: f[2],
                        caption: f[3],
                        skip: f[4] && f[5],
                    })
                    .collect(),
            }
        })
}

/// Every invariant a mark must hold for the applier to use it safely.
fn check_marks(s: &Snapshot, p: &Plan) -> Result<(), String> {
    for m in &p.marks {
        let node = s.nodes.get(m.node).ok_or(format!(
            "mark names node {} of {}",
            m.node,
            s.nodes.len()
        ))?;
        let units: Vec<u16> = node.text.encode_utf16().collect();
        if m.start >= m.end {
            return Err(format!("empty or reversed mark {m:?}"));
        }
        if m.end > units.len() {
            return Err(format!("mark {m:?} past the node's {} units", units.len()));
        }
        for at in [m.start, m.end] {
            if at < units.len() && (0xDC00..0xE000).contains(&units[at]) {
                return Err(format!("mark {m:?} splits a surrogate pair at {at}"));
            }
        }
        if node.skip {
            return Err(format!("mark {m:?} on a skipped node"));
        }
        if m.card >= p.cards.len() {
            return Err(format!(
                "mark {m:?} names card {} of {}",
                m.card,
                p.cards.len()
            ));
        }
    }
    for c in &p.cards {
        if !c.link.is_empty() && !c.link.starts_with("https://en.wikipedia.org/wiki/") {
            return Err(format!("card link {:?} is not a Wikipedia article", c.link));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn plan_never_panics_and_marks_fit_their_nodes(s in snapshot()) {
        match plan(&s) {
            Ok(p) => {
                if let Err(e) = check_marks(&s, &p) {
                    return Err(TestCaseError::fail(e));
                }
            }
            Err(e) => prop_assert!(!e.is_empty(), "an error without a message"),
        }
    }

    #[test]
    fn analyze_never_panics_on_random_text(t in newsy_text(80), junk in ".{0,200}") {
        let d = Date::parse("2025-11-28").unwrap();
        let a = analyze(&t, d);
        let n = t.encode_utf16().count();
        for m in &a.mentions {
            prop_assert!(m.span.start <= m.span.end && m.span.end <= n);
        }
        for s in &a.sentences {
            prop_assert!(s.span.start <= s.span.end && s.span.end <= n);
        }
        let _ = analyze(&junk, d);
    }
}

/// A well-formed snapshot of the given node texts, each node its own `<p>` in the article.
fn paragraphs<I: IntoIterator<Item = String>>(texts: I) -> Snapshot {
    let mut s = Snapshot {
        lang: "en".into(),
        published: "2025-11-28".into(),
        today: "2026-11-28".into(),
        ..Snapshot::default()
    };
    for t in texts {
        s.blocks.push(Block {
            tag: "p".into(),
            in_article: true,
            ..Block::default()
        });
        s.nodes.push(TextNode {
            text: t,
            block: s.blocks.len() - 1,
            ..TextNode::default()
        });
    }
    s
}

#[test]
fn a_node_naming_a_missing_block_is_an_error_with_a_message() {
    let mut s = paragraphs(["Putin said so.".to_string()]);
    s.nodes[0].block = 7;
    let e = plan(&s).unwrap_err();
    assert!(e.contains("block 7"), "{e}");
}

#[test]
fn surrogate_heavy_nodes_split_inside_names_give_valid_marks() {
    // The names and emoji split across many tiny nodes in one block.
    let text = "😀 Vladimir Putin 😀 said on Monday that “we will win”, 😀 Lukashenko told reporters. \u{fffd}";
    let mut s = paragraphs(std::iter::empty());
    s.blocks.push(Block {
        tag: "p".into(),
        in_article: true,
        ..Block::default()
    });
    let chars: Vec<char> = text.repeat(20).chars().collect();
    for piece in chars.chunks(3) {
        s.nodes.push(TextNode {
            text: piece.iter().collect(),
            block: 0,
            ..TextNode::default()
        });
    }
    let p = plan(&s).expect("plans");
    check_marks(&s, &p).unwrap();
    assert!(
        p.marks.iter().any(|m| m.kind == "name"),
        "the names are still found across nodes"
    );
}

/// 100,000 tiny text nodes (a hostile page's worth) plan in bounded work: this is a smoke bound,
/// generous enough for a slow debug build on CI, not a benchmark.
#[test]
fn a_hundred_thousand_tiny_nodes_plan_in_bounded_time() {
    let texts = (0..100_000).map(|i| match i % 5 {
        0 => "Putin".to_string(),
        1 => " said".to_string(),
        2 => String::new(),
        3 => "\u{fffd}".to_string(),
        _ => "x.".to_string(),
    });
    // One node per paragraph and, separately, all in one block.
    let s = paragraphs(texts.clone());
    let t = Instant::now();
    let p = plan(&s).expect("plans");
    let many_blocks = t.elapsed();
    check_marks(&s, &p).unwrap();

    let mut one = paragraphs(std::iter::empty());
    one.blocks.push(Block {
        tag: "p".into(),
        in_article: true,
        ..Block::default()
    });
    one.nodes = texts
        .map(|text| TextNode {
            text,
            block: 0,
            ..TextNode::default()
        })
        .collect();
    let t = Instant::now();
    let p = plan(&one).expect("plans");
    let one_block = t.elapsed();
    check_marks(&one, &p).unwrap();
    eprintln!("100,000 tiny nodes: {many_blocks:?} as paragraphs, {one_block:?} in one block");
    assert!(
        many_blocks.as_secs() < 60 && one_block.as_secs() < 60,
        "quadratic work?"
    );
}

/// Found by the fuzzer (session 9): a base-form cue two words into a text, after a lower-case
/// word and "to", made the aspect-verb test ("went on to say") subtract past the text's start;
/// a record line of one word before its colon ("Transcript:") did the same in the test for
/// "as follows" before the colon.
#[test]
fn cues_and_record_lines_at_the_start_of_a_text_do_not_panic() {
    let d = Date::parse("2025-11-28").unwrap();
    for text in [
        "then to deny the report.",
        "and to say it again",
        "x to claim",
        "Transcript:\n\n“We will win. We always do.”",
        "Remarks:\n“Thank you all.”",
    ] {
        let a = analyze(text, d);
        let n = text.encode_utf16().count();
        assert!(a.sentences.iter().all(|s| s.span.end <= n), "{text:?}");
    }
}
