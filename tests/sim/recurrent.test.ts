// The reported spectrum against independent computations: eigenvalues through the power
// sums sum_i lambda_i^k = trace(W^k) (Newton's identities tie them to the characteristic
// polynomial), in mathjs complex arithmetic; the spectral norm through mathjs's symmetric
// eigensolver on W^T W.
import { complex, add, pow, multiply, eigs, transpose, trace, identity, type Complex, type Matrix } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { buildParams, simulate, validateSpec, type SpecInput } from '../../src/lib/sim/index';
import { spectrumOf } from '../../src/lib/sim/recurrent';

function controlledBlock(input: SpecInput): number[][] {
  const spec = validateSpec(input);
  const p = buildParams(spec);
  const n = spec.hidden;
  const k = spec.arch === 'rnn' ? 0 : 1;
  return Array.from({ length: n }, (_, i) => Array.from(p.W.subarray((k * n + i) * n, (k * n + i + 1) * n)));
}

function expectPowerSums(W: number[][], eigenvalues: [number, number][], kMax: number) {
  let Wk = identity(W.length) as Matrix;
  for (let k = 1; k <= kMax; k++) {
    Wk = multiply(Wk, W) as Matrix;
    const tr = trace(Wk) as number;
    const sum = eigenvalues.reduce<Complex>(
      (acc, [re, im]) => add(acc, pow(complex(re, im), k)) as Complex,
      complex(0, 0)
    );
    expect(Math.abs(sum.re - tr)).toBeLessThan(1e-9 * Math.max(1, Math.abs(tr)));
    expect(Math.abs(sum.im)).toBeLessThan(1e-9 * Math.max(1, Math.abs(tr)));
  }
}

const spectralNorm = (W: number[][]) => {
  const values = eigs(multiply(transpose(W), W) as number[][]).values as number[];
  return Math.sqrt(Math.max(...values));
};

describe('orthogonal init', () => {
  it('W^T W = radius^2 I, every eigenvalue of modulus radius', () => {
    const W = controlledBlock({ hidden: 16, recurrent: { init: 'orthogonal', radius: 0.9 } });
    const WtW = multiply(transpose(W), W) as number[][];
    WtW.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 0.81 : 0, 12)));
    const r = simulate({ hidden: 16, recurrent: { init: 'orthogonal', radius: 0.9 } });
    r.spectrum!.eigenvalues.forEach(([re, im]) => expect(Math.hypot(re, im)).toBeCloseTo(0.9, 10));
    expectPowerSums(W, r.spectrum!.eigenvalues, 16);
  });
});

describe('gaussian init', () => {
  it('has spectral radius exactly the request, and a larger spectral norm (non-normal)', () => {
    for (const arch of ['rnn', 'lstm', 'gru'] as const) {
      const input = { arch, hidden: 12, recurrent: { init: 'gaussian', radius: 0.95 }, seed: 3 } as const;
      const r = simulate(input);
      const W = controlledBlock(input);
      expect(r.spectrum!.spectralRadius).toBeCloseTo(0.95, 10);
      expectPowerSums(W, r.spectrum!.eigenvalues, 12);
      expect(r.spectrum!.spectralNorm).toBeCloseTo(spectralNorm(W), 9);
      expect(r.spectrum!.spectralNorm).toBeGreaterThan(1.2 * r.spectrum!.spectralRadius);
    }
  });
});

describe('eigenvalue init', () => {
  const eigenvalues: [number, number][] = [
    [0.9, 0.3],
    [0.9, -0.3],
    [-0.5, 0],
    [0.2, 0],
    [0, 0.99],
    [0, -0.99],
    [1.05, 0],
    [0.1, 0]
  ];
  it.each([1, 10, 100])('realises the requested eigenvalues exactly (condition %i)', (condition) => {
    const input = { hidden: 8, recurrent: { init: 'eigenvalues', eigenvalues, condition } } as const;
    const W = controlledBlock(input);
    expectPowerSums(W, eigenvalues, 8); // independent of any decomposition
    const reported = simulate(input).spectrum!.eigenvalues; // ml-matrix on the matrix in use
    for (const [re, im] of eigenvalues) {
      const nearest = Math.min(...reported.map(([r2, i2]) => Math.hypot(r2 - re, i2 - im)));
      expect(nearest).toBeLessThan(1e-9);
    }
  });

  it('condition 1 gives a normal matrix; a larger condition a larger norm at the same radius', () => {
    const normal = controlledBlock({ hidden: 8, recurrent: { init: 'eigenvalues', eigenvalues, condition: 1 } });
    const WWt = multiply(normal, transpose(normal)) as number[][];
    const WtW = multiply(transpose(normal), normal) as number[][];
    WWt.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(WtW[i][j], 12)));
    expect(spectralNorm(normal)).toBeCloseTo(1.05, 10); // normal: norm = radius
    const skewed = controlledBlock({ hidden: 8, recurrent: { init: 'eigenvalues', eigenvalues, condition: 100 } });
    expect(spectralNorm(skewed)).toBeGreaterThan(5);
  });

  it.each([
    // a pair given slightly off its conjugate: accepted (to 1e-12) and built as the mean pair
    [
      [
        [1, 1e-13],
        [1, 1e-13]
      ],
      [
        [1, 0],
        [1, 0]
      ]
    ],
    [
      [
        [1, -1e-13],
        [1, 0]
      ],
      [
        [1, 5e-14],
        [1, -5e-14]
      ]
    ],
    [
      [
        [0.5, 0.3 + 1e-13],
        [0.5, -0.3]
      ],
      [
        [0.5, 0.3 + 5e-14],
        [0.5, -0.3 - 5e-14]
      ]
    ]
  ] as [number, number][][][])('near-conjugate eigenvalues %j build the n x n matrix with %j', (given, built) => {
    const input = { hidden: 2, recurrent: { init: 'eigenvalues' as const, eigenvalues: given } };
    const W = controlledBlock(input); // once: 'Cannot set properties of undefined', or eigenvalues {1, 0}
    expect(W.length).toBe(2);
    expectPowerSums(W, built, 4);
  });
});

describe('explicit weights', () => {
  it('reports the spectrum of the given W_f (lstm), computed, not assumed', () => {
    const Wf = [
      [0.5, 2],
      [0, 0.5]
    ]; // a Jordan-like block: radius 0.5, norm > 2
    const W = [[0, 0], [0, 0], ...Wf, [0, 0], [0, 0], [0, 0], [0, 0]];
    const r = simulate({
      arch: 'lstm',
      hidden: 2,
      inputSize: 1,
      steps: 3,
      recurrent: { init: 'explicit' },
      weights: { W, U: W.map(() => [0]), b: new Array(8).fill(0) }
    });
    expect(r.spectrum!.spectralRadius).toBeCloseTo(0.5, 7);
    expect(r.spectrum!.spectralNorm).toBeCloseTo(spectralNorm(Wf), 12);
    expect(spectrumOf(Float64Array.from(Wf.flat()), 2).spectralNorm).toBeCloseTo(r.spectrum!.spectralNorm, 14);
  });
});
