/**
 * corpus-lib.mjs: what the real-page runs (corpus-chromium.test.mjs, corpus-firefox.test.mjs) share:
 * the page sets, their reference article text, the server that serves them with the pages' own
 * scripts blocked, the in-page collection of what the extension drew, and the scoring.
 *
 * Two page sets:
 * - the saved news pages in `../shared/corpora/pages/` (real sites, not part of this repository;
 *   `NC_SHARED` points elsewhere). When the folder is absent the corpus run is skipped with a
 *   message: a fresh clone has no `../shared`;
 * - `tests/fixtures/pages/`: pages written for this project (nav, related lists, comments,
 *   captions, ads, cookie banners), each with `article.txt`, the text of its article, or
 *   `not-an-article.txt` saying why nothing on it may be marked.
 *
 * The share of marked text inside the article is measured as `make eval` measures it natively
 * (src/evaluation/pages.rs): each mark's text, white space collapsed, is looked up in the
 * reference text; the share counts characters.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ROOT } from "./helpers.mjs";

/** Where ../shared lives; `NC_SHARED` overrides it (a missing folder makes the corpus run skip). */
export const SHARED_DIR = path.resolve(process.env.NC_SHARED || path.join(ROOT, "../shared"));
export const CORPUS_DIR = path.join(SHARED_DIR, "corpora/pages");
export const FIXTURE_DIR = path.join(ROOT, "tests/fixtures/pages");

/** The issue's targets: share of marked characters inside the reference text, overall and per page. */
export const OVERALL_TARGET = 0.98;
export const PAGE_TARGET = 0.9;

/** Collapses runs of white space (as JavaScript's `\s` sees it) to one space and trims. */
export const collapse = (s) => s.replace(/\s+/g, " ").trim();

/** The few named entities an article's reference HTML uses; unknown ones are left as written
 * (which can only lower a page's measured share, never raise it). */
const ENTITIES = {
  amp: "&", lt: "<", gt: ">", quot: "\"", apos: "'", nbsp: "\u00a0", mdash: "\u2014",
  ndash: "\u2013", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d",
  hellip: "\u2026", eacute: "\u00e9", copy: "\u00a9", shy: "\u00ad",
};

/** The text of an HTML fragment (Readability's `expected.html`): tags become spaces, as the
 * native reader joins text nodes with spaces; comments, scripts and styles are dropped. */
export function htmlText(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name) => {
      if (name[0] === "#") {
        const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name] ?? whole;
    });
}

/** The reference article text of a page folder (collapsed), or null when the page has none. */
export function referenceText(dir) {
  const read = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), "utf8") : null);
  const gt = read("ground-truth.json");
  if (gt !== null) return collapse(JSON.parse(gt).articleBody || "");
  const expected = read("expected.html");
  if (expected !== null) return collapse(htmlText(expected));
  const article = read("article.txt");
  if (article !== null) return collapse(article);
  return null;
}

/**
 * The pages of one set, sorted by name: `{name, dir, file, reference, notArticle}`.
 * `notArticle` is the reason a fixture page must be left unmarked, else null.
 * Returns null when the folder does not exist.
 */
export function listPages(root) {
  if (!fs.existsSync(root)) return null;
  return fs.readdirSync(root)
    .map((name) => ({ name, dir: path.join(root, name) }))
    .filter((p) => fs.existsSync(path.join(p.dir, "source.html")))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((p) => {
      const notArticle = path.join(p.dir, "not-an-article.txt");
      return {
        ...p,
        file: path.join(p.dir, "source.html"),
        reference: referenceText(p.dir),
        notArticle: fs.existsSync(notArticle) ? fs.readFileSync(notArticle, "utf8").trim() : null,
      };
    });
}

/** Corpus metadata by page name (`index.jsonl`: lang, politics, …); empty when absent. */
export function corpusIndex() {
  const file = path.join(CORPUS_DIR, "index.jsonl");
  if (!fs.existsSync(file)) return new Map();
  return new Map(fs.readFileSync(file, "utf8").split("\n").filter(Boolean)
    .map((l) => JSON.parse(l)).map((e) => [e.name, e]));
}

/**
 * The CSP a page is served with in the Chromium run: none of the page's own scripts may run
 * (inline, external or event handlers). Extension content scripts are not bound by it.
 */
export const CHROMIUM_PAGE_CSP = "script-src 'none'";

/**
 * Starts a server for page sets: `/<set>/<name>` serves `<name>/source.html` of that set with
 * `csp(name)` as its Content-Security-Policy header and, when `inject(name)` returns markup, that
 * markup inserted right after `<head>`. `routes` adds exact paths. Every request is recorded
 * as "METHOD path" in `requests`; a request that names a full URL (a proxy request, as Firefox
 * sends when this server is its proxy) or a CONNECT is recorded in `proxied` and refused.
 */
