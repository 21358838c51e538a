/**
 * schema.js: what the reader's settings look like in storage, their defaults, and how stored values
 * of any age or state are read.
 *
 * Why it exists: the popup, the options page and the content scripts read the same keys; one
 * definition keeps them agreeing, and reads every value leniently, so an older schema is still
 * understood and a corrupt value falls back to its default with a message instead of breaking.
 * A classic script (no module) so content scripts can load it too; exposes `NewsContext.schema`.
 *
 * Where each setting lives (and why):
 *   storage.sync  `enabled`  global on/off (follows the reader across devices)
 *   storage.sync  `show`     which marks to draw: {names, named, anonymous, vague, none}
 *   storage.local `disabledSites`  hosts where News Context is off (never leaves this device)
 *   storage.local `feedback` the reader's "hide" / "wrong person" choices, under opaque hashed keys
 *                            (no page text or address is stored; see lib/feedback.js)
 *   storage.local `legendCollapsed` whether the on-page legend is folded away
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});
  if (NC.schema) return;

  /** The mark families a reader can switch on and off: the preference key and the plan's mark kind. */
  const MARK_PREFS = Object.freeze([
    { pref: "names", kind: "name" },
    { pref: "named", kind: "claim-named" },
    { pref: "anonymous", kind: "claim-anonymous" },
    { pref: "vague", kind: "claim-vague" },
    { pref: "none", kind: "claim-none" },
  ]);

  /** At most this many feedback entries are kept; the oldest go first. */
  const FEEDBACK_LIMIT = 5000;
  /** The two things a reader can say about a mark. */
  const FEEDBACK_ACTIONS = Object.freeze(["hide", "wrong"]);

  const defaultShow = () => Object.fromEntries(MARK_PREFS.map((p) => [p.pref, true]));

  const DEFAULTS = Object.freeze({
    enabled: true,
    show: Object.freeze(defaultShow()),
    disabledSites: Object.freeze([]),
    feedback: Object.freeze({}),
  });

  const OFF_WORDS = new Set(["false", "0", "off", "no"]);
  const ON_WORDS = new Set(["true", "1", "on", "yes"]);

  /**
   * Each reader returns `{value, problem}`: `problem` is "" when the stored value was read as is
   * (or was absent), else a short English sentence for the console and the options page.
   */
  function readEnabled(v) {
    if (v === undefined || v === null) return { value: true, problem: v === null ? "the setting 'enabled' is empty; using the default (on)" : "" };
    if (typeof v === "boolean") return { value: v, problem: "" };
    // An older schema stored strings and numbers.
    const s = String(v).trim().toLowerCase();
    if (typeof v !== "object" && OFF_WORDS.has(s)) return { value: false, problem: "" };
    if (typeof v !== "object" && ON_WORDS.has(s)) return { value: true, problem: "" };
    return { value: true, problem: "the stored setting 'enabled' is unreadable; using the default (on)" };
  }

  function readSites(v) {
    if (v === undefined || v === null) return { value: [], problem: "" };
    // An older schema stored a comma- or space-separated string.
    const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,;]+/) : null;
    if (!list) return { value: [], problem: "the stored setting 'disabledSites' is unreadable; using the default (none)" };
    const hosts = list.filter((h) => typeof h === "string").map((h) => h.trim().toLowerCase()).filter(Boolean);
    const problem = list.some((h) => typeof h !== "string")
      ? "some entries of the stored setting 'disabledSites' are unreadable and were left out" : "";
    return { value: [...new Set(hosts)].sort(), problem };
  }

  function readShow(v) {
    const value = defaultShow();
    if (v === undefined || v === null) return { value, problem: "" };
    // An older form: the list of mark families shown.
    if (Array.isArray(v)) {
      for (const p of MARK_PREFS) value[p.pref] = v.includes(p.pref) || v.includes(p.kind);
      return { value, problem: "" };
    }
    if (typeof v !== "object") return { value, problem: "the stored setting 'show' is unreadable; showing every mark" };
    let bad = false;
    for (const p of MARK_PREFS) {
      if (!(p.pref in v)) continue;
      const r = readEnabled(v[p.pref]);
      if (r.problem) bad = true;
      else value[p.pref] = r.value;
    }
    return { value, problem: bad ? "parts of the stored setting 'show' are unreadable; those marks are shown" : "" };
  }

  function readFeedback(v) {
    if (v === undefined || v === null) return { value: {}, problem: "" };
    if (typeof v !== "object" || Array.isArray(v)) {
      return { value: {}, problem: "the stored 'hide' and 'wrong person' choices are unreadable and were reset" };
    }
    const value = {};
    let bad = false;
    for (const [k, e] of Object.entries(v)) {
      const action = e && typeof e === "object" ? e.a : e; // an older form stored the action alone
      if (/^[0-9a-z]{6,32}$/.test(k) && FEEDBACK_ACTIONS.includes(action)) {
        value[k] = { a: action, t: Number.isFinite(e && e.t) ? e.t : 0 };
      } else bad = true;
    }
    return { value, problem: bad ? "some stored 'hide' and 'wrong person' choices are unreadable and were left out" : "" };
  }

  /** Keeps the newest FEEDBACK_LIMIT entries. */
  function trimFeedback(feedback) {
    const entries = Object.entries(feedback);
    if (entries.length <= FEEDBACK_LIMIT) return feedback;
    entries.sort((a, b) => b[1].t - a[1].t);
    return Object.fromEntries(entries.slice(0, FEEDBACK_LIMIT));
  }

  /** Everything the readers above make of raw `sync` and `local` storage contents. */
  function readAll(sync, local) {
    const r = {
      enabled: readEnabled(sync && sync.enabled),
      show: readShow(sync && sync.show),
      disabledSites: readSites(local && local.disabledSites),
      feedback: readFeedback(local && local.feedback),
    };
    return {
      enabled: r.enabled.value,
      show: r.show.value,
      disabledSites: r.disabledSites.value,
      feedback: r.feedback.value,
      problems: Object.values(r).map((x) => x.problem).filter(Boolean),
    };
  }

  NC.schema = Object.freeze({
    MARK_PREFS, FEEDBACK_LIMIT, FEEDBACK_ACTIONS, DEFAULTS,
    readEnabled, readSites, readShow, readFeedback, readAll, trimFeedback,
  });
})(globalThis);
