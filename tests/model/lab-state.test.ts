import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/lib/sim/index';
import {
  clampField,
  COMPARISONS,
  DEFAULT_STATE,
  FIELDS,
  LENGTH_SWEEP,
  lengthSweepSpecs,
  specFor
} from '../../src/lib/model/lab-state';
import { RADIUS_STOPS, STEPS_STOPS, BIAS_STOPS, HIDDEN_STOPS } from '../../src/lib/model/slider-scales';

describe('clampField', () => {
  it.each([
    ['steps', '9999', 100, 5000, 'Sequence length: must be an integer from 1 to 5000; 9999 was set to 5000'],
    ['steps', '0', 100, 1, 'Sequence length: must be an integer from 1 to 5000; 0 was set to 1'],
    ['steps', '12.6', 100, 13, 'Sequence length: must be an integer from 1 to 5000; 12.6 was set to 13'],
    ['radius', '-3', 1, 0, 'Spectral radius: must be a number from 0 to 2; -3 was set to 0'],
    ['radius', '0.937', 1, 0.937, undefined],
    ['forgetBias', '', 1, 1, 'Forget bias: must be a number from -4 to 8; that was not a number, kept 1'],
    ['seed', 'x', 4, 4, 'Seed: must be an integer from 0 to 99999; "x" is not a number, kept 4']
  ] as const)('%s %j -> %f', (field, raw, previous, value, message) => {
    expect(clampField(field, raw, previous)).toEqual(message ? { value, message } : { value });
  });

  it('every page range lies inside the engine schema: whatever a control sets, the engine accepts', () => {
    for (const compare of Object.keys(COMPARISONS) as (keyof typeof COMPARISONS)[])
      for (const arch of COMPARISONS[compare]) {
        const extremes = { ...DEFAULT_STATE, compare };
        for (const key of ['steps', 'radius', 'forgetBias', 'updateBias', 'hidden', 'inputScale', 'seed'] as const)
          for (const v of FIELDS[key].range) {
            const r = parseSpec(specFor({ ...extremes, [key]: v }, arch));
            expect(r.ok, `${key} = ${v}: ${r.ok ? '' : r.error.message}`).toBe(true);
          }
      }
  });
});

describe('slider stops', () => {
  it('reach 0.95, 0.99, 1.00 and 1.01 one key apart', () => {
    const at = (v: number) => RADIUS_STOPS.values.indexOf(v);
    expect(at(0.95)).toBeGreaterThan(0);
    expect(at(0.99) + 1).toBe(at(1));
    expect(at(1) + 1).toBe(at(1.01));
    expect(at(0.95) + 4).toBe(at(0.99));
    expect(RADIUS_STOPS.values[0]).toBe(0);
    expect(RADIUS_STOPS.values.at(-1)).toBe(2);
  });

  it("cover each control's range, in order, without duplicates", () => {
    for (const [stops, lo, hi] of [
      [STEPS_STOPS, 10, 1000],
      [BIAS_STOPS, -4, 8],
      [HIDDEN_STOPS, 1, 256]
    ] as const) {
      expect(stops.values[0]).toBe(lo);
      expect(stops.values.at(-1)).toBe(hi);
      for (let i = 1; i < stops.values.length; i++) expect(stops.values[i]).toBeGreaterThan(stops.values[i - 1]);
    }
    expect(STEPS_STOPS.position(100)).toBe(STEPS_STOPS.values.indexOf(100));
    expect(STEPS_STOPS.values[STEPS_STOPS.position(4999)]).toBe(1000); // typed values beyond the slider sit at its end
  });
});

describe('the length sweep', () => {
  it('every compared architecture at each length and seed, and the RNN again with the other clipping', () => {
    const specs = lengthSweepSpecs({ ...DEFAULT_STATE, trainClip: 1 }, ['rnn', 'lstm']);
    const per = LENGTH_SWEEP.lengths.length * LENGTH_SWEEP.seeds;
    expect(specs).toHaveLength(3 * per);
    const rnn = specs.filter((s) => s.arch === 'rnn');
    expect(rnn.filter((s) => s.clip === 1)).toHaveLength(per);
    expect(rnn.filter((s) => s.clip === 0)).toHaveLength(per); // the variant: no clipping
    expect(specs.filter((s) => s.arch === 'lstm').every((s) => s.clip === 1)).toBe(true);
    const unclipped = lengthSweepSpecs({ ...DEFAULT_STATE, trainClip: 0 }, ['rnn', 'gru']);
    expect(unclipped.filter((s) => s.arch === 'rnn').map((s) => s.clip)).toEqual([
      ...Array(per).fill(0),
      ...Array(per).fill(1)
    ]);
    expect(lengthSweepSpecs(DEFAULT_STATE, ['lstm', 'gru'])).toHaveLength(2 * per); // no RNN, no variant
    expect(new Set(specs.map((s) => `${s.arch}|${s.clip}|${s.steps}|${s.seed}`)).size).toBe(specs.length);
  });
});
