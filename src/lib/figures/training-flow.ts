// The gradient flow while learning, per run: log10 of the gradient norm of the batch's first
// sequence by steps back k and logged iteration, as a heatmap matrix, its marked inputs, and a
// caption. What "the gradient at k steps back" is depends on the model's path to its past
// (sim/archs/types.ts PathKind): the state h_{L-k} a recurrence carries (Bengio et al. 1994),
// the embedding e_{L-k} of position L-k that attention reads in one step (Vaswani et al. 2017),
// or the input x_{L-k} a sliding window sees directly while k < N and not at all beyond. Pure.
import { ARCH_LABELS } from '../model/lab-state';
import type { TrainingRun } from '../model/training-run';
import { archModule, type PathKind } from '../sim/archs/index';
import { ARCH_FIELD_DEFAULTS } from '../sim/spec';
import { ratioFromLog10 } from './format';
import { lengthsText } from '../model/train-budget';
import { integer, localNumber, msg } from '../i18n/index';

/** A ratio as the page's language writes it ("0,31", "2,7e-5" in Russian; English unchanged). */
const ratio = (l: number): string => localNumber(ratioFromLog10(l));

/** The quantity a path's flow measures, as the figure names it. */
export const FLOW_QUANTITY: Record<PathKind, { symbol: string; readonly what: string }> = {
  recurrence: {
    symbol: '‖∂L/∂h‖',
    get what() {
      return msg().training.flow.theState;
    }
  },
  attention: {
    symbol: '‖∂L/∂e‖',
    get what() {
      return msg().training.flow.theEmbedding;
    }
  },
  window: {
    symbol: '‖∂L/∂x‖',
    get what() {
      return msg().training.flow.theInput;
    }
  }
};

const pathOf = (r: TrainingRun): PathKind => archModule(r.arch).path;

/** "‖∂L/∂h‖" when every run is a recurrence; "‖∂L/∂h‖ (RNN, LSTM), ‖∂L/∂e‖ (Attention)" for a mix. */
export function flowTitle(runs: TrainingRun[]): string {
  const paths = [...new Set(runs.map(pathOf))];
  if (paths.length <= 1) return FLOW_QUANTITY[paths[0] ?? 'recurrence'].symbol;
  return paths
    .map((p) => {
      const names = runs.filter((r) => pathOf(r) === p).map((r) => ARCH_LABELS[r.arch]);
      return `${FLOW_QUANTITY[p].symbol} (${[...new Set(names)].join(', ')})`;
    })
    .join(', ');
}

/**
 * Steps back a flow entry has: a recurrence has L + 1 states (h_L..h_0, h_0 the initial state);
 * attention and the window have L positions (e_1..e_L, x_1..x_L), so their k = L is no position.
 */
export const flowSteps = (path: PathKind, length: number): number =>
  path === 'recurrence' ? length : Math.max(1, length - 1);

/**
 * The gradient flow of one run: row = logged iteration, column = steps back k, log10 of the norm
 * relative to k = 0 (the loss step), as the lab's heatmaps show it. Sequences of different
 * lengths (the adding problem's) leave their missing columns NaN.
 */
export function flowMatrix(run: TrainingRun): { matrix: Float64Array; rows: number; cols: number } {
  const path = pathOf(run);
  const rows = run.history.length;
  const cols = Math.max(1, ...run.history.map((e) => flowSteps(path, e.flowLog10.length)));
  const matrix = new Float64Array(rows * cols).fill(Number.NaN);
  run.history.forEach((e, r) => {
    const K = flowSteps(path, e.flowLog10.length);
    for (let k = 0; k < K; k++) matrix[r * cols + k] = e.flowLog10[k] - e.flowLog10[0];
  });
  return { matrix, rows, cols };
}

/** The marked inputs of each row's sequence, as heatmap cells (row = logged iteration, column = steps back). */
export function flowPoints(run: TrainingRun): { row: number; col: number }[] {
  return run.history.flatMap((e, row) => e.flowMarks.map((col) => ({ row, col })));
}

/**
 * A relative flow k steps back as text, "LSTM 0.31 (k = 29)". A recurrence's or attention's
 * -Infinity is the trainer flushing values below 2^-1000 to zero (elementwise.ts): "below
 * 1e-301", not "exactly 0". The window's gradient beyond its N inputs is exactly zero: no path
 * reaches them, and the text says why.
 */
export function flowText(path: PathKind, rel: number, k: number, window?: number): string {
  if (path === 'window' && window !== undefined && k >= window) return msg().training.flow.beyond(k, window);
  const value = rel === -Infinity ? msg().training.flow.below(ratio(-301)) : ratio(rel);
  return `${value} (k = ${integer(k)})`;
}

/**
 * How much gradient reaches the farthest marked input at the last logged iteration, relative to
 * the loss step, per run: the flow heatmaps' story in numbers.
 */
export function flowCaption(runs: TrainingRun[]): string {
  const parts = runs.flatMap((r) => {
    const e = r.history.at(-1);
    if (!e || !e.flowMarks.length) return [];
    const k = Math.max(...e.flowMarks);
    const text = flowText(pathOf(r), e.flowLog10[k] - e.flowLog10[0], k, r.spec.window ?? ARCH_FIELD_DEFAULTS.window);
    return [`${ARCH_LABELS[r.arch]} ${text}`];
  });
  if (!parts.length) return '';
  const at = Math.max(...runs.map((r) => r.history.at(-1)?.iteration ?? 0));
  const paths = [...new Set(runs.map(pathOf))];
  // what each heatmap measures, when they differ: the state, the position's embedding, the input
  const which =
    paths.length > 1 ? ` (${paths.map((p) => `${FLOW_QUANTITY[p].symbol}: ${FLOW_QUANTITY[p].what}`).join('; ')})` : '';
  // "step 9 of 220" at T = 200 needs this: the adding problem draws its lengths from [T, 1.1 T]
  const { task, steps } = runs[0].spec;
  const last = runs[0].history.at(-1);
  const drawn = last ? msg().training.flow.lastRow(last.flowLog10.length - 1) : '';
  return msg().training.flow.caption(steps, lengthsText(task, steps), drawn, at, which, parts);
}
