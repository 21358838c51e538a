/**
 * popup.js: the toolbar popup's logic.
 *
 * Why it exists: the quickest place to switch News Context off for a site or everywhere, and to see
 * the article's sourcing at a glance. The host and summary come from the tab's content script
 * (`nc:tab-status`), so the extension needs no "tabs" permission; the module's health comes from
 * the background (`nc:status`), to say why nothing is marked when the wasm failed to load.
 */
import { api, getEnabled, setEnabled, getDisabledSites, setSiteEnabled } from "../common/settings.js";
import { localise, t } from "../common/i18n.js";

const $ = (id) => document.getElementById(id);

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

function showSummary(tab) {
  const s = tab.summary;
  if (!s) return;
  $("summary").hidden = false;
  const source = tab.dateSource === "page" ? t("dateFromPage", undefined, "the article's date")
    : t("dateToday", undefined, "today");
  $("date").textContent = tab.date
    ? t("popupRolesAsOf", [tab.date, source], `Roles as of ${tab.date} (${source})`) : "";

  const kinds = (globalThis.NewsContext && globalThis.NewsContext.styles.KINDS) || [];
  fillList($("claims"), kinds.map((k) => {
    const li = document.createElement("li");
    const label = document.createElement("span");
    label.className = `sw sw-${k.kind}`;
    label.style.textDecorationColor = k.color;
    label.style.textDecorationStyle = k.line;
    label.textContent = t(`kind_${k.kind.replace("-", "_")}`, undefined, k.label);
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(Number.isInteger(s[k.summary]) ? s[k.summary] : 0);
    li.append(label, count);
    return li;
  }));
  fillList($("people"), (s.people || []).map((p) => {
    const mentions = p.mentions === 1 ? t("popupMention", undefined, "1 mention")
      : t("popupMentions", [String(p.mentions)], `${p.mentions} mentions`);
    return item(p.role ? `${p.name}, ${p.role} (${mentions})` : `${p.name} (${mentions})`);
  }));
  fillList($("quoted"), (s.quoted || []).map((q) => {
    const quotes = q.quotes === 1 ? t("popupQuote", undefined, "1 quote")
      : t("popupQuotes", [String(q.quotes)], `${q.quotes} quotes`);
    const cues = Array.isArray(q.cues) && q.cues.length ? `: ${q.cues.join(", ")}` : "";
    return item(`${q.name} (${quotes})${cues}`);
  }));
}

function showStatus(tab, module) {
  const status = $("status");
  if (module && module.ready === false) {
    status.textContent = t("popupModuleFailed", [module.error], `The analysis module could not be loaded: ${module.error}`);
    return;
  }
  if (!tab) { status.textContent = t("popupNoPage", undefined, "News Context does not run on this page."); return; }
  if (tab.status === "off") status.textContent = t("popupOff", undefined, "Switched off for this page.");
  else if (tab.status === "working") status.textContent = t("popupWorking", undefined, "Reading the article…");
  else if (tab.status === "failed") status.textContent = t("popupFailed", [tab.reason], `No annotations: ${tab.reason}`);
  else if (tab.skippedReason) status.textContent = tab.skippedReason;
  else if (!tab.counts || tab.counts.names + tab.counts.claims === 0) {
    status.textContent = t("popupNothing", undefined, "Nothing to mark on this page.");
  } else status.textContent = "";
}

async function tabStatus() {
  try {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (!tab || tab.id === undefined) return null;
    return await api.tabs.sendMessage(tab.id, { type: "nc:tab-status" });
  } catch (_) {
    return null; // no content script here (browser pages, stores, a tab loaded before install)
  }
}

async function main() {
  localise();
  const [tab, module, enabled, disabled] = await Promise.all([
    tabStatus(),
    api.runtime.sendMessage({ type: "nc:status" }).catch(() => null),
    getEnabled(),
    getDisabledSites(),
  ]);
  const everywhere = $("everywhere");
  everywhere.checked = enabled;
  everywhere.addEventListener("change", () => setEnabled(everywhere.checked));

  const site = $("site");
  if (tab && tab.host) {
    $("site-label").textContent = t("popupThisSite", [tab.host], `Annotate ${tab.host}`);
    site.checked = !disabled.includes(tab.host);
    site.disabled = false;
    site.addEventListener("change", () => setSiteEnabled(tab.host, site.checked));
  }
  showStatus(tab, module);
  if (tab && tab.counts && tab.counts.names + tab.counts.claims > 0) showSummary(tab);
}

main();
