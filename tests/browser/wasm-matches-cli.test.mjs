/**
 * The wasm and the native CLI give the same analysis: `JSON.stringify` of the wasm's result equals
 * the CLI's output, byte for byte, for the same text and date (docs/analysis-json.md promises it).
 */
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { ROOT, requireBuild } from "./helpers.mjs";

const TEXTS = [
  ["the seed article", fs.readFileSync(path.join(ROOT, "www/seed-article.txt"), "utf8"), "2025-11-28"],
  ["non-ASCII text with emoji and a replacement character",
    "😀\uFFFD “Nicolás Maduro,” said Velázquez. President Vladimir Putin said: «We agreed.»\n", "2025-11-28"],
  ["a 2016 article date", "The president met British Prime Minister David Cameron in London.", "2016-06-01"],
];

test("the wasm's analysis equals the CLI's JSON byte for byte", async () => {
  requireBuild();
  const pkg = path.join(ROOT, "build/extension/pkg");
  const mod = await import(pathToFileURL(path.join(pkg, "news_context.js")).href);
  await mod.default({ module_or_path: fs.readFileSync(path.join(pkg, "news_context_bg.wasm")) });
  for (const [what, text, date] of TEXTS) {
    const cli = execFileSync("cargo", ["run", "-q", "--bin", "news-context", "--", "analyze", "--date", date, "-"],
      { cwd: ROOT, input: text, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"] }).trimEnd();
    assert.equal(JSON.stringify(mod.analyze(text, date)), cli, what);
  }
});

test("the wasm reports bad input as a thrown error, not a crash", async () => {
  requireBuild();
  const pkg = path.join(ROOT, "build/extension/pkg");
  const mod = await import(pathToFileURL(path.join(pkg, "news_context.js")).href);
  await mod.default({ module_or_path: fs.readFileSync(path.join(pkg, "news_context_bg.wasm")) });
  assert.throws(() => mod.analyze("text", "28/11/2025"), /not a YYYY-MM-DD date/);
  assert.throws(() => mod.plan({ nodes: [{ text: "x", block: 3 }], blocks: [], today: "2025-11-28" }), /block/);
  assert.throws(() => mod.plan("not a snapshot"), /malformed/);
  // Still usable after errors.
  assert.equal(mod.analyze("Vladimir Putin spoke.", "2025-11-28").mentions.length, 1);
});
