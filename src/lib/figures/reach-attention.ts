// Attention's weights of the last position, one line per head, by steps back k = T - s, beside
// the uniform level 1/T. Attention's catch at initialisation: its path to every input is one step
// long, but softmax spreads the weight over all T inputs, so each input gets about 1/T of the
// value path (dilution in width, where a recurrence dilutes in depth) until training focuses it.
import { integer, msg } from '../i18n/index';
import { modelLabel } from './reach-curves';
import { ARCH_COLORS, type Curve } from './figure-data';
import { percentText, ratioFromLog10 } from './format';

/** Okabe & Ito's colourblind-safe hues, one per head (at most 8). */
export const HEAD_COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7f7f7f', '#b8a400'];

/** log10 alpha of head j on the input k steps back, k = 0..T-1 (alpha rows are indexed by s - 1). */
export function headValues(alpha: Float64Array): Float64Array {
  const T = alpha.length;
  const out = new Float64Array(T);
  for (let k = 0; k < T; k++) out[k] = Math.log10(alpha[T - 1 - k]);
  return out;
}

/** One curve per head, and the uniform level log10(1/T) (an overlay: its id ends in 'theory'). */
export function attentionCurves(attention: readonly Float64Array[]): Curve[] {
  if (!attention.length) return [];
  const T = attention[0].length;
  const m = msg().reach;
  const heads = attention.map((alpha, j) => ({
    id: `head-${j + 1}`,
    label: attention.length === 1 ? m.oneHead : m.head(integer(j + 1)),
    values: headValues(alpha),
    color: attention.length === 1 ? ARCH_COLORS.attention : HEAD_COLORS[j % HEAD_COLORS.length]
  }));
  const uniform = {
    id: 'uniform-theory',
    // a no-break hyphen: "2.0e-4" never wraps at its minus in a narrow legend
    label: m.uniformLabel(ratioFromLog10(-Math.log10(T)).replace('-', '\u2011')),
    values: new Float64Array(T).fill(-Math.log10(T)),
    color: '#777777',
    dash: '6 4',
    width: 1.5
  };
  return [...heads, uniform];
}

export interface AttentionReading {
  T: number;
  /** the largest and smallest weight, with the head (1-based) and steps back where they sit */
  max: { value: number; head: number; k: number };
  min: { value: number; head: number; k: number };
  /** the fraction of all H x T weights within a factor 2 of 1/T */
  nearUniform: number;
}

export function attentionReading(attention: readonly Float64Array[]): AttentionReading | null {
  if (!attention.length || !attention[0].length) return null;
  const T = attention[0].length;
  const max = { value: -Infinity, head: 1, k: 0 };
  const min = { value: Infinity, head: 1, k: 0 };
  let near = 0;
  attention.forEach((alpha, j) => {
    for (let s = 0; s < T; s++) {
      const a = alpha[s];
      if (a > max.value) Object.assign(max, { value: a, head: j + 1, k: T - 1 - s });
      if (a < min.value) Object.assign(min, { value: a, head: j + 1, k: T - 1 - s });
      if (a * T >= 0.5 && a * T <= 2) near++;
    }
  });
  return { T, max, min, nearUniform: near / (T * attention.length) };
}

/** Spread (dilution in width) when half the weights lie within a factor 2 of 1/T; focused otherwise. */
export const weightsSpread = (r: AttentionReading): boolean => r.nearUniform >= 0.5;

const weightText = (a: number) => (a === 0 ? msg().reach.exactlyZero : ratioFromLog10(Math.log10(a)));

/** What the attention chart shows, in numbers read from it. */
export function attentionCaption(attention: readonly Float64Array[]): string {
  const r = attentionReading(attention);
  if (!r) return '';
  const H = attention.length;
  const m = msg().reach;
  const where = (x: { head: number; k: number }) => m.weightAt(H > 1 ? integer(x.head) : null, integer(x.k));
  return (
    m.attentionReading(
      modelLabel('attention'),
      integer(r.T),
      H,
      weightText(r.max.value),
      where(r.max),
      weightText(r.min.value),
      where(r.min),
      weightText(1 / r.T),
      percentText(r.nearUniform)
    ) + (weightsSpread(r) ? m.attentionSpread : m.attentionFocused(ratioFromLog10(Math.log10(r.max.value * r.T))))
  );
}
