/**
 * demo.js: runs the demo page. It does what the extension does, in the page itself: the wasm module
 * (pkg/news_context.js) plans, lib/snapshot.js reads the page, lib/applier.js draws and lib/cards.js
 * shows the cards. So the demo shows exactly what the extension would show on this article.
 *
 * The seed article is read from seed-article.txt and built with textContent: one <p> per line, and
 * a short line inside the article with no closing punctuation becomes an <h2> (the seed's
 * "Putin’s support"). The form renders pasted text the same way (paragraphs only) and annotates it
 * with its date field as the publication date.
 *
 * The knowledge base is a file of its own (pkg/kb.bin, from this page's own server): it is read
 * while the module compiles, and handed to it once.
 */
import init, { loadKnowledgeBase, plan as planPage } from "./pkg/news_context.js";

const NC = globalThis.NewsContext;
const $ = (id) => document.getElementById(id);
const article = $("article");

/** A line that reads as a subheading: short, not first or last, no sentence-final punctuation. */
function isSubheading(line, index, count) {
  return index > 0 && index < count - 1 && line.length <= 40 && !/[.!?:;,"”“’)]$/.test(line);
}

function renderArticle(lines, withHeadings) {
  const kept = lines.map((l) => l.trim()).filter(Boolean);
  article.replaceChildren(...kept.map((line, i) => {
    const el = document.createElement(withHeadings && isSubheading(line, i, kept.length) ? "h2" : "p");
    el.textContent = line;
    return el;
  }));
}

let current = { handle: null, cards: null };

function setStatus(text, isError = false) {
  const status = $("status");
  status.textContent = text;
  status.classList.toggle("error", isError);
  status.classList.toggle("muted", !isError);
}

function renderLegend(plan) {
  const s = (plan && plan.summary) || {};
  const ul = $("legend");
  const row = (className, label, count, kind) => {
    const li = document.createElement("li");
    li.dataset.kind = kind;
    const name = document.createElement("span");
    name.className = className;
    name.textContent = label;
    const n = document.createElement("span");
    n.className = "count";
    n.textContent = plan ? String(count) : "";
    li.append(name, n);
    return li;
  };
  const rows = NC.styles.KINDS.map((k) => {
    const li = row("sw", k.label, Number.isInteger(s[k.summary]) ? s[k.summary] : 0, k.kind);
    const sw = li.firstChild;
    sw.style.textDecorationColor = k.color;
    sw.style.textDecorationStyle = k.line;
    return li;
  });
  rows.push(row("sw-name", NC.styles.NAME.label, Array.isArray(s.people) ? s.people.length : 0, "name"));
  ul.replaceChildren(...rows);
}

let lastPublished; // the date the article was last annotated at, to draw it again after a "Hide"

/**
 * Undoes the previous drawing, snapshots the page, plans and applies. The reader's "Hide" and
 * "Wrong person" choices (lib/feedback.js) are kept in memory on this page, and narrow the plan.
 */
async function annotate(published) {
  lastPublished = published;
  if (current.cards) current.cards.destroy();
  if (current.handle) current.handle.undo();
  current = { handle: null, cards: null };
  const { snapshot, nodes } = NC.snapshot.take(document, published ? { published } : {});
  // The demo is the reader asking: a pasted paragraph is annotated even though it is no article page.
  snapshot.reader_asked = true;
  const texts = snapshot.nodes.map((n) => n.text);
  let plan;
  try {
    plan = await NC.feedback.prepare(planPage(snapshot), texts);
  } catch (e) {
    setStatus(`The article could not be analysed: ${e && e.message ? e.message : e}`, true);
    return null;
  }
  let handle = null;
  try {
    handle = NC.applier.apply(plan, nodes, { texts });
    current = { handle, cards: NC.cards.mount(plan, handle, { legend: false }) };
  } catch (e) {
    if (handle) handle.undo();
    setStatus(`The annotations could not be drawn: ${e && e.message ? e.message : e}`, true);
    return null;
  }
  renderLegend(plan);
  const source = plan.date_source === "page" ? "the article's date" : "today";
  const reason = plan.skipped_reason ? ` ${plan.skipped_reason}` : "";
  const fb = plan.summary.feedback || {};
  const hidden = fb.hidden || fb.wrong ? ` You hid ${(fb.hidden || 0) + (fb.wrong || 0)}.` : "";
  setStatus(`${handle.counts.names} name marks and ${handle.counts.claims} claims marked. ` +
    `Roles as of ${plan.date} (${source}).${reason}${hidden}`);
  return plan;
}

async function showSeed() {
  try {
    const response = await fetch("seed-article.txt");
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    renderArticle((await response.text()).split(/\r?\n/), true);
  } catch (e) {
    article.replaceChildren();
    setStatus(`The sample article could not be loaded (${e.message}); paste one below.`, true);
    return false;
  }
  await annotate();
  return true;
}

async function main() {
  renderLegend(null);
  $("paste-date").value = NC.snapshot.todayOf();
  try {
    const readKnowledgeBase = fetch(new URL("./pkg/kb.bin", import.meta.url)).then((r) => {
      if (!r.ok) throw new Error(`the knowledge base (pkg/kb.bin) could not be read: HTTP ${r.status}`);
      return r.arrayBuffer();
    });
    const [, kb] = await Promise.all([init(), readKnowledgeBase]);
    loadKnowledgeBase(new Uint8Array(kb));
  } catch (e) {
    setStatus(`The analysis module could not be loaded: ${e && e.message ? e.message : e}`, true);
    return;
  }
  $("paste-form").addEventListener("submit", (e) => {
    e.preventDefault();
    if (current.cards) current.cards.destroy();
    if (current.handle) current.handle.undo();
    current = { handle: null, cards: null };
    renderArticle($("paste-text").value.split(/\r?\n/), false);
    annotate($("paste-date").value);
    article.scrollIntoView({ block: "start" });
  });
  $("show-seed").addEventListener("click", () => showSeed());
  NC.feedback.onChange(() => annotate(lastPublished));
  await showSeed();
  document.documentElement.dataset.ncDemo = "ready";
}

main();
