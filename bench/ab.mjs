/**
 * ab.mjs: two builds of the wasm core, A and B, timed on the same PolNeAR articles in one process,
 * one right after the other per article, in CPU time (so both see the same load on a shared machine), with a
 * check that both give the same analysis JSON for every article. For speed work, not `make bench`.
 *
 *   node bench/ab.mjs PKG_A PKG_B [--rounds N] [--limit N] [--compromise]
 *
 * PKG_A / PKG_B: folders holding `news_context.js` and `news_context_bg.wasm` (a `wasm-bindgen`
 * output, e.g. a copy of build/pkg before a change), and `kb.bin` for builds that read it. Prints, for each, the median and p95 over
 * articles of each article's median time over the rounds, the total, and B's speed-up; with
 * `--compromise`, compromise's time in the same loop and the ratio to each build.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { attribution } from "./lib/corpus.mjs";
import { perItemMedian, summary } from "./lib/stats.mjs";

/** This process's CPU time in ms (user + system): other processes on a shared machine do not count. */
function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
}

/** Rounds over the articles unless `--rounds` says otherwise. */
const DEFAULT_ROUNDS = 3;

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

/**
 * Loads one build. A build whose knowledge base is a file of its own (`kb.bin` beside the wasm,
 * with `loadKnowledgeBase`) is handed it; an older build carries its knowledge base inside.
 */
async function load(dir) {
  const glue = path.resolve(dir, "news_context.js");
  const wasm = path.resolve(dir, "news_context_bg.wasm");
  const kb = path.resolve(dir, "kb.bin");
  for (const f of [glue, wasm]) if (!fs.existsSync(f)) throw new Error(`${f} is missing`);
  const mod = await import(pathToFileURL(glue).href);
  await mod.default({ module_or_path: fs.readFileSync(wasm) });
  if (typeof mod.loadKnowledgeBase === "function") {
    if (!fs.existsSync(kb)) throw new Error(`${kb} is missing (this build reads its knowledge base from it)`);
    mod.loadKnowledgeBase(fs.readFileSync(kb));
  }
  return mod;
}

const [dirA, dirB] = process.argv.slice(2).filter((a) => !a.startsWith("--") && Number.isNaN(Number(a)));
if (!dirA || !dirB) {
  console.error("usage: node bench/ab.mjs PKG_A PKG_B [--rounds N] [--limit N] [--compromise]");
  process.exit(2);
}
const rounds = option("--rounds", DEFAULT_ROUNDS);
const corpus = attribution(option("--limit", Infinity));
if (corpus.skipped) {
  console.log(`skipped: ${corpus.skipped}`);
  process.exit(0);
}
const { articles } = corpus;
const builds = [await load(dirA), await load(dirB)];
const nlp = process.argv.includes("--compromise") ? (await import("compromise")).default : null;
const jobs = builds.map((b) => (a) => b.analyze(a.text, a.date));
if (nlp) jobs.push((a) => { const d = nlp(a.text); d.people().out("array"); d.quotations().out("array"); });
for (const a of articles.slice(0, 5)) jobs.forEach((j) => j(a));

let differing = 0;
const times = jobs.map(() => []);
for (let r = 0; r < rounds; r++) {
  const round = jobs.map(() => new Array(articles.length));
  articles.forEach((a, i) => {
    const outs = [];
    // Alternate the order so neither build always runs on a warmer cache.
    const order = jobs.map((_, k) => k);
    if ((i + r) % 2) order.reverse();
    for (const k of order) {
      const t0 = cpuMs();
      outs[k] = jobs[k](a);
      round[k][i] = cpuMs() - t0;
    }
    if (r === 0 && JSON.stringify(outs[0]) !== JSON.stringify(outs[1])) differing++;
  });
  round.forEach((t, k) => times[k].push(t));
}
const names = ["A", "B", "compromise"];
const sums = times.map((t) => summary(perItemMedian(t)));
sums.forEach((s, k) => {
  const ratio = nlp && k < 2 ? `; compromise / this ${(sums[2].median / s.median).toFixed(1)}× (medians)` : "";
  console.log(`${names[k]}: median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(2)} ms, total ${s.total.toFixed(0)} ms${ratio}`);
});
console.log(`${articles.length} articles, ${rounds} rounds; B / A medians ${(sums[1].median / sums[0].median).toFixed(3)}, totals ${(sums[1].total / sums[0].total).toFixed(3)}; analyses differing: ${differing}`);
