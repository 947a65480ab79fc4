// Where dL/dW comes from (Bengio, Simard & Frasconi 1994): dL/dW = sum_t delta_t h_{t-1}^T, and
// each step's term has a size ||delta_t h_{t-1}^T||_F (the engine's wGradByStepLog10). A step's
// share is its term's size over the sum of all the terms' sizes, so the shares add up to 1 and
// the sum bounds ||dL/dW|| (triangle inequality). Everything stays in log10: a share of
// 10^-2000 is as exact as one of 10^-2. Pure functions; the chart and captions read these.
import type { SimResult } from '../sim/index';
import type { Arch } from '../sim/spec';
import { ARCH_LABELS } from '../model/lab-state';
import { ARCH_COLORS, type Curve } from './figure-data';
import { listText, percentText, ratioFromLog10 } from './format';
import { fixed, msg } from '../i18n/index';

/** log10(10^a + 10^b), exact zeros (-Infinity) allowed. */
function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const hi = Math.max(a, b);
  return hi + Math.log10(1 + 10 ** (Math.min(a, b) - hi));
}

export interface WeightShares {
  arch: Arch;
  /** log10 of step k's share, k = 0..T-1 steps back (k = 0: the last step, t = T) */
  share: Float64Array;
  /** log10 of the share of every step further back than k; -Infinity at k = T-1 */
  beyond: Float64Array;
  /** log10 of the sum of the terms' sizes; -Infinity when dL/dW has no term at all */
  totalLog10: number;
}

/** Shares by steps back, from log10 ||delta_t h_{t-1}^T|| at index t - 1. */
export function weightShares(arch: Arch, byStep: Float64Array): WeightShares {
  const T = byStep.length;
  let total = -Infinity;
  for (let t = 0; t < T; t++) total = logAdd(total, byStep[t]);
  const share = new Float64Array(T);
  const beyond = new Float64Array(T);
  let acc = -Infinity;
  for (let k = T - 1; k >= 0; k--) {
    share[k] = total === -Infinity ? -Infinity : byStep[T - 1 - k] - total;
    beyond[k] = acc;
    acc = logAdd(acc, share[k]);
  }
  return { arch, share, beyond, totalLog10: total };
}

/** The shares of every compared architecture whose result has the terms by step. */
export function resultShares(results: SimResult[]): WeightShares[] {
  return results.flatMap((r) => (r.wGradByStepLog10 ? [weightShares(r.spec.arch, r.wGradByStepLog10)] : []));
}

/** The chart's curves: each architecture's step share (solid) and the share beyond k (dashed). */
export function shareCurves(shares: WeightShares[]): Curve[] {
  const m = msg().figures.labels;
  return shares.flatMap(({ arch, share, beyond }) => [
    { id: `${arch}-share`, label: m.stepShare(ARCH_LABELS[arch]), values: share, color: ARCH_COLORS[arch] },
    {
      id: `${arch}-beyond`,
      label: m.beyondShare(ARCH_LABELS[arch]),
      values: beyond,
      color: ARCH_COLORS[arch],
      dash: '6 4',
      width: 2
    }
  ]);
}

/** The steps the caption quotes: the last `recent` steps, and those beyond `far` (10 and 50 for T >= 100). */
export function captionSteps(T: number): { recent: number; far: number } {
  return { recent: Math.max(1, Math.min(10, Math.ceil(T / 10))), far: Math.max(1, Math.min(50, Math.ceil(T / 2))) };
}

/**
 * The share of the most recent k steps, 1 - (share beyond k - 1), as text: "99.94%", or
 * "all but 3.2e-15" once the rest is below 10^-4 (a percentage would round it to 100%).
 */
export function recentShareText(s: WeightShares, k: number): string {
  const m = msg().figures.shares;
  const rest = k >= s.share.length ? -Infinity : s.beyond[k - 1];
  if (rest === -Infinity) return percentText(1);
  if (rest < -4) return m.allBut(ratioFromLog10(rest));
  const f = -Math.expm1(rest * Math.LN10); // 1 - 10^rest, exact when the far past carries nearly all
  // a residual RNN's far past can carry all but 1e-13 of dL/dW: rounding may put rest at or above 0
  if (f <= 1e-12) return m.almostNothing;
  if (f < 1e-4) return m.only(ratioFromLog10(Math.log10(f)));
  return f >= 0.99 ? msg().figures.format.percent(fixed(100 * f, 2)) : percentText(f); // 99.04%, not 99%
}

/** The share of every step before the last k, as text: "1.0e-12", "0.78%". */
export function farShareText(s: WeightShares, k: number): string {
  const l = k >= s.share.length ? -Infinity : s.beyond[k - 1];
  if (l === -Infinity) return msg().figures.shares.nothing;
  if (l >= -3) return percentText(10 ** l);
  return ratioFromLog10(l);
}

/** One sentence per claim, with live numbers: how much of dL/dW the recent steps carry. */
export function sharesCaption(shares: WeightShares[], T: number): string {
  const m = msg().figures.shares;
  const live = shares.filter((s) => s.totalLog10 !== -Infinity);
  if (live.length === 0) return T === 1 ? m.oneStepZero : m.allZero;
  const { recent, far } = captionSteps(T);
  // "99.04% of the RNN's ∂L/∂W and 93.3% of the LSTM's"; then the far shares in the same order
  const list = listText(live.map((s, i) => m.shareOf(recentShareText(s, recent), ARCH_LABELS[s.arch], i === 0)));
  const recentPart = `${m.lastCarry(recent)} ${list}`;
  if (far >= T) return `${recentPart}.`;
  const farPart = m.recentAndFar(recentPart, m.stepsBefore(far), listText(live.map((s) => farShareText(s, far))));
  // what it means for learning, from the numbers: below 10^-3 the far past cannot steer W,
  // above 10^-2 it still can (a growing gradient weighs the far past most of all); an exact
  // zero (h_0 = 0 leaves step 1 no term) says nothing either way
  const farLog = (s: WeightShares) => s.beyond[far - 1];
  const the = (list: WeightShares[], name = m.the) => listText(list.map((s) => name(ARCH_LABELS[s.arch])));
  const faint = live.filter((s) => farLog(s) < -3 && farLog(s) > -Infinity);
  const strong = live.filter((s) => farLog(s) >= -2);
  const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const meaning = [
    faint.length ? m.faint(the(faint)) : '',
    strong.length ? m.strong(capital(the(strong, m.theOwn))) : ''
  ].join('');
  return `${farPart}.${meaning}`;
}
