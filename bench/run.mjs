#!/usr/bin/env node
/**
 * run.mjs: `make bench`. Runs every part of the benchmark, writes bench/results/latest.json and
 * bench/results/latest.md, and prints the table.
 *
 *   node bench/run.mjs [--quick] [--only=native,node,chromium,inpage,sizes]   (inpage: the extension end to end only)
 *   NC_BENCH_BIG=0 node bench/run.mjs --only=inpage   (the in-page part without the large generated pages)
 *   node bench/run.mjs --only=bigpages   (the in-page part's large generated pages alone: 100 KB, 1 MB, 5 MB)
 *   node bench/run.mjs --only=startup   (the service worker's cold, woken and warm start alone)
 *
 * --quick: small samples (a few articles and pages, one round, no 5 MB series): for development.
 * Parts that need ../shared (NC_SHARED overrides it) print "skipped: …" when it is absent and use
 * generated text instead. Expects `make extension` to have built build/extension.
 * Methods: bench/README.md.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as corpus from "./lib/corpus.mjs";
import { generatedArticles } from "./lib/generate.mjs";
import { RESULTS, ROOT, TMP } from "./lib/paths.mjs";
import { startServer } from "./lib/server.mjs";
import { requirePkg } from "./lib/wasm.mjs";
import * as node from "./node.mjs";
import { runInstructions } from "./native-instructions.mjs";
import { sizes } from "./sizes.mjs";
import { table } from "./report.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const onlyArg = args.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice(7).split(",")) : null;
const want = (part) => !only || only.has(part);
const log = (m) => console.log(m);
const started = Date.now();

requirePkg();
fs.mkdirSync(TMP, { recursive: true });

const results = {
  date: new Date().toISOString(),
  quick,
  machine: machine(),
  skipped: [],
  inputs: {},
};

function skip(what, why) {
  const line = `skipped: ${what}: ${why}`;
  console.log(line);
  results.skipped.push(line.slice(9));
}

function machine() {
  const cpu = (fs.readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m) || [])[1] || os.cpus()[0]?.model || "unknown";
  const run = (cmd, a) => { const r = spawnSync(cmd, a, { encoding: "utf8" }); return r.status === 0 ? r.stdout.trim() : ""; };
  return {
    nproc: Number(run("nproc", [])) || os.cpus().length,
    cpu: cpu.trim(),
    memGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: run("/usr/bin/chromium", ["--version"]) || "unknown",
    rustc: run("rustc", ["--version"]),
    // The commit measured (NC_COMMIT names it when the tree is an export without .git).
    commit: process.env.NC_COMMIT || run("git", ["-C", ROOT, "rev-parse", "--short", "HEAD"]) || "unknown",
    dirty: process.env.NC_COMMIT ? false : run("git", ["-C", ROOT, "status", "--porcelain", "--untracked-files=no"]) !== "",
    load: os.loadavg().map((x) => +x.toFixed(2)),
  };
}

// ------------------------------------------------------------------------------------------------
// Inputs.

const att = corpus.attribution(quick ? 40 : Infinity);
let articles;
if (att.skipped) {
  skip("attribution corpus", `${att.skipped}; generated articles are used instead`);
  articles = generatedArticles(quick ? 20 : 200).map((text, i) => ({ id: `generated-${i}`, text, date: "2025-11-28", gold: null }));
  results.inputs.articles = { source: "generated (bench/lib/generate.mjs)", count: articles.length };
} else {
  articles = att.articles;
  results.inputs.articles = { source: "corpora/attribution/dev.jsonl", count: articles.length };
}
results.inputs.articles.bytes = articles.reduce((a, x) => a + Buffer.byteLength(x.text), 0);

const pg = corpus.pages();
let pages;
let largest = null;
if (pg.skipped) {
  skip("pages corpus", `${pg.skipped}; generated pages are used instead`);
  pages = [3000, 5000, 8000, 12000, 20000, 30000].map((b) => ({ name: `generated-${b}`, path: `gen/${b}`, bytes: b }));
  largest = pages[pages.length - 1];
  results.inputs.pages = { source: "generated (bench/lib/server.mjs)", count: pages.length };
} else {
  pages = pg.pages.map((p) => ({ ...p, path: `page/${p.name}` }));
  largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  if (quick) pages = pages.filter((_, i) => i % 9 === 0);
  results.inputs.pages = { source: "corpora/pages/*/source.html", count: pages.length, largest: largest.name, largestBytes: largest.bytes };
}

// ------------------------------------------------------------------------------------------------
// Native (criterion).

const CRITERION_IDS = [
  ["attribution", "native-attribution/all"],
  ["pages", "native-pages/plan"],
  ["generated", "native-generated/all"],
  ["scaling10KB", "native-scaling/10KB"],
  ["scaling100KB", "native-scaling/100KB"],
  ["scaling1MB", "native-scaling/1MB"],
  ["scaling5MB", "native-scaling/5MB"],
];

