// The attention arch through the CLI: its result as simulate() gives it, a bad heads refused.
import { describe, expect, it } from 'vitest';
import { resultToJSON, simulate } from '../../src/lib/sim/index';
import { train } from '../../src/lib/sim/train/train';
import { runsOf, validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { runCli } from './fresh-cli';

const run = (input: string) => runCli('sim', ['-'], input);

describe('sim CLI, attention', () => {
  it('prints the result simulate() gives: the weights per head, no spectrum, no e_0', () => {
    const spec = { arch: 'attention', hidden: 8, heads: 2, steps: 12, perUnit: true, paramGrads: 'byStep' };
    const r = run(JSON.stringify(spec));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(resultToJSON(simulate(spec))));
    expect(out.attention).toHaveLength(2);
    expect(out.attention[0]).toHaveLength(12);
    expect(out.spectrum).toBeNull();
    expect(out.hGradLog10[0]).toBeNull();
    expect(out.xGradLog10.every((v: number | null) => typeof v === 'number')).toBe(true);
  });

  it.each([
    ['{"arch": "attention", "hidden": 16, "heads": 3}', 'heads: must divide hidden (16)'],
    ['{"arch": "attention", "heads": 9}', 'heads: must be an integer from 1 to 8, got 9'],
    ['{"arch": "attention", "positionScale": -1}', 'positionScale: must be a number from 0 to 10, got -1'],
    ['{"arch": "lstm", "heads": 2}', 'heads: is only used when arch is attention']
  ])('refuses %s with status 2 and one line naming the field', (input, line) => {
    const r = run(input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  it('train: the same history as the engine, no spectral radius, the flow of dL/de', () => {
    const spec = { arch: 'attention', hidden: 4, heads: 2, steps: 10, batch: 4, iterations: 12, evalEvery: 5 };
    const r = runCli('train', ['-'], JSON.stringify({ ...spec, evalSize: 20 }));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    const { history } = train(runsOf(validateTrainSpec({ ...spec, evalSize: 20 }))[0]);
    expect(out.history.map((e: { loss: number }) => e.loss)).toEqual(history.map((e) => e.loss));
    expect(out.history[2].flowLog10).toEqual(JSON.parse(resultToJSON(history[2])).flowLog10);
    expect(out.history.every((e: { spectralRadius: null }) => e.spectralRadius === null)).toBe(true);
  });

  it('train: a bad heads exits 2 with one line naming it', () => {
    const r = runCli('train', ['-'], '{"arch": "attention", "hidden": 16, "heads": 3}');
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain('heads: must divide hidden (16)');
  });
});
