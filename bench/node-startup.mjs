/**
 * node-startup.mjs: one cold start of the shipped wasm in a fresh Node process; prints JSON.
 * importMs: importing the glue; instantiateMs: compiling and instantiating the module from its
 * bytes (already read); kbLoadMs: handing it the knowledge-base file (already read: checked and
 * opened in place); firstPlanMs: the first plan() of a one-paragraph snapshot (compiles the code
 * it runs, builds the name-word index); warmPlanMs: the same call again. Run by bench/node.mjs.
 */
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { GLUE, KB, WASM, requirePkg } from "./lib/wasm.mjs";
import { snapshotOfText } from "./lib/snapshot-of-text.mjs";

requirePkg();
const bytes = fs.readFileSync(WASM);
const kb = fs.readFileSync(KB);
const snapshot = snapshotOfText("Russian President Vladimir Putin said: “We agreed.”", "2025-11-28");
const t0 = performance.now();
const glue = await import(pathToFileURL(GLUE).href);
const t1 = performance.now();
await glue.default({ module_or_path: bytes });
const t2 = performance.now();
glue.loadKnowledgeBase(kb);
const t3 = performance.now();
glue.plan(snapshot);
const t4 = performance.now();
glue.plan(snapshot);
const t5 = performance.now();
process.stdout.write(JSON.stringify({
  importMs: t1 - t0, instantiateMs: t2 - t1, kbLoadMs: t3 - t2, firstPlanMs: t4 - t3, warmPlanMs: t5 - t4,
}) + "\n");
