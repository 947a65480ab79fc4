// The sliding window: h_T = tanh(W_in [x_{T-N+1}; ...; x_T] + b), L = r^T h_T. No state is
// carried from step to step: the output reads the last N inputs directly (a one-layer
// feed-forward net over a fixed window, the time-delay networks of Waibel et al. 1989 and the
// receptive field of a convolutional sequence model). Inputs before step 1 are zero. The
// gradient to x_t is (W_in block j)^T (r * tanh'(a)) with j = t - (T - N + 1) inside the window,
// and exactly zero for t <= T - N: not small, zero. That hard cut is the point of the model.
import { log10TanhPrime, scaledTanhPrime, tanhAndPrime } from '../activations';
import { rows } from '../gradients';
import { log10Norm, unitLog10 } from '../linalg';
import { normals, unitVector } from '../random';
import { ARCH_FIELD_DEFAULTS, type Spec } from '../spec';
import type { ConnectivityMap } from '../connectivity';
import type { ArchResult } from './types';

/** The concrete numbers of a window spec: W_in is n x (N m), row-major, column block j for x_{T-N+1+j}. */
export interface WindowParams {
  n: number;
  m: number;
  T: number;
  N: number;
  Win: Float64Array;
  b: Float64Array;
  /** x_1..x_T, T x m, drawn exactly as params.ts draws them: every architecture sees the same inputs */
  x: Float64Array;
  r: Float64Array;
}

/** W_in and b: explicit, or seeded with variance 1/fan-in (fan-in N m, LeCun et al. 1998) and b = 0. */
export function windowWeights(spec: Spec): { Win: Float64Array; b: Float64Array } {
  const { hidden: n, inputSize: m, seed } = spec;
  const N = spec.window ?? ARCH_FIELD_DEFAULTS.window;
  if (spec.recurrent.init === 'explicit') {
    const w = spec.weights as { Win: number[][]; b: number[] }; // shapes checked by spec.ts
    return { Win: Float64Array.from(w.Win.flat()), b: Float64Array.from(w.b) };
  }
  return { Win: normals(seed, 'Win', n * N * m, 1 / Math.sqrt(N * m)), b: new Float64Array(n) };
}

export function windowParams(spec: Spec): WindowParams {
  const { hidden: n, inputSize: m, steps: T, seed } = spec;
  return {
    n,
    m,
    T,
    N: spec.window ?? ARCH_FIELD_DEFAULTS.window,
    ...windowWeights(spec),
    x: spec.inputs ? Float64Array.from(spec.inputs.flat()) : normals(seed, 'x', T * m, spec.inputScale),
    r: spec.readout ? Float64Array.from(spec.readout) : unitVector(seed, 'readout', n)
  };
}

/** The first step inside the window ending at step t (1-based; below 1 the window is zero padding). */
export const windowStart = (t: number, N: number): number => t - N + 1;

/** a = W_in [x_{t-N+1}; ...; x_t] + b for the window ending at step t: the zero padding is skipped. */
export function windowPreActivation(p: WindowParams, t: number, out: Float64Array): void {
  const { n, m, N, Win, b, x } = p;
  const cols = N * m;
  const first = Math.max(1, windowStart(t, N));
  for (let i = 0; i < n; i++) {
    let acc = b[i];
    const row = i * cols;
    for (let s = first; s <= t; s++) {
      const col = (s - windowStart(t, N)) * m;
      for (let k = 0; k < m; k++) acc += Win[row + col + k] * x[(s - 1) * m + k];
    }
    out[i] = acc;
  }
}

/**
 * The gradients of L = r^T h_T with respect to every input, over the first `steps` steps. The
 * window has no state: its "h" curve is the input gradient, hGradLog10[t] = log10 ||dL/dx_t||
 * for t = 1..T and [0] = -Infinity (there is no x_0); perUnit rows are the m input units.
 */
export function windowGradients(full: WindowParams, perUnit: boolean, steps = full.T): ArchResult {
  const p = steps === full.T ? full : { ...full, T: steps, x: full.x.subarray(0, steps * full.m) };
  const { n, m, T, N, Win, r } = p;
  const cols = N * m;
  const a = new Float64Array(n);
  const d = new Float64Array(n);
  const delta = new Float64Array(n);
  const g = new Float64Array(m);
  windowPreActivation(p, T, a);
  for (let i = 0; i < n; i++) tanhAndPrime(a[i], d, i);
  // tanh'(a) rescaled when every unit is saturated beyond 1e-250: the scale e stays in log space
  const e = scaledTanhPrime(a, d, 0, n, delta);
  for (let i = 0; i < n; i++) delta[i] *= r[i]; // dL/da / 10^e
  const xGrad = new Float64Array(T).fill(-Infinity);
  const hGrad = new Float64Array(T + 1).fill(-Infinity);
  const units = perUnit ? rows(T, m) : undefined;
  units?.buffer.fill(-Infinity);
  for (let t = Math.max(1, windowStart(T, N)); t <= T; t++) {
    const col = (t - windowStart(T, N)) * m;
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const di = delta[i];
      if (di === 0) continue;
      for (let k = 0; k < m; k++) g[k] += Win[i * cols + col + k] * di;
    }
    xGrad[t - 1] = hGrad[t] = e + log10Norm(g, m);
    if (units) unitLog10(g, m, e, units.buffer, t * m);
  }
  return { hGradLog10: hGrad, xGradLog10: xGrad, perUnit: units && { h: units.rows }, spectrum: null };
}

/**
 * log10 ||dh_t/dx_s||_F for every pair of steps, h_t the window ending at t: diag(tanh'(a_t))
 * times W_in's block s - (t - N + 1) for t - N < s <= t, exactly zero (-Infinity) outside that
 * band: the future (s > t) and everything more than N - 1 steps back.
 */
export function windowConnectivityValues(p: WindowParams): Float64Array {
  const { n, m, T, N, Win } = p;
  const cols = N * m;
  // squared row norms of each column block: ||diag(d) B||_F^2 = sum_i d_i^2 ||B_i||^2
  const rowNorm2 = new Float64Array(N * n);
  for (let j = 0; j < N; j++)
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let k = 0; k < m; k++) acc += Win[i * cols + j * m + k] ** 2;
      rowNorm2[j * n + i] = acc;
    }
  const out = new Float64Array(T * T).fill(-Infinity);
  const a = new Float64Array(n);
  const d = new Float64Array(n);
  const logD = new Float64Array(n);
  for (let t = 1; t <= T; t++) {
    windowPreActivation(p, t, a);
    let top = -Infinity;
    for (let i = 0; i < n; i++) {
      logD[i] = log10TanhPrime(a[i]); // finite where tanh' underflows: scaled by the largest below
      top = Math.max(top, logD[i]);
    }
    for (let i = 0; i < n; i++) d[i] = 10 ** (logD[i] - top);
    for (let s = Math.max(1, windowStart(t, N)); s <= t; s++) {
      const j = s - windowStart(t, N);
      let acc = 0;
      for (let i = 0; i < n; i++) acc += d[i] * d[i] * rowNorm2[j * n + i];
      out[(t - 1) * T + (s - 1)] = acc === 0 ? -Infinity : top + 0.5 * Math.log10(acc);
    }
  }
  return out;
}

/** The window's connectivity map, in the shape of connectivity.ts's: a band of width N. */
export function windowConnectivity(spec: Spec): ConnectivityMap {
  return { T: spec.steps, values: windowConnectivityValues(windowParams(spec)) };
}
