// The single-neuron latch of Bengio, Simard & Frasconi (1994), section III: a_t = w tanh(a_{t-1}) + h_t.
// For w > 1 the map a -> w tanh(a) has two attractors +-x (where tanh(a) meets a / w) with
// |f'| < 1 there: a bit written by an input pulse is kept against noise, and for exactly that
// reason da_T/da_1 = prod_t f'(a_{t-1}) shrinks geometrically. Robust memory and a gradient
// that reaches back cannot both hold. Pure TypeScript; the latch view and the worker use it.
import { msg } from '../i18n/index';
import { log10TanhPrime } from './activations';
import { normalStream } from './random';

export interface LatchSpec {
  /** the self-connection w */
  w: number;
  /** standard deviation of the Gaussian input noise after the pulse */
  noise: number;
  /** amplitude of the input pulse that writes the bit (h_t = bit * pulse for t <= length) */
  pulse: number;
  /** steps the pulse lasts, L */
  length: number;
  /** steps T */
  steps: number;
  seed: number;
  /** noisy trajectories, half with bit +1, half with bit -1 */
  trajectories: number;
}

/** The ranges the latch accepts (the view's controls and its URL fields). */
export const LATCH_LIMITS = {
  w: [0, 3],
  noise: [0, 2],
  pulse: [0, 3],
  length: [1, 50],
  steps: [2, 1000],
  trajectories: [1, 256]
} as const;

/** Throws, naming the field and its range, unless every field is a number within LATCH_LIMITS. */
export function checkLatchSpec(spec: LatchSpec): LatchSpec {
  for (const [field, [lo, hi]] of Object.entries(LATCH_LIMITS)) {
    const v = (spec as unknown as Record<string, unknown>)[field];
    const whole = field === 'length' || field === 'steps' || field === 'trajectories';
    if (typeof v !== 'number' || !(v >= lo && v <= hi) || (whole && !Number.isInteger(v)))
      throw new Error(msg().sim.latch.range(field, whole, lo, hi, String(v)));
  }
  if (!Number.isInteger(spec.seed) || spec.seed < 0) throw new Error(msg().sim.latch.seed(String(spec.seed)));
  return spec;
}

/** The state axis is drawn over [-LATCH_RANGE, LATCH_RANGE]: the attractors stay inside up to w = 3 (x = 2.98). */
export const LATCH_RANGE = 3.5;

export interface FixedPoint {
  a: number;
  /** f'(a) = w (1 - tanh^2 a) */
  slope: number;
  /** attracting (|f'| < 1), repelling (|f'| > 1) or marginal (|f'| = 1: w = 1 at a = 0) */
  kind: 'stable' | 'unstable' | 'marginal';
}

const kindOf = (slope: number): FixedPoint['kind'] =>
  Math.abs(slope) < 1 ? 'stable' : Math.abs(slope) > 1 ? 'unstable' : 'marginal';

/** The positive root of a = w tanh(a) for w > 1, by bisection: w tanh(a) - a > 0 on (0, x), < 0 beyond. */
export function attractor(w: number): number {
  let lo = 0;
  let hi = w; // w tanh(w) - w < 0
  for (let i = 0; i < 200 && hi - lo > 1e-17 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (w * Math.tanh(mid) - mid > 0) lo = mid;
    else hi = mid;
  }
  return 0.5 * (lo + hi);
}

/** The map a -> w tanh(a) at `samples` points evenly spaced over [-range, range], as [a, f(a)] pairs. */
export function latchMap(w: number, range: number, samples = 241): [number, number][] {
  return Array.from({ length: samples }, (_, i) => {
    const a = -range + (2 * range * i) / (samples - 1);
    return [a, w * Math.tanh(a)];
  });
}

/** The fixed points of a -> w tanh(a), in increasing order: one for w <= 1, three for w > 1. */
export function latchFixedPoints(w: number): FixedPoint[] {
  const zero: FixedPoint = { a: 0, slope: w, kind: kindOf(w) };
  if (w <= 1) return [zero];
  const x = attractor(w);
  const slope = w * (1 - Math.tanh(x) ** 2);
  return [{ a: -x, slope, kind: kindOf(slope) }, zero, { a: x, slope, kind: kindOf(slope) }];
}

export interface LatchTrajectory {
  bit: 1 | -1;
  /** a_0 .. a_T (a_0 = 0) */
  a: Float64Array;
  /** log10 |da_t/da_1| at index t - 1, t = 1..T: the product of f'(a_{s-1}) over s = 2..t, in log space */
  gradLog10: Float64Array;
  /** sign(a_T) is the bit */
  kept: boolean;
}

/** The input h_t for t = 1..T (index t - 1): the pulse, then noise from the trajectory's own stream. */
function inputs(spec: LatchSpec, bit: number, stream: string): Float64Array {
  const { steps: T, length: L, pulse, noise } = spec;
  const h = new Float64Array(T);
  const next = noise > 0 ? normalStream(spec.seed, stream) : null;
  for (let t = 1; t <= T; t++) h[t - 1] = t <= L ? bit * pulse : next ? noise * next() : 0;
  return h;
}

/**
 * One trajectory and its gradient. log10 |f'(a)| = log10 w + log10 tanh'(a), the latter
 * finite for any a (activations.ts), so a product over thousands of steps never underflows.
 */
