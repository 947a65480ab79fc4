import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC, parseSpec, resultToJSON, simulate, SpecError } from '../../src/lib/sim/index';

const message = (input: unknown) => {
  const r = parseSpec(input);
  return r.ok ? 'ok' : r.error.message;
};

describe('spec validation', () => {
  it('fills every default', () => {
    const r = parseSpec({});
    expect(r.ok && r.spec).toMatchObject(DEFAULT_SPEC);
    expect(r.ok && 'heads' in r.spec).toBe(false); // an rnn spec holds no field it does not read
  });

  it("fills an arch's own fields for that arch alone", () => {
    const a = parseSpec({ arch: 'attention' });
    expect(a.ok && [a.spec.heads, a.spec.positionScale, a.spec.window]).toEqual([1, 1, undefined]);
    const w = parseSpec({ arch: 'window' });
    expect(w.ok && [w.spec.heads, w.spec.window]).toEqual([undefined, 16]);
  });

  it.each([
    [{ steps: 0 }, 'steps: must be an integer from 1 to 100000, got 0'],
    [{ steps: 2.5 }, 'steps: must be an integer from 1 to 100000, got 2.5'],
    [{ hidden: 300 }, 'hidden: must be an integer from 1 to 256, got 300'],
    [{ arch: 'cnn' }, 'arch: must be one of rnn, lstm, gru, residual, attention, window, got "cnn"'],
    [{ heads: 2 }, 'heads: is only used when arch is attention, got 2'],
    [{ arch: 'lstm', window: 8 }, 'window: is only used when arch is window, got 8'],
    [
      { arch: 'attention', hidden: 6, heads: 4 },
      'heads: must divide hidden (6) so every head has n / heads units, got 4'
    ],
    [{ arch: 'attention', heads: 9 }, 'heads: must be an integer from 1 to 8, got 9'],
    [{ arch: 'window', window: 513 }, 'window: must be an integer from 1 to 512, got 513'],
    [
      { arch: 'window', hidden: 2, inputSize: 1, window: 3, recurrent: { init: 'explicit' }, weights: { W: [[1]] } },
      'weights.W: is not a weight of window ({"Win", "b"}), got [[1]]'
    ],
    [
      { arch: 'attention', hidden: 1, inputSize: 1, recurrent: { init: 'explicit' }, weights: { U: [[1]], b: [0] } },
      'weights.Wq: is required for attention (hidden = 1 rows of hidden = 1), got nothing'
    ],
    [{ recurrent: { radius: -1 } }, 'recurrent.radius: must be a number from 0 to 10, got -1'],
    [{ forgetBias: '1' }, 'forgetBias: must be a number from -20 to 20, got "1"'],
    [{ stepz: 3 }, 'stepz: is not a known field, got 3'],
    [
      { recurrent: { init: 'explicit' } },
      'weights: is required when recurrent.init is "explicit" ({"W", "U", "b"}), got nothing'
    ],
    [
      { hidden: 2, readout: [0, 0] },
      'readout: must not be all zeros (the loss would not depend on anything), got [0,0]'
    ],
    [{ hidden: 3, h0: [1, 2] }, 'h0: must have 3 entries (hidden), got 2, got [1,2]'],
    [
      {
        hidden: 2,
        recurrent: {
          init: 'eigenvalues',
          eigenvalues: [
            [0.5, 0.1],
            [0.5, 0.2]
          ]
        }
      },
      'recurrent.eigenvalues[0]: complex eigenvalue 0.5+0.1i needs its conjugate [0.5, -0.1] listed too, got [0.5,0.1]'
    ],
    [
      { hidden: 3, recurrent: { init: 'eigenvalues', eigenvalues: [[0.5, 0]] } },
      'recurrent.eigenvalues: must have one [re, im] pair per hidden unit (3), got 1, got [[0.5,0]]'
    ],
    [
      {
        arch: 'gru',
        hidden: 1,
        inputSize: 1,
        recurrent: { init: 'explicit' },
        weights: { W: [[1], [1]], U: [[1], [1], [1]], b: [0, 0, 0] }
      },
      'weights.W: must have 3 rows (3 x hidden = 3 rows of hidden = 1), got 2, got [[1],[1]]'
    ],
    [null, 'spec: must be a JSON object, got null']
  ])('%j -> %s', (input, expected) => expect(message(input)).toBe(expected));

  it('accepts the explicit example from the issue, field names exactly so', () => {
    const r = parseSpec({
      arch: 'lstm',
      hidden: 2,
      inputSize: 1,
      steps: 3,
      activation: 'tanh',
      recurrent: { init: 'explicit' },
      forgetBias: 0,
      seed: 1,
      weights: {
        W: [
          [0.1, 0.2],
          [0, 0.3],
          [0.5, 0],
          [0, 0.1],
          [0.2, 0.2],
          [0.1, 0],
          [0, 0.4],
          [0.3, 0.1]
        ],
        U: [[1], [0.5], [0], [0.2], [0.1], [0.3], [0.7], [0]],
        b: [0, 0, 0, 0, 0, 0, 0, 0]
      },
      inputs: [[1], [0.5], [-1]],
      readout: [0.6, 0.8],
      h0: [0, 0.1],
      c0: [0.2, 0]
    });
    expect(r.ok).toBe(true);
  });
});

describe('junk specs only ever produce the validation error (property tests)', () => {
  // One line: "<field>: <rule>, got <value>", the field never empty.
  const expectNamedRefusal = (error: SpecError) => {
    expect(error).toBeInstanceOf(SpecError);
    expect(error.field.length).toBeGreaterThan(0);
    expect(error.message).toBe(`${error.field}: ${error.rule}, got ${error.given}`);
    expect(error.message).not.toMatch(/[\n\r]/);
  };

  it('arbitrary values: parseSpec never throws, and a refusal names a field', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }),
        (junk) => {
          const r = parseSpec(junk);
          if (!r.ok) expectNamedRefusal(r.error);
        }
      ),
      { numRuns: 500 }
    );
  });

  const junkValue = fc.oneof(
    fc.integer(),
    fc.double(),
    fc.string(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.double(), { maxLength: 3 })
  );
  const smallSpec = fc.record(
    {
      arch: fc.oneof(fc.constantFrom('rnn', 'lstm', 'gru'), junkValue),
      hidden: fc.oneof(fc.integer({ min: -2, max: 6 }), junkValue),
      steps: fc.oneof(fc.integer({ min: -2, max: 30 }), junkValue),
      activation: fc.oneof(fc.constantFrom('tanh', 'linear', 'relu'), junkValue),
      recurrent: fc.oneof(
        fc.record(
          {
            init: fc.oneof(fc.constantFrom('orthogonal', 'gaussian', 'eigenvalues', 'explicit'), junkValue),
            radius: junkValue
          },
          { requiredKeys: [] }
        ),
        junkValue
      ),
      forgetBias: junkValue,
      inputScale: junkValue,
      seed: junkValue,
      perUnit: junkValue
    },
    { requiredKeys: [] }
  );

  it('near-valid specs: either a named refusal or a result with no NaN', () => {
    fc.assert(
      fc.property(smallSpec, (input) => {
        const r = parseSpec(input);
        if (!r.ok) return expectNamedRefusal(r.error);
        const json = resultToJSON(simulate(r.spec));
        expect(json).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 }
    );
  });
});
