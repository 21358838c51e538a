#!/usr/bin/env node
/**
 * inpage-cpu.mjs: the main-thread CPU time of the extension on corpus pages, from Chromium's trace.
 *
 *   node bench/inpage-cpu.mjs [N]   (N pages spread over ../shared/corpora/pages, default 12)
 *   node bench/inpage-cpu.mjs NAME…   (those saved pages, each printed)
 *
 * Why: the in-page figures of `run.mjs --only=inpage` are wall times, which on a shared 2-core
 * machine grow with the load (a 25 ms slice can take 80 ms of wall time when the thread is
 * preempted). This traces each page once (CDP `Tracing`, categories devtools.timeline, toplevel,
 * v8.execute, blink.user_timing) with the instrumented extension of bench/lib/bench-extension.mjs,
 * and sums the thread CPU time (`tdur`) of the page's main-thread tasks that run the extension's
 * code (a content script's function, or a microtask checkpoint of more than 0.3 ms: the page's own
 * scripts do not run, as in run.mjs): the injection task (compiling and running the content
 * scripts), the snapshot (document idle → snapshot taken), the tasks between sending and the
 * answer, and from the answer to the end (parsing the plan, drawing, cards); `maxOwnTask` is the
 * longest of them. A style or layout update that our DOM changes cause runs in a task of its own
 * and is not counted. Medians and the worst page are printed; rows go to
 * bench/results/tmp/inpage-cpu.json. Needs `make extension`.
 */
import fs from "node:fs";
import path from "node:path";
import { makeBenchExtension } from "./lib/bench-extension.mjs";
import { startServer } from "./lib/server.mjs";
import { launchWithExtension, openReporting, within } from "./lib/browser.mjs";
import { mainThreadTasks, traceAnnotation } from "./lib/trace.mjs";
import * as corpus from "./lib/corpus.mjs";
import { TMP } from "./lib/paths.mjs";

/** Page names among the arguments: those pages only (the slowest of a run, say), each printed. */
const named = process.argv.slice(2).filter((a) => !/^\d+$/.test(a));
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) || 12);
const pg = corpus.pages();
if (pg.skipped) {
  console.log(`skipped: ${pg.skipped}`);
  process.exit(0);
}
const all = pg.pages;
const step = Math.max(1, Math.floor(all.length / N));
const pages = named.length ? named.map((n) => all.find((p) => p.name === n) || { name: n }) : all.filter((_, i) => i % step === 0).slice(0, N);
const server = await startServer(all);
const dir = makeBenchExtension();
const { ctx, profile } = await launchWithExtension(dir, "inpage-cpu");
const open = (name) => openReporting(ctx, `${server.url}/page/${name}`);
if (!ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker");
// One page first, so that the worker is started and warm (cold start is run.mjs's business).
{ const o = await open(all[0].name); await o.go(); await within(o.done, 30000).catch((e) => console.log(`warm-up: ${e.message}`)); await o.page.close(); }

function analyse(ev, fin) {
  const tasks = mainThreadTasks(ev, fin);
  if (!tasks) return null;
  const { main, tops, mark, at } = tasks;
  const ours = (t) => {
    const kids = main.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
    let any = false;
    for (const k of kids) {
      const url = k.args?.data?.url || "";
      if ((k.name === "FunctionCall" || k.name === "EvaluateScript") && url.startsWith("chrome-extension")) {
        if (url.endsWith("bench-probe.js") && k.args.data.functionName === "tick") continue;
        any = true;
      }
      if (k.name === "RunMicrotasks" && k.dur > 300) any = true;
    }
    return any;
  };
  const cpu = (t) => (t.tdur !== undefined ? t.tdur : t.dur) / 1000;
  const sum = (from, to) => tops.filter((t) => t.ts >= at(from) - 1 && t.ts < at(to) && ours(t)).reduce((a, t) => a + cpu(t), 0);
  const maxTask = (from, to) => Math.max(0, ...tops.filter((t) => t.ts >= at(from) - 1 && t.ts < at(to) && ours(t)).map(cpu));
  const inj = tops.find((t) => t.ts <= mark.ts && t.ts + t.dur >= mark.ts);
  const applied = fin.applied;
  return {
    injection: inj ? cpu(inj) : null,
    snapshot: sum(fin.idle + 0.01, fin.snap1 + 0.01) ,
    sendWait: sum(fin.snap1 + 0.01, fin.answer - 0.5),
    after: sum(fin.answer - 0.5, applied + 1),
    total: sum(fin.idle + 0.01, applied + 1),
    maxOwnTask: maxTask(fin.idle + 0.01, applied + 1),
    wall: applied - fin.idle,
  };
}

const rows = [];
for (const p of pages) {
  const o = await open(p.name);
  try {
    const { events, fin } = await traceAnnotation(ctx, o, 30000);
    const r = analyse(events, fin);
    if (r) rows.push({ page: p.name, ...r });
    if (r && named.length) console.log(`${p.name}: ${Object.entries(r).map(([k, v]) => `${k} ${v === null ? "?" : v.toFixed(1)}`).join(", ")}`);
  } catch (e) {
    console.log(p.name, e.message);
  }
  await o.page.close();
}
await ctx.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
const med = (k) => { const v = rows.map((r) => r[k]).filter((x) => x !== null).sort((a, b) => a - b); return v.length ? v[v.length >> 1] : null; };
const mx = (k) => Math.max(...rows.map((r) => r[k] || 0));
const keys = ["injection", "snapshot", "sendWait", "after", "total", "maxOwnTask", "wall"];
console.log(`${rows.length} pages; main-thread CPU ms (wall for "wall"), median [worst page]: ` + keys.map((k) => `${k} ${med(k)?.toFixed(1)} [${mx(k).toFixed(0)}]`).join(", "));
fs.mkdirSync(TMP, { recursive: true });
fs.writeFileSync(path.join(TMP, "inpage-cpu.json"), JSON.stringify(rows, null, 1) + "\n");
