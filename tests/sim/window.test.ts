// The sliding window h_T = tanh(W_in [x_{T-N+1}; ...; x_T] + b) against an independent mathjs
// forward pass: 5-point finite differences for every input gradient (and per unit), the exact
// zero beyond N, the zero padding when T < N, N = 1 and N = 512, a saturated case in 64-digit
// arithmetic, the connectivity band, determinism, and the module's facts.
import { randomLcg, randomNormal } from 'd3';
import { add, all, create, dotMultiply, multiply } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { windowConnectivity } from '../../src/lib/sim/archs/window-kernel';
import { archModule, resultToJSON, simulate, validateSpec } from '../../src/lib/sim/index';

const big = create(all, { number: 'BigNumber', precision: 64 });

interface WindowCase {
  n: number;
  m: number;
  T: number;
  N: number;
  Win: number[][];
  b: number[];
  x: number[][];
  r: number[];
}

function randomCase(seed: number, n: number, m: number, T: number, N: number, scale = 0.6): WindowCase {
  const g = randomNormal.source(randomLcg(seed / 1000 + 0.0001))(0, scale);
  const mat = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, g));
  return { n, m, T, N, Win: mat(n, N * m), b: mat(1, n)[0], x: mat(T, m), r: mat(1, n)[0] };
}

const specOf = (c: WindowCase, extra: object = {}) => ({
  arch: 'window',
  hidden: c.n,
  inputSize: c.m,
  steps: c.T,
  window: c.N,
  recurrent: { init: 'explicit' },
  weights: { Win: c.Win, b: c.b },
  inputs: c.x,
  readout: c.r,
  perUnit: true,
  ...extra
});

/** L at step t (default T) of the window ending there, from mathjs products: the reference. */
function refLoss(c: WindowCase, x = c.x, t = c.T): number {
  const xw: number[] = [];
  for (let j = 0; j < c.N; j++) {
    const s = t - c.N + 1 + j;
    xw.push(...(s >= 1 ? x[s - 1] : new Array(c.m).fill(0)));
  }
  const h = (add(multiply(c.Win, xw) as number[], c.b) as number[]).map(Math.tanh);
  return (dotMultiply(c.r, h) as number[]).reduce((a, v) => a + v, 0);
}

/** dL/dx_t by the 5-point stencil on the reference. */
function fdInput(c: WindowCase, t: number, D = 1e-3): number[] {
  return Array.from({ length: c.m }, (_, k) => {
    const L = (d: number) =>
      refLoss(
        c,
        c.x.map((row, s) => (s === t - 1 ? row.map((v, i) => (i === k ? v + d : v)) : row))
      );
    return (8 * (L(D) - L(-D)) - (L(2 * D) - L(-2 * D))) / (12 * D);
  });
}

