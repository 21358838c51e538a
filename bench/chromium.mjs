/**
 * chromium.mjs: the benchmark parts that need Debian's Chromium (driven by playwright-core).
 *
 * Two browsers, one after the other:
 * - plain (no extension): the shipped wasm in a page, per article; mark.js against our applier
 *   wrapping the same name mentions on every corpus page; the page heap without the extension.
 * - with the instrumented copy of the extension (bench/lib/bench-extension.mjs): service-worker
 *   cold and warm start, end to end on every corpus page (and on large generated pages), the
 *   extension's heap in the page and in the service worker.
 * Every request that is not to the local server or the extension is aborted; corpus pages are sent
 * with `script-src 'none'`, so their own scripts do not run.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, ROOT, TMP } from "./lib/paths.mjs";
import { startServer } from "./lib/server.mjs";
import { blockRemote, CHROMIUM_ARGS, launchWithExtension } from "./lib/browser.mjs";
import { makeBenchExtension } from "./lib/bench-extension.mjs";
import { extensionProcess } from "./lib/threads.mjs";
import { loadWasm } from "./lib/wasm.mjs";
import { snapshotOfText } from "./lib/snapshot-of-text.mjs";
import { median, perItemMedian, summary, sum, max } from "./lib/stats.mjs";

/** Between waking the service worker (nc:status) and the first nc:plan, in the start-up part. */
const WOKEN_PLAN_DELAY_MS = 100;
const TINY = snapshotOfText("Russian President Vladimir Putin said: “We agreed.”", "2025-11-28");
const LIB = (f) => fs.readFileSync(path.join(ROOT, "extension/lib", f), "utf8");
const MARKJS = fs.readFileSync(path.join(ROOT, "node_modules/mark.js/dist/mark.js"), "utf8");

