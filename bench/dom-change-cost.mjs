#!/usr/bin/env node
/**
 * dom-change-cost.mjs: what the frame after one change to a generated page costs, without the
 * extension, by page size: one name wrapped in an element (as the applier draws `<nc-mark>`)
 * against one range added to a registered CSS highlight (as it draws claims).
 *
 *   node bench/dom-change-cost.mjs [--rounds N] [--detail] [--kinds element,highlight,host,none] [bytes…]      (default 100000 300000 600000 1000000 2000000 5000000)
 *
 * Why: the planner draws names as highlights on pages above a size (`HIGHLIGHT_NAMES_ABOVE_UTF16`
 * in src/page/planner.rs), because past some size every inline change to the page costs its next
 * frame more than a frame's budget (the page's relayout grows with the page, not with the change).
 * This measures where: each generated page (bench/lib/server.mjs /gen/<bytes>) is loaded in plain
 * headless Chromium, left to settle, then changed once in a paragraph near the top, traced (CDP
 * `Tracing`), and the thread CPU (`tdur`) of the page's main-thread tasks from the change until
 * two frames later is summed; the largest of them is printed too. CPU time, not wall time: the
 * machine is shared. Each size and kind of change is measured `--rounds` times (default 3), on
 * fresh pages, and the median printed. Does not need the extension or ../shared.
 */
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, blockRemote } from "./lib/browser.mjs";
import { CHROMIUM } from "./lib/paths.mjs";
import { startServer } from "./lib/server.mjs";

/** Trace categories: the tasks and the page's own marks. */
const CATEGORIES = ["devtools.timeline", "toplevel", "blink.user_timing"];
/** How long (ms) the page is left after loading before it is changed, so its own layout is done. */
const SETTLE_MS = 1500;
/** With `--detail`: the inner events (thread CPU ms) of each run's largest task, this many. */
const INNER_SHOWN = 6;
/** The paragraph changed (index among the article's <p>): near the top, inside the viewport. */
const PARAGRAPH = 3;

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
const detail = args.includes("--detail");
const kindsAt = args.indexOf("--kinds");
/** The changes measured: `element`, `highlight`, `host` (the cards' host), `none` (no change at all). */
const kinds = kindsAt >= 0 ? args[kindsAt + 1].split(",") : ["element", "highlight"];
const sizes = args.filter((a) => /^\d+$/.test(a) && a !== String(rounds)).map(Number);
if (!sizes.length) sizes.push(100000, 300000, 600000, 1000000, 2000000, 5000000);

/** In the page: the change itself, between two user-timing marks; resolves two frames later. */
function change([kind, paragraph]) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  const p = document.querySelectorAll("article p")[paragraph];
  const text = p.firstChild;
  const at = text.data.indexOf(" ") + 1;
  const end = text.data.indexOf(" ", at);
  performance.mark("nc-change");
  if (kind === "element") {
    // As the applier draws a name: the Text node replaced by text, an element holding the name, text.
    const frag = document.createDocumentFragment();
    const el = document.createElement("nc-mark");
    el.setAttribute("tabindex", "0");
    el.textContent = text.data.slice(at, end);
    frag.append(text.data.slice(0, at), el, text.data.slice(end));
    p.replaceChild(frag, text);
  } else if (kind === "highlight") {
    // As it draws claims (and names on a large page): a range added to a registered highlight.
    const hl = CSS.highlights.get("nc-bench-change");
    hl.add(new StaticRange({ startContainer: text, startOffset: at, endContainer: text, endOffset: end }));
  } else if (kind === "host") {
    // As lib/cards.js mounts: a fixed, zero-sized element appended to <html>, with a shadow root
    // holding a fixed box (the legend).
    const host = document.createElement("nc-card-host");
    for (const [k, v] of [["position", "fixed"], ["top", "0"], ["left", "0"], ["width", "0"], ["height", "0"], ["z-index", "2147483647"]]) {
      host.style.setProperty(k, v, "important");
    }
    const box = document.createElement("section");
    box.style.cssText = "position: fixed; right: 12px; bottom: 12px; padding: 8px; background: #fff; border: 1px solid #888;";
    box.textContent = "News Context";
    host.attachShadow({ mode: "open" }).appendChild(box);
    document.documentElement.appendChild(host);
  }
  // "none": nothing changes; the frames that follow are the page's own cost of idling.
  return frames().then(() => performance.mark("nc-change-end"));
}

/** In the page, before the change: a highlight registered and styled, empty (its own restyle settles first). */
function prepare() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync("::highlight(nc-bench-change) { background-color: rgba(0, 114, 178, 0.10); text-decoration: underline solid #0072B2 2px; }");
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set("nc-bench-change", new Highlight());
}

async function measure(ctx, url, kind) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: "load", timeout: 120000 });
  await page.evaluate(prepare);
  await page.waitForTimeout(SETTLE_MS);
  const cdp = await ctx.newCDPSession(page);
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const traceDone = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { includedCategories: CATEGORIES } });
  await page.evaluate(change, [kind, PARAGRAPH]);
  await cdp.send("Tracing.end");
  await traceDone;
  await page.close();
  const mark = events.find((e) => e.name === "nc-change");
  const endMark = events.find((e) => e.name === "nc-change-end");
  if (!mark || !endMark) throw new Error("the trace lacks the page's marks");
  const main = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === "X" && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tops = [];
  let end = -1;
  for (const e of main) if (e.ts >= end) { tops.push(e); end = e.ts + e.dur; }
  const inWindow = tops.filter((t) => t.ts + t.dur >= mark.ts && t.ts <= endMark.ts);
  const cpu = (t) => (t.tdur ?? t.dur) / 1000;
  const layout = main.filter((e) => e.name === "Layout" && e.ts >= mark.ts && e.ts <= endMark.ts)
    .reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
  const top = inWindow.reduce((a, t) => (!a || cpu(t) > cpu(a) ? t : a), null);
  const inner = top ? main.filter((e) => e !== top && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur)
    .sort((a, b) => b.dur - a.dur).slice(0, INNER_SHOWN).map((e) => `${((e.tdur ?? e.dur) / 1000).toFixed(1)} ${e.name}`) : [];
  return { total: inWindow.reduce((s, t) => s + cpu(t), 0), largest: top ? cpu(top) : 0, layout,
    largestIs: top ? `${top.name} [${inner.join(", ")}]` : "" };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startServer([]);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
const ctx = await browser.newContext();
await blockRemote(ctx);
console.log(`the frame after one change, thread CPU ms (median of ${rounds}): all tasks from the change to two frames later / the largest task / Layout`);
for (const bytes of sizes) {
  const line = [];
  for (const kind of kinds) {
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await measure(ctx, `${server.url}/gen/${bytes}`, kind));
    const f = (k) => median(runs.map((x) => x[k])).toFixed(1);
    if (detail) for (const x of runs) console.log(`  ${bytes} ${kind}: largest task ${x.largest.toFixed(1)} ms: ${x.largestIs}`);
    line.push(`${kind} ${f("total")} / ${f("largest")} / ${f("layout")} (all: ${runs.map((x) => x.total.toFixed(1)).join(", ")})`);
  }
  console.log(`${String(bytes).padStart(8)} bytes: ${line.join("; ")}`);
}
await browser.close();
await server.close();
