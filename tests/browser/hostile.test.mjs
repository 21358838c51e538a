/**
 * hostile.test.mjs: the built extension in headless Chromium on hostile pages (tests/hostile/pages.mjs):
 * markup and script in names, roles and quotes; a 5 MB article; 100,000 paragraphs; 5,000-deep
 * nesting; a page rewriting its DOM every 10 ms; main-world prototype tampering; document.write and
 * frames; a CSP of default-src 'none'.
 *
 * For each page: its text (innerText of its article, or body) and its own state are unchanged by the
 * extension; no page error; the extension either annotates or backs off with a console message (read
 * from the tab's status, as the popup reads it); no request leaves 127.0.0.1. The longest main-thread
 * task (PerformanceObserver 'longtask', which counts content-script work too: the isolated world
 * shares the page's thread) is printed as a figure, not asserted. The two big pages are loaded with
 * the extension switched off and annotated once the page has settled (`visitBig`), so their figures
 * are what the extension adds; NC_HOSTILE_BIG=0 leaves them out.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, seedLines, setSettings, startServer } from "./helpers.mjs";
import { buildPages } from "../hostile/pages.mjs";

let server;
let browser;
const PAGES = buildPages(seedLines());
const figures = [];

before(async () => {
  const routes = {};
  for (const [name, p] of Object.entries(PAGES)) {
    routes[`/hostile/${name}`] = (_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(p.headers || {}) });
      res.end(p.html);
    };
  }
  server = await startServer(routes);
  browser = await launchChromium();
});

after(async () => {
  if (figures.length) {
    console.log("\nHostile pages (Chromium): longest main-thread task, outcome");
    for (const f of figures) console.log(`  ${f.name.padEnd(9)} ${String(f.longest).padStart(6)} ms  (${f.longTasks} long tasks)  ${f.outcome}`);
  }
  await browser?.close();
  await server?.close();
});

/** Records long tasks and the page's text at DOMContentLoaded, before the content script (document_idle). */
function watchInit() {
  window.__nc = { longest: 0, longTasks: 0, before: null, tasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__nc.longTasks++;
        window.__nc.longest = Math.max(window.__nc.longest, e.duration);
        window.__nc.tasks.push([e.startTime, e.duration]);
      }
    }).observe({ type: "longtask", buffered: true });
  } catch (_) { /* no longtask support: figures stay 0 */ }
}

/** The tab's status as the popup reads it: {status, reason, counts, ...}; "unresponsive" when no
 * tab answered within `patienceMs`. */
async function tabStatus(patienceMs = 2000) {
  return browser.worker.evaluate(async (patienceMs) => {
    const tabs = await chrome.tabs.query({});
    for (const t of tabs) {
      try {
        const r = await Promise.race([
          chrome.tabs.sendMessage(t.id, { type: "nc:tab-status" }),
          new Promise((resolve) => setTimeout(() => resolve({ status: "unresponsive" }), patienceMs)),
        ]);
        if (r && r.status) return r;
      } catch (_) { /* no content script in that tab */ }
    }
    return null;
  }, patienceMs);
}

/** What a hostile page looks like after the extension ran: the text of `scope`, the marks and
 * highlights drawn, the page's own state, whether a payload ran, and the timing the test page
 * recorded. */
function pageState(page, scope) {
  return page.evaluate((s) => ({
    text: document.querySelector(s).innerText,
    marks: document.querySelectorAll("nc-mark").length,
    // On a page this large the plan says names_as_highlights: names are ranges of `nc-name`.
    nameRanges: CSS.highlights.has("nc-name") ? CSS.highlights.get("nc-name").size : 0,
    highlights: CSS.highlights.size,
    page: window.__page || null,
    pwned: window.__ncPwned || null,
    nc: window.__nc,
  }), scope);
}

/** Opens a hostile page, waits for the extension to finish (done/failed) or 60 s, and checks it
 * (the big pages: `visitBig`). */
