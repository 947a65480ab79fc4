// Connectivity maps against independent computations: the linear RNN's closed form
// ||W^(t-s) U||_F (mathjs matrix powers), and for every architecture 5-point finite
// differences of the mathjs reference's states. The Bi-LSTM check builds both directions
// from the reference by hand.
import { multiply, norm, pow, type Matrix } from 'mathjs';
import { describe, expect, it } from 'vitest';
import {
  bidirectionalConnectivity,
  backwardParams,
  connectivity,
  connectivitySteps
} from '../../src/lib/sim/connectivity';
import { buildParams, simulate, validateSpec, type Params } from '../../src/lib/sim/index';
import { referenceStates } from '../../src/lib/sim/reference';
import { randomExplicitSpec } from '../helpers/random-specs';

let D = 1e-3;
/** d h_t / d x_s by the 5-point stencil, as an n x m matrix, from a states function. */
function fdJacobian(
  states: (s: number, j: number, delta: number) => number[][],
  n: number,
  m: number,
  t: number,
  s: number
): number[][] {
  const J = Array.from({ length: n }, () => new Array(m).fill(0));
  for (let j = 0; j < m; j++) {
    const [a, b, c, d] = [D, -D, 2 * D, -2 * D].map((delta) => states(s, j, delta)[t]);
    for (let i = 0; i < n; i++) J[i][j] = (8 * (a[i] - b[i]) - (c[i] - d[i])) / (12 * D);
  }
  return J;
}
const fro = (J: number[][]) => Math.hypot(...J.flat());
const matrix = (a: Float64Array, r: number, c: number) =>
  Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));

function expectMatchesFd(
  p: Params,
  map: Float64Array,
  states: (s: number, j: number, delta: number) => number[][],
  full: boolean
) {
  const T = p.T;
  for (let t = 1; t <= T; t++)
    for (let s = 1; s <= T; s++) {
      const v = map[(t - 1) * T + (s - 1)];
      const fd = fro(fdJacobian(states, p.n, p.m, t, s));
      if (s > t && !full) {
        expect(v).toBe(-Infinity);
        expect(fd).toBe(0);
      } else if (fd === 0)
        expect(v).toBe(-Infinity); // a dead relu path: exactly zero, both ways
      else expect(Math.abs(10 ** v - fd) / fd).toBeLessThan(1e-6);
    }
}

describe('connectivity', () => {
  it.each(['orthogonal', 'gaussian'] as const)('linear RNN (%s): ||W^(t-s) U||_F in closed form', (init) => {
    const spec = validateSpec({
      arch: 'rnn',
      activation: 'linear',
      hidden: 6,
      inputSize: 3,
      steps: 12,
      recurrent: { init, radius: 1.3 }
    });
    const p = buildParams(spec);
    const map = connectivity(p).values;
    const W = matrix(p.W, 6, 6);
    const U = matrix(p.U, 6, 3);
    for (let t = 1; t <= 12; t++)
      for (let s = 1; s <= t; s++) {
        const expected = norm(multiply(pow(W, t - s) as Matrix, U) as Matrix, 'fro') as number;
        expect(map[(t - 1) * 12 + (s - 1)]).toBeCloseTo(Math.log10(expected), 9);
      }
  });

  it.each([
    ['rnn', 'tanh'],
    ['rnn', 'relu'],
    ['rnn', 'custom'],
    ['lstm', 'tanh'],
    ['gru', 'tanh'],
    ['residual', 'tanh'],
    ['residual', 'linear'],
    ['residual', 'relu'],
    ['residual', 'custom']
  ] as const)('%s (%s) matches finite differences of the reference, and is triangular', (arch, activation) => {
    // relu is piecewise linear: a tiny step is exact and keeps the stencil off its kinks
    D = activation === 'relu' ? 1e-7 : 1e-3;
    const spec = validateSpec(randomExplicitSpec(arch, activation, 4, { n: 3, m: 2, T: 5 }));
    const p = buildParams(spec);
    const states = (s: number, j: number, delta: number) => referenceStates(p, { kind: 'x', t: s, i: j, delta });
    expectMatchesFd(p, connectivity(p).values, states, false);
  });

  it('Bi-LSTM is full: both directions, checked by finite differences of two reference LSTMs', () => {
    D = 1e-3;
    const spec = validateSpec({ arch: 'lstm', hidden: 3, inputSize: 2, steps: 5, seed: 3 });
    const fwd = buildParams(spec);
    const bwd = backwardParams(spec, fwd);
    const T = 5;
    // h_t = [forward h_t ; backward h at reversed position]; perturbing x_s moves both runs
    const states = (s: number, j: number, delta: number) => {
      const f = referenceStates(fwd, { kind: 'x', t: s, i: j, delta });
      const b = referenceStates(bwd, { kind: 'x', t: T + 1 - s, i: j, delta });
      return f.map((h, t) => (t === 0 ? [...h, ...h] : [...h, ...b[T + 1 - t]]));
    };
    const map = bidirectionalConnectivity(spec).values;
    expect(map.every(Number.isFinite)).toBe(true);
    expectMatchesFd({ ...fwd, n: 6 }, map, states, true);
  });

  // A worker interleaves a map's columns with other runs (sweep-handler.ts yields between
  // them); every run takes the kernels' workspace from byte 0 (wasm/arena.ts).
  it.each(['rnn', 'lstm', 'gru'] as const)(
    '%s: a map computed column by column with other runs in between is the map computed alone',
    (arch) => {
      const p = buildParams(validateSpec({ arch, hidden: 6, steps: 12 }));
      const alone = connectivity(p).values;
      const map = new Float64Array(p.T * p.T);
      for (const s of connectivitySteps(p, map)) {
        simulate({ arch: s % 2 ? 'lstm' : 'gru', hidden: 9, steps: 30, seed: s, paramGrads: true });
        connectivity(buildParams(validateSpec({ arch, hidden: 5, steps: 7, seed: s })));
      }
      expect(Array.from(map)).toEqual(Array.from(alone));
    }
  );

  it('stays finite where the raw numbers would not: radius 2 over 300 steps, relu', () => {
    const p = buildParams(
      validateSpec({ arch: 'rnn', activation: 'linear', steps: 300, hidden: 8, recurrent: { radius: 2 } })
    );
    const map = connectivity(p).values;
    expect(map[299 * 300]).toBeCloseTo(Math.log10(2) * 299 + map[0], 6); // 2^299 U: orthogonal W, norms exact
  });
});
