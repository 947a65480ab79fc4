// A curve of thousands of steps drawn into a few hundred pixel columns: at most two points a
// column (each bucket's lowest and highest, in order), so a 5000-step curve draws as fast as a
// 100-step one and keeps its envelope. Drawing only: the numbers are never thinned.

/** [k, value] points for `buckets` pixel columns. */
export function thin(values: Float64Array, buckets: number): [number, number][] {
  const n = values.length;
  if (n <= 2 * buckets) return Array.from(values, (v, k) => [k, v]);
  const out: [number, number][] = [];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.floor(((b + 1) * n) / buckets);
    let lo = from;
    let hi = from;
    for (let k = from + 1; k < to; k++) {
      if (values[k] < values[lo] || values[lo] !== values[lo]) lo = k;
      if (values[k] > values[hi] || values[hi] !== values[hi]) hi = k;
    }
    if (lo === hi) out.push([lo, values[lo]]);
    else if (lo < hi) out.push([lo, values[lo]], [hi, values[hi]]);
    else out.push([hi, values[hi]], [lo, values[lo]]);
  }
  if (out[out.length - 1][0] !== n - 1) out.push([n - 1, values[n - 1]]);
  return out;
}
