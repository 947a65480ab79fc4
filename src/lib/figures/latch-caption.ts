// The latch view's captions, as plain text from the engine's numbers (sim/latch.ts): the fixed
// points and their slopes, how many noisy trajectories keep the bit, how far da_T/da_1 has
// shrunk, and what the trade-off grid says. Pure functions; the page and the tour read them.
import { fixed, integer, localNumber, msg } from '../i18n/index';
import { LATCH_LIMITS, type FixedPoint, type LatchRun, type LatchSpec } from '../sim/latch';
import type { LatchGrid } from '../model/latch-figures';
import { besideOne, ratioFromLog10 } from './format';

const fmt = (v: number, digits = 2) => fixed(v, digits);
/** A number printed by format.ts back to a number, whichever language wrote it ("1,0001" or "1.0001"). */
const parse = (text: string) => +text.replace(/[\u202f\s]/g, '').replace(',', '.');
/**
 * A slope with enough digits to tell it from 1 (w = 1.0001 has |f′(0)| = 1.0001, not "1.000"; at
 * w = 1.0000000000000002 the attractors' slope is 0.9999999999999996, not "1.0000 < 1").
 */
export function slopeText(v: number): string {
  if (Math.abs(v - 1) >= 5e-3 || v === 1) return fmt(v, v < 1 ? 3 : 2);
  const p = v.toPrecision(5);
  return Math.sign(+p - 1) === Math.sign(v - 1) ? localNumber(p) : besideOne(v, 4);
}
/** w as set: 1.0001 is not 1.00, nor 1.0000000000000002 "1" */
export const wText = (w: number): string =>
  Math.abs(w - 1) < 5e-3 && w !== 1 ? localNumber(String(parse(besideOne(w, 6)))) : fmt(w);
/** a fixed point's position: ±2.6e-8 (just born at w a hair above 1) is not "±0.00" */
export const pointText = (a: number): string =>
  a !== 0 && Math.abs(a) < 5e-3 ? localNumber(a.toPrecision(2).replace('e+', 'e')) : fmt(a);

/** "three fixed points: ±1.92 attract (|f′| = 0.166 < 1), 0 repels (|f′| = 2.000)". */
export function fixedPointsCaption(points: FixedPoint[], w: number): string {
  const m = msg().latch;
  if (points.length === 1) {
    const p = points[0];
    return m.onePoint(wText(w), p.kind === 'stable' ? m.oneAttracts(slopeText(p.slope)) : m.oneMarginal);
  }
  const [, zero, plus] = points;
  return m.threePoints(wText(w), pointText(plus.a), slopeText(plus.slope), slopeText(zero.slope));
}

/** How many noisy trajectories keep their bit to step T, and what the inputs were. */
export function keptCaption(run: LatchRun, spec: LatchSpec): string {
  const m = msg().latch;
  const n = run.trajectories.length;
  const T = spec.steps;
  if (spec.pulse === 0) return m.noPulse(integer(T));
  const inputs = spec.length >= T ? m.pulseAll(T) : m.pulseThenNoise(fmt(spec.pulse), spec.length, fmt(spec.noise));
  const verdict = run.kept === n ? m.allKept : run.kept === 0 ? m.allLost : m.someLost(integer(n - run.kept));
  const quiet = spec.noise === 0 && spec.length < T && spec.w < 1 ? m.quiet : '';
  return m.kept(integer(run.kept), n, integer(T), inputs, verdict) + quiet;
}

/**
 * log10 |da_T/da_1| read off the run: the noise-free trajectory, the noisy ones' range, and
 * why, from where the noise-free trajectory ended: in an attractor, near 0, or elsewhere.
 */
export function gradientCaption(run: LatchRun, points: FixedPoint[], spec: LatchSpec): string {
  const m = msg().latch;
  const T = spec.steps;
  const clean = run.clean.gradLog10[T - 1];
  const noisy = run.trajectories.map((t) => t.gradLog10[T - 1]).filter((v) => v !== -Infinity);
  const lo = Math.min(...noisy);
  const hi = Math.max(...noisy);
  const range =
    spec.noise === 0 || spec.length >= T || noisy.length === 0
      ? ''
      : lo === hi
        ? m.noisyAllEnd(ratioFromLog10(lo))
        : m.noisyRange(ratioFromLog10(lo), ratioFromLog10(hi));
  const end = run.clean.a[T];
  const attractor = points.length === 3 ? points[2] : null;
  let why = '';
  if (attractor && Math.abs(Math.abs(end) - attractor.a) < 0.05 * attractor.a)
    why = m.inAttractor(slopeText(attractor.slope));
  else if (Math.abs(end) < 0.05) why = m.nearZero(fmt(spec.w), spec.w > 1);
  return m.gradient(ratioFromLog10(clean), integer(T), range + why);
}

/**
 * What the grid says, over the noisy rows (noise > 0: without noise even w < 1 keeps the
 * sign): the largest median gradient among cells that keep the bit in at least 95% of
 * trajectories, and the best kept fraction among cells whose gradient is at least 10^-2. `inputs`:
 * the pulse the grid was run with, for why the trade-off may not show (no bit written, no noise).
 */
export function tradeoffCaption(grid: LatchGrid, inputs?: Pick<LatchSpec, 'pulse' | 'length'>): string {
  const W = grid.ws.length;
  let robustGrad = -Infinity;
  let robustCells = 0;
  let liveKept = -1;
  for (let r = 0; r < grid.noises.length; r++) {
    if (grid.noises[r] === 0) continue;
    for (let j = 0; j < W; j++) {
      const kept = grid.kept[r * W + j];
      const grad = grid.grad[r * W + j];
      if (Number.isNaN(kept)) continue;
      if (kept >= 0.95) {
        robustCells++;
        robustGrad = Math.max(robustGrad, grad);
      }
      if (grad >= -2) liveKept = Math.max(liveKept, kept);
    }
  }
  const m = msg().latch;
  const T = grid.steps;
  const partial = grid.filled < grid.noises.length ? m.partial(integer(grid.filled), integer(grid.noises.length)) : '';
  const robust = robustCells === 0 ? m.noRobust : m.robust(robustCells, ratioFromLog10(robustGrad));
  const live = liveKept < 0 ? m.noLive : m.live(integer(100 * liveKept));
  // the moral only where the numbers carry it: robust cells have lost the gradient, and
  // cells that keep a gradient are no better than chance at keeping the bit
  const holds = robustCells > 0 && robustGrad < -2 && liveKept < 0.95;
  const moral = holds
    ? m.moral
    : inputs?.pulse === 0
      ? m.moralNoPulse
      : inputs && inputs.length >= T
        ? m.moralPulseAll(T)
        : T >= LATCH_LIMITS.steps[1]
          ? m.moralMostSteps(integer(T))
          : m.moralMoreSteps(integer(T));
  return m.tradeoff(integer(T), partial, robust, live, moral);
}

/** The grid's cell nearest to (w, noise), once its row has arrived; null before. */
export function gridCell(grid: LatchGrid, w: number, noise: number): { kept: number; gradLog10: number } | null {
  const nearest = (values: readonly number[], v: number) =>
    values.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(values[best] - v) ? i : best), 0);
  if (grid.ws.length === 0 || grid.noises.length === 0) return null;
  const k = nearest(grid.noises, noise) * grid.ws.length + nearest(grid.ws, w);
  return Number.isNaN(grid.kept[k]) ? null : { kept: grid.kept[k], gradLog10: grid.grad[k] };
}
