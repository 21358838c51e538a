//! The planner: a page [`Snapshot`] in, a [`Plan`] of marks, cards and a summary out.
//!
//! It finds the article ([`ArticleText`]), analyses its text at the page's date, and maps every
//! span back onto the text nodes it covers. Card wording is composed here, as plain text.

use crate::stable_sort;
use std::collections::HashMap;

use super::article::{ArticleText, NodeRole};
use super::plan::{Card, CardLine, Mark, Plan, SummaryPerson, SummaryQuoted};
use super::snapshot::Snapshot;
use crate::analysis::{Analysis, PersonRef, Span};
use crate::attribution;
use crate::engine::{analyze_with, Date};
use crate::people::kb::{KnowledgeBase, PersonRecord};
use crate::text::offsets::Utf16Index;

/// Format version of [`Plan`].
pub const PLAN_VERSION: u32 = 1;

/// Pages with more text than this (UTF-8 bytes of all the snapshot's text nodes) get their names
/// drawn as a CSS highlight instead of `<nc-mark>` elements ([`Plan::names_as_highlights`]).
/// Why: on a large page, any inline element inserted costs the page's next frame a relayout that
/// grows with the page, not with the change. Measured without the extension (`node
/// bench/dom-change-cost.mjs`: one name wrapped in an element vs one range added to a highlight,
/// the largest task's thread CPU in ms, median of 3, machine at load 12): 100 KB 5.2 / 4.5,
/// 300 KB 7.5 / 3.4, 600 KB 21.1 / 8.9, 1 MB 19.6 / 14.1, 2 MB 68.3 / 29.8, 5 MB 162 / 69. An element
/// passes a 16 ms frame between 300 and 600 KB; docs/performance-log.md, "Session 7".
pub const HIGHLIGHT_NAMES_ABOVE_BYTES: usize = 500_000;

/// Languages the engine reads; pages declaring another are left unmarked.
pub const SUPPORTED_LANGUAGES: &[&str] = &["en"];

/// Whether a page declaring `lang` (a BCP 47 tag such as "en-GB", or "" when the page declares
/// none) may be read: the planner and `make eval` must leave the same pages alone, so both ask here.
pub fn declared_language_supported(lang: &str) -> bool {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    primary.is_empty() || SUPPORTED_LANGUAGES.contains(&primary.as_str())
}

/// Plans the page with the compiled knowledge base.
pub fn plan(snapshot: &Snapshot) -> Result<Plan, String> {
    plan_with(KnowledgeBase::builtin(), snapshot)
}

/// The date roles resolve at: the page's publication date, else the browser's today.
/// Returns the date and where it came from (`"page"` or `"today"`).
pub fn article_date(snapshot: &Snapshot) -> Result<(Date, &'static str), String> {
    if let Ok(d) = Date::parse(&snapshot.published) {
        return Ok((d, "page"));
    }
    Date::parse(&snapshot.today)
        .map(|d| (d, "today"))
        .map_err(|_| "the snapshot has neither a publication date nor today's date".to_string())
}

/// Whether the page's names are drawn as highlights rather than elements: true for a page with
/// more text than [`HIGHLIGHT_NAMES_ABOVE_BYTES`], where one inserted element costs a frame.
pub fn names_as_highlights(snapshot: &Snapshot) -> bool {
    let mut bytes = 0;
    snapshot.nodes.iter().any(|n| {
        bytes += n.text.len();
        bytes > HIGHLIGHT_NAMES_ABOVE_BYTES
    })
}

