// Training one network on one task: minibatches from the task's seeded stream, the gradient of
// the mean squared error by BPTT (net.ts), clipping and an optimiser step (optimizers.ts), and
// every evalEvery iterations the loss and accuracy on a fixed evaluation set. The same spec
// gives the same history, in Node and in the browser. Runs as a generator, so a worker can
// pause between iterations and post the history as it grows.
import { archModule, type TrainableNet } from '../archs/index';
import { log10 } from '../det-math';
import { adam, clipGradient, sgd } from './optimizers';
import { baselineLoss, correct, markedSteps, sequenceSource, type Sequence } from './tasks';
import { networkSpec, type RunSpec } from './train-spec';

export interface HistoryEntry {
  iteration: number;
  /** the training batch's loss at this iteration, before its update */
  loss: number;
  evalLoss: number;
  evalAccuracy: number;
  /** log10 of the gradient's norm before clipping */
  gradNormLog10: number;
  clipped: boolean;
  /** log10 of the norm before clipping of every iteration since the previous entry, this one last */
  normsLog10: number[];
  /** spectral radius of W (rnn, residual), W_f (lstm) or W_z (gru); null for attention and the window */
  spectralRadius: number | null;
  /**
   * log10 ||dL/dh_{L-k}||, k = 0..L, for the first sequence of this iteration's batch (attention:
   * dL/de_{L-k}, the position's embedding; the window: dL/dx_{L-k})
   */
  flowLog10: Float64Array;
  /** the steps back k = L - s of that sequence's marked inputs (tasks.ts markedSteps) */
  flowMarks: number[];
}

export interface TrainResult {
  spec: RunSpec;
  /** the mean-prediction loss: about 1/24 for adding (tasks.ts: addingBaseline), 0.64 for the latch */
  baselineLoss: number;
  history: HistoryEntry[];
  /** the first logged iteration with evalAccuracy >= 0.95, or null */
  solvedAt: number | null;
  /** the iteration at which the loss or the gradient stopped being finite (training stops there), or null */
  divergedAt: number | null;
  final: { evalLoss: number; evalAccuracy: number };
  seconds: number;
  /** the parameters the run ended with, laid out as the network's theta (net.ts) */
  theta: Float64Array;
}

/** A run has solved its task once 95% of the evaluation set is right. */
export const SOLVED = 0.95;

function evaluate(
  net: TrainableNet,
  set: Sequence[],
  task: RunSpec['task']
): { evalLoss: number; evalAccuracy: number } {
  let loss = 0;
  let right = 0;
  net.outputs(set).forEach((y, i) => {
    const e = y - set[i].target;
    loss += e * e;
    if (correct(task, y, set[i].target)) right++;
  });
  return { evalLoss: loss / set.length, evalAccuracy: right / set.length };
}

/**
 * Trains, yielding after every iteration: the history entry when one was logged, null
 * otherwise (so a worker can pause between any two iterations); returns the whole result.
 */
export function* training(spec: RunSpec): Generator<HistoryEntry | null, TrainResult, void> {
  const start = performance.now();
  const network = networkSpec(spec);
  const net = archModule(network.arch).trainable(network);
  const task = { task: spec.task, steps: spec.steps, noise: spec.noise, pulse: spec.pulse };
  const next = sequenceSource(task, spec.seed, 'train');
  const evalNext = sequenceSource(task, spec.seed, 'eval');
  const evalSet = Array.from({ length: spec.evalSize }, evalNext);
  const grad = new Float64Array(net.theta.length);
  const opt =
    spec.optimizer === 'adam'
      ? adam(net.theta.length, spec.learningRate)
      : sgd(net.theta.length, spec.learningRate, spec.momentum);
  const history: HistoryEntry[] = [];
  let solvedAt: number | null = null;
  let divergedAt: number | null = null;
  let norms: number[] = [];
  const log = (
    iteration: number,
    loss: number,
    norm: number,
    clipped: boolean,
    flow: Float64Array,
    first: Sequence
  ) => {
    const e = evaluate(net, evalSet, spec.task);
    const entry: HistoryEntry = {
      iteration,
      loss,
      ...e,
      gradNormLog10: log10(norm),
      clipped,
      normsLog10: norms,
      spectralRadius: net.spectralRadius(),
      flowLog10: flow,
      flowMarks: markedSteps(spec.task, first, spec.pulse).map((s) => first.length - s)
    };
    if (solvedAt === null && e.evalAccuracy >= SOLVED) solvedAt = iteration;
    history.push(entry);
    norms = [];
    return entry;
  };
  for (let it = 0; it <= spec.iterations; it++) {
    const batch = Array.from({ length: spec.batch }, next);
    const logged = it % spec.evalEvery === 0 || it === spec.iterations;
    const flow = logged ? new Float64Array(batch[0].length + 1) : undefined;
    const loss = net.lossAndGradient(batch, grad, flow);
    const { norm, clipped } = clipGradient(grad, spec.clip);
    if (!Number.isFinite(loss) || !Number.isFinite(norm)) {
      divergedAt = it; // the loss overflowed: nothing further would mean anything
      break;
    }
    norms.push(log10(norm));
    // the last entry evaluates the network after its last update: no step at it = iterations
    const entry = logged ? log(it, loss, norm, clipped, flow!, batch[0]) : null;
    if (it < spec.iterations) opt.step(net.theta, grad);
    yield entry;
  }
  return {
    spec,
    baselineLoss: baselineLoss(spec.task, spec.steps),
    history,
    solvedAt,
    divergedAt,
    final: { evalLoss: history.at(-1)?.evalLoss ?? Number.NaN, evalAccuracy: history.at(-1)?.evalAccuracy ?? 0 },
    seconds: (performance.now() - start) / 1000,
    theta: net.theta
  };
}

/** Trains to the end; `onEntry` sees each history entry as it is logged. */
export function train(spec: RunSpec, onEntry?: (e: HistoryEntry) => void): TrainResult {
  const run = training(spec);
  for (;;) {
    const r = run.next();
    if (r.done) return r.value;
    if (r.value) onEntry?.(r.value);
  }
}