function runNative() {
  log("native: cargo bench --profile native --bench core (criterion)");
  const since = Date.now();
  const criterionArgs = quick
    ? ["--sample-size", "10", "--warm-up-time", "1", "--measurement-time", "2", "native-(attribution|pages|generated)|native-scaling/(10KB|100KB)$"]
    : [];
  const r = spawnSync("cargo", ["bench", "--profile", "native", "--bench", "core", "--", ...criterionArgs], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`cargo bench failed (exit ${r.status})`);
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target");
  const inputs = JSON.parse(fs.readFileSync(path.join(TMP, "native-inputs.json"), "utf8"));
  const out = {};
  for (const [key, id] of CRITERION_IDS) {
    const input = inputs.find((x) => x.id === id);
    if (!input || input.skipped) continue;
    const file = path.join(target, "criterion", id, "new/estimates.json");
    if (!fs.existsSync(file) || fs.statSync(file).mtimeMs < since) continue; // not run this time
    const est = JSON.parse(fs.readFileSync(file, "utf8"));
    const ms = est.median.point_estimate / 1e6;
    out[key] = { id, source: input.source, items: input.items, bytes: input.bytes, medianMs: ms,
      mbPerS: input.bytes / 1e6 / (ms / 1e3), msPerMB: ms / (input.bytes / 1e6), perItemMs: ms / input.items };
  }
  return out;
}

// ------------------------------------------------------------------------------------------------

const server = await startServer(pg.skipped ? [] : pg.pages);
try {
  if (want("native")) {
    results.native = runNative();
    results.nativeInstructions = runInstructions({ quick, log });
  }

  if (want("node")) {
    await node.init();
    log(`node: cold start of the wasm (${quick ? 3 : 7} fresh processes)`);
    results.nodeStartup = node.startup(quick ? 3 : 7);
    log(`node: ${articles.length} articles, ours and compromise interleaved`);
    const pa = node.perArticle(articles, { rounds: quick ? 1 : 3, log });
    const { results: found, ...timing } = pa;
    results.perArticle = timing;
    if (!att.skipped) results.quality = node.quality(articles, found);
    else skip("quality against PolNeAR", "no attribution corpus; only counts are reported");
    log("node: wasm scaling series");
    results.wasmScaling = node.scaling(quick ? [["10KB", 10000], ["100KB", 100000]] : [["10KB", 10000], ["100KB", 100000], ["1MB", 1000000]], quick ? 1 : 3);
  }

  // "inpage" runs only the extension end to end (the in-page part of "chromium").
  // "bigpages" runs only the in-page part's large generated pages.
  // "startup" runs only the service worker's start (measured first by "chromium" and "inpage").
  const bigOnly = !!only && only.has("bigpages") && !only.has("inpage") && !only.has("chromium");
  const startupOnly = !!only && only.has("startup") && !only.has("inpage") && !only.has("chromium");
  if (startupOnly) {
    const { extensionStartup } = await import("./chromium.mjs");
    results.chromium = await extensionStartup({ swReps: quick ? 2 : 5, log });
  }
  if (want("chromium") || want("inpage") || bigOnly) {
    const { plainBrowser, extensionBrowser } = await import("./chromium.mjs");
    results.chromium = want("chromium")
      ? await plainBrowser({ pages, articles, server, rounds: quick ? 1 : 3, reps: quick ? 3 : 5, largest, log })
      : {};
    // NC_BENCH_BIG=0 leaves out the generated large pages (5 minutes of the in-page part) while iterating.
    const bigPages = process.env.NC_BENCH_BIG === "0" ? []
      : quick
      ? [{ label: "100KB", bytes: 100000, timeout: 60000 }]
      // 330 s for 5 MB: Chrome ends a service-worker event that runs past 5 minutes anyway.
      : [{ label: "100KB", bytes: 100000, timeout: 60000 }, { label: "1MB", bytes: 1000000, timeout: 180000 }, { label: "5MB", bytes: 5000000, timeout: 330000 }];
    Object.assign(results.chromium, await extensionBrowser({ pages: bigOnly ? [] : pages, server, swReps: quick ? 2 : 5,
      largest: bigOnly ? null : largest, bigPages, log }));
  }

  if (want("sizes")) results.sizes = sizes();
} finally {
  await server.close();
}

results.seconds = Math.round((Date.now() - started) / 1000);
const md = table(results);
// A full run of every part is the one the README quotes; anything less stays in the scratch folder.
const full = !quick && !only;
const dir = full ? RESULTS : TMP;
const base = full ? "latest" : "partial";
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, `${base}.json`), JSON.stringify(results, null, 1) + "\n");
fs.writeFileSync(path.join(dir, `${base}.md`), md);
console.log("\n" + md);
log(`wrote ${path.relative(ROOT, path.join(dir, base))}.json and .md`);
