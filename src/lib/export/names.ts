// What an export says about itself: file names that say what they show
// (rnn-vs-lstm_T100_radius0.90_slide@2x.png) and the slide's footer with every parameter.
import type { Theory } from '../figures/shown';
import { compareLabel, effectiveRadius, fieldInUse, hiddenUnits, type LabState, type View } from '../model/lab-state';
import { pow10Label } from '../figures/format';

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

/**
 * Every figure, and the views it can be exported from (it must be on screen, or made from their
 * data). The whole slide of the explorer is the explorer's own, named for it (baseName).
 */
export const FIGURES: { id: FigureId; label: string; views: View[] }[] = [
  { id: 'slide', label: 'Whole slide (16:9)', views: NETWORK_VIEWS },
  { id: 'heatmaps', label: 'Heatmaps', views: ['gradients'] },
  { id: 'eigenvalues', label: 'Eigenvalues in the complex plane', views: ['explorer'] },
  { id: 'line', label: 'Line chart', views: NETWORK_VIEWS },
  { id: 'weight-shares', label: 'Where ∂L/∂W comes from', views: ['gradients'] },
  { id: 'phase-radius', label: 'Phase diagram: spectral radius', views: ['gradients'] },
  { id: 'phase-bias', label: 'Phase diagram: forget / update bias', views: ['gradients'] },
  { id: 'memory', label: 'LSTM memory beside gradient', views: ['gradients'] },
  { id: 'connectivity', label: 'Connectivity maps', views: ['explorer'] },
  { id: 'latch-map', label: 'Latch: the map and its fixed points', views: ['latch'] },
  { id: 'latch-trajectories', label: 'Latch: noisy trajectories', views: ['latch'] },
  { id: 'latch-gradient', label: 'Latch: |∂aₜ/∂a₁| against steps', views: ['latch'] },
  { id: 'latch-tradeoff', label: 'Latch: the trade-off grid', views: ['latch'] },
  { id: 'train-loss', label: 'Training: evaluation loss', views: ['training'] },
  { id: 'train-accuracy', label: 'Training: accuracy', views: ['training'] },
  { id: 'train-grad', label: 'Training: gradient norm', views: ['training'] },
  { id: 'train-flow', label: 'Training: gradient flow', views: ['training'] },
  { id: 'train-connectivity', label: 'Training: connectivity before and after', views: ['training'] },
  { id: 'train-gates', label: 'Training: LSTM forget gates', views: ['training'] },
  { id: 'train-sweep', label: 'Training: success against sequence length', views: ['training'] },
  { id: 'reach', label: 'How far back each model sees', views: ['reach'] },
  { id: 'reach-attention', label: 'Attention’s weights', views: ['reach'] },
  { id: 'reach-cost', label: 'Cost on this device', views: ['reach'] }
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

/** The slide's footer: every parameter of the figure, and the link that reproduces it. */
export function slideFooter(lab: LabState, theory: Theory): string {
  return (
    `Gradient Flow Lab. ${compareLabel(lab.compare)}, T = ${lab.steps}, ` +
    `spectral radius ${theory.radius.toFixed(2)} (${lab.init}), ` +
    `nonlinearity ${lab.activation === 'custom' ? `φ(x) = ${lab.formula}` : lab.activation}, ` +
    (theory.chronoMax === null
      ? `forget bias ${lab.forgetBias} (sigma ${theory.sigmaForget.toFixed(3)}), `
      : `forget gates chrono-initialised up to T_max = ${theory.chronoMax}, `) +
    `update bias ${lab.updateBias}, ` +
    `hidden ${hiddenUnits(lab)}, input scale ${lab.inputScale}, seed ${lab.seed}, ` +
    (fieldInUse(lab, 'heads') ? `attention heads ${lab.heads}, position scale ${lab.positionScale}, ` : '') +
    (fieldInUse(lab, 'window') ? `window N = ${lab.window}, ` : '') +
    `colour range ${pow10Label(-lab.decades)} to ${pow10Label(lab.decades)}.`
  );
}
