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
import { fixed, localNumber, msg, precision } from '../i18n/index';
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

/** The tour's messages, in the page's language (read at each call: the language can change). */
const t = () => msg().tour;

/** The shares on screen: the last `recent` steps' and the far steps'. */
function sharesOf(ctx: TourContext, arch: string): { recent: string; far: string } {
  const s = ctx.shares.find((x) => x.arch === arch);
  const { recent, far } = captionSteps(ctx.state.steps);
  return s
    ? { recent: recentShareText(s, recent), far: farShareText(s, far) }
    : { recent: t().notShown, far: t().notShown };
}

/** The latch's numbers on screen: its settings, kept trajectories, gradients and the grid's cells. */
function latchNumbers(ctx: TourContext) {
  const l = ctx.latch;
  const grid = ctx.latchGrid;
  if (!l) return null;
  const cell = (w: number, noise: number) => (grid ? gridCell(grid, w, noise) : null);
  const pending = t().gridPending;
  const T = l.spec.steps;
  const settled = l.fixedPoints[l.fixedPoints.length - 1];
  const here = cell(l.spec.w, l.spec.noise);
  const robust = cell(2, l.spec.noise);
  return {
    w: fixed(l.spec.w, 2),
    noise: fixed(l.spec.noise, 2),
    T,
    attractors: l.fixedPoints.length === 3,
    kept: t().keptOf(l.run.kept, l.run.trajectories.length),
    grad: ratioFromLog10(l.run.clean.gradLog10[T - 1]),
    slope: fixed(settled.slope, 3),
    gridKept: here ? t().gridKeptOf(Math.round(100 * here.kept), grid!.trajectories) : pending,
    gridGrad: here ? ratioFromLog10(here.gradLog10) : pending,
    robustGrad: robust ? ratioFromLog10(robust.gradLog10) : pending
  };
}

// the latch's defaults: noise 0.3, a pulse of 1 for 3 steps, T = 100
const latchStep = { ...DEFAULT_STATE, view: 'latch' } as const;

export interface TourStep {
  /** in the page's language: a getter, read when shown */
  readonly title: string;
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
  return c ? ratioFromLog10(c.values[k]) : t().notShown;
}

