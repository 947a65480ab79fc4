// What a kernel reports: log10 magnitudes indexed by step t = 0..T (not steps back).
// A gradient that is exactly zero (a dead relu layer, a zero matrix) is -Infinity here
// and null in JSON; everything else is finite, however far below 1e-308 it lies.

import type { ParamGradients } from './param-grads';

/** With `paramGrads` on, the weight gradients too (param-grads.ts). */
export interface Gradients extends Partial<ParamGradients> {
  /** log10 ||dL/dh_t||, t = 0..T */
  hGradLog10: Float64Array;
  /** log10 ||dL/dx_t|| at index t - 1, t = 1..T */
  xGradLog10: Float64Array;
  /** lstm: log10 ||dL/dc_t||, t = 0..T */
  cGradLog10?: Float64Array;
  /** lstm: log10 ||(f_{t+1} * ... * f_T) * dL/dc_T||, the constant-error-carousel path alone */
  cellPathLog10?: Float64Array;
  /** gru: log10 ||(z_{t+1} * ... * z_T) * dL/dh_T||, the update-gate path alone */
  updatePathLog10?: Float64Array;
  /** log10 |dL/dh_t,i| (and |dL/dc_t,i| for lstm): row t = 0..T, one entry per unit */
  perUnit?: {
    h: Float64Array[];
    c?: Float64Array[];
    /** lstm: the forget gate f_t,i, row t = 0..T (row 0, before the first step, is NaN: null in JSON) */
    f?: Float64Array[];
    /**
     * lstm: log10 (f_{s+1,i} ... f_{T,i}), row s = 0..T: the share of c_s,i still in c_T,i along the
     * highway (memory, forward), and the factor the highway carries dL/dc_T,i back to s by (row T: 0)
     */
    memory?: Float64Array[];
  };
}

/** (T+1) rows of n entries, views into one buffer (cheap to allocate and to post to a worker). */
export function rows(T: number, n: number): { buffer: Float64Array; rows: Float64Array[] } {
  const buffer = new Float64Array((T + 1) * n);
  return { buffer, rows: Array.from({ length: T + 1 }, (_, t) => buffer.subarray(t * n, (t + 1) * n)) };
}

/**
 * The backward pass found dL/dh_{t-1} (and for lstm dL/dc_{t-1}) exactly zero while going
 * from step t: every earlier state gradient, and every input gradient before x_t, is
 * exactly zero too (they are all linear in it).
 */
export function zeroBefore(
  t: number,
  h: Float64Array,
  x: Float64Array,
  units: Float64Array | undefined,
  n: number,
  c?: Float64Array,
  cUnits?: Float64Array
): void {
  h.fill(-Infinity, 0, t);
  c?.fill(-Infinity, 0, t);
  x.fill(-Infinity, 0, t - 1);
  units?.fill(-Infinity, 0, t * n);
  cUnits?.fill(-Infinity, 0, t * n);
}

/** curve[T - k] - curve[T], k = 0..T: log10 of the norm k steps back relative to the loss step. */
export function relativeStepsBack(curve: Float64Array): Float64Array {
  const T = curve.length - 1;
  const out = new Float64Array(T + 1);
  for (let k = 0; k <= T; k++) out[k] = curve[T - k] - curve[T];
  return out;
}
