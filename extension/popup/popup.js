/**
 * popup.js: the toolbar popup's logic.
 *
 * Why it exists: the quickest place to switch News Context off for a site or everywhere, to choose
 * which marks to show, and to see the article's sourcing at a glance. The host and summary come
 * from the tab's content script (`nc:tab-status`), so the extension needs no "tabs" permission; the
 * module's health comes from the background (`nc:status`), to say why nothing is marked when the
 * wasm failed to load. Everything is built with createElement/textContent.
 */
import { api, getSettings, setEnabled, setSiteEnabled } from "../common/settings.js";
import { localise, t } from "../common/i18n.js";
import { keysText, renderMarkSwitches, updateMarkSwitches } from "../common/controls.js";

const $ = (id) => document.getElementById(id);
const KINDS = (globalThis.NewsContext && globalThis.NewsContext.styles && globalThis.NewsContext.styles.KINDS) || [];

function item(text, className) {
  const li = document.createElement("li");
  if (className) li.className = className;
  li.textContent = text;
  return li;
}

function fillList(ul, entries) {
  ul.replaceChildren();
  if (!entries.length) ul.appendChild(item(t("popupNone", undefined, "None found."), "muted"));
  for (const e of entries) ul.appendChild(e);
}

const kindLabel = (k) => t(`kind_${k.kind.replace("-", "_")}`, undefined, k.label);

/** The claims bar: one segment per kind with claims, as wide as its share. */
function fillBar(summary) {
  const bar = $("bar");
  bar.replaceChildren();
  const counts = KINDS.map((k) => [k, Number.isInteger(summary[k.summary]) ? summary[k.summary] : 0]);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  const parts = counts.map(([k, c]) => t("popupBarPart", [String(c), kindLabel(k).toLowerCase()], `${c} ${kindLabel(k).toLowerCase()}`));
  bar.setAttribute("aria-label", total
    ? t("popupBarLabel", [parts.join(", ")], `Claims by source: ${parts.join(", ")}`)
    : t("popupNoClaims", undefined, "No claims marked."));
  bar.hidden = total === 0;
  for (const [k, c] of counts) {
    if (!c) continue;
    const seg = document.createElement("span");
    seg.className = `seg-${k.kind}`;
    seg.dataset.kind = k.kind;
    seg.style.flexGrow = String(c);
    bar.appendChild(seg);
  }
}

function showSummary(tab) {
  const s = tab.summary;
  if (!s) return;
  $("summary").hidden = false;
  const source = tab.dateSource === "page" ? t("dateFromPage", undefined, "the article's date")
    : t("dateToday", undefined, "today");
  $("date").textContent = tab.date
    ? t("popupRolesAsOf", [tab.date, source], `Roles as of ${tab.date} (${source})`) : "";

  fillBar(s);
  fillList($("claims"), KINDS.map((k) => {
    const li = document.createElement("li");
    li.dataset.kind = k.kind;
    const label = document.createElement("span");
    label.className = `sw sw-${k.kind}`;
    label.style.textDecorationColor = k.color;
    label.style.textDecorationStyle = k.line;
    label.textContent = kindLabel(k);
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(Number.isInteger(s[k.summary]) ? s[k.summary] : 0);
    li.append(label, count);
    return li;
  }));
  fillList($("people"), (Array.isArray(s.people) ? s.people : []).map((p) => {
    const mentions = p.mentions === 1 ? t("popupMention", undefined, "1 mention")
      : t("popupMentions", [String(p.mentions)], `${p.mentions} mentions`);
    return item(p.role ? `${p.name}, ${p.role} (${mentions})` : `${p.name} (${mentions})`);
  }));
  fillList($("quoted"), (Array.isArray(s.quoted) ? s.quoted : []).map((q) => {
    const quotes = q.quotes === 1 ? t("popupQuote", undefined, "1 quote")
      : t("popupQuotes", [String(q.quotes)], `${q.quotes} quotes`);
    const li = item(`${q.name} (${quotes})`);
    if (Array.isArray(q.cues) && q.cues.length) {
      const cues = document.createElement("span");
      cues.className = "quoted-cues";
      cues.textContent = `: ${q.cues.join(", ")}`;
      li.appendChild(cues);
    }
    return li;
  }));

  const fb = s.feedback || {};
  if (fb.hidden || fb.wrong) {
    $("feedback").hidden = false;
    $("feedback-text").textContent = t("popupFeedback", [String(fb.hidden || 0), String(fb.wrong || 0)],
      `Marks you hid on this page: ${fb.hidden || 0}. Name marks you called the wrong person: ${fb.wrong || 0}.`);
  }
}

