//! Saved HTML → [`Snapshot`]: the native twin of `extension/lib/snapshot.js`.
//!
//! In the browser the extension walks the live DOM and hands the core a [`Snapshot`]. The CLI
//! (`news-context analyze page.html`) and the evaluation over archives of saved pages have no DOM,
//! so this module parses the HTML with html5ever (through `scraper`) and takes the same snapshot
//! with the same rules, so that both run the same planner on the same input. The rules live in the
//! constant tables below; a change to one of them must be made in `snapshot.js` too.
//!
//! What a saved page cannot tell us natively: there is no CSS, so "hidden" means only the `hidden`
//! and `aria-hidden` attributes and an inline `style` of `display:none` or `visibility:hidden`
//! (the extension asks the browser, `checkVisibility()`); and a frame's document is not in the saved
//! page (the extension walks same-origin frames' documents where they stand).
//!
//! Like the extension, the walk follows the rendered order: a declarative open shadow root
//! (`<template shadowrootmode="open">`) is walked in place of its host's children, each `<slot>`
//! standing for the light children assigned to it (or its own fallback content).
//!
//! Robustness: any `&str` is accepted and nothing here panics or recurses. Every walk is an explicit
//! loop, and the work is linear in the input. html5ever itself scans its stack of open elements for
//! many tags, which is quadratic in nesting depth (a 50,000-deep `<div>` pile takes minutes), so
//! before parsing, `limit_depth` flattens whatever would nest deeper than `MAX_DEPTH` (512) — as
//! Chrome's parser does at the same depth. Real pages never come near it and reach html5ever
//! unchanged.

use std::borrow::Cow;
use std::collections::HashMap;

use scraper::{ElementRef, Html, Node};
use serde_json::Value;

use super::snapshot::{Block, Snapshot, TextNode};

// ------------------------------------------------------------------------------------------------
// The rules, shared with extension/lib/snapshot.js.

/// Elements whose subtree is never walked: none of their text is page prose.
#[rustfmt::skip]
const NEVER_WALK_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "svg",
    "math", "iframe", "object", "canvas", "head",
];

/// Elements whose text is taken (it is on the page) but must never be marked.
const SKIP_TEXT_TAGS: &[&str] = &["code", "pre", "kbd", "samp", "button"];

/// Attributes whose mere presence makes an element's text skipped (editable or hidden text).
const SKIP_TEXT_ATTRS: &[&str] = &["contenteditable", "hidden"];

/// Block-level elements: a text node belongs to its nearest block ancestor.
#[rustfmt::skip]
const BLOCK_TAGS: &[&str] = &[
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "figure", "td",
    "th", "dd", "dt", "pre", "div", "section", "article", "header", "footer", "aside", "nav",
    "main", "address", "caption", "summary", "details", "ul", "ol", "dl", "table", "form",
    "body",
];

/// Text inside these is a heading.
const HEADING_TAGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];

/// Text inside these (when they have an `href`) is a link.
const LINK_TAGS: &[&str] = &["a"];

/// Text inside these is quoted.
const QUOTE_TAGS: &[&str] = &["blockquote", "q"];

/// Text inside these is a caption.
const CAPTION_TAGS: &[&str] = &["figcaption", "caption"];

/// A block inside one of these is in the article.
const ARTICLE_TAGS: &[&str] = &["article", "main"];

/// A block inside an element whose `itemprop` has this token is in the article.
const ARTICLE_ITEMPROP: &str = "articleBody";

/// Landmark elements, reported by tag name.
const LANDMARK_TAGS: &[&str] = &["nav", "header", "footer", "aside", "form", "menu", "dialog"];

/// Landmark roles and the tag name each is reported as.
const LANDMARK_ROLES: &[(&str, &str)] = &[
    ("navigation", "nav"),
    ("banner", "header"),
    ("contentinfo", "footer"),
    ("complementary", "aside"),
    ("search", "form"),
    ("dialog", "dialog"),
];

/// At most this many class and id words in a block's hints: as many as the planner reads
/// (`article::FURNITURE_HINT_WORDS`), as `extension/lib/snapshot.js` keeps.
const MAX_HINT_WORDS: usize = crate::page::article::FURNITURE_HINT_WORDS;

/// A longer class or id word is cut to this many characters (such words are generated hashes;
/// the cut keeps the hints of many blocks under one huge attribute linear in the input).
const MAX_HINT_WORD_CHARS: usize = 64;

/// `<meta property=…>` values giving the publication date, by priority.
const PUBLISHED_META_PROPERTIES: &[&str] = &["article:published_time"];

/// `<meta name=…>` values giving the publication date (compared ignoring ASCII case).
#[rustfmt::skip]
const PUBLISHED_META_NAMES: &[&str] = &[
    "date", "pubdate", "publishdate", "article.published", "dc.date", "dc.date.issued",
];

/// `<meta itemprop=…>` values giving the publication date.
const PUBLISHED_META_ITEMPROPS: &[&str] = &["datePublished"];

/// JSON-LD `@type`s whose `articleBody` is the article's text.
const ARTICLE_LD_TYPES: &[&str] = &["NewsArticle", "Article", "ReportageNews", "BlogPosting"];

/// JSON-LD keys under which further objects of the same page are looked for.
const LD_NESTED_KEYS: &[&str] = &["@graph", "mainEntity"];

/// Nesting deeper than this is flattened before parsing, as Chrome's parser flattens it.
const MAX_DEPTH: usize = 512;

/// After this many elements flattened at [`MAX_DEPTH`] the input is an attack, not a page: further
/// start tags that deep are dropped (their text stays), since each flattened one costs html5ever a
/// scan of its whole stack.
const MAX_FLATTENED: usize = 4096;

/// How far into the input [`looks_like_html`] looks.
const SNIFF_BYTES: usize = 8192;

