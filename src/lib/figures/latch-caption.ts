// The latch view's captions, as plain text from the engine's numbers (sim/latch.ts): the fixed
// points and their slopes, how many noisy trajectories keep the bit, how far da_T/da_1 has
// shrunk, and what the trade-off grid says. Pure functions; the page and the tour read them.
import { LATCH_LIMITS, type FixedPoint, type LatchRun, type LatchSpec } from '../sim/latch';
import type { LatchGrid } from '../model/latch-figures';
import { besideOne, ratioFromLog10 } from './format';

const fmt = (v: number, digits = 2) => v.toFixed(digits);
/**
 * A slope with enough digits to tell it from 1 (w = 1.0001 has |f′(0)| = 1.0001, not "1.000"; at
 * w = 1.0000000000000002 the attractors' slope is 0.9999999999999996, not "1.0000 < 1").
 */
export function slopeText(v: number): string {
  if (Math.abs(v - 1) >= 5e-3 || v === 1) return fmt(v, v < 1 ? 3 : 2);
  const p = v.toPrecision(5);
  return Math.sign(+p - 1) === Math.sign(v - 1) ? p : besideOne(v, 4);
}
/** w as set: 1.0001 is not 1.00, nor 1.0000000000000002 "1" */
export const wText = (w: number): string => (Math.abs(w - 1) < 5e-3 && w !== 1 ? String(+besideOne(w, 6)) : fmt(w));
/** a fixed point's position: ±2.6e-8 (just born at w a hair above 1) is not "±0.00" */
export const pointText = (a: number): string => (a !== 0 && Math.abs(a) < 5e-3 ? a.toPrecision(2) : fmt(a));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "three fixed points: ±1.92 attract (|f′| = 0.166 < 1), 0 repels (|f′| = 2.000)". */
export function fixedPointsCaption(points: FixedPoint[], w: number): string {
  if (points.length === 1) {
    const p = points[0];
    const what =
      p.kind === 'stable'
        ? `it attracts (|f′| = ${slopeText(p.slope)} < 1): every state decays towards 0, so only its sign ` +
          'can hold the bit, and any noise then erases it'
        : `it is marginal (|f′| = 1): states drift back to 0 slower than geometrically, and noise erases the bit`;
    return `w = ${wText(w)}: one fixed point, a = 0; ${what}.`;
  }
  const [, zero, plus] = points;
  return (
    `w = ${wText(w)}: three fixed points. ±${pointText(plus.a)} attract (|f′| = ${slopeText(plus.slope)} < 1), one ` +
    `basin each side of 0, which repels (|f′| = ${slopeText(zero.slope)}): a pulse that pushes a past 0 writes ` +
    'a bit the map then holds.'
  );
}

/** How many noisy trajectories keep their bit to step T, and what the inputs were. */
export function keptCaption(run: LatchRun, spec: LatchSpec): string {
  const n = run.trajectories.length;
  const T = spec.steps;
  if (spec.pulse === 0) return `The pulse is 0: no bit is written, and the sign at step ${T} is the noise's.`;
  const inputs =
    spec.length >= T
      ? `the pulse lasts all ${plural(T, 'step')}: no noise ever reaches the state`
      : `pulse ${fmt(spec.pulse)} for ${plural(spec.length, 'step')}, then noise σ = ${fmt(spec.noise)}`;
  const verdict =
    run.kept === n ? 'every bit is kept' : run.kept === 0 ? 'every bit is lost' : `${n - run.kept} lost theirs`;
  const quiet =
    spec.noise === 0 && spec.length < T && spec.w < 1
      ? ' Without noise even a decaying state keeps its sign: add noise to test the memory.'
      : '';
  return `${run.kept} of ${n} trajectories keep their bit to step ${T} (${inputs}): ${verdict}.${quiet}`;
}

/**
 * log10 |da_T/da_1| read off the run: the noise-free trajectory, the noisy ones' range, and
 * why, from where the noise-free trajectory ended: in an attractor, near 0, or elsewhere.
 */
