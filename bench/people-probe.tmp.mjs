import { attribution } from "./lib/corpus.mjs";
import { loadWasm } from "./lib/wasm.mjs";
const wasm = await loadWasm();
const { articles } = attribution();
const miss = new Map(); let tot = 0, found = 0;
const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];
for (const a of articles) {
  const r = wasm.analyze(a.text, a.date);
  const ms = r.mentions.map((m) => [m.span.start, m.span.end]);
  const named = [...new Map(a.gold.attributions.filter((g) => g.sourceKind === "named" && g.source).map((g) => [g.source.join(":"), g.source])).values()];
  for (const s of named) { tot++; if (ms.some((m) => overlaps(m, s))) found++; else { const t = a.text.slice(s[0], s[1]); miss.set(t, (miss.get(t) || 0) + 1); } }
}
console.log(found, tot, (found / tot).toFixed(3));
console.log([...miss].sort((x, y) => y[1] - x[1]).slice(0, 150).map(([t, n]) => `${n}\t${t}`).join("\n"));
