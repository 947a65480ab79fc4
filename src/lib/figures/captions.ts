// Captions as plain text, for the slide (the page sets the same numbers in its own markup):
// every number is read from the engine's results or sim/theory through the store.
import { localNumber, msg } from '../i18n/index';
import { ARCH_LABELS } from '../model/lab-state';
import type { SimResult } from '../sim/index';
import type { Arch } from '../sim/spec';
import { windowCut } from './figure-data';
import type { Shown } from './shown';
import {
  besideOne,
  gammaText,
  powerBaseText,
  ratioFromLog10,
  superscript,
  typesetExponents,
  typesetRatio,
  listText
} from './format';

const fall = (curve: Float64Array | undefined) => (curve ? curve[0] - curve[curve.length - 1] : NaN);

/** The nonlinearity as a caption names it: "tanh", "relu", "φ(x) = sin(x)". */
export const phiName = (activation: string, formula: string): string =>
  activation === 'custom' ? `φ(x) = ${formula}` : msg().figures.captions.activation(activation);

export interface RnnReading {
  /** what the dashed ρᵏ is, and what the RNN on screen does instead */
  text: string;
  /** the same in fewer words, for the slide's caption (it shares a column with the chart) */
  brief: string;
  /** φ is not linear and a linear RNN with this W would explode where this one does not: offer to show it */
  offerLinear: boolean;
}

/**
 * The RNN's line in the chart, read against theory. ρᵏ is the linear RNN's closed form; with
 * any other φ, |φ′| ≤ γ only bounds the gradient by (γ‖W‖)ᵏ (Pascanu, Mikolov & Bengio 2013),
 * and a saturating φ (φ′ < 1 away from 0) takes back what the radius adds.
 */
export function rnnReading(shown: Shown): RnnReading | null {
  const r = shown.results.find((x) => x.spec.arch === 'rnn');
  if (!r) return null;
  const { steps: T, activation, formula } = shown.lab;
  const { radius, radiusPowLog10, gamma } = shown.theory;
  const m = msg().figures.captions;
  const linear = `${powerBaseText(radius, T)}${superscript(T)} = ${ratioFromLog10(radiusPowLog10)}`;
  if (activation === 'linear') return { text: m.linearTheory(linear), brief: '', offerLinear: false };
  const kept = fall(r.hGradLog10);
  const name = phiName(activation, formula);
  const norm = r.spectrum?.spectralNorm ?? Number.NaN;
  // short: at the defaults it shares the first screen of a 1280 x 720 projector with the chart
  const g = `γ = ${gammaText(gamma, Number.isInteger(gamma) ? 0 : 3)}`;
  const bound = Number.isFinite(gamma) ? m.bound(g, besideOne(gamma * norm, 2, 1e-9)) : m.noBound(gammaText(gamma));
  const explodes = radiusPowLog10 > 0 && radiusPowLog10 - kept > 1;
  const takesBack = activation === 'relu' ? m.reluTakesBack : m.saturates(activation === 'tanh' ? 'tanh' : 'φ');
  const why = explodes ? m.whyBounded(linear, ratioFromLog10(kept), T, takesBack) : '';
  return {
    text: m.rnnText(name, bound, why),
    brief: m.rnnBrief(
      explodes ? ratioFromLog10(radiusPowLog10) : '',
      name,
      Number.isFinite(gamma) ? m.briefBound(g) : m.briefNoBound(gammaText(gamma))
    ),
    offerLinear: explodes
  };
}

/** What one architecture's gradient keeps at the far end, read from its result. */
export interface Kept {
  /** "RNN keeps", "LSTM cell keeps" */
  what: string;
  /** log10 of the ratio kept, -Infinity for an exact zero */
  log10: number;
  /** where it is read, when that is not the initial state: " at the first position (e₁)" */
  where: string;
}

/**
 * The far end of each gradient relative to the loss step: the initial state h_0 (or c_0) after T
 * steps of a recurrence; the first position's embedding e_1 for attention, which has no e_0 (one
 * attention step from the last position, whatever T); for the window, the first step back from which
 * its inputs get exactly nothing (outside its N), or x_1 when all T lie inside it.
 */
export function keptOf(r: SimResult): Kept {
  const m = msg().figures.captions;
  const arch = r.spec.arch;
  const h = r.hGradLog10;
  const T = h.length - 1;
  const what = m.keeps(keptName(r));
  if (arch === 'attention') return { what, log10: h[Math.min(1, T)] - h[T], where: m.atFirstPosition };
  if (arch === 'window') {
    const cut = windowCut(h);
    const N = r.spec.window ?? NaN;
    if (cut !== null) return { what, log10: -Infinity, where: m.windowOutside(cut, subscript(T - cut), N) };
    return { what, log10: h[Math.min(1, T)] - h[T], where: m.windowInside(T, N) };
  }
  return { what, log10: fall(r.cGradLog10 ?? h), where: '' };
}

/** Whose gradient keptOf reads: "RNN", "LSTM cell" (the LSTM's is its cell's). */
function keptName(r: SimResult): string {
  const name = ARCH_LABELS[r.spec.arch];
  return r.cGradLog10 && r.spec.arch !== 'attention' && r.spec.arch !== 'window'
    ? msg().figures.captions.cellOf(name)
    : name;
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUB[+d]).join('');

