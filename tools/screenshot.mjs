// Takes the README's screenshots with Debian's chromium (after `make extension www`):
//   demo.png        the demo page, the seed article annotated, Alexander Lukashenko's card open
//   card.png        the built extension on a news page written for the project
//                   (tests/fixtures/pages/daily-example-article.html), a person's card open
//   claim-card.png  the same page, a claim's card opened with the keyboard (Alt+Shift+N), pinned
//   popup.png       the toolbar popup for that page: switches, summary, marks to show
// Usage: node tools/screenshot.mjs [OUT_DIR]   (default docs/images)
import http from "node:http";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const outDir = process.argv[2] || "docs/images";
const ROOT = path.resolve(".");
const WWW = path.join(ROOT, "build/www");
const EXT = path.join(ROOT, "build/extension");
const PAGE = path.join(ROOT, "tests/fixtures/pages/daily-example-article.html");
for (const need of [path.join(WWW, "index.html"), path.join(EXT, "manifest.json"), PAGE]) {
  if (!fs.existsSync(need)) throw new Error(`${path.relative(ROOT, need)} is missing: run \`make extension www\` first`);
}
fs.mkdirSync(outDir, { recursive: true });

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8", ".json": "application/json" };
const server = http.createServer((req, res) => {
  const p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  const file = p === "/article" ? PAGE : path.join(WWW, p.replace(/\/$/, "/index.html"));
  if (!(file === PAGE || file.startsWith(WWW)) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" }).end(fs.readFileSync(file));
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const base = `http://127.0.0.1:${server.address().port}`;
const quiet = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
  "--disable-sync", "--no-first-run"];
const shot = async (page, name, options = {}) => {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file, ...options });
  console.log(`screenshot: ${file}`);
};

// The demo page.
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: quiet });
const demo = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await demo.goto(`${base}/`);
await demo.waitForSelector("nc-mark", { timeout: 20000 });
const mark = demo.locator("nc-mark", { hasText: "Lukashenko" }).first();
await mark.scrollIntoViewIfNeeded();
await mark.hover();
await demo.waitForTimeout(400);
await shot(demo, "demo.png");
await browser.close();

// The extension on the project's news page, and its popup.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nc-shots-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", headless: true, viewport: { width: 1200, height: 760 },
  args: ["--headless=new", ...quiet, `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`],
});
try {
  await ctx.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ||
    route.request().url().startsWith("chrome-extension:") ? route.continue() : route.abort()));
  let worker = ctx.serviceWorkers()[0];
  if (!worker) worker = await ctx.waitForEvent("serviceworker");
  const extensionId = new URL(worker.url()).host;
  const page = await ctx.newPage();
  await page.goto(`${base}/article`);
  await page.waitForFunction(() => document.querySelector("nc-mark") && CSS.highlights.size > 0, null, { timeout: 20000 });
  // Fold the legend so the card is the subject.
  await page.locator("nc-card-host .legend-toggle").click();
  await page.locator("nc-mark", { hasText: /^Alexander Lukashenko$/ }).first().hover();
  await page.waitForTimeout(400);
  await shot(page, "card.png", { clip: { x: 0, y: 0, width: 1200, height: 640 } });

  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Alt+Shift+N");
    const sub = await page.evaluate(() => {
      const card = document.querySelector("nc-card-host").shadowRoot.querySelector(".card.pinned");
      return card && card.dataset.kind !== "name" ? card.querySelector(".nc-card-sub")?.textContent || "" : "";
    });
    if (/ via /.test(sub)) break;
  }
  await page.waitForTimeout(300);
  await shot(page, "claim-card.png", { clip: { x: 0, y: 0, width: 1200, height: 640 } });

  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 352, height: 1600 });
  await popup.goto(`chrome-extension://${extensionId}/popup/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await popup.locator("#people li").first().waitFor();
  const height = await popup.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await shot(popup, "popup.png", { clip: { x: 0, y: 0, width: 352, height } });
} finally {
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  server.close();
}
