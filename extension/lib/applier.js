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
 * - Except when the plan says `names_as_highlights` (the planner's choice on pages so large that any
 *   inserted element costs the next frame a relayout over its budget): then names are ranges of
 *   the `nc-name` highlight, like the claims, and no element enters the page. The cards open on them
 *   by hit-testing (`namesAt`), and lib/navigator.js steps to them with the selection.
 * - Styles live in ONE constructed stylesheet per document, adopted by the document and by each open
 *   shadow root holding marks, removed on undo. Nodes of same-origin frames are drawn in their own
 *   document (its elements, its highlight registry).
 * - Large plans are drawn in slices (`applySliced`) that leave the page's main thread between them.
 * - Huge plans (more than LAZY_ABOVE_NODES text nodes to draw) are drawn lazily: the text near the
 *   viewport first, the rest as the reader scrolls to it (an IntersectionObserver on the elements
 *   holding the text). On a page of thousands of blocks every change to the DOM costs the page a
 *   relayout of all of them, so drawing everything would cost hundreds of relayouts; drawing what
 *   is read costs a few.
 * - In the extension the top document's stylesheet is the content script's CSS (`content/marks.css`,
 *   the same rules, injected at document start): adopting a sheet with `::highlight()` rules later
 *   restyles every element of the page (seconds on 100,000 paragraphs). `preloadedCss` says so.
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
    color: "#0072B2", colorDark: "#56B4E9", highlight: "nc-name" });
  /**
   * The names' highlight paints over the claims' (both may cover a word; the default priority is
   * 0): its underline, not the claim's, is the one seen on a name, as with the `<nc-mark>` border.
   */
  const NAME_HIGHLIGHT_PRIORITY = 1;
  const CLAIM_BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));
  const MARK_TAG = "nc-mark";
  /** Elements that take focus themselves; a name inside one gets no focus stop of its own. */
  const INTERACTIVE = "a[href], button, summary, label";

  function buildCss() {
    const claims = KINDS.map((k) =>
      `::highlight(${k.highlight}) { text-decoration-line: underline; ` +
      `text-decoration-style: ${k.line}; text-decoration-color: ${k.color}; ` +
      `text-decoration-thickness: 2px; }`).join("\n");
    // Names drawn as a highlight (a huge page): the marks' look as far as ::highlight allows
    // (no border or radius there: the border becomes an underline of the same colour and width).
    const name = (color, background) =>
      `::highlight(${NAME.highlight}) { background-color: ${background}; text-decoration-line: underline; ` +
      `text-decoration-style: solid; text-decoration-color: ${color}; text-decoration-thickness: 2px; }`;
    return `${claims}
${name(NAME.color, "rgba(0, 114, 178, 0.10)")}
${MARK_TAG} { display: inline; border-bottom: 2px solid ${NAME.color};
  background-color: rgba(0, 114, 178, 0.10); border-radius: 2px; cursor: help; }
${MARK_TAG}:focus { outline: none; }
${MARK_TAG}:focus-visible { outline: 2px solid ${NAME.color}; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  ${MARK_TAG} { border-bottom-color: ${NAME.colorDark}; background-color: rgba(86, 180, 233, 0.18); }
  ${MARK_TAG}:focus-visible { outline-color: ${NAME.colorDark}; }
  ${name(NAME.colorDark, "rgba(86, 180, 233, 0.18)")}
}
@media (forced-colors: active) {
  ${MARK_TAG} { border-bottom-color: LinkText; background-color: transparent; }
  ${name("LinkText", "transparent")}
}`;
  }

  // ---------------------------------------------------------------- the table of slicing

  /** Units of work (one text node drawn) between two looks at the clock in a sliced apply. */
  const NODES_PER_CLOCK_CHECK = 16;
  /** A sliced apply's default budget per slice, in ms, when the caller names none. */
  const DEFAULT_SLICE_MS = 8;
  /** A sliced apply with more text nodes to draw than this draws lazily (near the viewport first). */
  const LAZY_ABOVE_NODES = 1500;
  /**
   * A lazy apply watches the text nodes to draw in runs spanning at most this many nodes of the
   * snapshot, through the elements holding the first and the last of each (the browser computes every watched element's place on every frame
   * that scrolls or lays out: 20,000 of them cost it hundreds of ms a frame on a 5 MB page).
   */
  const NODES_PER_WATCH = 16;
  /** How far beyond the viewport text counts as near, and is drawn before the reader gets there. */
  const NEAR_MARGIN = "200% 0px 200% 0px";
  /** How long (ms) a lazy apply waits for the first look at the viewport (a tab in the background
   * renders nothing, so it is told nothing) before it resolves with what is drawn; the rest is
   * drawn when the tab is shown. */
  const FIRST_LOOK_MS = 2000;
  /** Marks validated between two looks at the clock while a sliced apply sorts the plan by node. */
  const MARKS_PER_CLOCK_CHECK = 512;
  /**
   * A sliced apply that drew more claims than this registers their highlights after the next frame,
   * not in the last drawing slice: the frame after a registration computes the markers of every
   * range (1,567 ranges over a 100 KB page: a frame of 27 ms CPU at load 14), and together with the
   * layout of the last slice's marks that frame took 55 ms. Below it (an ordinary article has
   * tens of claims), the frame's wait would only delay the marks.
   */
  const OWN_FRAME_ABOVE_CLAIMS = 300;

  // ---------------------------------------------------------------- validation

  /** True when `node` sits inside a mark drawn already (a name is never marked inside a name). */
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

  /**
   * Lets the page run (input, its own scripts and timers, painting) before the next slice.
   * In a tab the reader sees, the next slice waits behind a 0 ms timer: timers run in the order they
   * were set, so every timer the page set meanwhile runs first. A message (MessageChannel) was
   * used before, but Chromium runs a chain of messages ahead of pending timers: in the benchmark
   * the page's timers waited through two or three slices in a row (heartbeat gaps of 90-170 ms
   * against 60-80 ms with timers, same slices; scheduler.yield() would also go first). In a hidden
   * tab, where timers are throttled to about one a second, a message is used, so a page opened in
   * the background is still read and drawn in good time.
   */
  function nextTurn() {
    return new Promise((resolve) => {
      if (global.document && global.document.visibilityState === "hidden") {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(null);
      } else {
        global.setTimeout(resolve, 0);
      }
    });
  }

  /**
   * Waits until the page has rendered a frame, then for the next turn (`nextTurn`); in a hidden tab,
   * which renders nothing, only for the next turn.
   */
  function afterNextFrame() {
    if (!global.document || global.document.visibilityState === "hidden" || typeof global.requestAnimationFrame !== "function") {
      return nextTurn();
    }
    return new Promise((resolve) => global.requestAnimationFrame(() => nextTurn().then(resolve)));
  }

  /**
   * A clock of the current task: `start` is when it began (now, when made), `next()` waits for the
   * next turn (`nextTurn`) and restarts it, `elapsed()` is how long the task has run. Shared by the
   * steps that run one after another in the same task (preparing the plan, drawing, the cards), so
   * that together they stay within one slice's budget instead of each within its own.
   */
  function turnClock() {
    const now = () => global.performance.now();
    const turn = {
      start: now(),
      elapsed: () => now() - turn.start,
      async next() {
        await nextTurn();
        turn.start = now();
      },
    };
    return turn;
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
    /** The planner's choice (a huge page): names are ranges of a highlight, not elements. */
    const namesAsHighlights = !!(plan && plan.names_as_highlights === true);
    /** Text node index → its marks, in plan order; whether each still fits is checked when drawn. */
    const byNode = new Map();
    let skipped = 0;

    /** Sorts the plan's well-formed marks by node; yields now and then, so a caller can slice it. */
    function* group() {
      for (let i = 0; i < marks.length; i++) {
        const m = marks[i];
        if (!m || !Number.isInteger(m.node) || !Number.isInteger(m.start) || !Number.isInteger(m.end) ||
          m.start < 0 || m.end <= m.start || (m.kind !== "name" && !CLAIM_BY_KIND.has(m.kind))) {
          skipped++;
        } else {
          let list = byNode.get(m.node);
          if (!list) byNode.set(m.node, (list = []));
          list.push(m);
        }
        if (i % MARKS_PER_CLOCK_CHECK === MARKS_PER_CLOCK_CHECK - 1) yield;
      }
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
    /** The same for names drawn as highlights: text node → [{claim: the name's entry, from, to}]. */
    const namesOfNode = new WeakMap();
    /** `<nc-mark>` element → its mark (the cards look marks up here, also those drawn later). */
    const markOfElement = new WeakMap();
    /** Called by undo (a lazy drawing stops watching the viewport). */
    const onUndo = [];
    let undone = false;

    const handle = {
      /** `[{el, mark}]` for `<nc-mark>` elements, or, when `namesAsHighlights`, `[{mark,
       * staticRange, range}]` as for claims (no `el`). */
      names,
      claims,
      namesAsHighlights,
      /** Drawn so far, skipped, and (lazy drawing) still to draw when the reader gets there. */
      counts: { names: 0, claims: 0, skipped: 0, pending: 0 },
      /** The plan's mark drawn as the `<nc-mark>` element `el`, or null. */
      markOf(el) {
        return markOfElement.get(el) || null;
      },
      /** The names of the highlights registered in the top document (kept for the demo and tests). */
      get highlights() {
        const d = drawnIn.get(doc);
        return d ? [...d.highlights.keys()] : [];
      },
      /** The claims covering the boundary point (node, offset): what the pointer is over. */
      claimsAt(node, offset) {
        return covering(claimsOfNode, node, offset);
      },
      /** The names drawn as highlights covering the boundary point (node, offset). */
      namesAt(node, offset) {
        return covering(namesOfNode, node, offset);
      },
      /** Removes every highlight, element and style this apply added. Safe to call twice. */
      undo() {
        if (undone) return;
        undone = true;
        for (const f of onUndo) f();
        for (const { view, highlights } of drawnIn.values()) {
          for (const [name, hl] of highlights) {
            try {
              if (view.CSS.highlights.get(name) === hl) view.CSS.highlights.delete(name);
            } catch (_) { /* the frame is gone */ }
          }
        }
        for (let i = records.length - 1; i >= 0; i--) restore(records[i]);
        for (const [root, sheet] of styledRoots) {
          if (!sheet) continue;
          try {
            root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
          } catch (_) { /* the document is gone */ }
        }
        if (active.get(doc) === handle) active.delete(doc);
      },
    };
    active.set(doc, handle);

    /** The entries of `index` (claimsOfNode, namesOfNode) covering the boundary point (node, offset). */
    function covering(index, node, offset) {
      const list = index.get(node);
      return list ? list.filter((c) => offset >= c.from && offset <= c.to).map((c) => c.claim) : [];
    }

    /** Draws mark `m` as a StaticRange of the highlight named `name`, indexed by node in `index`. */
    function addRange(name, m, segments, index) {
      const target = highlightFor(segments[0].node, name);
      if (!target) return null;
      const [sc, so] = boundary(segments, m.start, false);
      const [ec, eo] = boundary(segments, m.end, true);
      const sr = new target.view.StaticRange({ startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });
      target.hl.add(sr);
      const entry = claimEntry(segments[0].node.ownerDocument, sr, m);
      for (const s of segments) {
        if (s.end < m.start || s.start > m.end) continue;
        let at = index.get(s.node);
        if (!at) index.set(s.node, (at = []));
        at.push({ claim: entry, from: Math.max(0, m.start - s.start), to: Math.min(s.end, m.end) - s.start });
      }
      return entry;
    }

    /** Adopts the stylesheet in the document or shadow root holding `node`, once per root. */
    function style(node) {
      const root = node.getRootNode();
      if (styledRoots.has(root)) return;
      if (options.preloadedCss && root === doc) {
        styledRoots.set(root, null); // the content script's CSS holds the same rules already
        return;
      }
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
        if (name === NAME.highlight) hl.priority = NAME_HIGHLIGHT_PRIORITY;
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

    /** Brings `handle.counts` up to date (the object is kept: callers may hold it). */
    function count() {
      let pending = 0;
      for (const list of byNode.values()) pending += list.length;
      Object.assign(handle.counts, { names: names.length, claims: claims.length, skipped, pending });
    }

    /** Draws the marks of text node `index` (once), or skips them when they no longer fit. */
    function drawNode(index) {
      const all = byNode.get(index);
      if (!all) return;
      byNode.delete(index);
      const node = nodes[index];
      if (!node || node.nodeType !== 3 || !node.isConnected || (texts && node.data !== texts[index]) ||
        insideOwnMark(node)) {
        skipped += all.length;
        return;
      }
      const list = all.filter((m) => m.end <= node.length);
      skipped += all.length - list.length;
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
      // A browser without the Custom Highlight API draws the names as elements after all.
      if (nameMarks.length && namesAsHighlights && highlightFor(node, NAME.highlight)) {
        for (const m of nameMarks) {
          const entry = addRange(NAME.highlight, m, segments, namesOfNode);
          if (entry) names.push(entry);
          else skipped++;
        }
      } else if (nameMarks.length) {
        const split = splitForNames(owner, node, nameMarks);
        records.push(split.record);
        segments = split.segments;
        for (const e of split.elements) {
          names.push(e);
          markOfElement.set(e.el, e.mark);
        }
      }
      // Claims are static ranges over the pieces made above: no live Range exists while the
      // page is split, so splitting never pays for updating ranges drawn before.
      for (const m of list) {
        if (m.kind === "name") continue;
        const claim = addRange(CLAIM_BY_KIND.get(m.kind).highlight, m, segments, claimsOfNode);
        if (claim) claims.push(claim);
        else skipped++;
      }
    }

    /** Every node, one per step, then the highlights registered. */
    function* steps() {
      yield* group();
      for (const index of [...byNode.keys()]) {
        drawNode(index);
        yield;
      }
      register();
      count();
    }
    return { handle, steps: steps(), group, byNode, drawNode, register, count, onUndo, doc,
      isUndone: () => undone };
  }

  /**
   * One mark drawn as a highlight (a claim, or a name on a huge page): its mark, its StaticRange,
   * and a live `range` made on first use (live Ranges cost every later DOM change of the document,
   * so only the few a reader points at are made).
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
   * `names` (`[{el, mark}]`, or `[{mark, staticRange, range}]` when `namesAsHighlights`), `claims`
   * (`[{mark, staticRange, range}]`), `claimsAt(node, offset)`, `namesAt(node, offset)` and
   * `counts` (`{names, claims, skipped}`).
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
   * `handle.cancelled` true), `afterSlice()` (called at the end of each slice, e.g. to drop the
   * caller's MutationObserver records of our own changes), `preloadedCss` (the top document holds
   * the marks' CSS already), `lazy` (false: never draw lazily) and `beforeHighlights(handle)`
   * (called, when more than OWN_FRAME_ABOVE_CLAIMS claims were drawn and the drawing is not lazy,
   * once the marks are laid out and before the highlights are registered, each in a frame of its
   * own: the caller adds its own elements there while they are cheap to paint; or, when the names
   * are highlights (`names_as_highlights`) and something was drawn, in the same task as the
   * (first look's) highlights, so that the page repaints once for both; otherwise not called. A lazy drawing of `<nc-mark>` elements
   * registers only the claims near the viewport, whose repaint is small).
   *
   * A plan with more than LAZY_ABOVE_NODES text nodes to draw resolves once the text near the
   * viewport is drawn (`handle.lazy` is true, `handle.counts.pending` says how many marks wait);
   * the rest is drawn, in slices too, as the reader scrolls near it, until `undo()`.
   *
   * `options.turn` (`{start}`, a `turnClock()`) is shared with the caller: `start` is when the
   * current task of the page's main thread began, so that work done before the drawing in the
   * same task (reading the plan) counts against the first slice, and the caller can tell, once the
   * drawing resolves, how long the task it resolves in has run already.
   */
  async function applySliced(plan, nodes, options = {}) {
    const now = () => global.performance.now();
    const turn = options.turn || turnClock();
    const drawing = start(plan, nodes, options);
    const { handle, byNode } = drawing;
    const budget = options.sliceMs || DEFAULT_SLICE_MS;
    const endSlice = () => { if (options.afterSlice) options.afterSlice(); };
    const cancelled = () => {
      if (!(options.isCancelled && options.isCancelled())) return false;
      handle.undo();
      endSlice();
      handle.cancelled = true;
      return true;
    };
    /**
     * Runs `step()` (true once there is no more work) in slices of `budget` ms, looking at the clock
     * every `perCheck` steps. Resolves true when done, false when cancelled between slices (only
     * while `cancellable()`). `writes`: the steps change the DOM, so each slice is laid out in a
     * frame of its own before the next (`afterNextFrame`).
     */
    async function sliced(step, perCheck, cancellable = () => true, writes = false) {
      for (;;) {
        let done = false;
        for (let n = 1; !done; n++) {
          done = step();
          if (n % perCheck === 0 && now() - turn.start >= budget) break;
        }
        endSlice();
        if (done) return true;
        // A slice that changed the page waits for the frame that lays its changes out: with timers
        // alone the page's frames came after two or three slices of marks each (bigpage-trace).
        if (writes) {
          await afterNextFrame();
          turn.start = now();
        } else {
          await turn.next();
        }
        if (drawing.isUndone() || (cancellable() && cancelled())) return false;
      }
    }
    try {
      // Sort the marks by node first (a plan may hold 100,000 marks), in slices too.
      const grouping = drawing.group();
      if (!(await sliced(() => grouping.next().done, 1))) return handle;
      const lazy = options.lazy !== false && byNode.size > LAZY_ABOVE_NODES &&
        typeof global.IntersectionObserver === "function";
      if (lazy) return await drawLazily(drawing, nodes, sliced, cancelled, turn, options.beforeHighlights, endSlice);
      const order = [...byNode.keys()];
      let i = 0;
      // Names as highlights: the slices only fill highlights not registered yet, which changes
      // nothing on screen, so no slice waits for a frame.
      const writes = !handle.namesAsHighlights;
      const drawn = await sliced(() => {
        if (i < order.length) drawing.drawNode(order[i++]);
        return i >= order.length;
      }, NODES_PER_CLOCK_CHECK, undefined, writes);
      if (!drawn) {
        if (!handle.cancelled) handle.cancelled = true;
        return handle;
      }
      if (handle.namesAsHighlights) {
        // Nothing was inserted into a page where every repaint is long: the caller's elements
        // (`beforeHighlights`) and the highlights are shown in one task, so the page repaints once.
        if (options.beforeHighlights && handle.names.length + handle.claims.length > 0) {
          options.beforeHighlights(handle);
          endSlice();
        }
        drawing.register();
        drawing.count();
        return handle;
      }
      if (handle.claims.length > OWN_FRAME_ABOVE_CLAIMS) {
        // The last slice's marks are laid out in one frame; what the caller adds before the
        // highlights (`beforeHighlights`: the cards) in the next, while the page's text paints
        // cheaply; the highlights' markers in the one after. (Anything added to the page once
        // 1,567 ranges are registered repaints all of them: 19.5 ms CPU for the cards' host on a
        // 100 KB page, 3.4 ms before.)
        await afterNextFrame();
        turn.start = now();
        if (drawing.isUndone() || cancelled()) {
          handle.cancelled = true;
          return handle;
        }
        drawing.count();
        if (options.beforeHighlights) {
          options.beforeHighlights(handle);
          endSlice();
          await afterNextFrame();
          turn.start = now();
          if (drawing.isUndone() || cancelled()) {
            handle.cancelled = true;
            return handle;
          }
        }
        drawing.register();
        drawing.count();
        return handle;
      }
      drawing.register();
      drawing.count();
      return handle;
    } catch (e) {
      handle.undo();
      endSlice();
      throw e;
    }
  }

  /**
   * The lazy drawing of `applySliced`: the text nodes to draw are watched in runs of
   * NODES_PER_WATCH; a run whose first or last node comes near the viewport (NEAR_MARGIN) is drawn,
   * in slices. Resolves once the
   * first look at the viewport has been drawn (or after FIRST_LOOK_MS), with `handle.lazy` true.
   *
   * When the names are highlights too (`handle.namesAsHighlights`: a page so large that every
   * frame that repaints it costs more than a frame's budget, bench/dom-change-cost.mjs), the first
   * look's ranges are registered all at once when it is complete, with the caller's
   * `beforeHighlights` (the cards' host) called just before in the same task: one repaint of the
   * page for all of them, where the observer's first callbacks (one per slice of targets watched)
   * and the cards' host each cost a repaint of their own (bigpage-trace: 3 frames of 62-84 ms CPU
   * on the 5 MB page). A drawing with `<nc-mark>` elements registers as before, after each batch.
   */
  async function drawLazily(drawing, nodes, sliced, cancelled, turn, beforeHighlights, endSlice) {
    const { handle, byNode } = drawing;
    handle.lazy = true;
    const oneFirstRepaint = handle.namesAsHighlights === true;
    /** Element watched → the runs of text nodes (`{indices, targets, queued}`) it starts or ends. */
    const watched = new Map();
    const queue = []; // text nodes near the viewport, to draw from `head` on
    let head = 0;
    let pumping = false;
    let allWatched = false;
    let looked = false;
    let lookDone;
    const firstLook = new Promise((resolve) => { lookDone = resolve; });
    // A tab in the background is told nothing: resolve anyway (and show what is drawn, if the
    // first look's highlights wait for it).
    const timer = global.setTimeout(() => (oneFirstRepaint ? finishFirstLook() : lookDone()), FIRST_LOOK_MS);

    /** Once: the first look is drawn (or its time is up); with `oneFirstRepaint`, shown now. */
    function finishFirstLook() {
      if (looked || drawing.isUndone()) return;
      looked = true;
      if (oneFirstRepaint) {
        if (beforeHighlights) {
          beforeHighlights(handle);
          endSlice();
        }
        drawing.register();
        drawing.count();
      }
      lookDone();
    }

    /** Draws the queued nodes in slices; the page may scroll meanwhile and queue more. `newTask`:
     * called from the observer, whose callback is a task of its own. */
    async function pump(newTask = false) {
      if (pumping || drawing.isUndone()) return;
      pumping = true;
      if (newTask) turn.start = global.performance.now();
      try {
        await sliced(() => {
          if (head < queue.length) drawing.drawNode(queue[head++]);
          if (head < queue.length) return false;
          queue.length = head = 0;
          if (looked || !oneFirstRepaint) drawing.register();
          drawing.count();
          return true;
        }, NODES_PER_CLOCK_CHECK, () => !looked);
      } catch (e) {
        handle.undo();
        if (global.console) global.console.info("News Context: drawing stopped; the page is left as it was:", e && e.message);
      } finally {
        pumping = false;
      }
      if (allWatched && !looked && !untold.size) finishFirstLook();
    }
    /**
     * Watched elements the observer has not told about yet. The first look is complete once every
     * element is watched and each has been told about (an observer tells about every new target
     * once, near or not): targets watched in the last slices are told in a later callback than
     * those of the first, and finishing on an earlier one drew (and repainted) the first look twice.
     */
    const untold = new Set();

    const observer = new global.IntersectionObserver((entries) => {
      if (drawing.isUndone()) return;
      for (const e of entries) {
        untold.delete(e.target);
        if (!e.isIntersecting) continue;
        for (const run of watched.get(e.target) || []) {
          if (run.queued) continue;
          run.queued = true;
          for (const index of run.indices) queue.push(index);
          for (const t of run.targets) release(t);
        }
      }
      // Once everything is watched and told about, the pump's end completes the first look.
      if (allWatched || queue.length) pump(true);
    }, { rootMargin: NEAR_MARGIN });
    drawing.onUndo.push(() => {
      observer.disconnect();
      global.clearTimeout(timer);
      lookDone();
    });

    /** Stops watching `el` once every run it starts or ends is queued. */
    function release(el) {
      const runs = watched.get(el);
      if (runs && runs.every((r) => r.queued)) {
        watched.delete(el);
        untold.delete(el);
        observer.unobserve(el);
      }
    }

    /** Watches a run of text nodes through the elements holding its first and its last node. */
    function watch(indices) {
      const run = { indices, targets: [], queued: false };
      for (const index of [indices[0], indices[indices.length - 1]]) {
        const el = nodes[index] && nodes[index].parentElement;
        if (!el || run.targets.includes(el)) continue;
        let runs = watched.get(el);
        if (!runs) {
          watched.set(el, (runs = []));
          untold.add(el);
          observer.observe(el);
        }
        runs.push(run);
        run.targets.push(el);
      }
      // Nothing to watch (text directly in a shadow root): drawn at once.
      if (!run.targets.length) for (const index of indices) queue.push(index);
    }

    const order = [...byNode.keys()].sort((a, b) => a - b);
    let i = 0;
    let run = [];
    const ready = await sliced(() => {
      // A run spans at most NODES_PER_WATCH nodes of the snapshot, so that it stays short on the
      // page when the marks are sparse too.
      if (i < order.length) {
        if (run.length && order[i] - run[0] >= NODES_PER_WATCH) {
          watch(run);
          run = [];
        }
        run.push(order[i++]);
      }
      if (i >= order.length && run.length) {
        watch(run);
        run = [];
      }
      return i >= order.length;
    }, NODES_PER_CLOCK_CHECK);
    if (!ready) return handle;
    allWatched = true;
    drawing.count();
    if (!watched.size) pump();
    await firstLook;
    global.clearTimeout(timer);
    if (!drawing.isUndone() && cancelled()) return handle;
    return handle;
  }

  NC.styles = Object.freeze({ KINDS, NAME, MARK_TAG, css: buildCss });
  NC.applier = Object.freeze({ apply, applySliced, sourceOf, nextTurn, turnClock });
})(globalThis);
