/**
 * ui-marks.test.mjs: marks explain themselves and are reachable by keyboard, in the built extension
 * in headless Chromium on the seed article (a page written for the project).
 *
 * Pins: Alt+Shift+N / Alt+Shift+P step through names and claims in reading order (a claim gets the
 * selection and its card opens pinned, saying source, medium and cue, with the focus in it); the
 * keys are left to the page while one of its fields has focus; Escape returns the reader to the
 * mark; Enter on a name pins its card so its link and actions are reachable with Tab; "Hide" and
 * "Wrong person" remove the marks, are remembered across reloads under opaque keys (no page text or
 * address in storage) and are counted out of the popup's summary, which can bring them back; the
 * manifest declares the step commands and the tab answers the background's nc:step; cards stay readable at 200% zoom, in dark mode and in
 * forced-colours mode, inside the viewport, never over the word, with no layout shift.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import {
  EXT_DIR, chromiumWithServer, openWatched, seedPage, waitForAnnotations,
} from "./helpers.mjs";

/** The seed article with a search field in its header, whose keys must stay the page's. */
const routes = {
  "/seed-form": (req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(seedPage("Seed article with a search field").replace("<header>",
      '<header><form role="search" onsubmit="return false"><label>Search <input id="q" type="search"></label></form>'));
  },
};

const session = chromiumWithServer(routes);

/** Where the reader is after a step, seen from the page: the focused mark, or the selected claim
 * and the pinned card. */
async function where(page) {
  return page.evaluate(() => {
    const host = document.querySelector("nc-card-host");
    const card = host && host.shadowRoot.querySelector(".card");
    const sel = getSelection();
    const a = document.activeElement;
    // A name's place is its first character (as a claim's is the selection's start), so a claim and
    // a name that start on the same character are at the same place: the claim is stepped to first.
    const r = a && a.localName === "nc-mark" ? (() => { const x = document.createRange(); x.setStart(a.firstChild, 0); return x; })()
      : sel.rangeCount ? sel.getRangeAt(0) : null;
    let order = 0;
    if (r) {
      if (window.__ncLast) order = r.compareBoundaryPoints(Range.START_TO_START, window.__ncLast);
      window.__ncLast = r.cloneRange();
    }
    return {
      kind: a && a.localName === "nc-mark" ? "name" : a === host && card && card.getAttribute("role") === "dialog" ? "claim" : "",
      text: a && a.localName === "nc-mark" ? a.textContent : sel.toString(),
      order,
      cardOpen: !!card && !card.hidden,
      role: card ? card.getAttribute("role") : "",
      heading: card ? (card.querySelector(".nc-card-heading") || {}).textContent : "",
      sub: card ? (card.querySelector(".nc-card-sub") || {}).textContent || "" : "",
      focusInCard: !!host && host.shadowRoot.activeElement === card,
    };
  });
}

const step = (page, key = "N") => page.keyboard.press(`Alt+Shift+${key}`);

