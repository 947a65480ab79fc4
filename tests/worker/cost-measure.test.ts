// The cost measurement's loop on a fake clock: every call advances it by a known cost, so the
// times it reports, the models it drops as too slow and where the budget stops it are exact; and
// the calls it times are the engine's run() for a recurrence and the causal layer for attention.
import { describe, expect, it } from 'vitest';
import { fitSeries } from '../../src/lib/figures/reach-cost';
import { causalLayer } from '../../src/lib/sim/archs/attention-layer';
import { attentionParams } from '../../src/lib/sim/archs/attention-params';
import { sequenceWork } from '../../src/lib/worker/cost-handler';
import { DEFAULT_PLAN, measure, type MeasurePlan } from '../../src/lib/worker/cost-measure';
import { simulate, validateSpec } from '../../src/lib/sim/index';

/** A fake clock and models whose sequence of length T costs cost[i](T) ms on it. */
function fake(costs: ((T: number) => number)[]) {
  let now = 0;
  const calls: [number, number][] = [];
  return {
    clock: () => now,
    work: (i: number, T: number) => () => {
      calls.push([i, T]);
      now += costs[i](T);
    },
    calls
  };
}
// one warm-up call unless a test asks for the default's (the warm-up test below)
const plan = (models: number, over: Partial<MeasurePlan> = {}): MeasurePlan => ({
  ...DEFAULT_PLAN,
  models,
  budgetMs: 1e9,
  warmupMs: 0,
  ...over
});

describe('cost measurement loop', () => {
  it('reports the time per sequence exactly, and a power law fits to its exponent', () => {
    const f = fake([(T) => 1e-3 * T, (T) => 1e-5 * T * T]);
    const points: { i: number; T: number; ms: number }[] = [];
    const end = measure(plan(2), f.work, { point: (i, T, ms) => points.push({ i, T, ms }) }, f.clock);
    expect(end).toBe('complete');
    expect(points.map((p) => p.T)).toEqual([16, 16, 32, 32, 64, 64, 128, 128, 256, 256, 512, 512, 1024, 1024]);
    // from 32 on the faster model goes first (at 16, 1e-3 T < 1e-5 T^2 only below T = 100: model 1)
    expect(points.slice(0, 4).map((p) => p.i)).toEqual([0, 1, 1, 0]);
    for (const p of points) expect(p.ms).toBeCloseTo(p.i === 0 ? 1e-3 * p.T : 1e-5 * p.T ** 2, 12);
    const series = (i: number) => ({ arch: 'rnn' as const, points: points.filter((p) => p.i === i) });
    expect(fitSeries(series(0))!.slope).toBeCloseTo(1, 10);
    expect(fitSeries(series(1))!.slope).toBeCloseTo(2, 10);
  });

  it('times batches of at least batchMs, at least 5 of them, after one untimed warm-up', () => {
    const f = fake([() => 4]);
    const reps: number[] = [];
    measure(plan(1, { lengths: [16] }), f.work, { point: (_i, _T, _ms, r) => reps.push(r) }, f.clock);
    expect(reps).toEqual([10]); // 5 batches of 2 calls (8 ms >= 5 ms); 40 ms >= sampleMs
    expect(f.calls.length).toBe(11);
  });

  it("warms up for warmupMs (at most 5 calls) before timing: the JIT's first calls are not measured", () => {
    const f = fake([() => 4]);
    measure(plan(1, { lengths: [16], warmupMs: DEFAULT_PLAN.warmupMs }), f.work, { point: () => {} }, f.clock);
    expect(f.calls.length).toBe(5 + 10); // 20 ms of 4 ms calls, then 5 batches of 2
    const slow = fake([() => 30]);
    measure(plan(1, { lengths: [16], warmupMs: DEFAULT_PLAN.warmupMs }), slow.work, { point: () => {} }, slow.clock);
    expect(slow.calls.length).toBe(1 + 5); // one 30 ms call is warm-up enough
  });

  it('reports the fastest batch: time other work took from the CPU only adds', () => {
    let now = 0;
    let calls = 0;
    const costs = [9, 3, 3, 3, 3, 3, 7, 7]; // warm-up 9, then batches (3, 3) (3, 3) (3, 7) ...
    const work = () => () => (now += costs[Math.min(calls++, costs.length - 1)]);
    const ms: number[] = [];
    measure(plan(1, { lengths: [16] }), work, { point: (_i, _T, m) => ms.push(m) }, () => now);
    expect(ms).toEqual([3]);
  });

  it('a model slower than slowMs stops growing; the others go on', () => {
    const f = fake([(T) => T, (T) => T / 100]);
    const slow: [number, number][] = [];
    const points: [number, number][] = [];
    measure(
      plan(2, { slowMs: 200 }),
      f.work,
      { point: (i, T) => points.push([i, T]), slow: (i, T) => slow.push([i, T]) },
      f.clock
    );
    expect(slow).toEqual([[0, 256]]);
    expect(points.filter(([i]) => i === 0).map(([, T]) => T)).toEqual([16, 32, 64, 128, 256]);
    expect(points.filter(([i]) => i === 1).map(([, T]) => T)).toEqual([16, 32, 64, 128, 256, 512, 1024]);
  });

  it('stops when the budget is spent', () => {
    const f = fake([(T) => T]);
    const points: number[] = [];
    const end = measure(plan(1, { budgetMs: 500 }), f.work, { point: (_i, T) => points.push(T) }, f.clock);
    expect(end).toBe('budget');
    // each size: a warm-up and 5 batches of one call; 64: a warm-up and 4 calls (capMs 250)
    // 16: 96 ms; 32: 288; 64 starts at 288 < 500 and ends at 608; 128 is not started
    expect(points).toEqual([16, 32, 64]);
  });
});

describe('what is timed', () => {
  it("a recurrence: the engine's run() at length T, gradients only", () => {
    const base = validateSpec({ arch: 'lstm', hidden: 4, steps: 10 });
    const out = sequenceWork(base, 37)() as ReturnType<typeof simulate>;
    const direct = simulate({ arch: 'lstm', hidden: 4, steps: 37 });
    expect(out.xGradLog10).toEqual(direct.xGradLog10);
    expect(out.perUnit).toBeUndefined();
  });

  it("attention: the engine's full causal layer (every position attends to its prefix), O(T^2 n)", () => {
    const base = validateSpec({ arch: 'attention', hidden: 4, inputSize: 2, steps: 5, seed: 3 });
    const out = sequenceWork(base, 9)() as ReturnType<typeof causalLayer>;
    const direct = causalLayer(attentionParams(validateSpec({ ...base, steps: 9 })));
    expect(Array.from(out.dx)).toEqual(Array.from(direct.dx)); // held to finite differences in its own tests
    expect(out.dx).toHaveLength(9 * 2);
  });
});
