/**
 * Instructions per MB of `analyze()` natively, for the generated texts of the scaling series: the
 * steady companion of criterion's CPU-time medians. CPU time of one text varies up to 1.7× between
 * samples on a shared 2-core VM; an instruction count does not vary at all. It leaves out what
 * memory costs (page faults, cache misses), which CPU time keeps, so the report shows both.
 *
 *   node bench/native-instructions.mjs [--quick]
 *
 * Counted by `valgrind --tool=cachegrind --cache-sim=no` on `target/native/examples/stages` with
 * LOOP=N calls of `analyze()` on each text, minus a LOOP=0 run (start-up and the knowledge base),
 * divided by N and by the text's MB. Skipped with a message when valgrind is not installed (a
 * Debian package: `apt-get install valgrind`). Texts: bench/lib/generate.mjs `generatedText`, the
 * same stream benches/core.rs cuts. About 4 minutes on 2 busy cores for the four sizes.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { generatedText } from "./lib/generate.mjs";
import { ROOT, TMP } from "./lib/paths.mjs";

/** The sizes of the scaling series and the calls counted at each (more where one call is short). */
export const SIZES = [
  ["10KB", 10_000, 20],
  ["100KB", 100_000, 4],
  ["1MB", 1_000_000, 1],
  ["5MB", 5_000_000, 1],
];

/** Instructions of one run of the stages example with LOOP=`loops` on `file`, or an Error. */
function instructions(bin, file, loops) {
  const r = spawnSync("valgrind", ["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null", bin, file], {
    env: { ...process.env, LOOP: String(loops) },
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr || "");
  if (r.status !== 0 || !m) return new Error(`valgrind on ${path.basename(file)} (exit ${r.status}): ${(r.stderr || "").slice(-300)}`);
  return Number(m[1].replaceAll(",", ""));
}

/** `{ skipped }` or `{ rows: [{ label, bytes, loops, instructionsPerMB }] }`. */
export function runInstructions({ quick = false, log = console.log } = {}) {
  if (spawnSync("valgrind", ["--version"]).status !== 0) {
    return { skipped: "valgrind is not installed (apt-get install valgrind): no instruction counts" };
  }
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  log("native: cargo build --profile native --example stages (instruction counts)");
  const b = spawnSync("cargo", ["build", "--profile", "native", "--example", "stages"], { cwd: ROOT, stdio: "inherit" });
  if (b.status !== 0) throw new Error(`cargo build --example stages failed (exit ${b.status})`);
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, "target");
  const bin = path.join(target, "native", "examples", "stages");
  fs.mkdirSync(TMP, { recursive: true });
  const rows = [];
  for (const [label, bytes, loops] of sizes) {
    const file = path.join(TMP, `scaling-${label}.txt`);
    const text = generatedText(bytes);
    fs.writeFileSync(file, text);
    const mb = Buffer.byteLength(text) / 1e6;
    log(`native: cachegrind, ${label} × ${loops}`);
    const all = instructions(bin, file, loops);
    const base = instructions(bin, file, 0);
    fs.rmSync(file);
    if (all instanceof Error) throw all;
    if (base instanceof Error) throw base;
    rows.push({ label, bytes: Buffer.byteLength(text), loops, instructionsPerMB: (all - base) / loops / mb });
  }
  return { tool: "valgrind --tool=cachegrind --cache-sim=no, target/native/examples/stages", rows };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = runInstructions({ quick: process.argv.includes("--quick") });
  if (r.skipped) console.log(`skipped: ${r.skipped}`);
  else for (const x of r.rows) console.log(`${x.label}: ${(x.instructionsPerMB / 1e9).toFixed(3)} billion instructions per MB (${x.loops} calls)`);
}
