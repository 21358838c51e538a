/**
 * lint.test.mjs: Mozilla's add-on linter (`web-ext lint`) on the built extension, plus the
 * manifest facts the design relies on (one manifest for both browsers, only `storage`, no
 * web-accessible resources, the wasm CSP for extension pages).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EXT_DIR, ROOT, requireBuild } from "./helpers.mjs";

/** Warnings that are expected from a manifest shared with Chrome. */
const EXPECTED_WARNINGS = new Set(["BACKGROUND_SERVICE_WORKER_IGNORED"]);

test("web-ext lint reports 0 errors and no unexpected warning", async () => {
  requireBuild();
  const bin = path.join(ROOT, "node_modules/.bin/web-ext");
  const stdout = await new Promise((resolve, reject) => {
    // web-ext lint exits non-zero when it finds errors; its JSON report is what we judge.
    execFile(bin, ["lint", "--source-dir", EXT_DIR, "--output", "json", "--no-input"],
      { cwd: ROOT, maxBuffer: 16 << 20, env: { ...process.env, CI: "true" } },
      (err, out) => (out ? resolve(out) : reject(err || new Error("web-ext lint printed nothing"))));
  });
  const report = JSON.parse(stdout.slice(stdout.indexOf("{")));
  const describe = (list) => list.map((m) => `${m.code} ${m.file || ""}: ${m.message}`).join("\n");
  assert.equal(report.summary.errors, 0, describe(report.errors));
  const unexpected = report.warnings.filter((w) => !EXPECTED_WARNINGS.has(w.code));
  assert.deepEqual(unexpected, [], describe(unexpected));
});

test("the manifest asks only for storage and exposes no resource to pages", () => {
  requireBuild();
  const m = JSON.parse(fs.readFileSync(path.join(EXT_DIR, "manifest.json"), "utf8"));
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions, ["storage"]);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.web_accessible_resources, undefined);
  assert.deepEqual(m.background, { service_worker: "background/worker.js", scripts: ["background/worker.js"], type: "module" });
  assert.equal(m.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.deepEqual(m.content_scripts[0].js, ["common/schema.js", "lib/snapshot.js", "lib/applier.js", "lib/strings.js",
    "lib/feedback.js", "lib/navigator.js", "lib/cards.js", "common/pieces.js", "content/content.js"]);
  // The settings read and the worker's wake-up start at document_start (content/early.js).
  assert.deepEqual(m.content_scripts[1], { matches: ["<all_urls>"], js: ["content/early.js"], run_at: "document_start", all_frames: false });
  assert.equal(m.browser_specific_settings.gecko.strict_min_version, "142.0");
  assert.deepEqual(m.browser_specific_settings.gecko.data_collection_permissions, { required: ["none"] });
  for (const size of ["16", "32", "48", "128"]) {
    const png = fs.readFileSync(path.join(EXT_DIR, m.icons[size]));
    assert.equal(png.toString("latin1", 1, 4), "PNG", `icon ${size} is a PNG`);
    assert.equal(png.readUInt32BE(16), Number(size), `icon ${size} is ${size} px wide`);
  }
  for (const file of ["pkg/news_context.js", "pkg/news_context_bg.wasm", "pkg/kb.bin", "_locales/en/messages.json"]) {
    assert.ok(fs.existsSync(path.join(EXT_DIR, file)), `${file} is in the package`);
  }
  for (const zip of ["news-context-chrome.zip", "news-context-firefox.zip"]) {
    assert.ok(fs.existsSync(path.join(ROOT, "build", zip)), `build/${zip} exists`);
  }
});

test("each store zip holds exactly the unpacked extension's files, byte for byte", async () => {
  requireBuild();
  // Python's zipfile reads the zips (the build recompresses them with advzip): every entry must
  // decompress (a CRC check) to the unpacked file of the same name, and no file may be missing.
  const check = `
import hashlib, json, os, sys, zipfile
ext, zips = sys.argv[1], sys.argv[2:]
files = sorted(os.path.relpath(os.path.join(r, n), ext).replace(os.sep, "/") for r, _, ns in os.walk(ext) for n in ns)
out = {}
for z in zips:
    with zipfile.ZipFile(z) as f:
        bad = f.testzip()
        names = f.namelist()
        differ = [n for n in names if n in files and f.read(n) != open(os.path.join(ext, n), "rb").read()]
    out[os.path.basename(z)] = {"bad": bad, "missing": sorted(set(files) - set(names)), "extra": sorted(set(names) - set(files)), "differ": differ}
print(json.dumps(out))`;
  const zips = ["news-context-chrome.zip", "news-context-firefox.zip"].map((z) => path.join(ROOT, "build", z));
  const stdout = await new Promise((resolve, reject) =>
    execFile("python3", ["-c", check, EXT_DIR, ...zips], { maxBuffer: 1 << 20 }, (err, out) => (err ? reject(err) : resolve(out))));
  for (const [zip, r] of Object.entries(JSON.parse(stdout))) {
    assert.deepEqual(r, { bad: null, missing: [], extra: [], differ: [] }, zip);
  }
});

test("extension pages load no inline or remote script", () => {
  requireBuild();
  for (const page of ["popup/popup.html", "options/options.html", "about/about.html"]) {
    const html = fs.readFileSync(path.join(EXT_DIR, page), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.ok(scripts.length > 0, page);
    for (const [, attrs, body] of scripts) {
      assert.match(attrs, /\bsrc="(?!https?:|\/\/)[^"]+"/, `${page}: every script is a package file`);
      assert.equal(body.trim(), "", `${page}: no inline script`);
    }
    assert.doesNotMatch(html, /(?:src|href)="(?:https?:)?\/\//, `${page}: nothing remote`);
  }
});

test("the manifest's content CSS holds exactly the applier's mark styles", async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "extension/manifest.json"), "utf8"));
  assert.deepEqual(manifest.content_scripts[0].css, ["content/marks.css"]);
  const globalScope = {};
  new Function("globalThis", fs.readFileSync(path.join(ROOT, "extension/lib/applier.js"), "utf8"))(globalScope);
  const file = fs.readFileSync(path.join(ROOT, "extension/content/marks.css"), "utf8");
  const rules = file.replace(/^\/\*[\s\S]*?\*\/\n/, "").trim();
  assert.equal(rules, globalScope.NewsContext.styles.css().trim(), "regenerate content/marks.css from NewsContext.styles.css()");
});