function showStatus(tab, module) {
  const status = $("status");
  if (module && module.ready === false) {
    status.textContent = t("popupModuleFailed", [module.error || "?"],
      `The analysis module could not be loaded, so this page was left as it was: ${module.error}`);
    return;
  }
  if (!tab) { status.textContent = t("popupNoPage", undefined, "News Context does not run on this page."); return; }
  if (tab.status === "off") status.textContent = t("popupOff", undefined, "Switched off for this page.");
  else if (tab.status === "working") status.textContent = t("popupWorking", undefined, "Reading the article…");
  else if (tab.status === "failed") status.textContent = t("popupFailed", [tab.reason], `No annotations: ${tab.reason}`);
  else if (tab.skippedReason) {
    status.textContent = t("popupSkipped", [tab.skippedReason], `Nothing marked: ${tab.skippedReason}.`);
  } else if (!tab.counts || tab.counts.names + tab.counts.claims === 0) {
    status.textContent = hasContent(tab.summary)
      ? t("popupAllHidden", undefined, "Every mark on this page is hidden or switched off below.")
      : t("popupNothing", undefined, "Nothing to mark on this page.");
  } else status.textContent = "";
}

/**
 * A page the planner did not take for an article is left alone; the reader may ask for it to be
 * annotated anyway. The tab answers once it has drawn (or decided again to skip, e.g. for its language).
 */
function offerAnyway(tab, module) {
  const button = $("anyway");
  if (!tab || tab.status !== "done" || !tab.skippedReason || tab.readerAsked || (module && module.ready === false)) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    $("status").textContent = t("popupWorking", undefined, "Reading the article…");
    await api.tabs.sendMessage(tab.tabId, { type: "nc:annotate-anyway" }).catch(() => null);
    const now = await tabStatus();
    button.hidden = true;
    showStatus(now, module);
    if (now && now.status === "done" && !now.skippedReason && hasContent(now.summary)) showSummary(now);
  }, { once: true });
}

/** True when the summary has anything to show: people, claims, or marks the reader hid. */
function hasContent(s) {
  if (!s) return false;
  const claims = KINDS.reduce((n, k) => n + (Number.isInteger(s[k.summary]) ? s[k.summary] : 0), 0);
  const fb = s.feedback || {};
  return claims > 0 || (Array.isArray(s.people) && s.people.length > 0) || fb.hidden > 0 || fb.wrong > 0;
}

function showProblems(settings, tab) {
  const problems = [...settings.problems, ...((tab && tab.summary && tab.summary.problems) || [])];
  if (!problems.length) return;
  const p = $("problems");
  p.hidden = false;
  p.textContent = t("settingsProblems", [[...new Set(problems)].join("; ")],
    `Some saved settings could not be read, so their defaults are used: ${[...new Set(problems)].join("; ")}.`);
}

async function tabStatus() {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) return null;
    const status = await api.tabs.sendMessage(tab.id, { type: "nc:tab-status" });
    return status ? Object.assign({ tabId: tab.id }, status) : null;
  } catch (_) {
    return null; // no content script here (browser pages, stores, a tab loaded before install)
  }
}

/**
 * Builds the popup from the tab's status and the settings at once, and says what the background's
 * module reports (`nc:status`) when it answers: the background answers nothing while the wasm
 * plans a page (about 3 s for a 5 MB page), and the popup must not wait for it to be usable.
 * `data-ready` is set once everything, the module's state included, is shown.
 */
async function main() {
  localise();
  const moduleStatus = api.runtime.sendMessage({ type: "nc:status" }).catch(() => null);
  const [tab, settings] = await Promise.all([tabStatus(), getSettings()]);
  const everywhere = $("everywhere");
  everywhere.checked = settings.enabled;
  everywhere.addEventListener("change", () => setEnabled(everywhere.checked));

  const site = $("site");
  if (tab && tab.host) {
    $("site-label").textContent = t("popupThisSite", [tab.host], `Annotate ${tab.host}`);
    site.checked = !settings.disabledSites.includes(tab.host);
    site.disabled = false;
    site.addEventListener("change", () => setSiteEnabled(tab.host, site.checked));
  }
  renderMarkSwitches($("show"), settings);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "sync" && "show" in changes) updateMarkSwitches($("show"), globalThis.NewsContext.schema.readShow(changes.show.newValue).value);
  });
  showStatus(tab, null);
  showProblems(settings, tab);
  if (tab && tab.status === "done" && !tab.skippedReason && hasContent(tab.summary)) showSummary(tab);
  $("feedback-clear").addEventListener("click", async () => {
    if (!tab) return;
    await api.tabs.sendMessage(tab.tabId, { type: "nc:clear-feedback" }).catch(() => null);
    $("feedback").hidden = true;
    $("status").textContent = t("popupFeedbackCleared", undefined, "The hidden marks are shown again.");
  });
  $("keys").textContent = await keysText();
  document.documentElement.dataset.shown = "true";
  const module = await moduleStatus;
  if (module && module.ready === false) {
    // Nothing this page shows can be trusted to be current: say why, and offer nothing.
    showStatus(tab, module);
    $("summary").hidden = true;
  } else {
    offerAnyway(tab, module);
  }
  document.documentElement.dataset.ready = "true";
}

main();
