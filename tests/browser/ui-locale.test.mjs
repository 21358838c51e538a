/**
 * ui-locale.test.mjs: every string the extension's UI asks _locales for exists in
 * extension/_locales/en/messages.json, with a description, and every placeholder a message uses is
 * declared; no page hard-codes a string that has no message (data-i18n on every static text).
 * Reads the source tree only (no browser, no build).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./helpers.mjs";

const EXT = path.join(ROOT, "extension");
const messages = JSON.parse(fs.readFileSync(path.join(EXT, "_locales/en/messages.json"), "utf8"));

function files(dir, ext) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const f = path.join(dir, e.name);
    return e.isDirectory() ? files(f, ext) : ext.test(e.name) ? [f] : [];
  });
}

/** Message names the sources ask for: t("x"), getMessage("x"), msg("x"), message("x"), data-i18n="x",
 * __MSG_x__, the `MESSAGES` table of lib/strings.js, and cardLine_ keys. */
function used() {
  const names = new Map();
  const add = (name, file) => { if (!name.startsWith("@@")) names.set(name, path.relative(ROOT, file)); };
  for (const f of [...files(EXT, /\.(js|html|json)$/)].filter((f) => !f.includes("_locales"))) {
    let src = fs.readFileSync(f, "utf8");
    if (f.endsWith(".js")) src = src.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
    for (const m of src.matchAll(/\b(?:t|getMessage|msg|message)\(\s*["'`]([A-Za-z0-9_@]+)["'`]/g)) add(m[1], f);
    for (const m of src.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)) add(m[1], f);
    for (const m of src.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) add(m[1], f);
    for (const m of src.matchAll(/^\s+\w+: "([A-Za-z0-9_]+)",$/gm)) if (f.endsWith("strings.js")) add(m[1], f);
    const keys = src.match(/LINE_KEYS = Object\.freeze\(\[([^\]]*)\]/);
    if (keys) for (const k of keys[1].matchAll(/"([a-z_]+)"/g)) add(`cardLine_${k[1]}`, f);
    for (const m of src.matchAll(/\["(show[A-Za-z]+)", "/g)) add(m[1], f);
  }
  return names;
}

test("every message the UI asks for exists in _locales/en with a description", () => {
  const names = used();
  assert.ok(names.size > 60, `found ${names.size} message names in the sources`);
  const missing = [...names].filter(([n]) => !messages[n]).map(([n, f]) => `${n} (${f})`);
  assert.deepEqual(missing, [], "messages used but missing");
  const undescribed = Object.entries(messages).filter(([, m]) => !m.description).map(([n]) => n);
  assert.deepEqual(undescribed, []);
});

test("every placeholder a message uses is declared, and every declared one is used", () => {
  const bad = [];
  for (const [name, m] of Object.entries(messages)) {
    const usedPh = new Set([...m.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((x) => x[1].toLowerCase()));
    const declared = new Set(Object.keys(m.placeholders || {}).map((k) => k.toLowerCase()));
    for (const p of usedPh) if (!declared.has(p)) bad.push(`${name}: $${p}$ is not declared`);
    for (const p of declared) if (!usedPh.has(p)) bad.push(`${name}: ${p} is declared but unused`);
  }
  assert.deepEqual(bad, []);
});

test("the extension pages' static text all comes from _locales (data-i18n)", () => {
  const bare = [];
  for (const f of files(EXT, /\.html$/)) {
    const html = fs.readFileSync(f, "utf8").replace(/<!--[\s\S]*?-->/g, "").replace(/<(script|style|title)\b[\s\S]*?<\/\1>/g, "");
    // An element whose own text is not empty must carry data-i18n (its text is only the fallback).
    for (const m of html.matchAll(/<([a-z0-9]+)\b([^>]*)>([^<]*[A-Za-z][^<]*)</g)) {
      if (!/data-i18n=/.test(m[2])) bare.push(`${path.relative(ROOT, f)}: <${m[1]}> ${m[3].trim()}`);
    }
  }
  assert.deepEqual(bare, []);
});
