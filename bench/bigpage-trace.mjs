#!/usr/bin/env node
/**
 * bigpage-trace.mjs: which main-thread tasks the extension causes on the large generated pages,
 * from Chromium's trace.
 *
 *   node bench/bigpage-trace.mjs [--from-answer] [100000 1000000 5000000]   (page sizes in bytes of text)
 *   node bench/bigpage-trace.mjs [--from-answer] --page NAME…   (saved pages of ../shared/corpora/pages)
 *
 * Why: run.mjs's big-page part reports the longest block of the page's main thread (a heartbeat's
 * largest gap) but not what ran in it. This opens each generated page (bench/lib/server.mjs
 * /gen/<bytes>) with the instrumented extension (bench/lib/bench-extension.mjs), traces it (CDP
 * `Tracing`, categories devtools.timeline, toplevel, v8.execute, blink.user_timing), and prints
 * every top-level task of the page's main thread from document idle to 500 ms after the marks that
 * ran longer than LONG_TASK_MS (wall), with its thread CPU time and its longest inner events (a
 * content script's function, a microtask checkpoint, style, layout, paint, the messaging layer's
 * task), so that a block can be named before it is cut. The probe's own heartbeat gap is printed
 * beside them. With `--from-answer`, every task of more than 3 ms CPU from the plan's arrival on is
 * listed instead (what the drawing and the frames it causes cost, one by one). `NC_TRACE_EXTRA`
 * (bench/lib/trace.mjs) adds trace categories; `NC_TRACE_DUMP=<file>` writes every event inside the
 * listed tasks to that file (JSON). Needs `make extension`; does not need ../shared.
 */
import fs from "node:fs";
import { makeBenchExtension } from "./lib/bench-extension.mjs";
import { startServer } from "./lib/server.mjs";
import { launchWithExtension, openReporting, within } from "./lib/browser.mjs";
import { mainThreadTasks, traceAnnotation } from "./lib/trace.mjs";
import * as corpus from "./lib/corpus.mjs";

/** A task at least this long (wall ms) is listed. */
const LONG_TASK_MS = 50;
/** Tasks listed by CPU time per page (whatever their wall time). */
const TOP_CPU_SHOWN = 4;
/** Inner events listed per long task. */
const INNER_SHOWN = 8;
/** The longest a page may take to be annotated (ms): the 5 MB page's worker alone takes seconds. */
const PAGE_TIMEOUT_MS = 300000;

