// Each phase-diagram row against an independent simulate() at that value: the sweep's
// shortcut (build once, rescale W or shift a bias) must change nothing.
import { describe, expect, it } from 'vitest';
import { simulate, validateSpec } from '../../src/lib/sim/index';
import { sweep, sweepRows } from '../../src/lib/sim/sweep';

const relative = (curve: Float64Array) =>
  Array.from(curve, (_, k) => curve[curve.length - 1 - k] - curve[curve.length - 1]);

describe('sweeps', () => {
  it.each(['rnn', 'lstm', 'gru'] as const)('%s radius rows equal simulate() at each radius', (arch) => {
    const base = { arch, hidden: 8, steps: 40, recurrent: { init: 'gaussian', radius: 1 } } as const;
    const radii = [0.5, 0.9, 1.2];
    const rows = sweep(validateSpec(base), 'radius', radii);
    radii.forEach((radius, i) => {
      const r = simulate({ ...base, recurrent: { init: 'gaussian', radius } });
      const expected = relative(r.cGradLog10 ?? r.hGradLog10);
      rows[i].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 9));
    });
  });

  it('forget-bias rows equal simulate() at each forget bias (the dilution map)', () => {
    const base = { arch: 'lstm', hidden: 6, steps: 60, forgetBias: 1 } as const;
    const biases = [-2, 0, 3, 6];
    const rows = sweep(validateSpec(base), 'forgetBias', biases);
    biases.forEach((forgetBias, i) => {
      const expected = relative(simulate({ ...base, forgetBias }).cGradLog10!);
      rows[i].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 9));
    });
  });

  it('update-bias rows equal simulate() at each update bias', () => {
    const base = { arch: 'gru', hidden: 6, steps: 30, updateBias: 0 } as const;
    const rows = sweep(validateSpec(base), 'updateBias', [2]);
    const expected = relative(simulate({ ...base, updateBias: 2 }).hGradLog10);
    rows[0].forEach((v, k) => expect(v).toBeCloseTo(expected[k], 9));
  });

  it('yields rows one at a time (the worker stops between them)', () => {
    const it = sweepRows(validateSpec({ steps: 10 }), 'radius', [0.5, 1, 1.5]);
    expect(it.next().value).toHaveLength(11);
    expect(it.next().done).toBe(false);
  });
});
