// What an export says about itself: file names that say what they show
// (rnn-vs-lstm_T100_radius0.90_slide@2x.png) and the slide's footer with every parameter.
import type { Theory } from '../figures/shown';
import { compareLabel, effectiveRadius, fieldInUse, hiddenUnits, type LabState, type View } from '../model/lab-state';
import { pow10Label } from '../figures/format';
import { fixed, localNumber, msg, type Messages } from '../i18n/index';

export type FigureId =
  | 'slide'
  | 'heatmaps'
  | 'line'
  | 'weight-shares'
  | 'phase-radius'
  | 'phase-bias'
  | 'memory'
  | 'eigenvalues'
  | 'connectivity'
  | 'latch-map'
  | 'latch-trajectories'
  | 'latch-gradient'
  | 'latch-tradeoff'
  | 'train-loss'
  | 'train-accuracy'
  | 'train-grad'
  | 'train-flow'
  | 'train-connectivity'
  | 'train-gates'
  | 'train-sweep'
  | 'reach'
  | 'reach-attention'
  | 'reach-cost';

const NETWORK_VIEWS: View[] = ['gradients', 'explorer'];

export interface FigureEntry {
  id: FigureId;
  /** as the dialog shows it, in the page's language (read when shown: a getter) */
  readonly label: string;
  views: View[];
}

const figure = (id: FigureId, key: keyof Messages['exporting']['figures'], views: View[]): FigureEntry => ({
  id,
  get label() {
    return msg().exporting.figures[key];
  },
  views
});

/**
 * Every figure, and the views it can be exported from (it must be on screen, or made from their
 * data). The whole slide of the explorer is the explorer's own, named for it (baseName).
 */
export const FIGURES: FigureEntry[] = [
  figure('slide', 'slide', NETWORK_VIEWS),
  figure('heatmaps', 'heatmaps', ['gradients']),
  figure('eigenvalues', 'eigenvalues', ['explorer']),
  figure('line', 'line', NETWORK_VIEWS),
  figure('weight-shares', 'weightShares', ['gradients']),
  figure('phase-radius', 'phaseRadius', ['gradients']),
  figure('phase-bias', 'phaseBias', ['gradients']),
  figure('memory', 'memory', ['gradients']),
  figure('connectivity', 'connectivity', ['explorer']),
  figure('latch-map', 'latchMap', ['latch']),
  figure('latch-trajectories', 'latchTrajectories', ['latch']),
  figure('latch-gradient', 'latchGradient', ['latch']),
  figure('latch-tradeoff', 'latchTradeoff', ['latch']),
  figure('train-loss', 'trainLoss', ['training']),
  figure('train-accuracy', 'trainAccuracy', ['training']),
  figure('train-grad', 'trainGrad', ['training']),
  figure('train-flow', 'trainFlow', ['training']),
  figure('train-connectivity', 'trainConnectivity', ['training']),
  figure('train-gates', 'trainGates', ['training']),
  figure('train-sweep', 'trainSweep', ['training']),
  figure('reach', 'reach', ['reach']),
  figure('reach-attention', 'reachAttention', ['reach']),
  figure('reach-cost', 'reachCost', ['reach'])
];

export function baseName(state: LabState): string {
  if (state.view === 'training')
    return `training_${state.compare.join('-vs-')}_${state.trainTask}_T${state.trainSteps}`;
  if (state.view === 'latch')
    return `latch_w${state.latchW.toFixed(2)}_noise${state.latchNoise.toFixed(2)}_T${state.latchSteps}`;
  const archs = state.compare.join('-vs-');
  if (state.view === 'reach') return `reach_${archs}_T${state.steps}`;
  const network = `${archs}_T${state.steps}_radius${effectiveRadius(state).toFixed(2)}`;
  return state.view === 'explorer' ? `explorer_${network}` : network;
}

export function fileName(
  state: LabState,
  figure: FigureId | 'data',
  ext: 'png' | 'svg' | 'csv' | 'json',
  scale?: number
): string {
  const suffix = ext === 'png' ? `@${scale ?? 1}x` : '';
  return `${baseName(state)}_${figure}${suffix}.${ext}`;
}

/** A number as the page's language writes it ("0.5" / "0,5"); English prints what String() does. */
const num = (x: number) => localNumber(String(x));

/** The slide's footer: every parameter of the figure, and the link that reproduces it. */
export function slideFooter(lab: LabState, theory: Theory): string {
  const f = msg().exporting.footer;
  const nonlinearity = lab.activation === 'custom' ? `φ(x) = ${lab.formula}` : f.activations[lab.activation];
  const parts = [
    compareLabel(lab.compare),
    f.steps(num(lab.steps)),
    f.radius(fixed(theory.radius, 2), f.inits[lab.init]),
    f.nonlinearity(nonlinearity),
    theory.chronoMax === null
      ? f.forgetBias(num(lab.forgetBias), fixed(theory.sigmaForget, 3))
      : f.chrono(num(theory.chronoMax)),
    f.updateBias(num(lab.updateBias)),
    f.hidden(num(hiddenUnits(lab))),
    f.inputScale(num(lab.inputScale)),
    f.seed(num(lab.seed)),
    ...(fieldInUse(lab, 'heads') ? [f.attention(num(lab.heads), num(lab.positionScale))] : []),
    ...(fieldInUse(lab, 'window') ? [f.window(num(lab.window))] : []),
    f.colourRange(pow10Label(-lab.decades), pow10Label(lab.decades))
  ];
  return `${f.credit} ${parts.join(', ')}`;
}
