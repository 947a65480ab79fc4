// File names that say what they show: rnn-vs-lstm_T100_radius0.90_slide@2x.png
import { COMPARISONS, type LabState } from '../state/lab-state';

export type FigureId = 'slide' | 'heatmaps' | 'line' | 'phase-radius' | 'phase-bias';

export const FIGURES: { id: FigureId; label: string }[] = [
  { id: 'slide', label: 'Whole slide (16:9)' },
  { id: 'heatmaps', label: 'Heatmaps' },
  { id: 'line', label: 'Line chart' },
  { id: 'phase-radius', label: 'Phase diagram: spectral radius' },
  { id: 'phase-bias', label: 'Phase diagram: forget / update bias' }
];

export function baseName(state: LabState): string {
  return `${COMPARISONS[state.compare].join('-vs-')}_T${state.steps}_radius${state.radius.toFixed(2)}`;
}

export function fileName(state: LabState, figure: FigureId | 'data', ext: 'png' | 'svg' | 'csv' | 'json', scale?: number): string {
  const suffix = ext === 'png' ? `@${scale ?? 1}x` : '';
  return `${baseName(state)}_${figure}${suffix}.${ext}`;
}
