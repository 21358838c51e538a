/** paths.mjs: where the benchmark reads and writes. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The shared data folder (corpora); NC_SHARED overrides ../shared. */
export const SHARED = path.resolve(ROOT, process.env.NC_SHARED || "../shared");
export const BUILD = path.join(ROOT, "build");
/** The unpacked extension under test (`make extension`). */
export const EXT_DIR = process.env.NC_EXTENSION_DIR || path.join(BUILD, "extension");
/** The shipped wasm and glue (inside the extension). */
export const PKG_DIR = path.join(EXT_DIR, "pkg");
export const RESULTS = path.join(ROOT, "bench/results");
/** Scratch space (git-ignored): the instrumented copy of the extension, browser profiles, inputs. */
export const TMP = path.join(RESULTS, "tmp");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
