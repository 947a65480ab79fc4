// The training tasks as the trainer uses them: seeded sources of sequences, the baseline, the
// correctness rule and the marked steps, each read from the task's entry in task-registry.ts
// (which says what the tasks are and cites their papers). Every sequence is drawn from named
// random streams, so a seed fixes the training batches and the evaluation set alike.
import { normalStream, uniformStream } from '../random';
import { TASK_REGISTRY, TASKS, taskDefinition, type Sequence, type Task, type TaskParams } from './task-registry';

export { addingBaseline, TASK_REGISTRY, TASKS, type Sequence, type Task } from './task-registry';

/** Inputs per step: (value, marker) for adding, one channel for the latch. */
export const TASK_INPUTS = Object.fromEntries(TASKS.map((t) => [t, TASK_REGISTRY[t].inputs])) as Record<Task, number>;

export interface TaskSpec extends TaskParams {
  task: Task;
}

/** The adding baseline without the first-pair rule: Var((X1 + X2) / 4) = 1/24 (the usual quote). */
export const ADDING_BASELINE = 1 / 24;

/** The loss of predicting the mean target: the exact adding baseline, or 0.64 (targets +-0.8) for the latch. */
export function baselineLoss(task: Task, T: number): number {
  return taskDefinition(task).baseline(T);
}

/** A sequence is solved when the output is within 0.04 of the target (adding) or has its sign (latch). */
export function correct(task: Task, y: number, target: number): boolean {
  return taskDefinition(task).correct(y, target);
}

/**
 * The steps s (1-based) whose inputs the target depends on: the adding problem's two marks,
 * the latch's pulse. The figures ask whether gradient and connectivity reach them.
 */
export function markedSteps(task: Task, seq: Sequence, pulse: number): number[] {
  return taskDefinition(task).marks(seq, pulse);
}

/** A source of sequences: `label` names its streams ('train', 'eval'), so the two never share numbers. */
export function sequenceSource(spec: TaskSpec, seed: number, label: string): () => Sequence {
  const streams = {
    uniform: uniformStream(seed, `${spec.task}-${label}-u`),
    normal: normalStream(seed, `${spec.task}-${label}-n`)
  };
  const definition = taskDefinition(spec.task);
  return () => definition.sequence(spec, streams);
}
