// The training tasks, one entry each: everything the trainer, the URL, the page's state and its
// task selector know about a task comes from here (tasks.ts builds the seeded sources on it).
// Both are trained on the squared error of the output at the sequence's last step (net.ts); the
// baseline is that loss for the constant prediction of the mean target, the bar to get under.
// - adding (Hochreiter & Schmidhuber 1997, experiment 4): pairs (value in [-1, 1], marker);
//   two marked values, the target 0.5 + (X1 + X2) / 4 at the end; correct within 0.04.
// - latch (Bengio, Simard & Frasconi 1994): the class (+1 or -1) as an input pulse over the
//   first L steps, Gaussian noise after it; the target +-0.8; correct when the sign is right.

import { msg } from '../../i18n/index';

/** One sequence: its inputs, row by row, and the target at its last step. */
export interface Sequence {
  /** length x m inputs, row by row */
  x: Float64Array;
  length: number;
  target: number;
}

/** What a task's generator reads from the run's spec. */
export interface TaskParams {
  /** T: the adding problem's minimum length (lengths are drawn from [T, T + T/10]); the latch's length */
  steps: number;
  /** the latch's noise standard deviation after the pulse */
  noise: number;
  /** the latch's pulse length L */
  pulse: number;
}

/** Random numbers from a task's own streams: uniform in [0, 1), standard normal. */
export interface TaskStreams {
  uniform: () => number;
  normal: () => number;
}

export interface TaskDefinition {
  /** in the task selector */
  label: string;
  /** in a sentence: "on the adding problem" */
  name: string;
  /** the input the connectivity caption asks about */
  firstMark: string;
  /** inputs per step */
  inputs: number;
  /** one sequence from the streams */
  sequence(params: TaskParams, streams: TaskStreams): Sequence;
  /** the shortest and longest sequence drawn at length T: the page says which lengths "T" means */
  lengths(T: number): [number, number];
  /** the loss of predicting the mean target, exactly, at length T */
  baseline(T: number): number;
  /** the output solves the sequence */
  correct(y: number, target: number): boolean;
  /** the steps s (1-based) whose inputs the target depends on: the figures ask whether gradient reaches them */
  marks(seq: Sequence, pulse: number): number[];
  /** what the task shows, for the view before any run */
  about: string;
}

/** lo..hi inclusive, from a uniform in [0, 1) */
const intIn = (uniform: () => number, lo: number, hi: number) => lo + Math.floor(uniform() * (hi - lo + 1));

/**
 * Where the adding problem's marks are drawn from at length T: X1 among the first b pairs, X2
 * among the first a pairs still unmarked. The paper's b is 10 and a is T/2 - 1; b stays below T
 * so X1 never takes the last pair, which keeps its -1 end marker, at the short T the page allows.
 */
export function markRanges(T: number): { a: number; b: number } {
  return { a: Math.max(1, Math.floor(T / 2) - 1), b: Math.min(10, T - 1) };
}

/** The chance that the adding problem marks its first pair: X1 lands there (1/b) or, if not, X2 does (1/a). */
export function firstPairMarked(T: number): number {
  const { a, b } = markRanges(T);
  return 1 / b + (1 - 1 / b) / a;
}

/**
 * The adding problem's exact baseline at length T: the variance of the target 0.5 + (X1 + X2)/4,
 * (Var X1 + Var X2) / 16 with Var X2 = 1/3 and Var X1 = (1 - p)/3, p the chance that X1 is set to
 * zero (the first pair is marked): (2 - p) / 48. 0.0375 at T = 20, 0.0382 at T = 30; 1.9/48 =
 * 0.0396 for long sequences (p falls to 1/10), a little below the 1/24 usually quoted.
 */
export function addingBaseline(T: number): number {
  return (2 - firstPairMarked(T)) / 48;
}

/**
 * The adding problem as Hochreiter & Schmidhuber (1997, section 5.4, experiment 4) define it:
 * "we first randomly select and mark one of the first ten pairs (whose first component we call
 * X1). Then we randomly select and mark one of the first T/2 - 1 still unmarked pairs (whose first
 * component we call X2). The second components of all remaining pairs are zero except for the
 * first and final pair, whose second components are -1. (In the rare case where the first pair of
 * the sequence gets marked, we set X1 to zero.)" So X2 is uniform over T/2 - 1 pairs that skip
 * X1's (never redrawn, never shifted), and a mark on the first pair, X1's or X2's, zeroes X1
 * only: X2 keeps its value even there.
 */
/** The adding problem's lengths at T: the paper's [T, T + T/10], whole steps. */
const addingLengths = (T: number): [number, number] => [T, T + Math.floor(T / 10)];

function addingSequence(params: TaskParams, { uniform }: TaskStreams): Sequence {
  const T = params.steps;
  const length = intIn(uniform, ...addingLengths(T));
  const x = new Float64Array(2 * length);
  for (let t = 0; t < length; t++) x[2 * t] = 2 * uniform() - 1;
  x[1] = -1;
  x[2 * (length - 1) + 1] = -1;
  const { a, b } = markRanges(T);
  const first = intIn(uniform, 0, b - 1);
  const k = intIn(uniform, 0, a - 1); // the k-th (from 0) still unmarked pair
  const second = k < first ? k : k + 1;
  x[2 * first + 1] = 1;
  x[2 * second + 1] = 1;
  if (first === 0 || second === 0) x[2 * first] = 0;
  return { x, length, target: 0.5 + (x[2 * first] + x[2 * second]) / 4 };
}

function latchSequence(params: TaskParams, { uniform, normal }: TaskStreams): Sequence {
  const T = params.steps;
  const x = new Float64Array(T);
  const cls = uniform() < 0.5 ? -1 : 1;
  for (let t = 0; t < T; t++) x[t] = t < params.pulse ? cls : params.noise * normal();
  return { x, length: T, target: 0.8 * cls };
}

/** A task's words, in the page's language (getters: the language can change after this module loads). */
const words = (task: 'adding' | 'latch') => msg().sim.tasks[task];

export const TASK_REGISTRY = {
  adding: {
    get label() {
      return words('adding').label;
    },
    get name() {
      return words('adding').name;
    },
    get firstMark() {
      return words('adding').firstMark;
    },
    get about() {
      return words('adding').about;
    },
    inputs: 2,
    sequence: addingSequence,
    lengths: addingLengths,
    baseline: addingBaseline,
    correct: (y, target) => Math.abs(y - target) < 0.04,
    marks: (seq) => Array.from({ length: seq.length }, (_, t) => t + 1).filter((s) => seq.x[2 * (s - 1) + 1] === 1)
  },
  latch: {
    get label() {
      return words('latch').label;
    },
    get name() {
      return words('latch').name;
    },
    get firstMark() {
      return words('latch').firstMark;
    },
    get about() {
      return words('latch').about;
    },
    inputs: 1,
    sequence: latchSequence,
    lengths: (T) => [T, T],
    baseline: () => 0.64, // targets +-0.8, equally likely
    correct: (y, target) => Math.sign(y) === Math.sign(target),
    marks: (seq, pulse) => Array.from({ length: Math.min(pulse, seq.length) }, (_, t) => t + 1)
  }
} as const satisfies Record<string, TaskDefinition>;

export type Task = keyof typeof TASK_REGISTRY;
/** Every task, in the registry's order (the selector's and the URL's). */
export const TASKS = Object.keys(TASK_REGISTRY) as [Task, ...Task[]];
/** The registry entry of a task, typed as the common definition. */
export const taskDefinition = (task: Task): TaskDefinition => TASK_REGISTRY[task];