/** The heap of the page's V8 isolate (page and content scripts together), after a full GC. */
async function pageHeap(ctx, page) {
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("HeapProfiler.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const h = await cdp.send("Runtime.getHeapUsage");
  await cdp.detach();
  return h;
}

// ------------------------------------------------------------------------------------------------
// Plain browser: wasm in a page, mark.js, page heap baseline.

async function wasmInPage(ctx, server, articles, rounds, log) {
  const page = await ctx.newPage();
  await page.goto(`${server.url}/wasm.html`);
  const startup = await page.evaluate(() => window.ncBench);
  const kb = await page.evaluate((snap) => {
    const t0 = performance.now();
    window.nc.plan(snap);
    const t1 = performance.now();
    window.nc.plan(snap);
    return { firstPlanMs: t1 - t0, warmPlanMs: performance.now() - t1, isolated: self.crossOriginIsolated };
  }, TINY);
  const chunks = [];
  for (let i = 0; i < articles.length; i += 40) chunks.push(articles.slice(i, i + 40).map((a) => [a.text, a.date]));
  const allRounds = [];
  for (let r = 0; r < rounds; r++) {
    const times = [];
    for (const chunk of chunks) {
      times.push(...(await page.evaluate((items) => items.map(([text, date]) => {
        const t0 = performance.now();
        window.nc.analyze(text, date);
        return performance.now() - t0;
      }), chunk)));
    }
    allRounds.push(times);
    log(`  wasm in page, round ${r + 1}/${rounds}: ${sum(times).toFixed(0)} ms`);
  }
  await page.close();
  const t = perItemMedian(allRounds);
  const bytes = sum(articles.map((a) => Buffer.byteLength(a.text)));
  return {
    startup: { ...startup, ...kb, kbReadyMs: kb.firstPlanMs - kb.warmPlanMs },
    perArticle: { ...summary(t), articles: articles.length, bytes, rounds, mbPerS: bytes / 1e6 / (sum(t) / 1e3) },
  };
}

/**
 * mark.js against our applier on one loaded page, wrapping the same name mentions: the snapshot is
 * taken in the page (extension/lib/snapshot.js), planned in Node by the same wasm, and its `name`
 * marks are drawn by NewsContext.applier.apply, then (after undo) by mark.js's markRanges on the
 * same ranges (offsets into mark.js's own concatenation of the body's text nodes).
 */
async function markjsOnPage(page, wasm, reps) {
  await page.evaluate(LIB("snapshot.js") + "\n" + LIB("applier.js") + "\n" + MARKJS);
  const snapshot = await page.evaluate(() => {
    const { snapshot, nodes } = window.NewsContext.snapshot.take(document);
    window.__ncNodes = nodes;
    return snapshot;
  });
  if (!snapshot.nodes.length) return null;
  const plan = wasm.plan(snapshot);
  // Where the worker's time goes, in Node: the whole plan(), and plan() of the same snapshot
  // declared French, which returns right after reading the snapshot into Rust (serde-wasm-bindgen).
  const timeIt = (fn) => median([0, 1, 2].map(() => { const t0 = performance.now(); fn(); return performance.now() - t0; }));
  const diag = {
    snapshotBytes: JSON.stringify(snapshot).length,
    planMs: timeIt(() => wasm.plan(snapshot)),
    readSnapshotMs: timeIt(() => wasm.plan({ ...snapshot, lang: "fr" })),
  };
  const names = plan.marks.filter((m) => m.kind === "name");
  if (!names.length) return { names: 0, diag };
  const drawn = await page.evaluate(({ names, reps }) => {
    const nodes = window.__ncNodes;
    const texts = nodes.map((n) => n.data);
    const ours = [];
    let oursCount = 0;
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      const h = window.NewsContext.applier.apply({ marks: names }, nodes, { texts });
      ours.push(performance.now() - t0);
      oursCount = h.counts.names;
      h.undo();
    }
    // mark.js's text: every text node under <body> whose parent is not script/style/title/head/html.
    const offsets = new Map();
    let at = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) => (n.parentNode.matches("script, style, title, head, html") ? 2 : 1),
    });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { offsets.set(n, at); at += n.textContent.length; }
    const ranges = names.filter((m) => offsets.has(nodes[m.node]))
      .map((m) => ({ start: offsets.get(nodes[m.node]) + m.start, length: m.end - m.start }));
    const markjs = [];
    let markjsCount = 0;
    for (let r = 0; r < reps; r++) {
      const instance = new window.Mark(document.body);
      const t0 = performance.now();
      instance.markRanges(ranges, { done: (n) => { markjsCount = n; } });
      markjs.push(performance.now() - t0);
      instance.unmark();
    }
    const med = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
    return { names: names.length, oursCount, markjsCount, oursMs: med(ours), markjsMs: med(markjs) };
  }, { names, reps });
  return { ...drawn, diag };
}

