//! The seed article's people: every mention linked to the right person at the article's date,
//! through names, repairs of run-together words, possessives, adjectival uses and titles.

use news_context::people::KnowledgeBase;
use news_context::{analyze, analyze_with, Analysis, Date};

const SEED: &str = include_str!("../www/seed-article.txt");

fn seed() -> Analysis {
    analyze(SEED, Date::parse("2025-11-28").unwrap())
}

/// The person id linked to the mention whose text is `text`, at its `nth` occurrence among mentions.
fn linked(a: &Analysis, text: &str, nth: usize) -> Option<String> {
    a.mentions
        .iter()
        .filter(|m| m.span.text == text)
        .nth(nth)
        .map(|m| m.person.clone())
}

fn id_of(a: &Analysis, name: &str) -> String {
    a.people
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("{name} is not among the people: {:?}", a.people))
        .id
        .clone()
}

const MADURO: &str = "Q58132";
const TRUMP: &str = "Q22686";
const LUKASHENKO: &str = "Q2866";
const PUTIN: &str = "Q7747";
const PETRO: &str = "Q704022";
const ZAKHAROVA: &str = "Q20812953";

#[test]
fn every_mention_span_is_the_text_it_claims_in_utf16_units() {
    let a = seed();
    let units: Vec<u16> = a.text.encode_utf16().collect();
    for m in &a.mentions {
        assert_eq!(
            String::from_utf16(&units[m.span.start..m.span.end]).unwrap(),
            m.span.text
        );
    }
}

#[test]
fn full_names_link_to_knowledge_base_people() {
    let a = seed();
    assert_eq!(linked(&a, "Nicolás Maduro", 0).as_deref(), Some(MADURO));
    assert_eq!(linked(&a, "Gustavo Petro", 0).as_deref(), Some(PETRO));
    assert_eq!(linked(&a, "Maria Zakharova", 0).as_deref(), Some(ZAKHAROVA));
    assert_eq!(linked(&a, "Donald Trump", 0).as_deref(), Some(TRUMP));
}

#[test]
fn a_name_in_decomposed_unicode_links_like_its_composed_form() {
    // "Nicola" + U+0301 (combining acute): text copied from some systems arrives decomposed.
    let text = "Nicola\u{301}s Maduro spoke on Thursday.";
    let a = analyze(text, Date::parse("2025-11-28").unwrap());
    assert_eq!(
        linked(&a, "Nicola\u{301}s Maduro", 0).as_deref(),
        Some(MADURO),
        "{:?}",
        a.mentions
    );
}

#[test]
fn run_together_words_are_repaired_to_the_name_alone() {
    let a = seed();
    let repaired: Vec<(&str, &str)> = a
        .mentions
        .iter()
        .filter(|m| m.how == "repaired")
        .map(|m| (m.span.text.as_str(), m.person.as_str()))
        .collect();
    assert!(repaired.contains(&("Donald Trump", TRUMP)), "{repaired:?}"); // "Donald TrumpThe"
    assert!(
        repaired.contains(&("Alexander Lukashenko", LUKASHENKO)),
        "{repaired:?}"
    ); // "Lukashenkomaintained"
    assert!(
        repaired.contains(&("Vladimir Putin", PUTIN)),
        "{repaired:?}"
    ); // "Vladimir Putinin"
    let velazquez = id_of(&a, "Jesús Rafael Salazar Velázquez"); // "VelázquezVenezuelan"
    assert!(
        repaired.contains(&("Jesús Rafael Salazar Velázquez", velazquez.as_str())),
        "{repaired:?}"
    );
}

#[test]
fn possessives_and_adjectival_uses_mark_the_name_only() {
    let a = seed();
    for (name, id) in [
        ("Lukashenko", LUKASHENKO),
        ("Putin", PUTIN),
        ("Maduro", MADURO),
        ("Trump", TRUMP),
    ] {
        assert!(
            a.mentions
                .iter()
                .any(|m| m.span.text == name && m.person == id),
            "{name}"
        );
    }
    // "Lukashenko’s office", "Putin’s support", "Maduro’s days": the mention stops before "’s".
    for m in &a.mentions {
        assert!(
            !m.span.text.ends_with("’s") && !m.span.text.ends_with("'s"),
            "{:?}",
            m.span.text
        );
    }
    // "the Maduro government", "The Trump administration".
    let at = |needle: &str, name: &str| {
        let start = a.text.find(needle).unwrap();
        let units = a.text[..start].encode_utf16().count()
            + a.text[start..]
                .find(name)
                .map(|i| a.text[start..start + i].encode_utf16().count())
                .unwrap();
        a.mentions
            .iter()
            .find(|m| m.span.start == units)
            .map(|m| m.person.clone())
    };
    assert_eq!(
        at("the Maduro government", "Maduro").as_deref(),
        Some(MADURO)
    );
    assert_eq!(
        at("The Trump administration", "Trump").as_deref(),
        Some(TRUMP)
    );
}

