// The latch view's captions, as plain text from the engine's numbers (sim/latch.ts): the fixed
// points and their slopes, how many noisy trajectories keep the bit, how far da_T/da_1 has
// shrunk, and what the trade-off grid says. Pure functions; the page and the tour read them.
import type { FixedPoint, LatchRun, LatchSpec } from '../sim/latch';
import type { LatchGrid } from '../state/latch-view.svelte';
import { ratioFromLog10 } from './format';

const fmt = (v: number, digits = 2) => v.toFixed(digits);

/** "three fixed points: ±1.92 attract (|f′| = 0.17 < 1), 0 repels (|f′| = 2.00)". */
export function fixedPointsCaption(points: FixedPoint[], w: number): string {
  if (points.length === 1) {
    const p = points[0];
    const what =
      p.kind === 'stable'
        ? `it attracts (|f′| = ${fmt(p.slope)} < 1): every state decays to 0 and the bit is forgotten`
        : `it is marginal (|f′| = 1): states drift back to 0 slower than geometrically, and any noise erases the bit`;
    return `w = ${fmt(w)}: one fixed point, a = 0; ${what}.`;
  }
  const [, zero, plus] = points;
  return (
    `w = ${fmt(w)}: three fixed points. ±${fmt(plus.a)} attract (|f′| = ${fmt(plus.slope, 3)} < 1), one basin ` +
    `each side of 0, which repels (|f′| = ${fmt(zero.slope)}): a pulse that pushes a past 0 writes a bit the ` +
    `map then holds.`
  );
}

/** How many noisy trajectories keep their bit to step T. */
export function keptCaption(run: LatchRun, spec: LatchSpec): string {
  const n = run.trajectories.length;
  const verdict =
    run.kept === n ? 'every bit is kept' : run.kept === 0 ? 'every bit is lost' : `${n - run.kept} lost theirs`;
  return (
    `${run.kept} of ${n} trajectories keep their bit to step ${spec.steps} (pulse ${fmt(spec.pulse)} for ` +
    `${spec.length} step${spec.length === 1 ? '' : 's'}, then noise σ = ${fmt(spec.noise)}): ${verdict}.`
  );
}

/** log10 |da_T/da_1| read off the run: the noise-free trajectory and the noisy ones' range. */
export function gradientCaption(run: LatchRun, points: FixedPoint[], spec: LatchSpec): string {
  const T = spec.steps;
  const clean = run.clean.gradLog10[T - 1];
  const noisy = run.trajectories.map((t) => t.gradLog10[T - 1]).filter((v) => v !== -Infinity);
  const range = noisy.length
    ? ` The noisy trajectories end between ${ratioFromLog10(Math.min(...noisy))} and ` +
      `${ratioFromLog10(Math.max(...noisy))}.`
    : '';
  const attractor = points.length === 3 ? points[2] : null;
  const why = attractor
    ? ` In an attractor every step multiplies by f′ = ${fmt(attractor.slope, 3)}: the more robust the memory, ` +
      'the smaller the factor.'
    : spec.w < 1
      ? ` Near 0 every step multiplies by w = ${fmt(spec.w)}.`
      : '';
  return `Without noise, |∂a_T/∂a₁| = ${ratioFromLog10(clean)} at T = ${T}.${range}${why}`;
}

/**
 * What the grid says, over the noisy rows (noise > 0: without noise even w < 1 keeps the
 * sign): the largest median gradient among cells that keep the bit in at least 95% of
 * trajectories, and the best kept fraction among cells whose gradient is at least 10^-2.
 */
export function tradeoffCaption(grid: LatchGrid): string {
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
      ? 'No noisy cell keeps the bit in 95% of its trajectories'
      : `Where the bit survives in at least 95% of trajectories (${robustCells} noisy ` +
        `cell${robustCells === 1 ? '' : 's'}), |∂a_T/∂a₁| is at most ${ratioFromLog10(robustGrad)}`;
  const live =
    liveKept < 0
      ? 'no noisy cell keeps |∂a_T/∂a₁| ≥ 10⁻²'
      : `wherever |∂a_T/∂a₁| ≥ 10⁻², at most ${Math.round(100 * liveKept)}% keep the bit`;
  return `At T = ${T}${partial}: ${robust}; ${live}. Robust memory or a gradient that reaches back: not both.`;
}

/** The grid's cell nearest to (w, noise), once its row has arrived; null before. */
export function gridCell(grid: LatchGrid, w: number, noise: number): { kept: number; gradLog10: number } | null {
  const nearest = (values: readonly number[], v: number) =>
    values.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(values[best] - v) ? i : best), 0);
  if (grid.ws.length === 0 || grid.noises.length === 0) return null;
  const k = nearest(grid.noises, noise) * grid.ws.length + nearest(grid.ws, w);
  return Number.isNaN(grid.kept[k]) ? null : { kept: grid.kept[k], gradLog10: grid.grad[k] };
}
