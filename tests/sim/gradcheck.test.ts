// Every reported norm (and per-unit value) against finite differences of L, computed on the
// mathjs reference's forward pass: a different implementation from the fast kernels.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, RECURRENT_ARCHS, buildParams, simulate, validateSpec } from '../../src/lib/sim/index';
import { fdGradient, norm } from '../helpers/finite-differences';
import { randomExplicitSpec } from '../helpers/random-specs';

const REL = 1e-6;

function expectMatches(log10Reported: number, fd: number[]) {
  const fdNorm = norm(fd);
  if (log10Reported === -Infinity) return expect(fdNorm).toBeLessThan(1e-12);
  expect(Math.abs(10 ** log10Reported - fdNorm) / fdNorm).toBeLessThan(REL);
}

describe.each(RECURRENT_ARCHS)('%s gradients match central finite differences', (arch) => {
  // residual's custom phi is held to the reference in reference.test.ts: softsign's second
  // derivative jumps at 0, which the 5-point stencil (step 1e-3) misreads by ~1e-5 when a unit
  // of the longer-remembering residual state sits there (case 3)
  const activations =
    arch === 'rnn'
      ? ACTIVATIONS
      : arch === 'residual'
        ? ACTIVATIONS.filter((a) => a !== 'custom')
        : (['tanh'] as const);
  it.each(activations.flatMap((a) => [1, 2, 3].map((seed) => [a, seed] as const)))(
    '%s, case %i',
    (activation, seed) => {
      const spec = validateSpec(randomExplicitSpec(arch, activation, seed));
      const p = buildParams(spec);
      const r = simulate(spec);
      for (let t = 0; t <= spec.steps; t++) {
        const dh = fdGradient(p, 'h', t);
        expectMatches(r.hGradLog10[t], dh);
        // per unit: each |dL/dh_t,i| to 1e-6 of the vector's norm
        dh.forEach((v, i) =>
          expect(Math.abs(10 ** r.perUnit!.h[t][i] - Math.abs(v))).toBeLessThanOrEqual(REL * norm(dh))
        );
        if (arch === 'lstm') {
          const dc = fdGradient(p, 'c', t);
          expectMatches(r.cGradLog10![t], dc);
          dc.forEach((v, i) =>
            expect(Math.abs(10 ** r.perUnit!.c![t][i] - Math.abs(v))).toBeLessThanOrEqual(REL * norm(dc))
          );
        }
        if (t >= 1) expectMatches(r.xGradLog10[t - 1], fdGradient(p, 'x', t));
      }
    }
  );
});
