/**
 * content.js: the small orchestrator that runs in every page (after lib/snapshot.js, lib/applier.js
 * and lib/cards.js, which it finds on `globalThis.NewsContext`).
 *
 * Why it exists: to connect settings, the page and the background's wasm, and nothing more.
 * It reads the settings (once, both areas in parallel, while the snapshot is being taken), takes the
 * snapshot in slices, asks the background for a plan (`nc:plan`, the snapshot sent as JSON, a
 * large one in pieces: common/pieces.js), applies it in slices and mounts the cards: no task of its own on the page's main thread
 * runs much longer than SLICE_MS. When the extension is switched off for this site or globally, it
 * restores the open tab at once; switched on again, it annotates again (never twice: the previous
 * drawing is always undone first). Any failure leaves the page untouched and logs one console.info
 * line.
 *
 * Live pages: text the page adds later (infinite scroll, "read more", live blogs) is annotated when
 * it appears: a MutationObserver collects the page's own changes (ours are dropped at the end of
 * each of our slices), and once they settle and add enough text the page is annotated again,
 * replacing the previous drawing (the snapshot reads split text as the page's own, so nothing is
 * marked twice). A single-page-app navigation (history.pushState, popstate: a new address) starts
 * afresh.
 */
(function () {
  "use strict";
  const NC = globalThis.NewsContext;
  const api = globalThis.browser || globalThis.chrome;
  if (!NC || !api || !api.runtime || NC.contentStarted) return;
  NC.contentStarted = true;
  // A page that runs News Context itself (the demo page) says so; two drawings would fight.
  if (document.querySelector('meta[name="news-context"][content="self-annotating"]')) return;

  // ---------------------------------------------------------------- the table of timing

  /**
   * Longest stretch, in ms, of our own reading of the page before we let it run. Every yield lets
   * the page's pending work (loading, style, layout) run first, so short slices stretch the time to
   * the marks on a page still loading; but the last slice also reads the page's metadata and
   * sends the snapshot, a slice may pass its budget by the time between two looks at the clock
   * (a frame's document, 64 nodes of code running for the first time), and a slice often runs
   * right before the page's own style and layout: the benchmark saw 40 ms slices make 55-135 ms
   * blocks. The budget is wall time, and on a busy machine a slice is preempted part-way (traces:
   * our tasks stay under 20 ms of CPU, yet 25 ms slices made 40-144 ms wall blocks), so it is kept
   * well under half the 50 ms: 10 ms. Against 25 ms (reading) and 20 ms (drawing), the in-page
   * benchmark on 69 corpus pages, A/B/A/B at load 8-15 (docs/performance-log.md, session 8): pages
   * whose longest block while the extension worked passed 50 ms 51, 44 → 37, 43, p95 of idle →
   * applied 594, 604 → 385, 450 ms, median no slower (185, 168 → 163, 181 ms).
   */
  const SLICE_MS = 10;
  /**
   * The same for drawing. Each slice that changes the DOM is followed by the page's style and
   * layout update, whose cost grows with the page and not with the slice (on a page of 100,000
   * paragraphs it is most of the time): fewer, longer slices, but the first one shares its task
   * with reading the plan (see `turnClock`) and the update that follows it is ours too. 10 ms, as
   * SLICE_MS and for the same reason (measured with it).
   */
  const DRAW_SLICE_MS = 10;
  /**
   * The cards and legend are mounted in the drawing's last task only if that task has run less
   * than this (ms); else in a task of their own: mounting them takes up to about 20 ms on a page
   * whose code runs for the first time, and together they must stay under 50 ms with the style
   * and layout update that follows.
   */
  const MOUNT_IN_SAME_TASK_MS = 12;
  /** The page's changes must pause this long (ms) before the page is annotated again. */
  const SETTLE_MS = 300;
  /** ... but a page that never pauses is annotated again after this long (ms) at most. */
  const MAX_SETTLE_MS = 2000;
  /** Text the page must add (net, in UTF-16 units, whitespace included) to be annotated again. */
  const MIN_NEW_TEXT = 24;

  const host = location.hostname;
  const state = {
    handle: null, // the applier's handle while the page is annotated
    cards: null, // the cards' controller
    plan: null, // the last plan applied, for the popup's summary
    generation: 0, // bumped on every switch, so a late answer for an old request is dropped
    status: "idle", // idle | off | working | done | failed
    reason: "",
    runs: 0, // how many annotations finished on this page (live pages annotate again)
  };
  /** The settings as last read (both storage areas), kept up to date by storage.onChanged. */
  let settings = null;

  function say(message, detail) {
    console.info(`News Context: ${message}`, detail === undefined ? "" : detail);
  }

  function msg(name, fallback, substitutions) {
    if (NC.messages) return NC.messages.message(name, substitutions) || fallback;
    try {
      return (api.i18n && api.i18n.getMessage(name, substitutions)) || fallback;
    } catch (_) {
      return fallback;
    }
  }

  /**
   * The `[name, substitutions]` of the messages the cards and legend show (lib/strings.js's, and
   * the kinds' labels of `cardStrings`): the background reads them with the plan (see strings.js).
   */
  const MESSAGE_REQUESTS = NC.messages
    ? [...NC.messages.REQUESTS, ...NC.styles.KINDS.map((k) => [`kind_${k.kind.replace("-", "_")}`])]
    : [];

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

  /**
   * Reads the settings this tab needs, both areas at once: ours, and the reader's choices about
   * marks (`show`, `feedback`) that lib/feedback.js applies to the plan, so that no storage round
   * trip waits between the plan's arrival and its drawing. The first time, content/early.js has
   * read them already at document_start (unless a setting changed since).
   */
  async function readSettings() {
    const early = NC.early;
    let stored;
    if (early && !earlyUsed && !early.stale) {
      earlyUsed = true;
      stored = await early.stored;
    } else {
      const [sync, local] = await Promise.all([
        api.storage.sync.get(["enabled", "show"]),
        api.storage.local.get(["disabledSites", "legendCollapsed", "feedback"]),
      ]);
      stored = { sync, local };
    }
    const { sync, local } = stored;
    return {
      enabled: readEnabled(sync.enabled),
      disabledSites: readSites(local.disabledSites),
      legendCollapsed: local.legendCollapsed === true,
      stored: { sync: { show: sync.show }, local: { feedback: local.feedback } },
    };
  }
  /** Whether the early read (content/early.js) was used: it is only good once. */
  let earlyUsed = false;

  const enabledBy = (s) => s.enabled && !s.disabledSites.includes(host);

  /** Removes everything the extension drew; the page is as it was loaded. */
  function restore() {
    if (state.cards) { state.cards.destroy(); state.cards = null; }
    if (state.handle) { state.handle.undo(); state.handle = null; }
    state.plan = null;
    dropOwnRecords();
  }

  /**
   * Asks the background for the plan of `snapshot`. Both travel as JSON; a large snapshot goes in
   * pieces, each written in a turn of at most about SLICE_MS and sent in a message of its own,
   * and a large plan comes back the same way, each piece collected in a message of its own and
   * parsed in turns (common/pieces.js: one message of a 5 MB page's snapshot cost the page 110 ms
   * to send, one of its plan 156 ms to receive).
   */
  async function requestPlan(snapshot) {
    const send = (message) => api.runtime.sendMessage(message);
    const answer = await NC.pieces.sendSplit(send, { type: "nc:plan", messages: MESSAGE_REQUESTS }, "snapshot",
      snapshot, ["nodes", "blocks"], { turn: NC.applier.turnClock(), sliceMs: SLICE_MS });
    // The answer runs in a task of its own: its clock, shared by what follows in the same task.
    const turn = NC.applier.turnClock();
    if (answer && NC.messages) NC.messages.preload(MESSAGE_REQUESTS, answer.messages);
    if (answer && typeof answer.planJson === "string") {
      return { plan: await NC.pieces.receiveSplit(send, answer, "plan", { turn, sliceMs: SLICE_MS }), turn };
    }
    return answer && { ...answer, turn };
  }

  /**
   * Annotates the page: snapshot, plan, apply, cards. The previous drawing stays until the new one
   * replaces it (the applier undoes it first), so a live page does not flicker. `pending` is a
   * snapshot already being taken (the first run takes it while the settings are read).
   */
  async function annotate(generation, pending) {
    state.status = "working";
    const current = () => generation === state.generation;
    const taken = await (pending || NC.snapshot.takeSliced(document, { sliceMs: SLICE_MS, isCancelled: () => !current() }));
    if (!taken || !current()) return;
    const { snapshot, nodes } = taken;
    // The reader asked from the popup: the planner then marks a page it does not take for an article.
    if (readerAsked) snapshot.reader_asked = true;
    if (!snapshot.nodes.length) { restore(); finished(); return; }
    const answer = await requestPlan(snapshot);
    if (!current()) return; // switched off (or on again, or the page changed) meanwhile
    if (!answer || answer.error || !answer.plan) {
      restore();
      state.status = "failed";
      state.reason = (answer && answer.error) || "no answer from the background";
      say("no annotations on this page:", state.reason);
      return;
    }
    const texts = snapshot.nodes.map((n) => n.text);
    // lib/feedback.js: the reader's choices (families shown, marks hidden) narrow the plan and its summary.
    const { turn } = answer;
    const plan = NC.feedback
      ? await NC.feedback.prepare(answer.plan, texts, location, settings && settings.stored, turn)
      : answer.plan;
    if (!current()) return;
    if (state.cards) { state.cards.destroy(); state.cards = null; }
    let handle = null;
    const mountCards = (drawn) => {
      state.cards = NC.cards.mount(plan, drawn, {
        strings: cardStrings(),
        legendCollapsed: !!(settings && settings.legendCollapsed),
        onLegendToggle: (collapsed) => { api.storage.local.set({ legendCollapsed: collapsed }).catch(() => {}); },
      });
    };
    try {
      const drawing = NC.applier.applySliced(plan, nodes, {
        texts, sliceMs: DRAW_SLICE_MS, isCancelled: () => !current(), afterSlice: dropOwnRecords,
        preloadedCss: true, // content/marks.css, injected by the manifest
        turn,
        // A page of many claims: the cards go in before the highlights (cheaper to paint then).
        beforeHighlights: (drawn) => { if (current() && !state.cards) mountCards(drawn); },
      });
      handle = await drawing;
      if (handle.cancelled) return;
      state.handle = handle;
      // A page with nothing to mark (not an article) gets nothing at all, not even the legend.
      // (A huge page is drawn lazily: marks still pending are drawn as the reader scrolls to them.)
      if (!state.cards && handle.counts.names + handle.counts.claims + (handle.counts.pending || 0) > 0) {
        if (turn.elapsed() > MOUNT_IN_SAME_TASK_MS) {
          await turn.next();
          if (!current()) return; // the drawing is state.handle: whoever changed the state undoes it
        }
        mountCards(handle);
        dropOwnRecords();
      }
      state.plan = plan;
      finished();
    } catch (e) {
      if (state.cards) { state.cards.destroy(); state.cards = null; }
      if (handle) handle.undo();
      state.handle = null;
      dropOwnRecords();
      state.status = "failed";
      state.reason = String((e && e.message) || e);
      say("could not draw the annotations; the page is left as it was:", state.reason);
    }
  }

  function finished() {
    state.status = "done";
    state.runs++;
    document.dispatchEvent(new CustomEvent("nc-annotated", { detail: state.runs }));
  }

  /** The state last decided for this tab: true (annotate), false (leave alone), null (not yet). */
  let wanted = null;
  /** The reader asked to annotate this page although the planner did not take it for an article. */
  let readerAsked = false;

  /** Runs one annotation, turning any failure into the tab's status and one console line. */
  async function run(pending) {
    const generation = ++state.generation;
    try {
      await annotate(generation, pending);
    } catch (e) {
      if (generation !== state.generation) return;
      restore();
      state.status = "failed";
      state.reason = String((e && e.message) || e);
      say("no annotations on this page:", state.reason);
    }
  }

  /**
   * Brings the page in line with the settings: annotated when enabled, untouched otherwise.
   * A settings change that does not concern this tab (another site switched) changes nothing here.
   * `pending` is a snapshot being taken meanwhile (first run only); it is dropped when switched off.
   */
  async function sync(pending) {
    try {
      settings = await readSettings();
    } catch (e) {
      say("could not read the settings:", String((e && e.message) || e));
      return;
    }
    const enabled = enabledBy(settings);
    if (enabled === wanted) return;
    wanted = enabled;
    if (!enabled) {
      ++state.generation;
      live.stop();
      restore();
      state.status = "off";
      return;
    }
    live.start();
    await run(pending);
  }

  // ---------------------------------------------------------------- live pages

  /** The address without its fragment: a new one means the page navigated (a single-page app). */
  const addressOf = () => location.href.split("#")[0];

  function textLength(node) {
    if (node.nodeType === 3) return node.length;
    if (node.nodeType !== 1) return 0;
    const tag = node.localName;
    if (tag === "nc-mark" || tag === "nc-card-host" || tag === "script" || tag === "style") return 0;
    return (node.textContent || "").length;
  }

  const live = (() => {
    const Observer = globalThis.MutationObserver;
    let observer = null;
    let address = addressOf();
    let grown = 0; // net text added since the last annotation
    let navigated = false;
    let timer = 0;
    let firstAt = 0;

    function schedule() {
      const now = performance.now();
      if (!timer) firstAt = now;
      clearTimeout(timer);
      const wait = Math.max(0, Math.min(SETTLE_MS, firstAt + MAX_SETTLE_MS - now));
      timer = setTimeout(settled, wait);
    }

    function settled() {
      timer = 0;
      if (!wanted) return;
      if (navigated) {
        // A new page in the same document: start afresh.
        navigated = false;
        grown = 0;
        ++state.generation;
        restore();
        run();
      } else if (grown >= MIN_NEW_TEXT) {
        grown = 0;
        run();
      }
    }

    function checkAddress() {
      const now = addressOf();
      if (now === address) return false;
      address = now;
      navigated = true;
      schedule();
      return true;
    }

    function onRecords(records) {
      if (checkAddress()) return;
      for (const r of records) {
        if (r.type === "characterData") {
          grown += r.target.length - (r.oldValue || "").length;
        } else {
          for (const n of r.addedNodes) grown += textLength(n);
          for (const n of r.removedNodes) grown -= textLength(n);
        }
      }
      if (grown >= MIN_NEW_TEXT) schedule();
    }

    const onNavigation = () => checkAddress();

    return {
      start() {
        if (observer || !Observer) return;
        observer = new Observer(onRecords);
        observer.observe(document.documentElement, {
          childList: true, subtree: true, characterData: true, characterDataOldValue: true,
        });
        addEventListener("popstate", onNavigation);
        if (globalThis.navigation) globalThis.navigation.addEventListener("currententrychange", onNavigation);
      },
      stop() {
        if (!observer) return;
        observer.disconnect();
        observer = null;
        clearTimeout(timer);
        timer = 0;
        removeEventListener("popstate", onNavigation);
        if (globalThis.navigation) globalThis.navigation.removeEventListener("currententrychange", onNavigation);
      },
      /** Forgets the records of changes made by our own code (called at the end of each of our tasks). */
      drop() {
        if (observer) observer.takeRecords();
      },
    };
  })();

  function dropOwnRecords() {
    live.drop();
  }

  // The reader changed which marks to show, or hid one: draw the page again (lib/feedback.js).
  if (NC.feedback) NC.feedback.onChange(() => { if (wanted) { wanted = null; sync(); } });

  api.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && "legendCollapsed" in changes && settings) {
      settings.legendCollapsed = changes.legendCollapsed.newValue === true;
    }
    if ((area === "sync" && "enabled" in changes) || (area === "local" && "disabledSites" in changes)) {
      sync();
    }
  });

  // The popup's "Annotate this page anyway": pages that are not articles are left alone unless the
  // reader asks. The answer comes once the new drawing is done (or has failed).
  api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!message || message.type !== "nc:annotate-anyway") return false;
    readerAsked = true;
    if (!wanted) { sendResponse({ ok: false, status: state.status }); return false; }
    run().then(() => sendResponse({ ok: true, status: state.status }));
    return true;
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
      readerAsked,
      summary: plan ? plan.summary : null,
      counts: state.handle ? state.handle.counts : null,
    });
    return false;
  });

  /** Whether the page holds a same-origin frame with text (its document is walked with the page's). */
  function hasReadableFrame() {
    for (const f of document.querySelectorAll("iframe, frame")) {
      // The snapshot's rule (a frame not rendered, or loading another origin, is not looked into:
      // that would cost a script context for it).
      const d = NC.snapshot.frameDocument(f);
      if (d && NON_SPACE.test(d.body.textContent)) return true;
    }
    return false;
  }
  const NON_SPACE = /\S/;

  // Frames may finish loading after document_idle: once the page has loaded, a page holding a
  // same-origin frame with text is annotated again (with the frame's text).
  if (document.readyState !== "complete") {
    addEventListener("load", () => { if (wanted && hasReadableFrame()) run(); }, { once: true });
  }

  // Without content/early.js (which woke it at document_start), wake the background first: a
  // service worker asleep starts and instantiates the wasm while the snapshot below is taken.
  // The message carries nothing of the page.
  if (!NC.early) api.runtime.sendMessage({ type: "nc:status" }).catch(() => {});
  // The snapshot is taken while the settings are read; it is sent only if this site is switched on.
  state.status = "working";
  const pending = NC.snapshot.takeSliced(document, { sliceMs: SLICE_MS, isCancelled: () => state.generation > 1 });
  sync(pending);
})();
