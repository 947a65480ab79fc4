// The attention arch through the CLI: its result as simulate() gives it, a bad heads refused.
import { describe, expect, it } from 'vitest';
import { resultToJSON, simulate } from '../../src/lib/sim/index';
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
});
