// The LSTM's per-unit forget gates and memory: log10 (f_{s+1} ... f_T), the share of c_s still in
// c_T along the highway, checked against the gates recomputed from the mathjs reference's states,
// against closed forms at the extremes of the forget bias, and against the highway's own gradient.
import { describe, expect, it } from 'vitest';
import { buildParams, simulate, validateSpec } from '../../src/lib/sim/index';
import { referenceStates } from '../../src/lib/sim/reference';

const sigmoid = (a: number) => 1 / (1 + Math.exp(-a));

describe('LSTM memory and forget gates (perUnit)', () => {
  it('are the forget gates of the reference forward pass, and their running product', () => {
    const input = { arch: 'lstm', hidden: 5, inputSize: 3, steps: 30, forgetBias: 1.5, perUnit: true, seed: 4 };
    const r = simulate(input);
    const p = buildParams(validateSpec(input));
    const { n, m, T } = p;
    const h = referenceStates(p);
    const f: number[][] = [];
    for (let t = 1; t <= T; t++)
      f[t] = Array.from({ length: n }, (_, i) => {
        let a = p.b[n + i];
        for (let j = 0; j < n; j++) a += p.W[(n + i) * n + j] * h[t - 1][j];
        for (let j = 0; j < m; j++) a += p.U[(n + i) * m + j] * p.x[(t - 1) * m + j];
        return sigmoid(a);
      });
    expect(Number.isNaN(r.perUnit!.f![0][0])).toBe(true);
    for (let t = 1; t <= T; t++) for (let i = 0; i < n; i++) expect(r.perUnit!.f![t][i]).toBeCloseTo(f[t][i], 13);
    for (let s = 0; s <= T; s++)
      for (let i = 0; i < n; i++) {
        let log = 0;
        for (let k = s + 1; k <= T; k++) log += Math.log10(f[k][i]);
        expect(r.perUnit!.memory![s][i]).toBeCloseTo(log, 11);
      }
  });

  const constantGate = (bf: number, T: number) => ({
    arch: 'lstm',
    hidden: 1,
    inputSize: 1,
    steps: T,
    perUnit: true,
    recurrent: { init: 'explicit' },
    forgetBias: 0, // added to b_f whatever the init
    // W_f = U_f = 0: f_t = sigma(b_f) at every step
    weights: { W: [[0.3], [0], [0.2], [0.1]], U: [[1], [0], [1], [1]], b: [0, bf, 0, 0] }
  });

  it.each([
    [20, 1000],
    [-20, 5000],
    [1, 500]
  ])('b_f = %d, T = %d: memory (T - s) log10 sigma(b_f), exact however close f is to 1 or 0', (bf, T) => {
    const r = simulate(constantGate(bf, T));
    // log sigma(b) = -log1p(exp(-b)), exact in doubles for either sign
    const perStep = -Math.log1p(Math.exp(-bf)) / Math.LN10;
    for (const s of [0, 1, T / 2, T - 1, T]) {
      const want = (T - s) * perStep;
      const got = r.perUnit!.memory![s][0];
      if (want === 0) expect(got).toBe(0);
      else expect(Math.abs(got / want - 1)).toBeLessThan(1e-12);
    }
  });

  it('is the factor the highway carries dL/dc_T back by: one product, forward and backward', () => {
    const r = simulate({ ...constantGate(2, 200), weights: undefined, recurrent: { init: 'orthogonal' } });
    const T = 200;
    for (let s = 0; s <= T; s++)
      expect(r.cellPathLog10![s] - r.cellPathLog10![T]).toBeCloseTo(r.perUnit!.memory![s][0], 10);
  });
});
