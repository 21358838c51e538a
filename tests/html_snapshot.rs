//! Saved HTML → snapshot: the rules the native reader shares with `extension/lib/snapshot.js`.
#![cfg(feature = "cli")]

use news_context::page::html::{looks_like_html, snapshot_from_html};
use news_context::page::{Block, Snapshot, TextNode};

const ARTICLE: &str = include_str!("fixtures/html/article.html");
const SKIPPED: &str = include_str!("fixtures/html/skipped.html");

fn snap(html: &str) -> Snapshot {
    snapshot_from_html(html, "https://daily.example/story")
}

/// The first node whose text is exactly `text`.
fn node<'a>(s: &'a Snapshot, text: &str) -> &'a TextNode {
    s.nodes
        .iter()
        .find(|n| n.text == text)
        .unwrap_or_else(|| panic!("no node {text:?} in {:?}", texts(s)))
}

fn block<'a>(s: &'a Snapshot, text: &str) -> &'a Block {
    &s.blocks[node(s, text).block]
}

fn texts(s: &Snapshot) -> Vec<&str> {
    s.nodes.iter().map(|n| n.text.as_str()).collect()
}

fn has_text(s: &Snapshot, fragment: &str) -> bool {
    s.nodes.iter().any(|n| n.text.contains(fragment))
}

/// Blank as JavaScript's `trim()` sees it.
fn js_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() && c != '\u{85}' || c == '\u{feff}')
}

/// The invariants every snapshot keeps, whatever the input.
fn assert_well_formed(s: &Snapshot) {
    let mut last = 0;
    for (i, n) in s.nodes.iter().enumerate() {
        assert!(n.block < s.blocks.len(), "node {i} points past the blocks");
        assert!(
            n.block == last || n.block == last + 1,
            "blocks out of order at node {i}"
        );
        assert!(!js_blank(&n.text), "blank node {i}");
        last = n.block;
    }
    assert_eq!(
        s.blocks.len(),
        s.nodes.last().map_or(0, |n| n.block + 1),
        "a block without nodes"
    );
    for b in &s.blocks {
        assert!(b.hints.split(' ').filter(|w| !w.is_empty()).count() <= 6);
        assert_eq!(b.tag, b.tag.to_lowercase());
    }
}

// ------------------------------------------------------------------ page fields

#[test]
fn page_fields_come_from_html_lang_title_and_arguments() {
    let s = snap(ARTICLE);
    assert_eq!(s.url, "https://daily.example/story");
    assert_eq!(s.lang, "en-GB");
    assert_eq!(
        s.title,
        "Minister resigns over budget row | The Daily Example"
    );
    assert_eq!(s.today, "", "the CLI fills today");
    assert_well_formed(&s);
}

#[test]
fn json_ld_graph_gives_date_and_article_body_of_the_article_object() {
    let s = snap(ARTICLE);
    // JSON-LD comes before <time datetime="2024-03-05"> in the order of sources.
    assert_eq!(s.published, "2024-03-05T09:30:00Z");
    assert_eq!(
        s.article_body_hint,
        "The finance minister resigned on Tuesday. “I could not defend it,” she said."
    );
}

