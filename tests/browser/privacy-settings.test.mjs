/**
 * privacy-settings.test.mjs: the built extension in headless Chromium: it makes no network request
 * while browsing; `chrome.storage` holds only the documented settings keys (extension/PERMISSIONS.md:
 * sync {enabled, show}, local {disabledSites, legendCollapsed, feedback}); corrupt or missing settings
 * fall back to the defaults with a console message, and the options page names them; settings of an
 * older schema (disabledSites as a comma-separated string, enabled as "false", show as a list of
 * families) are read correctly. The package carries no remote code.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  EXT_DIR, chromiumWithServer, waitForAnnotations,
} from "./helpers.mjs";

const session = chromiumWithServer();

const DOCUMENTED = { sync: ["enabled", "show"], local: ["disabledSites", "legendCollapsed", "feedback"] };

/** Replaces both storage areas' contents. */
async function setStorage(sync, local) {
  await session.browser.worker.evaluate(async ({ sync, local }) => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    if (sync) await chrome.storage.sync.set(sync);
    if (local) await chrome.storage.local.set(local);
  }, { sync, local });
}

async function storageKeys() {
  return session.browser.worker.evaluate(async () => ({
    sync: Object.keys(await chrome.storage.sync.get(null)).sort(),
    local: Object.keys(await chrome.storage.local.get(null)).sort(),
  }));
}

