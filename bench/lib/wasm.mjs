/**
 * wasm.mjs: the shipped wasm module, glue and knowledge-base file (build/extension/pkg), loaded in
 * Node.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PKG_DIR } from "./paths.mjs";

export const GLUE = path.join(PKG_DIR, "news_context.js");
export const WASM = path.join(PKG_DIR, "news_context_bg.wasm");
export const KB = path.join(PKG_DIR, "kb.bin");

/** Throws a clear error unless the build the benchmark measures is there. */
export function requirePkg() {
  for (const f of [GLUE, WASM, KB]) {
    if (!fs.existsSync(f)) throw new Error(`${path.relative(process.cwd(), f)} is missing: run \`make extension\` first`);
  }
}

/** The one loading of this process: the glue is a cached ES module and takes one knowledge base. */
let loaded = null;

/**
 * Imports the glue, instantiates the module and hands it the knowledge base, once per process
 * (several parts of one run share it); returns the glue's exports (analyze, plan, …).
 */
export function loadWasm() {
  loaded ??= (async () => {
    requirePkg();
    const glue = await import(pathToFileURL(GLUE).href);
    await glue.default({ module_or_path: fs.readFileSync(WASM) });
    glue.loadKnowledgeBase(fs.readFileSync(KB));
    return glue;
  })();
  return loaded;
}
