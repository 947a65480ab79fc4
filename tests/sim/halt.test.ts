// A custom phi that leaves the doubles is a property of the network: the engine shows the steps
// before it, says which step, x and value, and which of phi and phi' failed. Where it fails is
// checked against a plain forward loop written here, and the partial result against a run of
// the same network asked for only those steps.
import { describe, expect, it } from 'vitest';
import { connectivity } from '../../src/lib/sim/connectivity';
import { shortNumber } from '../../src/lib/sim/halt';
import { buildParams, NetworkHaltError, simulate, validateSpec, type SpecInput } from '../../src/lib/sim/index';
import { sweep } from '../../src/lib/sim/sweep';

const custom = (formula: string, extra: SpecInput = {}): SpecInput => ({
  activation: 'custom',
  formula,
  hidden: 6,
  steps: 40,
  ...extra
});

/** The first step and unit whose phi or phi' is not finite, by a plain loop h = phi(W h + U x + b). */
function firstFailure(input: SpecInput) {
  const p = buildParams(validateSpec(input));
  const { n, m, T } = p;
  let h = Array.from(p.h0);
  for (let t = 1; t <= T; t++) {
    const next: number[] = [];
    for (let i = 0; i < n; i++) {
      let a = p.b[i];
      for (let j = 0; j < n; j++) a += p.W[i * n + j] * h[j];
      for (let j = 0; j < m; j++) a += p.U[i * m + j] * p.x[(t - 1) * m + j];
      const v = p.custom!.phi(a);
      const d = p.custom!.dphi(a);
      if (!Number.isFinite(v)) return { step: t, x: a, value: v, what: 'phi', inputs: p.x };
      if (!Number.isFinite(d)) return { step: t, x: a, value: d, what: "phi'", inputs: p.x };
      next.push(v);
    }
    h = next;
  }
  return null;
}

describe('a custom phi that overflows', () => {
  it.each([
    ['x^2', 'overflows'],
    ['exp(x)', 'overflows'],
    ['(x+0)*(x+1)*(x+2)*(x+3)*(x+4)*(x+5)*(x+6)*(x+7)*(x+8)*(x+9)*(x+10)*(x+11)*(x+12)*(x+13)', 'overflows'],
    ['x*1e300', 'overflows']
  ])('%s: the result is the run of the steps before the halt, with `halted` saying where', (formula, verb) => {
    const spec = custom(formula);
    const fail = firstFailure(spec)!;
    expect(fail.step).toBeGreaterThanOrEqual(2);
    const r = simulate(spec);
    const halted = r.halted!;
    expect(halted).toMatchObject({ step: fail.step, requestedSteps: 40, value: fail.value, what: fail.what });
    // the kernel sums W h in another order: x agrees to rounding
    expect(Math.abs(halted.x / fail.x - 1)).toBeLessThan(1e-12);
    expect(halted.message).toBe(
      `phi(x) = ${formula} ${verb} at step ${fail.step} (x = ${shortNumber(halted.x)} gives ${fail.value}): ` +
        `the figures stop at step ${fail.step - 1}.`
    );
    expect(shortNumber(halted.x)).toBe(shortNumber(fail.x));
    expect(r.spec.steps).toBe(40); // the spec still reproduces the result
    const T = fail.step - 1;
    expect(r.hGradLog10).toHaveLength(T + 1);
    expect(r.xGradLog10).toHaveLength(T);
    // the same network asked for T steps, on the same inputs: the same numbers, bit for bit
    const m = r.spec.inputSize;
    const inputs = Array.from({ length: T }, (_, t) => Array.from(fail.inputs.subarray(t * m, (t + 1) * m)));
    const short = simulate({ ...spec, steps: T, inputs });
    expect(short.halted).toBeNull();
    expect(r.hGradLog10).toEqual(short.hGradLog10);
    expect(r.xGradLog10).toEqual(short.xGradLog10);
  });

  it('keeps perUnit and paramGrads for the steps before the halt', () => {
    const r = simulate(custom('x^2', { perUnit: true, paramGrads: true }));
    const T = r.halted!.step - 1;
    expect(r.perUnit!.h).toHaveLength(T + 1);
    expect(r.wGradByStepLog10).toHaveLength(T);
    expect(Number.isFinite(r.paramGradNormLog10)).toBe(true);
  });

  it('a normal run has halted: null', () => {
    expect(simulate(custom('2*tanh(x)')).halted).toBeNull();
    expect(simulate({ steps: 5 }).halted).toBeNull();
  });
});