export async function plainBrowser({ pages, articles, server, rounds, reps, largest, log }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const ctx = await browser.newContext();
  await blockRemote(ctx);
  const out = {};
  try {
    log("chromium: the wasm in a page, per article");
    out.wasmPage = await wasmInPage(ctx, server, articles, rounds, log);

    log(`chromium: mark.js and our applier on ${pages.length} pages`);
    const wasm = await loadWasm();
    const rows = [];
    const diags = [];
    for (const p of pages) {
      const page = await ctx.newPage();
      try {
        await page.goto(`${server.url}/${p.path}`, { waitUntil: "load", timeout: 30000 });
        const r = await markjsOnPage(page, wasm, reps);
        if (r) diags.push({ page: p.name, ...r.diag });
        if (r && r.names) rows.push({ page: p.name, ...r, diag: undefined });
      } catch (e) {
        log(`  ${p.name}: ${e.message.split("\n")[0]}`);
      } finally {
        await page.close();
      }
    }
    const ours = rows.map((r) => r.oursMs);
    const mk = rows.map((r) => r.markjsMs);
    out.markjs = {
      pages: rows.length,
      names: sum(rows.map((r) => r.names)),
      oursWrapped: sum(rows.map((r) => r.oursCount)),
      markjsWrapped: sum(rows.map((r) => r.markjsCount)),
      ours: summary(ours),
      markjs: summary(mk),
      ratio: { median: median(mk) / median(ours), total: sum(mk) / sum(ours), perPageMedian: median(rows.map((r) => r.markjsMs / Math.max(r.oursMs, 0.005))) },
      rows,
    };

    out.planInNode = {
      pages: diags.length,
      snapshotBytes: summary(diags.map((d) => d.snapshotBytes)),
      plan: summary(diags.map((d) => d.planMs)),
      readSnapshot: summary(diags.map((d) => d.readSnapshotMs)),
      rows: diags,
    };

    if (largest) {
      const page = await ctx.newPage();
      await page.goto(`${server.url}/${largest.path}`, { waitUntil: "load", timeout: 30000 });
      await page.waitForTimeout(1000);
      out.baselineHeap = await pageHeap(ctx, page);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

// ------------------------------------------------------------------------------------------------
// Browser with the (instrumented) extension.

/** A CDP session to the extension's service worker, through the page session's Target domain. */
async function workerSession(cdp) {
  const { targetInfos } = await cdp.send("Target.getTargets");
  const t = targetInfos.find((x) => x.type === "service_worker" && x.url.startsWith("chrome-extension://"));
  if (!t) throw new Error("no extension service worker is running");
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: t.targetId, flatten: false });
  let id = 0;
  const pending = new Map();
  const onMessage = (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    if (m.id && pending.has(m.id)) { pending.get(m.id)(m); pending.delete(m.id); }
  };
  cdp.on("Target.receivedMessageFromTarget", onMessage);
  const send = (method, params = {}) => new Promise((resolve, reject) => {
    const i = ++id;
    pending.set(i, (m) => (m.error ? reject(new Error(m.error.message)) : resolve(m.result)));
    cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: i, method, params }) }).catch(reject);
  });
  const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true })).result.value;
  return { send, evaluate, detach: () => cdp.send("Target.detachFromTarget", { sessionId }).catch(() => {}) };
}

/** Round trip of one message from an extension page to the worker, timed in the page. */
function roundTrip(page, message) {
  return page.evaluate(async (m) => {
    const t0 = performance.now();
    const a = await chrome.runtime.sendMessage(m);
    return { ms: performance.now() - t0, workerMs: a && a.__bench ? a.__bench.workerMs : null, ok: !!(a && (a.ready || a.plan)) };
  }, message);
}

async function stopWorker(cdp) {
  await cdp.send("ServiceWorker.stopAllWorkers");
  await new Promise((r) => setTimeout(r, 400));
}

/**
 * The CPU time (ms) the service worker's thread has run since it started, from /proc (Linux; null
 * elsewhere or when the thread is not found). A stopped worker starts again on a new thread, so
 * read right after a cold round trip it is the CPU of that start and its first answer, whatever
 * the machine's load does to the wall time.
 */
function workerThreadCpuMs(threads) {
  const tid = threads && threads.workerTid();
  return tid ? threads.threadNs(tid) / 1e6 : null;
}