/** First k at which a curve on screen falls below 10^threshold (null: never, or not shown). */
function fallsAt(ctx: TourContext, id: string, threshold: number): number | null {
  const c = ctx.curves.find((x) => x.id === id);
  const k = c ? c.values.findIndex((v) => v < threshold) : -1;
  return k < 0 ? null : k;
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
    get title() {
      return t().product.title;
    },
    state: { ...linear, radius: 0.9 },
    caption: (c) =>
      t().product.caption(c.state.steps, read(c, 'rnn-h'), ratioFromLog10(linearRnnLog10(1.1, c.state.steps)))
  },
  {
    get title() {
      return t().bengio.title;
    },
    state: { ...linear, radius: 0.5 },
    caption: (c) =>
      t().bengio.caption(
        c.state.steps,
        read(c, 'rnn-h'),
        ratioFromLog10(linearRnnLog10(2, c.state.steps)),
        Math.round(-linearRnnLog10(0.5, c.state.steps))
      )
  },
  {
    get title() {
      return t().radiusOne.title;
    },
    state: { ...linear, radius: 1 },
    caption: (c) => t().radiusOne.caption(c.state.steps, read(c, 'rnn-h'))
  },
  {
    get title() {
      return t().tanh.title;
    },
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
    caption: (c) => t().tanh.caption(c.state.steps, read(c, 'rnn-h'))
  },
  {
    get title() {
      return t().nonNormal.title;
    },
    state: { ...linear, init: 'gaussian', radius: 0.95 },
    caption: (c) => {
      const s = c.results.find((r) => r.spec.arch === 'rnn')?.spectrum;
      return t().nonNormal.caption(
        s ? fixed(s.spectralRadius, 2) : fixed(0.95, 2),
        s ? fixed(s.spectralNorm, 2) : '?',
        fixed(transient[peak], 1),
        peak,
        firstBelow1
      );
    }
  },
  {
    get title() {
      return t().forgetZero.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 0, steps: 100 },
    caption: (c) => t().forgetZero.caption(c.state.steps, read(c, 'lstm-theory'), read(c, 'lstm-path'))
  },
  {
    get title() {
      return t().forgetOne.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 1, steps: 100 },
    caption: (c) =>
      t().forgetOne.caption(
        c.state.steps,
        fixed(sigmoidOf(1), 2),
        fallsAt(c, 'lstm-theory', -3),
        fallsAt(c, 'lstm-path', -3),
        read(c, 'rnn-h')
      )
  },
  {
    get title() {
      return t().forgetFive.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 5, steps: 500 },
    lineAxis: ['lstm-c', 'lstm-path', 'lstm-theory'],
    caption: (c) =>
      t().forgetFive.caption(
        c.state.steps,
        fixed(sigmoidOf(5), 4),
        read(c, 'lstm-theory'),
        read(c, 'lstm-path'),
        read(c, 'lstm-c')
      )
  },
  {
    get title() {
      return t().fullCell.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], forgetBias: 5, steps: 100 },
    caption: (c) => t().fullCell.caption(c.state.steps, read(c, 'lstm-c'), read(c, 'lstm-path'), read(c, 'lstm-theory'))
  },
  {
    get title() {
      return t().gru.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'gru'], updateBias: 3, steps: 100 },
    caption: (c) => t().gru.caption(c.state.steps, fixed(sigmoidOf(3), 3), read(c, 'gru-path'), read(c, 'gru-h'))
  },
  {
    get title() {
      return t().weightGradient.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm'], steps: 100 },
    caption: (c) => {
      const { recent, far } = captionSteps(c.state.steps);
      return t().weightGradient.caption(recent, far, sharesOf(c, 'rnn'), sharesOf(c, 'lstm'));
    }
  },
  {
    get title() {
      return t().latchRobust.title;
    },
    state: { ...latchStep, latchW: 2 },
    caption: (c) => {
      const l = latchNumbers(c);
      if (!l) return t().openLatch;
      const m = t().latchRobust;
      const memory = l.attractors ? m.twoAttractors(l.slope) : m.noAttractor(l.slope);
      return m.caption(l.w, memory, l.kept, l.T, l.grad, l.attractors);
    }
  },
  {
    get title() {
      return t().latchFragile.title;
    },
    state: { ...latchStep, latchW: 1 },
    caption: (c) => {
      const l = latchNumbers(c);
      if (!l) return t().openLatch;
      return t().latchFragile.caption(l.w, l.attractors, l.T, l, l.kept, l.gridKept, l.noise);
    }
  },
  {
    get title() {
      return t().training.title;
    },
    state: { ...DEFAULT_STATE, view: 'training', hidden: 16, trainSteps: 20, trainIterations: 1500 },
    train: true,
    caption: (c) => trainingCaption(c.training)
  },
  {
    get title() {
      return t().attentionSees.title;
    },
    state: { ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'attention'], steps: ATTENTION_STEPS },
    caption: (c) => {
      const T = c.state.steps;
      // e_1, one step before the far end: attention has no e_0
      return t().attentionSees.caption(
        T,
        read(c, 'rnn-h'),
        read(c, 'lstm-c'),
        read(c, 'attention-e', T - 1),
        weightSpread(c)
      );
    }
  },
  {
    get title() {
      return t().attentionCatch.title;
    },
    // the reach view: its reach chart, attention's weights and the cost measured on this device
    state: { ...DEFAULT_STATE, view: 'reach', compare: ['rnn', 'lstm', 'attention'], steps: ATTENTION_STEPS },
    caption: (c) => {
      const n = c.results.find((r) => r.spec.arch === 'attention')?.spec.hidden ?? c.state.hidden;
      return t().attentionCatch.caption(c.state.steps, n, weightSpread(c));
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
  const near = t().weightsNear(percentText(r.nearUniform), precision(1 / r.T, 2));
  // the reach view's reading of the same weights (reach-attention.ts): one verdict for one figure
  return weightsSpread(r) ? t().weightsSpread(near) : t().weightsFocused(precision(r.max.value, 2), near);
}

/** What the runs on screen show: progress while they train, the outcome once they are done. */
function trainingCaption(runs: TrainingRun[]): string {
  const m = t().training;
  const rnn = runs.find((r) => r.arch === 'rnn');
  const lstm = runs.find((r) => r.arch === 'lstm');
  if (!rnn || !lstm) return m.notStarted;
  const { spec } = lstm;
  const task = {
    steps: spec.steps,
    hidden: spec.hidden,
    optimizer: spec.optimizer,
    clip: spec.clip > 0 ? localNumber(String(spec.clip)) : null
  };
  const at = (r: TrainingRun) => r.history.at(-1);
  if (rnn.status !== 'done' || lstm.status !== 'done') {
    const paused = [rnn, lstm].some((r) => r.status === 'paused');
    return m.progress(task, paused, at(rnn)?.iteration ?? 0, at(lstm)?.iteration ?? 0, spec.iterations);
  }
  const solvedAt = solvedAtOf(lstm);
  const baseline = runsBaseline(runs);
  const rnnLoss = at(rnn)!.evalLoss;
  const accuracy = percentText(at(lstm)!.evalAccuracy);
  const lstmPart = solvedAt === undefined ? m.lstmUnsolved(accuracy) : m.lstmSolved(solvedAt, accuracy);
  const loss = ratioFromLog10(Math.log10(rnnLoss));
  const mean = ratioFromLog10(Math.log10(baseline));
  const rnnPart = rnnLoss > 0.8 * baseline ? m.rnnStuck(loss, mean) : m.rnnLearned(loss, mean);
  return m.done(task, spec.iterations, lstmPart, rnnPart);
}
