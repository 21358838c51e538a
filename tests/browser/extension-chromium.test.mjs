/**
 * extension-chromium.test.mjs: the built extension (build/extension) in headless Chromium, on the
 * seed article served by a local server with and without a strict CSP. One browser context for the
 * whole file; every request not to 127.0.0.1 is blocked and recorded.
 *
 * Pins: annotations appear on both pages; cards open on hover and keyboard focus and close on
 * Escape; the page's text is never altered; nothing violates the page's CSP; switching off restores
 * the open tab byte for byte and at once; switching on again never doubles; the extension makes no
 * network request; the settings pages write the settings the content script reads.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  ROOT, chromiumWithServer, leftovers, openWatched, setSettings, waitForAnnotations,
} from "./helpers.mjs";

const session = chromiumWithServer();

const noneLeft = { marks: 0, hosts: 0, highlights: 0, sheets: 0 };

/** Claim highlight names registered in the page, and the texts of its name marks. */
async function annotationsOf(page) {
  return page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].sort(),
    ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    names: [...document.querySelectorAll("nc-mark")].map((m) => m.textContent),
    focusable: [...document.querySelectorAll("nc-mark")].every((m) => m.getAttribute("tabindex") === "0"),
  }));
}

test("annotations appear on the seed page served without a CSP and with a strict CSP", async () => {
  for (const path of ["/seed", "/seed-csp"]) {
    const { page } = await openWatched(session.browser.ctx);
    await page.goto(`${session.server.url}${path}`);
    await waitForAnnotations(page);
    const a = await annotationsOf(page);
    assert.ok(a.names.some((n) => n.includes("Lukashenko")), `${path}: Lukashenko is marked (${a.names})`);
    assert.ok(a.names.some((n) => n.includes("Maduro")), `${path}: Maduro is marked`);
    assert.ok(a.highlights.length > 0 && a.highlights.every((h) => h.startsWith("nc-claim-")), `${path}: ${a.highlights}`);
    assert.ok(a.ranges > 0);
    assert.ok(a.focusable);
    await page.close();
  }
});

test("hovering a name shows its card; Tab focus shows it too; Escape closes it", async () => {
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const card = page.locator("nc-card-host [role=tooltip]");
  const heading = card.locator(".nc-card-heading");

  const luka = page.locator("nc-mark", { hasText: /^Lukashenko$/ }).first();
  await luka.hover();
  await card.waitFor({ state: "visible" });
  assert.equal(await heading.textContent(), "Alexander Lukashenko");
  const described = await page.evaluate(() => {
    const host = document.querySelector("nc-card-host");
    const m = document.querySelector("nc-mark[aria-describedby]");
    return m && m.getAttribute("aria-describedby") === host.id;
  });
  assert.ok(described, "the hovered mark is described by the card");
  await page.mouse.move(1, 1);
  await card.waitFor({ state: "hidden" });

  // Keyboard: Tab through the page until a Lukashenko mark has focus.
  await page.evaluate(() => document.activeElement?.blur());
  let focused = "";
  for (let i = 0; i < 80 && focused !== "Lukashenko"; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() =>
      document.activeElement?.localName === "nc-mark" ? document.activeElement.textContent : "");
  }
  assert.equal(focused, "Lukashenko", "a Lukashenko mark is reachable with Tab");
  await card.waitFor({ state: "visible" });
  assert.equal(await heading.textContent(), "Alexander Lukashenko");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Lukashenko", "focus stays on the word");
  await page.close();
});

test("the legend shows the plan's counts, folds away, and stays folded on the next page", async () => {
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const rows = page.locator("nc-card-host .legend li");
  assert.equal(await rows.count(), 5);
  const counts = await rows.locator(".count").allTextContents();
  assert.ok(counts.every((c) => /^\d+$/.test(c)) && counts.some((c) => c !== "0"), counts.join(","));
  const toggle = page.locator("nc-card-host .legend-toggle");
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  await toggle.click();
  assert.equal(await toggle.getAttribute("aria-expanded"), "false");
  await rows.first().waitFor({ state: "hidden" });
  await session.browser.worker.evaluate(() => new Promise((resolve) => {
    const check = async () => ((await chrome.storage.local.get("legendCollapsed")).legendCollapsed ? resolve() : setTimeout(check, 20));
    check();
  }));
  await page.reload();
  await waitForAnnotations(page);
  assert.equal(await page.locator("nc-card-host .legend-toggle").getAttribute("aria-expanded"), "false");
  await page.locator("nc-card-host .legend-toggle").click();
  await page.close();
});

