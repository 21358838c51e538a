//! The page planner: a snapshot of text nodes in, marks that land on the right characters out.

use news_context::page::planner::plan;
use news_context::page::{Block, Snapshot, TextNode};

const SEED: &str = include_str!("../www/seed-article.txt");

fn block(tag: &str) -> Block {
    Block {
        tag: tag.into(),
        in_article: true,
        ..Block::default()
    }
}

/// The seed article as a page: one paragraph per line, each split into several text nodes at
/// awkward places (inside names, after accented letters) the way inline markup splits them.
fn seed_snapshot() -> Snapshot {
    let mut s = Snapshot {
        lang: "en".into(),
        published: "2025-11-28T08:00:00Z".into(),
        today: "2026-11-28".into(),
        ..Snapshot::default()
    };
    for line in SEED.lines() {
        let b = s.blocks.len();
        s.blocks.push(block(if line == "Putin’s support" {
            "h2"
        } else {
            "p"
        }));
        let chars: Vec<char> = line.chars().collect();
        for piece in chars.chunks(37) {
            s.nodes.push(TextNode {
                text: piece.iter().collect(),
                block: b,
                heading: line == "Putin’s support",
                ..TextNode::default()
            });
        }
    }
    s
}

fn utf16_slice(s: &str, start: usize, end: usize) -> String {
    let u: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16_lossy(&u[start..end])
}

/// The text a group of marks covers, joined across nodes.
fn group_text(snapshot: &Snapshot, p: &news_context::page::Plan, group: usize) -> String {
    p.marks
        .iter()
        .filter(|m| m.group == group)
        .map(|m| utf16_slice(&snapshot.nodes[m.node].text, m.start, m.end))
        .collect()
}

#[test]
fn name_marks_land_on_the_names_even_when_nodes_split_them() {
    let s = seed_snapshot();
    let p = plan(&s).unwrap();
    assert_eq!(p.date, "2025-11-28");
    assert_eq!(p.date_source, "page");
    let names: Vec<String> = {
        let mut groups: Vec<usize> = p
            .marks
            .iter()
            .filter(|m| m.kind == "name")
            .map(|m| m.group)
            .collect();
        groups.dedup();
        groups.into_iter().map(|g| group_text(&s, &p, g)).collect()
    };
    for expected in [
        "Nicolás Maduro",
        "Alexander Lukashenko",
        "Jesús Rafael Salazar Velázquez",
        "Rosa Villavicencio",
        "the Venezuelan leader",
    ] {
        assert!(
            names.iter().any(|n| n == expected),
            "{expected} not marked; marked: {names:?}"
        );
    }
}

#[test]
fn each_person_has_one_card_and_marks_point_at_it() {
    let s = seed_snapshot();
    let p = plan(&s).unwrap();
    let lukashenko = p
        .cards
        .iter()
        .position(|c| c.heading == "Alexander Lukashenko")
        .expect("card");
    let card = &p.cards[lukashenko];
    assert_eq!(card.kind, "person");
    assert!(
        card.lines.iter().any(|l| l.value == "President of Belarus"),
        "{card:?}"
    );
    assert!(
        card.link.starts_with("https://en.wikipedia.org/wiki/"),
        "{}",
        card.link
    );
    assert!(card.note.starts_with("As of "), "{}", card.note);
    assert!(p.marks.iter().filter(|m| m.card == lukashenko).count() >= 5);
    let rosa = p
        .cards
        .iter()
        .find(|c| c.heading == "Rosa Villavicencio")
        .expect("article person card");
    assert_eq!(
        rosa.note,
        "Not in the knowledge base: described by this article."
    );
    assert!(rosa.link.is_empty());
}

