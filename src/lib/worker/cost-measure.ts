// Timing, not physics (so not in src/lib/sim): how long one sequence, forward and backward, takes
// each model on this device as T doubles. The lengths go up together for every model, so a budget
// that runs out leaves every model measured to about the same T. A model whose sequence takes
// longer than `slowMs` stops growing (the next length would take 2 to 4 times longer), and the
// whole measurement stops after `budgetMs`. Each size is warmed up (the weights' cache, the JIT:
// a single untimed call left T = 16 slower than T = 32, a dip that contradicted the slope) for up
// to `warmupMs` or 5 calls, then timed in batches of at least `batchMs` (the timer is coarse: 0.1 ms in a worker);
// the fastest batch's mean is reported, since other work on the machine can only add time.

/** What to time for one model at one length: set-up outside the timing, the returned call inside. */
export type Work = (index: number, T: number) => () => unknown;

export interface MeasurePlan {
  /** how many models: work(index, T) builds each one's call */
  models: number;
  lengths: readonly number[];
  budgetMs: number;
  /** a sequence slower than this stops its model growing */
  slowMs: number;
  /** a batch repeats the call until this much time has passed */
  batchMs: number;
  /** at least this many batches and this much time per size, unless a size has taken capMs */
  batches: number;
  sampleMs: number;
  capMs: number;
  /** untimed calls before the timing: at least one, and more until this much time has passed (at most 5) */
  warmupMs?: number;
}

export interface MeasureEvents {
  point(index: number, T: number, ms: number, reps: number): void;
  slow?(index: number, T: number, ms: number): void;
}

export const DEFAULT_PLAN = {
  lengths: [16, 32, 64, 128, 256, 512, 1024],
  budgetMs: 3000,
  slowMs: 400,
  batchMs: 5,
  batches: 5,
  sampleMs: 30,
  capMs: 250,
  warmupMs: 20
} as const;

/** The fastest batch's time per call, and how many calls were timed. */
function timeCall(call: () => unknown, plan: MeasurePlan, clock: () => number): { ms: number; reps: number } {
  let best = Infinity;
  let total = 0;
  let reps = 0;
  for (let batch = 0; batch < plan.batches || total < plan.sampleMs; batch++) {
    const t0 = clock();
    let n = 0;
    let elapsed: number;
    do {
      call();
      n++;
      elapsed = clock() - t0;
    } while (elapsed < plan.batchMs);
    best = Math.min(best, elapsed / n);
    total += elapsed;
    reps += n;
    if (total >= plan.capMs) break;
  }
  return { ms: best, reps };
}

/** Runs the plan; returns why it ended. `clock` is performance.now in the page, a fake in tests. */
export function measure(
  plan: MeasurePlan,
  work: Work,
  events: MeasureEvents,
  clock: () => number = () => performance.now()
): 'complete' | 'budget' {
  const start = clock();
  const active = Array.from({ length: plan.models }, (_, i) => i);
  const last = new Array<number>(plan.models).fill(0);
  for (const T of plan.lengths) {
    // the fastest models first: when the budget runs out, it is the slowest that misses a length
    for (const index of [...active].sort((a, b) => last[a] - last[b])) {
      if (clock() - start > plan.budgetMs) return 'budget';
      const call = work(index, T);
      const warm = clock();
      let calls = 0;
      do
        call(); // warm-up, untimed
      while (++calls < 5 && clock() - warm < (plan.warmupMs ?? 0));
      const { ms, reps } = timeCall(call, plan, clock);
      last[index] = ms;
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
