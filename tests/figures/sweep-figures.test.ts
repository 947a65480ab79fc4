// The length sweep's chart and caption, from runs marked solved or not (a finished real run's
// history, its accuracy set either side of the 95% the trainer calls solved).
import { csvParse } from 'd3';
import { describe, expect, it } from 'vitest';
import { finishedRun } from '../helpers/training-run';
import {
  coinciding,
  RNN_VARIANT_COLOR,
  successCaption,
  successCounts,
  successCurves,
  SWEEP_STYLES,
  sweepFileNote,
  sweepSettingsText,
  sweepStaleNote
} from '../../src/lib/figures/sweep-figures';
import { DEFAULT_STATE, lengthSweepSpecs, type LabState } from '../../src/lib/model/lab-state';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { ARCH_COLORS } from '../../src/lib/figures/figure-data';
import { sweepCsv } from '../../src/lib/export/sweep-export';
import { SOLVED } from '../../src/lib/sim/train/train';
import type { TrainingRun } from '../../src/lib/model/training-run';
import type { Arch } from '../../src/lib/sim/spec';

const base = finishedRun('rnn');
const at = (arch: Arch, steps: number, clip: number, solved: boolean): TrainingRun => ({
  ...base,
  arch,
  spec: { ...base.spec, arch, steps, clip },
  history: [{ ...base.history[0], evalAccuracy: solved ? SOLVED : SOLVED - 0.01 }],
  status: 'done'
});

describe('success against length', () => {
  const sweep = [
    at('rnn', 8, 1, true),
    at('rnn', 8, 1, false),
    at('rnn', 8, 0, false),
    at('rnn', 20, 0, false),
    at('lstm', 8, 1, true),
    { ...at('lstm', 20, 1, true), status: 'running' as const } // not finished: not counted
  ];

  it('one series per architecture, the RNN split by clipping, read from the runs', () => {
    const curves = successCurves(sweep, [8, 20]);
    expect(curves.map((c) => [c.id, c.label, c.color])).toEqual([
      ['rnn-clip-success', 'RNN, clipped at 1', ARCH_COLORS.rnn],
      ['rnn-free-success', 'RNN, no clipping', RNN_VARIANT_COLOR],
      ['lstm-success', 'LSTM', ARCH_COLORS.lstm]
    ]);
    expect(Array.from(curves[0].values)).toEqual([0.5, NaN]);
    expect(Array.from(curves[1].values)).toEqual([0, 0]);
    expect(Array.from(curves[2].values)).toEqual([1, NaN]);
    expect(curves.map((c) => c.marks)).toEqual([[0], [0, 1], [0]]); // a dot where a length has finished runs
    // with one RNN variant only, the legend says just RNN, in the RNN's colour
    const one = successCurves([at('rnn', 8, 0, true)], [8])[0];
    expect([one.label, one.color]).toEqual(['RNN', ARCH_COLORS.rnn]);
  });

  it('counts read "1 of 2", never a fraction', () => {
    const caption = successCaption(sweep, [8, 20], 100);
    expect(caption).toBe(
      'Solved (95% accuracy) within 100 iterations: RNN, clipped at 1: 1 of 2 at T = 8; ' +
        'RNN, no clipping: 0 of 1 at T = 8, 0 of 1 at T = 20; LSTM: 1 of 1 at T = 8. 5 of 6 runs done.'
    );
    expect(caption).not.toMatch(/\d\/\d/);
    expect(successCaption([{ ...at('gru', 8, 1, true), status: 'waiting' }], [8], 100)).toBe(
      'Solved (95% accuracy) within 100 iterations: GRU: none finished yet. 0 of 1 runs done.'
    );
  });

  it('series that coincide stay visible: each narrower than the one beneath, its own dash; the caption says so', () => {
    // every RNN fails at every length, clipped or not; the GRU fails too; the LSTM solves all
    const lengths = [20, 100, 500];
    const runs = lengths.flatMap((T) =>
      [0, 1, 2].flatMap(() => [
        at('rnn', T, 1, false),
        at('rnn', T, 0, false),
        at('lstm', T, 1, true),
        at('gru', T, 1, false)
      ])
    );
    const curves = successCurves(runs, lengths);
    expect(curves.map((c) => c.label)).toEqual(['RNN, clipped at 1', 'RNN, no clipping', 'LSTM', 'GRU']);
    for (let i = 1; i < curves.length; i++) {
      expect(curves[i].width).toBeLessThan(curves[i - 1].width!); // drawn later, narrower: the earlier shows around it
      expect(curves[i].dash).not.toBe(curves[i - 1].dash);
    }
    expect(new Set(curves.map((c) => c.color)).size).toBe(4); // the two RNNs differ in colour too
    expect(coinciding(curves)).toEqual([
      { labels: ['RNN, clipped at 1', 'RNN, no clipping', 'GRU'], everyLength: true }
    ]);
    const caption = successCaption(runs, lengths, 300);
    expect(caption).toContain('RNN, clipped at 1: 0 of 3 at T = 20, 0 of 3 at T = 100, 0 of 3 at T = 500');
    expect(caption).toContain(
      'RNN, clipped at 1, RNN, no clipping and GRU coincide at every length (each drawn narrower over the one before).'
    );
    expect(caption).toMatch(/36 of 36 runs done\.$/);
    // with lengths still running, the caption says "so far"; every style is defined for five series
    expect(
      successCaption([...runs, { ...at('rnn', 1000, 1, false), status: 'running' }], [...lengths, 1000], 300)
    ).toContain('coincide at every length finished so far');
    expect(SWEEP_STYLES.length).toBeGreaterThanOrEqual(5);
  });

  it('the CSV holds every length and series: finished, solved and their fraction', () => {
    const rows = csvParse(sweepCsv(sweep, [8, 20]));
    expect(rows.columns).toEqual([
      'T',
      'rnn_clip_finished',
      'rnn_clip_solved',
      'rnn_clip_fraction',
      'rnn_free_finished',
      'rnn_free_solved',
      'rnn_free_fraction',
      'lstm_finished',
      'lstm_solved',
      'lstm_fraction'
    ]);
    expect(rows.map((r) => [r.T, r.rnn_clip_finished, r.rnn_clip_solved, r.rnn_clip_fraction])).toEqual([
      ['8', '2', '1', '0.5'],
      ['20', '0', '0', '']
    ]);
    expect(rows[1].lstm_finished).toBe('0'); // the running LSTM is not counted
    const counts = successCounts(sweep, [8, 20]);
    expect(counts.map((c) => c.finished)).toEqual([
      [2, 0],
      [1, 1],
      [1, 0]
    ]);
  });
});

