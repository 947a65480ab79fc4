// What the latch view shows, as the page holds it: one setting's trajectories, gradients and
// fixed points, and the trade-off grid over w and the noise (state/latch-view.svelte.ts).
import type { FixedPoint, LatchRun, LatchSpec } from '../sim/latch';

export interface LatchShown {
  spec: LatchSpec;
  run: LatchRun;
  fixedPoints: FixedPoint[];
  /** the map a -> w tanh(a) over the drawn range, as [a, f(a)] */
  map: [number, number][];
}

export interface LatchGrid {
  ws: readonly number[];
  noises: readonly number[];
  /** kept fraction, row = noise level (lowest first), column = w; NaN until the row arrives */
  kept: Float64Array;
  /** median log10 |da_T/da_1|, laid out as `kept` */
  grad: Float64Array;
  /** rows arrived */
  filled: number;
  /** T and the trajectories per cell the grid was computed with */
  steps: number;
  trajectories: number;
  ms: number;
  error: string;
}
