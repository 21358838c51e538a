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

const PKG = path.join(ROOT, "build/extension/pkg");
let instances = 0;

/**
 * A fresh instance of the shipped module (the glue imported anew, so nothing is shared), handed
 * `kb` (the shipped knowledge-base file unless told otherwise; `null`: none).
 */
async function freshModule(kb = fs.readFileSync(path.join(PKG, "kb.bin"))) {
  requireBuild();
  const mod = await import(`${pathToFileURL(path.join(PKG, "news_context.js")).href}?instance=${++instances}`);
  await mod.default({ module_or_path: fs.readFileSync(path.join(PKG, "news_context_bg.wasm")) });
  if (kb) mod.loadKnowledgeBase(kb);
  return mod;
}

test("the wasm's analysis equals the CLI's JSON byte for byte", async () => {
  const mod = await freshModule();
  for (const [what, text, date] of TEXTS) {
    const cli = execFileSync("cargo", ["run", "-q", "--bin", "news-context", "--", "analyze", "--date", date, "-"],
      { cwd: ROOT, input: text, encoding: "utf8", stdio: ["pipe", "pipe", "ignore"] }).trimEnd();
    assert.equal(JSON.stringify(mod.analyze(text, date)), cli, what);
  }
});

test("the wasm reports bad input as a thrown error, not a crash", async () => {
  const mod = await freshModule();
  assert.throws(() => mod.analyze("text", "28/11/2025"), /not a YYYY-MM-DD date/);
  assert.throws(() => mod.plan({ nodes: [{ text: "x", block: 3 }], blocks: [], today: "2025-11-28" }), /block/);
  assert.throws(() => mod.plan("not a snapshot"), /malformed/);
  // Still usable after errors.
  assert.equal(mod.analyze("Vladimir Putin spoke.", "2025-11-28").mentions.length, 1);
});

test("before its knowledge base is loaded the wasm answers with an error saying so", async () => {
  const mod = await freshModule(null);
  assert.throws(() => mod.analyze("Vladimir Putin spoke.", "2025-11-28"), /knowledge base is not loaded/);
  assert.throws(() => mod.plan({ nodes: [], blocks: [], today: "2025-11-28" }), /knowledge base is not loaded/);
  mod.loadKnowledgeBase(fs.readFileSync(path.join(PKG, "kb.bin")));
  assert.equal(mod.analyze("Vladimir Putin spoke.", "2025-11-28").mentions.length, 1);
  assert.throws(() => mod.loadKnowledgeBase(fs.readFileSync(path.join(PKG, "kb.bin"))), /already loaded/);
});

test("a damaged, truncated or foreign knowledge-base file is refused with the reason, and can be replaced", async () => {
  const good = fs.readFileSync(path.join(PKG, "kb.bin"));
  const flipped = Buffer.from(good);
  flipped[flipped.length - 100] ^= 0xff;
  const otherVersion = Buffer.from(good);
  otherVersion.writeUInt32LE(otherVersion.readUInt32LE(4) + 1, 4);
  const mod = await freshModule(null);
  for (const [bytes, reason] of [
    [Buffer.alloc(0), /not one \(no NCKB header\)/],
    [fs.readFileSync(path.join(PKG, "news_context_bg.wasm")), /not one \(no NCKB header\)/],
    [good.subarray(0, good.length - 1), /truncated or damaged/],
    [flipped, /damaged \(checksum mismatch\)/],
    [otherVersion, /format version/],
  ]) {
    assert.throws(() => mod.loadKnowledgeBase(bytes), reason);
    assert.throws(() => mod.analyze("Vladimir Putin spoke.", "2025-11-28"), /not loaded/);
  }
  mod.loadKnowledgeBase(good);
  assert.equal(mod.analyze("Vladimir Putin spoke.", "2025-11-28").mentions.length, 1);
});
