/**
 * i18n.js: fills the extension pages' static text from _locales, so no page hard-codes wording.
 *
 * An element with `data-i18n="key"` gets the message as its textContent (never as markup);
 * `t(key, substitutions, fallback)` returns a message for scripts.
 */
const api = globalThis.browser || globalThis.chrome;

export function t(key, substitutions, fallback = "") {
  try {
    return api.i18n.getMessage(key, substitutions) || fallback;
  } catch (_) {
    return fallback;
  }
}

export function localise(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    const text = t(el.dataset.i18n);
    if (text) el.textContent = text;
  }
  const lang = t("@@ui_locale");
  if (lang) document.documentElement.lang = lang.replace("_", "-");
}