/// Plans the page with a given knowledge base.
pub fn plan_with(kb: &KnowledgeBase, snapshot: &Snapshot) -> Result<Plan, String> {
    for n in &snapshot.nodes {
        if n.block >= snapshot.blocks.len() {
            return Err(format!(
                "a text node names block {} but the snapshot has {} blocks",
                n.block,
                snapshot.blocks.len()
            ));
        }
    }
    let (date, date_source) = article_date(snapshot)?;
    let mut plan = Plan {
        version: PLAN_VERSION,
        date: date.iso(),
        date_source: date_source.to_string(),
        names_as_highlights: names_as_highlights(snapshot),
        ..Plan::default()
    };
    if !declared_language_supported(&snapshot.lang) {
        plan.skipped_reason = format!(
            "the page's language ({}) is not supported yet; News Context reads English",
            snapshot.lang
        );
        return Ok(plan);
    }
    let article = ArticleText::from_snapshot(snapshot);
    if article.text.trim().is_empty() {
        plan.skipped_reason = "no article text was found on this page".to_string();
        return Ok(plan);
    }
    if !snapshot.reader_asked {
        if let Some(reason) = article.not_an_article(snapshot) {
            plan.skipped_reason = reason;
            return Ok(plan);
        }
    }
    if !crate::text::language::looks_english(&article.text) {
        plan.skipped_reason =
            "the article does not look like English, the only language News Context reads yet"
                .to_string();
        return Ok(plan);
    }
    let analysis = analyze_with(kb, &article.text, date);
    let index = Utf16Index::new(&article.text);

    // Person cards, one per person.
    let mut card_of_person: HashMap<&str, usize> = HashMap::new();
    for p in &analysis.people {
        card_of_person.insert(p.id.as_str(), plan.cards.len());
        plan.cards.push(person_card(kb, p, date));
    }
    let mut group = 0;
    for m in &analysis.mentions {
        let Some(&card) = card_of_person.get(m.person.as_str()) else {
            continue;
        };
        push_marks(
            &mut plan.marks,
            snapshot,
            &article,
            &index,
            &m.span,
            "name",
            card,
            group,
            &[NodeRole::Body, NodeRole::Heading, NodeRole::Caption],
        );
        group += 1;
    }
    // Claim marks, one card per claim.
    for s in &analysis.sentences {
        if s.kind != "claim" {
            continue;
        }
        let card = plan.cards.len();
        plan.cards.push(claim_card(&analysis, s));
        let kind = format!("claim-{}", s.attribution);
        push_marks(
            &mut plan.marks,
            snapshot,
            &article,
            &index,
            &s.span,
            &kind,
            card,
            group,
            &[NodeRole::Body],
        );
        group += 1;
        match s.attribution.as_str() {
            "named" => plan.summary.named += 1,
            "anonymous" => plan.summary.anonymous += 1,
            "vague" => plan.summary.vague += 1,
            _ => plan.summary.none += 1,
        }
    }
    stable_sort::sort_by_key(&mut plan.marks, |m| (m.node, m.start, m.end));
    plan.summary.people = summary_people(&analysis);
    plan.summary.quoted = summary_quoted(&analysis);
    Ok(plan)
}

/// Adds the marks for one analysis span, split over the nodes it covers.
#[allow(clippy::too_many_arguments)]
fn push_marks(
    marks: &mut Vec<Mark>,
    snapshot: &Snapshot,
    article: &ArticleText,
    index: &Utf16Index,
    span: &Span,
    kind: &str,
    card: usize,
    group: usize,
    roles: &[NodeRole],
) {
    let (start, end) = (index.to_byte(span.start), index.to_byte(span.end));
    for (node, from, to) in article.node_ranges(snapshot, start, end) {
        if !roles.contains(&article.node_roles[node]) {
            continue;
        }
        let text = &snapshot.nodes[node].text;
        let node_index = Utf16Index::new(text);
        // Trim white space at the edges of each piece.
        let piece = &text[from..to];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail >= piece.len() {
            continue;
        }
        marks.push(Mark {
            node,
            start: node_index.to_utf16(from + lead),
            end: node_index.to_utf16(to - trail),
            kind: kind.to_string(),
            card,
            group,
        });
    }
}

fn line(key: &str, label: &str, value: impl Into<String>) -> CardLine {
    CardLine {
        key: key.to_string(),
        label: label.to_string(),
        value: value.into(),
    }
}

/// "28 Nov 2025" from a date.
fn human_date(d: Date) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let c = d.code();
    format!(
        "{} {} {}",
        c % 100,
        MONTHS[(c / 100 % 100).clamp(1, 12) as usize - 1],
        c / 10000
    )
}

/// The year part of a `yyyymmdd` code, or "" when unknown.
fn year_of(code: u32) -> String {
    if code == 0 || code == u32::MAX {
        String::new()
    } else {
        (code / 10000).to_string()
    }
}

