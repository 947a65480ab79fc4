// The weight gradients (paramGrads: dL/dW, dL/dU, dL/db, their norm and dL/dW's terms by step)
// against finite differences of the mathjs reference's loss: an implementation apart from the
// fast kernels' backward passes.
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  RECURRENT_ARCHS,
  buildParams,
  resultToJSON,
  simulate,
  validateSpec
} from '../../src/lib/sim/index';
import type { Params } from '../../src/lib/sim/index';
import { referenceLoss, referenceStates } from '../../src/lib/sim/reference';
import { fdGradient, norm } from '../helpers/finite-differences';
import { randomExplicitSpec } from '../helpers/random-specs';

const D = 1e-4;

/** 5-point central difference of L in one entry of p.W, p.U or p.b. */
function fdParam(p: Params, which: 'W' | 'U' | 'b', k: number): number {
  const L = (delta: number) => {
    const q = { ...p, [which]: Float64Array.from(p[which]) };
    q[which][k] += delta;
    return referenceLoss(q);
  };
  return (8 * (L(D) - L(-D)) - (L(2 * D) - L(-2 * D))) / (12 * D);
}

const flat = (rows: Float64Array[]) => rows.flatMap((r) => Array.from(r));

describe.each(RECURRENT_ARCHS)('%s weight gradients match finite differences', (arch) => {
  const activations = arch === 'rnn' || arch === 'residual' ? ACTIVATIONS : (['tanh'] as const);
  it.each(activations.flatMap((a) => [1, 2].map((seed) => [a, seed] as const)))('%s, case %i', (activation, seed) => {
    const spec = validateSpec({ ...randomExplicitSpec(arch, activation, seed), paramGrads: true });
    const p = buildParams(spec);
    const r = simulate(spec);
    const got = { W: flat(r.paramGrad!.W), U: flat(r.paramGrad!.U), b: Array.from(r.paramGrad!.b) };
    const fd = {
      W: got.W.map((_, k) => fdParam(p, 'W', k)),
      U: got.U.map((_, k) => fdParam(p, 'U', k)),
      b: got.b.map((_, k) => fdParam(p, 'b', k))
    };
    const scale = norm([...fd.W, ...fd.U, ...fd.b]);
    for (const which of ['W', 'U', 'b'] as const) {
      expect(got[which]).toHaveLength(p[which].length);
      got[which].forEach((v, k) => expect(Math.abs(v - fd[which][k]), `${which}[${k}]`).toBeLessThan(1e-6 * scale));
    }
    expect(10 ** r.paramGradNormLog10!).toBeCloseTo(scale, 6);
    // the terms by step: each no larger than... together at least the whole (triangle inequality)
    const terms = Array.from(r.wGradByStepLog10!, (l) => 10 ** l);
    expect(terms).toHaveLength(spec.steps);
    expect(terms.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(norm(fd.W) * (1 - 1e-9));
  });
});

describe('the terms of dL/dW by step', () => {
  it("rnn: each is ||phi'(a_t) * dL/dh_t|| ||h_{t-1}||, from reference states and finite differences", () => {
    const spec = validateSpec({ ...randomExplicitSpec('rnn', 'tanh', 3, { n: 4, m: 2, T: 8 }), paramGrads: true });
    const p = buildParams(spec);
    const r = simulate(spec);
    const h = referenceStates(p);
    for (let t = 1; t <= spec.steps; t++) {
      // a_t from the reference's h_t = tanh(a_t): phi'(a_t) = 1 - h_t^2
      const delta = fdGradient(p, 'h', t).map((g, i) => g * (1 - h[t][i] ** 2));
      const term = norm(delta) * norm(h[t - 1]);
      expect(Math.abs(10 ** r.wGradByStepLog10![t - 1] - term) / term).toBeLessThan(1e-6);
    }
  });

  it.each(RECURRENT_ARCHS)('%s, one step: the only term is the whole of dL/dW', (arch) => {
    const spec = validateSpec({ ...randomExplicitSpec(arch, 'tanh', 4, { n: 3, m: 2, T: 1 }), paramGrads: true });
    const r = simulate(spec);
    expect(r.wGradByStepLog10![0]).toBeCloseTo(Math.log10(norm(flat(r.paramGrad!.W))), 9);
  });
});

describe('weight gradients at the sizes and extremes users reach', () => {
  it('a linear RNN at radius 2 over 2000 steps: entries beyond doubles are null, the norm is finite', () => {
    const r = simulate({
      arch: 'rnn',
      activation: 'linear',
      hidden: 16,
      steps: 2000,
      paramGrads: true,
      recurrent: { init: 'orthogonal', radius: 2 }
    });
    // the T = 2000 term alone is 2^1999 ~ 10^601.8 times the loss step's
    expect(r.paramGradNormLog10!).toBeGreaterThan(590);
    expect(Number.isFinite(r.paramGradNormLog10!)).toBe(true);
    const json = JSON.parse(resultToJSON(r));
    expect(json.paramGrad.W[0][0]).toBeNull();
    // h_0 = 0: step 1's term is exactly zero (null); step 2's, the farthest back, dominates
    expect(json.wGradByStepLog10[0]).toBeNull();
    expect(json.wGradByStepLog10[1]).toBeGreaterThan(590);
  });

  it('tanh RNN at radius 0.5, n = 32, T = 1000: every term over 50 steps back is below 10^-12 of the last', () => {
    const r = simulate({ arch: 'rnn', hidden: 32, steps: 1000, paramGrads: true, recurrent: { radius: 0.5 } });
    const terms = r.wGradByStepLog10!;
    const T = terms.length;
    expect(terms[T - 1] - terms[T - 51]).toBeGreaterThan(12); // 50 steps back: over 12 decades smaller
    expect(Math.max(...terms.subarray(1, T - 50))).toBeLessThan(terms[T - 1] - 12);
  });

  it.each(RECURRENT_ARCHS)(
    '%s, n = 32, T = 500: every field is finite and paramGrads leaves the rest unchanged',
    (arch) => {
      const spec = { arch, hidden: 32, steps: 500 };
      const plain = simulate(spec);
      const r = simulate({ ...spec, paramGrads: true });
      expect(r.hGradLog10).toEqual(plain.hGradLog10);
      expect(r.wGradByStepLog10![0]).toBe(-Infinity); // h_0 = 0: step 1 adds nothing to dL/dW
      expect(r.wGradByStepLog10!.subarray(1).every(Number.isFinite)).toBe(true);
      expect(Number.isFinite(r.paramGradNormLog10!)).toBe(true);
      expect(plain.paramGrad).toBeUndefined();
    }
  );

  it.each(RECURRENT_ARCHS)(
    '%s, n = 64, T = 1000: "byStep" gives the same terms as the full sums, and nothing else',
    (arch) => {
      const spec = { arch, hidden: 64, steps: 1000, recurrent: { init: 'orthogonal', radius: 1.3 } };
      const full = simulate({ ...spec, paramGrads: true });
      const byStep = simulate({ ...spec, paramGrads: 'byStep' });
      expect(byStep.wGradByStepLog10).toEqual(full.wGradByStepLog10);
      expect(byStep.hGradLog10).toEqual(full.hGradLog10);
      expect(byStep.paramGrad).toBeUndefined();
      expect(byStep.paramGradNormLog10).toBeUndefined();
    }
  );
});
