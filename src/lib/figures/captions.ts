// Captions as plain text, for the slide (the page sets the same numbers in its own markup):
// every number is read from the engine's results or sim/theory through the store.
import { ARCH_LABELS, stepsText } from '../model/lab-state';
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

/** What the heatmaps and the line chart show after T steps, for each compared architecture. */
export function summaryCaption(shown: Shown): string {
  const T = shown.lab.steps;
  const kept = shown.results.map(
    (r, i) =>
      `${ARCH_LABELS[r.spec.arch]}${r.cGradLog10 ? ' cell' : ''}${i === 0 ? ' keeps' : ''} ` +
      typesetRatio(fall(r.cGradLog10 ?? r.hGradLog10))
  );
  const lstm = shown.results.find((r) => r.spec.arch === 'lstm');
  const highway = lstm
    ? ` The LSTM highway alone keeps ${typesetRatio(fall(lstm.cellPathLog10))}: dilution by a gate, not a matrix power.`
    : '';
  const rnn = rnnReading(shown)?.brief;
  return `After ${stepsText(T)} back: ${kept.join('; ')}.${highway}${rnn ? ` ${typesetExponents(rnn)}` : ''}`;
}
