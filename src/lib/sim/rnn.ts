// Plain RNN, fast kernel: a_t = W h_{t-1} + U x_t + b, h_t = phi(a_t), L = r^T h_T.
// Backward: dL/dh_{t-1} = W^T (phi'(a_t) * dL/dh_t), the product of Jacobians whose
// geometric growth or decay is Bengio, Simard & Frasconi (1994)'s whole point.
// The residual RNN runs through the same kernel: h_t = h_{t-1} + phi(a_t), the ResNet block
// (He et al. 2016) laid along time, whose Jacobian I + diag(phi'(a_t)) W adds the identity
// path: dL/dh_{t-1} = dL/dh_t + W^T (phi'(a_t) * dL/dh_t). The
// backward vector is kept as (unit vector v, log10 scale s) and renormalised every step,
// so 0.5^5000 = 10^-1505 is as exact as 0.5^10.
import { scaledTanhPrime, tanhAndPrime } from './activations';
import { rows, zeroBefore, type Gradients } from './gradients';
import { haltAt, NetworkHaltError, shortNumber, type Halt } from './halt';
import { msg } from '../i18n/index';
import { log10Norm, matVec, normalize, transpose, unitLog10 } from './linalg';
import { paramGradientSum, paramGradLengths, type ParamGradMode } from './param-grads';
import type { Params } from './params';
import { workspaceWith } from './wasm/arena';

/** States beyond this magnitude are rescaled (linear and relu are unbounded: 2^5000 overflows). */
const BIG = 1e100;

export function rnnGradients(p: Params, perUnit: boolean, paramGrads: ParamGradMode = false): Gradients {
  const { n, m, T, activation } = p;
  const custom = p.custom;
  const residual = p.arch === 'residual';
  const [W, U, x, WT, UT, h, a, u, v, d, xg, ...pg] = workspaceWith(
    [p.W, p.U, p.x, transpose(p.W, n, n), transpose(p.U, n, m)],
    [n, n, n, n, n, m, ...paramGradLengths(paramGrads, n, n, m)]
  );
  const { A, DA, H, HS, halted } = rnnForward(p, W, U, x, h, a, u, paramGrads !== false);
  // the caller (simulate) reruns the steps before the halt: a T'-step run, exactly
  if (halted) throw new NetworkHaltError(halted);
  const sum = paramGradientSum(paramGrads, n, n, m, T, pg);

  const hGrad = new Float64Array(T + 1);
  const xGrad = new Float64Array(T);
  const units = perUnit ? rows(T, n) : undefined;
  v.set(p.r);
  let s = normalize(v, n);
  hGrad[T] = s;
  if (units) unitLog10(v, n, s, units.buffer, T * n);
  for (let t = T; t >= 1; t--) {
    const off = (t - 1) * n;
    let e = 0;
    if (activation === 'tanh') e = scaledTanhPrime(A, DA, off, n, d);
    else if (custom) e = scaledSlopes(DA, off, n, d);
    else if (activation === 'relu') for (let i = 0; i < n; i++) d[i] = A[off + i] > 0 ? 1 : 0;
    else d.fill(1);
    for (let i = 0; i < n; i++) d[i] *= v[i]; // d = dL/da_t / 10^(s + e)
    // dL/da_t is delta_t for W, U and b alike: a_t = W h_{t-1} + U x_t + b
    sum?.add(t, d, d, s + e, H!.subarray(off, off + n), HS![t - 1], p.x.subarray((t - 1) * m, t * m));
    matVec(UT, m, n, d, 0, xg);
    xGrad[t - 1] = s + e + log10Norm(xg, m);
    // the scale of the new v beyond s: e through W alone; for the residual RNN the larger of
    // the identity path's 0 and e (a saturated tanh gives e = -780: its W path is 10^-780 of v)
    let up = e;
    if (residual) {
      // dL/dh_{t-1} = dL/dh_t + W^T delta_t: v + 10^e W^T d in scale s (a is free after the forward)
      matVec(WT, n, n, d, 0, a);
      up = Math.max(0, e);
      const keep = 10 ** -up;
      const through = 10 ** (e - up);
      for (let i = 0; i < n; i++) v[i] = keep * v[i] + through * a[i];
    } else matVec(WT, n, n, d, 0, v);
    const k = normalize(v, n);
    if (k === -Infinity) {
      zeroBefore(t, hGrad, xGrad, units?.buffer, n);
      break;
    }
    s += up + k;
    hGrad[t - 1] = s;
    if (units) unitLog10(v, n, s, units.buffer, off);
  }
  return { hGradLog10: hGrad, xGradLog10: xGrad, perUnit: units && { h: units.rows }, ...sum?.result() };
}

export interface RnnForward {
  /** pre-activations a_t (row t - 1); for linear and relu scaled by 10^-hs, which keeps their signs */
  A: Float64Array;
  /** phi'(a_t) for tanh and custom (for linear and relu, A itself: the slope follows from its sign) */
  DA: Float64Array;
  /** with keepStates: h_t (row t, t = 0..T) as kept, h_t = H_t * 10^HS[t] (linear and relu rescale) */
  H?: Float64Array;
  HS?: Float64Array;
  /** a custom phi (or phi') that left the doubles at this step: rows from it on are not computed */
  halted: Halt | null;
}

