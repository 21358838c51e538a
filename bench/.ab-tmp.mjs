// Throwaway A/B harness: two browsers, each with one instrumented build, pages interleaved.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import * as corpus from "./lib/corpus.mjs";
import { startServer } from "./lib/server.mjs";
import { makeBenchExtension, BENCH_EXT_DIR } from "./lib/bench-extension.mjs";
import { EXT_DIR } from "./lib/paths.mjs";
const [A, B] = process.argv.slice(2, 4);
const filter = process.env.PAGES ? new RegExp(process.env.PAGES) : null;
const reps = +(process.env.REPS || 1);
const pg = corpus.pages();
const pages = pg.pages.filter((p) => !filter || filter.test(p.name));
const server = await startServer(pg.pages);
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
async function launch(src, label) {
  fs.rmSync(EXT_DIR + ".ab", { recursive: true, force: true });
  const dest = `/tmp/ncsnap/inst-${label}`;
  // makeBenchExtension copies build/extension: point it at src by swapping temporarily
  fs.renameSync(EXT_DIR, EXT_DIR + ".ab"); fs.cpSync(src, EXT_DIR, { recursive: true });
  try { makeBenchExtension(); } finally { fs.rmSync(EXT_DIR, { recursive: true, force: true }); fs.renameSync(EXT_DIR + ".ab", EXT_DIR); }
  fs.rmSync(dest, { recursive: true, force: true }); fs.cpSync(BENCH_EXT_DIR, dest, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nc-ab-"));
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args: [...ARGS, `--disable-extensions-except=${dest}`, `--load-extension=${dest}`] });
  await ctx.route("**/*", (r) => { const u = new URL(r.request().url()); return (u.hostname === "127.0.0.1" || u.protocol === "chrome-extension:") ? r.continue() : r.abort(); });
  if (!ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker");
  return ctx;
}
async function one(ctx, p) {
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    window.__nc = []; window.__lt = [];
    document.addEventListener("nc-bench", (e) => window.__nc.push(JSON.parse(e.detail)));
    try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true }); } catch (_) {}
  });
  await page.goto(`${server.url}/page/${p.name}`, { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => window.__nc.some((r) => r.phase === "final"), null, { timeout: 30000, polling: 100 });
  const r = await page.evaluate(() => ({ ...window.__nc.find((x) => x.phase === "final"), lt: window.__lt }));
  await page.close();
  const lt = r.lt.filter(([s, d]) => s + d >= r.idle - 1 && s <= r.applied + 500);
  return { total: r.applied - r.idle, snap: r.snap1 - r.snap0, gap: r.maxGap, lt: Math.max(0, ...lt.map((x) => x[1])), nlt: r.lt.length };
}
const ctxA = await launch(A, "A"), ctxB = await launch(B, "B");
await one(ctxA, pages[0]).catch(() => {}); await one(ctxB, pages[0]).catch(() => {});
const res = { A: [], B: [] };
for (let k = 0; k < reps; k++) for (const p of pages) {
  const order = Math.random() < 0.5 ? [["A", ctxA], ["B", ctxB]] : [["B", ctxB], ["A", ctxA]];
  for (const [l, c] of order) { try { res[l].push({ page: p.name, ...(await one(c, p)) }); } catch (e) { console.log(l, p.name, e.message.split("\n")[0]); } }
}
const med = (v) => v.slice().sort((a, b) => a - b)[Math.floor(v.length / 2)];
const p95 = (v) => v.slice().sort((a, b) => a - b)[Math.min(v.length - 1, Math.floor(v.length * 0.95))];
for (const l of ["A", "B"]) {
  const r = res[l];
  const f = (k) => `${k} med ${med(r.map((x) => x[k])).toFixed(1)} p95 ${p95(r.map((x) => x[k])).toFixed(1)} max ${Math.max(...r.map((x) => x[k])).toFixed(1)}`;
  console.log(l, r.length, f("total"), "|", f("snap"), "|", f("gap"), "|", f("lt"), "| over50", r.filter((x) => x.gap > 50).length);
}
fs.writeFileSync("/tmp/ncsnap/ab.json", JSON.stringify(res));
await ctxA.close(); await ctxB.close(); await server.close();
