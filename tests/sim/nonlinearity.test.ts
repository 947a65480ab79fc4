// Custom nonlinearities: the derivative (forward-mode, compiled) against 64-digit central
// differences and mathjs's symbolic derivative, gamma against known suprema, the whitelist
// refusing before anything runs, bounded work on hostile formulas, and the RNN's gradient
// checked end to end.
import { describe, expect, it, vi } from 'vitest';
import * as mathjs from 'mathjs';
import { buildParams, parseSpec, simulate, validateSpec } from '../../src/lib/sim/index';
import { formulaProblem, nonlinearity } from '../../src/lib/sim/nonlinearity';
import { fdGradient, norm } from '../helpers/finite-differences';
import { randomExplicitSpec } from '../helpers/random-specs';

const PRESET_FORMULAS = ['tanh(x)', 'max(0, x)', 'x / (1 + abs(x))', '1.5 * tanh(x)', 'sin(x)', 'atan(x)'];
/** Formulas whose derivative exercises every rule: quotient, powers, nested calls, max/min. */
const RULE_FORMULAS = [
  'exp(-x^2) * cosh(x / 3)',
  'x^3 - 2^x + sqrt(1 + x^2)',
  'log(1 + exp(x)) / (2 + sin(x))',
  'atan(x) * abs(x) - min(x, 0.5 * x, 1)',
  '(x + 1) * (x + 2) * (x + 3) * (x + 4)',
  '(1 + x^2)^(0.5 + x^2 / 10)',
  'tanh(tanh(tanh(x)))'
];

/** phi' at x by a 64-digit central difference of mathjs's own evaluation of the formula. */
function exactSlope(formula: string, x: number): number {
  const big = mathjs.create(mathjs.all, { number: 'BigNumber', precision: 64 });
  const f = big.compile(formula);
  const h = big.bignumber('1e-20');
  const X = big.bignumber(x);
  const up = f.evaluate({ x: big.add(X, h) }) as mathjs.BigNumber;
  const down = f.evaluate({ x: big.subtract(X, h) }) as mathjs.BigNumber;
  return Number(big.divide(big.subtract(up, down), big.multiply(2, h)));
}

