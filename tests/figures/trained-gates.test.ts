// The forget-gate figure's numbers and caption against the gates recomputed here: the memory
// lengths from a direct mean of f, the count against T, the longest unit; at the defaults and at
// the extremes (forget bias -4 and 8, chrono up to 500 at T = 200).
import { describe, expect, it } from 'vitest';
import { gateMatrix, gatesCaption, memoryPoints, memorySummary, memoryText } from '../../src/lib/figures/trained-gates';
import { trainedForgetGates, type TrainedForgetGates } from '../../src/lib/sim/train/forget-gates';
import { netFromSpec } from '../../src/lib/sim/train/net';
import { train } from '../../src/lib/sim/train/train';
import { networkSpec, runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

/** The gates of an LSTM run; iterations 0 keeps the initial network, so "after" equals "before". */
function gatesOf(fields: Record<string, unknown>): { gates: TrainedForgetGates; T: number } {
  const spec = runsOf(validateTrainSpec({ arch: 'lstm', evalSize: 4, batch: 4, ...fields }))[0];
  const theta = spec.iterations ? train(spec).theta : netFromSpec(networkSpec(spec)).theta;
  return { gates: trainedForgetGates(spec, theta)!, T: spec.steps };
}

/** Memory lengths from the record directly: 1 / (1 - the mean of f over the steps), unit by unit. */
function directLengths(f: Float64Array, T: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => {
    let sum = 0;
    for (let t = 0; t < T; t++) sum += f[t * n + i];
    return 1 / (1 - sum / T);
  });
}

/** What the caption must say, from the direct lengths. */
function expectedClause(f: Float64Array, L: number, n: number, T: number): { longer: number; unit: number } {
  const lengths = directLengths(f, L, n);
  const longest = Math.max(...lengths);
  return { longer: lengths.filter((v) => v > T).length, unit: lengths.indexOf(longest) + 1 };
}

describe('the trained forget gates figure', () => {
  it('a trained run: counts, the longest unit and the mean f are those of the gates', () => {
    const { gates, T } = gatesOf({ hidden: 4, steps: 12, iterations: 40 });
    for (const which of ['before', 'after'] as const) {
      const g = gates[which];
      const want = expectedClause(g.f, gates.T, gates.n, T);
      const s = memorySummary(g, T);
      expect([s.longer, s.unit]).toEqual([want.longer, want.unit]);
      expect(s.meanF).toBeCloseTo(g.f.reduce((a, b) => a + b) / g.f.length, 14);
      directLengths(g.f, gates.T, gates.n).forEach((v, i) => expect(g.memoryLength[i]).toBeCloseTo(v, 9));
    }
    const after = expectedClause(gates.after.f, gates.T, gates.n, T);
    expect(gatesCaption(gates, T)).toContain(
      `After training, ${after.longer} of 4 unit${'s'} ${after.longer === 1 ? 'holds' : 'hold'} memory longer than ` +
        `the task length T = 12; the longest, unit ${after.unit},`
    );
    // the gates are the highway only: the caption says the paths through h are not in them
    expect(gatesCaption(gates, T)).toContain('the paths through h can carry a mark further');
    // the heatmap's rows are units, its columns steps
    const m = gateMatrix(gates.after, gates.T, gates.n);
    expect(m[2 * gates.T + 5]).toBe(gates.after.f[5 * gates.n + 2]);
    expect(memoryPoints(gates)[3].after).toBeCloseTo(Math.log10(gates.after.memoryLength[3]), 14);
  });

  it('forget bias 8: every unit remembers about 1/(1 - sigma(8)) = 2981 steps, longer than T = 200', () => {
    const { gates, T } = gatesOf({ hidden: 16, steps: 200, iterations: 0, forgetBias: 8 });
    const s = memorySummary(gates.after, T);
    expect(s.longer).toBe(16);
    // W_f h and U_f x move the gate a little around sigma(8): the lengths stay within a factor 3 of 2981
    expect(s.longest).toBeGreaterThan(2981 / 3);
    expect(s.longest).toBeLessThan(2981 * 3);
    expect(gatesCaption(gates, T)).toMatch(
      /^After training, 16 of 16 units hold memory longer than the task length T = 200; /
    );
  });

  it('forget bias -4: no unit remembers more than a step or two', () => {
    const { gates, T } = gatesOf({ hidden: 16, steps: 200, iterations: 0, forgetBias: -4 });
    const s = memorySummary(gates.after, T);
    expect(s.longer).toBe(0);
    expect(s.longest).toBeLessThan(2);
    expect(gatesCaption(gates, T)).toContain('After training, 0 of 16 units hold memory longer than');
  });

  it('chrono up to 500 at T = 200: the units spread, some past T, the longest below about T_max', () => {
    const { gates, T } = gatesOf({ hidden: 16, steps: 200, iterations: 0, forgetInit: 'chrono', chronoMax: 500 });
    const want = expectedClause(gates.after.f, gates.T, 16, T);
    const s = memorySummary(gates.after, T);
    expect(s.longer).toBe(want.longer);
    expect(s.longer).toBeGreaterThan(0);
    expect(s.longer).toBeLessThan(16);
    expect(gatesCaption(gates, T)).toContain(
      `After training, ${want.longer} of 16 units ${want.longer === 1 ? 'holds' : 'hold'} memory longer ` +
        'than the task ' +
        `length T = 200; the longest, unit ${want.unit}, ${memoryText(s.longest)}`
    );
  });

  it('memory lengths read as steps, an infinite one as unbounded', () => {
    expect([3.66, 1100.4, 240000, Infinity].map(memoryText)).toEqual([
      '3.7 steps',
      '1100 steps',
      '2.4e+5 steps',
      'unbounded (every f rounds to 1)'
    ]);
  });
});