/// Tags that, seen in the first bytes, say the input is HTML (two of them are needed).
#[rustfmt::skip]
const SNIFF_TAGS: &[&str] = &[
    "a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button", "caption",
    "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input",
    "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "p", "picture", "pre",
    "script", "section", "small", "source", "span", "strong", "style", "sub", "sup", "svg",
    "table", "tbody", "td", "template", "th", "thead", "time", "title", "tr", "u", "ul",
];

// ------------------------------------------------------------------------------------------------
// Entry points.

/// Reads saved HTML into the same snapshot the extension takes from a live page.
///
/// `today` is left empty (the CLI fills it). Never panics, whatever the input.
pub fn snapshot_from_html(html: &str, url: &str) -> Snapshot {
    let source = limit_depth(html);
    let doc = Html::parse_document(&source);
    let meta = read_metadata(&doc);
    let (blocks, nodes) = walk_text(&doc);
    Snapshot {
        url: url.to_string(),
        lang: meta.lang,
        title: meta.title,
        published: meta.published,
        today: String::new(),
        article_body_hint: meta.article_body,
        reader_asked: false,
        blocks,
        nodes,
    }
}

/// True when the input looks like HTML rather than plain text (a doctype, `<html>`, or several tags
/// like `<p>`, `<div>`, `<body>` near the start); plain text with an occasional "<" is not HTML.
pub fn looks_like_html(input: &str) -> bool {
    let head = &input[..floor_char_boundary(input, SNIFF_BYTES)];
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype") || lower.starts_with("<?xml") || lower.starts_with("<!--") {
        return true;
    }
    let bytes = lower.as_bytes();
    let mut tags = 0;
    let mut at = 0;
    while let Some(off) = lower[at..].find('<') {
        let start = at + off + 1;
        at = start;
        let name_start = if bytes.get(start) == Some(&b'/') {
            start + 1
        } else {
            start
        };
        let name_end = name_start
            + bytes[name_start..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
        let name = &lower[name_start..name_end];
        let delimited = matches!(
            bytes.get(name_end),
            Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
        );
        if name.is_empty() || !delimited {
            continue;
        }
        if name == "html" {
            return true;
        }
        if SNIFF_TAGS.contains(&name) {
            tags += 1;
            if tags >= 2 {
                return true;
            }
        }
    }
    lower.contains("<!doctype")
}

// ------------------------------------------------------------------------------------------------
// Text nodes and blocks.

/// The inherited state of one open element during the walk.
struct Frame<'a> {
    el: ElementRef<'a>,
    /// Index in the frame stack of the nearest block element (this frame when it is a block).
    block: usize,
    heading: bool,
    link: bool,
    quote: bool,
    caption: bool,
    /// `code`, `pre`, inputs, `contenteditable`, `hidden`, `aria-hidden=true`.
    skip: bool,
    /// An inline `display:none` here or above (cannot be undone below).
    display_none: bool,
    /// Inline `visibility`, inherited (a descendant's `visibility:visible` undoes it).
    invisible: bool,
    in_article: bool,
    landmarks: Landmarks,
    /// Head of this element's hint words in the hint arena (nearest first), if any.
    hints: Option<usize>,
    /// Length of the hint arena before this element's words were pushed.
    arena_mark: usize,
}

/// Distinct landmark names, nearest first (indices into [`LANDMARK_TAGS`]).
#[derive(Clone, Copy, Default)]
struct Landmarks {
    codes: [u8; LANDMARK_TAGS.len()],
    len: usize,
}

impl Landmarks {
    fn push(&mut self, code: u8) {
        if !self.codes[..self.len].contains(&code) && self.len < self.codes.len() {
            self.codes[self.len] = code;
            self.len += 1;
        }
    }

    fn names(&self) -> Vec<String> {
        self.codes[..self.len]
            .iter()
            .map(|&c| LANDMARK_TAGS[c as usize].to_string())
            .collect()
    }
}

/// One class or id word in the hint arena, linked to the next-nearest word.
struct HintWord<'a> {
    word: &'a str,
    next: Option<usize>,
}

/// A node of the parsed tree (what `ElementRef` wraps).
type TreeNode<'a> = <ElementRef<'a> as std::ops::Deref>::Target;

/// Where the walk takes an open element's children from, in the order a browser renders them.
enum Cursor<'a> {
    /// A chain of siblings from the first; the shadow host when the chain is inside its shadow root.
    Siblings(Option<TreeNode<'a>>, Option<TreeNode<'a>>),
    /// The light children assigned to a `<slot>`, and the next to walk.
    List(Vec<TreeNode<'a>>, usize),
}

impl<'a> Cursor<'a> {
    fn next(&mut self) -> Option<TreeNode<'a>> {
        match self {
            Cursor::Siblings(next, _) => {
                let node = (*next)?;
                *next = node.next_sibling();
                Some(node)
            }
            Cursor::List(list, at) => {
                let node = list.get(*at).copied();
                *at += 1;
                node
            }
        }
    }

    /// The host whose shadow root these children belong to (slots inside it take its light children).
    fn shadow_host(&self) -> Option<TreeNode<'a>> {
        match self {
            Cursor::Siblings(_, host) => *host,
            Cursor::List(..) => None,
        }
    }
}

/// The declarative open shadow root of `el` (`<template shadowrootmode="open">`, its first element
/// child), which a browser renders in place of `el`'s children. Closed roots are not walked, as the
/// extension cannot see them either.
fn open_shadow_root(el: ElementRef) -> Option<ElementRef> {
    let first = el.children().find_map(ElementRef::wrap)?;
    let v = first.value();
    let mode = v.attr("shadowrootmode")?;
    (v.name() == "template" && mode.trim().eq_ignore_ascii_case("open")).then_some(first)
}

