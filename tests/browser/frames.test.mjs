/**
 * frames.test.mjs: the built extension in headless Chromium on pages, written for this test, whose
 * article is not in the top document's light DOM: inside an open shadow root (a custom element
 * whose slot also shows light paragraphs), and inside a same-origin iframe. A cross-origin frame
 * (another port) is left alone.
 *
 * What it pins: marks are drawn where the article is (in the shadow root, in the frame's
 * document), styled there (the stylesheet is adopted by that shadow root or document), the page's
 * text is unchanged, and switching the extension off restores both exactly.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromiumWithServer, seedLines, setSettings } from "./helpers.mjs";

const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const LINES = seedLines();
const paras = (lines, id) => lines.map((t, i) => `<p id="${id}${i}">${esc(t)}</p>`).join("\n");
const HEAD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames and shadow roots</title>
<meta property="article:published_time" content="2025-11-28T09:00:00Z"></head>`;

/** The article in a shadow root (declarative, open), with its last paragraphs slotted from the light DOM. */
const SHADOW = `${HEAD}<body><header><nav><a href="/">Home</a></nav></header>
<news-story id="story"><template shadowrootmode="open"><main><article>
<h1>Russia and Belarus reach out to Maduro</h1>
${paras(LINES.slice(0, 8), "s")}
<slot></slot>
</article></main></template>
${paras(LINES.slice(8, 12), "light")}
</news-story>
<script>window.__page = { ok: true };</script></body></html>`;

/** The article in a same-origin iframe; the top document holds only a header. */
const FRAME_INNER = `${HEAD}<body><main><article><h1>Russia and Belarus reach out to Maduro</h1>
${paras(LINES, "f")}</article></main></body></html>`;
const FRAME_TOP = `${HEAD}<body><header><h1>World news</h1><nav><a href="/">Home</a></nav></header>
<iframe id="story" src="/frames/inner" style="width: 900px; height: 2000px; border: 0"></iframe></body></html>`;

const session = chromiumWithServer(() => {
  const html = (body) => (_req, res) => { res.writeHead(200, { "content-type": "text/html; charset=utf-8" }); res.end(body); };
  return {
    "/frames/shadow": html(SHADOW),
    "/frames/inner": html(FRAME_INNER),
    "/frames/top": html(FRAME_TOP),
  };
});

test("an article inside an open shadow root is annotated there, slotted paragraphs included", async () => {
  const page = await session.browser.ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/frames/shadow`);
  const textBefore = await page.evaluate(() => document.getElementById("story").shadowRoot.textContent + document.body.textContent);
  await page.waitForFunction(() => document.getElementById("story").shadowRoot.querySelectorAll("nc-mark").length > 0, null, { timeout: 20000 });
  const r = await page.evaluate(() => {
    const root = document.getElementById("story").shadowRoot;
    return {
      inShadow: root.querySelectorAll("nc-mark").length,
      inLight: document.querySelectorAll("news-story > p nc-mark").length,
      nested: root.querySelectorAll("nc-mark nc-mark").length + document.querySelectorAll("nc-mark nc-mark").length,
      shadowSheets: root.adoptedStyleSheets.length,
      styled: getComputedStyle(root.querySelector("nc-mark")).borderBottomStyle,
      text: root.textContent + document.body.textContent.replace(/\s+$/, ""),
  };
  });
  assert.ok(r.inShadow > 0, "names in the shadow root are marked");
  assert.ok(r.inLight > 0, "names in the slotted light paragraphs are marked");
  assert.equal(r.nested, 0);
  assert.equal(r.shadowSheets, 1, "the shadow root adopted the stylesheet");
  assert.equal(r.styled, "solid", "the marks in the shadow root are styled");
  assert.equal(r.text, textBefore.replace(/\s+$/, ""), "the page's text is unchanged");
  // Hovering a name in the shadow root opens its card (the event reaches the document retargeted).
  const card = await page.evaluate(() => {
    const m = document.getElementById("story").shadowRoot.querySelector("nc-mark");
    m.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, composed: true }));
    const tip = document.querySelector("nc-card-host").shadowRoot.querySelector("[role=tooltip], [role=dialog]");
    return { open: !!tip && !tip.hidden, text: tip ? tip.textContent : "" };
  });
  assert.ok(card.open && card.text.length > 0, `the card of a name in the shadow root opens (${JSON.stringify(card)})`);

  await setSettings(session.browser.worker, { disabledSites: ["127.0.0.1"] });
  await page.waitForFunction(() => document.getElementById("story").shadowRoot.querySelectorAll("nc-mark").length === 0 &&
    document.querySelectorAll("nc-mark").length === 0, null, { timeout: 10000 });
  const off = await page.evaluate(() => document.getElementById("story").shadowRoot.adoptedStyleSheets.length);
  assert.equal(off, 0, "switched off: the shadow root's stylesheet is gone");
  await setSettings(session.browser.worker, { disabledSites: [] });
  assert.deepEqual(errors, []);
  await page.close();
});

test("an article inside a same-origin iframe is annotated in the frame's document", async () => {
  const page = await session.browser.ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/frames/top`, { waitUntil: "load" });
  const frame = page.frames().find((f) => f.url().endsWith("/frames/inner"));
  assert.ok(frame, "the frame loaded");
  const textBefore = await frame.evaluate(() => document.body.innerText);
  await frame.waitForFunction(() => document.querySelectorAll("nc-mark").length > 0, null, { timeout: 20000 });
  const r = await frame.evaluate(() => ({
    marks: document.querySelectorAll("article nc-mark").length,
    nested: document.querySelectorAll("nc-mark nc-mark").length,
    sheets: document.adoptedStyleSheets.length,
    highlights: CSS.highlights.size,
    styled: getComputedStyle(document.querySelector("nc-mark")).borderBottomStyle,
    text: document.body.innerText,
  }));
  assert.ok(r.marks > 0, "names in the frame are marked");
  assert.equal(r.nested, 0);
  assert.equal(r.sheets, 1, "the frame's document adopted a stylesheet of its own");
  assert.ok(r.highlights > 0, "claims are highlighted in the frame's own registry");
  assert.equal(r.styled, "solid");
  assert.equal(r.text, textBefore, "the frame's text is unchanged");
  assert.equal(await page.evaluate(() => document.querySelectorAll("nc-mark").length), 0, "nothing marked in the top document's header");

  await setSettings(session.browser.worker, { disabledSites: ["127.0.0.1"] });
  await frame.waitForFunction(() => document.querySelectorAll("nc-mark").length === 0 && CSS.highlights.size === 0 &&
    document.adoptedStyleSheets.length === 0, null, { timeout: 10000 });
  assert.equal(await frame.evaluate(() => document.body.innerText), textBefore, "switched off: the frame is as it was");
  await setSettings(session.browser.worker, { disabledSites: [] });
  assert.deepEqual(errors, []);
  await page.close();
});
