// Takes the README's screenshot: the demo page with the seed article annotated, a card open.
// Usage: node tools/screenshot.mjs OUT.png  (after `make www`). Uses Debian's chromium.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";

const out = process.argv[2] || "docs/images/demo.png";
const root = path.resolve("build/www");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8", ".json": "application/json" };
const server = http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/\/$/, "/index.html"));
  if (!file.startsWith(root) || !fs.existsSync(file)) { res.writeHead(404).end(); return; }
  res.writeHead(200, { "content-type": types[path.extname(file)] || "application/octet-stream" }).end(fs.readFileSync(file));
}).listen(0, "127.0.0.1");
await new Promise((r) => server.once("listening", r));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector("nc-mark", { timeout: 20000 });
const mark = page.locator("nc-mark", { hasText: "Lukashenko" }).first();
await mark.scrollIntoViewIfNeeded();
await mark.hover();
await page.waitForTimeout(400);
await page.screenshot({ path: out });
await browser.close();
server.close();
console.log(`screenshot: ${out}`);
