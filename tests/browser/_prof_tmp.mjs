// Exploratory: trace the extension on a big hostile page and summarise where main-thread time goes.
import { launchChromium, seedLines, startServer } from "./helpers.mjs";
import { buildPages } from "../hostile/pages.mjs";
const name = process.argv[2] || "big";
const secs = Number(process.argv[3] || 40);
const PAGES = buildPages(seedLines());
const routes = {};
for (const [n, p] of Object.entries(PAGES)) routes[`/hostile/${n}`] = (_q, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(p.html); };
const server = await startServer(routes);
const browser = await launchChromium(process.env.EXT ? { extensionDir: process.env.EXT } : {});
const page = await browser.ctx.newPage();
page.on("console", (m) => { if (m.text().includes("News Context") || m.text().includes("NCPROF")) console.log("console:", m.text()); });
await browser.worker.evaluate(() => chrome.storage.local.set({ disabledSites: ["127.0.0.1"] }));
const cdp = await browser.ctx.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", (d) => { for (const e of d.value) events.push(e); });
const done = new Promise((r) => cdp.on("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline", transferMode: "ReportEvents" });
const t0 = Date.now();
await page.goto(`${server.url}/hostile/${name}`, { waitUntil: "domcontentloaded", timeout: 120000 });
console.log("domcontentloaded after", Date.now() - t0, "ms");
await page.waitForLoadState("load");
await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
console.log("settled after", Date.now() - t0, "ms; switching on");
await page.evaluate(() => console.timeStamp("nc-switch-on"));
await browser.worker.evaluate(() => chrome.storage.local.set({ disabledSites: [] }));
const deadline = Date.now() + secs * 1000;
let last = null;
while (Date.now() < deadline) {
  const s = await browser.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    for (const t of tabs) { try { const r = await Promise.race([chrome.tabs.sendMessage(t.id, { type: "nc:tab-status" }), new Promise((res) => setTimeout(() => res({ status: "unresponsive" }), 10000))]); if (r && r.status) return r; } catch (_) {} }
    return null;
  });
  const st = s && s.status;
  if (st !== last) { console.log(((Date.now() - t0) / 1000).toFixed(1), "s status", st, s && s.reason || "", s && JSON.stringify(s.counts)); last = st; }
  if (st === "done" || st === "failed") break;
  await new Promise((r) => setTimeout(r, 500));
}
console.log("marks", await page.evaluate(() => document.querySelectorAll("nc-mark").length));
await cdp.send("Tracing.end");
await done;
// Aggregate: main thread of the renderer = thread with most RunTask time in the page's pid.
const byThread = new Map();
for (const e of events) if (e.ph === "X" && e.name === "RunTask") { const k = `${e.pid}:${e.tid}`; byThread.set(k, (byThread.get(k) || 0) + (e.dur || 0)); }
const main = [...byThread].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log("threads by RunTask time (ms):", main.map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(" "));
for (const [key] of main.slice(0, 2)) {
  const [pid, tid] = key.split(":").map(Number);
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
  const tasks = mine.filter((e) => e.name === "RunTask").sort((a, b) => b.dur - a.dur); const t00 = Math.min(...tasks.map((t) => t.ts));
  const totals = new Map();
  for (const e of mine) if (e.name !== "RunTask" && e.dur) totals.set(e.name, (totals.get(e.name) || 0) + e.dur);
  console.log(`\n== ${key}: ${tasks.length} tasks; over 50 ms: ${tasks.filter((t) => t.dur > 50000).length}`);
  console.log("totals (ms, inclusive):", [...totals].sort((a, b) => b[1] - a[1]).slice(0, 14).map(([n, v]) => `${n}=${(v / 1000).toFixed(0)}`).join(" "));
  for (const t of tasks.filter((t) => (t.ts - t00) / 1e6 > Number(process.env.AFTER || 0)).slice(0, 14)) {
    const inside = mine.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e.dur > 2000)
      .sort((a, b) => b.dur - a.dur).slice(0, 6).map((e) => `${e.name}${e.args?.data?.url ? "(" + e.args.data.url.split("/").pop() + ")" : ""}=${(e.dur / 1000).toFixed(0)}`);
    console.log(`  task ${(t.dur / 1000).toFixed(0)} ms (cpu ${((t.tdur || 0) / 1000).toFixed(0)}) at ${((t.ts - t00) / 1e6).toFixed(1)}: ${inside.join(" ")}`);
  }
}
console.log(await browser.worker.evaluate(() => (globalThis.__p || []).join("\n")));
await browser.close(); await server.close();
