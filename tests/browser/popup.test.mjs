/**
 * popup.test.mjs: the toolbar popup of the built extension in headless Chromium (opened as a tab,
 * which is how a popup page can be driven), describing the seed article in another tab.
 *
 * Pins: the summary shows claims by source kind as a bar whose accessible label gives the counts,
 * the people with their mentions, who is quoted how often with their cue verbs; the "marks to show"
 * switches hide and show families of marks in the open tab; a page in an unsupported language is
 * left untouched and the popup says why; a page that is not an article is left alone until the reader
 * asks from the popup; when the wasm module cannot load (damaged or missing) every
 * page is left untouched and the popup says why.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  EXT_DIR, chromiumWithServer, launchChromium, leftovers, openWatched, requireBuild, waitForAnnotations,
} from "./helpers.mjs";

const FRENCH = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title>
<meta property="article:published_time" content="2025-11-28T00:00:00Z"></head><body><main><article>
<h1>Le Bélarus tend la main à Maduro</h1>
<p>Selon l'agence Belta, Alexandre Loukachenko a déclaré que Nicolás Maduro serait le bienvenu au Bélarus.</p>
<p>« Nous espérons que oui », a dit Maria Zakharova, porte-parole du ministère russe des Affaires étrangères.</p>
</article></main></body></html>`;

/** A front page: navigation, a few linked teasers and one short line of prose, so not an article. */
const FRONT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example News: home</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Top stories</h1>
<ul><li><a href="/a">Markets rally as inflation cools</a></li><li><a href="/b">Storm warning for the coast</a></li></ul>
<p>Nicolás Maduro met Alexander Lukashenko in Minsk, Belta reported.</p>
</main><footer><p>Example News</p></footer></body></html>`;

const routes = {
  "/fr": (req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(FRENCH); },
  "/front": (req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(FRONT_PAGE); },
};

const session = chromiumWithServer(routes);

const noneLeft = { marks: 0, hosts: 0, highlights: 0, sheets: 0 };

/** Opens the popup for `page` (made the active tab) and waits until it has asked the tab. */
async function openPopup(b, page) {
  const popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return popup;
}

/** Reloads the popup until its status is no longer "Reading the article…". */
async function settledStatus(popup) {
  let status = "";
  for (let i = 0; i < 50; i++) {
    status = (await popup.locator("#status").textContent()).trim();
    if (!status.startsWith("Reading")) return status;
    await popup.waitForTimeout(100);
    await popup.reload();
    await popup.waitForFunction(() => document.documentElement.dataset.ready === "true");
  }
  return status;
}

test("the popup's summary: claims by source as a bar with counts, people, and who is quoted with cue verbs", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const popup = await openPopup(session.browser, page);
  await popup.locator("#people li", { hasText: "Alexander Lukashenko" }).waitFor();

  const counts = Object.fromEntries(await popup.locator("#claims li").evaluateAll((lis) =>
    lis.map((li) => [li.dataset.kind, Number(li.querySelector(".count").textContent)])));
  assert.deepEqual(Object.keys(counts), ["claim-named", "claim-anonymous", "claim-vague", "claim-none"]);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  assert.ok(total > 0, "the seed article has claims");
  // The bar: one segment per kind with claims, widths in proportion, its label giving the numbers.
  const bar = await popup.locator("#bar").evaluate((el) => ({
    label: el.getAttribute("aria-label"),
    role: el.getAttribute("role"),
    width: el.clientWidth,
    segments: [...el.children].map((s) => [s.dataset.kind, s.getBoundingClientRect().width]),
  }));
  assert.equal(bar.role, "img");
  for (const [kind, n] of Object.entries(counts)) {
    const seg = bar.segments.find(([k]) => k === kind);
    assert.equal(!!seg, n > 0, `${kind}: a segment only when there are such claims`);
    if (seg) assert.ok(Math.abs(seg[1] / bar.width - n / total) < 0.05, `${kind}: width ${seg[1]} of ${bar.width} for ${n}/${total}`);
    assert.match(bar.label, new RegExp(`\\b${n} `), `the bar's label gives ${kind}'s count`);
  }
  // People with their mentions; who is quoted with how often and the cue verbs.
  const people = await popup.locator("#people li").allTextContents();
  assert.ok(people.some((p) => /^Alexander Lukashenko.*\(\d+ mentions?\)$/.test(p)), people.join(" | "));
  const quoted = await popup.locator("#quoted li").allTextContents();
  const zakharova = quoted.find((q) => q.startsWith("Maria Zakharova"));
  assert.match(zakharova || "", /^Maria Zakharova \(\d+ quotes?\): .*told/, quoted.join(" | "));
  assert.match(await popup.locator("#keys").textContent(), /Alt\+Shift\+N/);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test("the marks-to-show switches remove a family of marks from the open tab and draw it again", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const before = await page.evaluate(() => ({
    names: document.querySelectorAll("nc-mark").length,
    highlights: [...CSS.highlights.keys()].sort(),
    text: document.body.innerText,
  }));
  assert.ok(before.highlights.includes("nc-claim-named"));
  const popup = await openPopup(session.browser, page);
  const names = popup.getByLabel("Names of people");
  const named = popup.getByLabel("Claims with a named source");
  assert.equal(await names.isChecked(), true);

  await named.uncheck();
  await page.waitForFunction(() => !CSS.highlights.has("nc-claim-named") && document.querySelector("nc-mark"));
  await names.uncheck();
  await page.waitForFunction(() => !document.querySelector("nc-mark") && CSS.highlights.size > 0);
  const stored = await session.browser.worker.evaluate(async () => (await chrome.storage.sync.get("show")).show);
  assert.deepEqual(stored, { names: false, named: false, anonymous: true, vague: true, none: true });
  assert.equal(await page.evaluate(() => document.body.innerText), before.text, "the text never changes");

  await names.check();
  await named.check();
  await page.waitForFunction((n) => document.querySelectorAll("nc-mark").length === n && CSS.highlights.has("nc-claim-named"),
    before.names);
  assert.deepEqual(await page.evaluate(() => [...CSS.highlights.keys()].sort()), before.highlights);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test("a page in an unsupported language is left untouched and the popup says why", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/fr`);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const popup = await openPopup(session.browser, page);
  const status = await settledStatus(popup);
  assert.match(status, /language \(fr\) is not supported/, status);
  assert.equal(await popup.locator("#summary").isHidden(), true);
  assert.deepEqual(await leftovers(page), noneLeft);
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

