//! What the extension should do to a page: the marks to draw, the cards they open, and a summary.
//!
//! The JS applier follows a [`Plan`] mechanically. Everything a reader sees in a card is written
//! here as plain text, so the JS never composes wording and never needs markup.

use serde::{Deserialize, Serialize};

/// The planner's answer for one [`super::Snapshot`].
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Plan {
    /// Format version of this structure; bumped only when a field changes meaning.
    pub version: u32,
    /// The date roles were resolved at (`YYYY-MM-DD`).
    pub date: String,
    /// Where the date came from: `"page"` (the page states it) or `"today"`.
    pub date_source: String,
    /// Why nothing was marked, when nothing was (e.g. an unsupported language); empty otherwise.
    pub skipped_reason: String,
    /// Ranges to mark, ordered by node then start; ranges never overlap within a kind family
    /// (names among names, claims among claims).
    pub marks: Vec<Mark>,
    /// Cards referenced by [`Mark::card`].
    pub cards: Vec<Card>,
    /// The article's sourcing at a glance.
    pub summary: Summary,
    /// How the page draws the `name` marks: `false` (the usual case, and what an older plan without
    /// the field means) as `<nc-mark>` elements the reader can hover and focus; `true` as ranges of
    /// a CSS highlight, with no element inserted, as the claims are. Set by the planner on pages so
    /// large that any inline element costs the next frame more than its budget
    /// (`planner::HIGHLIGHT_NAMES_ABOVE_BYTES`). Written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub names_as_highlights: bool,
}

/// For `skip_serializing_if`: a flag is written only when it is set.
fn is_false(flag: &bool) -> bool {
    !*flag
}

/// One range of one text node to mark.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Mark {
    /// Index into [`super::Snapshot::nodes`].
    pub node: usize,
    /// Start, in UTF-16 code units into that node's text.
    pub start: usize,
    /// End (exclusive), in UTF-16 code units.
    pub end: usize,
    /// `name`, or a claim kind: `claim-named`, `claim-anonymous`, `claim-vague`, `claim-none`.
    pub kind: String,
    /// Index into [`Plan::cards`] of the card this mark opens.
    pub card: usize,
    /// Marks that share a group belong to one mention or one sentence split across nodes.
    pub group: usize,
}

/// A card's content: a heading, labelled lines and an optional link, all plain text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Card {
    /// `person` or `claim`.
    pub kind: String,
    /// The card's title: a person's name, or a claim's source kind ("Named source").
    pub heading: String,
    /// A short line under the heading: native-script name, or the flag and country.
    pub subheading: String,
    /// Labelled facts in display order.
    pub lines: Vec<CardLine>,
    /// A note at the foot: "as of" and source, or "Described by this article".
    pub note: String,
    /// An `https://en.wikipedia.org/wiki/...` address, or empty. Never any other kind of URL.
    pub link: String,
    /// The people id this card is about (for "wrong person" feedback), empty for claims.
    pub person: String,
}

/// One labelled fact on a card.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct CardLine {
    /// Stable key for styling and translation (`role`, `role_now`, `country`, `since`, `party`,
    /// `about`, `source`, `cue`, `via`, …).
    pub key: String,
    /// The English label shown before the value.
    pub label: String,
    /// The value, plain text.
    pub value: String,
}

/// Counts for the popup and the demo page's legend.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    /// Claims whose source is named.
    pub named: usize,
    /// Claims attributed to anonymous sources.
    pub anonymous: usize,
    /// Claims attributed to vague sources.
    pub vague: usize,
    /// Claims with no source stated.
    pub none: usize,
    /// People mentioned, most mentioned first.
    pub people: Vec<SummaryPerson>,
    /// Who is quoted, most often first.
    pub quoted: Vec<SummaryQuoted>,
}

/// A person in the summary.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SummaryPerson {
    /// People id (Wikidata Q-id, or `article:<slug>`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Role at the article's date, or empty.
    pub role: String,
    /// Number of mentions.
    pub mentions: usize,
}

/// A quoted source in the summary.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct SummaryQuoted {
    /// The source as a reader would name it (person's name, or the source phrase).
    pub name: String,
    /// How many quotes are attributed to it.
    pub quotes: usize,
    /// The cue verbs used, distinct, in order of first use.
    pub cues: Vec<String>,
}