async function serviceWorkerStart(ctx, extensionId, reps, log, profile) {
  let threads = null;
  try {
    if (process.platform === "linux" && profile) threads = extensionProcess(profile);
  } catch {
    threads = null; // no extension process found in /proc: wall times only
  }
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench.html`);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  // The worker of a freshly loaded extension is still installing; stopped then, its restart
  // may not take messages ("Receiving end does not exist"). One answered round trip first.
  await roundTrip(page, { type: "nc:status" });
  const rows = [];
  for (let i = 0; i < reps; i++) {
    await stopWorker(cdp);
    const coldStatus = await roundTrip(page, { type: "nc:status" });
    const warmStatus = await roundTrip(page, { type: "nc:status" });
    const s = await workerSession(cdp);
    const inside = await s.evaluate("JSON.stringify(globalThis.__ncBench)").then(JSON.parse);
    await s.detach();
    await stopWorker(cdp);
    const coldPlan = await roundTrip(page, { type: "nc:plan", snapshot: TINY });
    coldPlan.threadCpuMs = workerThreadCpuMs(threads);
    // As the content scripts do: content/early.js wakes the worker at document_start, and the
    // page's plan is asked for once it is idle and its snapshot taken (100 ms later here).
    await stopWorker(cdp);
    await roundTrip(page, { type: "nc:status" });
    await new Promise((r) => setTimeout(r, WOKEN_PLAN_DELAY_MS));
    const wokenPlan = await roundTrip(page, { type: "nc:plan", snapshot: TINY });
    const warmPlan = [];
    for (let k = 0; k < 5; k++) warmPlan.push(await roundTrip(page, { type: "nc:plan", snapshot: TINY }));
    rows.push({ coldStatus, warmStatus, inside, coldPlan, wokenPlan, warmPlan: median(warmPlan.map((w) => w.ms)), warmPlanWorker: median(warmPlan.map((w) => w.workerMs)) });
  }
  await cdp.detach();
  await page.close();
  const pick = (f) => median(rows.map(f));
  const out = {
    reps,
    coldStatusMs: pick((r) => r.coldStatus.ms),
    coldPlanMs: pick((r) => r.coldPlan.ms),
    coldPlanWorkerMs: pick((r) => r.coldPlan.workerMs),
    // CPU of the worker's thread from its start to the cold nc:plan's answer (null off Linux).
    coldPlanThreadCpuMs: threads ? pick((r) => r.coldPlan.threadCpuMs) : null,
    wokenPlanDelayMs: WOKEN_PLAN_DELAY_MS,
    wokenPlanMs: pick((r) => r.wokenPlan.ms),
    warmStatusMs: pick((r) => r.warmStatus.ms),
    warmPlanMs: pick((r) => r.warmPlan),
    warmPlanWorkerMs: pick((r) => r.warmPlanWorker),
    workerScriptStartMs: pick((r) => r.inside.start),
    workerWasmReadyMs: pick((r) => r.inside.ready),
  };
  out.kbReadyMs = out.coldPlanMs - out.coldStatusMs;
  const cpu = out.coldPlanThreadCpuMs === null ? "" : ` (worker thread CPU ${out.coldPlanThreadCpuMs.toFixed(1)} ms)`;
  log(`  service worker: cold nc:status ${out.coldStatusMs.toFixed(1)} ms, cold nc:plan ${out.coldPlanMs.toFixed(1)} ms${cpu}, warm nc:plan ${out.warmPlanMs.toFixed(1)} ms`);
  return out;
}

/**
 * The main-thread recorder, run in the page's main world from document start (the same in the
 * browser with the extension and in the one without): a 0 ms `setTimeout` heartbeat that keeps
 * every gap of more than GAP_KEEP_MS between beats, and the Long Tasks API's entries. It stops at
 * `stopAt` (ms after navigation start; with the extension: at the probe's final report, 500 ms
 * after the marks)
 * and then says so on the console, which the harness waits for: polling the page from Playwright
 * would run Playwright's own scripts on the page's thread in the middle of the measurement.
 */
function recorder({ stopAt, withExtension }) {
  const GAP_KEEP_MS = 8;
  const rec = (window.__ncRec = { gaps: [], longtasks: [], final: null });
  let beat = performance.now();
  let stop = stopAt === null ? Infinity : stopAt; // (Infinity does not survive the trip as JSON)
  const tick = () => {
    const now = performance.now();
    if (now - beat > GAP_KEEP_MS) rec.gaps.push([beat, now - beat]);
    beat = now;
    if (now < stop) setTimeout(tick, 0);
    else console.debug("nc-bench:done");
  };
  setTimeout(tick, 0);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch (_) { /* no Long Tasks API */ }
  if (withExtension) {
    document.addEventListener("nc-bench", (e) => {
      const r = JSON.parse(e.detail);
      // The probe's final report comes 500 ms after the marks: the recorder stops with it.
      if (r.phase === "final" && !rec.final) { rec.final = r; stop = 0; }
    });
  }
}

/**
 * The longest gap and long task of `rec` that overlap [from, to] (ms after navigation start), and
 * where that gap starts (`maxGapFromIdle`, ms after `from`). A gap already under way at `from` counts
 * from the start of the long task in progress at `from`, else from `from`: with the extension,
 * `from` is the probe's first line, inside the task that injects the content scripts, which the
 * Long Tasks API gives whole when it runs over 50 ms; what ran before that task is the page's own.
 * (Counted whole, the generated 5 MB page's first layout, about 1.1 s of the page's CPU right
 * before document idle, was reported as the extension's block whenever no beat fell between it and
 * the injection task: 1,524 / 171 / 1,134 ms in three runs of the same code.) `cutBefore` is how
 * much of such a gap was left out. For the same page without the extension (`ownTaskAtFrom`
 * false) no task of ours runs at `from`, so a gap under way then counts from `from`: counting the
 * page's own task from its start would add to the baseline what the run with the extension leaves
 * out, and make the extension's added block look smaller than it is.
 */
function blocksIn(rec, from, to, { ownTaskAtFrom = true } = {}) {
  const running = ownTaskAtFrom && rec.longtasks.find(([start, d]) => start <= from && start + d > from);
  const clip = running ? running[0] : from;
  let maxGap = 0, maxGapFromIdle = null, cutBefore = 0;
  for (const [start, d] of rec.gaps) {
    if (!(start + d > from && start < to)) continue;
    const counted = start < clip ? start + d - clip : d;
    if (start < clip) cutBefore = Math.max(cutBefore, clip - start);
    if (counted > maxGap) { maxGap = counted; maxGapFromIdle = Math.max(start, clip) - from; }
  }
  const tasks = rec.longtasks.filter(([start, d]) => start + d > from && start < to).map(([, d]) => d);
  return { maxGap, maxGapFromIdle, cutBefore, longestTask: max([0, ...tasks]) };
}

/**
 * Opens `url` with the recorder and waits until it is done. With the extension, it stops 500 ms
 * after the marks are drawn and `r` is the probe's final report; without, at `stopAt`.
 */
async function recordPage(ctx, url, timeout, { withExtension, stopAt = Infinity }) {
  const page = await ctx.newPage();
  await page.addInitScript(recorder, { stopAt: Number.isFinite(stopAt) ? stopAt : null, withExtension });
  const done = new Promise((resolve) => page.on("console", (m) => { if (m.text() === "nc-bench:done") resolve(); }));
  try {
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: 60000 });
    let timer;
    await Promise.race([done, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no report in ${timeout / 1000} s`)), timeout); })])
      .finally(() => clearTimeout(timer));
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      return { rec: window.__ncRec, dcl: nav.domContentLoadedEventEnd, ncMarks: document.querySelectorAll("nc-mark").length };
    });
    return { ...r, page };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** Opens one page with the extension and waits for the probe's final report (+ 500 ms). */
