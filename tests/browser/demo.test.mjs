/**
 * demo.test.mjs: the demo page (build/www) in headless Chromium, served by the test server.
 *
 * Pins: the demo builds the seed article from www/seed-article.txt and annotates it in place with
 * the same wasm and the same lib/ applier and cards as the extension; cards open on hover; the paste
 * form annotates a pasted paragraph with its date field as the publication date; the keyboard
 * reaches a claim's card and its Hide removes the claim (kept in memory on the demo); no console error;
 * no accessibility violation found by axe-core (WCAG 2 A/AA rules).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { CHROMIUM, ROOT, WWW_DIR, requireBuild, seedLines, startServer } from "./helpers.mjs";

let server;
let browser;
let page;
const errors = [];

before(async () => {
  requireBuild({ www: true });
  const { chromium } = await import("playwright-core");
  server = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the demo ships the same lib/ scripts as the extension", () => {
  requireBuild({ www: true });
  for (const f of ["snapshot.js", "applier.js", "strings.js", "feedback.js", "navigator.js", "cards.js"]) {
    assert.equal(fs.readFileSync(path.join(WWW_DIR, "lib", f), "utf8"),
      fs.readFileSync(path.join(ROOT, "extension/lib", f), "utf8"), f);
  }
});

test("the demo annotates the seed article in place", async () => {
  await page.goto(`${server.url}/www/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ncDemo === "ready", null, { timeout: 15000 });
  const lines = seedLines();
  const article = await page.evaluate(() => ({
    blocks: [...document.querySelectorAll("#article > *")].map((el) => [el.localName, el.textContent]),
  }));
  assert.deepEqual(article.blocks, lines.map((l) => [l === "Putin’s support" ? "h2" : "p", l]),
    "one <p> per line of seed-article.txt, the subheading an <h2>");
  await page.waitForFunction(() => document.querySelectorAll("#article nc-mark").length > 0 && CSS.highlights.size > 0,
    null, { timeout: 10000 });
  const text = await page.evaluate(() => document.getElementById("article").innerText);
  assert.equal(text.replace(/\s+/g, " ").trim(), lines.join(" "), "the article's text is unchanged");
  const legend = await page.evaluate(() =>
    [...document.querySelectorAll("#legend li")].map((li) => [li.dataset.kind, li.querySelector(".count").textContent]));
  assert.deepEqual(legend.map(([k]) => k), ["claim-named", "claim-anonymous", "claim-vague", "claim-none", "name"]);
  assert.ok(legend.every(([, n]) => /^\d+$/.test(n)), "the legend shows the plan's counts");
  assert.match(await page.locator("#status").textContent(), /Roles as of 2025-11-28 \(the article's date\)/);

  await page.locator("#article nc-mark", { hasText: /^Lukashenko$/ }).first().hover();
  const card = page.locator("nc-card-host [role=tooltip]");
  await card.waitFor({ state: "visible" });
  assert.equal(await card.locator(".nc-card-heading").textContent(), "Alexander Lukashenko");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
});

test("the paste form annotates a pasted paragraph at the date given", async () => {
  const paragraph = "“Colombia would not say no,” Colombian President Gustavo Petro said on Thursday.";
  await page.getByLabel("Article text (one paragraph per line)").fill(paragraph);
  await page.getByLabel("Publication date (roles are resolved at this date)").fill("2025-11-28");
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.waitForFunction((p) => {
    const blocks = document.querySelectorAll("#article > *");
    return blocks.length === 1 && blocks[0].textContent === p && document.querySelector("#article nc-mark");
  }, paragraph, { timeout: 10000 });
  const r = await page.evaluate(() => ({
    marks: [...document.querySelectorAll("#article nc-mark")].map((m) => m.textContent),
    claims: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    hosts: document.querySelectorAll("nc-card-host").length,
    sheets: document.adoptedStyleSheets.length,
  }));
  assert.ok(r.marks.some((m) => m.includes("Petro")), `Petro is marked (${r.marks})`);
  assert.ok(r.claims > 0, "the quote is marked as a claim");
  assert.equal(r.hosts, 1, "the previous cards were removed");
  assert.equal(r.sheets, 1, "the previous stylesheet was removed");

  // The date field is the publication date the planner resolves roles at.
  await page.getByLabel("Publication date (roles are resolved at this date)").fill("2019-06-01");
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.locator("#status", { hasText: "Roles as of 2019-06-01" }).waitFor({ timeout: 10000 });

  await page.getByRole("button", { name: "Show the sample article again" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#article > *").length > 10 &&
    document.querySelector("#article nc-mark"), null, { timeout: 10000 });
  assert.deepEqual(errors, [], "no console or page error");
});

test("in the demo, Alt+Shift+N reaches a claim's card and its Hide removes that claim; the legend counts without it", async () => {
  await page.goto(`${server.url}/www/index.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ncDemo === "ready", null, { timeout: 15000 });
  const legend = () => page.evaluate(() => Object.fromEntries([...document.querySelectorAll("#legend li")]
    .map((li) => [li.dataset.kind, Number(li.querySelector(".count").textContent)])));
  const ranges = () => page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
  const before = { legend: await legend(), ranges: await ranges() };
  let kind = "";
  for (let i = 0; i < 30 && !kind; i++) {
    await page.keyboard.press("Alt+Shift+N");
    kind = await page.evaluate(() => {
      const card = document.querySelector("nc-card-host").shadowRoot.querySelector(".card.pinned");
      return card && card.dataset.kind !== "name" ? card.dataset.kind : "";
    });
  }
  assert.ok(kind.startsWith("claim-"), "a claim's card was pinned");
  // The focus is in the card: Tab to its Hide button and press it.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.querySelector("nc-card-host").shadowRoot.activeElement.textContent), "Hide");
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => {
    const r = [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0);
    return r > 0 && r < n;
  }, before.ranges);
  const after = await legend();
  assert.equal(after[kind], before.legend[kind] - 1, `the legend's ${kind} count went down by one`);
  assert.match(await page.locator("#status").textContent(), /You hid 1\./);
  assert.deepEqual(errors, [], "no console or page error");
});

test("the demo page has no axe-core violations (WCAG 2 A and AA)", async () => {
  const ctx = await browser.newContext({ bypassCSP: true }); // to inject axe-core into the page
  const p = await ctx.newPage();
  await p.route("**/*", (route) =>
    new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort());
  await p.goto(`${server.url}/www/index.html`);
  await p.waitForFunction(() => document.documentElement.dataset.ncDemo === "ready", null, { timeout: 15000 });
  await p.addScriptTag({ path: path.join(ROOT, "node_modules/axe-core/axe.min.js") });
  const results = await p.evaluate(() => globalThis.axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
  }));
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
  assert.deepEqual(violations, []);
  await ctx.close();
});
