// The latch's exports: every CSV has a header naming its columns and the engine's numbers;
// the JSON reads back with nulls where a gradient is exactly zero.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  fixedPointsCsv,
  latchGradientCsv,
  latchJson,
  trajectoriesCsv,
  tradeoffCsv
} from '../../src/lib/export/latch-export';
import { fileName } from '../../src/lib/export/names';
import { LATCH_GRID } from '../../src/lib/sim/latch';
import { DEFAULT_STATE } from '../../src/lib/model/lab-state';
import { latchShown } from '../../src/lib/state/latch-view.svelte';
import type { LatchGrid } from '../../src/lib/model/latch-figures';

const state = { ...DEFAULT_STATE, view: 'latch' as const, latchSteps: 40 };
const latch = latchShown(state);

describe('latch export', () => {
  it('fixed points: w, a, slope, kind', () => {
    const rows = csvParse(fixedPointsCsv(latch));
    expect(rows.columns).toEqual(['w', 'a', 'slope', 'kind']);
    expect(rows.map((r) => r.kind)).toEqual(['stable', 'unstable', 'stable']);
    expect(Number(rows[2].a)).toBe(latch.fixedPoints[2].a);
  });

  it('trajectories: t = 0..T, one column per trajectory naming its bit and fate, then the noise-free one', () => {
    const rows = csvParse(trajectoriesCsv(latch));
    expect(rows).toHaveLength(41);
    expect(rows.columns[1]).toBe('a_1_bit+1_kept');
    expect(rows.columns[2]).toBe('a_2_bit-1_kept');
    expect(rows.columns.at(-1)).toBe('a_no_noise');
    expect(Number(rows[17]['a_2_bit-1_kept'])).toBe(latch.run.trajectories[1].a[17]);
  });

  it('gradient: t = 1..T in log10; w = 0 writes exact zeros as -Infinity', () => {
    const rows = csvParse(latchGradientCsv(latch));
    expect(rows).toHaveLength(40);
    expect(rows[0].t).toBe('1');
    expect(Number(rows[39].grad_no_noise_log10)).toBe(latch.run.clean.gradLog10[39]);
    const zero = latchShown({ ...state, latchW: 0 });
    expect(csvParse(latchGradientCsv(zero))[5].grad_1_log10).toBe('-Infinity');
  });

  it('trade-off grid in long form, pending cells empty; JSON with nulls; file names say latch', () => {
    const cells = LATCH_GRID.ws.length * LATCH_GRID.noises.length;
    const grid: LatchGrid = {
      ws: LATCH_GRID.ws,
      noises: LATCH_GRID.noises,
      kept: new Float64Array(cells).fill(NaN).fill(0.75, 0, 31),
      grad: new Float64Array(cells).fill(NaN).fill(-12.5, 0, 31),
      filled: 1,
      steps: 40,
      trajectories: 64,
      ms: 0,
      error: ''
    };
    const rows = csvParse(tradeoffCsv(grid));
    expect(rows).toHaveLength(cells);
    expect(rows[3]).toEqual({ w: '0.3', noise: '0', kept: '0.75', median_grad_log10: '-12.5' });
    expect(rows[40].kept).toBe('');
    const json = JSON.parse(latchJson(state, latch, grid));
    expect(json.url).toContain('view=latch');
    expect(json.latch.spec).toEqual(latch.spec);
    expect(json.latch.grid.kept[40]).toBeNull();
    expect(json.latch.run.trajectories[0].a).toHaveLength(41);
    expect(fileName(state, 'latch-tradeoff', 'csv')).toBe('latch_w2.00_noise0.30_T40_latch-tradeoff.csv');
  });
});
