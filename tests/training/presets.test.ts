// The Training view's presets: every field they set is one the page accepts as it is (no
// clamping, no message), and each compared model's training spec is one the trainer accepts.
import { describe, expect, it } from 'vitest';
import { clampField, DEFAULT_STATE, FIELDS, trainSpecFor, type LabState } from '../../src/lib/model/lab-state';
import { validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import { applyPreset, ATTENTION_VS_LSTM, compareOf, TRAINING_PRESETS } from '../../src/lib/training/presets';

describe('training presets', () => {
  it.each(TRAINING_PRESETS.map((p) => [p.label, p] as const))('%s: fields in range, specs valid', (_label, preset) => {
    const writes: [string, unknown][] = [];
    const lab: LabState = { ...DEFAULT_STATE };
    applyPreset(preset, lab, (key, value) => {
      writes.push([key, value]);
      lab[key] = value;
    });
    // compare first (the set of models), then every field this page's state has
    expect(writes[0]).toEqual(['compare', compareOf(preset.archs)]);
    const known = Object.keys(preset.fields).filter((k) => k in DEFAULT_STATE);
    expect(writes.slice(1).map(([k]) => k)).toEqual(known);
    for (const [key, value] of writes.slice(1))
      if (key in FIELDS) expect(clampField(key as keyof typeof FIELDS, value as number, 0).message).toBeUndefined();
    for (const arch of preset.archs) expect(() => validateTrainSpec(trainSpecFor(lab, arch))).not.toThrow();
  });

  it('attention vs LSTM: adding at T = 200 as issue 18 measured it (16 units, Adam 0.01, clip 1)', () => {
    expect(ATTENTION_VS_LSTM.archs).toEqual(['lstm', 'attention']);
    expect(ATTENTION_VS_LSTM.fields).toMatchObject({
      hidden: 16,
      heads: 1,
      trainTask: 'adding',
      trainSteps: 200,
      trainRate: 0.01,
      trainClip: 1,
      trainOptimizer: 'adam'
    });
    expect(ATTENTION_VS_LSTM.label).toBe('Attention vs LSTM on the adding problem, T = 200');
  });
});
