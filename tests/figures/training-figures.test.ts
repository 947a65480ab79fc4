// The Training view's data: curves, the flow matrix, the status line and the CSVs, from real runs.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { flowCsv, gradNormCsv, trainingCsv } from '../../src/lib/export/data-export';
import {
  accuracyCurves,
  flowCaption,
  flowMatrix,
  flowPoints,
  gradNormCurves,
  iterationsOf,
  lossCurves,
  runStatus,
  successCaption,
  successCurves
} from '../../src/lib/figures/training-figures';
import { log10 } from '../../src/lib/sim/det-math';
import { ratioFromLog10 } from '../../src/lib/figures/format';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import type { TrainingRun } from '../../src/lib/model/training-run';

const runFor = (arch: 'rnn' | 'lstm'): TrainingRun => {
  const spec = runsOf(
    validateTrainSpec({ arch, hidden: 4, steps: 8, batch: 4, iterations: 20, evalEvery: 10, evalSize: 10 })
  )[0];
  const r = train(spec);
  return {
    arch,
    spec,
    history: r.history,
    status: 'done',
    solvedAt: r.solvedAt,
    divergedAt: null,
    seconds: r.seconds,
    error: '',
    connectivity: null
  };
};

describe('training figures', () => {
  const runs = [runFor('rnn'), runFor('lstm')];

  it('curves per run, in log10 for the loss and the norm, with the baseline and the threshold', () => {
    expect(iterationsOf(runs)).toEqual([0, 10, 20]);
    const loss = lossCurves(runs, 1 / 24);
    expect(loss.map((c) => c.id)).toEqual(['rnn-loss', 'lstm-loss', 'baseline-theory']);
    expect(loss[1].values[2]).toBe(Math.log10(runs[1].history[2].evalLoss));
    expect(loss[2].values[0]).toBeCloseTo(Math.log10(1 / 24), 15);
    expect(accuracyCurves(runs)[0].values[1]).toBe(runs[0].history[1].evalAccuracy);
    expect(gradNormCurves(runs, 1).at(-1)!.values[0]).toBe(0);
    expect(gradNormCurves(runs, 0).map((c) => c.id)).toEqual(['rnn-grad', 'lstm-grad']);
  });

  it('the gradient norm has every iteration, the clipped ones marked and counted, and the CSV agrees', () => {
    const norms = runs[0].history.flatMap((e) => e.normsLog10);
    expect(norms).toHaveLength(21);
    const sorted = [...norms].sort((a, b) => a - b);
    const clip = 10 ** sorted[17]; // a threshold three iterations cross: few enough to dot
    const [rnn] = gradNormCurves(runs, clip);
    expect(Array.from(rnn.values)).toEqual(norms);
    const above = norms.flatMap((v, k) => (v > log10(clip) ? [k] : []));
    expect(above).toHaveLength(3);
    expect(rnn.marks).toEqual(above);
    expect(rnn.label).toBe('RNN: 3 of 21 iterations clipped (dots)');
    // most iterations clipped: no dots (they would merge into a band), the count alone
    const [dense] = gradNormCurves(runs, 10 ** sorted[5]);
    expect(dense.marks).toEqual([]);
    expect(dense.label).toBe('RNN: 15 of 21 iterations clipped');
    // a run trained at a threshold: where it logged its own verdict, the figure's agrees
    const spec = runsOf(validateTrainSpec({ ...runs[0].spec, clip: 10 ** sorted[10] }))[0];
    for (const e of train(spec).history) expect(e.normsLog10.at(-1)! > log10(spec.clip)).toBe(e.clipped);
    const rows = csvParse(gradNormCsv([{ ...runs[0], spec: { ...runs[0].spec, clip } }]));
    expect(rows).toHaveLength(21);
    expect(rows.filter((row) => row.rnn_clipped === 'true').map((row) => Number(row.iteration))).toEqual(above);
    expect(Number(rows[7].rnn_gradNormLog10)).toBe(norms[7]);
    expect(gradNormCurves(runs, 0)[0].marks).toBeUndefined(); // no clipping, no dots
  });

  it('success against length: one series per architecture, the RNN split by clipping, read from the runs', () => {
    const at = (arch: 'rnn' | 'lstm', steps: number, clip: number, solved: boolean): TrainingRun => ({
      ...runs[0],
      arch,
      spec: { ...runs[0].spec, arch, steps, clip },
      history: [{ ...runs[0].history[0], evalAccuracy: solved ? 0.97 : 0.2 }],
      status: 'done'
    });
    const sweep = [
      at('rnn', 8, 1, true),
      at('rnn', 8, 1, false),
      at('rnn', 8, 0, false),
      at('rnn', 20, 0, false),
      at('lstm', 8, 1, true),
      { ...at('lstm', 20, 1, true), status: 'running' as const } // not finished: not counted
    ];
    const curves = successCurves(sweep, [8, 20]);
    expect(curves.map((c) => [c.id, c.label, c.dash])).toEqual([
      ['rnn-clip-success', 'RNN, clipped at 1', undefined],
      ['rnn-free-success', 'RNN, no clipping', '6 4'],
      ['lstm-success', 'LSTM', undefined]
    ]);
    expect(Array.from(curves[0].values)).toEqual([0.5, NaN]);
    expect(Array.from(curves[1].values)).toEqual([0, 0]);
    expect(Array.from(curves[2].values)).toEqual([1, NaN]);
    expect(successCaption(sweep, [8, 20], 100)).toBe(
      'Solved (95% accuracy) within 100 iterations: RNN, clipped at 1 1/2 at T = 8; ' +
        'RNN, no clipping 0/1 at T = 8, 0/1 at T = 20; LSTM 1/1 at T = 8. 5 of 6 runs done.'
    );
    // with one RNN variant only, the legend says just RNN
    expect(successCurves([at('rnn', 8, 1, true)], [8])[0].label).toBe('RNN');
  });

  it("the flow marks its rows' marked inputs and the caption reads the gradient that reaches the farthest", () => {
    const lstm = runs[1];
    const points = flowPoints(lstm);
    expect(points).toHaveLength(lstm.history.length * 2); // two marks a sequence in the adding problem
    lstm.history.forEach((e, row) => {
      expect(points.filter((p) => p.row === row).map((p) => p.col)).toEqual(e.flowMarks);
      e.flowMarks.forEach((k) => expect(k).toBeLessThan(e.flowLog10.length));
    });
    const last = lstm.history.at(-1)!;
    const k = Math.max(...last.flowMarks);
    const caption = flowCaption([lstm]);
    expect(caption).toContain(`LSTM ${ratioFromLog10(last.flowLog10[k] - last.flowLog10[0])} (k = ${k})`);
    expect(caption).toContain('(up to 20)');
  });

  it('the flow matrix is relative to the loss step, NaN where a sequence is shorter', () => {
    const { matrix, rows, cols } = flowMatrix(runs[1]);
    expect(rows).toBe(3);
    const e = runs[1].history[1];
    expect(matrix[cols]).toBe(0);
    expect(matrix[cols + 3]).toBe(e.flowLog10[3] - e.flowLog10[0]);
    for (let k = e.flowLog10.length; k < cols; k++) expect(matrix[cols + k]).toBeNaN();
  });

  it('the status line and the CSVs carry the same numbers', () => {
    expect(runStatus(runs[1])).toMatch(/^LSTM: done, 20 iterations in \d+\.\d s; evaluation loss .*, accuracy .*%; /);
    expect(runStatus({ ...runs[0], status: 'waiting', history: [] })).toBe('RNN: waiting for a free core');
    const rows = csvParse(trainingCsv(runs));
    expect(rows.map((r) => r.iteration)).toEqual(['0', '10', '20']);
    expect(Number(rows[2].lstm_evalLoss)).toBe(runs[1].history[2].evalLoss);
    expect(rows[0].rnn_clipped).toBe(String(runs[0].history[0].clipped));
    const flow = csvParse(flowCsv(runs));
    expect(flow).toHaveLength(6);
    expect(Number(flow[4].k2_log10)).toBe(runs[1].history[1].flowLog10[2]);
  });
});
