/**
 * settings.js: reading and writing the reader's settings from the popup and the options page.
 *
 * Why it exists: both pages offer the same settings; this is the one place that knows which storage
 * area holds which key. The schema itself (defaults, lenient reading of old or corrupt values) is
 * common/schema.js, which the page loads first as a classic script and the content scripts share.
 */
export const api = globalThis.browser || globalThis.chrome;
const schema = () => globalThis.NewsContext.schema;

/**
 * All settings, read leniently: `{enabled, show, disabledSites, feedback, problems}`. `problems`
 * lists, in English, each stored value that could not be read and was replaced by its default.
 */
export async function getSettings() {
  const [sync, local] = await Promise.all([
    api.storage.sync.get(["enabled", "show"]),
    api.storage.local.get(["disabledSites", "feedback"]),
  ]);
  return schema().readAll(sync, local);
}

/** True unless the user switched News Context off everywhere. */
export async function getEnabled() {
  return (await getSettings()).enabled;
}

export async function setEnabled(enabled) {
  await api.storage.sync.set({ enabled: !!enabled });
}

/** Shows (`on = true`) or hides one family of marks (`pref` is a key of schema.MARK_PREFS). */
export async function setShown(pref, on) {
  const { show } = await getSettings();
  if (!(pref in show)) throw new Error(`unknown kind of mark: ${pref}`);
  show[pref] = !!on;
  await api.storage.sync.set({ show });
}

/** The hosts where News Context is switched off, sorted. */
export async function getDisabledSites() {
  return (await getSettings()).disabledSites;
}

/** Switches News Context on (`on = true`) or off for `host`. */
export async function setSiteEnabled(host, on) {
  const sites = new Set(await getDisabledSites());
  if (on) sites.delete(host);
  else sites.add(host);
  await api.storage.local.set({ disabledSites: [...sites].sort() });
}

/** Forgets every "hide" and "wrong person" choice, on every page. */
export async function clearFeedback() {
  await api.storage.local.set({ feedback: {} });
}

/** Rewrites unreadable stored values with what they were read as (the defaults), so the
 * message about them is shown once. */
export async function repairSettings() {
  const s = await getSettings();
  await api.storage.sync.set({ enabled: s.enabled, show: s.show });
  await api.storage.local.set({ disabledSites: s.disabledSites, feedback: s.feedback });
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
