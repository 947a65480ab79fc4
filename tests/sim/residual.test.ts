// The residual RNN h_t = h_{t-1} + phi(W h_{t-1} + U x_t + b) against closed forms: its
// Jacobian is I + diag(phi'(a_t)) W, so with W = 0 it is the identity (nothing fades, nothing
// is forgotten) and with phi linear and W = a I it is (1 + a) I, whose k-th power is checked
// in 64-digit arithmetic far past the doubles. (Finite differences and the mathjs reference
// hold it in gradcheck, param-grads, reference and connectivity tests.)
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { shortNumber } from '../../src/lib/sim/halt';
import { archModule, resultToJSON, simulate, type Activation } from '../../src/lib/sim/index';

const big = create(all, { number: 'BigNumber', precision: 64 });

/** An explicit residual spec: W = a I, U and b fixed, readout r, n = 3, m = 2. */
function residual(activation: Activation, a: number, steps: number, extra: object = {}) {
  const n = 3;
  return {
    arch: 'residual',
    activation,
    hidden: n,
    inputSize: 2,
    steps,
    recurrent: { init: 'explicit' },
    weights: {
      W: Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? a : 0))),
      U: [
        [0.3, -0.2],
        [0.1, 0.4],
        [-0.5, 0.2]
      ],
      b: [0.1, 0, -0.1]
    },
    readout: [0.6, -0.8, 0.5],
    ...extra
  };
}
const R_NORM = Math.log10(Math.hypot(0.6, -0.8, 0.5));

describe('the residual RNN', () => {
  it('is its own module: label, recurrence path, the spectrum of W, the activation used', () => {
    const m = archModule('residual');
    expect([m.label, m.path, m.spectrumMatrix, m.usesActivation]).toEqual(['Residual RNN', 'recurrence', 'W', true]);
    expect(simulate(residual('tanh', 0.5, 4)).spectrum!.spectralRadius).toBeCloseTo(0.5, 12);
  });

  it.each(['linear', 'tanh', 'relu'] as const)(
    'W = 0 (%s): the Jacobian is I, ||dL/dh_{T-k}|| = ||r|| at every k',
    (act) => {
      const r = simulate(residual(act, 0, 3000, { perUnit: true }));
      r.hGradLog10.forEach((v) => expect(v).toBeCloseTo(R_NORM, 12));
      // and each unit's gradient is its readout entry, at every step
      r.perUnit!.h.forEach((row) =>
        row.forEach((v, i) => expect(10 ** v).toBeCloseTo(Math.abs([0.6, -0.8, 0.5][i]), 12))
      );
    }
  );

  it('phi linear, W = 0.5 I, T = 5000: (1.5)^k, 10^880 at k = 5000 exactly in log10 (64 digits)', () => {
    const T = 5000;
    const r = simulate(residual('linear', 0.5, T, { paramGrads: 'byStep' }));
    expect(r.halted).toBeNull();
    const want = (k: number) =>
      Number(big.add(big.multiply(big.bignumber(k), big.log10(big.bignumber(1.5))), big.bignumber(R_NORM)));
    for (const k of [0, 1, 10, 100, 1000, 4999, 5000]) expect(r.hGradLog10[T - k]).toBeCloseTo(want(k), 9);
    expect(Math.floor(r.hGradLog10[0] - R_NORM)).toBe(880);
    // the state grew as 1.5^t too (past 1e308): kept in log scale, so every term of dL/dW is
    // finite, but the first (delta_1 h_0^T with h_0 = 0: exactly zero)
    expect(r.wGradByStepLog10![0]).toBe(-Infinity);
    expect(r.wGradByStepLog10!.subarray(1).every(Number.isFinite)).toBe(true);
    expect(Math.max(...r.wGradByStepLog10!)).toBeGreaterThan(800);
  });

  it('phi linear, W = -0.5 I: 0.5^k, the residual RNN can still vanish; W = -I forgets in one step exactly', () => {
    const r = simulate(residual('linear', -0.5, 5000));
    expect(r.hGradLog10[0] - r.hGradLog10[5000]).toBeCloseTo(5000 * Math.log10(0.5), 9);
    const dead = simulate(residual('linear', -1, 50));
    expect(dead.hGradLog10[49]).toBe(-Infinity); // I + (-I) = 0: h_t = U x_t + b, nothing is kept
    expect(dead.xGradLog10[49]).toBeGreaterThan(-Infinity);
    expect(dead.xGradLog10[48]).toBe(-Infinity);
    expect(JSON.parse(resultToJSON(dead)).hGradLog10[0]).toBeNull();
  });

  it('tanh over 100000 steps: the state grows (at most by 1 a step) and every number stays finite', () => {
    const r = simulate(residual('tanh', 0.3, 100000, { paramGrads: 'byStep' }));
    expect(r.hGradLog10.every(Number.isFinite)).toBe(true);
    expect(r.xGradLog10.every(Number.isFinite)).toBe(true);
    expect(r.wGradByStepLog10!.subarray(1).every(Number.isFinite)).toBe(true);
    // saturated tanh (phi' ~ 10^-26000 at the end): the Jacobian is I to double precision, the
    // gradient neither vanishes nor grows: the state remembers everything
    expect(Math.abs(r.hGradLog10[0] - r.hGradLog10[100000])).toBeLessThan(1);
  });

  it('a custom phi whose sum leaves the doubles halts, and the steps before it are that shorter run', () => {
    const spec = residual('custom', 1, 400, { formula: 'x^2', perUnit: true });
    const r = simulate(spec);
    expect(r.halted).not.toBeNull();
    const Tp = r.halted!.step - 1;
    expect(Tp).toBeGreaterThanOrEqual(1);
    expect(r.hGradLog10).toHaveLength(Tp + 1);
    const shorter = simulate({ ...spec, steps: Tp });
    expect(shorter.halted).toBeNull();
    expect(Array.from(r.hGradLog10)).toEqual(Array.from(shorter.hGradLog10));
  });

  it('a state that overflows while phi does not says so: h_{t-1} + phi(x), with both values', () => {
    const r = simulate(residual('custom', 0, 30, { formula: '1e308 + 0 * x' }));
    expect(r.halted!.step).toBe(2);
    // W = 0: x = U x_2 + b, finite and small; phi(x) = 1e308 and so is h_1
    expect(Math.abs(r.halted!.x)).toBeLessThan(10);
    expect(r.halted!.message).toBe(
      `h_{t-1} + phi(x) with phi(x) = 1e308 + 0 * x overflows at step 2 (x = ${shortNumber(r.halted!.x)}, ` +
        'phi(x) = 1e308, h_{t-1} = 1e308 gives Infinity): the figures stop at step 1.'
    );
    expect(r.hGradLog10).toHaveLength(2);
  });

  it('is deterministic: the same seeded spec gives the same bits', () => {
    const spec = { arch: 'residual', hidden: 8, steps: 300, seed: 11, perUnit: true, paramGrads: true };
    const a = resultToJSON(simulate(spec));
    expect(resultToJSON(simulate(spec))).toBe(a);
  });
});
