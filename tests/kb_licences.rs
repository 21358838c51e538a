//! The `share-alike` feature decides whether facts whose only sources are CC BY-SA or ODbL are
//! compiled in. `cargo test` checks the default build (with them); `make test-rust` also runs this
//! file without the feature, where no compiled role may rest on a share-alike source.

use news_context::people::kb::{KnowledgeBase, SOURCES};

/// True when the source key (or every part of an `a+b` key) is share-alike.
fn rests_on_share_alike(key: &str) -> bool {
    key.split('+').any(|part| {
        SOURCES
            .iter()
            .find(|s| s.key == part)
            .unwrap_or_else(|| panic!("unknown source {part}"))
            .share_alike
    })
}

#[test]
fn the_sources_table_marks_share_alike_licences() {
    assert!(SOURCES.iter().any(|s| s.share_alike));
    assert!(SOURCES.iter().any(|s| !s.share_alike));
    for s in SOURCES {
        assert!(!s.title.is_empty() && !s.licence.is_empty(), "{}", s.key);
    }
}

#[cfg(feature = "share-alike")]
#[test]
fn with_share_alike_some_roles_rest_on_share_alike_sources() {
    let kb = KnowledgeBase::builtin();
    let n = kb
        .people()
        .flat_map(|(_, p)| p.roles())
        .filter(|r| rests_on_share_alike(r.source()))
        .count();
    assert!(n > 0, "the feature would change nothing");
}

#[cfg(not(feature = "share-alike"))]
#[test]
fn without_share_alike_no_role_rests_on_a_share_alike_source() {
    let kb = KnowledgeBase::builtin();
    assert!(!kb.is_empty());
    for (_, p) in kb.people() {
        assert!(!p.roles().is_empty(), "{}", p.id());
        for r in p.roles() {
            assert!(
                !rests_on_share_alike(r.source()),
                "{}: {}",
                p.id(),
                r.source()
            );
        }
    }
}
