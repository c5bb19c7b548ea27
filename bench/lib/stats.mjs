// Order statistics of repeated trials (no means: a GC or a context switch is one long sample).

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export const median = (values) => quantile(values, 0.5);
export const p90 = (values) => quantile(values, 0.9);

/** { n, median, p90, min, max } rounded to µs. */
export function summary(values) {
  const round = (x) => Math.round(x * 1000) / 1000;
  return {
    n: values.length,
    median: round(median(values)),
    p90: round(p90(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (x, digits = 2) => `${x.toFixed(digits)} ms`;

/**
 * The weighted median: each value counts with its weight (post-stratification: weight a sample
 * by targetShare / observedShare of its group so that groups count as in a fixed mix).
 */
export function weightedMedian(values, weights) {
  const pairs = values
    .map((value, i) => [value, weights[i]])
    .filter(([, w]) => w > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  for (const [value, w] of pairs) {
    cumulative += w;
    if (cumulative >= total / 2) return value;
  }
  return NaN;
}
