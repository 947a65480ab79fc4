// Training-view presets: a set of the page's settings that tells one story of the chapter, set
// through the view's own setter (so the URL and the controls follow) and then trained. The
// numbers each preset promises were measured in Chromium on the 2-core development machine
// (README, Training): a preset must show its point within about a minute.
import type { LabState } from '../model/lab-state';
import type { Arch } from '../sim/spec';
import { msg } from '../i18n/index';

/**
 * LabState.compare for a set of architectures: the compared set is a list of 1 to 4 archs
 * (issue 18). The one place the Training view writes it.
 */
export const compareOf = (archs: readonly Arch[]): LabState['compare'] => [...archs];

/** Fields a preset sets: any of the page's (the architecture fields heads, positionScale, window too). */
export type PresetFields = Partial<Omit<LabState, 'compare'>>;

export interface TrainingPreset {
  id: string;
  /** the button's text, its accessible name */
  label: string;
  archs: Arch[];
  fields: PresetFields;
  /** what it trains and why, one sentence beside the button */
  about: string;
}

/**
 * Attention against the LSTM on the adding problem at T = 200 (Hochreiter & Schmidhuber 1997,
 * experiment 4): attention's path to X1 and X2 is one step long whatever T is, the LSTM's is 200
 * steps through its forget gates. Issue 18's PyTorch float64 measurement (hidden 16, one head,
 * Adam 0.01, clip 1, batch 32): attention solves T = 200 at iteration 200 to 300, the LSTM is
 * still at the baseline after 1500. The network is the one that measurement used; the LSTM keeps
 * the lab's default gating (orthogonal, forget bias 1), so its failure is not a bad init's.
 */
const ATTENTION_VS_LSTM_FIELDS = {
  hidden: 16,
  heads: 1,
  positionScale: 1,
  activation: 'tanh',
  init: 'orthogonal',
  radius: 1,
  forgetBias: 1,
  seed: 3,
  trainTask: 'adding',
  trainSteps: 200,
  trainIterations: 1000,
  trainRate: 0.01,
  trainClip: 1,
  trainOptimizer: 'adam'
} as const satisfies PresetFields;

export const ATTENTION_VS_LSTM: TrainingPreset = {
  id: 'attention-vs-lstm',
  // getters: the text is read in the page's language when it is shown, never at module load
  get label() {
    return msg().training.presets.attentionVsLstm.label(ATTENTION_VS_LSTM_FIELDS.trainSteps);
  },
  archs: ['lstm', 'attention'],
  fields: ATTENTION_VS_LSTM_FIELDS,
  get about() {
    const f = ATTENTION_VS_LSTM_FIELDS;
    return msg().training.presets.attentionVsLstm.about(
      f.hidden,
      f.trainIterations,
      f.trainRate,
      f.trainClip,
      f.trainSteps
    );
  }
};

export const TRAINING_PRESETS: readonly TrainingPreset[] = [ATTENTION_VS_LSTM];

/**
 * Sets a preset's fields through `set` (a field this page's state does not have is skipped: the
 * architecture fields arrive with the page's compare sets).
 */
export function applyPreset(
  preset: TrainingPreset,
  lab: LabState,
  set: <K extends keyof LabState>(key: K, value: LabState[K]) => void
): void {
  set('compare', compareOf(preset.archs));
  for (const [key, value] of Object.entries(preset.fields))
    if (key in lab) set(key as keyof LabState, value as LabState[keyof LabState]);
}
