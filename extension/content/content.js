/**
 * content.js: the small orchestrator that runs in every page (after lib/snapshot.js, lib/applier.js
 * and lib/cards.js, which it finds on `globalThis.NewsContext`).
 *
 * Why it exists: to connect settings, the page and the background's wasm, and nothing more.
 * It reads the settings, takes the snapshot, asks the background for a plan (`nc:plan`), applies it,
 * and mounts the cards. When the extension is switched off for this site or globally, it restores
 * the open tab at once; switched on again, it annotates again (never twice: the previous drawing is
 * always undone first). Any failure leaves the page untouched and logs one console.info line.
 */
(function () {
  "use strict";
  const NC = globalThis.NewsContext;
  const api = globalThis.browser || globalThis.chrome;
  if (!NC || !api || !api.runtime || NC.contentStarted) return;
  NC.contentStarted = true;
  // A page that runs News Context itself (the demo page) says so; two drawings would fight.
  if (document.querySelector('meta[name="news-context"][content="self-annotating"]')) return;

  const host = location.hostname;
  const state = {
    handle: null, // the applier's handle while the page is annotated
    cards: null, // the cards' controller
    plan: null, // the last plan applied, for the popup's summary
    generation: 0, // bumped on every switch, so a late answer for an old request is dropped
    status: "idle", // idle | off | working | done | failed
    reason: "",
  };

  function say(message, detail) {
    console.info(`News Context: ${message}`, detail === undefined ? "" : detail);
  }

  function msg(name, fallback, substitutions) {
    try {
      return (api.i18n && api.i18n.getMessage(name, substitutions)) || fallback;
    } catch (_) {
      return fallback;
    }
  }

  function cardStrings() {
    const kindLabels = {};
    for (const k of NC.styles.KINDS) {
      kindLabels[k.kind] = msg(`kind_${k.kind.replace("-", "_")}`, k.label);
    }
    return {
      legendTitle: msg("extName", "News Context"),
      legendLabel: msg("legendLabel", "News Context legend"),
      legendHide: msg("legendHide", "Hide"),
      legendShow: msg("legendShow", "Legend"),
      people: msg("kind_name", "Person (hover or focus for a card)"),
      rolesAsOf: msg("rolesAsOf", "Roles as of $DATE$", ["$DATE$"]),
      dateFromPage: msg("dateFromPage", "the article's date"),
      dateToday: msg("dateToday", "today"),
      wikipedia: msg("wikipediaLink", "Wikipedia article"),
      kindLabels,
    };
  }

  /**
   * The settings as stored, read leniently: an older schema (`disabledSites` as a comma- or
   * space-separated string, `enabled` as "false"/0) is understood; anything else unreadable falls
   * back to the default (on, no site switched off) with one console line.
   */
  function readEnabled(v) {
    if (v === undefined || typeof v === "boolean") return v !== false;
    if (v === "false" || v === 0 || v === "0" || v === "off") return false;
    if (v === "true" || v === 1 || v === "1" || v === "on") return true;
    say("the stored setting 'enabled' is unreadable; using the default (on):", v);
    return true;
  }

  function readSites(v) {
    if (v === undefined || v === null) return [];
    const list = Array.isArray(v) ? v : typeof v === "string" ? v.split(/[\s,;]+/) : null;
    if (!list) {
      say("the stored setting 'disabledSites' is unreadable; using the default (none):", v);
      return [];
    }
    return list.filter((h) => typeof h === "string").map((h) => h.trim().toLowerCase()).filter(Boolean);
  }

  async function isEnabled() {
    const [sync, local] = await Promise.all([
      api.storage.sync.get({ enabled: true }),
      api.storage.local.get({ disabledSites: [] }),
    ]);
    return readEnabled(sync.enabled) && !readSites(local.disabledSites).includes(host);
  }

  /** Whether the reader last collapsed the legend (remembered on this device, for every site). */
  async function legendCollapsed() {
    try {
      return (await api.storage.local.get({ legendCollapsed: false })).legendCollapsed === true;
    } catch (_) {
      return false;
    }
  }

  /** Removes everything the extension drew; the page is as it was loaded. */
  function restore() {
    if (state.cards) { state.cards.destroy(); state.cards = null; }
    if (state.handle) { state.handle.undo(); state.handle = null; }
    state.plan = null;
  }

  async function annotate(generation) {
    restore();
    state.status = "working";
    const { snapshot, nodes } = NC.snapshot.take(document);
    if (!snapshot.nodes.length) { state.status = "done"; return; }
    const answer = await api.runtime.sendMessage({ type: "nc:plan", snapshot });
    if (generation !== state.generation) return; // switched off (or on again) meanwhile
    if (!answer || answer.error || !answer.plan) {
      state.status = "failed";
      state.reason = (answer && answer.error) || "no answer from the background";
      say("no annotations on this page:", state.reason);
      return;
    }
    const texts = snapshot.nodes.map((n) => n.text);
    // lib/feedback.js: the reader's choices (families shown, marks hidden) narrow the plan and its summary.
    const plan = NC.feedback ? await NC.feedback.prepare(answer.plan, texts) : answer.plan;
    if (generation !== state.generation) return;
    const collapsed = await legendCollapsed();
    if (generation !== state.generation) return;
    let handle = null;
    try {
      handle = NC.applier.apply(plan, nodes, { texts });
      // A page with nothing to mark (not an article) gets nothing at all, not even the legend.
      if (handle.counts.names + handle.counts.claims > 0) {
        state.cards = NC.cards.mount(plan, handle, {
          strings: cardStrings(),
          legendCollapsed: collapsed,
          onLegendToggle: (collapsed) => { api.storage.local.set({ legendCollapsed: collapsed }).catch(() => {}); },
        });
      }
      state.handle = handle;
      state.plan = plan;
      state.status = "done";
    } catch (e) {
      if (state.cards) { state.cards.destroy(); state.cards = null; }
      if (handle) handle.undo();
      state.status = "failed";
      state.reason = String((e && e.message) || e);
      say("could not draw the annotations; the page is left as it was:", state.reason);
    }
  }

  /** The state last decided for this tab: true (annotate), false (leave alone), null (not yet). */
  let wanted = null;

  /**
   * Brings the page in line with the settings: annotated when enabled, untouched otherwise.
   * A settings change that does not concern this tab (another site switched) changes nothing here.
   */
  async function sync() {
    let enabled;
    try {
      enabled = await isEnabled();
    } catch (e) {
      say("could not read the settings:", String((e && e.message) || e));
      return;
    }
    if (enabled === wanted) return;
    wanted = enabled;
    const generation = ++state.generation;
    if (!enabled) {
      restore();
      state.status = "off";
      return;
    }
    try {
      await annotate(generation);
    } catch (e) {
      if (generation !== state.generation) return;
      restore();
      state.status = "failed";
      state.reason = String((e && e.message) || e);
      say("no annotations on this page:", state.reason);
    }
  }

  // The reader changed which marks to show, or hid one: draw the page again (lib/feedback.js).
  if (NC.feedback) NC.feedback.onChange(() => { if (wanted) { wanted = null; sync(); } });

  api.storage.onChanged.addListener((changes, area) => {
    if ((area === "sync" && "enabled" in changes) || (area === "local" && "disabledSites" in changes)) {
      sync();
    }
  });

  // The popup asks the tab for its host and summary; nothing leaves the browser.
  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message || message.type !== "nc:tab-status") return false;
    const plan = state.plan;
    sendResponse({
      host,
      status: state.status,
      reason: state.reason,
      date: plan ? plan.date : "",
      dateSource: plan ? plan.date_source : "",
      skippedReason: plan ? plan.skipped_reason : "",
      summary: plan ? plan.summary : null,
      counts: state.handle ? state.handle.counts : null,
    });
    return false;
  });

  sync();
})();
