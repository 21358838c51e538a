//! Earlier office holders: a title in an article resolves to the person who held the office on
//! the article's date, through the reviewed history back to 2015 (data/curated/heads-history.jsonl)
//! and the stale raw roles closed by review (data/curated/corrections.json). Sentences written
//! for these tests.

use news_context::{analyze, Analysis, Date};

/// The display name of the person linked to the mention whose text is `text`, if any.
fn resolved(a: &Analysis, text: &str) -> Option<String> {
    let m = a.mentions.iter().find(|m| m.span.text == text)?;
    a.people
        .iter()
        .find(|p| p.id == m.person)
        .map(|p| p.name.clone())
}

fn at(day: &str, text: &str) -> Analysis {
    analyze(text, Date::parse(day).unwrap())
}

const BRAZIL: &str = "The Brazilian president met business leaders in São Paulo on Tuesday.";
const AUSTRIA: &str = "In Vienna, the Austrian president received the chancellor on Monday.";
const PERU: &str = "Peru's president spoke to reporters in Lima after the cabinet meeting.";
const LEBANON: &str = "The Lebanese prime minister asked donors for patience.";

#[test]
fn brazilian_president_in_2017_is_michel_temer_and_in_2016_dilma_rousseff() {
    assert_eq!(
        resolved(&at("2017-05-10", BRAZIL), "The Brazilian president").as_deref(),
        Some("Michel Temer")
    );
    assert_eq!(
        resolved(&at("2016-03-01", BRAZIL), "The Brazilian president").as_deref(),
        Some("Dilma Rousseff")
    );
}

#[test]
fn austrian_president_and_chancellor_follow_the_article_date() {
    let early_2016 = at("2016-03-01", AUSTRIA);
    assert_eq!(
        resolved(&early_2016, "the Austrian president").as_deref(),
        Some("Heinz Fischer")
    );
    assert_eq!(
        resolved(&early_2016, "the chancellor").as_deref(),
        Some("Werner Faymann")
    );
    let mid_2017 = at("2017-05-10", AUSTRIA);
    assert_eq!(
        resolved(&mid_2017, "the Austrian president").as_deref(),
        Some("Alexander Van der Bellen")
    );
    assert_eq!(
        resolved(&mid_2017, "the chancellor").as_deref(),
        Some("Christian Kern")
    );
    // Between Kurz's two terms: the acting chancellor after the 2019 no-confidence vote.
    assert_eq!(
        resolved(&at("2019-06-01", AUSTRIA), "the chancellor").as_deref(),
        Some("Hartwig Löger")
    );
    assert_eq!(
        resolved(&at("2021-03-01", AUSTRIA), "the chancellor").as_deref(),
        Some("Sebastian Kurz")
    );
}

#[test]
fn peruvian_president_before_and_after_kuczynski() {
    assert_eq!(
        resolved(&at("2016-03-01", PERU), "Peru's president").as_deref(),
        Some("Ollanta Humala")
    );
    // The raw data kept Kuczynski until 2020; he resigned on 2018-03-23.
    assert_eq!(
        resolved(&at("2019-06-01", PERU), "Peru's president").as_deref(),
        Some("Martín Vizcarra")
    );
}

#[test]
fn lebanese_prime_minister_in_2016_and_2021() {
    assert_eq!(
        resolved(&at("2016-03-01", LEBANON), "The Lebanese prime minister").as_deref(),
        Some("Tammam Salam")
    );
    // The raw data kept Saad Hariri in office until 2021; Hassan Diab governed from 2020-01-21.
    assert_eq!(
        resolved(&at("2021-03-01", LEBANON), "The Lebanese prime minister").as_deref(),
        Some("Hassan Diab")
    );
}
