// The phase diagrams' captions, read from the diagrams' own numbers, so it can never
// contradict the figure above it: at ρ = 1.1 with tanh and input scale 1 the gradient still
// vanishes (saturation takes back what the radius adds), and a caption that said "above
// ρ = 1 it explodes" was wrong there.
import type { PhaseMap } from '../model/phase-map';
import { ratioFromLog10 } from './format';
import { gatePathLog10 } from '../sim/theory';
import { FIELDS } from '../model/lab-state';
import { localNumber, msg } from '../i18n/index';

export interface PhaseReading {
  steps: number;
  /** rows swept so far, of `rows` */
  done: number;
  rows: number;
  /** the largest value up to which every swept value shrinks the gradient (null: the smallest grows) */
  shrinkUpTo: number | null;
  /** the smallest value from which every swept value grows it (null: the largest shrinks) */
  growFrom: number | null;
  /** the radii between the two: none, all within a factor of ~3 of 1, or some each way */
  mixed: 'none' | 'near 1' | 'either';
  /** every swept value shrinks the gradient, or every one grows it, or neither */
  all: 'shrink' | 'grow' | null;
  lowest: { value: number; log10: number };
  highest: { value: number; log10: number };
  /** the row whose gradient ends largest (where it grows most, or shrinks least) */
  largest: { value: number; log10: number };
  /** the smallest swept value at which the network left double precision (a custom phi), or null */
  haltedFrom: number | null;
}

/** Within this many decades of 1 a gradient is "kept", neither shrunk nor grown (rounding at rho = 1). */
const KEPT = 1e-9;

/**
 * The gradient after T steps (the last column) for each swept value (radius or bias), smallest
 * first; only values up to `max` (the rows a diagram sweeps beyond its slider's range are left out).
 */
export function readPhaseMap(map: PhaseMap, max = Infinity): PhaseReading | null {
  const T = map.cols - 1;
  const n = map.values.length;
  if (map.matrix.length !== n * map.cols) return null;
  // row i of the sweep (values[i]) is drawn at matrix row n - 1 - i (highest on top)
  const rows = map.values
    .map((value, i) => ({ value, log10: map.matrix[(n - 1 - i) * map.cols + T] }))
    .filter((r) => !Number.isNaN(r.log10) && r.value <= max);
  if (rows.length === 0) return null;
  const halted = map.halted.filter((v) => v <= max);
  const done = rows.length + halted.length;
  const haltedFrom = halted.length ? Math.min(...halted) : null;
  let shrinkUpTo: number | null = null;
  for (const r of rows) {
    if (r.log10 >= -KEPT) break;
    shrinkUpTo = r.value;
  }
  let growFrom: number | null = null;
  for (let i = rows.length - 1; i >= 0 && rows[i].log10 > KEPT; i--) growFrom = rows[i].value;
  const between = rows.filter((r) => r.value > (shrinkUpTo ?? -Infinity) && r.value < (growFrom ?? Infinity));
  const mixed = between.length === 0 ? 'none' : between.every((r) => Math.abs(r.log10) <= 0.5) ? 'near 1' : 'either';
  const [lowest, highest] = [rows[0], rows[rows.length - 1]];
  const all = rows.every((r) => r.log10 < -KEPT) ? 'shrink' : rows.every((r) => r.log10 > KEPT) ? 'grow' : null;
  const largest = rows.reduce((m, r) => (r.log10 > m.log10 ? r : m), rows[0]);
  return { steps: T, done, rows: n, shrinkUpTo, growFrom, mixed, all, lowest, highest, largest, haltedFrom };
}

/** A swept value as it is: 1.0038 is not "1.00", which reads as the radius that keeps the norm. */
export const sweptText = (v: number): string => localNumber(+v.toFixed(2) === v ? v.toFixed(2) : String(v));
const at = (r: { value: number; log10: number }) =>
  msg().figures.phase.atRadius(ratioFromLog10(r.log10), sweptText(r.value));
const RADIUS_MAX = FIELDS.radius.range[1];

/**
 * One or two sentences that say what the diagram shows at these settings. `saturating`: the
 * nonlinearity is tanh, whose slope below 1 explains a gradient that shrinks above rho = 1.
 */
