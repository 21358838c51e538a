//! Who says so? The attribution layer end to end: the seed article's expectations, then groups
//! of short paragraphs, each group named for the behaviour it pins, then robustness.
//!
//! A case gives a text, the attribution of each of its sentences (space-separated: `named`,
//! `anonymous`, `vague`, `none`), and the outermost quotes it must yield as (cue, source)
//! pairs, in text order ("" for a missing source).

use news_context::analysis::{Analysis, Quote, Sentence};
use news_context::{analyze, Date};
use proptest::prelude::*;

const SEED: &str = include_str!("../www/seed-article.txt");

const LUKASHENKO: &str = "Q2866";
const TRUMP: &str = "Q22686";
const ZAKHAROVA: &str = "Q20812953";
const VILLAVICENCIO: &str = "article:rosa-villavicencio";

fn date() -> Date {
    Date::parse("2025-11-28").unwrap()
}

fn run(text: &str) -> Analysis {
    let a = analyze(text, date());
    assert_invariants(&a);
    a
}

/// What every analysis must guarantee: sentences in order, never overlapping, never crossing a
/// line; every span the UTF-16 slice it claims.
fn assert_invariants(a: &Analysis) {
    let units: Vec<u16> = a.text.encode_utf16().collect();
    let check = |s: &news_context::analysis::Span| {
        assert!(
            s.start <= s.end && s.end <= units.len(),
            "span out of range: {s:?}"
        );
        assert_eq!(
            String::from_utf16_lossy(&units[s.start..s.end]),
            s.text,
            "span text mismatch"
        );
    };
    let mut previous_end = 0;
    for s in &a.sentences {
        check(&s.span);
        assert!(
            s.span.start >= previous_end,
            "sentences overlap at {:?}",
            s.span
        );
        assert!(
            !s.span.text.contains('\n'),
            "sentence crosses a line: {:?}",
            s.span.text
        );
        previous_end = s.span.end;
        assert!(
            ["claim", "heading", "credit", "caption", "question", "other"]
                .contains(&s.kind.as_str())
        );
        assert!(["named", "anonymous", "vague", "none"].contains(&s.attribution.as_str()));
        s.source.iter().chain(s.cue.iter()).for_each(check);
    }
    for q in &a.quotes {
        assert!(!q.content.is_empty(), "a quote without content");
        q.content
            .iter()
            .chain(q.cue.iter())
            .chain(q.source.iter())
            .chain(q.via.iter())
            .for_each(check);
        for c in &q.content {
            assert!(
                !c.text.contains('\n'),
                "content piece crosses a line: {:?}",
                c.text
            );
        }
        assert!(["direct", "indirect", "mixed"].contains(&q.kind.as_str()));
    }
}

/// The sentence whose text starts with `prefix`.
fn sentence<'a>(a: &'a Analysis, prefix: &str) -> &'a Sentence {
    a.sentences
        .iter()
        .find(|s| s.span.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("no sentence starts with {prefix:?}"))
}

/// The quote whose content contains `fragment`.
fn quote<'a>(a: &'a Analysis, fragment: &str) -> &'a Quote {
    a.quotes
        .iter()
        .find(|q| q.content.iter().any(|c| c.text.contains(fragment)))
        .unwrap_or_else(|| {
            panic!(
                "no quote contains {fragment:?}; quotes: {:#?}",
                a.quotes
                    .iter()
                    .map(|q| q
                        .content
                        .iter()
                        .map(|c| c.text.as_str())
                        .collect::<Vec<_>>())
                    .collect::<Vec<_>>()
            )
        })
}

fn text(s: &Option<news_context::analysis::Span>) -> &str {
    s.as_ref().map_or("", |s| s.text.as_str())
}

// ---------------------------------------------------------------------------------------------
// The seed article
// ---------------------------------------------------------------------------------------------

fn seed() -> Analysis {
    run(SEED)
}

fn assert_attribution(a: &Analysis, prefix: &str, expected: &str) {
    let s = sentence(a, prefix);
    assert_eq!(
        s.attribution,
        expected,
        "sentence {:?}: source {:?}, cue {:?}",
        s.span.text,
        text(&s.source),
        text(&s.cue)
    );
}

#[test]
fn seed_anonymous_and_vague_claims() {
    let a = seed();
    assert_attribution(
        &a,
        "Sources told Reuters that Maduro told Trump",
        "anonymous",
    );
    assert_eq!(
        text(&sentence(&a, "Sources told Reuters").source),
        "Sources"
    );
    assert_eq!(text(&sentence(&a, "Sources told Reuters").cue), "told");
    assert_attribution(
        &a,
        "Independent observers claimed the opposition won overwhelmingly.",
        "vague",
    );
}

#[test]
fn seed_named_claims() {
    let a = seed();
    for prefix in [
        "According to the Belarusian state news agency Belta",
        "On Thursday, Belta quoted",
        "“We agreed",
        "And if necessary, we would involve",
        "In the meantime, The Colombian Foreign Ministry said",
        "Colombian Foreign Minister Rosa Villavicencio said",
        "“If this departure",
        "“But (this)",
        "Although he offered him asylum",
        "The Kremlin said",
        "According to the Russian presidency",
        "According to the letter",
        "Putin added",
        "The Trump administration has stated",
        "Maduro claimed",
        "In an interview with Politico",
        "Russian Foreign Ministry spokeswoman",
    ] {
        assert_attribution(&a, prefix, "named");
    }
}

#[test]
fn seed_unattributed_claims() {
    let a = seed();
    for prefix in [
        "MOSCOW.-Russia and its close ally",
        "The Belarusian President, Alexander Lukashenkomaintained",
        "In recent months, Trump has increased pressure",
        "Lukashenko, Belarus’ veteran authoritarian leader",
        "Trump began easing U.S. sanctions",
    ] {
        assert_attribution(&a, prefix, "none");
        assert_eq!(sentence(&a, prefix).kind, "claim");
    }
}

#[test]
fn seed_heading_and_credit() {
    let a = seed();
    assert_eq!(sentence(&a, "Putin’s support").kind, "heading");
    assert_eq!(sentence(&a, "Agencies Reuters, AFP and AP").kind, "credit");
    assert_eq!(sentence(&a, "MOSCOW.-Russia").kind, "claim");
}

#[test]
fn seed_quotes_have_their_speakers_and_cues() {
    let a = seed();
    let q = quote(&a, "“We agreed that after resolving certain issues");
    assert!(
        q.content[0].text.ends_with("the president of Venezuela,”"),
        "{:?}",
        q.content
    );
    assert_eq!(q.kind, "direct");
    assert_eq!(q.speaker.as_deref(), Some(LUKASHENKO));
    assert_eq!(text(&q.cue), "said");
    assert_eq!(text(&q.source), "Lukashenko");

    let q = quote(&a, "“If this departure means he has to live");
    assert!(q.content[0].text.ends_with("say no“"), "{:?}", q.content);
    assert_eq!(q.speaker.as_deref(), Some(VILLAVICENCIO));
    assert_eq!(text(&q.source), "the diplomat");
    assert_eq!(text(&q.cue), "said");

    let q = quote(&a, "“But (this) is a decision");
    assert!(q.content[0].text.ends_with("in negotiations,”"));
    assert_eq!(q.speaker.as_deref(), Some(VILLAVICENCIO));
    assert_eq!(text(&q.source), "the Chancellor");
    assert_eq!(text(&q.cue), "emphasized");

    let q = quote(&a, "“We hope so.”");
    assert_eq!(q.content[0].text, "“We hope so.”");
    assert_eq!(q.kind, "direct");
    assert_eq!(q.speaker.as_deref(), Some(ZAKHAROVA));
    assert_eq!(text(&q.cue), "told");

    let q = quote(&a, "“are numbered”");
    assert_eq!(q.kind, "mixed");
    assert_eq!(q.speaker.as_deref(), Some(TRUMP));
    assert_eq!(text(&q.cue), "said");
    assert!(!q.content[0].text.contains("although"), "{:?}", q.content);
}

#[test]
fn seed_medium_quoting_a_person() {
    let a = seed();
    let s = sentence(&a, "On Thursday, Belta quoted");
    assert_eq!(s.source_person.as_deref(), Some(LUKASHENKO));
    let q = a
        .quotes
        .iter()
        .find(|q| text(&q.cue) == "quoted")
        .expect("the Belta quote");
    assert_eq!(text(&q.source), "Lukashenko");
    assert_eq!(text(&q.via), "Belta");
    assert_eq!(q.speaker.as_deref(), Some(LUKASHENKO));
}

#[test]
fn seed_outermost_attributions_only() {
    let a = seed();
    // "Maduro told Trump" is inside the sources' content, "Lukashenko told the envoy" inside
    // Belta's: neither is a quote of its own.
    assert!(a
        .quotes
        .iter()
        .all(|q| !(text(&q.cue) == "told" && text(&q.source) == "Maduro")));
    assert!(a
        .quotes
        .iter()
        .all(|q| !(text(&q.cue) == "told" && text(&q.source) == "Lukashenko")));
    let s = sentence(&a, "According to the Belarusian state news agency Belta");
    assert_eq!(text(&s.source), "the Belarusian state news agency Belta");
    assert_eq!(text(&s.cue), "According to");
    assert_eq!(
        text(&sentence(&a, "According to the letter").source),
        "the letter"
    );
}

#[test]
fn seed_sentences_cover_the_splitter_output() {
    let a = seed();
    let spans = news_context::text::sentences::split_sentences(SEED);
    assert_eq!(a.sentences.len(), spans.len());
    for (s, x) in a.sentences.iter().zip(&spans) {
        assert_eq!(s.span.text, SEED[x.start..x.end]);
    }
}

// ---------------------------------------------------------------------------------------------
// General cases
// ---------------------------------------------------------------------------------------------

