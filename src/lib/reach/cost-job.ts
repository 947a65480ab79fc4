// What the cost measurement times, built from the page's settings: each compared model's network
// (hidden size, init, biases, seed) with its gradients only (no per-unit rows, no dL/dW), at the
// plan's lengths. A custom phi is timed as tanh: the cost is the architecture's, and the formula
// would need the expression parser in the worker.
import { specFor, type LabState } from '../model/lab-state';
import type { Arch, SpecInput } from '../sim/spec';
import type { CostJob } from '../worker/cost-protocol';
import { DEFAULT_PLAN } from '../worker/cost-measure';

/**
 * The compared models. Adapter: LabState.compare becomes an Arch[] (1 to 4 models) with the
 * comparison set's rewrite; this line then reads `state.compare`.
 */
export const comparedArchs = (state: LabState): readonly Arch[] => state.compare;

export function costSpec(state: LabState, arch: Arch): SpecInput {
  const { formula: _formula, ...spec } = specFor(state, arch, false);
  void _formula;
  return {
    ...spec,
    activation: state.activation === 'custom' ? 'tanh' : state.activation,
    perUnit: false,
    paramGrads: false
  };
}

export function costJob(state: LabState, archs: readonly Arch[]): CostJob {
  return {
    specs: archs.map((arch) => costSpec(state, arch)),
    lengths: [...DEFAULT_PLAN.lengths],
    budgetMs: DEFAULT_PLAN.budgetMs
  };
}

/** What the measurement depends on: the models and their networks, not T (it sets its own lengths). */
export const costKey = (job: CostJob): string => JSON.stringify(job.specs.map((s) => ({ ...s, steps: 0 })));