async function visit(name, { expectMarks = false } = {}) {
  const waitMs = 60000;
  const spec = PAGES[name];
  const page = await browser.ctx.newPage();
  const pageErrors = [];
  const consoleLines = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(watchInit);
  const requestsBefore = server.requests.length;
  await page.goto(`${server.url}/hostile/${name}`, { waitUntil: "domcontentloaded", timeout: 60000 });
  const scope = spec.scope || "body";
  const textBefore = await page.evaluate((s) => document.querySelector(s).innerText, scope);
  let status = null;
  const t0 = Date.now();
  const deadline = t0 + waitMs;
  let slowestAnswer = 0; // the longest the page took to answer a trivial evaluate meanwhile
  while (Date.now() < deadline) {
    status = await tabStatus(2000);
    if (status && (status.status === "done" || status.status === "failed" || status.status === "off")) break;
    const asked = Date.now();
    await page.evaluate(() => 1);
    slowestAnswer = Math.max(slowestAnswer, Date.now() - asked);
    await new Promise((r) => setTimeout(r, 250));
  }
  const tookMs = Date.now() - t0;
  const started = Date.now();
  const after = await pageState(page, scope);
  const evalMs = Date.now() - started;
  const outcome = after.marks > 0
    ? `annotated: ${after.marks} name marks, ${after.highlights} claim kinds`
    : status && status.status === "working"
      ? `still working after ${waitMs / 1000} s (page answered an evaluate in ${evalMs} ms)`
      : `backed off: ${status ? `${status.status} ${status.reason || status.skippedReason || ""}` : "no status"}`;
  figures.push({ name, longest: Math.round(after.nc?.longest || 0), longTasks: after.nc?.longTasks || 0,
    outcome: `${outcome}; finished ${(tookMs / 1000).toFixed(1)} s after DOMContentLoaded; slowest answer to an evaluate meanwhile ${slowestAnswer} ms` });
  const own = server.requests.slice(requestsBefore).filter((r) => !r.startsWith("GET /hostile/") && r !== "GET /favicon.ico");

  assert.ok(status, `${name}: the content script answered the status query`);
  const finished = ["done", "failed"];
  assert.ok(finished.includes(status.status), `${name}: the extension finished (${JSON.stringify(status)})`);
  if (after.marks === 0 && status.status === "failed") {
    assert.ok(consoleLines.some((l) => l.includes("News Context:")), `${name}: a back-off says so in the console (${consoleLines})`);
  }
  if (expectMarks) assert.ok(after.marks > 0, `${name}: annotated (${outcome})`);
  assert.deepEqual(pageErrors, [], `${name}: nothing thrown into the page`);
  assert.equal(after.text, textBefore, `${name}: the page's text is unchanged`);
  assert.equal(after.pwned, null, `${name}: no payload ran`);
  if (!spec.noPageScript) assert.ok(after.page && after.page.ok, `${name}: the page's own script state is intact`);
  assert.deepEqual(browser.blocked, [], `${name}: no request left 127.0.0.1`);
  assert.deepEqual(own, [], `${name}: no request besides the page's own`);
  return { page, status, after, consoleLines };
}

