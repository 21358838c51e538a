//! The article finder on the project's fixture pages (`tests/fixtures/pages/`, written for the
//! project: navigation, related lists, comments, captions, pull quotes, ads, cookie banners, teaser
//! lists, and pages that are not articles), read natively and planned as the extension plans them.
//! The same pages run in real browsers in `tests/browser/corpus-*.test.mjs`.
#![cfg(feature = "cli")]

use std::path::Path;

use news_context::evaluation::pages::{score_folder, score_page, PageResult, NOT_AN_ARTICLE};

/// The per-page target: share of marked characters inside the article text.
const PAGE_TARGET: f64 = 0.9;

fn fixtures() -> Vec<PageResult> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    score_folder(&root)
        .expect("the fixture pages plan")
        .expect("tests/fixtures/pages exists")
}

fn fixture(name: &str) -> PageResult {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/pages")
        .join(name);
    score_page(&dir).expect("the fixture page plans")
}

#[test]
fn every_fixture_article_is_marked_and_its_marks_lie_inside_the_article() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
    let results = fixtures();
    let articles: Vec<_> = results
        .iter()
        .filter(|r| !root.join(&r.name).join(NOT_AN_ARTICLE).exists())
        .collect();
    assert!(articles.len() >= 4, "{} fixture articles", articles.len());
    for r in articles {
        assert!(
            r.names + r.claims > 0,
            "{}: nothing marked ({})",
            r.name,
            r.skipped
        );
        assert!(
            r.share_inside() >= PAGE_TARGET,
            "{}: {:.1}% of {} marked characters inside the article",
            r.name,
            100.0 * r.share_inside(),
            r.marked_chars
        );
    }
}

#[test]
fn pages_that_are_not_articles_are_left_alone_with_a_reason() {
    for name in ["home-page", "search-results", "web-app"] {
        let r = fixture(name);
        assert_eq!(r.names + r.claims, 0, "{name}: {r:?}");
        assert!(!r.skipped.is_empty(), "{name}: a reason is given");
    }
}

#[test]
fn a_story_list_in_plain_paragraphs_before_the_article_is_not_taken_for_it() {
    let r = fixture("teasers-before-article");
    assert!(r.claims > 0, "{r:?}");
    assert_eq!(r.inside_chars, r.marked_chars, "{r:?}");
}

#[test]
fn pull_quotes_captions_ads_and_comments_are_never_marked_as_prose() {
    for name in [
        "json-ld-pull-quote",
        "semantic-wire-story",
        "div-layout-with-comments",
    ] {
        let r = fixture(name);
        assert_eq!(r.inside_chars, r.marked_chars, "{name}: {r:?}");
    }
}
