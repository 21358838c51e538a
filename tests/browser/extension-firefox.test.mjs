/**
 * extension-firefox.test.mjs: the same built extension in headless firefox-esr, loaded by
 * `web-ext run` in a fresh profile, on the same two seed pages (no CSP, strict CSP).
 *
 * Firefox cannot be driven from here without geckodriver, so each page reports out: its
 * same-origin /report.js (allowed by `script-src 'self'`) polls for nc-mark elements and
 * CSS.highlights, opens a card by a synthetic hover and closes it with Escape, and POSTs what it
 * saw, and any securitypolicyviolation, to the test server.
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EXT_DIR, FIREFOX, ROOT, requireBuild, startServer } from "./helpers.mjs";

/** How long Firefox gets to start, install the extension and annotate both pages. */
const REPORT_TIMEOUT = 90_000;

let server;
let webExt;
let output = "";

function stopWebExt() {
  if (!webExt || webExt.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try { process.kill(-webExt.pid, "SIGKILL"); } catch (_) { /* gone already */ }
      resolve();
    }, 10_000);
    webExt.once("exit", () => { clearTimeout(timer); resolve(); });
    try { process.kill(-webExt.pid, "SIGTERM"); } catch (_) { clearTimeout(timer); resolve(); }
  });
}

before(async () => {
  requireBuild();
  assert.ok(fs.existsSync(FIREFOX), `${FIREFOX} is missing: run tools/install-deps.sh browsers`);
  server = await startServer();
  const bin = path.join(ROOT, "node_modules/.bin/web-ext");
  webExt = spawn(bin, [
    "run", "--firefox", FIREFOX, "--source-dir", EXT_DIR, "--no-input", "--no-reload",
    "--start-url", `${server.url}/seed?probe`, "--start-url", `${server.url}/seed-csp?probe`,
  ], {
    cwd: ROOT,
    detached: true, // its own process group, so Firefox is stopped with it
    env: { ...process.env, MOZ_HEADLESS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  webExt.stdout.on("data", (d) => { output += d; });
  webExt.stderr.on("data", (d) => { output += d; });
});

after(async () => {
  await stopWebExt();
  await server?.close();
});

test("Firefox annotates both seed pages (no CSP and strict CSP), opens and closes a card, no CSP violation", async () => {
  let reports;
  try {
    reports = await server.waitForReports(2, REPORT_TIMEOUT);
  } catch (e) {
    throw new Error(`${e.message}\nweb-ext output:\n${output.slice(-4000)}`);
  }
  const byPage = Object.fromEntries(reports.map((r) => [r.page, r]));
  for (const page of ["/seed", "/seed-csp"]) {
    const r = byPage[page];
    assert.ok(r, `${page} reported (${JSON.stringify(reports)})`);
    assert.ok(r.marks > 0, `${page}: name marks drawn (${JSON.stringify(r)})`);
    assert.ok(r.highlights > 0, `${page}: claim highlights registered (${JSON.stringify(r)})`);
    assert.equal(r.sheets, 1, `${page}: one adopted stylesheet`);
    assert.deepEqual(r.violations, [], `${page}: no securitypolicyviolation`);
    assert.equal(r.cardOpened, true, `${page}: hovering a Lukashenko mark opens a card (${JSON.stringify(r)})`);
    assert.equal(r.cardHeading, "Alexander Lukashenko", `${page}: the card is about Alexander Lukashenko`);
    assert.equal(r.cardClosedByEscape, true, `${page}: Escape closes the card`);
  }
  const expected = new Set(["GET /seed", "GET /seed-csp", "GET /report.js", "POST /report", "GET /favicon.ico"]);
  assert.deepEqual(server.requests.filter((r) => !expected.has(r)), [], "only the pages' own requests reached the server");
});
