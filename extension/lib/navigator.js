/**
 * navigator.js: steps through the marks of the page with the keyboard, in reading order.
 *
 * Why it exists: claims are drawn as CSS highlights (and so are names on a huge page, where the
 * plan says `names_as_highlights`), which have no element and so cannot take focus. Stepping gives
 * every mark a keyboard path without changing the page: a name drawn as `<nc-mark>` gets the focus
 * (its card opens as on Tab); a highlighted mark gets the document's selection (the caret moves
 * there, nothing is inserted) and its card opens pinned, with the focus in the card so its actions
 * can be reached; Escape puts the reader back at the mark.
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

  /**
   * The items to step through, in reading order: a mark drawn as an element,
   * `{kind: "name", el, mark, node, offset}`, or one drawn as a highlight (no `el`),
   * `{kind: "claim" or "name", claim, mark, node, offset, range}`, where (node, offset) is where the
   * mark starts. The plan's marks are in document order by (node, start), so no Range is needed to
   * sort; a highlighted mark's live Range is made only when the reader steps to it (a getter).
   */
  function orderedItems(handle) {
    const items = [];
    const highlighted = (kind, c) => {
      const start = c.staticRange || c.range;
      items.push({
        kind, claim: c, mark: c.mark, node: start.startContainer, offset: start.startOffset,
        get range() { return c.range; },
      });
    };
    for (const n of handle.names || []) {
      if (!n.el) { highlighted("name", n); continue; }
      if (!n.el.isConnected) continue;
      items.push({ kind: "name", el: n.el, mark: n.mark, node: n.el, offset: 0 });
    }
    for (const c of handle.claims || []) highlighted("claim", c);
    // One stop per group: a sentence split over nodes is one claim.
    const seen = new Set();
    const kept = [];
    const key = (it) => [Number(it.mark.node) || 0, Number(it.mark.start) || 0];
    items.sort((a, b) => {
      const [an, as] = key(a);
      const [bn, bs] = key(b);
      return an - bn || as - bs || (a.kind === b.kind ? 0 : a.kind === "claim" ? -1 : 1);
    });
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

    let drawnWhenListed = -1;
    /** The items in reading order, listed again when a lazy drawing has drawn more marks since. */
    const list = () => {
      const drawn = (handle.names || []).length + (handle.claims || []).length;
      if (!items || drawn !== drawnWhenListed) {
        items = orderedItems(handle);
        drawnWhenListed = drawn;
      }
      return items;
    };

    /** Where the reader is: the focused mark, else the selection's start, else nowhere. */
    function position() {
      const all = list();
      const active = doc.activeElement;
      if (active) {
        const i = all.findIndex((it) => it.el && it.el === active);
        if (i >= 0) return { index: i };
      }
      if (index >= 0 && cards.pinned && cards.pinned() === all[index]) return { index };
      const sel = view.getSelection && view.getSelection();
      if (sel && sel.rangeCount) {
        const caret = sel.getRangeAt(0).cloneRange();
        caret.collapse(true);
        const at = (it) => { try { return caret.comparePoint(it.node, it.offset); } catch (_) { return 1; } };
        if (index >= 0 && all[index] && !all[index].el && at(all[index]) === 0) return { index };
        return { at };
      }
      return { index };
    }

    function step(direction) {
      const all = list();
      if (!all.length) return null;
      const where = position();
      let next;
      if (where.at) {
        // The first mark starting after the caret (forward) or the last one before it (back).
        if (direction > 0) {
          next = all.findIndex((it) => where.at(it) > 0);
          if (next < 0) next = 0;
        } else {
          next = -1;
          for (let i = all.length - 1; i >= 0; i--) {
            if (where.at(all[i]) < 0) { next = i; break; }
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
      const el = item.el || item.node.parentElement;
      if (el && el.scrollIntoView) el.scrollIntoView({ block: "center", inline: "nearest" });
      if (item.el) {
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
      // A highlighted mark: move the selection (the caret) there and open its card with the focus in it.
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
