// The connectivity map (connectivity.ts: log10 ||dh_t/dx_s|| for every pair of steps) of a
// network before and after training, on the task's first evaluation sequence: where training
// taught the state to keep listening to early inputs (the adding problem's marks), the map's
// bottom row reaches back. The trainer's cells, gate layout and parameters are the simulator's
// (net.ts), so its Params are the trained weights with the sequence as input.
import { connectivity, type ConnectivityMap } from '../connectivity';
import { CONTROLLED, type Params } from '../params';
import { spectrumOf } from '../recurrent';
import { netFromSpec, type Net } from './net';
import { sequenceSource, type Sequence } from './tasks';
import { networkSpec, type RunSpec } from './train-spec';

/** Longest sequence the maps are computed for: the work grows with T squared. */
export const NET_CONNECTIVITY_MAX_T = 300;

export interface TrainedConnectivity {
  /** the sequence's length: the maps are T x T */
  T: number;
  before: Float64Array;
  after: Float64Array;
  /** the steps s (1-based) that carry what the target depends on: the adding problem's marks, the latch's pulse */
  marked: number[];
}

function paramsOf(net: Net, seq: Sequence): Params {
  const { arch, activation, n, m } = net;
  const block = CONTROLLED[arch].block;
  return {
    arch,
    activation,
    n,
    m,
    T: seq.length,
    W: net.W,
    U: net.U,
    b: net.b,
    x: seq.x,
    r: net.v,
    h0: new Float64Array(n),
    c0: new Float64Array(n),
    spectrum: () => spectrumOf(net.W.slice(block * n * n, (block + 1) * n * n), n)
  };
}

/** The map of `net` on one sequence. */
export function netConnectivity(net: Net, seq: Sequence): ConnectivityMap {
  return connectivity(paramsOf(net, seq));
}

/**
 * The maps of a run's network at initialisation and with the parameters `theta` it ended
 * with, on the first sequence of its evaluation set; null beyond NET_CONNECTIVITY_MAX_T steps.
 */
export function trainedConnectivity(spec: RunSpec, theta: Float64Array): TrainedConnectivity | null {
  const task = { task: spec.task, steps: spec.steps, noise: spec.noise, pulse: spec.pulse };
  const seq = sequenceSource(task, spec.seed, 'eval')();
  if (seq.length > NET_CONNECTIVITY_MAX_T) return null;
  const untrained = netFromSpec(networkSpec(spec));
  const trained = netFromSpec(networkSpec(spec));
  trained.theta.set(theta); // W, U, b, v, c are views of theta
  const marked =
    spec.task === 'adding'
      ? Array.from({ length: seq.length }, (_, t) => t + 1).filter((s) => seq.x[2 * (s - 1) + 1] === 1)
      : Array.from({ length: Math.min(spec.pulse, seq.length) }, (_, t) => t + 1);
  return {
    T: seq.length,
    before: netConnectivity(untrained, seq).values,
    after: netConnectivity(trained, seq).values,
    marked
  };
}
