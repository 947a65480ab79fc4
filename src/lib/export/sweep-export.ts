// The length sweep's data as CSV: one row per length, and for each series the runs finished,
// the runs solved and their fraction (empty where none has finished), the counts the chart
// and its caption read.
import { csvFormat } from 'd3';
import { successCounts } from '../figures/sweep-figures';
import type { TrainingRun } from '../model/training-run';

const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');

export function sweepCsv(runs: TrainingRun[], lengths: readonly number[]): string {
  const series = successCounts(runs, lengths);
  const columns = ['T', ...series.flatMap((s) => ['finished', 'solved', 'fraction'].map((c) => `${slug(s.key)}_${c}`))];
  const rows = lengths.map((T, k) => {
    const row: Record<string, number | string> = { T };
    for (const s of series) {
      const id = slug(s.key);
      row[`${id}_finished`] = s.finished[k];
      row[`${id}_solved`] = s.solved[k];
      row[`${id}_fraction`] = s.finished[k] ? s.solved[k] / s.finished[k] : '';
    }
    return row;
  });
  return csvFormat(rows, columns);
}
