// The guided Bengio-1994 tour. Each step sets the controls and writes a caption whose
// numbers are read from what is on screen (the line chart's curves, measured and theory)
// or computed by the engine: none is typed in, so every caption stays true.
import type { Curve } from '../figures/figure-data';
import { percentText, ratioFromLog10 } from '../figures/format';
import { runsBaseline, solvedAtOf } from '../figures/training-figures';
import { attentionReading, weightsSpread } from '../figures/reach-attention';
import { linearRnnLog10, powerNorms2x2, sigmoidOf } from '../sim/theory';
import type { SimResult } from '../sim/index';
import type { Arch } from '../sim/spec';
import { DEFAULT_STATE, type LabState } from '../model/lab-state';
import type { LatchGrid, LatchShown } from '../model/latch-figures';
import type { TrainingRun } from '../model/training-run';
import { gridCell } from '../figures/latch-caption';
import { captionSteps, farShareText, recentShareText, type WeightShares } from '../figures/weight-shares';

export interface TourContext {
  state: LabState;
  curves: Curve[];
  results: SimResult[];
  /** each compared architecture's share of dL/dW by steps back */
  shares: WeightShares[];
  /** the latch's run and trade-off grid, on the latch view */
  latch: LatchShown | null;
  latchGrid: LatchGrid | null;
  /** the training runs, on the training view */
  training: TrainingRun[];
}

/** The shares on screen: the last `recent` steps' and the far steps'. */
function sharesOf(ctx: TourContext, arch: string): { recent: string; far: string } {
  const s = ctx.shares.find((x) => x.arch === arch);
  const { recent, far } = captionSteps(ctx.state.steps);
  return s
    ? { recent: recentShareText(s, recent), far: farShareText(s, far) }
    : { recent: '(not shown)', far: '(not shown)' };
}

/** The latch's numbers on screen: its settings, kept trajectories, gradients and the grid's cells. */
function latchNumbers(ctx: TourContext) {
  const l = ctx.latch;
  const grid = ctx.latchGrid;
  if (!l) return null;
  const cell = (w: number, noise: number) => (grid ? gridCell(grid, w, noise) : null);
  const pending = '(the grid is still computing)';
  const T = l.spec.steps;
  const settled = l.fixedPoints[l.fixedPoints.length - 1];
  const here = cell(l.spec.w, l.spec.noise);
  const robust = cell(2, l.spec.noise);
  return {
    w: l.spec.w.toFixed(2),
    noise: l.spec.noise.toFixed(2),
    T,
    attractors: l.fixedPoints.length === 3,
    kept: `${l.run.kept} of ${l.run.trajectories.length}`,
    grad: ratioFromLog10(l.run.clean.gradLog10[T - 1]),
    slope: settled.slope.toFixed(3),
    gridKept: here ? `${Math.round(100 * here.kept)}% of ${grid!.trajectories}` : pending,
    gridGrad: here ? ratioFromLog10(here.gradLog10) : pending,
    robustGrad: robust ? ratioFromLog10(robust.gradLog10) : pending
  };
}

const NOT_SHOWN = 'Open the latch view to see this step.';

// the latch's defaults: noise 0.3, a pulse of 1 for 3 steps, T = 100
const latchStep = { ...DEFAULT_STATE, view: 'latch' } as const;

export interface TourStep {
  title: string;
  state: Partial<LabState>;
  /** entering the step starts training the compared architectures */
  train?: boolean;
  /** the curves the line chart's y axis fits (lecture/axis-focus.ts); otherwise it fits them all */
  lineAxis?: readonly string[];
  caption(ctx: TourContext): string;
}

/** The value k steps back of a curve on screen (k = T by default: the far end), as a ratio. */
function read(ctx: TourContext, id: string, k = ctx.state.steps): string {
  const c = ctx.curves.find((x) => x.id === id);
  return c ? ratioFromLog10(c.values[k]) : '(not shown)';
}

/** First k at which a curve on screen falls below 10^threshold. */
function fallsAt(ctx: TourContext, id: string, threshold: number): string {
  const c = ctx.curves.find((x) => x.id === id);
  const k = c ? c.values.findIndex((v) => v < threshold) : -1;
  return k < 0 ? 'never' : String(k);
}

/** Long enough that the RNN's and the LSTM's gradients have faded by orders of magnitude. */
const ATTENTION_STEPS = 500;

