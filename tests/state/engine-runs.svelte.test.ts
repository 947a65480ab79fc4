// The reactive layer between the settings and the figures: where the engine runs, which run is
// on screen and which settings it belongs to. The worker is a stand-in that answers when told.
import { flushSync } from 'svelte';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { SpecInput } from '../../src/lib/sim/index';
import { simulateSet } from '../../src/lib/sim/simulate-set';
import { engineRuns, type SimRunner } from '../../src/lib/state/engine-runs.svelte';
import { DEFAULT_STATE, type LabState } from '../../src/lib/model/lab-state';
import type { SimOutcome } from '../../src/lib/worker/sim-client';

// count the main thread's runs, still running the real engine
vi.mock(import('../../src/lib/sim/simulate-set'), async (original) => {
  const actual = await original();
  return { ...actual, simulateSet: vi.fn(actual.simulateSet) };
});
const mainThreadRuns = vi.mocked(simulateSet);

class FakeWorker implements SimRunner {
  asked: { specs: SpecInput[]; answer: (o: SimOutcome) => void }[] = [];
  run(specs: SpecInput[], onresult: (o: SimOutcome) => void) {
    this.asked.push({ specs, answer: onresult });
  }
  terminate() {}
  /** answers request i with the engine's results for a small stand-in of its specs (the test reads which) */
  answer(i: number) {
    const { specs, answer } = this.asked[i];
    const set = simulateSet(specs.map((spec) => ({ ...spec, hidden: 4, steps: 5 })));
    answer({ results: set.results, panels: [], halted: set.halted, error: '' });
  }
}

// a network the page sends to the worker: n = 256 at T = 2000 is forecast at seconds
const LARGE: Partial<LabState> = { hidden: 256, steps: 2000 };

let cleanup = () => {};
afterEach(() => {
  cleanup();
  mainThreadRuns.mockClear();
});

function setup(initial: Partial<LabState> = {}) {
  const worker = new FakeWorker();
  const lab: LabState = $state({ ...DEFAULT_STATE, ...initial });
  let engine!: ReturnType<typeof engineRuns>;
  cleanup = $effect.root(() => {
    engine = engineRuns(lab, worker);
  });
  flushSync();
  return { worker, lab, engine };
}

describe('the main thread', () => {
  test('runs the usual sizes at once and shows them with their settings', () => {
    const { worker, lab, engine } = setup();
    expect(engine.outcome.results.map((r) => r.spec.arch)).toEqual(['rnn', 'lstm']);
    expect(engine.outcome.pending).toBe(false);
    const first = engine.run;
    lab.radius = 0.8;
    flushSync();
    expect(engine.run).toBeGreaterThan(first);
    expect(engine.shownLab.radius).toBe(0.8);
    expect(engine.outcome.results[0].spec.recurrent).toMatchObject({ radius: 0.8 });
    expect(worker.asked).toHaveLength(0);
  });

  test('a new compared set runs its archs, each spec with its own fields, and the figures follow it', () => {
    const { lab, engine } = setup();
    lab.compare = ['rnn', 'gru', 'residual'];
    lab.heads = 4;
    flushSync();
    expect(engine.archs).toEqual(['rnn', 'gru', 'residual']);
    expect(engine.specs.map((s) => s.arch)).toEqual(['rnn', 'gru', 'residual']);
    expect(engine.specs.every((s) => s.heads === undefined && s.window === undefined)).toBe(true);
    expect(engine.shownArchs).toEqual(['rnn', 'gru', 'residual']);
    expect(engine.outcome.results.map((r) => r.spec.arch)).toEqual(['rnn', 'gru', 'residual']);
    lab.compare = ['attention', 'window'];
    flushSync();
    expect(engine.specs.map((s) => [s.arch, s.heads, s.positionScale, s.window])).toEqual([
      ['attention', 4, 1, undefined],
      ['window', undefined, undefined, 16]
    ]);
  });

  test('a view change reruns nothing', () => {
    const { lab, engine } = setup();
    const runs = mainThreadRuns.mock.calls.length;
    lab.view = 'explorer';
    lab.decades = 20;
    flushSync();
    expect(mainThreadRuns.mock.calls.length).toBe(runs);
    expect(engine.shownLab.view).toBe('explorer');
    expect(engine.shownLab.decades).toBe(20);
  });

  test('a formula that overflows shows the steps before it, with the settings that belong to them', () => {
    // x^2 from tanh's neighbourhood: |a| > 1 squares past 1e308 within a few dozen steps
    const { engine } = setup({ activation: 'custom', formula: 'x^2', radius: 2, steps: 200 });
    const { halted, results, error } = engine.outcome;
    expect(error).toBe('');
    expect(halted).not.toBeNull();
    expect(halted!.step).toBeGreaterThan(1);
    expect(halted!.step).toBeLessThan(200);
    expect(halted!.message).toMatch(/x\^2/);
    const shownSteps = halted!.step - 1;
    expect(engine.shownLab.steps).toBe(shownSteps);
    for (const r of results) expect(r.hGradLog10.length).toBe(shownSteps + 1);
  });

  test('a formula undefined at the first step: nothing shown, and the message says why', () => {
    const { engine } = setup({ activation: 'custom', formula: 'log(x - 1e6)' });
    expect(engine.outcome.results).toEqual([]);
    expect(engine.outcome.error).toMatch(/log\(x - 1e6\)/);
  });
});

describe('the worker', () => {
  test('takes a large first run: the main thread computes nothing for it', () => {
    const { worker, engine } = setup(LARGE);
    expect(mainThreadRuns).not.toHaveBeenCalled();
    expect(worker.asked).toHaveLength(1);
    expect(engine.outcome.pending).toBe(true);
    expect(engine.outcome.results).toEqual([]);
  });

  test('its answer is shown with the settings it was asked for, even after the sliders moved on', () => {
    const { worker, lab, engine } = setup(LARGE);
    lab.radius = 1.2; // a second request while the first computes
    flushSync();
    expect(worker.asked).toHaveLength(2);
    worker.answer(0);
    flushSync();
    expect(engine.outcome.results).toHaveLength(2);
    expect(engine.shownLab.radius).toBe(DEFAULT_STATE.radius); // the first request's settings
    expect(engine.outcome.pending).toBe(true); // the second is still under way
    // further slider events while pending leave the figures' settings object alone
    const shown = engine.shownLab;
    lab.radius = 1.3;
    flushSync();
    expect(engine.shownLab).toBe(shown);
    worker.answer(2);
    flushSync();
    expect(engine.shownLab.radius).toBe(1.3);
    expect(engine.outcome.pending).toBe(false);
  });

  test('an answer older than the main-thread run on screen is dropped', () => {
    const { worker, lab, engine } = setup(LARGE);
    lab.hidden = 32;
    lab.steps = 100; // back to a main-thread size: shown at once
    flushSync();
    const run = engine.run;
    expect(engine.shownLab.hidden).toBe(32);
    worker.answer(0);
    flushSync();
    expect(engine.run).toBe(run);
    expect(engine.shownLab.hidden).toBe(32);
  });

  test('a failure says so and keeps the last finished run with its own settings', () => {
    const { worker, lab, engine } = setup(LARGE);
    worker.answer(0);
    flushSync();
    lab.seed = 2;
    flushSync();
    worker.asked[1].answer({ results: null, error: 'the background computation failed (out of memory)' });
    flushSync();
    expect(engine.outcome.error).toMatch(/out of memory/);
    expect(engine.outcome.pending).toBe(false);
    expect(engine.outcome.results).toHaveLength(2);
    expect(engine.shownLab.seed).toBe(DEFAULT_STATE.seed);
  });
});
