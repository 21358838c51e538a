/**
 * cards.js: the person cards and the legend, drawn in one shadow root outside the page's body.
 *
 * Why it exists: a card must be readable on any page without the page's CSS reaching it, and
 * without changing the page's text (`body.innerText`) or layout. So everything lives in one
 * `<nc-card-host>` appended to `<html>` (not `<body>`), position:fixed, with an open shadow root.
 *
 * Safety: every node is made with createElement + textContent; the only attribute taken from data is
 * a link's href, and only when it is an https Wikipedia article address (WIKIPEDIA_LINK).
 * Behaviour: a person's card opens on hover and on keyboard focus of its `<nc-mark>`; a claim's card
 * opens when the pointer rests on the claim's highlighted text (found with caretPositionFromPoint,
 * since highlights have no element), and so does a person's when the plan drew names as a
 * highlight too (a huge page: no `<nc-mark>`, see applier.js); a name wins over the claim around
 * it. Cards close on Escape, mouse leave and blur, and are placed below or above the word or line
 * (never over it), inside the viewport.
 * Keyboard: Enter on a focused name, or stepping to a mark (lib/navigator.js, attached here when
 * loaded), *pins* the card: it becomes a non-modal dialog holding the focus, so its link and its
 * "Hide" / "Wrong person" actions (lib/feedback.js, when loaded) can be reached with Tab; Escape
 * closes it and puts the focus back on the name (or leaves the selection on the claim).
 *
 * Shared by the content script and the demo page; no extension API here. UI strings (not card text,
 * which comes from the plan) can be passed in `options.strings`, e.g. from chrome.i18n.
 * Exposes `NewsContext.cards.mount(plan, handle, options) -> {destroy(), open(el), close()}`.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});

  const HOST_TAG = "nc-card-host";
  const CARD_ID = "nc-card";
  /** Focusable elements whose name marks take no focus themselves (see applier.js). */
  const FOCUS_CONTAINERS = "a[href], button, summary, label";
  const WIKIPEDIA_LINK = /^https:\/\/[a-z]{2,3}\.wikipedia\.org\/wiki\/[^\s]+$/;
  /** Gap between the word and the card, and between the card and the viewport's edge (px). */
  const GAP = 6;
  const MARGIN = 8;
  /** How long the card waits before closing after the pointer leaves, so it can be reached (ms). */
  const CLOSE_DELAY = 200;
  /** Room (px) needed above or below a whole claim to place its pinned card there; else the card
   * goes next to the claim's first line. */
  const PINNED_ROOM = 160;

  const DEFAULT_STRINGS = Object.freeze({
    actionHide: "Hide",
    actionWrong: "Wrong person",
    actionsLabel: "Your feedback",
    actionDone: "Hidden. The page is marked again without it.",
    legendTitle: "News Context",
    legendLabel: "News Context legend",
    legendHide: "Hide",
    legendShow: "Legend",
    people: "Person (hover or focus for a card)",
    rolesAsOf: "Roles as of $DATE$",
    dateFromPage: "the article's date",
    dateToday: "today",
    wikipedia: "Wikipedia article",
  });

  function buildCss(styles) {
    const swatches = styles.KINDS.map((k) =>
      `.sw-${k.kind} { text-decoration: underline ${k.line} ${k.color} 2px; text-underline-offset: 3px; }`,
    ).join("\n");
    return `
:host { all: initial; }
* { box-sizing: border-box; }
.card, .legend {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1b1b; background: #ffffff; border: 1px solid #8a8a8a; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); pointer-events: auto;
}
.card { position: fixed; top: 0; left: 0; max-width: min(22rem, calc(100vw - 16px));
  padding: 10px 12px; overflow: auto; }
.card[hidden], .legend-body[hidden] { display: none; }
.card:focus { outline: none; }
.card:focus-visible, .card.pinned { outline: 2px solid #0072B2; outline-offset: 1px; }
.nc-card-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.nc-card-actions button { font: inherit; font-size: 13px; color: inherit; background: #efefef;
  border: 1px solid #8a8a8a; border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.nc-card-actions button:focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
.nc-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.nc-card-heading { margin: 0; font-size: 16px; font-weight: 700; }
.nc-card-sub { margin: 0 0 6px; color: #4a4a4a; }
.nc-card-lines { margin: 6px 0; display: grid; grid-template-columns: auto 1fr; gap: 2px 10px; }
.nc-card-lines dt { font-weight: 600; color: #3a3a3a; }
.nc-card-lines dd { margin: 0; }
.nc-card-note { margin: 6px 0 0; font-size: 12px; color: #4a4a4a; }
.nc-card-link { display: inline-block; margin-top: 6px; color: #0059a0; }
.legend { position: fixed; right: 12px; bottom: 12px; padding: 8px 10px; max-width: 18rem; }
.legend-head { display: flex; align-items: center; gap: 10px; justify-content: space-between; }
.legend-title { font-weight: 700; }
.legend button { font: inherit; color: inherit; background: #efefef; border: 1px solid #8a8a8a;
  border-radius: 4px; padding: 1px 8px; cursor: pointer; }
.legend button:focus-visible, .nc-card-link:focus-visible { outline: 2px solid #0072B2; outline-offset: 2px; }
.legend ul { list-style: none; margin: 6px 0 0; padding: 0; }
.legend li { display: flex; gap: 8px; justify-content: space-between; padding: 1px 0; }
.legend .count { font-variant-numeric: tabular-nums; font-weight: 600; }
.legend-date { margin: 6px 0 0; font-size: 12px; color: #4a4a4a; }
.sw-name { border-bottom: 2px solid ${styles.NAME.color}; background: rgba(0, 114, 178, 0.10); }
${swatches}
@media (prefers-color-scheme: dark) {
  .card, .legend { color: #f0f0f0; background: #1e1e1e; border-color: #9a9a9a; }
  .nc-card-sub, .nc-card-note, .legend-date { color: #c8c8c8; }
  .nc-card-lines dt { color: #dedede; }
  .nc-card-link { color: #8cc8ff; }
  .legend button, .nc-card-actions button { background: #333333; border-color: #9a9a9a; }
  .sw-name { border-bottom-color: ${styles.NAME.colorDark}; }
  .card:focus-visible, .card.pinned { outline-color: #56B4E9; }
}
@media (forced-colors: active) {
  .card, .legend { color: CanvasText; background: Canvas; border: 1px solid CanvasText; box-shadow: none; }
  .nc-card-sub, .nc-card-note, .legend-date, .nc-card-lines dt { color: CanvasText; }
  .nc-card-link { color: LinkText; }
  .legend button, .nc-card-actions button { color: ButtonText; background: ButtonFace; border-color: ButtonText; }
  .card:focus-visible, .card.pinned, .legend button:focus-visible, .nc-card-actions button:focus-visible,
  .nc-card-link:focus-visible { outline-color: Highlight; }
  .sw-name { border-bottom-color: LinkText; background: transparent; }
}`;
  }

  /** Builds an element with optional class and text, never parsing markup. */
  function make(doc, tag, className, text) {
    const el = doc.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null && text !== "") el.textContent = String(text);
    return el;
  }

  /** Adds styles to the shadow root: a constructed sheet, or (if that is refused) a style element
   * inside our own shadow root, which is not part of the page. */
  function adoptStyles(doc, root, css) {
    const view = doc.defaultView || global;
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      return;
    } catch (_) { /* fall through */ }
    root.appendChild(make(doc, "style", "", css));
  }

  /**
   * Fills `card` with the plan's card `c`: heading, subheading, labelled lines, note, link, and the
   * reader's actions when `act(action)` is given (person cards also get "Wrong person").
   */
  function fillCard(doc, card, c, strings, act) {
    card.replaceChildren();
    const heading = make(doc, "p", "nc-card-heading", c.heading);
    heading.id = `${CARD_ID}-heading`;
    card.appendChild(heading);
    if (c.subheading) {
      const sub = make(doc, "p", "nc-card-sub", c.subheading);
      sub.id = `${CARD_ID}-sub`;
      card.appendChild(sub);
    }
    const lines = Array.isArray(c.lines) ? c.lines.filter((l) => l && (l.label || l.value)) : [];
    if (lines.length) {
      const dl = make(doc, "dl", "nc-card-lines");
      for (const l of lines) {
        const label = (strings.lineLabels && typeof l.key === "string" && strings.lineLabels[l.key]) || l.label;
        const dt = make(doc, "dt", "", label);
        const dd = make(doc, "dd", "", l.value);
        if (typeof l.key === "string") dd.dataset.key = l.key;
        dl.append(dt, dd);
      }
      card.appendChild(dl);
    }
    if (c.note) card.appendChild(make(doc, "p", "nc-card-note", c.note));
    if (typeof c.link === "string" && WIKIPEDIA_LINK.test(c.link)) {
      const a = make(doc, "a", "nc-card-link", strings.wikipedia);
      a.href = c.link;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.referrerPolicy = "no-referrer";
      card.appendChild(a);
    }
    if (typeof act === "function") {
      const row = make(doc, "div", "nc-card-actions");
      row.setAttribute("role", "group");
      row.setAttribute("aria-label", strings.actionsLabel);
      const button = (text, action) => {
        const b = make(doc, "button", "", text);
        b.type = "button";
        b.dataset.action = action;
        b.addEventListener("click", (e) => { e.stopPropagation(); act(action); });
        row.appendChild(b);
      };
      button(strings.actionHide, "hide");
      if (c.kind === "person") button(strings.actionWrong, "wrong");
      card.appendChild(row);
    }
  }

  /** The box a name's card is placed against: the first line box of its mark. */
  function anchorOf(el) {
    const rects = el.getClientRects();
    return rects.length ? rects[0] : el.getBoundingClientRect();
  }

  /** Places `card` next to the box `r`: below it, or above when below does not fit; never over it. */
  function position(doc, card, r) {
    const view = doc.defaultView;
    const vw = doc.documentElement.clientWidth || view.innerWidth;
    const vh = doc.documentElement.clientHeight || view.innerHeight;
    card.style.maxHeight = "";
    const below = vh - r.bottom - GAP - MARGIN;
    const above = r.top - GAP - MARGIN;
    let h = card.offsetHeight;
    const w = card.offsetWidth;
    let top;
    if (h <= below || (h > above && below >= above)) {
      if (h > below) { card.style.maxHeight = `${Math.max(below, 40)}px`; h = Math.max(below, 40); }
      top = r.bottom + GAP;
    } else {
      if (h > above) { card.style.maxHeight = `${Math.max(above, 40)}px`; h = Math.max(above, 40); }
      top = r.top - GAP - h;
    }
    const left = Math.min(Math.max(r.left, MARGIN), Math.max(MARGIN, vw - w - MARGIN));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
  }

  function uniqueId(prefix) {
    const n = Math.floor(Math.random() * 0x7fffffff).toString(36);
    return `${prefix}-${n}`;
  }

  /**
   * Mounts the cards for `handle.names` and the legend for `plan.summary`.
   * Options: `document`, `strings` (UI wording), `legend` (default true), `legendCollapsed`, and
   * `onLegendToggle(collapsed)`, called when the reader collapses or expands the legend.
   */
  function mount(plan, handle, options = {}) {
    const doc = options.document || global.document;
    const local = typeof NC.localStrings === "function" ? NC.localStrings() : {};
    const strings = Object.assign({}, DEFAULT_STRINGS, local, options.strings || {});
    if (local.lineLabels && !(options.strings && options.strings.lineLabels)) strings.lineLabels = local.lineLabels;
    const feedback = options.feedback !== undefined ? options.feedback : NC.feedback || null;
    const styles = NC.styles;
    const cards = (plan && Array.isArray(plan.cards)) ? plan.cards : [];
    // The applier's lookup also knows the marks a lazy drawing adds later; a plain handle has a list.
    const listed = new WeakMap();
    for (const n of typeof handle.markOf === "function" ? [] : handle.names || []) listed.set(n.el, n.mark);
    const markOf = typeof handle.markOf === "function"
      ? { get: (el) => handle.markOf(el) || undefined, has: (el) => !!handle.markOf(el) }
      : listed;

    const host = doc.createElement(HOST_TAG);
    host.id = uniqueId("nc-card-host");
    host.style.setProperty("position", "fixed", "important");
    host.style.setProperty("top", "0", "important");
    host.style.setProperty("left", "0", "important");
    host.style.setProperty("width", "0", "important");
    host.style.setProperty("height", "0", "important");
    host.style.setProperty("z-index", "2147483647", "important");
    // `referenceTarget` makes `aria-describedby="<host id>"` on a mark resolve to the card inside the
    // shadow root (IDs cannot cross it otherwise). Browsers without it ignore the option, and the
    // description is then the host's whole text: the card, then the legend.
    const root = host.attachShadow({ mode: "open", referenceTarget: CARD_ID });
    adoptStyles(doc, root, buildCss(styles));

    const card = make(doc, "div", "card");
    card.id = CARD_ID;
    card.setAttribute("role", "tooltip");
    card.hidden = true;
    root.appendChild(card);
    // Says what happened after an action (the card is gone by then).
    const announcer = make(doc, "div", "nc-visually-hidden");
    announcer.setAttribute("role", "status");
    root.appendChild(announcer);

    let legend = null;
    if (options.legend !== false && plan && plan.summary) {
      legend = buildLegend(doc, plan, strings, styles, !!options.legendCollapsed, options.onLegendToggle);
      root.appendChild(legend);
    }
    doc.documentElement.appendChild(host);

    const claims = Array.isArray(handle.claims) ? handle.claims : [];
    let openEl = null; // the name mark whose card is open
    let describedEl = null; // the element the open card describes (the mark, or its link)
    let describedPrev = null; // that element's own aria-describedby, restored exactly on close
    // The highlighted mark ({range, mark}: a claim, or a name drawn as a highlight) whose card is open.
    let openClaim = null;
    let pinnedItem = null; // the navigator's item (or {kind, el, mark}) whose card is pinned
    let closeTimer = 0;
    let dismissedEl = null; // closed with Escape: stays closed until the pointer leaves it
    let dismissedClaim = null;
    let returning = null; // the mark the focus is being put back on after a pinned card: no card for it
    let movePending = false;

    const cancelClose = () => { if (closeTimer) { clearTimeout(closeTimer); closeTimer = 0; } };
    const scheduleClose = () => { cancelClose(); closeTimer = setTimeout(close, CLOSE_DELAY); };

    /** What the card's actions do for `mark`: remember the choice; the page is then drawn again. */
    function actionsFor(mark) {
      if (!feedback || !mark || typeof mark.fb !== "string") return null;
      return (action) => {
        announcer.textContent = strings.actionDone;
        feedback.record(mark, action).catch((e) => {
          announcer.textContent = String((e && e.message) || e);
        });
      };
    }

    /** Shows the plan's card for `mark` next to `anchor` (a DOMRect). */
    function show(mark, anchor) {
      const c = mark && cards[mark.card];
      if (!c) return false;
      fillCard(doc, card, c, strings, actionsFor(mark));
      card.dataset.card = String(mark.card);
      card.dataset.kind = mark.kind;
      card.hidden = false;
      position(doc, card, anchor);
      return true;
    }

    /**
     * Opens the card of the name mark `el`. The card describes `describes`: the mark itself, or the
     * focused link or control the mark sits in.
     */
    function open(el, describes = el) {
      cancelClose();
      const mark = markOf.get(el);
      if (!mark || !cards[mark.card]) return;
      if (describedEl !== describes) {
        undescribe();
        // A page's own link may have a description already: add ours to it, and put it back after.
        describedPrev = describes.getAttribute("aria-describedby");
        describedEl = describes;
        describes.setAttribute("aria-describedby", describedPrev ? `${describedPrev} ${host.id}` : host.id);
      }
      openClaim = null;
      openEl = el;
      show(mark, anchorOf(el));
    }

    function undescribe() {
      if (!describedEl) return;
      if (describedPrev === null) describedEl.removeAttribute("aria-describedby");
      else describedEl.setAttribute("aria-describedby", describedPrev);
      describedEl = null;
      describedPrev = null;
    }

    /** Opens the card of the highlighted mark under the pointer (`hit`: {claim, rect}, from claimAt). */
    function openClaimCard(hit) {
      cancelClose();
      if (openEl) close();
      if (show(hit.claim.mark, hit.rect)) openClaim = hit.claim;
    }

    function close() {
      cancelClose();
      if (!openEl && !openClaim && !pinnedItem) return;
      undescribe();
      openEl = null;
      openClaim = null;
      unpin();
      card.hidden = true;
      card.replaceChildren();
    }

    function unpin() {
      if (!pinnedItem) return;
      pinnedItem = null;
      card.classList.remove("pinned");
      card.setAttribute("role", "tooltip");
      for (const a of ["tabindex", "aria-labelledby", "aria-describedby", "aria-label"]) card.removeAttribute(a);
    }

    /** The box a pinned claim's card is placed against: the whole claim when there is room above
     * or below it, else its first line. */
    function claimAnchor(range) {
      const box = range.getBoundingClientRect();
      const vh = doc.documentElement.clientHeight || view.innerHeight;
      if (Math.max(box.top, vh - box.bottom) >= PINNED_ROOM) return box;
      const rects = range.getClientRects();
      return rects.length ? rects[0] : box;
    }

    /**
     * Opens the card of `item` as a dialog that holds the focus, so its link and actions are
     * reachable with the keyboard: a mark drawn as an element (`{kind: "name", el, mark}`), or one
     * drawn as a highlight (`{kind: "claim" or "name", range, mark}`, no `el`).
     */
    function pin(item) {
      cancelClose();
      const mark = item && item.mark;
      if (!mark || !cards[mark.card]) return false;
      undescribe();
      openEl = item.el || null;
      openClaim = item.el ? null : (item.claim || { range: item.range, mark });
      const anchor = item.el ? anchorOf(item.el) : claimAnchor(item.range);
      if (!show(mark, anchor)) return false;
      pinnedItem = item;
      card.classList.add("pinned");
      card.setAttribute("role", "dialog");
      card.setAttribute("tabindex", "-1");
      card.setAttribute("aria-labelledby", `${CARD_ID}-heading`);
      if (cards[mark.card].subheading) card.setAttribute("aria-describedby", `${CARD_ID}-sub`);
      card.focus({ preventScroll: true });
      return true;
    }

    /** Escape or Tab out of a pinned card: close it and put the reader back at its mark. */
    function leavePinned(restoreFocus) {
      const item = pinnedItem;
      close();
      if (restoreFocus && item && item.el) {
        const target = item.el.hasAttribute("tabindex") ? item.el : item.el.closest(FOCUS_CONTAINERS);
        if (target && target.focus) {
          dismissedEl = item.el;
          returning = item.el;
          target.focus({ preventScroll: true });
          returning = null;
        }
      }
    }

    /** The element an event happened on, inside open shadow roots too (`e.target` is their host). */
    const targetOf = (e) => (typeof e.composedPath === "function" && e.composedPath()[0]) || e.target;

    const markFrom = (target) => {
      const el = target && target.closest ? target.closest(styles.MARK_TAG) : null;
      return el && markOf.has(el) ? el : null;
    };

    /** The first name mark inside a focused link or control (such marks take no focus themselves). */
    const markInside = (target) => {
      if (!target || target === host || !target.matches || !target.matches(FOCUS_CONTAINERS)) return null;
      for (const el of target.querySelectorAll(styles.MARK_TAG)) if (markOf.has(el)) return el;
      return null;
    };

    /**
     * The highlighted mark under the pointer and the line box it is in, or null: a name drawn as a
     * highlight first (it sits inside claims), else a claim.
     */
    function claimAt(x, y) {
      let node = null;
      let offset = 0;
      if (doc.caretPositionFromPoint) {
        const p = doc.caretPositionFromPoint(x, y);
        if (p) { node = p.offsetNode; offset = p.offset; }
      } else if (doc.caretRangeFromPoint) {
        const r = doc.caretRangeFromPoint(x, y);
        if (r) { node = r.startContainer; offset = r.startOffset; }
      }
      if (!node) return null;
      // The applier indexes its claims by text node; only the few under the pointer get a live Range.
      const names = typeof handle.namesAt === "function" ? handle.namesAt(node, offset) : [];
      const near = typeof handle.claimsAt === "function" ? [...names, ...handle.claimsAt(node, offset)] : claims;
      for (const claim of near) {
        let inside = near !== claims;
        if (!inside) {
          try { inside = claim.range.isPointInRange(node, offset); } catch (_) { inside = false; }
        }
        if (!inside) continue;
        for (const rect of claim.range.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { claim, rect };
        }
      }
      return null;
    }

    /** Pointer moved over page text: open, keep or close a highlighted mark's card (`<nc-mark>` names have their own events). */
    function pointerAt(x, y, target) {
      if (pinnedItem || target === host || markFrom(target)) return;
      const hit = claimAt(x, y);
      if (dismissedClaim && (!hit || hit.claim !== dismissedClaim)) dismissedClaim = null;
      if (hit && hit.claim === dismissedClaim) return;
      if (hit && hit.claim === openClaim) cancelClose();
      else if (hit && !openEl) openClaimCard(hit);
      else if (!hit && openClaim) scheduleClose();
    }

    const listeners = {
      mouseover(e) {
        if (pinnedItem) return;
        const el = markFrom(targetOf(e));
        if (el) { if (el !== dismissedEl) open(el); } else if (e.target === host) cancelClose();
      },
      mouseout(e) {
        if (pinnedItem) return;
        const el = markFrom(targetOf(e));
        if (el && !el.contains(e.relatedTarget)) {
          if (el === dismissedEl) dismissedEl = null;
          if (openEl === el && e.relatedTarget !== host) scheduleClose();
        } else if (e.target === host && (openEl || openClaim) && !markFrom(e.relatedTarget)) {
          scheduleClose();
        }
      },
      mousemove(e) {
        if (movePending) return;
        movePending = true;
        const { clientX, clientY, target } = e;
        view.requestAnimationFrame(() => { movePending = false; if (!destroyed) pointerAt(clientX, clientY, target); });
      },
      focusin(e) {
        const el = markFrom(targetOf(e));
        const inside = el ? null : markInside(e.target);
        if ((el || inside) === returning && returning) return;
        if (el || inside) { dismissedEl = null; open(el || inside, el || e.target); }
      },
      focusout(e) {
        if (pinnedItem) return; // the pinned card's own focus handling decides
        const el = markFrom(targetOf(e)) || markInside(e.target);
        if (el && openEl === el && e.relatedTarget !== host) close();
      },
      cardFocusout(e) {
        // Focus left the pinned card for the page (Tab past its last control, a click elsewhere).
        if (pinnedItem && !(e.relatedTarget && root.contains(e.relatedTarget))) leavePinned(false);
      },
      keydown(e) {
        if (e.key === "Enter" && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          const el = markFrom(targetOf(e));
          if (el && el === openEl && !pinnedItem) {
            e.preventDefault();
            pin({ kind: "name", el, mark: markOf.get(el) });
          }
          return;
        }
        if (e.key !== "Escape") return;
        if (pinnedItem) { e.preventDefault(); leavePinned(true); return; }
        if (openEl) { dismissedEl = openEl; close(); } else if (openClaim) { dismissedClaim = openClaim; close(); }
      },
      reposition() {
        if (pinnedItem && !pinnedItem.el) position(doc, card, claimAnchor(pinnedItem.range));
        else if (openEl) position(doc, card, anchorOf(openEl));
        else if (openClaim) close(); // the pointer is no longer where the claim was
      },
    };
    const view = doc.defaultView;
    card.addEventListener("mouseenter", cancelClose);
    card.addEventListener("mouseleave", () => { if (!pinnedItem) scheduleClose(); });
    card.addEventListener("focusout", listeners.cardFocusout);
    doc.addEventListener("mouseover", listeners.mouseover, true);
    doc.addEventListener("mouseout", listeners.mouseout, true);
    if (claims.length || handle.lazy || handle.namesAsHighlights) doc.addEventListener("mousemove", listeners.mousemove, { capture: true, passive: true });
    doc.addEventListener("focusin", listeners.focusin, true);
    doc.addEventListener("focusout", listeners.focusout, true);
    doc.addEventListener("keydown", listeners.keydown, true);
    view.addEventListener("scroll", listeners.reposition, { capture: true, passive: true });
    view.addEventListener("resize", listeners.reposition, { passive: true });

    let destroyed = false;
    let navigator = null;
    const controller = {
      host,
      open,
      close,
      pin,
      /** The item whose card is pinned, or null. */
      pinned: () => pinnedItem,
      /** Removes the host, every listener and every attribute the cards added. */
      destroy() {
        if (destroyed) return;
        destroyed = true;
        if (navigator) navigator.destroy();
        close();
        doc.removeEventListener("mouseover", listeners.mouseover, true);
        doc.removeEventListener("mouseout", listeners.mouseout, true);
        doc.removeEventListener("mousemove", listeners.mousemove, { capture: true });
        doc.removeEventListener("focusin", listeners.focusin, true);
        doc.removeEventListener("focusout", listeners.focusout, true);
        doc.removeEventListener("keydown", listeners.keydown, true);
        view.removeEventListener("scroll", listeners.reposition, { capture: true });
        view.removeEventListener("resize", listeners.reposition);
        host.remove();
      },
    };
    if (NC.navigator && options.navigator !== false) navigator = NC.navigator.attach(handle, controller, { document: doc });
    controller.navigator = navigator;
    return controller;
  }

  /** The legend: each claim kind and names, with counts from `plan.summary`, collapsible. */
  function buildLegend(doc, plan, strings, styles, collapsed, onToggle) {
    const s = plan.summary || {};
    const section = make(doc, "section", "legend");
    section.setAttribute("aria-label", strings.legendLabel);
    const head = make(doc, "div", "legend-head");
    head.appendChild(make(doc, "span", "legend-title", strings.legendTitle));
    const button = make(doc, "button", "legend-toggle");
    button.type = "button";
    const body = make(doc, "div", "legend-body");
    body.id = "nc-legend-body";
    button.setAttribute("aria-controls", body.id);
    const setCollapsed = (c) => {
      body.hidden = c;
      button.setAttribute("aria-expanded", String(!c));
      button.textContent = c ? strings.legendShow : strings.legendHide;
    };
    button.addEventListener("click", () => {
      setCollapsed(!body.hidden);
      if (typeof onToggle === "function") onToggle(body.hidden);
    });
    head.appendChild(button);
    section.appendChild(head);

    const ul = make(doc, "ul");
    const row = (swatchClass, label, count, kind) => {
      const li = make(doc, "li");
      li.dataset.kind = kind;
      li.appendChild(make(doc, "span", swatchClass, label));
      li.appendChild(make(doc, "span", "count", String(count)));
      ul.appendChild(li);
    };
    for (const k of styles.KINDS) {
      const n = Number.isInteger(s[k.summary]) ? s[k.summary] : 0;
      row(`sw-${k.kind}`, (strings.kindLabels && strings.kindLabels[k.kind]) || k.label, n, k.kind);
    }
    row("sw-name", strings.people, Array.isArray(s.people) ? s.people.length : 0, "name");
    body.appendChild(ul);
    if (plan.date) {
      const source = plan.date_source === "page" ? strings.dateFromPage : strings.dateToday;
      body.appendChild(make(doc, "p", "legend-date",
        `${strings.rolesAsOf.replace("$DATE$", plan.date)} (${source})`));
    }
    section.appendChild(body);
    setCollapsed(collapsed);
    return section;
  }

  NC.cards = Object.freeze({ mount, WIKIPEDIA_LINK, HOST_TAG });
})(globalThis);