#[test]
fn maduro_card_shows_the_role_at_the_date_and_that_it_changed_since() {
    let s = seed_snapshot();
    let p = plan(&s).unwrap();
    let card = p
        .cards
        .iter()
        .find(|c| c.heading == "Nicolás Maduro")
        .unwrap();
    let role = card.lines.iter().find(|l| l.key == "role").unwrap();
    assert_eq!(role.label, "On 28 Nov 2025");
    assert_eq!(role.value, "President of Venezuela");
    let latest = card
        .lines
        .iter()
        .find(|l| l.key == "role_now")
        .expect("a line saying the role has changed since");
    assert_eq!(
        latest.value,
        "President of Venezuela 2013–2026; at this article's date: in office"
    );
    // Read today, the same card says the role has ended.
    let mut later = seed_snapshot();
    later.published = "2026-11-28".into();
    let p = plan(&later).unwrap();
    let card = p
        .cards
        .iter()
        .find(|c| c.heading == "Nicolás Maduro")
        .unwrap();
    let latest = card.lines.iter().find(|l| l.key == "role_now").unwrap();
    assert_eq!(
        latest.value,
        "President of Venezuela 2013–2026; at this article's date: no longer in office"
    );
}

#[test]
fn marks_never_leave_their_node_and_never_split_a_surrogate_pair() {
    let mut s = seed_snapshot();
    // Emoji and a lone surrogate (it reaches Rust as U+FFFD) before names.
    s.nodes[0].text = format!("😀\u{FFFD} {}", s.nodes[0].text);
    let p = plan(&s).unwrap();
    for m in &p.marks {
        let units: Vec<u16> = s.nodes[m.node].text.encode_utf16().collect();
        assert!(m.start < m.end && m.end <= units.len());
        assert!(
            !(0xDC00..0xE000).contains(&units[m.start]),
            "mark starts inside a surrogate pair"
        );
        assert!(m.end == units.len() || !(0xDC00..0xE000).contains(&units[m.end]));
    }
}

#[test]
fn spans_after_emoji_and_lone_surrogates_land_on_the_right_characters() {
    // In the DOM "\uD800" is one UTF-16 unit; it reaches Rust as U+FFFD, also one unit.
    let text = "😀\u{FFFD} “Quote,” said Nicolás Maduro to Vladimir Putin.";
    let s = Snapshot {
        published: "2025-11-28".into(),
        // One sentence is no article: the reader asks for it to be read anyway.
        reader_asked: true,
        blocks: vec![block("p")],
        nodes: vec![TextNode {
            text: text.into(),
            block: 0,
            ..TextNode::default()
        }],
        ..Snapshot::default()
    };
    let p = plan(&s).unwrap();
    let names: Vec<String> = p
        .marks
        .iter()
        .filter(|m| m.kind == "name")
        .map(|m| utf16_slice(text, m.start, m.end))
        .collect();
    assert_eq!(names, vec!["Nicolás Maduro", "Vladimir Putin"]);
}

#[test]
fn skipped_nodes_and_page_furniture_are_never_marked() {
    let mut s = seed_snapshot();
    let nav = s.blocks.len();
    s.blocks.push(Block {
        tag: "li".into(),
        landmarks: vec!["nav".into()],
        ..Block::default()
    });
    s.nodes.push(TextNode {
        text: "Vladimir Putin news".into(),
        block: nav,
        ..TextNode::default()
    });
    let code = s.blocks.len();
    s.blocks.push(block("pre"));
    s.nodes.push(TextNode {
        text: "Vladimir Putin said".into(),
        block: code,
        skip: true,
        ..TextNode::default()
    });
    let p = plan(&s).unwrap();
    assert!(!p.marks.iter().any(|m| m.node >= s.nodes.len() - 2));
}

#[test]
fn pages_in_unsupported_languages_are_left_alone_with_a_reason() {
    let mut s = seed_snapshot();
    s.lang = "fr-FR".into();
    let p = plan(&s).unwrap();
    assert!(p.marks.is_empty());
    assert!(p.skipped_reason.contains("fr-FR"));
}

#[test]
fn the_date_falls_back_to_today_and_bad_snapshots_get_clear_errors() {
    let mut s = seed_snapshot();
    s.published = "yesterday".into();
    let p = plan(&s).unwrap();
    assert_eq!(
        (p.date.as_str(), p.date_source.as_str()),
        ("2026-11-28", "today")
    );
    s.today = String::new();
    assert!(plan(&s).unwrap_err().contains("date"));
    let mut bad = seed_snapshot();
    bad.nodes[0].block = 10_000;
    assert!(plan(&bad).unwrap_err().contains("block"));
}

