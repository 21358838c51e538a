/**
 * lone-surrogates.test.mjs: DOM strings may hold unpaired UTF-16 surrogates, which become U+FFFD
 * (one UTF-16 unit, three UTF-8 bytes) on their way into Rust. Spans computed after them must still
 * land on the right characters of the page.
 *
 * The test serves the seed article twice from the same template: once with lone surrogates (high
 * and low, alone and next to a valid emoji pair) written by a script into the paragraphs' text just
 * before names, and once with U+FFFD in exactly those places. Both pages have the same UTF-16
 * layout, so the extension must draw the same marks at the same offsets on both; and on the page with
 * the lone surrogates no mark may contain or split one, and the page's text stays as it was.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  chromiumWithServer, openWatched, seedLines, waitForAnnotations,
} from "./helpers.mjs";


const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The seed article with `junk` (a JS string expression) spliced by a script in front of every
 * paragraph and before each name the article repeats, so every later span in a paragraph has to be
 * shifted past it correctly. The script runs in the page before the extension's content script
 * (document_idle), writing the text nodes directly: HTML cannot carry a lone surrogate.
 */
function page(junk) {
  const paras = seedLines().map((l) => `<p>${escapeHtml(l)}</p>`).join("\n");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lone surrogates</title>
<meta property="article:published_time" content="2025-11-28T00:00:00Z"></head>
<body><main><article><h1>Russia and Belarus reach out to Maduro as pressure mounts</h1>
${paras}
</article></main>
<script>
(function () {
  var junk = ${junk};
  var names = /(Lukashenko|Maduro|Putin|Villavicencio)/g;
  document.querySelectorAll("article p").forEach(function (p, i) {
    var t = p.firstChild;
    if (!t || t.nodeType !== 3) return;
    // Alternate the junk's forms: a lone high, a lone low, a lone high before a valid pair.
    t.data = junk[i % junk.length] + t.data.replace(names, function (n) { return junk[(i + 1) % junk.length] + " " + n; });
  });
  window.__ncTextBefore = document.querySelector("article").textContent;
})();
</script>
</body></html>`;
}

const session = chromiumWithServer({
  "/lone": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(`["\\uD800", "\\uDFFF", "\\uD83D\\uD83D\\uDE00"]`));
  },
  "/replaced": (_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(page(`["\\uFFFD", "\\uFFFD", "\\uFFFD\\uD83D\\uDE00"]`));
  },
});

/** Each name mark: its text, the block (headline or paragraph) it is in, and its UTF-16 offset in that paragraph's text. */
async function marksOf(path) {
  const { page: p, errors } = await openWatched(session.browser.ctx);
  await p.goto(`${session.server.url}${path}`);
  await waitForAnnotations(p);
  // Let a second pass (if any) settle before reading.
  await p.waitForTimeout(300);
  const r = await p.evaluate(() => {
    const paras = [...document.querySelectorAll("article h1, article p")];
    const marks = [...document.querySelectorAll("nc-mark")].map((m) => {
      const para = m.closest("h1, p");
      const range = document.createRange();
      range.setStart(para, 0);
      range.setEnd(m, 0);
      return { text: m.textContent, para: paras.indexOf(para), offset: range.toString().length };
    });
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    return {
      marks,
      loneInMarks: marks.filter((m) => lone.test(m.text)).map((m) => m.text),
      textSame: document.querySelector("article").textContent === window.__ncTextBefore,
      loneInPage: lone.test(document.querySelector("article").textContent),
    };
  });
  await p.close();
  return { ...r, errors };
}

test("spans after lone surrogates land on the same characters as after U+FFFD", async () => {
  const lone = await marksOf("/lone");
  const replaced = await marksOf("/replaced");
  assert.ok(lone.loneInPage, "the test page really holds lone surrogates");
  assert.ok(replaced.marks.length >= 10, `the control page is annotated (${replaced.marks.length} marks)`);
  assert.deepEqual(lone.marks, replaced.marks, "the same marks at the same UTF-16 offsets");
  for (const m of lone.marks) {
    assert.match(m.text, /^\p{L}[\p{L}’' .-]*\p{L}$/u, `a mark holds a name, not junk: ${JSON.stringify(m.text)}`);
  }
  assert.deepEqual(lone.loneInMarks, [], "no mark contains or splits a lone surrogate");
  assert.ok(lone.textSame, "the article's text (lone surrogates included) is unchanged");
  assert.deepEqual(lone.errors, []);
});