test("Alt+Shift+N steps through names and claims in reading order; a claim's card opens pinned and explains it", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const text = await page.evaluate(() => document.body.innerText);
  const seen = [];
  for (let i = 0; i < 12; i++) {
    await step(page);
    const w = await where(page);
    assert.ok(w.kind, `step ${i} landed on a mark (${JSON.stringify(w)})`);
    if (i > 0) {
      assert.ok(w.order > 0 || (w.order === 0 && w.kind === "name" && seen[i - 1].kind === "claim"),
        `step ${i} moved forward in the text (${w.text})`);
    }
    assert.ok(w.cardOpen, `step ${i}: the card is open`);
    if (w.kind === "claim") {
      assert.equal(w.role, "dialog");
      assert.ok(w.focusInCard, "the focus is in the claim's card");
      assert.match(w.heading, /^(Named|Anonymous|Vague) source$|^No source stated$/);
      assert.ok(w.sub.length > 0, "the card says the source, medium and cue in one line");
      if (w.heading === "No source stated") assert.equal(w.sub, "No source stated in this article.");
    }
    seen.push(w);
  }
  assert.ok(seen.some((w) => w.kind === "name") && seen.some((w) => w.kind === "claim"), "names and claims are both steps");
  // One claim explained as "source, via medium: cue".
  for (let i = 0; i < 40 && !seen.some((w) => / via .+: /.test(w.sub)); i++) {
    await step(page);
    seen.push(await where(page));
  }
  assert.ok(seen.some((w) => /^Alexander Lukashenko, via Belta: /.test(w.sub)), seen.map((w) => w.sub).join(" | "));
  // Back one step: the previous mark.
  const last = seen[seen.length - 1];
  await step(page, "P");
  const back = await where(page);
  assert.ok(back.order < 0, `Alt+Shift+P went back (${back.text} before ${last.text})`);
  assert.equal(await page.evaluate(() => document.body.innerText), text, "the page's text never changes");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the step keys are left to the page while one of its fields has focus", async () => {
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed-form`);
  await waitForAnnotations(page);
  await page.evaluate(() => {
    window.__keys = [];
    document.getElementById("q").addEventListener("keydown", (e) => {
      if (!/^(Alt|Shift)/.test(e.code)) window.__keys.push([e.code, e.defaultPrevented]);
    });
  });
  await page.locator("#q").focus();
  await step(page);
  const r = await page.evaluate(() => ({
    active: document.activeElement.id,
    keys: window.__keys,
    pinned: !!document.querySelector("nc-card-host")?.shadowRoot.querySelector(".card.pinned"),
  }));
  assert.equal(r.active, "q", "the focus stays in the field");
  assert.deepEqual(r.keys, [["KeyN", false]], "the field got the key, not prevented");
  assert.equal(r.pinned, false);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Escape closes a pinned claim card, the selection stays on the claim, and the next step goes on from there", async () => {
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  let w;
  for (let i = 0; i < 20; i++) {
    await step(page);
    w = await where(page);
    if (w.kind === "claim") break;
  }
  assert.equal(w.kind, "claim");
  const claimText = w.text;
  await page.keyboard.press("Escape");
  const after = await page.evaluate(() => ({
    open: !document.querySelector("nc-card-host").shadowRoot.querySelector(".card").hidden,
    selected: getSelection().toString(),
  }));
  assert.equal(after.open, false, "Escape closed the card");
  assert.equal(after.selected, claimText, "the selection is still on the claim");
  await step(page);
  const next = await where(page);
  assert.ok(next.order > 0, "the next step continues after the claim");
  await page.close();
});

test("Enter on a focused name pins its card: Tab reaches its link and actions; Escape returns to the name", async () => {
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const mark = page.locator("nc-mark", { hasText: /^Lukashenko$/ }).first();
  await mark.focus();
  const card = page.locator("nc-card-host .card");
  await card.waitFor({ state: "visible" });
  assert.equal(await card.getAttribute("role"), "tooltip", "focus alone opens the card as a tooltip");
  await page.keyboard.press("Enter");
  assert.equal(await card.getAttribute("role"), "dialog");
  const focused = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    focused.push(await page.evaluate(() => {
      const a = document.querySelector("nc-card-host").shadowRoot.activeElement;
      return a ? a.textContent : "";
    }));
  }
  assert.deepEqual(focused, ["Wikipedia article", "Hide", "Wrong person"]);
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Lukashenko");
  await page.close();
});

/** Sum of claim ranges drawn, and the name marks' texts. */
const drawn = (page) => page.evaluate(() => ({
  claims: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  names: [...document.querySelectorAll("nc-mark")].map((m) => m.textContent),
}));

async function popupFor(page) {
  const popup = await session.browser.ctx.newPage();
  await popup.goto(`chrome-extension://${session.browser.extensionId}/popup/popup.html`);
  await page.bringToFront();
  await popup.reload();
  await popup.waitForFunction(() => document.documentElement.dataset.ready === "true");
  return popup;
}

const claimCounts = (popup) => popup.locator("#claims li").evaluateAll((lis) =>
  Object.fromEntries(lis.map((li) => [li.dataset.kind, Number(li.querySelector(".count").textContent)])));

/** What storage holds, as text, to search for page text and addresses. */
const storageText = () => session.browser.worker.evaluate(async () =>
  JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));

