/**
 * browser.mjs: headless Chromium as every bench script launches it, and a page that reports when
 * the instrumented extension has annotated it.
 *
 * Why it exists: the bench (chromium.mjs) and its measuring scripts (inpage-cpu, bigpage-trace,
 * worker-cpu, worker-flow-cpu) must run the browser the same way (Debian's Chromium, the same
 * flags, nothing fetched from outside 127.0.0.1) so that their figures can be compared; and four of
 * them waited for the extension's final `nc-bench` report with the same lines.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM } from "./paths.mjs";

/** Chromium's flags for every bench run: headless, and no background traffic of its own. */
export const CHROMIUM_ARGS = Object.freeze([
  "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
]);

/** Lets only the local server and the extension's own files load: the pages' remote parts fail fast. */
export async function blockRemote(ctx) {
  await ctx.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "chrome-extension:") return route.continue();
    return route.abort();
  });
}

/**
 * A fresh profile (its directory named after `name`) with the unpacked extension `extDir` loaded
 * and remote requests blocked. Returns the context and the profile's directory.
 */
export async function launchWithExtension(extDir, name) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `nc-${name}-`));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`],
  });
  await blockRemote(ctx);
  return { ctx, profile };
}

/** Runs in the page before its scripts: keeps the extension's final report and says it came. */
function keepFinalReport() {
  document.addEventListener("nc-bench", (e) => {
    const r = JSON.parse(e.detail);
    if (r.phase === "final") {
      window.__final = r;
      console.debug("nc-bench:done");
    }
  });
}

/**
 * A new page of `ctx` that will load `url` on `go()`; `done` resolves when the instrumented
 * extension's final report arrives (then `window.__final` in the page).
 */
export async function openReporting(ctx, url, gotoTimeoutMs = 30000) {
  const page = await ctx.newPage();
  await page.addInitScript(keepFinalReport);
  const done = new Promise((resolve) => page.on("console", (m) => { if (m.text() === "nc-bench:done") resolve(); }));
  return { page, done, go: () => page.goto(url, { waitUntil: "domcontentloaded", timeout: gotoTimeoutMs }) };
}

/** `done`, or an error after `ms` (a page whose annotation never ends must not hang the run). */
export function within(done, ms) {
  return Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`no report in ${ms / 1000} s`)), ms).unref())]);
}
