// "How far back each model sees": ||dL/dx_{T-k}|| against k for every compared model, on one
// log axis, and the caption that reads it. Absolute norms, not ratios to each model's own k = 0:
// every architecture reads the same inputs x_1..x_T (seeded by the spec's seed) through the same
// readout L = r^T h_T with the same unit r, so the norm is "how much the loss moves per unit
// change of the input k steps back" for each, directly comparable. Dividing by each model's own
// k = 0 would hide that attention's far inputs all get about 1/T of its value path, while its
// last input also has the residual path e_T. Pure functions; the chart only draws these.
import { integer, msg } from '../i18n/index';
import type { PathKind, SimResult } from '../sim/index';
import type { Arch } from '../sim/spec';
import { ARCH_LABELS } from '../model/lab-state';
import { ARCH_COLORS, type Curve } from './figure-data';
import { listText, ratioFromLog10 } from './format';

/** log10 ||dL/dx_{T-k}||, k = 0..T-1, from the engine's xGradLog10 (index t - 1 for x_t). */
export function reachValues(xGradLog10: Float64Array): Float64Array {
  const T = xGradLog10.length;
  const out = new Float64Array(T);
  for (let k = 0; k < T; k++) out[k] = xGradLog10[T - 1 - k];
  return out;
}

/**
 * The last k with a nonzero gradient, when every k beyond it is exactly zero (the window's hard
 * cut beyond N, a dead relu); null when the curve reaches its far end.
 */
export function hardCut(values: Float64Array): number | null {
  let last = values.length - 1;
  while (last >= 0 && values[last] === -Infinity) last--;
  return last === values.length - 1 ? null : last;
}

/** An architecture as the page names it: the registry's label. */
export const modelLabel = (arch: Arch): string => ARCH_LABELS[arch];

/** The window's length N from a result's spec (filled in by validation for the window arch). */
const windowOf = (r: SimResult): number | undefined => (r.spec as { window?: number }).window;

/** One curve per result, in the lab's architecture colours; a hard cut is marked with a dot at its end. */
export function reachCurves(results: readonly SimResult[]): Curve[] {
  return results.map((r) => {
    const values = reachValues(r.xGradLog10);
    const cut = hardCut(values);
    const N = windowOf(r);
    const name = modelLabel(r.spec.arch);
    const m = msg().reach;
    const label =
      r.spec.arch === 'window' && N !== undefined
        ? cut !== null && cut === N - 1
          ? m.zeroBeyondN(name, integer(N))
          : `${name} (N = ${integer(N)})`
        : cut !== null
          ? m.zeroBeyondK(name, integer(cut))
          : name;
    return {
      id: `reach-${r.spec.arch}`,
      label,
      values,
      color: ARCH_COLORS[r.spec.arch],
      ...(cut !== null && cut >= 0 ? { marks: [cut] } : {})
    };
  });
}

/** The k the caption reads: 100 steps back, or the farthest input when T <= 100. */
export const readingK = (T: number): number => Math.max(0, Math.min(100, T - 1));

/** How the gradient from the input k steps back reaches the loss, for one model, in words. */
export function pathText(path: PathKind, k: number, N?: number): string {
  const m = msg().reach;
  if (path === 'attention') return m.pathAttention;
  if (path === 'window') {
    if (N === undefined) return m.pathWindowAny;
    return k < N ? m.pathWindowIn(integer(N)) : m.pathWindowOut(integer(k), integer(N));
  }
  return m.pathRecurrence(k);
}

/**
 * The caption: the gradient that reaches k = min(100, T - 1) steps back for each model, and each
 * model's path length from archModule(arch).path (passed in, so the caption reads the registry).
 */
export function reachCaption(results: readonly SimResult[], pathOf: (arch: Arch) => PathKind): string {
  if (!results.length) return '';
  const m = msg().reach;
  const T = Math.min(...results.map((r) => r.xGradLog10.length));
  const k = readingK(T);
  const parts = results.map((r) => {
    const v = r.xGradLog10[T - 1 - k];
    const value = v === -Infinity ? m.exactlyZero : ratioFromLog10(v);
    return m.reading(modelLabel(r.spec.arch), value, pathText(pathOf(r.spec.arch), k, windowOf(r)));
  });
  const cuts = results.flatMap((r) => {
    const N = windowOf(r);
    return r.spec.arch === 'window' && N !== undefined && N < T ? [m.windowCut(integer(N))] : [];
  });
  return m.caption(k, listText(parts)) + (cuts.length ? m.cutsNote(listText(cuts)) : '') + m.absoluteNote;
}
