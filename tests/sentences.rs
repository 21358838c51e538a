//! Sentence splitting on news text: each group pins one behaviour of
//! `news_context::text::sentences::split_sentences`, as input paragraph → expected sentences.

use news_context::text::sentences::{split_sentences, SentenceSpan};
use proptest::prelude::*;

type Case = (&'static str, &'static [&'static str]);

/// The sentences of `text` as strings, after checking the invariants every output must keep.
fn sentences(text: &str) -> Vec<&str> {
    let spans = split_sentences(text);
    assert_invariants(text, &spans);
    spans.iter().map(|s| &text[s.start..s.end]).collect()
}

/// Runs a group, reporting every failing case at once.
fn run_group(group: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for (input, expected) in cases {
        let got = sentences(input);
        if got != *expected {
            failures.push(format!(
                "  input:    {input:?}\n  expected: {expected:?}\n  got:      {got:?}"
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

/// What every split must guarantee, whatever the input.
fn assert_invariants(text: &str, spans: &[SentenceSpan]) {
    let mut previous_end = 0;
    let mut previous_paragraph: Option<usize> = None;
    for span in spans {
        assert!(span.start < span.end, "empty sentence {span:?} in {text:?}");
        assert!(
            span.start >= previous_end,
            "overlap or disorder at {span:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "not on char boundaries: {span:?}"
        );
        let s = &text[span.start..span.end];
        assert!(!s.contains('\n'), "sentence crosses a line: {s:?}");
        let first = s.chars().next().unwrap();
        let last = s.chars().next_back().unwrap();
        assert!(
            !first.is_whitespace() && !last.is_whitespace(),
            "untrimmed sentence {s:?}"
        );
        let line = text[..span.start].matches('\n').count();
        let paragraph = text
            .split('\n')
            .take(line)
            .filter(|l| {
                l.chars()
                    .any(|c| !c.is_whitespace() && c != '\u{feff}' && c != '\u{200b}')
            })
            .count();
        assert_eq!(span.paragraph, paragraph, "wrong paragraph for {s:?}");
        if let Some(p) = previous_paragraph {
            assert!(span.paragraph >= p);
        }
        previous_paragraph = Some(span.paragraph);
        previous_end = span.end;
    }
    // Nothing but white space is left out.
    let mut covered = 0;
    for span in spans {
        assert!(
            text[covered..span.start]
                .chars()
                .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'),
            "text dropped before {span:?}"
        );
        covered = span.end;
    }
    assert!(
        text[covered..]
            .chars()
            .all(|c| c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}'),
        "text dropped at the end"
    );
}

// ---------------------------------------------------------------------------------------------
// The project's seed article
// ---------------------------------------------------------------------------------------------

const SEED_ARTICLE: &str = "MOSCOW.-Russia and its close ally Belarus reached out to embattled Venezuelan leader Nicolás Maduro on Thursdaywhile the President of the United States, Donald TrumpThe pressure to remove it increases, increasing the possibility that seek refuge abroad.
“We agreed that after resolving certain issues, you would take the time to meet with me and make the appropriate decision, which is within our competence. And if necessary, we would involve the president of Venezuela,” Lukashenko said.
“If this departure means he has to live in another country or ask for protection, then Colombia wouldn’t have to say no“, said the diplomat in an interview with Caracol Radio.
Although he offered him asylum, Villavicencio assured that Maduro might prefer to choose a “more remote and quiet” location. to live when you leave Caracas.
Putin’s support
The Trump administration has stated this does not recognize Maduro, who has been in power since 2013, as the legitimate president of Venezuela. Maduro claimed to have won re-election last year in an election that the United States and other Western governments called a farce. Independent observers claimed the opposition won overwhelmingly.
Russian Foreign Ministry spokeswoman Maria Zakharova told reporters on Thursday: “We hope so.” The White House manages to prevent the situation from slipping further into a major conflictwhich threatens to have unforeseeable consequences for the entire Western Hemisphere.”
In an interview with Politico this week, Trump said this Maduro’s days “are numbered”although he declined to say whether he would be willing to send U.S. troops to Venezuela.
Agencies Reuters, AFP and AP
";

#[rustfmt::skip]
const SEED_EXPECTED: &[&[&str]] = &[
    &["MOSCOW.-Russia and its close ally Belarus reached out to embattled Venezuelan leader Nicolás Maduro on Thursdaywhile the President of the United States, Donald TrumpThe pressure to remove it increases, increasing the possibility that seek refuge abroad."],
    &[
        "“We agreed that after resolving certain issues, you would take the time to meet with me and make the appropriate decision, which is within our competence.",
        "And if necessary, we would involve the president of Venezuela,” Lukashenko said.",
    ],
    &["“If this departure means he has to live in another country or ask for protection, then Colombia wouldn’t have to say no“, said the diplomat in an interview with Caracol Radio."],
    &["Although he offered him asylum, Villavicencio assured that Maduro might prefer to choose a “more remote and quiet” location. to live when you leave Caracas."],
    &["Putin’s support"],
    &[
        "The Trump administration has stated this does not recognize Maduro, who has been in power since 2013, as the legitimate president of Venezuela.",
        "Maduro claimed to have won re-election last year in an election that the United States and other Western governments called a farce.",
        "Independent observers claimed the opposition won overwhelmingly.",
    ],
    &[
        "Russian Foreign Ministry spokeswoman Maria Zakharova told reporters on Thursday: “We hope so.”",
        "The White House manages to prevent the situation from slipping further into a major conflictwhich threatens to have unforeseeable consequences for the entire Western Hemisphere.”",
    ],
    &["In an interview with Politico this week, Trump said this Maduro’s days “are numbered”although he declined to say whether he would be willing to send U.S. troops to Venezuela."],
    &["Agencies Reuters, AFP and AP"],
];

#[test]
fn seed_article_paragraph_by_paragraph() {
    let cases: Vec<Case> = SEED_ARTICLE
        .lines()
        .zip(SEED_EXPECTED.iter().copied())
        .collect();
    assert_eq!(cases.len(), 9);
    run_group("seed article", &cases);
}

#[test]
fn seed_article_as_a_whole() {
    let spans = split_sentences(SEED_ARTICLE);
    assert_invariants(SEED_ARTICLE, &spans);
    let got: Vec<(usize, &str)> = spans
        .iter()
        .map(|s| (s.paragraph, &SEED_ARTICLE[s.start..s.end]))
        .collect();
    let expected: Vec<(usize, &str)> = SEED_EXPECTED
        .iter()
        .enumerate()
        .flat_map(|(p, sentences)| sentences.iter().map(move |s| (p, *s)))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(spans.len(), 13);
}

// ---------------------------------------------------------------------------------------------
// Groups
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const ABBREVIATIONS_MID_SENTENCE: &[Case] = &[
    ("Sen. Marco Rubio said the U.S. would act.", &["Sen. Marco Rubio said the U.S. would act."]),
    ("Mr. Smith and Mrs. Jones met Dr. Brown and Ms. Lee.", &["Mr. Smith and Mrs. Jones met Dr. Brown and Ms. Lee."]),
    ("Gen. Mark Milley met Lt. Col. Alexander Vindman.", &["Gen. Mark Milley met Lt. Col. Alexander Vindman."]),
    ("Gov. Gavin Newsom and Rep. Nancy Pelosi spoke.", &["Gov. Gavin Newsom and Rep. Nancy Pelosi spoke."]),
    ("Capt. Jones and Sgt. Smith were hurt.", &["Capt. Jones and Sgt. Smith were hurt."]),
    ("Prof. Ivanov teaches in St. Petersburg.", &["Prof. Ivanov teaches in St. Petersburg."]),
    ("Martin Luther King Jr. was born in Atlanta.", &["Martin Luther King Jr. was born in Atlanta."]),
    ("Frank Sinatra Sr. and Jr. sang.", &["Frank Sinatra Sr. and Jr. sang."]),
    ("He works for Acme Inc. and lives in Ohio.", &["He works for Acme Inc. and lives in Ohio."]),
    ("Exxon Mobil Corp. reported earnings.", &["Exxon Mobil Corp. reported earnings."]),
    ("Samsung Co. Ltd. said on Friday that sales fell.", &["Samsung Co. Ltd. said on Friday that sales fell."]),
    ("He lives at No. 10 Downing Street.", &["He lives at No. 10 Downing Street."]),
    ("Brazil vs. Argentina ended in a draw.", &["Brazil vs. Argentina ended in a draw."]),
    ("They brought food, water, etc. and left.", &["They brought food, water, etc. and left."]),
    ("The talks began on Jan. 5 and ended on Feb. 2.", &["The talks began on Jan. 5 and ended on Feb. 2."]),
    ("The vote is set for Sept. 30, officials said.", &["The vote is set for Sept. 30, officials said."]),
    ("It happened in Aug. 2019 and again in Oct. 2020.", &["It happened in Aug. 2019 and again in Oct. 2020."]),
    ("Troops from the U.S. and the U.K. arrived.", &["Troops from the U.S. and the U.K. arrived."]),
    ("The U.N. Security Council met on Friday.", &["The U.N. Security Council met on Friday."]),
    ("The E.U. and the U.S. disagree.", &["The E.U. and the U.S. disagree."]),
    ("The U.S.-backed forces advanced.", &["The U.S.-backed forces advanced."]),
    ("The U.S., Britain and France agreed.", &["The U.S., Britain and France agreed."]),
    ("SAMSUNG ELECTRONICS CO. LTD. reported results.", &["SAMSUNG ELECTRONICS CO. LTD. reported results."]),
    ("Prime Minister Narendra Modi met Pres. Biden in Washington.", &["Prime Minister Narendra Modi met Pres. Biden in Washington."]),
    ("Shares of Tesla Inc. (TSLA.O) fell 3%. Tesla did not respond.", &["Shares of Tesla Inc. (TSLA.O) fell 3%.", "Tesla did not respond."]),
];

#[test]
fn abbreviations_do_not_end_sentences_mid_sentence() {
    run_group("abbreviations mid-sentence", ABBREVIATIONS_MID_SENTENCE);
}

#[rustfmt::skip]
const ABBREVIATIONS_BEFORE_STARTERS: &[Case] = &[
    ("He flew back to the U.S. The trip lasted a week.", &["He flew back to the U.S.", "The trip lasted a week."]),
    ("Sanctions were imposed by the U.S. But Russia shrugged them off.", &["Sanctions were imposed by the U.S.", "But Russia shrugged them off."]),
    ("The plan was approved by the E.U. It takes effect in May.", &["The plan was approved by the E.U.", "It takes effect in May."]),
    ("They met at the U.N. In a statement, both sides welcomed the talks.", &["They met at the U.N.", "In a statement, both sides welcomed the talks."]),
    ("She moved to the U.K. She never came back.", &["She moved to the U.K.", "She never came back."]),
    ("He works for Apple Inc. The company declined to comment.", &["He works for Apple Inc.", "The company declined to comment."]),
    ("They brought food, water, blankets, etc. The trucks left at dawn.", &["They brought food, water, blankets, etc.", "The trucks left at dawn."]),
    ("Elections are due in Nov. The opposition is divided.", &["Elections are due in Nov.", "The opposition is divided."]),
    ("The parade went down Main St. The crowd cheered.", &["The parade went down Main St.", "The crowd cheered."]),
    ("The meeting ended at 5 p.m. The leaders then left.", &["The meeting ended at 5 p.m.", "The leaders then left."]),
    ("It started at 9 a.m. We waited.", &["It started at 9 a.m.", "We waited."]),
    ("Troops went to the U.S. “We are ready,” he said.", &["Troops went to the U.S.", "“We are ready,” he said."]),
    ("She earned her Ph.D. at MIT. She then joined Google.", &["She earned her Ph.D. at MIT.", "She then joined Google."]),
];

#[test]
fn abbreviations_end_sentences_before_clear_starters() {
    run_group(
        "abbreviations before sentence starters",
        ABBREVIATIONS_BEFORE_STARTERS,
    );
}

#[rustfmt::skip]
const ABBREVIATIONS_BEFORE_NAMES: &[Case] = &[
    ("The meeting starts at 9 a.m. and ends at 5 p.m. on Friday.", &["The meeting starts at 9 a.m. and ends at 5 p.m. on Friday."]),
    ("The blast happened at 6 a.m. Police closed the road.", &["The blast happened at 6 a.m. Police closed the road."]),
    ("He spoke to the U.S. Congress on Monday.", &["He spoke to the U.S. Congress on Monday."]),
    ("Sen. The", &["Sen. The"]),
    ("A statement from Acme Inc. Chief Executive Jane Doe followed.", &["A statement from Acme Inc. Chief Executive Jane Doe followed."]),
];

#[test]
fn abbreviations_do_not_end_sentences_before_names() {
    run_group("abbreviations before names", ABBREVIATIONS_BEFORE_NAMES);
}

#[rustfmt::skip]
const INITIALS: &[Case] = &[
    ("John F. Kennedy was shot in Dallas.", &["John F. Kennedy was shot in Dallas."]),
    ("J.R.R. Tolkien wrote The Hobbit.", &["J.R.R. Tolkien wrote The Hobbit."]),
    ("George W. Bush met Vladimir V. Putin.", &["George W. Bush met Vladimir V. Putin."]),
    ("The author is J. K. Rowling.", &["The author is J. K. Rowling."]),
    ("He studied under E. O. Wilson at Harvard.", &["He studied under E. O. Wilson at Harvard."]),
    ("Washington, D.C. is the capital.", &["Washington, D.C. is the capital."]),
    ("They flew to Washington, D.C. The talks began at once.", &["They flew to Washington, D.C.", "The talks began at once."]),
    ("They prescribed vitamin C. The body needs it.", &["They prescribed vitamin C.", "The body needs it."]),
    ("Mr. A. B. Smith arrived.", &["Mr. A. B. Smith arrived."]),
    ("J.R.R.Tolkien was a professor.", &["J.R.R.Tolkien was a professor."]),
    ("Franklin D. Roosevelt and Harry S. Truman led the country.", &["Franklin D. Roosevelt and Harry S. Truman led the country."]),
    ("The letter was signed by H. L. Mencken.", &["The letter was signed by H. L. Mencken."]),
];

#[test]
fn initials_do_not_end_sentences() {
    run_group("initials", INITIALS);
}

#[rustfmt::skip]
const DECIMALS_AND_NUMBERS: &[Case] = &[
    ("Growth slowed to 3.5 percent in the third quarter.", &["Growth slowed to 3.5 percent in the third quarter."]),
    ("The index fell 0.7% to 1,234.56 points.", &["The index fell 0.7% to 1,234.56 points."]),
    ("Inflation reached 12.5%. The central bank raised rates.", &["Inflation reached 12.5%.", "The central bank raised rates."]),
    ("Version 2.0.1 was released.", &["Version 2.0.1 was released."]),
    ("The population was 1.000.000 in 1990.", &["The population was 1.000.000 in 1990."]),
    ("It rose by .5 percent.", &["It rose by .5 percent."]),
    ("The score was 3-1. Fans celebrated.", &["The score was 3-1.", "Fans celebrated."]),
    ("He was born in 1962. He studied law.", &["He was born in 1962.", "He studied law."]),
    ("Maduro has been in power since 2013. 2014 was worse.", &["Maduro has been in power since 2013.", "2014 was worse."]),
    ("The vote was 52.3 to 47.7. The result stands.", &["The vote was 52.3 to 47.7.", "The result stands."]),
    ("The deal was done. $3 billion changed hands.", &["The deal was done.", "$3 billion changed hands."]),
    ("The price rose 3.5percent.", &["The price rose 3.5percent."]),
    ("It was the No. 1 priority. No. 2 was defense.", &["It was the No. 1 priority.", "No. 2 was defense."]),
];

#[test]
fn decimals_and_numbers_with_dots() {
    run_group("decimals and numbers", DECIMALS_AND_NUMBERS);
}

#[rustfmt::skip]
const ELLIPSES: &[Case] = &[
    ("He paused ... and then continued.", &["He paused ... and then continued."]),
    ("We will fight… and we will win.", &["We will fight… and we will win."]),
    ("The people ... Maduro said, are tired.", &["The people ... Maduro said, are tired."]),
    ("He waited... Then he left.", &["He waited...", "Then he left."]),
    ("“I don’t know…” she said.", &["“I don’t know…” she said."]),
    ("“We will [...] defend our country,” he said.", &["“We will [...] defend our country,” he said."]),
    ("They said (…) Nothing more.", &["They said (…) Nothing more."]),
    ("Wait… What happened?", &["Wait…", "What happened?"]),
    ("And so on... But nobody listened.", &["And so on...", "But nobody listened."]),
    ("It was...? No answer came.", &["It was...?", "No answer came."]),
    ("He waited.. Then he left.", &["He waited..", "Then he left."]),
];

#[test]
fn ellipses_inside_and_between_sentences() {
    run_group("ellipses", ELLIPSES);
}

#[rustfmt::skip]
const URLS_AND_EMAILS: &[Case] = &[
    ("Read more at example.com and share it.", &["Read more at example.com and share it."]),
    ("Contact press@example.org for details.", &["Contact press@example.org for details."]),
    ("Visit www.Reuters.com for updates.", &["Visit www.Reuters.com for updates."]),
    ("The page is https://news.example.com/Politics/2024 today.", &["The page is https://news.example.com/Politics/2024 today."]),
    ("Write to john.Smith@example.com today.", &["Write to john.Smith@example.com today."]),
    ("He founded Amazon.Com in 1994.", &["He founded Amazon.Com in 1994."]),
    ("The report is on example.com. The ministry did not comment.", &["The report is on example.com.", "The ministry did not comment."]),
    ("See reuters.com/world/americas/ for details.", &["See reuters.com/world/americas/ for details."]),
];

#[test]
fn urls_and_emails_do_not_end_sentences() {
    run_group("urls and emails", URLS_AND_EMAILS);
}

#[rustfmt::skip]
const TERMINATORS_AND_CLOSERS: &[Case] = &[
    ("Is he leaving? Nobody knows.", &["Is he leaving?", "Nobody knows."]),
    ("Stop! Enough!", &["Stop!", "Enough!"]),
    ("Really?! Yes.", &["Really?!", "Yes."]),
    ("He asked why?? Then he left.", &["He asked why??", "Then he left."]),
    ("(The statement was later deleted.) Officials declined to comment.", &["(The statement was later deleted.)", "Officials declined to comment."]),
    ("She said: “We are ready.” The talks resumed.", &["She said: “We are ready.”", "The talks resumed."]),
    ("They finished [the work.] Then they left.", &["They finished [the work.]", "Then they left."]),
    ("He said 'we won.' Then he left.", &["He said 'we won.'", "Then he left."]),
    ("Wait!", &["Wait!"]),
    ("He said so. (Reuters)", &["He said so.", "(Reuters)"]),
    ("Why? Because.", &["Why?", "Because."]),
    ("The vote was 5-4. (Justice Kagan dissented.) The ruling stands.", &["The vote was 5-4.", "(Justice Kagan dissented.)", "The ruling stands."]),
];

#[test]
fn terminators_with_closing_quotes_and_brackets() {
    run_group("terminators and closers", TERMINATORS_AND_CLOSERS);
}

#[rustfmt::skip]
const QUOTES_AND_CUES: &[Case] = &[
    ("“We agreed. And if necessary, we would,” he said.", &["“We agreed.", "And if necessary, we would,” he said."]),
    ("“We hope so!” he said.", &["“We hope so!” he said."]),
    // A verb that introduces a quote of its own starts a sentence.
    ("He said it was “bad for farmers.” Moss says, “That is fair.”", &["He said it was “bad for farmers.”", "Moss says, “That is fair.”"]),
    ("“We hope so.” Zakharova said, adding that talks go on.", &["“We hope so.” Zakharova said, adding that talks go on."]),
    ("“We hope so.” said the diplomat.", &["“We hope so.” said the diplomat."]),
    ("“Is this the end?” asked the reporter.", &["“Is this the end?” asked the reporter."]),
    ("“We will win.” Lukashenko said.", &["“We will win.” Lukashenko said."]),
    ("“We will win.” Maria Zakharova told reporters.", &["“We will win.” Maria Zakharova told reporters."]),
    ("“We will win.” The minister said on Thursday.", &["“We will win.” The minister said on Thursday."]),
    ("“We hope so.” The White House manages to prevent it.", &["“We hope so.”", "The White House manages to prevent it."]),
    ("“We won.” He said the vote was fair.", &["“We won.”", "He said the vote was fair."]),
    ("\"We won.\" Then we left.", &["\"We won.\"", "Then we left."]),
    ("He said: \"We won.\" The crowd cheered.", &["He said: \"We won.\"", "The crowd cheered."]),
    ("“We won!”, he said.", &["“We won!”, he said."]),
    ("“It is over. We lost,” the minister said on Thursday.", &["“It is over.", "We lost,” the minister said on Thursday."]),
    ("“Enough!” Said the diplomat, leaving.", &["“Enough!” Said the diplomat, leaving."]),
    ("“We won.” J.D. Vance said.", &["“We won.” J.D. Vance said."]),
    ("“We won.” U.S. officials said on Friday.", &["“We won.” U.S. officials said on Friday."]),
    ("“Yes!!!” she said. “No???” he replied.", &["“Yes!!!” she said.", "“No???” he replied."]),
];

#[test]
fn quotes_split_inside_but_not_before_cues() {
    run_group("quotes and cues", QUOTES_AND_CUES);
}

#[rustfmt::skip]
const QUOTES_MISMATCHED: &[Case] = &[
    ("“If this ends, then Colombia wouldn’t say no“, said the diplomat.", &["“If this ends, then Colombia wouldn’t say no“, said the diplomat."]),
    ("”We are ready.” The army moved.", &["”We are ready.”", "The army moved."]),
    ("\"We are ready.” The army moved.", &["\"We are ready.”", "The army moved."]),
    ("“We are ready.“ The army moved.", &["“We are ready.“", "The army moved."]),
    ("“We are ready.\" The army moved.", &["“We are ready.\"", "The army moved."]),
    ("He said ”no.” Then he left.", &["He said ”no.”", "Then he left."]),
    ("“We are ready.“ the minister said.", &["“We are ready.“ the minister said."]),
    ("'We are ready.’ The army moved.", &["'We are ready.’", "The army moved."]),
    ("‘We are ready.’ The army moved.", &["‘We are ready.’", "The army moved."]),
];

#[test]
fn quotes_mismatched() {
    run_group("mismatched quotes", QUOTES_MISMATCHED);
}

#[rustfmt::skip]
const GUILLEMETS_AND_LOW_HIGH_QUOTES: &[Case] = &[
    ("«Nous sommes prêts.» Le ministre a parlé.", &["«Nous sommes prêts.»", "Le ministre a parlé."]),
    ("« Nous sommes prêts. » Le ministre a parlé.", &["« Nous sommes prêts. »", "Le ministre a parlé."]),
    ("»Wir sind bereit.« Der Minister sprach.", &["»Wir sind bereit.«", "Der Minister sprach."]),
    ("«Nous sommes prêts», a dit le ministre.", &["«Nous sommes prêts», a dit le ministre."]),
    ("«Estamos listos.» dijo el ministro.", &["«Estamos listos.» dijo el ministro."]),
    ("He said «we are ready.» Then he left.", &["He said «we are ready.»", "Then he left."]),
    ("„Wir sind bereit.“ Der Minister sprach.", &["„Wir sind bereit.“", "Der Minister sprach."]),
    ("„Wir sind bereit“, sagte der Minister.", &["„Wir sind bereit“, sagte der Minister."]),
    ("„Wir sind bereit.“ sagte der Minister.", &["„Wir sind bereit.“ sagte der Minister."]),
    ("Er sagte: „Nein.“ Dann ging er.", &["Er sagte: „Nein.“", "Dann ging er."]),
    ("Он сказал: «Мы готовы». Затем ушёл.", &["Он сказал: «Мы готовы».", "Затем ушёл."]),
];

#[test]
fn guillemets_and_low_high_quotes() {
    run_group(
        "guillemets and low-high quotes",
        GUILLEMETS_AND_LOW_HIGH_QUOTES,
    );
}

#[rustfmt::skip]
const DATELINES: &[Case] = &[
    ("MOSCOW.-Russia and its ally reached out. The talks continue.", &["MOSCOW.-Russia and its ally reached out.", "The talks continue."]),
    ("WASHINGTON (Reuters) — The president said on Friday he would act.", &["WASHINGTON (Reuters) — The president said on Friday he would act."]),
    ("LONDON, June 3 (AP) — Britain’s prime minister resigned. He will stay on until a successor is chosen.", &["LONDON, June 3 (AP) — Britain’s prime minister resigned.", "He will stay on until a successor is chosen."]),
    ("KYIV, Ukraine — Russian forces attacked overnight.", &["KYIV, Ukraine — Russian forces attacked overnight."]),
    ("BEIJING: China warned the U.S. on Monday.", &["BEIJING: China warned the U.S. on Monday."]),
    ("MOSCOW. Russia warned the West on Thursday.", &["MOSCOW. Russia warned the West on Thursday."]),
    ("PALO ALTO, Calif. (Reuters) - Apple said on Tuesday it would invest.", &["PALO ALTO, Calif. (Reuters) - Apple said on Tuesday it would invest."]),
    ("ST. LOUIS (AP) — A storm hit the city.", &["ST. LOUIS (AP) — A storm hit the city."]),
    ("NEW YORK — Stocks fell. Bonds rose.", &["NEW YORK — Stocks fell.", "Bonds rose."]),
    ("CARACAS, Venezuela (AP) — Maduro spoke. Crowds cheered.", &["CARACAS, Venezuela (AP) — Maduro spoke.", "Crowds cheered."]),
    ("ALBANY, N.Y. — The governor signed the bill.", &["ALBANY, N.Y. — The governor signed the bill."]),
    ("MOSCOW. - Russia said on Friday it would respond.", &["MOSCOW. - Russia said on Friday it would respond."]),
    ("WASHINGTON, Jan. 5 (Reuters) — The Senate voted.", &["WASHINGTON, Jan. 5 (Reuters) — The Senate voted."]),
    ("BRUSSELS.— The EU agreed.", &["BRUSSELS.— The EU agreed."]),
    ("OK. Then we left.", &["OK.", "Then we left."]),
    ("MOSCOW, Dec. 5 (Reuters). Russia said it was ready.", &["MOSCOW, Dec. 5 (Reuters). Russia said it was ready."]),
    ("HE SAID. HE LEFT.", &["HE SAID.", "HE LEFT."]),
];

#[test]
fn datelines_belong_to_the_following_sentence() {
    run_group("datelines", DATELINES);
}

#[rustfmt::skip]
const RUN_TOGETHER: &[Case] = &[
    ("Russia reached out on Thursdaywhile the President spoke.", &["Russia reached out on Thursdaywhile the President spoke."]),
    ("Donald TrumpThe pressure increases.", &["Donald TrumpThe pressure increases."]),
    ("It risks a major conflictwhich threatens the region.", &["It risks a major conflictwhich threatens the region."]),
    ("The days are “numbered”although he declined.", &["The days are “numbered”although he declined."]),
    ("The talks ended.The next round starts Monday.", &["The talks ended.", "The next round starts Monday."]),
    ("The talks ended.A new round starts Monday.", &["The talks ended.", "A new round starts Monday."]),
    ("It was over!The crowd cheered.", &["It was over!", "The crowd cheered."]),
    ("He asked why?Nobody answered.", &["He asked why?", "Nobody answered."]),
    ("She said “enough.”The crowd cheered.", &["She said “enough.”", "The crowd cheered."]),
    ("He left.\"The end,\" he wrote.", &["He left.", "\"The end,\" he wrote."]),
    ("He said \"no.\"Then he left.", &["He said \"no.\"", "Then he left."]),
    ("Troops left the U.S.The talks stalled.", &["Troops left the U.S.The talks stalled."]),
    ("Mr.Smith arrived.", &["Mr.Smith arrived."]),
    ("The framework is called Node.JS today.", &["The framework is called Node.JS today."]),
];

#[test]
fn run_together_words_and_glued_sentences() {
    run_group("run-together", RUN_TOGETHER);
}

#[rustfmt::skip]
const HEADLINES_AND_CREDITS: &[Case] = &[
    ("Putin’s support", &["Putin’s support"]),
    ("Agencies Reuters, AFP and AP", &["Agencies Reuters, AFP and AP"]),
    ("Russia Offers Maduro Asylum as U.S. Pressure Mounts", &["Russia Offers Maduro Asylum as U.S. Pressure Mounts"]),
    ("Photo: Reuters/Leonardo Fernandez Viloria", &["Photo: Reuters/Leonardo Fernandez Viloria"]),
    ("By JOHN SMITH and JANE DOE", &["By JOHN SMITH and JANE DOE"]),
    ("Trump Says U.S. Will Act", &["Trump Says U.S. Will Act"]),
    ("   Indented headline   ", &["Indented headline"]),
];

#[test]
fn headlines_and_credits_are_one_sentence() {
    run_group("headlines and credits", HEADLINES_AND_CREDITS);
}

#[rustfmt::skip]
const LOWERCASE_AFTER_PERIOD: &[Case] = &[
    ("Villavicencio assured that Maduro might prefer a “more remote and quiet” location. to live when you leave Caracas.", &["Villavicencio assured that Maduro might prefer a “more remote and quiet” location. to live when you leave Caracas."]),
    ("He left the room. and then he returned.", &["He left the room. and then he returned."]),
    ("The vote was close. some said too close.", &["The vote was close. some said too close."]),
    ("It ended. iPhone sales rose.", &["It ended. iPhone sales rose."]),
    ("See p. 12 of the report.", &["See p. 12 of the report."]),
    ("He said e.g. that it was over.", &["He said e.g. that it was over."]),
    ("It was done. “more to come” they said.", &["It was done. “more to come” they said."]),
];

#[test]
fn lowercase_after_period_continues_the_sentence() {
    run_group("lowercase after period", LOWERCASE_AFTER_PERIOD);
}

#[rustfmt::skip]
const BULLETS_AND_LISTS: &[Case] = &[
    ("• Russia reached out to Maduro.", &["• Russia reached out to Maduro."]),
    ("- The talks ended. A new round begins.", &["- The talks ended.", "A new round begins."]),
    ("* Key point one", &["* Key point one"]),
    ("1. The first point.", &["1. The first point."]),
    ("2) Another point. It matters.", &["2) Another point.", "It matters."]),
    ("• Prices rose 3.5%. Wages fell.", &["• Prices rose 3.5%.", "Wages fell."]),
    ("— Editor’s note. This story was updated.", &["— Editor’s note.", "This story was updated."]),
    ("iv. The fourth clause.", &["iv. The fourth clause."]),
    ("A. Introduction", &["A. Introduction"]),
];

#[test]
fn bullets_and_list_markers_stay_in_the_sentence() {
    run_group("bullets and lists", BULLETS_AND_LISTS);
}

#[rustfmt::skip]
const UNICODE_AND_ODD_INPUT: &[Case] = &[
    ("", &[]),
    ("   \t  ", &[]),
    (".", &["."]),
    ("?!", &["?!"]),
    ("...and", &["...and"]),
    ("“", &["“"]),
    ("Nicola\u{301}s Maduro spoke. Lukashenko agreed.", &["Nicola\u{301}s Maduro spoke.", "Lukashenko agreed."]),
    ("Great news 🎉. The team won.", &["Great news 🎉.", "The team won."]),
    ("We won. 🎉 Party time.", &["We won. 🎉 Party time."]),
    ("The \u{FFFD}\u{FFFD} text. Next one.", &["The \u{FFFD}\u{FFFD} text.", "Next one."]),
    ("Он сказал. Затем ушёл.", &["Он сказал.", "Затем ушёл."]),
    ("他说。然后他走了。", &["他说。", "然后他走了。"]),
    ("Η κυβέρνηση είπε. Η Ελλάδα συμφώνησε.", &["Η κυβέρνηση είπε.", "Η Ελλάδα συμφώνησε."]),
    ("Text.\r\rMore.", &["Text.", "More."]),
    ("\u{feff}Start here. End there.", &["Start here.", "End there."]),
    ("A\u{a0}sentence.\u{a0}Another one.", &["A\u{a0}sentence.", "Another one."]),
    ("Zero\u{200b}width. Spaces\u{200b}", &["Zero\u{200b}width.", "Spaces"]),
    (". . . .", &[". . . ."]),
    ("!!! Wow", &["!!! Wow"]),
];

#[test]
fn unicode_and_odd_input() {
    run_group("unicode and odd input", UNICODE_AND_ODD_INPUT);
}

const ALL_GROUPS: &[&[Case]] = &[
    ABBREVIATIONS_MID_SENTENCE,
    ABBREVIATIONS_BEFORE_STARTERS,
    ABBREVIATIONS_BEFORE_NAMES,
    INITIALS,
    DECIMALS_AND_NUMBERS,
    ELLIPSES,
    URLS_AND_EMAILS,
    TERMINATORS_AND_CLOSERS,
    QUOTES_AND_CUES,
    QUOTES_MISMATCHED,
    GUILLEMETS_AND_LOW_HIGH_QUOTES,
    DATELINES,
    RUN_TOGETHER,
    HEADLINES_AND_CREDITS,
    LOWERCASE_AFTER_PERIOD,
    BULLETS_AND_LISTS,
    UNICODE_AND_ODD_INPUT,
];

#[test]
fn at_least_120_cases() {
    let cases: usize = ALL_GROUPS.iter().map(|g| g.len()).sum::<usize>() + SEED_EXPECTED.len();
    assert!(cases >= 120, "only {cases} cases");
}

// ---------------------------------------------------------------------------------------------
// Paragraphs and line ends
// ---------------------------------------------------------------------------------------------

#[test]
fn paragraphs_are_indices_of_non_empty_lines() {
    let text =
        "Putin’s support\n\n   \nThe Kremlin said it was ready. Talks begin.\r\n\r\nAgencies";
    let spans = split_sentences(text);
    assert_invariants(text, &spans);
    let got: Vec<(usize, &str)> = spans
        .iter()
        .map(|s| (s.paragraph, &text[s.start..s.end]))
        .collect();
    assert_eq!(
        got,
        [
            (0, "Putin’s support"),
            (1, "The Kremlin said it was ready."),
            (1, "Talks begin."),
            (2, "Agencies")
        ]
    );
}

#[test]
fn crlf_is_one_break() {
    let text = "Line one.\r\nLine two.\r\n";
    let spans = split_sentences(text);
    assert_invariants(text, &spans);
    assert_eq!(
        spans,
        [
            SentenceSpan {
                start: 0,
                end: 9,
                paragraph: 0
            },
            SentenceSpan {
                start: 11,
                end: 20,
                paragraph: 1
            }
        ]
    );
}

#[test]
fn offsets_are_bytes_into_the_whole_text() {
    let text = "É. \nNicolás habló. Él se fue.";
    let spans = split_sentences(text);
    assert_invariants(text, &spans);
    let got: Vec<&str> = spans.iter().map(|s| &text[s.start..s.end]).collect();
    assert_eq!(got, ["É.", "Nicolás habló.", "Él se fue."]);
    assert_eq!(spans[1].start, "É. \n".len());
}

// ---------------------------------------------------------------------------------------------
// Robustness: big and pathological input, arbitrary strings
// ---------------------------------------------------------------------------------------------

#[test]
fn one_megabyte_lines_split_in_linear_time() {
    let started = std::time::Instant::now();
    let sentence = "The U.S. said Mr. Smith left at 5 p.m. “We agreed.” Lukashenko said. ";
    let text = sentence.repeat(1_000_000 / sentence.len());
    let spans = split_sentences(&text);
    assert_invariants_fast(&text, &spans);
    assert_eq!(spans.len(), 2 * (1_000_000 / sentence.len()));
    let junk = [
        "x".repeat(1_000_000),
        ".".repeat(1_000_000),
        "A.".repeat(100_000),
        "a.".repeat(100_000),
        "! ".repeat(100_000),
        "“".repeat(100_000),
        "é.É".repeat(50_000),
        "\"A.\"B".repeat(50_000),
        "Ab. ".repeat(50_000),
        "MOSCOW. ".repeat(50_000),
    ];
    for junk in junk {
        let spans = split_sentences(&junk);
        assert_invariants_fast(&junk, &spans);
    }
    assert!(
        started.elapsed().as_secs() < 60,
        "too slow: {:?}",
        started.elapsed()
    );
}

/// The invariants that are cheap to check on megabytes of text.
fn assert_invariants_fast(text: &str, spans: &[SentenceSpan]) {
    let mut previous_end = 0;
    for span in spans {
        assert!(span.start < span.end && span.start >= previous_end);
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        let s = &text[span.start..span.end];
        assert!(!s.contains('\n'));
        assert!(!s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace));
        previous_end = span.end;
    }
}

/// Characters news text is made of, with the awkward ones over-represented.
#[rustfmt::skip]
const NEWS_ALPHABET: &[char] = &[
    'a', 'e', 'z', 'A', 'T', 'U', 'S', 'I', 'M', 'r', '.', '.', '.', '!', '?', '…', ' ', ' ', ' ',
    '\n', '\r', '\t', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '(', ')', '[', ']',
    '-', '—', ':', ',', '•', '*', '@', '/', '0', '9', 'é', 'É', '\u{301}', '\u{fffd}', '\u{feff}',
    '\u{200b}', '\u{a0}', '😀', '中', '。', 'Ж', 'ж', 'ß',
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn invariants_hold_on_arbitrary_strings(text in "\\PC{0,200}") {
        assert_invariants(&text, &split_sentences(&text));
    }

    #[test]
    fn invariants_hold_on_any_chars(text in proptest::collection::vec(any::<char>(), 0..200)) {
        let text: String = text.into_iter().collect();
        assert_invariants(&text, &split_sentences(&text));
    }

    #[test]
    fn invariants_hold_on_news_like_strings(text in proptest::collection::vec(proptest::sample::select(NEWS_ALPHABET), 0..300)) {
        let text: String = text.into_iter().collect();
        assert_invariants(&text, &split_sentences(&text));
    }

    #[test]
    fn invariants_hold_on_shuffled_words(words in proptest::collection::vec(proptest::sample::select(&[
        "The", "U.S.", "Mr.", "said.", "“We", "won.”", "he", "said", "MOSCOW.-Russia", "3.5", "etc.", "…", "done.The",
        "a.m.", "J.R.R.", "WASHINGTON", "(Reuters)", "—", "«Oui.»", "„Ja.“", "example.com.", "?!", "•", "\n", "\r\n", "Lukashenko",
    ][..]), 0..60)) {
        let text = words.join(" ");
        assert_invariants(&text, &split_sentences(&text));
    }
}
