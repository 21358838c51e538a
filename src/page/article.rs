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
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "header",
    "masthead",
    "sidebar",
    "comment",
    "comments",
    "related",
    "recommended",
    "share",
    "sharing",
    "social",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "newsletter",
    "subscribe",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "breadcrumb",
    "breadcrumbs",
    "most-read",
    "mostread",
    "popular",
    "trending",
    "outbrain",
    "taboola",
    "signup",
    "paywall",
    "skip-link",
    "byline-social",
];

/// Landmarks whose text is never the article.
/// (`form` is not one: some sites wrap the whole page in a form.)
pub const NON_ARTICLE_LANDMARKS: &[&str] = &["nav", "header", "footer", "aside", "menu", "dialog"];

/// Parts of class and id words that mark a caption or photo credit: shown with the article, named
/// as captions, never weighed as its prose.
pub const CAPTION_HINTS: &[&str] = &[
    "caption",
    "figcaption",
    "credit",
    "photo-credit",
    "wp-caption-text",
];

/// Class and id words (with `-` and `_` removed) that mark a pull quote: a sentence of the article
/// repeated in large type. It is shown with the article but is neither prose (it would be counted
/// twice) nor a claim of its own.
pub const PULL_QUOTE_HINTS: &[&str] = &["pullquote", "pullout", "quotepull", "blockquotepull"];

/// True when a block is a pull quote, by its own or its parent's class or id words.
pub fn is_pull_quote(block: &Block) -> bool {
    block.hints.split_whitespace().take(2).any(|w| {
        let joined: String = w.chars().filter(|c| *c != '-' && *c != '_').collect();
        PULL_QUOTE_HINTS.iter().any(|h| joined.contains(h))
    })
}

/// True when a block is a caption: `figcaption`/`caption`, or hinted as one by its own class.
pub fn is_caption(block: &Block) -> bool {
    matches!(block.tag.as_str(), "figcaption" | "caption")
        || block
            .hints
            .split_whitespace()
            .take(2)
            .any(|w| w.split(['-', '_']).any(|p| CAPTION_HINTS.contains(&p)))
}

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
    /// A pull quote: a repeated sentence, never marked as a claim.
    PullQuote,
}

/// Parts of class and id words that mark article content; a word holding one is never read as
/// furniture ("article-header", "entry-content-share" stay in), as in Readability's
/// `okMaybeItsACandidate`.
pub const ARTICLE_HINTS: &[&str] = &[
    "article", "entry", "content", "story", "post", "body", "main", "text", "prose",
];

/// True when one class or id word names page furniture: the whole word is a furniture hint, or it
/// starts or ends with one as a hyphenated part ("site-header", "comments-list"), and it holds no
/// article part.
fn furniture_word(word: &str) -> bool {
    let parts: Vec<&str> = word.split(['-', '_']).filter(|p| !p.is_empty()).collect();
    if parts.iter().any(|p| ARTICLE_HINTS.contains(p)) {
        return false;
    }
    let edge = |p: Option<&&str>| p.is_some_and(|p| NON_ARTICLE_HINTS.contains(p));
    NON_ARTICLE_HINTS.contains(&word) || edge(parts.first()) || edge(parts.last())
}

/// True when a block's hints or landmarks say it is page furniture, not article text.
pub fn is_page_furniture(block: &Block) -> bool {
    block
        .landmarks
        .iter()
        .any(|l| NON_ARTICLE_LANDMARKS.contains(&l.as_str()))
        || block
            .hints
            .split_whitespace()
            .take(FURNITURE_HINT_WORDS)
            .any(furniture_word)
}

/// How many hint words (the block's own, then its nearest ancestors') can name furniture: words of
/// far ancestors describe page-wide wrappers ("header-spacing" on a layout div), not the block.
pub const FURNITURE_HINT_WORDS: usize = 6;

