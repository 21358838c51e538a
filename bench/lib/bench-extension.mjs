/**
 * bench-extension.mjs: an instrumented copy of the built extension, for timing only.
 *
 * The extension emits no timing marks of its own, so the benchmark copies build/extension to
 * bench/results/tmp/extension and adds, without changing any shipped file:
 * - content/bench-probe.js, listed just before content/content.js (same task, after the libraries):
 *   its first line is the moment the content scripts run at document_idle; content.js's
 *   `nc-annotated` event (the marks drawn and the cards mounted) is the end. It wraps
 *   NewsContext.snapshot.takeSliced, NewsContext.applier.applySliced, NewsContext.cards.mount,
 *   the storage reads and chrome.runtime.sendMessage with performance.now() stamps (the first
 *   annotation of the page only), and runs a 0 ms setTimeout heartbeat
 *   from then until 500 ms after the marks are drawn: the largest gap between beats is the longest
 *   the main thread was blocked while the extension worked (its own tasks and the style, layout and
 *   paint they cause). It reports to the page as a `nc-bench` CustomEvent (a JSON string).
 * - background/bench-worker.js as the service worker: imports background/bench-pre.js (which wraps
 *   runtime.onMessage.addListener so that each nc:plan answer carries the worker's own time, from
 *   the message's arrival to its answer, as `__bench.workerMs`), then the shipped worker.js.
 *   It keeps timestamps of its own start and of the wasm and its knowledge base being ready (the
 *   shipped worker's `ready`) in `globalThis.__ncBench`. The copy of worker.js imports the glue
 *   through background/bench-glue.js, which re-exports it with `plan()` timed: each answer also
 *   carries the time of the page's `plan()` call inside the worker (`__bench.planMs`), so that the
 *   worker's stage splits into the analysis and the rest (JSON, pieces, messages).
 * - bench.html: an empty extension page to send nc:status / nc:plan from.
 */
import fs from "node:fs";
import path from "node:path";
import { EXT_DIR, TMP } from "./paths.mjs";

export const BENCH_EXT_DIR = path.join(TMP, "extension");

const PROBE = `(function () {
  "use strict";
  const rec = { idle: performance.now() };
  performance.mark("nc-bench-idle");
  const NC = globalThis.NewsContext;
  const api = globalThis.browser || globalThis.chrome;
  if (!NC || !api) return;
  let beat = rec.idle, maxGap = 0, maxGapAt = rec.idle, stopAt = Infinity;
  const tick = () => {
    const now = performance.now();
    if (now - beat > maxGap) { maxGap = now - beat; maxGapAt = beat; }
    beat = now;
    if (now < stopAt) setTimeout(tick, 0);
    else { rec.maxGap = maxGap; rec.maxGapAt = maxGapAt; emit("final"); }
  };
  setTimeout(tick, 0);
  function emit(phase) {
    rec.phase = phase;
    document.dispatchEvent(new CustomEvent("nc-bench", { detail: JSON.stringify(rec) }));
  }
  // The settings are read while the snapshot is taken: stamp the first read's start and end.
  for (const area of ["sync", "local"]) {
    const get = api.storage[area].get.bind(api.storage[area]);
    api.storage[area].get = (...args) => {
      if (rec.settings0 === undefined) rec.settings0 = performance.now();
      return get(...args).then((v) => { rec.settings1 = Math.max(rec.settings1 || 0, performance.now()); return v; });
    };
  }
  const send = api.runtime.sendMessage.bind(api.runtime);
  api.runtime.sendMessage = (m, ...rest) => {
    // A large snapshot's JSON pieces go first, each in a message of its own (common/pieces.js).
    if (m && m.type === "nc:piece-put" && typeof m.json === "string" && rec.send === undefined) {
      rec.pieceBytes = (rec.pieceBytes || 0) + m.json.length;
    }
    if (!m || m.type !== "nc:plan") return send(m, ...rest);
    rec.send = performance.now();
    rec.snapshotBytes = (typeof m.snapshotJson === "string" ? m.snapshotJson.length : JSON.stringify(m.snapshot).length) + (rec.pieceBytes || 0);
    return send(m, ...rest).then((a) => {
      rec.answer = performance.now();
      rec.workerMs = a && a.__bench ? a.__bench.workerMs : null;
      rec.workerPlanMs = a && a.__bench ? a.__bench.planMs : null;
      return a;
    });
  };
  const done = (at) => {
    if (rec.applied !== undefined) return;
    rec.applied = at;
    stopAt = performance.now() + 500;
    emit("applied");
  };
  // content.js says when an annotation is finished (drawn and the cards mounted, or nothing to
  // draw): the end of "idle → applied".
  document.addEventListener("nc-annotated", () => done(performance.now()));
  const takeSliced = NC.snapshot.takeSliced;
  NC.snapshot = Object.freeze(Object.assign({}, NC.snapshot, { async takeSliced(...args) {
    if (rec.snap0 === undefined) rec.snap0 = performance.now();
    const r = await takeSliced(...args);
    if (rec.snap1 === undefined && r) {
      rec.snap1 = performance.now();
      rec.nodes = r.snapshot.nodes.length;
    }
    return r;
  } }));
  const applySliced = NC.applier.applySliced;
  NC.applier = Object.freeze(Object.assign({}, NC.applier, { async applySliced(...args) {
    if (rec.apply0 === undefined) rec.apply0 = performance.now();
    const r = await applySliced(...args);
    if (rec.apply1 === undefined) {
      rec.apply1 = performance.now();
      rec.counts = r.counts;
      rec.marks = r.counts.names + r.counts.claims;
    }
    return r;
  } }));
  const mount = NC.cards.mount;
  NC.cards = Object.freeze(Object.assign({}, NC.cards, { mount(...args) {
    rec.mount0 = performance.now();
    const r = mount(...args);
    rec.mount1 = performance.now();
    return r;
  } }));
})();
`;

