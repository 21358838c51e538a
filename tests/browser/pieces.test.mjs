/**
 * pieces.test.mjs: extension/common/pieces.js, the JSON-pieces protocol both sides of a large
 * snapshot or plan use, run in Node (the module needs no browser API; large-plan.test.mjs drives it
 * through the real messaging layer).
 *
 * Pins: split leaves a value of short lists whole and cuts long lists into pieces of at most
 * PIECE_ITEMS that join back to the same value, yielding to the given clock between pieces; join
 * rejects a head that is not a JSON object and a piece naming no list field, holding no JSON or not
 * a list; the background's PieceStore gives each piece once, takes a transfer only whole, forgets
 * the oldest transfer past MAX_TRANSFERS, and refuses a malformed piece; the page's side sends each
 * piece in the turn it is written (never holding all of them) and puts an answer's pieces back
 * together in order whatever order they arrive in, failing on one that did not arrive.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import "../../extension/common/pieces.js";

const P = globalThis.NewsContext.pieces;

const value = (n) => ({ title: "t", nodes: Array.from({ length: n }, (_, i) => ({ text: `n${i}`, block: i })), blocks: [{ tag: "p" }] });

test("a value of short lists stays whole; long lists are cut into pieces of at most PIECE_ITEMS that join back", async () => {
  const small = await P.split(value(3), ["nodes", "blocks"]);
  assert.deepEqual(small.pieces, []);
  assert.deepEqual(JSON.parse(small.headJson), value(3));

  const n = P.PIECE_ITEMS * 2 + 5;
  let yields = 0;
  const clock = { elapsed: () => 1, next: async () => { yields++; } };
  const big = await P.split(value(n), ["nodes", "blocks"], { turn: clock, sliceMs: 0 });
  assert.deepEqual(big.pieces.map((p) => p.field), ["nodes", "nodes", "nodes"], "only the long list is cut");
  assert.ok(big.pieces.every((p) => JSON.parse(p.json).length <= P.PIECE_ITEMS));
  assert.deepEqual(JSON.parse(big.headJson).nodes, [], "the head holds the cut list empty");
  assert.equal(yields, 3, "one turn per piece written when the clock has run out");
  assert.deepEqual(await P.join(big.headJson, big.pieces), value(n));
});

test("join rejects a malformed head or piece with a PiecesError naming what is wrong", async () => {
  const head = JSON.stringify({ nodes: [] });
  const cases = [
    ["not json", [], /not JSON/],
    ["[1, 2]", [], /not a JSON object/],
    [head, [{ field: "cards", json: "[]" }], /names no list field \(cards\)/],
    [head, [{ field: "nodes", json: 5 }], /holds no JSON/],
    [head, [{ field: "nodes", json: "{" }], /is not JSON/],
    [head, [{ field: "nodes", json: "{\"a\": 1}" }], /is not a list/],
  ];
  for (const [h, pieces, message] of cases) {
    await assert.rejects(P.join(h, pieces), (e) => e instanceof P.PiecesError && message.test(e.message), `${h} ${JSON.stringify(pieces)}`);
  }
});

test("the PieceStore gives each piece once, takes a transfer only whole, and bounds the transfers it keeps", () => {
  const store = new P.PieceStore();
  try {
    store.keep("out", [{ field: "marks", json: "[1]" }, { field: "cards", json: "[2]" }]);
    assert.deepEqual(store.give("out", 1), { field: "cards", json: "[2]" });
    assert.equal(store.give("out", 1), null, "a piece is given once");
    assert.deepEqual(store.give("out", 0), { field: "marks", json: "[1]" });
    assert.equal(store.transfers.has("out"), false, "the transfer goes with its last piece");

    assert.equal(store.put("in", 1, "nodes", "[2]"), true);
    assert.equal(store.put("in", -1, "nodes", "[]"), false, "a malformed index is refused");
    assert.equal(store.put("in", 0, "nodes", 7), false, "a piece without JSON is refused");
    assert.throws(() => store.take("in", 2), /1 of 2 pieces arrived/);
    assert.equal(store.transfers.has("in"), false, "a transfer taken short is forgotten too");

    store.put("whole", 0, "nodes", "[1]");
    store.put("whole", 1, "nodes", "[2]");
    assert.deepEqual(store.take("whole", 2).map((p) => p.json), ["[1]", "[2]"]);

    for (let i = 0; i <= P.MAX_TRANSFERS; i++) store.put(`t${i}`, 0, "nodes", "[]");
    assert.equal(store.transfers.size, P.MAX_TRANSFERS);
    assert.equal(store.transfers.has("t0"), false, "the oldest transfer goes first");
  } finally {
    for (const t of [...store.transfers.keys()]) store.drop(t);
  }
});

test("sendSplit sends each piece in the turn it is written, then the message naming the transfer", async () => {
  const log = [];
  const clock = { elapsed: () => 1, next: async () => { log.push("turn"); } };
  const send = async (m) => {
    log.push(m.type === "nc:piece-put" ? `put ${m.index}` : m.type);
    return m.type === "nc:piece-put" ? { ok: true } : { sent: m };
  };
  const v = value(P.PIECE_ITEMS * 2 + 5);
  const answer = await P.sendSplit(send, { type: "nc:plan" }, "snapshot", v, ["nodes", "blocks"], { turn: clock, sliceMs: 0 });
  assert.deepEqual(log, ["turn", "put 0", "turn", "put 1", "turn", "put 2", "nc:plan"],
    "a piece is sent before the next one is written");
  assert.equal(answer.sent.pieces, 3);
  assert.deepEqual(JSON.parse(answer.sent.snapshotJson).nodes, [], "the head holds the cut list empty");

  const whole = await P.sendSplit(send, { type: "nc:plan" }, "snapshot", value(3), ["nodes"]);
  assert.deepEqual(JSON.parse(whole.sent.snapshotJson), value(3), "a small value goes whole, in one message");
  assert.equal(whole.sent.transfer, undefined);
});

test("receiveSplit puts pieces arriving in any order back in order, and fails on one that did not arrive", async () => {
  const v = value(P.PIECE_ITEMS * 2 + 5);
  const { headJson, pieces } = await P.split(v, ["nodes"]);
  const answer = { planJson: headJson, transfer: "t", pieces: pieces.length };
  // Later pieces answer first.
  const send = (m) => new Promise((resolve) => setTimeout(() => resolve(pieces[m.index]), (pieces.length - m.index) * 5));
  assert.deepEqual(await P.receiveSplit(send, answer, "plan"), v);

  const missing = (m) => Promise.resolve(m.index === 1 ? { error: "no such piece" } : pieces[m.index]);
  await assert.rejects(P.receiveSplit(missing, answer, "plan"), (e) => e instanceof P.PiecesError && /no such piece/.test(e.message));
});
