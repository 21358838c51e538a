/**
 * corpus-chromium.test.mjs: the built extension on real news pages in headless Chromium.
 *
 * Every page of `../shared/corpora/pages/` (skipped with a message when absent; `NC_SHARED` points
 * elsewhere) and every fixture page of `tests/fixtures/pages/` is served from a local server with
 * `Content-Security-Policy: script-src 'none'` (the page's own scripts never run) and every request
 * not to that server aborted (remote resources never load). One browser, one tab at a time: the
 * page is loaded with the site switched off, its text read, then the site switched on and the
 * extension's answer awaited (its status, as the popup asks for it).
 *
 * For each page it prints the name marks, claim marks and the share of marked characters inside
 * the reference article text, and asserts what must hold on every page: the page's text
 * (body.innerText) unchanged, no mark outside the main content (navigation, header, footer, aside,
 * comments, controls, hidden text), no uncaught error in the page, no securitypolicyviolation
 * caused by the extension, and no request at all once the extension is switched on (the page has
 * finished loading by then, its scripts cannot run: any request would be the extension's; only the
 * page's own `<link rel=icon>` icons are let through, which the browser fetches for the tab when it
 * likes), nor any request from the extension's service worker. Then the targets: at least 98% of marked
 * characters inside the reference text overall, and 90% on every page.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launchChromium, setSettings } from "./helpers.mjs";
import {
  CHROMIUM_PAGE_CSP, CORPUS_DIR, FIXTURE_DIR, OVERALL_TARGET, PAGE_TARGET, collectMarks, corpusIndex,
  formatTable, listPages, scoreMarks, startPageServer, totals,
} from "./corpus-lib.mjs";

/** How long one page may take to load, and the extension to answer on it. */
const LOAD_TIMEOUT = 30_000;
const ANSWER_TIMEOUT = 60_000;

const corpus = listPages(CORPUS_DIR);
const fixtures = listPages(FIXTURE_DIR) || [];
const index = corpusIndex();

let server;
let browser;
/** Every request the browser made: `{url, fromWorker}`, in order. */
const requestLog = [];

