/**
 * controls.js: the controls the popup and the options page share: the "marks to show" switches
 * and the keyboard shortcuts line.
 *
 * Why it exists: both pages offer the same settings; one builder keeps their wording and storage
 * identical. Built with createElement/textContent only.
 */
import { api, setShown } from "./settings.js";
import { t } from "./i18n.js";

const NC = globalThis.NewsContext || {};
const KINDS = (NC.styles && NC.styles.KINDS) || [];

/** Each family of marks (schema.MARK_PREFS): its message name and English fallback. */
const SHOW_LABELS = {
  names: ["showNames", "Names of people"],
  named: ["showNamed", "Claims with a named source"],
  anonymous: ["showAnonymous", "Claims with an anonymous source"],
  vague: ["showVague", "Claims with a vague source"],
  none: ["showNone", "Claims with no source given"],
};

/** Fills `box` with one switch per family of marks, reflecting `settings.show` and writing it. */
export function renderMarkSwitches(box, settings) {
  box.replaceChildren();
  for (const { pref, kind } of NC.schema.MARK_PREFS) {
    const label = document.createElement("label");
    label.className = "switch";
    const input = document.createElement("input");
    input.type = "checkbox";
    input.id = `show-${pref}`;
    input.dataset.pref = pref;
    input.checked = settings.show[pref] !== false;
    input.addEventListener("change", () => setShown(pref, input.checked));
    const text = document.createElement("span");
    const k = KINDS.find((x) => x.kind === kind);
    if (k) {
      text.className = `sw sw-${kind}`;
      text.style.textDecorationColor = k.color;
      text.style.textDecorationStyle = k.line;
    } else text.className = "sw-name";
    const [key, fallback] = SHOW_LABELS[pref];
    text.textContent = t(key, undefined, fallback);
    label.append(input, text);
    box.appendChild(label);
  }
}

/** Sets the mark switches in `box` to `show` (after a change made elsewhere). */
export function updateMarkSwitches(box, show) {
  for (const input of box.querySelectorAll("input[data-pref]")) input.checked = show[input.dataset.pref] !== false;
}

/** The keyboard line: the browser's shortcuts for stepping through marks, as the reader set them. */
export async function keysText() {
  let next = "";
  let previous = "";
  try {
    const commands = await api.commands.getAll();
    const get = (name) => (commands.find((c) => c.name === name) || {}).shortcut || "";
    next = get("next-mark");
    previous = get("previous-mark");
  } catch (_) { /* no commands API: the in-page keys below still work */ }
  next = next || "Alt+Shift+N";
  previous = previous || "Alt+Shift+P";
  return t("keysHelp", [next, previous],
    `${next} and ${previous} step to the next and previous mark on the page; Enter on a name pins its card, Escape closes it.`);
}
