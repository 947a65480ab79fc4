// Timing, not physics (so not in src/lib/sim): how long one sequence, forward and backward, takes
// each model on this device as T doubles. The lengths go up together for every model, so a budget
// that runs out leaves every model measured to about the same T. A model whose sequence takes
// longer than `slowMs` stops growing (the next length would take 2 to 4 times longer), and the
// whole measurement stops after `budgetMs`. Each size is warmed up once (the weights' cache, the
// JIT), then run until `sampleMs` have passed, and the mean time per run is reported.

/** What to time for one model at one length: set-up outside the timing, the returned call inside. */
export type Work = (index: number, T: number) => () => unknown;

export interface MeasurePlan {
  /** how many models: work(index, T) builds each one's call */
  models: number;
  lengths: readonly number[];
  budgetMs: number;
  /** a sequence slower than this stops its model growing */
  slowMs: number;
  /** each size is repeated until this much time has passed (the timer's resolution is coarse) */
  sampleMs: number;
  /** at most this many repetitions per size */
  maxReps?: number;
}

export interface MeasureEvents {
  point(index: number, T: number, ms: number, reps: number): void;
  slow?(index: number, T: number, ms: number): void;
}

export const DEFAULT_PLAN = {
  lengths: [16, 32, 64, 128, 256, 512, 1024],
  budgetMs: 3000,
  slowMs: 400,
  sampleMs: 15
} as const;

/** Runs the plan; returns why it ended. `clock` is performance.now in the page, a fake in tests. */
export function measure(
  plan: MeasurePlan,
  work: Work,
  events: MeasureEvents,
  clock: () => number = () => performance.now()
): 'complete' | 'budget' {
  const start = clock();
  const active = Array.from({ length: plan.models }, (_, i) => i);
  const maxReps = plan.maxReps ?? 1000;
  for (const T of plan.lengths) {
    for (const index of [...active]) {
      if (clock() - start > plan.budgetMs) return 'budget';
      const call = work(index, T);
      call(); // warm-up, untimed
      let reps = 0;
      const t0 = clock();
      let elapsed: number;
      do {
        call();
        reps++;
        elapsed = clock() - t0;
      } while (elapsed < plan.sampleMs && reps < maxReps);
      const ms = elapsed / reps;
      events.point(index, T, ms, reps);
      if (ms > plan.slowMs) {
        active.splice(active.indexOf(index), 1);
        events.slow?.(index, T, ms);
      }
    }
    if (!active.length) break;
  }
  return 'complete';
}