export function gradientCaption(run: LatchRun, points: FixedPoint[], spec: LatchSpec): string {
  const T = spec.steps;
  const clean = run.clean.gradLog10[T - 1];
  const noisy = run.trajectories.map((t) => t.gradLog10[T - 1]).filter((v) => v !== -Infinity);
  const lo = Math.min(...noisy);
  const hi = Math.max(...noisy);
  const range =
    spec.noise === 0 || spec.length >= T || noisy.length === 0
      ? ''
      : lo === hi
        ? ` The noisy trajectories all end at ${ratioFromLog10(lo)}.`
        : ` The noisy trajectories end between ${ratioFromLog10(lo)} and ${ratioFromLog10(hi)}.`;
  const end = run.clean.a[T];
  const attractor = points.length === 3 ? points[2] : null;
  let why = '';
  if (attractor && Math.abs(Math.abs(end) - attractor.a) < 0.05 * attractor.a)
    why =
      ` In an attractor every step multiplies by f′ = ${slopeText(attractor.slope)}: the more robust the ` +
      'memory, the smaller the factor.';
  else if (Math.abs(end) < 0.05)
    why =
      spec.w < 1
        ? ` Near 0 every step multiplies by w = ${fmt(spec.w)}.`
        : ` Near 0 every step multiplies by w = ${fmt(spec.w)}${spec.w > 1 ? ': the gradient grows' : ''}.`;
  return `Without noise, |∂a_T/∂a₁| = ${ratioFromLog10(clean)} at T = ${T}.${range}${why}`;
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
  const T = grid.steps;
  const partial =
    grid.filled < grid.noises.length ? ` (${grid.filled} of ${grid.noises.length} noise levels so far)` : '';
  const robust =
    robustCells === 0
      ? 'no noisy cell keeps the bit in 95% of its trajectories'
      : `where the bit survives in at least 95% of trajectories (${robustCells} noisy ` +
        `cell${robustCells === 1 ? '' : 's'}), |∂a_T/∂a₁| is at most ${ratioFromLog10(robustGrad)}`;
  const live =
    liveKept < 0
      ? 'no noisy cell keeps |∂a_T/∂a₁| ≥ 10⁻²'
      : `wherever |∂a_T/∂a₁| ≥ 10⁻², at most ${Math.round(100 * liveKept)}% keep the bit`;
  // the moral only where the numbers carry it: robust cells have lost the gradient, and
  // cells that keep a gradient are no better than chance at keeping the bit
  const holds = robustCells > 0 && robustGrad < -2 && liveKept < 0.95;
  const moral = holds
    ? ' Robust memory or a gradient that reaches back: not both.'
    : inputs?.pulse === 0
      ? ' The pulse is 0: no bit is written, so no memory is traded for the gradient. Give the pulse a size.'
      : inputs && inputs.length >= T
        ? ` The pulse lasts all ${plural(T, 'step')}: no noise reaches the state, so nothing tests the memory.`
        : T >= LATCH_LIMITS.steps[1]
          ? ` Even at T = ${T}, the most this view runs, the trade-off has not set in.`
          : ` At T = ${T} the trade-off has not set in: try more steps.`;
  return `At T = ${T}${partial}: ${robust}; ${live}.${moral}`;
}

/** The grid's cell nearest to (w, noise), once its row has arrived; null before. */
export function gridCell(grid: LatchGrid, w: number, noise: number): { kept: number; gradLog10: number } | null {
  const nearest = (values: readonly number[], v: number) =>
    values.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(values[best] - v) ? i : best), 0);
  if (grid.ws.length === 0 || grid.noises.length === 0) return null;
  const k = nearest(grid.noises, noise) * grid.ws.length + nearest(grid.ws, w);
  return Number.isNaN(grid.kept[k]) ? null : { kept: grid.kept[k], gradLog10: grid.grad[k] };
}
