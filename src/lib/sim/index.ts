// The engine's entry: simulate(spec) validates the spec, builds the parameters and runs
// the fast kernel of its architecture. Pure TypeScript: no DOM, no Svelte.
import { archModule, type ArchResult } from './archs/index';
import type { Gradients } from './gradients';
import { NetworkHaltError, type Halt } from './halt';
import type { ParamGradMode } from './param-grads';
import { gruGradients } from './gru';
import { lstmGradients } from './lstm';
import type { Params } from './params';
import { rnnGradients } from './rnn';
import { validateSpec, type Spec } from './spec';

export * from './spec';
export type { Gradients } from './gradients';
export type { Params } from './params';
export type { Spectrum } from './recurrent';
export { buildParams } from './params';
export { NetworkHaltError, type Halt } from './halt';
export { ARCH_MODULES, archModule, type ArchModule, type PathKind } from './archs/index';

export interface SimResult extends ArchResult {
  /** The validated spec, every default filled in: feeding it back reproduces the result. */
  spec: Spec;
  /**
   * null for a normal run. When a custom phi (or phi') leaves the doubles at step t >= 2, the
   * result is the same network's over T' = t - 1 steps (loss read at h_T', arrays of T' + 1),
   * and this says where and why; spec.steps stays the T asked for, so the spec reproduces it.
   */
  halted: Halt | null;
}

/** Runs a recurrent architecture's fast kernel on concrete parameters. */
export function gradients(p: Params, perUnit: boolean, paramGrads: ParamGradMode = false): Gradients {
  if (p.arch === 'lstm') return lstmGradients(p, perUnit, paramGrads);
  if (p.arch === 'gru') return gruGradients(p, perUnit, paramGrads);
  return rnnGradients(p, perUnit, paramGrads);
}

/**
 * Validates (throws SpecError naming the field) and simulates. A network whose custom phi
 * leaves the doubles at step 1 throws NetworkHaltError: there is no step to show.
 */
export function simulate(input: unknown): SimResult {
  const spec = validateSpec(input);
  const arch = archModule(spec.arch);
  let result: ArchResult;
  let halted: Halt | null = null;
  try {
    result = arch.run(spec);
  } catch (e) {
    if (!(e instanceof NetworkHaltError) || e.halted.step < 2) throw e;
    halted = e.halted;
    // the steps before the halt are a T'-step network of their own: run exactly that
    result = arch.run(spec, halted.step - 1);
  }
  return { spec, ...result, halted };
}

/** JSON text of a result (or any object holding Float64Arrays): typed arrays as arrays, -Infinity and NaN as null. */
export function resultToJSON(result: object): string {
  return JSON.stringify(result, (_key, value) => {
    if (value instanceof Float64Array) return Array.from(value, (v) => (Number.isFinite(v) ? v : null));
    return value;
  });
}