/** Opens the seed page; resolves to {page, annotated, console} once marks appear or after `ms`. */
async function openSeed(ms = 8000) {
  const page = await session.browser.ctx.newPage();
  const lines = [];
  const errors = [];
  page.on("console", (m) => lines.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${session.server.url}/seed`);
  let annotated = true;
  try { await waitForAnnotations(page, ms); } catch (_) { annotated = false; }
  assert.deepEqual(errors, [], "nothing thrown into the page");
  return { page, annotated, lines };
}

test("browsing makes no network request and stores only the documented settings keys", async () => {
  await setStorage(null, null);
  const before = session.server.requests.length;
  const { page, annotated } = await openSeed(15000);
  assert.ok(annotated);
  // Fold and unfold the legend, the one thing a reader's browsing may store.
  await page.evaluate(() => {
    const host = document.querySelector("nc-card-host");
    host?.shadowRoot?.querySelector("button[aria-controls]")?.click();
  });
  await page.waitForTimeout(300);
  await page.close();
  const keys = await storageKeys();
  for (const k of keys.sync) assert.ok(DOCUMENTED.sync.includes(k), `undocumented sync key ${k}`);
  for (const k of keys.local) assert.ok(DOCUMENTED.local.includes(k), `undocumented local key ${k}`);
  assert.deepEqual(session.browser.blocked, [], "no request left 127.0.0.1");
  const seen = session.server.requests.slice(before).filter((r) => !["GET /seed", "GET /report.js", "POST /report", "GET /favicon.ico"].includes(r));
  assert.deepEqual(seen, [], "the extension asked the test server for nothing either");
});

test("corrupt settings fall back to the defaults with a console message; annotations still appear", async () => {
  const garbage = [
    [{ enabled: { nested: [1, 2] } }, { disabledSites: 42 }],
    [{ enabled: "yes please" }, { disabledSites: { "127.0.0.1": true } }],
    [{ enabled: null }, { disabledSites: [null, 7, { a: 1 }], legendCollapsed: "sure" }],
  ];
  for (const [sync, local] of garbage) {
    await setStorage(sync, local);
    const { page, annotated, lines } = await openSeed();
    assert.ok(annotated, `annotated with ${JSON.stringify({ sync, local })}`);
    if (typeof local.disabledSites === "number" || (local.disabledSites && !Array.isArray(local.disabledSites))) {
      assert.ok(lines.some((l) => /News Context: .*disabledSites.*unreadable/.test(l)), `a console message (${lines})`);
    }
    if (sync.enabled && typeof sync.enabled !== "boolean") {
      assert.ok(lines.some((l) => /News Context: .*enabled.*unreadable/.test(l)), `a console message (${lines})`);
    }
    await page.close();
  }
  assert.deepEqual(session.browser.blocked, []);
});

test("corrupt 'show' and 'feedback' settings fall back to the defaults with a console message: every mark drawn", async () => {
  await setStorage(null, null);
  const clean = await openSeed();
  const all = await clean.page.evaluate(() => ({ names: document.querySelectorAll("nc-mark").length, highlights: CSS.highlights.size }));
  await clean.page.close();
  for (const [sync, local, pattern] of [
    [{ show: "names only" }, {}, /News Context: .*'show' is unreadable/],
    [{ show: { names: { deep: 1 }, named: "maybe" } }, {}, /News Context: .*'show' are unreadable/],
    [{}, { feedback: "hide everything" }, /News Context: .*choices are unreadable/],
    [{}, { feedback: { "<script>": { a: "hide" }, abcdef12: { a: "explode" } } }, /News Context: .*choices are unreadable/],
  ]) {
    await setStorage(sync, local);
    const { page, annotated, lines } = await openSeed();
    assert.ok(annotated, JSON.stringify({ sync, local }));
    assert.deepEqual(await page.evaluate(() => ({ names: document.querySelectorAll("nc-mark").length, highlights: CSS.highlights.size })),
      all, `every mark is drawn with ${JSON.stringify({ sync, local })}`);
    assert.ok(lines.some((l) => pattern.test(l)), `a console message for ${JSON.stringify({ sync, local })} (${lines})`);
    await page.close();
  }
  await setStorage(null, null);
});

test("the options page names unreadable settings, shows the defaults, and stores them in their place", async () => {
  await setStorage({ enabled: { x: 1 }, show: 17 }, { disabledSites: 3, feedback: [1, 2] });
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  const problems = await page.locator("#problems").textContent();
  assert.match(problems, /could not be read, so their defaults are used/);
  for (const key of ["enabled", "show", "disabledSites", "hide"]) assert.ok(problems.includes(key), `names ${key}: ${problems}`);
  assert.equal(await page.getByRole("switch", { name: "Annotate articles everywhere" }).isChecked(), true);
  for (const label of ["Names of people", "Claims with a named source", "Claims with no source given"]) {
    assert.equal(await page.getByLabel(label).isChecked(), true, label);
  }
  const stored = await session.browser.worker.evaluate(async () => [await chrome.storage.sync.get(null), await chrome.storage.local.get(null)]);
  assert.deepEqual(stored, [
    { enabled: true, show: { names: true, named: true, anonymous: true, vague: true, none: true } },
    { disabledSites: [], feedback: {} },
  ]);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.equal(await page.locator("#problems").isHidden(), true, "told once: the defaults now stand in storage");
  await page.close();
  await setStorage(null, null);
});

test("the options page offers the popup's settings: marks to show, and forgetting hidden marks", async () => {
  await setStorage(null, { feedback: { abcdef123: { a: "hide", t: 1 }, abcdef456: { a: "wrong", t: 2 } } });
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === "true");
  await page.getByLabel("Claims with a vague source").uncheck();
  await page.waitForFunction(async () => (await chrome.storage.sync.get("show")).show?.vague === false);
  assert.match(await page.locator("#feedback-count").textContent(), /^Marks hidden: 1\. Names marked as the wrong person: 1\./);
  await page.getByRole("button", { name: "Show every hidden mark again" }).click();
  await page.waitForFunction(async () => Object.keys((await chrome.storage.local.get("feedback")).feedback).length === 0);
  assert.equal(await page.getByRole("button", { name: "Show every hidden mark again" }).isDisabled(), true);
  assert.match(await page.locator("#keys").textContent(), /Alt\+Shift\+N/);
  await page.close();
  await setStorage(null, null);
});

test("missing settings mean the defaults: annotated", async () => {
  await setStorage(null, null);
  const { page, annotated } = await openSeed();
  assert.ok(annotated);
  await page.close();
});

test("an older schema is read: disabledSites as a comma-separated string, enabled as a string", async () => {
  // This site among others, in the old string form: left alone.
  await setStorage({ enabled: true }, { disabledSites: "example.com, 127.0.0.1,news.example" });
  let r = await openSeed(4000);
  assert.ok(!r.annotated, "the site listed in the old string form is switched off");
  await r.page.close();
  // Other sites only: annotated.
  await setStorage({ enabled: true }, { disabledSites: "example.com,news.example" });
  r = await openSeed();
  assert.ok(r.annotated, "a string not naming this site leaves it on");
  await r.page.close();
  // show as a list of the families shown (an older form): claims only.
  await setStorage({ show: ["named", "anonymous", "vague", "none"] }, {});
  r = await openSeed();
  assert.ok(!r.annotated, "no name marks when names are not in the list");
  assert.ok(await r.page.evaluate(() => CSS.highlights.size > 0 && !document.querySelector("nc-mark")), "claims only");
  await r.page.close();
  // enabled stored as the string "false": off everywhere.
  await setStorage({ enabled: "false" }, {});
  r = await openSeed(4000);
  assert.ok(!r.annotated, "enabled: \"false\" switches it off");
  await r.page.close();
  await setStorage(null, null);
  assert.deepEqual(session.browser.blocked, []);
});

test("the package carries no remote code: no http(s) address in its scripts but Wikipedia's", () => {
  const offenders = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (/\.(m?js|html)$/.test(e.name)) {
        // Comments are not code: drop block and line comments (roughly) before scanning.
        const src = fs.readFileSync(f, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1")
          .replace(/<!--[\s\S]*?-->/g, "");
        for (const m of src.matchAll(/https?:\/\/[^\s"'`<>)]*/g)) {
          if (!/^https:\/\/(\$\{[^}]*\}|[a-z-]+)?\.?wikipedia\.org\/wiki\//.test(m[0]) && !/^https:\/\/\$\{/.test(m[0])) {
            offenders.push(`${path.relative(EXT_DIR, f)}: ${m[0]}`);
          }
        }
      }
    }
  };
  walk(EXT_DIR);
  assert.deepEqual(offenders, [], "remote addresses in the package's scripts");
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, "manifest.json"), "utf8"));
  const csp = manifest.content_security_policy?.extension_pages || "";
  assert.match(csp, /script-src 'self'( 'wasm-unsafe-eval')?;/, `strict CSP for the extension's pages: ${csp}`);
  assert.ok(!/https?:|unsafe-inline|'unsafe-eval'/.test(csp), `no remote or inline script allowed: ${csp}`);
});
