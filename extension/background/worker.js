/**
 * worker.js: the background module (Chrome's service worker, Firefox's event page) that runs the wasm.
 *
 * Why here: Chrome refuses to compile wasm in a content script on a page whose CSP lacks
 * 'wasm-unsafe-eval', and the page is told (securitypolicyviolation). The extension pages' own CSP
 * allows it, so the Rust core runs here in both browsers and content scripts only send snapshots.
 *
 * It answers `{type: "nc:plan", snapshotJson}` with `{planJson}` (or `{type: "nc:plan", snapshot}`
 * with `{plan}`) or `{error}`, plus `messages` (the locale's texts of the `messages` asked for, see
 * lib/strings.js), and `{type: "nc:status"}` with
 * the module's state; it never throws into the page. A failed wasm load is kept in memory for the
 * popup to show why. A module service worker cannot await at the top level, so `init()` starts at
 * load and handlers await its promise.
 *
 * A large snapshot and its plan travel in JSON pieces, each in a message of its own
 * (`nc:piece-put`, `nc:piece-get`: common/pieces.js, which both sides share); the pieces wait here
 * in a PieceStore between messages, and the worker's own work on them (parsing, writing) yields
 * between pieces, so that other messages (the popup's `nc:status`, another tab's plan) are
 * answered meanwhile. Only the wasm's plan itself runs in one go (about 3 s for a 5 MB page).
 *
 * The knowledge base is a file of its own beside the wasm (pkg/kb.bin, read from the extension
 * itself, never the network): it is read while the module compiles, and handed to it once.
 */
import init, { loadKnowledgeBase, plan as planPage, version } from "../pkg/news_context.js";
import "../common/pieces.js";

const { PieceStore, join, split, transferId } = globalThis.NewsContext.pieces;

const api = globalThis.browser || globalThis.chrome;

const wasm = {
  error: "", // why the module could not be loaded, if it could not
  version: "",
};

