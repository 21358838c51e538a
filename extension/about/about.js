/**
 * about.js: renders the data sources and licences that tools/build-extension.sh copied from
 * data/kb/sources.json into the package (data/sources.json), with textContent only.
 *
 * The file's exact shape belongs to the knowledge-base build, so this accepts the usual ones:
 * a list of source objects, or an object keyed by source id (optionally under a `sources` key),
 * and reads the common field names for name, licence, date and use.
 */
import { api } from "../common/settings.js";
import { localise, t } from "../common/i18n.js";

const FIELDS = {
  name: ["name", "source", "title", "label"],
  licence: ["license", "licence", "licenses", "licences"],
  asOf: ["as_of", "date", "version", "retrieved"],
  use: ["used_for", "use", "description", "fields", "note"],
  url: ["url", "homepage", "link"],
};

function pick(obj, names) {
  for (const n of names) {
    const v = obj[n];
    if (typeof v === "string" && v.trim()) return v.trim();
    if (Array.isArray(v) && v.length) return v.filter((x) => typeof x === "string").join(", ");
  }
  return "";
}

/** The sources as `[{key, name, licence, asOf, use, url}]`, from whichever shape the file has. */
export function entriesOf(data) {
  let src = data && typeof data === "object" && !Array.isArray(data) && data.sources ? data.sources : data;
  const list = [];
  if (Array.isArray(src)) {
    for (const o of src) if (o && typeof o === "object") list.push(["", o]);
  } else if (src && typeof src === "object") {
    for (const [k, v] of Object.entries(src)) {
      list.push([k, typeof v === "string" ? { source: v } : v && typeof v === "object" ? v : {}]);
    }
  }
  return list.map(([key, o]) => ({
    key: key || pick(o, ["key", "id"]),
    name: pick(o, FIELDS.name) || key,
    licence: pick(o, FIELDS.licence),
    asOf: pick(o, FIELDS.asOf),
    use: pick(o, FIELDS.use),
    url: pick(o, FIELDS.url),
  }));
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function render(entries) {
  const table = document.createElement("table");
  const head = document.createElement("tr");
  head.append(
    cell("th", t("aboutColumnSource", undefined, "Source")),
    cell("th", t("aboutColumnLicence", undefined, "Licence")),
    cell("th", t("aboutColumnAsOf", undefined, "As of")),
    cell("th", t("aboutColumnUse", undefined, "Used for")),
  );
  for (const th of head.children) th.scope = "col";
  const thead = document.createElement("thead");
  thead.appendChild(head);
  const tbody = document.createElement("tbody");
  for (const e of entries) {
    const tr = document.createElement("tr");
    const name = cell("td", e.name);
    if (e.url) name.appendChild(cell("div", e.url)).className = "muted";
    tr.append(name, cell("td", e.licence), cell("td", e.asOf), cell("td", e.use));
    tbody.appendChild(tr);
  }
  table.append(thead, tbody);
  document.getElementById("sources").replaceChildren(table);
}

async function main() {
  localise();
  api.runtime.sendMessage({ type: "nc:status" }).then((s) => {
    if (s && s.version) document.getElementById("version").textContent = t("aboutVersion", [s.version], `Analysis module version: ${s.version}`);
  }, () => {});
  try {
    const response = await fetch("../data/sources.json");
    if (!response.ok) return; // built without sources.json: the page says so already
    const entries = entriesOf(await response.json());
    if (entries.length) render(entries);
  } catch (e) {
    console.info("News Context: could not read the list of data sources:", e && e.message);
  }
}

main();