test("Hide on a claim's card removes that claim only, is remembered under an opaque key, and the summary counts without it", async () => {
  await session.browser.worker.evaluate(() => chrome.storage.local.remove("feedback"));
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const before = await drawn(page);
  let popup = await popupFor(page);
  const countsBefore = await claimCounts(popup);
  await popup.close();

  let w;
  for (let i = 0; i < 20; i++) {
    await step(page);
    w = await where(page);
    if (w.kind === "claim" && w.heading === "Named source") break;
  }
  const kind = "claim-named";
  const claimText = w.text;
  await page.locator("nc-card-host .card button", { hasText: "Hide" }).click();
  // Wait for the new drawing (not the moment between undoing the old one and drawing it).
  await page.waitForFunction(({ claims, names }) => {
    const n = [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0);
    return n > 0 && n < claims && document.querySelectorAll("nc-mark").length === names;
  }, { claims: before.claims, names: before.names.length });
  const afterHide = await drawn(page);
  assert.deepEqual(afterHide.names, before.names, "name marks are untouched");

  const stored = await session.browser.worker.evaluate(async () => (await chrome.storage.local.get("feedback")).feedback);
  const entries = Object.entries(stored);
  assert.equal(entries.length, 1);
  assert.match(entries[0][0], /^[0-9a-z]{6,32}$/);
  assert.equal(entries[0][1].a, "hide");
  const all = await storageText();
  assert.ok(!all.includes("127.0.0.1") && !all.includes("/seed"), "no address in storage");
  for (const word of claimText.split(/\s+/).filter((x) => x.length > 5)) assert.ok(!all.includes(word), `no page text (${word}) in storage`);

  await page.reload();
  await waitForAnnotations(page);
  assert.deepEqual(await drawn(page), afterHide, "still hidden after a reload");
  popup = await popupFor(page);
  const countsAfter = await claimCounts(popup);
  assert.equal(countsAfter[kind], countsBefore[kind] - 1, "the summary counts without the hidden claim");
  assert.match(await popup.locator("#feedback-text").textContent(), /hid on this page: 1\. Name marks you called the wrong person: 0\./);
  await popup.getByRole("button", { name: "Show them again" }).click();
  await page.waitForFunction((n) => [...CSS.highlights.values()].reduce((s, h) => s + h.size, 0) === n, before.claims);
  assert.deepEqual(await session.browser.worker.evaluate(async () => (await chrome.storage.local.get("feedback")).feedback), {});
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test("Wrong person on a name's card removes the marks of that name for that person; the popup's people reflect it", async () => {
  await session.browser.worker.evaluate(() => chrome.storage.local.remove("feedback"));
  const { page, errors } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  const before = await drawn(page);
  const surname = before.names.filter((n) => n === "Zakharova").length ? "Zakharova" : "Lukashenko";
  const removed = before.names.filter((n) => n === surname).length;
  assert.ok(removed > 0);
  let popup = await popupFor(page);
  const mentions = async () => {
    const li = (await popup.locator("#people li").allTextContents()).find((t) => t.includes(surname)) || "";
    return Number((li.match(/\((\d+) mentions?\)/) || [0, 0])[1]);
  };
  const mentionsBefore = await mentions();
  await popup.close();

  await page.locator("nc-mark", { hasText: new RegExp(`^${surname}$`) }).first().focus();
  await page.keyboard.press("Enter");
  await page.locator("nc-card-host .card button", { hasText: "Wrong person" }).click();
  // The page is drawn again without them (wait for the new drawing, not the moment in between).
  await page.waitForFunction(({ s, n }) => document.querySelectorAll("nc-mark").length === n &&
    ![...document.querySelectorAll("nc-mark")].some((m) => m.textContent === s), { s: surname, n: before.names.length - removed });
  const after = await drawn(page);
  assert.equal(after.names.length, before.names.length - removed, "only that name's marks went");
  assert.equal(after.claims, before.claims, "claims are untouched");
  const stored = await session.browser.worker.evaluate(async () => (await chrome.storage.local.get("feedback")).feedback);
  assert.deepEqual(Object.values(stored).map((e) => e.a), ["wrong"]);
  assert.ok(!(await storageText()).includes(surname), "the name is not stored");

  popup = await popupFor(page);
  const mentionsAfter = await mentions();
  assert.ok(mentionsAfter < mentionsBefore, `mentions ${mentionsBefore} -> ${mentionsAfter}`);
  assert.match(await popup.locator("#feedback-text").textContent(), new RegExp(`hid on this page: 0\\. Name marks you called the wrong person: ${removed}\\.`));
  await popup.getByRole("button", { name: "Show them again" }).click();
  await page.waitForFunction((n) => document.querySelectorAll("nc-mark").length === n, before.names.length);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});

test("the manifest declares the step commands with the in-page keys, and an nc:step message from the background steps the tab", async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXT_DIR, "manifest.json"), "utf8"));
  assert.equal(manifest.commands["next-mark"].suggested_key.default, "Alt+Shift+N");
  assert.equal(manifest.commands["previous-mark"].suggested_key.default, "Alt+Shift+P");
  const { page } = await openWatched(session.browser.ctx);
  await page.goto(`${session.server.url}/seed`);
  await waitForAnnotations(page);
  await page.bringToFront();
  // What the worker's commands.onCommand listener does with the tab the browser gives it.
  await session.browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab.id, { type: "nc:step", direction: 1 });
  });
  await page.waitForFunction(() => document.activeElement.localName === "nc-mark" ||
    !!document.querySelector("nc-card-host")?.shadowRoot.querySelector(".card.pinned"), null, { timeout: 3000 });
  await page.close();
});

