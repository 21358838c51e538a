/**
 * early.js: the first content script, run at document_start while the page is still loading.
 *
 * Why it exists: content/content.js runs at document_idle and must not wait for anything it could
 * have had sooner. Two things need no page at all, and take a round trip each through the
 * browser: the settings (both storage areas) and the background (a service worker asleep after
 * 30 s without work starts and instantiates the wasm when woken). Started here, both are done by
 * the time the page is idle, and content.js finds them on `NewsContext.early`. Nothing of the page
 * is read or sent: the wake-up message is `{type: "nc:status"}`.
 *
 * A setting changed before content.js runs makes the early read stale; content.js then reads again.
 */
(function () {
  "use strict";
  const api = globalThis.browser || globalThis.chrome;
  if (!api || !api.runtime || !api.storage) return;
  const NC = (globalThis.NewsContext = globalThis.NewsContext || {});
  if (NC.early) return;

  /** The storage keys content.js reads: its own, and the reader's mark choices (lib/feedback.js). */
  const SYNC_KEYS = ["enabled", "show"];
  const LOCAL_KEYS = ["disabledSites", "legendCollapsed", "feedback"];

  const early = {
    stale: false,
    /** `{sync, local}` as stored; rejects like storage.get does. */
    stored: Promise.all([api.storage.sync.get(SYNC_KEYS), api.storage.local.get(LOCAL_KEYS)])
      .then(([sync, local]) => ({ sync, local })),
  };
  early.stored.catch(() => {}); // content.js reports a failure when it uses the read
  api.storage.onChanged.addListener(function onChanged() {
    early.stale = true;
    api.storage.onChanged.removeListener(onChanged);
  });
  api.runtime.sendMessage({ type: "nc:status" }).catch(() => {});
  NC.early = Object.freeze({ SYNC_KEYS, LOCAL_KEYS, get stale() { return early.stale; }, stored: early.stored });
})();