describe('a custom phi that fails at the first step', () => {
  it.each([
    ['log(x)', 'phi', 'is undefined'],
    ['sqrt(-1-x^2)', 'phi', 'is undefined'],
    ['1/(x-x)', 'phi', 'overflows'],
    ['exp(exp(exp(x)))', 'phi', 'overflows'],
    // phi = 0^0 = 1 is finite: its derivative is what fails, and the message says so
    ['0^(x-x)', "phi'", 'is undefined']
  ])('%s throws NetworkHaltError naming %s', (formula, what, verb) => {
    const spec = custom(formula, { hidden: 32 });
    const fail = firstFailure(spec)!;
    expect(fail.step).toBe(1);
    let error: unknown;
    try {
      simulate(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NetworkHaltError);
    const { halted, message } = error as NetworkHaltError;
    expect(halted).toMatchObject({ step: 1, requestedSteps: 40, what });
    expect(Math.abs(halted.x / fail.x - 1)).toBeLessThan(1e-12);
    expect(Object.is(halted.value, fail.value)).toBe(true);
    const subject = what === 'phi' ? `phi(x) = ${formula}` : `phi'(x) of phi(x) = ${formula}`;
    expect(message).toBe(`${subject} ${verb} at step 1 (x = ${shortNumber(fail.x)} gives ${fail.value}).`);
    expect(message).not.toContain('gave 1');
  });
});

describe('a state whose pre-activation leaves the doubles', () => {
  it('says its argument W h + U x_t + b did, not phi (2e308 - 2e308 is NaN; phi stays finite)', () => {
    const weights = {
      W: [
        [2, 2],
        [2, 2]
      ],
      U: [[0], [0]],
      b: [10, -10]
    };
    const spec = { hidden: 2, inputSize: 1, steps: 5, recurrent: { init: 'explicit' as const }, weights };
    const r = simulate({ ...spec, activation: 'custom', formula: '1e308*tanh(x)' });
    expect(r.halted).toMatchObject({ step: 2, what: 'phi', requestedSteps: 5 });
    expect(r.halted!.x).toBeNaN();
    expect(r.halted!.message).toBe(
      'phi(x) = 1e308*tanh(x) cannot go on at step 2: its argument W h + U x_t + b became NaN (a sum past 1.8e308): ' +
        'the figures stop at step 1.'
    );
    expect(r.hGradLog10).toHaveLength(2);
  });
});

describe('other users of a custom phi', () => {
  it('a connectivity map is NaN from the halting step on, and finite before it', () => {
    const spec = validateSpec(custom('x^2', { hidden: 3, inputSize: 2 }));
    const step = firstFailure(spec)!.step;
    const { values, T } = connectivity(buildParams(spec));
    for (let t = 1; t <= T; t++)
      for (let s = 1; s <= t; s++) {
        const v = values[(t - 1) * T + (s - 1)];
        if (t >= step) expect(v).toBeNaN();
        else expect(Number.isFinite(v)).toBe(true);
      }
  });

  it('a sweep row whose network halts is NaN; the others are computed', () => {
    const spec = validateSpec(custom('x^2/4', { hidden: 4, steps: 60 }));
    const [calm, wild] = sweep(spec, 'radius', [0.1, 8]);
    expect(calm.every(Number.isFinite)).toBe(true);
    expect(wild).toHaveLength(61);
    expect(wild.every(Number.isNaN)).toBe(true);
  });
});

describe('shortNumber', () => {
  it.each([
    [3.2e155, '3.2e155'],
    [-0.31, '-0.31'],
    [30015.7, '3e4'],
    [1, '1'],
    [Infinity, 'Infinity']
  ])('%s reads %s', (v, text) => expect(shortNumber(v)).toBe(text));
});
