//! Quote frames: a verb the lexicon does not know, made a cue by where it stands.
//!
//! Why it exists: a dialogue tag after a quotation ("“Not again!” the coach groaned.", "“That is
//! false,” an angry minister retorted back.") reports speech whatever its verb; writers vary
//! these verbs endlessly, so no lexicon holds them all. The frame is narrow so that titles and
//! events stay out. After the quotation: it closes on a comma, "!" or "?", the subject is a
//! short phrase that can speak (a name, a pronoun, a person noun: not "the musical", nor a
//! document, whose verbs are the lexicon's "read" and "says"), and the past-tense verb (with at
//! most one particle) ends the sentence. Before it ("The minister blurted out, “…”"): the
//! subject opens the clause, no auxiliary comes before the verb ("was titled, “…”"), and a
//! comma or colon leads straight into the quotation. Inverted ("“…!” beamed a fan from Ohio"):
//! the verb right after such a quotation, a speaking subject right after the verb.

use super::clauses::skip_back_auxiliaries;
use super::verbs::source_opens_clause;
use super::*;

// ---------------------------------------------------------------------------------------------
// Tunable tables
// ---------------------------------------------------------------------------------------------

/// Particles a frame verb may take before the sentence ends ("she shot *back*", "he blurted
/// *out*").
pub const FRAME_PARTICLES: &[&str] = &["back", "out", "up", "in", "aloud", "again", "off"];

/// Punctuation that ends a quotation spoken as a line of dialogue, inside or right after its
/// closing mark ("“…*,*” she …", "“…*!*” he …"); a quotation that just stops ("“Cats” opened")
/// is a title.
pub const FRAME_QUOTE_ENDINGS: &[char] = &[',', '!', '?'];

/// Most words in the subject of a frame: a dialogue tag's subject is short ("an angry
/// minister"); a longer phrase is more likely a clause of the author's.
pub const MAX_FRAME_SUBJECT_WORDS: usize = 5;

/// Fewest letters in a frame verb ("aged", "bed" are no verbs of saying).
pub const MIN_FRAME_VERB_LETTERS: usize = 5;

/// Past forms that tell an event, not an utterance, even after a quotation and a person:
/// "“Home,” the band played.", "“Cats,” she directed."
pub const NON_SPEECH_FRAME_VERBS: &[&str] = &[
    "appeared",
    "arrived",
    "directed",
    "ended",
    "failed",
    "followed",
    "happened",
    "opened",
    "passed",
    "performed",
    "played",
    "premiered",
    "produced",
    "published",
    "released",
    "returned",
    "starred",
    "started",
    "walked",
    "worked",
];

/// The verb a frame reads: speech that takes only the quotation as its content. Its lemma is
/// in no table, so an unknown common noun does not speak through it (a person noun does).
static FRAME_VERB: CueVerb = CueVerb {
    lemma: "",
    third: "",
    past: "",
    participle: "",
    ing: "",
    flags: SPEECH | QUOTE_ONLY,
    particles: FRAME_PARTICLES,
};

/// True when the phrase `ss..se` is a source a frame verb may have: a name, a pronoun or a
/// noun of the source tables ("the mayor", "an aide"), not a document, nor a noun that only
/// looks like an agent ("the old banner").
fn speaks_in_a_frame(doc: &Doc, ss: usize, se: usize, clause_start: usize) -> bool {
    !classify(doc, ss, se, clause_start).not_a_source && !is_document(doc, ss, se)
}

/// True when the quotation closing at token `close` ends in a comma, "!" or "?" inside its
/// mark ("“…,”", "“…!”"): a line of dialogue, not a title.
fn ends_a_line_of_dialogue(doc: &Doc, close: usize) -> bool {
    let mark = doc.close_mark_start(close);
    mark > 0 && doc.punct(mark - 1, FRAME_QUOTE_ENDINGS)
}