describe('whose runs the chart shows', () => {
  it("a file's runs: its name and settings, and that they are not the controls'", () => {
    const runs = [8, 12].flatMap((T) => [at('lstm', T, 1, true), at('lstm', T, 1, false)]);
    const spec = runs[0].spec;
    const note = sweepFileNote('sweep.json', { spec: { ...spec, steps: [8, 12], seeds: 2 }, runs, lengths: [8, 12] });
    expect(note).toBe(
      `Showing the file sweep.json: 4 runs trained by the command line (LSTM, ${spec.hidden} units, forget bias 1, ` +
        `adding at T = 8, 12, 2 seeds each, ${spec.iterations} iterations, Adam at rate ${spec.learningRate}, ` +
        `clip 1, batches of ${spec.batch}), not the controls below.`
    );
    expect(sweepSettingsText([{ ...spec, optimizer: 'sgd', momentum: 0.9, clip: 0 }])).toContain(
      'SGD (momentum 0.9) at rate'
    );
  });

  it("the page's runs: silent while the controls agree, a note once any setting they train moved", () => {
    const lab: LabState = { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], sweepSteps: [8, 20], sweepSeeds: 2 };
    // the runs the page starts for these controls (state/length-sweep: validated like the trainer)
    const runsFor = (state: LabState): TrainingRun[] =>
      lengthSweepSpecs(state, state.compare).map((input) => {
        const spec = runsOf(validateTrainSpec(input))[0];
        return { ...base, arch: spec.arch, spec };
      });
    const runs = runsFor(lab);
    expect(sweepStaleNote([], lab)).toBe('');
    expect(sweepStaleNote(runs, lab)).toBe('');
    expect(sweepStaleNote(runs, { ...lab, decades: 20, view: 'gradients' })).toBe(''); // nothing trained moved
    for (const moved of [
      { sweepSteps: [8, 20, 100] },
      { sweepSeeds: 3 },
      { trainIterations: lab.trainIterations + 1 },
      { hidden: 16 },
      { trainRate: 0.5 },
      { trainTask: 'latch' as const },
      { compare: ['rnn', 'gru'] as Arch[] }, // as many models, another one
      { trainClip: 0 }, // the RNN trains at both clips, the LSTM at the view's
      { forgetBias: 5 },
      { forgetInit: 'chrono' as const },
      { radius: 1.1 }
    ]) {
      const note = sweepStaleNote(runs, { ...lab, ...moved });
      expect(note, JSON.stringify(moved)).toMatch(
        /^This chart shows the sweep started earlier \(RNN and LSTM, 32 units, forget bias 1, adding at T = 8, 20, /
      );
      expect(note).toMatch(/the controls have changed since: run the length sweep again to train them\.$/);
    }
    // a sweep the trainer would refuse is not the one on screen either
    expect(sweepStaleNote(runs, { ...lab, trainTask: 'latch', latchPulse: 50, sweepSteps: [8, 20] })).not.toBe('');
  });
});
