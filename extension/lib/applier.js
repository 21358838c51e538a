/**
 * applier.js: draws a Plan (src/page/plan.rs) onto the text nodes a snapshot described, and undoes it.
 *
 * Why it exists: the one place that turns UTF-16 offsets into live DOM ranges, so that the content
 * script and the demo page mark text identically and undo it completely. It decides nothing: each
 * mark of the plan is drawn as given, or skipped when it no longer fits the page.
 *
 * - Claims (`claim-named`, `claim-anonymous`, `claim-vague`, `claim-none`) are CSS Custom Highlights
 *   over StaticRanges: the DOM is not touched, and no live Range slows the page's later DOM changes.
 * - Names (`name`) need an element to hover and focus: the mark's range is wrapped in
 *   `<nc-mark tabindex="0" data-nc-card="N">` (without tabindex inside a link or control, which
 *   takes the focus itself). The original Text node is replaced by pieces and kept
 *   aside untouched; undo puts that same object back, so the page's markup is byte-identical after.
 * - Styles live in ONE constructed stylesheet per document, adopted by the document and by each open
 *   shadow root holding marks, removed on undo. Nodes of same-origin frames are drawn in their own
 *   document (its elements, its highlight registry).
 * - Large plans are drawn in slices (`applySliced`) that leave the page's main thread between them.
 *
 * Shared by the extension's content script and the demo page; no extension API here.
 * Exposes `NewsContext.applier.apply(plan, nodes, options) -> handle`, `applySliced(...) -> Promise`,
 * `sourceOf(textNode)` (for snapshot.js) and `NewsContext.styles`.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});

  // ---------------------------------------------------------------- the table of styles

  /**
   * The four claim kinds and the name mark. Colours are Okabe–Ito (safe for the common colour-vision
   * deficiencies) and every kind also has its own line style, so colour is never the only cue.
   */
  const KINDS = Object.freeze([
    { kind: "claim-named", highlight: "nc-claim-named", summary: "named", label: "Named source",
      color: "#009E73", line: "solid" },
    { kind: "claim-anonymous", highlight: "nc-claim-anonymous", summary: "anonymous",
      label: "Anonymous source", color: "#D55E00", line: "dashed" },
    { kind: "claim-vague", highlight: "nc-claim-vague", summary: "vague", label: "Vague source",
      color: "#CC79A7", line: "dotted" },
    { kind: "claim-none", highlight: "nc-claim-none", summary: "none", label: "No source given",
      color: "#E69F00", line: "wavy" },
  ]);
  const NAME = Object.freeze({ kind: "name", label: "Person (hover or focus for a card)",
    color: "#0072B2", colorDark: "#56B4E9" });
  const CLAIM_BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));
  const MARK_TAG = "nc-mark";
  /** Elements that take focus themselves; a name inside one gets no focus stop of its own. */
  const INTERACTIVE = "a[href], button, summary, label";

  function buildCss() {
    const claims = KINDS.map((k) =>
      `::highlight(${k.highlight}) { text-decoration-line: underline; ` +
      `text-decoration-style: ${k.line}; text-decoration-color: ${k.color}; ` +
      `text-decoration-thickness: 2px; }`).join("\n");
    return `${claims}
${MARK_TAG} { display: inline; border-bottom: 2px solid ${NAME.color};
  background-color: rgba(0, 114, 178, 0.10); border-radius: 2px; cursor: help; }
${MARK_TAG}:focus { outline: none; }
${MARK_TAG}:focus-visible { outline: 2px solid ${NAME.color}; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  ${MARK_TAG} { border-bottom-color: ${NAME.colorDark}; background-color: rgba(86, 180, 233, 0.18); }
  ${MARK_TAG}:focus-visible { outline-color: ${NAME.colorDark}; }
}
@media (forced-colors: active) {
  ${MARK_TAG} { border-bottom-color: LinkText; background-color: transparent; }
}`;
  }

  // ---------------------------------------------------------------- the table of slicing

  /** Units of work (one text node drawn) between two looks at the clock in a sliced apply. */
  const NODES_PER_CLOCK_CHECK = 16;
  /** A sliced apply's default budget per slice, in ms, when the caller names none. */
  const DEFAULT_SLICE_MS = 8;

  // ---------------------------------------------------------------- validation

  /** True when `m` is a well-formed mark that still fits the text of `node`. */
  function fits(m, node, expectedText) {
    if (!node || node.nodeType !== 3 || !node.isConnected) return false;
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) return false;
    if (m.start < 0 || m.end <= m.start || m.end > node.length) return false;
    if (expectedText !== undefined && node.data !== expectedText) return false;
    return !insideOwnMark(node);
  }

  function insideOwnMark(node) {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (el.localName === MARK_TAG) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------- splitting for names

  /**
   * Each Text piece the applier made → the record of its split (`{original, pieces}`). The snapshot
   * reads the page's own text through it (`sourceOf`), so a page annotated already is described as
   * it was loaded and a second annotation never marks a mark.
   */
  const recordOfPiece = new WeakMap();

  /** The split record a Text node is a piece of, or null for the page's own text. */
  function sourceOf(node) {
    return recordOfPiece.get(node) || null;
  }

  /**
   * Replaces `original` by pieces: plain Text nodes and `<nc-mark>` elements wrapping the name
   * ranges `names` (sorted, non-overlapping). Returns the record undo needs and the segments that
   * map an offset of the original text to a (Text node, offset) pair.
   */
  function splitForNames(doc, original, names) {
    const text = original.data;
    const inInteractive = !!(original.parentElement && original.parentElement.closest(INTERACTIVE));
    const frag = doc.createDocumentFragment();
    const pieces = [];
    const segments = [];
    const elements = [];
    const record = { original, pieces };
    let at = 0;
    const addText = (from, to, parentEl) => {
      const t = doc.createTextNode(text.slice(from, to));
      recordOfPiece.set(t, record);
      segments.push({ node: t, start: from, end: to });
      (parentEl || frag).appendChild(t);
      if (!parentEl) pieces.push(t);
    };
    for (const m of names) {
      if (m.start > at) addText(at, m.start, null);
      const el = doc.createElement(MARK_TAG);
      // Focusable, unless it sits in a link or control: that is focusable already, and a focus
      // stop inside another would be a nested interactive element (the cards open on its focus).
      if (!inInteractive) el.setAttribute("tabindex", "0");
      el.setAttribute("data-nc-card", String(m.card));
      addText(m.start, m.end, el);
      frag.appendChild(el);
      pieces.push(el);
      elements.push({ el, mark: m });
      at = m.end;
    }
    if (at < text.length) addText(at, text.length, null);
    original.parentNode.replaceChild(frag, original);
    return { record, segments, elements };
  }

  /** Puts the original Text node back where its pieces are, and removes the pieces. */
  function restore(record) {
    const { original, pieces } = record;
    const first = pieces.find((p) => p.parentNode);
    if (first && !original.parentNode) first.parentNode.insertBefore(original, first);
    for (const p of pieces) if (p.parentNode) p.parentNode.removeChild(p);
  }

  /** Maps an offset of the original text to a boundary point among `segments`. */
  function boundary(segments, offset, isEnd) {
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      const inside = isEnd ? offset > s.start && offset <= s.end : offset >= s.start && offset < s.end;
      if (inside) return [s.node, offset - s.start];
    }
    const last = segments[segments.length - 1];
    return [last.node, last.end - last.start];
  }

  // ---------------------------------------------------------------- slices

  /** Lets the page run (input, its own scripts, painting) before the next slice. */
  function nextTurn() {
    // A message is a task in the page's ordinary queue: timers, input and rendering run before it
    // (scheduler.yield() would put our continuation ahead of the page's own timers, starving
    // them), and background tabs do not throttle it as they do setTimeout.
    return new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(null);
    });
  }

  // ---------------------------------------------------------------- apply / undo

  /** The handle currently drawn in each document, so that a second apply never doubles marks. */
  const active = new WeakMap();

  /**
   * Prepares a drawing of `plan` onto `nodes`: returns the handle (empty until the steps run) and a
   * generator that draws one text node per step. The previous drawing in the document is undone.
   */
  function start(plan, nodes, options) {
    const doc = options.document || global.document;
    const previous = active.get(doc);
    if (previous) previous.undo();

    const texts = options.texts;
    const marks = plan && Array.isArray(plan.marks) ? plan.marks : [];
    const byNode = new Map();
    let skipped = 0;
    for (const m of marks) {
      if (!m || !Number.isInteger(m.node)) { skipped++; continue; }
      const node = nodes[m.node];
      if (!fits(m, node, texts ? texts[m.node] : undefined)) { skipped++; continue; }
      if (m.kind !== "name" && !CLAIM_BY_KIND.has(m.kind)) { skipped++; continue; }
      let list = byNode.get(m.node);
      if (!list) byNode.set(m.node, (list = []));
      list.push(m);
    }

    const records = [];
    const names = [];
    const claims = [];
    /** Document → {view, highlights: Map(name → Highlight)}: frames have registries of their own. */
    const drawnIn = new Map();
    /** Document or ShadowRoot → the stylesheet adopted there (one sheet per document). */
    const styledRoots = new Map();
    const sheets = new Map();
    /** Text node → [{claim, from, to}]: which claims cover which offsets of a drawn node. */
    const claimsOfNode = new WeakMap();
    let undone = false;

    const handle = {
      names,
      claims,
      counts: { names: 0, claims: 0, skipped },
      /** The names of the highlights registered in the top document (kept for the demo and tests). */
      get highlights() {
        const d = drawnIn.get(doc);
        return d ? [...d.highlights.keys()] : [];
      },
      /** The claims covering the boundary point (node, offset): what the pointer is over. */
      claimsAt(node, offset) {
        const list = claimsOfNode.get(node);
        return list ? list.filter((c) => offset >= c.from && offset <= c.to).map((c) => c.claim) : [];
      },
      /** Removes every highlight, element and style this apply added. Safe to call twice. */
      undo() {
        if (undone) return;
        undone = true;
        for (const { view, highlights } of drawnIn.values()) {
          for (const [name, hl] of highlights) {
            try {
              if (view.CSS.highlights.get(name) === hl) view.CSS.highlights.delete(name);
            } catch (_) { /* the frame is gone */ }
          }
        }
        for (let i = records.length - 1; i >= 0; i--) restore(records[i]);
        for (const [root, sheet] of styledRoots) {
          try {
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
          } catch (_) { /* the document is gone */ }
        }
        if (active.get(doc) === handle) active.delete(doc);
      },
    };
    active.set(doc, handle);

    /** Adopts the stylesheet in the document or shadow root holding `node`, once per root. */
    function style(node) {
      const root = node.getRootNode();
      if (styledRoots.has(root)) return;
      const owner = node.ownerDocument;
      let sheet = sheets.get(owner);
      try {
        if (!sheet) {
          sheet = new owner.defaultView.CSSStyleSheet();
          sheet.replaceSync(buildCss());
          sheets.set(owner, sheet);
        }
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        styledRoots.set(root, sheet);
      } catch (e) {
        // Marks still work unstyled (names keep their focus and cards); say so once per root.
        styledRoots.set(root, null);
        if (global.console) global.console.info("News Context: could not add its stylesheet:", e && e.message);
      }
    }

    /** The highlight named `name` in the document of `node`, created and registered on first use. */
    function highlightFor(node, name) {
      const owner = node.ownerDocument;
      let d = drawnIn.get(owner);
      if (!d) {
        const view = owner.defaultView;
        const ok = !!(view && view.CSS && view.CSS.highlights && typeof view.Highlight === "function" &&
          typeof view.StaticRange === "function");
        drawnIn.set(owner, (d = { view, ok, highlights: new Map() }));
      }
      if (!d.ok) return null;
      let hl = d.highlights.get(name);
      if (!hl) {
        hl = new d.view.Highlight();
        d.highlights.set(name, hl);
      }
      return { hl, view: d.view };
    }

    /**
     * Registers the filled highlights, all at once at the end: Chromium recomputes the markers of
     * every registered range whenever a registered highlight changes, so filling them while
     * registered, slice after slice, would cost the number of slices times the number of ranges.
     */
    function register() {
      for (const d of drawnIn.values()) {
        if (!d.ok) continue;
        for (const [name, hl] of d.highlights) d.view.CSS.highlights.set(name, hl);
      }
    }

    function* steps() {
      for (const [index, list] of byNode) {
        const node = nodes[index];
        if (!node.isConnected || (texts && node.data !== texts[index])) { skipped += list.length; continue; }
        list.sort((a, b) => a.start - b.start || a.end - b.end);
        const nameMarks = [];
        let lastEnd = -1;
        for (const m of list) {
          if (m.kind !== "name") continue;
          if (m.start < lastEnd) { skipped++; continue; } // overlapping names: keep the first
          nameMarks.push(m);
          lastEnd = m.end;
        }
        const owner = node.ownerDocument;
        let segments = [{ node, start: 0, end: node.length }];
        style(node);
        if (nameMarks.length) {
          const split = splitForNames(owner, node, nameMarks);
          records.push(split.record);
          segments = split.segments;
          names.push(...split.elements);
        }
        // Claims are static ranges over the pieces made above: no live Range exists while the
        // page is split, so splitting never pays for updating ranges drawn before.
        for (const m of list) {
          if (m.kind === "name") continue;
          const target = highlightFor(segments[0].node, CLAIM_BY_KIND.get(m.kind).highlight);
          if (!target) { skipped++; continue; }
          const [sc, so] = boundary(segments, m.start, false);
          const [ec, eo] = boundary(segments, m.end, true);
          const sr = new target.view.StaticRange({ startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });
          target.hl.add(sr);
          const claim = claimEntry(owner, sr, m);
          claims.push(claim);
          for (const s of segments) {
            if (s.end < m.start || s.start > m.end) continue;
            let at = claimsOfNode.get(s.node);
            if (!at) claimsOfNode.set(s.node, (at = []));
            at.push({ claim, from: Math.max(0, m.start - s.start), to: Math.min(s.end, m.end) - s.start });
          }
        }
        yield;
      }
      register();
      handle.counts = { names: names.length, claims: claims.length, skipped };
    }
    return { handle, steps: steps() };
  }

  /**
   * One drawn claim: its mark, its StaticRange, and a live `range` made on first use (live Ranges
   * cost every later DOM change of the document, so only the few a reader points at are made).
   */
  function claimEntry(doc, staticRange, mark) {
    let live = null;
    return {
      mark,
      staticRange,
      get range() {
        if (!live) {
          live = doc.createRange();
          live.setStart(staticRange.startContainer, staticRange.startOffset);
          live.setEnd(staticRange.endContainer, staticRange.endOffset);
        }
        return live;
      },
    };
  }

  /**
   * Draws `plan` onto `nodes` (the `nodes` returned with the snapshot the plan was made from), at
   * once. Options: `texts` (the snapshot's node texts; a node whose text changed since is skipped),
   * `document`. Never throws for a mark that no longer fits; returns a handle with `undo()`,
   * `names` (`[{el, mark}]`), `claims` (`[{mark, staticRange, range}]`), `claimsAt(node, offset)`
   * and `counts` (`{names, claims, skipped}`).
   */
  function apply(plan, nodes, options = {}) {
    const { handle, steps } = start(plan, nodes, options);
    try {
      while (!steps.next().done) { /* draw every node */ }
    } catch (e) {
      handle.undo(); // a failure halfway leaves the page as it was
      throw e;
    }
    return handle;
  }

  /**
   * The same drawing in slices of at most `options.sliceMs` (default 8 ms) of the page's main
   * thread, letting the page run between them; marks appear as they are drawn. Options as `apply`,
   * plus `isCancelled()` (checked between slices: a cancelled drawing is undone and resolves with
   * `handle.cancelled` true) and `afterSlice()` (called at the end of each slice, e.g. to drop the
   * caller's MutationObserver records of our own changes).
   */
  async function applySliced(plan, nodes, options = {}) {
    const { handle, steps } = start(plan, nodes, options);
    const budget = options.sliceMs || DEFAULT_SLICE_MS;
    const now = () => global.performance.now();
    try {
      for (;;) {
        const t0 = now();
        let done = false;
        for (let n = 0; !done; n++) {
          done = steps.next().done;
          if (n % NODES_PER_CLOCK_CHECK === NODES_PER_CLOCK_CHECK - 1 && now() - t0 >= budget) break;
        }
        if (options.afterSlice) options.afterSlice();
        if (done) return handle;
        await nextTurn();
        if (options.isCancelled && options.isCancelled()) {
          handle.undo();
          if (options.afterSlice) options.afterSlice();
          handle.cancelled = true;
          return handle;
        }
      }
    } catch (e) {
      handle.undo();
      if (options.afterSlice) options.afterSlice();
      throw e;
    }
  }

  NC.styles = Object.freeze({ KINDS, NAME, MARK_TAG, css: buildCss });
  NC.applier = Object.freeze({ apply, applySliced, sourceOf, nextTurn });
})(globalThis);
