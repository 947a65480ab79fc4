// Captions as plain text, for the slide (the page sets the same numbers in its own markup):
// every number is read from the engine's results or sim/theory through the store.
import { ARCH_LABELS, stepsText } from '../model/lab-state';
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
  typesetRatio
} from './format';

const fall = (curve: Float64Array | undefined) => (curve ? curve[0] - curve[curve.length - 1] : NaN);

/** The nonlinearity as a caption names it: "tanh", "relu", "φ(x) = sin(x)". */
export const phiName = (activation: string, formula: string): string =>
  activation === 'custom' ? `φ(x) = ${formula}` : activation;

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
  const linear = `${powerBaseText(radius, T)}${superscript(T)} = ${ratioFromLog10(radiusPowLog10)}`;
  if (activation === 'linear')
    return {
      text: `Linear RNN theory: ρᵀ = ${linear}: a matrix power, vanishing or exploding.`,
      brief: '',
      offerLinear: false
    };
  const kept = fall(r.hGradLog10);
  const name = phiName(activation, formula);
  const norm = r.spectrum?.spectralNorm ?? Number.NaN;
  // short: at the defaults it shares the first screen of a 1280 x 720 projector with the chart
  const g = `γ = ${gammaText(gamma, Number.isInteger(gamma) ? 0 : 3)}`;
  const bound = Number.isFinite(gamma)
    ? `|φ′| ≤ ${g} only bounds this RNN by (γ‖W‖)ᵏ = ${besideOne(gamma * norm, 2, 1e-9)}ᵏ`
    : `φ′ is ${gammaText(gamma)}, and not even (γ‖W‖)ᵏ bounds this RNN`;
  const explodes = radiusPowLog10 > 0 && radiusPowLog10 - kept > 1;
  const takesBack =
    activation === 'relu'
      ? 'relu passes nothing back where its input is negative (φ′ = 0)'
      : `${activation === 'tanh' ? 'tanh' : 'φ'} saturates where the state is large, and φ′ < 1 there`;
  const why = explodes
    ? ` A linear RNN would grow by ${linear}; this one keeps ${ratioFromLog10(kept)} after ${stepsText(T)}: ` +
      `${takesBack} takes back some or all of what the radius adds.`
    : '';
  return {
    text: `Dashed ρᵏ is the linear RNN's; with ${name}, ${bound} (Pascanu et al. 2013).${why}`,
    brief:
      `Dashed ρᵏ is the linear RNN's${explodes ? `, ${ratioFromLog10(radiusPowLog10)} here` : ''}; with ${name}, ` +
      (Number.isFinite(gamma)
        ? `|φ′| ≤ ${g} makes (γ‖W‖)ᵏ only a bound (Pascanu et al. 2013).`
        : `φ′ is ${gammaText(gamma)}: no (γ‖W‖)ᵏ bound.`),
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
  const arch = r.spec.arch;
  const h = r.hGradLog10;
  const T = h.length - 1;
  if (arch === 'attention')
    return {
      what: `${ARCH_LABELS.attention} keeps`,
      log10: h[Math.min(1, T)] - h[T],
      where: ' at the first position (e₁)'
    };
  if (arch === 'window') {
    const cut = windowCut(h);
    const N = r.spec.window ?? NaN;
    if (cut !== null)
      return {
        what: `${ARCH_LABELS.window} keeps`,
        log10: -Infinity,
        where: ` from ${stepsText(cut)} back on: x₁ to x${subscript(T - cut)} lie outside its N = ${N}`
      };
    return {
      what: `${ARCH_LABELS.window} keeps`,
      log10: h[Math.min(1, T)] - h[T],
      where: ` at x₁ (all ${T} inside its N = ${N})`
    };
  }
  const c = r.cGradLog10;
  return { what: `${ARCH_LABELS[arch]}${c ? ' cell' : ''} keeps`, log10: fall(c ?? h), where: '' };
}

const SUB = '₀₁₂₃₄₅₆₇₈₉';
const subscript = (n: number) => [...String(n)].map((d) => SUB[+d]).join('');