export function latchTrajectory(spec: LatchSpec, bit: 1 | -1, h: Float64Array): LatchTrajectory {
  const T = spec.steps;
  const logW = Math.log10(spec.w); // -Infinity for w = 0: da_t/da_1 is exactly 0 from t = 2
  const a = new Float64Array(T + 1);
  const gradLog10 = new Float64Array(T);
  for (let t = 1; t <= T; t++) {
    a[t] = spec.w * Math.tanh(a[t - 1]) + h[t - 1];
    if (t >= 2) gradLog10[t - 1] = gradLog10[t - 2] + logW + log10TanhPrime(a[t - 1]);
  }
  return { bit, a, gradLog10, kept: Math.sign(a[T]) === bit };
}

export interface LatchRun {
  trajectories: LatchTrajectory[];
  /** the same pulse with no noise, bit +1 */
  clean: LatchTrajectory;
  /** trajectories whose bit survived to step T */
  kept: number;
}

/** The noisy trajectories (even index: bit +1, odd: -1) and the noise-free one. */
export function latchRun(spec: LatchSpec): LatchRun {
  checkLatchSpec(spec);
  const trajectories = Array.from({ length: spec.trajectories }, (_, i) => {
    const bit = i % 2 === 0 ? 1 : -1;
    return latchTrajectory(spec, bit, inputs(spec, bit, `latch-noise-${i}`));
  });
  const clean = latchTrajectory(spec, 1, inputs({ ...spec, noise: 0 }, 1, ''));
  return { trajectories, clean, kept: trajectories.filter((t) => t.kept).length };
}

/** The median of a small sample (sorts it in place). */
function median(values: Float64Array): number {
  const s = values.sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : 0.5 * (s[m - 1] + s[m]);
}

/**
 * a_T and log10 |da_T/da_1| of one trajectory, the grid's inner loop: the same states as
 * latchTrajectory (the noise is `noise` * z, z its stream), the product carried as a double
 * and a power of ten rather than as a sum of logarithms (no log per step), renormalised when
 * it leaves [1e-250, 1e250]. tanh' = 1 - tanh^2 is exact enough while tanh^2 is not near 1;
 * beyond |a| = 3, 4e/(1 + e)^2 with e = exp(-2|a|), which never underflows to a wrong 0.
 */
function runCell(
  w: number,
  T: number,
  L: number,
  pulse: number,
  noise: number,
  z: Float64Array
): { a: number; gradLog10: number } {
  let a = 0;
  let g = 1;
  let exponent = 0;
  for (let t = 1; t <= T; t++) {
    const th = Math.tanh(a);
    if (t >= 2) {
      let d: number;
      if (a < 3 && a > -3) d = 1 - th * th;
      else {
        const e = Math.exp(-2 * Math.abs(a));
        d = (4 * e) / ((1 + e) * (1 + e));
      }
      g *= w * d;
      if ((g < 1e-250 || g > 1e250) && g !== 0) {
        exponent += Math.log10(g);
        g = 1;
      }
    }
    a = w * th + (t <= L ? pulse : noise * z[t - 1]);
  }
  return { a, gradLog10: g === 0 ? -Infinity : exponent + Math.log10(g) };
}

/**
 * The trade-off grid, one row per noise level: for each w, the fraction of trajectories that
 * keep the bit to step T (first ws.length entries) and the median log10 |da_T/da_1| over them
 * (the next ws.length). Every cell runs the same spec.trajectories noise streams as latchRun,
 * scaled by its noise level, so the cell of the view's (w, noise) holds the view's trajectories.
 */
export function* latchGridRows(spec: LatchSpec, ws: readonly number[], noises: readonly number[]) {
  checkLatchSpec(spec);
  for (const w of ws) checkLatchSpec({ ...spec, w });
  for (const noise of noises) checkLatchSpec({ ...spec, noise });
  const { steps: T, length: L, pulse, trajectories: K } = spec;
  const W = ws.length;
  const z = Array.from({ length: K }, (_, i) => {
    const next = normalStream(spec.seed, `latch-noise-${i}`);
    const out = new Float64Array(T);
    for (let t = L + 1; t <= T; t++) out[t - 1] = next();
    return out;
  });
  const grads = new Float64Array(K);
  for (const noise of noises) {
    const row = new Float64Array(2 * W);
    for (let j = 0; j < W; j++) {
      let kept = 0;
      for (let i = 0; i < K; i++) {
        const bit = i % 2 === 0 ? 1 : -1;
        const cell = runCell(ws[j], T, L, bit * pulse, noise, z[i]);
        if (Math.sign(cell.a) === bit) kept++;
        grads[i] = cell.gradLog10;
      }
      row[j] = kept / K;
      row[W + j] = median(grads);
    }
    yield row;
  }
}

/** The grid's axes: w from 0 to 3 and the noise from 0 to 2, both 0.1 apart. */
export const LATCH_GRID = {
  ws: Array.from({ length: 31 }, (_, i) => +(i / 10).toFixed(1)),
  noises: Array.from({ length: 21 }, (_, i) => +(i / 10).toFixed(1)),
  trajectories: 64
} as const;