async function endToEnd(ctx, url, timeout) {
  const { rec, dcl, ncMarks, page } = await recordPage(ctx, url, timeout, { withExtension: true });
  if (!rec.final) {
    await page.close();
    throw new Error("the probe sent no final report");
  }
  const r = { ...rec.final, dcl, ncMarks, probeMaxGap: rec.final.maxGap };
  // The same moments as the probe's heartbeat (idle → 500 ms after the marks), seen from the
  // main world: what the page's thread went through while the extension worked.
  Object.assign(r, blocksIn(rec, r.idle, r.applied + 500));
  r.window = [r.idle, r.applied + 500];
  return { r, page };
}

function phases(r) {
  const d = (a, b) => (r[a] !== undefined && r[b] !== undefined ? r[b] - r[a] : null);
  const out = {
    dclToIdle: r.idle - r.dcl,
    total: r.applied - r.idle,
    // The settings are read while the snapshot is taken: what is left of the wait after the
    // snapshot, plus serialising the snapshot, is the time from its end to the message.
    settings: d("snap1", "send"),
    settingsRead: d("settings0", "settings1"),
    snapshot: d("snap0", "snap1"),
    roundTrip: d("send", "answer"),
    worker: r.workerMs,
    // Of which the page's plan() call inside the worker (the rest: JSON, pieces, messages).
    workerPlan: r.workerPlanMs === undefined ? null : r.workerPlanMs,
    afterAnswer: d("answer", "apply0"),
    // From the drawing's start to the end: drawing and cards (mounted in a task of their own
    // when the drawing's last task has run long).
    apply: d("apply0", "applied"),
    mount: d("mount0", "mount1"),
    maxGap: r.maxGap,
    maxGapFromIdle: r.maxGapFromIdle,
    cutBefore: r.cutBefore,
    probeMaxGap: r.probeMaxGap,
    longestTask: r.longestTask,
    window: r.window,
    nodes: r.nodes,
    marks: r.marks || 0,
    names: r.counts ? r.counts.names : 0,
    claims: r.counts ? r.counts.claims : 0,
    snapshotBytes: r.snapshotBytes || 0,
  };
  out.messaging = out.roundTrip !== null && out.worker !== null ? out.roundTrip - out.worker : null;
  // The extension's own unsliced work in the page: cards.mount (snapshot and apply run in slices).
  out.longestOwnTask = out.mount || 0;
  return out;
}

