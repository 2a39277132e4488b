export function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
export const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)));
export const summary = (values) => ({
  n: values.length,
  p50: round(quantile(values, 0.5)),
  p95: round(quantile(values, 0.95)),
  min: round(Math.min(...values)),
  max: round(Math.max(...values)),
});
export const mb = (bytes) => round(bytes / 1024 / 1024, 2);
export const kb = (bytes) => round(bytes / 1024, 1);

export function countBy(values) {
  const counts = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}
