#!/usr/bin/env node
/**
 * dom-change-cost.mjs: what the frame after one change to a generated page costs, without the
 * extension, by page size: one name wrapped in an element (as the applier draws `<nc-mark>`)
 * against one range added to a registered CSS highlight (as it draws claims).
 *
 *   node bench/dom-change-cost.mjs [--rounds N] [--detail] [--style full|bg|underline|thin|color] [--kinds K,…] [bytes…]      (default 100000 300000 600000 1000000 2000000 5000000)
 *
 * Kinds (default `element,highlight`): `element`; `highlight` (one range added to the registered
 * highlight); `add:N[:spread]` (N ranges added at once, one a paragraph from the changed one on, or
 * spread evenly over the page); `register:N` (a new, unstyled highlight of N ranges registered);
 * `replace:N` (a new highlight of the registered one's ranges and N more, set under its name);
 * `reregister:N` (deleted, N ranges added, set again); `host` (the cards' host appended to <html>),
 * `host:body`, `host:contain`, `host:layer`, `host:hidden`, `host:early`, `host:popover` (variants,
 * at `change()`); `observe:N[:spread]` (an IntersectionObserver watching N paragraphs); `none`
 * (nothing changes). `--style`: the registered highlight's rule, `full`
 * (background and underline, as the names' highlight; default), `bg` (background only),
 * `underline` (underline only), `thin` (an underline of the font's own thickness) or `color` (the
 * text's colour only). With `--detail` each run's largest task is listed with its inner
 * events; the summary line gives Layout, PrePaint and Paint apart (session 9: any change to a
 * highlight with a text-decoration, and inserting a rendered element, make PrePaint walk the whole
 * page; a background-only highlight and a popover host do not).
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
const styleAt = args.indexOf("--style");
/** The highlight's style before the change (`prepare`): full, bg, underline, thin or color. */
const style = styleAt >= 0 ? args[styleAt + 1] : "full";
if (!["full", "bg", "underline", "thin", "color"].includes(style)) throw new Error(`--style: full, bg, underline, thin or color, not ${style}`);
const sizes = args.filter((a) => /^\d+$/.test(a) && a !== String(rounds)).map(Number);
if (!sizes.length) sizes.push(100000, 300000, 600000, 1000000, 2000000, 5000000);

/** In the page: the change itself, between two user-timing marks; resolves two frames later. */
function change([kind, paragraph]) {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
  const ps = document.querySelectorAll("article p");
  const p = ps[paragraph];
  const text = p.firstChild;
  const at = text.data.indexOf(" ") + 1;
  const end = text.data.indexOf(" ", at);
  /** `kind:N`: N ranges, one a paragraph, from the changed one on (`near`) or spread evenly over the page (`far`). */
  const [base, many, where] = kind.split(":");
  const rangesOf = () => {
    const n = Number(many) || 1;
    const step = where === "spread" ? Math.max(1, Math.floor((ps.length - paragraph) / n)) : 1;
    const out = [];
    for (let i = 0; i < n && paragraph + i * step < ps.length; i++) {
      const t = ps[paragraph + i * step].firstChild;
      const a = t.data.indexOf(" ") + 1;
      out.push(new StaticRange({ startContainer: t, startOffset: a, endContainer: t, endOffset: t.data.indexOf(" ", a) }));
    }
    return out;
  };
  const ranges = ["add", "register", "replace", "reregister"].includes(base) ? rangesOf() : [];
  performance.mark("nc-change");
  if (base === "add") {
    // N ranges added at once to the registered (empty) highlight.
    const hl = CSS.highlights.get("nc-bench-change");
    for (const r of ranges) hl.add(r);
  } else if (base === "register") {
    // A new highlight holding N ranges, registered (as the applier's register()).
    const hl = new Highlight(...ranges);
    CSS.highlights.set("nc-bench-change-2", hl);
  } else if (base === "observe") {
    // As the lazy drawing starts watching: an IntersectionObserver (the applier's margin) on N
    // paragraphs from the changed one on, or spread over the page.
    const n = Number(many) || 1;
    const step = where === "spread" ? Math.max(1, Math.floor((ps.length - paragraph) / n)) : 1;
    const io = new IntersectionObserver(() => {}, { rootMargin: "200% 0px" });
    for (let i = 0; i < n && paragraph + i * step < ps.length; i++) io.observe(ps[paragraph + i * step]);
  } else if (base === "replace") {
    // A new highlight holding the registered one's ranges and N more, set under the same name.
    const old = CSS.highlights.get("nc-bench-change");
    CSS.highlights.set("nc-bench-change", new Highlight(...old, ...ranges));
  } else if (base === "reregister") {
    // The registered highlight taken out, N ranges added to it, and set again.
    const hl = CSS.highlights.get("nc-bench-change");
    CSS.highlights.delete("nc-bench-change");
    for (const r of ranges) hl.add(r);
    CSS.highlights.set("nc-bench-change", hl);
  } else if (kind === "element") {
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
  } else if (base === "host") {
    // As lib/cards.js mounts: a fixed, zero-sized element appended to <html>, with a shadow root
    // holding a fixed box (the legend). `host:body`: appended to <body> instead; `host:contain`:
    // with `contain: layout style`; `host:layer`: `will-change: transform`; `host:hidden`: inserted
    // with `display: none` (and left so); `host:early`: the host was inserted before the page
    // settled (`prepare`), only its shadow root's box is added now.
    const early = many === "early" && document.querySelector("nc-card-host");
    const host = early || document.createElement("nc-card-host");
    if (!early) {
      for (const [k, v] of [["position", "fixed"], ["top", "0"], ["left", "0"], ["width", "0"], ["height", "0"], ["z-index", "2147483647"]]) {
        host.style.setProperty(k, v, "important");
      }
    }
    if (many === "contain") host.style.setProperty("contain", "layout style", "important");
    if (many === "layer") host.style.setProperty("will-change", "transform", "important");
    if (many === "hidden") host.style.setProperty("display", "none", "important");
    const box = document.createElement("section");
    box.style.cssText = "position: fixed; right: 12px; bottom: 12px; padding: 8px; background: #fff; border: 1px solid #888;";
    box.textContent = "News Context";
    (host.shadowRoot || host.attachShadow({ mode: "open" })).appendChild(box);
    if (many === "popover") host.setAttribute("popover", "manual");
    if (!early) (many === "body" ? document.body : document.documentElement).appendChild(host);
    // `host:popover`: a manual popover, shown in the top layer once inserted.
    if (many === "popover") host.showPopover();
  }
  // "none": nothing changes; the frames that follow are the page's own cost of idling.
  return frames().then(() => performance.mark("nc-change-end"));
}

