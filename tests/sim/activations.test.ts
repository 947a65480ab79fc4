// The derivative forms' precision claims, against 64-digit arithmetic: no cancellation near
// saturation (where 1 - tanh^2 and sigma(1 - sigma) lose everything) or near zero.
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  dsigmaOfQ,
  gateQ,
  log10Sigmoid,
  log10TanhPrime,
  scaledTanhPrime,
  sigmaOfQ,
  tanhAndPrime
} from '../../src/lib/sim/activations';

const big = create(all, { number: 'BigNumber', precision: 64 });
const exact = (expr: string, a: number) => Number(big.evaluate(expr, { a: big.bignumber(a) }));
const rel = (x: number, y: number) => Math.abs(x - y) / Math.abs(y);
const POINTS = [-40, -20, -3, -0.7, -1e-9, 1e-12, 0.3, 0.5, 0.7, 3, 20, 40];

describe('activations', () => {
  it.each(POINTS)("tanh and tanh' at %f to 1e-14 relative", (a) => {
    const d = new Float64Array(1);
    const t = tanhAndPrime(a, d, 0);
    expect(rel(t, exact('tanh(a)', a))).toBeLessThan(1e-14);
    expect(rel(d[0], exact('sech(a)^2', a))).toBeLessThan(1e-14);
  });

  it.each(POINTS)("sigma, sigma' and 1 - sigma from one stored q at %f to 1e-14 relative", (a) => {
    const q = gateQ(a);
    expect(rel(sigmaOfQ(q), exact('1 / (1 + exp(-a))', a))).toBeLessThan(1e-14);
    expect(rel(sigmaOfQ(-q), exact('1 / (1 + exp(a))', a))).toBeLessThan(1e-14);
    expect(rel(dsigmaOfQ(q), exact('exp(-a) / (1 + exp(-a))^2', a))).toBeLessThan(1e-14);
  });

  it('log10 forms stay finite and exact where the values underflow', () => {
    expect(log10TanhPrime(2000)).toBeCloseTo(exact('log10(sech(a)^2)', 2000), 10);
    expect(log10Sigmoid(-1000)).toBeCloseTo(exact('log10(1 / (1 + exp(-a)))', -1000), 10);
    expect(gateQ(-1000)).toBeLessThan(0); // sign kept although |q| underflows
    // a gate saturated at 1 (q = +0): sigma(-z), the GRU's 1 - z, is 0, not 1
    expect(gateQ(1000)).toBe(0);
    expect(sigmaOfQ(-gateQ(1000))).toBe(0);
    expect(sigmaOfQ(gateQ(1000))).toBe(1);
  });

  it('scaledTanhPrime rescales a step whose factors all underflow, and leaves ordinary steps alone', () => {
    const a = Float64Array.from([400, 410]);
    const d = Float64Array.from([0, 0]);
    const out = new Float64Array(2);
    const e = scaledTanhPrime(a, d, 0, 2, out);
    expect(e).toBeCloseTo(exact('log10(sech(a)^2)', 400), 9);
    expect(out[0]).toBe(1);
    expect(Math.log10(out[1]) + e).toBeCloseTo(exact('log10(sech(a)^2)', 410), 9);
    const normal = scaledTanhPrime(Float64Array.from([0.5]), Float64Array.from([0.786]), 0, 1, out);
    expect([normal, out[0]]).toEqual([0, 0.786]);
  });
});
