// A tour step's line chart can fit its y axis to the curves the step is about: at forget bias
// 5 over 500 steps the RNN's 10⁻¹⁰⁰ would flatten the LSTM's fading, the point of the step,
// into a line; fitted to the LSTM's curves the fading shows and the RNN runs off the bottom.
import { finiteExtent } from '../charts/extent';
import type { Curve } from '../figures/figure-data';

/**
 * The y range (log10) that holds the curves named in `ids`, half a decade of room around them
 * and never without 1 (10⁰, where every ratio starts); null when none of them is on screen.
 */
export function focusRange(curves: Curve[], ids: readonly string[] | undefined): [number, number] | null {
  const focus = ids ? curves.filter((c) => ids.includes(c.id)) : [];
  if (!focus.length) return null;
  const [lo, hi] = finiteExtent(focus);
  return [Math.min(lo, 0) - 0.5, Math.max(hi, 0) + 0.5];
}