#[test]
fn titles_resolve_through_the_role_held_at_the_article_date() {
    let a = seed();
    assert_eq!(
        linked(&a, "The Belarusian President", 0).as_deref(),
        Some(LUKASHENKO)
    );
    assert_eq!(
        linked(&a, "the president of Venezuela", 0).as_deref(),
        Some(MADURO)
    );
    assert_eq!(
        linked(&a, "the Venezuelan president", 0).as_deref(),
        Some(MADURO)
    );
    assert_eq!(
        linked(&a, "the Venezuelan leader", 0).as_deref(),
        Some(MADURO)
    );
    assert_eq!(
        linked(&a, "the Russian president", 0).as_deref(),
        Some(PUTIN)
    );
}

#[test]
fn maduro_is_president_at_the_article_date_but_not_today() {
    let at = |d: &str| {
        analyze(SEED, Date::parse(d).unwrap())
            .people
            .into_iter()
            .find(|p| p.id == MADURO)
            .unwrap()
            .role
    };
    assert_eq!(at("2025-11-28").as_deref(), Some("President of Venezuela"));
    assert_ne!(at("2026-11-28").as_deref(), Some("President of Venezuela"));
}

#[test]
fn people_missing_from_the_knowledge_base_are_described_by_the_article() {
    let a = seed();
    let find = |name: &str| {
        a.people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("{name} missing: {:?}", a.people))
    };
    let rosa = find("Rosa Villavicencio");
    assert!(!rosa.in_knowledge_base);
    assert_eq!(rosa.id, "article:rosa-villavicencio");
    assert_eq!(rosa.role.as_deref(), Some("Colombian Foreign Minister"));
    assert_eq!(rosa.country.as_deref(), Some("CO"));
    assert_eq!(find("John Coale").role.as_deref(), Some("special envoy"));
    let jesus = find("Jesús Rafael Salazar Velázquez");
    assert_eq!(
        jesus.role.as_deref(),
        Some("Venezuelan ambassador in Moscow")
    );
    // Later surname-only mentions link to the same article person.
    assert!(a
        .mentions
        .iter()
        .any(|m| m.span.text == "Villavicencio" && m.person == rosa.id));
    assert!(a
        .mentions
        .iter()
        .any(|m| m.span.text == "Velázquez" && m.person == jesus.id));
}

#[test]
fn a_seed_person_left_out_of_the_knowledge_base_gets_a_card_from_the_article() {
    let kb = KnowledgeBase::builtin_without(&[ZAKHAROVA]);
    let a = analyze_with(&kb, SEED, Date::parse("2025-11-28").unwrap());
    let p = a
        .people
        .iter()
        .find(|p| p.name == "Maria Zakharova")
        .expect("Zakharova still found");
    assert!(!p.in_knowledge_base);
    assert_eq!(p.id, "article:maria-zakharova");
    assert_eq!(
        p.role.as_deref(),
        Some("Russian Foreign Ministry spokeswoman")
    );
    assert_eq!(p.country.as_deref(), Some("RU"));
}

#[test]
fn descriptions_resolve_to_the_person_last_described_that_way() {
    let a = seed();
    let rosa = id_of(&a, "Rosa Villavicencio");
    assert_eq!(
        linked(&a, "the diplomat", 0).as_deref(),
        Some(rosa.as_str())
    );
    assert_eq!(
        linked(&a, "the Chancellor", 0).as_deref(),
        Some(rosa.as_str())
    );
    assert_eq!(
        linked(&a, "Colombia’s chancellor", 0).as_deref(),
        Some(rosa.as_str())
    );
}

#[test]
fn places_media_and_days_are_not_people() {
    let a = seed();
    for word in [
        "Reuters",
        "Belta",
        "Caracol Radio",
        "Politico",
        "AFP",
        "AP",
        "Caracas",
        "Washington",
        "Thursday",
        "Moscow",
    ] {
        assert!(
            !a.mentions.iter().any(|m| m.span.text.contains(word)),
            "{word} was marked as a person"
        );
        assert!(
            !a.people.iter().any(|p| p.name.contains(word)),
            "{word} is among the people"
        );
    }
}

#[test]
fn first_names_alone_never_resolve() {
    let a = analyze(
        "Donald went to the shops. Vladimir stayed home. Nicolás called.",
        Date::parse("2025-11-28").unwrap(),
    );
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
}

#[test]
fn common_words_that_are_surnames_stay_unmarked_in_lower_case() {
    let a = analyze(
        "He played his trump card in May, and the petro currency fell.",
        Date::parse("2025-11-28").unwrap(),
    );
    assert!(a.mentions.is_empty(), "{:?}", a.mentions);
}