describe('the sliding window', () => {
  it('is its own module: no spectrum, no activation, the window path, label Window', () => {
    const m = archModule('window');
    expect([m.id, m.label, m.path, m.spectrumMatrix, m.usesActivation]).toEqual([
      'window',
      'Window',
      'window',
      null,
      false
    ]);
    expect(simulate({ arch: 'window', steps: 20 }).spectrum).toBeNull();
  });

  it.each([
    [1, 8, 3],
    [2, 8, 8],
    [3, 5, 9], // T < N: the window reaches before step 1, where the inputs are zero
    [4, 7, 1], // N = 1: only x_T
    [5, 12, 4]
  ])('case %i (T = %i, N = %i): every input gradient and unit matches finite differences', (seed, T, N) => {
    const c = randomCase(seed, 3, 2, T, N);
    const r = simulate(specOf(c));
    expect(r.hGradLog10).toHaveLength(T + 1);
    expect(r.hGradLog10[0]).toBe(-Infinity); // no x_0
    for (let t = 1; t <= T; t++) {
      expect(r.hGradLog10[t]).toBe(r.xGradLog10[t - 1]); // the window's "h" curve is its input gradient
      const fd = fdInput(c, t);
      const norm = Math.hypot(...fd);
      if (t <= T - N) {
        // THE point: exactly zero beyond N, null in JSON, and the reference agrees
        expect(r.xGradLog10[t - 1]).toBe(-Infinity);
        expect(norm).toBe(0);
        r.perUnit!.h[t].forEach((v) => expect(v).toBe(-Infinity));
      } else {
        expect(Math.abs(10 ** r.xGradLog10[t - 1] - norm) / norm).toBeLessThan(1e-6);
        fd.forEach((v, k) => expect(Math.abs(10 ** r.perUnit!.h[t][k] - Math.abs(v))).toBeLessThan(1e-6 * norm));
      }
    }
    const json = JSON.parse(resultToJSON(r));
    expect(json.xGradLog10.filter((v: number | null) => v === null)).toHaveLength(Math.max(0, T - N));
  });

  it('N = 512 over T = 600: 512 nonzero gradients, 88 exact zeros; T = 100: all 100 nonzero', () => {
    const long = simulate({ arch: 'window', hidden: 8, steps: 600, window: 512, seed: 3 });
    expect(long.xGradLog10.filter(Number.isFinite)).toHaveLength(512);
    expect(long.xGradLog10.subarray(0, 88).every((v) => v === -Infinity)).toBe(true);
    const short = simulate({ arch: 'window', hidden: 8, steps: 100, window: 512, seed: 3 });
    expect(short.xGradLog10.every(Number.isFinite)).toBe(true);
    // the seeded network reads the inputs every architecture reads
    const rnn = validateSpec({ arch: 'rnn', hidden: 8, steps: 100, seed: 3 });
    expect(rnn.inputScale).toBe(validateSpec({ arch: 'window', hidden: 8, steps: 100, seed: 3 }).inputScale);
  });

  it("a saturated window (a = 400, tanh' ~ 10^-347) keeps its gradient in log space, to 64 digits", () => {
    // n = m = N = 1: dL/dx_T = r w tanh'(w x_T + b), tanh'(a) = 4 / (e^a + e^-a)^2
    const c: WindowCase = { n: 1, m: 1, T: 3, N: 1, Win: [[200]], b: [0], x: [[1], [1], [2]], r: [0.5] };
    const r = simulate(specOf(c));
    const a = big.bignumber(400);
    const prime = big.divide(4, big.pow(big.add(big.exp(a), big.exp(big.unaryMinus(a))), 2));
    const want = Number(big.log10(big.multiply(big.bignumber(100), prime as never)));
    expect(want).toBeLessThan(-340);
    expect(r.xGradLog10[2]).toBeCloseTo(want, 9);
  });

  it('ignores the activation and paramGrads (the page sends "byStep"): the same gradients', () => {
    const base = { arch: 'window', hidden: 4, steps: 30, window: 10, seed: 2 };
    const a = simulate(base);
    const b = simulate({ ...base, activation: 'relu', paramGrads: 'byStep' });
    expect(Array.from(b.xGradLog10)).toEqual(Array.from(a.xGradLog10));
    expect(simulate({ ...base, paramGrads: true }).halted).toBeNull();
  });

  it('is deterministic: the same seeded spec gives the same bits', () => {
    const spec = { arch: 'window', hidden: 16, steps: 400, window: 64, seed: 9, perUnit: true };
    expect(resultToJSON(simulate(spec))).toBe(resultToJSON(simulate(spec)));
  });

  it('connectivity: a band of width N, exactly zero outside, each cell ||dh_t/dx_s||_F by finite differences', () => {
    const c = randomCase(6, 3, 2, 9, 4);
    const map = windowConnectivity(validateSpec(specOf(c)));
    expect(map.T).toBe(9);
    const D = 1e-3;
    for (let t = 1; t <= 9; t++)
      for (let s = 1; s <= 9; s++) {
        const v = map.values[(t - 1) * 9 + (s - 1)];
        if (s > t || s <= t - 4) {
          expect(v).toBe(-Infinity);
          continue;
        }
        // dh_t/dx_s: each unit's output as the loss (r = e_i), stencil on x_s
        let sq = 0;
        for (let i = 0; i < 3; i++) {
          const unit = { ...c, r: [0, 1, 2].map((q) => (q === i ? 1 : 0)) };
          for (let k = 0; k < 2; k++) {
            const L = (d: number) =>
              refLoss(
                unit,
                c.x.map((row, q) => (q === s - 1 ? row.map((x, j) => (j === k ? x + d : x)) : row)),
                t
              );
            sq += ((8 * (L(D) - L(-D)) - (L(2 * D) - L(-2 * D))) / (12 * D)) ** 2;
          }
        }
        expect(Math.abs(10 ** v - Math.sqrt(sq)) / Math.sqrt(sq)).toBeLessThan(1e-6);
      }
  });

  it('costs at most n m multiply-adds a step in the forecast, whatever N', () => {
    const rows = (window: number) => archModule('window').costRows({ hidden: 32, inputSize: 2, window, heads: 1 });
    expect(rows(512)).toBe(rows(1));
    expect(rows(512) * (32 + 2 + 1)).toBeCloseTo(64, 12);
  });
});