export function radiusCaption(map: PhaseMap | null, saturating = false): string {
  // the slider stops at 2: a radius the diagram sweeps beyond it (its margin) is not quoted
  const m = msg().figures.phase;
  const read = map && readPhaseMap(map, RADIUS_MAX);
  if (map && !read && map.halted.length > 0 && map.filled === map.values.length) return m.allHalted(map.cols - 1);
  if (!map || !read) return m.sweepingRadius;
  const blank = read.haltedFrom === null ? '' : m.haltedFrom(sweptText(read.haltedFrom));
  const { steps, shrinkUpTo, growFrom, lowest, highest } = read;
  const rows = map.values.filter((v) => v <= RADIUS_MAX).length;
  const partial = read.done < rows ? m.radiiSoFar(read.done, rows) : '';
  const swept = m.radiusSwept(rows < map.values.length ? localNumber(String(RADIUS_MAX)) : '');
  const head = m.radiusHead(steps, partial);
  if (read.all === 'shrink') {
    const why = saturating && highest.value > 1 ? m.tanhTakesBack : '';
    return `${m.shrunkAtEvery(head, swept, at(lowest), at(highest))}${why}${blank}`;
  }
  if (read.all === 'grow') return `${m.grownAtEvery(head, swept, at(lowest), at(highest))}${blank}`;
  if (shrinkUpTo === null || growFrom === null) return `${m.isBoth(head, at(lowest), at(highest))}${blank}`;
  const middle = { none: '', 'near 1': m.radiusBetweenNear1, either: m.radiusBetweenEither }[read.mixed];
  const split = m.radiusSplit(head, sweptText(shrinkUpTo), at(lowest), sweptText(growFrom), at(highest), middle);
  return `${split}${blank}`;
}

/**
 * The bias diagram's caption. The diagram plots the FULL gradient of the gated path (the LSTM's
 * cell, the GRU's state) after T steps; the highway alone (Πf, or the GRU's Πz) can only shrink,
 * since every gate is below 1: that is dilution. Where a row grows instead, the paths through h
 * (W and the gates, a product of Jacobians with a matrix in it) add more than the gates take away:
 * the matrix part explodes, not the highway. So the caption reads the map row by row (issue 19:
 * "even σ = 0.99 fades" sat beside rows that grew by 10^2.9 at b = 4.75, T = 500).
 */
export function biasCaption(map: PhaseMap | null): string {
  const m = msg().figures.phase;
  const read = map && readPhaseMap(map);
  if (!map || !read) return m.sweepingBias;
  const lstm = map.arch === 'lstm'; // the title names the model; the caption, its path
  const b = (r: { value: number; log10: number }) => m.atBias(ratioFromLog10(r.log10), sweptText(r.value));
  const partial = read.done < read.rows ? m.biasesSoFar(read.done, read.rows) : '';
  const { steps: T, shrinkUpTo, growFrom, lowest, highest } = read;
  const head = m.biasHead(T, partial, lstm);
  // short (presenting), but never silent on the rows between, where the marker may sit (b = 4, T = 500)
  const middle = { none: '', 'near 1': m.biasBetweenNear1, either: m.biasBetweenEither }[read.mixed];
  const { largest } = read;
  // where it grows, the most growth (b = 4.75 at T = 500: 862) says more than the top row
  const grown = largest.log10 > KEPT ? m.most(b(largest)) : b(highest);
  const reading =
    read.all === 'shrink'
      ? m.shrunkAtEvery(head, m.everyBias, b(lowest), b(highest))
      : read.all === 'grow'
        ? m.grownAtEvery(head, m.everyBias, b(lowest), grown)
        : shrinkUpTo === null || growFrom === null
          ? m.isBoth(head, b(lowest), grown)
          : m.biasSplit(head, sweptText(shrinkUpTo), b(lowest), sweptText(growFrom), grown, middle);
  // constant gates sigma(b) < 1: the highway's closed form, which shrinks at every bias swept.
  // Short: presenting, the caption shares a third of one screen with its diagram.
  const top = highest.value;
  const highway = m.onlyDilutes(lstm, sweptText(top), ratioFromLog10(gatePathLog10(top, T)));
  const why = largest.log10 > KEPT ? m.growthVia : '.';
  return reading + highway + why;
}