/// (text, attribution of each sentence, outermost quotes as (cue, source)).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Runs a group, reporting every failing case at once.
fn run_group(group: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for (input, kinds, quotes) in cases {
        let a = run(input);
        let got_kinds = a
            .sentences
            .iter()
            .map(|s| s.attribution.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let got_quotes: Vec<(String, String)> = a
            .quotes
            .iter()
            .map(|q| (text(&q.cue).to_string(), text(&q.source).to_string()))
            .collect();
        let want_quotes: Vec<(String, String)> = quotes
            .iter()
            .map(|(c, s)| (c.to_string(), s.to_string()))
            .collect();
        if got_kinds != *kinds || got_quotes != want_quotes {
            failures.push(format!(
                "  input:    {input:?}\n  expected: {kinds} {want_quotes:?}\n  got:      {got_kinds} {got_quotes:?}\n  contents: {:?}",
                a.quotes.iter().map(|q| q.content.iter().map(|c| c.text.as_str()).collect::<Vec<_>>()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{group}: {} of {} cases failed\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// (text, outermost quotes as (kind, content pieces joined by " ¶ ")).
type ContentCase = (&'static str, &'static [(&'static str, &'static str)]);

fn run_content_group(group: &str, cases: &[ContentCase]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let a = run(input);
        let got: Vec<(String, String)> = a
            .quotes
            .iter()
            .map(|q| {
                (
                    q.kind.clone(),
                    q.content
                        .iter()
                        .map(|c| c.text.as_str())
                        .collect::<Vec<_>>()
                        .join(" ¶ "),
                )
            })
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(k, c)| (k.to_string(), c.to_string()))
            .collect();
        if got != want {
            failures.push(format!(
                "  input:    {input:?}\n  expected: {want:?}\n  got:      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{group}: {} of {} cases failed\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// (text, kind of each sentence).
type KindCase = (&'static str, &'static str);

fn run_kind_group(group: &str, cases: &[KindCase]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let a = run(input);
        let got = a
            .sentences
            .iter()
            .map(|s| s.kind.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        if got != *expected {
            failures.push(format!(
                "  input:    {input:?}\n  expected: {expected}\n  got:      {got}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{group}: {} of {} cases failed\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn named_people_and_organisations_before_the_cue() {
    run_group(
        "named sources",
        &[
            (
                "Putin said the talks were useful.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "The Kremlin said the talks were useful.",
                "named",
                &[("said", "The Kremlin")],
            ),
            (
                "Colombia said it would grant asylum.",
                "named",
                &[("said", "Colombia")],
            ),
            (
                "The ministry said the border would stay closed.",
                "named",
                &[("said", "The ministry")],
            ),
            (
                "Lukashenko’s office said the meeting went well.",
                "named",
                &[("said", "Lukashenko’s office")],
            ),
            (
                "Acme Corp said profits rose.",
                "named",
                &[("said", "Acme Corp")],
            ),
            (
                "The European Union said it would respond.",
                "named",
                &[("said", "The European Union")],
            ),
            (
                "French President Emmanuel Macron told reporters that Europe must act.",
                "named",
                &[("told", "French President Emmanuel Macron")],
            ),
            (
                "Belta reported that the envoy had arrived.",
                "named",
                &[("reported", "Belta")],
            ),
            (
                "The White House said the visit was off.",
                "named",
                &[("said", "The White House")],
            ),
            (
                "Moscow insists the exercises are defensive.",
                "named",
                &[("insists", "Moscow")],
            ),
            (
                "Senator John Smith warned that the bill would fail.",
                "named",
                &[("warned", "Senator John Smith")],
            ),
            (
                "Russia and Belarus said they would hold joint drills.",
                "named",
                &[("said", "Russia and Belarus")],
            ),
            (
                "A Kremlin spokesman said Putin had no plans to travel.",
                "named",
                &[("said", "A Kremlin spokesman")],
            ),
            (
                "The company announced that it would cut 500 jobs.",
                "named",
                &[("announced", "The company")],
            ),
            (
                "Pope Leo urged leaders to seek peace.",
                "named",
                &[("urged", "Pope Leo")],
            ),
            (
                "The Pentagon confirmed that two ships were deployed.",
                "named",
                &[("confirmed", "The Pentagon")],
            ),
            (
                "Maria Lopez, a spokeswoman for the ministry, said the talks would resume.",
                "named",
                &[("said", "Maria Lopez, a spokeswoman for the ministry")],
            ),
            (
                "The court ruled that the law was valid, the judge said.",
                "named",
                &[("said", "the judge")],
            ),
            (
                "Police said three people were arrested.",
                "named",
                &[("said", "Police")],
            ),
        ],
    );
}

#[test]
fn anonymous_sources() {
    run_group(
        "anonymous sources",
        &[
            (
                "Sources told Reuters that the deal was close.",
                "anonymous",
                &[("told", "Sources")],
            ),
            (
                "Officials said the talks had stalled.",
                "anonymous",
                &[("said", "Officials")],
            ),
            (
                "A person familiar with the matter said the bid would fail.",
                "anonymous",
                &[("said", "A person familiar with the matter")],
            ),
            (
                "People close to the president said he was tired.",
                "anonymous",
                &[("said", "People close to the president")],
            ),
            (
                "A senior administration official said the plan was ready.",
                "anonymous",
                &[("said", "A senior administration official")],
            ),
            (
                "Diplomats said the vote would be delayed.",
                "anonymous",
                &[("said", "Diplomats")],
            ),
            (
                "Two officials who spoke on condition of anonymity said the strike was planned.",
                "anonymous",
                &[("said", "Two officials who spoke on condition of anonymity")],
            ),
            (
                "U.S. officials said the sanctions would stay.",
                "anonymous",
                &[("said", "U.S. officials")],
            ),
            (
                "A source close to the talks told AFP that no date was set.",
                "anonymous",
                &[("told", "A source close to the talks")],
            ),
            (
                "An aide said the senator would not run.",
                "anonymous",
                &[("said", "An aide")],
            ),
            (
                "Western diplomats believe the ceasefire will not hold.",
                "anonymous",
                &[("believe", "Western diplomats")],
            ),
            (
                "The talks will resume next week, officials said.",
                "anonymous",
                &[("said", "officials")],
            ),
            (
                "According to sources, the minister will resign.",
                "anonymous",
                &[("According to", "sources")],
            ),
            (
                "A government official told the newspaper that the budget was cut.",
                "anonymous",
                &[("told", "A government official")],
            ),
            (
                "Investigators said the fire was deliberate.",
                "anonymous",
                &[("said", "Investigators")],
            ),
            (
                "Witnesses said the car sped away.",
                "anonymous",
                &[("said", "Witnesses")],
            ),
            (
                "People familiar with the talks said a deal was near.",
                "anonymous",
                &[("said", "People familiar with the talks")],
            ),
            (
                "One of the officials said the letter was a forgery.",
                "anonymous",
                &[("said", "One of the officials")],
            ),
            (
                "Authorities said the road would reopen on Monday.",
                "anonymous",
                &[("said", "Authorities")],
            ),
            (
                "A diplomat told Reuters the meeting was tense.",
                "anonymous",
                &[("told", "A diplomat")],
            ),
        ],
    );
}

#[test]
fn vague_sources() {
    run_group(
        "vague sources",
        &[
            (
                "Independent observers claimed the opposition won overwhelmingly.",
                "vague",
                &[("claimed", "Independent observers")],
            ),
            (
                "Critics say the law is unfair.",
                "vague",
                &[("say", "Critics")],
            ),
            (
                "Experts say the virus is spreading.",
                "vague",
                &[("say", "Experts")],
            ),
            (
                "Some say the war could last years.",
                "vague",
                &[("say", "Some")],
            ),
            (
                "Analysts believe the bank will raise rates.",
                "vague",
                &[("believe", "Analysts")],
            ),
            (
                "It is believed that the president is ill.",
                "vague",
                &[("is believed", "")],
            ),
            (
                "Maduro reportedly asked for guarantees.",
                "vague",
                &[("reportedly", "")],
            ),
            (
                "The general is said to be furious.",
                "vague",
                &[("is said", "")],
            ),
            (
                "Many people are saying the election was stolen.",
                "vague",
                &[("saying", "Many people")],
            ),
            (
                "There are reports that the army has moved.",
                "vague",
                &[("There are reports", "")],
            ),
            (
                "Reports say the army has moved.",
                "vague",
                &[("say", "Reports")],
            ),
            (
                "According to media reports, the army has moved.",
                "vague",
                &[("According to", "media reports")],
            ),
            (
                "Commentators argued that the speech was weak.",
                "vague",
                &[("argued", "Commentators")],
            ),
            (
                "The minister allegedly took bribes.",
                "vague",
                &[("allegedly", "")],
            ),
            (
                "It was reported that the minister had resigned.",
                "vague",
                &[("was reported", "")],
            ),
            (
                "The ship is thought to have sunk.",
                "vague",
                &[("is thought", "")],
            ),
            (
                "Residents said the water was unsafe.",
                "vague",
                &[("said", "Residents")],
            ),
            (
                "Opponents claim the project is too expensive.",
                "vague",
                &[("claim", "Opponents")],
            ),
            (
                "A report said the river was polluted.",
                "vague",
                &[("said", "A report")],
            ),
            (
                "Others warned that the dam could break.",
                "vague",
                &[("warned", "Others")],
            ),
        ],
    );
}

#[test]
fn sentences_without_a_source() {
    run_group("no source", &[
        ("Russia and Belarus reached out to Maduro on Thursday.", "none", &[]),
        ("The Belarusian President, Alexander Lukashenkomaintained on Thursday his second meeting with the ambassador.", "none", &[]),
        ("Trump has increased pressure on Venezuela.", "none", &[]),
        ("The soldiers reported for duty at dawn.", "none", &[]),
        ("It was a told story, repeated for years.", "none", &[]),
        ("The said agreement expired in May.", "none", &[]),
        ("He stayed silent on whether he would run.", "none", &[]),
        ("The report was published in May.", "none", &[]),
        ("She added sugar to the tea.", "none", &[]),
        ("The company noted a rise in sales.", "none", &[]),
        ("The state maintains the roads.", "none", &[]),
        ("The conflict threatens to spread.", "none", &[]),
        ("He plans a trip to Paris.", "none", &[]),
        ("Prices rose by 3% in October.", "none", &[]),
        ("The United States imposed new sanctions.", "none", &[]),
        ("The ceremony will be held in the capital.", "none", &[]),
        ("Lukashenko has ruled Belarus since 1994.", "none", &[]),
        ("The envoy was told to leave the country.", "none", &[]),
        ("Protesters marched through the city, chanting slogans.", "none", &[]),
        ("The ambassador asked the ministry for comment.", "none", &[]),
        ("Trump began easing sanctions and appointed an envoy to continue negotiations.", "none", &[]),
        ("The decision was reversed last week.", "none", &[]),
    ]);
}

#[test]
fn direct_quotes_with_source_and_cue_after() {
    run_group(
        "quote then source and cue",
        &[
            ("“We will win,” Putin said.", "named", &[("said", "Putin")]),
            ("“We will win,” said Putin.", "named", &[("said", "Putin")]),
            (
                "“We will win,” the president said.",
                "named",
                &[("said", "the president")],
            ),
            // Nobody was described as a diplomat before: the diplomat stays unnamed.
            (
                "“We will win”, said the diplomat in an interview.",
                "anonymous",
                &[("said", "the diplomat")],
            ),
            (
                "“The talks failed,” a senior official said.",
                "anonymous",
                &[("said", "a senior official")],
            ),
            ("“It is over,” critics say.", "vague", &[("say", "critics")]),
            ("“We will win,” he said.", "named", &[("said", "he")]),
            (
                "“We will win,” Putin told reporters.",
                "named",
                &[("told", "Putin")],
            ),
            (
                "“We will win,” Putin added on Thursday.",
                "named",
                &[("added", "Putin")],
            ),
            (
                "“We will win,” emphasized the minister.",
                "named",
                &[("emphasized", "the minister")],
            ),
            (
                "“We will win,” said Maria Lopez, a spokeswoman for the ministry.",
                "named",
                &[("said", "Maria Lopez, a spokeswoman for the ministry")],
            ),
            (
                "“Why now?” asked the senator.",
                "named",
                &[("asked", "the senator")],
            ),
            ("“No,” she replied.", "named", &[("replied", "she")]),
            (
                "“We are ready,” the general continued.",
                "named",
                &[("continued", "the general")],
            ),
        ],
    );
}

#[test]
fn direct_quotes_with_source_and_cue_before() {
    run_group(
        "source and cue then quote",
        &[
            ("Putin said: “We will win.”", "named", &[("said", "Putin")]),
            (
                "Zakharova told reporters on Thursday: “We hope so.”",
                "named",
                &[("told", "Zakharova")],
            ),
            (
                "The minister wrote on Facebook: “Our doors are open.”",
                "named",
                &[("wrote", "The minister")],
            ),
            (
                "Officials said: “The border is closed.”",
                "anonymous",
                &[("said", "Officials")],
            ),
            ("Putin said, “We will win.”", "named", &[("said", "Putin")]),
            (
                "The spokesman added: “There is no deal.”",
                "named",
                &[("added", "The spokesman")],
            ),
            (
                "Macron tweeted: “Europe stands united.”",
                "named",
                &[("tweeted", "Macron")],
            ),
            (
                "Putin said “we will win” and left.",
                "named",
                &[("said", "Putin")],
            ),
        ],
    );
}

#[test]
fn indirect_speech_with_addressees_and_adjuncts() {
    run_group(
        "indirect speech",
        &[
            (
                "Putin told Macron that the war would end.",
                "named",
                &[("told", "Putin")],
            ),
            (
                "Putin told reporters on Thursday that the war would end.",
                "named",
                &[("told", "Putin")],
            ),
            (
                "Lukashenko told the envoy Maduro was welcome in Belarus.",
                "named",
                &[("told", "Lukashenko")],
            ),
            (
                "Putin said in a statement on Monday that the war would end.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "Putin said the war would end.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "Villavicencio assured that Maduro would be safe.",
                "named",
                &[("assured", "Villavicencio")],
            ),
            (
                "Putin assured Maduro that Russia would help.",
                "named",
                &[("assured", "Putin")],
            ),
            (
                "Putin reminded Maduro that Russia had helped before.",
                "named",
                &[("reminded", "Putin")],
            ),
            (
                "Putin warned the West of dire consequences.",
                "named",
                &[("warned", "Putin")],
            ),
            (
                "Putin urged Maduro to stay calm.",
                "named",
                &[("urged", "Putin")],
            ),
            (
                "Putin asked whether the deal was final.",
                "named",
                &[("asked", "Putin")],
            ),
            (
                "Putin asked Macron to call him.",
                "named",
                &[("asked", "Putin")],
            ),
            (
                "Putin denied the allegations.",
                "named",
                &[("denied", "Putin")],
            ),
            (
                "Maduro claimed victory in the election.",
                "named",
                &[("claimed", "Maduro")],
            ),
            (
                "Maduro claimed to have won re-election.",
                "named",
                &[("claimed", "Maduro")],
            ),
            (
                "Putin pointed out that the deal had expired.",
                "named",
                &[("pointed out", "Putin")],
            ),
            (
                "Petro is calling for a democratic transition.",
                "named",
                &[("calling for", "Petro")],
            ),
            (
                "Putin maintained that the vote was fair.",
                "named",
                &[("maintained", "Putin")],
            ),
            (
                "The agency reported on Monday that prices had risen.",
                "named",
                &[("reported", "The agency")],
            ),
            (
                "Putin noted that the talks were useful.",
                "named",
                &[("noted", "Putin")],
            ),
            (
                "Trump accused Maduro of rigging the vote.",
                "named",
                &[("accused", "Trump")],
            ),
            (
                "The minister informed parliament that the plan was dead.",
                "named",
                &[("informed", "The minister")],
            ),
        ],
    );
}

#[test]
fn cues_in_all_tenses_with_words_between() {
    run_group(
        "tenses and adverbs",
        &[
            (
                "Putin has said the war will end.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "Putin had told Macron that the war would end.",
                "named",
                &[("told", "Putin")],
            ),
            (
                "Putin will say that the war is over.",
                "named",
                &[("say", "Putin")],
            ),
            (
                "Putin did not say whether the war would end.",
                "named",
                &[("say", "Putin")],
            ),
            (
                "Putin later added that the war would end.",
                "named",
                &[("added", "Putin")],
            ),
            (
                "Putin also told reporters that the war would end.",
                "named",
                &[("told", "Putin")],
            ),
            (
                "Putin has repeatedly claimed that the war is defensive.",
                "named",
                &[("claimed", "Putin")],
            ),
            (
                "Putin says the war will end.",
                "named",
                &[("says", "Putin")],
            ),
            (
                "Putin is saying the war will end.",
                "named",
                &[("saying", "Putin")],
            ),
            (
                "Putin on Thursday said the war would end.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "Putin emphasised that the war would end.",
                "named",
                &[("emphasised", "Putin")],
            ),
            (
                "Putin has stated this does not change anything.",
                "named",
                &[("stated", "Putin")],
            ),
            (
                "Putin publicly acknowledged that the economy was weak.",
                "named",
                &[("acknowledged", "Putin")],
            ),
            (
                "Putin didn’t say whether the war would end.",
                "named",
                &[("say", "Putin")],
            ),
            (
                "Putin stressed the need for calm.",
                "named",
                &[("stressed", "Putin")],
            ),
            (
                "Putin reiterated his support for Maduro.",
                "named",
                &[("reiterated", "Putin")],
            ),
        ],
    );
}

#[test]
fn beliefs_desires_and_intentions() {
    run_group(
        "attitudes",
        &[
            (
                "Trump believes that the deal is good.",
                "named",
                &[("believes", "Trump")],
            ),
            (
                "Trump thinks the deal is good.",
                "named",
                &[("thinks", "Trump")],
            ),
            (
                "Putin hopes to visit Caracas.",
                "named",
                &[("hopes", "Putin")],
            ),
            (
                "Putin wants to visit Caracas.",
                "named",
                &[("wants", "Putin")],
            ),
            (
                "Putin wants Maduro to visit Moscow.",
                "named",
                &[("wants", "Putin")],
            ),
            (
                "The minister plans to resign.",
                "named",
                &[("plans", "The minister")],
            ),
            (
                "Officials fear that the dam will break.",
                "anonymous",
                &[("fear", "Officials")],
            ),
            (
                "Experts expect prices to rise.",
                "vague",
                &[("expect", "Experts")],
            ),
            ("“We hope so,” Putin said.", "named", &[("said", "Putin")]),
            (
                "The government intends to raise taxes.",
                "named",
                &[("intends", "The government")],
            ),
        ],
    );
}

#[test]
fn according_to_at_the_start_middle_and_end() {
    run_group("according to", &[
        ("According to the Belarusian state news agency Belta, Lukashenko told the envoy Maduro was welcome.", "named", &[("According to", "the Belarusian state news agency Belta")]),
        ("According to the letter, the president emphasized that the people deserve respect.", "named", &[("According to", "the letter")]),
        ("According to the Russian presidency, both leaders confirmed their approval.", "named", &[("According to", "the Russian presidency")]),
        ("The army has moved, according to the ministry.", "named", &[("according to", "the ministry")]),
        ("The army has moved, according to a person familiar with the matter.", "anonymous", &[("according to", "a person familiar with the matter")]),
        ("The army, according to reports, has moved.", "vague", &[("according to", "reports")]),
        ("According to Reuters, the army has moved.", "named", &[("According to", "Reuters")]),
        ("According to the statement, the army has moved.", "named", &[("According to", "the statement")]),
        ("According to the report, the army has moved.", "named", &[("According to", "the report")]),
        ("According to analysts, the army has moved.", "vague", &[("According to", "analysts")]),
        ("According to Putin, the army has moved.", "named", &[("According to", "Putin")]),
        ("WASHINGTON (Reuters) — According to officials, the army has moved.", "anonymous", &[("According to", "officials")]),
    ]);
}

#[test]
fn a_medium_quoting_a_person() {
    run_group(
        "medium quoted person",
        &[
            (
                "Belta quoted Lukashenko as saying that Maduro was welcome.",
                "named",
                &[("quoted", "Lukashenko")],
            ),
            (
                "On Thursday, Belta quoted Lukashenko and reminded the envoy that they had agreed.",
                "named",
                &[("quoted", "Lukashenko")],
            ),
            (
                "Lukashenko was quoted by Belta as saying that Maduro was welcome.",
                "named",
                &[("was quoted", "Lukashenko")],
            ),
            (
                "TASS quoted a source as saying the talks had failed.",
                "anonymous",
                &[("quoted", "a source")],
            ),
            (
                "Interfax quoted Putin as saying: “We will win.”",
                "named",
                &[("quoted", "Putin")],
            ),
            (
                "“We will win,” RIA quoted Putin as saying.",
                "named",
                &[("quoted", "Putin")],
            ),
        ],
    );
}

#[test]
fn only_outermost_attributions_count() {
    run_group(
        "outermost",
        &[
            (
                "Sources told Reuters that Maduro told Trump he would leave.",
                "anonymous",
                &[("told", "Sources")],
            ),
            (
                "According to the letter, Putin said the people deserve respect.",
                "named",
                &[("According to", "the letter")],
            ),
            (
                "Critics say Trump said the election was rigged.",
                "vague",
                &[("say", "Critics")],
            ),
            (
                "Trump said critics claim the election was rigged.",
                "named",
                &[("said", "Trump")],
            ),
            (
                "Maduro reportedly told Trump that he would leave.",
                "vague",
                &[("reportedly", "")],
            ),
            (
                "Trump said Maduro had reportedly agreed to leave.",
                "named",
                &[("said", "Trump")],
            ),
            (
                "Officials said Putin believes the war will end soon.",
                "anonymous",
                &[("said", "Officials")],
            ),
            (
                "It is believed that Putin told Maduro he would help.",
                "vague",
                &[("is believed", "")],
            ),
            (
                "According to sources, Putin told Maduro he would help.",
                "anonymous",
                &[("According to", "sources")],
            ),
            (
                "Putin said officials told him the army was ready.",
                "named",
                &[("said", "Putin")],
            ),
            (
                "Maduro has reportedly agreed to leave, officials said.",
                "anonymous",
                &[("said", "officials")],
            ),
            (
                "The general is said to be furious, according to two aides.",
                "anonymous",
                &[("according to", "two aides")],
            ),
        ],
    );
}

#[test]
fn the_most_specific_of_attributions_side_by_side_wins() {
    run_group(
        "side by side",
        &[
            (
                "Critics say the law is unfair, but the minister said it was needed.",
                "named",
                &[("say", "Critics"), ("said", "the minister")],
            ),
            (
                "Officials said the dam held; residents said it leaked.",
                "anonymous",
                &[("said", "Officials"), ("said", "residents")],
            ),
            (
                "Experts warned of a crash while sources said the bank was safe.",
                "anonymous",
                &[("warned", "Experts"), ("said", "sources")],
            ),
        ],
    );
}

#[test]
fn sentences_inside_a_quote_belong_to_its_source() {
    run_group(
        "inside quotes",
        &[
            (
                "“We agreed on everything. We will meet again,” Lukashenko said.",
                "named named",
                &[("said", "Lukashenko")],
            ),
            (
                "“We agreed on everything. We will meet again. Nothing is final,” officials said.",
                "anonymous anonymous anonymous",
                &[("said", "officials")],
            ),
            (
                "Putin said: “We agreed on everything. We will meet again.”",
                "named named",
                &[("said", "Putin")],
            ),
            (
                "The talks ended. “We agreed on everything,” Putin said. Both sides left.",
                "none named none",
                &[("said", "Putin")],
            ),
        ],
    );
}

#[test]
fn continuations_keep_the_speaker() {
    // A quote that goes on after its cue, in the sentence, the paragraph or the next paragraph,
    // is one attribution with one cue (as PolNeAR annotates it): its pieces join the quote.
    run_group("continuations", &[
        ("“We will win,” Putin said. “The West will lose.”", "named named", &[("said", "Putin")]),
        ("“We will win,” Putin said, “and the West will lose.”", "named", &[("said", "Putin")]),
        ("“We will win,” Putin said.\n“The West will lose.”", "named named", &[("said", "Putin")]),
        ("Putin said: “We will win.”\n“The West will lose.”\n“Nobody can stop us.”", "named named named", &[("said", "Putin")]),
        ("“We will win,” Putin said.\nThe West disagrees.\n“Nobody can stop us.”", "named none none", &[("said", "Putin")]),
        ("Putin said the war would end.\n“Nobody can stop us.”", "named named", &[("said", "Putin")]),
        ("\"The enemy is back,\" the minister wrote. \"Engineers are at work.\"\nThe Kremlin declined to say more.", "named named named", &[("wrote", "the minister"), ("declined", "The Kremlin")]),
        ("“We hope so,” Zakharova said.\n“We will see,” she added.", "named named", &[("said", "Zakharova"), ("added", "she")]),
    ]);
}

#[test]
fn a_quote_interrupted_by_its_cue_is_one_quote_in_pieces() {
    run_content_group(
        "quote pieces",
        &[
            (
                "“We will win,” Putin said, “and the West will lose.”",
                &[("direct", "“We will win,” ¶ “and the West will lose.”")],
            ),
            (
                "“We will win,” Putin said. “The West will lose.”",
                &[("direct", "“We will win,” ¶ “The West will lose.”")],
            ),
            (
                "Putin said: “We will win.”\n“The West will lose.”",
                &[("direct", "“We will win.” ¶ “The West will lose.”")],
            ),
            (
                "Putin said the war would end. “Nobody can stop us.”",
                &[("mixed", "the war would end ¶ “Nobody can stop us.”")],
            ),
            // A cue in the quoting cue's adjunct does not take the next quote over.
            (
                "“The fight is not over,” she said when announcing the appeal. “We have the better case.”",
                &[
                    ("direct", "“The fight is not over,” ¶ “We have the better case.”"),
                    ("indirect", "the appeal"),
                ],
            ),
            // A conjunction may open the sentence of a continuing quote.
            (
                "“Nobody expected this,” the coach said after the game. But “we will be back next season.”",
                &[("direct", "“Nobody expected this,” ¶ “we will be back next season.”")],
            ),
            // Not after an unattributed sentence, nor with a title in quotes.
            (
                "The mayor spoke for an hour. But “Hamilton” sold out again.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_relative_pronoun_source_resolves_to_its_antecedent() {
    let a = run("Donald Trump, who has repeatedly said the vote was rigged, lost the state.");
    let q = quote(&a, "the vote was rigged");
    assert_eq!(text(&q.source), "who");
    assert_eq!(q.speaker.as_deref(), Some(TRUMP));
    assert_eq!(sentence(&a, "Donald Trump").attribution, "named");
    // An anonymous antecedent keeps its kind through the pronoun.
    let a = run("Many economists, who believe the economy will slow, are selling shares.");
    assert_eq!(sentence(&a, "Many economists").attribution, "vague");
    assert_eq!(text(&quote(&a, "the economy will slow").source), "who");
    // The claim the reader sees names the antecedent, not the pronoun (a card saying
    // "Source: who" would tell the reader nothing).
    assert_eq!(
        text(&sentence(&a, "Many economists").source),
        "Many economists"
    );
    // A relative clause whose own verb is not the cue keeps the antecedent ("who endorsed him
    // and said" reads "said" through the coordination, not as the clause's verb).
    let a = run("The senator, who met voters on Monday, then said the plan failed.");
    let q = quote(&a, "the plan failed");
    assert_ne!(text(&q.source), "who");
}

#[test]
fn pronoun_sources_resolve_to_the_last_speaker() {
    let a = run("“We will win,” Putin said.\n“The West will lose,” he added.");
    let q = quote(&a, "The West will lose");
    assert_eq!(text(&q.source), "he");
    assert_eq!(q.speaker.as_deref(), Some("Q7747"));
    let a = run("Trump met Putin in Alaska. He said the talks were productive.");
    let s = sentence(&a, "He said");
    assert_eq!(s.attribution, "named");
    assert!(s.source_person.is_some());
    let a = run("The ministry issued a statement. It said the border was closed.");
    assert_eq!(sentence(&a, "It said").attribution, "named");
    let a = run("Officials briefed reporters. They said the border was closed.");
    assert_eq!(sentence(&a, "They said").attribution, "anonymous");
}

#[test]
fn mismatched_and_straight_quotation_marks() {
    run_content_group(
        "quotation marks",
        &[
            ("“We will win“, Putin said.", &[("direct", "“We will win“")]),
            ("”We will win”, Putin said.", &[("direct", "”We will win”")]),
            (
                "\"We will win,” Putin said.",
                &[("direct", "\"We will win,”")],
            ),
            ("„We will win“, Putin said.", &[("direct", "„We will win“")]),
            ("«We will win», Putin said.", &[("direct", "«We will win»")]),
            (
                "\"We will win,\" Putin said.",
                &[("direct", "\"We will win,\"")],
            ),
            (
                "Putin said: ““We will win” this year.",
                &[("mixed", "““We will win” this year")],
            ),
            (
                "Putin said his days “are numbered”although he smiled.",
                &[("mixed", "his days “are numbered”")],
            ),
            ("»We will win«, Putin said.", &[("direct", "»We will win«")]),
            (
                "Putin said: \"We will win.\"",
                &[("direct", "\"We will win.\"")],
            ),
        ],
    );
}

#[test]
fn direct_indirect_and_mixed_content() {
    run_content_group(
        "content kinds",
        &[
            (
                "Putin said the war would end.",
                &[("indirect", "the war would end")],
            ),
            (
                "Putin said that the war would end.",
                &[("indirect", "that the war would end")],
            ),
            (
                "Putin said the plan was “dead on arrival”.",
                &[("mixed", "the plan was “dead on arrival”")],
            ),
            (
                "“The plan is dead,” Putin said.",
                &[("direct", "“The plan is dead,”")],
            ),
            (
                "Putin said: “The plan is dead.”",
                &[("direct", "“The plan is dead.”")],
            ),
            (
                "The plan is dead, Putin said.",
                &[("indirect", "The plan is dead")],
            ),
            (
                "Putin said the war would end, although he gave no date.",
                &[("indirect", "the war would end")],
            ),
            (
                "Zakharova told reporters on Thursday: “We hope so.”",
                &[("direct", "“We hope so.”")],
            ),
            (
                "Sources told Reuters that Maduro would leave.",
                &[("indirect", "that Maduro would leave")],
            ),
            (
                "According to the letter, the war will end.",
                &[("indirect", "the war will end")],
            ),
            (
                "The war will end, according to the letter.",
                &[("indirect", "The war will end")],
            ),
            (
                "Putin hopes to visit Caracas.",
                &[("indirect", "to visit Caracas")],
            ),
        ],
    );
}

#[test]
fn quotes_running_over_paragraphs() {
    run_content_group(
        "multi-paragraph quotes",
        &[
            (
                "Putin said: “We will win.\n“The West will lose.”",
                &[("direct", "“We will win. ¶ “The West will lose.”")],
            ),
            (
                "“We will win.\n“The West will lose,” Putin said.",
                &[("direct", "“We will win. ¶ “The West will lose,”")],
            ),
            (
                "Putin said: “We will win.\nThe West disagrees.",
                &[("direct", "“We will win.")],
            ),
            (
                "Putin said: “We will win.\n“The West will lose.\n“Nobody can stop us.”",
                &[(
                    "direct",
                    "“We will win. ¶ “The West will lose. ¶ “Nobody can stop us.”",
                )],
            ),
        ],
    );
    let a = run("“We will win.\n“The West will lose,” Putin said.");
    assert_eq!(
        a.sentences
            .iter()
            .map(|s| s.attribution.as_str())
            .collect::<Vec<_>>(),
        ["named", "named"]
    );
}

#[test]
fn appositions_and_titles_in_sources() {
    run_group("appositions", &[
        ("Lukashenko, Belarus’ veteran leader, said the talks were useful.", "named", &[("said", "Lukashenko, Belarus’ veteran leader")]),
        ("John Coale, a special envoy, told reporters that the prisoners were free.", "named", &[("told", "John Coale, a special envoy")]),
        ("Russian Foreign Ministry spokeswoman Maria Zakharova told reporters that talks continue.", "named", &[("told", "Russian Foreign Ministry spokeswoman Maria Zakharova")]),
        ("Colombia’s chancellor said the offer stands.", "named", &[("said", "Colombia’s chancellor")]),
        ("The Colombian Foreign Ministry said it would not rule out asylum.", "named", &[("said", "The Colombian Foreign Ministry")]),
        ("Senator Jane Roe (D-Texas) said the bill would pass.", "named", &[("said", "Senator Jane Roe (D-Texas)")]),
        ("His campaign manager, Dale Porter, said the campaign had raised $4 million.", "named", &[("said", "His campaign manager, Dale Porter")]),
        ("\"He is unready,\" said Sen. Ada Moss (R-N.D.).", "named", &[("said", "Sen. Ada Moss (R-N.D.)")]),
        // An apposition after a name's party and state is part of the source.
        ("\"The vote is a farce,\" said Rep. Ann Cole (D-Md.), the ranking member of the panel.", "named", &[("said", "Rep. Ann Cole (D-Md.), the ranking member of the panel")]),
        ("\"We were ready,\" said Rep. Ann Cole (D-Md.), head of the caucus. \"They were not.\"", "named named", &[("said", "Rep. Ann Cole (D-Md.), head of the caucus")]),
        // Not a place or time after the parenthesis.
        ("\"We were ready,\" said Rep. Ann Cole (D-Md.), on Tuesday.", "named", &[("said", "Rep. Ann Cole (D-Md.)")]),
    ]);
}

#[test]
fn participles_share_the_subject() {
    run_group(
        "participles",
        &[
            (
                "Trump dismissed the report, saying it was fake.",
                "named",
                &[("dismissed", "Trump"), ("saying", "Trump")],
            ),
            (
                "Putin said the war would end, adding that talks would continue.",
                "named",
                &[("said", "Putin"), ("adding", "Putin")],
            ),
            (
                "Moss vowed to stay in the contest, telling supporters that the polls were wrong.",
                "named",
                &[("vowed", "Moss"), ("telling", "Moss")],
            ),
            (
                "Officials rejected the claim, saying it was false.",
                "anonymous",
                &[("rejected", "Officials"), ("saying", "Officials")],
            ),
            (
                "“We will win,” Putin said, adding that the West would lose.",
                "named",
                &[("said", "Putin"), ("adding", "Putin")],
            ),
        ],
    );
}

#[test]
fn passives_with_and_without_an_agent() {
    run_group(
        "passives",
        &[
            (
                "The envoy was told by officials that the border was closed.",
                "anonymous",
                &[("told", "officials")],
            ),
            (
                "It is understood that the minister will resign.",
                "vague",
                &[("is understood", "")],
            ),
            (
                "The minister is believed to have resigned.",
                "vague",
                &[("is believed", "")],
            ),
            (
                "It has been claimed that the vote was rigged.",
                "vague",
                &[("has been claimed", "")],
            ),
            (
                "The prisoner was said to be in good health.",
                "vague",
                &[("was said", "")],
            ),
            (
                "The envoy was informed by the ministry that talks were over.",
                "named",
                &[("informed", "the ministry")],
            ),
        ],
    );
}

#[test]
fn documents_and_artefacts() {
    run_group(
        "documents",
        &[
            (
                "The report said the river was polluted.",
                "named",
                &[("said", "The report")],
            ),
            (
                "The statement said the border was closed.",
                "named",
                &[("said", "The statement")],
            ),
            (
                "The letter states that the people deserve respect.",
                "named",
                &[("states", "The letter")],
            ),
            (
                "Reports say the river is polluted.",
                "vague",
                &[("say", "Reports")],
            ),
            (
                "A study suggested that coffee helps.",
                "vague",
                &[("suggested", "A study")],
            ),
            (
                "A study by Harvard University found that coffee helps.",
                "named",
                &[("found", "A study by Harvard University")],
            ),
            (
                "The emails show that the campaign was worried.",
                "named",
                &[("show", "The emails")],
            ),
            (
                "The campaign was worried, the emails show.",
                "named",
                &[("show", "the emails")],
            ),
            (
                "The UN report warned that famine was near.",
                "named",
                &[("warned", "The UN report")],
            ),
            (
                "Polls suggest that the race is close.",
                "vague",
                &[("suggest", "Polls")],
            ),
            (
                "The data suggest that the virus is spreading.",
                "named",
                &[("suggest", "The data")],
            ),
        ],
    );
}

#[test]
fn datelines_stay_in_their_sentence() {
    run_group(
        "datelines",
        &[
            (
                "WASHINGTON (Reuters) — The White House said on Monday that talks would resume.",
                "named",
                &[("said", "The White House")],
            ),
            (
                "MOSCOW.-Russia said the talks were useful.",
                "named",
                &[("said", "Russia")],
            ),
            (
                "KYIV, Ukraine — Officials said the dam was hit.",
                "anonymous",
                &[("said", "Officials")],
            ),
            (
                "MOSCOW.-Russia and Belarus reached out to Maduro.",
                "none",
                &[],
            ),
            (
                "LONDON (AP) — Critics say the plan is flawed.",
                "vague",
                &[("say", "Critics")],
            ),
        ],
    );
    let a = run("WASHINGTON (Reuters) — The White House said on Monday that talks would resume.");
    assert!(a.sentences[0]
        .span
        .text
        .starts_with("WASHINGTON (Reuters) —"));
}

#[test]
fn sentence_kinds() {
    run_kind_group("sentence kinds", &[
        ("Putin’s support", "heading"),
        ("Agencies Reuters, AFP and AP", "credit"),
        ("By Jane Doe and John Roe", "credit"),
        ("Reuters, AFP and AP", "credit"),
        ("Reporting by Jane Doe; Editing by John Roe", "credit"),
        ("© 2025 Reuters", "credit"),
        ("Will Maduro leave Venezuela?", "question"),
        ("Read more: Maduro’s last stand", "other"),
        ("Subscribe to our newsletter.", "other"),
        ("Russian President Vladimir Putin attends a meeting in Moscow. REUTERS/Maxim Shemetov", "caption caption"),
        ("Photo: Maduro at a rally in Caracas.", "caption"),
        ("Maduro is under pressure.", "claim"),
        ("Maduro is under pressure. Will he leave? Nobody knows.", "claim question claim"),
        ("Residents Paint Over Mural Outside City Hall Ahead Of Weekend Vote.", "heading"),
        ("The Belarusian connection\nLukashenko met the ambassador.", "heading claim"),
        ("Click here to read the full story.", "other"),
        ("“Will he leave?” asked the senator.", "claim"),
        ("Advertisement", "other"),
    ]);
}

#[test]
fn headings_and_credits_are_not_claims_of_anyone() {
    run_group(
        "headings and credits",
        &[
            (
                "Putin’s support\nPutin said he would help.",
                "none named",
                &[("said", "Putin")],
            ),
            (
                "Putin said he would help.\nAgencies Reuters, AFP and AP",
                "named none",
                &[("said", "Putin")],
            ),
            (
                "By Jane Doe\nSources said the deal was close.",
                "none anonymous",
                &[("said", "Sources")],
            ),
        ],
    );
}

#[test]
fn look_alike_cues_need_a_clause_a_quote_or_a_colon() {
    run_group(
        "look-alike cues",
        &[
            (
                "Lukashenko maintained on Thursday his second meeting with the ambassador.",
                "none",
                &[],
            ),
            (
                "Lukashenko maintained on Thursday that the meeting went well.",
                "named",
                &[("maintained", "Lukashenko")],
            ),
            ("The soldiers reported for duty.", "none", &[]),
            (
                "The agency reported that soldiers were missing.",
                "named",
                &[("reported", "The agency")],
            ),
            ("She told a story about the war.", "none", &[]),
            (
                "She told reporters the war was over.",
                "named",
                &[("told", "She")],
            ),
            ("He added two names to the list.", "none", &[]),
            (
                "He added that two names were missing.",
                "named",
                &[("added", "He")],
            ),
            ("The state noted a rise in crime.", "none", &[]),
            ("The group posted a video online.", "none", &[]),
            (
                "The group posted online that the leader was dead.",
                "named",
                &[("posted", "The group")],
            ),
            ("The states plan new rules.", "none", &[]),
            ("The claims were rejected.", "none", &[]),
            ("He continued to support the rebels.", "none", &[]),
            ("Putin answered questions for four hours.", "none", &[]),
            (
                "There was no answer to the question of whether Belarus would help.",
                "none",
                &[],
            ),
            ("The president asked the office for comment.", "none", &[]),
        ],
    );
}

#[test]
fn cues_inside_unattributed_quotes_do_not_escape() {
    run_group(
        "scare quotes",
        &[
            ("The so-called “peace plan” was rejected.", "none", &[]),
            (
                "Maduro brought his “diplomatic ability” to the talks.",
                "none",
                &[],
            ),
            ("The film “They Said Yes” won a prize.", "none", &[]),
        ],
    );
}

#[test]
fn the_sentences_subject_speaks_for_coordinated_cues() {
    run_group(
        "shared subject",
        &[
            (
                "Trump welcomed the vote and said it was fair.",
                "named",
                &[("welcomed", "Trump"), ("said", "Trump")],
            ),
            (
                "The spokesman refused to give details but said there was no meeting.",
                "named",
                &[("refused", "The spokesman"), ("said", "The spokesman")],
            ),
            (
                "In a speech on Tuesday, Mr. Hale struck a calm note, saying he knew the risks.",
                "named",
                &[("saying", "Mr. Hale")],
            ),
            (
                "Mr. Hale said there was no proof.",
                "named",
                &[("said", "Mr. Hale")],
            ),
            (
                "Officials met on Monday and then told reporters that a deal was near.",
                "anonymous",
                &[("told", "Officials")],
            ),
        ],
    );
}

#[test]
fn relative_clauses_and_parentheticals_in_sources() {
    run_group("relative clauses", &[
        // A relative clause's cue has the relative pronoun as its source span (PolNeAR marks it so);
        // the antecedent gives its kind and person.
        ("Sen. Ada Moss (R-Ore.), who told a newspaper that the mayor could be recalled, is running again.", "named", &[("told", "who")]),
        // The relative clause is an attribution of its own, not part of the main one's content.
        ("Hale, who says Moss is smearing him, said voters should choose him.", "named", &[("says", "who"), ("said", "Hale, who says Moss is smearing him")]),
        ("While Comey said the evidence was clear, he said there was no precedent.", "named", &[("said", "Comey"), ("said", "he")]),
        ("Sen. Tom Dyer (D-N.M.), said the plan was a first step.", "named", &[("said", "Sen. Tom Dyer (D-N.M.)")]),
        ("Rep. Paul Ray (D-N.J.), chairman of the caucus, said members will help.", "named", &[("said", "Rep. Paul Ray (D-N.J.), chairman of the caucus")]),
        ("The official, who was not authorized to speak publicly, said the review was ongoing.", "anonymous", &[("said", "The official, who was not authorized to speak publicly")]),
        ("Mr. Dunn, citing ''the spirit of the harbor'' in an interview, said the race was close.", "named", &[("citing", "Mr. Dunn"), ("said", "Mr. Dunn")]),
        ("A source involved in the talks said a deal was near.", "anonymous", &[("said", "A source involved in the talks")]),
        ("\"It was a fair bargain,\" said Owen Fitch, a law professor who has worked on such cases.", "named", &[("said", "Owen Fitch, a law professor")]),
        ("“It is a way to have a say,” says a source involved in the club’s founding.", "anonymous", &[("says", "a source involved in the club’s founding")]),
        ("Lena Marsh - a co-host on his podcast - told The Daily Ledger that he had changed.", "named", &[("told", "Lena Marsh - a co-host on his podcast")]),
        ("Carl Benton, a radio host and station manager at the largest FM station in Idaho, said the mood had shifted.", "named", &[("said", "Carl Benton, a radio host and station manager at the largest FM station in Idaho")]),
        ("He promised to beat Marlow thanks to the Pryce name, which is widely known, Dunbar said.", "named", &[("said", "Dunbar")]),
        ("Large farms would get a big subsidy, the group said, compared with a modest one for small ones.", "named", &[("said", "the group")]),
    ]);
}

#[test]
fn any_person_may_speak_through_a_plain_speech_verb() {
    run_group(
        "plain speech verbs",
        &[
            (
                "“He is fun,” the host said.",
                "named",
                &[("said", "the host")],
            ),
            (
                "“You say that all victims should be believed,” a woman said.",
                "anonymous",
                &[("said", "a woman")],
            ),
            (
                "The collapse of the pact signals the end for the league, said Ivo Brandt.",
                "named",
                &[("said", "Ivo Brandt")],
            ),
            (
                "Club members and leaders say the cause is complex.",
                "vague",
                &[("say", "Club members and leaders")],
            ),
            (
                "Multiple outlets reported on Friday the agency had spoken with the mayor.",
                "vague",
                &[("reported", "Multiple outlets")],
            ),
        ],
    );
}

#[test]
fn as_someone_reported() {
    run_group(
        "as X reported",
        &[
            (
                "As The Ledger reported on Monday, she has become a consultant.",
                "named",
                &[("reported", "The Ledger")],
            ),
            (
                "He was shouting at the guards, as one of them reported.",
                "anonymous",
                &[("reported", "one of them")],
            ),
        ],
    );
}

#[test]
fn speaker_labels_and_colons_before_a_paragraph() {
    run_group("speaker labels", &[
        ("BAXTER: Let’s begin with the vote.\nLANE: Well, look, it was a fair vote.\nBAXTER: If I may, sir.\nLANE: Go ahead.", "named named named named", &[(":", "BAXTER"), (":", "LANE"), (":", "BAXTER"), (":", "LANE")]),
        ("Pryor: If chosen, Moss could be recalled.", "named", &[(":", "Pryor")]),
        ("BEIJING: China said the talks were useful.", "named", &[("said", "China")]),
        ("Moss: 312.\nHale: 58.", "none none", &[]),
        ("Reporter Nadia Fenn says:\n“The streets are empty.”", "named named", &[("says", "Reporter Nadia Fenn")]),
        ("Read more: Putin says the war will end.", "named", &[("says", "Putin")]),
    ]);
}

#[test]
fn a_colon_after_a_clause_hands_the_quotation_to_its_subject() {
    // Any verb, with its object and adjuncts, before a colon and a quotation (in the same
    // paragraph or the next) attributes the whole quotation to the subject, not a cue inside it.
    run_group("colon quotations", &[
        ("The governor released the following statement:\n“We mourn a friend. I think he served the state well.”", "named named named", &[("released the following statement:", "The governor")]),
        ("The senator quickly deflected with a question: “Why does it matter? The voters know better.”", "named named", &[("deflected with a question:", "The senator")]),
        ("A local nurse echoed:\n“She keeps her word, and I think that matters most.”", "anonymous anonymous", &[("echoed:", "A local nurse")]),
        // "Said NAME:" inside a paragraph is an inverted cue too.
        ("The hearing ran long. Said Ellis: “I have heard enough.”", "none named", &[("Said", "Ellis")]),
        // Not a copula or "have", nor a title in quotes without a colon.
        ("The rules are simple: “No phones in the chamber.”", "none", &[]),
        ("The agency has two goals: “safety” and “speed.”", "none", &[]),
    ]);
    run_content_group(
        "colon quotation content",
        &[(
            "The mayor answered with a warning: “We will not pay. They know it.”",
            &[("direct", "“We will not pay. They know it.”")],
        )],
    );
}

#[test]
fn doubled_apostrophes_are_double_quotes() {
    run_content_group(
        "'' quotes",
        &[
            (
                "''I think the industry is fine,'' she said.",
                &[("direct", "''I think the industry is fine,''")],
            ),
            (
                "''There's always friction,'' said Mr. Varga, who bought the mill.",
                &[("direct", "''There's always friction,''")],
            ),
            ("The Smiths' house was sold.", &[]),
        ],
    );
    let a = run("''We will win,'' said Senator Ada Moss of Oregon.");
    assert_eq!(text(&a.quotes[0].source), "Senator Ada Moss of Oregon");
}

// ---------------------------------------------------------------------------------------------
// PolNeAR's conventions: content boundaries, sources counted out of a group, coordinated cues
// ---------------------------------------------------------------------------------------------

#[test]
fn a_parenthetical_cue_leaves_content_on_both_sides() {
    run_content_group("parenthetical cues", &[
        ("In a downturn, he said, the shop would survive.", &[("indirect", "In a downturn ¶ the shop would survive")]),
        ("The unions stand in the way, he said, by spreading a ''false alarm'' that scares investors.", &[("mixed", "The unions stand in the way ¶ by spreading a ''false alarm'' that scares investors")]),
        ("Mrs. Hale, these people said, would be open to other terms.", &[("indirect", "Mrs. Hale ¶ would be open to other terms")]),
        // An aside after the cue is not content.
        ("It was fine, he said, as the crowd cheered.", &[("indirect", "It was fine")]),
        ("The plan failed, he said, adding that nobody was to blame.", &[("indirect", "The plan failed"), ("indirect", "that nobody was to blame")]),
        ("The plan failed, he said in an interview.", &[("indirect", "The plan failed")]),
    ]);
}

#[test]
fn shares_and_counts_of_a_group_are_vague_sources() {
    run_group(
        "shares of a group",
        &[
            (
                "One in six say that won't happen.",
                "vague",
                &[("say", "One in six")],
            ),
            (
                "Nearly seven out of 10 say they will need more training.",
                "vague",
                &[("say", "Nearly seven out of 10")],
            ),
            (
                "About 40 percent of voters said they were undecided.",
                "vague",
                &[("said", "About 40 percent of voters")],
            ),
            (
                "A majority of voters said the country was on the wrong track.",
                "vague",
                &[("said", "A majority of voters")],
            ),
            (
                "Only 12% said they trusted Congress.",
                "vague",
                &[("said", "Only 12%")],
            ),
            (
                "Two-thirds say the economy is bad.",
                "vague",
                &[("say", "Two-thirds")],
            ),
        ],
    );
}

#[test]
fn a_second_cue_of_the_same_subject_ends_the_first_content() {
    run_content_group("coordinated cues", &[
        ("He claimed great skill and said it kept him employed.", &[("indirect", "great skill"), ("indirect", "it kept him employed")]),
        ("Ms. Vale said she planned to fly to Denver, and said she was not worried.", &[("indirect", "she planned to fly to Denver"), ("indirect", "she was not worried")]),
        ("Of those, 23 percent said “not very useful” and 11 percent said “not useful at all.”", &[("direct", "“not very useful”"), ("direct", "“not useful at all.”")]),
        // Coordinated clauses without a cue stay one content.
        ("He said the economy grew and jobs increased.", &[("indirect", "the economy grew and jobs increased")]),
    ]);
    run_group(
        "coordinated cues keep the subject",
        &[(
            "Ms. Vale said she planned to fly to Denver and said she was not worried.",
            "named",
            &[("said", "Ms. Vale"), ("said", "Ms. Vale")],
        )],
    );
}

#[test]
fn words_before_a_closing_quote_make_the_content_mixed() {
    run_content_group(
        "mixed content before the cue",
        &[
            (
                "The new budget is a \"most welcome change,\" he said.",
                &[("mixed", "The new budget is a \"most welcome change,\"")],
            ),
            (
                "\"There is an urgent gap,\" he added.",
                &[("direct", "\"There is an urgent gap,\"")],
            ),
        ],
    );
}

#[test]
fn commas_may_stand_between_a_cue_and_that() {
    run_content_group(
        "comma before that",
        &[
            (
                "He added, that there is a real focus on safety.",
                &[("indirect", "that there is a real focus on safety")],
            ),
            (
                "Mr. Lowe said, in an email, that he did not approve the flyers.",
                &[("indirect", "that he did not approve the flyers")],
            ),
        ],
    );
}

#[test]
fn support_opposition_praise_and_blame_are_attributions() {
    run_group(
        "stances",
        &[
            (
                "Ann Ray endorsed Hale on Wednesday.",
                "named",
                &[("endorsed", "Ann Ray")],
            ),
            (
                "Moss criticized the officer for striking a protester.",
                "named",
                &[("criticized", "Moss")],
            ),
            (
                "Two-thirds support reducing prison sentences.",
                "vague",
                &[("support", "Two-thirds")],
            ),
            (
                "Trump called the attack an act of terror.",
                "named",
                &[("called", "Trump")],
            ),
            (
                "She called for an independent audit.",
                "named",
                &[("called for", "She")],
            ),
            (
                "Moss called on Hale to do the same.",
                "named",
                &[("called on", "Moss")],
            ),
            (
                "The senator praised the agreement.",
                "named",
                &[("praised", "The senator")],
            ),
            (
                "Democrats blamed Republicans for the shutdown.",
                "named",
                &[("blamed", "Democrats")],
            ),
            ("He voted for the bill.", "named", &[("voted for", "He")]),
            (
                "Mr. Comey described a set of careless practices.",
                "named",
                &[("described", "Mr. Comey")],
            ),
            (
                "Obama talked about his plans for the economy.",
                "named",
                &[("talked about", "Obama")],
            ),
        ],
    );
}

#[test]
fn a_stance_needs_the_subject_of_its_clause() {
    // "called", "backed", "described" after a noun that is no subject name or qualify it.
    run_group(
        "stance look-alikes",
        &[
            (
                "Activists formed a group called Counter Culture.",
                "none",
                &[],
            ),
            (
                "Voters rejected a plan backed by the unions.",
                "vague",
                &[("rejected", "Voters")],
            ),
            (
                "The event was held in a hall described in the brochure.",
                "none",
                &[],
            ),
            (
                "Trump welcomed the vote.",
                "named",
                &[("welcomed", "Trump")],
            ),
        ],
    );
}

#[test]
fn perception_verbs_attribute_only_with_as_or_a_clause() {
    run_group(
        "see as",
        &[
            (
                "Many voters see Moss as the heir to the mayor.",
                "vague",
                &[("see", "Many voters")],
            ),
            (
                "Planners see empty lots as lost land.",
                "named",
                &[("see", "Planners")],
            ),
            ("Voters saw the candidates on television.", "none", &[]),
            (
                "He regards the deal as a failure.",
                "named",
                &[("regards", "He")],
            ),
        ],
    );
}

#[test]
fn refusals_decisions_and_intentions_are_attitudes() {
    run_group(
        "refusals and decisions",
        &[
            (
                "He declined to say whether he would run.",
                "named",
                &[("declined", "He")],
            ),
            (
                "The campaign declined to comment.",
                "named",
                &[("declined", "The campaign")],
            ),
            (
                "Hale refused to release his travel records.",
                "named",
                &[("refused", "Hale")],
            ),
            (
                "The party decided to hold a second vote.",
                "named",
                &[("decided", "The party")],
            ),
            (
                "Republicans agreed to debate the bill.",
                "named",
                &[("agreed", "Republicans")],
            ),
            (
                "The company aims to double its sales.",
                "named",
                &[("aims", "The company")],
            ),
        ],
    );
}

#[test]
fn evidence_from_polls_and_artefacts_is_attributed() {
    run_group(
        "evidence",
        &[
            (
                "Recent national polls show relatively little movement.",
                "vague",
                &[("show", "Recent national polls")],
            ),
            (
                "The report estimates that 1,000 jobs were lost.",
                "named",
                &[("estimates", "The report")],
            ),
            (
                "The court ruled that the law was valid.",
                "named",
                &[("ruled", "The court")],
            ),
        ],
    );
}

#[test]
fn headlines_in_title_case_have_cues_too() {
    run_group(
        "title case",
        &[
            (
                "Ann Ray Says Ada Moss Makes Her Want To Resign.",
                "named",
                &[("Says", "Ann Ray")],
            ),
            (
                "Hale Just Announced Who He Would Like To See Run For Mayor.",
                "named",
                &[("Announced", "Hale")],
            ),
            (
                "Ada Moss: Rural Voter Anger Speaks to Old Fears.",
                "named",
                &[(":", "Ada Moss")],
            ),
        ],
    );
}

#[test]
fn the_authors_impressions_are_attributed_to_no_one() {
    run_group(
        "seem and appear",
        &[
            ("Cruz seemed lost.", "none", &[("seemed", "")]),
            (
                "The front-runner seemed to be doing the same.",
                "none",
                &[("seemed", "")],
            ),
            (
                "It appears that the game was not boring.",
                "none",
                &[("appears", "")],
            ),
            (
                "The senator appears likely to win.",
                "none",
                &[("appears", "")],
            ),
            // An appearance is no impression.
            ("Trump appeared on Fox News.", "none", &[]),
        ],
    );
    run_content_group(
        "seem content",
        &[
            ("Cruz seemed lost.", &[("indirect", "Cruz seemed lost")]),
            (
                "It appears that the game was not boring.",
                &[("indirect", "the game was not boring")],
            ),
        ],
    );
}

#[test]
fn a_question_asked_is_attributed_to_who_asked_it() {
    run_group(
        "asked",
        &[
            (
                "Asked whether he would run, Cruz said he would.",
                "named",
                &[("Asked", ""), ("said", "Cruz")],
            ),
            (
                "When asked by Marsh on Tuesday about farm subsidies, Hale said no.",
                "named",
                &[("asked", "Marsh"), ("said", "Hale")],
            ),
            (
                "He was asked if he regretted it.",
                "none",
                &[("was asked", "")],
            ),
            (
                "Asked about Sullivan, Trump demurred.",
                "none",
                &[("Asked", "")],
            ),
        ],
    );
    run_content_group(
        "asked content",
        &[(
            "Asked whether he would run, Cruz said he would.",
            &[
                ("indirect", "whether he would run"),
                ("indirect", "he would"),
            ],
        )],
    );
}

#[test]
fn a_new_source_and_cue_end_the_content_before_them() {
    run_content_group("new source", &[
        ("Nearly a quarter say they don't know, and one in six say it's no better.", &[("indirect", "they don't know"), ("indirect", "it's no better")]),
        ("Most members said they were cautious, with about four in 10 saying they are very cautious.", &[("indirect", "they were cautious"), ("indirect", "they are very cautious")]),
    ]);
}

#[test]
fn a_title_in_an_opening_adjunct_is_not_the_content() {
    run_content_group("titles in adjuncts", &[
        ("On this week’s episode of “Capitol Roundtable,” Moss said her deputy was only teasing.", &[("indirect", "her deputy was only teasing")]),
        ("On Monday evening, the second day of her tour, Moss told a joke.", &[]),
    ]);
}

#[test]
fn a_relative_clause_in_the_source_keeps_its_own_cue() {
    run_group(
        "relative clauses",
        &[
            (
                "But Mr. Lund, a Democrat who described himself as a moderate, said he objected.",
                "named",
                &[
                    ("described", "who"),
                    (
                        "said",
                        "Mr. Lund, a Democrat who described himself as a moderate",
                    ),
                ],
            ),
            (
                "Fenwick and others who want to close the mine said the ruling will matter.",
                "vague",
                &[
                    ("want", "who"),
                    ("said", "Fenwick and others who want to close the mine"),
                ],
            ),
        ],
    );
}

#[test]
fn nouns_of_saying_and_stance_attribute_to_their_possessor() {
    run_group(
        "noun cues",
        &[
            (
                "His attacks on immigrants were popular.",
                "named",
                &[("attacks on", "His")],
            ),
            (
                "The warning by the union that jobs would go came true.",
                "named",
                &[("warning by", "the union")],
            ),
            // "by" with a time or a means is no agent.
            (
                "The decision by Friday to close the plant stands.",
                "none",
                &[],
            ),
            // Background inside a prepositional phrase or a list is no claim.
            (
                "He was snubbed because of his past and his support for the levy.",
                "none",
                &[],
            ),
            (
                "Hale's recent threats to sue the magazine came later.",
                "named",
                &[("threats", "Hale")],
            ),
            (
                "There were allegations that the vote was rigged.",
                "vague",
                &[("There were allegations", "")],
            ),
            (
                "Critics raised concerns that the vote was rigged.",
                "vague",
                &[("raised concerns", "Critics")],
            ),
            (
                "The ruling prompted concerns that the vote was rigged.",
                "vague",
                &[("concerns", "")],
            ),
            // A noun with no complement, or a verb-like noun, attributes nothing.
            ("His attacks were brutal.", "none", &[]),
            ("The plan failed.", "none", &[]),
        ],
    );
    run_content_group(
        "noun cue content",
        &[
            (
                "Her decision to push the rezoning was a mistake.",
                &[("indirect", "to push the rezoning")],
            ),
            // A "that" clause of a noun opening the sentence ends at the main verb.
            (
                "The mayor's claim that the budget was balanced drew scorn.",
                &[("indirect", "that the budget was balanced")],
            ),
            (
                "A spokeswoman's comment that the merger was off surprised traders.",
                &[("indirect", "that the merger was off")],
            ),
            // The agent after "by" is the source.
            (
                "The claim by the agency that the river was safe angered residents.",
                &[("indirect", "that the river was safe")],
            ),
            // Verbs the clause coordinates stay in it.
            (
                "The minister's assessment that prices rose and wages fell was accurate.",
                &[("indirect", "that prices rose and wages fell")],
            ),
        ],
    );
}

#[test]
fn a_stance_noun_attributes_its_complement_even_with_no_holder() {
    run_group(
        "stance nouns with no holder",
        &[
            // PolNeAR counts a stance with no holder in the sentence, with no source.
            (
                "The senator faced questions about her health on Sunday.",
                "vague",
                &[("questions about", "")],
            ),
            (
                "Support for the bill rose in the spring.",
                "vague",
                &[("Support for", "")],
            ),
            (
                "Amid growing opposition to the deal, the talks stalled.",
                "vague",
                &[("opposition to", "")],
            ),
            (
                "Allegations of fraud surfaced on Monday.",
                "vague",
                &[("Allegations of", "")],
            ),
            // A holder, when the sentence names one, is the source.
            (
                "Democrats voiced support for the bill.",
                "named",
                &[("voiced support for", "Democrats")],
            ),
            // Only the noun's own prepositions open a stance: support *in* a state, the
            // support *of* voters (the holder, not the content), attacks *on* a place.
            ("Support in Ohio has grown.", "none", &[]),
            // (With a verb of receiving the holder gives it to the subject: see
            // a_stance_received_from_someone_attributes_the_subject_to_the_giver.)
            ("The support of the unions came late.", "none", &[]),
            (
                "The attacks on the embassy killed four guards.",
                "none",
                &[],
            ),
            // A noun in no table is no stance without a holder ("the focus on").
            ("The focus on jobs helped him win.", "none", &[]),
            (
                "There was much talk about a deal in the capital.",
                "vague",
                &[("talk about", "")],
            ),
            // After "to" the same word is a verb, not a noun with no holder.
            ("He went to the rally to talk about jobs.", "none", &[]),
        ],
    );
    run_content_group(
        "stance noun content",
        &[(
            "Questions about her health dogged the campaign.",
            &[("indirect", "her health")],
        )],
    );
}

#[test]
fn nouns_of_thought_and_commitment_attribute_to_their_possessor_only() {
    run_group(
        "possessed stance nouns",
        &[
            (
                "Her commitment to civil rights is long-standing.",
                "named",
                &[("commitment to", "Her")],
            ),
            // The subject owning the pronoun is the holder it points at.
            (
                "The senator shared his thoughts on the debate.",
                "named",
                &[("thoughts on", "The senator")],
            ),
            // With no holder the same nouns are ordinary nouns.
            ("The rhetoric on both sides grew harsh.", "none", &[]),
            ("A commitment to the plan is unlikely.", "none", &[]),
            // Only nouns of will take an infinitive.
            (
                "The firm wants its case to be heard in Ohio.",
                "named",
                &[("wants", "The firm")],
            ),
            (
                "The governor's focus on jobs pleased the unions.",
                "named",
                &[("focus on", "The governor")],
            ),
            (
                "The mayor made the case for a new stadium.",
                "named",
                &[("made the case for", "The mayor")],
            ),
            (
                "His determination to rule alone angered his rivals.",
                "named",
                &[("determination", "His")],
            ),
            ("Determination to win is not enough.", "none", &[]),
        ],
    );
}

#[test]
fn an_attitude_adjective_after_a_linking_verb_or_its_noun_is_the_nouns_stance() {
    run_group(
        "attitude adjectives",
        &[
            (
                "Democrats grew nervous about the turnout.",
                "named",
                &[("grew nervous about", "Democrats")],
            ),
            (
                "The senator became convinced that the vote was rigged.",
                "named",
                &[("became convinced", "The senator")],
            ),
            // With no linking verb the adjective qualifies the noun before it.
            (
                "Republicans reluctant to back the nominee gave to the party instead.",
                "named",
                &[("reluctant", "Republicans")],
            ),
            // A past verb after a plural is no adjective; "aware of" names a source.
            ("Other Republicans prepared for the debate.", "none", &[]),
            (
                "People aware of the talks said the deal was close.",
                "anonymous",
                &[("said", "People aware of the talks")],
            ),
        ],
    );
}

#[test]
fn a_passive_judgement_with_no_agent_is_vague() {
    run_group(
        "agentless passive judgements",
        &[
            (
                "The treasurer was accused of hiding the losses.",
                "vague",
                &[("was accused of", "")],
            ),
            (
                "The plan was widely condemned as reckless.",
                "vague",
                &[("was widely condemned as", "")],
            ),
            (
                "The agency has been criticized for moving slowly.",
                "vague",
                &[("has been criticized for", "")],
            ),
            // Seen somewhere, or described with no "as", is no judgement.
            ("The car was seen near the bridge.", "none", &[]),
        ],
    );
}

#[test]
fn thinking_about_something_is_an_attitude_of_the_subject() {
    run_content_group(
        "think about",
        &[(
            "She thinks about the race every day.",
            &[("indirect", "about the race every day")],
        )],
    );
}

#[test]
fn a_light_verb_gives_a_noun_cue_to_its_subject() {
    run_group(
        "light verbs",
        &[
            (
                "The governor made several remarks about the strike on Monday.",
                "named",
                &[("made several remarks about", "The governor")],
            ),
            (
                "Senator Hale has voiced concern that the bill goes too far.",
                "named",
                &[("voiced concern", "Senator Hale")],
            ),
            (
                "Mayor Ruiz laid out a plan to cut the deficit.",
                "named",
                &[("laid out a plan", "Mayor Ruiz")],
            ),
            (
                "The mayor welcomed the report and expressed support for the new budget.",
                "named",
                &[
                    ("welcomed", "The mayor"),
                    ("expressed support for", "The mayor"),
                ],
            ),
            // "had better" is a modal, not a plan.
            (
                "So Ms. Ortiz had better plan to win some counties.",
                "none",
                &[],
            ),
        ],
    );
    run_content_group(
        "light verb content",
        &[
            (
                "Analysts raised new questions about whether the merger would survive, given the losses.",
                &[("indirect", "whether the merger would survive, given the losses")],
            ),
            (
                "The union offered a proposal for pay rises that would cost the city millions.",
                &[("indirect", "pay rises that would cost the city millions")],
            ),
        ],
    );
}

#[test]
fn a_speaker_label_may_carry_a_short_apposition_before_a_quotation() {
    run_group(
        "labels with appositions",
        &[
            (
                "Dana Reyes, Channel 9: “The debate was a draw. Nobody landed a punch.”",
                "named named",
                &[(":", "Dana Reyes, Channel 9")],
            ),
            // A verb before the colon makes it a cue, not a label.
            (
                "Last week, Dana Reyes wrote: “The debate was a draw.”",
                "named",
                &[("wrote", "Dana Reyes")],
            ),
            // An initial in the name, a longer apposition.
            (
                "Dana K. Reyes, The Evening Ledger: “The debate was a draw. Nobody landed a punch.”",
                "named named",
                &[(":", "Dana K. Reyes, The Evening Ledger")],
            ),
            (
                "Tom Pell, editor of The Weekly Review: “The race is over. Voters decided.”",
                "named named",
                &[(":", "Tom Pell, editor of The Weekly Review")],
            ),
        ],
    );
    run_content_group(
        "label content",
        &[(
            "Tom Pell, author: “I am tired of being told how to vote. We deserve better.”",
            &[(
                "direct",
                "“I am tired of being told how to vote. We deserve better.”",
            )],
        )],
    );
}

#[test]
fn a_conjunction_before_a_quotation_resumes_the_quote_after_its_cue() {
    run_content_group(
        "resumed after and",
        &[(
            "“A big van” drove into the crowd, he said, and “people started running.”",
            &[(
                "mixed",
                "“A big van” drove into the crowd ¶ “people started running.”",
            )],
        )],
    );
}

#[test]
fn a_contracted_has_is_no_possessor_of_a_noun_cue() {
    run_group(
        "contractions",
        &[(
            "He abruptly canceled Mr. Dunne's plans to attend the rally.",
            "named",
            &[("plans", "Mr. Dunne")],
        )],
    );
    run_content_group(
        "contracted has",
        &[(
            "She's made plans to travel to Ohio.",
            &[("indirect", "to travel to Ohio")],
        )],
    );
}

#[test]
fn as_reported_by_names_its_agent() {
    run_group(
        "as reported by",
        &[
            (
                "As reported by Harbor Ledger, the Gazette broke the story.",
                "named",
                &[("As reported", "Harbor Ledger")],
            ),
            (
                "The Gazette broke the story, as reported by Harbor Ledger.",
                "named",
                &[("as reported", "Harbor Ledger")],
            ),
        ],
    );
}

#[test]
fn objects_of_proposals_reports_and_accusations_are_content() {
    run_content_group(
        "objects",
        &[
            (
                "It accused the port authority of trying to hide the leaks.",
                &[("indirect", "the port authority of trying to hide the leaks")],
            ),
            (
                "Mr. Hale has proposed a 7 percent levy.",
                &[("indirect", "a 7 percent levy")],
            ),
            (
                "Authorities reported at least 14 injuries.",
                &[("indirect", "at least 14 injuries")],
            ),
            (
                "Varga wrote to his 9,000 blog readers, “The bridge must close,” and shared a map.",
                &[("direct", "“The bridge must close,”")],
            ),
            // A bare object needs the source to be the clause's subject.
            ("The laws proposed during his term were harsh.", &[]),
        ],
    );
}

#[test]
fn a_relative_pronoun_stands_for_the_content_left_out() {
    run_content_group(
        "relative gaps",
        &[
            (
                "The rules, which officials said will take hold next month, will not cover farms.",
                &[("indirect", "which ¶ will take hold next month")],
            ),
            (
                "Writers praised his essay (which his colleague Ann Ray defended).",
                &[(
                    "indirect",
                    "his essay (which his colleague Ann Ray defended)",
                )],
            ),
            (
                "Dunmore signed a memo that he said was written by the agency.",
                &[("indirect", "that ¶ was written by the agency")],
            ),
        ],
    );
    run_group(
        "relative gap sources",
        &[
            (
                "Critics attacked the essay, which his colleague defended.",
                "vague",
                &[("attacked", "Critics")],
            ),
            (
                "The plan, which the mayor proposed, failed.",
                "named",
                &[("proposed", "the mayor")],
            ),
        ],
    );
}

#[test]
fn passives_with_an_agent_attribute_their_subject() {
    run_group(
        "passive agents",
        &[
            (
                "The hiring push was first reported by The Valley Courier.",
                "named",
                &[("was first reported", "The Valley Courier")],
            ),
            (
                "But it was never mentioned by the panel hosts.",
                "named",
                &[("was never mentioned", "the panel hosts")],
            ),
        ],
    );
}

#[test]
fn questions_invert_the_source_and_its_auxiliary() {
    run_group(
        "questions",
        &[
            (
                "Do you think a farmer can win the mayoral race?",
                "named",
                &[("think", "you")],
            ),
            (
                "Have you talked about the Supreme Court?",
                "named",
                &[("talked about", "you")],
            ),
        ],
    );
}

#[test]
fn sources_carry_participles_and_parenthetical_adverbs() {
    run_group(
        "source shapes",
        &[
            (
                "A statement posted on the website said prices are set by sellers.",
                "vague",
                &[("said", "A statement posted on the website")],
            ),
            (
                "A series of articles published in March found that the mayor was fined often.",
                "vague",
                &[("found", "articles published")],
            ),
            (
                "Some economists, however, question whether the plan will work.",
                "vague",
                &[("question", "Some economists")],
            ),
            (
                "Said Moss: “I doubt the council is ready.”",
                "named",
                &[("Said", "Moss")],
            ),
        ],
    );
    run_content_group(
        "possessive her",
        &[
            (
                "Senator Moss promised her entire budget would be balanced.",
                &[("indirect", "her entire budget would be balanced")],
            ),
            (
                "Mr. Hale said in a written statement that he did not approve it.",
                &[("indirect", "that he did not approve it")],
            ),
        ],
    );
}

#[test]
fn what_someone_is_seen_or_known_as_is_a_vague_attribution() {
    run_group(
        "seen as",
        &[
            (
                "Clinton is seen as the favourite.",
                "vague",
                &[("is seen", "")],
            ),
            (
                "Hale was known for his distrust of the railways.",
                "vague",
                &[("was known", "")],
            ),
            (
                "He was considered the front-runner.",
                "vague",
                &[("was considered", "")],
            ),
            // A passive with nothing to be seen as is no attribution.
            ("The fire was seen from miles away.", "none", &[]),
        ],
    );
}

#[test]
fn feelings_and_stances_about_something_are_attitudes() {
    run_group(
        "attitude adjectives",
        &[
            (
                "She was sure Moss would prevail.",
                "named",
                &[("was sure", "She")],
            ),
            (
                "Some Republicans were willing to back a new tax bill.",
                "named",
                &[("were willing", "Some Republicans")],
            ),
            (
                "Economists are skeptical of the deal.",
                "vague",
                &[("are skeptical of", "Economists")],
            ),
            (
                "I am glad we are asking questions.",
                "named",
                &[("am glad", "I")],
            ),
            // A state of a thing, or an adjective without a complement, is no attitude.
            ("The room was open to the public.", "none", &[]),
            ("Voters were angry.", "none", &[]),
        ],
    );
}

#[test]
fn a_poll_opening_the_sentence_is_its_source() {
    run_group("in a poll", &[
        ("In a Harbor Ledger/KTV poll released Monday, just 12 percent of farmers said they would vote for Moss.", "named", &[("In", "a Harbor Ledger/KTV poll released Monday")]),
        ("In exit polls, voters in every county were divided.", "vague", &[("In", "exit polls")]),
        // A statement or an interview has a speaker of its own.
        ("In a statement, Trump said no.", "named", &[("said", "Trump")]),
    ]);
}

#[test]
fn look_alike_phrasal_verbs_and_adjectives_are_not_cues() {
    run_group(
        "look-alikes",
        &[
            (
                "Oslo backed off, replacing the toll with a grant.",
                "none",
                &[],
            ),
            (
                "Moss leads Hale by roughly 140 pledged delegates.",
                "none",
                &[],
            ),
            (
                "Her run may end in the large states that vote in early May.",
                "none",
                &[],
            ),
            (
                "The letter states that the people deserve respect.",
                "named",
                &[("states", "The letter")],
            ),
            (
                "The group commented on proposed regulations.",
                "named",
                &[("commented on", "The group")],
            ),
            (
                "Hale has never sought or served in any elected post.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn content_before_a_cue_leaves_out_a_concessive_opener() {
    run_content_group("concessive openers", &[
        ("Though turnout was high, there is no correlation with wins, political scientists say.", &[("indirect", "there is no correlation with wins")]),
        ("If he wins, we lose, Smith said.", &[("indirect", "If he wins, we lose")]),
    ]);
}

#[test]
fn what_words_were_about_joins_the_quote() {
    run_content_group(
        "said of",
        &[(
            "“It’s settled,” Tom Hale said of the board’s backing for the levy.",
            &[(
                "mixed",
                "“It’s settled,” ¶ the board’s backing for the levy",
            )],
        )],
    );
}

#[test]
fn an_impression_keeps_to_its_own_clause() {
    run_content_group(
        "clause of an impression",
        &[
            (
                "He will attend the dinner but is not expected to meet the governor.",
                &[("indirect", "is not expected to meet the governor")],
            ),
            (
                "Let us not argue -- which seems to be a divisive topic.",
                &[("indirect", "which seems to be a divisive topic")],
            ),
            (
                "He spoke out in favor of Ada Moss.",
                &[("indirect", "in favor of Ada Moss")],
            ),
        ],
    );
}

#[test]
fn intentions_are_attitudes_but_attempts_are_actions() {
    run_group(
        "attempts",
        &[
            // An attempt is something done, not a held proposition: PolNeAR marks "tried to"
            // about as often as not, so it is no cue.
            ("Trump is trying to lure Chinese investors.", "none", &[]),
            ("The senator attempted to block the vote.", "none", &[]),
            (
                "The campaign is looking to expand its lead.",
                "named",
                &[("looking to", "The campaign")],
            ),
            (
                "Cruz opted to skip the debate.",
                "named",
                &[("opted", "Cruz")],
            ),
            (
                "As Trump put it, the system is rigged.",
                "named",
                &[("put it", "Trump")],
            ),
            (
                "Sanders apologized for the data breach.",
                "named",
                &[("apologized for", "Sanders")],
            ),
            (
                "Voters sided with the challenger.",
                "vague",
                &[("sided with", "Voters")],
            ),
            // Trying a dish is no intention about a proposition.
            ("He tried the soup.", "none", &[]),
        ],
    );
}

#[test]
fn praise_attack_and_reference_verbs_are_stances_of_their_subject() {
    run_group(
        "praise, attack, reference",
        &[
            (
                "The governor lauded the mayor for her handling of the storm.",
                "named",
                &[("lauded", "The governor")],
            ),
            (
                "Sanders ripped the trade deal on Tuesday.",
                "named",
                &[("ripped", "Sanders")],
            ),
            (
                "Warren went after the bank's chief executive.",
                "named",
                &[("went after", "Warren")],
            ),
            (
                "Clinton painted her rival as a risk to the economy.",
                "named",
                &[("painted", "Clinton")],
            ),
            (
                "The report singled out two agencies for criticism.",
                "named",
                &[("singled out", "The report")],
            ),
            (
                "The pastor vouched for the candidate's character.",
                "named",
                &[("vouched for", "The pastor")],
            ),
            (
                "Residents objected to the new tower.",
                "vague",
                &[("objected to", "Residents")],
            ),
            (
                "The mayor referenced the flood of 1993 in her speech.",
                "named",
                &[("referenced", "The mayor")],
            ),
            (
                "Kasich congratulated the winner.",
                "named",
                &[("congratulated", "Kasich")],
            ),
            (
                "The minister admires the German model.",
                "named",
                &[("admires", "The minister")],
            ),
            (
                "The senator regrets the remark.",
                "named",
                &[("regrets", "The senator")],
            ),
            (
                "The company balked at the price.",
                "named",
                &[("balked at", "The company")],
            ),
        ],
    );
    run_group(
        "praise, attack, reference look-alikes",
        &[
            ("She painted the fence on Saturday.", "none", &[]),
            ("The storm ripped through the town.", "none", &[]),
            ("Single parents face long waits.", "none", &[]),
            ("The regrets came later.", "none", &[]),
        ],
    );
}

#[test]
fn idioms_of_attack_and_disagreement_are_stances_of_their_subject() {
    run_group(
        "took aim at, lashed out at",
        &[
            (
                "The governor took aim at the new budget.",
                "named",
                &[("took aim at", "The governor")],
            ),
            (
                "Rubio took a swipe at the front-runner on Monday.",
                "named",
                &[("took a swipe at", "Rubio")],
            ),
            (
                "The mayor took issue with the report's findings.",
                "named",
                &[("took issue with", "The mayor")],
            ),
            (
                "The senator lashed out at the press.",
                "named",
                &[("lashed out at", "The senator")],
            ),
            (
                "The union came out against the merger.",
                "named",
                &[("came out against", "The union")],
            ),
            (
                "Clinton pushed back on the charge.",
                "named",
                &[("pushed back on", "Clinton")],
            ),
        ],
    );
    run_group(
        "took aim at look-alikes",
        &[
            ("The mayor took a seat at the table.", "none", &[]),
            ("Hundreds came out for the parade.", "none", &[]),
            ("The crowd pushed back against the barriers.", "none", &[]),
        ],
    );
}

#[test]
fn asking_arguing_and_hoping_for_something_attribute_the_thing() {
    run_group(
        "asked for, argued for",
        &[
            (
                "The senator asked for a recount.",
                "named",
                &[("asked for", "The senator")],
            ),
            (
                "Economists argued for a higher fuel tax.",
                "vague",
                &[("argued for", "Economists")],
            ),
            (
                "The mayor pressed for a new stadium.",
                "named",
                &[("pressed for", "The mayor")],
            ),
            (
                "Organizers hoped for a large turnout.",
                "anonymous",
                &[("hoped for", "Organizers")],
            ),
            (
                "She has argued for years that the law is unfair.",
                "named",
                &[("argued", "She")],
            ),
        ],
    );
    run_content_group(
        "asked for content",
        &[
            (
                "The senator asked for a recount.",
                &[("indirect", "a recount")],
            ),
            (
                "She has argued for years that the law is unfair.",
                &[("indirect", "that the law is unfair")],
            ),
        ],
    );
    run_group(
        "asked for look-alikes",
        &[("The reporter asked Clinton.", "none", &[])],
    );
}

#[test]
fn speech_fillers_and_performed_thanks_report_no_attitude() {
    run_group(
        "you know, I want to thank",
        &[
            ("You know, the economy is strong.", "none", &[]),
            ("I want to thank my family for their patience.", "none", &[]),
            ("We want to remind everyone to vote early.", "none", &[]),
            ("I want you to know that help is on the way.", "none", &[]),
        ],
    );
    run_group(
        "desires and knowledge that stay attributions",
        &[
            (
                "I want to know where the money went.",
                "named",
                &[("want", "I")],
            ),
            (
                "Voters want to know where the money went.",
                "vague",
                &[("want", "Voters")],
            ),
            (
                "You know the rules have changed.",
                "named",
                &[("know", "You")],
            ),
        ],
    );
}

#[test]
fn talking_to_someone_about_something_attributes_the_topic() {
    run_group(
        "talked to X about",
        &[
            (
                "The senator talked to reporters about the budget.",
                "named",
                &[("talked to reporters about", "The senator")],
            ),
            (
                "Clinton spoke with CNN about her emails.",
                "named",
                &[("spoke with CNN about", "Clinton")],
            ),
        ],
    );
    run_content_group(
        "talked to X about content",
        &[(
            "The senator talked to reporters about the budget.",
            &[("indirect", "the budget")],
        )],
    );
    run_group(
        "talked to X look-alikes",
        &[
            ("The senator talked to reporters on Monday.", "none", &[]),
            ("He spoke to the crowd for an hour.", "none", &[]),
            ("She spoke to a gathering of union leaders.", "none", &[]),
        ],
    );
}

#[test]
fn findings_and_determinations_are_attitudes_of_who_made_them() {
    run_group(
        "findings",
        &[
            (
                "Investigators discovered that the files had been deleted.",
                "anonymous",
                &[("discovered", "Investigators")],
            ),
            (
                "A federal judge determined that the agency had acted unlawfully.",
                "anonymous",
                &[("determined", "A federal judge")],
            ),
        ],
    );
    run_group(
        "finding look-alikes",
        &[
            ("The court will determine the outcome.", "none", &[]),
            ("Voters will determine the next president.", "none", &[]),
        ],
    );
}

#[test]
fn asking_or_pressing_someone_about_something_is_speech() {
    run_group(
        "asked about, pressed",
        &[
            (
                "The moderator asked the senator about the budget.",
                "named",
                &[("asked", "The moderator")],
            ),
            (
                "Democrats pressed the director to explain his letter.",
                "named",
                &[("pressed", "Democrats")],
            ),
            (
                "Reporters pressed the mayor about the missing funds.",
                "vague",
                &[("pressed", "Reporters")],
            ),
        ],
    );
    run_group(
        "pressed look-alikes",
        &[
            ("He pressed the button twice.", "none", &[]),
            ("The council pressed ahead with the plan.", "none", &[]),
            (
                "Dmitry Peskov, the Kremlin press secretary, spoke in Moscow.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn headline_labels_and_single_quotes() {
    run_group(
        "headline labels",
        &[
            (
                "Moss: ‘We Are Going To Win Every County.’",
                "named",
                &[(":", "Moss")],
            ),
            (
                "Hale on Water Rates: The Costs Are 'Alarming.'",
                "named",
                &[(":", "Hale on Water Rates")],
            ),
            (
                "Moss Warns Hale Plan On Tolls Would Lead To Gridlock.",
                "named",
                &[("Warns", "Moss")],
            ),
            (
                "Ada Moss Claims ‘The Gloves’ Are Now Off In Her Campaign.",
                "named",
                &[("Claims", "Ada Moss")],
            ),
            (
                "Tom Hale Refuses to Reject Union Endorsement.",
                "named",
                &[("Refuses", "Tom Hale")],
            ),
        ],
    );
}

#[test]
fn present_tense_clauses_agent_nouns_and_objects() {
    run_content_group(
        "present tense and objects",
        &[
            (
                "Economists believe this provides an incentive for employers.",
                &[("indirect", "this provides an incentive for employers")],
            ),
            (
                "The audit found virtually nothing about his expenses.",
                &[("indirect", "nothing about his expenses")],
            ),
            (
                "The review board recommends modest changes.",
                &[("indirect", "modest changes")],
            ),
            (
                "Moss promised a closer partnership with the unions.",
                &[("indirect", "a closer partnership with the unions")],
            ),
            (
                "Most recently, Hale called to bar trucks from entering the old town.",
                &[("indirect", "to bar trucks from entering the old town")],
            ),
        ],
    );
    run_group(
        "agent nouns and -ing nouns",
        &[
            (
                "The demonstrators intend to defy the curfew.",
                "named",
                &[("intend", "The demonstrators")],
            ),
            (
                "Exit polling showed that Moss won every district.",
                "vague",
                &[("showed", "Exit polling")],
            ),
            (
                "The complaint, which was filed in county court, alleged that the board failed.",
                "named",
                &[("alleged", "The complaint, which was filed in county court")],
            ),
            // A thing that is no agent holds no attitude.
            ("The conflict threatens to spread.", "none", &[]),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Robustness
// ---------------------------------------------------------------------------------------------

#[test]
fn odd_inputs_never_panic() {
    let big_quotes = "“".repeat(100_000);
    let alternating = "“a” ".repeat(50_000);
    let said = "said ".repeat(20_000);
    let according = "According to ".repeat(10_000);
    let unbalanced = "He said “yes and “no and “maybe.\n".repeat(2_000);
    let inputs: Vec<&str> = vec![
        "",
        " ",
        "\n\n\n",
        "“",
        "”",
        "\"",
        "“”",
        "said",
        "According to",
        "According to ,",
        "He said:",
        ": “",
        "😀 “We hope so,” 😀 Putin said 😀.",
        "\u{FFFD}Putin said \u{FFFD}“We\u{FFFD}”",
        "“We will win,” said",
        ", said the",
        "“,” said “",
        "Putin said “",
        "’s said",
        "it is said",
        "there are reports that",
        "reportedly",
        "quoted",
        "was quoted by",
        &big_quotes,
        &alternating,
        &said,
        &according,
        &unbalanced,
    ];
    for input in inputs {
        let a = run(input);
        assert_eq!(
            a.sentences.len(),
            news_context::text::sentences::split_sentences(input).len()
        );
    }
}

#[test]
fn large_inputs_finish_quickly() {
    // Linear time: a large article of many paragraphs is analysed in well under a few seconds
    // even in a debug build.
    let paragraph = "“We agreed on everything,” Putin said. Sources told Reuters that Maduro told Trump he would leave, according to officials. Critics say the law is unfair.\n";
    let text = paragraph.repeat(400);
    let started = std::time::Instant::now();
    let a = run(&text);
    assert_eq!(a.sentences.len(), 1200);
    assert!(
        started.elapsed().as_secs() < 20,
        "took {:?}",
        started.elapsed()
    );
    // Shapes that would be quadratic if any scan were unbounded: one huge paragraph, one huge
    // sentence, long runs of cues, pronouns, auxiliaries and vague markers.
    for text in [
        "officials said that ".repeat(5_000),
        "He said it. ".repeat(10_000),
        "“We will win,” he added. ".repeat(5_000),
        "reportedly ".repeat(10_000) + "he said so.",
        "is ".repeat(10_000) + "reports that it is over.",
        "also ".repeat(10_000) + "said to be over.",
        "Critics say, ".repeat(5_000),
        "saying that ".repeat(5_000),
        "WALLACE: Yes.\n".repeat(5_000),
    ] {
        let started = std::time::Instant::now();
        run(&text);
        assert!(
            started.elapsed().as_secs() < 20,
            "took {:?} on {:?}…",
            started.elapsed(),
            &text[..30]
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_text_keeps_the_invariants(s in "(\\PC|[“”„«»\"\n ,.:]){0,300}") {
        run(&s);
    }

    #[test]
    fn news_like_text_keeps_the_invariants(parts in proptest::collection::vec(prop_oneof![
        Just("“"), Just("”"), Just("\""), Just("said"), Just("told"), Just("Putin"), Just("officials"),
        Just("according to"), Just(","), Just("."), Just(":"), Just("\n"), Just("that"), Just("he"),
        Just("reportedly"), Just("is said to"), Just("the"), Just("Belta quoted"), Just("😀"), Just("\u{FFFD}"),
    ], 0..60)) {
        run(&parts.join(" "));
    }
}

#[test]
fn speech_cues_are_told_apart_from_beliefs_and_stances() {
    use news_context::attribution::cues::is_speech_cue;
    for cue in [
        "said",
        "told",
        "According to",
        "added",
        "tweeted",
        "wrote in a statement",
        ":",
        "—",
        "in an interview",
        "warned",
    ] {
        assert!(is_speech_cue(cue), "{cue} reports speech");
    }
    for cue in [
        "wants",
        "believes",
        "criticized",
        "plans",
        "hopes",
        "support",
    ] {
        assert!(!is_speech_cue(cue), "{cue} is no speech");
    }
}

#[test]
fn a_clause_opening_with_this_is_content_not_an_adverbial() {
    run_content_group(
        "this-clause before the source",
        &[
            (
                "This makes the reform much harder to pass, he said.",
                &[("indirect", "This makes the reform much harder to pass")],
            ),
            (
                "This includes a new training centre in the north, the minister said.",
                &[(
                    "indirect",
                    "This includes a new training centre in the north",
                )],
            ),
        ],
    );
}

#[test]
fn a_part_of_the_day_after_a_weekday_is_no_content() {
    run_content_group(
        "weekday and part of the day after the cue",
        &[
            (
                "The vote is a disgrace, union leaders said Friday afternoon, as the strike went on.",
                &[("indirect", "The vote is a disgrace")],
            ),
            (
                "The mayor said Monday morning that the bridge would reopen.",
                &[("indirect", "that the bridge would reopen")],
            ),
        ],
    );
}

#[test]
fn an_ing_word_before_a_title_belongs_to_the_source() {
    run_group(
        "-ing word in a title",
        &[
            (
                "The strike is over, organizing director Kendall Fells said.",
                "named",
                &[("said", "organizing director Kendall Fells")],
            ),
            (
                "The budget is balanced, acting secretary Mary Lund told reporters.",
                "named",
                &[("told", "acting secretary Mary Lund")],
            ),
        ],
    );
}

#[test]
fn a_programme_name_with_a_capitalised_function_word_is_one_source() {
    run_group(
        "programme names",
        &[
            (
                "CBS This Morning reported that the talks had stalled.",
                "named",
                &[("reported", "CBS This Morning")],
            ),
            (
                "The talks have stalled, CBS This Morning reported.",
                "named",
                &[("reported", "CBS This Morning")],
            ),
            (
                "Clinton told CBS This Morning's Norah O'Donnell that the talks had stalled.",
                "named",
                &[("told", "Clinton")],
            ),
        ],
    );
    run_content_group(
        "an addressee with a possessive and an apostrophe in the name",
        &[(
            "Clinton told CBS's Norah O'Donnell that the talks had stalled.",
            &[("indirect", "that the talks had stalled")],
        )],
    );
}

#[test]
fn a_quoted_programme_title_after_the_cue_is_an_adjunct() {
    run_content_group(
        "quoted programme titles",
        &[
            (
                "The senator said Sunday on River News channel’s “Weekend Report,” the deal is dead.",
                &[("indirect", "the deal is dead")],
            ),
            (
                "The deal is dead, the senator said Tuesday on KTV’s “Early Edition.”",
                &[("indirect", "The deal is dead")],
            ),
            (
                "The senator said on Monday “We Will Win.”",
                &[("direct", "“We Will Win.”")],
            ),
        ],
    );
}

#[test]
fn a_sentence_opening_according_to_takes_the_whole_phrase_up_to_the_comma() {
    run_group(
        "according to a long phrase",
        &[
            (
                "According to a March study by the Urban Institute based on tax data from 2014, most families pay less.",
                "named",
                &[(
                    "According to",
                    "a March study by the Urban Institute based on tax data from 2014",
                )],
            ),
            (
                "According to some on social media, the senator was in Paris.",
                "vague",
                &[("According to", "some on social media")],
            ),
        ],
    );
}

#[test]
fn the_people_of_a_survey_with_their_participle_are_the_source() {
    run_group(
        "survey participles",
        &[
            (
                "Some 40 percent of the farmers polled said prices were too low.",
                "vague",
                &[("said", "Some 40 percent of the farmers polled")],
            ),
            (
                "Two-thirds of the parents surveyed said the schools had improved.",
                "vague",
                &[("said", "Two-thirds of the parents surveyed")],
            ),
        ],
    );
}

#[test]
fn what_the_words_are_about_after_said_of_is_no_content() {
    run_content_group(
        "said of X: …",
        &[
            (
                "The mayor said of the council: \"They need to act now.\"",
                &[("direct", "\"They need to act now.\"")],
            ),
            (
                "The coach said of the loss, “We were not ready.”",
                &[("direct", "“We were not ready.”")],
            ),
        ],
    );
}

#[test]
fn a_participle_after_a_quotation_closing_with_a_comma_is_an_attribution_of_its_own() {
    run_group(
        "“…,” adding …",
        &[
            (
                "The mayor said, “I do not like it,” adding that the vote was rushed.",
                "named",
                &[("said", "The mayor"), ("adding", "The mayor")],
            ),
            (
                "The mayor called the plan “a disgrace,” saying it would fail.",
                "named",
                &[("called", "The mayor"), ("saying", "The mayor")],
            ),
            (
                "The mayor said, ''I do not like it,'' adding that the vote was rushed.",
                "named",
                &[("said", "The mayor"), ("adding", "The mayor")],
            ),
        ],
    );
}

#[test]
fn a_preposition_phrase_after_the_cue_keeps_its_noun_and_is_no_content() {
    run_content_group(
        "said in a message to the party",
        &[
            (
                "The reform had stalled for years, she said in a video message to the party congress.",
                &[("indirect", "The reform had stalled for years")],
            ),
            (
                "She said in a letter to the editor that the reform had stalled.",
                &[("indirect", "that the reform had stalled")],
            ),
        ],
    );
}

#[test]
fn yelling_imploring_and_musing_are_speech_cues() {
    run_group(
        "more speech verbs",
        &[
            (
                "“Go vote,” the mayor implored.",
                "named",
                &[("implored", "the mayor")],
            ),
            (
                "“Get out of here,” the guard yelled.",
                "named",
                &[("yelled", "the guard")],
            ),
            (
                "“Maybe the market knows something,” the banker mused.",
                "named",
                &[("mused", "the banker")],
            ),
        ],
    );
}

#[test]
fn an_apposition_between_double_hyphens_belongs_to_the_source() {
    run_group(
        "-- apposition --",
        &[(
            "Ann Lane -- co-author of a book on the primaries -- said the race was over.",
            "named",
            &[("said", "Ann Lane -- co-author of a book on the primaries")],
        )],
    );
}

#[test]
fn manner_of_speaking_verbs_attribute_a_quotation() {
    run_group(
        "sighed, scoffed, laughed",
        &[
            (
                "The treasurer sighed: “It is more debt.”",
                "named",
                &[("sighed", "The treasurer")],
            ),
            (
                "“Not a chance,” the neighbour scoffed.",
                "anonymous",
                &[("scoffed", "the neighbour")],
            ),
            ("The crowd laughed.", "none", &[]),
        ],
    );
}

#[test]
fn a_name_opening_the_sentence_keeps_an_apposition_of_over_thirty_tokens() {
    run_group(
        "long apposition",
        &[(
            "Ruth Vale, a veteran party organiser who ran the early-vote drive in three northern counties in 2012 and is now leading the governor’s turnout operation across the state, said the programme was working.",
            "named",
            &[(
                "said",
                "Ruth Vale, a veteran party organiser who ran the early-vote drive in three northern counties in 2012 and is now leading the governor’s turnout operation across the state",
            )],
        )],
    );
}

#[test]
fn a_participle_in_an_apposition_ends_its_content_at_the_quotation_closing_with_a_comma() {
    run_content_group(
        "Mr. X, citing “…,” said …",
        &[
            (
                "Mr. Hale, citing “the unique pull of the candidate,” said the state was in play.",
                &[("direct", "“the unique pull of the candidate,”")],
            ),
            (
                "Mr. Hale, citing ''the unique pull of the candidate,'' said the state was in play.",
                &[("direct", "''the unique pull of the candidate,''")],
            ),
        ],
    );
}

#[test]
fn a_clause_after_an_attitude_verb_goes_on_past_a_title_abbreviation() {
    run_content_group(
        "a clause after an attitude verb goes on past a title abbreviation",
        &[
            (
                "Pollsters believe Mr. Lindqvist will carry the northern districts.",
                &[(
                    "indirect",
                    "Mr. Lindqvist will carry the northern districts",
                )],
            ),
            (
                "Analysts expect Gov. Okafor will sign the budget next week.",
                &[("indirect", "Gov. Okafor will sign the budget next week")],
            ),
            (
                "Bankers think U.S. rates will stay high through the winter.",
                &[("indirect", "U.S. rates will stay high through the winter")],
            ),
        ],
    );
}

#[test]
fn a_plural_head_with_an_of_phrase_makes_hope_and_fear_verbs() {
    run_content_group(
        "a plural head with an of phrase makes hope and fear verbs",
        &[
            (
                "Backers of the measure hope the courts will leave it alone.",
                &[("indirect", "the courts will leave it alone")],
            ),
            (
                "Opponents of the dam fear the valley will flood every spring.",
                &[("indirect", "the valley will flood every spring")],
            ),
            // A singular head keeps the noun reading: no attribution.
            ("The head of the plan hope fund resigned on Monday.", &[]),
        ],
    );
}

#[test]
fn an_apposition_with_a_courtesy_title_names_the_source() {
    run_group(
        "an apposition with a courtesy title names the source",
        &[
            (
                "The trade minister, Mr. Halvorsen, said there was little point in retaliating.",
                "named",
                &[("said", "The trade minister, Mr. Halvorsen")],
            ),
            (
                "The mayor, Ms. Adeyemi, believes the tunnel will open on time.",
                "named",
                &[("believes", "The mayor, Ms. Adeyemi")],
            ),
        ],
    );
}

#[test]
fn a_participle_before_a_title_after_the_cue_opens_the_source() {
    run_group(
        "a participle before a title after the cue opens the source",
        &[
            (
                "“The border will stay open,” said retired Army Lt. Gen. Ola Brandvik, who commanded the northern corps.",
                "named",
                &[("said", "retired Army Lt. Gen. Ola Brandvik")],
            ),
            (
                "“We will not resign,” said embattled Gov. Tessa Morrow.",
                "named",
                &[("said", "embattled Gov. Tessa Morrow")],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_about_an_adjunct_does_not_hide_the_that_clause() {
    run_group(
        "a relative clause about an adjunct does not hide the that clause",
        &[
            (
                "Dana Whitfield said on Radio Kent, where she is a weekly guest, that the ferry contract would be cancelled.",
                "named",
                &[("said", "Dana Whitfield")],
            ),
            (
                "The mayor told reporters in an interview, which aired Sunday, that the budget was balanced.",
                "named",
                &[("told", "The mayor")],
            ),
        ],
    );
}

#[test]
fn the_that_clause_after_a_relative_clause_about_an_adjunct_is_the_content() {
    run_content_group(
        "the that clause after a relative clause about an adjunct is the content",
        &[
            (
                "Dana Whitfield said on Radio Kent, where she is a weekly guest, that the ferry contract would be cancelled.",
                &[("indirect", "that the ferry contract would be cancelled")],
            ),
        ],
    );
}

#[test]
fn a_place_adverb_between_source_and_cue_is_left_out_of_the_source() {
    run_group(
        "a place adverb between source and cue is left out of the source",
        &[
            (
                "Campaign volunteers here said they had knocked on every door in the county.",
                "anonymous",
                &[("said", "Campaign volunteers")],
            ),
            (
                "Officials there say the bridge will stay closed until March.",
                "anonymous",
                &[("say", "Officials")],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_after_a_source_noun_stays_in_the_source() {
    run_group(
        "a relative clause after a source noun stays in the source",
        &[
            (
                "Several people who attended the hearing said the mood was tense.",
                "anonymous",
                &[("said", "Several people who attended the hearing")],
            ),
            (
                "Officials who spoke on condition of anonymity said the talks would resume in May.",
                "anonymous",
                &[("said", "Officials who spoke on condition of anonymity")],
            ),
        ],
    );
}

#[test]
fn a_sentence_opening_with_who_before_a_cue_is_read_without_panicking() {
    // The relative-clause reading of a source looks one word before "who"; here there is none.
    let a = run("who according to said. Who said the vote was rigged?");
    assert_invariants(&a);
}

#[test]
fn want_with_a_noun_phrase_is_a_desire_of_its_subject() {
    run_content_group(
        "want with a noun phrase is a desire of its subject",
        &[
            (
                "The protesters want an apology from the hospital board.",
                &[("indirect", "an apology from the hospital board")],
            ),
            (
                "Neither club wants a replay of the final.",
                &[("indirect", "a replay of the final")],
            ),
            // Not after "to": "to want" is no cue of its own.
            ("It is hard to want more than a quiet street.", &[]),
        ],
    );
}

#[test]
fn a_duration_adjunct_between_cue_and_clause_is_skipped() {
    run_content_group(
        "a duration adjunct between cue and clause is skipped",
        &[
            (
                "The coach has said for weeks his team can beat anyone in the league.",
                &[("indirect", "his team can beat anyone in the league")],
            ),
            (
                "The auditors have warned for the past two years that the pension fund will run dry.",
                &[("indirect", "that the pension fund will run dry")],
            ),
            // "called for" keeps its particle: the content is what is called for.
            (
                "The union called for a strike vote.",
                &[("indirect", "a strike vote")],
            ),
        ],
    );
}

#[test]
fn a_contracted_has_before_a_speech_participle_keeps_the_pronoun_as_source() {
    run_group(
        "a contracted has before a speech participle keeps the pronoun as source",
        &[
            (
                "Marta Quill runs the shelter. Since then, she’s said the funding is not enough.",
                "none named",
                &[("said", "she")],
            ),
            (
                "Omar Feld is the treasurer. He's argued for months that the fee is too high.",
                "none named",
                &[("argued", "He")],
            ),
            // "it’s said" stays a vague passive with no source.
            (
                "It’s said that the lighthouse is haunted.",
                "vague",
                &[("’s said", "")],
            ),
        ],
    );
}

#[test]
fn made_clear_is_a_speech_cue_and_made_alone_is_not() {
    run_group(
        "made clear is a speech cue and made alone is not",
        &[
            (
                "The minister made it clear he would not resign.",
                "named",
                &[("made it clear", "The minister")],
            ),
            (
                "Judge Ortega made clear that the trial would start in June.",
                "named",
                &[("made clear", "Judge Ortega")],
            ),
            (
                "Several attempts to reach the owner were made by the city.",
                "none",
                &[],
            ),
            ("The bakers made bread for the whole town.", "none", &[]),
        ],
    );
}

#[test]
fn the_agent_of_a_survey_participle_stays_in_the_source() {
    run_group(
        "the agent of a survey participle stays in the source",
        &[(
            "Farmers interviewed by the Gazette said the drought had cut their harvest in half.",
            "vague",
            &[("said", "Farmers interviewed by the Gazette")],
        )],
    );
}

#[test]
fn a_relative_clause_after_a_name_inside_a_source_phrase_stays_in_the_source() {
    run_group(
        "a relative clause after a name inside a source phrase stays in the source",
        &[(
            "Aides to Governor Pell who spoke to reporters said the veto was certain.",
            "anonymous",
            &[("said", "Aides to Governor Pell who spoke to reporters")],
        )],
    );
}

#[test]
fn a_quoted_title_inside_an_apposition_is_part_of_the_source() {
    run_group(
        "a quoted title inside an apposition is part of the source",
        &[(
            "Ridley, the author of “Cold Harbor,” a history of the port strikes, said the docks would never recover.",
            "named",
            &[(
                "said",
                "Ridley, the author of “Cold Harbor,” a history of the port strikes",
            )],
        )],
    );
}

#[test]
fn a_sum_after_a_preposition_stays_inside_a_source_name() {
    run_group(
        "a sum after a preposition stays inside a source name",
        &[(
            "Campaign for $20 Now spokesman Leo Park said the march would go ahead.",
            "named",
            &[("said", "Campaign for $20 Now spokesman Leo Park")],
        )],
    );
}

#[test]
fn a_figure_restating_a_share_is_part_of_the_source() {
    run_content_group(
        "a figure restating a share is part of the source",
        &[(
            "Just over a third, 36%, say the schools are getting worse.",
            &[("indirect", "the schools are getting worse")],
        )],
    );
}

#[test]
fn an_aside_between_dashes_after_the_source_keeps_the_source() {
    run_group(
        "an aside between dashes after the source keeps the source",
        &[(
            "Teachers — and some parents — say the new timetable is too long.",
            "vague",
            &[("say", "Teachers — and some parents")],
        )],
    );
}

#[test]
fn a_contact_clause_after_the_source_noun_stays_in_the_source() {
    run_group(
        "a contact clause after the source noun stays in the source",
        &[
            (
                "The analysts I interviewed said the dam would not hold another flood.",
                "vague",
                &[("said", "The analysts I interviewed")],
            ),
            (
                "The analysts we consulted expect the merger to collapse.",
                "vague",
                &[("expect", "The analysts we consulted")],
            ),
        ],
    );
}

#[test]
fn a_relative_pronoun_before_a_naming_verb_and_as_is_content_with_what_follows_as() {
    run_content_group(
        "a relative pronoun before a naming verb and as is content with what follows as",
        &[(
            "The volunteers, whom she described as “tireless,” cleaned the beach.",
            &[("mixed", "whom ¶ as “tireless,”")],
        )],
    );
}

#[test]
fn even_after_and_inside_a_coordinated_source_keeps_both_heads() {
    run_group(
        "even after and inside a coordinated source keeps both heads",
        &[(
            "Farmers and even some bankers say the subsidy should end.",
            "anonymous",
            &[("say", "Farmers and even some bankers")],
        )],
    );
}

#[test]
fn an_adverb_after_the_subject_does_not_hide_the_speaker_of_a_coordinated_cue() {
    run_group(
        "an adverb after the subject does not hide the speaker of a coordinated cue",
        &[
            (
                "She later apologized and said the joke had gone too far.",
                "named",
                &[("said", "She")],
            ),
            (
                "The mayor quickly reversed course and said the pool would stay open.",
                "named",
                &[("said", "The mayor")],
            ),
            // No cue after the adverb: nothing to attribute.
            ("She later apologized and left the room.", "none", &[]),
        ],
    );
}

#[test]
fn asides_between_the_cue_and_its_content_are_skipped() {
    run_content_group(
        "asides between the cue and its content are skipped",
        &[
            (
                "The chairman says, however, that the merger is still on track.",
                &[("indirect", "that the merger is still on track")],
            ),
            (
                "The governor said, if reelected, she would expand the ferry service.",
                &[("indirect", "if reelected, she would expand the ferry service")],
            ),
            (
                "Okafor said in an interview recorded before the vote that the party had lost its way.",
                &[("indirect", "that the party had lost its way")],
            ),
            (
                "The coach said in a statement released by the club the team would appeal.",
                &[("indirect", "the team would appeal")],
            ),
        ],
    );
    run_group(
        "a participle after an adjunct is no cue content without a clause",
        &[(
            "The band played in a hall rented by the council on Friday.",
            "none",
            &[],
        )],
    );
}

#[test]
fn a_subject_without_a_determiner_opens_the_content_clause() {
    run_content_group(
        "a subject without a determiner opens the content clause",
        &[
            (
                "Many residents believe noise and traffic are getting worse.",
                &[("indirect", "noise and traffic are getting worse")],
            ),
            (
                "The inspector said fire-safety rules were ignored.",
                &[("indirect", "fire-safety rules were ignored")],
            ),
        ],
    );
}

#[test]
fn a_relative_that_before_a_speech_cue_lets_its_noun_speak() {
    run_group(
        "a relative that before a speech cue lets its noun speak",
        &[
            (
                "We met dozens of growers that said the frost had ruined the crop.",
                "anonymous",
                &[("said", "that")],
            ),
            // A stance or a cue without a clause after a relative "that" is no attribution.
            (
                "The charity that backed the school opened a clinic.",
                "none",
                &[],
            ),
            (
                "Some firms that might respond quickly were left out.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn an_aside_between_dashes_after_the_cue_is_skipped() {
    run_content_group(
        "an aside between dashes after the cue is skipped",
        &[(
            "The mayor said — in a rare radio interview — that the bridge would close.",
            &[("indirect", "that the bridge would close")],
        )],
    );
}

#[test]
fn a_speech_cue_in_the_infinitive_reports_the_subjects_words() {
    run_group(
        "a speech cue in the infinitive reports the subject's words",
        &[
            (
                "The senator went out of her way to say that the budget was balanced.",
                "named",
                &[("say", "The senator")],
            ),
            (
                "The mayor continues to insist the stadium will pay for itself.",
                "named",
                &[("insist", "The mayor")],
            ),
            // An expletive subject, "is to say", an object or "to answer" with no clause: none.
            (
                "It is too soon to say whether the dam will hold.",
                "none",
                &[],
            ),
            ("All this is to say that the harvest was poor.", "none", &[]),
            (
                "The firm was forced to answer other regulators in June.",
                "none",
                &[],
            ),
            ("The mayor had to contend with angry tenants.", "none", &[]),
        ],
    );
}

#[test]
fn a_verb_of_aspect_leaves_the_cue_and_its_frame_to_the_subject() {
    run_group(
        "continued to / went on to / began to + cue",
        &[
            (
                "The governor continued to criticize the pipeline on Friday.",
                "named",
                &[("criticize", "The governor")],
            ),
            (
                "Ann Moss went on to call the plan a giveaway.",
                "named",
                &[("call", "Ann Moss")],
            ),
            (
                "The mayor began to question whether the audit was fair.",
                "named",
                &[("question", "The mayor")],
            ),
            // No cue after the aspect, or a subject that cannot hold a stance: none.
            ("The river continued to rise.", "none", &[]),
            ("Home prices began to show signs of strain.", "none", &[]),
            ("The storm continued to threaten the coast.", "none", &[]),
        ],
    );
}

#[test]
fn a_participle_after_an_issued_statement_speaks_for_the_issuer() {
    run_group(
        "a participle after an issued statement speaks for the issuer",
        &[
            (
                "His office put out a statement saying the plant would stay open.",
                "named",
                &[("saying", "His office")],
            ),
            (
                "The union released a statement Tuesday calling the deal a betrayal.",
                "named",
                &[("calling", "The union")],
            ),
            (
                "The mayor delivered an emotional speech blaming the council for the delays.",
                "named",
                &[("blaming", "The mayor")],
            ),
            // A thing in no table, or one that is no object of a verb, keeps its own voice.
            (
                "The bakery on the corner had a note saying the water was unsafe.",
                "vague",
                &[("saying", "a note")],
            ),
        ],
    );
}

#[test]
fn an_opening_time_phrase_is_not_the_subject_of_a_participle() {
    run_group(
        "an opening time phrase is not the subject of a participle",
        &[
            (
                "Two months later, the governor reversed herself, telling reporters that the tax was dead.",
                "named",
                &[("telling", "the governor")],
            ),
            (
                "Shortly after the vote, the families had organized, warning that the plan would flood the valley.",
                "vague",
                &[("warning", "the families")],
            ),
            // A subject before the comma stays the subject.
            (
                "The governor, two months later, reversed herself, telling reporters that the tax was dead.",
                "named",
                &[("telling", "The governor")],
            ),
        ],
    );
}

#[test]
fn a_request_for_anonymity_is_no_attribution() {
    run_group(
        "a request for anonymity is no attribution",
        &[
            (
                "The minister, who asked not to be named, said the talks had failed.",
                "named",
                &[("said", "The minister, who asked not to be named")],
            ),
            (
                "A senior official, who asked not to be identified because he was not authorized to speak, said the talks had failed.",
                "anonymous",
                &[(
                    "said",
                    "A senior official, who asked not to be identified because he was not authorized to speak",
                )],
            ),
            // Asking for something else is still read.
            (
                "The minister asked voters to support the plan.",
                "named",
                &[("asked", "The minister")],
            ),
        ],
    );
}

#[test]
fn a_past_form_describing_a_thing_before_a_modal_is_no_cue() {
    run_group(
        "a past form describing a thing before a modal is no cue",
        &[
            (
                "The merger announced Monday would create the largest bank in the country.",
                "none",
                &[],
            ),
            (
                "The cuts proposed last week will close three clinics.",
                "none",
                &[],
            ),
            // A person before the same words still speaks.
            (
                "The mayor said Monday would be the deadline.",
                "named",
                &[("said", "The mayor")],
            ),
            (
                "The company announced Monday it would close the plant.",
                "named",
                &[("announced", "The company")],
            ),
        ],
    );
}

#[test]
fn a_crowd_chanting_a_quotation_is_its_source_and_the_quotation_alone_its_content() {
    run_content_group(
        "a crowd chanting a quotation is its source and the quotation alone its content",
        &[
            (
                "The crowd chanted: “Lock her up!”",
                &[("direct", "“Lock her up!”")],
            ),
            (
                "The crowd chanted “Build the wall!” as the senator spoke.",
                &[("direct", "“Build the wall!”")],
            ),
        ],
    );
    run_group(
        "a speaker chanting a quotation is its source",
        &[
            (
                "Senator Jane Smith chanted “Build the wall!” as the band played.",
                "named",
                &[("chanted", "Senator Jane Smith")],
            ),
            // A verb that takes only quotations attributes nothing without one.
            ("The crowd chanted slogans outside the hall.", "none", &[]),
        ],
    );
}

#[test]
fn a_show_title_in_an_opening_adjunct_after_a_day_is_not_the_content() {
    run_content_group(
        "a show title in an opening adjunct after a day is not the content",
        &[(
            "Sunday on the network’s “Morning Edition,” the minister said the budget was balanced.",
            &[("indirect", "the budget was balanced")],
        )],
    );
    // A quotation before the source with no opener is still the content.
    run_content_group(
        "a quotation before the source with no opener is still the content",
        &[(
            "“The budget is balanced,” the minister said Sunday.",
            &[("direct", "“The budget is balanced,”")],
        )],
    );
}

#[test]
fn a_relative_time_word_before_a_day_between_source_and_cue_is_skipped() {
    run_group(
        "a relative time word before a day between source and cue is skipped",
        &[
            (
                "The minister later Thursday said the plan was dead.",
                "named",
                &[("said", "The minister")],
            ),
            (
                "The minister earlier Monday told reporters that the plan was dead.",
                "named",
                &[("told", "The minister")],
            ),
        ],
    );
}

#[test]
fn single_marks_quote_like_double_ones_and_apostrophes_stay_apostrophes() {
    run_content_group(
        "single-quoted quotes",
        &[
            (
                "'The bridge is unsafe,' the engineer said.",
                &[("direct", "'The bridge is unsafe,'")],
            ),
            (
                "‘We will appeal,’ said the club’s lawyer. ‘The fine is unfair.’",
                &[("direct", "‘We will appeal,’ ¶ ‘The fine is unfair.’")],
            ),
            // A double quotation inside a single one nests; a single one inside a double one
            // is part of its content.
            (
                "'She told me \"not yet\" twice,' the coach said.",
                &[("direct", "'She told me \"not yet\" twice,'")],
            ),
            (
                "“He kept saying ‘trust me’ to everyone,” the aide said.",
                &[("direct", "“He kept saying ‘trust me’ to everyone,”")],
            ),
        ],
    );
    // Apostrophes of possession and elision pair with nothing.
    run_group(
        "apostrophes are not quotation marks",
        &[
            (
                "The Joneses' farm and the students' union sit near the '08 flood line.",
                "none",
                &[],
            ),
            (
                "It’s rock ’n’ roll, and the band’s fans know it.",
                "none",
                &[],
            ),
            (
                "The voters' mood soured after Clinton's speech on the '90s.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn three_apostrophes_close_a_single_quote_inside_a_doubled_one() {
    run_content_group(
        "''' runs",
        &[
            (
                "''I would call it 'reckless,''' said Ms. Reyes, a former envoy.",
                &[("direct", "''I would call it 'reckless,'''")],
            ),
            (
                "'''Family Feud,''' she answered. ''It is a classic.''",
                &[("direct", "'''Family Feud,''' ¶ ''It is a classic.''")],
            ),
        ],
    );
}

#[test]
fn a_single_quoted_subhead_after_double_quotes_continues_no_one() {
    let a = run(
        "\"We did what we could,\" the mayor said.\n'A Long Winter.'\nThe snow began in November.",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(sentence(&a, "'A Long Winter").attribution, "none");
    // In an article that quotes in single marks, the next paragraph's quote continues.
    let b = run("'We did what we could,' the mayor said.\n'The town will rebuild.'");
    assert_eq!(b.quotes.len(), 1, "{:?}", b.quotes);
    assert_eq!(b.quotes[0].content.len(), 2);
}

#[test]
fn a_label_quote_the_sentence_goes_on_after_is_part_of_the_content() {
    run_content_group(
        "label content",
        &[
            (
                "Senator Vance: ‘No Regret’ About The Vote On Trade.",
                &[("mixed", "‘No Regret’ About The Vote On Trade.")],
            ),
            (
                "Senator Vance: ‘No Regrets About The Vote On Trade.’",
                &[("direct", "‘No Regrets About The Vote On Trade.’")],
            ),
        ],
    );
}

#[test]
fn a_clause_joined_after_a_parenthetical_speech_cue_is_more_content() {
    run_content_group(
        "resumed clauses",
        &[
            (
                "Turnout fell in the cities, the mayor said, and the suburbs held steady.",
                &[(
                    "indirect",
                    "Turnout fell in the cities ¶ and the suburbs held steady",
                )],
            ),
            (
                "The plant will close, the company said, because sales have fallen.",
                &[(
                    "indirect",
                    "The plant will close ¶ because sales have fallen",
                )],
            ),
            // A clause with a speech cue of its own is that cue's; an aside is the author's.
            (
                "The plant will close, the company said, and analysts say the town will suffer.",
                &[
                    ("indirect", "The plant will close"),
                    ("indirect", "the town will suffer"),
                ],
            ),
            (
                "The plan is dead, he said, as the crowd cheered.",
                &[("indirect", "The plan is dead")],
            ),
        ],
    );
}

#[test]
fn a_long_apposition_after_a_doubled_apostrophe_quote_stays_in_the_source() {
    let a =
        run("''We lost the vote,'' Ms. Ortiz, now 70 and retired in Tucson, said in an interview.");
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        text(&a.quotes[0].source),
        "Ms. Ortiz, now 70 and retired in Tucson"
    );
    assert_eq!(a.quotes[0].content[0].text, "''We lost the vote,''");
}

#[test]
fn a_cue_inside_a_quotation_does_not_keep_the_next_piece_from_its_speaker() {
    run_content_group(
        "quotes resumed after an adjunct",
        &[(
            "“It seems the deal is close,” she said on Sunday, “because both sides want it.”",
            &[(
                "direct",
                "“It seems the deal is close,” ¶ “because both sides want it.”",
            )],
        )],
    );
}

#[test]
fn a_gerund_after_the_agent_of_a_passive_judgement_is_its_content_not_the_source() {
    run_group(
        "the agent of a passive judgement ends before a gerund",
        &[
            (
                "The governor was criticized by Democrats for moving slowly on the bill.",
                "named",
                &[("was criticized", "Democrats")],
            ),
            (
                "The mayor was praised by local business owners for cutting the sales tax.",
                "vague",
                &[("was praised", "local business owners")],
            ),
            // A noun in "-ing" after "for" still belongs to the source.
            (
                "A spokesman for housing advocates said the rule was unfair.",
                "anonymous",
                &[("said", "A spokesman for housing advocates")],
            ),
        ],
    );
}

#[test]
fn a_standing_in_a_named_poll_is_attributed_to_the_poll() {
    run_group(
        "a standing in a named poll",
        &[
            (
                "The governor held an eight-point lead over his rival in a Quinnipiac poll released on Tuesday.",
                "named",
                &[("in", "a Quinnipiac poll")],
            ),
            (
                "Support for the measure reached 61 percent in the latest Gallup survey.",
                "named",
                &[("in", "the latest Gallup survey")],
            ),
            // An unnamed poll, a month, a relative clause: no attribution.
            (
                "The senator is still trailing badly in the polls.",
                "none",
                &[],
            ),
            (
                "The mayor slipped to third place in March polls.",
                "none",
                &[],
            ),
            (
                "The challenger, who is second in many Iowa polls, toured a factory.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn a_label_with_an_apposition_before_a_quotation_names_a_speaker() {
    // "Jersey" may be a place, but a name with an apposition before a quotation
    // is a speaker; a dateline has no apposition.
    run_group(
        "apposed labels",
        &[
            (
                "Jersey Hale, editor of The Weekly Ledger: “Voters are tired. The race is close.”",
                "named named",
                &[(":", "Jersey Hale, editor of The Weekly Ledger")],
            ),
            ("LONDON: The talks ended without a deal.", "none", &[]),
        ],
    );
}

#[test]
fn an_opening_participle_of_speech_shares_the_main_clauses_subject() {
    run_group(
        "opening participles",
        &[
            (
                "Calling the tax plan a giveaway to the rich, Senator Ada Moss urged voters to reject it.",
                "named",
                &[("Calling", "Senator Ada Moss"), ("urged", "Senator Ada Moss")],
            ),
            (
                "After saying he would stay in the race, Governor Ann Ray left the stage.",
                "named",
                &[("saying", "Governor Ann Ray")],
            ),
            // Setting the scene, a participle with a particle, a verb of no speech: no cue.
            (
                "Addressing the convention on Monday, Senator Bo Park wore a red tie.",
                "none",
                &[],
            ),
            ("Pointing to the chart, the governor smiled.", "none", &[]),
            (
                "Working late on the budget, the mayor missed the vote.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn a_third_person_cue_verb_after_its_subject_is_no_sourceless_noun() {
    run_group(
        "verbs that look like nouns of stance",
        &[
            (
                "The governor, meanwhile, hopes that the bill will pass.",
                "named",
                &[("hopes", "The governor")],
            ),
            (
                "Mayor Lin Oda fears that the deal will collapse.",
                "named",
                &[("fears", "Mayor Lin Oda")],
            ),
            // An adjective or a preposition before the noun: a stance nobody holds.
            (
                "Growing fears that the deal would collapse sent shares lower.",
                "vague",
                &[("fears", "")],
            ),
            (
                "Despite claims that the count was rigged, the result stood.",
                "vague",
                &[("claims", "")],
            ),
        ],
    );
}

#[test]
fn a_cue_after_a_sourceless_question_preamble_keeps_the_subject_as_source() {
    run_group(
        "asked …, SUBJECT … and said",
        &[(
            "Asked on Friday whether she would run again, Governor Ann Ray smiled and said, \"Not this time.\"",
            "named",
            &[("Asked", ""), ("said", "Governor Ann Ray")],
        )],
    );
}

#[test]
fn an_agentless_passive_act_of_speech_attributes_its_subject_vaguely() {
    run_group(
        "agentless speech passives",
        &[
            (
                "New sanctions were announced on Friday.",
                "vague",
                &[("were announced", "")],
            ),
            (
                "Mayor Jo Tran has been mentioned as a possible candidate for governor.",
                "vague",
                &[("has been mentioned", "")],
            ),
            (
                "It was announced that the plant would close.",
                "vague",
                &[("was announced", "")],
            ),
            (
                "The outcome was declared shortly after midnight.",
                "vague",
                &[("was declared", "")],
            ),
            // A passive of no speech is no attribution.
            ("The bridge was closed for repairs.", "none", &[]),
        ],
    );
    run_content_group(
        "agentless speech passive content",
        &[
            (
                "New sanctions were announced on Friday.",
                &[("indirect", "New sanctions")],
            ),
            (
                "It was announced that the plant would close.",
                &[("indirect", "that the plant would close")],
            ),
        ],
    );
}

#[test]
fn a_sentence_quoting_again_right_after_a_quote_continues_it_as_a_mixed_quote() {
    run_content_group(
        "mixed continuations",
        &[
            (
                "“The bill is a mess,” the senator said. The governor “simply did not read it.”",
                &[(
                    "mixed",
                    "“The bill is a mess,” ¶ The governor “simply did not read it.”",
                )],
            ),
            (
                "“The council acted in haste,” said Maria Lopez, a former member. The mayor “simply did not listen to anyone.”",
                &[(
                    "mixed",
                    "“The council acted in haste,” ¶ The mayor “simply did not listen to anyone.”",
                )],
            ),
            (
                "\"We tried everything we could,\" the coach said. Then, \"we ran out of time.\"",
                &[(
                    "mixed",
                    "\"We tried everything we could,\" ¶ Then, \"we ran out of time.\"",
                )],
            ),
        ],
    );
}

#[test]
fn a_term_a_title_or_a_later_sentence_does_not_continue_a_quote_as_mixed() {
    run_content_group(
        "no mixed continuations",
        &[
            // One quoted word is a term, not more of what was said.
            (
                "\"Prices rose again in March,\" the bank said. The \"Fed\" will meet on Tuesday.",
                &[("direct", "\"Prices rose again in March,\"")],
            ),
            // A quotation shorter than MIN_WORDS_BEFORE_MIXED_CONTINUATION words is a phrase,
            // not a speech the next sentence goes on with (four words do: "“The bill is a
            // mess,” the senator said. The governor “simply did not read it.”" continues).
            (
                "“A mess,” the senator said. The governor “simply did not read it.”",
                &[("direct", "“A mess,”")],
            ),
            (
                "The senator called the bill “a mess.” Fans of “the old stadium plan” were less lucky.",
                &[("mixed", "the bill “a mess.”")],
            ),
            // A sentence of the author's in between ends the quote.
            (
                "\"Prices rose again in March,\" the bank said. Analysts were calm. The index fell to \"a new low\" by noon.",
                &[("direct", "\"Prices rose again in March,\"")],
            ),
            // A sentence with a cue of its own has its own source.
            (
                "\"Prices rose again in March,\" the bank said. The minister called it \"a passing blip.\"",
                &[
                    ("direct", "\"Prices rose again in March,\""),
                    ("mixed", "it \"a passing blip.\""),
                ],
            ),
        ],
    );
}

#[test]
fn a_number_with_a_comma_and_an_opening_place_phrase_do_not_split_the_source() {
    // The participle's source is the sentence's subject, found after the opening adverbial.
    run_group(
        "numbers and place phrases before the subject",
        &[
            (
                "Before a crowd of 15,000 people, the senator stood on the stage for an hour, blaming the mayor for the deficit.",
                "named",
                &[("blaming", "the senator")],
            ),
            (
                "The governor told 20,000 supporters that the count was fair.",
                "named",
                &[("told", "The governor")],
            ),
            (
                "Across the state, county clerks worked late, saying the count had to be accurate.",
                "anonymous",
                &[("saying", "county clerks")],
            ),
        ],
    );
}

#[test]
fn an_opener_approximating_a_number_belongs_to_the_subject() {
    // "Around 200 protesters" is a count, not an adverbial closed by the next comma.
    run_group(
        "approximated counts before the subject",
        &[
            (
                "Around 200 protesters gathered outside the hall, chanting slogans.",
                "none",
                &[],
            ),
            (
                "Around 200 protesters gathered outside the hall, saying the mayor had to resign.",
                "vague",
                &[("saying", "Around 200 protesters")],
            ),
            (
                "Around 300 delegates, most of them farmers, said they would stay.",
                "anonymous",
                &[("said", "Around 300 delegates, most of them farmers")],
            ),
            // A clock time after the opener keeps it an adverbial.
            (
                "Around 3 p.m., the mayor left the hall, saying the talks had failed.",
                "named",
                &[("saying", "the mayor")],
            ),
        ],
    );
}

#[test]
fn a_subject_opening_with_a_word_in_ed_and_no_comma_is_still_the_subject() {
    // A name or a title in "-ed" looks like a participle opener; with no comma after it, no
    // adverbial ends there, so the subject starts at the sentence's start.
    run_group(
        "subjects in -ed without a comma",
        &[
            (
                "Halsted continued by saying the ruling would be appealed.",
                "named",
                &[("saying", "Halsted")],
            ),
            (
                "Retired Navy Capt. Ann Ray opened the hearing when she raised the budget and later said the cuts went too far.",
                "named",
                &[("said", "Retired Navy Capt. Ann Ray")],
            ),
        ],
    );
}

#[test]
fn a_sentence_adverb_after_an_opening_phrase_is_no_part_of_the_subject() {
    run_group(
        "opener, however, SUBJECT",
        &[
            (
                "On Thursday, however, the governor met farmers in Ames, promising to cut taxes.",
                "named",
                &[("promising", "the governor")],
            ),
            (
                "On Friday, nevertheless, the mayor toured the plant, promising new jobs.",
                "named",
                &[("promising", "the mayor")],
            ),
        ],
    );
}

#[test]
fn a_digest_speaker_label_after_a_headline_and_a_dash_hands_over_its_quotation() {
    let a = run(
        "Turnout was lower than expected - Ann Reyes: “The early states drew fewer voters. That may change by March.”",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    let q = &a.quotes[0];
    assert_eq!(text(&q.source), "Ann Reyes");
    assert_eq!(text(&q.cue), ":");
    assert_eq!(
        q.content
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>(),
        ["“The early states drew fewer voters. That may change by March.”"]
    );
}

#[test]
fn a_dash_label_without_a_quotation_or_naming_no_speaker_is_no_digest_label() {
    for text in [
        // No quotation after the colon: a headline's own punctuation.
        "The plan is simple - Smith: we build more homes.",
        // A section word is no speaker.
        "The week in numbers - Analysis: “Inflation is back.”",
    ] {
        let a = run(text);
        assert!(a.quotes.is_empty(), "{text}: {:?}", a.quotes);
    }
}

#[test]
fn a_document_shows_what_follows_and_a_plural_noun_before_that_is_no_cue() {
    run_group(
        "documents that show",
        &[
            (
                "The study shows that the economy grew in the spring.",
                "named",
                &[("shows", "The study")],
            ),
            (
                "Support for the plan has fallen among older voters, a new survey shows.",
                "vague",
                &[("shows", "a new survey")],
            ),
            (
                "Documents from the agency show the mayor paid no taxes.",
                "vague",
                &[("show", "Documents from the agency")],
            ),
            // A plural noun before a relative "that", a phrasal "show up": no attribution.
            (
                "Turnout rose sharply in the states that vote by mail.",
                "none",
                &[],
            ),
            (
                "Shoppers from the suburbs show up early on weekends.",
                "none",
                &[],
            ),
            ("He answers that question every week.", "none", &[]),
        ],
    );
}

#[test]
fn the_subject_of_a_free_relative_what_speaks_for_its_verb() {
    run_group(
        "what they called",
        &[
            (
                "The plan led to what critics called a disaster.",
                "vague",
                &[("called", "critics")],
            ),
            (
                "What the senators did next surprised everyone.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn a_text_reads_its_quoted_wording_but_reading_a_text_is_no_cue() {
    run_group(
        "a text reads",
        &[
            (
                "\"We will not back down,\" read the statement.",
                "named",
                &[("read", "the statement")],
            ),
            (
                "The letter read: \"We will not back down.\"",
                "named",
                &[("read", "The letter")],
            ),
            ("The judge read the verdict aloud.", "none", &[]),
        ],
    );
}

#[test]
fn believing_in_something_and_asking_which_one_are_attributions() {
    run_group(
        "believe in, asked which",
        &[
            (
                "Most voters believe in a strong military.",
                "vague",
                &[("believe in", "Most voters")],
            ),
            (
                "We asked readers which candidate won the debate.",
                "named",
                &[("asked", "We")],
            ),
            // A relative "which" after the addressee opens no question.
            (
                "The mayor asked the council, which meets on Tuesdays.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn what_a_remark_is_about_may_stand_between_the_cue_and_that() {
    run_content_group(
        "said of X that",
        &[
            (
                "The chairman said of the meeting that it was productive.",
                &[("indirect", "that it was productive")],
            ),
            // "warned of" opens its content itself.
            (
                "The chairman warned of dangers that few had foreseen.",
                &[("indirect", "of dangers that few had foreseen")],
            ),
        ],
    );
}

#[test]
fn a_participial_phrase_after_a_source_is_no_part_of_it() {
    run_group(
        "SOURCE, speaking to …, said",
        &[
            (
                "Senator Ada Moss, touring a factory in Salem, said the bill would pass.",
                "named",
                &[("said", "Senator Ada Moss")],
            ),
            // A title in "-ing" and "including" stay in the source.
            (
                "Ann Ray, acting director of the agency, said the bill would pass.",
                "named",
                &[("said", "Ann Ray, acting director of the agency")],
            ),
            (
                "Several governors, including Ann Ray, said the bill would pass.",
                "named",
                &[("said", "Several governors, including Ann Ray")],
            ),
        ],
    );
}

#[test]
fn content_starting_inside_a_quotation_opened_sentences_before_starts_at_its_opening_mark() {
    run_content_group(
        "content reaching back to the opening mark",
        &[
            (
                "“Prices keep rising every month. Where does it end?” the minister said, according to the Times.",
                &[(
                    "mixed",
                    "“Prices keep rising every month. Where does it end?” the minister said",
                )],
            ),
            // Content that starts after a closed quotation stays where it starts.
            (
                "“We will win.” The council will vote on Monday, according to the mayor.",
                &[("indirect", "The council will vote on Monday")],
            ),
        ],
    );
}

#[test]
fn recall_takes_what_is_recalled_as_its_object() {
    run_group(
        "recall + object",
        &[
            (
                "Mayor Ann Ray recalled long talks with the governor.",
                "named",
                &[("recalled", "Mayor Ann Ray")],
            ),
            // A recall election is no cue.
            ("The recall vote is set for May.", "none", &[]),
        ],
    );
}

#[test]
fn the_antecedent_of_which_speaks_through_a_verb_with_a_clause() {
    run_content_group(
        "which said",
        &[
            (
                "The agency released new figures, which showed that unemployment rose.",
                &[("indirect", "that unemployment rose")],
            ),
            // The relative clause ends at its comma; the main clause is no content.
            (
                "The group, which said it had 500 members, marched to the capitol.",
                &[("indirect", "it had 500 members")],
            ),
            // A verb of stance after "which" is no speech of the thing.
            ("The plan, which calls for new taxes, passed.", &[]),
        ],
    );
}

#[test]
fn a_place_and_a_time_between_addressee_and_that_are_skipped() {
    run_content_group(
        "told a rally in a place on a day that",
        &[
            (
                "The mayor told a rally in Salem, Oregon on Monday that the plant would stay open.",
                &[("indirect", "that the plant would stay open")],
            ),
            (
                "The mayor told a rally in Salem, Oregon, on Monday that the plant would stay open.",
                &[("indirect", "that the plant would stay open")],
            ),
        ],
    );
}

#[test]
fn a_named_newspaper_after_a_comma_reports_what_stands_before() {
    run_group(
        "…, the newspaper X reports.",
        &[
            (
                "Three people died in the fire, the local newspaper El Diario reports.",
                "named",
                &[("reports", "the local newspaper El Diario")],
            ),
            // A plural noun at the end of a sentence is no cue.
            (
                "Prices rose sharply last year, mostly in the southern states.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn a_contact_clause_after_any_common_noun_stays_in_the_source() {
    run_group(
        "a contact clause after any common noun stays in the source",
        &[
            (
                "The engineers I interviewed said the bridge was safe.",
                "named",
                &[("said", "The engineers I interviewed")],
            ),
            // A clause of meeting that ends at a comma is no contact clause of the source.
            (
                "The day I met him, he said he was tired.",
                "named",
                &[("said", "he")],
            ),
        ],
    );
}

#[test]
fn a_past_spelt_like_its_base_ends_the_subject_before_its_object() {
    run_group(
        "a past spelt like its base ends the subject before its object",
        &[
            (
                "Over ten years, the mayor cut taxes, saying the city could afford it.",
                "named",
                &[("saying", "the mayor")],
            ),
            (
                "The governor put the plan on hold, arguing that it cost too much.",
                "named",
                &[("arguing", "The governor")],
            ),
            // As a noun at the end of a phrase it is no verb.
            (
                "The tax cut, she said, was too small.",
                "named",
                &[("said", "she")],
            ),
            // After a determiner or a preposition it is a modifier inside the source.
            (
                "“It will pass,” said a spokesman for the broadcast network.",
                "anonymous",
                &[("said", "a spokesman for the broadcast network")],
            ),
            (
                "“We are ready,” said the head of the broadcast union.",
                "named",
                &[("said", "the head of the broadcast union")],
            ),
        ],
    );
}

#[test]
fn a_quantifier_of_a_determined_group_after_the_cue_is_the_source() {
    run_group(
        "a quantifier of a determined group after the cue is the source",
        &[
            (
                "“It was a mistake,” said one of these aides.",
                "anonymous",
                &[("said", "one of these aides")],
            ),
            (
                "“We lost the vote,” said some of his aides.",
                "anonymous",
                &[("said", "some of his aides")],
            ),
            // Elsewhere a determiner after the head still ends the source.
            (
                "“Prices will fall,” said the minister this week.",
                "named",
                &[("said", "the minister")],
            ),
        ],
    );
}

#[test]
fn a_name_before_a_lower_case_title_and_a_name_stays_in_the_source() {
    run_group(
        "a name before a lower-case title and a name stays in the source",
        &[
            (
                "“We will appeal,” Trump lawyer Ann Bell said.",
                "named",
                &[("said", "Trump lawyer Ann Bell")],
            ),
            // A comma between them leaves the name to the clause before.
            (
                "Asked about Trump, lawyer Ann Bell said the case was weak.",
                "named",
                &[("Asked", ""), ("said", "lawyer Ann Bell")],
            ),
        ],
    );
}

#[test]
fn a_participle_opening_the_source_before_a_title_describes_the_speaker() {
    run_group(
        "a participle opening the source before a title describes the speaker",
        &[
            (
                "“It was a mistake,” retired general Ola Brandt said.",
                "named",
                &[("said", "retired general Ola Brandt")],
            ),
            // Inside a clause after the cue's source it stays a verb.
            (
                "“The club will grow,” said the coach who retired Ann Ray's shirt.",
                "named",
                &[("said", "the coach")],
            ),
        ],
    );
}

#[test]
fn a_dialogue_tag_after_a_quotation_makes_a_verb_outside_the_lexicon_a_cue() {
    run_group(
        "quote frames",
        &[
            (
                "“We will never give up,” a furious senator retaliated.",
                "anonymous",
                &[("retaliated", "a furious senator")],
            ),
            (
                "“You call that a plan?” the mayor chortled back.",
                "named",
                &[("chortled back", "the mayor")],
            ),
            (
                "“It is a disgrace,” she bristled. “Nobody asked us.”",
                "named named",
                &[("bristled", "she")],
            ),
            // The splitter ends a sentence after "!”": the tag reads the quotation before it.
            (
                "“Not again!” Ann Reyes sniffed.",
                "named named",
                &[("sniffed", "Ann Reyes")],
            ),
            // The tag before the quotation, a comma or colon leading into it.
            (
                "The minister blurted out, “We have no money left.”",
                "named",
                &[("blurted out", "The minister")],
            ),
            (
                "Ann Reyes sniffed: “Not again.”",
                "named",
                &[("sniffed", "Ann Reyes")],
            ),
            // The tag inverted, its subject after the verb.
            (
                "“We will be back,” retaliated the senator.",
                "named",
                &[("retaliated", "the senator")],
            ),
        ],
    );
}

#[test]
fn titles_things_events_and_longer_clauses_after_a_quotation_are_no_dialogue_tags() {
    run_group(
        "not quote frames",
        &[
            // No comma, "!" or "?" ends the quotation: a title.
            ("“Night Watch” the critics adored.", "none", &[]),
            // A thing cannot speak.
            (
                "“Home, sweet home,” the embroidered pillow glimmered.",
                "none",
                &[],
            ),
            // An event, not an utterance.
            ("“Chicago,” the band played.", "none", &[]),
            // The verb does not end the sentence.
            ("“Yes,” she nodded toward the door and left.", "none", &[]),
            // A name given with an auxiliary, and a thing that only looks like an agent noun.
            ("The film was titled, “Night Watch.”", "none", &[]),
            ("The old banner faded, “Welcome home.”", "none", &[]),
            // Inverted: an event, and a thing after the verb.
            ("“Cats,” opened the season.", "none", &[]),
            ("“Hello,” echoed the empty hall.", "none", &[]),
            // Inverted: a participle with its agent is a title's passive.
            (
                "“Night Shift,” created by Ann Cole, returned in May.",
                "none",
                &[],
            ),
            (
                "The podcast “Open Road,” hosted by Tom Hart, won an award.",
                "none",
                &[],
            ),
            // A text that opens on a comma and a verb has no quotation before it.
            (", smirked the aide.", "none", &[]),
        ],
    );
}

#[test]
fn a_badly_converted_letter_does_not_break_a_name_before_its_cue() {
    run_group(
        "mojibake names",
        &[
            (
                "Luis OrdoÃ±ez, the party’s treasurer, said the accounts were in order.",
                "named",
                &[("said", "Luis OrdoÃ±ez, the party’s treasurer")],
            ),
            (
                "“We have no deal,” Ana MuÃ\u{83}Â±oz added.",
                "named",
                &[("added", "Ana MuÃ\u{83}Â±oz")],
            ),
        ],
    );
}

#[test]
fn a_stance_received_from_someone_attributes_the_subject_to_the_giver() {
    run_group(
        "a stance received from someone attributes the subject to the giver",
        &[
            (
                "The new toll has drawn sharp criticism from farmers.",
                "vague",
                &[("drawn sharp criticism", "farmers")],
            ),
            (
                "Ann Ray won the backing of the nurses union on Monday.",
                "named",
                &[("won the backing", "the nurses union")],
            ),
            // Without a giver, or as a share of a poll, it is no attribution.
            ("The bill has drawn criticism.", "none", &[]),
            (
                "The slogan drew 20 percent support from voters in the poll.",
                "none",
                &[],
            ),
            (
                "She won the backing of 35 percent of the delegates.",
                "none",
                &[],
            ),
        ],
    );
}

#[test]
fn the_subject_owning_a_possessive_pronoun_is_the_noun_cues_source() {
    run_group(
        "the subject owning a possessive pronoun is the noun cue's source",
        &[
            (
                "Ms. Ray escalated her criticism of the plan on Tuesday.",
                "named",
                &[("criticism of", "Ms. Ray")],
            ),
            (
                "The union chiefs have now renewed their support for the merger.",
                "named",
                &[("support for", "The union chiefs")],
            ),
            // A singular pronoun does not stand for a plural subject: the pronoun stays.
            // Receiving or handling someone else's stance: the pronoun keeps its referent.
            (
                "The mayor received their support for the plan.",
                "named",
                &[("support for", "their")],
            ),
            (
                "The committee reviewed his proposal to cut taxes.",
                "named",
                &[("proposal", "his")],
            ),
            (
                "The voters cheered her plan to cut taxes.",
                "named",
                &[("plan", "her")],
            ),
        ],
    );
}

#[test]
fn a_document_with_the_participle_of_its_day_is_one_source() {
    run_group(
        "a document with the participle of its day is one source",
        &[
            (
                "The report released Monday said the river was polluted.",
                "named",
                &[("said", "The report released Monday")],
            ),
            (
                "“The river is dirty,” said the report released Monday.",
                "named",
                &[("said", "the report")],
            ),
            // A person before the day still speaks through the verb.
            (
                "Officials announced Monday that the river was polluted.",
                "anonymous",
                &[("announced", "Officials")],
            ),
        ],
    );
}

#[test]
fn a_quotation_opening_at_the_verb_of_an_infinitive_is_its_content() {
    run_content_group(
        "quoted infinitives",
        &[
            (
                "She vows to “protect this new law at any cost.”",
                &[("mixed", "to “protect this new law at any cost.”")],
            ),
            (
                "The governor pledged to “cut taxes for every family.”",
                &[("mixed", "to “cut taxes for every family.”")],
            ),
            // A quoted title or a quoted noun phrase after "to" opens no infinitive.
            ("He wants to “The Late Show” for a week.", &[]),
            ("She vowed to “the end” of the season.", &[]),
        ],
    );
}

#[test]
fn a_pronoun_opening_a_coordinated_source_stays_in_it() {
    run_group(
        "a pronoun opening a coordinated source stays in it",
        &[
            (
                "The show drew large audiences, he and Ms. Lopez said.",
                "named",
                &[("said", "he and Ms. Lopez")],
            ),
            // With no cue it is no source at all.
            ("When he and Ms. Lopez met, the talks failed.", "none", &[]),
        ],
    );
}

#[test]
fn a_line_naming_a_transcript_hands_over_the_quotation_after_it() {
    run_group(
        "record lines",
        &[
            (
                "Transcript as follows:\n\n“We came here to work. Nobody handed us a thing.\n\n“So we built it ourselves, and we will keep building.”",
                "named named named named",
                &[("as follows:", "Transcript")],
            ),
            (
                "Her remarks in full:\n\n“Thank you all for coming out in the rain tonight.”",
                "named named",
                &[("in full:", "Her remarks")],
            ),
        ],
    );
}

#[test]
fn a_line_with_a_verb_or_no_record_of_speech_or_a_labelled_transcript_hands_over_nothing_new() {
    run_group(
        "not record lines",
        &[
            // No record of speech: a menu item in quotation marks.
            (
                "Tonight at the diner:\n\n“Chef’s choice” with a side of greens.",
                "none none",
                &[],
            ),
            // The line is a whole sentence of the author's with a verb of its own.
            (
                "The transcript of the hearing runs to ninety pages and took weeks:\n\n“Exhibit A” comes first.",
                "none none",
                &[],
            ),
            // A transcript of several voices, each paragraph led by its speaker's label, is no
            // one voice's words.
            (
                "Partial transcript as follows:\n\n\"HOST: Good evening. What happened tonight?\n\n\"GOVERNOR: We won, and we won big.\"",
                "none none none none",
                &[],
            ),
        ],
    );
}