/// The light children of `host` that its shadow root's `slot` shows: those whose `slot` attribute
/// names it, or, for the default slot (no `name`), those without a `slot` attribute. The shadow
/// root's own `<template>` is not a light child.
fn assigned_nodes<'a>(host: TreeNode<'a>, slot: ElementRef<'a>) -> Vec<TreeNode<'a>> {
    let name = slot.value().attr("name").unwrap_or("");
    host.children()
        .filter(|n| match n.value() {
            Node::Element(e) => {
                if e.name() == "template" && e.attr("shadowrootmode").is_some() {
                    return false;
                }
                e.attr("slot").unwrap_or("") == name
            }
            Node::Text(_) => name.is_empty(),
            _ => false,
        })
        .collect()
}

fn walk_text(doc: &Html) -> (Vec<Block>, Vec<TextNode>) {
    let mut blocks = Vec::new();
    let mut nodes = Vec::new();
    let Some(html_el) = doc.tree.root().children().find_map(ElementRef::wrap) else {
        return (blocks, nodes);
    };
    // Walk <body>, or the whole document element when there is none (a frameset page).
    let body = html_el
        .children()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "body");
    let mut arena: Vec<HintWord> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let root = match body {
        Some(body) => {
            let html_frame = enter(None, html_el, 0, &mut arena);
            let mut frame = enter(Some(&html_frame), body, 0, &mut arena);
            frame.block = 0;
            frame
        }
        None => {
            let mut frame = enter(None, html_el, 0, &mut arena);
            frame.block = 0;
            frame
        }
    };
    stack.push(root);
    let mut prev_block: Option<ElementRef> = None;

    // Each open element's cursor over its children in the rendered order (see `Cursor`).
    let mut cursors: Vec<Cursor> = vec![Cursor::Siblings(stack[0].el.first_child(), None)];
    while let Some(cursor) = cursors.last_mut() {
        let Some(node) = cursor.next() else {
            // The top element's children are done: close it and go on with its parent's next child.
            if stack.len() == 1 {
                break;
            }
            cursors.pop();
            if let Some(done) = stack.pop() {
                arena.truncate(done.arena_mark);
            }
            continue;
        };
        let host = cursor.shadow_host();
        match node.value() {
            Node::Text(text) => {
                let text: &str = text;
                if !is_blank(text) {
                    let Some(top) = stack.last() else { break };
                    let block = &stack[top.block];
                    if prev_block != Some(block.el) {
                        blocks.push(make_block(block, &arena));
                        prev_block = Some(block.el);
                    }
                    nodes.push(TextNode {
                        text: text.to_string(),
                        block: blocks.len() - 1,
                        heading: top.heading,
                        link: top.link,
                        quote: top.quote,
                        caption: top.caption,
                        skip: top.skip || top.display_none || top.invisible,
                    });
                }
            }
            Node::Element(el)
                if !NEVER_WALK_TAGS.contains(&el.name())
                    && (node.has_children() || (host.is_some() && el.name() == "slot")) =>
            {
                let Some(el) = ElementRef::wrap(node) else {
                    break;
                };
                let children = if let Some(shadow) = open_shadow_root(el) {
                    // html5ever keeps a template's contents under a fragment, its one child.
                    let contents = shadow
                        .first_child()
                        .filter(|f| matches!(f.value(), Node::Fragment))
                        .and_then(|f| f.first_child());
                    Cursor::Siblings(contents, Some(node))
                } else if let (Some(host), "slot") = (host, el.value().name()) {
                    let assigned = assigned_nodes(host, el);
                    if assigned.is_empty() {
                        Cursor::Siblings(node.first_child(), Some(host))
                    } else {
                        Cursor::List(assigned, 0)
                    }
                } else {
                    Cursor::Siblings(node.first_child(), host)
                };
                let index = stack.len();
                let frame = enter(stack.last(), el, index, &mut arena);
                stack.push(frame);
                cursors.push(children);
            }
            _ => {}
        }
    }
    (blocks, nodes)
}

/// The frame for `el`, opened inside `parent`, to sit at `index` in the stack.
fn enter<'a>(
    parent: Option<&Frame<'a>>,
    el: ElementRef<'a>,
    index: usize,
    arena: &mut Vec<HintWord<'a>>,
) -> Frame<'a> {
    let e = el.value();
    let tag = e.name();
    let attr = |name: &str| e.attrs().find(|(k, _)| *k == name).map(|(_, v)| v);
    let has_token = |name: &str, token: &str| {
        attr(name).is_some_and(|v| {
            v.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case(token))
        })
    };
    let inherited = |f: fn(&Frame) -> bool| parent.is_some_and(f);

    let style = attr("style").map(inline_style).unwrap_or_default();
    let invisible = match style.visibility {
        Some(hidden) => hidden,
        None => inherited(|p| p.invisible),
    };

    let mut landmarks = Landmarks::default();
    if let Some(i) = LANDMARK_TAGS.iter().position(|t| *t == tag) {
        landmarks.push(i as u8);
    }
    if let Some(role) = attr("role") {
        for token in role.split_ascii_whitespace() {
            let mapped = LANDMARK_ROLES
                .iter()
                .find(|(r, _)| r.eq_ignore_ascii_case(token));
            if let Some(i) = mapped.and_then(|(_, t)| LANDMARK_TAGS.iter().position(|l| l == t)) {
                landmarks.push(i as u8);
            }
        }
    }
    if let Some(p) = parent {
        for &code in &p.landmarks.codes[..p.landmarks.len] {
            landmarks.push(code);
        }
    }

    // This element's class words then id words go in front of its parent's, nearest first.
    let arena_mark = arena.len();
    let mut words: Vec<&'a str> = Vec::new();
    for name in ["class", "id"] {
        if let Some(v) = attr(name) {
            words.extend(
                v.split_ascii_whitespace()
                    .take(MAX_HINT_WORDS - words.len().min(MAX_HINT_WORDS)),
            );
        }
    }
    words.truncate(MAX_HINT_WORDS);
    let mut hints = parent.and_then(|p| p.hints);
    for word in words.into_iter().rev() {
        arena.push(HintWord { word, next: hints });
        hints = Some(arena.len() - 1);
    }

    let block = if BLOCK_TAGS.contains(&tag) {
        index
    } else {
        parent.map_or(index, |p| p.block)
    };
    Frame {
        el,
        block,
        heading: inherited(|p| p.heading) || HEADING_TAGS.contains(&tag),
        link: inherited(|p| p.link) || (LINK_TAGS.contains(&tag) && attr("href").is_some()),
        quote: inherited(|p| p.quote) || QUOTE_TAGS.contains(&tag),
        caption: inherited(|p| p.caption) || CAPTION_TAGS.contains(&tag),
        skip: inherited(|p| p.skip)
            || SKIP_TEXT_TAGS.contains(&tag)
            || SKIP_TEXT_ATTRS.iter().any(|a| attr(a).is_some())
            || attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")),
        display_none: inherited(|p| p.display_none) || style.display_none,
        invisible,
        in_article: inherited(|p| p.in_article)
            || ARTICLE_TAGS.contains(&tag)
            || has_token("itemprop", ARTICLE_ITEMPROP),
        landmarks,
        hints,
        arena_mark,
    }
}

