// The cost measurement's page state with a stand-in worker: points fill the series in order, a
// change of compared models or network cancels and clears, the job times gradients only, and the
// CSV export carries the points with each model's fitted slope.
import { csvParse } from 'd3';
import { describe, expect, test } from 'vitest';
import { costCsv, reachCsv } from '../../src/lib/export/reach-export';
import { reachCurves } from '../../src/lib/figures/reach-curves';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { costJob, costKey, costSpec } from '../../src/lib/reach/cost-job';
import { createCostMeasure, type CostRunner } from '../../src/lib/reach/cost-measure.svelte';
import { simulate } from '../../src/lib/sim/index';
import type { CostJob, CostReply } from '../../src/lib/worker/cost-protocol';

class FakeRunner implements CostRunner {
  jobs: CostJob[] = [];
  cancels = 0;
  reply: (r: CostReply) => void = () => {};
  start(job: CostJob, handlers: { reply(r: CostReply): void }) {
    this.jobs.push(job);
    this.reply = handlers.reply;
  }
  cancel() {
    this.cancels++;
  }
}

describe('cost measurement state', () => {
  test('points fill each model in; done says why it ended', () => {
    const runner = new FakeRunner();
    const cost = createCostMeasure(runner);
    const job = costJob(DEFAULT_STATE, ['rnn', 'lstm']);
    cost.start(job, ['rnn', 'lstm'], costKey(job));
    expect(cost.status).toBe('running');
    expect(cost.progress).toEqual({ measured: 0, total: 14 });
    runner.reply({ id: 1, point: { arch: 'lstm', T: 16, ms: 2, reps: 9 } });
    runner.reply({ id: 1, slow: { arch: 'lstm', T: 16, ms: 2 } });
    runner.reply({ id: 1, done: 'budget', elapsedMs: 3001 });
    expect(cost.series).toEqual([
      { arch: 'rnn', points: [] },
      { arch: 'lstm', points: [{ T: 16, ms: 2 }] }
    ]);
    expect(cost.slow).toEqual([{ arch: 'lstm', T: 16, ms: 2 }]);
    expect(cost.status).toBe('budget');
  });

  test('other models or another network cancel and clear it; another T does not', () => {
    const runner = new FakeRunner();
    const cost = createCostMeasure(runner);
    const job = costJob(DEFAULT_STATE, ['rnn', 'lstm']);
    cost.start(job, ['rnn', 'lstm'], costKey(job));
    cost.follow(costKey(costJob({ ...DEFAULT_STATE, steps: 999 }, ['rnn', 'lstm'])));
    expect([runner.cancels, cost.status]).toEqual([0, 'running']);
    cost.follow(costKey(costJob({ ...DEFAULT_STATE, hidden: 64 }, ['rnn', 'lstm'])));
    expect([runner.cancels, cost.status, cost.series]).toEqual([1, 'idle', []]);
  });

  test('the job times gradients only, a custom phi as tanh', () => {
    const spec = costSpec({ ...DEFAULT_STATE, activation: 'custom', formula: 'x^2' }, 'rnn');
    expect(spec).toMatchObject({ activation: 'tanh', perUnit: false, paramGrads: false, hidden: 32 });
    expect('formula' in spec).toBe(false);
  });
});

describe('reach exports', () => {
  test('the reach CSV: k, then each model’s log10 norm, as drawn', () => {
    const r = simulate({ arch: 'rnn', steps: 12, hidden: 4 });
    const rows = csvParse(reachCsv(reachCurves([r])));
    expect(rows.columns).toEqual(['k', 'rnn_log10_norm']);
    expect(rows.length).toBe(12);
    expect(Number(rows[0].rnn_log10_norm)).toBe(r.xGradLog10[11]);
    expect(Number(rows[11].rnn_log10_norm)).toBe(r.xGradLog10[0]);
  });

  test('the cost CSV: every point with its model’s slope', () => {
    const points = [128, 256, 512].map((T) => ({ T, ms: 1e-4 * T * T }));
    const rows = csvParse(costCsv([{ arch: 'attention', points }]));
    expect(rows.length).toBe(3);
    expect(Number(rows[2].ms_per_sequence)).toBeCloseTo(26.2144, 10);
    expect(Number(rows[0].fitted_slope)).toBeCloseTo(2, 12);
    expect([rows[0].fit_from_T, rows[0].fit_to_T]).toEqual(['128', '512']);
  });
});
