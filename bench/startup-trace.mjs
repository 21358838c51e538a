#!/usr/bin/env node
/**
 * startup-trace.mjs: where a cold first nc:plan spends the service worker's thread, from a
 * browser-wide Chromium trace. Not part of `make bench`.
 *
 *   node bench/startup-trace.mjs [REPS]   (REPS cold starts, default 3; needs `make extension`)
 *
 * Why: the start-up part of the bench (run.mjs --only=startup) gives the cold round trip and the
 * worker thread's CPU in all; this says what that CPU is spent on. Each rep stops the worker
 * (CDP ServiceWorker.stopAllWorkers), traces (categories devtools.timeline, toplevel, v8, v8.wasm,
 * disabled-by-default-v8.compile) while an extension page sends a one-line nc:plan as the worker's
 * very first message, and reads the trace's "ServiceWorker thread": the thread CPU (`tdur`) of its
 * tasks grouped by what they are (the thread's start, fetching and compiling the module scripts,
 * evaluating them, the wasm's streaming compile and instantiation, other tasks before the first
 * plan, the first plan, after it), and V8's lazy compilation of wasm functions (`wasm.CompileLazy`:
 * how many functions, their CPU, and how many bytes of the module's code they are). Tracing adds
 * its own cost (about a fifth more CPU): compare runs of this script with each other, and the
 * totals with run.mjs's /proc figure. Figures in docs/performance-log.md ("Session 7: the cold
 * start").
 */
import fs from "node:fs";
import path from "node:path";
import { launchWithExtension } from "./lib/browser.mjs";
import { EXT_DIR } from "./lib/paths.mjs";
import { snapshotOfText } from "./lib/snapshot-of-text.mjs";
import { median } from "./lib/stats.mjs";

/** Trace categories: tasks, script and module work, wasm compilation (lazy compiles are events). */
const CATEGORIES = ["devtools.timeline", "toplevel", "v8", "v8.wasm", "v8.execute", "disabled-by-default-v8.compile"];
/** Wait after stopping the worker, and after the answer (the trace's last events arrive). */
const SETTLE_MS = 500;
const TINY = snapshotOfText("Russian President Vladimir Putin said: “We agreed.”", "2025-11-28");

const reps = Number(process.argv[2] || 3);
const wasmFile = path.join(EXT_DIR, "pkg/news_context_bg.wasm");
if (!fs.existsSync(wasmFile)) throw new Error(`${wasmFile} is missing: run \`make extension\` first`);

/** Body size of each function of a wasm module by function index (imports first, with no body). */
function functionSizes(bytes) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, x; do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80); return r; };
  let imported = 0;
  const sizes = [];
  while (p < bytes.length) {
    const id = bytes[p++], len = leb(), start = p;
    if (id === 2) {
      for (let n = leb(), i = 0; i < n; i++) {
        for (let name = 0; name < 2; name++) { const l = leb(); p += l; } // module and field names
        const kind = bytes[p++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { p++; if (leb() & 1) { leb(); leb(); } else leb(); } else if (kind === 2) { if (leb() & 1) { leb(); leb(); } else leb(); } else p += 2;
      }
    }
    if (id === 10) for (let n = leb(), i = 0; i < n; i++) { const l = leb(); sizes.push(l); p += l; }
    p = start + len;
  }
  return { size: (index) => sizes[index - imported] || 0, code: sizes.reduce((a, b) => a + b, 0) };
}
const wasm = functionSizes(fs.readFileSync(wasmFile));

/** What a top-level task of the worker's thread is, from its inner events. */
function kind(task, inner, firstPlan) {
  const names = new Set(inner.map((e) => e.name));
  const src = task.args?.src_func || inner.find((e) => e.args?.src_func)?.args.src_func || "";
  if (firstPlan && task === firstPlan) return "first plan";
  if (/Start$/.test(src) || names.has("V8PerIsolateData::Initialize")) return "thread start";
  if (names.has("v8.evaluateModule")) return "evaluating the module scripts";
  if (names.has("v8.compileModule")) return "fetching and compiling the module scripts";
  if (names.has("v8.wasm.compileConsume") || names.has("wasm.OnBytesReceived")) return "the wasm's streaming compile and instantiation";
  return "other (messages, fetches, the knowledge base's load)";
}

