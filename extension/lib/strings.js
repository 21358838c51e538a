/**
 * strings.js: the wording of the in-page UI (cards, legend, actions), taken from _locales.
 *
 * Why it exists: every string a reader sees lives in extension/_locales; the cards are shared with
 * the demo page, which has no extension API, so they ask here and fall back to their English
 * defaults when there is no answer. Card *content* (names, roles) comes from the plan; its line
 * labels are translated here by their stable `key`.
 * Exposes `NewsContext.localStrings() -> {...}` (only the strings the locale provides).
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});
  if (NC.localStrings) return;
  const api = global.browser || global.chrome;

  /** Card line keys (src/page/plan.rs CardLine::key) whose labels the locale translates. */
  const LINE_KEYS = Object.freeze(["since", "party", "about", "source", "via", "cue"]);

  /** String name in cards.js -> message name in _locales. */
  const MESSAGES = Object.freeze({
    legendTitle: "extName",
    legendLabel: "legendLabel",
    legendHide: "legendHide",
    legendShow: "legendShow",
    people: "kind_name",
    dateFromPage: "dateFromPage",
    dateToday: "dateToday",
    wikipedia: "wikipediaLink",
    actionHide: "cardActionHide",
    actionWrong: "cardActionWrong",
    actionsLabel: "cardActionsLabel",
    actionDone: "cardActionDone",
  });

  function message(name, substitutions) {
    try {
      return (api && api.i18n && api.i18n.getMessage(name, substitutions)) || "";
    } catch (_) {
      return "";
    }
  }

  function localStrings() {
    const out = {};
    for (const [k, name] of Object.entries(MESSAGES)) {
      const m = message(name);
      if (m) out[k] = m;
    }
    const rolesAsOf = message("rolesAsOf", ["$DATE$"]);
    if (rolesAsOf) out.rolesAsOf = rolesAsOf;
    const labels = {};
    for (const key of LINE_KEYS) {
      const m = message(`cardLine_${key}`);
      if (m) labels[key] = m;
    }
    if (Object.keys(labels).length) out.lineLabels = labels;
    return out;
  }

  NC.localStrings = localStrings;
})(globalThis);
