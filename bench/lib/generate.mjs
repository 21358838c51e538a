/**
 * generate.mjs: generated article text, the same as benches/core.rs makes (keep them in step).
 *
 * The pool of paragraphs is the project's seed article (www/seed-article.txt) followed by the
 * paragraphs written for the benchmark (bench/lib/paragraphs.txt). Article i is 12 paragraphs drawn
 * from the pool by a 32-bit LCG seeded with i; a text of N bytes is whole articles, one after the
 * other, cut at the first paragraph end past N bytes. Used where ../shared is absent, for the
 * scaling series and for the large generated page.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

let pool = null;

/** The paragraphs generated text is drawn from. */
export function paragraphs() {
  if (pool) return pool;
  pool = [];
  for (const file of ["www/seed-article.txt", "bench/lib/paragraphs.txt"]) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    pool.push(...text.split("\n").map((l) => l.trim()).filter(Boolean));
  }
  return pool;
}

function lcg(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state >>> 8) % n;
  };
}

/** Generated article `i`: 12 paragraphs, one per line, each ending with a newline. */
export function generatedArticle(i) {
  const p = paragraphs();
  const next = lcg((Math.imul(i, 2654435761) + 1) >>> 0);
  let out = "";
  for (let k = 0; k < 12; k++) out += p[next(p.length)] + "\n";
  return out;
}

/** The first `count` generated articles. */
export function generatedArticles(count) {
  return Array.from({ length: count }, (_, i) => generatedArticle(i));
}

/** A text of at least `bytes` UTF-8 bytes made of whole paragraphs of successive articles. */
export function generatedText(bytes) {
  const lines = [];
  let size = 0;
  for (let i = 0; ; i++) {
    for (const line of generatedArticle(i).split("\n")) {
      if (!line) continue;
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
      if (size >= bytes) return lines.join("\n") + "\n";
    }
  }
}

/** The paragraphs of generatedText(bytes), for building a page. */
export function generatedParagraphs(bytes) {
  return generatedText(bytes).split("\n").filter(Boolean);
}