describe('custom nonlinearity', () => {
  it.each([...PRESET_FORMULAS, ...RULE_FORMULAS])("%s: phi' matches a 64-digit central difference", (formula) => {
    const nl = nonlinearity(formula);
    for (const x of [-3.1, -0.7, 0.3, 1.9, 4.2]) {
      const exact = exactSlope(formula, x);
      expect(Math.abs(nl.dphi(x) - exact)).toBeLessThan(1e-13 * Math.max(1, Math.abs(exact)));
    }
  });

  it.each(['abs(x)', 'max(0, x)', 'x / (1 + abs(x))', 'x^0', '0^(1 + x^2)'])(
    "%s: phi'(0) is a number (the subgradient where there is a kink), never NaN",
    (f) => {
      expect(Number.isFinite(nonlinearity(f).dphi(0))).toBe(true);
    }
  );

  it.each([
    ['x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x^x', 'nested more than 16 levels deep'],
    ['constructor(x)', 'function "constructor" is not allowed'],
    ['toString(x)', 'function "toString" is not allowed'],
    ['__proto__(x)', 'function "__proto__" is not allowed'],
    ['hasOwnProperty + x', 'unknown name "hasOwnProperty"'],
    ['import.exp(x)', 'call functions by name'],
    ['x.exp(x)', 'call functions by name']
  ])('refuses %s with "%s", at once', (formula, message) => {
    const start = performance.now();
    expect(formulaProblem(formula)).toContain(message);
    expect(performance.now() - start).toBeLessThan(2000); // minutes before the bound; a few ms now
  });

  it('a 60-character product that froze the tab is read at once, its slope exact', () => {
    const formula = '(x+0)*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)*(x+10)*(x+11)*(x+12)*(x+13)';
    const start = performance.now();
    const nl = nonlinearity(formula);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(nl.dphi(0)).toBe(6227020800); // d/dx at 0 of x(x+1)...(x+13) = 13!
    expect(nl.derivativeText).toBeUndefined(); // too large to show symbolically
  });

  it('phi matches mathjs evaluating the same formula', () => {
    for (const formula of PRESET_FORMULAS) {
      const f = mathjs.compile(formula);
      for (const x of [-2, -0.5, 0.25, 3])
        expect(nonlinearity(formula).phi(x)).toBeCloseTo(f.evaluate({ x }) as number, 12);
    }
  });

  it('shows the symbolic derivative where mathjs has one, and it agrees with the numbers', () => {
    expect(nonlinearity('tanh(x)').derivativeText).toBe('sech(x) ^ 2');
    expect(nonlinearity('max(0, x)').derivativeText).toBeUndefined();
    for (const formula of RULE_FORMULAS.slice(0, 3)) {
      const d = mathjs.derivative(formula, 'x');
      for (const x of [-1.3, 0.4, 2.2])
        expect(nonlinearity(formula).dphi(x)).toBeCloseTo(d.evaluate({ x }) as number, 10);
    }
  });

  it.each([
    ['tanh(x)', 1],
    ['1.5 * tanh(x)', 1.5],
    ['x / (1 + abs(x))', 1],
    ['sin(x)', 1],
    ['max(0, x)', 1],
    ['atan(x)', 1]
  ])("gamma = sup |phi'| of %s is %f", (formula, gamma) => expect(nonlinearity(formula).gamma).toBeCloseTo(gamma, 4));

  it.each([
    ['1/x', Infinity], // phi' = -1/x^2 is infinite at x = 0: unbounded
    ['sqrt(x)', Infinity],
    ['exp(exp(x))', Infinity],
    ['x^1.5', NaN], // phi' = 1.5 sqrt(x) is undefined for x < 0
    ['0^(x-x)', NaN], // forward-mode phi' is 0 * log(0): undefined everywhere
    ['sqrt(-1-x^2)', NaN]
  ])("gamma of %s is %s, not the largest finite |phi'| nor 0", (formula, gamma) => {
    expect(nonlinearity(formula).gamma).toBe(gamma);
  });

  it.each(['x^2', 'x^3', 'exp(x)', '2*x^2 + sin(x)'])(
    "gamma of %s is unbounded: |phi'| still rises at the grid's ends, so no finite number bounds it",
    (formula) => expect(nonlinearity(formula).gamma).toBe(Infinity)
  );

  it.each([
    ['max(0, x)', 1], // flat at the ends: reached inside the grid too
    ['x + sin(x)', 2],
    ['tanh(2 * x)', 2]
  ])("gamma of %s is its largest |phi'| when that is reached inside the grid", (formula, gamma) =>
    expect(nonlinearity(formula).gamma).toBeCloseTo(gamma, 2)
  );

  it.each([
    ['a flat sum of 60 terms', Array(60).fill('x').join('+')],
    ['48 terms in parentheses', Array(12).fill('(x+x+x+x)').join('*')],
    ['a chain of 40 products and quotients', Array(40).fill('x').join('*').replace(/\*x\*/g, '*x/')],
    ['a sum of differences', Array(30).fill('x').join('-') + '+1'],
    ['16 nested calls', `${'sin('.repeat(16)}x${')'.repeat(16)}`]
  ])('accepts %s: a chain of one operator is one level', (_what, formula) => {
    expect(() => nonlinearity(formula)).not.toThrow();
  });

  it.each([
    ['17 nested calls', `${'sin('.repeat(17)}x${')'.repeat(17)}`],
    ['a sum nested by parentheses 17 deep', `${'(x+'.repeat(9)}x${')'.repeat(9)}`]
  ])('refuses %s as nested more than 16 levels deep', (_what, formula) => {
    expect(() => nonlinearity(formula)).toThrow('formula too complex: nested more than 16 levels deep');
  });

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
    const message = r.ok ? '' : r.error.message;
    expect(message).toMatch(/^formula: must use only x, numbers, pi, e, \+ - \* \/ \^ and tanh, /);
    expect(message).toMatch(/: function "alert" is not allowed, got "alert\(1\)"$/);
    expect(parseSpec({ activation: 'custom' }).ok).toBe(false);
    expect(parseSpec({ activation: 'tanh', formula: 'x' }).ok).toBe(false);
  });

  it.each(['x / (1 + abs(x))', '1.5 * tanh(x)', 'sin(x)'])(
    'RNN with phi = %s: every norm matches finite differences',
    (formula) => {
      const spec = validateSpec({ ...randomExplicitSpec('rnn', 'tanh', 5), activation: 'custom', formula });
      const p = buildParams(spec);
      const r = simulate(spec);
      for (let t = 0; t <= spec.steps; t++) {
        const fd = norm(fdGradient(p, 'h', t));
        expect(Math.abs(10 ** r.hGradLog10[t] - fd) / fd).toBeLessThan(1e-6);
      }
    }
  );

  it("custom tanh(x) gives the built-in tanh RNN's numbers", () => {
    const a = simulate({ activation: 'custom', formula: 'tanh(x)', steps: 200 });
    const b = simulate({ activation: 'tanh', steps: 200 });
    a.hGradLog10.forEach((v, t) => expect(v).toBeCloseTo(b.hGradLog10[t], 9));
  });
});
