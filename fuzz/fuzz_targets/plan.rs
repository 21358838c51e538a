//! The planner on arbitrary snapshots built from the fuzzer's bytes: node texts cut at arbitrary
//! places (so names and surrogate pairs split across nodes), arbitrary blocks and flags. It must
//! never panic (an `Err` with a message is allowed) and every mark must fit its node: a valid node
//! index, `start < end <= len_utf16`, never splitting a surrogate pair, never on a skipped node.
#![no_main]

use libfuzzer_sys::fuzz_target;
use news_context::page::planner::plan;
use news_context::page::{Block, Snapshot, TextNode};

const TAGS: &[&str] = &["p", "h1", "h2", "li", "div", "figcaption", "blockquote", "td"];

fuzz_target!(|data: &[u8]| {
    // Layout: [n_blocks, then per node: flags byte, block byte, len byte, text bytes...].
    let Some((&nb, mut rest)) = data.split_first() else { return };
    let nb = (nb % 8) as usize;
    let blocks: Vec<Block> = (0..nb)
        .map(|i| Block {
            tag: TAGS[i % TAGS.len()].to_string(),
            in_article: i % 3 != 2,
            hints: if i % 4 == 3 { "nav".into() } else { String::new() },
            ..Block::default()
        })
        .collect();
    let mut nodes = Vec::new();
    while rest.len() >= 3 && nodes.len() < 4096 {
        let (flags, block, len) = (rest[0], rest[1] as usize, rest[2] as usize);
        rest = &rest[3..];
        let take = len.min(rest.len());
        let text = String::from_utf8_lossy(&rest[..take]).into_owned();
        rest = &rest[take..];
        nodes.push(TextNode {
            text,
            block: if nb == 0 { block } else if block == 255 { nb } else { block % nb },
            heading: flags & 1 != 0,
            link: flags & 2 != 0,
            quote: flags & 4 != 0,
            caption: flags & 8 != 0,
            skip: flags & 16 != 0,
        });
    }
    let snapshot = Snapshot {
        lang: if data.len() % 7 == 0 { "de".into() } else { "en".into() },
        published: "2025-11-28".into(),
        today: "2026-11-28".into(),
        blocks,
        nodes,
        ..Snapshot::default()
    };
    let p = match plan(&snapshot) {
        Ok(p) => p,
        Err(e) => {
            assert!(!e.is_empty());
            return;
        }
    };
    for m in &p.marks {
        let node = &snapshot.nodes[m.node];
        let units: Vec<u16> = node.text.encode_utf16().collect();
        assert!(m.start < m.end && m.end <= units.len(), "mark out of its node: {m:?}");
        for at in [m.start, m.end] {
            assert!(at >= units.len() || !(0xDC00..0xE000).contains(&units[at]), "splits a pair: {m:?}");
        }
        assert!(!node.skip, "mark on a skipped node");
        assert!(m.card < p.cards.len());
    }
});
