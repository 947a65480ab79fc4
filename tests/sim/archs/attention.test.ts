// The attention arch's gradients held to central finite differences of an independent layer
// (attention-reference.ts), to the closed form of uniform attention, to the one-hot limit of sharp
// attention, and to a 64-digit evaluation.
import { describe, expect, it } from 'vitest';
import { all, create, type BigNumber } from 'mathjs';
import { simulate } from '../../../src/lib/sim/index';
import { attentionRun } from '../../../src/lib/sim/archs/attention';
import { attentionParams } from '../../../src/lib/sim/archs/attention-params';
import { sinCos, positions } from '../../../src/lib/sim/archs/attention-position';
import { validateSpec } from '../../../src/lib/sim/spec';
import { refEmbed, refLayer, refLoss, type RefWeights } from './attention-reference';

const gauss = (seed: number) => {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s / 2147483647) * 2 - 1;
  };
};
const mat = (rnd: () => number, r: number, c: number, scale = 1) =>
  Array.from({ length: r }, () => Array.from({ length: c }, () => scale * rnd()));

function case_(seed: number, H: number, positionScale: number, n = 4, m = 2, T = 5) {
  const rnd = gauss(seed);
  const w: RefWeights = {
    n,
    m,
    H,
    positionScale,
    U: mat(rnd, n, m),
    b: mat(rnd, 1, n, 0.3)[0],
    Wq: mat(rnd, n, n),
    Wk: mat(rnd, n, n),
    Wv: mat(rnd, n, n),
    Wo: mat(rnd, n, n)
  };
  const x = mat(rnd, T, m);
  const r = mat(rnd, 1, n)[0];
  const spec = {
    arch: 'attention',
    hidden: n,
    inputSize: m,
    steps: T,
    heads: H,
    positionScale,
    perUnit: true,
    recurrent: { init: 'explicit' },
    weights: { U: w.U, b: w.b, Wq: w.Wq, Wk: w.Wk, Wv: w.Wv, Wo: w.Wo },
    inputs: x,
    readout: r
  };
  return { w, x, r, spec };
}

const norm = (v: number[]) => Math.sqrt(v.reduce((s, a) => s + a * a, 0));

