// The training tasks, as seeded generators: every sequence is drawn from named random streams,
// so a seed fixes the training batches and the evaluation set alike.
// - adding (Hochreiter & Schmidhuber 1997, experiment 4): pairs (value in [-1, 1], marker);
//   two marked values, the target 0.5 + (X1 + X2) / 4 at the end; correct within 0.04.
// - latch (Bengio, Simard & Frasconi 1994): the class (+1 or -1) as an input pulse over the
//   first L steps, Gaussian noise after it; the target +-0.8; correct when the sign is right.
import { normalStream, uniformStream } from '../random';

export const TASKS = ['adding', 'latch'] as const;
export type Task = (typeof TASKS)[number];

/** Inputs per step: (value, marker) for adding, one channel for the latch. */
export const TASK_INPUTS: Record<Task, number> = { adding: 2, latch: 1 };

export interface TaskSpec {
  task: Task;
  /** T: the adding problem's minimum length (lengths are drawn from [T, T + T/10]); the latch's length */
  steps: number;
  /** the latch's noise standard deviation after the pulse */
  noise: number;
  /** the latch's pulse length L */
  pulse: number;
}

export interface Sequence {
  /** length x m inputs, row by row */
  x: Float64Array;
  length: number;
  target: number;
}

/** The adding baseline without the first-step rule: Var((X1 + X2) / 4) = 1/24 (the usual quote). */
export const ADDING_BASELINE = 1 / 24;

/** Where the two marks are drawn from at length T: the second among the first a steps, the first among the first b. */
function markRanges(T: number): { a: number; b: number } {
  // the first never on the last step, which keeps its -1 end marker (b < L; L >= T)
  return { a: Math.max(1, Math.floor(T / 2) - 1), b: Math.min(10, T - 1) };
}

/**
 * The adding problem's exact baseline at length T: the target's variance, (Var X1' + Var X2') / 16,
 * where a mark on step 0 counts its value as 0 (variance 0 instead of 1/3). The chance of that is
 * 1/a for the second mark and, after the collision rule below, (1/b)(1 - 1/a) (+ 1/(ab) when the
 * first is moved from b - 1 to 0) for the first. 0.0375 at T = 20; 1.9/48 = 0.0396 for long sequences
 * (the first mark lands on step 0 one time in ten), a little below the 1/24 usually quoted.
 */
export function addingBaseline(T: number): number {
  const { a, b } = markRanges(T);
  const p2 = 1 / a;
  const p1 = (1 / b) * (1 - 1 / a) + (b - 1 <= a - 1 ? 1 / (a * b) : 0);
  return (1 - p1 + (1 - p2)) / 48;
}

/** The loss of predicting the mean target: the exact adding baseline, or 0.64 (targets +-0.8) for the latch. */
export function baselineLoss(task: Task, T: number): number {
  return task === 'adding' ? addingBaseline(T) : 0.64;
}

/** A sequence is solved when the output is within this of the target (adding) or has its sign (latch). */
export function correct(task: Task, y: number, target: number): boolean {
  return task === 'adding' ? Math.abs(y - target) < 0.04 : Math.sign(y) === Math.sign(target);
}

/**
 * The steps s (1-based) whose inputs the target depends on: the adding problem's two marks,
 * the latch's pulse. The figures ask whether gradient and connectivity reach them.
 */
export function markedSteps(task: Task, seq: Sequence, pulse: number): number[] {
  if (task === 'latch') return Array.from({ length: Math.min(pulse, seq.length) }, (_, t) => t + 1);
  return Array.from({ length: seq.length }, (_, t) => t + 1).filter((s) => seq.x[2 * (s - 1) + 1] === 1);
}

/** A source of sequences: `label` names its streams ('train', 'eval'), so the two never share numbers. */
export function sequenceSource(spec: TaskSpec, seed: number, label: string): () => Sequence {
  const uniform = uniformStream(seed, `${spec.task}-${label}-u`);
  const normal = normalStream(seed, `${spec.task}-${label}-n`);
  const int = (lo: number, hi: number) => lo + Math.floor(uniform() * (hi - lo + 1)); // lo..hi inclusive
  if (spec.task === 'latch') {
    return () => {
      const T = spec.steps;
      const x = new Float64Array(T);
      const cls = uniform() < 0.5 ? -1 : 1;
      for (let t = 0; t < T; t++) x[t] = t < spec.pulse ? cls : spec.noise * normal();
      return { x, length: T, target: 0.8 * cls };
    };
  }
  return () => {
    const T = spec.steps;
    const length = int(T, T + Math.floor(T / 10));
    const x = new Float64Array(2 * length);
    for (let t = 0; t < length; t++) x[2 * t] = 2 * uniform() - 1;
    x[1] = -1;
    x[2 * (length - 1) + 1] = -1;
    // the second mark among the first T/2 - 1 steps, the first among the first 10 (never the
    // last step), apart: a collision moves the first one step on, cyclically
    const { a, b } = markRanges(T);
    const second = int(0, a - 1);
    let first = int(0, b - 1);
    if (first === second) first = (first + 1) % b;
    let sum = 0;
    for (const p of [first, second]) {
      x[2 * p + 1] = 1;
      if (p === 0) x[0] = 0; // a mark on the first step counts its value as 0
      sum += x[2 * p];
    }
    return { x, length, target: 0.5 + sum / 4 };
  };
}
