/**
 * node.mjs: the wasm core in Node, and the compromise peer on the same texts in the same loop.
 *
 * - startup(): in fresh Node processes (bench/node-startup.mjs), the time to compile and
 *   instantiate the shipped module, and the first `plan()` call (which builds the knowledge base's
 *   lookup tables: "knowledge-base readiness") against a second, warm call.
 * - perArticle(): every article is analysed by our `analyze(text, date)` and by compromise
 *   (`nlp(text)`, `.people()`, `.quotations()`), one right after the other, for several rounds;
 *   each article's time is its median over the rounds. Interleaving exposes both to the same noise.
 * - quality(): what each found, against PolNeAR's human annotations (see bench/README.md).
 * - scaling(): our analyze on one generated text of 10 KB, 100 KB and 1 MB (time per MB).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import nlp from "compromise";
import { ROOT } from "./lib/paths.mjs";
import { loadWasm } from "./lib/wasm.mjs";
import { generatedText } from "./lib/generate.mjs";
import { median, perItemMedian, summary, sum } from "./lib/stats.mjs";

const utf8 = (s) => Buffer.byteLength(s);

/**
 * Cold start in fresh processes: `{instantiateMs, kbLoadMs, firstPlanMs, warmPlanMs, kbReadyMs}`
 * medians (kbReadyMs: loading the knowledge-base file plus what the first plan costs more than a
 * warm one).
 */
export function startup(reps = 7) {
  const runs = [];
  for (let i = 0; i < reps; i++) {
    const out = execFileSync(process.execPath, ["--no-warnings", path.join(ROOT, "bench/node-startup.mjs")], { encoding: "utf8" });
    runs.push(JSON.parse(out));
  }
  const pick = (k) => median(runs.map((r) => r[k]));
  return {
    reps,
    importMs: pick("importMs"),
    instantiateMs: pick("instantiateMs"),
    kbLoadMs: pick("kbLoadMs"),
    firstPlanMs: pick("firstPlanMs"),
    warmPlanMs: pick("warmPlanMs"),
    kbReadyMs: pick("kbLoadMs") + pick("firstPlanMs") - pick("warmPlanMs"),
  };
}

/** The job compromise is given: parse, then the people and the quotations. */
function compromiseJob(text) {
  const doc = nlp(text);
  const people = doc.people().out("array");
  const quotes = doc.quotations().out("array");
  return { doc, people, quotes };
}

/**
 * Times ours and compromise on every article. `articles`: `[{text, date}]`.
 * Returns `{ours, compromise, ratio, results}` where results[i] = {analysis, cmpPeople, cmpQuotes}
 * from the last round (positions for the quality figures are read outside the timed part).
 */
