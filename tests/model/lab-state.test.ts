import { describe, expect, it } from 'vitest';
import { parseSpec } from '../../src/lib/sim/index';
import { ARCHS, type Arch } from '../../src/lib/sim/spec';
import { ARCH_MODULES } from '../../src/lib/sim/archs/index';
import {
  clampField,
  archFields,
  clampHeads,
  compareLabel,
  compareProblem,
  DEFAULT_STATE,
  fitHeads,
  FIELDS,
  lengthSweepSpecs,
  specFor,
  trainSpecFor,
  type LabState
} from '../../src/lib/model/lab-state';
import { validateTrainSpec } from '../../src/lib/sim/train/train-spec';
import {
  RADIUS_STOPS,
  STEPS_STOPS,
  BIAS_STOPS,
  HIDDEN_STOPS,
  CHRONO_MAX_STOPS,
  TRAIN_STEPS_STOPS
} from '../../src/lib/model/slider-scales';
import { buildParams } from '../../src/lib/sim/params';
import { networkSpec, runsOf } from '../../src/lib/sim/train/train-spec';

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
    for (const arch of ARCHS) {
      const extremes = { ...DEFAULT_STATE, compare: [arch] };
      const keys = ['steps', 'radius', 'forgetBias', 'updateBias', 'hidden', 'inputScale', 'seed'] as const;
      for (const key of [...keys, 'heads', 'positionScale', 'window'] as const)
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
      [HIDDEN_STOPS, 1, 256],
      [CHRONO_MAX_STOPS, ...FIELDS.chronoMax.range],
      [TRAIN_STEPS_STOPS, ...FIELDS.trainSteps.range]
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
    const per = DEFAULT_STATE.sweepSteps.length * DEFAULT_STATE.sweepSeeds;
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

  it('takes the lengths and seeds chosen on the page', () => {
    const specs = lengthSweepSpecs({ ...DEFAULT_STATE, sweepSteps: [20, 100, 500], sweepSeeds: 2, seed: 7 }, ['gru']);
    expect(specs.map((s) => [s.steps, s.seed])).toEqual([
      [20, 7],
      [20, 8],
      [100, 7],
      [100, 8],
      [500, 7],
      [500, 8]
    ]);
  });
});

describe('the compared set', () => {
  it('1 to 4 distinct architectures; the reason names what is wrong', () => {
    expect(compareProblem(['rnn'])).toBeNull();
    expect(compareProblem(['attention', 'rnn', 'window', 'lstm'])).toBeNull();
    expect(compareProblem([])).toBe('no architecture was named');
    expect(compareProblem(['rnn', 'lstm', 'gru', 'residual', 'attention'])).toBe('5 architectures were named');
    expect(compareProblem(['rnn', 'rnn'])).toBe('rnn is named twice');
    expect(compareProblem(['rnn', 'cnn'])).toBe('"cnn" is not an architecture');
  });

  it('is labelled from the registry, in the order given', () => {
    expect(compareLabel(['rnn', 'lstm', 'gru'])).toBe('RNN vs LSTM vs GRU');
    for (const arch of ARCHS) expect(compareLabel(['rnn', arch])).toBe(`RNN vs ${ARCH_MODULES[arch].label}`);
  });
});

describe('arch fields', () => {
  it('go to the archs that read them and to no other (spec.ts refuses them elsewhere)', () => {
    const state = { ...DEFAULT_STATE, heads: 4, positionScale: 0, window: 512 };
    expect(archFields(state, 'attention')).toEqual({ heads: 4, positionScale: 0 });
    expect(archFields(state, 'window')).toEqual({ window: 512 });
    for (const arch of ['rnn', 'lstm', 'gru', 'residual'] as const) expect(archFields(state, arch)).toEqual({});
    const spec = specFor(state, 'attention');
    expect([spec.heads, spec.positionScale, spec.window]).toEqual([4, 0, undefined]);
  });

  it('heads: the most heads at most the value that divide n', () => {
    expect([fitHeads(8, 32), fitHeads(5, 32), fitHeads(3, 32), fitHeads(8, 6), fitHeads(8, 7), fitHeads(4, 1)]).toEqual(
      [8, 4, 2, 6, 7, 1]
    );
    // every value the control can reach, every hidden size: always a divisor, never more than asked
    for (let n = 1; n <= 256; n++)
      for (let h = 1; h <= 8; h++) {
        const f = fitHeads(h, n);
        expect(n % f).toBe(0);
        expect(f).toBeLessThanOrEqual(h);
      }
  });

  it.each([
    ['4', 32, 4, undefined],
    ['3', 32, 2, 'Attention heads: must be an integer from 1 to 8 that divides the hidden size (32); 3 was set to 2'],
    ['12', 32, 8, 'Attention heads: must be an integer from 1 to 8; 12 was set to 8'],
    ['12', 12, 6, 'Attention heads: must be an integer from 1 to 8 that divides the hidden size (12); 12 was set to 6'],
    ['x', 32, 1, 'Attention heads: must be an integer from 1 to 8; "x" is not a number, kept 1']
  ] as const)('clampHeads(%j) with n = %i -> %i', (raw, n, value, message) => {
    expect(clampHeads(raw, 1, n)).toEqual(message ? { value, message } : { value });
  });
});

