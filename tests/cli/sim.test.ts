// The CLI as other tools call it: a spec file or stdin in, one JSON object or one error line out.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultToJSON, simulate } from '../../src/lib/sim/index';

// the bundle `npm run sim` runs (tests/cli/bundle.test.ts holds it to the source)
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['dist-cli/sim.mjs', ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  });

describe('sim CLI', () => {
  it('prints exactly the object simulate returns, from a file', () => {
    const spec = { arch: 'lstm', hidden: 4, steps: 20, perUnit: true };
    const file = join(mkdtempSync(join(tmpdir(), 'gfl-')), 'spec.json');
    writeFileSync(file, JSON.stringify(spec));
    const r = run([file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(resultToJSON(simulate(spec))));
  });

  it('reads stdin with -', () => {
    const r = run(['-'], '{"steps": 5}');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).hGradLog10).toHaveLength(6);
  });

  it.each([
    ['{"steps": 0}', 'steps: must be an integer from 1 to 100000, got 0'],
    ['{"steps": 100001}', 'steps: must be an integer from 1 to 100000, got 100001'],
    ['{"arch": "lstm", "forgetBias": 99}', 'forgetBias: must be a number from -20 to 20, got 99'],
    ['not json', 'spec: must be valid JSON, got a parse error'],
    // specs that once hung the CLI for minutes (symbolic derivative of a deep or long formula)
    [
      JSON.stringify({ activation: 'custom', formula: Array(30).fill('x').join('^') }),
      'formula too complex: nested more than 16 levels deep'
    ],
    [
      JSON.stringify({
        hidden: 2,
        recurrent: {
          init: 'eigenvalues',
          eigenvalues: [
            [1, 1e-13],
            [1, 1e-13],
            [0, 0]
          ]
        }
      }),
      'recurrent.eigenvalues: must have one [re, im] pair per hidden unit'
    ]
  ])('refuses %s with status 2 and one line naming the field', (input, line) => {
    const r = run(['-'], input);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toContain(line);
    expect(r.stderr).not.toMatch(/\bat .*\(|Error:/); // no stack trace
  });

  it('a missing file is a one-line error too', () => {
    const r = run(['/nonexistent/spec.json']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('spec: cannot read /nonexistent/spec.json (ENOENT)');
  });
});

describe('sim CLI, weight gradients', () => {
  it('returns paramGrad, paramGradNormLog10 and wGradByStepLog10 as simulate does', () => {
    const spec = { arch: 'gru', hidden: 3, steps: 6, paramGrads: true };
    const r = run(['-'], JSON.stringify(spec));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual(JSON.parse(resultToJSON(simulate(spec))));
    expect(out.paramGrad.W).toHaveLength(9); // 3 gate blocks x 3 units
    expect(out.paramGrad.W[0]).toHaveLength(3);
    expect(out.wGradByStepLog10).toHaveLength(6);
    expect(Number.isFinite(out.paramGradNormLog10)).toBe(true);
  });

  it('refuses a paramGrads that is not true, false or "byStep", naming the field', () => {
    const r = run(['-'], '{"paramGrads": "yes"}');
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('paramGrads: must be true, false or "byStep", got "yes"');
  });
});
