// The full causal layer and its connectivity map, held to central differences of the
// independent layer (attention-reference.ts) run on every prefix: position t of a causal layer is
// the last position of the layer over x_1..x_t.
import { describe, expect, it } from 'vitest';
import { attentionRun } from '../../../src/lib/sim/archs/attention';
import { attentionConnectivity, causalConnectivity, causalLayer } from '../../../src/lib/sim/archs/attention-layer';
import { attentionParams } from '../../../src/lib/sim/archs/attention-params';
import { validateSpec } from '../../../src/lib/sim/spec';
import { refEmbed, refLayer, type RefWeights } from './attention-reference';

function tiny(H: number, positionScale: number, seed: number) {
  const spec = validateSpec({ arch: 'attention', hidden: 4, inputSize: 2, steps: 6, heads: H, positionScale, seed });
  const p = attentionParams(spec);
  const rows = (a: Float64Array, r: number, c: number) =>
    Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));
  const w: RefWeights = {
    n: 4,
    m: 2,
    H,
    positionScale,
    U: rows(p.U, 4, 2),
    b: [0.1, -0.2, 0.3, 0.05], // b = 0 when seeded: give it a value so its path is tested too
    Wq: rows(p.Wq, 4, 4),
    Wk: rows(p.Wk, 4, 4),
    Wv: rows(p.Wv, 4, 4),
    Wo: rows(p.Wo, 4, 4)
  };
  p.b.set(w.b);
  return { p, w, x: rows(p.x, 6, 2), r: Array.from(p.r) };
}

/** h_t of the causal layer by the reference: the last position of the prefix x_1..x_t */
const refOutputs = (w: RefWeights, x: number[][]) => {
  const e = refEmbed(w, x);
  return e.map((_, t) => refLayer(w, e.slice(0, t + 1)).h);
};

describe('the causal attention layer', () => {
  it.each([
    [1, 1, 1],
    [2, 0, 2],
    [2, 1, 3]
  ])('H = %i, positionScale %i, seed %i: dL/dx of L = sum_t r^T h_t equals central differences', (H, ps, seed) => {
    const { p, w, x, r } = tiny(H, ps, seed);
    const L = (xx: number[][]) => refOutputs(w, xx).reduce((s, h) => s + h.reduce((a, v, i) => a + v * r[i], 0), 0);
    const { loss, dx } = causalLayer(p);
    expect(loss).toBeCloseTo(L(x), 12);
    const eps = 1e-6;
    x.forEach((row, t) =>
      row.forEach((_, k) => {
        const up = x.map((q) => [...q]);
        const dn = x.map((q) => [...q]);
        up[t][k] += eps;
        dn[t][k] -= eps;
        expect(dx[t * 2 + k]).toBeCloseTo((L(up) - L(dn)) / (2 * eps), 7);
      })
    );
  });

  it('with dL/dh only at T, its dL/de is the last-position kernel of simulate()', () => {
    const { p } = tiny(2, 1, 4);
    const dH = new Float64Array(6 * 4);
    dH.set(p.r, 5 * 4);
    const { de } = causalLayer(p, dH);
    const { result } = attentionRun(p, true);
    for (let t = 1; t <= 6; t++)
      for (let i = 0; i < 4; i++)
        expect(result.perUnit!.h[t][i]).toBeCloseTo(Math.log10(Math.abs(de[(t - 1) * 4 + i])), 12);
  });

  it.each([
    [1, 1, 5],
    [2, 1, 6]
  ])(
    'H = %i: the connectivity map is ||dh_t/dx_s||_F by central differences, exactly zero above the diagonal',
    (H, ps, seed) => {
      const { p, w, x } = tiny(H, ps, seed);
      const map = causalConnectivity(p);
      expect(map.T).toBe(6);
      const eps = 1e-6;
      for (let t = 0; t < 6; t++)
        for (let s = 0; s < 6; s++) {
          if (s > t) {
            expect(map.values[t * 6 + s]).toBe(-Infinity);
            continue;
          }
          let sq = 0;
          for (let k = 0; k < 2; k++) {
            const up = x.map((q) => [...q]);
            const dn = x.map((q) => [...q]);
            up[s][k] += eps;
            dn[s][k] -= eps;
            const hu = refOutputs(w, up)[t];
            const hd = refOutputs(w, dn)[t];
            hu.forEach((v, i) => (sq += ((v - hd[i]) / (2 * eps)) ** 2));
          }
          expect(map.values[t * 6 + s]).toBeCloseTo(Math.log10(Math.sqrt(sq)), 7);
        }
    }
  );

  it('attentionConnectivity(spec) is the map of the seeded layer of the spec, a triangle', () => {
    const spec = validateSpec({ arch: 'attention', hidden: 8, heads: 2, steps: 20 });
    const map = attentionConnectivity(spec);
    expect(map.values).toEqual(causalConnectivity(attentionParams(spec)).values);
    for (let t = 0; t < 20; t++)
      for (let s = 0; s < 20; s++) expect(Number.isFinite(map.values[t * 20 + s])).toBe(s <= t);
  });
});