test("markup, script, javascript: URLs and CSS escapes in names, roles and quotes stay text", async () => {
  const { page } = await visit("markup", { expectMarks: true });
  // The page's own elements: nothing was created from the payloads, in the page or in the cards.
  const found = await page.evaluate(() => {
    const inPage = [...document.querySelectorAll("img, svg, iframe, b, script:not(head script):not(body > script)")]
      .map((e) => e.localName);
    const host = document.querySelector("nc-card-host");
    const out = { inPage, cards: [], tags: new Set(), hrefs: new Set(), attrs: new Set(), lessThan: [] };
    const marks = [...document.querySelectorAll("nc-mark")];
    const seen = new Set();
    for (const m of marks) {
      if (seen.has(m.dataset.ncCard)) continue;
      seen.add(m.dataset.ncCard);
      m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, composed: true }));
      const card = host.shadowRoot.querySelector("[role=tooltip]");
      out.cards.push(card.textContent);
      if (card.textContent.includes("<")) out.lessThan.push(card.textContent.slice(0, 200));
      for (const el of host.shadowRoot.querySelectorAll("*")) {
        out.tags.add(el.localName);
        for (const a of el.attributes) out.attrs.add(a.name);
        if (el.hasAttribute("href")) out.hrefs.add(el.getAttribute("href"));
      }
    }
    return { inPage: out.inPage, cards: out.cards.length, tags: [...out.tags], hrefs: [...out.hrefs],
      attrs: [...out.attrs], lessThan: out.lessThan };
  });
  assert.deepEqual(found.inPage, [], "no element made from the page's text");
  assert.ok(found.cards > 0, "cards were opened");
  for (const t of ["img", "script", "svg", "iframe", "b", "object", "embed", "style"]) {
    assert.ok(!found.tags.includes(t), `no <${t}> in the card's shadow root (${found.tags})`);
  }
  for (const a of found.attrs) assert.ok(!/^on/.test(a), `no event-handler attribute (${a})`);
  for (const h of found.hrefs) assert.match(h, /^https:\/\/[a-z-]+\.wikipedia\.org\/wiki\/[^\s"'<>]+$/, "only Wikipedia links");
  console.log(`markup: ${found.cards} cards opened; card texts carrying '<' as text: ${found.lessThan.length}`);
  console.log(`markup: shadow-root tags: ${found.tags.sort().join(" ")}`);
  for (const t of found.lessThan) console.log(`  card text: ${t}`);
  assert.equal(await page.evaluate(() => window.__ncPwned || null), null, "no payload ran after hovering every card");
  await page.close();
});

test("500-deep nesting (1,000 crashes the renderer; 5,000 does so with no extension loaded)", async () => {
  const { page, after } = await visit("deep");
  assert.ok(after.page.depth > 500, `the page is ${after.page.depth} deep`);
  await page.close();
});

test("a page that rewrites its own DOM every 10 ms keeps ticking, and its article is annotated", async () => {
  const { page, after } = await visit("churn", { expectMarks: true });
  const ticks = await page.evaluate(() => window.__page.ticks);
  await page.waitForTimeout(300);
  const later = await page.evaluate(() => ({ ticks: window.__page.ticks, ticker: document.getElementById("ticker").textContent }));
  assert.ok(later.ticks > ticks, `the page keeps rewriting itself (${ticks} -> ${later.ticks})`);
  assert.match(later.ticker, /^Tick \d+: Putin and Lukashenko spoke again$/);
  assert.ok(after.page.ok);
  await page.close();
});

test("main-world prototype tampering does not reach the content script (isolated world)", async () => {
  const { page, after } = await visit("tamper", { expectMarks: true });
  // The page's traps were never called by the extension: it used its own world's prototypes.
  assert.deepEqual(after.page.trapped, [], "no page trap was hit");
  assert.ok(await page.evaluate(() => Object.isFrozen(Node.prototype)), "the page's prototypes are still its own");
  await page.close();
});

test("document.write and frames: the top document is annotated, frames are left alone", async () => {
  const { page, after } = await visit("docwrite", { expectMarks: true });
  assert.ok(after.page.written);
  for (const f of page.frames().slice(1)) {
    const marks = await f.evaluate(() => document.querySelectorAll("nc-mark").length).catch(() => 0);
    assert.equal(marks, 0, `frame ${f.url()} is not annotated (all_frames: false)`);
  }
  await page.close();
});

test("a page with CSP default-src 'none' is annotated and sees no violation", async () => {
  const { page } = await visit("csp", { expectMarks: true });
  await page.close();
});

