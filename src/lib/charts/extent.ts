// The range of the finite values of several curves, in one pass and without copying them: at
// T = 5000 the old Array.from(...).filter(...) made ~20k-element arrays on every redraw.

/** [lowest, highest] finite value over all `curves`; [0, 0] when none is finite. */
export function finiteExtent(curves: { values: Float64Array }[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { values } of curves) {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v < lo && v !== -Infinity) lo = v;
      if (v > hi && v !== Infinity) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

/** The index of the largest value (the first, on a tie; NaN never wins over index 0). */
export function argMax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}
