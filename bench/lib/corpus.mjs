/**
 * corpus.mjs: the texts and pages the benchmark runs on, read in place from ../shared (never copied).
 *
 * When a corpus is absent, `attribution()` / `pages()` return `{skipped: "..."}` and the callers
 * fall back to generated text (bench/lib/generate.mjs).
 */
import fs from "node:fs";
import path from "node:path";
import { SHARED } from "./paths.mjs";

/** Code-point offset → UTF-16 offset table for `text` (PolNeAR offsets count code points). */
function codePointToUtf16(text) {
  const table = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return table;
}

/**
 * The PolNeAR dev articles: `{articles: [{id, text, date, gold: {attributions: [{content: [[s,e]...],
 * source: [s,e]|null, sourceKind, direct}]}}], file}` with offsets in UTF-16 code units, or
 * `{skipped}` when the corpus is absent. `limit` keeps the first N articles (quick runs).
 */
export function attribution(limit = Infinity) {
  const file = path.join(SHARED, "corpora/attribution/dev.jsonl");
  if (!fs.existsSync(file)) return { skipped: `${path.relative(process.cwd(), file)} not found` };
  const articles = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    if (articles.length >= limit) break;
    const a = JSON.parse(line);
    const cp = codePointToUtf16(a.text);
    const conv = (span) => (span ? [cp[span[0]], cp[span[1]]] : null);
    const attributions = (a.attributions || []).map((x) => {
      const content = (x.content_fragments || (x.content ? [x.content] : [])).map(conv);
      const contentText = x.content_text || "";
      return {
        content,
        source: conv(x.source),
        sourceKind: x.source_kind_heuristic || "none",
        // A direct (or mixed) quote: the content holds quotation marks.
        direct: /["“”«»]/.test(contentText),
      };
    });
    articles.push({ id: a.id, text: a.text, date: a.publication_date || "2016-11-01", gold: { attributions } });
  }
  return { articles, file };
}

/** The saved pages: `{pages: [{name, file, bytes, lang}], dir}` or `{skipped}`. */
export function pages(limit = Infinity) {
  const dir = path.join(SHARED, "corpora/pages");
  if (!fs.existsSync(dir)) return { skipped: `${path.relative(process.cwd(), dir)} not found` };
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "source.html");
    if (!fs.existsSync(file)) continue;
    out.push({ name, file, bytes: fs.statSync(file).size });
  }
  return { pages: out.slice(0, limit), dir };
}
