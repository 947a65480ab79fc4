// The forget gates an LSTM learns: f_t,i by unit and step on the task's first evaluation sequence,
// before and after training, and each unit's effective memory length 1 / (1 - mean_t f_t,i), the
// number of steps over which f^k falls to 1/e for a constant f (Tallec & Ollivier 2018, sec. 3).
// Dilution is set by these numbers: a unit at f = 0.99 keeps 1% of a value after 460 steps.
import { lstmGradients } from '../lstm';
import { netFromSpec, type Net } from './net';
import { paramsOf } from './net-connectivity';
import { sequenceSource, type Sequence } from './tasks';
import { networkSpec, type RunSpec } from './train-spec';

/** Longest sequence the record is kept for: T n doubles twice, the page draws it as a heatmap. */
export const FORGET_GATES_MAX_T = 1100;

export interface ForgetGates {
  /** f_t,i at row t - 1 (t = 1..T), n a row */
  f: Float64Array;
  /** 1 / (1 - mean_t f_t,i) per unit: Infinity when every gate rounds to 1 */
  memoryLength: Float64Array;
}

export interface TrainedForgetGates {
  T: number;
  n: number;
  before: ForgetGates;
  after: ForgetGates;
}

/** The forget gates of `net` reading `seq`, from the simulator's own LSTM forward pass. */
export function forgetGates(net: Net, seq: Sequence): ForgetGates {
  const { n } = net;
  const T = seq.length;
  const rows = lstmGradients(paramsOf(net, seq), true).perUnit!.f!;
  const f = new Float64Array(T * n);
  for (let t = 1; t <= T; t++) f.set(rows[t], (t - 1) * n);
  const memoryLength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < T; t++) sum += f[t * n + i];
    memoryLength[i] = 1 / (1 - sum / T);
  }
  return { f, memoryLength };
}

/** A run's LSTM at initialisation and with the trained theta; null for other archs or beyond the cap. */
export function trainedForgetGates(spec: RunSpec, theta: Float64Array): TrainedForgetGates | null {
  if (spec.arch !== 'lstm') return null;
  const task = { task: spec.task, steps: spec.steps, noise: spec.noise, pulse: spec.pulse };
  const seq = sequenceSource(task, spec.seed, 'eval')();
  if (seq.length > FORGET_GATES_MAX_T) return null;
  const untrained = netFromSpec(networkSpec(spec));
  const trained = netFromSpec(networkSpec(spec));
  trained.theta.set(theta);
  return { T: seq.length, n: trained.n, before: forgetGates(untrained, seq), after: forgetGates(trained, seq) };
}
