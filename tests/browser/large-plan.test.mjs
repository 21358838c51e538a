/**
 * large-plan.test.mjs: a large snapshot and its plan cross the messaging layer in JSON pieces, each
 * in a message of its own (common/pieces.js), and arrive whole, in headless Chromium with the
 * built extension.
 *
 * Pins: a snapshot of more nodes than one piece holds (PIECE_ITEMS), sent in pieces
 * (`nc:piece-put`, then `nc:plan` naming the transfer), is planned as the same snapshot sent as an
 * object; the answer's marks and cards come as pieces of at most PIECE_ITEMS items, collected one
 * message each (`nc:piece-get`), which put back together equal that plan; a collected piece is
 * not given twice; a piece that is not a list, or a transfer missing a piece, gets `{error}`; on a
 * page of that size the content script draws the names of the first and of the last paragraph;
 * while the background plans a large page, the popup is built without waiting for it (only its
 * line about the module's state waits for the background's answer).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromiumWithServer, openWatched } from "./helpers.mjs";

/** Paragraphs on the page: more than one piece's 2000 marks. */
const PARAGRAPHS = 2600;
const SENTENCE = "Alexander Lukashenko said on Tuesday that the talks would go on.";

const session = chromiumWithServer({
  "/many": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    const body = Array.from({ length: PARAGRAPHS }, (_, i) => `<p>${SENTENCE} (${i + 1})</p>`).join("\n");
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many paragraphs</title>
<meta property="article:published_time" content="2025-11-28"></head><body><article><h1>Many paragraphs</h1>${body}</article></body></html>`);
  },
});

test("a large snapshot and its plan travel in pieces, one message each, and equal the whole ones", async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  const r = await page.evaluate(async ([count, sentence]) => {
    await import("/common/pieces.js");
    const P = globalThis.NewsContext.pieces;
    const send = (m) => chrome.runtime.sendMessage(m);
    const snapshot = {
      url: "http://127.0.0.1/many", lang: "en", title: "Many paragraphs", published: "2025-11-28", today: "2025-11-28",
      article_body_hint: "", reader_asked: true,
      blocks: Array.from({ length: count }, () => ({ tag: "p", hints: "", in_article: true, landmarks: [] })),
      nodes: Array.from({ length: count }, (_, i) => ({ text: `${sentence} (${i + 1})`, block: i })),
    };
    const whole = (await send({ type: "nc:plan", snapshot })).plan;
    // As content.js sends it: the nodes and blocks in pieces, each in a message of its own.
    const sentPieces = (await P.split(snapshot, ["nodes", "blocks"])).pieces.length;
    const answer = await P.sendSplit(send, { type: "nc:plan" }, "snapshot", snapshot, ["nodes", "blocks"]);
    const collected = [];
    for (let index = 0; index < answer.pieces; index++) collected.push(await send({ type: "nc:piece-get", transfer: answer.transfer, index }));
    const again = await send({ type: "nc:piece-get", transfer: answer.transfer, index: 0 });
    // The page's own reading of an answer in pieces, on a second request.
    const second = await P.sendSplit(send, { type: "nc:plan" }, "snapshot", snapshot, ["nodes", "blocks"]);
    const received = await P.receiveSplit(send, second, "plan");
    // A piece that is not a list; a transfer short of a piece.
    const head = JSON.stringify({ ...snapshot, nodes: [], blocks: [] });
    await send({ type: "nc:piece-put", transfer: "bad-1", index: 0, field: "nodes", json: "{\"not\": \"a list\"}" });
    const notList = await send({ type: "nc:plan", snapshotJson: head, transfer: "bad-1", pieces: 1 });
    await send({ type: "nc:piece-put", transfer: "bad-2", index: 0, field: "nodes", json: JSON.stringify(snapshot.nodes) });
    const short = await send({ type: "nc:plan", snapshotJson: head, transfer: "bad-2", pieces: 2 });
    return { whole, sentPieces, answer, collected, again, received, notList, short, pieceItems: P.PIECE_ITEMS };
  }, [PARAGRAPHS, SENTENCE]);
  assert.ok(r.whole.marks.length > r.pieceItems, `more marks than one piece holds (${r.whole.marks.length})`);
  assert.equal(r.sentPieces, 4, "the nodes and the blocks went in two pieces each");
  assert.ok(typeof r.answer.transfer === "string" && r.answer.pieces >= 2, "the plan comes in pieces");
  assert.ok(r.collected.every((p) => typeof p.json === "string"), "every piece is given once asked for");
  const parsed = r.collected.map((p) => ({ field: p.field, items: JSON.parse(p.json) }));
  assert.ok(parsed.every((p) => p.items.length <= r.pieceItems), `no piece over ${r.pieceItems} items`);
  assert.ok(parsed.some((p) => p.field === "marks") && parsed.some((p) => p.field === "cards"), "marks and cards both come in pieces");
  const head = JSON.parse(r.answer.planJson);
  assert.deepEqual([head.marks, head.cards], [[], []]);
  const joined = { ...head };
  for (const p of parsed) joined[p.field] = [...joined[p.field], ...p.items];
  assert.deepEqual(joined, r.whole, "a snapshot sent in pieces is planned as the whole one, and its plan's pieces equal it");
  assert.deepEqual(r.received, r.whole, "pieces.receiveSplit puts the plan back together");
  assert.ok(typeof r.again.error === "string", "a piece already collected is not given again");
  assert.match(r.notList.error || "", /not a list/, "a piece that is not a list gets {error}");
  assert.match(r.short.error || "", /1 of 2 pieces/, "a transfer short of a piece gets {error}");
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

/** Paragraphs of the snapshot the background plans while the popup opens: a few seconds' work. */
const BUSY_PARAGRAPHS = 30000;

test("while the background plans a large page the popup is built without waiting for it", async () => {
  const b = session.browser;
  const sender = await b.ctx.newPage();
  await sender.goto(`chrome-extension://${b.extensionId}/options/options.html`);
  await sender.evaluate(([count, sentence]) => {
    const snapshot = {
      url: "http://127.0.0.1/busy", lang: "en", title: "Busy", published: "2025-11-28", today: "2025-11-28",
      article_body_hint: "", reader_asked: true,
      blocks: Array.from({ length: count }, () => ({ tag: "p", hints: "", in_article: true, landmarks: [] })),
      nodes: Array.from({ length: count }, (_, i) => ({ text: `${sentence} (${i + 1})`, block: i })),
    };
    window.planAnsweredAt = 0;
    chrome.runtime.sendMessage({ type: "nc:plan", snapshot }).then(() => { window.planAnsweredAt = Date.now(); });
  }, [BUSY_PARAGRAPHS, SENTENCE]);
  const popup = await b.ctx.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup/popup.html`);
  await popup.waitForFunction(() => document.documentElement.dataset.shown === "true", null, { timeout: 60000 });
  const answeredAt = await sender.evaluate(() => window.planAnsweredAt);
  assert.equal(answeredAt, 0, "the popup was built while the background was still planning");
  await popup.waitForFunction(() => document.documentElement.dataset.ready === "true", null, { timeout: 120000 });
  assert.ok(await popup.evaluate(() => document.getElementById("everywhere").checked), "the switches were set");
  assert.ok(await sender.evaluate(() => window.planAnsweredAt > 0), "the module's state came after the plan");
  await popup.close();
  await sender.close();
});