/** The knowledge-base file's bytes; rejects with a message naming the file. */
async function readKnowledgeBase() {
  const url = api.runtime.getURL("pkg/kb.bin");
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`the knowledge base (pkg/kb.bin) could not be read: ${(e && e.message) || e}`);
  }
  if (!response.ok) throw new Error(`the knowledge base (pkg/kb.bin) could not be read: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Resolves true once the module and its knowledge base are ready, false if either failed. */
export const ready = Promise.all([init(), readKnowledgeBase()])
  .then(([, kb]) => {
    loadKnowledgeBase(kb);
    wasm.version = version();
    return true;
  })
  .catch((e) => {
    wasm.error = String((e && e.message) || e);
    console.warn("News Context: the analysis module could not be loaded:", wasm.error);
    return false;
  });

/**
 * A short article, made up for this purpose and nothing else, that the worker plans once right
 * after the wasm is instantiated, and throws away. Why: V8 compiles a wasm function on its first
 * call, and the planner's first plan compiles most of them (about 30 ms of the first plan here, a
 * one-line plan taking 1-5 ms once compiled). content/early.js wakes the worker at document_start,
 * so this runs while the page is still loading, and the page's own plan finds the code compiled.
 * Skipped when a page's plan is asked for first (that plan compiles the same code).
 * Compiled, not optimised: the page's first plan still runs mostly in V8's baseline (Liftoff)
 * code, about 3-4x the worker thread's CPU of the same plan once V8 has optimised the hot
 * functions (a corpus page: ~15 vs ~4 ms). Planning a longer article here several times
 * would tier some of them up, but saved ~5 ms of that at best for 40-95 ms of CPU on every
 * worker start, so it stays one sentence (docs/performance-log.md, "Session 6: the worker's plan()").
 */
const WARM_UP_SNAPSHOT = Object.freeze({
  url: "", lang: "en", title: "", published: "2025-01-01", today: "2025-01-01", article_body_hint: "", reader_asked: true,
  blocks: [{ tag: "p", hints: "", in_article: true, landmarks: [] }],
  nodes: [{
    text: "French President Emmanuel Macron said on Tuesday that “talks will go on”, according to two officials.",
    block: 0,
  }],
});
let planAsked = false;

ready.then((ok) => {
  if (!ok) return;
  // In a task of its own, after any message already waiting (a plan asked for first goes first).
  setTimeout(() => {
    if (planAsked) return;
    try {
      planPage(WARM_UP_SNAPSHOT);
    } catch (e) {
      console.warn("News Context: the warm-up plan failed:", String((e && e.message) || e));
    }
  }, 0);
});

/**
 * Longest stretch (ms) of the worker's own work on pieces (parsing a snapshot's, writing a plan's)
 * before it lets other messages be answered.
 */
const WORKER_SLICE_MS = 20;

/** A clock of the worker's current task, yielding to other messages on `next()` (pieces.js). */
function workerClock() {
  const clock = {
    start: performance.now(),
    elapsed: () => performance.now() - clock.start,
    async next() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      clock.start = performance.now();
    },
  };
  return clock;
}

/** The pieces of large snapshots on their way in and of large plans on their way out. */
const pieceStore = new PieceStore();

/**
 * Plans one page. The content script sends the snapshot as JSON (`snapshotJson`): one string
 * crosses the messaging layer far faster than a tree of thousands of small objects; a large one
 * comes in pieces sent before it (`transfer`, `pieces`: common/pieces.js). It is answered in kind
 * (`planJson`, a large plan's marks and cards in pieces kept for the page to collect). A snapshot
 * sent as an object (`snapshot`) is answered with `plan`.
 */
async function answerPlan(message) {
  let pieces = [];
  if (typeof message.transfer === "string") {
    try {
      pieces = pieceStore.take(message.transfer, message.pieces);
    } catch (e) {
      return { error: `the page snapshot is malformed: ${e.message}` };
    }
  }
  if (!(await ready)) return { error: `the analysis module could not be loaded: ${wasm.error}` };
  let snapshot = message.snapshot;
  if (typeof message.snapshotJson === "string") {
    try {
      snapshot = await join(message.snapshotJson, pieces, { turn: workerClock(), sliceMs: WORKER_SLICE_MS });
    } catch (e) {
      return { error: `the page snapshot is malformed: ${e.message}` };
    }
  }
  if (!snapshot || typeof snapshot !== "object" || !Array.isArray(snapshot.nodes)) {
    return { error: "the page snapshot is malformed" };
  }
  let plan;
  try {
    plan = planPage(snapshot);
  } catch (e) {
    return { error: String((e && e.message) || e) };
  }
  if (typeof message.snapshotJson !== "string") return { plan };
  const { headJson, pieces: out } = await split(plan, ["marks", "cards"], { turn: workerClock(), sliceMs: WORKER_SLICE_MS });
  if (!out.length) return { planJson: headJson };
  const transfer = transferId();
  pieceStore.keep(transfer, out);
  return { planJson: headJson, transfer, pieces: out.length };
}

/** At most this many messages are read for one `nc:plan` (the in-page UI asks for about 25). */
const MAX_MESSAGES = 64;
/** The locale's messages already read, by name and substitutions. */
const messageCache = new Map();

/**
 * The locale's text of each `[name, substitutions]` a content script asks for with its plan: its
 * own first `i18n.getMessage` would be a synchronous round trip to the browser on the page's main
 * thread (lib/strings.js). Anything malformed is answered with "" (the page then asks itself).
 */
function messagesFor(requests) {
  if (!Array.isArray(requests) || !api.i18n) return undefined;
  return requests.slice(0, MAX_MESSAGES).map((r) => {
    const [name, substitutions] = Array.isArray(r) ? r : [];
    const subs = Array.isArray(substitutions) && substitutions.every((x) => typeof x === "string") ? substitutions : undefined;
    if (typeof name !== "string") return "";
    const key = JSON.stringify([name, subs || []]);
    if (!messageCache.has(key)) {
      let text = "";
      try {
        text = api.i18n.getMessage(name, subs) || "";
      } catch (_) { /* an unknown or malformed name: none */ }
      messageCache.set(key, text);
    }
    return messageCache.get(key);
  });
}

// The locale's messages are loaded on the first i18n read (a synchronous round trip to the
// browser): here, while the wasm and the knowledge base are still being fetched and compiled off
// this thread (both fetches are already under way), rather than on the answer to the first page,
// which would pay it after the first plan when the worker is woken by that plan.
messagesFor([["extName"]]);

// The manifest's keyboard commands step through the marks of the active tab (lib/navigator.js).
if (api.commands && api.commands.onCommand) {
  api.commands.onCommand.addListener((command, tab) => {
    const direction = command === "next-mark" ? 1 : command === "previous-mark" ? -1 : 0;
    if (!direction || !tab || tab.id === undefined) return;
    api.tabs.sendMessage(tab.id, { type: "nc:step", direction }).catch(() => {});
  });
}

api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
  if (!message || typeof message.type !== "string") return false;
  if (message.type === "nc:plan") {
    planAsked = true;
    answerPlan(message).then(
      (answer) => sendResponse(answer.error ? answer : { ...answer, messages: messagesFor(message.messages) }),
      (e) => sendResponse({ error: String(e) }),
    );
    return true; // the answer comes asynchronously
  }
  if (message.type === "nc:piece-put") {
    planAsked = true; // a plan is on its way: no warm-up plan in between
    const ok = pieceStore.put(message.transfer, message.index, message.field, message.json);
    sendResponse(ok ? { ok: true } : { error: "a piece of the page snapshot is malformed" });
    return false;
  }
  if (message.type === "nc:piece-get") {
    const piece = pieceStore.give(message.transfer, message.index);
    sendResponse(piece || { error: "no such piece of the plan (collected already, or kept too long)" });
    return false;
  }
  if (message.type === "nc:status") {
    ready.then((ok) => sendResponse({ ready: ok, error: wasm.error, version: wasm.version }));
    return true;
  }
  return false;
});