/** What the heatmaps and the line chart show after T steps, for each compared architecture. */
export function summaryCaption(shown: Shown): string {
  const T = shown.lab.steps;
  const kept = shown.results.map((r, i) => {
    const k = keptOf(r);
    const what = i === 0 ? k.what : keptName(r);
    return `${what} ${typesetRatio(k.log10)}${k.where}`;
  });
  const lstm = lstmReading(shown);
  const highway = lstm ? ` ${typesetExponents(lstm.brief)}` : '';
  const rnn = rnnReading(shown)?.brief;
  return `${msg().figures.captions.summary(T, kept.join('; '))}${highway}${rnn ? ` ${typesetExponents(rnn)}` : ''}`;
}

/**
 * What makes each compared model's gradient shrink or grow, in the lab's one vocabulary: through a
 * matrix at every step (vanishing or exploding), or through gates alone (dilution). Attention and
 * the window have their own sentences (pathCaption).
 */
export function mechanismCaption(archs: readonly Arch[]): string {
  const m = msg().figures.captions;
  const parts: string[] = [];
  const matrix = archs.filter((a) => a === 'rnn' || a === 'residual').map((a) => ARCH_LABELS[a]);
  if (matrix.length) parts.push(m.matrixMechanism(listText(matrix)));
  if (archs.includes('lstm')) parts.push(m.lstmMechanism);
  if (archs.includes('gru')) parts.push(m.gruMechanism);
  return parts.length ? `${parts.join('; ')}.` : '';
}

/**
 * Decades by which the full cell gradient must differ from the highway to be called more or less:
 * a factor of 2 (at b = 8, T = 100 the cell's 2.7 against the highway's 0.95 is a factor 2.9).
 */
const APART = Math.log10(2);

export interface LstmReading {
  /** log10 of what the highway Πf and the full cell gradient keep after T steps */
  highwayLog10: number;
  cellLog10: number;
  /** the full cell gradient against the highway: 'above' (the paths through h add), 'below', or 'with' */
  relation: 'above' | 'below' | 'with';
  /** the two named quantities and why they differ */
  text: string;
  /** the full cell gradient's sentence alone (the page sets the highway's with its own markup) */
  cell: string;
  /** the same in fewer words, for the slide */
  brief: string;
}

/**
 * The LSTM's two named quantities (issue 19): the highway Πf, dL/dc_T carried back by the forget
 * gates alone, which can only shrink (dilution: every f < 1, the same product that fades a stored
 * value forward); and the full cell gradient ||dL/dc_{T-k}||, which adds the paths through h_t, o,
 * the gates and W: a product of Jacobians with a matrix in it, which can vanish or explode like an
 * RNN's. When the full gradient ends more than a factor 2 above the highway, that excess is the
 * matrix part, not the highway (forget bias 8: the highway keeps 0.95 over 100 steps, the cell 2.7).
 */
export function lstmReading(shown: Shown): LstmReading | null {
  const r = shown.results.find((x) => x.spec.arch === 'lstm');
  if (!r?.cGradLog10 || !r.cellPathLog10) return null;
  const highwayLog10 = fall(r.cellPathLog10);
  const cellLog10 = fall(r.cGradLog10);
  const relation = cellLog10 - highwayLog10 > APART ? 'above' : highwayLog10 - cellLog10 > APART ? 'below' : 'with';
  const m = msg().figures.captions;
  const p = ratioFromLog10(highwayLog10);
  const c = ratioFromLog10(cellLog10);
  const head = m.highwayHead(p, shown.lab.steps);
  const grows = cellLog10 > 0;
  // "exploding" for ten times or more, not for a factor 2.7 (b = 8, T = 100); short: presenting, the
  // line chart shares its third of the screen with this caption
  const cell =
    relation === 'above'
      ? grows
        ? m.cellGrows(c, cellLog10 >= 1)
        : m.cellMore(c)
      : relation === 'below'
        ? m.cellBelow(c)
        : m.cellWith(c);
  const brief = m.highwayBrief(p, relation === 'above', grows);
  return { highwayLog10, cellLog10, relation, text: `${head} ${cell}`, cell, brief };
}

/**
 * The new models' lines under the line chart: where each gradient's path differs from a product
 * of T Jacobians (issue 18), with the numbers on screen. Empty when none of them is compared.
 */
export function pathCaption(shown: Shown): string {
  const m = msg().figures.captions;
  const T = shown.lab.steps;
  const parts: string[] = [];
  const by = (a: string) => shown.results.find((r) => r.spec.arch === a);
  const residual = by('residual');
  if (residual) parts.push(m.residualPath(ARCH_LABELS.residual, T, ratioFromLog10(fall(residual.hGradLog10))));
  const attention = by('attention');
  if (attention) {
    const k = keptOf(attention);
    const weights = attention.attention?.[0];
    const max = weights?.length ? weights.reduce((m, v) => Math.max(m, v), 0) : NaN;
    parts.push(
      m.attentionPath(ARCH_LABELS.attention, ratioFromLog10(k.log10)) +
        (Number.isFinite(max)
          ? m.softmaxSpread(
              weights!.length,
              localNumber(max.toPrecision(2)),
              localNumber((1 / weights!.length).toPrecision(2))
            )
          : '')
    );
  }
  const win = by('window');
  if (win) {
    const cut = windowCut(win.hGradLog10);
    const N = win.spec.window ?? NaN;
    parts.push(
      cut === null ? m.windowAllInside(ARCH_LABELS.window, T, N) : m.windowCutPath(ARCH_LABELS.window, N, cut)
    );
  }
  return parts.join(' ');
}
