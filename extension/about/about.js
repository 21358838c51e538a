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

/** The table's columns; a column no source fills is left out. */
const COLUMNS = [
  ["name", "aboutColumnSource", "Source"],
  ["licence", "aboutColumnLicence", "Licence"],
  ["asOf", "aboutColumnAsOf", "As of"],
  ["use", "aboutColumnUse", "Used for"],
];

function render(entries) {
  const columns = COLUMNS.filter(([field]) => entries.some((e) => e[field]));
  const table = document.createElement("table");
  const head = document.createElement("tr");
  for (const [field, key, fallback] of columns) {
    const th = cell("th", t(key, undefined, fallback));
    th.scope = "col";
    th.className = `col-${field}`;
    head.appendChild(th);
  }
  const thead = document.createElement("thead");
  thead.appendChild(head);
  const tbody = document.createElement("tbody");
  for (const e of entries) {
    const tr = document.createElement("tr");
    for (const [field] of columns) {
      const td = cell("td", e[field]);
      td.className = `col-${field}`;
      if (field === "name" && e.url) td.appendChild(cell("div", e.url)).className = "muted";
      tr.appendChild(td);
    }
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
