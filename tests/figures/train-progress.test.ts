// A run's progress: the time left is the measured rate times the iterations left, pauses excluded.
import { describe, expect, it } from 'vitest';
import { progressText, secondsLeft } from '../../src/lib/figures/train-progress';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import type { TrainingRun } from '../../src/lib/model/training-run';

const spec = runsOf(validateTrainSpec({ arch: 'lstm', steps: 1000, iterations: 1500, evalEvery: 50, hidden: 4 }))[0];
const run = (fields: Partial<TrainingRun>): TrainingRun => ({
  arch: 'lstm',
  spec,
  history: [],
  status: 'running',
  solvedAt: null,
  divergedAt: null,
  seconds: 0,
  error: '',
  connectivity: null,
  ...fields
});

describe('training progress', () => {
  it('the time left is the measured rate: 120 iterations in 15 s leave 1381 at 0.125 s each', () => {
    const r = run({ progress: { iteration: 120, activeSeconds: 15 } });
    expect(secondsLeft(r)).toBeCloseTo((1501 - 120) * (15 / 120), 12);
    expect(progressText(r)).toBe('running, iteration 120 of 1500 (8%), 15 s of training, about 2 min 53 s left');
  });

  it('a rate twice as fast halves the time left; a finished count leaves none', () => {
    const slow = secondsLeft(run({ progress: { iteration: 100, activeSeconds: 20 } }))!;
    const fast = secondsLeft(run({ progress: { iteration: 100, activeSeconds: 10 } }))!;
    expect(slow / fast).toBeCloseTo(2, 12);
    expect(secondsLeft(run({ progress: { iteration: 1501, activeSeconds: 60 } }))).toBe(0);
    // every iteration done, the worker computing the maps and gates (seconds at T = 1000)
    expect(progressText(run({ progress: { iteration: 1501, activeSeconds: 60 } }))).toBe(
      'running, iteration 1500 of 1500 (100%), 1 min of training, computing the figures of the trained network'
    );
  });

  it('before any timing it says it is measuring, never a guess; paused says so with what is left', () => {
    expect(secondsLeft(run({}))).toBeNull();
    expect(progressText(run({}))).toBe('running, iteration 0 of 1500 (0%), measuring the rate');
    expect(secondsLeft(run({ progress: { iteration: 0, activeSeconds: 0.5 } }))).toBeNull();
    const paused = run({ status: 'paused', progress: { iteration: 750, activeSeconds: 90 } });
    expect(progressText(paused)).toBe(
      'paused at iteration 750 of 1500 (50%), 1 min 30 s of training; 1 min 30 s left once resumed'
    );
    expect(progressText(paused)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