export async function extensionBrowser({ pages, server, swReps, largest, bigPages, log }) {
  const dir = makeBenchExtension();
  const { ctx, profile } = await launchWithExtension(dir, "bench");
  const out = {};
  try {
    let worker = ctx.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
    if (!worker) worker = await ctx.waitForEvent("serviceworker", { timeout: 15000 });
    const extensionId = new URL(worker.url()).host;

    // Without corpus pages (run.mjs --only=bigpages) only the generated large pages are measured.
    if (pages.length) {
      log("chromium + extension: service-worker start");
      out.serviceWorker = await serviceWorkerStart(ctx, extensionId, swReps, log, profile);

      log(`chromium + extension: end to end on ${pages.length} pages`);
      // One page first, so that the worker's knowledge base is ready (cold start is measured above).
      if (pages.length) await endToEnd(ctx, `${server.url}/${pages[0].path}`, 30000).then(({ page }) => page.close()).catch(() => {});
      // Each page is loaded right after in a browser without the extension, recorded the same way
      // over the same moments (ms after navigation start): what the page and Chromium do anyway
      // (parsing, style, layout, frames, the harness's own scripts) is not the extension's.
      const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
      const plainCtx = await plain.newContext();
      await blockRemote(plainCtx);
      const rows = [];
      for (const p of pages) {
        try {
          const { r, page } = await endToEnd(ctx, `${server.url}/${p.path}`, 30000);
          await page.close();
          const row = { page: p.name, ...phases(r) };
          const without = await recordPage(plainCtx, `${server.url}/${p.path}`, 30000, { withExtension: false, stopAt: r.window[1] });
          await without.page.close();
          const b = blocksIn(without.rec, r.window[0], r.window[1], { ownTaskAtFrom: false });
          row.plainMaxGap = b.maxGap;
          row.plainLongestTask = b.longestTask;
          row.addedGap = Math.max(0, row.maxGap - b.maxGap);
          rows.push(row);
        } catch (e) {
          log(`  ${p.name}: ${e.message.split("\n")[0]}`);
          rows.push({ page: p.name, failed: e.message.split("\n")[0] });
        }
      }
      await plain.close();
      const ok = rows.filter((r) => !r.failed);
      const sent = ok.filter((r) => r.nodes > 0);
      const col = (k, list = sent) => list.map((r) => r[k]).filter((v) => v !== null && v !== undefined);
      out.endToEnd = {
        pages: pages.length,
        measured: sent.length,
        failed: rows.filter((r) => r.failed).length,
        annotated: sent.filter((r) => r.names + r.claims > 0).length,
        total: summary(col("total")),
        dclToIdle: summary(col("dclToIdle")),
        settings: summary(col("settings")),
        snapshot: summary(col("snapshot")),
        messaging: summary(col("messaging")),
        worker: summary(col("worker")),
        workerPlan: summary(col("workerPlan")),
        afterAnswer: summary(col("afterAnswer")),
        apply: summary(col("apply")),
        maxGap: summary(col("maxGap", ok)),
        probeMaxGap: summary(col("probeMaxGap", ok)),
        longestTask: summary(col("longestTask", ok)),
        plainMaxGap: summary(col("plainMaxGap", ok)),
        plainLongestTask: summary(col("plainLongestTask", ok)),
        addedGap: summary(col("addedGap", ok)),
        plainOver50: ok.filter((r) => r.plainMaxGap > 50).length,
        addedOver50: ok.filter((r) => r.addedGap > 50).map((r) => `${r.page} (+${r.addedGap.toFixed(0)} ms)`),
        longestOwnTask: summary(col("longestOwnTask")),
        over50: ok.filter((r) => r.maxGap > 50).map((r) => `${r.page} (${r.maxGap.toFixed(0)} ms)`),
        rows,
      };

      // The same with the service worker asleep (as after 30 s without work): the content script
      // wakes it first, so its start overlaps the snapshot. A few pages spread over the sample.
      const asleep = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / swReps)) === 0).slice(0, swReps);
      log(`chromium + extension: end to end with the service worker asleep, ${asleep.length} pages`);
      const control = await ctx.newPage();
      await control.goto(`chrome-extension://${extensionId}/bench.html`);
      const controlCdp = await ctx.newCDPSession(control);
      await controlCdp.send("ServiceWorker.enable");
      const asleepRows = [];
      for (const p of asleep) {
        try {
          await stopWorker(controlCdp);
          const { r, page } = await endToEnd(ctx, `${server.url}/${p.path}`, 30000);
          await page.close();
          asleepRows.push({ page: p.name, ...phases(r) });
        } catch (e) {
          log(`  ${p.name} (worker asleep): ${e.message.split("\n")[0]}`);
        }
      }
      await controlCdp.detach();
      await control.close();
      const coldSent = asleepRows.filter((r) => r.nodes > 0);
      out.endToEndAsleep = {
        pages: asleep.length,
        measured: coldSent.length,
        total: summary(coldSent.map((r) => r.total)),
        roundTrip: summary(coldSent.map((r) => r.roundTrip)),
        snapshot: summary(coldSent.map((r) => r.snapshot)),
        rows: asleepRows,
      };

    } else if (bigPages.length) {
      // One small generated page first, so that the worker's knowledge base is ready.
      await endToEnd(ctx, `${server.url}/gen/5000`, 30000).then(({ page }) => page.close()).catch(() => {});
    }

    if (largest) {
      log(`chromium + extension: memory after annotating the largest page (${largest.name})`);
      const { page } = await endToEnd(ctx, `${server.url}/${largest.path}`, 30000);
      const heap = await pageHeap(ctx, page);
      const cdp = await ctx.newCDPSession(page);
      const s = await workerSession(cdp);
      await s.send("HeapProfiler.enable").catch(() => {});
      await s.send("HeapProfiler.collectGarbage").catch(() => {});
      const workerHeap = await s.send("Runtime.getHeapUsage");
      const wasmMemory = await s.evaluate("globalThis.__ncMemory ? globalThis.__ncMemory.buffer.byteLength : null");
      await s.detach();
      await cdp.detach();
      await page.close();
      out.memory = { page: largest.name, pageHeap: heap, workerHeap, wasmMemory };
    }

    out.bigPages = [];
    for (const b of bigPages) {
      log(`chromium + extension: a generated page of ${b.label} (timeout ${b.timeout / 1000} s)`);
      try {
        const { r, page } = await endToEnd(ctx, `${server.url}/gen/${b.bytes}`, b.timeout);
        await page.close();
        out.bigPages.push({ label: b.label, bytes: b.bytes, ...phases(r) });
      } catch (e) {
        out.bigPages.push({ label: b.label, bytes: b.bytes, failed: `not finished in ${b.timeout / 1000} s` });
      }
    }
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return out;
}

/**
 * The start-up part alone (`run.mjs --only=startup`): the service worker's cold, woken and warm
 * round trips of the instrumented extension, as the full run measures them before the corpus pages.
 */
export async function extensionStartup({ swReps, log }) {
  const dir = makeBenchExtension();
  const { ctx, profile } = await launchWithExtension(dir, "bench-startup");
  try {
    let worker = ctx.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
    if (!worker) worker = await ctx.waitForEvent("serviceworker", { timeout: 15000 });
    log("chromium + extension: service-worker start");
    return { serviceWorker: await serviceWorkerStart(ctx, new URL(worker.url()).host, swReps, log, profile) };
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export { startServer, max, TMP };
