/**
 * axe.test.mjs: accessibility audits with axe-core (WCAG 2.0/2.1 A and AA rules and best practices)
 * of what a reader sees: the demo page with a card open, the seed article annotated by the built
 * extension with a person's card and a claim's card open (pinned, actions showing), and the popup
 * and options pages. Passes when axe reports no serious or critical violation.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  CHROMIUM, ROOT, chromiumWithServer, requireBuild, waitForAnnotations,
} from "./helpers.mjs";

const AXE = fs.readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

const session = chromiumWithServer();

/** Serious and critical violations on `page`, one line each. axe is evaluated through the debugger
 * protocol, so the page's CSP does not stop it. */
async function audit(page) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async (tags) =>
    (await globalThis.axe.run(document, { runOnly: { type: "tag", values: tags } })).violations
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) })), TAGS);
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.join(", ")})`);
}

const step = (page) => page.keyboard.press("Alt+Shift+N");

/** Steps until a claim's card is pinned. */
async function pinClaim(page) {
  for (let i = 0; i < 30; i++) {
    await step(page);
    const pinned = await page.evaluate(() => {
      const card = document.querySelector("nc-card-host")?.shadowRoot.querySelector(".card.pinned");
      return !!card && card.dataset.kind !== "name";
    });
    if (pinned) return;
  }
  throw new Error("no claim card was pinned after 30 steps");
}

test("the demo page with a claim's card open has no serious or critical axe violation", async () => {
  requireBuild({ www: true });
  const { chromium } = await import("playwright-core");
  const b = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await b.newPage();
    await page.route("**/*", (route) =>
      new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
    await page.goto(`${session.server.url}/www/index.html`);
    await page.waitForFunction(() => document.documentElement.dataset.ncDemo === "ready", null, { timeout: 15000 });
    assert.deepEqual(await audit(page), [], "demo page");
    await pinClaim(page);
    assert.deepEqual(await audit(page), [], "demo page, claim card open");
  } finally {
    await b.close();
  }
});

test("an annotated article with a person's card and then a claim's card open has no serious or critical axe violation", async () => {
  const page = await session.browser.ctx.newPage();
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  assert.deepEqual(await audit(page), [], "annotated, no card open");
  await page.locator("nc-mark", { hasText: /^Lukashenko$/ }).first().focus();
  await page.locator("nc-card-host .card").waitFor({ state: "visible" });
  assert.deepEqual(await audit(page), [], "a person's card open on focus");
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("nc-card-host .card").getAttribute("role"), "dialog");
  assert.deepEqual(await audit(page), [], "a person's card pinned, actions showing");
  await page.keyboard.press("Escape");
  await pinClaim(page);
  assert.deepEqual(await audit(page), [], "a claim's card pinned");
  await page.close();
});

test("the popup and the options page have no serious or critical axe violation", async () => {
  const article = await session.browser.ctx.newPage();
  await article.goto(`${session.server.url}/seed`);
  await waitForAnnotations(article);
  const popup = await session.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html`);
  await article.bringToFront();
  await popup.reload();
  await popup.locator("#people li").first().waitFor();
  assert.deepEqual(await audit(popup), [], "popup with the article's summary");
  await popup.goto(`chrome-extension://${session.browser.extensionId}/options/options.html`);
  await popup.waitForFunction(() => document.documentElement.dataset.ready === "true");
  assert.deepEqual(await audit(popup), [], "options page");
  await popup.close();
  await article.close();
});