/// Shortest text (in characters) of a paragraph (`p`) that counts as article prose.
pub const MIN_PARAGRAPH_CHARS: usize = 30;
/// Shortest text of another block (`div`, `li`, `td`, …) that counts as article prose.
pub const MIN_OTHER_BLOCK_CHARS: usize = 80;
/// Share of a block's characters inside links above which it is navigation, not prose.
pub const MAX_LINK_DENSITY: f64 = 0.35;
/// Weight of a short, link-free block inside a run of prose ("Advertisement", "Share"): small, so
/// an article survives the odd interruption, which is itself left out.
pub const SHORT_BLOCK_WEIGHT: i64 = -15;
/// Weight of a heading that is a link: the title of a teaser in a list of other stories. Strong
/// enough that a teaser's one paragraph does not carry the article's run on into the list.
pub const LINKED_HEADING_WEIGHT: i64 = -300;
/// Shortest linked heading (in non-space characters) read as a teaser title.
pub const MIN_TEASER_TITLE_CHARS: usize = 25;
/// Cap on the weight against page furniture between two stretches of prose.
pub const FURNITURE_WEIGHT_CAP: i64 = 400;
/// Share of a JSON-LD `articleBody` that the page's blocks must cover for the hint to decide alone.
pub const HINT_COVERAGE: f64 = 0.4;

/// Per-block measures the choice needs.
#[derive(Debug, Clone, Copy, Default)]
struct BlockStats {
    chars: usize,
    link_chars: usize,
    /// Characters of the link the block starts with (0 when its first text is not a link).
    lead_link_chars: usize,
    /// Set once text outside a link has been seen: the leading link has ended.
    lead_done: bool,
}

fn block_stats(snapshot: &Snapshot) -> Vec<BlockStats> {
    let mut stats = vec![BlockStats::default(); snapshot.blocks.len()];
    for n in &snapshot.nodes {
        if n.skip || n.block >= stats.len() {
            continue;
        }
        let c = n.text.chars().filter(|c| !c.is_whitespace()).count();
        let s = &mut stats[n.block];
        s.chars += c;
        if n.link {
            s.link_chars += c;
        }
        // The leading link: the link text before the block's first text outside a link.
        if !s.lead_done {
            if n.link {
                s.lead_link_chars += c;
            } else {
                s.lead_done = true;
            }
        }
    }
    stats
}

