// The latch view's data as CSV (one header naming every column) and JSON: the fixed points,
// the trajectories and their gradients by step, and the trade-off grid in long form (one row
// per w and noise level). An exact zero gradient is written -Infinity, which Number() reads back.
import { csvFormat } from 'd3';
import { resultToJSON } from '../sim/index';
import type { LatchShown, LatchGrid } from '../model/latch-figures';
import type { LabState } from '../model/lab-state';
import { csvCell, labJson } from './data-export';

type Row = Record<string, string | number>;

/** One row per fixed point of a -> w tanh(a): where it is, its slope, whether it attracts. */
export function fixedPointsCsv(latch: LatchShown): string {
  const rows = latch.fixedPoints.map((p) => ({ w: latch.spec.w, a: p.a, slope: p.slope, kind: p.kind }));
  return csvFormat(rows, ['w', 'a', 'slope', 'kind']);
}

/** t, then a_t of every noisy trajectory (its bit and whether it kept it in the header), then the noise-free one. */
export function trajectoriesCsv(latch: LatchShown): string {
  const { trajectories, clean } = latch.run;
  const names = trajectories.map((tr, i) => `a_${i + 1}_bit${tr.bit > 0 ? '+1' : '-1'}_${tr.kept ? 'kept' : 'lost'}`);
  const rows: Row[] = Array.from({ length: clean.a.length }, (_, t) => {
    const row: Row = { t };
    trajectories.forEach((tr, i) => (row[names[i]] = tr.a[t]));
    row.a_no_noise = clean.a[t];
    return row;
  });
  return csvFormat(rows, ['t', ...names, 'a_no_noise']);
}

/** t, then log10 |da_t/da_1| of every trajectory and of the noise-free one (t = 1..T). */
export function latchGradientCsv(latch: LatchShown): string {
  const { trajectories, clean } = latch.run;
  const names = trajectories.map((_, i) => `grad_${i + 1}_log10`);
  const rows: Row[] = Array.from({ length: clean.gradLog10.length }, (_, k) => {
    const row: Row = { t: k + 1 };
    trajectories.forEach((tr, i) => (row[names[i]] = csvCell(tr.gradLog10[k])));
    row.grad_no_noise_log10 = csvCell(clean.gradLog10[k]);
    return row;
  });
  return csvFormat(rows, ['t', ...names, 'grad_no_noise_log10']);
}

/** One row per cell: w, noise, kept fraction, median log10 |da_T/da_1|; cells not computed yet are empty. */
export function tradeoffCsv(grid: LatchGrid): string {
  const rows: Row[] = [];
  grid.noises.forEach((noise, r) =>
    grid.ws.forEach((w, j) => {
      const k = r * grid.ws.length + j;
      rows.push({ w, noise, kept: csvCell(grid.kept[k]), median_grad_log10: csvCell(grid.grad[k]) });
    })
  );
  return csvFormat(rows, ['w', 'noise', 'kept', 'median_grad_log10']);
}

/** The lab state, its URL, the latch's spec, fixed points and trajectories, and the grid. */
export function latchJson(state: LabState, latch: LatchShown, grid: LatchGrid): string {
  return labJson(
    state,
    'latch',
    resultToJSON({ spec: latch.spec, fixedPoints: latch.fixedPoints, run: latch.run, grid })
  );
}
