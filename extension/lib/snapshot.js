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

  /** How many class/id words a block's `hints` keeps, nearest first, and how long each may be. */
  const MAX_HINT_WORDS = 12;
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

  // ---------------------------------------------------------------- element facts

  const tokens = (value) => (value || "").split(/[\t\n\f\r ]+/).filter(Boolean);

  /**
   * Facts about one element, derived from its parent's facts and its own attributes.
   * `hidden` covers the subtree (display:none); `invisible` is the element's own computed
   * visibility, which children may override. Computed style is read once per element.
   */
  function factsOf(el, parentFacts, view) {
    const tag = el.localName;
    const attr = (name) => el.getAttribute(name);
    const f = {
      skip: parentFacts.skip || SKIP_TEXT_TAGS.has(tag) || OWN_TAGS.has(tag) ||
        SKIP_TEXT_ATTRS.some((a) => el.hasAttribute(a)) ||
        (attr("aria-hidden") || "").trim().toLowerCase() === "true",
      hidden: parentFacts.hidden,
      invisible: false,
      heading: parentFacts.heading || HEADING_TAGS.has(tag),
      link: parentFacts.link || (LINK_TAGS.has(tag) && el.hasAttribute("href")),
      quote: parentFacts.quote || QUOTE_TAGS.has(tag),
      caption: parentFacts.caption || CAPTION_TAGS.has(tag),
      inArticle: parentFacts.inArticle || ARTICLE_TAGS.has(tag) ||
        tokens(attr("itemprop")).some((t) => t.toLowerCase() === ARTICLE_ITEMPROP),
      landmarks: landmarksOf(el, tag, parentFacts.landmarks),
      words: parentFacts.words,
      block: BLOCK_TAGS.has(tag) ? el : parentFacts.block,
    };
    if (view && !f.hidden) {
      const style = view.getComputedStyle(el);
      if (style.display === "none") f.hidden = true;
      else if (style.visibility === "hidden" || style.visibility === "collapse") f.invisible = true;
    }
    const own = [...tokens(attr("class")), ...tokens(attr("id"))].slice(0, MAX_HINT_WORDS);
    if (own.length) f.words = [...own, ...parentFacts.words].slice(0, MAX_HINT_WORDS);
    return f;
  }

  /** The element's own landmark names (tag, then roles), then its ancestors', distinct. */
  function landmarksOf(el, tag, inherited) {
    const own = [];
    if (LANDMARK_TAGS.has(tag)) own.push(tag);
    for (const role of tokens(el.getAttribute("role"))) {
      const name = LANDMARK_ROLES.get(role.toLowerCase());
      if (name && !own.includes(name)) own.push(name);
    }
    if (!own.length) return inherited;
    return [...own, ...inherited.filter((n) => !own.includes(n))];
  }

  /** A block's hints: its and its ancestors' class and id words, nearest first, lower-cased. */
  function hintsOf(words) {
    return words.map((w) => [...w].slice(0, MAX_HINT_WORD_CHARS).join("").toLowerCase()).join(" ");
  }

  const ROOT_FACTS = Object.freeze({
    skip: false, hidden: false, invisible: false, heading: false, link: false, quote: false,
    caption: false, inArticle: false, landmarks: [], words: [], block: null,
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

  /**
   * Takes the snapshot of `doc` (default: the current document).
   * Returns `{snapshot, nodes}`: `nodes[i]` is the live Text node described by `snapshot.nodes[i]`.
   * Options: `published` overrides the date found in the page (the demo's date field).
   */
  function take(doc = global.document, options = {}) {
    const view = doc.defaultView;
    const blocks = [];
    const facts = new Map();
    const nodes = [];
    const entries = [];
    const body = doc.body;

    const factsFor = (el) => {
      let f = facts.get(el);
      if (f) return f;
      const parent = el.parentElement;
      const parentFacts = parent ? factsFor(parent) : ROOT_FACTS; // up to <html>, as html.rs does
      f = factsOf(el, parentFacts, view);
      facts.set(el, f);
      return f;
    };

    if (body) {
      const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
      const walker = doc.createTreeWalker(body, SHOW_ELEMENT_AND_TEXT, {
        acceptNode: (n) => (n.nodeType === 1 && NEVER_WALK_TAGS.has(n.localName) ? 2 /* REJECT */ : 1 /* ACCEPT */),
      });
      let prevBlock = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeType !== 3) continue;
        const text = node.data;
        if (!/\S/.test(text)) continue;
        const parent = node.parentElement;
        if (!parent) continue;
        const f = factsFor(parent);
        const blockEl = f.block || body;
        if (blockEl !== prevBlock) {
          const bf = factsFor(blockEl);
          blocks.push({
            tag: blockEl.localName,
            hints: hintsOf(bf.words),
            in_article: bf.inArticle,
            landmarks: bf.landmarks.slice(),
          });
          prevBlock = blockEl;
        }
        nodes.push(node);
        entries.push({
          text,
          block: blocks.length - 1,
          heading: f.heading,
          link: f.link,
          quote: f.quote,
          caption: f.caption,
          skip: f.skip || f.hidden || f.invisible,
        });
      }
    }

    const html = doc.documentElement;
    const ld = jsonLdObjects(doc);
    const snapshot = {
      url: (doc.location && doc.location.href) || "",
      lang: ((html && html.getAttribute("lang")) || "").trim(),
      title: doc.title || "",
      published: options.published !== undefined ? String(options.published) : publishedOf(doc, ld),
      today: todayOf(),
      article_body_hint: articleBodyOf(ld),
      blocks,
      nodes: entries,
    };
    return { snapshot, nodes };
  }

  NC.snapshot = Object.freeze({ take, todayOf, publishedOf: (doc) => publishedOf(doc) });
})(globalThis);