describe('attention gradients', () => {
  it.each([
    [1, 1, 0],
    [2, 1, 1],
    [3, 2, 0],
    [4, 2, 1],
    [5, 2, 1]
  ])('seed %i, H = %i, positionScale %i: dL/dx_t and dL/de_t,i equal central differences', (seed, H, ps) => {
    const { w, x, r, spec } = case_(seed, H, ps);
    const sim = simulate(spec);
    const T = x.length;
    const eps = 1e-6;
    for (let t = 0; t < T; t++) {
      const g = x[t].map((_, k) => {
        const up = x.map((row) => [...row]);
        const dn = x.map((row) => [...row]);
        up[t][k] += eps;
        dn[t][k] -= eps;
        return (refLoss(w, up, r) - refLoss(w, dn, r)) / (2 * eps);
      });
      expect(sim.xGradLog10[t]).toBeCloseTo(Math.log10(norm(g)), 7);
    }
    // dL/de_t: differences of the layer in its embeddings
    const e = refEmbed(w, x);
    const L = (ee: number[][]) => refLayer(w, ee).h.reduce((s, v, i) => s + v * r[i], 0);
    for (let t = 0; t < T; t++) {
      const g = e[t].map((_, i) => {
        const up = e.map((row) => [...row]);
        const dn = e.map((row) => [...row]);
        up[t][i] += eps;
        dn[t][i] -= eps;
        return (L(up) - L(dn)) / (2 * eps);
      });
      expect(sim.hGradLog10[t + 1]).toBeCloseTo(Math.log10(norm(g)), 7);
      g.forEach((gi, i) => expect(sim.perUnit!.h[t + 1][i]).toBeCloseTo(Math.log10(Math.abs(gi)), 6));
    }
    expect(sim.hGradLog10[0]).toBe(-Infinity);
    expect([...sim.perUnit!.h[0]].every((v) => v === -Infinity)).toBe(true);
    // the weights are the reference's
    const { alpha } = refLayer(w, e);
    sim.attention!.forEach((row, j) => row.forEach((a, s) => expect(a).toBeCloseTo(alpha[j][s], 14)));
    expect(sim.spectrum).toBeNull();
  });

  it.each(['Wq', 'Wk'] as const)('%s = 0: uniform attention, dL/de_s = (1/T) Wv^T Wo^T r for s < T', (zero) => {
    const T = 7;
    const { w, r, spec } = case_(11, 2, 1, 4, 2, T);
    spec.weights[zero] = w[zero].map((row) => row.map(() => 0));
    const sim = simulate(spec);
    for (const row of sim.attention!) for (const a of row) expect(a).toBe(1 / T);
    // Wo^T r, then Wv^T of it (per head blocks summed: the whole Wv^T)
    const wo = w.Wo[0].map((_, a) => w.Wo.reduce((s, row, i) => s + row[a] * r[i], 0));
    const want = w.Wv[0].map((_, c) => w.Wv.reduce((s, row, a) => s + row[c] * wo[a], 0) / T);
    for (let t = 1; t < T; t++)
      want.forEach((v, i) => {
        const got = 10 ** sim.perUnit!.h[t][i];
        expect(Math.abs(got - Math.abs(v)) / Math.abs(v)).toBeLessThan(1e-14);
      });
  });

  it('sharp attention (logits of +-1e3) is finite and equals the one-hot limit in doubles', () => {
    const { w, r, spec } = case_(1, 1, 0, 4, 2, 6);
    const e = refEmbed(w, spec.inputs);
    const logits = (Wq: number[][]) => {
      const q = Wq.map((row) => row.reduce((s, a, c) => s + a * e[5][c], 0));
      const key = (es: number[]) => w.Wk.map((row) => row.reduce((s, a, c) => s + a * es[c], 0));
      return e.map((es) => key(es).reduce((s, k, a) => s + k * q[a], 0) / 2);
    };
    const scale = 1000 / Math.max(...logits(w.Wq).map(Math.abs)); // the largest logit +-1e3
    const big = w.Wq.map((row) => row.map((v) => scale * v));
    spec.weights.Wq = big;
    const sim = simulate(spec);
    const z = logits(big);
    const sorted = [...z].sort((a, b) => b - a);
    expect(sorted[0] - sorted[1]).toBeGreaterThan(746); // e^-746 = 0: the limit is exact in doubles
    const star = z.indexOf(sorted[0]);
    expect([...sim.attention![0]]).toEqual(z.map((_, s) => (s === star ? 1 : 0)));
    // one-hot: dL/de_s = [s = s*] Wv^T Wo^T r + [s = T] r (the key and query paths carry alpha (1 - alpha) = 0)
    const wo = w.Wo[0].map((_, a) => w.Wo.reduce((s, row, i) => s + row[a] * r[i], 0));
    const value = w.Wv[0].map((_, c) => w.Wv.reduce((s, row, a) => s + row[c] * wo[a], 0));
    for (let s = 0; s < 6; s++) {
      const want = r.map((ri, i) => (s === star ? value[i] : 0) + (s === 5 ? ri : 0));
      want.forEach((v, i) => {
        const got = sim.perUnit!.h[s + 1][i];
        // the other positions' weights are below e^-746 but not zero: their gradient is tiny, not absent
        if (v === 0) expect(got).toBeLessThan(-300);
        else expect(10 ** got).toBeCloseTo(Math.abs(v), 12);
      });
    }
    expect([...sim.xGradLog10].every((v) => !Number.isNaN(v))).toBe(true);
  });

  it('U = 0 gives dL/dx_t exactly zero: -Infinity, never NaN', () => {
    const { spec } = case_(2, 1, 1);
    spec.weights.U = spec.weights.U.map((row) => row.map(() => 0));
    const sim = simulate(spec);
    expect([...sim.xGradLog10].every((v) => v === -Infinity)).toBe(true);
  });

  it('the loss agrees with a 64-digit evaluation', () => {
    const big = create(all, { number: 'BigNumber', precision: 64 });
    type Big = BigNumber;
    const B = (v: number): Big => big.bignumber(v);
    const add = (a: Big, b: Big) => big.add(a, b) as Big;
    const mul = (a: Big, b: Big) => big.multiply(a, b) as Big;
    const div = (a: Big, b: Big) => big.divide(a, b) as Big;
    // n = 2, m = 1, T = 3, one head: p_t = (sin t, cos t)
    const { w, x, r, spec } = case_(9, 1, 1, 2, 1, 3);
    const e = x.map((xt, t) =>
      w.U.map((row, i) => {
        const p = (i === 0 ? big.sin(B(t + 1)) : big.cos(B(t + 1))) as Big;
        return add(add(mul(B(row[0]), B(xt[0])), B(w.b[i])), p);
      })
    );
    const dot = (A: number[], v: Big[]) => A.reduce((s, a, c) => add(s, mul(B(a), v[c])), B(0));
    const q = w.Wq.map((row) => dot(row, e[2]));
    const ex = e.map((es) => {
      const k = w.Wk.map((row) => dot(row, es));
      return big.exp(div(add(mul(k[0], q[0]), mul(k[1], q[1])), big.sqrt(B(2)) as Big)) as Big;
    });
    const sum = ex.reduce((s, v) => add(s, v), B(0));
    const head = [0, 1].map((a) => e.reduce((s, es, t) => add(s, mul(div(ex[t], sum), dot(w.Wv[a], es))), B(0)));
    const h = [0, 1].map((i) => add(e[2][i], dot(w.Wo[i], head)));
    const L = big.number(add(mul(B(r[0]), h[0]), mul(B(r[1]), h[1])));
    const ours = attentionRun(attentionParams(validateSpec(spec)), false).loss;
    expect(Math.abs(ours - L) / Math.abs(L)).toBeLessThan(1e-14);
  });

  it('sharp attention far below the doubles: dL/dx_s at 10^-1239, 10^-617, as 1000-digit arithmetic gives', () => {
    // logits -1432, 0, +1432: alpha_1 ~ e^-2864 and alpha_2 ~ e^-1432 underflow, their gradients do not
    const I = [
      [1, 0],
      [0, 1]
    ];
    const weights = {
      U: [
        [45, 0],
        [0, 45]
      ],
      b: [0, 0],
      Wq: I,
      Wk: I,
      Wv: I,
      Wo: I
    };
    const inputs = [
      [-1, 0],
      [0, 0],
      [1, 0]
    ];
    const spec = { arch: 'attention', hidden: 2, inputSize: 2, steps: 3, positionScale: 0 } as const;
    const full = { ...spec, recurrent: { init: 'explicit' as const }, weights, inputs };
    const ours = simulate(full).xGradLog10;
    const r = Array.from(attentionParams(validateSpec(full)).r);
    const big = create(all, { number: 'BigNumber', precision: 1000 });
    type Big = BigNumber;
    const B = (v: number | string): Big => big.bignumber(v);
    // the layer in 1000 digits: e = 45 x, q = e_3, z_s = q . e_s / sqrt 2, L = r . (e_3 + sum_s alpha_s e_s)
    const loss = (x: Big[][]): Big => {
      const e = x.map((xt) => xt.map((v) => big.multiply(B(45), v) as Big));
      const z = e.map(
        (es) => big.divide(big.add(big.multiply(es[0], e[2][0]), big.multiply(es[1], e[2][1])), big.sqrt(B(2))) as Big
      );
      const ex = z.map((v) => big.exp(v) as Big);
      const sum = ex.reduce((acc, v) => big.add(acc, v) as Big, B(0));
      return [0, 1].reduce((acc, i) => {
        const head = e.reduce((h, es, s) => big.add(h, big.multiply(big.divide(ex[s], sum), es[i])) as Big, B(0));
        return big.add(acc, big.multiply(B(r[i]), big.add(e[2][i], head))) as Big;
      }, B(0));
    };
    const step = B('1e-40');
    // x_2 (10^-617) by central differences of the loss; x_1 (10^-1239 is beyond 1000 digits of L ~ 1)
    // by the softmax's closed form dL/de_s = alpha_s (w + (w . e_s - w . ebar) q / sqrt 2), w = r
    for (const s of [1]) {
      const grad = [0, 1].map((k) => {
        const at = (sign: number) =>
          loss(
            inputs.map((xt, t) =>
              xt.map((v, c) => (t === s && c === k ? (big.add(B(v), big.multiply(B(sign), step)) as Big) : B(v)))
            )
          );
        return big.divide(big.subtract(at(1), at(-1)), big.multiply(B(2), step)) as Big;
      });
      const norm = big.sqrt(big.add(big.multiply(grad[0], grad[0]), big.multiply(grad[1], grad[1])) as Big) as Big;
      const want = big.number(big.log10(norm) as Big);
      expect(Math.abs(ours[s] - want)).toBeLessThan(1e-9);
    }
    const e = inputs.map((xt) => xt.map((v) => B(45 * v)));
    const z = e.map((es) => big.divide(big.multiply(es[0], e[2][0]), big.sqrt(B(2))) as Big);
    const sum = z.reduce((acc, v) => big.add(acc, big.exp(v)) as Big, B(0));
    const alpha = z.map((v) => big.divide(big.exp(v), sum) as Big);
    const wDot = (es: Big[]) => big.add(big.multiply(B(r[0]), es[0]), big.multiply(B(r[1]), es[1])) as Big;
    const mean = e.reduce((acc, es, t) => big.add(acc, big.multiply(alpha[t], wDot(es))) as Big, B(0));
    const coef = big.divide(big.subtract(wDot(e[0]), mean), big.sqrt(B(2))) as Big;
    const de = [0, 1].map((c) => big.multiply(alpha[0], big.add(B(r[c]), big.multiply(coef, e[2][c]))) as Big);
    const dx = de.map((v) => big.multiply(B(45), v) as Big); // dL/dx_1 = U^T dL/de_1
    const norm1 = big.sqrt(big.add(big.multiply(dx[0], dx[0]), big.multiply(dx[1], dx[1])) as Big) as Big;
    expect(Math.abs(ours[0] - big.number(big.log10(norm1) as Big))).toBeLessThan(1e-9);
    expect(ours[0]).toBeLessThan(-1200);
    expect(ours[1]).toBeLessThan(-600);
  });

  it('is deterministic: the same spec gives the same bits', () => {
    const spec = { arch: 'attention', hidden: 16, heads: 2, steps: 300, perUnit: true, seed: 5 };
    const a = simulate(spec);
    const b = simulate(spec);
    expect(Buffer.from(a.xGradLog10.buffer).equals(Buffer.from(b.xGradLog10.buffer))).toBe(true);
    expect(Buffer.from(a.hGradLog10.buffer).equals(Buffer.from(b.hGradLog10.buffer))).toBe(true);
    expect(Buffer.from(a.attention![1].buffer).equals(Buffer.from(b.attention![1].buffer))).toBe(true);
    expect([...a.xGradLog10].every(Number.isFinite)).toBe(true);
  });

  it('ignores paramGrads and activation, and seeds its weights with variance 1/fan-in', () => {
    const sim = simulate({ arch: 'attention', hidden: 8, steps: 10, paramGrads: 'byStep', activation: 'relu' });
    expect(sim.paramGrad).toBeUndefined();
    const p = attentionParams(validateSpec({ arch: 'attention', hidden: 64, inputSize: 4, steps: 1 }));
    const variance = (a: Float64Array) => a.reduce((s, v) => s + v * v, 0) / a.length;
    for (const k of ['Wq', 'Wk', 'Wv', 'Wo'] as const) expect(variance(p[k]) * 64).toBeCloseTo(1, 0);
    expect(variance(p.U) * 4).toBeCloseTo(1, 0);
    expect([...p.b].every((v) => v === 0)).toBe(true);
  });
});

describe('sinusoidal positions', () => {
  it('sin and cos agree with Math.sin and Math.cos to 2e-16 up to t = 100000', () => {
    const rnd = gauss(3);
    for (let i = 0; i < 5000; i++) {
      const x = Math.abs(rnd()) * 1e5 * (i % 2 ? 1 : 1e-3);
      const [s, c] = sinCos(x);
      expect(Math.abs(s - Math.sin(x))).toBeLessThan(2.3e-16);
      expect(Math.abs(c - Math.cos(x))).toBeLessThan(2.3e-16);
    }
  });

  it('the table is p_{t,2i} = sin(t / 10000^(2i/n)), p_{t,2i+1} = cos(...)', () => {
    const P = positions(6, 50);
    for (let t = 1; t <= 50; t++)
      for (let k = 0; k < 6; k++) {
        const a = t / 10000 ** ((2 * Math.floor(k / 2)) / 6);
        expect(P[(t - 1) * 6 + k]).toBeCloseTo(k % 2 ? Math.cos(a) : Math.sin(a), 14);
      }
  });
});
