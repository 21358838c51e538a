//! The compiled knowledge base against its data files. The `share-alike` feature decides whether
//! facts whose only sources are CC BY-SA or ODbL are compiled in: `cargo test` checks the default
//! build (with them); `make test-rust` also runs this file without the feature, where no compiled
//! role may rest on a share-alike source.

use news_context::people::kb::{sources, KnowledgeBase};

/// True when the source key (or every part of an `a+b` key) is share-alike.
fn rests_on_share_alike(key: &str) -> bool {
    key.split('+').any(|part| {
        sources()
            .iter()
            .find(|s| s.key() == part)
            .unwrap_or_else(|| panic!("unknown source {part}"))
            .share_alike()
    })
}

#[test]
fn the_sources_table_marks_share_alike_licences() {
    assert!(sources().iter().any(|s| s.share_alike()));
    assert!(sources().iter().any(|s| !s.share_alike()));
    for s in sources() {
        assert!(
            !s.title().is_empty() && !s.licence().is_empty(),
            "{}",
            s.key()
        );
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

/// Descriptions the converter derived are not compiled in but derived again at run time: with
/// every role compiled in (the default build), they must read exactly as the converter wrote them.
#[cfg(feature = "share-alike")]
#[test]
fn derived_descriptions_read_as_the_converter_wrote_them() {
    let kb = KnowledgeBase::builtin();
    let data =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/kb/people.jsonl"))
            .expect("data/kb/people.jsonl");
    let mut checked = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let p: serde_json::Value = serde_json::from_str(line).expect("valid JSON line");
        let id = p["id"].as_str().expect("id");
        let Some(record) = kb.by_id(id) else { continue };
        let want = p["description"].as_str().unwrap_or("");
        assert_eq!(record.description(), want, "{id}");
        checked += 1;
    }
    assert_eq!(checked, kb.len());
}