/** What the heatmaps and the line chart show after T steps, for each compared architecture. */
export function summaryCaption(shown: Shown): string {
  const T = shown.lab.steps;
  const kept = shown.results.map((r, i) => {
    const k = keptOf(r);
    const what = i === 0 ? k.what : k.what.replace(/ keeps$/, '');
    return `${what} ${typesetRatio(k.log10)}${k.where}`;
  });
  const lstm = lstmReading(shown);
  const highway = lstm ? ` ${typesetExponents(lstm.brief)}` : '';
  const rnn = rnnReading(shown)?.brief;
  return `After ${stepsText(T)} back: ${kept.join('; ')}.${highway}${rnn ? ` ${typesetExponents(rnn)}` : ''}`;
}

/**
 * What makes each compared model's gradient shrink or grow, in the lab's one vocabulary: through a
 * matrix at every step (vanishing or exploding), or through gates alone (dilution). Attention and
 * the window have their own sentences (pathCaption).
 */
export function mechanismCaption(archs: readonly Arch[]): string {
  const parts: string[] = [];
  const matrix = archs.filter((a) => a === 'rnn' || a === 'residual').map((a) => ARCH_LABELS[a]);
  if (matrix.length) parts.push(`${matrix.join(' and ')}: vanishing or exploding (through W)`);
  if (archs.includes('lstm')) parts.push('LSTM cell: dilution along Πf, plus paths through h');
  if (archs.includes('gru')) parts.push('GRU: dilution along Πz, plus paths through W');
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
  const p = ratioFromLog10(highwayLog10);
  const c = ratioFromLog10(cellLog10);
  const after = `after ${stepsText(shown.lab.steps)}`;
  const head = `LSTM highway Πf alone keeps ${p} ${after}: dilution, not a matrix power.`;
  const grows = cellLog10 > 0;
  // "exploding" for ten times or more, not for a factor 2.7 (b = 8, T = 100); short: presenting, the
  // line chart shares its third of the screen with this caption
  const cell =
    relation === 'above'
      ? grows
        ? `Full cell: grows to ${c} via h and W${cellLog10 >= 1 ? ', the matrix part exploding' : ''}.`
        : `Full cell: ${c}, more, via h and W.`
      : relation === 'below'
        ? `Full cell: only ${c}; the paths via h and W cancel part of it.`
        : `Full cell: ${c}, as the highway.`;
  const brief =
    `The LSTM highway Πf alone keeps ${p}: dilution, not a matrix power` +
    (relation === 'above' ? `; the cell's ${grows ? 'growth' : 'excess'} comes through h and W.` : '.');
  return { highwayLog10, cellLog10, relation, text: `${head} ${cell}`, cell, brief };
}

/**
 * The new models' lines under the line chart: where each gradient's path differs from a product
 * of T Jacobians (issue 18), with the numbers on screen. Empty when none of them is compared.
 */
export function pathCaption(shown: Shown): string {
  const T = shown.lab.steps;
  const parts: string[] = [];
  const by = (a: string) => shown.results.find((r) => r.spec.arch === a);
  const residual = by('residual');
  if (residual)
    parts.push(
      `${ARCH_LABELS.residual}: each step's Jacobian is I + diag(φ′)W, the identity plus the RNN's; ` +
        `over ${stepsText(T)} its state gradient ends at ${ratioFromLog10(fall(residual.hGradLog10))} ` +
        'of its value at the loss.'
    );
  const attention = by('attention');
  if (attention) {
    const k = keptOf(attention);
    const weights = attention.attention?.[0];
    const max = weights?.length ? weights.reduce((m, v) => Math.max(m, v), 0) : NaN;
    parts.push(
      `${ARCH_LABELS.attention}: one step from every position to the last, whatever the distance; ` +
        `the first position's gradient is ${ratioFromLog10(k.log10)} of the last one's ` +
        '(which also has the residual path).' +
        (Number.isFinite(max)
          ? ` Softmax spreads the weight: the largest of the ${weights!.length} is ${max.toPrecision(2)} ` +
            `(uniform: 1/T = ${(1 / weights!.length).toPrecision(2)}).`
          : '')
    );
  }
  const win = by('window');
  if (win) {
    const cut = windowCut(win.hGradLog10);
    const N = win.spec.window ?? NaN;
    parts.push(
      cut === null
        ? `${ARCH_LABELS.window}: all ${stepsText(T)} lie inside its N = ${N}, so every input gets a ` +
            'gradient through one layer.'
        : `${ARCH_LABELS.window}: inputs within its last N = ${N} get a gradient through one layer; ` +
            `from ${stepsText(cut)} back it is exactly 0, a hard cut no training can move.`
    );
  }
  return parts.join(' ');
}