fn is_heading_tag(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Chooses which blocks hold the article, as named steps:
/// 1. page furniture (navigation, headers, footers, comments, ads, related links) never does;
/// 2. when the page carries a JSON-LD `articleBody`, the blocks whose text it contains do;
/// 3. otherwise the densest stretch of prose does: the run of blocks with the most prose
///    characters, where short or link-heavy blocks and lists of story teasers count against it
///    (a maximum-sum run);
/// 4. when the page has `<article>`/`<main>`/`articleBody` blocks, the densest run among them is
///    preferred unless the page's best run is far denser;
/// 5. when a heading repeats the page's title (the article's headline), the densest run after it
///    is preferred when it is long enough to be an article, unless the page's best run lies
///    elsewhere and is far denser.
pub fn choose_article_blocks(snapshot: &Snapshot) -> Vec<bool> {
    let blocks = &snapshot.blocks;
    let stats = block_stats(snapshot);
    let open: Vec<bool> = blocks.iter().map(|b| !is_page_furniture(b)).collect();
    let in_article: Vec<bool> = blocks
        .iter()
        .zip(&open)
        .map(|(b, &o)| o && b.in_article)
        .collect();
    if let Some(chosen) = blocks_in_article_body_hint(snapshot, &open) {
        return chosen;
    }
    let teasers = teaser_lists(blocks, &stats);
    let run = |candidate: &[bool]| densest_prose_run(blocks, &stats, &teasers, candidate);
    let (whole_page, whole_score) = run(&open);
    if in_article.iter().any(|&a| a) {
        // `<article>` is a strong hint, unless the page's real prose lies elsewhere (a caption or
        // teaser in `<article>`, the story outside it).
        let (article, article_score) = run(&in_article);
        if article_score * ARTICLE_ELEMENT_PREFERENCE >= whole_score {
            return article;
        }
    }
    if let Some(headline) = headline_block(snapshot, &stats, &open) {
        // The article follows its headline: prefer the best run after it when it is long enough
        // to be an article and the page's best run either crosses the headline (a list of other
        // stories ran on into the article) or is not far denser.
        let after: Vec<bool> = open
            .iter()
            .enumerate()
            .map(|(i, &o)| o && i > headline)
            .collect();
        let (mut chosen, score) = run(&after);
        let crosses = whole_page[..headline].iter().any(|&c| c)
            && whole_page[headline + 1..].iter().any(|&c| c);
        if score >= MIN_ARTICLE_CHARS as i64
            && (crosses || score * HEADLINE_PREFERENCE >= whole_score)
        {
            let first = chosen.iter().position(|&c| c).unwrap_or(headline);
            // The headline itself belongs to the article when nothing but furniture or short
            // labels (a byline, a share bar) lies between them.
            if (headline + 1..first).all(|i| stats[i].chars < MIN_PARAGRAPH_CHARS || !open[i]) {
                chosen[headline] = true;
            }
            return chosen;
        }
    }
    whole_page
}

/// How much denser the page's best run must be than the `<article>` element's to be preferred.
pub const ARTICLE_ELEMENT_PREFERENCE: i64 = 3;
/// How much denser the page's best run must be than the best run after the headline to be
/// preferred.
pub const HEADLINE_PREFERENCE: i64 = 3;
/// Fewest consecutive blocks that each start with a long link and go on with text ("Title of
/// another story" + its summary) read as a list of teasers, never as article prose.
pub const MIN_TEASER_RUN: usize = 3;
/// Shortest heading (in characters) compared with the page's title.
pub const MIN_HEADLINE_CHARS: usize = 15;
/// Separators between a headline and the site's name in a page title.
pub const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " / "];

