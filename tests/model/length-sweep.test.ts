import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, lengthSweepSpecs, type LabState } from '../../src/lib/model/lab-state';
import { durationText } from '../../src/lib/model/train-budget';
import {
  readSweepSteps,
  runSpeed,
  scheduledSeconds,
  SWEEP_MAX_SECONDS,
  sweepCostText,
  sweepPlan
} from '../../src/lib/model/length-sweep';
import { queryToState, stateToQuery } from '../../src/lib/model/url-state';
import { runsOf, trainSeconds, validateTrainSpec } from '../../src/lib/sim/train/train-spec';

const RULE =
  'sweepSteps: must be 1 to 8 lengths, each an integer from 8 to 1000, separated by commas (for example 20,100,500)';

describe('the lengths typed or linked', () => {
  it('reads a list in any order, with spaces and repeats, as distinct ascending lengths', () => {
    expect(readSweepSteps('20,100,500')).toEqual({ ok: true, value: [20, 100, 500] });
    expect(readSweepSteps(' 500, 20  20,8 ')).toEqual({ ok: true, value: [8, 20, 500] });
    expect(readSweepSteps('1000')).toEqual({ ok: true, value: [1000] });
    // eight distinct lengths are the most; repeats do not count
    expect(readSweepSteps('8,9,10,11,12,13,14,15,15,8').ok).toBe(true);
  });

  it('refuses a bad list with the field, the rule, the text and what is wrong', () => {
    expect(readSweepSteps('20,abc')).toEqual({ ok: false, problem: `${RULE}, got "20,abc": "abc" is not a number` });
    expect(readSweepSteps('')).toEqual({ ok: false, problem: `${RULE}, got "": no length was given` });
    expect(readSweepSteps('7,20')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/: 7 is outside 8 to 1000$/)
    });
    expect(readSweepSteps('20,1001').ok).toBe(false);
    expect(readSweepSteps('-20').ok).toBe(false);
    expect(readSweepSteps('12.5')).toMatchObject({ problem: expect.stringMatching(/12\.5 is not an integer$/) });
    expect(readSweepSteps('8,9,10,11,12,13,14,15,16')).toMatchObject({
      problem: expect.stringMatching(/: 9 different lengths were given$/)
    });
    expect(readSweepSteps('x', 'Lengths T')).toMatchObject({ problem: expect.stringMatching(/^Lengths T: must be/) });
  });
});

describe('the sweep in the URL', () => {
  it('round-trips the lengths and seeds, written as a person writes them', () => {
    const state: LabState = { ...DEFAULT_STATE, view: 'training', sweepSteps: [20, 100, 500], sweepSeeds: 2 };
    const query = stateToQuery(state);
    expect(query).toContain('sweepSteps=20,100,500&sweepSeeds=2');
    expect(queryToState(query)).toEqual({ state, notices: [], extra: {} });
    // off the training view, only when changed from the defaults
    expect(stateToQuery(DEFAULT_STATE)).not.toContain('sweep');
    expect(stateToQuery({ ...DEFAULT_STATE, sweepSeeds: 5 })).toContain('sweepSteps=8,12,20,40&sweepSeeds=5');
  });

  it('a bad value names the field and range and keeps the previous one', () => {
    const read = queryToState('?sweepSteps=20,0,500&sweepSeeds=50');
    expect(read.state.sweepSteps).toEqual(DEFAULT_STATE.sweepSteps);
    expect(read.notices).toEqual([
      `${RULE}, got "20,0,500": 0 is outside 8 to 1000; kept 8,12,20,40`,
      'sweepSeeds: must be an integer from 1 to 10; 50 was set to 10'
    ]);
    expect(read.state.sweepSeeds).toBe(10);
    expect(queryToState('?sweepSeeds=two').notices).toEqual([
      'sweepSeeds: must be an integer from 1 to 10; "two" is not a number, kept 3'
    ]);
  });
});

