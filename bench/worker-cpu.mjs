#!/usr/bin/env node
/**
 * worker-cpu.mjs: the CPU time of plan() on the service worker's own thread, a freshly started
 * worker against a hot one, and the same snapshots in Node. Linux only (reads /proc).
 *
 *   node bench/worker-cpu.mjs [N]   (N corpus pages spread over ../shared/corpora/pages, default 5)
 *
 * Why: the in-page bench times the worker's plan() in wall time, on a shared 2-core machine and in
 * a process Chromium runs at a lower priority (nice 5 when it holds only the worker), so it cannot
 * tell slower code from waiting for a core. This reads the thread's CPU time from
 * /proc/<pid>/task/<tid>/schedstat of the extension process's "ServiceWorker thread" around each
 * batch of plans, and the whole process's (V8's optimising compiles run on other threads).
 * A copy of build/extension (bench/results/tmp/worker-cpu-extension, shipped files unchanged
 * otherwise) has a test-only listener appended to background/worker.js: `{type: "nc-bench:plan",
 * which, n}` plans snapshot `which` n times in one task. The snapshots are taken in the page by
 * extension/lib/snapshot.js from corpus pages served by bench/lib/server.mjs.
 * Phases: (1) cold: the worker stopped (CDP ServiceWorker.stopAllWorkers), woken by nc:status as
 * content/early.js does, 300 ms after it is ready (its warm-up plan has run) the first page is
 * planned once, once more, then 3 times; (2) hot: every page planned 10 times, then each page
 * 5 times, timed; (3) Node: the same glue, wasm and snapshots, each planned twice, then 5 times,
 * timed. The extension page that sends the messages makes Chromium run the process at nice 0;
 * CPU time does not depend on it. Figures in docs/performance-log.md ("Session 6: the worker's
 * plan()"). Needs `make extension`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "./lib/server.mjs";
import { CHROMIUM_ARGS } from "./lib/browser.mjs";
import { extensionProcess, requireProcThreads } from "./lib/threads.mjs";
import * as corpus from "./lib/corpus.mjs";
import { CHROMIUM, EXT_DIR, ROOT, TMP } from "./lib/paths.mjs";
import { loadWasm, requirePkg } from "./lib/wasm.mjs";

/** Times each page is planned in the hot worker before its timed batch (lets V8 tier up). */
const HOT_ROUNDS = 10;
/** Plans in each timed batch of the hot worker and of Node. */
const BATCH = 5;
/** Wait after the woken worker is ready, before the first page's plan (document start → snapshot). */
const WOKEN_IDLE_MS = 300;

requireProcThreads();
const pg = corpus.pages();
if (pg.skipped) {
  console.log(`skipped: ${pg.skipped}`);
  process.exit(0);
}
requirePkg();
const N = Number(process.argv[2] || 5);
const all = pg.pages;
const step = Math.max(1, Math.floor(all.length / N));
const pages = all.filter((_, i) => i % step === 0).slice(0, N);

const HOOK = `
// Benchmark only (bench/worker-cpu.mjs): plans a stored snapshot n times in one task.
import { plan as __benchPlan } from "../pkg/news_context.js";
(globalThis.browser || globalThis.chrome).runtime.onMessage.addListener((m, _s, reply) => {
  if (!m || m.type !== "nc-bench:plan") return false;
  (async () => {
    await ready;
    const api = globalThis.browser || globalThis.chrome;
    if (!globalThis.__benchSnapshots) {
      globalThis.__benchSnapshots = await (await fetch(api.runtime.getURL("worker-cpu-snapshots.json"))).json();
    }
    const s = globalThis.__benchSnapshots[m.which];
    const t0 = performance.now();
    for (let i = 0; i < m.n; i++) __benchPlan(s);
    reply(performance.now() - t0);
  })();
  return true;
});
`;

const extDir = path.join(TMP, "worker-cpu-extension");
fs.rmSync(extDir, { recursive: true, force: true });
fs.cpSync(EXT_DIR, extDir, { recursive: true });
const workerFile = path.join(extDir, "background/worker.js");
const worker = fs.readFileSync(workerFile, "utf8");
if (!/export\s*(const|let)\s*ready\b/.test(worker)) throw new Error("worker.js no longer exports `ready`: update bench/worker-cpu.mjs");
fs.writeFileSync(workerFile, worker + "\n" + HOOK);

