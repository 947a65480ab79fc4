// The connectivity map (connectivity.ts: log10 ||dh_t/dx_s|| for every pair of steps) of a
// network before and after training, on the task's first evaluation sequence. On the adding
// problem a network that learns keeps listening to the marked inputs, and the map's bottom row
// reaches back to them; on the latch a network that holds its bit in an attractor damps every
// perturbation, the pulse's included, so the dependence can fall as accuracy rises (Bengio et al.
// 1994). The trainer's cells, gate layout and parameters are the simulator's (net.ts), so its
// Params are the trained weights with the sequence as input.
import { windowConnectivityValues } from '../archs/window-kernel';
import { windowNetFromSpec, type WindowNet } from '../archs/window-net';
import { connectivity, type ConnectivityMap } from '../connectivity';
import { connectivityMs } from '../connectivity-cost';
import type { Params } from '../params';
import { spectrumOf } from '../recurrent';
import { controlledBlock, netFromSpec, type Net } from './net';
import { markedSteps, sequenceSource, TASK_INPUTS, type Sequence } from './tasks';
import { networkSpec, type RunSpec } from './train-spec';

/**
 * At most this many forecast seconds for a run's two maps (before and after), computed in its
 * worker once training ends: the work grows with T squared, so the bound is on the forecast, not
 * on T. An LSTM of 16 units draws at T = 1000 (about 16 s for both maps on the adding problem).
 */
export const NET_CONNECTIVITY_MAX_SECONDS = 20;

/**
 * Forecast seconds of both maps of a recurrent network with m inputs on a sequence of L steps: the
 * explorer's forecast of one map (sim/connectivity-cost.ts: the same connectivity() call), twice.
 */
export function connectivitySeconds(arch: RunSpec['arch'], n: number, m: number, L: number): number {
  return (2 * connectivityMs({ arch, hidden: n, inputSize: m, steps: L, heads: 1, window: 1 })) / 1000;
}

/** The first evaluation sequence's length and the maps' forecast on it: what the page can promise. */
export function connectivityForecast(spec: RunSpec): { length: number; seconds: number; affordable: boolean } {
  const task = { task: spec.task, steps: spec.steps, noise: spec.noise, pulse: spec.pulse };
  const length = sequenceSource(task, spec.seed, 'eval')().length;
  const m = TASK_INPUTS[spec.task];
  const seconds = spec.arch === 'window' ? 0 : connectivitySeconds(spec.arch, spec.hidden, m, length);
  return { length, seconds, affordable: seconds <= NET_CONNECTIVITY_MAX_SECONDS };
}

export interface TrainedConnectivity {
  /** the sequence's length: the maps are T x T */
  T: number;
  before: Float64Array;
  after: Float64Array;
  /** the steps s (1-based) that carry what the target depends on: the adding problem's marks, the latch's pulse */
  marked: number[];
}

/** The simulator's parameters for a trained network reading one sequence. */
export function paramsOf(net: Net, seq: Sequence): Params {
  const { arch, activation, n, m } = net;
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
    spectrum: () => spectrumOf(controlledBlock(net), n)
  };
}

/** The map of `net` on one sequence. */
export function netConnectivity(net: Net, seq: Sequence): ConnectivityMap {
  return connectivity(paramsOf(net, seq));
}

/**
 * The maps of a run's network at initialisation and with the parameters `theta` it ended
 * with, on the first sequence of its evaluation set; null when forecast over NET_CONNECTIVITY_MAX_SECONDS.
 */
export function trainedConnectivity(spec: RunSpec, theta: Float64Array): TrainedConnectivity | null {
  const task = { task: spec.task, steps: spec.steps, noise: spec.noise, pulse: spec.pulse };
  const seq = sequenceSource(task, spec.seed, 'eval')();
  if (!connectivityForecast(spec).affordable) return null;
  if (spec.arch === 'window') return windowMaps(spec, theta, seq);
  const untrained = netFromSpec(networkSpec(spec));
  const trained = netFromSpec(networkSpec(spec));
  trained.theta.set(theta); // W, U, b, v, c are views of theta
  const marked = markedSteps(spec.task, seq, spec.pulse);
  return {
    T: seq.length,
    before: netConnectivity(untrained, seq).values,
    after: netConnectivity(trained, seq).values,
    marked
  };
}

/** The window's maps: the band of its W_in before and after training, on the same sequence. */
function windowMaps(spec: RunSpec, theta: Float64Array, seq: Sequence): TrainedConnectivity {
  const map = (net: WindowNet) =>
    windowConnectivityValues({ ...net, T: seq.length, x: seq.x, r: net.v, Win: net.Win, b: net.b });
  const untrained = windowNetFromSpec(networkSpec(spec));
  const trained = windowNetFromSpec(networkSpec(spec));
  trained.theta.set(theta); // W_in, b, v, c are views of theta
  return {
    T: seq.length,
    before: map(untrained),
    after: map(trained),
    marked: markedSteps(spec.task, seq, spec.pulse)
  };
}
