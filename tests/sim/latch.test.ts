// The single-neuron latch (Bengio et al. 1994) held to independent computations: fixed points
// to their defining equation and its series near w = 1, da_T/da_1 to central finite
// differences and to a 64-digit product, the grid to the per-trajectory runs, and Bengio's
// two regimes to numbers a lecturer would quote.
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  attractor,
  checkLatchSpec,
  latchFixedPoints,
  latchGridRows,
  latchRun,
  latchTrajectory,
  type LatchSpec
} from '../../src/lib/sim/latch';

const big = create(all, { number: 'BigNumber', precision: 64 });
const base: LatchSpec = { w: 2, noise: 0.3, pulse: 1, length: 3, steps: 100, seed: 1, trajectories: 8 };

/** a_T from a given a_1 with the same inputs h_2..h_T: the map the gradient differentiates. */
function finalState(w: number, a1: number, h: Float64Array): number {
  let a = a1;
  for (let t = 2; t <= h.length; t++) a = w * Math.tanh(a) + h[t - 1];
  return a;
}

/** The inputs a trajectory saw, read back from its states: h_t = a_t - w tanh(a_{t-1}). */
const inputsOf = (w: number, a: Float64Array) =>
  Float64Array.from({ length: a.length - 1 }, (_, i) => a[i + 1] - w * Math.tanh(a[i]));

describe('fixed points of a -> w tanh(a)', () => {
  it.each([0, 0.5, 0.99, 1])("w = %f: only a = 0, with f'(0) = w", (w) => {
    const points = latchFixedPoints(w);
    expect(points).toHaveLength(1);
    expect(points[0]).toEqual({ a: 0, slope: w, kind: w < 1 ? 'stable' : 'marginal' });
  });

  it.each([1.0001, 1.01, 1.2, 2, 3])('w = %f: three, +-x with x = w tanh(x), attracting; 0 repels', (w) => {
    const [minus, zero, plus] = latchFixedPoints(w);
    const x = plus.a;
    expect(minus.a).toBe(-x);
    expect(Math.abs(w * Math.tanh(x) - x)).toBeLessThan(4e-16 * x);
    // tanh(x) = x / w at the root, so f'(x) = w (1 - x^2 / w^2)
    expect(plus.slope).toBeCloseTo(w - (x * x) / w, 12);
    expect([minus.kind, zero.kind, plus.kind]).toEqual(['stable', 'unstable', 'stable']);
    expect(zero.slope).toBe(w);
  });

  it('near w = 1 the attractors are born at x^2 = 3(w - 1) (series of tanh to x^5)', () => {
    const w = 1 + 1e-6;
    // x = w (x - x^3/3 + 2x^5/15): x^2 = 3(w-1)/w + O((w-1)^2)
    expect(attractor(w) ** 2 / ((3 * (w - 1)) / w)).toBeCloseTo(1, 5);
  });
});

describe('da_T/da_1 along a trajectory', () => {
  it.each([
    [2, 0.3, 5],
    [1.1, 0.5, 8],
    [0.8, 1, 5],
    [3, 2, 3]
  ])('w = %f, noise %f, T = %i: matches central finite differences', (w, noise, T) => {
    // T short enough that a_T still moves by far more than an ulp: the long runs are held to
    // 64-digit arithmetic below
    const run = latchRun({ ...base, w, noise, steps: T });
    for (const tr of run.trajectories.slice(0, 4)) {
      const h = inputsOf(w, tr.a);
      const eps = 1e-5 * Math.max(1, Math.abs(tr.a[1]));
      const fd = (finalState(w, tr.a[1] + eps, h) - finalState(w, tr.a[1] - eps, h)) / (2 * eps);
      expect(tr.gradLog10[T - 1]).toBeGreaterThan(-5);
      expect(Math.abs(Math.log10(Math.abs(fd)) - tr.gradLog10[T - 1])).toBeLessThan(1e-6);
    }
  });

  it('w = 3 over T = 1000 (|da_T/da_1| near 10^-1500): the log-space product equals 64-digit arithmetic', () => {
    const run = latchRun({ ...base, w: 3, noise: 0.5, steps: 1000 });
    const tr = run.trajectories[1];
    // the product of f'(a_{t-1}) = 3 * 4e / (1 + e)^2, e = exp(-2|a|), in 64 digits
    const step = big.compile('p * 3 * 4 * exp(-2 * abs(a)) / (1 + exp(-2 * abs(a)))^2');
    let product: unknown = big.bignumber(1);
    for (let t = 2; t <= 1000; t++) product = step.evaluate({ p: product, a: big.bignumber(tr.a[t - 1]) });
    const exact = Number(big.evaluate('log10(p)', { p: product }));
    expect(exact).toBeLessThan(-1400);
    expect(Math.abs(tr.gradLog10[999] - exact)).toBeLessThan(1e-9 * Math.abs(exact));
  });

  it("sitting on the attractor without noise: (T - 1) log10 f'(x), the closed form", () => {
    const x = attractor(2);
    const tr = latchTrajectory({ ...base, noise: 0, steps: 500 }, 1, new Float64Array(500).fill(0).fill(x, 0, 1));
    const slope = 2 * (1 - Math.tanh(x) ** 2);
    expect(tr.gradLog10[499]).toBeCloseTo(499 * Math.log10(slope), 8);
  });

  it('w = 0: a_t = h_t, and da_t/da_1 is exactly 0 from t = 2 (-Infinity, never NaN)', () => {
    const run = latchRun({ ...base, w: 0 });
    expect(run.clean.gradLog10[0]).toBe(0);
    expect(run.clean.gradLog10.subarray(1).every((v) => v === -Infinity)).toBe(true);
  });
});