// The two big pages. The page loads with the extension switched off for the site and is left to
// finish its own first layout; then the extension is switched on, so the long tasks recorded from
// then on are the ones the extension adds (the page's own loading of 5 MB takes seconds, and
// without the extension). The page is then scrolled to its middle and its end, where the marks
// are drawn as the reader gets there. BIG_WAIT_MS bounds each wait; times are printed.
const BIG_WAIT_MS = 120000;
/** NC_HOSTILE_BIG=0 leaves the two big pages out (each takes 20–90 s on 2 busy cores). */
const BIG = process.env.NC_HOSTILE_BIG === "0" ? { skip: "NC_HOSTILE_BIG=0" } : {};

/** The long tasks recorded since `since` (the page's clock): [count, longest ms]. */
function tasksSince(nc, since) {
  const after = (nc?.tasks || []).filter(([start]) => start >= since);
  return [after.length, Math.round(Math.max(0, ...after.map(([, d]) => d)))];
}

async function visitBig(name) {
  const spec = PAGES[name];
  const scope = spec.scope || "body";
  await setSettings(browser.worker, { disabledSites: ["127.0.0.1"] });
  const page = await browser.ctx.newPage();
  const pageErrors = [];
  const consoleLines = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  await page.addInitScript(watchInit);
  const requestsBefore = server.requests.length;
  await page.goto(`${server.url}/hostile/${name}`, { waitUntil: "load", timeout: BIG_WAIT_MS });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))));
  const textBefore = await page.evaluate((s) => document.querySelector(s).innerText, scope);
  const since = await page.evaluate(() => performance.now());

  await setSettings(browser.worker, { disabledSites: [] });
  const t0 = Date.now();
  let status = null;
  let slowestAnswer = 0;
  while (Date.now() < t0 + BIG_WAIT_MS) {
    status = await tabStatus(10000);
    if (status && ["done", "failed"].includes(status.status)) break;
    const asked = Date.now();
    await page.evaluate(() => 1);
    slowestAnswer = Math.max(slowestAnswer, Date.now() - asked);
    await new Promise((r) => setTimeout(r, 250));
  }
  const annotatedMs = Date.now() - t0;
  const first = await page.evaluate(() => ({ marks: document.querySelectorAll("nc-mark").length,
    nameRanges: CSS.highlights.has("nc-name") ? CSS.highlights.get("nc-name").size : 0, nc: window.__nc }));
  const [tasksAnnotating, longestAnnotating] = tasksSince(first.nc, since);

  // The reader scrolls to the middle, then to the end: the marks there are drawn when they come near.
  const scrolled = [];
  for (const at of status && status.counts && status.counts.pending ? [0.5, 1] : []) {
    const from = await page.evaluate(() => performance.now());
    const asked = Date.now();
    await page.evaluate((at) => window.scrollTo(0, at * (document.documentElement.scrollHeight - innerHeight)), at);
    const seen = await page.waitForFunction(() => {
      const boxes = [...document.querySelectorAll("nc-mark")].map((m) => m.getBoundingClientRect());
      for (const s of CSS.highlights.get("nc-name") || []) {
        const r = document.createRange();
        r.setStart(s.startContainer, s.startOffset);
        r.setEnd(s.endContainer, s.endOffset);
        boxes.push(r.getBoundingClientRect());
      }
      return boxes.some((r) => r.bottom > 0 && r.top < innerHeight);
    }, null, { timeout: 30000, polling: 250 }).then(() => true, () => false);
    const nc = await page.evaluate(() => window.__nc);
    scrolled.push({ at, seen, ms: Date.now() - asked, longest: tasksSince(nc, from)[1] });
  }
  const status2 = await tabStatus(10000);
  const after = await pageState(page, scope);
  const [tasksAll, longestAll] = tasksSince(after.nc, since);
  const counts = status && status.counts;
  const outcome = first.marks + first.nameRanges > 0 || (counts && counts.pending)
    ? `annotated ${(annotatedMs / 1000).toFixed(1)} s after switching on: ${first.marks + first.nameRanges} names near the viewport, ` +
      `${counts ? counts.pending : "?"} marks pending; after scrolling to the middle and the end: ${after.marks + after.nameRanges} names, ` +
      `${after.highlights} claim kinds (${scrolled.map((x) => `${x.at === 1 ? "end" : "middle"}: marks in view after ${(x.ms / 1000).toFixed(1)} s, longest task ${x.longest} ms`).join("; ")})`
    : `backed off: ${status ? `${status.status} ${status.reason || status.skippedReason || ""}` : "no status"}`;
  figures.push({ name, longest: longestAll, longTasks: tasksAll,
    outcome: `${outcome}; while annotating: longest task ${longestAnnotating} ms (${tasksAnnotating} over 50 ms), ` +
      `slowest answer to an evaluate ${slowestAnswer} ms` });
  const own = server.requests.slice(requestsBefore).filter((r) => !r.startsWith("GET /hostile/") && r !== "GET /favicon.ico");

  assert.ok(status, `${name}: the content script answered the status query`);
  assert.ok(["done", "failed"].includes(status.status), `${name}: the extension finished within ${BIG_WAIT_MS / 1000} s (${JSON.stringify(status)})`);
  if (first.marks + first.nameRanges === 0 && status.status === "failed") {
    assert.ok(consoleLines.some((l) => l.includes("News Context:")), `${name}: a back-off says so in the console (${consoleLines})`);
  }
  assert.deepEqual(pageErrors, [], `${name}: nothing thrown into the page`);
  assert.equal(after.text, textBefore, `${name}: the page's text is unchanged`);
  assert.equal(after.pwned, null, `${name}: no payload ran`);
  assert.ok(after.page && after.page.ok, `${name}: the page's own script state is intact`);
  assert.deepEqual(browser.blocked, [], `${name}: no request left 127.0.0.1`);
  assert.deepEqual(own, [], `${name}: no request besides the page's own`);
  return { page, status, status2, first, after, scrolled };
}