test("no securitypolicyviolation, console error or page error on the strict-CSP page", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed-csp`);
  await waitForAnnotations(page);
  // Open a card too, so the cards' styles and elements are exercised under the CSP.
  await page.locator("nc-mark").first().hover();
  await page.locator("nc-card-host [role=tooltip]").waitFor({ state: "visible" });
  const violations = await page.evaluate(() => window.__ncCspViolations);
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the extension adds no accessibility violation to the page (axe-core, WCAG 2 A/AA), card open", async () => {
  const axeSource = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  const audit = async (page) => {
    await page.evaluate(axeSource); // evaluated by the debugger protocol, so the page's CSP does not apply
    return page.evaluate(async () => (await globalThis.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`));
  };
  await setSettings(session.browser.worker, { disabledSites: ["127.0.0.1"] });
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed-csp`);
  const before = await audit(page);
  await setSettings(session.browser.worker, { disabledSites: [] });
  await waitForAnnotations(page);
  await page.locator("nc-mark").first().focus();
  await page.locator("nc-card-host [role=tooltip]").waitFor({ state: "visible" });
  const after = await audit(page);
  assert.deepEqual(after.filter((v) => !before.includes(v)), []);
  await page.close();
});

// The next tests share one tab, loaded while the site is switched off so its pristine state is known.
let tab;
let pristine;

test("document.body.innerText is identical before and after annotating", async () => {
  await setSettings(session.browser.worker, { disabledSites: ["127.0.0.1"] });
  tab = await openWatched(session.browser.ctx);
  await tab.page.goto(`${session.server.url}/seed`);
  pristine = await tab.page.evaluate(() => ({ html: document.body.outerHTML, text: document.body.innerText }));
  assert.deepEqual(await leftovers(tab.page), noneLeft, "nothing is drawn while the site is off");

  await setSettings(session.browser.worker, { disabledSites: [] });
  await waitForAnnotations(tab.page);
  const text = await tab.page.evaluate(() => document.body.innerText);
  assert.equal(text, pristine.text);
});

test("switching the extension off for the site restores the open tab at once, byte for byte", async () => {
  assert.ok(tab, "needs the tab of the previous test");
  // Count removed marks, to see that switching ANOTHER site off first leaves this tab alone.
  const marks = await tab.page.evaluate(() => {
    window.__ncRemoved = 0;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) if (n.localName === "nc-mark") window.__ncRemoved++;
    }).observe(document.body, { childList: true, subtree: true });
    return document.querySelectorAll("nc-mark").length;
  });
  await setSettings(session.browser.worker, { disabledSites: ["other.example"] });
  await setSettings(session.browser.worker, { disabledSites: ["other.example", "127.0.0.1"] });
  await tab.page.waitForFunction(() => !document.querySelector("nc-mark, nc-card-host") &&
    CSS.highlights.size === 0 && document.adoptedStyleSheets.length === 0, null, { timeout: 3000 });
  assert.deepEqual(await leftovers(tab.page), noneLeft);
  assert.equal(await tab.page.evaluate(() => document.body.outerHTML), pristine.html);
  assert.equal(await tab.page.evaluate(() => window.__ncRemoved), marks,
    "each mark was removed once: switching another site off did not redraw this tab");
});

test("switching on again annotates again, and a global switch-off restores too; nothing doubles", async () => {
  await setSettings(session.browser.worker, { disabledSites: [] });
  await waitForAnnotations(tab.page);
  const first = await annotationsOf(tab.page);
  // Flip the global switch off and on: the second drawing must equal the first, not add to it.
  await setSettings(session.browser.worker, { enabled: false });
  await tab.page.waitForFunction(() => !document.querySelector("nc-mark, nc-card-host") && CSS.highlights.size === 0,
    null, { timeout: 3000 });
  assert.equal(await tab.page.evaluate(() => document.body.outerHTML), pristine.html);
  await setSettings(session.browser.worker, { enabled: true });
  await waitForAnnotations(tab.page);
  const second = await annotationsOf(tab.page);
  assert.deepEqual(second, first);
  assert.equal(await tab.page.evaluate(() => document.querySelectorAll("nc-mark nc-mark").length), 0);
  assert.equal(await tab.page.evaluate(() => document.querySelectorAll("nc-card-host").length), 1);
  assert.equal(await tab.page.evaluate(() => document.body.innerText), pristine.text);
  assert.deepEqual(tab.errors, []);
  await tab.page.close();
});

test("the settings and about pages work and write the settings the content script reads", async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  await page.getByLabel("Switch off for a site").fill("https://news.example.org/world/1");
  await page.getByRole("button", { name: "Add" }).click();
  await page.getByText("news.example.org", { exact: true }).waitFor();
  const sites = await session.browser.worker.evaluate(async () => (await chrome.storage.local.get("disabledSites")).disabledSites);
  assert.deepEqual(sites, ["news.example.org"]);
  await page.getByRole("button", { name: "Turn back on for news.example.org" }).click();
  await page.getByText("None: News Context runs on every site.").waitFor();
  await page.getByRole("switch", { name: "Annotate articles everywhere" }).uncheck();
  await page.waitForFunction(async () => (await chrome.storage.sync.get("enabled")).enabled === false);
  await page.getByRole("switch", { name: "Annotate articles everywhere" }).check();
  await page.waitForFunction(async () => (await chrome.storage.sync.get("enabled")).enabled === true);

  await page.goto(`chrome-extension://${session.browser.extensionId}/about/about.html`);
  await page.locator("#version").filter({ hasText: /version/ }).waitFor();
  await page.locator("#sources table tbody tr").first().waitFor();
  assert.ok(await page.locator("#sources table tbody tr").count() > 0, "the data sources are listed");
  await page.close();
});

