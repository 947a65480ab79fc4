// The fast kernels against the readable mathjs reference, on cases long enough to move
// the gradient by orders of magnitude but short enough for plain doubles.
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  RECURRENT_ARCHS,
  buildParams,
  gradients,
  validateSpec,
  type Gradients
} from '../../src/lib/sim/index';
import { referenceGradients } from '../../src/lib/sim/reference';
import { CUSTOM_FORMULA } from '../helpers/random-specs';

const FIELDS = ['hGradLog10', 'xGradLog10', 'cGradLog10', 'cellPathLog10', 'updatePathLog10'] as const;

function expectSame(fast: Gradients, ref: Gradients) {
  for (const k of FIELDS) {
    expect(fast[k] === undefined).toBe(ref[k] === undefined);
    if (!fast[k]) continue;
    expect(fast[k]!.length).toBe(ref[k]!.length);
    fast[k]!.forEach((v, i) => expect(v).toBeCloseTo(ref[k]![i], 9));
  }
  fast.perUnit!.h.forEach((row, t) => row.forEach((v, i) => expect(v).toBeCloseTo(ref.perUnit!.h[t][i], 7)));
  fast.perUnit!.c?.forEach((row, t) => row.forEach((v, i) => expect(v).toBeCloseTo(ref.perUnit!.c![t][i], 7)));
}

describe.each(RECURRENT_ARCHS)('%s fast kernel agrees with the mathjs reference', (arch) => {
  it.each(
    (['orthogonal', 'gaussian'] as const).flatMap((init) =>
      (arch === 'rnn' || arch === 'residual' ? ACTIVATIONS : (['tanh'] as const)).flatMap((activation) =>
        [0.7, 1.3].map((radius) => [init, activation, radius] as const)
      )
    )
  )('%s init, %s, radius %f', (init, activation, radius) => {
    const spec = validateSpec({
      arch,
      activation,
      hidden: 12,
      inputSize: 3,
      steps: 60,
      recurrent: { init, radius },
      perUnit: true,
      seed: 7,
      ...(activation === 'custom' ? { formula: CUSTOM_FORMULA } : {})
    });
    const p = buildParams(spec);
    const fast = gradients(p, true);
    expectSame(fast, referenceGradients(p));
    // the gradient really moved: this comparison is not between two flat lines
    expect(Math.abs(fast.hGradLog10[0] - fast.hGradLog10[60])).toBeGreaterThan(0.5);
  });
});