describe("Bengio et al.'s two regimes", () => {
  it('w = 2, noise 0.3: every bit is kept to T = 100, and |da_T/da_1| is below 10^-70', () => {
    const run = latchRun({ ...base, trajectories: 64 });
    expect(run.kept).toBe(64);
    expect(Math.max(...run.trajectories.map((t) => t.gradLog10[99]))).toBeLessThan(-70);
  });

  it('no attractor (w = 0.9) with noise 0.5: a coin flip, about half the bits are lost', () => {
    const run = latchRun({ ...base, w: 0.9, noise: 0.5, trajectories: 256 });
    expect(run.kept / 256).toBeGreaterThan(0.35);
    expect(run.kept / 256).toBeLessThan(0.65);
  });

  it('raising the noise at w = 2 loses bits: kept fraction falls from 1 as sigma grows', () => {
    const kept = [0.3, 1, 2].map((noise) => latchRun({ ...base, noise, trajectories: 64 }).kept);
    expect(kept[0]).toBe(64);
    expect(kept[1]).toBeLessThan(64);
    expect(kept[2]).toBeLessThan(kept[1] + 1);
  });
});

describe('the trade-off grid', () => {
  it('each cell is the per-trajectory run of its (w, noise): kept fraction and median gradient', () => {
    const ws = [0, 0.9, 1.3, 2];
    const noises = [0, 0.4, 1.5];
    const spec = { ...base, steps: 60, trajectories: 9 };
    const rows = [...latchGridRows(spec, ws, noises)];
    expect(rows).toHaveLength(3);
    noises.forEach((noise, r) =>
      ws.forEach((w, j) => {
        const run = latchRun({ ...spec, w, noise });
        expect(rows[r][j]).toBe(run.kept / 9);
        const grads = run.trajectories.map((t) => t.gradLog10[59]).sort((a, b) => a - b);
        const median = grads[4];
        if (median === -Infinity) expect(rows[r][4 + j]).toBe(-Infinity);
        else expect(Math.abs(rows[r][4 + j] - median)).toBeLessThan(1e-9 * Math.max(1, Math.abs(median)));
      })
    );
  });
});

describe('bad latch settings name the field and the range', () => {
  it.each([
    [{ w: 3.5 }, 'w: must be a number from 0 to 3, got 3.5'],
    [{ noise: Number.NaN }, 'noise: must be a number from 0 to 2, got NaN'],
    [{ steps: 1001 }, 'steps: must be an integer from 2 to 1000, got 1001'],
    [{ length: 2.5 }, 'length: must be an integer from 1 to 50, got 2.5'],
    [{ pulse: '__proto__' }, 'pulse: must be a number from 0 to 3, got __proto__'],
    [{ trajectories: Infinity }, 'trajectories: must be an integer from 1 to 256, got Infinity']
  ])('%o', (bad, message) => {
    expect(() => checkLatchSpec({ ...base, ...bad } as LatchSpec)).toThrow(message);
    expect(() => latchRun({ ...base, ...bad } as LatchSpec)).toThrow(message);
  });
});
