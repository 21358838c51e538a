/** stats.mjs: the few statistics the benchmark reports. */

/** The q-quantile (0..1) of `values` by linear interpolation; NaN for an empty list. */
export function quantile(values, q) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);
export const p95 = (values) => quantile(values, 0.95);
export const sum = (values) => values.reduce((a, b) => a + b, 0);
export const max = (values) => values.reduce((a, b) => (b > a ? b : a), -Infinity);

/** Per item, the median over rounds: `rounds[r][i]` is item i's time in round r. */
export function perItemMedian(rounds) {
  if (!rounds.length) return [];
  return rounds[0].map((_, i) => median(rounds.map((r) => r[i])));
}

/** `{median, p95, max, total, n}` of a list of per-item times. */
export function summary(values) {
  return { median: median(values), p95: p95(values), max: max(values), total: sum(values), n: values.length };
}