/**
 * out = DA[off..off + n] / 10^E, returning E: 0 unless a custom phi' is beyond 1e100, then the
 * largest is scaled to 1, so W^T (phi' * v) cannot overflow however steep the formula.
 */
function scaledSlopes(DA: Float64Array, off: number, n: number, out: Float64Array): number {
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, Math.abs((out[i] = DA[off + i])));
  if (max <= BIG) return 0;
  for (let i = 0; i < n; i++) out[i] /= max;
  return Math.log10(max);
}

/** The forward pass, storing what backward passes need. W, U, x, h, a, u live in the kernel workspace. */
export function rnnForward(
  p: Params,
  W: Float64Array,
  U: Float64Array,
  x: Float64Array,
  h: Float64Array,
  a: Float64Array,
  u: Float64Array,
  keepStates = false
): RnnForward {
  const { n, m, T, b, activation } = p;
  const custom = p.custom;
  const residual = p.arch === 'residual';
  // linear and relu states can grow without bound: they are kept as h = v * 10^hs
  const rescaled = activation === 'linear' || activation === 'relu';
  // Pre-activations a_t, t = 1..T at row t - 1. For linear and relu the forward state is
  // kept as h = v * 10^hs (only phi'(a)'s sign pattern matters to the backward pass,
  // and it is scale-invariant), so an exploding state never overflows.
  const A = new Float64Array(T * n);
  const DA = rescaled ? A : new Float64Array(T * n); // phi'(a_t) from the forward pass (tanh, custom)
  h.set(p.h0);
  let hs = 0;
  const H = keepStates ? new Float64Array((T + 1) * n) : undefined;
  const HS = keepStates ? new Float64Array(T + 1) : undefined;
  H?.set(p.h0);
  let max = 0;
  let halted: Halt | null = null;
  for (let t = 1; t <= T && !halted; t++) {
    matVec(U, n, m, x, (t - 1) * m, u);
    matVec(W, n, n, h, 0, a);
    const inputWeight = hs === 0 ? 1 : 10 ** -hs;
    const off = (t - 1) * n;
    max = 0;
    for (let i = 0; i < n; i++) {
      const ai = a[i] + inputWeight * (u[i] + b[i]);
      A[off + i] = ai;
      let hi: number;
      if (custom) {
        hi = custom.phi(ai);
        const di = (DA[off + i] = custom.dphi(ai));
        // a custom phi is run in plain doubles: stop where it leaves them, and say which failed
        if (!Number.isFinite(hi) || !Number.isFinite(di)) {
          const phiFailed = !Number.isFinite(hi);
          halted = haltAt(custom.formula, phiFailed ? 'phi' : "phi'", t, T, ai, phiFailed ? hi : di);
          break;
        }
      } else
        hi = activation === 'tanh' ? tanhAndPrime(ai, DA, off + i) : activation === 'relu' ? (ai > 0 ? ai : 0) : ai;
      if (residual) {
        // h_t = h_{t-1} + phi(a_t). Linear and relu are homogeneous, so the kept state adds in
        // its own scale (phi(a 10^-hs) = phi(a) 10^-hs); tanh adds at most 1 a step, |h_t| <= |h_0| + t
        // (no rescale needed); an unbounded custom phi can overflow the sum: it halts like phi.
        const phi = hi;
        hi += h[i];
        if (custom && !Number.isFinite(hi)) {
          halted = residualHalt(custom.formula, t, T, ai, phi, h[i], hi);
          break;
        }
      }
      h[i] = hi;
      if (rescaled && Math.abs(hi) > max) max = Math.abs(hi);
    }
    if (halted) break;
    if (rescaled) rescale();
    H?.set(h, t * n);
    if (HS) HS[t] = hs;
  }

  /** Keeps a linear or relu state within doubles: h = v * 10^hs. */
  function rescale() {
    if (max > BIG) {
      for (let i = 0; i < n; i++) h[i] /= max;
      hs += Math.log10(max);
    } else if (max === 0) hs = 0;
    else if (hs > 0 && max < 1 / BIG) {
      const k = Math.min(hs, 200);
      for (let i = 0; i < n; i++) h[i] *= 10 ** k;
      hs -= k;
    }
  }

  return { A, DA, H, HS, halted };
}

/** The residual state h_{t-1} + phi(a) left the doubles although phi(a) did not: say so. */
function residualHalt(formula: string, t: number, T: number, a: number, phi: number, prev: number, h: number): Halt {
  const halt = haltAt(formula, 'phi', t, T, a, h);
  const m = msg().sim.halt;
  return {
    ...halt,
    message: m.residual(formula, t, shortNumber(a), shortNumber(phi), shortNumber(prev), h) + m.stop(t)
  };
}

/** phi'(a) of unit i at row offset off: the slope the Jacobian diag(phi'(a_t)) W uses. */
export function rnnSlope(p: Params, f: RnnForward, off: number, i: number): number {
  if (p.activation === 'linear') return 1;
  if (p.activation === 'relu') return f.A[off + i] > 0 ? 1 : 0;
  return f.DA[off + i];
}
