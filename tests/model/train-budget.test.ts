// The page's bound on a training run: the engine's forecast decides, the message names the field
// and the most iterations that fit, and the lengths the page states are the task's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, trainSpecFor, type LabState } from '../../src/lib/model/lab-state';
import {
  durationText,
  forecastText,
  lengthsText,
  PAGE_TRAIN_MAX_SECONDS,
  trainBudgetProblem,
  trainForecasts
} from '../../src/lib/model/train-budget';
import { trainSeconds, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

const at = (fields: Partial<LabState>): LabState => ({ ...DEFAULT_STATE, view: 'training', hidden: 16, ...fields });

describe('the training budget', () => {
  it('durations read as a person says them', () => {
    expect([0, 0.4, 1, 59.4, 60, 160, 3599, 3600, 3900, 7200].map(durationText)).toEqual([
      'under 1 s',
      'under 1 s',
      '1 s',
      '59 s',
      '1 min',
      '2 min 40 s',
      '59 min 59 s',
      '1 h',
      '1 h 5 min',
      '2 h'
    ]);
  });

  it('each forecast is the engine trainSeconds of the spec Start sends', () => {
    const state = at({ trainSteps: 1000, trainIterations: 1500 });
    const [rnn, lstm] = trainForecasts(state, ['rnn', 'lstm']);
    const direct = trainSeconds(validateTrainSpec(trainSpecFor(state, 'lstm')));
    expect(lstm.seconds).toBe(direct.training + direct.evaluation);
    expect(rnn.seconds).toBeLessThan(lstm.seconds); // one gate block against four
    expect(forecastText([rnn, lstm])).toMatch(
      /^Forecast with these settings: RNN about .+, LSTM about \d+ min( \d+ s)? a run/
    );
  });

  it('T = 1000 trains within the bound at the default budget; a run over it is refused, naming what fits', () => {
    expect(trainBudgetProblem(at({ trainSteps: 1000, trainIterations: 1500 }), ['rnn', 'lstm', 'gru'])).toBe('');
    const heavy = at({ trainSteps: 1000, trainIterations: 20000 });
    const problem = trainBudgetProblem(heavy, ['rnn', 'lstm']);
    const m = problem.match(/^Iterations: must be at most (\d+) at task length T = 1000 with 16 units: the LSTM run /);
    expect(m, problem).not.toBeNull();
    // the iterations named fit, and a hundred more would not (training is linear in iterations)
    const fit = Number(m![1]);
    expect(trainForecasts(at({ ...heavy, trainIterations: fit }), ['lstm'])[0].seconds).toBeLessThanOrEqual(
      PAGE_TRAIN_MAX_SECONDS
    );
    expect(trainForecasts(at({ ...heavy, trainIterations: fit + 100 }), ['lstm'])[0].seconds).toBeGreaterThan(
      PAGE_TRAIN_MAX_SECONDS
    );
    expect(problem).toContain("over the page's bound of 20 min a run");
    // the RNN alone fits the same budget
    expect(trainBudgetProblem(at({ trainSteps: 1000, trainIterations: 5000 }), ['rnn'])).toBe('');
    // the widest network the page trains: a few hundred iterations at T = 1000
    const wide = trainBudgetProblem(at({ trainSteps: 1000, hidden: 128, trainIterations: 2000 }), ['lstm']);
    expect(Number(wide.match(/at most (\d+) at task length T = 1000 with 128 units/)![1])).toBeLessThan(1000);
  });

  it('states the lengths the task draws', () => {
    expect(lengthsText('adding', 200)).toBe('sequences of 200 to 220 steps');
    expect(lengthsText('adding', 1000)).toBe('sequences of 1000 to 1100 steps');
    expect(lengthsText('latch', 200)).toBe('sequences of exactly 200 steps');
  });
});
