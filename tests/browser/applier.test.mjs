/**
 * applier.test.mjs: the shared lib/ scripts (snapshot, applier, cards) in a real Chromium page,
 * without the extension and without the planner: plans here are written by the test against the
 * documented Plan format (src/page/plan.rs), with offsets found by the test in the snapshot's text.
 * This pins the DOM side of the contract whatever the planner marks.
 */
import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { CHROMIUM, startServer } from "./helpers.mjs";

let server;
let browser;
let page;
let pageErrors;

before(async () => {
  const { chromium } = await import("playwright-core");
  server = await startServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await page.goto(`${server.url}/fixtures/applier.html`);
  await page.waitForFunction(() => window.fixtureLoaded === true && !!window.NewsContext?.cards);
  // A plan builder for the tests: marks located by substring in the snapshot's node texts.
  await page.evaluate(() => {
    window.take = () => {
      const s = NewsContext.snapshot.take(document);
      window.snap = s;
      return s;
    };
    window.mark = (kind, nodeText, needle, card = 0, occurrence = 0, group = 0) => {
      const i = window.snap.snapshot.nodes.findIndex((n) => n.text.includes(nodeText));
      if (i < 0) throw new Error(`no node with ${nodeText}`);
      const text = window.snap.snapshot.nodes[i].text;
      let at = -1;
      for (let k = 0; k <= occurrence; k++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`no ${needle} in node ${i}`);
      return { node: i, start: at, end: at + needle.length, kind, card, group };
    };
    window.personCard = (heading, link = "") => ({
      kind: "person", heading, subheading: "Belarus", note: "As of 2025-11-28.", link, person: "Q1",
      lines: [{ key: "role", label: "Role", value: "President of Belarus" }],
    });
    /** Appends `count` paragraphs each naming Alexander Lukashenko, snapshots the page, and marks
     * the name (card 0) and the whole paragraph as a vague claim in each, one group per paragraph:
     * a long plan for the tests of sliced and lazy drawing. */
    window.paragraphsNamingLukashenko = (count) => {
      const article = document.querySelector("article") || document.body;
      for (let i = 0; i < count; i++) {
        const p = document.createElement("p");
        p.textContent = `Paragraph ${i}: Alexander Lukashenko spoke, officials said.`;
        article.appendChild(p);
      }
      const markup = document.body.innerHTML;
      const { snapshot, nodes } = take();
      const marks = [];
      snapshot.nodes.forEach((n, i) => {
        const at = n.text.indexOf("Alexander Lukashenko");
        if (!n.text.startsWith("Paragraph ") || at < 0) return;
        marks.push({ node: i, start: at, end: at + 20, kind: "name", card: 0, group: i });
        marks.push({ node: i, start: 0, end: n.text.length, kind: "claim-vague", card: 0, group: i });
      });
      return { snapshot, nodes, marks, markup };
    };
  });
});