const linear = {
  ...DEFAULT_STATE,
  compare: ['rnn', 'lstm'] as Arch[],
  activation: 'linear',
  init: 'orthogonal',
  steps: 100,
  hidden: 32,
  inputScale: 1
} as const;
const transient = powerNorms2x2(
  [
    [0.9, 5],
    [0, 0.9]
  ],
  200
);
const peak = transient.reduce((best, v, k) => (v > transient[best] ? k : best), 0);
const firstBelow1 = transient.findIndex((v, k) => k > peak && v < 1);

export const TOUR: TourStep[] = [
  {
    title: 'A product of Jacobians shrinks geometrically',
    state: { ...linear, radius: 0.9 },
    caption: (c) =>
      `Linear RNN, orthogonal W with spectral radius 0.9, ${c.state.steps} steps: the gradient reaching step 0 is ` +
      `${read(c, 'rnn-h')} of its value at the loss, 0.9^${c.state.steps}. At radius 1.1 it would be ` +
      `${ratioFromLog10(linearRnnLog10(1.1, c.state.steps))}.`
  },
  {
    title: 'Vanishing and exploding (Bengio, Simard & Frasconi 1994)',
    state: { ...linear, radius: 0.5 },
    caption: (c) =>
      `Radius 0.5 over ${c.state.steps} steps: ${read(c, 'rnn-h')}, thirty orders of magnitude. Radius 2 mirrors it: ` +
      `${ratioFromLog10(linearRnnLog10(2, c.state.steps))}. Backpropagation multiplies by W once per step, so the ` +
      `gradient shrinks or grows geometrically.`
  },
  {
    title: 'Radius exactly 1: the norm is preserved',
    state: { ...linear, radius: 1 },
    caption: (c) =>
      `With an orthogonal W of radius 1 every singular value is 1, and the gradient keeps ${read(c, 'rnn-h')} of its ` +
      `norm over ${c.state.steps} steps: why orthogonal and identity initialisations help plain RNNs.`
  },
  {
    title: 'tanh: saturation bounds the state, not the gradient',
    state: {
      ...DEFAULT_STATE,
      compare: ['rnn', 'lstm'] as Arch[],
      activation: 'tanh',
      init: 'orthogonal',
      radius: 1.5,
      hidden: 100,
      inputScale: 0.001,
      steps: 100
    },
    caption: (c) =>
      `Pascanu, Mikolov & Bengio (2013): a largest singular value below 1/γ (γ = 1 for tanh) guarantees vanishing. ` +
      `Above it, with 100 units and radius 1.5, tanh keeps the state in [-1, 1], yet the gradient still grows to ` +
      `${read(c, 'rnn-h')} over ${c.state.steps} steps.`
  },
  {
    title: 'The spectral radius is not the whole story',
    state: { ...linear, init: 'gaussian', radius: 0.95 },
    caption: (c) => {
      const s = c.results.find((r) => r.spec.arch === 'rnn')?.spectrum;
      return (
        `A Gaussian W rescaled to radius ${s ? s.spectralRadius.toFixed(2) : '0.95'} has spectral norm ` +
        `${s ? s.spectralNorm.toFixed(2) : '?'}: it is non-normal. Strongly non-normal matrices grow before they ` +
        `decay: W = [[0.9, 5], [0, 0.9]] has radius 0.9, yet ||W^k|| peaks at ${transient[peak].toFixed(1)} at k = ` +
        `${peak} and stays above 1 until k = ${firstBelow1}.`
      );
    }
  },
  {
    title: 'LSTM, forget bias 0: the highway halves every step',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 0, steps: 100 },
    caption: (c) =>
      `A framework default of zero biases gives σ(0) = 0.5: along the direct cell path the gradient is multiplied by ` +
      `0.5 per step, ${read(c, 'lstm-theory')} after ${c.state.steps} steps (dashed). With real inputs the gates ` +
      `vary: the highway alone keeps ${read(c, 'lstm-path')}.`
  },
  {
    title: 'Forget bias 1, the usual initialisation',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 1, steps: 100 },
    caption: (c) =>
      `σ(1) = ${sigmoidOf(1).toFixed(2)}: the highway falls below 1e-3 after ${fallsAt(c, 'lstm-theory', -3)} steps ` +
      `(dashed theory; measured: ${fallsAt(c, 'lstm-path', -3)}). Better than the RNN, whose gradient is ` +
      `${read(c, 'rnn-h')} after ${c.state.steps} steps, but still short memory.`
  },
  {
    title: 'Forget bias 5: dilution, not vanishing',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 5, steps: 500 },
    lineAxis: ['lstm-c', 'lstm-path', 'lstm-theory'],
    caption: (c) =>
      `σ(5) = ${sigmoidOf(5).toFixed(4)}: ${read(c, 'lstm-theory')} survives ${c.state.steps} steps along the ` +
      `highway Πf (measured: ${read(c, 'lstm-path')}): dilution by one gate per unit, not a matrix power. ` +
      `The full cell gradient (solid) ends at ${read(c, 'lstm-c')}, via h and W.`
  },
  {
    title: 'The full LSTM gradient is more than the highway',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 5, steps: 100 },
    caption: (c) =>
      `Paths through h_t and the gates add to the highway: at forget bias 5 the full cell gradient ends at ` +
      `${read(c, 'lstm-c')} of its start after ${c.state.steps} steps, while the highway Πf alone keeps ` +
      `${read(c, 'lstm-path')} (theory ${read(c, 'lstm-theory')}). The excess is a product with W in it: it can ` +
      `vanish or explode as an RNN's does; the highway can only dilute.`
  },
  {
    title: 'GRU: the update gate is the direct path',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'gru'], updateBias: 3, steps: 100 },
    caption: (c) =>
      `Two gates, no separate cell: h_t = (1 - z) n_t + z h_{t-1}, so the direct path back in time is the product of ` +
      `the update gates z. At update bias 3 (z ~ ${sigmoidOf(3).toFixed(3)}) that path keeps ` +
      `${read(c, 'gru-path')} over ${c.state.steps} steps; the full gradient ${read(c, 'gru-h')}.`
  },
  {
    title: 'The weight gradient forgets the past (Bengio et al. 1994)',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], steps: 100 },
    caption: (c) => {
      const rnn = sharesOf(c, 'rnn');
      const lstm = sharesOf(c, 'lstm');
      const { recent, far } = captionSteps(c.state.steps);
      return (
        `∂L/∂W is a sum over time steps, Σ δₜ hₜ₋₁ᵀ. Here the last ${recent} steps carry ${rnn.recent} of the RNN's ` +
        `weight gradient; the steps before the last ${far} carry ${rnn.far} of it (LSTM: ${lstm.recent} and ` +
        `${lstm.far}). Where the far share is that small, a gradient step follows the short-term dependencies, ` +
        'whatever the learning rate.'
      );
    }
  },
  {
    title: 'Robust memory forces vanishing gradients: the latch',
    state: { ...latchStep, latchW: 2 },
    caption: (c) => {
      const l = latchNumbers(c);
      if (!l) return NOT_SHOWN;
      const memory = l.attractors
        ? `two attractors with |f′| = ${l.slope} < 1`
        : `no attractor (one fixed point, |f′| = ${l.slope})`;
      return (
        `One neuron, aₜ = w·tanh(aₜ₋₁) + hₜ, w = ${l.w}: ${memory}. ${l.kept} noisy trajectories keep their bit ` +
        `to step ${l.T}, and without noise |∂a_T/∂a₁| = ${l.grad}. ` +
        (l.attractors
          ? 'Both come from |f′| < 1: the attractor that holds the bit against noise is what shrinks the ' +
            'gradient, by that factor at every step.'
          : 'Without an attractor nothing holds the bit against noise.')
      );
    }
  },
  {
    title: 'Where the gradient survives, the bit does not',
    state: { ...latchStep, latchW: 1 },
    caption: (c) => {
      const l = latchNumbers(c);
      if (!l) return NOT_SHOWN;
      return (
        `w = ${l.w}: ${l.attractors ? 'attractors close to 0' : 'no attractor'}, and a gradient that decays far ` +
        `more slowly: without noise |∂a_T/∂a₁| = ${l.grad} after ${l.T} steps; on the grid the median over ` +
        `noisy trajectories is ${l.gridGrad} here against ${l.robustGrad} at w = 2. But the noise now flips ` +
        `bits: ${l.kept} trajectories drawn keep theirs, and ${l.gridKept} on the grid at σ = ${l.noise}, about a ` +
        'coin flip. Robust memory or a gradient, not both.'
      );
    }
  },
  {
    title: 'Training: the RNN stays at the baseline, the LSTM learns',
    state: { ...DEFAULT_STATE, view: 'training', hidden: 16, trainSteps: 20, trainIterations: 1500 },
    train: true,
    caption: (c) => trainingCaption(c.training)
  },
  {
    title: 'Attention sees every step directly',
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'attention'], steps: ATTENTION_STEPS },
    caption: (c) => {
      const T = c.state.steps;
      return (
        `${T} steps back, the RNN's gradient is ${read(c, 'rnn-h')} of its value at the loss and the LSTM ` +
        `cell's ${read(c, 'lstm-c')}: each passes through ${T} Jacobians. Attention's path from any position ` +
        `to the last is one step long, whatever the distance: its gradient to the first position is ` +
        // e_1, one step before the far end: attention has no e_0
        `${read(c, 'attention-e', T - 1)}.${weightSpread(c)}`
      );
    }
  },
  {
    title: "Attention's catch: cost and width",
    // the reach view: its reach chart, attention's weights and the cost measured on this device
    state: { ...DEFAULT_STATE, view: 'reach', compare: ['rnn', 'lstm', 'attention'], steps: ATTENTION_STEPS },
    caption: (c) => {
      const T = c.state.steps;
      const n = c.results.find((r) => r.spec.arch === 'attention')?.spec.hidden ?? c.state.hidden;
      return (
        `The one-step path costs: the last position attends to all ${T} before it, and a sequence's positions ` +
        `together make about T² / 2 = ${Math.round((T * T) / 2)} query-key products where a recurrence makes ` +
        `${T} steps. To generate the next token an RNN keeps ${n} numbers (an LSTM ${2 * n}: h and c); ` +
        `attention keeps every key and value, 2nT = ${2 * n * T} numbers, growing with T.${weightSpread(c)}`
      );
    }
  }
];

