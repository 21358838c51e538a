import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import * as corpus from "./lib/corpus.mjs";
import { startServer } from "./lib/server.mjs";
import { makeBenchExtension } from "./lib/bench-extension.mjs";
const names = process.argv.slice(2);
const pg = corpus.pages();
const server = await startServer(pg.pages);
const dir = makeBenchExtension();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nc-tr-"));
const ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const withExt = process.env.NOEXT !== "1";
const ctx = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true,
  args: withExt ? [...ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`] : ARGS });
await ctx.route("**/*", (r) => { const u = new URL(r.request().url()); return (u.hostname === "127.0.0.1" || u.protocol === "chrome-extension:") ? r.continue() : r.abort(); });
if (withExt && !ctx.serviceWorkers().length) await ctx.waitForEvent("serviceworker");
// warm
{ const p = await ctx.newPage(); await p.goto(`${server.url}/page/${pg.pages[0].name}`); await p.waitForTimeout(1500); await p.close(); }
for (const name of names) {
  const page = await ctx.newPage();
  await page.addInitScript(() => { window.__nc = []; document.addEventListener("nc-bench", (e) => window.__nc.push(JSON.parse(e.detail))); });
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink", "toplevel", "loading"] }, transferMode: "ReportEvents" });
  await page.goto(`${server.url}/page/${name}`, { waitUntil: "load" });
  if (withExt) await page.waitForFunction(() => window.__nc.some((r) => r.phase === "final"), null, { timeout: 30000 });
  else await page.waitForTimeout(1500);
  const rec = await page.evaluate(() => ({ fin: (window.__nc||[]).find((x) => x.phase === "final"), origin: performance.timeOrigin }));
  await cdp.send("Tracing.end");
  await done;
  fs.writeFileSync(`/tmp/ncsnap/trace-${withExt ? "ext" : "plain"}-${name}.json`, JSON.stringify({ rec, events }));
  console.log(name, events.length, JSON.stringify(rec.fin));
  await page.close();
}
await ctx.close(); await server.close();
