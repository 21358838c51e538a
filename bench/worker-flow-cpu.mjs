#!/usr/bin/env node
/**
 * worker-flow-cpu.mjs: in the in-page bench's own flow, the worker's plan() wall time against the
 * CPU time the service worker's thread spends on each page. Linux only (reads /proc).
 *
 *   node bench/worker-flow-cpu.mjs [N]   (N corpus pages spread over ../shared/corpora/pages, default 10)
 *
 * Why: the in-page bench reports the worker's plan() in wall time (bench/lib/bench-extension.mjs's
 * glue); on a 2-core machine the worker competes with the page being loaded and with its own
 * process's optimising compiles, so that figure mixes running and waiting. Each page is loaded
 * with the bench's instrumented extension (a warm-up page first, as run.mjs does), and the CPU time
 * of the extension process's "ServiceWorker thread" (/proc/<pid>/task/<tid>/schedstat) is read
 * before the page and after its final report: all the worker's work for that page (messages,
 * JSON, pieces, plan), an upper bound of plan()'s CPU. Also prints the process's nice value
 * (Chromium runs a process holding only the worker at 5). Needs `make extension`.
 */
import fs from "node:fs";
import os from "node:os";
import { makeBenchExtension } from "./lib/bench-extension.mjs";
import { startServer } from "./lib/server.mjs";
import { launchWithExtension, openReporting } from "./lib/browser.mjs";
import { extensionProcess, requireProcThreads } from "./lib/threads.mjs";
import * as corpus from "./lib/corpus.mjs";

requireProcThreads();
const pg = corpus.pages();
if (pg.skipped) {
  console.log(`skipped: ${pg.skipped}`);
  process.exit(0);
}
const all = pg.pages;
const N = Number(process.argv[2] || 10);
const step = Math.max(1, Math.floor(all.length / N));
const pages = all.filter((_, i) => i % step === 0).slice(0, N);
const server = await startServer(all);
const dir = makeBenchExtension();
const { ctx, profile } = await launchWithExtension(dir, "flowcpu");
const { pid, threadNs: ns, workerTid: swTid } = extensionProcess(profile);
const out = [];
for (const p of [pages[0], ...pages]) {
  const { page, done, go } = await openReporting(ctx, `${server.url}/page/${p.name}`);
  const tid = swTid(); const a = ns(tid);
  const nice = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[16];
  await go();
  await Promise.race([done, new Promise((r) => setTimeout(r, 30000))]);
  const fin = await page.evaluate(() => window.__final);
  const b = ns(tid);
  out.push({ page: p.name, nice, workerMs: fin && fin.workerMs, planMs: fin && fin.workerPlanMs, threadCpuMs: (b - a) / 1e6 });
  await page.close();
}
await ctx.close(); await server.close();
const rows = out.slice(1);
for (const r of rows) console.log(r.page.padEnd(34), "nice", r.nice, "plan() wall", r.planMs?.toFixed(1), "stage wall", r.workerMs?.toFixed(1), "| worker thread CPU over the whole page", r.threadCpuMs.toFixed(1));
const s = (k) => rows.reduce((a, r) => a + (r[k] || 0), 0);
console.log("sums: plan() wall", s("planMs").toFixed(1), "stage wall", s("workerMs").toFixed(1), "thread CPU (all its work for the page)", s("threadCpuMs").toFixed(1), "load", os.loadavg()[0]);
