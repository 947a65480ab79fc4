// Small explicit specs with N(0, 0.6^2) weights from a fixed-seed stream: the cases the
// gradient check and the reference comparison run on.
import { randomLcg, randomNormal } from 'd3';
import { GATES, type Activation, type Arch, type RecurrentArch, type SpecInput } from '../../src/lib/sim/index';

export function randomExplicitSpec(
  arch: Arch,
  activation: Activation,
  seed: number,
  size = { n: 3, m: 2, T: 5 }
): SpecInput {
  const g = randomNormal.source(randomLcg(seed / 1000 + 0.0001))(0, 0.6);
  const { n, m, T } = size;
  const G = GATES[arch as RecurrentArch];
  const mat = (r: number, c: number) => Array.from({ length: r }, () => Array.from({ length: c }, g));
  return {
    arch,
    activation,
    hidden: n,
    inputSize: m,
    steps: T,
    recurrent: { init: 'explicit' },
    forgetBias: 0.5,
    updateBias: 0.5,
    weights: { W: mat(G * n, n), U: mat(G * n, m), b: mat(1, G * n)[0] },
    inputs: mat(T, m).map((row) => row.map((v) => 2 * v)),
    readout: mat(1, n)[0],
    h0: mat(1, n)[0],
    c0: mat(1, n)[0],
    perUnit: true,
    ...(activation === 'custom' ? { formula: CUSTOM_FORMULA } : {})
  };
}

/** The custom nonlinearity the generic tests use: softsign, whose derivative mathjs takes symbolically. */
export const CUSTOM_FORMULA = 'x / (1 + abs(x))';
