/**
 * snapshot.js: reads a page's text into the Snapshot the Rust planner takes (src/page/snapshot.rs).
 *
 * Why it exists: the core is DOM-free, so something must turn a live document into plain data
 * without judging it. This file only describes: every non-whitespace text node in document order,
 * the block it sits in, and flags about its ancestors. Which text to mark is decided in Rust.
 *
 * Shared by the extension's content script and the demo page (www/), so it uses no extension API;
 * it attaches `NewsContext.snapshot.take(doc)` and `takeSliced(doc, options)` to the
 * `globalThis.NewsContext` namespace.
 *
 * What it walks: the rendered tree of the document: open shadow roots (their slots stand for the
 * light children assigned to them) and the documents of same-origin frames, where they stand.
 * Text the applier has split for its name marks is described as the page's original Text node
 * (`NewsContext.applier.sourceOf`), so taking a snapshot of an annotated page is safe.
 *
 * Cost: one pass over the nodes; an element's facts come from its tag and attributes and its
 * parent's facts in constant time, and only for elements with text below them. Style is read only
 * for elements that hold text, once each, with `checkVisibility()` (no style object is made).
 * `takeSliced` yields between slices.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});

  // ---------------------------------------------------------------- the tables
  // The same rules as the native reader of saved pages (src/page/html.rs): change both together.

  /** Elements whose subtree is never walked: none of their text is page prose. */
  const NEVER_WALK_TAGS = new Set([
    "script", "style", "noscript", "template", "textarea", "input", "select", "option", "svg",
    "math", "iframe", "object", "canvas", "head",
  ]);

  /** Elements whose text is taken (it is on the page) but must never be marked. */
  const SKIP_TEXT_TAGS = new Set(["code", "pre", "kbd", "samp", "button"]);

  /** Attributes whose mere presence makes an element's text skipped (editable or hidden text). */
  const SKIP_TEXT_ATTRS = ["contenteditable", "hidden"];

  /** Block-level elements: a text node belongs to the nearest of these. */
  const BLOCK_TAGS = new Set([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "figure", "td", "th",
    "dd", "dt", "pre", "div", "section", "article", "header", "footer", "aside", "nav", "main",
    "address", "caption", "summary", "details", "ul", "ol", "dl", "table", "form", "body",
  ]);

  const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
  /** Text inside these, when they have an href, is a link. */
  const LINK_TAGS = new Set(["a"]);
  const QUOTE_TAGS = new Set(["blockquote", "q"]);
  const CAPTION_TAGS = new Set(["figcaption", "caption"]);
  /** A block inside one of these, or inside `[itemprop~=articleBody]`, is in the article. */
  const ARTICLE_TAGS = new Set(["article", "main"]);
  const ARTICLE_ITEMPROP = "articlebody";

  /** Landmark elements, reported by tag name; landmark roles are reported as the tag they stand for. */
  const LANDMARK_TAGS = new Set(["nav", "header", "footer", "aside", "form", "menu", "dialog"]);
  const LANDMARK_ROLES = new Map([
    ["navigation", "nav"], ["banner", "header"], ["contentinfo", "footer"],
    ["complementary", "aside"], ["search", "form"], ["dialog", "dialog"],
  ]);

  /**
   * How many class/id words a block's `hints` keeps, nearest first, and how long each may be. The
   * planner reads at most its first `FURNITURE_HINT_WORDS` (6, src/page/article.rs): a word past
   * those would be written, copied to the background and parsed, and never read (with 12, hints
   * were nearly half of a corpus page's snapshot).
   */
  const MAX_HINT_WORDS = 6;
  const MAX_HINT_WORD_CHARS = 64;

  /** `<meta>` giving the publication date, by priority: property, then name, then itemprop. */
  const PUBLISHED_META_PROPERTIES = ["article:published_time"];
  const PUBLISHED_META_NAMES = ["date", "pubdate", "publishdate", "article.published", "dc.date", "dc.date.issued"];
  const PUBLISHED_META_ITEMPROPS = ["datepublished"];

  /** JSON-LD `@type`s whose `articleBody` is the article's text, and keys holding more objects. */
  const ARTICLE_LD_TYPES = new Set(["NewsArticle", "Article", "ReportageNews", "BlogPosting"]);
  const LD_NESTED_KEYS = ["@graph", "mainEntity"];

  /** The extension's own elements: their text is never marked again. */
  const OWN_TAGS = new Set(["nc-mark", "nc-card-host"]);

  /** Elements whose own children are never walked, but whose document is when same-origin. */
  const FRAME_TAGS = new Set(["iframe", "frame"]);
  /** The extension's card host: its shadow root is ours, never part of the page's text. */
  const OWN_HOST_TAG = "nc-card-host";
  /** The applier's name element, whose text pieces stand for the page's original Text node. */
  const OWN_MARK_TAG = "nc-mark";

  // ---------------------------------------------------------------- the table of slicing

  /** Nodes walked between two looks at the clock in a sliced snapshot. */
  const NODES_PER_CLOCK_CHECK = 64;
  /** A sliced snapshot's default budget per slice, in ms, when the caller names none. */
  const DEFAULT_SLICE_MS = 8;
  /** What `checkVisibility` checks: `display: none` here or above, and `visibility: hidden`. */
  const VISIBILITY_OPTIONS = Object.freeze({ visibilityProperty: true });

  // ---------------------------------------------------------------- element facts

  const tokens = (value) => (value ? value.split(/[\t\n\f\r ]+/).filter(Boolean) : []);

  /**
   * An element on the walk's path. Its facts (skip, heading, ...) are derived from its parent's
   * and its own tag and attributes only (no style is read), and only when a text node below it
   * needs them (`factsOf`): most elements of a page hold no text of their own (wrappers of
   * images, icons, empty containers), and the per-block facts (article, landmarks, hints) are
   * asked only for blocks that hold text. Each is computed once per element.
   */
  function entryOf(el, parent) {
    return {
      el, parent, next: null, list: null, i: 0, inShadow: false, known: false,
      skip: false, heading: false, link: false, quote: false, caption: false, blockFacts: null,
      inArticle: undefined, landmarks: undefined, words: undefined, hints: undefined, visible: undefined,
    };
  }

  /** The element's own facts, its parent's being known. */
  function learn(f) {
    const p = f.parent;
    const el = f.el;
    const tag = el.localName;
    // Most elements of an article have no attributes at all: then none is asked for.
    const any = el.hasAttributes();
    let skip = p.skip || SKIP_TEXT_TAGS.has(tag) || OWN_TAGS.has(tag);
    if (!skip && any) {
      const aria = el.getAttribute("aria-hidden");
      skip = SKIP_TEXT_ATTRS.some((a) => el.hasAttribute(a)) ||
        (aria !== null && aria.trim().toLowerCase() === "true");
    }
    f.skip = skip;
    f.heading = p.heading || HEADING_TAGS.has(tag);
    f.link = p.link || (any && LINK_TAGS.has(tag) && el.hasAttribute("href"));
    f.quote = p.quote || QUOTE_TAGS.has(tag);
    f.caption = p.caption || CAPTION_TAGS.has(tag);
    f.blockFacts = BLOCK_TAGS.has(tag) ? f : p.blockFacts;
    f.known = true;
  }

  /**
   * The facts of `f`, learnt from the nearest known ancestor down (no recursion: a page may nest
   * thousands of elements).
   */
  function factsOf(f) {
    if (f.known) return f;
    const path = [];
    for (let g = f; !g.known; g = g.parent) path.push(g);
    for (let i = path.length - 1; i >= 0; i--) learn(path[i]);
    return f;
  }

  /**
   * A per-element value inherited down the tree, computed on demand from the nearest ancestor
   * that has it (`f[key] !== undefined`), each element's from its parent's by `own(f, inherited)`.
   */
  function inherited(f, key, own) {
    if (f[key] !== undefined) return f[key];
    const path = [];
    let g = f;
    for (; g[key] === undefined; g = g.parent) path.push(g);
    let v = g[key];
    for (let i = path.length - 1; i >= 0; i--) {
      v = own(path[i], v);
      path[i][key] = v;
    }
    return v;
  }

  const ownInArticle = (f, above) => above || ARTICLE_TAGS.has(f.el.localName) ||
    tokens(f.el.getAttribute("itemprop")).some((t) => t.toLowerCase() === ARTICLE_ITEMPROP);

  /** The element's own landmark names (tag, then roles), then its ancestors', distinct. */
  function ownLandmarks(f, above) {
    const el = f.el;
    const tag = el.localName;
    const role = el.getAttribute("role");
    if (!role && !LANDMARK_TAGS.has(tag)) return above;
    const own = [];
    if (LANDMARK_TAGS.has(tag)) own.push(tag);
    for (const r of tokens(role)) {
      const name = LANDMARK_ROLES.get(r.toLowerCase());
      if (name && !own.includes(name)) own.push(name);
    }
    if (!own.length) return above;
    return [...own, ...above.filter((n) => !own.includes(n))];
  }

  /** The element's class and id words, then its ancestors', nearest first, at most MAX_HINT_WORDS. */
  function ownWords(f, above) {
    const el = f.el;
    const cls = el.getAttribute("class");
    const id = el.getAttribute("id");
    if (!cls && !id) return above;
    const own = [...tokens(cls), ...tokens(id)];
    if (!own.length) return above;
    return own.length >= MAX_HINT_WORDS ? own.slice(0, MAX_HINT_WORDS)
      : own.concat(above.slice(0, MAX_HINT_WORDS - own.length));
  }

  /** A word of a hint: at most MAX_HINT_WORD_CHARS characters (code points), lower-cased. */
  function hintWord(w) {
    return (w.length <= MAX_HINT_WORD_CHARS ? w : [...w].slice(0, MAX_HINT_WORD_CHARS).join("")).toLowerCase();
  }

  /** A block's hints: its and its ancestors' class and id words, nearest first, lower-cased. */
  function hintsOf(f) {
    if (f.hints === undefined) f.hints = inherited(f, "words", ownWords).map(hintWord).join(" ");
    return f.hints;
  }

  /**
   * Whether the element's own text is rendered: `checkVisibility` (no `display: none` here or above,
   * `visibility` visible), asked once per element that holds text. An element with
   * `display: contents` has no box of its own, so its parent decides. Without `checkVisibility`
   * (old browsers) the computed style is read instead.
   */
  function visibleOf(f) {
    if (f.visible !== undefined) return f.visible;
    const el = f.el;
    const view = el.ownerDocument.defaultView;
    let visible;
    if (typeof el.checkVisibility === "function") {
      visible = el.checkVisibility(VISIBILITY_OPTIONS);
      if (!visible && view && f.parent.el && view.getComputedStyle(el).display === "contents") {
        visible = visibleOf(f.parent);
      }
    } else if (view) {
      const style = view.getComputedStyle(el);
      visible = style.display !== "none" && style.visibility !== "hidden" && style.visibility !== "collapse" &&
        (!f.parent.el || displayedOf(f.parent, view));
    } else {
      visible = true;
    }
    f.visible = visible;
    return visible;
  }

  /** No `display: none` on the element or above (the fallback of `visibleOf`). */
  function displayedOf(f, view) {
    if (f.displayed === undefined) {
      f.displayed = view.getComputedStyle(f.el).display !== "none" && (!f.parent.el || displayedOf(f.parent, view));
    }
    return f.displayed;
  }

  const ROOT_FACTS = Object.freeze({
    el: null, parent: null, known: true, skip: false, heading: false, link: false, quote: false,
    caption: false, inArticle: false, landmarks: [], words: [], blockFacts: null,
  });

  // ---------------------------------------------------------------- page metadata

  /** The page's JSON-LD objects in document order: top-level objects, array members, and the
   * objects under `@graph` and `mainEntity`. Malformed JSON-LD (common) is ignored. */
  function jsonLdObjects(doc) {
    const out = [];
    for (const script of doc.querySelectorAll("script[type]")) {
      const type = (script.getAttribute("type") || "").split(";")[0].trim().toLowerCase();
      if (type !== "application/ld+json") continue;
      let data;
      try {
        data = JSON.parse((script.textContent || "").trim());
      } catch (_) {
        continue;
      }
      const todo = [data];
      while (todo.length) {
        const v = todo.shift();
        if (Array.isArray(v)) todo.unshift(...v);
        else if (v && typeof v === "object") {
          out.push(v);
          todo.unshift(...LD_NESTED_KEYS.map((k) => v[k]).filter((x) => x !== undefined));
        }
      }
    }
    return out;
  }

  /** A string value, or the first non-empty string of an array; trimmed; "" when none. */
  function ldString(v) {
    if (typeof v === "string") return v.trim();
    if (Array.isArray(v)) {
      const s = v.find((x) => typeof x === "string" && x.trim());
      return s ? s.trim() : "";
    }
    return "";
  }

  function ldIsArticle(o) {
    const types = Array.isArray(o["@type"]) ? o["@type"] : [o["@type"]];
    return types.some((t) => typeof t === "string" && ARTICLE_LD_TYPES.has(t.split(/[/:#]/).pop()));
  }

  /** The first non-empty `content` of a `<meta>` whose `attr` is one of `values` (any case). */
  function metaContent(doc, attr, values) {
    for (const meta of doc.querySelectorAll(`meta[${attr}]`)) {
      const v = (meta.getAttribute(attr) || "").trim().toLowerCase();
      if (!values.includes(v)) continue;
      const content = (meta.getAttribute("content") || "").trim();
      if (content) return content;
    }
    return "";
  }

  /** The publication date the page states: meta tags, JSON-LD, then a `<time datetime>`. */
  function publishedOf(doc, ld = jsonLdObjects(doc)) {
    const meta = metaContent(doc, "property", PUBLISHED_META_PROPERTIES) ||
      metaContent(doc, "name", PUBLISHED_META_NAMES) ||
      metaContent(doc, "itemprop", PUBLISHED_META_ITEMPROPS);
    if (meta) return meta;
    for (const o of ld) {
      const v = ldString(o.datePublished);
      if (v) return v;
    }
    const datetime = (sel) => {
      for (const t of doc.querySelectorAll(sel)) {
        const v = (t.getAttribute("datetime") || "").trim();
        if (v) return v;
      }
      return "";
    };
    return datetime("body article time[datetime]") || datetime("body time[datetime]");
  }

  function articleBodyOf(ld) {
    for (const o of ld) {
      if (!ldIsArticle(o)) continue;
      const v = ldString(o.articleBody);
      if (v) return v;
    }
    return "";
  }

  /** Today's local date as YYYY-MM-DD. */
  function todayOf(now = new Date()) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // ---------------------------------------------------------------- the walk

  const NON_SPACE = /\S/;

  /**
   * The entry of a document's `<body>` (below `<html>`, as html.rs does), under `outer`. The body
   * is the block of last resort, whatever its tag (a `<frameset>` too).
   */
  function bodyEntry(doc, outer) {
    const html = doc.documentElement;
    const body = doc.body;
    let f = outer;
    if (html && html !== body) f = entryOf(html, f);
    f = factsOf(entryOf(body, f));
    f.blockFacts = f;
    return f;
  }

  /**
   * A same-origin frame's document with a body, or null (cross-origin, not loaded, gone, or the
   * frame not rendered: `display: none` or `visibility: hidden`, as the hidden frames of ads and
   * trackers are, whose text is not on the page). A frame's element is looked at before its
   * document, which costs more (see the walk).
   */
  function frameDocument(frame) {
    if (typeof frame.checkVisibility === "function" && !frame.checkVisibility(VISIBILITY_OPTIONS)) return null;
    if (loadsOtherOrigin(frame)) return null;
    try {
      const d = frame.contentDocument;
      return d && d.body ? d : null;
    } catch (_) {
      return null;
    }
  }

  /**
   * Whether the frame loads a document of another origin (its `src` an http(s) address of another
   * origin, and no `srcdoc`): such a document is never readable, and while it loads the frame
   * holds an empty same-origin document whose mere reading would cost this world a script context
   * for the frame (news pages hold dozens of ad frames; on one corpus page this was most of the
   * snapshot's time).
   */
  function loadsOtherOrigin(frame) {
    if (frame.hasAttribute("srcdoc")) return false;
    const src = frame.src;
    if (typeof src !== "string" || !/^https?:/i.test(src)) return false;
    try {
      return new URL(src).origin !== new URL(frame.ownerDocument.URL).origin;
    } catch (_) {
      return false;
    }
  }

  /**
   * A walk over the page in document order, in the rendered (flat) tree: an element with an open
   * shadow root is walked through its shadow root, whose `<slot>`s stand for the light children
   * assigned to them; a same-origin frame's document is walked where the frame stands. Fills
   * `out`. `step(deadline)` walks until the walk is done (true) or `performance.now()` has passed
   * `deadline` (false; looked at every NODES_PER_CLOCK_CHECK nodes), so a caller can slice it.
   */
  function walker(doc, out) {
    if (!doc.body) return { step: () => true };
    const sourceOf = NC.applier && NC.applier.sourceOf;
    const seenRecords = new Set();
    const { blocks, nodes, entries } = out;
    // Each element whose children are walked is one entry: its place in the walk (`next`, or
    // `list` and `i` for a slot's assigned nodes; `inShadow`) and its facts, learnt when needed.
    const first = bodyEntry(doc, ROOT_FACTS);
    first.next = doc.body.firstChild;
    first.inShadow = false;
    const stack = [first];
    let prevBlock = null;
    let count = 0;
    const clock = global.performance;

    function step(deadline) {
      while (stack.length) {
        if (++count % NODES_PER_CLOCK_CHECK === 0 && clock.now() > deadline) return false;
        const top = stack[stack.length - 1];
        let n;
        if (top.list) n = top.i < top.list.length ? top.list[top.i++] : null;
        else if ((n = top.next)) top.next = n.nextSibling;
        if (!n) { stack.pop(); continue; }
        const type = n.nodeType;
        if (type === 1) {
          const tag = n.localName;
          if (NEVER_WALK_TAGS.has(tag) || tag === OWN_HOST_TAG) {
            if (!FRAME_TAGS.has(tag)) continue;
            const inner = frameDocument(n);
            if (inner) {
              const f = bodyEntry(inner, entryOf(n, top));
              f.next = inner.body.firstChild;
              f.inShadow = false;
              stack.push(f);
            }
            // Reaching into a frame's document may cost this world a new script context for the
            // frame (milliseconds each; news pages hold dozens of ad frames): look at the clock
            // after every frame, not every NODES_PER_CLOCK_CHECK nodes.
            if (clock.now() > deadline) return false;
            continue;
          }
          const shadow = n.shadowRoot; // open shadow roots only
          let f = null;
          if (shadow) {
            f = entryOf(n, top);
            f.next = shadow.firstChild;
            f.inShadow = true;
          } else if (tag === "slot" && top.inShadow) {
            f = entryOf(n, top);
            const assigned = n.assignedNodes();
            if (assigned.length) { f.list = assigned; f.i = 0; f.inShadow = false; }
            else { f.next = n.firstChild; f.inShadow = true; }
          } else if (n.firstChild) {
            f = entryOf(n, top);
            f.next = n.firstChild;
            f.inShadow = top.inShadow;
          }
          if (f) stack.push(f);
        } else if (type === 3) {
          let node = n;
          let f = top;
          const record = sourceOf ? sourceOf(n) : null;
          if (record) {
            // A piece of a node the applier split: describe the page's own node, once.
            if (seenRecords.has(record)) continue;
            seenRecords.add(record);
            node = record.original;
            if (f.el.localName === OWN_MARK_TAG) f = f.parent;
          }
          const text = node.data;
          if (!NON_SPACE.test(text)) continue;
          factsOf(f);
          const bf = f.blockFacts;
          if (bf !== prevBlock) {
            // Like a node's flags, a block's fields are written only when not empty or false.
            const block = { tag: bf.el.localName };
            const hints = hintsOf(bf);
            if (hints) block.hints = hints;
            if (inherited(bf, "inArticle", ownInArticle)) block.in_article = true;
            const landmarks = inherited(bf, "landmarks", ownLandmarks);
            if (landmarks.length) block.landmarks = landmarks.slice();
            blocks.push(block);
            prevBlock = bf;
          }
          nodes.push(node);
          // Only the flags that are true are written: absent means false (src/page/snapshot.rs).
          const entry = { text, block: blocks.length - 1 };
          if (f.heading) entry.heading = true;
          if (f.link) entry.link = true;
          if (f.quote) entry.quote = true;
          if (f.caption) entry.caption = true;
          if (f.skip || !visibleOf(f)) entry.skip = true;
          entries.push(entry);
        }
      }
      return true;
    }
    return { step };
  }

  /** The snapshot's page-level fields, around the walked blocks and nodes. */
  function finish(doc, options, out) {
    const html = doc.documentElement;
    const ld = jsonLdObjects(doc);
    const snapshot = {
      url: (doc.location && doc.location.href) || "",
      lang: ((html && html.getAttribute("lang")) || "").trim(),
      title: doc.title || "",
      published: options.published !== undefined ? String(options.published) : publishedOf(doc, ld),
      today: todayOf(),
      article_body_hint: articleBodyOf(ld),
      blocks: out.blocks,
      nodes: out.entries,
    };
    return { snapshot, nodes: out.nodes };
  }

  /**
   * Takes the snapshot of `doc` (default: the current document) at once.
   * Returns `{snapshot, nodes}`: `nodes[i]` is the live Text node described by `snapshot.nodes[i]`.
   * Options: `published` overrides the date found in the page (the demo's date field).
   */
  function take(doc = global.document, options = {}) {
    const out = { blocks: [], nodes: [], entries: [] };
    walker(doc, out).step(Infinity);
    return finish(doc, options, out);
  }

  /**
   * The same snapshot taken in slices of at most `options.sliceMs` (default 8 ms) of the page's main
   * thread, letting the page run between them. Resolves to `{snapshot, nodes}`, or to null when
   * `options.isCancelled()` turns true between slices. Nodes the page removes meanwhile stay in the
   * list; the applier skips what no longer fits.
   */
  async function takeSliced(doc = global.document, options = {}) {
    const out = { blocks: [], nodes: [], entries: [] };
    const budget = options.sliceMs || DEFAULT_SLICE_MS;
    // Even the first slice runs in a task of its own: the caller's task (for the content scripts,
    // the browser compiling and running all of them at document_idle) is not made longer by it.
    await nextTurn();
    if (options.isCancelled && options.isCancelled()) return null;
    const walk = walker(doc, out);
    while (!walk.step(global.performance.now() + budget)) {
      await nextTurn();
      if (options.isCancelled && options.isCancelled()) return null;
    }
    return finish(doc, options, out);
  }

  /**
   * Lets the page run (input, its own scripts and timers, painting) before the next slice: the
   * same yielding rule as drawing, `NewsContext.applier.nextTurn` (a 0 ms timer in a visible tab, a
   * message in a hidden one; why, there). applier.js is loaded right after this file wherever a
   * snapshot is taken (manifest, demo page, test fixtures, benchmark).
   */
  function nextTurn() {
    return NC.applier.nextTurn();
  }

  NC.snapshot = Object.freeze({ take, takeSliced, todayOf, frameDocument, publishedOf: (doc) => publishedOf(doc) });
})(globalThis);
