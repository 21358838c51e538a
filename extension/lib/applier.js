/**
 * applier.js: draws a Plan (src/page/plan.rs) onto the text nodes a snapshot described, and undoes it.
 *
 * Why it exists: the one place that turns UTF-16 offsets into live DOM ranges, so that the content
 * script and the demo page mark text identically and undo it completely. It decides nothing: each
 * mark of the plan is drawn as given, or skipped when it no longer fits the page.
 *
 * - Claims (`claim-named`, `claim-anonymous`, `claim-vague`, `claim-none`) are CSS Custom Highlights
 *   over Ranges: the DOM is not touched.
 * - Names (`name`) need an element to hover and focus: the mark's range is wrapped in
 *   `<nc-mark tabindex="0" data-nc-card="N">` (without tabindex inside a link or control, which
 *   takes the focus itself). The original Text node is replaced by pieces and kept
 *   aside untouched; undo puts that same object back, so the page's markup is byte-identical after.
 * - Styles live in ONE constructed stylesheet in `document.adoptedStyleSheets`, removed on undo.
 *
 * Shared by the extension's content script and the demo page; no extension API here.
 * Exposes `NewsContext.applier.apply(plan, nodes, options) -> handle` and `NewsContext.styles`.
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
    let at = 0;
    const addText = (from, to, parentEl) => {
      const t = doc.createTextNode(text.slice(from, to));
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
    return { record: { original, pieces }, segments, elements };
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

  // ---------------------------------------------------------------- apply / undo

  /** The handle currently drawn in each document, so that a second apply never doubles marks. */
  const active = new WeakMap();

  /**
   * Draws `plan` onto `nodes` (the `nodes` returned with the snapshot the plan was made from).
   * Options: `texts` (the snapshot's node texts; a node whose text changed since is skipped).
   * Never throws for a mark that no longer fits; returns a handle with `undo()`, `names`
   * (`[{el, mark}]`), `claims` (`[{range, mark}]`) and `counts` (`{names, claims, skipped}`).
   */
  function apply(plan, nodes, options = {}) {
    const doc = options.document || global.document;
    const previous = active.get(doc);
    if (previous) previous.undo();

    const view = doc.defaultView || global;
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
    const highlights = [];
    const rangesByHighlight = new Map(KINDS.map((k) => [k.highlight, []]));
    const canHighlight = !!(view.CSS && view.CSS.highlights && typeof view.Highlight === "function");
    let sheet = null;
    let undone = false;
    const handle = {
      names,
      claims,
      highlights,
      counts: { names: 0, claims: 0, skipped },
      /** Removes every highlight, element and style this apply added. Safe to call twice. */
      undo() {
        if (undone) return;
        undone = true;
        if (canHighlight) {
          for (const name of highlights) view.CSS.highlights.delete(name);
        }
        for (let i = records.length - 1; i >= 0; i--) restore(records[i]);
        if (sheet) {
          try {
            doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
          } catch (_) { /* the document is gone */ }
        }
        if (active.get(doc) === handle) active.delete(doc);
      },
    };

    try {
      for (const [index, list] of byNode) {
        const node = nodes[index];
        list.sort((a, b) => a.start - b.start || a.end - b.end);
        const nameMarks = [];
        let lastEnd = -1;
        for (const m of list) {
          if (m.kind !== "name") continue;
          if (m.start < lastEnd) { skipped++; continue; } // overlapping names: keep the first
          nameMarks.push(m);
          lastEnd = m.end;
        }
        let segments = [{ node, start: 0, end: node.length }];
        if (nameMarks.length) {
          const split = splitForNames(doc, node, nameMarks);
          records.push(split.record);
          segments = split.segments;
          names.push(...split.elements);
        }
        for (const m of list) {
          if (m.kind === "name") continue;
          if (!canHighlight) { skipped++; continue; }
          const range = doc.createRange();
          range.setStart(...boundary(segments, m.start, false));
          range.setEnd(...boundary(segments, m.end, true));
          rangesByHighlight.get(CLAIM_BY_KIND.get(m.kind).highlight).push(range);
          claims.push({ range, mark: m });
        }
      }

      if (canHighlight) {
        for (const [name, ranges] of rangesByHighlight) {
          if (!ranges.length) continue;
          view.CSS.highlights.set(name, new view.Highlight(...ranges));
          highlights.push(name);
        }
      }

      if (names.length || highlights.length) {
        try {
          const s = new view.CSSStyleSheet();
          s.replaceSync(buildCss());
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
          sheet = s;
        } catch (e) {
          // Marks still work unstyled (names keep their focus and cards); say so once.
          if (global.console) global.console.info("News Context: could not add its stylesheet:", e && e.message);
        }
      }
    } catch (e) {
      handle.undo(); // a failure halfway leaves the page as it was
      throw e;
    }

    handle.counts = { names: names.length, claims: claims.length, skipped };
    active.set(doc, handle);
    return handle;
  }

  NC.styles = Object.freeze({ KINDS, NAME, MARK_TAG, css: buildCss });
  NC.applier = Object.freeze({ apply });
})(globalThis);
