// Closed forms for the plain RNN. With phi linear and W = lambda Q (Q orthogonal),
// dL/dh_t = (W^T)^(T-t) r has norm exactly lambda^(T-t) (Bengio, Simard & Frasconi 1994).
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { buildParams, resultToJSON, simulate, validateSpec } from '../../src/lib/sim/index';

const big = create(all, { number: 'BigNumber', precision: 64 });

describe('linear RNN with orthogonal W of radius lambda', () => {
  it.each([
    [0.5, 100, -30.103],
    [2, 100, 30.103],
    [0.9, 100, -4.5757],
    [0.5, 5000, -1505.15],
    [2, 5000, 1505.15]
  ])('lambda = %f over T = %i: log10 ratio is (T - t) log10 lambda', (lambda, T, expected) => {
    const r = simulate({
      arch: 'rnn',
      activation: 'linear',
      steps: T,
      recurrent: { init: 'orthogonal', radius: lambda }
    });
    for (let t = 0; t <= T; t++)
      expect(Math.abs(r.hGradLog10[t] - r.hGradLog10[T] - (T - t) * Math.log10(lambda))).toBeLessThan(1e-9);
    expect(r.hGradLog10[0] - r.hGradLog10[T]).toBeCloseTo(expected, 2);
    expect(r.hGradLog10.every(Number.isFinite) && r.xGradLog10.every(Number.isFinite)).toBe(true);
    expect(r.spectrum!.spectralRadius).toBeCloseTo(lambda, 12);
    expect(r.spectrum!.spectralNorm).toBeCloseTo(lambda, 12);
  });

  it('dL/dx_t = U^T dL/dh_t: bounded by ||U|| ||dL/dh_t|| over 3000 exploding steps', () => {
    const spec = validateSpec({
      arch: 'rnn',
      activation: 'linear',
      steps: 3000,
      recurrent: { radius: 1.5 },
      inputSize: 1
    });
    const r = simulate(spec);
    const u = buildParams(spec).U; // one column when inputSize = 1
    const log10U = Math.log10(Math.hypot(...u));
    for (let t = 1; t <= 3000; t++) {
      expect(r.xGradLog10[t - 1]).toBeLessThanOrEqual(r.hGradLog10[t] + log10U + 1e-9);
      expect(r.xGradLog10[t - 1]).toBeGreaterThan(r.hGradLog10[t] + log10U - 4); // not collapsed to nothing
    }
  });
});

describe('tanh RNN', () => {
  it('with ||W|| < 1 the gradient shrinks at least as fast as ||W||^k (Pascanu et al. 2013, sec. 2.1)', () => {
    const r = simulate({ arch: 'rnn', activation: 'tanh', steps: 300, recurrent: { init: 'gaussian', radius: 0.5 } });
    const norm = r.spectrum!.spectralNorm;
    expect(norm).toBeLessThan(1);
    for (let t = 1; t <= 300; t++)
      expect(r.hGradLog10[t - 1]).toBeLessThanOrEqual(r.hGradLog10[t] + Math.log10(norm) + 1e-12);
  });

  it('keeps factors far below 1e-308 exact: one unit saturated at a = 400 for 50 steps', () => {
    // n = 1: dL/dh_{t-1} = w tanh'(a_t) dL/dh_t with a_1 = 400, a_t = w + 400 (h = tanh(.) = 1 to double precision)
    const w = 0.5;
    const T = 50;
    const r = simulate({
      arch: 'rnn',
      hidden: 1,
      inputSize: 1,
      steps: T,
      recurrent: { init: 'explicit' },
      weights: { W: [[w]], U: [[0]], b: [400] },
      readout: [1]
    });
    const log10Sech2 = (a: number) => Number(big.evaluate(`log10(sech(${a})^2)`));
    let expected = 0;
    for (let t = T; t >= 1; t--) {
      expected += Math.log10(w) + log10Sech2(t === 1 ? 400 : 400 + w);
      expect(r.hGradLog10[t - 1]).toBeCloseTo(expected, 8);
    }
    expect(r.hGradLog10[0]).toBeLessThan(-17000);
  });
});

describe('exact zeros', () => {
  it('radius 0 makes every earlier gradient exactly zero: -Infinity, null in JSON, never NaN', () => {
    const r = simulate({ arch: 'rnn', steps: 20, recurrent: { init: 'orthogonal', radius: 0 } });
    expect(r.hGradLog10[20]).toBeCloseTo(0, 12); // log10 ||r||, r a unit vector
    expect(Array.from(r.hGradLog10.subarray(0, 20)).every((v) => v === -Infinity)).toBe(true);
    expect(r.xGradLog10[19]).toBeGreaterThan(-Infinity);
    expect(Array.from(r.xGradLog10.subarray(0, 19)).every((v) => v === -Infinity)).toBe(true);
    const json = JSON.parse(resultToJSON(r));
    expect(json.hGradLog10.slice(0, 20).every((v: unknown) => v === null)).toBe(true);
    expect(resultToJSON(r)).not.toMatch(/NaN|Infinity/);
  });

  it('relu with an exploding state stays exact past the rescaling (states beyond 1e100), against plain doubles', () => {
    // T = 600 at radius 2: states reach ~1e147 (the engine rescales above 1e100), still a double here
    const spec = validateSpec({
      arch: 'rnn',
      activation: 'relu',
      hidden: 16,
      steps: 600,
      recurrent: { init: 'orthogonal', radius: 2 }
    });
    const r = simulate(spec);
    const p = buildParams(spec);
    const { n, m, T } = p;
    const A: Float64Array[] = [];
    let h = new Float64Array(n);
    for (let t = 1; t <= T; t++) {
      const a = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        let acc = p.b[i];
        for (let j = 0; j < n; j++) acc += p.W[i * n + j] * h[j];
        for (let j = 0; j < m; j++) acc += p.U[i * m + j] * p.x[(t - 1) * m + j];
        a[i] = acc;
      }
      A.push(a);
      h = a.map((v) => Math.max(0, v));
    }
    expect(Math.max(...h.map(Math.abs))).toBeGreaterThan(1e140); // the regime the rescaling is for
    let g = Float64Array.from(p.r);
    for (let t = T; t >= 1; t--) {
      if (t % 50 === 0) expect(r.hGradLog10[t]).toBeCloseTo(Math.log10(Math.hypot(...g)), 9);
      const d = g.map((v, i) => (A[t - 1][i] > 0 ? v : 0));
      g = new Float64Array(n);
      for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) g[j] += p.W[i * n + j] * d[i];
    }
    expect(r.hGradLog10[0]).toBeCloseTo(Math.log10(Math.hypot(...g)), 9);
    expect(r.hGradLog10[0]).toBeGreaterThan(100);
  });

  it('a linear RNN at radius 2 grows exactly as 2^k over 5000 steps (10^1505), never Infinity', () => {
    const r = simulate({
      arch: 'rnn',
      activation: 'linear',
      steps: 5000,
      recurrent: { init: 'orthogonal', radius: 2 }
    });
    for (const k of [1, 1000, 5000])
      expect(r.hGradLog10[5000 - k] - r.hGradLog10[5000]).toBeCloseTo(k * Math.log10(2), 8);
  });
});