before(async () => {
  server = await startPageServer({ sets: { corpus: corpus || [], fixtures }, csp: () => CHROMIUM_PAGE_CSP });
  browser = await launchChromium();
  browser.ctx.on("request", (r) => {
    requestLog.push({ url: r.url(), fromWorker: !!r.serviceWorker?.() });
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The status the content script reports for the open test tab (as the popup asks for it). */
async function tabStatus() {
  return browser.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    for (const tab of tabs) {
      try {
        const s = await chrome.tabs.sendMessage(tab.id, { type: "nc:tab-status" });
        if (s && s.host === "127.0.0.1") return s;
      } catch (_) { /* no content script in that tab */ }
    }
    return null;
  });
}

/** Is a securitypolicyviolation the page's own blocked script (expected: we block them)? */
const pagesOwnScript = (v) =>
  /^script-src-(elem|attr)$/.test(v.directive) && !/^(chrome|moz)-extension:/.test(`${v.blockedURI} ${v.sourceFile}`.trim());

/** Loads one page, switches the extension on, and returns what was measured. */
async function runPage(set, p) {
  await setSettings(browser.worker, { disabledSites: ["127.0.0.1"] });
  const page = await browser.ctx.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    window.__ncViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__ncViolations.push({ directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI, sourceFile: e.sourceFile });
    });
  });
  try {
    await page.goto(`${server.url}/${set}/${encodeURIComponent(p.name)}`, { waitUntil: "load", timeout: LOAD_TIMEOUT });
    const pristine = await page.evaluate(() => ({
      text: document.body ? document.body.innerText : "",
      marks: document.querySelectorAll("nc-mark").length,
    }));
    assert.equal(pristine.marks, 0, "nothing is drawn while the site is switched off");
    const requestsBefore = requestLog.length;

    await setSettings(browser.worker, { disabledSites: [] });
    const started = Date.now();
    let status = null;
    while (Date.now() - started < ANSWER_TIMEOUT) {
      status = await tabStatus();
      if (status && (status.status === "done" || status.status === "failed")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = Date.now() - started;
    const drawn = await page.evaluate(collectMarks);
    const after = await page.evaluate(() => ({
      text: document.body ? document.body.innerText : "",
      violations: window.__ncViolations || [],
      // The page's icons, which the browser itself fetches for the tab at any time.
      icons: [...document.querySelectorAll("link[rel][href]")]
        .filter((l) => /icon|manifest/i.test(l.rel)).map((l) => l.href)
        .concat(new URL("/favicon.ico", location.href).href),
    }));
    // Compared without the scheme: the browser may fetch an http or protocol-relative icon over https.
    const noScheme = (u) => u.replace(/^[a-z]+:/i, "");
    const icons = new Set(after.icons.map(noScheme));
    return {
      status,
      ms,
      drawn,
      textUnchanged: after.text === pristine.text,
      textDiff: after.text === pristine.text ? "" : firstDifference(pristine.text, after.text),
      violations: after.violations.filter((v) => !pagesOwnScript(v)),
      pageErrors,
      requests: requestLog.slice(requestsBefore).map((r) => r.url)
        .filter((u) => !u.startsWith("chrome-extension:") && !icons.has(noScheme(u))),
    };
  } finally {
    await page.close();
  }
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `first difference at ${i}: before ${JSON.stringify(a.slice(Math.max(0, i - 30), i + 30))}, ` +
    `after ${JSON.stringify(b.slice(Math.max(0, i - 30), i + 30))}`;
}

/** Runs a set of pages as subtests; returns the score rows. */
async function runSet(t, set, pages) {
  const rows = [];
  for (const p of pages) {
    await t.test(p.name, async () => {
      const r = await runPage(set, p);
      const s = scoreMarks(r.drawn, p.reference);
      const lang = index.get(p.name)?.lang;
      const note = [r.status ? r.status.status : "no answer", r.status?.skippedReason || "", `${r.ms} ms`]
        .filter(Boolean).join("; ");
      rows.push({ name: p.name, ...s, note, notArticle: p.notArticle, lang });
      assert.ok(r.status && r.status.status === "done", `the extension answered (${JSON.stringify(r.status)})`);
      assert.ok(r.textUnchanged, `the page's text is unchanged: ${r.textDiff}`);
      assert.deepEqual(s.outside, [], "no mark outside the page's main content");
      assert.deepEqual(r.pageErrors, [], "no uncaught error in the page");
      assert.deepEqual(r.violations, [], "no securitypolicyviolation caused by the extension");
      assert.deepEqual(r.requests, [], "no request once the extension is switched on");
      if (p.notArticle) assert.equal(s.names + s.claims, 0, `nothing is marked on a page that is not an article (${p.notArticle})`);
    });
  }
  const fromWorker = requestLog.filter((r) => r.fromWorker);
  assert.deepEqual(fromWorker, [], "the extension's service worker made no request");
  return rows;
}

test("fixture pages written for the project: marks stay inside the article; non-articles are left alone", async (t) => {
  assert.ok(fixtures.length >= 4, `tests/fixtures/pages holds the fixture pages (${fixtures.length} found)`);
  const rows = await runSet(t, "fixtures", fixtures);
  console.log(formatTable("Chromium, fixture pages (tests/fixtures/pages):", rows));
  for (const r of rows.filter((r) => !r.notArticle)) {
    assert.ok(r.names + r.claims > 0, `${r.name}: the article is annotated`);
    assert.ok(r.share >= PAGE_TARGET, `${r.name}: ${(100 * r.share).toFixed(1)}% of marked text inside the article`);
  }
  assert.ok(totals(rows).share >= OVERALL_TARGET, `overall ${(100 * totals(rows).share).toFixed(1)}%`);
});

test("saved news pages (../shared/corpora/pages): at least 98% of marked text inside the article, 90% on every page",
  { skip: corpus ? false : `${CORPUS_DIR} not found (a fresh clone has no ../shared; NC_SHARED points elsewhere)` },
  async (t) => {
    const rows = await runSet(t, "corpus", corpus);
    console.log(formatTable(`Chromium, ${rows.length} saved pages (${CORPUS_DIR}):`, rows));
    const english = rows.filter((r) => !r.lang || r.lang.startsWith("en"));
    assert.ok(english.filter((r) => r.names + r.claims > 0).length >= english.length * 0.9,
      "nearly every English page is annotated");
    const low = rows.filter((r) => r.marked > 0 && r.share < PAGE_TARGET);
    assert.deepEqual(low.map((r) => `${r.name} ${(100 * r.share).toFixed(1)}%`), [], "every page at least 90%");
    const t2 = totals(rows);
    assert.ok(t2.share >= OVERALL_TARGET, `overall ${(100 * t2.share).toFixed(1)}% (target ${100 * OVERALL_TARGET}%)`);
  });
