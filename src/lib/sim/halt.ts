// A custom phi runs in plain doubles, and a network can leave them: phi(x) = x^2 squares its
// state every step and overflows in about ten, log(x) is undefined for x < 0. That is a
// property of the network the student typed, not an error in the input, so the engine reports
// where it happened (which step, which x, which value, phi or phi') and shows the steps before.

import { msg } from '../i18n/index';

/** Where and how a network's state left the doubles. */
export interface Halt {
  /** the step t whose forward pass failed (1-based): the figures stop at t - 1 */
  step: number;
  /** the spec's steps, the T that was asked for */
  requestedSteps: number;
  /** the pre-activation fed to phi (or phi') */
  x: number;
  /** what came out: Infinity, -Infinity or NaN */
  value: number;
  /** which of phi and its derivative left the doubles */
  what: 'phi' | "phi'";
  /** one plain sentence for the reader, in the page's language (the worker is told it) */
  message: string;
}

/** Thrown when the very first step fails: no step is left to show. */
export class NetworkHaltError extends Error {
  constructor(readonly halted: Halt) {
    super(halted.message);
    this.name = 'NetworkHaltError';
  }
}

/** A number as the reader wants it: 2 significant digits, exponent without "+". */
export function shortNumber(v: number): string {
  if (!Number.isFinite(v) || v === 0) return String(v);
  const a = Math.abs(v);
  const text = a >= 1e4 || a < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
  return text.replace('e+', 'e').replace(/\.0(e|$)/, '$1');
}

/** The halt of a network whose phi (or phi') gave `value` for `x` at `step` of `requestedSteps`. */
export function haltAt(
  formula: string,
  what: Halt['what'],
  step: number,
  requestedSteps: number,
  x: number,
  value: number
): Halt {
  const m = msg().sim.halt;
  const subject = what === 'phi' ? m.phi(formula) : m.dphi(formula);
  const cause = Number.isFinite(x)
    ? (Number.isNaN(value) ? m.undefinedAt : m.overflowsAt)(step, shortNumber(x), value)
    : m.argument(step, x);
  const rest = m.stop(step);
  return { step, requestedSteps, x, value, what, message: `${subject} ${cause}${rest}` };
}
