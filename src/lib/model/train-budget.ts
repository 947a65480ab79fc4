// The training view's bound on a run: the engine's own cost forecast (train-spec.ts trainSeconds,
// fitted on the 2-core development machine) decides, before anything starts, whether a run fits
// the page's budget; a run over it is refused with the field to change and its allowed value.
// The time left while a run trains is not this forecast but its measured rate (train-progress.ts).
import { trainSeconds, validateTrainSpec } from '../sim/train/train-spec';
import { TASK_REGISTRY, type Task } from '../sim/train/task-registry';
import { SpecError, type Arch } from '../sim/spec';
import { ARCH_LABELS, trainSpecFor, type LabState } from './lab-state';
import { integer, msg } from '../i18n/index';

/**
 * At most this many forecast CPU-seconds a run on the page: 20 minutes, a lecturer's coffee break
 * (an LSTM of 16 units at T = 1000 fits about 9400 iterations). Longer runs belong to the command
 * line (npm run train, up to an hour a request), whose sweep file the page can open.
 */
export const PAGE_TRAIN_MAX_SECONDS = 1200;

/** "under 1 s", "8 s", "2 min 40 s", "1 h 5 min". */
export function durationText(seconds: number): string {
  const m = msg().model.budget;
  if (!(seconds >= 1)) return m.underOne;
  const s = Math.round(seconds);
  if (s < 60) return m.seconds(integer(s));
  if (s < 3600) return m.minutes(integer(Math.floor(s / 60)), s % 60 ? integer(s % 60) : null);
  const min = Math.round((s % 3600) / 60);
  return m.hours(integer(Math.floor(s / 3600)), min ? integer(min) : null);
}

/** "sequences of 200 to 220 steps" (the adding problem) or "sequences of exactly 200 steps" (the latch). */
export function lengthsText(task: Task, T: number): string {
  const [lo, hi] = TASK_REGISTRY[task].lengths(T);
  return lo === hi ? msg().model.budget.exactly(lo) : msg().model.budget.between(lo, hi);
}

export interface RunForecast {
  arch: Arch;
  /** forecast CPU-seconds, training and evaluation */
  seconds: number;
  training: number;
  evaluation: number;
}

/** The forecast of each compared architecture's run; a spec the engine refuses is left out (Start names it). */
export function trainForecasts(state: LabState, archs: readonly Arch[]): RunForecast[] {
  return archs.flatMap((arch) => {
    try {
      // validated without its budget (the engine refuses a spec forecast over an hour, and the
      // page's message should still say how many iterations fit), then forecast with it
      const input = trainSpecFor(state, arch);
      const spec = validateTrainSpec({ ...input, iterations: 0 });
      const { training, evaluation } = trainSeconds({ ...spec, iterations: state.trainIterations });
      return [{ arch, seconds: training + evaluation, training, evaluation }];
    } catch (e) {
      if (!(e instanceof SpecError)) throw e; // a refused field is Start's to name; anything else is a bug
      return [];
    }
  });
}

/**
 * Why Start would be refused ('' when every run fits): the slowest run's forecast against the
 * bound, and the most iterations that fit at this length and size (training is linear in them).
 */
export function trainBudgetProblem(state: LabState, archs: readonly Arch[]): string {
  const over = trainForecasts(state, archs).filter((f) => f.seconds > PAGE_TRAIN_MAX_SECONDS);
  if (!over.length) return '';
  const worst = over.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  const fit = Math.floor((state.trainIterations * (PAGE_TRAIN_MAX_SECONDS - worst.evaluation)) / worst.training);
  const m = msg().model.budget;
  const [T, units] = [integer(state.trainSteps), integer(state.hidden)];
  const allowed = fit >= 100 ? m.fits(integer(fit), T, units) : m.noFit(T, units);
  return m.over(allowed, ARCH_LABELS[worst.arch], durationText(worst.seconds), durationText(PAGE_TRAIN_MAX_SECONDS));
}

/**
 * "Forecast with these settings: RNN about 1 min, LSTM about 3 min 24 s a run", from the engine's
 * cost model for the idle development machine: a busy or slower device takes longer (a Chromium
 * run beside other jobs measured 3 to 4 times the forecast), which is why the time left while a
 * run trains is measured, not forecast.
 */
export function forecastText(forecasts: RunForecast[]): string {
  if (!forecasts.length) return '';
  const m = msg().model.budget;
  return m.forecast(forecasts.map((f) => m.forecastPart(ARCH_LABELS[f.arch], durationText(f.seconds))));
}