export async function startPageServer({ sets, csp, inject = () => "", routes = {} }) {
  const requests = [];
  const proxied = [];
  const server = http.createServer((req, res) => {
    if (/^[a-z]+:\/\//i.test(req.url)) {
      proxied.push(`${req.method} ${req.url}`);
      res.writeHead(403, { "content-type": "text/plain" });
      return res.end("blocked by the News Context test proxy");
    }
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(`${req.method} ${url.pathname}`);
    if (routes[url.pathname]) return routes[url.pathname](req, res, url);
    const [, set, name] = url.pathname.split("/");
    const page = sets[set]?.find((p) => p.name === decodeURIComponent(name || ""));
    if (!page) {
      res.writeHead(404, { "content-type": "text/plain" });
      return res.end("not found");
    }
    let html = fs.readFileSync(page.file, "utf8");
    const extra = inject(page);
    if (extra) {
      const head = html.search(/<head(\s[^>]*)?>/i);
      html = head >= 0
        ? html.slice(0, head) + html.slice(head).replace(/<head(\s[^>]*)?>/i, (h) => h + extra)
        : extra + html;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp(page) });
    res.end(html);
  });
  server.on("connect", (req, socket) => {
    proxied.push(`CONNECT ${req.url}`);
    socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    proxied,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/**
 * Runs in the page (Chromium: page.evaluate; Firefox: the injected report script, as source text):
 * what the extension drew. Name marks are `nc-mark` elements; claim marks are the ranges of the
 * `nc-claim-*` highlights. For each mark its text and, when it lies outside the page's main
 * content, why: inside navigation, a header, footer, aside, menu, dialog or their ARIA roles, a
 * comments section, a form control, code, editable or hidden text.
 */
export function collectMarks() {
  const OUTSIDE = [
    "nav", "header", "footer", "aside", "menu", "dialog", "[role=navigation]", "[role=banner]",
    "[role=contentinfo]", "[role=complementary]", "[role=search]", "[role=dialog]",
    "[contenteditable]", "[hidden]", "[aria-hidden=true]", "textarea", "input", "select", "button",
    "code", "pre", "script", "style", "noscript", "template",
  ].join(",");
  const COMMENT_WORD = /^(comments?|comment-?(list|section|area|thread)s?|comments-?(list|section|area|container|wrapper)|disqus_thread)$/i;
  const whyOutside = (el) => {
    const hit = el && el.closest(OUTSIDE);
    if (hit) return `inside <${hit.localName}${hit.getAttribute("role") ? ` role=${hit.getAttribute("role")}` : ""}>`;
    for (let e = el; e; e = e.parentElement) {
      const words = `${e.getAttribute("class") || ""} ${e.id || ""}`.split(/\s+/);
      if (words.some((w) => COMMENT_WORD.test(w))) return `inside a comments section (${e.localName}.${words.join(".")})`;
    }
    if (el && typeof el.checkVisibility === "function" && !el.checkVisibility({ visibilityProperty: true })) {
      return "inside hidden text";
    }
    return "";
  };
  const names = [...document.querySelectorAll("nc-mark")]
    .map((m) => ({ text: m.textContent, outside: whyOutside(m.parentElement) }));
  const claims = [];
  if (globalThis.CSS && CSS.highlights) {
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith("nc-claim-")) continue;
      for (const range of highlight) {
        // Highlights may hold StaticRanges, which have no text of their own: read it through a Range.
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const node = range.startContainer;
        claims.push({ text: live.toString(), outside: whyOutside(node.nodeType === 1 ? node : node.parentElement) });
      }
    }
  }
  return { names, claims };
}

/**
 * Scores one page's marks against its reference text: `{names, claims, marked, inside, share,
 * outside}` where `marked` and `inside` count characters (white space collapsed) and `outside`
 * lists the marks drawn outside the main content.
 */
export function scoreMarks({ names, claims }, reference) {
  let marked = 0;
  let inside = 0;
  const outside = [];
  for (const m of [...names, ...claims]) {
    const text = collapse(m.text);
    const n = [...text].length;
    marked += n;
    if (reference !== null && reference.includes(text)) inside += n;
    if (m.outside) outside.push(`${JSON.stringify(text.slice(0, 60))} ${m.outside}`);
  }
  return {
    names: names.length,
    claims: claims.length,
    marked,
    inside,
    share: marked ? inside / marked : 1,
    outside,
  };
}

/** The results table: one line per page, then the totals over the pages that have a reference. */
export function formatTable(title, rows) {
  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  const lines = [title, `${pad("page", 44)} ${lpad("names", 6)} ${lpad("claims", 6)} ${lpad("inside", 7)}  note`];
  for (const r of rows) {
    const share = r.marked ? `${(100 * r.share).toFixed(1)}%` : "-";
    lines.push(`${pad(r.name, 44)} ${lpad(r.names, 6)} ${lpad(r.claims, 6)} ${lpad(share, 7)}  ${r.note || ""}`);
  }
  const t = totals(rows);
  lines.push(`all ${rows.length} pages: ${(100 * t.share).toFixed(1)}% of ${t.marked} marked characters inside ` +
    `the article; lowest page ${t.worst ? `${(100 * t.worst.share).toFixed(1)}% (${t.worst.name})` : "-"}`);
  return lines.join("\n");
}

/** Overall share and the worst page (among pages with marks). */
export function totals(rows) {
  const marked = rows.reduce((n, r) => n + r.marked, 0);
  const inside = rows.reduce((n, r) => n + r.inside, 0);
  const worst = rows.filter((r) => r.marked > 0).sort((a, b) => a.share - b.share)[0] || null;
  return { marked, inside, share: marked ? inside / marked : 1, worst };
}
