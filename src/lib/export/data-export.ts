// The data behind each figure as CSV (one row per step back, a header naming every column)
// and JSON (the specs and the results). Values are log10 ratios exactly as drawn; an exact
// zero is written -Infinity, which Number() reads back.
import { csvFormat } from 'd3';
import type { Curve, HeatmapPanel } from '../figures/figure-data';
import type { WeightShares } from '../figures/weight-shares';
import { clipLimitLog10, iterationNorms } from '../figures/training-figures';
import type { TrainingRun } from '../model/training-run';
import { resultToJSON, type SimResult } from '../sim/index';
import { stateToQuery } from '../model/url-state';
import type { LabState } from '../model/lab-state';

type Row = Record<string, string | number>;
/** A value for a CSV cell: a number, -Infinity (an exact zero) or Infinity as words, NaN (not computed) empty. */
export const csvCell = (v: number): number | string =>
  Number.isFinite(v) ? v : v === -Infinity ? '-Infinity' : v > 0 ? 'Infinity' : '';
const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');

/** k, then one column per curve: log10 of the norm k steps back relative to step T. */
export function lineCsv(curves: Curve[]): string {
  const T = curves[0].values.length - 1;
  const columns = ['k', ...curves.map((c) => `${slug(c.id)}_log10`)];
  const rows: Row[] = Array.from({ length: T + 1 }, (_, k) =>
    Object.fromEntries([['k', k], ...curves.map((c) => [`${slug(c.id)}_log10`, csvCell(c.values[k])])])
  );
  return csvFormat(rows, columns);
}

/**
 * k, then for each architecture: log10 of step k's share of dL/dW, log10 of the share of the
 * steps further back, and the share of the last k + 1 steps (0..k) as a plain fraction.
 */
export function sharesCsv(shares: WeightShares[]): string {
  const T = shares[0]?.share.length ?? 0;
  const columns = [
    'k',
    ...shares.flatMap((s) => [`${s.arch}_share_log10`, `${s.arch}_beyond_log10`, `${s.arch}_recent`])
  ];
  const rows: Row[] = Array.from({ length: T }, (_, k) => {
    const row: Row = { k };
    for (const s of shares) {
      row[`${s.arch}_share_log10`] = csvCell(s.share[k]);
      row[`${s.arch}_beyond_log10`] = csvCell(s.beyond[k]);
      row[`${s.arch}_recent`] = s.totalLog10 === -Infinity ? '' : 1 - 10 ** s.beyond[k];
    }
    return row;
  });
  return csvFormat(rows, columns);
}

/** k, then one column per panel and unit: log10 |grad| relative to the RMS entry at step T. */
export function heatmapCsv(panels: HeatmapPanel[]): string {
  const T = panels[0].cols - 1;
  const columns = [
    'k',
    ...panels.flatMap((p) => Array.from({ length: p.rows }, (_, i) => `${slug(p.id)}_unit${i + 1}_log10`))
  ];
  const rows: Row[] = Array.from({ length: T + 1 }, (_, k) => {
    const row: Row = { k };
    for (const p of panels)
      for (let i = 0; i < p.rows; i++) row[`${slug(p.id)}_unit${i + 1}_log10`] = csvCell(p.matrix[i * p.cols + k]);
    return row;
  });
  return csvFormat(rows, columns);
}

/** k, then one column per swept value (highest first, as drawn); rows not yet swept are empty. */
export function phaseCsv(param: string, values: number[], matrix: Float64Array, cols: number): string {
  const names = [...values].reverse().map((v) => `${param}_${v}_log10`);
  const rows: Row[] = Array.from({ length: cols }, (_, k) =>
    Object.fromEntries([['k', k], ...names.map((n, r) => [n, csvCell(matrix[r * cols + k])])])
  );
  return csvFormat(rows, ['k', ...names]);
}

/** The lab state, its URL, and for every compared architecture the spec and the full result. */
export function dataJson(state: LabState, results: SimResult[]): string {
  const body = results.map((r) => `{"arch":${JSON.stringify(r.spec.arch)},"result":${resultToJSON(r)}}`).join(',');
  return labJson(state, 'runs', `[${body}]`);
}

/** Every JSON export: the lab state, the link that reopens it, then one field of data (JSON text). */
export function labJson(state: LabState, field: string, json: string): string {
  return `{"lab":${JSON.stringify(state)},"url":${JSON.stringify(stateToQuery(state))},"${field}":${json}}`;
}

/** One row per logged iteration: each run's batch and evaluation loss, accuracy, gradient norm, clipping. */
export function trainingCsv(runs: TrainingRun[]): string {
  const fields = ['loss', 'evalLoss', 'evalAccuracy', 'gradNormLog10', 'clipped'] as const;
  const columns = ['iteration', ...runs.flatMap((r) => fields.map((f) => `${r.arch}_${f}`))];
  const iterations = [...new Set(runs.flatMap((r) => r.history.map((e) => e.iteration)))].sort((a, b) => a - b);
  const rows: Row[] = iterations.map((iteration) => {
    const row: Row = { iteration };
    for (const r of runs) {
      const e = r.history.find((x) => x.iteration === iteration);
      for (const f of fields) row[`${r.arch}_${f}`] = e ? (f === 'clipped' ? String(e[f]) : csvCell(e[f])) : '';
    }
    return row;
  });
  return csvFormat(rows, columns);
}