const { ctx, profile } = await launchWithExtension(EXT_DIR, "startup-trace");
const runs = [];
try {
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent("serviceworker", { timeout: 15000 });
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${new URL(sw.url()).host}/popup/popup.html`);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  const send = (m) => page.evaluate(async (m) => {
    const t0 = performance.now();
    const a = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - t0, ok: !!(a && a.plan) };
  }, m);
  await send({ type: "nc:status" });
  for (let r = 0; r < reps; r++) {
    await cdp.send("ServiceWorker.stopAllWorkers");
    await new Promise((res) => setTimeout(res, SETTLE_MS));
    const events = [];
    const onData = (e) => events.push(...e.value);
    cdp.on("Tracing.dataCollected", onData);
    const complete = new Promise((res) => cdp.once("Tracing.tracingComplete", res));
    await cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { enableSampling: false, includedCategories: CATEGORIES } });
    const answer = await send({ type: "nc:plan", snapshot: TINY });
    await new Promise((res) => setTimeout(res, SETTLE_MS));
    await cdp.send("Tracing.end");
    await complete;
    cdp.off("Tracing.dataCollected", onData);
    if (!answer.ok) throw new Error("the cold nc:plan was not answered with a plan");
    const thread = events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args.name === "ServiceWorker thread");
    if (!thread) throw new Error("the trace holds no ServiceWorker thread");
    const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === "X" && e.dur !== undefined)
      .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
    const tops = [];
    for (const e of own) if (!tops.length || e.ts >= tops[tops.length - 1].ts + tops[tops.length - 1].dur) tops.push(e);
    const within = (t) => own.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    const cpu = (e) => (e.tdur ?? e.dur) / 1000;
    const lazy = own.filter((e) => e.name === "wasm.CompileLazy");
    // The first plan: the task of the most lazy compiles (the worker's warm-up or the page's plan).
    const firstPlan = tops.reduce((best, t) => {
      const n = within(t).filter((e) => e.name === "wasm.CompileLazy").length;
      return n > best.n ? { t, n } : best;
    }, { t: null, n: 0 }).t;
    const parts = {};
    let after = false;
    for (const t of tops) {
      const k = after ? "after the first plan" : kind(t, within(t), firstPlan);
      if (t === firstPlan) after = true;
      parts[k] = (parts[k] || 0) + cpu(t);
    }
    const compiled = new Set(lazy.map((e) => e.args.func_index));
    runs.push({
      roundTripMs: answer.ms,
      threadCpuMs: tops.reduce((a, t) => a + cpu(t), 0),
      parts,
      firstPlanWallMs: firstPlan ? firstPlan.dur / 1000 : null,
      lazyCompiles: lazy.length,
      lazyCompileCpuMs: lazy.reduce((a, e) => a + cpu(e), 0),
      lazyCompileInFirstPlanCpuMs: firstPlan ? within(firstPlan).filter((e) => e.name === "wasm.CompileLazy").reduce((a, e) => a + cpu(e), 0) : 0,
      compiledBytes: [...compiled].reduce((a, i) => a + wasm.size(i), 0),
    });
    console.log(`cold start ${r + 1}/${reps}: round trip ${answer.ms.toFixed(1)} ms, worker thread CPU ${runs[r].threadCpuMs.toFixed(1)} ms (traced), ${lazy.length} functions compiled lazily`);
  }
  await cdp.detach();
} finally {
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

const m = (f) => median(runs.map(f));
const kinds = [...new Set(runs.flatMap((r) => Object.keys(r.parts)))];
console.log(`\nmedians of ${reps} cold starts (worker thread CPU, ms, traced):`);
for (const k of kinds) console.log(`  ${k.padEnd(52)} ${m((r) => r.parts[k] || 0).toFixed(1)}`);
console.log(`  ${"all".padEnd(52)} ${m((r) => r.threadCpuMs).toFixed(1)}`);
console.log(`first plan: ${m((r) => r.firstPlanWallMs).toFixed(1)} ms wall, of which lazy compilation ${m((r) => r.lazyCompileInFirstPlanCpuMs).toFixed(1)} ms CPU`);
console.log(`lazily compiled: ${m((r) => r.lazyCompiles)} functions, ${m((r) => r.lazyCompileCpuMs).toFixed(1)} ms CPU, ${(m((r) => r.compiledBytes) / 1000).toFixed(0)} KB of the module's ${(wasm.code / 1000).toFixed(0)} KB of code`);
console.log(`round trip: ${m((r) => r.roundTripMs).toFixed(1)} ms`);