describe('the forecast', () => {
  it('lays runs out on the cores in order, each on the first to come free', () => {
    expect(scheduledSeconds([3, 3, 3], 2)).toBe(6);
    expect(scheduledSeconds([5, 1, 1, 1], 2)).toBe(5);
    expect(scheduledSeconds([1, 1, 5], 2)).toBe(6);
    expect(scheduledSeconds([2, 4, 1], 1)).toBe(7);
    expect(scheduledSeconds([2, 4, 1], 8)).toBe(4);
  });

  it("sums the engine's forecast over every run of the sweep, each spec costed on its own", () => {
    const state = { ...DEFAULT_STATE, sweepSteps: [20, 100, 500], sweepSeeds: 2, trainIterations: 300 };
    const plan = sweepPlan(state, ['rnn', 'lstm'], 1);
    const each = lengthSweepSpecs(state, ['rnn', 'lstm']).map((s) => {
      const { training, evaluation } = trainSeconds(validateTrainSpec(s));
      return training + evaluation;
    });
    expect(plan.specs).toHaveLength(18); // RNN twice (both clippings) and the LSTM, 3 lengths, 2 seeds
    expect(plan.problem).toBe('');
    expect(plan.cpuSeconds).toBeCloseTo(
      each.reduce((a, b) => a + b),
      9
    );
    expect(plan.wallSeconds).toBeCloseTo(plan.cpuSeconds, 9); // one core: one after another
    const two = sweepPlan(state, ['rnn', 'lstm'], 2);
    expect(two.wallSeconds).toBeLessThan(plan.cpuSeconds);
    expect(two.wallSeconds).toBeGreaterThanOrEqual(plan.cpuSeconds / 2);
    expect(sweepCostText(two, 300)).toBe(
      `18 runs of 300 iterations, about ${durationText(two.wallSeconds)} on this machine (2 cores)`
    );
    // the specs train one run each
    for (const s of plan.specs) expect(runsOf(validateTrainSpec(s))).toHaveLength(1);
  });

  it('refuses beyond the page bound, naming the forecast and where long sweeps belong', () => {
    const state = { ...DEFAULT_STATE, sweepSteps: [500, 1000], sweepSeeds: 10, trainIterations: 3000 };
    const plan = sweepPlan(state, ['rnn', 'lstm'], 2);
    expect(plan.wallSeconds).toBeGreaterThan(SWEEP_MAX_SECONDS);
    expect(plan.problem).toMatch(
      /^Length sweep: 60 runs would take about \d+ h( \d+ min)? on 2 cores, over the page's /
    );
    expect(plan.problem).toMatch(/bound of 1 h: .*npm run --silent train -- SWEEP\.json > sweep\.json/);
    // the smallest sweep is well within it
    expect(sweepPlan({ ...DEFAULT_STATE, sweepSteps: [8], sweepSeeds: 1 }, ['lstm'], 2).problem).toBe('');
  });

  it('a run the trainer refuses refuses the sweep, naming the field, with no forecast', () => {
    // one run at T = 1000 for 20000 iterations is forecast at almost two hours: the trainer's bound is one
    const plan = sweepPlan({ ...DEFAULT_STATE, sweepSteps: [20, 1000], trainIterations: 20000 }, ['lstm'], 2);
    expect(plan.problem).toMatch(/^Cannot run the sweep with these settings: iterations: must keep the forecast time/);
    expect(plan.wallSeconds).toBeNaN();
    expect(sweepCostText(plan, 20000)).toBe('6 runs of 20000 iterations');
  });
});

describe("this machine's speed", () => {
  const spec = runsOf(validateTrainSpec({ arch: 'lstm', hidden: 16, steps: 100, iterations: 1000 }))[0];
  const forecast = trainSeconds(spec).training + trainSeconds(spec).evaluation;

  it('is measured seconds over forecast seconds of the finished runs, 1 before any has timed it', () => {
    expect(runSpeed([])).toBe(1);
    expect(runSpeed([{ status: 'running', seconds: 0, spec }])).toBe(1);
    expect(runSpeed([{ status: 'done', seconds: 0.5, spec }])).toBe(1); // too short to time
    const runs = [
      { status: 'done', seconds: forecast * 2, spec },
      { status: 'done', seconds: forecast * 4, spec },
      { status: 'error', seconds: 100, spec }
    ];
    expect(runSpeed(runs)).toBeCloseTo(3, 9);
  });

  it('scales the forecast of every run, and so the bound', () => {
    const state = { ...DEFAULT_STATE, sweepSteps: [20, 100], sweepSeeds: 2 };
    const plain = sweepPlan(state, ['lstm'], 2);
    const slow = sweepPlan(state, ['lstm'], 2, 3);
    expect(slow.cpuSeconds).toBeCloseTo(3 * plain.cpuSeconds, 9);
    expect(slow.wallSeconds).toBeCloseTo(3 * plain.wallSeconds, 9);
    const bound = SWEEP_MAX_SECONDS / plain.wallSeconds;
    expect(sweepPlan(state, ['lstm'], 2, bound * 0.99).problem).toBe('');
    expect(sweepPlan(state, ['lstm'], 2, bound * 1.01).problem).toMatch(
      /^Length sweep: 4 runs would take about 1 h( 1 min)?,? /
    );
  });
});