test("the snapshot lists every non-whitespace text node in document order, with blocks and flags", async () => {
  const r = await page.evaluate(() => {
    const { snapshot, nodes } = take();
    const find = (t) => snapshot.nodes.find((n) => n.text.includes(t));
    const blockOf = (t) => snapshot.blocks[find(t).block];
    return {
      sameText: nodes.every((n, i) => n.data === snapshot.nodes[i].text),
      allNonBlank: snapshot.nodes.every((n) => /\S/.test(n.text)),
      ordered: nodes.every((n, i) => i === 0 ||
        (nodes[i - 1].compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0),
      published: snapshot.published,
      hint: snapshot.article_body_hint,
      today: snapshot.today,
      lang: snapshot.lang,
      title: snapshot.title,
      url: snapshot.url,
      heading: find("Leaders meet"),
      link: find("continue"),
      putin: find("Putin"),
      quote: find("We agreed"),
      caption: find("in Caracas"),
      skipped: ["Hidden Maduro", "Aria hidden", "Display none", "Invisible", "code Maduro",
        "Editable Maduro"].map((t) => [t, find(t) ? find(t).skip === true : "absent"]),
      neverWalked: ["Textarea Maduro", "window.fixtureLoaded"].filter((t) => find(t)),
      visibleChild: find("visible child").skip === true, // a flag that is false is left out
      lead: blockOf("Alexander Lukashenko"),
      nav: blockOf("Home"),
      footer: blockOf("Footer text"),
      p2Blocks: [find("President Vladimir").block, find("Putin").block, find("continue").block],
    };
  });
  assert.ok(r.sameText && r.allNonBlank && r.ordered);
  assert.equal(r.published, "2025-11-28T09:00:00Z", "JSON-LD datePublished inside @graph");
  assert.equal(r.hint, "Leaders meet. The Belarusian President met an envoy.");
  assert.match(r.today, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(r.lang, "en");
  assert.equal(r.title, "Applier fixture");
  assert.ok(r.url.endsWith("/fixtures/applier.html"));
  assert.equal(r.heading.heading, true);
  assert.equal(r.link.link, true);
  assert.equal(r.putin.link, undefined, "flags that are false are left out of the snapshot");
  assert.equal(r.quote.quote, true);
  assert.equal(r.caption.caption, true);
  for (const [t, skip] of r.skipped) assert.equal(skip, true, `${t} must be marked skip`);
  assert.deepEqual(r.neverWalked, [], "script and textarea text is not part of the snapshot");
  assert.equal(r.visibleChild, false, "visibility:visible inside visibility:hidden is shown");
  assert.deepEqual(r.lead, { tag: "p", hints: "lead text p1 story layout wide", in_article: true },
    "at most 6 hint words (what the planner reads); empty landmarks left out");
  assert.deepEqual(r.nav.landmarks, ["nav"]);
  assert.equal(r.nav.in_article, undefined, "a block's fields that are false are left out");
  assert.deepEqual(r.footer.landmarks, ["footer"]);
  assert.equal(new Set(r.p2Blocks).size, 1, "inline elements share their paragraph's block");
});

test("the snapshot reads a rendered same-origin frame's text and leaves a hidden frame's unread", async () => {
  const r = await page.evaluate(async () => {
    const frame = (style, text) => new Promise((resolve) => {
      const f = document.createElement("iframe");
      f.setAttribute("style", style);
      f.srcdoc = `<p>${text}</p>`;
      f.addEventListener("load", () => resolve(f), { once: true });
      document.body.append(f);
    });
    const frames = await Promise.all([
      frame("width: 300px; height: 80px", "Framed Maduro text."),
      frame("display: none", "Hidden frame Maduro text."),
      frame("visibility: hidden", "Invisible frame Maduro text."),
    ]);
    const texts = take().snapshot.nodes.map((n) => n.text);
    const sliced = (await NewsContext.snapshot.takeSliced(document, { sliceMs: 1 })).snapshot.nodes.map((n) => n.text);
    for (const f of frames) f.remove();
    return { texts, sliced };
  });
  assert.ok(r.texts.includes("Framed Maduro text."), "a rendered same-origin frame is read where it stands");
  assert.ok(!r.texts.some((t) => t.includes("Hidden frame")), "a display:none frame is not read");
  assert.ok(!r.texts.some((t) => t.includes("Invisible frame")), "a visibility:hidden frame is not read");
  assert.deepEqual(r.sliced, r.texts, "the sliced snapshot reads the same text");
});

test("names are wrapped in nc-mark and claims drawn as highlights, at exact UTF-16 offsets", async () => {
  const r = await page.evaluate(() => {
    take();
    const p1 = "Alexander Lukashenko";
    const plan = {
      version: 1, date: "2025-11-28", date_source: "page", skipped_reason: "",
      marks: [
        mark("claim-named", p1, "The Belarusian President, Alexander Lukashenko, met Nicolás Maduro’s envoy 😀 and Lukashenko said so.", 1),
        mark("name", p1, "Alexander Lukashenko", 0),
        mark("name", p1, "Nicolás Maduro", 0),
        mark("name", p1, "Lukashenko", 0, 1), // after the emoji (a surrogate pair)
        mark("name", "Vladimir", "Vladimir", 0, 0, 7),
        mark("name", "Putin", "Putin", 0, 0, 7),
        mark("claim-anonymous", "Vladimir", "President Vladimir", 1, 0, 3),
        mark("claim-anonymous", "Putin", "Putin", 1, 0, 3),
        mark("claim-vague", "We agreed", "“We agreed,”", 1),
        mark("claim-none", "in Caracas", "Maduro in Caracas.", 1),
      ],
      cards: [personCard("Alexander Lukashenko"), { kind: "claim", heading: "Named source", subheading: "", lines: [], note: "", link: "", person: "" }],
      summary: { named: 1, anonymous: 1, vague: 1, none: 1, people: [], quoted: [] },
    };
    const h = NewsContext.applier.apply(plan, snap.nodes, { texts: snap.snapshot.nodes.map((n) => n.text) });
    // The highlights hold StaticRanges: read their text through a live Range made here.
    const text = (r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); };
    const ranges = (name) => [...CSS.highlights.get(name)].map(text);
    return {
      counts: h.counts,
      marks: [...document.querySelectorAll("nc-mark")].map((m) => [m.textContent, m.getAttribute("tabindex"), m.dataset.ncCard]),
      named: ranges("nc-claim-named"),
      anonymous: ranges("nc-claim-anonymous"),
      vague: ranges("nc-claim-vague"),
      none: ranges("nc-claim-none"),
      sheets: document.adoptedStyleSheets.length,
      sheetText: [...document.adoptedStyleSheets[0].cssRules].map((r) => r.cssText).join("\n"),
      styleElements: document.querySelectorAll("style").length,
    };
  });
  assert.deepEqual(r.marks, [
    ["Alexander Lukashenko", "0", "0"], ["Nicolás Maduro", "0", "0"], ["Lukashenko", "0", "0"],
    ["Vladimir", "0", "0"], ["Putin", "0", "0"],
  ]);
  assert.deepEqual(r.named, ["The Belarusian President, Alexander Lukashenko, met Nicolás Maduro’s envoy 😀 and Lukashenko said so."],
    "a claim range spans the name elements inside it");
  assert.deepEqual(r.anonymous, ["President Vladimir", "Putin"]);
  assert.deepEqual(r.vague, ["“We agreed,”"]);
  assert.deepEqual(r.none, ["Maduro in Caracas."]);
  assert.deepEqual(r.counts, { names: 5, claims: 5, skipped: 0, pending: 0 });
  assert.equal(r.sheets, 1);
  assert.equal(r.styleElements, 0, "no <style> element is added to the page");
  for (const style of ["solid", "dashed", "dotted", "wavy"]) assert.ok(r.sheetText.includes(style), style);
});

test("undo restores the original Text nodes: outerHTML byte-identical, innerText never changes", async () => {
  const r = await page.evaluate(() => {
    const beforeHtml = document.documentElement.outerHTML;
    const beforeText = document.body.innerText;
    take();
    const originals = snap.nodes.slice();
    const plan = {
      marks: [
        mark("name", "Alexander Lukashenko", "Alexander Lukashenko"),
        mark("name", "Alexander Lukashenko", "Lukashenko", 0, 1),
        mark("name", "Putin", "Putin"),
        mark("claim-none", "We agreed", "We agreed"),
      ],
      cards: [personCard("Alexander Lukashenko", "https://en.wikipedia.org/wiki/Alexander_Lukashenko")],
      summary: { named: 0, anonymous: 0, vague: 0, none: 1, people: [{ id: "Q1", name: "A", role: "", mentions: 2 }], quoted: [] },
    };
    const h = NewsContext.applier.apply(plan, snap.nodes);
    const cards = NewsContext.cards.mount(plan, h);
    const duringText = document.body.innerText;
    const duringHtmlChanged = document.body.outerHTML !== beforeHtml;
    cards.destroy();
    h.undo();
    h.undo(); // twice is harmless
    return {
      same: document.documentElement.outerHTML === beforeHtml,
      textDuring: duringText === beforeText,
      duringHtmlChanged,
      textAfter: document.body.innerText === beforeText,
      originalsBack: originals.every((n) => n.isConnected),
      left: [document.querySelectorAll("nc-mark, nc-card-host").length, CSS.highlights.size, document.adoptedStyleSheets.length],
    };
  });
  assert.equal(r.duringHtmlChanged, true, "the marks were drawn");
  assert.equal(r.textDuring, true, "innerText is unchanged while annotated");
  assert.equal(r.same, true, "outerHTML is byte-identical after undo");
  assert.equal(r.textAfter, true);
  assert.equal(r.originalsBack, true, "the original Text node objects are back in the document");
  assert.deepEqual(r.left, [0, 0, 0]);
});

test("marks that no longer fit the page are skipped, never thrown", async () => {
  const r = await page.evaluate(() => {
    take();
    const good = mark("name", "Alexander Lukashenko", "Alexander Lukashenko");
    const changed = mark("name", "We agreed", "Lukashenko");
    document.getElementById("q").firstChild.data = "Text replaced by the page.";
    const plan = {
      marks: [
        good,
        { ...good, start: good.start + 3, end: good.end + 3 }, // overlaps the first name
        { node: good.node, start: 5, end: 100000, kind: "name", card: 0, group: 0 }, // beyond the text
        { node: 99999, start: 0, end: 3, kind: "claim-none", card: 0, group: 0 }, // no such node
        { node: good.node, start: 4, end: 2, kind: "claim-none", card: 0, group: 0 }, // reversed
        { node: good.node, start: 0, end: 3, kind: "claim-bogus", card: 0, group: 0 }, // unknown kind
        { node: good.node, start: 0.5, end: 3, kind: "claim-none", card: 0, group: 0 }, // not an integer
        changed, // the node's text changed since the snapshot
      ],
      cards: [personCard("Alexander Lukashenko")],
    };
    const h = NewsContext.applier.apply(plan, snap.nodes, { texts: snap.snapshot.nodes.map((n) => n.text) });
    const marks = document.querySelectorAll("nc-mark").length;
    h.undo();
    const empty = NewsContext.applier.apply({}, [], {});
    empty.undo();
    return { counts: h.counts, marks };
  });
  assert.deepEqual(r.counts, { names: 1, claims: 0, skipped: 7, pending: 0 });
  assert.equal(r.marks, 1);
});

test("a failure halfway through apply leaves the page exactly as it was", async () => {
  const r = await page.evaluate(() => {
    const before = document.documentElement.outerHTML;
    take();
    const plan = {
      marks: [mark("name", "Alexander Lukashenko", "Alexander Lukashenko"), mark("claim-none", "We agreed", "We agreed")],
      cards: [personCard("Alexander Lukashenko")],
    };
    const real = window.Highlight;
    window.Highlight = function () { throw new Error("highlights broke"); };
    let error = "";
    try {
      NewsContext.applier.apply(plan, snap.nodes);
    } catch (e) {
      error = e.message;
    } finally {
      window.Highlight = real;
    }
    return { error, same: document.documentElement.outerHTML === before, highlights: CSS.highlights.size, sheets: document.adoptedStyleSheets.length };
  });
  assert.deepEqual(r, { error: "highlights broke", same: true, highlights: 0, sheets: 0 });
});

test("applying twice never doubles a mark, a highlight or the stylesheet", async () => {
  const r = await page.evaluate(() => {
    take();
    const plan = {
      marks: [mark("name", "Alexander Lukashenko", "Alexander Lukashenko"), mark("claim-vague", "We agreed", "We agreed")],
      cards: [personCard("Alexander Lukashenko")],
    };
    NewsContext.applier.apply(plan, snap.nodes);
    const h2 = NewsContext.applier.apply(plan, snap.nodes);
    const after = {
      marks: document.querySelectorAll("nc-mark").length,
      nested: document.querySelectorAll("nc-mark nc-mark").length,
      ranges: CSS.highlights.get("nc-claim-vague").size,
      sheets: document.adoptedStyleSheets.length,
    };
    h2.undo();
    return { after, leftMarks: document.querySelectorAll("nc-mark").length, leftSheets: document.adoptedStyleSheets.length };
  });
  assert.deepEqual(r.after, { marks: 1, nested: 0, ranges: 1, sheets: 1 });
  assert.equal(r.leftMarks, 0);
  assert.equal(r.leftSheets, 0);
});

test("cards are built from text only and link only to https Wikipedia articles", async () => {
  const r = await page.evaluate(() => {
    take();
    const evil = "<img src=x onerror=window.pwned=1>";
    const plan = {
      marks: [
        mark("name", "Alexander Lukashenko", "Alexander Lukashenko", 0),
        mark("name", "Alexander Lukashenko", "Nicolás Maduro", 1),
        mark("name", "Putin", "Putin", 2),
      ],
      cards: [
        { ...personCard(evil, "javascript:alert(1)"), lines: [{ key: "role", label: evil, value: evil }] },
        personCard("Nicolás Maduro", "https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro"),
        personCard("Vladimir Putin", "https://evil.example/wiki/Putin"),
      ],
      summary: { named: 2, anonymous: 0, vague: 3, none: 4, people: [{ id: "a" }, { id: "b" }], quoted: [] },
    };
    const h = NewsContext.applier.apply(plan, snap.nodes);
    const cards = NewsContext.cards.mount(plan, h);
    const root = document.querySelector("nc-card-host").shadowRoot;
    const out = [];
    for (const el of document.querySelectorAll("nc-mark")) {
      cards.open(el);
      const card = root.querySelector("[role=tooltip]");
      out.push({
        heading: card.querySelector(".nc-card-heading").textContent,
        imgs: card.querySelectorAll("img").length,
        href: card.querySelector("a")?.getAttribute("href") ?? null,
        describedBy: el.getAttribute("aria-describedby") === document.querySelector("nc-card-host").id,
        dd: card.querySelector("dd")?.textContent,
      });
      cards.close();
    }
    const legend = [...root.querySelectorAll(".legend li")].map((li) => [li.dataset.kind, li.querySelector(".count").textContent]);
    const hostParent = document.querySelector("nc-card-host").parentNode === document.documentElement;
    cards.destroy();
    h.undo();
    return { out, legend, hostParent, pwned: window.pwned === 1, hosts: document.querySelectorAll("nc-card-host").length };
  });
  assert.equal(r.out[0].heading, "<img src=x onerror=window.pwned=1>");
  assert.equal(r.out[0].imgs, 0);
  assert.equal(r.out[0].dd, "<img src=x onerror=window.pwned=1>");
  assert.equal(r.out[0].href, null, "a javascript: link is never set");
  assert.equal(r.out[1].href, "https://en.wikipedia.org/wiki/Nicol%C3%A1s_Maduro");
  assert.equal(r.out[2].href, null, "a link to another site is never set");
  assert.ok(r.out.every((o) => o.describedBy), "the open card describes its mark");
  assert.equal(r.pwned, false);
  assert.equal(r.hostParent, true, "the host hangs off <html>, not <body>");
  assert.deepEqual(r.legend, [["claim-named", "2"], ["claim-anonymous", "0"], ["claim-vague", "3"], ["claim-none", "4"], ["name", "2"]]);
  assert.equal(r.hosts, 0);
});

test("a name inside a link takes no focus stop of its own; focusing the link opens its card", async () => {
  const r = await page.evaluate(() => {
    take();
    const plan = {
      marks: [mark("name", "continue", "continue", 0), mark("name", "Putin", "Putin", 0)],
      cards: [personCard("Alexander Lukashenko")],
    };
    const h = NewsContext.applier.apply(plan, snap.nodes);
    const c = NewsContext.cards.mount(plan, h, { legend: false });
    const inLink = document.querySelector("a nc-mark");
    const plain = document.querySelector("b nc-mark");
    const out = { inLink: inLink.hasAttribute("tabindex"), plain: plain.getAttribute("tabindex") };
    document.querySelector("#p2 a").focus();
    const card = document.querySelector("nc-card-host").shadowRoot.querySelector("[role=tooltip]");
    out.openOnLinkFocus = !card.hidden &&
      document.querySelector("#p2 a").getAttribute("aria-describedby") === document.querySelector("nc-card-host").id;
    document.querySelector("#p2 a").blur();
    out.closedOnBlur = card.hidden && !document.querySelector("#p2 a").hasAttribute("aria-describedby");
    // A link with its own description keeps it: ours is added while open, then taken away exactly.
    document.querySelector("#p2 a").setAttribute("aria-describedby", "own-note");
    document.querySelector("#p2 a").focus();
    out.both = document.querySelector("#p2 a").getAttribute("aria-describedby");
    document.querySelector("#p2 a").blur();
    out.own = document.querySelector("#p2 a").getAttribute("aria-describedby");
    document.querySelector("#p2 a").removeAttribute("aria-describedby");
    out.both = out.both === `own-note ${document.querySelector("nc-card-host").id}`;
    c.destroy();
    h.undo();
    return out;
  });
  assert.deepEqual(r, { inLink: false, plain: "0", openOnLinkFocus: true, closedOnBlur: true, both: true, own: "own-note" });
});

test("the open card is its mark's accessible description, through aria-describedby", async () => {
  await page.evaluate(() => {
    take();
    const plan = {
      marks: [mark("name", "Alexander Lukashenko", "Alexander Lukashenko")],
      cards: [personCard("Alexander Lukashenko")],
      summary: { named: 1, anonymous: 0, vague: 0, none: 0, people: [], quoted: [] },
    };
    window.h = NewsContext.applier.apply(plan, snap.nodes);
    window.c = NewsContext.cards.mount(plan, window.h);
    window.c.open(document.querySelector("nc-mark"));
  });
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const described = nodes.filter((n) => n.description && n.description.value).map((n) => n.description.value);
  await page.evaluate(() => { window.c.destroy(); window.h.undo(); });
  assert.equal(described.length, 1, JSON.stringify(described));
  assert.match(described[0], /^Alexander Lukashenko Belarus Role President of Belarus As of 2025-11-28\.$/);
  assert.doesNotMatch(described[0], /Named source/, "the legend is not part of the description");
});

test("a card opens below or above its word, inside the viewport, without covering it or shifting layout", async () => {
  const r = await page.evaluate(async () => {
    take();
    const plan = {
      marks: [mark("name", "Alexander Lukashenko", "Alexander Lukashenko"), mark("name", "Bottom of the page", "Lukashenko")],
      cards: [personCard("Alexander Lukashenko", "https://en.wikipedia.org/wiki/Alexander_Lukashenko")],
    };
    const h = NewsContext.applier.apply(plan, snap.nodes);
    const cards = NewsContext.cards.mount(plan, h, { legend: false });
    const card = document.querySelector("nc-card-host").shadowRoot.querySelector("[role=tooltip]");
    const results = [];
    for (const el of document.querySelectorAll("nc-mark")) {
      el.scrollIntoView({ block: "end" });
      await new Promise((res) => requestAnimationFrame(res));
      const scrollBefore = document.scrollingElement.scrollHeight;
      cards.open(el);
      const w = el.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      results.push({
        below: c.top >= w.bottom, above: c.bottom <= w.top,
        inside: c.top >= 0 && c.left >= 0 && c.bottom <= innerHeight && c.right <= innerWidth,
        noShift: document.scrollingElement.scrollHeight === scrollBefore,
      });
      cards.close();
    }
    cards.destroy();
    h.undo();
    return results;
  });
  for (const x of r) {
    assert.ok(x.below || x.above, "the card does not cover the word");
    assert.ok(x.inside, "the card is inside the viewport");
    assert.ok(x.noShift, "opening a card does not change the page's layout");
  }
  assert.ok(r[1].above, "at the bottom of the viewport the card opens above the word");
});

test("a claim's card opens when the pointer rests on its highlighted text, and closes on Escape or leaving", async () => {
  await page.evaluate(() => {
    take();
    const plan = {
      marks: [mark("claim-vague", "We agreed", "“We agreed,” Lukashenko said.", 1), mark("name", "We agreed", "Lukashenko", 0)],
      cards: [personCard("Alexander Lukashenko"),
        { kind: "claim", heading: "Vague source", subheading: "", lines: [{ key: "cue", label: "Cue", value: "said" }], note: "", link: "", person: "" }],
    };
    window.h = NewsContext.applier.apply(plan, snap.nodes);
    window.c = NewsContext.cards.mount(plan, window.h, { legend: false });
  });
  // The middle of "agreed": claim text that is not part of the name.
  const box = await page.evaluate(() => {
    const t = document.getElementById("q").firstChild;
    const r = document.createRange();
    r.setStart(t, 4);
    r.setEnd(t, 9);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  const card = page.locator("nc-card-host [role=tooltip]");
  await page.mouse.move(box.x, box.y);
  await card.waitFor({ state: "visible" });
  assert.equal(await card.locator(".nc-card-heading").textContent(), "Vague source");
  assert.equal(await card.getAttribute("data-kind"), "claim-vague");
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  await page.mouse.move(box.x + 2, box.y);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await card.isHidden(), true, "a dismissed card stays closed while the pointer stays");
  await page.mouse.move(5, 5);
  await page.mouse.move(box.x, box.y);
  await card.waitFor({ state: "visible" });
  // The name inside the claim opens the person's card instead.
  await page.locator("#q nc-mark").hover();
  await card.locator(".nc-card-heading", { hasText: "Alexander Lukashenko" }).waitFor();
  await page.mouse.move(5, 5);
  await card.waitFor({ state: "hidden" });
  await page.evaluate(() => { window.c.destroy(); window.h.undo(); });
});

test("a plan over thousands of text nodes is drawn near the viewport first, the rest as the reader scrolls", async () => {
  const r = await page.evaluate(async () => {
    const { snapshot, nodes, marks, markup: before } = paragraphsNamingLukashenko(3000);
    const frame = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 50)));
    window.scrollTo(0, 0);
    const h = await NewsContext.applier.applySliced({ marks, cards: [personCard("Alexander Lukashenko")] }, nodes,
      { texts: snapshot.nodes.map((n) => n.text) });
    const inView = () => [...document.querySelectorAll("nc-mark")].some((m) => {
      const b = m.getBoundingClientRect();
      return b.bottom > 0 && b.top < innerHeight;
    });
    const drawnTops = [...document.querySelectorAll("nc-mark")].map((m) => m.getBoundingClientRect().top / innerHeight);
    const first = { lazy: h.lazy === true, counts: { ...h.counts }, marks: drawnTops.length,
      farthest: Math.max(...drawnTops), lookedUp: h.markOf(document.querySelector("nc-mark")) === marks[0] };
    // The keyboard's stepping order (lib/navigator.js) follows the marks drawn later too.
    await new Promise((res, rej) => {
      const tag = document.createElement("script");
      tag.src = "/lib/navigator.js";
      tag.onload = res;
      tag.onerror = rej;
      document.head.appendChild(tag);
    });
    const nav = NewsContext.navigator.attach(h, {}, {});
    first.steps = nav.items().length;
    window.scrollTo(0, document.documentElement.scrollHeight);
    let waited = 0;
    while (!inView() && waited < 100) { await frame(); waited++; }
    const later = { marks: document.querySelectorAll("nc-mark").length, inView: inView(), counts: { ...h.counts },
      steps: nav.items().length };
    nav.destroy();
    h.undo();
    await frame();
    const restored = document.body.innerHTML === before && document.querySelectorAll("nc-mark").length === 0 &&
      !CSS.highlights.has("nc-claim-vague");
    window.scrollTo(0, document.documentElement.scrollHeight);
    await frame();
    await frame();
    const afterUndo = document.querySelectorAll("nc-mark").length;
    return { total: marks.length / 2, first, later, restored, afterUndo };
  });
  assert.equal(r.first.lazy, true, "drawn lazily");
  assert.ok(r.first.marks > 0, "names near the viewport are drawn at once");
  assert.ok(r.first.farthest < 4, `only near the viewport (the farthest drawn is ${r.first.farthest} viewports down)`);
  assert.ok(r.first.marks < r.total / 2, `most of the ${r.total} names wait (${r.first.marks} drawn)`);
  assert.equal(r.first.counts.names + r.first.counts.pending / 2, r.total, `counts: ${JSON.stringify(r.first.counts)}`);
  assert.equal(r.first.counts.claims, r.first.counts.names, "each drawn node has its claim too");
  assert.ok(r.first.lookedUp, "markOf knows a drawn mark");
  assert.ok(r.later.inView && r.later.marks > r.first.marks, `scrolling to the end draws the names there (${r.later.marks})`);
  assert.ok(r.later.marks < r.total, "what the reader skipped over stays undrawn");
  assert.ok(r.first.steps > 0 && r.later.steps > r.first.steps, `stepping reaches the marks drawn later (${r.first.steps} -> ${r.later.steps})`);
  assert.ok(r.restored, "undo restores the page exactly, highlights gone");
  assert.equal(r.afterUndo, 0, "nothing is drawn after undo, wherever the reader scrolls");
});

