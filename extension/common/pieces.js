/**
 * pieces.js: how a large snapshot or plan crosses the messaging layer, in both directions: in JSON
 * pieces, each in a message of its own.
 *
 * Why it exists: Chrome serialises a runtime message (to JSON) on the sender's main thread and
 * builds it again on the receiver's in one task each, so one message holding a 5 MB page's
 * snapshot (about 7 MB of JSON) blocked the page for 110 ms of CPU on sending, and one holding its
 * plan (about 12 MB, 100,000 marks and cards) for 156 ms on arrival, besides parsing it. Split into
 * pieces of at most PIECE_ITEMS items, each sent, received and parsed in a task of its own, no task
 * handles more than about 0.4 MB. Both sides use this one module: the page (content/content.js,
 * which must not block and passes a clock to yield between pieces) and the background
 * (background/worker.js, which stores pieces between messages in a `PieceStore`).
 *
 * The protocol (every field a plain string or number, so both browsers' messaging carry it):
 * - a value is `split(value, fields)` into `headJson` (the value with those list fields emptied, as
 *   JSON) and `pieces`, `[{field, json}]` (at most PIECE_ITEMS of a field's items, as a JSON list,
 *   in order); with no field longer than PIECE_ITEMS, `headJson` is the whole value and there are
 *   no pieces. `join(headJson, pieces)` puts it back together, or throws a `PiecesError`.
 * - page → background: `{type: "nc:piece-put", transfer, index, field, json}` per piece (answered
 *   `{ok: true}`), then `{type: "nc:plan", snapshotJson: headJson, transfer, pieces: count}`.
 * - background → page: the answer `{planJson: headJson, transfer, pieces: count}`, then per piece
 *   `{type: "nc:piece-get", transfer, index}` answered `{field, json}` (or `{error}`).
 * - `transfer` is an id chosen by the side that sends the pieces; the background forgets pieces not
 *   collected within PIECE_TTL_MS (a tab closed mid-way leaves nothing behind for long).
 *
 * A classic script (no module) so that content scripts can load it; the background imports it for
 * its side effect. Exposes `NewsContext.pieces`.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});
  if (NC.pieces) return;

  // ---------------------------------------------------------------- the table of sizes

  /**
   * Items (nodes, blocks, marks or cards) per piece: about 0.35 MB of JSON for a generated page's
   * paragraphs or a plan's marks, 2-5 ms to write or parse, and a 5 MB page's plan in about 50
   * messages (each round trip costs the page about 1 ms).
   */
  const PIECE_ITEMS = 2000;
  /** How long (ms) the background keeps the pieces of a transfer not finished. */
  const PIECE_TTL_MS = 60000;
  /** At most this many transfers are kept at once (the oldest goes first): a bound on memory. */
  const MAX_TRANSFERS = 16;

  /** A piece or head that does not fit the protocol; its message says which. */
  class PiecesError extends Error {}

  /**
   * Yields to the page when `options.turn` (`{elapsed(), next()}`, applier.js's turnClock) has run
   * past `options.sliceMs`; without a clock (the background), never.
   */
  async function maybeYield(options) {
    const turn = options && options.turn;
    if (turn && turn.elapsed() > (options.sliceMs || 0)) await turn.next();
  }

  /**
   * `value` as `{headJson, pieces}` (see the protocol above). `fields` are the names of its list
   * fields that may be long; each piece is written in a turn of its own when a clock is given.
   */
  async function split(value, fields, options = {}) {
    const pieces = [];
    const headJson = await eachPiece(value, fields, options, (piece) => { pieces.push(piece); });
    return { headJson, pieces };
  }

  /**
   * `split` one piece at a time: `use({field, json})` is called on each piece, in order, right after
   * it is written (in a turn of its own when a clock is given); resolves to `headJson`. A caller
   * that sends each piece at once holds one piece at a time, not all of them (see `sendSplit`).
   */
  async function eachPiece(value, fields, options, use) {
    const pieceItems = options.pieceItems || PIECE_ITEMS;
    const long = fields.filter((f) => Array.isArray(value[f]) && value[f].length > pieceItems);
    if (!long.length) return JSON.stringify(value);
    const head = { ...value };
    for (const f of long) head[f] = [];
    for (const field of long) {
      const items = value[field];
      for (let i = 0; i < items.length; i += pieceItems) {
        await maybeYield(options);
        use({ field, json: JSON.stringify(items.slice(i, i + pieceItems)) });
      }
    }
    return JSON.stringify(head);
  }

  /**
   * The value `split` cut into `headJson` and `pieces`, each piece parsed in a turn of its own
   * when a clock is given. Throws a PiecesError when the head is not a JSON object, or a piece
   * names no list field of the head or is not a JSON list.
   */
  async function join(headJson, pieces, options = {}) {
    let value;
    try {
      value = JSON.parse(headJson);
    } catch (_) {
      throw new PiecesError("not JSON");
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new PiecesError("not a JSON object");
    for (const piece of pieces || []) {
      const field = piece && piece.field;
      if (typeof field !== "string" || !Array.isArray(value[field])) {
        throw new PiecesError(`a piece names no list field (${String(field)})`);
      }
      if (typeof piece.json !== "string") throw new PiecesError(`a piece of ${field} holds no JSON`);
      await maybeYield(options);
      let part;
      try {
        part = JSON.parse(piece.json);
      } catch (_) {
        throw new PiecesError(`a piece of ${field} is not JSON`);
      }
      if (!Array.isArray(part)) throw new PiecesError(`a piece of ${field} is not a list`);
      const items = value[field];
      for (const item of part) items.push(item);
    }
    return value;
  }

  /**
   * The background's pieces between messages: those a page sends before its `nc:plan`, and those of
   * an answer the page has yet to collect. Each transfer is dropped once taken, or PIECE_TTL_MS
   * after it was last touched.
   */
  class PieceStore {
    constructor() {
      /** transfer → {pieces: [], timer} */
      this.transfers = new Map();
    }

    /** Keeps `transfer`'s entry alive another PIECE_TTL_MS; creates it if needed. */
    entry(transfer) {
      let e = this.transfers.get(transfer);
      if (!e) {
        if (this.transfers.size >= MAX_TRANSFERS) this.drop(this.transfers.keys().next().value);
        e = { pieces: [], timer: 0 };
        this.transfers.set(transfer, e);
      }
      clearTimeout(e.timer);
      e.timer = setTimeout(() => this.drop(transfer), PIECE_TTL_MS);
      return e;
    }

    drop(transfer) {
      const e = this.transfers.get(transfer);
      if (e) clearTimeout(e.timer);
      this.transfers.delete(transfer);
    }

    /** Stores piece `index` of `transfer`; false when the message is malformed. */
    put(transfer, index, field, json) {
      if (typeof transfer !== "string" || !Number.isInteger(index) || index < 0 || typeof field !== "string" || typeof json !== "string") return false;
      this.entry(transfer).pieces[index] = { field, json };
      return true;
    }

    /** Keeps `pieces` (an answer's) under `transfer` for the page to collect one by one. */
    keep(transfer, pieces) {
      this.entry(transfer).pieces = pieces.slice();
    }

    /** Piece `index` of `transfer`, forgotten once given; the transfer goes with its last piece. */
    give(transfer, index) {
      const e = this.transfers.get(transfer);
      const piece = e && e.pieces[index];
      if (!piece) return null;
      e.pieces[index] = null;
      if (e.pieces.every((p) => !p)) this.drop(transfer);
      else this.entry(transfer);
      return piece;
    }

    /** The `count` pieces of `transfer`, all of them or a PiecesError; the transfer is forgotten. */
    take(transfer, count) {
      const e = this.transfers.get(transfer);
      this.drop(transfer);
      const pieces = e ? e.pieces : [];
      let arrived = 0; // (a piece missing in the middle is a hole, which some() and every() skip)
      for (let i = 0; i < pieces.length; i++) if (pieces[i]) arrived++;
      if (!Number.isInteger(count) || count < 0 || pieces.length !== count || arrived !== count) {
        throw new PiecesError(`${arrived} of ${count} pieces arrived`);
      }
      return pieces;
    }
  }

  /** A transfer id no other tab's transfer has (random, nothing of the page in it). */
  function transferId() {
    const c = global.crypto;
    if (c && typeof c.randomUUID === "function") return c.randomUUID();
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }

  /**
   * The page's side of a request in pieces: sends `message` with `value` (whose `fields` may be
   * long) as `${key}Json`, each piece first in a message of its own (`send` is
   * runtime.sendMessage), and returns the answer. Pieces are written in turns of `options.turn`.
   */
  async function sendSplit(send, message, key, value, fields, options = {}) {
    let transfer = null;
    // Each piece is sent as soon as it is written, in the same turn, and then dropped: the page
    // holds one piece's JSON at a time, which dies young, where holding all of them (7-13 MB for
    // a 5 MB page) through the turns of writing moved them into V8's old generation (traces of
    // the 5 MB page: the live heap after the major GC while sending fell from 15 to 5 MB; see
    // docs/performance-log.md, session 8). Sent one after another without waiting for each
    // answer (one round trip in all, not one per piece); each is serialised when sent.
    const acks = [];
    const headJson = await eachPiece(value, fields, options, ({ field, json }) => {
      transfer = transfer || transferId();
      acks.push(send({ type: "nc:piece-put", transfer, index: acks.length, field, json }));
    });
    if (!acks.length) return send({ ...message, [`${key}Json`]: headJson });
    for (const ok of await Promise.all(acks)) {
      if (!ok || ok.error) return { error: (ok && ok.error) || "the background did not take a piece of the snapshot" };
    }
    return send({ ...message, [`${key}Json`]: headJson, transfer, pieces: acks.length });
  }

  /**
   * The page's side of an answer in pieces: `answer[`${key}Json`]`, and when the answer names a
   * `transfer` its pieces, one message each, all asked for at once (`send` is
   * runtime.sendMessage), then joined in turns of `options.turn`. Throws a PiecesError when a piece
   * is missing.
   */
  async function receiveSplit(send, answer, key, options = {}) {
    const headJson = answer[`${key}Json`];
    const count = answer.pieces;
    if (typeof answer.transfer !== "string" || !Number.isInteger(count) || count <= 0) return join(headJson, [], options);
    // Asked for all at once (one round trip in all); each answer still arrives, and is built by
    // the browser, in a task of its own. They are parsed afterwards, in turns behind a timer: the
    // answers' tasks run back to back ahead of the page's timers, and parsing each in the task it
    // arrives in (tried in session 8, to hold less JSON at once) made that run of tasks
    // long (the 5 MB page, at load 10-15: a 458 ms heartbeat gap of arrivals and parses of 4-24 ms
    // CPU each, bench/bigpage-trace.mjs --from-answer).
    const asked = [];
    for (let index = 0; index < count; index++) asked.push(send({ type: "nc:piece-get", transfer: answer.transfer, index }));
    const pieces = await Promise.all(asked);
    pieces.forEach((piece, index) => {
      if (!piece || piece.error || typeof piece.json !== "string") {
        throw new PiecesError((piece && piece.error) || `piece ${index} of ${count} did not arrive`);
      }
    });
    // Each piece arrived in a task of its own; joining starts a new turn.
    if (options.turn) options.turn.start = global.performance.now();
    return join(headJson, pieces, options);
  }

  NC.pieces = Object.freeze({
    PIECE_ITEMS, PIECE_TTL_MS, MAX_TRANSFERS, PiecesError, PieceStore, split, join, transferId, sendSplit, receiveSplit,
  });
})(globalThis);