test("a 5 MB article: names as highlights near the viewport first, the rest as the reader scrolls, the tab answering", { ...BIG, timeout: 4 * BIG_WAIT_MS }, async () => {
  const { page, status, first, after, scrolled } = await visitBig("big");
  // A name drawn late (at the end, after scrolling) opens its card when the pointer rests on it.
  const at = await page.evaluate(() => {
    for (const s of CSS.highlights.get("nc-name") || []) {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      const b = r.getClientRects()[0];
      if (b && b.top > 0 && b.bottom < innerHeight) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    return null;
  });
  assert.ok(at, "a name is in view after scrolling");
  await page.mouse.move(at.x, at.y);
  const tip = page.locator("nc-card-host [role=tooltip]");
  await tip.waitFor({ state: "visible", timeout: 10000 });
  assert.equal(await tip.getAttribute("data-kind"), "name", "a late name opens its person's card");
  assert.equal(status.status, "done");
  assert.equal(after.marks, 0, "no element was inserted: a page this large gets its names as a highlight");
  assert.ok(first.nameRanges > 0, "names near the viewport are marked");
  assert.ok(status.counts.pending > 0, `the rest waits for the reader (${JSON.stringify(status.counts)})`);
  for (const x of scrolled) assert.ok(x.seen, `marks are drawn where the reader scrolled (${x.at})`);
  assert.ok(after.nameRanges > first.nameRanges, "scrolling drew more names");
  await page.close();
});

test("100,000 paragraphs are annotated and the tab keeps answering", { ...BIG, timeout: 4 * BIG_WAIT_MS }, async () => {
  const { page, status, first } = await visitBig("many");
  assert.equal(status.status, "done");
  assert.ok(first.marks + first.nameRanges > 0, "annotated");
  await page.close();
});
