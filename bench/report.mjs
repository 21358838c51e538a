/**
 * report.mjs: the Markdown table of a benchmark run (bench/results/latest.md, the README's
 * Performance section), with each issue-6 target marked met or missed.
 */

const f1 = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1)) : "n/a");
const f2 = (x) => (Number.isFinite(x) ? (Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2)) : "n/a");
const ms = (x) => (Number.isFinite(x) ? `${f2(x)} ms` : "n/a");
const kb = (b) => (Number.isFinite(b) ? `${(b / 1000).toFixed(0)} KB` : "n/a");
const mb = (b) => (Number.isFinite(b) ? `${(b / 1e6).toFixed(2)} MB` : "n/a");
const pct = (x) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");
const ratio = (x) => (Number.isFinite(x) ? `${f1(x)}×` : "n/a");
const mark = (ok) => (ok === undefined ? "" : ok ? "met" : "**missed**");

/** Returns the Markdown report of `r` (the object run.mjs writes to latest.json). */
export function table(r) {
  const rows = [];
  const row = (part, figure, value, target = "", ok = undefined) => rows.push([part, figure, value, target, mark(ok)]);
  const m = r.machine || {};

  // ---- Core, native
  const n = r.native || {};
  for (const [key, label] of [["attribution", "attribution corpus"], ["pages", "pages corpus (plan from snapshot)"], ["generated", "generated articles"]]) {
    const x = n[key];
    if (x) row("Core, native", `throughput, ${label}: ${x.items} × ${mb(x.bytes)} total`, `${f2(x.mbPerS)} MB/s (${ms(x.perItemMs)} per item)`);
  }
  const scal = ["scaling10KB", "scaling100KB", "scaling1MB", "scaling5MB"].map((k) => n[k]).filter(Boolean);
  if (scal.length) {
    const per = scal.map((x) => x.msPerMB);
    const spread = Math.max(...per) / Math.min(...per);
    row("Core, native", `CPU time per MB of one text of ${scal.map((x) => x.id.split("/")[1]).join(" / ")} (generated, each a prefix of the next)`,
      scal.map((x) => f1(x.msPerMB / 1000) + " s").join(" / "),
      "flat (max/min ≤ 1.5)", scal.length === 4 ? spread <= 1.5 : undefined);
    row("Core, native", "growth: slowest / fastest CPU time per MB", ratio(spread));
  }
  const ins = r.nativeInstructions;
  if (ins?.rows?.length) {
    const per = ins.rows.map((x) => x.instructionsPerMB);
    row("Core, native", `instructions per MB of the same texts, ${ins.rows.map((x) => x.label).join(" / ")} (cachegrind; no noise, leaves out memory stalls)`,
      per.map((x) => f2(x / 1e9) + " G").join(" / "));
    row("Core, native", "growth: most / fewest instructions per MB", `${(Math.max(...per) / Math.min(...per)).toFixed(2)}×`);
  } else if (ins?.skipped) {
    row("Core, native", "instructions per MB", `skipped: ${ins.skipped}`);
  }

  // ---- Core, wasm
  const pa = r.perArticle;
  if (pa) {
    row("Core, wasm in Node", `analyze() per article (${pa.articles} articles, ${pa.rounds} rounds)`,
      `median ${ms(pa.ours.median)}, p95 ${ms(pa.ours.p95)}; ${f2(pa.ours.mbPerS)} MB/s`);
  }
  const wp = r.chromium && r.chromium.wasmPage;
  if (wp) {
    row("Core, wasm in Chromium", `analyze() per article in a page (${wp.perArticle.articles} articles)`,
      `median ${ms(wp.perArticle.median)}, p95 ${ms(wp.perArticle.p95)}; ${f2(wp.perArticle.mbPerS)} MB/s`);
  }
  if (r.wasmScaling) {
    row("Core, wasm in Node", `time per MB of one text of ${r.wasmScaling.map((x) => x.label).join(" / ")}`,
      r.wasmScaling.map((x) => f1(x.msPerMB / 1000) + " s").join(" / "));
  }

  // ---- Peers
  if (pa && pa.compromise) {
    row("Peer: compromise", "nlp(text) + .people() + .quotations() per article, same texts, same loop",
      `median ${ms(pa.compromise.median)}, p95 ${ms(pa.compromise.p95)}`);
    row("Peer: compromise", "compromise time / ours (medians per article; p95s; per-article median ratio)",
      `${ratio(pa.ratio.median)}; ${ratio(pa.ratio.p95)}; ${ratio(pa.ratio.perArticleMedian)}`, "≥ 20×", pa.ratio.median >= 20);
  }
  const q = r.quality;
  if (q) {
    const o = q.ours;
    const c = q.compromise;
    row("Peer: compromise", `PolNeAR attributions found (${q.gold.attributions} gold; overlap)`,
      `ours ${pct(o.quoteRecall)} vs ${pct(c.quoteRecall)}`, "more than compromise", o.quoteRecall > c.quoteRecall);
    row("Peer: compromise", `… of which direct quotes (${q.gold.direct} gold)`, `ours ${pct(o.directQuoteRecall)} vs ${pct(c.directQuoteRecall)}`);
    row("Peer: compromise", "quotes reported / of them overlapping gold content",
      `ours ${o.quotes} / ${pct(o.quotePrecision)} vs ${c.quotes} / ${pct(c.quotePrecision)}`);
    row("Peer: compromise", `named sources (${q.gold.namedSources} gold) covered by a person mention`,
      `ours ${pct(o.namedSourceRecall)} vs ${pct(c.namedSourceRecall)}`, "more than compromise", o.namedSourceRecall > c.namedSourceRecall);
    row("Peer: compromise", "people reported (sum over articles of distinct people)",
      `ours ${o.people} (${o.peopleKb} linked to the knowledge base) vs ${c.people} distinct names`);
  }
  const mj = r.chromium && r.chromium.markjs;
  if (mj) {
    row("Peer: mark.js", `wrap the same name mentions, ${mj.pages} pages, ${mj.names} names (wrapped: ours ${mj.oursWrapped}, mark.js ${mj.markjsWrapped})`,
      `median per page: ours ${ms(mj.ours.median)}, mark.js ${ms(mj.markjs.median)}`);
    row("Peer: mark.js", "mark.js time / ours (medians; totals)", `${ratio(mj.ratio.median)}; ${ratio(mj.ratio.total)}`, "> 1×", mj.ratio.median > 1);
  }

  // ---- In the page
  const e = r.chromium && r.chromium.endToEnd;
  if (e) {
    row("In the page", `document idle → marks applied (${e.measured} of ${e.pages} pages sent a snapshot; ${e.annotated} annotated; ${e.failed} failed)`,
      `median ${ms(e.total.median)}, p95 ${ms(e.total.p95)}`, "median < 10 ms, p95 < 30 ms", e.total.median < 10 && e.total.p95 < 30);
    row("In the page", "… snapshot / settings wait + serialising / messaging / worker analysis / after the answer / apply + cards (medians)",
      [e.snapshot, e.settings, e.messaging, e.worker, e.afterAnswer, e.apply].map((s) => f1(s.median)).join(" / ") + " ms");
    row("In the page", "… the same, p95", [e.snapshot, e.settings, e.messaging, e.worker, e.afterAnswer, e.apply].map((s) => f1(s.p95)).join(" / ") + " ms");
    if (e.workerPlan && e.workerPlan.n) {
      row("In the page", "… of the worker's stage, the page's plan() call (median / p95; the rest is JSON, pieces and messages)",
        `${f1(e.workerPlan.median)} / ${f1(e.workerPlan.p95)} ms`);
    }
    if (e.addedGap) {
      row("In the page", "longest main-thread block from document idle to 500 ms after the marks (heartbeat in the page; worst page): with the extension / the same page and moments without it",
        `${ms(e.maxGap.max)} / ${ms(e.plainMaxGap.max)} (median page ${ms(e.maxGap.median)} / ${ms(e.plainMaxGap.median)}; pages over 50 ms: ${e.over50.length} / ${e.plainOver50}; longest Long Tasks API entry ${ms(e.longestTask.max)} / ${ms(e.plainLongestTask.max)}, median page ${ms(e.longestTask.median)} / ${ms(e.plainLongestTask.median)})`);
      row("In the page", "… added by the extension: per page, the block with it minus the block without it (worst page; median page)",
        `${ms(e.addedGap.max)}; ${ms(e.addedGap.median)} (${e.addedOver50.length} pages over 50 ms)`, "none over 50 ms", e.addedGap.max <= 50);
    } else {
      row("In the page", "longest main-thread block while the extension works (heartbeat; worst page)",
        `${ms(e.maxGap.max)} (median page ${ms(e.maxGap.median)}; ${e.over50.length} pages over 50 ms)`, "none over 50 ms", e.maxGap.max <= 50);
    }
    row("In the page", "longest unsliced task of the extension's own code (cards.mount; snapshot and apply run in slices; worst page)", ms(e.longestOwnTask.max));
    row("In the page", "DOMContentLoaded → document idle (Chrome's wait before injecting; not counted above)", `median ${ms(e.dclToIdle.median)}`);
  }
  for (const b of (r.chromium && r.chromium.bigPages) || []) {
    if (b.failed) row("In the page", `generated page of ${b.label}`, b.failed, b.label === "5MB" ? "sliced, no task over 50 ms" : "", b.label === "5MB" ? false : undefined);
    else {
      // A large page's snapshot and plan travel in pieces: writing and sending them is in "to send",
      // collecting and parsing the plan's in "answer → drawing".
      row("In the page", `generated page of ${b.label}: idle → applied (snapshot ${ms(b.snapshot)}, to send ${ms(b.settings)}, worker ${ms(b.worker)}, answer → drawing ${ms(b.afterAnswer)}, apply ${ms((b.apply || 0) + (b.mount || 0))})`,
        `${ms(b.total)}; longest block ${ms(b.maxGap)}${b.maxGapFromIdle != null ? ` (from idle + ${ms(b.maxGapFromIdle)})` : ""}${b.cutBefore >= 50 ? `; the page's own ${ms(b.cutBefore)} before the injection not counted` : ""}`, b.label === "5MB" ? "sliced, no task over 50 ms" : "", b.label === "5MB" ? b.maxGap <= 50 : undefined);
    }
  }

  const pn = r.chromium && r.chromium.planInNode;
  if (pn && pn.pages) {
    row("In the page", `… the worker's share, re-run in Node on the same ${pn.pages} snapshots (median ${kb(pn.snapshotBytes.median)} of JSON): whole plan() / reading the snapshot into Rust alone`,
      `median ${ms(pn.plan.median)} / ${ms(pn.readSnapshot.median)}; p95 ${ms(pn.plan.p95)} / ${ms(pn.readSnapshot.p95)}`);
  }

  // ---- Start-up
  const sw = r.chromium && r.chromium.serviceWorker;
  if (sw) {
    row("Start-up", "service worker, cold: nc:status round trip (start + wasm instantiation)", ms(sw.coldStatusMs));
    row("Start-up", "service worker, cold: first nc:plan round trip (start + instantiation + knowledge base + a one-line plan)",
      ms(sw.coldPlanMs), "< 50 ms", sw.coldPlanMs < 50);
    if (sw.coldPlanThreadCpuMs !== null && sw.coldPlanThreadCpuMs !== undefined) {
      row("Start-up", "… of which the worker thread's CPU time, from its start to that answer (/proc; what the machine's load does not inflate)", ms(sw.coldPlanThreadCpuMs));
    }
    if (sw.wokenPlanMs !== undefined) {
      row("Start-up", `service worker woken by nc:status (as content/early.js does at document_start), then the first nc:plan ${sw.wokenPlanDelayMs} ms later: its round trip`,
        ms(sw.wokenPlanMs), "< 50 ms", sw.wokenPlanMs < 50);
    }
    row("Start-up", "… inside the worker: script running / wasm ready, after the worker's start", `${ms(sw.workerScriptStartMs)} / ${ms(sw.workerWasmReadyMs)}`);
    const a = r.chromium.endToEndAsleep;
    if (a && a.measured) {
      row("Start-up", `in the page with the service worker asleep (woken by the content script before its snapshot; ${a.measured} pages): idle → applied / nc:plan round trip (medians)`,
        `${ms(a.total.median)} / ${ms(a.roundTrip.median)}`);
    }
    row("Start-up", "service worker, warm: nc:plan round trip (one line) / nc:status", `${ms(sw.warmPlanMs)} / ${ms(sw.warmStatusMs)}`, "< 5 ms", sw.warmPlanMs < 5);
  }
  if (r.nodeStartup) {
    const s = r.nodeStartup;
    const load = s.kbLoadMs === undefined ? "" : ` / ${ms(s.kbLoadMs)}`;
    row("Start-up", `Node: instantiate${s.kbLoadMs === undefined ? "" : " / knowledge-base file load"} / first plan / warm plan`, `${ms(s.instantiateMs)}${load} / ${ms(s.firstPlanMs)} / ${ms(s.warmPlanMs)}`);
  }
  if (wp) {
    const s = wp.startup;
    row("Start-up", "Chromium page: fetch + instantiate (knowledge-base file read alongside) / first plan / warm plan", `${ms(s.instantiateMs)} / ${ms(s.firstPlanMs)} / ${ms(s.warmPlanMs)}`);
  }

  // ---- Size
  const z = r.sizes;
  if (z) {
    row("Size", "wasm (raw / gzip -9)", `${kb(z.wasm.raw)} / ${kb(z.wasm.gzip)}`, "gzip < 300 KB", z.wasm.gzip < 300000);
    if (z.kb) row("Size", "knowledge-base file pkg/kb.bin, beside the wasm (raw / gzip -9)", `${kb(z.kb.raw)} / ${kb(z.kb.gzip)}`);
    row("Size", "JS glue (raw / gzip)", `${kb(z.glue.raw)} / ${kb(z.glue.gzip)}`);
    row("Size", `unpacked extension, ${z.unpacked.files} files (raw / each file gzipped)`, `${kb(z.unpacked.raw)} / ${kb(z.unpacked.gzip)}`);
    if (z.zip) row("Size", "store zip build/news-context-chrome.zip, the knowledge base included (as written / gzipped again)", `${kb(z.zip.raw)} / ${kb(z.zip.gzip)}`, "< 400 KB", z.zip.raw < 400000);
  }

  // ---- Memory
  const mem = r.chromium && r.chromium.memory;
  const base = r.chromium && r.chromium.baselineHeap;
  if (mem) {
    if (base) {
      row("Memory", `page heap after annotating the largest page (${mem.page}): JS heap / DOM (embedder) heap, minus the same page without the extension`,
        `+${kb(mem.pageHeap.usedSize - base.usedSize)} / +${kb(mem.pageHeap.embedderHeapUsedSize - base.embedderHeapUsedSize)}`);
    }
    row("Memory", "service worker after it: JS heap / wasm linear memory", `${kb(mem.workerHeap.usedSize)} / ${kb(mem.wasmMemory)}`);
  }

  const when = r.date ? r.date.replace("T", " ").slice(0, 16) + " UTC" : "";
  const head = [
    `Benchmark of ${when}${r.quick ? " (quick run: small samples)" : ""}; machine: ${m.nproc} cores, ${m.cpu}, ${m.memGiB} GiB,` +
      ` load average at start ${(m.load || []).join(" ")}; ${m.chromium}; Node ${m.node}; ${m.rustc}; commit ${m.commit}${m.dirty ? " with uncommitted changes" : ""}.` +
      ` Command: \`make bench\` (${r.seconds} s).`,
    "",
  ];
  if (r.skipped && r.skipped.length) head.push(...r.skipped.map((s) => `- skipped: ${s}`), "");
  const lines = ["| part | figure | result | target | |", "| --- | --- | --- | --- | --- |",
    ...rows.map((x) => `| ${x.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`)];
  return head.join("\n") + "\n" + lines.join("\n") + "\n";
}
