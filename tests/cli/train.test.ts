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

  // attention's heads and position scale, the window's length (issue 18): bad values exit 2 with one
  // line naming the field, and a field the arch does not read is refused, never silently ignored
  it.each([
    [
      { arch: 'attention', hidden: 16, heads: 3 },
      'heads: must divide hidden (16) so every head has n / heads units, got 3'
    ],
    [{ arch: 'attention', heads: 9 }, 'heads: must be an integer from 1 to 8, got 9'],
    [{ arch: 'attention', positionScale: -0.5 }, 'positionScale: must be a number from 0 to 10, got -0.5'],
    [{ arch: 'window', window: 0 }, 'window: must be an integer from 1 to 512, got 0'],
    [{ arch: 'window', window: 2.5 }, 'window: must be an integer from 1 to 512, got 2.5'],
    [{ arch: 'lstm', heads: 2 }, 'heads: is only used when arch is attention, got 2'],
    [{ arch: 'residual', window: 8 }, 'window: is only used when arch is window, got 8'],
    [{ arch: 'transformer' }, 'arch: must be one of rnn, lstm, gru, residual, attention, window, got "transformer"']
  ])('%j exits 2 naming its field', (bad, line) => {
    const r = run(JSON.stringify({ ...bad, steps: 8, iterations: 2 }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${line}\n`);
  });

  for (const arch of ['attention', 'window', 'residual'] as const)
    it(`trains ${arch}: the engine's history for the spec`, () => {
      const extra = arch === 'attention' ? { heads: 2, positionScale: 0.5 } : arch === 'window' ? { window: 4 } : {};
      const archSpec = { ...spec, arch, ...extra };
      const r = run(JSON.stringify(archSpec));
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      const { theta: _t, history, ...result } = train(runsOf(validateTrainSpec(archSpec))[0]);
      const expected = JSON.parse(resultToJSON({ ...result, history: history.map(({ normsLog10: _n, ...e }) => e) }));
      expect(withoutTime(out)).toEqual(withoutTime(expected));
      expect(out.spec).toMatchObject(extra);
      // a recurrence has a spectral radius; attention and the window have no recurrent matrix: null, never NaN
      for (const e of out.history)
        if (arch === 'residual') expect(Number.isFinite(e.spectralRadius)).toBe(true);
        else expect(e.spectralRadius).toBeNull();
    });
});
