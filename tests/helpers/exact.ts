// 64-digit reference values of the gate and tanh forms, and the pre-activations where
// double precision is lost first (saturation, tiny values, exp overflow): what the cell
// kernels' tests (lstm-cell, gru-cell) hold both their WebAssembly and JavaScript paths to.
import { all, create } from 'mathjs';
import { expect } from 'vitest';
import { dsigmaOfQ, sigmaOfQ } from '../../src/lib/sim/activations';
import { normals } from '../../src/lib/sim/random';

const big = create(all, { number: 'BigNumber', precision: 64 });
export const exact = (expr: string, scope: Record<string, number>): number =>
  Number(big.evaluate(expr, Object.fromEntries(Object.entries(scope).map(([k, v]) => [k, big.bignumber(v)]))));
/** e^-|z| in 64 digits; beyond |z| = 1000 (e^-1000 is 0 in doubles) the big-number exp is only slow. */
const expNeg = (z: number) => (Math.abs(z) > 1000 ? 0 : exact('exp(-abs(z))', { z }));
export const sigma = (z: number): number => {
  const e = expNeg(z);
  return z >= 0 ? exact('1 / (1 + e)', { e }) : exact('e / (1 + e)', { e });
};
export const sigmaPrime = (z: number): number => exact('e / (1 + e)^2', { e: expNeg(z) });
export const tanh = (z: number): number => (Math.abs(z) > 1000 ? Math.sign(z) : exact('tanh(z)', { z }));
export const tanhPrime = (z: number): number => exact('4 e / (1 + e)^2', { e: expNeg(2 * z) });

/**
 * Relative error; against an exact 0, the smallest subnormal counts as 0 (a gate below it keeps
 * its sign as +-5e-324: activations.ts).
 */
export const rel = (x: number, y: number): number =>
  x === y ? 0 : y === 0 ? (Math.abs(x) <= Number.MIN_VALUE ? 0 : Infinity) : Math.abs(x - y) / Math.abs(y);

const EXTREMES = [0, -0, 1e-300, -1e-300, 1e-9, -0.3, 0.49, 0.5, -0.7, 3, -20, 40, -400, 750, -800, 1e300, -1e300];

/** length pre-activations: the extremes spread through them, the rest seeded normals of a few units. */
export function preActivations(length: number, seed: number): Float64Array {
  const z = normals(seed, 'pre', length, 3);
  EXTREMES.forEach((v, k) => (z[(k * 7) % length] = v));
  return z;
}

/** A gate stored as signed q (activations.ts) against z's 64-digit sigma, 1 - sigma and sigma'. */
export function expectGate(q: number, z: number): void {
  expect(rel(sigmaOfQ(q), sigma(z))).toBeLessThan(1e-14);
  expect(rel(sigmaOfQ(-q), sigma(-z))).toBeLessThan(1e-14);
  expect(rel(dsigmaOfQ(q), sigmaPrime(z))).toBeLessThan(1e-14);
  expect(Math.sign(q) || 1).toBe(z >= 0 ? 1 : -1); // the sign survives even where q underflows
}
