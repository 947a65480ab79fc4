// Custom nonlinearities: the symbolic derivative against finite differences, gamma against
// known suprema, the whitelist refusing before anything runs, and the RNN's gradient
// checked end to end.
import { describe, expect, it, vi } from 'vitest';
import * as mathjs from 'mathjs';
import { buildParams, parseSpec, simulate, validateSpec } from '../../src/lib/sim/index';
import { formulaProblem, nonlinearity, PRESET_FORMULAS } from '../../src/lib/sim/nonlinearity';
import { fdGradient, norm } from '../helpers/finite-differences';
import { randomExplicitSpec } from '../helpers/random-specs';

describe('custom nonlinearity', () => {
  it.each(PRESET_FORMULAS)('%s: phi\' matches a central difference of phi', (formula) => {
    const nl = nonlinearity(formula);
    for (const x of [-3.1, -0.7, 0.3, 1.9, 4.2]) {
      const h = 1e-5;
      const fd = (nl.phi(x + h) - nl.phi(x - h)) / (2 * h);
      expect(Math.abs(nl.dphi(x) - fd)).toBeLessThan(1e-7 * Math.max(1, Math.abs(fd)));
    }
  });

  it('phi matches mathjs evaluating the same formula', () => {
    for (const formula of PRESET_FORMULAS) {
      const f = mathjs.compile(formula);
      for (const x of [-2, -0.5, 0.25, 3]) expect(nonlinearity(formula).phi(x)).toBeCloseTo(f.evaluate({ x }) as number, 12);
    }
  });

  it('symbolic where mathjs can, numerical for max and min, and says which', () => {
    expect(nonlinearity('tanh(x)').derivative).toBe('symbolic');
    expect(nonlinearity('tanh(x)').derivativeText).toBe('sech(x) ^ 2');
    expect(nonlinearity('max(0, x)').derivative).toBe('numerical');
  });

  it.each([
    ['tanh(x)', 1],
    ['1.5 * tanh(x)', 1.5],
    ['x / (1 + abs(x))', 1],
    ['sin(x)', 1],
    ['max(0, x)', 1],
    ['atan(x)', 1]
  ])('gamma = sup |phi\'| of %s is %f', (formula, gamma) => expect(nonlinearity(formula).gamma).toBeCloseTo(gamma, 4));

  it.each([
    ['alert(1)', 'function "alert" is not allowed'],
    ['y + 1', 'unknown name "y" (the variable is x)'],
    ['x = 3', 'is not allowed'],
    ['[x, 1]', 'is not allowed'],
    ['import("fs")', 'not allowed'],
    ['tanh(x, 2)', 'tanh takes one argument'],
    ['x +', 'cannot read it'],
    ['"abc"', 'is not a number']
  ])('refuses %s before evaluating anything', (formula, message) => {
    const spy = vi.spyOn(globalThis, 'Function');
    expect(formulaProblem(formula)).toContain(message);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('the spec schema names the field and the allowed syntax', () => {
    const r = parseSpec({ activation: 'custom', formula: 'alert(1)' });
    expect(r.ok || r.error.message).toMatch(/^formula: must use only x, numbers, pi, e, \+ - \* \/ \^ and tanh, .*: function "alert" is not allowed, got "alert\(1\)"$/);
    expect(parseSpec({ activation: 'custom' }).ok).toBe(false);
    expect(parseSpec({ activation: 'tanh', formula: 'x' }).ok).toBe(false);
  });

  it.each(['x / (1 + abs(x))', '1.5 * tanh(x)', 'sin(x)'])('RNN with phi = %s: every norm matches finite differences', (formula) => {
    const spec = validateSpec({ ...randomExplicitSpec('rnn', 'tanh', 5), activation: 'custom', formula });
    const p = buildParams(spec);
    const r = simulate(spec);
    for (let t = 0; t <= spec.steps; t++) {
      const fd = norm(fdGradient(p, 'h', t));
      expect(Math.abs(10 ** r.hGradLog10[t] - fd) / fd).toBeLessThan(1e-6);
    }
  });

  it('custom tanh(x) gives the built-in tanh RNN\'s numbers', () => {
    const a = simulate({ activation: 'custom', formula: 'tanh(x)', steps: 200 });
    const b = simulate({ activation: 'tanh', steps: 200 });
    a.hGradLog10.forEach((v, t) => expect(v).toBeCloseTo(b.hGradLog10[t], 9));
  });
});
