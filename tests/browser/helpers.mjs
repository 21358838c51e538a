/**
 * helpers.mjs: what the browser tests share: paths to the build, the seed article as an HTML page,
 * a local test server (127.0.0.1, random port) that serves it with and without a CSP and collects
 * reports, and a Chromium launcher with the unpacked extension that blocks and records every
 * request not made to the test server.
 *
 * The tests run against `make extension www` output; when it is missing they fail with a message
 * saying so rather than testing something else.
 */
import { spawn } from "node:child_process";
import { after, before } from "node:test";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The unpacked extension under test; NC_EXTENSION_DIR points the tests at another build of it. */
export const EXT_DIR = process.env.NC_EXTENSION_DIR || path.join(ROOT, "build/extension");
export const WWW_DIR = path.join(ROOT, "build/www");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
export const SEED_DATE = "2025-11-28";
/** The CSP of the strict seed page: no 'wasm-unsafe-eval', so wasm may not run in the page. */
export const STRICT_CSP = "script-src 'self'; object-src 'none'";

/** Throws a clear error unless `make extension www` has produced what the tests load. */
export function requireBuild({ www = false } = {}) {
  const need = [
    path.join(EXT_DIR, "manifest.json"),
    path.join(EXT_DIR, "pkg/news_context.js"),
    path.join(EXT_DIR, "pkg/news_context_bg.wasm"),
    path.join(EXT_DIR, "pkg/kb.bin"),
  ];
  if (www) need.push(path.join(WWW_DIR, "index.html"), path.join(WWW_DIR, "pkg/news_context_bg.wasm"), path.join(WWW_DIR, "pkg/kb.bin"));
  const missing = need.filter((f) => !fs.existsSync(f));
  if (missing.length) {
    throw new Error(`the build is missing (${missing.map((f) => path.relative(ROOT, f)).join(", ")}): ` +
      "run `make extension www` first");
  }
}