export function perArticle(articles, { rounds = 3, withCompromise = true, log = () => {} } = {}) {
  const wasm = perArticle.wasm;
  // Warm both up (knowledge base, compromise's lexicon, JIT) on the first few articles.
  for (const a of articles.slice(0, 5)) {
    wasm.analyze(a.text, a.date);
    if (withCompromise) compromiseJob(a.text);
  }
  const oursRounds = [];
  const cmpRounds = [];
  const results = new Array(articles.length);
  for (let r = 0; r < rounds; r++) {
    const ours = new Array(articles.length);
    const cmp = new Array(articles.length);
    articles.forEach((a, i) => {
      const oursFirst = (i + r) % 2 === 0;
      let analysis;
      let job;
      const runOurs = () => {
        const t0 = performance.now();
        analysis = wasm.analyze(a.text, a.date);
        ours[i] = performance.now() - t0;
      };
      const runCmp = () => {
        const t0 = performance.now();
        job = compromiseJob(a.text);
        cmp[i] = performance.now() - t0;
      };
      if (oursFirst) { runOurs(); if (withCompromise) runCmp(); } else { if (withCompromise) runCmp(); runOurs(); }
      if (r === rounds - 1) {
        results[i] = {
          analysis,
          // Positions (UTF-16 offsets), read from the same parsed document, outside the timing.
          cmpPeople: job ? job.doc.people().json({ offset: true }).map((p) => ({ text: p.text, start: p.offset.start, end: p.offset.start + p.offset.length })) : [],
          cmpQuotes: job ? job.doc.quotations().json({ offset: true }).map((q) => ({ text: q.text, start: q.offset.start, end: q.offset.start + q.offset.length })) : [],
        };
      }
    });
    oursRounds.push(ours);
    cmpRounds.push(cmp);
    log(`  round ${r + 1}/${rounds}: ours ${sum(ours).toFixed(0)} ms` + (withCompromise ? `, compromise ${sum(cmp).toFixed(0)} ms` : ""));
  }
  const bytes = sum(articles.map((a) => utf8(a.text)));
  const oursTimes = perItemMedian(oursRounds);
  const out = { articles: articles.length, bytes, rounds, ours: { ...summary(oursTimes), mbPerS: bytes / 1e6 / (sum(oursTimes) / 1e3) } };
  if (withCompromise) {
    const cmpTimes = perItemMedian(cmpRounds);
    out.compromise = { ...summary(cmpTimes), mbPerS: bytes / 1e6 / (sum(cmpTimes) / 1e3) };
    out.ratio = {
      median: out.compromise.median / out.ours.median,
      p95: out.compromise.p95 / out.ours.p95,
      total: out.compromise.total / out.ours.total,
      // The median over articles of each article's own ratio.
      perArticleMedian: median(cmpTimes.map((c, i) => c / oursTimes[i])),
    };
  }
  return { ...out, results };
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

/**
 * Found people and quotes against PolNeAR (`articles[i].gold.attributions`), lenient overlap:
 * - quotes: a gold attribution is found when a predicted quote overlaps one of its content
 *   fragments; a predicted quote is right when it overlaps some gold content.
 * - people: the gold sources PolNeAR's heuristic calls "named" (the source span holds a CoreNLP
 *   PERSON/ORGANIZATION/LOCATION token) stand for the right people; one is found when a person
 *   mention overlaps it. Also counted: the distinct people each tool reports.
 */
export function quality(articles, results) {
  const acc = {
    ours: { quotes: 0, quotesRight: 0, goldFound: 0, goldDirectFound: 0, namedFound: 0, people: 0, peopleKb: 0, mentions: 0 },
    compromise: { quotes: 0, quotesRight: 0, goldFound: 0, goldDirectFound: 0, namedFound: 0, people: 0, mentions: 0 },
    gold: { attributions: 0, direct: 0, namedSources: 0 },
  };
  articles.forEach((a, i) => {
    const r = results[i];
    if (!r) return;
    const gold = a.gold.attributions;
    const ours = r.analysis;
    const oursQuotes = ours.quotes.map((q) => q.content.map((s) => [s.start, s.end]));
    const oursMentions = ours.mentions.map((m) => [m.span.start, m.span.end]);
    const cmpQuotes = r.cmpQuotes.map((q) => [[q.start, q.end]]);
    const cmpPeople = r.cmpPeople.map((p) => [p.start, p.end]);
    const goldContent = gold.flatMap((g) => g.content);
    const named = gold.filter((g) => g.sourceKind === "named" && g.source).map((g) => g.source);
    // A named source shared by several attributions counts once.
    const namedUnique = [...new Map(named.map((s) => [s.join(":"), s])).values()];
    acc.gold.attributions += gold.length;
    acc.gold.direct += gold.filter((g) => g.direct).length;
    acc.gold.namedSources += namedUnique.length;
    for (const [name, quotes, mentions] of [["ours", oursQuotes, oursMentions], ["compromise", cmpQuotes, cmpPeople]]) {
      const t = acc[name];
      t.quotes += quotes.length;
      t.quotesRight += quotes.filter((spans) => spans.some((s) => goldContent.some((g) => overlaps(s, g)))).length;
      for (const g of gold) {
        const found = quotes.some((spans) => spans.some((s) => g.content.some((c) => overlaps(s, c))));
        if (found) { t.goldFound++; if (g.direct) t.goldDirectFound++; }
      }
      t.namedFound += namedUnique.filter((s) => mentions.some((m) => overlaps(m, s))).length;
      t.mentions += mentions.length;
    }
    acc.ours.people += ours.people.length;
    acc.ours.peopleKb += ours.people.filter((p) => p.in_knowledge_base).length;
    const norm = (s) => s.toLowerCase().replace(/[’']s\b/g, "").replace(/[^\p{L}\p{N} ]+/gu, "").trim();
    acc.compromise.people += new Set(r.cmpPeople.map((p) => norm(p.text)).filter(Boolean)).size;
  });
  const pct = (n, d) => (d ? n / d : NaN);
  for (const name of ["ours", "compromise"]) {
    const t = acc[name];
    t.quotePrecision = pct(t.quotesRight, t.quotes);
    t.quoteRecall = pct(t.goldFound, acc.gold.attributions);
    t.directQuoteRecall = pct(t.goldDirectFound, acc.gold.direct);
    t.namedSourceRecall = pct(t.namedFound, acc.gold.namedSources);
  }
  return acc;
}

/** Our analyze on one generated text per size: `[{label, bytes, ms, msPerMB}]` (median of reps). */
export function scaling(sizes, reps = 3) {
  const wasm = perArticle.wasm;
  const out = [];
  for (const [label, bytes] of sizes) {
    const text = generatedText(bytes);
    const times = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      wasm.analyze(text, "2025-11-28");
      times.push(performance.now() - t0);
    }
    const ms = median(times);
    out.push({ label, bytes: utf8(text), ms, msPerMB: ms / (utf8(text) / 1e6) });
  }
  return out;
}

/** Loads the wasm once for this process's measurements. */
export async function init() {
  perArticle.wasm = await loadWasm();
}
