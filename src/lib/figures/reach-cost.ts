// The cost figure's pure parts: the log-log slope fitted to measured times (about 1 for a
// recurrence, O(T n^2) per sequence; about 2 for a full causal attention layer, O(T^2 n)), and
// the memory one generated token needs: a recurrence carries a fixed state (n floats; the LSTM's
// h and c, 2n), attention a key-value cache of 2 n T floats that grows with every token, the
// sliding window its last N inputs of m floats. The timing itself is in worker/cost-measure.ts.
import { fixed, getLocale, integer, msg } from '../i18n/index';
import type { Arch } from '../sim/spec';
import { modelLabel } from './reach-curves';
import { ARCH_COLORS } from './figure-data';
import { listText } from './format';

export interface CostPoint {
  /** sequence length */
  T: number;
  /** milliseconds per sequence, forward and backward */
  ms: number;
}

export interface CostSeries {
  arch: Arch;
  points: CostPoint[];
}

export interface SlopeFit {
  slope: number;
  /** log10 ms at T = 1 */
  intercept: number;
  /** the lengths the fit spans */
  from: number;
  to: number;
}

/** Least squares of log10 ms on log10 T: time ~ 10^intercept T^slope. Null below two distinct lengths. */
export function fitLogLog(points: readonly CostPoint[]): SlopeFit | null {
  const ok = points.filter((p) => p.T > 0 && p.ms > 0 && Number.isFinite(p.ms));
  if (new Set(ok.map((p) => p.T)).size < 2) return null;
  const xs = ok.map((p) => Math.log10(p.T));
  const ys = ok.map((p) => Math.log10(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
  });
  const slope = sxy / sxx;
  const Ts = ok.map((p) => p.T);
  return { slope, intercept: my - slope * mx, from: Math.min(...Ts), to: Math.max(...Ts) };
}

/**
 * Lengths from which the fit reads the times: below them a sequence costs mostly its fixed
 * overhead (building the weights and inputs, the kernel's set-up), which would flatten the slope.
 */
export const FIT_FROM = 128;

/** The points a slope is fitted to: those at T >= FIT_FROM, or the last three when fewer than two are. */
export function fitPoints(points: readonly CostPoint[]): CostPoint[] {
  const sorted = [...points].sort((a, b) => a.T - b.T);
  const far = sorted.filter((p) => p.T >= FIT_FROM);
  return far.length >= 2 ? far : sorted.slice(-3);
}

export const fitSeries = (s: CostSeries): SlopeFit | null => fitLogLog(fitPoints(s.points));

/** What the cost chart draws for one model: its points and its fitted power law. */
export interface CostLine {
  id: string;
  label: string;
  color: string;
  points: CostPoint[];
  fit: SlopeFit | null;
}

export const costLines = (series: readonly CostSeries[]): CostLine[] =>
  series.map((s) => ({
    id: `cost-${s.arch}`,
    label: modelLabel(s.arch),
    color: ARCH_COLORS[s.arch],
    points: [...s.points].sort((a, b) => a.T - b.T),
    fit: fitSeries(s)
  }));

/** The sizes memory is counted in: hidden n, input size m, the window's N. */
export interface MemorySizes {
  n: number;
  m: number;
  N: number;
}

/** Floats one more generated token needs to be kept, after T tokens. */
export function memoryFloats(arch: Arch, T: number, { n, m, N }: MemorySizes): number {
  switch (arch) {
    case 'lstm':
      return 2 * n; // h and c
    case 'rnn':
    case 'gru':
    case 'residual':
      return n;
    case 'attention':
      return 2 * n * T; // a key and a value of n for each of the T positions
    case 'window':
      return Math.min(N, T) * m; // the last N inputs
  }
}

/** The formula behind memoryFloats, as the table shows it. */
export function memoryFormula(arch: Arch): string {
  const m = msg().reach;
  if (arch === 'lstm') return m.formulaLstm;
  if (arch === 'attention') return m.formulaAttention;
  if (arch === 'window') return m.formulaWindow;
  return m.formulaState;
}

/** A count of floats as the table and caption print it: "6,400" in English (as always), "6400", "64 000" in Russian. */
export const floatsText = (n: number): string => (getLocale() === 'en' ? n.toLocaleString('en-US') : integer(n));

const slopeText = (f: SlopeFit) => fixed(f.slope, 2);

/** The caption: the fitted slopes, read from the measurement, and the memory at the lab's T. */
export function costCaption(series: readonly CostSeries[], T: number, sizes: MemorySizes): string {
  const fits = series.flatMap((s) => {
    const f = fitSeries(s);
    return f ? [{ arch: s.arch, f }] : [];
  });
  const m = msg().reach;
  const slopes = fits.length
    ? m.slopes(
        listText(fits.map(({ arch, f }) => m.slope(modelLabel(arch), slopeText(f), integer(f.from), integer(f.to))))
      )
    : '';
  const mem = series.map((s) => `${modelLabel(s.arch)} ${floatsText(memoryFloats(s.arch, T, sizes))}`);
  return (
    slopes +
    m.floatsKept(
      integer(T),
      listText(mem),
      series.some((s) => s.arch === 'attention')
    )
  );
}