/**
 * Attention's width, read from the weights on screen: at initialisation softmax spreads them over
 * all T positions, so the gradient to each is diluted by about 1/T (issue 18), until training focuses it.
 */
function weightSpread(c: TourContext): string {
  const attention = c.results.find((r) => r.spec.arch === 'attention')?.attention;
  const r = attention && attentionReading(attention);
  if (!r) return '';
  const uniform = (1 / r.T).toPrecision(2);
  const near = `${percentText(r.nearUniform)} of the weights lie within a factor 2 of 1/T = ${uniform}`;
  // the reach view's reading of the same weights (reach-attention.ts): one verdict for one figure
  return weightsSpread(r)
    ? ` But softmax spreads the weight: ${near}, so the gradient to each input is thin (dilution in width).`
    : ` These weights are focused (the largest is ${r.max.value.toPrecision(2)}, ${near}); at initialisation ` +
        'softmax usually spreads them over all T inputs.';
}

/** What the runs on screen show: progress while they train, the outcome once they are done. */
function trainingCaption(runs: TrainingRun[]): string {
  const rnn = runs.find((r) => r.arch === 'rnn');
  const lstm = runs.find((r) => r.arch === 'lstm');
  if (!rnn || !lstm) return 'Press Start (above) to train an RNN and an LSTM side by side on the adding problem.';
  const { spec } = lstm;
  const clip = spec.clip > 0 ? `clipping at ${spec.clip}` : 'no clipping';
  const task = `the adding problem at T = ${spec.steps} (${spec.hidden} units, ${spec.optimizer}, ${clip})`;
  const at = (r: TrainingRun) => r.history.at(-1);
  if (rnn.status !== 'done' || lstm.status !== 'done') {
    const state = [rnn, lstm].some((r) => r.status === 'paused') ? 'paused' : 'training';
    return (
      `An RNN and an LSTM side by side on ${task}, each in a worker, ${state}: RNN at iteration ` +
      `${at(rnn)?.iteration ?? 0}, LSTM at ${at(lstm)?.iteration ?? 0} of ${spec.iterations}.`
    );
  }
  const solvedAt = solvedAtOf(lstm);
  const baseline = runsBaseline(runs);
  const rnnLoss = at(rnn)!.evalLoss;
  const lstmPart =
    solvedAt === undefined
      ? `the LSTM reached ${percentText(at(lstm)!.evalAccuracy)} accuracy without solving it`
      : `the LSTM solved it at iteration ${solvedAt} (${percentText(at(lstm)!.evalAccuracy)} accuracy at the end)`;
  const rnnPart =
    rnnLoss > 0.8 * baseline
      ? `the RNN's evaluation loss stayed at ${ratioFromLog10(Math.log10(rnnLoss))}, near the ` +
        `${ratioFromLog10(Math.log10(baseline))} of predicting the mean: it learned next to nothing`
      : `the RNN's evaluation loss fell to ${ratioFromLog10(Math.log10(rnnLoss))} (predicting the mean: ` +
        `${ratioFromLog10(Math.log10(baseline))})`;
  return `After ${spec.iterations} iterations on ${task}: ${lstmPart}, while ${rnnPart}. Compare their gradient flows.`;
}
