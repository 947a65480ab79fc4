// Captions as plain text, for the slide (the page sets the same numbers in its own markup):
// every number is read from the engine's results or sim/theory through the store.
import { ARCH_LABELS, stepsText } from '../model/lab-state';
import type { Shown } from './shown';
import { typesetRatio } from './format';

const fall = (curve: Float64Array | undefined) => (curve ? curve[0] - curve[curve.length - 1] : NaN);

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
  return `After ${stepsText(T)} back: ${kept.join('; ')}.${highway}`;
}
