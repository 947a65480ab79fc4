// The Training view's data: curves, the flow matrix, the status line and the CSVs, from real runs.
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { finishedRun } from '../helpers/training-run';
import { flowCsv, gradNormCsv, trainingCsv } from '../../src/lib/export/data-export';
import { flowCaption, flowMatrix, flowPoints } from '../../src/lib/figures/training-flow';
import {
  accuracyCurves,
  gradNormCurves,
  iterationsOf,
  lossCurves,
  mapsMissingNote,
  radiusText,
  runSettings,
  runStatus
} from '../../src/lib/figures/training-figures';
import { log10 } from '../../src/lib/sim/det-math';
import { besideOne, ratioFromLog10 } from '../../src/lib/figures/format';
import { ARCH_LABELS } from '../../src/lib/model/lab-state';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import type { TrainingRun } from '../../src/lib/model/training-run';

const runFor = (arch: 'rnn' | 'lstm'): TrainingRun => finishedRun(arch);

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
    // the lengths drawn: at T = 8 the adding problem's [T, T + floor(T/10)] is exactly 8
    expect(last.flowLog10.length - 1).toBe(8);
    expect(caption.startsWith("Task length T = 8: sequences of exactly 8 steps (the last row's has 8). Dots:")).toBe(
      true
    );
    // at T = 200 (the issue's "step 9 of 220"): a row of 214 steps, k = 0..214
    const long = { ...lstm, spec: { ...lstm.spec, steps: 200 } };
    long.history = [...lstm.history.slice(0, -1), { ...last, flowLog10: new Float64Array(215) }];
    expect(flowCaption([long])).toMatch(
      /^Task length T = 200: sequences of 200 to 220 steps \(the last row's has 214\)/
    );
    const latch = { ...long, spec: { ...long.spec, task: 'latch' as const } };
    expect(flowCaption([latch])).toMatch(/^Task length T = 200: sequences of exactly 200 steps/);
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

  it("the spectral radius of the run's controlled matrix, first and last, on its side of 1", () => {
    const [rnn, lstm] = runs;
    const [a, b] = [lstm.history[0].spectralRadius!, lstm.history.at(-1)!.spectralRadius!];
    expect(Number.isFinite(a) && Number.isFinite(b)).toBe(true);
    expect(radiusText(lstm)).toBe(`ρ(W_f) ${besideOne(a, 2, 1e-12)} → ${besideOne(b, 2, 1e-12)}`);
    expect(radiusText(rnn)).toMatch(/^ρ\(W\) \d\.\d\d+ → \d\.\d\d+$/);
    expect(runStatus(lstm).endsWith(`; ${radiusText(lstm)}`)).toBe(true);
    // no recurrent matrix (attention, the window: null in the history), a non-finite one, one entry
    const none = { ...rnn, history: rnn.history.map((e) => ({ ...e, spectralRadius: null })) };
    expect(radiusText(none)).toBe('no recurrent matrix');
    expect(runStatus(none)).not.toMatch(/NaN|null|undefined/);
    const broken = { ...rnn, history: rnn.history.map((e) => ({ ...e, spectralRadius: Number.NaN })) };
    expect(radiusText(broken)).toBe('ρ(W) not finite');
    const huge = { ...rnn, history: [{ ...rnn.history[0], spectralRadius: 2.5e6 }] };
    expect(radiusText(huge)).toBe(`ρ(W) ${ratioFromLog10(Math.log10(2.5e6))}`);
    // just above 1 stays above 1 on screen
    const edge = { ...rnn, history: [{ ...rnn.history[0], spectralRadius: 1.0004 }] };
    expect(radiusText(edge)).toBe('ρ(W) 1.0004');
  });

  it("the note under Start names each model's own settings, and only those of the models on screen", () => {
    const lstm = runs[1].spec;
    expect(runSettings([lstm])).toBe(
      'On screen: 4 units; LSTM at radius 1, forget bias 1; adding at T = 8; Adam at rate 0.01, clip 1, ' +
        'batches of 4. Restart trains the settings above.'
    );
    // chrono init: the constant bias did not apply to the LSTM, and the note says what did
    expect(runSettings([{ ...lstm, forgetInit: 'chrono', chronoMax: 500 }])).toContain(
      'forget bias 1 (overridden: chrono init up to 500 steps);'
    );
    expect(runSettings([{ ...lstm, forgetInit: 'chrono' }])).toContain('chrono init up to 8 steps');
  });

  // until attention's module is in the registry it is the RNN's placeholder, with no label of its own
  it('a model without a recurrent state says why it has no map; the note under Start gives its own settings', () => {
    expect(mapsMissingNote(runs)).toBe(''); // RNN and LSTM: their maps
    const attention: TrainingRun = { ...runs[0], arch: 'attention', spec: { ...runs[0].spec, arch: 'attention' } };
    const window: TrainingRun = { ...runs[0], arch: 'window', spec: { ...runs[0].spec, arch: 'window' } };
    const [a, w] = [ARCH_LABELS.attention, ARCH_LABELS.window];
    expect(mapsMissingNote([runs[1], attention, window])).toBe(
      `No map for ${a} and ${w}: there is no recurrent state h_t, so no ‖∂h_t/∂x_s‖ (${a} reads ` +
        `every input in one attention step; ${w} reads only its last N inputs, through one layer).`
    );
    expect(mapsMissingNote([{ ...attention, status: 'running' }])).toBe(''); // not finished: nothing to say yet
    // the note under Start: each kind of model with its own settings
    const [lstm, att] = [runs[1].spec, { ...attention.spec, heads: 2, positionScale: 0.5 }];
    expect(runSettings([runs[0].spec, lstm, att, window.spec])).toContain(
      `4 units; RNN and LSTM at radius 1, forget bias 1; ${a} with 2 heads, position scale 0.5; ${w} of 16 inputs; `
    );
    expect(runSettings([attention.spec])).toContain(`4 units; ${a} with 1 head, position scale 1; adding`);
  });
});
