// The length sweep as chosen on the page: which lengths (typed as a list, "20, 100, 500"), how
// many seeds, and what the whole sweep will cost before it starts. The cost is the engine's own
// forecast (train-spec.ts trainSeconds, fitted on the development machine) for every run, laid
// out on the page's pool of cores as state/training.svelte.ts schedules them: in order, each run
// on the first core to come free. Beyond SWEEP_MAX_SECONDS the page refuses the sweep and says
// where longer ones belong (the CLI, whose file the page can open: model/sweep-file.ts).
import { SpecError } from '../sim/spec';
import { TRAIN_LIMITS, trainSeconds, validateTrainSpec, type RunSpec } from '../sim/train/train-spec';
import { lengthSweepSpecs, type LabState } from './lab-state';
import { durationText } from './train-budget';
import type { Arch } from '../sim/spec';
import { integer, localNumber, msg } from '../i18n/index';

/** Lengths one sweep takes: the trainer's range (train-spec TRAIN_LIMITS.steps), at most `most` of them. */
export const SWEEP_LENGTHS = { range: TRAIN_LIMITS.steps, most: 8 } as const;

/** The longest sweep the page runs, in seconds on its cores at the forecast: longer ones are the CLI's. */
export const SWEEP_MAX_SECONDS = 3600;

export type LengthsRead = { ok: true; value: number[] } | { ok: false; problem: string };

const shown = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 37)}...` : raw);

/** Why one typed token is not a length, or null when it is one. */
function tokenProblem(token: string): string | null {
  const v = Number(token);
  const [lo, hi] = SWEEP_LENGTHS.range;
  const m = msg().model.sweep;
  if (!Number.isFinite(v)) return m.notNumber(shown(token));
  if (!Number.isInteger(v)) return m.notInteger(token);
  if (v < lo || v > hi) return m.outside(token, integer(lo), integer(hi));
  return null;
}

/**
 * A list of lengths as typed or linked ("20,100,500", spaces allowed): each an integer in the
 * trainer's range, at most SWEEP_LENGTHS.most distinct ones; sorted ascending, repeats dropped
 * (a chart's x axis has each length once). The problem names the field, the rule and the text.
 */
export function readSweepSteps(raw: string, field = 'sweepSteps'): LengthsRead {
  const [lo, hi] = SWEEP_LENGTHS.range;
  const m = msg().model.sweep;
  const tokens = raw.split(/[\s,]+/).filter((t) => t !== '');
  const fail = (why: string): LengthsRead => ({
    ok: false,
    problem: m.rule(field, integer(SWEEP_LENGTHS.most), integer(lo), integer(hi), shown(raw), why)
  });
  if (!tokens.length) return fail(m.none);
  for (const t of tokens) {
    const why = tokenProblem(t);
    if (why) return fail(why);
  }
  const value = [...new Set(tokens.map(Number))].sort((a, b) => a - b);
  if (value.length > SWEEP_LENGTHS.most) return fail(m.tooMany(integer(value.length)));
  return { ok: true, value };
}

/** "20, 100, 500" as the text field shows a list. */
export const sweepStepsText = (lengths: readonly number[]): string => lengths.join(', ');

/**
 * Seconds until the last run ends when runs of these durations start in order on `cores` cores,
 * each on the first core to come free: how the page's pool schedules them.
 */
export function scheduledSeconds(durations: readonly number[], cores: number): number {
  const free = new Array<number>(Math.max(1, Math.floor(cores))).fill(0);
  for (const d of durations) {
    let k = 0;
    for (let i = 1; i < free.length; i++) if (free[i] < free[k]) k = i;
    free[k] += d;
  }
  return Math.max(...free);
}

export interface SweepPlan {
  /** the runs' specs, in the order the page starts them */
  specs: Record<string, unknown>[];
  /** forecast CPU-seconds of every run together, and until the last ends on `cores` cores (NaN: refused) */
  cpuSeconds: number;
  wallSeconds: number;
  cores: number;
  /** why the page will not run it ('' when it will): a field out of range, or over the bound */
  problem: string;
}

/**
 * The sweep these settings ask for and its forecast cost. The runs of one architecture and length
 * differ only in their seed, which costs nothing: each such group is validated once, at its
 * highest seed (the one the seed's range could refuse), and costed once. `speed`: this machine's
 * seconds per forecast second (runSpeed), 1 before any run has timed it.
 */
export function sweepPlan(state: LabState, archs: readonly Arch[], cores: number, speed = 1): SweepPlan {
  const specs = lengthSweepSpecs(state, archs);
  const seeds = state.sweepSeeds;
  const durations: number[] = [];
  let problem = '';
  for (let g = 0; g < specs.length; g += seeds) {
    try {
      const { training, evaluation } = trainSeconds(validateTrainSpec(specs[g + seeds - 1]));
      for (let s = 0; s < seeds; s++) durations.push((training + evaluation) * speed);
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      problem = msg().model.sweep.refused(e.message);
      break;
    }
  }
  // a run refused: no forecast (NaN), the problem says why
  const costed = durations.length === specs.length;
  const cpuSeconds = costed ? durations.reduce((a, b) => a + b, 0) : Number.NaN;
  const wallSeconds = costed ? scheduledSeconds(durations, cores) : Number.NaN;
  if (!problem && wallSeconds > SWEEP_MAX_SECONDS)
    problem = msg().model.sweep.overBound(
      specs.length,
      durationText(wallSeconds),
      cores,
      durationText(SWEEP_MAX_SECONDS)
    );
  return { specs, cpuSeconds, wallSeconds, cores, problem };
}

/**
 * This machine's seconds per forecast second, from finished runs (their measured seconds over
 * trainSeconds of their specs); 1 when none has finished or the runs were too short to time (< 1 s).
 */
export function runSpeed(runs: readonly { status: string; seconds: number; spec: RunSpec }[]): number {
  const timed = runs.filter((r) => r.status === 'done' && r.seconds > 0);
  const measured = timed.reduce((sum, r) => sum + r.seconds, 0);
  if (measured < 1) return 1;
  const forecast = timed.reduce((sum, r) => {
    const { training, evaluation } = trainSeconds(r.spec);
    return sum + training + evaluation;
  }, 0);
  return forecast > 0 ? Math.min(20, Math.max(0.05, measured / forecast)) : 1;
}

/** What the start button promises: "24 runs of 1500 iterations, about 3 min on this machine (2 cores)". */
export function sweepCostText(plan: SweepPlan, iterations: number): string {
  const m = msg().model.sweep;
  const runs = m.runs(plan.specs.length, localNumber(String(iterations)));
  if (!Number.isFinite(plan.wallSeconds)) return runs;
  return m.cost(runs, durationText(plan.wallSeconds), m.cores(plan.cores));
}