test("the popup shows the article's summary and its site switch restores the tab", async () => {
  const seed = await openWatched(session.browser.ctx);
  await seed.page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(seed.page);
  const popup = await session.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html`);
  // The popup describes the active tab: make the article active, then load the popup again.
  await seed.page.bringToFront();
  await popup.reload();
  const site = popup.getByRole("switch", { name: "Annotate 127.0.0.1" });
  await site.waitFor();
  assert.equal(await site.isChecked(), true);
  await popup.locator("#people li", { hasText: "Alexander Lukashenko" }).waitFor();
  assert.match(await popup.locator("#date").textContent(), /2025-11-28/);
  const claimRows = await popup.locator("#claims li").count();
  assert.equal(claimRows, 4, "one row per claim kind");

  await site.uncheck();
  await seed.page.waitForFunction(() => !document.querySelector("nc-mark, nc-card-host") && CSS.highlights.size === 0,
    null, { timeout: 3000 });
  await site.check();
  await waitForAnnotations(seed.page);
  assert.deepEqual(seed.errors, []);
  await popup.close();
  await seed.page.close();
});

test("a page with nothing to mark is left alone: no legend, no element, and the popup says why", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/plain`);
  const popup = await session.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html`);
  await page.bringToFront();
  // The content script answers the popup once it has read the page; until then it says "Reading".
  let status = "";
  for (let i = 0; i < 50; i++) {
    await popup.reload();
    await popup.locator("#everywhere").waitFor();
    status = (await popup.locator("#status").textContent()).trim();
    if (status && !status.startsWith("Reading")) break;
    await popup.waitForTimeout(100);
  }
  assert.ok(status && !status.startsWith("Reading") && !status.startsWith("News Context does not run"), status);
  assert.equal(await popup.locator("#summary").isHidden(), true);
  assert.deepEqual(await leftovers(page), noneLeft);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test("the background loads the wasm module and answers nc:plan with a Plan", async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  const r = await page.evaluate(async () => {
    const status = await chrome.runtime.sendMessage({ type: "nc:status" });
    const snapshot = {
      url: "http://127.0.0.1/x", lang: "en", title: "t", published: "2025-11-28", today: "2025-11-28",
      article_body_hint: "", blocks: [{ tag: "p", hints: "", in_article: true, landmarks: [] }],
      nodes: [{ text: "Lukashenko said so.", block: 0, heading: false, link: false, quote: false, caption: false, skip: false }],
    };
    const answer = await chrome.runtime.sendMessage({ type: "nc:plan", snapshot });
    const bad = await chrome.runtime.sendMessage({ type: "nc:plan", snapshot: { nodes: "not a list" } });
    return { status, keys: answer.plan ? Object.keys(answer.plan).sort() : answer, bad };
  });
  assert.equal(r.status.ready, true, `the wasm module loaded (${r.status.error})`);
  assert.match(r.status.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(r.keys, ["cards", "date", "date_source", "marks", "skipped_reason", "summary", "version"]);
  assert.ok(typeof r.bad.error === "string" && r.bad.error.length > 0, "a malformed snapshot gets {error}");
  await page.close();
});

test("the extension makes no network request", async () => {
  assert.deepEqual(session.browser.blocked, [], "no request left 127.0.0.1");
  const expected = new Set(["GET /seed", "GET /seed-csp", "GET /plain", "GET /report.js", "POST /report", "GET /favicon.ico"]);
  const unexpected = session.server.requests.filter((r) => !expected.has(r));
  assert.deepEqual(unexpected, [], "the test server saw only the pages' own requests");
});