fn make_block(frame: &Frame, arena: &[HintWord]) -> Block {
    let mut hints = String::new();
    let mut at = frame.hints;
    for count in 0..MAX_HINT_WORDS {
        let Some(entry) = at.and_then(|i| arena.get(i)) else {
            break;
        };
        if count > 0 {
            hints.push(' ');
        }
        let word = entry.word;
        let cut = word
            .char_indices()
            .nth(MAX_HINT_WORD_CHARS)
            .map_or(word.len(), |(i, _)| i);
        hints.push_str(&word[..cut].to_lowercase());
        at = entry.next;
    }
    Block {
        tag: frame.el.value().name().to_ascii_lowercase(),
        hints,
        in_article: frame.in_article,
        landmarks: frame.landmarks.names(),
    }
}

/// What an inline `style` attribute says about visibility.
#[derive(Default)]
struct InlineStyle {
    display_none: bool,
    /// `Some(true)` for `visibility: hidden|collapse`, `Some(false)` for `visible`.
    visibility: Option<bool>,
}

fn inline_style(style: &str) -> InlineStyle {
    let mut out = InlineStyle::default();
    for declaration in style.split(';') {
        let Some((property, value)) = declaration.split_once(':') else {
            continue;
        };
        let value = value.trim();
        let value = match value.len().checked_sub("!important".len()) {
            Some(cut)
                if value.is_char_boundary(cut)
                    && value[cut..].eq_ignore_ascii_case("!important") =>
            {
                value[..cut].trim_end()
            }
            _ => value,
        };
        let property = property.trim();
        if property.eq_ignore_ascii_case("display") {
            out.display_none = value.eq_ignore_ascii_case("none");
        } else if property.eq_ignore_ascii_case("visibility") {
            if value.eq_ignore_ascii_case("hidden") || value.eq_ignore_ascii_case("collapse") {
                out.visibility = Some(true);
            } else if value.eq_ignore_ascii_case("visible") {
                out.visibility = Some(false);
            }
        }
    }
    out
}

/// True when the text is empty or only whitespace as JavaScript's `trim()` sees it.
fn is_blank(text: &str) -> bool {
    text.chars().all(|c| {
        matches!(
            c,
            '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
                ..='\u{200a}'
                    | '\u{2028}'
                    | '\u{2029}'
                    | '\u{202f}'
                    | '\u{205f}'
                    | '\u{3000}'
                    | '\u{feff}'
        )
    })
}

// ------------------------------------------------------------------------------------------------
// Title, language, date and JSON-LD.

#[derive(Default)]
struct Metadata {
    lang: String,
    title: String,
    published: String,
    article_body: String,
}

