// The training command line: one JSON object out, the same history as the engine for the same
// spec, a sweep as one result per run, and a bad spec as one line naming the field.
import { describe, expect, it } from 'vitest';
import { resultToJSON } from '../../src/lib/sim/index';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { runCli } from './fresh-cli';

// the bundle `npm run train` runs, built from the source as it is (fresh-cli.ts)
const run = (input: string) => runCli('train', ['-'], input);
const spec = { arch: 'gru', hidden: 4, steps: 8, batch: 4, iterations: 12, evalEvery: 5, evalSize: 10 };
const withoutTime = (r: { seconds: number }) => ({ ...r, seconds: 0 });

describe('train CLI', () => {
  it('prints the result the engine gives for the spec', () => {
    const r = run(JSON.stringify(spec));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const { theta, history, ...result } = train(runsOf(validateTrainSpec(spec))[0]);
    // the CLI prints no per-iteration norms (the page's clipping dots): the entries' gradNormLog10 remain
    const expected = JSON.parse(resultToJSON({ ...result, history: history.map(({ normsLog10: _n, ...e }) => e) }));
    expect(out.history[1].normsLog10).toBeUndefined();
    expect(out.history[1].gradNormLog10).toBe(history[1].gradNormLog10);
    expect(withoutTime(out)).toEqual(withoutTime(expected));
    expect(out.theta).toBeUndefined(); // the final parameters stay in the page (connectivity maps)
    expect(theta.length).toBeGreaterThan(0);
    expect(out.history.map((e: { iteration: number }) => e.iteration)).toEqual([0, 5, 10, 12]);
  });

  it('a list of steps and a number of seeds: one result per length and seed', () => {
    const r = run(JSON.stringify({ ...spec, steps: [8, 10], seeds: 2 }));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.runs.map((x: { spec: { steps: number; seed: number } }) => [x.spec.steps, x.spec.seed])).toEqual([
      [8, 1],
      [8, 2],
      [10, 1],
      [10, 2]
    ]);
  });

  it('a bad spec exits 2 with one line naming the field, the range and the value', () => {
    const r = run('{"clip": -1}');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('clip: must be a number from 0 to 1000000, got -1\n');
  });
});
