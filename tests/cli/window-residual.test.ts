// The window and the residual RNN from the command lines: the engine's result for the spec,
// a bad window as one line naming the field (exit 2), and a training run of each.
import { describe, expect, it } from 'vitest';
import { resultToJSON, simulate } from '../../src/lib/sim/index';
import { runCli } from './fresh-cli';

const sim = (input: string) => runCli('sim', ['-'], input);
const trainCli = (input: string) => runCli('train', ['-'], input);

describe('window and residual from the CLI', () => {
  it.each([
    ['{"arch": "window", "window": 0}', 'window: must be an integer from 1 to 512, got 0'],
    ['{"arch": "window", "window": 513}', 'window: must be an integer from 1 to 512, got 513'],
    ['{"arch": "residual", "window": 8}', 'window: is only used when arch is window']
  ])('refuses %s with status 2 and one line naming window', (input, line) => {
    const r = sim(input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  it.each([
    { arch: 'window', hidden: 4, steps: 30, window: 10, perUnit: true },
    { arch: 'residual', hidden: 4, steps: 30, activation: 'linear', paramGrads: true }
  ])('prints what simulate returns for %o (the window: null beyond N)', (spec) => {
    const r = sim(JSON.stringify(spec));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(resultToJSON(simulate(spec))));
    if (spec.arch === 'window') expect(out.xGradLog10.slice(0, 20).every((v: null) => v === null)).toBe(true);
  });

  it.each(['window', 'residual'])('trains %s on the adding task', (arch) => {
    const spec = { arch, hidden: 4, steps: 10, batch: 4, iterations: 10, evalEvery: 5, evalSize: 10 };
    const r = trainCli(JSON.stringify(spec));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.history.map((e: { iteration: number }) => e.iteration)).toEqual([0, 5, 10]);
    expect(out.spec.arch).toBe(arch);
  });
});
