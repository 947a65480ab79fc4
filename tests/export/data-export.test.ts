import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  connectivityCsv,
  dataJson,
  eigenvaluesCsv,
  heatmapCsv,
  lineCsv,
  phaseCsv,
  trainedGatesCsv
} from '../../src/lib/export/data-export';
import { trainedForgetGates } from '../../src/lib/sim/train/forget-gates';
import { netFromSpec } from '../../src/lib/sim/train/net';
import { networkSpec, runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { fileName } from '../../src/lib/export/names';
import { heatmapPanels, lineCurves } from '../../src/lib/figures/figure-data';
import { simulate } from '../../src/lib/sim/index';
import { DEFAULT_STATE, specFor } from '../../src/lib/model/lab-state';

const state = { ...DEFAULT_STATE, steps: 50, radius: 0.9 };
const results = [simulate(specFor(state, 'rnn')), simulate(specFor(state, 'lstm'))];

describe('data export', () => {
  it('line CSV: a header naming every column and T + 1 rows matching the engine', () => {
    const rows = csvParse(lineCsv(lineCurves(results, state)));
    expect(rows.columns).toEqual([
      'k',
      'rnn_h_log10',
      'rnn_theory_log10',
      'lstm_c_log10',
      'lstm_path_log10',
      'lstm_theory_log10'
    ]);
    expect(rows).toHaveLength(51);
    const h = results[0].hGradLog10;
    rows.forEach((row, k) => expect(Number(row.rnn_h_log10)).toBeCloseTo(h[50 - k] - h[50], 12));
    expect(Number(rows[50].rnn_theory_log10)).toBeCloseTo(50 * Math.log10(0.9), 12);
  });

  it('heatmap CSV: one row per step, one column per unit of every panel', () => {
    const panels = heatmapPanels(results);
    const rows = csvParse(heatmapCsv(panels));
    expect(rows).toHaveLength(51);
    expect(rows.columns).toHaveLength(1 + 3 * 32);
    expect(rows.columns[1]).toBe('rnn_h_unit1_log10');
    expect(Number(rows[7]['lstm_c_unit5_log10'])).toBeCloseTo(panels[2].matrix[4 * 51 + 7], 12);
  });

  it('phase CSV writes exact zeros as -Infinity and pending rows as empty', () => {
    const m = Float64Array.from([0, -Infinity, NaN, NaN]);
    const rows = csvParse(phaseCsv('radius', [0.5, 1.5], m, 2));
    expect(rows.columns).toEqual(['k', 'radius_1.5_log10', 'radius_0.5_log10']);
    expect(rows[1]['radius_1.5_log10']).toBe('-Infinity');
    expect(Number(rows[1]['radius_1.5_log10'])).toBe(-Infinity);
    expect(rows[0]['radius_0.5_log10']).toBe('');
  });

  it('JSON holds the lab state, its URL, and each spec with its result', () => {
    const json = JSON.parse(dataJson(state, results));
    expect(json.lab).toEqual(state);
    expect(json.url).toContain('steps=50');
    expect(json.runs.map((r: { arch: string }) => r.arch)).toEqual(['rnn', 'lstm']);
    expect(json.runs[1].result.spec.forgetBias).toBe(1);
    expect(json.runs[1].result.cGradLog10).toHaveLength(51);
  });

  it('file names say what they show', () => {
    expect(fileName({ ...DEFAULT_STATE, radius: 0.9 }, 'slide', 'png', 2)).toBe(
      'rnn-vs-lstm_T100_radius0.90_slide@2x.png'
    );
    expect(fileName({ ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'gru'] }, 'line', 'csv')).toBe(
      'rnn-vs-lstm-vs-gru_T100_radius1.00_line.csv'
    );
  });
});

describe("the explorer's data", () => {
  it('eigenvalues CSV: one row per eigenvalue with its modulus', () => {
    const eig = results[0].spectrum!.eigenvalues;
    const rows = csvParse(eigenvaluesCsv(eig));
    expect(rows.columns).toEqual(['i', 're', 'im', 'modulus']);
    expect(rows).toHaveLength(eig.length);
    expect(Number(rows[0].modulus)).toBeCloseTo(results[0].spectrum!.spectralRadius, 9);
  });
  it('connectivity CSV: one row per map and state step, exact zeros as -Infinity', () => {
    const values = Float64Array.from([0, -Infinity, -2.5, 0]);
    const rows = csvParse(connectivityCsv([{ key: 'rnn', values, T: 2 }]));
    expect(rows.columns).toEqual(['map', 't', 's1_log10', 's2_log10']);
    expect(rows.map((r) => [r.map, r.t, Number(r.s1_log10), Number(r.s2_log10)])).toEqual([
      ['rnn', '1', 0, -Infinity],
      ['rnn', '2', -2.5, 0]
    ]);
  });
  it('files on the explorer are named for it', () => {
    const explorer = { ...DEFAULT_STATE, view: 'explorer' as const };
    expect(fileName(explorer, 'slide', 'png', 2)).toBe('explorer_rnn-vs-lstm_T100_radius1.00_slide@2x.png');
    expect(fileName(DEFAULT_STATE, 'slide', 'png', 2)).toBe('rnn-vs-lstm_T100_radius1.00_slide@2x.png');
  });
});

describe('the trained forget gates CSV', () => {
  it('one row per map and unit: its memory length and f at every step, the numbers the worker sent', () => {
    const spec = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 3, steps: 20, iterations: 0, forgetBias: 8 }))[0];
    const gates = trainedForgetGates(spec, netFromSpec(networkSpec(spec)).theta)!;
    const run = {
      arch: 'lstm' as const,
      spec,
      history: [],
      status: 'done' as const,
      solvedAt: null,
      divergedAt: null,
      seconds: 0,
      error: '',
      connectivity: null,
      gates
    };
    const rows = csvParse(trainedGatesCsv([run, { ...run, arch: 'rnn', gates: null }]));
    expect(rows.columns.slice(0, 5)).toEqual(['arch', 'map', 'unit', 'memory_length', 'f_t1']);
    expect(rows.columns).toHaveLength(4 + gates.T);
    expect(rows.map((r) => `${r.map}${r.unit}`)).toEqual([
      'before1',
      'before2',
      'before3',
      'after1',
      'after2',
      'after3'
    ]);
    expect(Number(rows[4].memory_length)).toBe(gates.after.memoryLength[1]);
    expect(Number(rows[4][`f_t${gates.T}`])).toBe(gates.after.f[(gates.T - 1) * 3 + 1]);
  });
});