test("a sliced drawing of many claims lays out the marks, then the caller's beforeHighlights, then registers the highlights, each after a frame", async () => {
  const r = await page.evaluate(async () => {
    // Fewer text nodes than a lazy drawing takes, more claims than OWN_FRAME_ABOVE_CLAIMS (300).
    const { snapshot, nodes, marks } = paragraphsNamingLukashenko(400);
    const events = [];
    let frames = 0;
    const countFrames = () => { frames++; requestAnimationFrame(countFrames); };
    requestAnimationFrame(countFrames);
    const h = await NewsContext.applier.applySliced({ marks, cards: [personCard("Alexander Lukashenko")] }, nodes, {
      texts: snapshot.nodes.map((n) => n.text), sliceMs: 1000,
      beforeHighlights: (drawn) => events.push({ at: "before", frames, marks: document.querySelectorAll("nc-mark").length,
        registered: CSS.highlights.has("nc-claim-vague"), claims: drawn.counts.claims }),
    });
    events.push({ at: "resolved", frames, registered: CSS.highlights.has("nc-claim-vague") });
    // Few claims: not called, and the highlights are registered in the drawing's own slice.
    h.undo();
    let fewCalled = false;
    const few = await NewsContext.applier.applySliced({ marks: marks.slice(0, 20), cards: [personCard("Alexander Lukashenko")] }, nodes, {
      texts: snapshot.nodes.map((n) => n.text), beforeHighlights: () => { fewCalled = true; },
    });
    const fewRegistered = CSS.highlights.has("nc-claim-vague");
    few.undo();
    return { events, total: marks.length / 2, fewCalled, fewRegistered };
  });
  const [before, resolved] = r.events;
  assert.equal(before.at, "before");
  assert.equal(before.marks, r.total, "every name is drawn before the caller's turn");
  assert.equal(before.claims, r.total, "the handle counts the claims drawn");
  assert.equal(before.registered, false, "the highlights are not registered yet");
  assert.ok(before.frames >= 1, `a frame ran between the last marks and the caller's turn (${before.frames})`);
  assert.equal(resolved.registered, true, "the highlights are registered when the drawing resolves");
  assert.ok(resolved.frames > before.frames, `a frame ran between the caller's turn and the highlights (${before.frames} -> ${resolved.frames})`);
  assert.equal(r.fewCalled, false, "with few claims beforeHighlights is not called");
  assert.equal(r.fewRegistered, true, "with few claims the highlights are registered at once");
});

