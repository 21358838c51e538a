/**
 * feedback.js: the reader's choices about marks: which families to show, and "hide" / "wrong
 * person" on single marks, applied to a plan before it is drawn and reflected in its summary.
 *
 * Why it exists: the plan says what the engine found; this says what the reader wants to see.
 * Keeping it a plan-to-plan step means the applier and the cards need not know about it, and
 * switching a family off or hiding a mark is just drawing a smaller plan.
 *
 * Privacy: a choice is stored in `storage.local.feedback` under an opaque key, a 53-bit hash of
 * the page's address (origin and path) and the mark's text (plus the person's id for names).
 * No page text or address is stored, and storage.local never leaves the machine. The same mark on
 * the same page gets the same key, so the choice holds when the page is opened again.
 *
 * Without an extension API (the demo page) the choices live in memory for the page's lifetime.
 * Exposes `NewsContext.feedback`: `prepare(plan, texts, location, stored)`, `record(mark, action)`,
 * `clearPage()`, `onChange(callback)`, `keyOf(...)`.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});
  if (NC.feedback) return;
  const api = global.browser || global.chrome;
  const storage = api && api.storage && api.storage.local && api.storage.sync ? api.storage : null;

  /** Separates the parts of a key's input; cannot occur in page text read by the snapshot. */
  const SEP = "\u0000";
  /** Longest stretch (ms) of preparing a plan before the page is let run: a 5 MB page's plan holds
   * about 80,000 marks, whose keys and copies take seconds on a busy machine. */
  const SLICE_MS = 30;
  /** Marks handled between two looks at the clock. */
  const MARKS_PER_CLOCK_CHECK = 256;

  /** cyrb53: a fast 53-bit string hash, as base-36 text. Not for secrecy: only so that no address
   * or text is stored in the clear. */
  function hash(str) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < str.length; i++) {
      const ch = str.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  /** The page part of a key: origin and path, never the query or fragment. */
  function pageOf(loc) {
    try {
      return `${loc.origin}${loc.pathname}`;
    } catch (_) {
      return "";
    }
  }

  /** The stored key of a mark: the page, the mark's family, its text, and the person for names. */
  function keyOf(page, family, text, person) {
    return hash([page, family, text.replace(/\s+/g, " ").trim(), person || ""].join(SEP));
  }

  // ---------------------------------------------------------------- state

  let memory = { show: null, feedback: {} }; // the demo page's choices, or the last values read
  const listeners = new Set();
  let lastKeys = new Set(); // the keys of the marks of the page last prepared, for clearPage()
  let lastProblems = [];

  async function read() {
    if (!storage) {
      return NC.schema ? NC.schema.readAll({ show: memory.show }, { feedback: memory.feedback })
        : { show: null, feedback: memory.feedback, problems: [] };
    }
    const [sync, local] = await Promise.all([storage.sync.get(["show"]), storage.local.get(["feedback"])]);
    return NC.schema.readAll(sync, local);
  }

  function notify() {
    for (const f of listeners) {
      try { f(); } catch (_) { /* a listener's failure is its own */ }
    }
  }

  if (storage && storage.onChanged) {
    storage.onChanged.addListener((changes, area) => {
      if ((area === "sync" && "show" in changes) || (area === "local" && "feedback" in changes)) notify();
    });
  }

  // ---------------------------------------------------------------- plan to plan

  /**
   * Paces a loop over a plan's marks: `due()` (asked once per mark) turns true every SLICE_MS, and
   * `rest()` then lets the page run first (the applier's turn-taking, when loaded), so that
   * preparing a huge plan is no long task.
   */
  function pacer(turn) {
    const clock = turn || (NC.applier && NC.applier.turnClock ? NC.applier.turnClock() : null);
    let n = 0;
    return {
      due: () => !!clock && ++n % MARKS_PER_CLOCK_CHECK === 0 && clock.elapsed() >= SLICE_MS,
      rest: () => clock.next(),
    };
  }

  /** The text each mark group covers, joined across nodes. */
  async function groupTexts(plan, texts, pace) {
    const out = new Map();
    for (const m of plan.marks) {
      const t = texts && typeof texts[m.node] === "string" ? texts[m.node].slice(m.start, m.end) : "";
      out.set(m.group, out.has(m.group) ? `${out.get(m.group)} ${t}` : t);
      if (pace.due()) await pace.rest();
    }
    return out;
  }

  /**
   * Returns a copy of `plan` drawn as the reader wants it: marks of families switched off are left
   * out, marks the reader hid or called the wrong person are left out, and the summary counts
   * without them. Each mark kept carries `fb`, the key its "hide" / "wrong person" actions store,
   * and the summary gains `feedback: {hidden, wrong}` (groups left out on this page) and `problems`
   * (settings that could not be read). `texts` are the snapshot's node texts. `stored`, when
   * given, is `{sync, local}` as the caller read them from storage (`show`; `feedback`) along with
   * its own settings, so that no storage round trip stands between the plan and its drawing.
   * `turn` (the applier's `turnClock()`), when given, is the clock of the task this runs in, shared
   * with the drawing that follows (see `applySliced`).
   */
  async function prepare(plan, texts, loc = global.location, stored = null, turn = null) {
    if (!plan || !Array.isArray(plan.marks)) return plan;
    let settings;
    try {
      settings = stored && NC.schema ? NC.schema.readAll(stored.sync, stored.local) : await read();
    } catch (e) {
      settings = { show: null, feedback: {}, problems: [`the settings could not be read: ${e && e.message}`] };
    }
    lastProblems = settings.problems || [];
    if (lastProblems.length && global.console) {
      for (const p of lastProblems) global.console.info(`News Context: ${p}`);
    }
    const page = pageOf(loc || {});
    const cards = Array.isArray(plan.cards) ? plan.cards : [];
    const show = settings.show || {};
    const shownKinds = new Set((NC.schema ? NC.schema.MARK_PREFS : []).filter((p) => show[p.pref] !== false).map((p) => p.kind));
    const pace = pacer(turn);
    const texted = await groupTexts(plan, texts, pace);
    const keyOfGroup = new Map();
    const verdict = new Map(); // group -> "hide" | "wrong"
    for (const m of plan.marks) {
      if (pace.due()) await pace.rest();
      if (keyOfGroup.has(m.group)) continue;
      const card = cards[m.card] || {};
      const family = m.kind === "name" ? "name" : "claim";
      const key = keyOf(page, family, texted.get(m.group) || "", family === "name" ? card.person : "");
      keyOfGroup.set(m.group, key);
      const entry = settings.feedback[key];
      if (entry) verdict.set(m.group, entry.a);
    }
    lastKeys = new Set(keyOfGroup.values());

    const summary = JSON.parse(JSON.stringify(plan.summary || {}));
    const counted = new Set();
    let hidden = 0;
    let wrong = 0;
    for (const m of plan.marks) {
      const v = verdict.get(m.group);
      if (!v || counted.has(m.group)) continue;
      counted.add(m.group);
      if (v === "wrong") wrong++;
      else hidden++;
      if (m.kind === "name") {
        const person = (cards[m.card] || {}).person;
        const p = Array.isArray(summary.people) ? summary.people.find((x) => x.id === person) : null;
        if (p && p.mentions > 0) p.mentions--;
      } else {
        const k = NC.styles && NC.styles.KINDS.find((x) => x.kind === m.kind);
        if (k && Number.isInteger(summary[k.summary]) && summary[k.summary] > 0) summary[k.summary]--;
      }
    }
    if (Array.isArray(summary.people)) summary.people = summary.people.filter((p) => p.mentions > 0);
    summary.feedback = { hidden, wrong };
    summary.problems = lastProblems.slice();

    const marks = [];
    for (const m of plan.marks) {
      if (pace.due()) await pace.rest();
      if (verdict.has(m.group) || !shownKinds.has(m.kind)) continue;
      marks.push(Object.assign({}, m, { fb: keyOfGroup.get(m.group) }));
    }
    return Object.assign({}, plan, { marks, summary });
  }

  // ---------------------------------------------------------------- the reader's actions

  /** Remembers `action` ("hide" or "wrong") for `mark` (a mark of a prepared plan). */
  async function record(mark, action) {
    if (!mark || typeof mark.fb !== "string" || !NC.schema.FEEDBACK_ACTIONS.includes(action)) {
      throw new Error("News Context: nothing to remember for this mark");
    }
    const now = Math.floor(Date.now() / 1000);
    if (!storage) {
      memory.feedback[mark.fb] = { a: action, t: now };
      notify();
      return;
    }
    const { feedback } = await read();
    feedback[mark.fb] = { a: action, t: now };
    await storage.local.set({ feedback: NC.schema.trimFeedback(feedback) });
  }

  /** Forgets the choices made on the page last prepared. Returns how many were forgotten. */
  async function clearPage() {
    const { feedback } = await read();
    let n = 0;
    for (const k of lastKeys) if (k in feedback) { delete feedback[k]; n++; }
    if (!n) return 0;
    if (!storage) { memory.feedback = feedback; notify(); return n; }
    await storage.local.set({ feedback });
    return n;
  }

  /** Calls `callback()` whenever the choices change (so the page can be drawn again). */
  function onChange(callback) {
    listeners.add(callback);
    return () => listeners.delete(callback);
  }

  /** In memory only (the demo page): sets which families are shown. */
  function setShowInMemory(show) {
    memory.show = show;
    notify();
  }

  if (api && api.runtime && api.runtime.onMessage) {
    // The popup's "show them again" for this page.
    api.runtime.onMessage.addListener((message, _sender, sendResponse) => {
      if (!message || message.type !== "nc:clear-feedback") return false;
      clearPage().then((n) => sendResponse({ cleared: n }), (e) => sendResponse({ error: String(e && e.message) }));
      return true;
    });
  }

  NC.feedback = Object.freeze({ prepare, record, clearPage, onChange, keyOf, hash, pageOf, setShowInMemory,
    get available() { return !!storage; } });
})(globalThis);
