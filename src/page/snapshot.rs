//! The page as the extension sees it: its text nodes in document order, grouped into blocks.
//!
//! The JS shell builds a [`Snapshot`] without judging anything; every decision about what to mark is
//! made from it by the planner. Offsets into a node's text are UTF-16 code units, as the DOM counts.

use serde::{Deserialize, Serialize};

/// One page's text, as taken by `extension/lib/snapshot.js` or by the native HTML reader.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Snapshot {
    /// The page's address, used only to name the site in messages; never stored or sent anywhere.
    pub url: String,
    /// The document's declared language (`<html lang>`), empty when absent.
    pub lang: String,
    /// The page's title.
    pub title: String,
    /// Publication date found in the page (`article:published_time`, JSON-LD `datePublished`,
    /// `<time datetime>`), as `YYYY-MM-DD` or a longer ISO timestamp; empty when none was found.
    pub published: String,
    /// Today's date as the browser knows it (`YYYY-MM-DD`), used when the page gives no date.
    pub today: String,
    /// JSON-LD `articleBody` text when the page carries one, to recognise the article's blocks.
    pub article_body_hint: String,
    /// The reader asked to annotate this page even though it may not be an article (a home page,
    /// search results, an app): the planner then skips its "is this an article?" check.
    pub reader_asked: bool,
    /// The block-level elements holding text, in document order.
    pub blocks: Vec<Block>,
    /// The text nodes, in document order.
    pub nodes: Vec<TextNode>,
}

/// A block-level element (paragraph, heading, list item, …) that holds text nodes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Block {
    /// Lower-case tag name of the block element (`p`, `h2`, `li`, `figcaption`, `div`, …).
    pub tag: String,
    /// The `class` and `id` words of the block and its ancestors, lower-cased and space-separated,
    /// nearest first; the planner reads hints such as "nav", "comment" or "caption" from them.
    pub hints: String,
    /// True when the block lies inside `<article>`, `[itemprop=articleBody]` or `<main>`.
    pub in_article: bool,
    /// The tag names of landmark ancestors that rule text out: nav, header, footer, aside, form, …
    pub landmarks: Vec<String>,
}

/// One DOM text node. The extension writes each flag only when it is true (an absent field reads as
/// false), which halves the JSON of a page; see `docs/snapshot-json.md`.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct TextNode {
    /// The node's data exactly as the DOM holds it (lone surrogates arrive as U+FFFD).
    pub text: String,
    /// Index into [`Snapshot::blocks`] of the block this node belongs to.
    pub block: usize,
    /// Inside a heading (`h1`–`h6`).
    pub heading: bool,
    /// Inside a link.
    pub link: bool,
    /// Inside a `blockquote` or `q`.
    pub quote: bool,
    /// Inside a `figcaption` or caption.
    pub caption: bool,
    /// Must never be marked: script, style, code, inputs, `contenteditable`, hidden text, or the
    /// extension's own elements.
    pub skip: bool,
}