/** One row per training iteration: each run's log10 gradient norm before clipping, and whether it was clipped. */
export function gradNormCsv(runs: TrainingRun[]): string {
  const norms = runs.map(iterationNorms);
  const limits = runs.map((r) => clipLimitLog10(r.spec.clip));
  const columns = ['iteration', ...runs.flatMap((r) => [`${r.arch}_gradNormLog10`, `${r.arch}_clipped`])];
  const rows: Row[] = Array.from({ length: Math.max(0, ...norms.map((v) => v.length)) }, (_, iteration) => {
    const row: Row = { iteration };
    runs.forEach((r, i) => {
      const v = norms[i][iteration];
      row[`${r.arch}_gradNormLog10`] = v === undefined ? '' : csvCell(v);
      row[`${r.arch}_clipped`] = v === undefined ? '' : String(v > limits[i]);
    });
    return row;
  });
  return csvFormat(rows, columns);
}

/** The connectivity maps before and after training: one row per run, map and state step t, log10 ||dh_t/dx_s||. */
export function trainedConnectivityCsv(runs: TrainingRun[]): string {
  const T = Math.max(0, ...runs.map((r) => r.connectivity?.T ?? 0));
  const columns = ['arch', 'map', 't', ...Array.from({ length: T }, (_, s) => `s${s + 1}_log10`)];
  const rows: Row[] = runs.flatMap((r) => {
    const c = r.connectivity;
    if (!c) return [];
    return (['before', 'after'] as const).flatMap((map) =>
      Array.from({ length: c.T }, (_, t) => {
        const row: Row = { arch: r.arch, map, t: t + 1 };
        for (let s = 0; s < c.T; s++) row[`s${s + 1}_log10`] = csvCell(c[map][t * c.T + s]);
        return row;
      })
    );
  });
  return csvFormat(rows, columns);
}

/**
 * An LSTM's forget gates before and after training: one row per map and unit, its memory length
 * 1/(1 - mean f) and f at every step t of the first evaluation sequence.
 */
export function trainedGatesCsv(runs: TrainingRun[]): string {
  const T = Math.max(0, ...runs.map((r) => r.gates?.T ?? 0));
  const columns = ['arch', 'map', 'unit', 'memory_length', ...Array.from({ length: T }, (_, t) => `f_t${t + 1}`)];
  const rows: Row[] = runs.flatMap((r) => {
    const g = r.gates;
    if (!g) return [];
    return (['before', 'after'] as const).flatMap((map) =>
      Array.from({ length: g.n }, (_, i) => {
        const row: Row = { arch: r.arch, map, unit: i + 1, memory_length: csvCell(g[map].memoryLength[i]) };
        for (let t = 0; t < g.T; t++) row[`f_t${t + 1}`] = g[map].f[t * g.n + i];
        return row;
      })
    );
  });
  return csvFormat(rows, columns);
}

/** The gradient flow: one row per run and logged iteration, log10 ||dL/dh_{L-k}|| for k = 0..L. */
export function flowCsv(runs: TrainingRun[]): string {
  const K = Math.max(1, ...runs.flatMap((r) => r.history.map((e) => e.flowLog10.length)));
  const columns = ['arch', 'iteration', ...Array.from({ length: K }, (_, k) => `k${k}_log10`)];
  const rows: Row[] = runs.flatMap((r) =>
    r.history.map((e) => {
      const row: Row = { arch: r.arch, iteration: e.iteration };
      for (let k = 0; k < K; k++) row[`k${k}_log10`] = k < e.flowLog10.length ? csvCell(e.flowLog10[k]) : '';
      return row;
    })
  );
  return csvFormat(rows, columns);
}

/** The lab state, its URL, and every training run: its spec, status and whole history. */
export function trainingJson(state: LabState, runs: TrainingRun[]): string {
  return labJson(state, 'training', `[${runs.map((r) => resultToJSON(r)).join(',')}]`);
}

/** The explorer's eigenvalues, largest modulus first: real and imaginary part and modulus. */
export function eigenvaluesCsv(eigenvalues: [number, number][]): string {
  const rows: Row[] = eigenvalues.map(([re, im], i) => ({ i: i + 1, re, im, modulus: Math.hypot(re, im) }));
  return csvFormat(rows, ['i', 're', 'im', 'modulus']);
}

/**
 * The explorer's connectivity maps as drawn: one row per map and state step t, log10
 * ||dh_t/dx_s|| for each input step s relative to the diagonal (-Infinity: exactly zero, the
 * future of a one-way network; empty: not computed yet).
 */
export function connectivityCsv(maps: { key: string; values: Float64Array; T: number }[]): string {
  const T = Math.max(0, ...maps.map((m) => m.T));
  const columns = ['map', 't', ...Array.from({ length: T }, (_, s) => `s${s + 1}_log10`)];
  const rows: Row[] = maps.flatMap((m) =>
    Array.from({ length: m.T }, (_, t) => {
      const row: Row = { map: m.key, t: t + 1 };
      for (let s = 0; s < m.T; s++) row[`s${s + 1}_log10`] = csvCell(m.values[t * m.T + s]);
      return row;
    })
  );
  return csvFormat(rows, columns);
}