/** A copy of the built extension whose file `file` (under pkg/) is damaged by `damage(path)`. */
function damagedCopy(file, damage) {
  requireBuild();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nc-damaged-"));
  fs.cpSync(EXT_DIR, dir, { recursive: true });
  damage(path.join(dir, "pkg", file));
  return dir;
}

/** Cuts a file to half its length (a partial copy or download). */
const truncate = (f) => fs.writeFileSync(f, fs.readFileSync(f).subarray(0, Math.floor(fs.statSync(f).size / 2)));

for (const [what, file, damage] of [
  ["the wasm module is corrupt", "news_context_bg.wasm", (f) => fs.writeFileSync(f, Buffer.from("\0asm this is not a module", "latin1"))],
  ["the wasm module is missing (blocked)", "news_context_bg.wasm", (f) => fs.rmSync(f)],
  ["the knowledge-base file is missing", "kb.bin", (f) => fs.rmSync(f)],
  ["the knowledge-base file is truncated", "kb.bin", truncate],
]) {
  test(`when ${what}, the page is left untouched and the popup says why`, async () => {
    const dir = damagedCopy(file, damage);
    const b = await launchChromium({ extensionDir: dir });
    try {
      const { page, errors } = await openWatched(b.ctx);
      await page.goto(`${session.server.url}/seed`);
      const html = await page.evaluate(() => document.documentElement.outerHTML);
      const popup = await openPopup(b, page);
      const status = await settledStatus(popup);
      assert.match(status, /analysis module could not be loaded, so the page was left as it was/, status);
      assert.equal(await popup.locator("#summary").isHidden(), true);
      assert.deepEqual(await leftovers(page), noneLeft);
      assert.equal(await page.evaluate(() => document.documentElement.outerHTML), html, "the page is unchanged");
      assert.deepEqual(errors, [], "nothing thrown into the page");
      assert.deepEqual(b.blocked, [], "no network request");
      await popup.close();
      await page.close();
    } finally {
      await b.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("a page that is not an article is left alone until the reader asks from the popup", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/front`);
  const text = await page.evaluate(() => document.body.innerText);
  let popup = await openPopup(session.browser, page);
  const status = await settledStatus(popup);
  assert.match(status, /^Nothing marked: /, status);
  assert.deepEqual(await leftovers(page), noneLeft, "left alone at first");
  const anyway = popup.locator("#anyway");
  assert.equal(await anyway.isVisible(), true, "the popup offers to annotate it anyway");
  await anyway.click();
  await page.waitForFunction(() => document.querySelectorAll("nc-mark").length >= 2, null, { timeout: 15000 });
  const names = await page.evaluate(() => [...document.querySelectorAll("nc-mark")].map((m) => m.textContent));
  assert.ok(names.includes("Nicolás Maduro") && names.includes("Alexander Lukashenko"), `${names}`);
  assert.equal(await page.evaluate(() => document.body.innerText), text, "the page's text is unchanged");
  await popup.locator("#people li", { hasText: "Alexander Lukashenko" }).waitFor();
  assert.equal(await anyway.isHidden(), true);
  await popup.close();
  // Reopened, the popup no longer offers it: the tab remembers the reader asked.
  popup = await openPopup(session.browser, page);
  assert.equal(await popup.locator("#anyway").isHidden(), true);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});