fn read_metadata(doc: &Html) -> Metadata {
    let mut title: Option<String> = None;
    let mut meta_property: Option<&str> = None;
    let mut meta_name: Option<&str> = None;
    let mut meta_itemprop: Option<&str> = None;
    let mut time_in_article: Option<&str> = None;
    let mut time_in_body: Option<&str> = None;
    let mut json_ld: Vec<Value> = Vec::new();
    let mut lang = String::new();

    let root = doc.tree.root();
    if let Some(html_el) = root.children().find_map(ElementRef::wrap) {
        lang = html_el
            .value()
            .attr("lang")
            .unwrap_or("")
            .trim()
            .to_string();
    }

    // One pre-order walk of the whole document, not into svg, math or template contents.
    let (mut in_article, mut in_body) = (0usize, 0usize);
    let mut next = root.first_child();
    while let Some(node) = next {
        let mut descend = false;
        if let Node::Element(e) = node.value() {
            let name = e.name();
            let attr = |a: &str| e.attrs().find(|(k, _)| *k == a).map(|(_, v)| v.trim());
            let content = || attr("content").filter(|c| !c.is_empty());
            match name {
                "title" if title.is_none() => {
                    let text: String = node
                        .children()
                        .filter_map(|c| c.value().as_text().map(|t| &**t))
                        .collect();
                    title = Some(text.split_ascii_whitespace().collect::<Vec<_>>().join(" "));
                }
                "meta" => {
                    let is = |a: &str, table: &[&str]| {
                        attr(a).is_some_and(|v| table.iter().any(|t| t.eq_ignore_ascii_case(v)))
                    };
                    if meta_property.is_none() && is("property", PUBLISHED_META_PROPERTIES) {
                        meta_property = content();
                    }
                    if meta_name.is_none() && is("name", PUBLISHED_META_NAMES) {
                        meta_name = content();
                    }
                    if meta_itemprop.is_none() && is("itemprop", PUBLISHED_META_ITEMPROPS) {
                        meta_itemprop = content();
                    }
                }
                "script" => {
                    let kind = attr("type").unwrap_or("");
                    let essence = kind.split(';').next().unwrap_or("").trim();
                    if essence.eq_ignore_ascii_case("application/ld+json") {
                        let text: String = node
                            .children()
                            .filter_map(|c| c.value().as_text().map(|t| &**t))
                            .collect();
                        if let Ok(value) = serde_json::from_str::<Value>(text.trim()) {
                            json_ld.push(value);
                        }
                    }
                }
                "time" if in_body > 0 => {
                    if let Some(datetime) = attr("datetime").filter(|d| !d.is_empty()) {
                        if in_article > 0 && time_in_article.is_none() {
                            time_in_article = Some(datetime);
                        }
                        if time_in_body.is_none() {
                            time_in_body = Some(datetime);
                        }
                    }
                }
                _ => {}
            }
            descend = !matches!(name, "svg" | "math" | "template") && node.has_children();
            if descend {
                in_article += usize::from(name == "article");
                in_body += usize::from(name == "body");
            }
        }
        if descend {
            next = node.first_child();
            continue;
        }
        // Go on with the next sibling, closing the elements we climb out of.
        let mut at = node;
        next = None;
        loop {
            if let Some(sibling) = at.next_sibling() {
                next = Some(sibling);
                break;
            }
            let Some(parent) = at.parent() else { break };
            if parent == root {
                break;
            }
            if let Node::Element(e) = parent.value() {
                in_article -= usize::from(e.name() == "article" && in_article > 0);
                in_body -= usize::from(e.name() == "body" && in_body > 0);
            }
            at = parent;
        }
    }

    let objects = ld_objects(&json_ld);
    let ld_published = objects
        .iter()
        .find_map(|o| ld_string(o.get("datePublished")));
    let article_body = objects
        .iter()
        .filter(|o| ld_is_article(o))
        .find_map(|o| ld_string(o.get("articleBody")))
        .unwrap_or_default();
    let published = meta_property
        .or(meta_name)
        .or(meta_itemprop)
        .map(str::to_string)
        .or(ld_published)
        .or(time_in_article.or(time_in_body).map(str::to_string))
        .unwrap_or_default();
    Metadata {
        lang,
        title: title.unwrap_or_default(),
        published,
        article_body,
    }
}

type LdObject = serde_json::Map<String, Value>;

/// The JSON-LD objects of the page in document order: top-level objects, array members, and the
/// members of `@graph` (and `mainEntity`) inside them.
fn ld_objects(values: &[Value]) -> Vec<&LdObject> {
    let mut out = Vec::new();
    let mut todo: Vec<&Value> = values.iter().rev().collect();
    while let Some(value) = todo.pop() {
        match value {
            Value::Array(items) => todo.extend(items.iter().rev()),
            Value::Object(object) => {
                out.push(object);
                todo.extend(LD_NESTED_KEYS.iter().rev().filter_map(|k| object.get(*k)));
            }
            _ => {}
        }
    }
    out
}

/// A string value, or the first non-empty string of an array; trimmed, never empty.
fn ld_string(value: Option<&Value>) -> Option<String> {
    let text = match value? {
        Value::String(s) => s.as_str(),
        Value::Array(items) => items
            .iter()
            .find_map(|v| v.as_str().filter(|s| !s.trim().is_empty()))?,
        _ => return None,
    };
    Some(text.trim().to_string()).filter(|s| !s.is_empty())
}

/// True when the object's `@type` (a string or an array of them, maybe prefixed with `schema:` or
/// a schema.org URL) is one of [`ARTICLE_LD_TYPES`].
fn ld_is_article(object: &LdObject) -> bool {
    let is_article = |t: &str| {
        let name = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
        ARTICLE_LD_TYPES.contains(&name)
    };
    match object.get("@type") {
        Some(Value::String(t)) => is_article(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(is_article),
        _ => false,
    }
}

// ------------------------------------------------------------------------------------------------
// The depth guard.

/// Elements with no end tag.
#[rustfmt::skip]
const VOID_TAGS: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose content the tokenizer reads as text up to their end tag.
#[rustfmt::skip]
const RAW_TEXT_TAGS: &[&str] = &[
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
];

/// Start tags that close an open `p`.
#[rustfmt::skip]
const P_CLOSERS: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div",
    "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "listing", "main", "menu", "nav", "ol", "p", "pre",
    "search", "section", "summary", "table", "ul", "li", "dd", "dt", "xmp",
];

/// True when a start tag `opening` implicitly closes an open `open` element on top of the stack.
fn closes(opening: &str, open: &str) -> bool {
    match open {
        "p" => P_CLOSERS.contains(&opening),
        "li" => opening == "li",
        "dt" | "dd" => matches!(opening, "dt" | "dd"),
        "option" => matches!(opening, "option" | "optgroup"),
        "optgroup" => opening == "optgroup",
        "td" | "th" => matches!(opening, "td" | "th" | "tr" | "tbody" | "thead" | "tfoot"),
        "tr" => matches!(opening, "tr" | "tbody" | "thead" | "tfoot"),
        "tbody" | "thead" | "tfoot" => matches!(opening, "tbody" | "thead" | "tfoot"),
        _ => false,
    }
}

