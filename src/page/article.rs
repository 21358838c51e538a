//! Finding the article in a page snapshot and laying its text out for analysis.
//!
//! The analysis reads one text; the page has many text nodes. [`ArticleText`] joins the nodes of
//! the article's blocks (a newline between blocks, nothing between nodes of one block) and keeps
//! where each node starts, so spans can be mapped back to nodes. White space inside a node that
//! would read as a paragraph break (`\n`, `\r`, tab) becomes a space of the same length, so byte
//! offsets never shift.

use super::snapshot::{Block, Snapshot};

/// Words in class and id hints that mark a block as something other than the article body.
pub const NON_ARTICLE_HINTS: &[&str] = &[
    "nav", "navbar", "navigation", "menu", "footer", "header", "masthead", "sidebar", "comment", "comments",
    "related", "recommended", "share", "sharing", "social", "advert", "advertisement", "ad", "ads", "promo",
    "newsletter", "subscribe", "cookie", "cookies", "breadcrumb", "breadcrumbs", "most-read", "mostread",
    "popular", "trending", "outbrain", "taboola", "signup", "paywall", "skip-link", "byline-social",
];

/// Landmarks whose text is never the article.
pub const NON_ARTICLE_LANDMARKS: &[&str] = &["nav", "header", "footer", "aside", "form", "menu", "dialog"];

/// The text the analysis reads, and where each snapshot node sits in it.
#[derive(Debug, Clone, Default)]
pub struct ArticleText {
    /// Article text: blocks joined by newlines.
    pub text: String,
    /// For each snapshot node: its byte offset in `text`, or `None` when it is not part of it.
    pub node_offsets: Vec<Option<usize>>,
    /// For each snapshot node, its block's role in the article.
    pub node_roles: Vec<NodeRole>,
    /// `(offset, node)` of the placed nodes, in text order.
    placed: Vec<(usize, usize)>,
}

/// What a node's block is, for the planner's choice of marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum NodeRole {
    /// Not part of the article.
    #[default]
    Outside,
    /// Body text.
    Body,
    /// A heading inside the article.
    Heading,
    /// A caption.
    Caption,
}

/// True when a block's hints or landmarks say it is page furniture, not article text.
pub fn is_page_furniture(block: &Block) -> bool {
    block.landmarks.iter().any(|l| NON_ARTICLE_LANDMARKS.contains(&l.as_str()))
        || block.hints.split_whitespace().any(|w| w.split(['-', '_']).any(|p| NON_ARTICLE_HINTS.contains(&p)) || NON_ARTICLE_HINTS.contains(&w))
}

impl ArticleText {
    /// Chooses the article's nodes: inside `<article>`/`<main>` when the page has such blocks,
    /// never page furniture, never skipped nodes.
    pub fn from_snapshot(snapshot: &Snapshot) -> ArticleText {
        let blocks = &snapshot.blocks;
        let block_of = |b: usize| blocks.get(b);
        let has_article = blocks.iter().any(|b| b.in_article && !is_page_furniture(b));
        let keep_block: Vec<bool> = blocks.iter().map(|b| !is_page_furniture(b) && (!has_article || b.in_article)).collect();
        let mut out = ArticleText {
            text: String::new(),
            node_offsets: vec![None; snapshot.nodes.len()],
            node_roles: vec![NodeRole::Outside; snapshot.nodes.len()],
            placed: Vec::new(),
        };
        let mut last_block: Option<usize> = None;
        for (i, node) in snapshot.nodes.iter().enumerate() {
            let Some(block) = block_of(node.block) else { continue };
            if node.skip || !keep_block[node.block] {
                continue;
            }
            if last_block.is_some_and(|b| b != node.block) && !out.text.is_empty() && !out.text.ends_with('\n') {
                out.text.push('\n');
            }
            last_block = Some(node.block);
            out.node_offsets[i] = Some(out.text.len());
            out.placed.push((out.text.len(), i));
            out.node_roles[i] = if node.caption || block.tag == "figcaption" {
                NodeRole::Caption
            } else if node.heading || matches!(block.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                NodeRole::Heading
            } else {
                NodeRole::Body
            };
            out.text.extend(node.text.chars().map(|c| if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') { ' ' } else { c }));
        }
        out
    }

    /// Splits the text range `start..end` into per-node byte ranges `(node, from, to)`, using a
    /// binary search over the placed nodes, so planning stays linear in the number of marks.
    pub fn node_ranges(&self, snapshot: &Snapshot, start: usize, end: usize) -> Vec<(usize, usize, usize)> {
        let first = self.placed.partition_point(|&(o, i)| o + snapshot.nodes[i].text.len() <= start);
        let mut out = Vec::new();
        for &(o, i) in &self.placed[first..] {
            if o >= end {
                break;
            }
            let ne = o + snapshot.nodes[i].text.len();
            let (from, to) = (start.max(o) - o, end.min(ne) - o);
            if to > from {
                out.push((i, from, to));
            }
        }
        out
    }
}
