/**
 * large-plan.test.mjs: a plan with more marks than one JSON piece holds (background/worker.js
 * PLAN_PIECE_ITEMS) travels in pieces and arrives whole, in headless Chromium with the built
 * extension.
 *
 * Pins: the worker's answer to a large `snapshotJson` splits the marks and cards into JSON pieces
 * of at most PLAN_PIECE_ITEMS items, which put back together equal the plan it answers for the
 * same snapshot sent as an object; a snapshot sent with its nodes and blocks in pieces (content.js
 * snapshotMessage) is planned as the whole one, and a piece that is not a list is an error; on a page of that size the content script draws the names of
 * the first and of the last paragraph (content.js readPlan parses the pieces in turns of their own).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromiumWithServer, openWatched } from "./helpers.mjs";

/** Paragraphs on the page: more than one piece's 2000 marks. */
const PARAGRAPHS = 2600;
const SENTENCE = "Alexander Lukashenko said on Tuesday that the talks would go on.";
const PIECE_ITEMS = 2000;

const session = chromiumWithServer({
  "/many": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const body = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${SENTENCE} (${i + 1})</p>`).join("\n");
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many paragraphs</title>
<meta property="article:published_time" content="2025-11-28"></head><body><article><h1>Many paragraphs</h1>${body}</article></body></html>`);
  },
});

test("a large plan's marks and cards come in JSON pieces that put together equal the whole plan; a snapshot's pieces too", async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  const r = await page.evaluate(async ([count, sentence]) => {
    const snapshot = {
      url: "http://127.0.0.1/many", lang: "en", title: "Many paragraphs", published: "2025-11-28", today: "2025-11-28",
      article_body_hint: "", reader_asked: true,
      blocks: Array.from({ length: count }, () => ({ tag: "p", hints: "", in_article: true, landmarks: [] })),
      nodes: Array.from({ length: count }, (_, i) => ({ text: `${sentence} (${i + 1})`, block: i })),
    };
    const whole = await chrome.runtime.sendMessage({ type: "nc:plan", snapshot });
    const pieces = await chrome.runtime.sendMessage({ type: "nc:plan", snapshotJson: JSON.stringify(snapshot) });
    // The snapshot in pieces too, as content.js sends a large one.
    const split = (items) => [JSON.stringify(items.slice(0, 1000)), JSON.stringify(items.slice(1000))];
    const sent = await chrome.runtime.sendMessage({
      type: "nc:plan", snapshotJson: JSON.stringify({ ...snapshot, nodes: [], blocks: [] }),
      nodesJson: split(snapshot.nodes), blocksJson: split(snapshot.blocks),
    });
    const bad = await chrome.runtime.sendMessage({
      type: "nc:plan", snapshotJson: JSON.stringify({ ...snapshot, nodes: [] }), nodesJson: ["{\"not\": \"a list\"}"],
    });
    return { whole: whole.plan, pieces, sentMarks: sent.planJson && JSON.parse(sent.planJson).marks.length + (sent.marksJson || []).reduce((n, p) => n + JSON.parse(p).length, 0), bad };
  }, [PARAGRAPHS, SENTENCE]);
  assert.ok(r.whole.marks.length > PIECE_ITEMS, `more marks than one piece holds (${r.whole.marks.length})`);
  assert.ok(Array.isArray(r.pieces.marksJson) && r.pieces.marksJson.length >= 2, "the marks come in pieces");
  assert.ok(Array.isArray(r.pieces.cardsJson), "the cards come in pieces");
  const parsed = { marks: r.pieces.marksJson.map((p) => JSON.parse(p)), cards: r.pieces.cardsJson.map((p) => JSON.parse(p)) };
  for (const field of ["marks", "cards"]) {
    assert.ok(parsed[field].every((p) => p.length <= PIECE_ITEMS), `no ${field} piece over ${PIECE_ITEMS}`);
  }
  const head = JSON.parse(r.pieces.planJson);
  assert.deepEqual(head.marks, []);
  assert.deepEqual({ ...head, marks: parsed.marks.flat(), cards: parsed.cards.flat() }, r.whole);
  assert.equal(r.sentMarks, r.whole.marks.length, "a snapshot sent in pieces is planned as the whole one");
  assert.ok(typeof r.bad.error === "string" && r.bad.error.length > 0, "a piece that is not a list gets {error}");
  await page.close();
});

test("on a page whose plan comes in pieces the names of the first and of the last paragraph are drawn", async () => {
  // Past 1500 text nodes the applier draws lazily, near the viewport (lib/applier.js): the last
  // paragraph's marks are in the plan's last piece, and are drawn once it is scrolled to.
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/many`);
  const markedIn = (n) => page.waitForFunction((i) => {
    const p = document.querySelectorAll("article p")[i];
    return !!p && [...p.querySelectorAll("nc-mark")].some((m) => m.textContent === "Alexander Lukashenko");
  }, n, { timeout: 60000 });
  await markedIn(0);
  await page.evaluate(() => document.querySelectorAll("article p")[document.querySelectorAll("article p").length - 1].scrollIntoView());
  await markedIn(PARAGRAPHS - 1);
  assert.deepEqual(errors, []);
  await page.close();
});
