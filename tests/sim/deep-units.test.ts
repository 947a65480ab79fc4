// Units far apart in scale: on the elementwise paths (the LSTM cell and its highway, the
// GRU's z path) every unit is exact however many powers of ten below the largest it lies.
// With W = 0 those paths are the whole gradient, a product of gates per unit, whose exact
// value 64-digit arithmetic gives. Then finite differences at realistic sizes (n = 16, T = 200).
import { describe, expect, it } from 'vitest';
import * as mathjs from 'mathjs';
import { buildParams, simulate, validateSpec, type Arch, type SpecInput } from '../../src/lib/sim/index';
import { DeepUnits, gateStep } from '../../src/lib/sim/deep-units';
import { fdGradient, norm } from '../helpers/finite-differences';
import { randomExplicitSpec } from '../helpers/random-specs';

const big = mathjs.create(mathjs.all, { number: 'BigNumber', precision: 64 });
const sigmaCache = new Map<number, number>();
/** log10 sigma(z) in 64 digits (the specs below feed few distinct z: each is computed once). */
function log10Sigma(z: number): number {
  let v = sigmaCache.get(z);
  if (v === undefined) {
    const onePlusExp = big.add(1, big.exp(big.bignumber(-z))) as mathjs.BigNumber;
    sigmaCache.set(z, (v = -Number(big.log10(onePlusExp))));
  }
  return v;
}

/**
 * n units with W = 0, one input whose gate weight (forget for lstm, update for gru) is +-w_i,
 * large and of alternating sign, and inputs +1 for the first 2/3 of the steps, -1 after: the
 * units' gradients end up thousands of decades apart.
 */
function spreadSpec(arch: Arch, n: number, T: number): { spec: SpecInput; gateWeights: number[] } {
  const G = arch === 'lstm' ? 4 : 3;
  const gateWeights = Array.from({ length: n }, (_, i) => (i % 2 ? -1 : 1) * (4 + 1.1 * i));
  const U = Array.from({ length: G * n }, () => [0]);
  for (let i = 0; i < n; i++) U[n + i][0] = gateWeights[i]; // block 1: f for lstm, z for gru
  return {
    gateWeights,
    spec: {
      arch,
      hidden: n,
      inputSize: 1,
      steps: T,
      forgetBias: 0,
      updateBias: 0,
      perUnit: true,
      recurrent: { init: 'explicit' },
      weights: { W: Array.from({ length: G * n }, () => new Array(n).fill(0)), U, b: new Array(G * n).fill(0) },
      inputs: Array.from({ length: T }, (_, t) => [t < (2 * T) / 3 ? 1 : -1]),
      readout: Array.from({ length: n }, (_, i) => (i % 3 ? 1 : -0.5) / Math.sqrt(n))
    }
  };
}

/** Exact log10 |dL/d(state)_{t,i}| for the spread spec: |r_i| * start factor * prod of the gates after t. */
function exactUnits(spec: SpecInput, w: number[], start: number, t: number): number[] {
  const T = spec.steps!;
  return w.map((wi, i) => {
    let sum = Math.log10(Math.abs(spec.readout![i])) + start;
    for (let k = t + 1; k <= T; k++) sum += log10Sigma(wi * spec.inputs![k - 1][0]);
    return sum;
  });
}

/**
 * The hardening issue's 2-unit LSTM: W = 0, forget-gate input weights +w and -w, inputs +1
 * for 400 steps then -1 for 200. Its result and the exact log10 |dL/dc_0,i| of both units.
 */
function twoUnits(w: number) {
  const U = Array.from({ length: 8 }, () => [0]);
  U[2][0] = w;
  U[3][0] = -w;
  const r = simulate({
    arch: 'lstm',
    hidden: 2,
    inputSize: 1,
    steps: 600,
    forgetBias: 0,
    recurrent: { init: 'explicit' },
    weights: { W: Array.from({ length: 8 }, () => [0, 0]), U, b: new Array(8).fill(0) },
    inputs: Array.from({ length: 600 }, (_, t) => [t < 400 ? 1 : -1]),
    readout: [0.6, 0.8],
    perUnit: true
  });
  // dL/dc_T = r * o_T * tanh'(c_T) = r / 2, then one forget gate per step
  const exact = [
    Math.log10(0.3) + 400 * log10Sigma(w) + 200 * log10Sigma(-w),
    Math.log10(0.4) + 400 * log10Sigma(-w) + 200 * log10Sigma(w)
  ];
  return { r, exact };
}

const log10NormOf = (units: number[]) => {
  const top = Math.max(...units);
  return top + 0.5 * Math.log10(units.reduce((s, u) => s + 10 ** (2 * (u - top)), 0));
};

