// The CLI as other tools call it: a spec file or stdin in, one JSON object or one error line out.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultToJSON, simulate } from '../../src/lib/sim/index';
import { runCli } from './fresh-cli';

// the bundle `npm run sim` runs, built from the source as it is (fresh-cli.ts)
const run = (args: string[], input?: string) => runCli('sim', args, input);

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

describe('sim CLI, a custom phi that leaves the doubles', () => {
  const spec = (formula: string) => JSON.stringify({ activation: 'custom', formula });

  it.each([
    ['1/(x-x)', 'phi(x) = 1/(x-x) overflows at step 1 (x = '],
    ['x/0', 'phi(x) = x/0 overflows at step 1 (x = '],
    ['log(x)', 'phi(x) = log(x) is undefined at step 1 (x = '],
    ['sqrt(-1-x^2)', 'phi(x) = sqrt(-1-x^2) is undefined at step 1 (x = '],
    ['exp(exp(exp(x)))', 'phi(x) = exp(exp(exp(x))) overflows at step 1 (x = '],
    ['x^x^x^x', 'phi(x) = x^x^x^x is undefined at step 1 (x = '],
    // phi = 0^0 = 1 is finite: its derivative fails, and the line says so (it once said "gave 1")
    ['0^(x-x)', "phi'(x) of phi(x) = 0^(x-x) is undefined at step 1 (x = "]
  ])('%s at the first step: status 2 and one line saying so', (formula, line) => {
    const r = run(['-'], spec(formula));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr.startsWith(`formula: ${line}`)).toBe(true); // the field first, as every bad-input line
    expect(r.stderr).not.toContain('internal error');
  });

  it.each([['(x+0)*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)*(x+10)*(x+11)*(x+12)*(x+13)'], ['x^2']])(
    '%s overflowing later: status 0, the steps before it and `halted` saying where',
    (formula) => {
      const r = run(['-'], spec(formula));
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout);
      const expected = JSON.parse(resultToJSON(simulate(JSON.parse(spec(formula)))));
      expect(out).toEqual(expected);
      const { step, requestedSteps, message } = out.halted;
      expect(requestedSteps).toBe(100);
      expect(out.spec.steps).toBe(100);
      expect(out.hGradLog10).toHaveLength(step); // steps 0..step - 1
      expect(message).toMatch(new RegExp(`overflows at step ${step} .*: the figures stop at step ${step - 1}\\.$`));
    }
  );
});

describe('sim CLI, specs too big to answer', () => {
  it('a spec nested 5000 deep: status 2 and one line, for sim and train alike', () => {
    let deep = '1';
    for (let i = 0; i < 5000; i++) deep = `{"init": "orthogonal", "recurrent": ${deep}}`;
    const input = `{"recurrent": ${deep}}`;
    for (const r of [run(['-'], input), runCli('train', ['-'], input)]) {
      expect(r.status).toBe(2);
      expect(r.stderr.trim()).toBe('spec: must be nested at most 16 levels deep (a spec needs 4), got more');
    }
  });

  it('an output of gigabytes is refused before any work, naming perUnit, steps, hidden and the limit', () => {
    const started = Date.now();
    const r = run(['-'], '{"steps":100000,"hidden":256,"arch":"lstm","perUnit":true}');
    expect(Date.now() - started).toBeLessThan(10000); // it once ran 3 minutes, then failed
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'perUnit: would print about 2056 MB of JSON (steps + 1 = 100001 rows of hidden = 256, for h, c, f and memory), ' +
        "over the CLI's 250 MB limit: lower steps or hidden, or set perUnit to false, got true"
    );
  });
});
