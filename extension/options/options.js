/**
 * options.js: the settings page's logic: the same two settings as the popup, plus the full list of
 * sites where News Context is off, each of which can be turned back on. Changes take effect in open
 * tabs at once (their content scripts listen to storage changes).
 */
import { api, getEnabled, setEnabled, getDisabledSites, setSiteEnabled, normaliseHost } from "../common/settings.js";
import { localise, t } from "../common/i18n.js";

const $ = (id) => document.getElementById(id);

async function renderSites() {
  const sites = await getDisabledSites();
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

async function main() {
  localise();
  const enabled = $("enabled");
  enabled.checked = await getEnabled();
  enabled.addEventListener("change", () => setEnabled(enabled.checked));
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
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && "disabledSites" in changes) renderSites();
    if (area === "sync" && "enabled" in changes) enabled.checked = changes.enabled.newValue !== false;
  });
  await renderSites();
}

main();