/// For each block, whether it belongs to a list of story teasers: at least [`MIN_TEASER_RUN`]
/// consecutive blocks, each starting with a link of a headline's length and going on with text.
fn teaser_lists(blocks: &[Block], stats: &[BlockStats]) -> Vec<bool> {
    let teaser_like: Vec<bool> = blocks
        .iter()
        .zip(stats)
        .map(|(b, s)| {
            !is_heading_tag(&b.tag)
                && s.lead_link_chars >= MIN_TEASER_TITLE_CHARS
                && s.lead_link_chars < s.chars
        })
        .collect();
    let mut out = vec![false; blocks.len()];
    let mut i = 0;
    while i < blocks.len() {
        if !teaser_like[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < blocks.len() && teaser_like[i] {
            i += 1;
        }
        if i - start >= MIN_TEASER_RUN {
            out[start..i].iter_mut().for_each(|t| *t = true);
        }
    }
    out
}

/// Lower-cased text with runs of white space collapsed and typographic quotes made plain.
fn comparable(s: &str) -> String {
    collapse_space(s)
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first heading (`h1`–`h6`, not a link, not furniture) whose text is the page title's
/// headline: the title itself, or one of its parts around a separator (" | Site name").
fn headline_block(snapshot: &Snapshot, stats: &[BlockStats], open: &[bool]) -> Option<usize> {
    let title = comparable(&snapshot.title);
    if title.chars().count() < MIN_HEADLINE_CHARS {
        return None;
    }
    let mut parts = vec![title.clone()];
    for sep in TITLE_SEPARATORS {
        parts.extend(
            title
                .split(sep)
                .map(str::trim)
                .filter(|p| p.chars().count() >= MIN_HEADLINE_CHARS)
                .map(str::to_string),
        );
    }
    let mut text = vec![String::new(); snapshot.blocks.len()];
    for n in snapshot.nodes.iter().filter(|n| !n.skip) {
        if let Some(t) = text.get_mut(n.block) {
            t.push_str(&n.text);
        }
    }
    (0..snapshot.blocks.len()).find(|&i| {
        let s = stats[i];
        if !open[i] || !is_heading_tag(&snapshot.blocks[i].tag) || s.chars == 0 {
            return false;
        }
        if s.link_chars as f64 / s.chars as f64 > MAX_LINK_DENSITY {
            return false;
        }
        let heading = comparable(&text[i]);
        heading.chars().count() >= MIN_HEADLINE_CHARS && parts.contains(&heading)
    })
}

/// The maximum-sum run of blocks among `candidate`, and its score.
fn densest_prose_run(
    blocks: &[Block],
    stats: &[BlockStats],
    teasers: &[bool],
    candidate: &[bool],
) -> (Vec<bool>, i64) {
    // Weights for the maximum-sum run.
    let weight: Vec<i64> = blocks
        .iter()
        .zip(stats)
        .zip(candidate)
        .zip(teasers)
        .map(|(((b, s), &cand), &teaser)| {
            let chars = s.chars as i64;
            if s.chars == 0 {
                return 0;
            }
            if !cand {
                return -chars.min(FURNITURE_WEIGHT_CAP);
            }
            if teaser {
                return -chars;
            }
            let link_density = s.link_chars as f64 / s.chars as f64;
            if is_heading_tag(&b.tag) && link_density > MAX_LINK_DENSITY {
                // A short linked label ("NEWSLETTERS", a byline) is no teaser title.
                return if s.chars >= MIN_TEASER_TITLE_CHARS {
                    LINKED_HEADING_WEIGHT
                } else {
                    SHORT_BLOCK_WEIGHT
                };
            }
            if is_heading_tag(&b.tag) || is_caption(b) || is_pull_quote(b) {
                return 0;
            }
            if link_density > MAX_LINK_DENSITY {
                return -chars;
            }
            let min = if b.tag == "p" {
                MIN_PARAGRAPH_CHARS
            } else {
                MIN_OTHER_BLOCK_CHARS
            };
            if s.chars < min {
                SHORT_BLOCK_WEIGHT
            } else {
                chars
            }
        })
        .collect();
    let (mut best, mut best_range) = (0i64, (0usize, 0usize));
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, &w) in weight.iter().enumerate() {
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        sum += w;
        if sum > best {
            best = sum;
            best_range = (start, i + 1);
        }
    }
    let mut chosen = vec![false; blocks.len()];
    for i in best_range.0..best_range.1 {
        chosen[i] = candidate[i] && weight[i] >= 0;
    }
    // A heading just before the run (the article's title or first subheading) belongs to it.
    if best_range.0 > 0
        && candidate[best_range.0 - 1]
        && is_heading_tag(&blocks[best_range.0 - 1].tag)
    {
        chosen[best_range.0 - 1] = true;
    }
    (chosen, best)
}

/// Collapses runs of white space to one space.
fn collapse_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The blocks whose text the page's JSON-LD `articleBody` contains, when they cover enough of it.
fn blocks_in_article_body_hint(snapshot: &Snapshot, candidate: &[bool]) -> Option<Vec<bool>> {
    let hint = collapse_space(&snapshot.article_body_hint);
    if hint.chars().count() < 200 {
        return None;
    }
    let mut text = vec![String::new(); snapshot.blocks.len()];
    let blocks = text.len();
    for n in snapshot
        .nodes
        .iter()
        .filter(|n| !n.skip && n.block < blocks)
    {
        text[n.block].push_str(&n.text);
    }
    let mut chosen = vec![false; snapshot.blocks.len()];
    let mut covered = 0usize;
    for (i, t) in text.iter().enumerate() {
        let t = collapse_space(t);
        if candidate[i] && t.chars().count() >= 20 && hint.contains(&t) {
            chosen[i] = true;
            covered += t.chars().count();
        }
    }
    (covered as f64 >= HINT_COVERAGE * hint.chars().count() as f64).then_some(chosen)
}

/// Fewest characters (white space not counted) of body prose, outside headings, captions and pull
/// quotes, that make a page an article. Below it the page is a home page, a list of search results
/// or an app, whose best "run" is one teaser's summary; the shortest news briefs hold about twice
/// as much.
pub const MIN_ARTICLE_CHARS: usize = 300;

impl ArticleText {
    /// Why the page does not look like an article (too little body prose was found), or `None`.
    /// The planner then leaves it alone unless the reader asked for it.
    pub fn not_an_article(&self, snapshot: &Snapshot) -> Option<String> {
        let body: usize = snapshot
            .nodes
            .iter()
            .zip(&self.node_roles)
            .filter(|(_, r)| **r == NodeRole::Body)
            .map(|(n, _)| n.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        (body < MIN_ARTICLE_CHARS).then(|| {
            format!(
                "this page does not look like an article (its longest stretch of prose has \
                 {body} characters, fewer than {MIN_ARTICLE_CHARS}); News Context annotates it \
                 only when asked"
            )
        })
    }

    /// Lays out the nodes of the blocks [`choose_article_blocks`] picks; skipped nodes never count.
    pub fn from_snapshot(snapshot: &Snapshot) -> ArticleText {
        let blocks = &snapshot.blocks;
        let block_of = |b: usize| blocks.get(b);
        let keep_block = choose_article_blocks(snapshot);
        let mut out = ArticleText {
            text: String::new(),
            node_offsets: vec![None; snapshot.nodes.len()],
            node_roles: vec![NodeRole::Outside; snapshot.nodes.len()],
            placed: Vec::new(),
        };
        let mut last_block: Option<usize> = None;
        for (i, node) in snapshot.nodes.iter().enumerate() {
            let Some(block) = block_of(node.block) else {
                continue;
            };
            if node.skip || !keep_block[node.block] {
                continue;
            }
            if last_block.is_some_and(|b| b != node.block)
                && !out.text.is_empty()
                && !out.text.ends_with('\n')
            {
                out.text.push('\n');
            }
            last_block = Some(node.block);
            out.node_offsets[i] = Some(out.text.len());
            out.placed.push((out.text.len(), i));
            out.node_roles[i] = if is_pull_quote(block) {
                NodeRole::PullQuote
            } else if node.caption || is_caption(block) {
                NodeRole::Caption
            } else if node.heading
                || matches!(block.tag.as_str(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
            {
                NodeRole::Heading
            } else {
                NodeRole::Body
            };
            out.text.extend(node.text.chars().map(|c| {
                if matches!(c, '\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}') {
                    ' '
                } else {
                    c
                }
            }));
        }
        out
    }

    /// Splits the text range `start..end` into per-node byte ranges `(node, from, to)`, using a
    /// binary search over the placed nodes, so planning stays linear in the number of marks.
    pub fn node_ranges(
        &self,
        snapshot: &Snapshot,
        start: usize,
        end: usize,
    ) -> Vec<(usize, usize, usize)> {
        let first = self
            .placed
            .partition_point(|&(o, i)| o + snapshot.nodes[i].text.len() <= start);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::snapshot::TextNode;

    const PROSE: &str = "The minister said on Tuesday that the budget would be cut by a tenth next year, a move critics called reckless.";

    /// A test block: (tag, hints, in_article, landmarks, text, link).
    type TestBlock<'a> = (&'a str, &'a str, bool, &'a [&'a str], &'a str, bool);
    /// A test block of several nodes: (tag, hints, nodes as (text, link)).
    type NodesBlock<'a> = (&'a str, &'a str, &'a [(&'a str, bool)]);

    fn page(blocks: &[TestBlock]) -> Snapshot {
        let mut s = Snapshot::default();
        for (i, (tag, hints, in_article, landmarks, text, link)) in blocks.iter().enumerate() {
            s.blocks.push(Block {
                tag: tag.to_string(),
                hints: hints.to_string(),
                in_article: *in_article,
                landmarks: landmarks.iter().map(|l| l.to_string()).collect(),
            });
            s.nodes.push(TextNode {
                text: text.to_string(),
                block: i,
                link: *link,
                ..TextNode::default()
            });
        }
        s
    }

    #[test]
    fn navigation_and_link_lists_are_left_out_of_a_page_without_article_element() {
        let s = page(&[
            (
                "li",
                "menu-item",
                false,
                &["nav"],
                "Home World Politics Business",
                true,
            ),
            ("p", "", false, &[], PROSE, false),
            ("p", "", false, &[], PROSE, false),
            (
                "li",
                "",
                false,
                &[],
                "Read more: the ten best budget stories of the year so far",
                true,
            ),
        ]);
        assert_eq!(choose_article_blocks(&s), vec![false, true, true, false]);
    }

    #[test]
    fn an_article_header_class_is_not_page_furniture_but_a_site_header_is() {
        assert!(!furniture_word("article-header"));
        assert!(furniture_word("site-header"));
        assert!(furniture_word("comments"));
        assert!(!furniture_word("entry-content-share"));
    }

    #[test]
    fn prose_outside_an_article_element_that_only_holds_a_caption_still_wins() {
        let long = PROSE.repeat(4);
        let s = page(&[
            (
                "div",
                "caption",
                true,
                &[],
                "The minister, left, arrives at the ministry on Tuesday morning.",
                false,
            ),
            ("p", "story", false, &[], &long, false),
            ("p", "story", false, &[], &long, false),
        ]);
        let chosen = choose_article_blocks(&s);
        assert!(chosen[1] && chosen[2], "{chosen:?}");
    }

    #[test]
    fn a_page_wrapped_in_a_form_is_not_all_furniture() {
        let s = page(&[
            ("p", "", false, &["form"], PROSE, false),
            ("p", "", false, &["form"], PROSE, false),
        ]);
        assert_eq!(choose_article_blocks(&s), vec![true, true]);
    }

    #[test]
    fn the_json_ld_article_body_picks_the_blocks_it_contains() {
        let mut s = page(&[
            ("p", "", false, &[], "Sign up for our newsletter and get the best of the week in your inbox every Friday.", false),
            ("p", "", false, &[], PROSE, false),
            ("p", "", false, &[], "The opposition leader said the cuts would hurt the poorest families the most this winter.", false),
        ]);
        s.article_body_hint = format!("{PROSE} The opposition leader said the cuts would hurt the poorest families the most this winter. More text of the article follows here.");
        assert_eq!(choose_article_blocks(&s), vec![false, true, true]);
    }

    #[test]
    fn a_list_of_teasers_after_the_article_is_left_out() {
        let long = PROSE.repeat(3);
        let teaser = "A short summary of another story that the site would like the reader to open next, with a little detail.";
        let s = page(&[
            ("p", "", false, &[], &long, false),
            ("p", "", false, &[], &long, false),
            (
                "h3",
                "",
                false,
                &[],
                "Minister Quits After Row Over Budget Cuts In Parliament",
                true,
            ),
            ("p", "", false, &[], teaser, false),
            (
                "h3",
                "",
                false,
                &[],
                "Storm Brings Record Cold To The North This Weekend",
                true,
            ),
            ("p", "", false, &[], teaser, false),
        ]);
        assert_eq!(
            choose_article_blocks(&s),
            vec![true, true, false, false, false, false]
        );
    }

    /// Blocks of (tag, hints, nodes as (text, link)).
    fn page_of_nodes(title: &str, blocks: &[NodesBlock]) -> Snapshot {
        let mut s = Snapshot {
            title: title.to_string(),
            ..Snapshot::default()
        };
        for (i, (tag, hints, nodes)) in blocks.iter().enumerate() {
            s.blocks.push(Block {
                tag: tag.to_string(),
                hints: hints.to_string(),
                ..Block::default()
            });
            for (text, link) in nodes.iter() {
                s.nodes.push(TextNode {
                    text: text.to_string(),
                    block: i,
                    link: *link,
                    ..TextNode::default()
                });
            }
        }
        s
    }

    const SUMMARY: &str = "CITY: A summary of another story the site wants read next, with a place name first and a little detail after it.";

    #[test]
    fn a_run_of_blocks_each_starting_with_a_story_title_link_is_a_teaser_list() {
        let teaser: &[(&str, bool)] = &[
            ("Minister quits after a row over the budget cuts", true),
            (SUMMARY, false),
        ];
        let s = page_of_nodes(
            "",
            &[
                ("li", "", teaser),
                ("li", "", teaser),
                ("li", "", teaser),
                ("li", "", teaser),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
            ],
        );
        assert_eq!(
            choose_article_blocks(&s),
            vec![false, false, false, false, true, true, true]
        );
    }

    #[test]
    fn two_paragraphs_that_open_with_a_link_are_still_prose() {
        let linked: &[(&str, bool)] = &[
            ("The report published by the audit office", true),
            (
                " found that the ministry had overspent on consultants for the third year running.",
                false,
            ),
        ];
        let s = page_of_nodes(
            "",
            &[
                ("p", "", &[(PROSE, false)]),
                ("p", "", linked),
                ("p", "", linked),
                ("p", "", &[(PROSE, false)]),
            ],
        );
        assert_eq!(choose_article_blocks(&s), vec![true, true, true, true]);
    }

    #[test]
    fn the_run_after_the_heading_that_repeats_the_page_title_is_the_article() {
        // Other stories' summaries in plain paragraphs outweigh a short article before the hint.
        let long_summary = SUMMARY.repeat(3);
        let s = page_of_nodes(
            "Minister defends the budget cuts in parliament | The Daily Example",
            &[
                ("div", "", &[(long_summary.as_str(), false)]),
                ("div", "", &[(long_summary.as_str(), false)]),
                ("div", "", &[(long_summary.as_str(), false)]),
                (
                    "h2",
                    "",
                    &[("Minister defends the budget cuts in parliament", false)],
                ),
                ("div", "", &[("By a staff reporter", false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
            ],
        );
        assert_eq!(
            choose_article_blocks(&s),
            vec![false, false, false, true, false, true, true, true, true]
        );
    }

    #[test]
    fn a_headline_hint_never_overrides_a_far_denser_article_elsewhere() {
        let long = PROSE.repeat(6);
        let s = page_of_nodes(
            "Weather: sunny spells on Sunday",
            &[
                ("p", "", &[(long.as_str(), false)]),
                ("p", "", &[(long.as_str(), false)]),
                ("h3", "", &[("Weather: sunny spells on Sunday", false)]),
                (
                    "p",
                    "",
                    &[(
                        "Sunny spells, light winds, and a dry night are expected tomorrow.",
                        false,
                    )],
                ),
            ],
        );
        let chosen = choose_article_blocks(&s);
        assert!(chosen[0] && chosen[1], "{chosen:?}");
    }

    #[test]
    fn a_pull_quote_is_recognised_and_never_read_as_body_prose() {
        let quote = "\"We will not be caught unprepared again,\" the minister said.";
        let s = page_of_nodes(
            "",
            &[
                ("p", "", &[(PROSE, false)]),
                ("p", "pull-quote story-body", &[(quote, false)]),
                ("p", "", &[(PROSE, false)]),
            ],
        );
        assert!(is_pull_quote(&s.blocks[1]) && !is_pull_quote(&s.blocks[0]));
        let article = ArticleText::from_snapshot(&s);
        assert_eq!(article.node_roles[1], NodeRole::PullQuote);
        assert_eq!(article.node_roles[0], NodeRole::Body);
    }

    #[test]
    fn too_little_prose_is_not_an_article_and_an_article_is() {
        let short = page_of_nodes("", &[("p", "", &[(PROSE, false)])]);
        let article = ArticleText::from_snapshot(&short);
        assert!(article.not_an_article(&short).is_some());
        let long = page_of_nodes(
            "",
            &[
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
                ("p", "", &[(PROSE, false)]),
            ],
        );
        let article = ArticleText::from_snapshot(&long);
        assert_eq!(article.not_an_article(&long), None);
    }
}
