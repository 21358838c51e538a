/**
 * options.js: the settings page's logic: the same settings as the popup (on/off everywhere, which
 * marks to show), the full list of sites where News Context is off, each of which can be turned
 * back on, and the remembered "hide" / "wrong person" choices, which can be forgotten. Changes take
 * effect in open tabs at once (their content scripts listen to storage changes). Settings that
 * could not be read are named here, with the defaults used instead.
 */
import {
  api, clearFeedback, getSettings, normaliseHost, repairSettings, setEnabled, setSiteEnabled,
} from "../common/settings.js";
import { localise, t } from "../common/i18n.js";
import { keysText, renderMarkSwitches, updateMarkSwitches } from "../common/controls.js";

const $ = (id) => document.getElementById(id);

function renderSites(sites) {
  const ul = $("sites");
  ul.replaceChildren();
  if (!sites.length) {
    const li = document.createElement("li");
    li.className = "muted";
    li.textContent = t("optionsNoDisabledSites", undefined, "None: News Context runs on every site.");
    ul.appendChild(li);
  }
  for (const host of sites) {
    const li = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = host;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = t("optionsRemove", [host], `Turn back on for ${host}`);
    button.addEventListener("click", () => setSiteEnabled(host, true));
    li.append(name, button);
    ul.appendChild(li);
  }
}

function renderFeedback(feedback) {
  const entries = Object.values(feedback);
  const hidden = entries.filter((e) => e.a === "hide").length;
  const wrong = entries.filter((e) => e.a === "wrong").length;
  $("feedback-count").textContent = t("optionsFeedbackCount", [String(hidden), String(wrong)],
    `Marks hidden: ${hidden}. Names marked as the wrong person: ${wrong}. ` +
    "They are kept on this computer only, under codes from which no page or text can be read back.");
  $("feedback-clear").disabled = entries.length === 0;
}

function renderProblems(problems) {
  const p = $("problems");
  p.hidden = problems.length === 0;
  p.textContent = problems.length
    ? t("settingsProblems", [problems.join("; ")],
      `Some saved settings could not be read, so their defaults are used: ${problems.join("; ")}.`)
    : "";
}

async function main() {
  localise();
  const settings = await getSettings();
  renderProblems(settings.problems);
  // Store the defaults in place of what could not be read, so the reader is told once.
  if (settings.problems.length) await repairSettings();

  const enabled = $("enabled");
  enabled.checked = settings.enabled;
  enabled.addEventListener("change", () => setEnabled(enabled.checked));
  renderMarkSwitches($("show"), settings);
  renderSites(settings.disabledSites);
  renderFeedback(settings.feedback);

  $("add").addEventListener("submit", async (e) => {
    e.preventDefault();
    const host = normaliseHost($("host").value);
    if (!host) {
      $("host-error").textContent = t("optionsBadHost", undefined, "Enter a host name such as www.example.com.");
      return;
    }
    $("host-error").textContent = "";
    $("host").value = "";
    await setSiteEnabled(host, false);
  });
  $("feedback-clear").addEventListener("click", () => clearFeedback());

  api.storage.onChanged.addListener(async (changes, area) => {
    const now = await getSettings();
    if (area === "local" && "disabledSites" in changes) renderSites(now.disabledSites);
    if (area === "local" && "feedback" in changes) renderFeedback(now.feedback);
    if (area === "sync" && "enabled" in changes) enabled.checked = now.enabled;
    if (area === "sync" && "show" in changes) updateMarkSwitches($("show"), now.show);
  });
  $("keys").textContent = await keysText();
  document.documentElement.dataset.ready = "true";
}

main();
