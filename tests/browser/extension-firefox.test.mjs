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
import { launchFirefox, startServer } from "./helpers.mjs";

/** How long Firefox gets to start, install the extension and annotate both pages. */
const REPORT_TIMEOUT = 90_000;

let server;
let firefox;

before(async () => {
  server = await startServer();
  firefox = launchFirefox({ startUrls: [`${server.url}/seed?probe`, `${server.url}/seed-csp?probe`] });
});

after(async () => {
  await firefox?.stop();
  await server?.close();
});

test("Firefox annotates both seed pages (no CSP and strict CSP), opens and closes a card, no CSP violation", async () => {
  let reports;
  try {
    reports = await server.waitForReports(2, REPORT_TIMEOUT);
  } catch (e) {
    throw new Error(`${e.message}\nweb-ext output:\n${firefox.output().slice(-4000)}`);
  }
  const byPage = Object.fromEntries(reports.map((r) => [r.page, r]));
  for (const page of ["/seed", "/seed-csp"]) {
    const r = byPage[page];
    assert.ok(r, `${page} reported (${JSON.stringify(reports)})`);
    assert.ok(r.marks > 0, `${page}: name marks drawn (${JSON.stringify(r)})`);
    assert.ok(r.highlights > 0, `${page}: claim highlights registered (${JSON.stringify(r)})`);
    assert.equal(r.sheets, 0, `${page}: no stylesheet adopted in the page`);
    assert.equal(r.markStyled, true, `${page}: the marks are styled by the manifest's content CSS (${JSON.stringify(r)})`);
    assert.deepEqual(r.violations, [], `${page}: no securitypolicyviolation`);
    assert.equal(r.cardOpened, true, `${page}: hovering a Lukashenko mark opens a card (${JSON.stringify(r)})`);
    assert.equal(r.cardHeading, "Alexander Lukashenko", `${page}: the card is about Alexander Lukashenko`);
    assert.equal(r.cardClosedByEscape, true, `${page}: Escape closes the card`);
  }
  const expected = new Set(["GET /seed", "GET /seed-csp", "GET /report.js", "POST /report", "GET /favicon.ico"]);
  assert.deepEqual(server.requests.filter((r) => !expected.has(r)), [], "only the pages' own requests reached the server");
});
