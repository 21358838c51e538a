/**
 * settings.js: the extension's two settings, shared by the popup and the options page.
 *
 * Why it exists: one definition of where each setting lives, so the pages and the content script
 * (which reads the same keys) agree. `storage.sync` `{enabled}` is the global switch and follows the
 * user across devices; `storage.local` `{disabledSites}` lists hosts and stays on this device.
 */
export const api = globalThis.browser || globalThis.chrome;

/** True unless the user switched News Context off everywhere. */
export async function getEnabled() {
  const { enabled } = await api.storage.sync.get({ enabled: true });
  // An older or corrupt value: "false"/0 mean off; anything else unreadable means the default, on.
  return !(enabled === false || enabled === "false" || enabled === 0 || enabled === "0" || enabled === "off");
}

export async function setEnabled(enabled) {
  await api.storage.sync.set({ enabled: !!enabled });
}

/** The hosts where News Context is switched off, sorted. */
export async function getDisabledSites() {
  const { disabledSites } = await api.storage.local.get({ disabledSites: [] });
  // An older schema stored a comma-separated string; anything else unreadable means none.
  const list = Array.isArray(disabledSites) ? disabledSites
    : typeof disabledSites === "string" ? disabledSites.split(/[\s,;]+/) : [];
  return list.filter((h) => typeof h === "string").map((h) => h.trim().toLowerCase()).filter(Boolean);
}

/** Switches News Context on (`on = true`) or off for `host`. */
export async function setSiteEnabled(host, on) {
  const sites = new Set(await getDisabledSites());
  if (on) sites.delete(host);
  else sites.add(host);
  await api.storage.local.set({ disabledSites: [...sites].sort() });
}

/** A host name as typed by a user, normalised, or "" when it is not one. */
export function normaliseHost(input) {
  let s = String(input || "").trim().toLowerCase();
  if (!s) return "";
  try {
    if (/^[a-z][a-z0-9+.-]*:\/\//.test(s)) s = new URL(s).hostname;
  } catch (_) {
    return "";
  }
  s = s.replace(/\/.*$/, "");
  return /^[a-z0-9.-]+(:\d+)?$/.test(s) && !s.startsWith(".") ? s.replace(/:\d+$/, "") : "";
}
