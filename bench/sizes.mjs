/**
 * sizes.mjs: what ships, raw and gzip (level 9): the wasm (code only), the knowledge-base file
 * beside it (pkg/kb.bin), its glue, the unpacked extension, and the store zip that `make extension`
 * writes (build/news-context-chrome.zip), which holds them all.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { BUILD, EXT_DIR } from "./lib/paths.mjs";
import { GLUE, KB, WASM } from "./lib/wasm.mjs";

const gz = (buf) => zlib.gzipSync(buf, { level: 9 }).length;

function files(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p)); else out.push(p);
  }
  return out;
}

export function sizes() {
  const one = (f) => { const b = fs.readFileSync(f); return { raw: b.length, gzip: gz(b) }; };
  const ext = files(EXT_DIR).map((f) => fs.readFileSync(f));
  const zipFile = path.join(BUILD, "news-context-chrome.zip");
  const zip = fs.existsSync(zipFile) ? one(zipFile) : null;
  return {
    wasm: one(WASM),
    kb: one(KB),
    glue: one(GLUE),
    unpacked: { files: ext.length, raw: ext.reduce((a, b) => a + b.length, 0), gzip: ext.reduce((a, b) => a + gz(b), 0) },
    zip,
  };
}
