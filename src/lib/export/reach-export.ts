// The data behind the "How far back?" figures as CSV: the reach curves by steps back, attention's
// weights by head, and the measured cost with each model's fitted slope. An exact zero (the
// window beyond N) is written -Infinity, as in the other exports.
import { csvFormat } from 'd3';
import type { Curve } from '../figures/figure-data';
import { fitSeries, type CostSeries } from '../figures/reach-cost';
import { csvCell } from './data-export';

type Row = Record<string, string | number>;

/** k, then log10 ||dL/dx_{T-k}|| of each model (the chart's curves, absolute norms). */
export function reachCsv(curves: readonly Curve[]): string {
  const T = Math.max(0, ...curves.map((c) => c.values.length));
  const name = (c: Curve) => `${c.id.replace(/^reach-/, '')}_log10_norm`;
  const rows: Row[] = Array.from({ length: T }, (_, k) => {
    const row: Row = { k };
    for (const c of curves) row[name(c)] = k < c.values.length ? csvCell(c.values[k]) : '';
    return row;
  });
  return csvFormat(rows, ['k', ...curves.map(name)]);
}

/** k (steps back, s = T - k), then each head's weight alpha (plain, not log). */
export function attentionCsv(attention: readonly Float64Array[]): string {
  const T = attention[0]?.length ?? 0;
  const columns = ['k', 's', ...attention.map((_, j) => `head${j + 1}_alpha`)];
  const rows: Row[] = Array.from({ length: T }, (_, k) => {
    const row: Row = { k, s: T - k };
    attention.forEach((a, j) => (row[`head${j + 1}_alpha`] = a[T - 1 - k]));
    return row;
  });
  return csvFormat(rows, columns);
}

/** One row per model and length: milliseconds per sequence, and the model's fitted slope and its range. */
export function costCsv(series: readonly CostSeries[]): string {
  const rows: Row[] = series.flatMap((s) => {
    const f = fitSeries(s);
    return s.points.map((p) => ({
      model: s.arch,
      T: p.T,
      ms_per_sequence: p.ms,
      fitted_slope: f ? f.slope : '',
      fit_from_T: f ? f.from : '',
      fit_to_T: f ? f.to : ''
    }));
  });
  return csvFormat(rows, ['model', 'T', 'ms_per_sequence', 'fitted_slope', 'fit_from_T', 'fit_to_T']);
}