test("the snapshot does not look into a frame loading another origin, even while it holds its initial document", async () => {
  const r = await page.evaluate(() => {
    const add = (attrs) => {
      const f = document.createElement("iframe");
      for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
      document.body.appendChild(f);
      // Until the navigation commits, the frame holds an empty same-origin document: write into it.
      const p = f.contentDocument.createElement("p");
      p.textContent = `Text written into the frame ${attrs.id}.`;
      f.contentDocument.body.appendChild(p);
      return f;
    };
    const other = add({ id: "other", src: "http://127.0.0.1:9/never" }); // another origin (port)
    const blank = add({ id: "blank" });
    const found = NewsContext.snapshot.take(document).snapshot.nodes.map((n) => n.text);
    return {
      other: NewsContext.snapshot.frameDocument(other), blank: !!NewsContext.snapshot.frameDocument(blank),
      found: found.filter((t) => t.startsWith("Text written into the frame")),
    };
  });
  assert.equal(r.other, null);
  assert.equal(r.blank, true);
  assert.deepEqual(r.found, ["Text written into the frame blank."]);
});

test("a plan with names_as_highlights draws names as the nc-name highlight: no element enters the page; hover, stepping, Escape and undo work", async () => {
  await page.evaluate(() => new Promise((res, rej) => {
    if (NewsContext.navigator) return res();
    const tag = document.createElement("script");
    tag.src = "/lib/navigator.js";
    tag.onload = res;
    tag.onerror = rej;
    document.head.appendChild(tag);
  }));
  const drawn = await page.evaluate(() => {
    take();
    const plan = {
      names_as_highlights: true,
      marks: [
        mark("name", "The Belarusian President", "Alexander Lukashenko", 0, 0, 0),
        mark("claim-vague", "We agreed", "“We agreed,” Lukashenko said.", 1, 0, 1),
        mark("name", "We agreed", "Lukashenko", 0, 0, 2),
      ],
      cards: [personCard("Alexander Lukashenko"),
        { kind: "claim", heading: "Vague source", subheading: "", lines: [{ key: "cue", label: "Cue", value: "said" }], note: "", link: "", person: "" }],
    };
    window.before = { html: document.body.innerHTML, text: document.body.innerText };
    window.h = NewsContext.applier.apply(plan, snap.nodes);
    window.c = NewsContext.cards.mount(plan, window.h, { legend: false });
    const hl = CSS.highlights.get("nc-name");
    return {
      elements: document.querySelectorAll("nc-mark").length,
      html: document.body.innerHTML === window.before.html,
      text: document.body.innerText === window.before.text,
      ranges: hl ? [...hl].map((r) => r.startContainer.data.slice(r.startOffset, r.endOffset)) : null,
      priority: hl ? hl.priority : null,
      names: h.names.map((n) => ({ el: "el" in n, text: n.mark.kind })),
      counts: { ...h.counts },
      styled: [...document.adoptedStyleSheets].some((s) => [...s.cssRules].some((r) => r.cssText.includes("::highlight(nc-name)"))),
    };
  });
  assert.equal(drawn.elements, 0, "no <nc-mark> element");
  assert.ok(drawn.html, "the page's markup is unchanged");
  assert.ok(drawn.text, "the page's text is unchanged");
  assert.deepEqual(drawn.ranges, ["Alexander Lukashenko", "Lukashenko"], "the names are ranges of the nc-name highlight");
  assert.ok(drawn.priority > 0, "the names' highlight paints over the claims'");
  assert.deepEqual(drawn.names, [{ el: false, text: "name" }, { el: false, text: "name" }]);
  assert.equal(drawn.counts.names, 2);
  assert.equal(drawn.counts.claims, 1);
  assert.ok(drawn.styled, "the highlight has its style");

  // Hovering a name opens the person's card; the claim around it keeps its own.
  const box = (id, from, to) => page.evaluate(([id, from, to]) => {
    const t = document.getElementById(id).firstChild;
    const r = document.createRange();
    r.setStart(t, t.data.indexOf(from));
    r.setEnd(t, t.data.indexOf(from) + to);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, [id, from, to]);
  const card = page.locator("nc-card-host .card");
  const name = await box("q", "Lukashenko", "Lukashenko".length);
  await page.mouse.move(name.x, name.y);
  await card.locator(".nc-card-heading", { hasText: "Alexander Lukashenko" }).waitFor();
  assert.equal(await card.getAttribute("data-kind"), "name");
  assert.equal(await card.getAttribute("role"), "tooltip");
  const claim = await box("q", "agreed", 6);
  await page.mouse.move(claim.x, claim.y);
  await card.locator(".nc-card-heading", { hasText: "Vague source" }).waitFor();
  const first = await box("p1", "Alexander Lukashenko", 20);
  await page.mouse.move(first.x, first.y);
  await card.locator(".nc-card-heading", { hasText: "Alexander Lukashenko" }).waitFor();
  await page.keyboard.press("Escape");
  await card.waitFor({ state: "hidden" });
  await page.mouse.move(5, 5);

  // The keyboard: a step selects the first name and pins its card, with the focus in it.
  const at = () => page.evaluate(() => {
    const host = document.querySelector("nc-card-host");
    const c = host.shadowRoot.querySelector(".card");
    return { selected: getSelection().toString(), hidden: c.hidden, role: c.getAttribute("role"),
      heading: (c.querySelector(".nc-card-heading") || {}).textContent, focusInCard: host.shadowRoot.activeElement === c,
      kind: c.dataset.kind };
  });
  await page.keyboard.press("Alt+Shift+KeyN");
  let w = await at();
  assert.deepEqual(w, { selected: "Alexander Lukashenko", hidden: false, role: "dialog", heading: "Alexander Lukashenko",
    focusInCard: true, kind: "name" });
  // Escape closes the pinned card and leaves the selection on the name; the next step goes on from there.
  await page.keyboard.press("Escape");
  w = await at();
  assert.equal(w.hidden, true);
  assert.equal(w.selected, "Alexander Lukashenko");
  await page.keyboard.press("Alt+Shift+KeyN");
  w = await at();
  assert.equal(w.kind, "claim-vague", `the claim is next (${JSON.stringify(w)})`);
  await page.keyboard.press("Alt+Shift+KeyN");
  w = await at();
  assert.deepEqual([w.selected, w.kind, w.role, w.focusInCard], ["Lukashenko", "name", "dialog", true]);
  await page.keyboard.press("Escape");

  const undone = await page.evaluate(() => {
    window.c.destroy();
    window.h.undo();
    getSelection().removeAllRanges();
    return { highlight: CSS.highlights.has("nc-name"), html: document.body.innerHTML === window.before.html };
  });
  assert.deepEqual(undone, { highlight: false, html: true }, "undo removes the highlight; the page is as it was");
});

test("a sliced drawing of names as highlights shows the caller's beforeHighlights and the highlights in one task, after no frame", async () => {
  const r = await page.evaluate(async () => {
    const { snapshot, nodes } = take();
    const marks = [mark("name", "The Belarusian President", "Alexander Lukashenko", 0, 0, 0),
      mark("claim-vague", "We agreed", "“We agreed,” Lukashenko said.", 0, 0, 1)];
    let frames = 0;
    const countFrames = () => { frames++; requestAnimationFrame(countFrames); };
    requestAnimationFrame(countFrames);
    const seen = [];
    const h = await NewsContext.applier.applySliced({ names_as_highlights: true, marks, cards: [personCard("Alexander Lukashenko")] }, nodes, {
      texts: snapshot.nodes.map((n) => n.text),
      beforeHighlights: (drawn) => seen.push({ frames, registered: CSS.highlights.has("nc-name"), names: drawn.names.length }),
    });
    const after = { frames, registered: CSS.highlights.has("nc-name") && CSS.highlights.has("nc-claim-vague"),
      elements: document.querySelectorAll("nc-mark").length };
    h.undo();
    return { seen, after };
  });
  assert.equal(r.seen.length, 1, "beforeHighlights is called once");
  assert.deepEqual([r.seen[0].registered, r.seen[0].names], [false, 1], "before the highlights, with the names drawn");
  assert.equal(r.after.frames, r.seen[0].frames, "no frame between the caller's turn and the highlights");
  assert.equal(r.after.registered, true);
  assert.equal(r.after.elements, 0);
});

test("without the Custom Highlight API a plan's names_as_highlights falls back to <nc-mark> elements", async () => {
  const r = await page.evaluate(() => {
    take();
    const plan = { names_as_highlights: true, marks: [mark("name", "The Belarusian President", "Alexander Lukashenko")],
      cards: [personCard("Alexander Lukashenko")] };
    const saved = window.Highlight;
    window.Highlight = undefined;
    try {
      const h = NewsContext.applier.apply(plan, snap.nodes);
      const out = { elements: [...document.querySelectorAll("nc-mark")].map((m) => m.textContent), names: h.counts.names };
      h.undo();
      return out;
    } finally {
      window.Highlight = saved;
    }
  });
  assert.deepEqual(r, { elements: ["Alexander Lukashenko"], names: 1 });
});

test("no page error or console error was logged by the lib scripts", () => {
  assert.deepEqual(pageErrors, []);
});