describe('units thousands of decades apart (W = 0, n = 16, T = 600)', () => {
  // lstm: dL/dc_T = r * o_T * tanh'(c_T) with o = sigma(0) = 1/2 and c = 0 (g = tanh(0) = 0)
  it.each([
    ['lstm', Math.log10(0.5)],
    ['gru', 0]
  ] as const)('%s: every unit at every step matches 64-digit arithmetic', (arch, start) => {
    const { spec, gateWeights } = spreadSpec(arch, 16, 600);
    const r = simulate(spec);
    const rows = arch === 'lstm' ? r.perUnit!.c! : r.perUnit!.h;
    const path = arch === 'lstm' ? r.cellPathLog10! : r.updatePathLog10!;
    const state = arch === 'lstm' ? r.cGradLog10! : r.hGradLog10;
    let spread = 0;
    for (const t of [0, 1, 199, 400, 401, 599, 600]) {
      const exact = exactUnits(spec, gateWeights, start, t);
      spread = Math.max(spread, Math.max(...exact) - Math.min(...exact));
      for (let i = 0; i < 16; i++)
        expect(Math.abs(rows[t][i] - exact[i])).toBeLessThan(1e-9 * Math.max(1, Math.abs(exact[i])));
      expect(path[t]).toBeCloseTo(log10NormOf(exact), 8);
      expect(state[t]).toBeCloseTo(log10NormOf(exact), 8);
    }
    expect(spread).toBeGreaterThan(2000); // the case that needs per-unit scales: far beyond 10^308
  });

  it.each([200, 400, 700])('gates of sigma(-%i) per step (down to 1e-304): no unit underflows on the way', (w) => {
    const { r, exact } = twoUnits(w);
    for (let i = 0; i < 2; i++)
      expect(Math.abs(r.perUnit!.c![0][i] - exact[i]) / Math.abs(exact[i])).toBeLessThan(1e-12);
    expect(Math.abs(r.cellPathLog10![0] - exact[0]) / Math.abs(exact[0])).toBeLessThan(1e-12);
  });

  it('a deep unit rejoins exactly when the rest of the vector falls far below it', () => {
    const deep = new DeepUnits(2);
    const v = Float64Array.from([1, 1e-260]);
    let s = deep.normalize(v, 0); // unit 1 goes deep at 10^-260
    expect(deep.count).toBe(1);
    s = gateStep(v, s, Float64Array.from([1, 1e-140]), deep); // unit 1: 10^-400
    s = gateStep(v, s, Float64Array.from([1e-200, 1]), deep); // unit 0: 10^-200, unit 1 stays 10^-400
    expect(deep.count).toBe(0);
    expect(s).toBeCloseTo(-200, 12);
    expect(Math.log10(v[1]) + s).toBeCloseTo(-400, 12);
  });

  it('a product that would underflow (1e-200 x 1e-150) goes deep instead of to zero', () => {
    const deep = new DeepUnits(2);
    const v = Float64Array.from([1, 1e-200]);
    const s = gateStep(v, deep.normalize(v, 0), Float64Array.from([1, 1e-150]), deep);
    expect(deep.count).toBe(1);
    const out = new Float64Array(2);
    deep.unitLog10(out, 0);
    expect(out[1]).toBeCloseTo(-350, 12);
    expect(s).toBeCloseTo(0, 12);
  });

  it('the 2-unit case from the hardening issue: -1737.70, not -3474.75', () => {
    const { r, exact } = twoUnits(20);
    expect(r.cellPathLog10![0]).toBeCloseTo(exact[0], 9);
    expect(r.perUnit!.c![0][0]).toBeCloseTo(exact[0], 9);
    expect(r.perUnit!.c![0][1]).toBeCloseTo(exact[1], 9); // 10^-3474.75: once reported as exactly 0
  });
});

describe('finite differences at a realistic size (n = 16, T = 200)', () => {
  // where the gradient stands well above the differences' noise floor (~1e-12): the far steps
  // (1e-19 at t = 0) are held to 64-digit closed forms above and in rnn/lstm tests
  it.each(['lstm', 'gru'] as const)('%s: the state gradient norm at steps 150, 190 and 199', (arch) => {
    const spec = validateSpec(randomExplicitSpec(arch, 'tanh', 11, { n: 16, m: 3, T: 200 }));
    const p = buildParams(spec);
    const r = simulate(spec);
    for (const t of [150, 190, 199]) {
      const fd = norm(fdGradient(p, 'h', t));
      expect(Math.abs(10 ** r.hGradLog10[t] - fd) / fd).toBeLessThan(1e-6);
    }
  });
});