/** `--from-answer`: list every task over FROM_ANSWER_CPU_MS of CPU from the plan's answer on instead. */
const fromAnswer = process.argv.includes("--from-answer");
const FROM_ANSWER_CPU_MS = 3;
/** With NC_TRACE_DUMP: the tasks whose events are written, by thread CPU ms. */
const DUMP_CPU_MS = 40;
/** `--page`: the other arguments name saved corpus pages (a block the in-page part reported there). */
const named = process.argv.includes("--page") ? process.argv.slice(2).filter((a) => !a.startsWith("--")) : [];
const sizes = named.length ? [] : process.argv.slice(2).map(Number).filter((n) => n > 0);
if (!named.length && !sizes.length) sizes.push(100000, 1000000, 5000000);
let saved = [];
if (named.length) {
  const pg = corpus.pages();
  if (pg.skipped) {
    console.log(`skipped: ${pg.skipped}`);
    process.exit(0);
  }
  saved = pg.pages;
  const unknown = named.filter((n) => !saved.some((p) => p.name === n));
  if (unknown.length) throw new Error(`no such saved page: ${unknown.join(", ")}`);
}
const server = await startServer(saved);
const dir = makeBenchExtension();
const { ctx, profile } = await launchWithExtension(dir, "bigpage-trace");
const open = (url) => openReporting(ctx, url, 120000);
if (!ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker");

// A small page first, so that the worker is started and its code compiled.
{ const o = await open(`${server.url}/gen/5000`); await o.go(); await within(o.done, 30000).catch((e) => console.log(`warm-up: ${e.message}`)); await o.page.close(); }

/** What an inner event is, in a few words. */
function label(e) {
  const d = e.args?.data || {};
  const src = e.args?.src_func ? ` ${e.args.src_file?.split("/").pop()}:${e.args.src_func}` : "";
  if (d.url) return `${e.name} ${d.url.split("/").slice(-2).join("/")}${d.functionName ? ` ${d.functionName}` : ""}`;
  if (d.type) return `${e.name} ${d.type}`;
  return `${e.name}${src}`;
}

function analyse(ev, fin) {
  const tasks = mainThreadTasks(ev, fin);
  if (!tasks) return null;
  const { main, tops, origin, at } = tasks;
  const from = at(fromAnswer ? fin.answer - 1 : fin.idle), to = at(fin.applied + 500);
  const long = tops.filter((t) => t.ts + t.dur > from && t.ts < to &&
    (fromAnswer ? (t.tdur ?? t.dur) / 1000 >= FROM_ANSWER_CPU_MS : t.dur / 1000 >= LONG_TASK_MS));
  const cpu = (t) => (t.tdur ?? t.dur) / 1000;
  const byCpu = tops.filter((t) => t.ts + t.dur > at(fin.idle) && t.ts < to).sort((a, b) => cpu(b) - cpu(a)).slice(0, TOP_CPU_SHOWN);
  console.log(`  the ${TOP_CPU_SHOWN} tasks of most CPU (ms, at ms after idle): ${byCpu.map((t) => `${cpu(t).toFixed(1)} at +${((t.ts - origin) / 1000 - fin.idle).toFixed(0)} ${label(t).replace("ThreadControllerImpl::RunTask ", "")}`).join("; ")}`);
  // NC_TRACE_DUMP=<file>: every event inside the listed tasks of DUMP_CPU_MS or more, as JSON
  // (what a task's untraced time sits between).
  if (process.env.NC_TRACE_DUMP) {
    const inside = long.filter((t) => (t.tdur ?? t.dur) / 1000 >= DUMP_CPU_MS).map((t) => main.filter((e) => e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur)
      .map((e) => ({ at: +((e.ts - t.ts) / 1000).toFixed(2), dur: e.dur !== undefined ? +(e.dur / 1000).toFixed(2) : null,
        cpu: e.tdur !== undefined ? +(e.tdur / 1000).toFixed(2) : null, name: e.name, ph: e.ph })));
    fs.writeFileSync(process.env.NC_TRACE_DUMP, JSON.stringify(inside, null, 0));
  }
  return long.map((t) => {
    const kids = main.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur)
      .sort((a, b) => b.dur - a.dur).slice(0, INNER_SHOWN)
      .map((k) => `${(k.dur / 1000).toFixed(1)} ${label(k)}`);
    return { atMs: +((t.ts - origin) / 1000 - fin.idle).toFixed(1), wallMs: +(t.dur / 1000).toFixed(1),
      cpuMs: t.tdur !== undefined ? +(t.tdur / 1000).toFixed(1) : null, task: label(t), inner: kids };
  });
}

for (const bytes of [...sizes, ...named]) {
  const o = await open(typeof bytes === "number" ? `${server.url}/gen/${bytes}` : `${server.url}/page/${bytes}`);
  try {
    const { events, fin } = await traceAnnotation(ctx, o, PAGE_TIMEOUT_MS);
    const d = (a, b) => (fin[a] !== undefined && fin[b] !== undefined ? (fin[b] - fin[a]).toFixed(0) : "?");
    console.log(`\n${bytes}${typeof bytes === "number" ? " bytes" : ""}: idle → applied ${d("idle", "applied")} ms (snapshot ${d("snap0", "snap1")}, to send ${d("snap1", "send")}, round trip ${d("send", "answer")} of which worker ${fin.workerMs?.toFixed(0)}, answer → apply ${d("answer", "apply0")}, apply ${d("apply0", "applied")}); heartbeat's longest gap ${fin.maxGap.toFixed(1)} ms at +${(fin.maxGapAt - fin.idle).toFixed(0)} ms; ${fin.marks} marks, ${fin.nodes} nodes`);
    const long = analyse(events, fin) || [];
    if (!long.length) console.log(`  no main-thread task over ${LONG_TASK_MS} ms`);
    for (const t of long) {
      console.log(`  +${t.atMs} ms: ${t.wallMs} ms wall, ${t.cpuMs} ms CPU: ${t.task}`);
      for (const k of t.inner) console.log(`      ${k}`);
    }
  } catch (e) {
    console.log(`${bytes}: ${e.message}`);
  }
  await o.page.close();
}
await ctx.close();
await server.close();
fs.rmSync(profile, { recursive: true, force: true });