/** WCAG contrast ratio of two computed colours "rgb(r, g, b)". */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const [mode, media] of [
  ["light mode", { colorScheme: "light", forcedColors: "none" }],
  ["dark mode", { colorScheme: "dark", forcedColors: "none" }],
  ["forced-colours mode", { colorScheme: "light", forcedColors: "active" }],
]) {
  test(`at 200% zoom in ${mode} a card is readable, inside the viewport, off its word, with no layout shift`, async () => {
    await session.browser.worker.evaluate(() => chrome.storage.local.remove("feedback"));
    const { page, errors } = await openWatched(session.browser.ctx);
    const cdp = await session.browser.ctx.newCDPSession(page);
    // 200% zoom of a 1280×900 window: half as many CSS pixels, each two device pixels.
    await cdp.send("Emulation.setDeviceMetricsOverride", { width: 640, height: 450, deviceScaleFactor: 2, mobile: false });
    await page.emulateMedia(media);
    await page.goto(`${session.server.url}/seed`);
    await waitForAnnotations(page);
    const layout = () => page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      marks: [...document.querySelectorAll("nc-mark")].slice(0, 5).map((m) => {
        const r = m.getBoundingClientRect();
        return [Math.round(r.left + scrollX), Math.round(r.top + scrollY)];
      }),
    }));
    const first = await layout();
    for (const opener of ["name", "claim"]) {
      if (opener === "name") {
        await page.locator("nc-mark", { hasText: /^Lukashenko$/ }).first().focus();
      } else {
        await page.evaluate(() => document.activeElement.blur());
        for (let i = 0; i < 20; i++) {
          await step(page);
          if ((await where(page)).kind === "claim") break;
        }
      }
      const box = await page.evaluate((opener) => {
        const card = document.querySelector("nc-card-host").shadowRoot.querySelector(".card");
        const word = opener === "name" ? document.activeElement.getClientRects()[0] : getSelection().getRangeAt(0).getClientRects()[0];
        const c = card.getBoundingClientRect();
        const cs = getComputedStyle(card);
        const overlap = !(c.right <= word.left || c.left >= word.right || c.bottom <= word.top || c.top >= word.bottom);
        return {
          hidden: card.hidden, overlap, vw: document.documentElement.clientWidth, vh: document.documentElement.clientHeight,
          card: { left: c.left, top: c.top, right: c.right, bottom: c.bottom },
          color: cs.color, background: cs.backgroundColor,
          fontSize: parseFloat(getComputedStyle(card.querySelector(".nc-card-heading")).fontSize),
          border: cs.borderTopStyle,
        };
      }, opener);
      assert.equal(box.hidden, false, `${opener}: the card is open`);
      assert.equal(box.overlap, false, `${opener}: the card does not cover the word (${JSON.stringify(box)})`);
      assert.ok(box.card.left >= 0 && box.card.top >= 0 && box.card.right <= box.vw && box.card.bottom <= box.vh,
        `${opener}: the card is inside the viewport (${JSON.stringify(box)})`);
      assert.ok(contrast(box.color, box.background) >= 4.5, `${opener}: text contrast ${box.color} on ${box.background}`);
      assert.notEqual(box.border, "none", "the card has a border (it stays outlined when colours are forced)");
      assert.deepEqual(await layout(), first, "no layout shift while the card is open");
      await page.keyboard.press("Escape");
    }
    const second = await layout();
    assert.equal(second.height, first.height, "the page's height is unchanged");
    assert.equal(second.width, first.width, "no horizontal overflow was added");
    assert.deepEqual(errors, []);
    await page.close();
  });
}