const server = await startServer(all);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nc-worker-cpu-"));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const rows = [];
let ctx;
try {
  // The snapshots, taken in a browser without the extension.
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const snapLib = fs.readFileSync(path.join(ROOT, "extension/lib/snapshot.js"), "utf8");
  const snapshots = [];
  for (const p of pages) {
    const page = await plain.newPage();
    await page.goto(`${server.url}/page/${p.name}`, { waitUntil: "domcontentloaded" });
    await page.evaluate(snapLib);
    snapshots.push(await page.evaluate(() => window.NewsContext.snapshot.take(document).snapshot));
    await page.close();
  }
  await plain.close();
  fs.writeFileSync(path.join(extDir, "worker-cpu-snapshots.json"), JSON.stringify(snapshots));

  ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] });
  const sw = ctx.serviceWorkers()[0] || await ctx.waitForEvent("serviceworker");
  const control = await ctx.newPage();
  await control.goto(`chrome-extension://${new URL(sw.url()).host}/about/about.html`);
  const cdp = await ctx.newCDPSession(control);
  await cdp.send("ServiceWorker.enable");
  const send = (m) => control.evaluate((m) => chrome.runtime.sendMessage(m), m);
  await send({ type: "nc:status" });

  const { threadNs: ns, processNs, workerTid } = extensionProcess(profile);
  /** Plans snapshot `which` n times in the worker: ms per plan of the worker thread's and the process's CPU, and wall. */
  async function timed(which, n) {
    await send({ type: "nc-bench:plan", which, n: 0 }); // the snapshots are loaded, the thread known
    const tid = workerTid();
    const a = ns(tid), A = processNs();
    const wall = await send({ type: "nc-bench:plan", which, n });
    return { worker: (ns(tid) - a) / 1e6 / n, process: (processNs() - A) / 1e6 / n, wall: wall / n };
  }

  // (1) a freshly started worker
  await cdp.send("ServiceWorker.stopAllWorkers");
  await sleep(500);
  await send({ type: "nc:status" });
  await sleep(WOKEN_IDLE_MS);
  rows.push({ phase: "cold", page: pages[0].name, calls: "1", ...(await timed(0, 1)) });
  rows.push({ phase: "cold", page: pages[0].name, calls: "2", ...(await timed(0, 1)) });
  rows.push({ phase: "cold", page: pages[0].name, calls: "3-5", ...(await timed(0, 3)) });
  // (2) hot
  for (let i = 0; i < pages.length; i++) await send({ type: "nc-bench:plan", which: i, n: HOT_ROUNDS });
  for (let i = 0; i < pages.length; i++) rows.push({ phase: "hot", page: pages[i].name, calls: `x${BATCH}`, ...(await timed(i, BATCH)) });
  // (3) Node, the main thread's CPU
  const glue = await loadWasm();
  const selfNs = () => Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]);
  for (let i = 0; i < pages.length; i++) {
    glue.plan(snapshots[i]);
    glue.plan(snapshots[i]);
    const a = selfNs(), t0 = performance.now();
    for (let k = 0; k < BATCH; k++) glue.plan(snapshots[i]);
    rows.push({ phase: "node", page: pages[i].name, calls: `x${BATCH}`, worker: (selfNs() - a) / 1e6 / BATCH, process: null, wall: (performance.now() - t0) / BATCH });
  }
} finally {
  if (ctx) await ctx.close();
  await server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

const f = (v) => (v === null ? "" : v.toFixed(2));
console.log("phase | page | calls | thread CPU ms/plan | process CPU ms/plan | wall ms/plan");
for (const r of rows) console.log(`${r.phase} | ${r.page} | ${r.calls} | ${f(r.worker)} | ${f(r.process)} | ${f(r.wall)}`);
const hot = rows.filter((r) => r.phase === "hot").reduce((a, r) => a + r.worker, 0);
const node = rows.filter((r) => r.phase === "node").reduce((a, r) => a + r.worker, 0);
console.log(`hot worker / Node, thread CPU summed over the pages: ${(hot / node).toFixed(2)}; load ${os.loadavg()[0].toFixed(1)}`);
fs.writeFileSync(path.join(TMP, "worker-cpu.json"), JSON.stringify({ date: new Date().toISOString(), load: os.loadavg(), rows }, null, 1));
