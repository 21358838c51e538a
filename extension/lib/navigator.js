/**
 * navigator.js: steps through the marks of the page with the keyboard, in reading order.
 *
 * Why it exists: claims are drawn as CSS highlights, which have no element and so cannot take
 * focus. Stepping gives every mark a keyboard path without changing the page: a name mark gets the
 * focus (its card opens as on Tab); a claim gets the document's selection (the caret moves there,
 * nothing is inserted) and its card opens pinned, with the focus in the card so its actions can be
 * reached; Escape puts the reader back at the mark.
 *
 * Keys: the manifest's commands (`next-mark`, `previous-mark`, relayed by the background as
 * `{type: "nc:step", direction}`) and, where the browser did not bind them, the same chords in the
 * page (STEP_KEYS). The in-page handler never acts while an editable field of the page has focus.
 * Exposes `NewsContext.navigator.attach(handle, cards, options) -> {step(dir), items(), destroy()}`.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});
  if (NC.navigator) return;

  /** The chords (event.code with Alt+Shift) that step forward and back, as in the manifest. */
  const STEP_KEYS = Object.freeze({ KeyN: 1, KeyP: -1 });
  /** A command relayed by the background within this long after an in-page step is the same press (ms). */
  const DOUBLE_PRESS = 150;

  const api = global.browser || global.chrome;
  let current = null; // the attached controller; one per document at a time
  let listening = false;

  function editable(el) {
    if (!el || el.nodeType !== 1) return false;
    if (el.isContentEditable) return true;
    const tag = el.localName;
    if (tag === "textarea" || tag === "select") return true;
    if (tag === "input") {
      return !["button", "checkbox", "radio", "submit", "reset", "range", "color", "file", "image"].includes(el.type);
    }
    return false;
  }

  /** The items to step through (`{kind: "name", el, mark}` or `{kind: "claim", range, mark}`), in
   * document order; a claim comes before the names inside it. */
  function orderedItems(doc, handle) {
    const items = [];
    for (const n of handle.names || []) {
      if (!n.el.isConnected) continue;
      const range = doc.createRange();
      range.selectNodeContents(n.el);
      items.push({ kind: "name", el: n.el, mark: n.mark, range });
    }
    for (const c of handle.claims || []) items.push({ kind: "claim", range: c.range, mark: c.mark, claim: c });
    // One stop per group: a sentence split over nodes is one claim.
    const seen = new Set();
    const kept = [];
    items.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range) ||
      (a.kind === b.kind ? 0 : a.kind === "claim" ? -1 : 1));
    for (const it of items) {
      const key = `${it.kind}:${it.mark.group}`;
      if (Number.isInteger(it.mark.group) && seen.has(key)) continue;
      seen.add(key);
      kept.push(it);
    }
    return kept;
  }

  /**
   * Attaches stepping to the marks of `handle` (from NewsContext.applier.apply) and the cards
   * controller `cards` (from NewsContext.cards.mount). Options: `document`.
   */
  function attach(handle, cards, options = {}) {
    const doc = options.document || global.document;
    const view = doc.defaultView || global;
    let items = null;
    let index = -1;
    let lastKeyStep = 0; // when the in-page handler last stepped

    const list = () => (items || (items = orderedItems(doc, handle)));

    /** Where the reader is: the focused mark, else the selection's start, else nowhere. */
    function position() {
      const all = list();
      const active = doc.activeElement;
      if (active) {
        const i = all.findIndex((it) => it.el === active);
        if (i >= 0) return { index: i };
      }
      if (index >= 0 && cards.pinned && cards.pinned() === all[index]) return { index };
      const sel = view.getSelection && view.getSelection();
      if (sel && sel.rangeCount) {
        const r = sel.getRangeAt(0);
        if (index >= 0 && all[index] && all[index].kind === "claim" &&
            r.compareBoundaryPoints(Range.START_TO_START, all[index].range) === 0) return { index };
        return { point: r };
      }
      return { index };
    }

    function step(direction) {
      const all = list();
      if (!all.length) return null;
      const where = position();
      let next;
      if (where.point) {
        // The first mark after the caret (forward) or the last one before it (back).
        const p = where.point;
        if (direction > 0) {
          next = all.findIndex((it) => it.range.compareBoundaryPoints(Range.START_TO_START, p) > 0);
          if (next < 0) next = 0;
        } else {
          next = -1;
          for (let i = all.length - 1; i >= 0; i--) {
            if (all[i].range.compareBoundaryPoints(Range.START_TO_START, p) < 0) { next = i; break; }
          }
          if (next < 0) next = all.length - 1;
        }
      } else if (where.index < 0) {
        next = direction > 0 ? 0 : all.length - 1;
      } else {
        next = (where.index + direction + all.length) % all.length;
      }
      index = next;
      go(all[next]);
      return all[next];
    }

    function go(item) {
      const el = item.kind === "name" ? item.el : item.range.startContainer.parentElement;
      if (el && el.scrollIntoView) el.scrollIntoView({ block: "center", inline: "nearest" });
      if (item.kind === "name") {
        cards.close();
        if (item.el.hasAttribute("tabindex")) {
          item.el.focus({ preventScroll: true });
        } else {
          // A name inside a link: focus the link, whose card is the name's.
          const focusable = item.el.closest("a[href], button, summary, label");
          if (focusable && focusable.focus) focusable.focus({ preventScroll: true });
          cards.open(item.el, focusable || item.el);
        }
        return;
      }
      // A claim: move the selection (the caret) there and open its card with the focus in it.
      const sel = view.getSelection && view.getSelection();
      if (doc.activeElement && doc.activeElement !== doc.body && doc.activeElement.blur) doc.activeElement.blur();
      if (sel) {
        sel.removeAllRanges();
        sel.addRange(item.range.cloneRange());
      }
      cards.pin(item);
    }

    function onKeydown(e) {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
      const direction = STEP_KEYS[e.code];
      if (!direction) return;
      // Never take a key from the page's own fields (our card is in a shadow root: e.target is its host).
      if (editable(e.target) || editable(doc.activeElement)) return;
      e.preventDefault();
      e.stopPropagation();
      lastKeyStep = Date.now();
      step(direction);
    }

    doc.addEventListener("keydown", onKeydown, true);
    const controller = {
      step,
      /** A step asked for by the background's command; dropped when the page saw the same press. */
      command(direction) {
        if (Date.now() - lastKeyStep < DOUBLE_PRESS) return null;
        return step(direction);
      },
      /** The marks in stepping order (computed on first use). */
      items: () => list().slice(),
      destroy() {
        doc.removeEventListener("keydown", onKeydown, true);
        if (current === controller) current = null;
      },
    };
    if (current) current.destroy();
    current = controller;
    return controller;
  }

  // The background relays the manifest's commands to the tab.
  if (api && api.runtime && api.runtime.onMessage && !listening) {
    listening = true;
    api.runtime.onMessage.addListener((message) => {
      if (!message || message.type !== "nc:step" || !current) return false;
      current.command(message.direction === -1 ? -1 : 1);
      return false;
    });
  }

  NC.navigator = Object.freeze({ attach, STEP_KEYS });
})(globalThis);