/**
 * In the page, before the change: a highlight registered and styled, empty (its own restyle settles
 * first). `style`: `full` (background and underline, as the names' highlight), `bg` (background
 * only), `underline` (underline only), `thin` (underline, the font's thickness), `color` (the
 * text's colour). `earlyHost`: the cards' host inserted now (`host:early`).
 */
function prepare([style, earlyHost]) {
  if (earlyHost) {
    const host = document.createElement("nc-card-host");
    for (const [k, v] of [["position", "fixed"], ["top", "0"], ["left", "0"], ["width", "0"], ["height", "0"], ["z-index", "2147483647"]]) {
      host.style.setProperty(k, v, "important");
    }
    host.attachShadow({ mode: "open" });
    document.documentElement.appendChild(host);
  }
  const rule = { full: "background-color: rgba(0, 114, 178, 0.10); text-decoration: underline solid #0072B2 2px;",
    bg: "background-color: rgba(0, 114, 178, 0.10);", underline: "text-decoration: underline solid #0072B2 2px;",
    thin: "text-decoration: underline solid #0072B2;", color: "color: #0072B2;" }[style];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(nc-bench-change) { ${rule} }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set("nc-bench-change", new Highlight());
}

async function measure(ctx, url, kind, style) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: "load", timeout: 120000 });
  await page.evaluate(prepare, [style, kind === "host:early"]);
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
  const phase = (name) => main.filter((e) => e.name === name && e.ts >= mark.ts && e.ts <= endMark.ts)
    .reduce((s, e) => s + (e.tdur ?? e.dur) / 1000, 0);
  const layout = phase("Layout");
  const prePaint = phase("PrePaint");
  const paint = phase("Paint");
  const top = inWindow.reduce((a, t) => (!a || cpu(t) > cpu(a) ? t : a), null);
  const inner = top ? main.filter((e) => e !== top && e.ts >= top.ts && e.ts + e.dur <= top.ts + top.dur)
    .sort((a, b) => b.dur - a.dur).slice(0, INNER_SHOWN).map((e) => `${((e.tdur ?? e.dur) / 1000).toFixed(1)} ${e.name}`) : [];
  return { total: inWindow.reduce((s, t) => s + cpu(t), 0), largest: top ? cpu(top) : 0, layout, prePaint, paint,
    largestIs: top ? `${top.name} [${inner.join(", ")}]` : "" };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const server = await startServer([]);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS] });
const ctx = await browser.newContext();
await blockRemote(ctx);
console.log(`the frame after one change, thread CPU ms (median of ${rounds}): all tasks from the change to two frames later / the largest task / Layout / PrePaint / Paint`);
for (const bytes of sizes) {
  const line = [];
  for (const kind of kinds) {
    const runs = [];
    for (let r = 0; r < rounds; r++) runs.push(await measure(ctx, `${server.url}/gen/${bytes}`, kind, style));
    const f = (k) => median(runs.map((x) => x[k])).toFixed(1);
    if (detail) for (const x of runs) console.log(`  ${bytes} ${kind}: largest task ${x.largest.toFixed(1)} ms: ${x.largestIs}`);
    line.push(`${kind} ${f("total")} / ${f("largest")} / ${f("layout")} / ${f("prePaint")} / ${f("paint")} (all: ${runs.map((x) => x.total.toFixed(1)).join(", ")})`);
  }
  console.log(`${String(bytes).padStart(8)} bytes: ${line.join("; ")}`);
}
await browser.close();
await server.close();