impl<'d, 'a> Finder<'d, 'a> {
    /// “CONTENT[,!?]” SUBJECT VERBED[ particle]. / SUBJECT VERBED[ particle][,:] “CONTENT” —
    /// token `i` is a past-tense word that is no cue of the lexicon; reads it as a speech cue
    /// when either frame holds.
    pub(super) fn quote_frame(&mut self, si: usize, i: usize) {
        let doc = self.doc;
        let w = doc.w(i);
        if !doc.is_word(i)
            || doc.cap(i)
            || !w.ends_with("ed")
            || w.chars().count() < MIN_FRAME_VERB_LETTERS
            || is_in(NON_SPEECH_FRAME_VERBS, w)
            || self.quotes.inside.get(i).is_some_and(|&q| q != u32::MAX)
        {
            return;
        }
        let mut end = i + 1;
        if is_in(FRAME_PARTICLES, doc.w(end)) && doc.is_word(end) {
            end += 1;
        }
        if !self.tag_after_quotation(si, i, end)
            && !self.tag_before_quotation(si, i, end)
            && !self.inverted_tag(si, i, end)
        {
            return;
        }
        self.cue_verb(
            si,
            i,
            CueWord {
                verb: &FRAME_VERB,
                form: Form::Past,
            },
        );
    }

    /// “CONTENT[,!?]” SUBJECT VERBED[ particle]. — the verb at `i` (with its particle, up to
    /// `end`) ends the sentence, after a short speaking subject right after the quotation.
    fn tag_after_quotation(&self, si: usize, i: usize, end: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if (end..s.t1).any(|k| doc.is_word(k)) || !(end..s.t1).any(|k| doc.punct(k, TERMINATORS)) {
            return false;
        }
        // The subject stands right after a quotation that ends a line of dialogue, in this
        // sentence or ending the one before in the paragraph ("“Not again!” ¶ Ann sniffed." is
        // split after "!”").
        let Some(close) = (s.t0.saturating_sub(1)..i)
            .rev()
            .find(|&k| matches!(self.quotes.roles[k], MarkRole::Close(_)))
            .filter(|&k| doc.same_para(k, i))
        else {
            return false;
        };
        let comma_after = doc.punct(close + 1, &[',']);
        let start = close + 1 + usize::from(comma_after);
        if start >= i || !(comma_after || ends_a_line_of_dialogue(doc, close)) {
            return false;
        }
        let Some((ss, se)) = source_before(doc, start, i) else {
            return false;
        };
        ss == start
            && se == i
            && (ss..se).filter(|&k| doc.is_word(k)).count() <= MAX_FRAME_SUBJECT_WORDS
            && speaks_in_a_frame(doc, ss, se, s.body)
    }

    /// SUBJECT VERBED[ particle][,:] “CONTENT” — the subject that opens the clause, with no
    /// auxiliary before the verb at `i` ("was titled, “…”" is a name), and a quotation opening
    /// right after the comma or colon at `end`.
    fn tag_before_quotation(&self, si: usize, i: usize, end: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if !doc.punct(end, &[',', ':'])
            || !matches!(self.quotes.roles.get(end + 1), Some(MarkRole::Open(_)))
            || i <= s.body
            || skip_back_auxiliaries(doc, s.body, i) != i
        {
            return false;
        }
        let Some((ss, se)) = source_before(doc, s.body, i) else {
            return false;
        };
        se == i && source_opens_clause(doc, s, ss) && speaks_in_a_frame(doc, ss, se, s.body)
    }

    /// “CONTENT[,!?]” VERBED[ particle] SUBJECT — the verb at `i` right after a quotation that
    /// ends a line of dialogue ("“…!” beamed a fan from Ohio"), its subject after it.
    fn inverted_tag(&self, si: usize, i: usize, end: usize) -> bool {
        let doc = self.doc;
        let s = &doc.sents[si];
        if i <= s.body {
            return false;
        }
        // A comma before the verb stands after the closing mark; none opens the text.
        let Some(close) = i.checked_sub(if doc.punct(i - 1, &[',']) { 2 } else { 1 }) else {
            return false;
        };
        if !matches!(self.quotes.roles.get(close), Some(MarkRole::Close(_))) {
            return false;
        }
        // "“The Crown,” created by …", "“Serial,” hosted by …": a participle with its agent is
        // a title's passive, not a dialogue tag.
        if doc.w(end) == "by" {
            return false;
        }
        if !(close + 1 < i || ends_a_line_of_dialogue(doc, close)) {
            return false;
        }
        source_after(doc, end, s.t1, true)
            .is_some_and(|(ss, se)| ss == end && speaks_in_a_frame(doc, ss, se, s.body))
    }
}
