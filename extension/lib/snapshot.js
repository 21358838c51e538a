/**
 * snapshot.js: reads a page's text into the Snapshot the Rust planner takes (src/page/snapshot.rs).
 *
 * Why it exists: the core is DOM-free, so something must turn a live document into plain data
 * without judging it. This file only describes: every non-whitespace text node in document order,
 * the block it sits in, and flags about its ancestors. Which text to mark is decided in Rust.
 *
 * Shared by the extension's content script and the demo page (www/), so it uses no extension API;
 * it attaches `NewsContext.snapshot.take(doc)` to the `globalThis.NewsContext` namespace.
 *
 * Cost: one TreeWalker pass; each element's facts (and its computed style) are computed once and
 * cached, so a node's flags are derived from its parent's in constant time.
 */
(function (global) {
  "use strict";
  const NC = (global.NewsContext = global.NewsContext || {});

  // ---------------------------------------------------------------- the tables

  /** Elements whose text is never rendered as prose: their text nodes are kept but marked `skip`. */
  const SKIP_TAGS = new Set([
    "script", "style", "noscript", "template", "textarea", "input", "select", "option",
    "code", "pre", "kbd", "samp", "svg", "math", "iframe", "object", "canvas",
  ]);

  /** Block-level elements: a text node belongs to the nearest of these. */
  const BLOCK_TAGS = new Set([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "blockquote",
    "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
    "pre", "div", "section", "article", "header", "footer", "aside", "nav", "main", "address",
    "summary", "details", "form", "fieldset", "legend", "menu", "dialog", "hgroup", "search",
    "center", "body",
  ]);

  const HEADING_TAGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
  const QUOTE_TAGS = new Set(["blockquote", "q"]);
  const CAPTION_TAGS = new Set(["figcaption", "caption"]);

  /** Ancestors that rule text out of an article, by tag name and by ARIA role. */
  const LANDMARK_TAGS = new Set(["nav", "header", "footer", "aside", "form", "menu", "dialog"]);
  const LANDMARK_ROLES = new Set([
    "navigation", "banner", "contentinfo", "complementary", "search", "form", "menu", "dialog",
  ]);

  /** How many class/id words a block's `hints` keeps, nearest first. */
  const MAX_HINT_WORDS = 12;

  /** The extension's own elements: never part of the page's text. */
  const OWN_TAGS = new Set(["nc-mark", "nc-card-host"]);

  // ---------------------------------------------------------------- element facts

  /**
   * Facts about one element, derived from its parent's facts and its own attributes.
   * `hidden` covers the subtree (hidden attribute, aria-hidden, display:none); `invisible` is the
   * element's own computed visibility, which children may override.
   */
  function factsOf(el, parentFacts, view) {
    const tag = el.localName;
    const f = {
      skip: parentFacts.skip || SKIP_TAGS.has(tag) || OWN_TAGS.has(tag) || isEditable(el),
      hidden: parentFacts.hidden,
      invisible: false,
      heading: parentFacts.heading || HEADING_TAGS.has(tag),
      link: parentFacts.link || tag === "a",
      quote: parentFacts.quote || QUOTE_TAGS.has(tag),
      caption: parentFacts.caption || CAPTION_TAGS.has(tag),
      inArticle:
        parentFacts.inArticle || tag === "article" || tag === "main" ||
        el.getAttribute("itemprop") === "articleBody",
      landmarks: parentFacts.landmarks,
      words: parentFacts.words,
      block: BLOCK_TAGS.has(tag) ? el : parentFacts.block,
    };
    if (!f.hidden) {
      if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") {
        f.hidden = true;
      } else if (view) {
        const style = view.getComputedStyle(el);
        if (style.display === "none") f.hidden = true;
        else if (style.visibility === "hidden" || style.visibility === "collapse") f.invisible = true;
      }
    }
    const landmark = landmarkOf(el, tag);
    if (landmark && !f.landmarks.includes(landmark)) f.landmarks = [landmark, ...f.landmarks];
    const own = ownWords(el);
    if (own.length) f.words = [...own, ...f.words];
    return f;
  }

  function isEditable(el) {
    const v = el.getAttribute("contenteditable");
    return v !== null && v !== "false";
  }

  function landmarkOf(el, tag) {
    if (LANDMARK_TAGS.has(tag)) return tag;
    const role = (el.getAttribute("role") || "").trim().toLowerCase();
    return LANDMARK_ROLES.has(role) ? role : "";
  }

  /** The element's own class and id words, lower-cased, in attribute order. */
  function ownWords(el) {
    const out = [];
    const cls = typeof el.className === "string" ? el.className : el.getAttribute("class") || "";
    for (const w of cls.split(/\s+/)) if (w) out.push(w.toLowerCase());
    const id = el.id;
    if (id) for (const w of id.split(/\s+/)) if (w) out.push(w.toLowerCase());
    return out;
  }

  /** Nearest-first, de-duplicated, capped hint words for a block: its own words and its ancestors'. */
  function hintsOf(words) {
    const seen = new Set();
    const out = [];
    for (const w of words) {
      if (seen.has(w)) continue;
      seen.add(w);
      out.push(w);
      if (out.length >= MAX_HINT_WORDS) break;
    }
    return out.join(" ");
  }

  const ROOT_FACTS = Object.freeze({
    skip: false, hidden: false, invisible: false, heading: false, link: false, quote: false,
    caption: false, inArticle: false, landmarks: [], words: [], block: null,
  });

  // ---------------------------------------------------------------- page metadata

  /** Every object in a JSON-LD value, depth first (arrays, `@graph`, nested objects). */
  function* jsonLdObjects(value, depth = 0) {
    if (depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) yield* jsonLdObjects(v, depth + 1);
      return;
    }
    yield value;
    for (const key of Object.keys(value)) yield* jsonLdObjects(value[key], depth + 1);
  }

  /** The first string value of `key` found in the page's JSON-LD scripts, or "". */
  function jsonLdField(doc, key) {
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data;
      try {
        data = JSON.parse(script.textContent || "");
      } catch (_) {
        continue; // malformed JSON-LD is common; ignore it
      }
      for (const obj of jsonLdObjects(data)) {
        const v = obj[key];
        if (typeof v === "string" && v.trim()) return v.trim();
      }
    }
    return "";
  }

  function publishedOf(doc) {
    const meta = doc.querySelector('meta[property="article:published_time"]');
    const fromMeta = meta && (meta.getAttribute("content") || "").trim();
    if (fromMeta) return fromMeta;
    const fromLd = jsonLdField(doc, "datePublished");
    if (fromLd) return fromLd;
    const time = doc.querySelector("article time[datetime]");
    return time ? (time.getAttribute("datetime") || "").trim() : "";
  }

  /** Today's local date as YYYY-MM-DD. */
  function todayOf(now = new Date()) {
    const pad = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  }

  // ---------------------------------------------------------------- the walk

  /**
   * Takes the snapshot of `doc` (default: the current document).
   * Returns `{snapshot, nodes}`: `nodes[i]` is the live Text node described by `snapshot.nodes[i]`.
   * Options: `published` overrides the date found in the page (the demo's date field).
   */
  function take(doc = global.document, options = {}) {
    const view = doc.defaultView;
    const blocks = [];
    const blockIndex = new Map();
    const facts = new Map();
    const nodes = [];
    const entries = [];
    const body = doc.body;

    const factsFor = (el) => {
      let f = facts.get(el);
      if (f) return f;
      const parent = el.parentElement;
      const parentFacts = parent && el !== body ? factsFor(parent) : ROOT_FACTS;
      f = factsOf(el, parentFacts, view);
      facts.set(el, f);
      return f;
    };

    if (body) {
      const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        if (!/\S/.test(text)) continue;
        const parent = node.parentElement;
        if (!parent) continue;
        const f = factsFor(parent);
        const blockEl = f.block || body;
        let bi = blockIndex.get(blockEl);
        if (bi === undefined) {
          const bf = factsFor(blockEl);
          bi = blocks.length;
          blocks.push({
            tag: blockEl.localName,
            hints: hintsOf(bf.words),
            in_article: bf.inArticle,
            landmarks: bf.landmarks.slice(),
          });
          blockIndex.set(blockEl, bi);
        }
        nodes.push(node);
        entries.push({
          text,
          block: bi,
          heading: f.heading,
          link: f.link,
          quote: f.quote,
          caption: f.caption,
          skip: f.skip || f.hidden || f.invisible,
        });
      }
    }

    const html = doc.documentElement;
    const snapshot = {
      url: (doc.location && doc.location.href) || "",
      lang: (html && html.getAttribute("lang")) || "",
      title: doc.title || "",
      published: options.published !== undefined ? String(options.published) : publishedOf(doc),
      today: todayOf(),
      article_body_hint: jsonLdField(doc, "articleBody"),
      blocks,
      nodes: entries,
    };
    return { snapshot, nodes };
  }

  NC.snapshot = Object.freeze({ take, todayOf, publishedOf });
})(globalThis);