#[test]
fn an_empty_page_plans_nothing() {
    let s = Snapshot {
        today: "2025-11-28".into(),
        ..Snapshot::default()
    };
    let p = plan(&s).unwrap();
    assert!(p.marks.is_empty() && p.cards.is_empty());
    assert!(!p.skipped_reason.is_empty());
}

#[test]
fn claim_cards_explain_themselves_in_one_line() {
    let s = seed_snapshot();
    let p = plan(&s).expect("plans");
    let claims: Vec<_> = p.cards.iter().filter(|c| c.kind == "claim").collect();
    assert!(!claims.is_empty());
    for c in &claims {
        assert!(
            !c.subheading.is_empty(),
            "every claim card has a one-line explanation: {c:?}"
        );
        if c.heading == "No source stated" {
            assert_eq!(c.subheading, "No source stated in this article.");
            continue;
        }
        let value = |key: &str| {
            c.lines
                .iter()
                .find(|l| l.key == key)
                .map(|l| l.value.clone())
        };
        // The line names the source first, the medium after "via", and ends with the cue.
        if let Some(source) = value("source") {
            assert!(c.subheading.starts_with(&source), "{c:?}");
        }
        if let Some(via) = value("via") {
            assert!(c.subheading.contains(&format!("via {via}")), "{c:?}");
        }
        if let Some(cue) = value("cue") {
            assert!(
                c.subheading.ends_with(&format!(": {cue}")) || c.subheading == cue,
                "{c:?}"
            );
        }
    }
    // "Belta quoted Lukashenko": source, medium and cue in one line.
    assert!(
        claims.iter().any(|c| c
            .subheading
            .starts_with("Alexander Lukashenko, via Belta: ")),
        "{:?}",
        claims.iter().map(|c| &c.subheading).collect::<Vec<_>>()
    );
}

#[test]
fn a_card_says_the_role_is_unchanged_now_when_it_is() {
    let s = seed_snapshot();
    let p = plan(&s).expect("plans");
    let card = p
        .cards
        .iter()
        .find(|c| c.heading == "Alexander Lukashenko")
        .expect("a Lukashenko card");
    let role = card.lines.iter().find(|l| l.key == "role").unwrap();
    assert_eq!(role.value, "President of Belarus");
    let now = card
        .lines
        .iter()
        .find(|l| l.key == "role_now")
        .expect("a line about now");
    assert_eq!(now.label, "Now");
    assert!(
        now.value.starts_with("still in office (as of ") && now.value.ends_with(')'),
        "{now:?}"
    );
}

/// A page of one paragraph per line, dated 2025-11-28.
fn page_of_lines(lines: &[&str]) -> Snapshot {
    let mut s = Snapshot {
        lang: "en".into(),
        published: "2025-11-28T08:00:00Z".into(),
        today: "2026-11-28".into(),
        ..Snapshot::default()
    };
    for line in lines {
        let b = s.blocks.len();
        s.blocks.push(block("p"));
        s.nodes.push(TextNode {
            text: (*line).into(),
            block: b,
            ..TextNode::default()
        });
    }
    s
}