/** The seed article's lines: www/seed-article.txt (the lead's), else ../shared/seed-article.txt. */
export function seedLines() {
  const candidates = [path.join(ROOT, "www/seed-article.txt"), path.join(ROOT, "../shared/seed-article.txt")];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) throw new Error("www/seed-article.txt is missing: the seed article is needed for this test");
  return fs.readFileSync(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The seed article as a news page: published 2025-11-28, one <p> per line, "Putin’s support" an <h2>. */
export function seedPage(title) {
  const body = seedLines().map((line) =>
    line === "Putin’s support" ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<meta property="article:published_time" content="${SEED_DATE}T00:00:00Z">
<script src="/report.js"></script>
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>
<article>
<h1>Russia and Belarus reach out to Maduro as pressure mounts</h1>
${body}
</article>
</main>
<footer><p>Test page served by the News Context browser tests.</p></footer>
</body>
</html>
`;
}

/**
 * A script the seed pages include (same origin, so `script-src 'self'` allows it). It records
 * securitypolicyviolation events from the start, polls for the extension's marks and POSTs
 * `{page, marks, highlights, sheets, violations}` to /report once marks and highlights are there,
 * or after 30 s. With `?probe` in the address it waits for the cards' host too, then opens a
 * Lukashenko card by a synthetic hover,
 * reads its heading and closes it with Escape. Used by the Firefox test, whose browser cannot be
 * driven from here.
 */
const REPORT_JS = `(function () {
  "use strict";
  var violations = [];
  document.addEventListener("securitypolicyviolation", function (e) {
    violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sourceFile || ""));
  });
  window.__ncViolations = violations;
  var started = Date.now();
  function counts() {
    return {
      page: location.pathname,
      marks: document.querySelectorAll("nc-mark").length,
      highlights: (window.CSS && CSS.highlights) ? CSS.highlights.size : -1,
      sheets: document.adoptedStyleSheets ? document.adoptedStyleSheets.length : -1,
      // The marks' styles come from the manifest's content CSS (content/marks.css), not a sheet.
      markStyled: !!document.querySelector("nc-mark") &&
        getComputedStyle(document.querySelector("nc-mark")).borderBottomStyle === "solid",
      violations: violations
    };
  }
  function send(c) {
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/report");
    xhr.send(JSON.stringify(c));
  }
  // With ?probe: open a Lukashenko card with a (synthetic) hover, read it, close it with Escape.
  function probe(c) {
    var mark = [].filter.call(document.querySelectorAll("nc-mark"), function (m) {
      return m.textContent === "Lukashenko";
    })[0];
    var host = document.querySelector("nc-card-host");
    var card = host && host.shadowRoot && host.shadowRoot.querySelector("[role=tooltip]");
    if (!mark || !card) { c.probe = "no Lukashenko mark or no card host"; return send(c); }
    mark.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, composed: true }));
    requestAnimationFrame(function () {
      var heading = card.querySelector(".nc-card-heading");
      c.cardOpened = !card.hidden;
      c.cardHeading = heading ? heading.textContent : "";
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      requestAnimationFrame(function () {
        c.cardClosedByEscape = card.hidden;
        send(c);
      });
    });
  }
  var probing = /[?&]probe(?:$|[=&])/.test(location.search);
  function poll() {
    var c = counts();
    // The cards are mounted after the marks, in a task of their own when the drawing ran long:
    // a probe waits for their host too.
    var ready = c.marks > 0 && c.highlights > 0 && (!probing || !!document.querySelector("nc-card-host"));
    if (ready || Date.now() - started > 30000) {
      if (probing && c.marks > 0) probe(c); else send(c);
      return;
    }
    setTimeout(poll, 100);
  }
  setTimeout(poll, 100);
})();
`;

const MIME = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".png": "image/png", ".svg": "image/svg+xml", ".bin": "application/octet-stream",
};

/**
 * Starts the test server. Pages: /seed (no CSP), /seed-csp (STRICT_CSP), /report.js, POST /report,
 * /www/... (build/www), /lib/... (extension/lib) and /fixtures/... (tests/fixtures) for the
 * applier tests, /plain (a page with nothing to mark), /blank.
 * Returns `{url, port, requests, reports, waitForReports(n, ms), close()}`; `requests` lists every
 * request the server saw, as "METHOD /path".
 */
export async function startServer(extraRoutes = {}) {
  const requests = [];
  const reports = [];
  const waiters = [];
  const serveFile = (res, base, rel) => {
    const file = path.join(base, decodeURIComponent(rel || "index.html"));
    if (!file.startsWith(base) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[path.extname(file)] || "application/octet-stream" });
    res.end(fs.readFileSync(file));
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    requests.push(`${req.method} ${url.pathname}`);
    if (extraRoutes[url.pathname]) return extraRoutes[url.pathname](req, res);
    if (url.pathname === "/seed" || url.pathname === "/seed-csp") {
      const headers = { "content-type": "text/html; charset=utf-8" };
      if (url.pathname === "/seed-csp") headers["content-security-policy"] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(seedPage(url.pathname === "/seed" ? "Seed article" : "Seed article (strict CSP)"));
    } else if (url.pathname === "/report.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(REPORT_JS);
    } else if (url.pathname === "/report" && req.method === "POST") {
      let data = "";
      req.on("data", (c) => { data += c; });
      req.on("end", () => {
        try { reports.push(JSON.parse(data)); } catch (_) { reports.push({ malformed: data }); }
        res.writeHead(204);
        res.end();
        for (const w of waiters.splice(0)) w();
      });
    } else if (url.pathname.startsWith("/www/")) {
      serveFile(res, WWW_DIR, url.pathname.slice("/www/".length));
    } else if (url.pathname.startsWith("/fixtures/")) {
      serveFile(res, path.join(ROOT, "tests/fixtures"), url.pathname.slice("/fixtures/".length));
    } else if (url.pathname.startsWith("/lib/")) {
      serveFile(res, path.join(ROOT, "extension/lib"), url.pathname.slice("/lib/".length));
    } else if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      res.end();
    } else if (url.pathname === "/plain") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><html lang=en><head><meta charset=utf-8><title>Example</title></head><body>" +
        "<header><nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></nav></header>" +
        "<footer><p>Copyright Example Ltd</p></footer></body></html>");
    } else if (url.pathname === "/blank") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end("<!doctype html><html lang=en><head><meta charset=utf-8><title>blank</title></head><body></body></html>");
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    requests,
    reports,
    /** Resolves once at least `n` reports arrived; rejects after `ms`. */
    waitForReports(n, ms) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(
          `timed out after ${ms} ms waiting for ${n} reports; got ${JSON.stringify(reports)}`)), ms);
        const check = () => {
          if (reports.length >= n) { clearTimeout(timer); resolve(reports.slice()); } else waiters.push(check);
        };
        check();
      });
    },
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}

/**
 * Launches Chromium with the unpacked extension in a fresh profile. Every request that is not to
 * 127.0.0.1 (or the extension's own files) is aborted and recorded in `blocked`. `extensionDir`
 * loads another copy of the extension (e.g. one whose wasm was damaged on purpose).
 * Returns `{ctx, worker, extensionId, blocked, close()}`.
 */
export async function launchChromium({ extensionDir = EXT_DIR } = {}) {
  if (extensionDir === EXT_DIR) requireBuild();
  // Route the extension service worker's requests too, so any it made would be seen here.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";
  const { chromium } = await import("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "nc-chromium-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless=new", "--no-sandbox",
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync",
    ],
  });
  const blocked = [];
  await ctx.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.protocol === "chrome-extension:") return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  let worker = ctx.serviceWorkers().find((w) => w.url().startsWith("chrome-extension://"));
  if (!worker) worker = await ctx.waitForEvent("serviceworker", { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return {
    ctx,
    worker,
    extensionId,
    blocked,
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The fixture most browser test files share: a test server (`startServer(routes)`, with `routes`
 * or a function returning them, called in the hook) and Chromium with the extension, started
 * before the file's tests and closed after them, so a file cannot forget to close either.
 * Returns `{server, browser}`, filled in once the `before` hook has run.
 */
export function chromiumWithServer(routes = {}) {
  const session = { server: null, browser: null };
  before(async () => {
    session.server = await startServer(typeof routes === "function" ? await routes() : routes);
    session.browser = await launchChromium();
  });
  after(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}

/**
 * Opens a page that records, from its first script on, securitypolicyviolation events, console
 * errors and page errors. Returns `{page, errors}` where `errors` collects all three.
 */
export async function openWatched(ctx) {
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(`console.error: ${m.text()}`); });
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    window.__ncCspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__ncCspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
  return { page, errors };
}

/** Waits until the extension has drawn name marks and registered claim highlights. */
export async function waitForAnnotations(page, timeout = 15000) {
  await page.waitForFunction(
    () => document.querySelectorAll("nc-mark").length > 0 && CSS.highlights.size > 0,
    null, { timeout },
  );
}

/** Sets the extension's settings from its service worker (as the popup would). */
export async function setSettings(worker, { disabledSites, enabled }) {
  await worker.evaluate(async ({ disabledSites, enabled }) => {
    if (disabledSites !== undefined) await chrome.storage.local.set({ disabledSites });
    if (enabled !== undefined) await chrome.storage.sync.set({ enabled });
  }, { disabledSites, enabled });
}

/** What of the extension remains in the page: marks, hosts, highlights, adopted sheets. */
export async function leftovers(page) {
  return page.evaluate(() => ({
    marks: document.querySelectorAll("nc-mark").length,
    hosts: document.querySelectorAll("nc-card-host").length,
    highlights: CSS.highlights.size,
    sheets: document.adoptedStyleSheets.length,
  }));
}

/**
 * Starts headless firefox-esr with the unpacked extension through `web-ext run` (Firefox cannot be
 * driven from here; its pages report to the test server instead). `prefs` are set in its profile.
 * Returns `{output(), stop()}`: what web-ext printed so far, and a stop that ends web-ext and its
 * Firefox (their own process group: SIGTERM, then SIGKILL after 10 s).
 */
export function launchFirefox({ startUrls, prefs = {} }) {
  requireBuild();
  if (!fs.existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing: run tools/install-deps.sh browsers`);
  const child = spawn(path.join(ROOT, "node_modules/.bin/web-ext"), [
    "run", "--firefox", FIREFOX, "--source-dir", EXT_DIR, "--no-input", "--no-reload",
    ...Object.entries(prefs).flatMap(([k, v]) => ["--pref", `${k}=${v}`]),
    ...startUrls.flatMap((u) => ["--start-url", u]),
  ], {
    cwd: ROOT,
    detached: true, // its own process group, so Firefox is stopped with it
    env: { ...process.env, MOZ_HEADLESS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });
  return {
    output: () => output,
    stop() {
      if (child.exitCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          try { process.kill(-child.pid, "SIGKILL"); } catch (_) { /* gone already */ }
          resolve();
        }, 10_000);
        child.once("exit", () => { clearTimeout(timer); resolve(); });
        try { process.kill(-child.pid, "SIGTERM"); } catch (_) { clearTimeout(timer); resolve(); }
      });
    },
  };
}
