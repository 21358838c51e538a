/**
 * live.test.mjs: the built extension in headless Chromium on a live page, written for this test: an
 * article that grows (paragraphs appended later, as infinite scroll, "read more" and live blogs do)
 * and navigates as a single-page app (history.pushState to a new article, then back).
 *
 * What it pins: marks appear on the text added later and on the new article after pushState (the
 * test waits for them); a name is never marked twice (no mark inside a mark, never more marks for a
 * name than the paragraph says it); the page's text stays exactly its own; the extension's own DOM
 * changes do not set it off again (it settles: no annotation runs while the page is still).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, seedLines, startServer } from "./helpers.mjs";

const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const LINES = seedLines();
// The seed article split in three: the first page, the paragraphs appended later, the next article.
const FIRST = LINES.slice(0, 6);
const MORE = LINES.slice(6, 10);
const NEXT = LINES.slice(10);

/** The page's own script (main world): grows the article on request and navigates with pushState. */
const PAGE_SCRIPT = `
const paragraphs = (lines, prefix) => lines.map((t, i) => { const p = document.createElement("p"); p.id = prefix + i; p.textContent = t; return p; });
const pages = { "/live": ${JSON.stringify(FIRST)}, "/live/next": ${JSON.stringify(NEXT)} };
function show(path) {
  document.querySelector("article").replaceChildren(...paragraphs(pages[path], path === "/live" ? "first-" : "next-"));
}
window.addMore = () => document.querySelector("article").append(...paragraphs(${JSON.stringify(MORE)}, "more-"));
window.goNext = () => { history.pushState({}, "", "/live/next"); show("/live/next"); };
addEventListener("popstate", () => show(location.pathname));
show("/live");
`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live article</title>
<meta property="article:published_time" content="2025-11-28T09:00:00Z"></head>
<body><main><h1>Live: Russia and Belarus reach out to Maduro</h1><article></article></main>
<script src="/live.js"></script></body></html>`;

let server;
let browser;

before(async () => {
  const html = (res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(PAGE); };
  server = await startServer({
    "/live": (_req, res) => html(res),
    "/live/next": (_req, res) => html(res),
    "/live.js": (_req, res) => { res.writeHead(200, { "content-type": "text/javascript" }); res.end(PAGE_SCRIPT); },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Marks per paragraph, and the checks that no mark doubles: runs in the page. */
function census() {
  const out = { nested: document.querySelectorAll("nc-mark nc-mark").length, paragraphs: {}, over: [] };
  for (const p of document.querySelectorAll("article p")) {
    const marks = [...p.querySelectorAll("nc-mark")].map((m) => m.textContent);
    out.paragraphs[p.id] = { marks: marks.length, text: p.textContent };
    // A name is marked at most as often as it occurs in its paragraph.
    for (const name of new Set(marks)) {
      const times = p.textContent.split(name).length - 1;
      const marked = marks.filter((m) => m === name).length;
      if (marked > times) out.over.push(`${p.id}: "${name}" marked ${marked}× for ${times} occurrence(s)`);
    }
  }
  return out;
}

const markedIn = (prefix) => `[...document.querySelectorAll('article p[id^="${prefix}"] nc-mark')].length > 0`;

test("paragraphs added later are annotated when they appear, pushState starts afresh, and no mark ever doubles", async () => {
  const page = await browser.ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}/live`);
  await page.waitForFunction(markedIn("first-"), null, { timeout: 20000 });
  const first = await page.evaluate(census);
  assert.equal(first.nested, 0);
  assert.deepEqual(first.over, []);
  // Paragraphs whose text is the seed's own: the page's text is never altered.
  for (const [id, p] of Object.entries(first.paragraphs)) assert.equal(p.text, FIRST[Number(id.split("-")[1])]);

  // Nothing changes while the page is still: our own drawing does not set off another annotation.
  const runs = () => page.evaluate(() => new Promise((resolve) => {
    let n = 0;
    document.addEventListener("nc-annotated", () => n++);
    setTimeout(() => resolve(n), 2500);
  }));
  assert.equal(await runs(), 0, "no annotation runs while the page does not change");

  // Infinite scroll / read more: the new paragraphs get marks, the old ones keep theirs, once.
  await page.evaluate(() => window.addMore());
  await page.waitForFunction(markedIn("more-"), null, { timeout: 20000 });
  const grown = await page.evaluate(census);
  assert.equal(grown.nested, 0);
  assert.deepEqual(grown.over, []);
  for (const [id, p] of Object.entries(first.paragraphs)) {
    assert.equal(grown.paragraphs[id].marks, p.marks, `${id} keeps its ${p.marks} marks after the page grew`);
    assert.equal(grown.paragraphs[id].text, p.text);
  }
  for (const [id, p] of Object.entries(grown.paragraphs)) {
    if (id.startsWith("more-")) assert.equal(p.text, MORE[Number(id.split("-")[1])]);
  }

  // A single-page-app navigation: the new article is annotated afresh.
  await page.evaluate(() => window.goNext());
  await page.waitForFunction(markedIn("next-"), null, { timeout: 20000 });
  const next = await page.evaluate(census);
  assert.equal(new URL(page.url()).pathname, "/live/next");
  assert.equal(next.nested, 0);
  assert.deepEqual(next.over, []);
  assert.ok(Object.keys(next.paragraphs).every((id) => id.startsWith("next-")));

  // Back (popstate): the first article again, annotated again, still once.
  await page.goBack();
  await page.waitForFunction(markedIn("first-"), null, { timeout: 20000 });
  const back = await page.evaluate(census);
  assert.equal(back.nested, 0);
  assert.deepEqual(back.over, []);
  for (const [id, p] of Object.entries(first.paragraphs)) {
    assert.equal(back.paragraphs[id].marks, p.marks, `${id}: the same marks as on the first visit`);
  }
  assert.deepEqual(errors, []);
  assert.deepEqual(browser.blocked, [], "no request left 127.0.0.1");
  await page.close();
});