#[test]
fn article_body_hint_needs_an_article_type() {
    let page = |ld: &str| {
        snap(&format!(
            r#"<html><head><script type="application/ld+json">{ld}</script></head><body><p>x</p></body></html>"#
        ))
    };
    assert_eq!(
        page(r#"{"@type":"WebPage","articleBody":"page"}"#).article_body_hint,
        ""
    );
    for t in [
        r#""NewsArticle""#,
        r#""Article""#,
        r#""ReportageNews""#,
        r#""BlogPosting""#,
        r#"["WebPage","NewsArticle"]"#,
        r#""https://schema.org/NewsArticle""#,
    ] {
        let s = page(&format!(r#"{{"@type":{t},"articleBody":"body text"}}"#));
        assert_eq!(s.article_body_hint, "body text", "@type {t}");
    }
    // An array at the top, and an article under mainEntity.
    let s = page(
        r#"[{"@type":"Organization"},{"@type":"WebPage","mainEntity":{"@type":"Article","articleBody":"nested","datePublished":"2020-01-02"}}]"#,
    );
    assert_eq!(s.article_body_hint, "nested");
    assert_eq!(s.published, "2020-01-02");
}

#[test]
fn published_date_sources_in_order_of_priority() {
    let page = |head: &str, body: &str| {
        snap(&format!(
            "<!doctype html><html><head>{head}</head><body>{body}<p>text</p></body></html>"
        ))
        .published
    };
    let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-04-04"}</script>"#;
    let all = format!(
        r#"<meta name="date" content="2021-02-02"><meta property="article:published_time" content="2021-01-01"><meta itemprop="datePublished" content="2021-03-03">{ld}"#
    );
    let time = r#"<time datetime="2021-05-05">May 5</time><article><time datetime="2021-06-06">June 6</time></article>"#;
    assert_eq!(
        page(&all, time),
        "2021-01-01",
        "article:published_time first"
    );
    assert_eq!(
        page(&all.replace("article:published_time", "og:type"), time),
        "2021-02-02",
        "then meta name"
    );
    assert_eq!(
        page(
            &format!(r#"<meta itemprop="datePublished" content="2021-03-03">{ld}"#),
            time
        ),
        "2021-03-03",
        "then itemprop"
    );
    assert_eq!(page(ld, time), "2021-04-04", "then JSON-LD");
    assert_eq!(
        page("", time),
        "2021-06-06",
        "then time[datetime] inside article"
    );
    assert_eq!(
        page(
            "",
            r#"<p><time datetime="2021-05-05">May 5</time></p><time datetime="2021-07-07">x</time>"#
        ),
        "2021-05-05",
        "else the first in body"
    );
    assert_eq!(page("", "<time>no datetime</time>"), "", "none");
}

#[test]
fn meta_date_name_variants_are_all_read() {
    for name in [
        "date",
        "pubdate",
        "publishdate",
        "article.published",
        "dc.date",
        "DC.date.issued",
        "PubDate",
        "DC.Date",
    ] {
        let s = snap(&format!(
            r#"<html><head><meta name="{name}" content=" 2019-11-19T09:44:09+00:00 "></head><body><p>x</p></body></html>"#
        ));
        assert_eq!(s.published, "2019-11-19T09:44:09+00:00", "meta name={name}");
    }
    let s = snap(
        r#"<html><head><meta name="description" content="2019-11-19"><meta name="date" content=""></head><body><p>x</p></body></html>"#,
    );
    assert_eq!(
        s.published, "",
        "unrelated names and empty content are not dates"
    );
}

#[test]
fn invalid_json_ld_is_ignored_and_the_next_script_is_read() {
    let s = snap(concat!(
        r#"<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>"#,
        r#"<script type="application/ld+json">{"@type":"NewsArticle","@graph":[]}</script>"#,
        r#"<script type="application/json">{"datePublished":"1999-01-01"}</script>"#,
        r#"<script type="Application/LD+JSON">{"@type":"NewsArticle","datePublished":"2022-02-22"}</script>"#,
        "</head><body><p>x</p></body></html>"
    ));
    assert_eq!(s.published, "2022-02-22");
}

// ------------------------------------------------------------------ text nodes

#[test]
fn entities_are_decoded_and_whitespace_kept() {
    let s = snap(ARTICLE);
    node(
        &s,
        "The finance minister resigned on Tuesday after a row over the budget & its cuts.",
    );
    assert!(has_text(
        &s,
        "It\u{2019}s the second resignation this year.\u{a0}"
    ));
    let s = snap("<p>Tom &amp; Jerry&#8217;s&nbsp;show &lt;b&gt; caf&eacute; &#x1F600; &zzz; AT&T\n  two  spaces</p>");
    assert_eq!(
        texts(&s),
        ["Tom & Jerry\u{2019}s\u{a0}show <b> caf\u{e9} \u{1F600} &zzz; AT&T\n  two  spaces"]
    );
}

#[test]
fn non_ascii_text_is_intact() {
    let s = snap(ARTICLE);
    assert!(node(&s, "Nicolás Velázquez").link);
    assert!(has_text(&s, "“I could not defend it,” she said"));
    assert!(has_text(&s, "Downing Street. Photo: "));
    assert!(has_text(&s, " 📷"));
    assert!(
        !node(&s, "Zoë O’Brien").link,
        "an <a> without href is not a link"
    );
}

#[test]
fn whitespace_only_nodes_are_skipped() {
    let s = snap("<body>\n  <p> </p>\n\t<div>&nbsp;\u{3000}</div><p>a</p>\n</body>");
    assert_eq!(texts(&s), ["a"]);
    assert_well_formed(&snap(ARTICLE));
}

#[test]
fn never_walked_elements_give_no_text() {
    let s = snap(SKIPPED);
    for hidden in [
        "head script",
        "script text",
        "style text",
        "Please enable",
        "Template text",
        "Textarea text",
        "Option text",
        "Input value",
        "SVG text",
        "SVG title",
        "Math text",
        "Iframe fallback",
        "Object fallback",
        "Canvas fallback",
        "Skips",
    ] {
        assert!(
            !has_text(&s, hidden),
            "{hidden:?} leaked into {:?}",
            texts(&s)
        );
    }
    assert_well_formed(&s);
}

#[test]
fn code_pre_inputs_editable_and_hidden_text_is_kept_but_skipped() {
    let s = snap(SKIPPED);
    let expected: &[(&str, bool)] = &[
        ("Visible prose.", false),
        ("Run ", false),
        ("cargo test", true),
        (" or press ", false),
        ("Ctrl", true),
        ("+", false),
        ("C", true),
        ("; output ", false),
        ("ok", true),
        (".", false),
        ("let x = 1;\nlet y = 2;", true), // the parser drops <pre>'s first newline
        ("Subscribe", true),
        ("Editable text", true),
        ("Hidden attribute text", true),
        ("Aria hidden text", true),
        ("Aria visible text", false),
        ("Display none text ", true),
        ("still hidden", true),
        ("Invisible text ", true),
        ("visible again", false),
        ("Important none", true),
        ("Final prose.", false),
    ];
    let got: Vec<(&str, bool)> = s.nodes.iter().map(|n| (n.text.as_str(), n.skip)).collect();
    assert_eq!(got, expected);
    assert_eq!(
        block(&s, "cargo test").tag,
        "p",
        "inline code belongs to its paragraph"
    );
    assert_eq!(block(&s, "let x = 1;\nlet y = 2;").tag, "pre");
}

#[test]
fn heading_link_quote_and_caption_flags() {
    let s = snap(ARTICLE);
    let flags = |t: &str| {
        let n = node(&s, t);
        (n.heading, n.link, n.quote, n.caption, n.skip)
    };
    assert_eq!(
        flags("Minister resigns over budget row"),
        (true, false, false, false, false)
    );
    assert_eq!(flags("Skip to content"), (false, true, false, false, false));
    assert_eq!(flags("World"), (false, true, false, false, false));
    assert_eq!(flags("We will "), (false, false, true, false, false));
    assert_eq!(flags("keep going"), (false, false, true, false, false));
    assert_eq!(flags("Agency"), (false, true, false, true, false));
    assert_eq!(flags("Related"), (true, false, false, false, false));
    assert_eq!(flags("By "), (false, false, false, false, false));
    let s = snap("<table><caption>Table caption</caption><tr><td>cell</td></tr></table><p>a <q>quoted</q></p>");
    assert!(node(&s, "Table caption").caption);
    assert_eq!(block(&s, "Table caption").tag, "caption");
    assert!(!node(&s, "cell").caption);
    assert!(node(&s, "quoted").quote);
    assert!(!node(&s, "a ").quote);
}

// ------------------------------------------------------------------ blocks

#[test]
fn consecutive_nodes_share_a_block_and_an_interrupted_block_comes_back() {
    let s = snap(ARTICLE);
    let byline: Vec<usize> = ["By ", "Nicolás Velázquez", " · ", "5 March 2024"]
        .iter()
        .map(|t| node(&s, t).block)
        .collect();
    assert!(
        byline.iter().all(|&b| b == byline[0]),
        "one block for the byline: {byline:?}"
    );
    assert_eq!(s.blocks[byline[0]].tag, "p");
    assert_eq!(
        s.blocks[byline[0]].hints,
        "byline story-header story main page page--article"
    );

    let (outer, inner, tail) = (
        node(&s, "Budget cuts ").block,
        node(&s, "Health").block,
        node(&s, " were the issue").block,
    );
    assert_eq!(
        (inner, tail),
        (outer + 1, outer + 2),
        "the outer li is pushed again after the nested one"
    );
    assert_eq!(s.blocks[outer], s.blocks[tail]);
    assert_eq!(s.blocks[inner].tag, "li");
    assert_eq!(
        block(&s, "Skip to content").tag,
        "body",
        "body is the block of last resort"
    );
    assert_eq!(block(&s, "The Daily Example").tag, "div");
}

#[test]
fn block_hints_are_class_and_id_words_nearest_first() {
    let s = snap(ARTICLE);
    assert_eq!(
        block(&s, "Good riddance!").hints,
        "comment comments comments story main page"
    );
    assert_eq!(
        block(&s, "The Daily Example").hints,
        "logo site-header top page page--article no-js"
    );
    assert_eq!(
        block(&s, "Skip to content").hints,
        "page page--article no-js",
        "the link's own class is not the block's"
    );

    let s = snap(
        r#"<body class="A b c"><div id="Outer" class="d e f g"><section class="h i j"><p class="k l m n">text</p></section></div></body>"#,
    );
    assert_eq!(
        block(&s, "text").hints,
        "k l m n h i",
        "lower-cased, at most 6 words"
    );
    let long = "x".repeat(200);
    let s = snap(&format!(r#"<p class="{long} short">text</p>"#));
    assert_eq!(
        block(&s, "text").hints,
        format!("{} short", "x".repeat(64)),
        "generated words are cut"
    );
}

#[test]
fn in_article_means_inside_article_main_or_article_body() {
    let s = snap(ARTICLE);
    assert!(!block(&s, "The Daily Example").in_article);
    assert!(!block(&s, "© 2024 The Daily Example").in_article);
    assert!(block(&s, "Minister resigns over budget row").in_article);
    assert!(block(&s, "Good riddance!").in_article);
    let s = snap(
        r#"<div itemprop="text articleBody"><p>body</p></div><div itemprop="author"><p>author</p></div><main>main text</main>"#,
    );
    assert!(block(&s, "body").in_article);
    assert!(!block(&s, "author").in_article);
    assert!(block(&s, "main text").in_article, "the block itself counts");
}

#[test]
fn landmarks_from_tags_and_roles_distinct_nearest_first() {
    let s = snap(ARTICLE);
    assert_eq!(block(&s, "Skip to content").landmarks, Vec::<String>::new());
    assert_eq!(block(&s, "The Daily Example").landmarks, ["header"]);
    assert_eq!(block(&s, "World").landmarks, ["nav", "header"]);
    assert_eq!(
        block(&s, "Minister resigns over budget row").landmarks,
        ["header"],
        "an article's own header"
    );
    assert_eq!(block(&s, "Related").landmarks, ["aside"]);
    assert_eq!(
        block(&s, "© 2024 The Daily Example").landmarks,
        ["footer"],
        "footer tag and contentinfo role once"
    );
    assert_eq!(
        block(&s, "Next story").landmarks,
        ["nav"],
        "role=navigation"
    );
    assert_eq!(block(&s, "Good riddance!").landmarks, Vec::<String>::new());

    let s = snap(concat!(
        r#"<div role="banner"><form role="search"><p>search</p></form></div>"#,
        r#"<div role="complementary"><menu><li>item</li></menu></div>"#,
        r#"<dialog open><div role="dialog"><p>modal</p></div></dialog>"#,
    ));
    assert_eq!(block(&s, "search").landmarks, ["form", "header"]);
    assert_eq!(block(&s, "item").landmarks, ["menu", "aside"]);
    assert_eq!(block(&s, "modal").landmarks, ["dialog"]);
}

// ------------------------------------------------------------------ robustness

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 50_000;
    let html = format!(
        "{}<p>deep</p>{}<p>after</p>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    let s = snap(&html);
    assert_eq!(texts(&s), ["deep", "after"]);
    assert_eq!(block(&s, "after").tag, "p");
    assert_eq!(block(&s, "after").hints, "", "the pile was closed again");
    // Unclosed, and nested inline, list and table elements too.
    for html in [
        "<div>".repeat(depth) + "x",
        "<b><i>".repeat(depth) + "x",
        "<ul><li>".repeat(depth) + "x",
        "<table><tr><td>".repeat(depth) + "x",
    ] {
        let s = snap(&html);
        assert_eq!(texts(&s), ["x"]);
    }
}

#[test]
fn nesting_past_chromes_limit_is_flattened_keeping_blocks() {
    // An old comment template that never closes its <div>: each comment nests in the one before.
    let html: String = (0..1500)
        .map(|i| format!(r#"<div class="comment"><p>Comment {i}</p>"#))
        .collect();
    let s = snap(&html);
    assert_eq!(s.nodes.len(), 1500);
    for (i, n) in s.nodes.iter().enumerate() {
        assert_eq!(n.text, format!("Comment {i}"));
        assert_eq!(
            s.blocks[n.block].tag, "p",
            "comment {i} keeps its paragraph"
        );
        assert!(
            s.blocks[n.block].hints.starts_with("comment"),
            "comment {i}"
        );
    }
    assert_well_formed(&s);
}

#[test]
fn empty_junk_and_broken_input_never_panics() {
    for html in [
        "",
        " ",
        "<",
        "</",
        "<!--",
        "<!doctype",
        "<html",
        "<p",
        "<p>unclosed <b>bold <i>both",
        "</div></p></body>text",
        "<script>",
        "<textarea>never closed",
        "<plaintext><p>all text",
        "\u{0}\u{feff}\u{fffd}",
        "<svg><p>breakout</p>",
        "<frameset><frame></frameset>",
    ] {
        let s = snap(html);
        assert_well_formed(&s);
    }
    assert_eq!(
        texts(&snap("<p>unclosed <b>bold <i>both")),
        ["unclosed ", "bold ", "both"]
    );
    // Pseudo-random bytes, decoded as a browser would (invalid UTF-8 → U+FFFD).
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let b = (state >> 32) as u8;
            // Bias towards markup characters so that the parser sees tags.
            match b % 8 {
                0 => b'<',
                1 => b'>',
                2 => b'/',
                _ => b,
            }
        })
        .collect();
    let junk = String::from_utf8_lossy(&bytes);
    assert_well_formed(&snap(&junk));
}

mod soup {
    use super::*;
    use proptest::prelude::*;

    const PIECES: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<li>",
        "<ul>",
        "</ul>",
        "<a href=x>",
        "</a>",
        "<h2>",
        "</h2>",
        "<blockquote>",
        "</blockquote>",
        "<script>",
        "</script>",
        "<pre>",
        "</pre>",
        "<table>",
        "<td>",
        "<svg>",
        "</svg>",
        "<!--",
        "-->",
        "<article>",
        "</article>",
        "<nav>",
        "<b>",
        "</b>",
        "text ",
        "&amp;",
        "&#8217;",
        "é",
        "\n",
        " ",
        "<br>",
        "<div hidden>",
        "<span style=\"display:none\">",
        "<template>",
        "</template>",
        "<textarea>",
        "</textarea>",
        "<frameset>",
        "<body class=x>",
        "<",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
        #[test]
        fn tag_soup_gives_a_well_formed_snapshot(picks in proptest::collection::vec(0..PIECES.len(), 0..200)) {
            let html: String = picks.iter().map(|&i| PIECES[i]).collect();
            assert_well_formed(&snap(&html));
        }

        #[test]
        fn any_string_gives_a_well_formed_snapshot(html in any::<String>()) {
            assert_well_formed(&snap(&html));
            let _ = looks_like_html(&html);
        }
    }
}

// ------------------------------------------------------------------ looks_like_html

#[test]
fn looks_like_html_for_pages_and_fragments() {
    for html in [
        ARTICLE,
        SKIPPED,
        "<!DOCTYPE html><title>x</title>",
        "\u{feff}  \n<!doctype html>",
        "<html><body>hi</body></html>",
        "<HTML>",
        "<p>Hello</p>",
        "<div class=\"story\"><span>x</span></div>",
        "Intro text, then <p>a paragraph</p>",
        "<!-- saved page -->\n<p>x",
        "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">",
    ] {
        assert!(looks_like_html(html), "{html:?}");
    }
}

#[test]
fn looks_like_html_false_for_plain_text_with_angle_brackets() {
    for text in [
        "",
        "The minister said a < b and c > d, which nobody disputed.",
        "We <3 this town. Residents say the council is <em> nothing special.",
        "Use x<y in the formula; press <Enter> to continue.",
        "Write <p> to start a paragraph in HTML.",
        "Plain article text with no markup at all.\n\nA second paragraph.",
    ] {
        assert!(!looks_like_html(text), "{text:?}");
    }
}

// ------------------------------------------------------------------ real pages

/// Every saved page in the shared corpus (when this machine has it) reads without panicking, and
/// most of them have text inside `<article>`, `<main>` or `[itemprop=articleBody]`.
#[test]
fn corpus_pages_snapshot_and_mostly_find_article_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/pages");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: no corpus at {}", dir.display());
        return;
    };
    let mut pages = 0;
    let mut with_article_text = 0;
    for entry in entries.flatten() {
        let path = entry.path().join("source.html");
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let html = String::from_utf8_lossy(&bytes);
        assert!(looks_like_html(&html), "{}", path.display());
        let s = snapshot_from_html(&html, "");
        assert_well_formed(&s);
        assert!(!s.nodes.is_empty(), "{}", path.display());
        let article_text: String = s
            .nodes
            .iter()
            .filter(|n| s.blocks[n.block].in_article)
            .map(|n| n.text.as_str())
            .collect();
        pages += 1;
        with_article_text += usize::from(!article_text.trim().is_empty());
    }
    if pages == 0 {
        println!("skipped: no source.html under {}", dir.display());
        return;
    }
    println!("{with_article_text} of {pages} corpus pages have in-article text");
    assert!(
        with_article_text * 3 >= pages * 2,
        "only {with_article_text} of {pages} pages have in-article text"
    );
}