const PRE = `// Benchmark only: times each nc:plan answer inside the worker.
globalThis.__ncBench = { start: performance.now(), ready: null };
const ev = (globalThis.browser || globalThis.chrome).runtime.onMessage;
const addListener = ev.addListener.bind(ev);
ev.addListener = (fn) => addListener((message, sender, sendResponse) => {
  if (!message || message.type !== "nc:plan") return fn(message, sender, sendResponse);
  const t0 = performance.now();
  globalThis.__ncBench.planMs = null;
  return fn(message, sender, (answer) => sendResponse(Object.assign({}, answer, {
    __bench: { workerMs: performance.now() - t0, planMs: globalThis.__ncBench.planMs },
  })));
});
`;

/** The glue, re-exported with `plan()` timed (a local export shadows the same name of `export *`). */
const GLUE = `// Benchmark only: the shipped glue, its plan() timed for bench-pre.js.
import { plan as shippedPlan } from "../pkg/news_context.js";
export * from "../pkg/news_context.js";
export { default } from "../pkg/news_context.js";
export function plan(snapshot) {
  const t0 = performance.now();
  try {
    return shippedPlan(snapshot);
  } finally {
    if (globalThis.__ncBench) globalThis.__ncBench.planMs = performance.now() - t0;
  }
}
`;
/** How the shipped worker names the glue it imports (replaced in the copy by bench-glue.js). */
const GLUE_IMPORT = '"../pkg/news_context.js"';

const WORKER = `// Benchmark only: the shipped worker, preceded by bench-pre.js.
import "./bench-pre.js";
import init from "../pkg/news_context.js";
import { ready } from "./worker.js";
globalThis.__ncInit = init;
ready.then(() => init()).then((w) => { globalThis.__ncBench.ready = performance.now(); globalThis.__ncMemory = w.memory; });
`;

/** Writes the instrumented copy; returns its folder. */
export function makeBenchExtension() {
  if (!fs.existsSync(path.join(EXT_DIR, "manifest.json"))) {
    throw new Error(`${EXT_DIR}/manifest.json is missing: run \`make extension\` first`);
  }
  fs.rmSync(BENCH_EXT_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(BENCH_EXT_DIR), { recursive: true });
  fs.cpSync(EXT_DIR, BENCH_EXT_DIR, { recursive: true });
  const manifestFile = path.join(BENCH_EXT_DIR, "manifest.json");
  const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
  manifest.background.service_worker = "background/bench-worker.js";
  manifest.background.scripts = ["background/bench-worker.js"];
  const js = manifest.content_scripts[0].js;
  const at = js.indexOf("content/content.js");
  if (at < 0) throw new Error("the manifest no longer lists content/content.js: update bench/lib/bench-extension.mjs");
  js.splice(at, 0, "content/bench-probe.js");
  fs.writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(BENCH_EXT_DIR, "content/bench-probe.js"), PROBE);
  fs.writeFileSync(path.join(BENCH_EXT_DIR, "background/bench-pre.js"), PRE);
  fs.writeFileSync(path.join(BENCH_EXT_DIR, "background/bench-worker.js"), WORKER);
  const workerFile = path.join(BENCH_EXT_DIR, "background/worker.js");
  const worker = fs.readFileSync(workerFile, "utf8");
  if (!worker.includes(GLUE_IMPORT)) throw new Error(`background/worker.js no longer imports ${GLUE_IMPORT}: update bench/lib/bench-extension.mjs`);
  fs.writeFileSync(workerFile, worker.replace(GLUE_IMPORT, '"./bench-glue.js"'));
  fs.writeFileSync(path.join(BENCH_EXT_DIR, "background/bench-glue.js"), GLUE);
  fs.writeFileSync(path.join(BENCH_EXT_DIR, "bench.html"), "<!doctype html><meta charset=utf-8><title>bench</title>\n");
  return BENCH_EXT_DIR;
}
