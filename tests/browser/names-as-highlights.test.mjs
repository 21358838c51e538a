/**
 * names-as-highlights.test.mjs: on a page larger than the planner's threshold
 * (HIGHLIGHT_NAMES_ABOVE_BYTES, src/page/planner.rs) the built extension draws the person names as
 * the `nc-name` CSS highlight, with no element inserted into the page, in headless Chromium.
 *
 * Pins: on such a page the article's markup and the page's text (body.innerText) are unchanged and
 * no `<nc-mark>` exists, while names near the viewport are ranges of the `nc-name` highlight;
 * resting the pointer on a name opens its person's card; Alt+Shift+N steps to a name (the
 * selection moves there) and pins its card with the focus in it; Escape closes it. On an ordinary
 * page the names are still `<nc-mark>` elements and there is no `nc-name` highlight.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromiumWithServer, openWatched, waitForAnnotations } from "./helpers.mjs";

/** Sentences naming people of the knowledge base, one per paragraph in turn. */
const SENTENCES = [
  "Alexander Lukashenko said on Tuesday that the talks with the envoys would go on next week.",
  "Vladimir Putin told reporters in Moscow that the agreement was close, officials said.",
  "Nicolás Maduro met the delegation in Caracas, according to a statement from his office.",
];
/** Paragraphs on the huge page: about 540 KB of text, over the planner's 500 KB threshold. */
const PARAGRAPHS = 6200;

const session = chromiumWithServer({
  "/huge": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const body = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${SENTENCES[i % SENTENCES.length]} (${i + 1})</p>`).join("\n");
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A huge article</title>
<meta property="article:published_time" content="2025-11-28"></head><body><article><h1>A huge article</h1>${body}</article></body></html>`);
  },
});

/** Keeps the article's markup and the page's text as loaded, before the content script runs (document_idle). */
function keepAsLoaded() {
  document.addEventListener("DOMContentLoaded", () => {
    window.__asLoaded = { article: document.querySelector("article").innerHTML, text: document.body.innerText };
  });
  document.addEventListener("nc-annotated", () => { window.__annotated = true; });
}

test("on a page over the size threshold names are a highlight: no element inserted, text unchanged, hover and keyboard open the cards", { timeout: 300000 }, async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.addInitScript(keepAsLoaded);
  await page.goto(`${session.server.url}/huge`);
  await page.waitForFunction(() => window.__annotated === true && CSS.highlights.has("nc-name"), null, { timeout: 240000 });
  const drawn = await page.evaluate(() => ({
    elements: document.querySelectorAll("nc-mark").length,
    article: document.querySelector("article").innerHTML === window.__asLoaded.article,
    text: document.body.innerText === window.__asLoaded.text,
    names: [...new Set([...CSS.highlights.get("nc-name")].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)))].sort(),
  }));
  assert.equal(drawn.elements, 0, "no <nc-mark> element");
  assert.ok(drawn.article, "the article's markup is as loaded");
  assert.ok(drawn.text, "the page's text is as loaded");
  assert.deepEqual(drawn.names, ["Alexander Lukashenko", "Nicolás Maduro", "Vladimir Putin"]);

  // The pointer resting on a name in view opens its person's card.
  const at = await page.evaluate(() => {
    for (const s of CSS.highlights.get("nc-name")) {
      const r = document.createRange();
      r.setStart(s.startContainer, s.startOffset);
      r.setEnd(s.endContainer, s.endOffset);
      const b = r.getClientRects()[0];
      if (b && b.top > 0 && b.bottom < innerHeight) return { x: b.left + b.width / 2, y: b.top + b.height / 2, name: r.toString() };
    }
    return null;
  });
  assert.ok(at, "a name is in view");
  const card = page.locator("nc-card-host .card");
  await page.mouse.move(at.x, at.y);
  await card.locator(".nc-card-heading", { hasText: at.name }).waitFor({ timeout: 10000 });
  assert.equal(await card.getAttribute("data-kind"), "name");
  await page.mouse.move(2, 2);
  await card.waitFor({ state: "hidden" });

  // Stepping with the keyboard reaches a name (a claim may start on the same character first).
  const where = () => page.evaluate(() => {
    const host = document.querySelector("nc-card-host");
    const c = host.shadowRoot.querySelector(".card");
    return { selected: getSelection().toString(), kind: c.dataset.kind, hidden: c.hidden, role: c.getAttribute("role"),
      heading: (c.querySelector(".nc-card-heading") || {}).textContent, focusInCard: host.shadowRoot.activeElement === c };
  });
  let w = null;
  for (let i = 0; i < 4 && !(w && w.kind === "name"); i++) {
    await page.keyboard.press("Alt+Shift+KeyN");
    w = await where();
  }
  assert.equal(w.kind, "name", `a step reached a name (${JSON.stringify(w)})`);
  assert.ok(drawn.names.includes(w.selected), `the selection is on the name (${w.selected})`);
  assert.deepEqual([w.hidden, w.role, w.focusInCard, w.heading], [false, "dialog", true, w.selected], "its card is pinned, the focus in it");
  await page.keyboard.press("Escape");
  w = await where();
  assert.equal(w.hidden, true, "Escape closes the pinned card");
  assert.equal(await page.evaluate(() => document.body.innerText === window.__asLoaded.text), true, "the page's text never changed");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on an ordinary page names are still <nc-mark> elements, with no nc-name highlight", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const r = await page.evaluate(() => ({ elements: document.querySelectorAll("nc-mark").length, highlight: CSS.highlights.has("nc-name") }));
  assert.ok(r.elements > 0, "names are elements");
  assert.equal(r.highlight, false, "no nc-name highlight");
  assert.deepEqual(errors, []);
  await page.close();
});