/// The English Wikipedia address of a title, percent-encoding what a URL path cannot hold.
pub fn wikipedia_url(title: &str) -> String {
    if title.is_empty() {
        return String::new();
    }
    let mut out = String::from("https://en.wikipedia.org/wiki/");
    for c in title.chars() {
        match c {
            ' ' => out.push('_'),
            c if c.is_alphanumeric() || "-_.,()'!*:~".contains(c) => out.push(c),
            c => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

/// The card for a person: from the knowledge base when known, else from the article.
fn person_card(kb: &KnowledgeBase, p: &PersonRef, date: Date) -> Card {
    let mut card = Card {
        kind: "person".into(),
        heading: p.name.clone(),
        person: p.id.clone(),
        ..Card::default()
    };
    let Some(record) = kb.by_id(&p.id) else {
        if let Some(role) = &p.role {
            card.lines.push(line("role", "Described as", role.clone()));
        }
        if let Some(c) = p.country.as_deref().and_then(|c| kb.country_by_iso(c)) {
            card.lines.push(line(
                "country",
                "Country",
                format!("{} {}", c.flag(), c.name()).trim().to_string(),
            ));
        }
        card.note = "Not in the knowledge base: described by this article.".into();
        return card;
    };
    fill_known_person(kb, record, date, &mut card);
    card
}

fn fill_known_person(kb: &KnowledgeBase, record: &PersonRecord, date: Date, card: &mut Card) {
    card.subheading = record
        .native_names()
        .next()
        .map(|s| s.to_string())
        .unwrap_or_default();
    let at = record.role_at(date);
    let latest = record.latest_role();
    match at {
        Some(r) => card
            .lines
            .push(line("role", &format!("On {}", human_date(date)), r.title())),
        None => card.lines.push(line(
            "role",
            &format!("On {}", human_date(date)),
            "no role on record at this date",
        )),
    }
    if let Some(l) = latest {
        let changed = at.is_none_or(|a| !std::ptr::eq(a, l)) || !l.is_open();
        if changed {
            let span = match (year_of(l.since()), l.is_open()) {
                (s, true) if !s.is_empty() => format!(
                    "{} (since {s}; as of {})",
                    l.title(),
                    human_date(Date::from_code(l.as_of()))
                ),
                (s, false) if !s.is_empty() => format!("{} {s}–{}", l.title(), year_of(l.until())),
                _ => l.title().to_string(),
            };
            // "President of Venezuela 2013–2026; at this article's date: in office".
            let status = if at.is_some_and(|a| std::ptr::eq(a, l)) || l.held_on(date) {
                "in office"
            } else if date.code() < l.since() {
                "not yet in office"
            } else if !l.is_open() && date.code() > l.until() {
                "no longer in office"
            } else {
                "not in this office"
            };
            card.lines.push(line(
                "role_now",
                "Latest",
                format!("{span}; at this article's date: {status}"),
            ));
        } else {
            // Unchanged since the article: say so, with the date the knowledge base vouches for.
            card.lines.push(line(
                "role_now",
                "Now",
                format!(
                    "still in office (as of {})",
                    human_date(Date::from_code(l.as_of()))
                ),
            ));
        }
    }
    if let Some(r) = at.or(latest) {
        if let Some(c) = (!r.country().is_empty())
            .then(|| kb.country_by_iso(r.country()))
            .flatten()
        {
            card.lines.push(line(
                "country",
                "Country",
                format!("{} {}", c.flag(), c.name()).trim().to_string(),
            ));
        } else if let Some(o) = (!r.org().is_empty()).then(|| kb.org(r.org())).flatten() {
            card.lines.push(line("country", "Organisation", o.name()));
        }
        if !r.since_text().is_empty() {
            card.lines
                .push(line("since", "In office since", r.since_text()));
        }
    }
    if !record.party().is_empty() {
        card.lines.push(line("party", "Party", record.party()));
    }
    let description = record.description();
    if !description.is_empty() {
        card.lines.push(line("about", "About", description));
    }
    if let Some(r) = at.or(latest) {
        let source = kb.source(r.source()).map_or(r.source(), |s| s.title());
        card.note = format!(
            "As of {} · Source: {}",
            human_date(Date::from_code(r.as_of())),
            source
        );
    }
    card.link = wikipedia_url(record.wikipedia());
}

/// The card for a claim: its source kind, source, cue and medium.
///
/// The subheading says it in one line, as a reader would ("Lukashenko, via Belta: told"), so the
/// card explains the mark before the reader reads the labelled lines.
fn claim_card(analysis: &Analysis, s: &crate::analysis::Sentence) -> Card {
    let heading = match s.attribution.as_str() {
        "named" => "Named source",
        "anonymous" => "Anonymous source",
        "vague" => "Vague source",
        _ => "No source stated",
    };
    let mut card = Card {
        kind: "claim".into(),
        heading: heading.into(),
        ..Card::default()
    };
    if s.attribution == "none" {
        card.subheading = "No source stated in this article.".into();
        card.note = "No source stated in this article.".into();
        return card;
    }
    let speaker = s
        .source_person
        .as_deref()
        .and_then(|id| analysis.people.iter().find(|p| p.id == id));
    let quote = analysis
        .quotes
        .iter()
        .find(|q| q.cue.is_some() && q.cue == s.cue);
    let who = match (speaker, &s.source) {
        (Some(p), _) => p.name.clone(),
        (None, Some(src)) => src.text.clone(),
        _ => String::new(),
    };
    let via = quote.and_then(|q| q.via.as_ref()).map(|v| v.text.clone());
    let cue = s.cue.as_ref().map(|c| c.text.clone());
    let mut summary = who.clone();
    if let Some(v) = &via {
        summary = if summary.is_empty() {
            format!("via {v}")
        } else {
            format!("{summary}, via {v}")
        };
    }
    if let Some(c) = &cue {
        summary = if summary.is_empty() {
            c.clone()
        } else {
            format!("{summary}: {c}")
        };
    }
    card.subheading = summary;
    if !who.is_empty() {
        card.lines.push(line("source", "Source", who));
    }
    if let Some(v) = via {
        card.lines.push(line("via", "Medium", v));
    }
    if let Some(c) = cue {
        card.lines.push(line("cue", "Cue", c));
    }
    card
}

fn summary_people(analysis: &Analysis) -> Vec<SummaryPerson> {
    let mut out: Vec<SummaryPerson> = analysis
        .people
        .iter()
        .map(|p| SummaryPerson {
            id: p.id.clone(),
            name: p.name.clone(),
            role: p.role.clone().unwrap_or_default(),
            mentions: analysis
                .mentions
                .iter()
                .filter(|m| m.person == p.id)
                .count(),
        })
        .filter(|p| p.mentions > 0)
        .collect();
    stable_sort::sort_by_key(&mut out, |p| std::cmp::Reverse(p.mentions));
    out
}

/// Who is quoted, how often and with which cue verbs: only speech and writing (a direct or
/// mixed quote, or a cue such as "said" or "according to"), not beliefs or stances, and never
/// an unresolved pronoun ("he"), which names no one.
fn summary_quoted(analysis: &Analysis) -> Vec<SummaryQuoted> {
    let mut out: Vec<SummaryQuoted> = Vec::new();
    for q in &analysis.quotes {
        let speech = q.kind != "indirect"
            || q.cue
                .as_ref()
                .is_some_and(|c| attribution::cues::is_speech_cue(&c.text));
        if !speech {
            continue;
        }
        let name = match (&q.speaker, &q.source) {
            (Some(id), _) => analysis
                .people
                .iter()
                .find(|p| &p.id == id)
                .map_or(id.clone(), |p| p.name.clone()),
            (None, Some(s)) if !is_pronoun(&s.text) => s.text.clone(),
            _ => continue,
        };
        let cue = q.cue.as_ref().map(|c| c.text.to_lowercase());
        let entry = match out.iter_mut().position(|e| e.name == name) {
            Some(i) => &mut out[i],
            None => {
                out.push(SummaryQuoted {
                    name,
                    quotes: 0,
                    cues: Vec::new(),
                });
                out.last_mut().expect("just pushed")
            }
        };
        entry.quotes += 1;
        if let Some(c) = cue {
            if !entry.cues.contains(&c) {
                entry.cues.push(c);
            }
        }
    }
    stable_sort::sort_by_key(&mut out, |q| std::cmp::Reverse(q.quotes));
    out
}

/// True for a source that is only a pronoun ("he", "They", the "who" of "Cruz, who said"): it
/// names no one in a list.
fn is_pronoun(source: &str) -> bool {
    let w = source.trim().to_lowercase();
    [
        attribution::sources::PERSON_PRONOUNS,
        attribution::sources::GROUP_PRONOUNS,
        attribution::sources::FIRST_PERSON_PRONOUNS,
        attribution::sources::RELATIVE_SOURCE_PRONOUNS,
    ]
    .iter()
    .any(|list| list.contains(&w.as_str()))
}
