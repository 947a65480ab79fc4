// A run's progress as its status line says it: iterations done of the budget, the seconds spent
// training (pauses excluded) and the time left at the rate measured so far, never a forecast:
// the worker reports iterations and the seconds it spent on them (worker/train-handler.ts).
import { msg } from '../i18n/index';
import { durationText } from '../model/train-budget';
import type { TrainingRun } from '../model/training-run';

/** Seconds left at the measured rate: null until the worker has timed some iterations. */
export function secondsLeft(r: Pick<TrainingRun, 'progress' | 'spec'>): number | null {
  const p = r.progress;
  if (!p || p.iteration <= 0 || !(p.activeSeconds > 0)) return null;
  // iterations 0..N are N + 1 steps of the generator, the last one evaluated
  const left = Math.max(0, r.spec.iterations + 1 - p.iteration);
  return left * (p.activeSeconds / p.iteration);
}

/** "iteration 120 of 1500 (8%), 14 s of training, about 2 min 40 s left". */
export function progressText(r: Pick<TrainingRun, 'progress' | 'spec' | 'status' | 'history'>): string {
  const m = msg().training.progress;
  const total = r.spec.iterations;
  const done = Math.min(total, r.progress?.iteration ?? r.history.at(-1)?.iteration ?? 0);
  const at = m.at(done, total, Math.floor((100 * done) / Math.max(1, total)));
  const left = secondsLeft(r);
  const spent = r.progress ? m.spent(durationText(r.progress.activeSeconds)) : '';
  const eta = left === null ? m.measuring : left === 0 ? m.computing : m.left(durationText(left));
  if (r.status === 'paused') return m.paused(at, spent, left === null ? null : durationText(left));
  return m.line(r.status, at, spent, eta);
}
