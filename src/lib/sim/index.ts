// The engine's entry: simulate(spec) validates the spec, builds the parameters and runs
// the fast kernel of its architecture. Pure TypeScript: no DOM, no Svelte.
import type { Gradients } from './gradients';
import type { ParamGradMode } from './param-grads';
import { gruGradients } from './gru';
import { lstmGradients } from './lstm';
import { buildParams, CONTROLLED, type Params } from './params';
import type { Spectrum } from './recurrent';
import { rnnGradients } from './rnn';
import { validateSpec, type Spec } from './spec';

export * from './spec';
export type { Gradients } from './gradients';
export type { Params } from './params';
export type { Spectrum } from './recurrent';
export { buildParams } from './params';

export interface SimResult extends Gradients {
  /** The validated spec, every default filled in: feeding it back reproduces the result. */
  spec: Spec;
  spectrum: Spectrum & { matrix: 'W' | 'W_f' | 'W_z' };
}

/** Runs the fast kernel on concrete parameters. */
export function gradients(p: Params, perUnit: boolean, paramGrads: ParamGradMode = false): Gradients {
  if (p.arch === 'lstm') return lstmGradients(p, perUnit, paramGrads);
  if (p.arch === 'gru') return gruGradients(p, perUnit, paramGrads);
  return rnnGradients(p, perUnit, paramGrads);
}

/** Validates (throws SpecError naming the field) and simulates. */
export function simulate(input: unknown): SimResult {
  const spec = validateSpec(input);
  const params = buildParams(spec);
  return {
    spec,
    ...gradients(params, spec.perUnit, spec.paramGrads),
    spectrum: { matrix: CONTROLLED[spec.arch].name, ...params.spectrum() }
  };
}

/** JSON text of a result (or any object holding Float64Arrays): typed arrays as arrays, -Infinity and NaN as null. */
export function resultToJSON(result: object): string {
  return JSON.stringify(result, (_key, value) => {
    if (value instanceof Float64Array) return Array.from(value, (v) => (Number.isFinite(v) ? v : null));
    return value;
  });
}