describe('training specs carry the arch fields', () => {
  it('trainSpecFor and the length sweep give attention its heads and position scale, the window its N', () => {
    const state = { ...DEFAULT_STATE, compare: ['rnn', 'attention', 'window'] as Arch[], heads: 4, window: 8 };
    const attention = trainSpecFor(state, 'attention');
    expect([attention.heads, attention.positionScale, attention.window]).toEqual([4, 1, undefined]);
    expect(trainSpecFor(state, 'window').window).toBe(8);
    expect(trainSpecFor(state, 'rnn')).not.toHaveProperty('heads');
    for (const spec of lengthSweepSpecs(state, state.compare)) {
      const own = spec.arch === 'attention' ? ['heads', 'positionScale'] : spec.arch === 'window' ? ['window'] : [];
      for (const f of ['heads', 'positionScale', 'window']) expect(f in spec).toBe(own.includes(f));
      expect(() => validateTrainSpec(spec)).not.toThrow();
    }
  });
});

describe('chrono init (Tallec & Ollivier 2018) from the page', () => {
  const chrono: LabState = { ...DEFAULT_STATE, compare: ['rnn', 'lstm', 'gru'], forgetInit: 'chrono', chronoMax: 500 };

  it('goes to the LSTM only, in the simulation and the training spec; constant sends nothing', () => {
    expect(specFor(chrono, 'lstm')).toMatchObject({ forgetInit: 'chrono', chronoMax: 500 });
    expect(trainSpecFor(chrono, 'lstm')).toMatchObject({ forgetInit: 'chrono', chronoMax: 500 });
    for (const arch of ['rnn', 'gru'] as const) {
      expect(specFor(chrono, arch)).not.toHaveProperty('forgetInit');
      expect(trainSpecFor(chrono, arch)).not.toHaveProperty('chronoMax');
    }
    expect(specFor(DEFAULT_STATE, 'lstm')).not.toHaveProperty('forgetInit');
    // every compared arch's spec is accepted by the engine, at both ends of the page's T_max range
    for (const chronoMax of FIELDS.chronoMax.range)
      for (const arch of chrono.compare) {
        const r = parseSpec(specFor({ ...chrono, chronoMax }, arch));
        expect(r.ok, r.ok ? '' : r.error.message).toBe(true);
        expect(() => validateTrainSpec(trainSpecFor({ ...chrono, chronoMax }, arch))).not.toThrow();
      }
  });

  it('sets b_f = log u, u in [1, T_max - 1], and b_i = -b_f, whatever the forget-bias slider says', () => {
    // read the biases back from the networks the engine builds: G = 4 gates, [i, f, g, o] rows of n
    for (const forgetBias of [-4, 8]) {
      const { b, n } = buildParams(parseSpecOk(specFor({ ...chrono, forgetBias, hidden: 64 }, 'lstm')));
      const bf = Array.from(b.subarray(n, 2 * n));
      for (let i = 0; i < n; i++) expect(b[i]).toBeCloseTo(-bf[i], 12);
      expect(Math.min(...bf)).toBeGreaterThanOrEqual(0); // log 1
      expect(Math.max(...bf)).toBeLessThanOrEqual(Math.log(499));
      expect(Math.max(...bf)).toBeGreaterThan(Math.log(100)); // 64 draws of log U[1, 499] spread out
    }
    // the training view's network starts from the same chrono biases as the gradient views'
    const simulated = buildParams(parseSpecOk(specFor(chrono, 'lstm')));
    const trained = buildParams(networkSpec(runsOf(validateTrainSpec(trainSpecFor(chrono, 'lstm')))[0]));
    const n = DEFAULT_STATE.hidden;
    expect(Array.from(trained.b.subarray(n, 2 * n))).toEqual(Array.from(simulated.b.subarray(n, 2 * n)));
    const constant = buildParams(parseSpecOk(specFor({ ...chrono, forgetInit: 'constant' }, 'lstm')));
    expect(Array.from(constant.b.subarray(n, 2 * n))).toEqual(Array(n).fill(DEFAULT_STATE.forgetBias));
  });
});

function parseSpecOk(input: unknown) {
  const r = parseSpec(input);
  if (!r.ok) throw r.error;
  return r.spec;
}