/// The input with its nesting flattened at [`MAX_DEPTH`], as Chrome's parser does: an element that
/// would open deeper is opened next to the element at the limit instead (an end tag for that one
/// is inserted before it, and its own end tag is removed later). Past [`MAX_FLATTENED`] of those,
/// such start tags are dropped instead. Borrowed unchanged when nothing is that deep, as on any
/// real page.
///
/// Past the limit an element's descendants are no longer inside it, so text that deep loses what
/// its outer elements said about it (skip, link, heading, never-walked) — as it does in Chrome.
///
/// A single linear pass of a small tokenizer: comments, doctypes, and the text of raw-text
/// elements (script, style, textarea, …) are stepped over; the nesting is estimated from end tags
/// and the commonest implied end tags (`p`, `li`, `td`, …). It only has to be right about depth
/// on pages that are absurdly deep; everywhere else it changes nothing.
fn limit_depth(html: &str) -> Cow<'_, str> {
    struct Open {
        name: String,
        /// Closed early by an inserted end tag, or dropped: either way its own end tag goes.
        detached: bool,
    }
    let bytes = html.as_bytes();
    let mut stack: Vec<Open> = Vec::new();
    let mut open_counts: HashMap<String, usize> = HashMap::new();
    let mut depth = 0usize; // open elements not detached
    let mut flattened = 0usize;
    let mut foreign = 0usize; // open svg and math elements
    let mut out: Option<String> = None;
    let mut copied = 0usize; // bytes of `html` already accounted for in `out`
                             // Replace html[start..end] with `with`.
    let splice =
        |out: &mut Option<String>, copied: &mut usize, start: usize, end: usize, with: &str| {
            let buffer = out.get_or_insert_with(|| String::with_capacity(html.len() + 64));
            buffer.push_str(&html[*copied..start]);
            buffer.push_str(with);
            *copied = end;
        };

    let mut at = 0usize;
    while let Some(off) = memchr(b'<', &bytes[at..]) {
        let start = at + off;
        at = start + 1;
        match bytes.get(at) {
            Some(b'!') => {
                at = if html[at..].starts_with("!--") {
                    comment_end(html, at + 3)
                } else if foreign > 0 && html[at..].starts_with("![CDATA[") {
                    html[at..].find("]]>").map_or(html.len(), |i| at + i + 3)
                } else {
                    skip_to_gt(bytes, at)
                };
            }
            Some(b'?') => at = skip_to_gt(bytes, at),
            Some(b'/') => {
                let name_start = at + 1;
                if !bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
                    at = skip_to_gt(bytes, at);
                    continue;
                }
                let name_end = tag_name_end(bytes, name_start);
                let name = html[name_start..name_end].to_ascii_lowercase();
                let end = skip_to_gt(bytes, name_end);
                at = end;
                if open_counts.get(&name).copied().unwrap_or(0) == 0 {
                    // A stray end tag makes no text; at the limit it only costs html5ever a scan.
                    if depth >= MAX_DEPTH {
                        splice(&mut out, &mut copied, start, end, "");
                    }
                    continue;
                }
                // Close everything down to the nearest open element of that name.
                while let Some(open) = stack.pop() {
                    close(&open, &mut open_counts, &mut depth, &mut foreign);
                    if open.name == name {
                        if open.detached {
                            splice(&mut out, &mut copied, start, end, "");
                        }
                        break;
                    }
                }
            }
            Some(b) if b.is_ascii_alphabetic() => {
                let name_end = tag_name_end(bytes, at);
                let name = html[at..name_end].to_ascii_lowercase();
                let (end, self_closing) = start_tag_end(bytes, name_end);
                at = end;
                if name == "plaintext" {
                    break; // the rest of the document is text
                }
                if RAW_TEXT_TAGS.contains(&name.as_str()) {
                    at = raw_text_end(html, end, &name);
                    continue;
                }
                if VOID_TAGS.contains(&name.as_str())
                    || matches!(name.as_str(), "html" | "head" | "body")
                    || (self_closing && foreign > 0)
                {
                    continue;
                }
                while stack.last().is_some_and(|top| closes(&name, &top.name)) {
                    if let Some(open) = stack.pop() {
                        close(&open, &mut open_counts, &mut depth, &mut foreign);
                    }
                }
                let mut detached = false;
                if depth >= MAX_DEPTH && flattened >= MAX_FLATTENED {
                    // An adversarial pile: the tag goes, its content joins the deepest element.
                    splice(&mut out, &mut copied, start, end, "");
                    detached = true;
                } else if depth >= MAX_DEPTH {
                    // Open it beside the deepest element rather than inside it.
                    if let Some(deepest) = stack.iter_mut().rev().find(|o| !o.detached) {
                        deepest.detached = true;
                        depth -= 1;
                        if matches!(deepest.name.as_str(), "svg" | "math") {
                            foreign -= 1;
                        }
                        let end_tag = format!("</{}>", deepest.name);
                        splice(&mut out, &mut copied, start, start, &end_tag);
                    }
                    flattened += 1;
                }
                if !detached {
                    depth += 1;
                    if matches!(name.as_str(), "svg" | "math") {
                        foreign += 1;
                    }
                }
                *open_counts.entry(name.clone()).or_insert(0) += 1;
                stack.push(Open { name, detached });
            }
            _ => {}
        }
    }

    fn close(
        open: &Open,
        counts: &mut HashMap<String, usize>,
        depth: &mut usize,
        foreign: &mut usize,
    ) {
        if let Some(n) = counts.get_mut(&open.name) {
            *n = n.saturating_sub(1);
        }
        if !open.detached {
            *depth = depth.saturating_sub(1);
            if matches!(open.name.as_str(), "svg" | "math") {
                *foreign = foreign.saturating_sub(1);
            }
        }
    }

    match out {
        Some(mut buffer) => {
            buffer.push_str(&html[copied.min(html.len())..]);
            Cow::Owned(buffer)
        }
        None => Cow::Borrowed(html),
    }
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`).
fn comment_end(html: &str, from: usize) -> usize {
    let rest = &html[from..];
    if rest.starts_with('>') {
        return from + 1; // <!-->
    }
    if rest.starts_with("->") {
        return from + 2; // <!--->
    }
    let plain = rest.find("-->").map(|i| from + i + 3);
    let bang = rest.find("--!>").map(|i| from + i + 4);
    match (plain, bang) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b).unwrap_or(html.len()),
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// Where a tag name starting at `from` ends (at whitespace, `/`, `>` or the end).
fn tag_name_end(bytes: &[u8], from: usize) -> usize {
    from + bytes[from..]
        .iter()
        .take_while(|b| !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'))
        .count()
}

/// Just past the next `>` from `from` (or the end of the input).
fn skip_to_gt(bytes: &[u8], from: usize) -> usize {
    memchr(b'>', &bytes[from.min(bytes.len())..]).map_or(bytes.len(), |i| from + i + 1)
}

/// Just past the `>` that ends a start tag whose attributes begin at `from`, honouring quoted
/// attribute values; and whether the tag ends with `/>`.
fn start_tag_end(bytes: &[u8], from: usize) -> (usize, bool) {
    let mut i = from;
    let mut after_equals = false;
    while i < bytes.len() {
        match bytes[i] {
            b'>' => return (i + 1, i > from && bytes[i - 1] == b'/'),
            b'=' => after_equals = true,
            q @ (b'"' | b'\'') if after_equals => {
                i = memchr(q, &bytes[i + 1..]).map_or(bytes.len(), |j| i + 1 + j);
                after_equals = false;
            }
            b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' => {}
            _ => after_equals = false,
        }
        i += 1;
    }
    (bytes.len(), false)
}

/// Just past the end tag `</name>` closing a raw-text element whose text starts at `from`.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut at = from;
    while let Some(off) = html.get(at..).and_then(|rest| rest.find("</")) {
        let name_start = at + off + 2;
        let name_end = name_start + name.len();
        let matches_name = bytes
            .get(name_start..name_end)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        let delimited = matches!(
            bytes.get(name_end),
            None | Some(b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>')
        );
        if matches_name && delimited {
            return skip_to_gt(bytes, name_end);
        }
        at = name_start;
    }
    html.len()
}

/// The largest char boundary of `s` not after `index`.
fn floor_char_boundary(s: &str, index: usize) -> usize {
    if index >= s.len() {
        return s.len();
    }
    (0..=index)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declarative_open_shadow_roots_are_walked_with_their_slots_as_the_browser_renders_them() {
        let html = r#"<html><body><news-story>
            <template shadowrootmode="open"><article><h1>Heading</h1><p>Shadow text</p>
              <slot name="lead"></slot><slot></slot><slot name="empty">Fallback text</slot></article></template>
            <p>Default slotted</p><p slot="lead">Lead slotted</p>
          </news-story>
          <other-story><template shadowrootmode="closed"><p>Closed text</p></template><p>Light text</p></other-story>
          </body></html>"#;
        let s = snapshot_from_html(html, "");
        let texts: Vec<&str> = s.nodes.iter().map(|n| n.text.trim()).collect();
        assert_eq!(
            texts,
            [
                "Heading",
                "Shadow text",
                "Lead slotted",
                "Default slotted",
                "Fallback text",
                "Light text"
            ]
        );
        let shadow = &s.nodes[1];
        assert!(
            s.blocks[shadow.block].in_article,
            "the shadow root's <article> counts"
        );
        assert!(
            s.blocks[s.nodes[2].block].in_article,
            "slotted paragraphs sit in the shadow's article"
        );
        assert!(s.nodes[0].heading);
    }

    #[test]
    fn depth_guard_leaves_ordinary_html_borrowed() {
        let lists = format!("<ul>{}</ul>", "<li>item".repeat(2000));
        let paragraphs = "<p>para".repeat(2000);
        let table = format!("<table>{}</table>", "<tr><td>a<td>b".repeat(2000));
        let hidden = format!(
            "<!-- {} --><script>{}</script>",
            "<div>".repeat(2000),
            "'<div>'".repeat(2000)
        );
        for html in [
            lists.as_str(),
            &paragraphs,
            &table,
            &hidden,
            "<div><p>x</p></div>",
            "",
            "<",
            "</",
        ] {
            assert!(
                matches!(limit_depth(html), Cow::Borrowed(_)),
                "{:.60}",
                html
            );
        }
    }

    #[test]
    fn depth_guard_leaves_real_pages_borrowed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/pages");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            println!("skipped: no corpus at {}", dir.display());
            return;
        };
        for entry in entries.flatten() {
            let Ok(bytes) = std::fs::read(entry.path().join("source.html")) else {
                continue;
            };
            let html = String::from_utf8_lossy(&bytes);
            assert!(
                matches!(limit_depth(&html), Cow::Borrowed(_)),
                "{}",
                entry.path().display()
            );
        }
    }

    #[test]
    fn depth_guard_flattens_past_max_depth() {
        let n = MAX_DEPTH + 10;
        let html = format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        let out = limit_depth(&html);
        // Ten inserted end tags open the extra divs beside the deepest; ten of the original end
        // tags go, so the divs still balance.
        assert_eq!(out.matches("<div>").count(), n);
        assert_eq!(out.matches("</div>").count(), n);
        let doc = Html::parse_document(&out);
        let deepest = doc
            .tree
            .nodes()
            .filter(|n| n.value().is_element())
            .map(|n| n.ancestors().count())
            .max();
        assert_eq!(
            deepest,
            Some(MAX_DEPTH + 2),
            "document, html and body above the divs"
        );
    }

    #[test]
    fn depth_guard_drops_tags_past_the_flattening_budget() {
        let n = MAX_DEPTH + MAX_FLATTENED + 100;
        let html = format!("{}x{}", "<span>".repeat(n), "</span>".repeat(n));
        let out = limit_depth(&html);
        assert_eq!(out.matches("<span>").count(), MAX_DEPTH + MAX_FLATTENED);
        assert_eq!(out.matches("</span>").count(), MAX_DEPTH + MAX_FLATTENED);
        assert!(out.contains('x'));
    }

    #[test]
    fn depth_guard_keeps_raw_text_past_the_limit() {
        let html = format!(
            "{}<script>var t = '<p>not text</p>';</script><p>text</p>",
            "<div>".repeat(MAX_DEPTH + 50)
        );
        let out = limit_depth(&html);
        assert!(out.contains("<script>var t = '<p>not text</p>';</script>"));
        let s = snapshot_from_html(&html, "");
        let texts: Vec<&str> = s.nodes.iter().map(|n| n.text.as_str()).collect();
        assert_eq!(texts, ["text"]);
    }

    #[test]
    fn depth_guard_tokenizer_steps_over_quotes_comments_and_raw_text() {
        assert_eq!(
            start_tag_end(br#" title="a > b" class='c'>rest"#, 0),
            (25, false)
        );
        assert_eq!(start_tag_end(b" x=1/>", 0), (6, true));
        assert_eq!(start_tag_end(b" unterminated=\"", 0), (15, false));
        assert_eq!(comment_end("<!-->x", 4), 5);
        assert_eq!(comment_end("<!--->x", 4), 6);
        assert_eq!(comment_end("<!-- a --!> b -->", 4), 11);
        assert_eq!(comment_end("<!-- open", 4), 9);
        let script = "<script>a = '</scripts>'; b = '</SCRIPT >'; rest";
        assert_eq!(raw_text_end(script, 8, "script"), 41);
        assert_eq!(raw_text_end("<title>never closed", 7, "title"), 19);
    }

    #[test]
    fn inline_style_reads_display_and_visibility() {
        let s = inline_style("color: red; DISPLAY : None !IMPORTANT");
        assert!(s.display_none);
        assert_eq!(s.visibility, None);
        let s = inline_style("display:none; display: block");
        assert!(!s.display_none, "the last declaration wins");
        assert_eq!(inline_style("visibility:hidden").visibility, Some(true));
        assert_eq!(inline_style("visibility: collapse").visibility, Some(true));
        assert_eq!(inline_style("visibility: visible").visibility, Some(false));
        assert_eq!(inline_style("visibility").visibility, None);
        assert!(!inline_style("").display_none);
        assert!(!inline_style("é:!important;;:").display_none);
    }

    #[test]
    fn blank_is_what_javascript_trim_removes() {
        assert!(is_blank(""));
        assert!(is_blank(
            " \t\r\n\u{b}\u{c}\u{a0}\u{feff}\u{2003}\u{3000}\u{2028}"
        ));
        assert!(
            !is_blank("\u{200b}"),
            "a zero-width space is not whitespace to JS"
        );
        assert!(!is_blank("\u{85}"), "nor is NEL");
        assert!(!is_blank(" x "));
    }

    #[test]
    fn landmarks_keep_the_first_of_each_name() {
        let mut l = Landmarks::default();
        for code in [3, 1, 3, 0, 1, 6, 2, 4, 5, 0] {
            l.push(code);
        }
        assert_eq!(
            l.names(),
            ["aside", "header", "nav", "dialog", "footer", "form", "menu"]
        );
    }

    #[test]
    fn json_ld_objects_in_document_order() {
        let values: Vec<Value> = [
            r#"[{"@type":"A"},{"@type":"B","@graph":[{"@type":"C"},[{"@type":"D"}]]}]"#,
            r#"{"@type":"E","mainEntity":{"@type":"F"},"author":{"@type":"Person"}}"#,
            r#""just a string""#,
        ]
        .iter()
        .map(|t| serde_json::from_str(t).unwrap())
        .collect();
        let types: Vec<&str> = ld_objects(&values)
            .iter()
            .filter_map(|o| o.get("@type")?.as_str())
            .collect();
        assert_eq!(types, ["A", "B", "C", "D", "E", "F"]);
    }

    #[test]
    fn json_ld_types_and_strings() {
        let object = |t: &str| serde_json::from_str::<LdObject>(t).unwrap();
        assert!(ld_is_article(&object(r#"{"@type":"schema:NewsArticle"}"#)));
        assert!(ld_is_article(&object(
            r#"{"@type":"http://schema.org/Article"}"#
        )));
        assert!(ld_is_article(&object(
            r#"{"@type":["Thing","BlogPosting"]}"#
        )));
        assert!(!ld_is_article(&object(r#"{"@type":"WebPage"}"#)));
        assert!(!ld_is_article(&object(r#"{"type":"Article"}"#)));
        assert!(!ld_is_article(&object(r#"{"@type":7}"#)));
        let v = |t: &str| serde_json::from_str::<Value>(t).unwrap();
        assert_eq!(
            ld_string(Some(&v(r#"" 2020-01-01 ""#))),
            Some("2020-01-01".into())
        );
        assert_eq!(
            ld_string(Some(&v(r#"["", "2020-01-02"]"#))),
            Some("2020-01-02".into())
        );
        assert_eq!(ld_string(Some(&v(r#""  ""#))), None);
        assert_eq!(ld_string(Some(&v("20200101"))), None);
        assert_eq!(ld_string(None), None);
    }

    #[test]
    fn hints_stop_at_six_words_across_ancestors() {
        let html = r#"<div class="a b c d e f g h i j k l m"><p class="x" id="Y">t</p></div>"#;
        let s = snapshot_from_html(html, "");
        assert_eq!(s.blocks[0].hints, "x y a b c d");
    }

    #[test]
    fn sniffing_looks_only_near_the_start() {
        let late = format!("{}<p>x</p><div>y</div>", "plain text ".repeat(2000));
        assert!(!looks_like_html(&late));
        let cut = format!("{}é<p>x</p>", "a".repeat(SNIFF_BYTES - 1));
        assert!(!looks_like_html(&cut), "a char across the cut is fine");
        assert_eq!(floor_char_boundary("aé", 2), 1);
        assert_eq!(floor_char_boundary("aé", 9), 3);
    }
}
