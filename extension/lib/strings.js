/**
 * strings.js: the wording of the in-page UI (cards, legend, actions), taken from _locales.
 *
 * Why it exists: every string a reader sees lives in extension/_locales; the cards are shared with
 * the demo page, which has no extension API, so they ask here and fall back to their English
 * defaults when there is no answer. Card *content* (names, roles) comes from the plan; its line
 * labels are translated here by their stable `key`.
 * Exposes `NewsContext.localStrings() -> {...}` (only the strings the locale provides), and
 * `NewsContext.messages` (`message(name, substitutions)`, `preload(requests, texts)`, `REQUESTS`).
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

  /**
   * Messages read for this page by the background (`preload`), by name and substitutions. Why: a
   * content script's first `i18n.getMessage` is a synchronous round trip to the browser for the
   * locale's messages (several ms of the page's main thread, in the task that mounts the cards),
   * while the background has them at hand and answers with the plan.
   */
  const preloaded = new Map();
  const keyOf = (name, substitutions) =>
    [name, ...(substitutions === undefined ? [] : [].concat(substitutions))].join("\u0000");

  /** The locale's text of message `name` ("" when none): preloaded, or asked of the browser. */
  function message(name, substitutions) {
    const key = keyOf(name, substitutions);
    if (preloaded.has(key)) return preloaded.get(key);
    try {
      return (api && api.i18n && api.i18n.getMessage(name, substitutions)) || "";
    } catch (_) {
      return "";
    }
  }

  /** The `[name, substitutions]` of every message `localStrings()` asks for. */
  const REQUESTS = Object.freeze([
    ...Object.values(MESSAGES).map((name) => [name]),
    ["rolesAsOf", ["$DATE$"]],
    ...LINE_KEYS.map((key) => [`cardLine_${key}`]),
  ]);

  /** Keeps `texts[i]`, the background's answer to `requests[i]` (`[name, substitutions]`). */
  function preload(requests, texts) {
    if (!Array.isArray(requests) || !Array.isArray(texts) || requests.length !== texts.length) return;
    requests.forEach(([name, substitutions], i) => {
      if (typeof texts[i] === "string") preloaded.set(keyOf(name, substitutions), texts[i]);
    });
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
  NC.messages = Object.freeze({ message, preload, REQUESTS });
})(globalThis);