#[test]
fn the_summary_counts_claims_by_source_kind_and_lists_who_is_quoted_with_which_cues() {
    let snapshot = page_of_lines(&[
        "“We will not give in,” Vladimir Putin said on Tuesday.",
        "Putin added that the talks in Minsk had been useful.",
        "Putin wants to see the sanctions lifted before any new talks begin in the spring.",
        "Officials said the talks would resume in March.",
        "Critics of the government say the plan is doomed to fail within the next two years.",
        "The bridge over the river is forty years old.",
        "He said the bridge would be closed to traffic for most of the coming winter.",
    ]);
    let p = plan(&snapshot).expect("a plan");
    let s = &p.summary;
    // Putin's three claims and the pronoun's one (he is Putin) are named; the officials are
    // anonymous, the critics vague; the bridge's age rests on no one.
    assert_eq!(
        (s.named, s.anonymous, s.vague, s.none),
        (4, 1, 1, 1),
        "{s:?}"
    );
    let putin = s
        .quoted
        .iter()
        .find(|q| q.name.contains("Putin"))
        .unwrap_or_else(|| panic!("Putin is quoted: {:?}", s.quoted));
    // What he wants is an attitude, not a quote; what he said and added are, and "He said" is
    // his too.
    assert_eq!(putin.quotes, 3, "{putin:?}");
    assert_eq!(putin.cues, vec!["said".to_string(), "added".to_string()]);
    assert_eq!(s.quoted[0].name, putin.name, "most quoted first");
    assert!(
        s.quoted
            .iter()
            .any(|q| q.name == "Officials" && q.quotes == 1),
        "{:?}",
        s.quoted
    );
    // A pronoun is never an entry of its own.
    assert!(s.quoted.iter().all(|q| q.name.to_lowercase() != "he"));
    assert!(s
        .quoted
        .iter()
        .all(|q| !q.cues.contains(&"wants".to_string())));
}

/// The seed article with a `<pre>` block of `bytes` bytes after it: rendered text the page lays
/// out (so it counts for the page's size) but never analysed (`skip`), so the plan stays quick.
fn seed_with_preformatted(bytes: usize) -> Snapshot {
    let mut s = seed_snapshot();
    s.blocks.push(block("pre"));
    let line = "let total = values.iter().sum::<u64>();\n";
    let text: String = line.repeat(bytes / line.len() + 1)[..bytes].to_string();
    s.nodes.push(TextNode {
        text,
        block: s.blocks.len() - 1,
        skip: true,
        ..TextNode::default()
    });
    s
}

#[test]
fn names_are_drawn_as_highlights_only_on_pages_over_the_size_threshold() {
    use news_context::page::planner::{names_as_highlights, HIGHLIGHT_NAMES_ABOVE_BYTES};
    let seed = seed_snapshot();
    let seed_bytes: usize = seed.nodes.iter().map(|n| n.text.len()).sum();
    assert!(seed_bytes < HIGHLIGHT_NAMES_ABOVE_BYTES);
    // The page's whole text counts, up to and past the threshold by one byte.
    let at = seed_with_preformatted(HIGHLIGHT_NAMES_ABOVE_BYTES - seed_bytes);
    let over = seed_with_preformatted(HIGHLIGHT_NAMES_ABOVE_BYTES - seed_bytes + 1);
    assert!(!names_as_highlights(&seed));
    assert!(
        !names_as_highlights(&at),
        "a page of exactly the threshold keeps its elements"
    );
    assert!(names_as_highlights(&over));

    // The plan carries the decision, with the same name marks either way.
    let small = plan(&seed).unwrap();
    let large = plan(&over).unwrap();
    assert!(!small.names_as_highlights);
    assert!(large.names_as_highlights);
    let names = |p: &news_context::page::Plan| -> Vec<(usize, usize, usize)> {
        p.marks
            .iter()
            .filter(|m| m.kind == "name")
            .map(|m| (m.node, m.start, m.end))
            .collect()
    };
    assert!(!names(&small).is_empty());
    assert_eq!(names(&small), names(&large));
}

#[test]
fn an_ordinary_plan_is_written_without_the_highlight_flag_and_read_without_it_as_elements() {
    let small = plan(&seed_snapshot()).unwrap();
    let json = serde_json::to_string(&small).unwrap();
    assert!(
        !json.contains("names_as_highlights"),
        "older readers see the same plan"
    );
    let back: news_context::page::Plan = serde_json::from_str(&json).unwrap();
    assert!(!back.names_as_highlights);
    let mut large = small.clone();
    large.names_as_highlights = true;
    let json = serde_json::to_string(&large).unwrap();
    assert!(json.contains("\"names_as_highlights\":true"));
    assert_eq!(
        serde_json::from_str::<news_context::page::Plan>(&json).unwrap(),
        large
    );
}
